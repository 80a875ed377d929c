"""Writes for accounts: profiles, roles and the audit log."""

from typing import Any

from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import AuditEvent, LearnerProfile, Province, ProvinceHistory, User
from .roles import ROLE_GROUPS, Role


def audit_log(*, actor: User | None, action: str, subject: User | None = None, **detail: Any) -> AuditEvent:
    """Record who did what to whom."""
    return AuditEvent.objects.create(actor=actor, subject=subject, action=action, detail=detail)


@transaction.atomic
def profile_save(*, user: User, data: dict[str, Any]) -> LearnerProfile:
    """Create or update a learner's profile, keeping a history of provinces."""
    profile = LearnerProfile.objects.select_for_update().filter(user=user).first()
    if profile is None:
        profile = LearnerProfile(user=user)
        old_place = None
    else:
        old_place = (profile.province_id, profile.district_id)
    for field, value in data.items():
        setattr(profile, field, value)
    profile.full_clean()
    profile.save()
    if old_place != (profile.province_id, profile.district_id):
        now = timezone.now()
        ProvinceHistory.objects.filter(user=user, valid_until__isnull=True).update(valid_until=now)
        ProvinceHistory.objects.create(
            user=user, province_id=profile.province_id, district_id=profile.district_id, valid_from=now
        )
    return profile


def _require_role_manager(actor: User | None) -> None:
    # actor None is the system itself: a management command run on the server.
    if actor is not None and not actor.has_perm("accounts.assign_roles"):
        raise PermissionDenied(_("Only a national administrator can change roles."))


def user_create_verified(*, email: str, password_hash: str, first_name: str = "", last_name: str = "") -> User:
    """Create or update an account whose e-mail address is already verified (demo, imports)."""
    from allauth.account.models import EmailAddress

    email = email.lower()
    user, _created = User.objects.get_or_create(
        email=email, defaults={"first_name": first_name, "last_name": last_name}
    )
    user.password = password_hash  # hashed once by the caller: fast bulk creation
    user.first_name, user.last_name = first_name, last_name
    user.save()
    EmailAddress.objects.update_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
    return user


@transaction.atomic
def role_assign(*, actor: User | None, user: User, role: Role, province: Province | None = None) -> User:
    """Give a user a role; a provincial administrator is bound to one province."""
    _require_role_manager(actor)
    role = Role(role)
    if role == Role.LEARNER:
        raise ValidationError(_("Everyone is a learner already; choose another role."))
    if role == Role.PROVINCIAL_ADMIN and province is None:
        raise ValidationError({"province": _("Choose the province this administrator will see.")})
    user = User.objects.select_for_update().get(pk=user.pk)
    group = Group.objects.get(name=ROLE_GROUPS[role])
    previous_province = user.admin_province
    if user.groups.filter(pk=group.pk).exists() and (role != Role.PROVINCIAL_ADMIN or previous_province == province):
        return user  # nothing changes, nothing to log
    user.groups.add(group)
    if role == Role.PROVINCIAL_ADMIN:
        user.admin_province = province
        user.save(update_fields=["admin_province"])
    audit_log(
        actor=actor,
        subject=user,
        action="role.assign",
        role=role.value,
        province=province.code if province else None,
        previous_province=previous_province.code if previous_province else None,
    )
    return user


@transaction.atomic
def role_revoke(*, actor: User | None, user: User, role: Role) -> User:
    """Take a role away from a user."""
    _require_role_manager(actor)
    role = Role(role)
    if role == Role.LEARNER:
        raise ValidationError(_("The learner role cannot be removed."))
    if actor is not None and actor.pk == user.pk and role == Role.NATIONAL_ADMIN:
        raise ValidationError(_("You cannot remove your own national administrator role; ask another one."))
    user = User.objects.select_for_update().get(pk=user.pk)
    user.groups.remove(Group.objects.get(name=ROLE_GROUPS[role]))
    if role == Role.PROVINCIAL_ADMIN:
        user.admin_province = None
        user.save(update_fields=["admin_province"])
    audit_log(actor=actor, subject=user, action="role.revoke", role=role.value)
    return user
