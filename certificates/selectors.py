"""Reads for certificates: who may see which, and what verification shows."""

from django.db.models import QuerySet

from accounts.selectors import limited_to_province

from .codes import normalise
from .models import Certificate


def certificates_for_user(*, user) -> QuerySet[Certificate]:
    return Certificate.objects.filter(user=user).select_related("revocation", "course").order_by("-issued_at")


def user_can_view_certificate(*, user, certificate: Certificate) -> bool:
    """The learner, the course's trainers, national administrators, and the provincial administrator of the learner's province."""
    if not user.is_authenticated:
        return False
    if user.pk == certificate.user_id or user.is_superuser or user.has_perm("accounts.view_all_reports"):
        return True
    if (province_id := limited_to_province(user=user)) is not None:
        profile = getattr(certificate.user, "learner_profile", None)
        return profile is not None and profile.province_id == province_id
    from courses.permissions import user_can_author_course

    return user.has_perm("wagtailadmin.access_admin") and user_can_author_course(user, certificate.course)


def user_can_manage_certificate(*, user, certificate: Certificate) -> bool:
    """Revoke or re-render: national administrators and the course's trainers."""
    if not user.is_authenticated or not user.has_perm("wagtailadmin.access_admin"):
        return False
    if user.is_superuser or user.has_perm("accounts.view_all_reports"):
        return True
    from courses.permissions import user_can_author_course

    return user_can_author_course(user, certificate.course)


def certificate_by_code(*, typed: str) -> Certificate | None:
    """A certificate for a typed or scanned code; None for anything that is not a real code."""
    code = normalise(typed)
    if code is None:
        return None
    return Certificate.objects.select_related("revocation", "renewed_by").filter(code=code).first()
