"""Reads for accounts: roles and profiles."""

from django.db.models import QuerySet

from .models import AuditEvent, LearnerProfile, User
from .roles import ROLE_GROUPS, Role

_GROUP_ROLES = {name: role for role, name in ROLE_GROUPS.items()}


def user_roles(*, user: User) -> list[Role]:
    """Return every role the user holds, learner first."""
    if not user.is_authenticated:
        return []
    names = {g.name for g in user.groups.all()}
    return [Role.LEARNER, *(role for name, role in _GROUP_ROLES.items() if name in names)]


def user_is_staff_role(*, user: User) -> bool:
    """Trainers and administrators: those who reach the Wagtail admin."""
    return user.is_authenticated and (user.is_superuser or user.has_perm("wagtailadmin.access_admin"))


def profile_for_user(*, user: User) -> LearnerProfile | None:
    """Return the learner's profile with its places, or None."""
    return LearnerProfile.objects.select_related("province", "district").filter(user=user).first()


def role_holders() -> QuerySet[User]:
    """Users holding any role beyond learner, with their groups."""
    return (
        User.objects.filter(groups__name__in=ROLE_GROUPS.values())
        .distinct()
        .select_related("admin_province")
        .prefetch_related("groups")
        .order_by("email")
    )


def audit_events_recent(*, limit: int = 50) -> QuerySet[AuditEvent]:
    """Newest audit events with their people."""
    return AuditEvent.objects.select_related("actor", "subject")[:limit]


def limited_to_province(*, user) -> int | None:
    """The province a provincial administrator sees, or None when the user is not limited to one.

    Every page that lists learners asks this one question, so the rule lives
    here, below all the apps that use it.
    """
    if user.is_superuser or user.has_perm("accounts.view_all_reports"):
        return None
    if user.admin_province_id and user.has_perm("accounts.view_province_reports"):
        return user.admin_province_id
    return None
