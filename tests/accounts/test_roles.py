"""Who may do what: the role and permission matrix, and the role service."""

from urllib.parse import urlparse

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from accounts import services
from accounts.models import AuditEvent, Province
from accounts.roles import Role
from tests.factories import ProfileFactory, UserFactory, give_totp, make_role

pytestmark = pytest.mark.django_db


def _person(role):
    user = UserFactory()
    if role == "anonymous":
        return None
    ProfileFactory(user=user)
    if role != Role.LEARNER:
        make_role(user, role, "PK-PB" if role == Role.PROVINCIAL_ADMIN else None)
        give_totp(user)
    return user


# URL -> expected outcome per role: "ok", "login" (sent to sign in), "denied" (403 or 404).
MATRIX = {
    "courses:my_learning": {
        "anonymous": "login",
        Role.LEARNER: "ok",
        Role.TRAINER: "ok",
        Role.PROVINCIAL_ADMIN: "ok",
        Role.NATIONAL_ADMIN: "ok",
    },
    "wagtailadmin_home": {
        "anonymous": "login",
        Role.LEARNER: "denied",
        Role.TRAINER: "ok",
        Role.PROVINCIAL_ADMIN: "ok",
        Role.NATIONAL_ADMIN: "ok",
    },
    "accounts_roles": {
        "anonymous": "login",
        Role.LEARNER: "denied",
        Role.TRAINER: "denied",
        Role.PROVINCIAL_ADMIN: "denied",
        Role.NATIONAL_ADMIN: "ok",
    },
    "wagtailusers_users:index": {
        "anonymous": "login",
        Role.LEARNER: "denied",
        Role.TRAINER: "denied",
        Role.PROVINCIAL_ADMIN: "denied",
        Role.NATIONAL_ADMIN: "denied",
    },
    "admin:index": {
        "anonymous": "login",
        Role.LEARNER: "login",
        Role.TRAINER: "login",
        Role.PROVINCIAL_ADMIN: "login",
        Role.NATIONAL_ADMIN: "login",
    },
}
CASES = [(url, role, outcome) for url, row in MATRIX.items() for role, outcome in row.items()]


@pytest.mark.parametrize(("url_name", "role", "outcome"), CASES, ids=[f"{u}-{r}" for u, r, _ in CASES])
def test_permission_matrix(client, url_name, role, outcome):
    """Each role reaches exactly the pages its work needs."""
    user = _person(role)
    if user:
        client.force_login(user)
    response = client.get(reverse(url_name))
    if outcome == "ok":
        assert response.status_code == 200
    elif outcome == "login":
        assert response.status_code == 302
        assert "/login/" in response["Location"]
    else:
        # Wagtail sends a signed-in user without access back to its dashboard
        # or the login page with a message; never shows the page.
        assert response.status_code in (302, 403, 404)
        if response.status_code == 302:
            assert urlparse(response["Location"]).path != reverse(url_name)


def test_national_admin_assigns_provincial_admin_and_it_is_audited():
    """A national administrator binds a provincial administrator to one province, on the record."""
    national = make_role(UserFactory(), Role.NATIONAL_ADMIN)
    person = UserFactory()
    sindh = Province.objects.get(code="PK-SD")

    services.role_assign(actor=national, user=person, role=Role.PROVINCIAL_ADMIN, province=sindh)

    person.refresh_from_db()
    assert person.admin_province == sindh
    assert person.has_perm("accounts.view_province_reports")
    assert not person.has_perm("accounts.view_all_reports")
    event = AuditEvent.objects.get(subject=person)
    assert (event.actor, event.action, event.detail["role"], event.detail["province"]) == (
        national,
        "role.assign",
        "provincial_admin",
        "PK-SD",
    )


@pytest.mark.parametrize("role", [Role.LEARNER, Role.TRAINER, Role.PROVINCIAL_ADMIN])
def test_only_national_admin_can_grant_roles(role):
    """Learners, trainers and provincial administrators cannot grant any role."""
    actor = UserFactory()
    if role != Role.LEARNER:
        make_role(actor, role, "PK-PB" if role == Role.PROVINCIAL_ADMIN else None)
    with pytest.raises(PermissionDenied):
        services.role_assign(actor=actor, user=actor, role=Role.NATIONAL_ADMIN)
    assert not actor.groups.filter(name="National administrators").exists()
    assert not AuditEvent.objects.exists()


def test_provincial_admin_role_needs_a_province():
    national = make_role(UserFactory(), Role.NATIONAL_ADMIN)
    with pytest.raises(ValidationError):
        services.role_assign(actor=national, user=UserFactory(), role=Role.PROVINCIAL_ADMIN)


def test_revoking_a_role_removes_access_and_is_audited():
    national = make_role(UserFactory(), Role.NATIONAL_ADMIN)
    trainer = make_role(UserFactory(), Role.TRAINER)
    services.role_revoke(actor=national, user=trainer, role=Role.TRAINER)
    trainer = type(trainer).objects.get(pk=trainer.pk)  # fresh permission cache
    assert not trainer.has_perm("wagtailadmin.access_admin")
    assert AuditEvent.objects.filter(subject=trainer, action="role.revoke", actor=national).exists()


def test_roles_page_grants_role_and_shows_it_in_the_audit_log(client):
    """The Wagtail admin roles page: a national administrator makes someone a trainer."""
    national = make_role(UserFactory(), Role.NATIONAL_ADMIN)
    give_totp(national)
    person = UserFactory(email="new.trainer@example.org")
    client.force_login(national)
    response = client.post(
        reverse("accounts_roles"),
        {"email": "New.Trainer@example.org", "role": "trainer", "action": "assign"},
        follow=True,
    )
    assert response.status_code == 200
    assert person.groups.filter(name="Trainers").exists()
    assert b"new.trainer@example.org" in response.content
    assert AuditEvent.objects.filter(subject=person, actor=national, action="role.assign").exists()


def test_roles_page_says_what_is_wrong_for_unknown_email(client):
    national = make_role(UserFactory(), Role.NATIONAL_ADMIN)
    give_totp(national)
    client.force_login(national)
    response = client.post(
        reverse("accounts_roles"), {"email": "nobody@example.org", "role": "trainer", "action": "assign"}
    )
    assert response.status_code == 400
    assert b"No account uses this e-mail address" in response.content


def test_provincial_admin_cannot_post_to_roles_page(client):
    admin = make_role(UserFactory(), Role.PROVINCIAL_ADMIN, "PK-PB")
    give_totp(admin)
    target = UserFactory()
    client.force_login(admin)
    client.post(reverse("accounts_roles"), {"email": target.email, "role": "national_admin", "action": "assign"})
    assert not target.groups.exists()


def test_staff_without_second_factor_are_sent_to_enrol_one(client):
    """In production settings the admin stays closed until an authenticator is set up."""
    trainer = make_role(UserFactory(), Role.TRAINER)
    client.force_login(trainer)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")
    give_totp(trainer)
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


def test_staff_with_second_factor_must_use_it_to_sign_in(client, password):
    """Signing in with a password alone does not open a staff session once TOTP is enrolled."""
    trainer = make_role(UserFactory(), Role.TRAINER)
    give_totp(trainer)
    response = client.post(reverse("account_login"), {"login": trainer.email, "password": password})
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_authenticate")
    assert "_auth_user_id" not in client.session


def test_admin_menu_shows_each_role_its_own_tools(client):
    """Roles and the audit log are in the national administrator's menu; a provincial one sees the dashboard only."""
    national = make_role(UserFactory(), Role.NATIONAL_ADMIN)
    provincial = make_role(UserFactory(), Role.PROVINCIAL_ADMIN, "PK-PB")
    for user in (national, provincial):
        give_totp(user)
    client.force_login(national)
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("accounts_roles") in menu and reverse("accounts_audit_log") in menu
    client.force_login(provincial)
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("reports_dashboard") in menu
    assert reverse("accounts_roles") not in menu and reverse("accounts_audit_log") not in menu
