"""Who sees which learners in reports: the one place province scope is enforced.

Every report, chart, drill-down and export starts from these querysets.
A learner's province is the one they were registered in when the event
happened (enrolment, completion, certificate), taken from ProvinceHistory,
so moving province later does not rewrite past reports.
"""

from dataclasses import dataclass, field

from django.core.exceptions import PermissionDenied
from django.db.models import F, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce

from accounts.models import ProvinceHistory
from accounts.selectors import limited_to_province


@dataclass(frozen=True)
class Scope:
    province_id: int | None = None  # a provincial administrator's province
    course_ids: frozenset[int] | None = None  # a trainer's courses
    cohort_ids: frozenset[int] = field(default_factory=frozenset)
    label: str = ""

    @property
    def is_national(self) -> bool:
        return self.province_id is None and self.course_ids is None


def scope_for(user) -> Scope:
    """The reporting scope of a user; PermissionDenied for those with none."""
    if not user.is_authenticated:
        raise PermissionDenied
    if user.is_superuser or user.has_perm("accounts.view_all_reports"):
        return Scope(label="All provinces")
    if (province_id := limited_to_province(user=user)) is not None:
        return Scope(province_id=province_id, label=str(user.admin_province))
    if user.has_perm("wagtailadmin.access_admin"):
        from courses.models import Cohort
        from courses.selectors import courses_for_trainer

        courses = frozenset(courses_for_trainer(user=user).values_list("pk", flat=True))
        cohorts = frozenset(Cohort.objects.filter(trainer=user).values_list("pk", flat=True))
        return Scope(course_ids=courses, cohort_ids=cohorts, label="Your courses and cohorts")
    raise PermissionDenied


def _place_at(user_ref: str, moment_ref: str, column: str):
    """The learner's province (or district) at the moment of an event, from their history."""
    at_moment = (
        ProvinceHistory.objects.filter(user=OuterRef(user_ref), valid_from__lte=OuterRef(moment_ref))
        .filter(Q(valid_until__isnull=True) | Q(valid_until__gt=OuterRef(moment_ref)))
        .order_by("-valid_from")
        .values(column)[:1]
    )
    # Events recorded before the first history row (imports, the demo) count in the first province.
    first = ProvinceHistory.objects.filter(user=OuterRef(user_ref)).order_by("valid_from").values(column)[:1]
    return Coalesce(Subquery(at_moment), Subquery(first))


def with_place(queryset: QuerySet, *, user_ref: str, moment_ref: str, recorded: bool = False) -> QuerySet:
    """Annotate ev_province and ev_district: where the learner was registered at the event.

    Enrolments and certificates record the place when they are written
    (`recorded`), an indexed column; other events look it up in the history.
    """
    if recorded:
        return queryset.annotate(ev_province=F("province_id"), ev_district=F("district_id"))
    return queryset.annotate(
        ev_province=_place_at(user_ref, moment_ref, "province_id"),
        ev_district=_place_at(user_ref, moment_ref, "district_id"),
    )


def restrict(
    queryset: QuerySet, scope: Scope, *, course_field: str | None, cohort_field: str | None = None
) -> QuerySet:
    """Apply a scope to a queryset already annotated with ev_province."""
    if scope.province_id is not None:
        queryset = queryset.filter(ev_province=scope.province_id)
    if scope.course_ids is not None:
        q = Q(**{f"{course_field}__in": scope.course_ids}) if course_field else Q(pk__in=[])
        if cohort_field and scope.cohort_ids:
            q |= Q(**{f"{cohort_field}__in": scope.cohort_ids})
        queryset = queryset.filter(q)
    return queryset
