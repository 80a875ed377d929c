"""Signing in: one door (allauth) for the site and both admins, rate limited, no enumeration."""

import pytest
from django.core import mail
from django.test import override_settings
from django.urls import reverse

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

LOGIN_URLS = ["/accounts/login/", "/admin/login/", "/django-admin/login/"]


@pytest.mark.parametrize("url", LOGIN_URLS)
def test_repeated_failed_logins_get_429(client, url):
    """Password guessing is stopped on every login URL, including both admins."""
    user = UserFactory()
    statuses = [client.post(url, {"login": user.email, "password": f"wrong-{i}"}).status_code for i in range(7)]
    assert statuses[0] == 200  # the form again, with an error
    assert statuses[-1] == 429


@pytest.mark.parametrize("url", LOGIN_URLS)
def test_every_login_url_is_allauths_form(client, url):
    """No side door: the admin login pages show the same allauth form."""
    response = client.get(url)
    assert response.status_code == 200
    assert b'name="login"' in response.content
    assert b"Forgot your password" in response.content or b"password/reset" in response.content


def test_admin_sends_anonymous_visitors_to_allauth_login(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_correct_password_signs_a_verified_learner_in(client, password):
    user = UserFactory()
    response = client.post(reverse("account_login"), {"login": user.email, "password": password})
    assert response.status_code == 302
    assert int(client.session["_auth_user_id"]) == user.pk


def test_unverified_email_cannot_sign_in(client, password):
    """E-mail verification is mandatory: a new address gets a link, not a session."""
    user = UserFactory(verified=False)
    client.post(reverse("account_login"), {"login": user.email, "password": password})
    assert "_auth_user_id" not in client.session
    assert len(mail.outbox) == 1
    assert "/accounts/confirm-email/" in mail.outbox[0].body


def test_session_key_rotates_on_login(client, password):
    user = UserFactory()
    client.get(reverse("account_login"))
    client.session.save()
    before = client.session.session_key
    client.post(reverse("account_login"), {"login": user.email, "password": password})
    assert client.session.session_key != before


def test_password_reset_does_not_reveal_whether_an_account_exists(client):
    known = UserFactory()
    a = client.post(reverse("account_reset_password"), {"email": known.email})
    b = client.post(reverse("account_reset_password"), {"email": "nobody-here@example.org"})
    assert (a.status_code, a["Location"]) == (b.status_code, b["Location"])
    # Both get a mail: the known one a reset link, the unknown one a note that no account exists.
    assert sorted(m.to[0] for m in mail.outbox) == sorted([known.email, "nobody-here@example.org"])


def test_signup_with_existing_email_looks_the_same(client):
    """Signing up with a taken address does not say so on the page."""
    known = UserFactory()
    data = {"password1": "Another-Pass-9876", "password2": "Another-Pass-9876"}
    a = client.post(reverse("account_signup"), {"email": known.email, **data})
    b = client.post(reverse("account_signup"), {"email": "fresh-person@example.org", **data})
    assert (a.status_code, a.get("Location")) == (b.status_code, b.get("Location"))


def test_login_form_requires_csrf_token(password):
    from django.test import Client

    user = UserFactory()
    response = Client(enforce_csrf_checks=True).post(
        reverse("account_login"), {"login": user.email, "password": password}
    )
    assert response.status_code == 403


@pytest.mark.parametrize("url", ["/admin/", "/django-admin/"])
def test_signed_in_learner_opening_an_admin_gets_not_allowed_not_a_redirect_loop(client, url):
    from tests.factories import ProfileFactory

    client.force_login(ProfileFactory().user)
    response = client.get(url, follow=True)
    assert response.status_code == 403
    assert len(response.redirect_chain) <= 2
    assert "You cannot open this page" in response.content.decode()


def test_staff_start_in_the_admin_and_learners_in_my_learning(client, password):
    from accounts.roles import Role
    from tests.factories import make_role

    learner = UserFactory()
    response = client.post(reverse("account_login"), {"login": learner.email, "password": password})
    assert response["Location"] == reverse("courses:my_learning")
    client.logout()
    admin = make_role(UserFactory(), Role.PROVINCIAL_ADMIN, "PK-PB")
    with override_settings(STAFF_MFA_REQUIRED=False):
        response = client.post(reverse("account_login"), {"login": admin.email, "password": password})
    assert response["Location"] == reverse("wagtailadmin_home")
