"""Report numbers, aggregated in the database, always through the scope layer."""

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.db.models import Avg, Count, Max, Q
from django.db.models.functions import TruncMonth
from django.utils import timezone

from accounts.models import District, LearnerProfile, OrganisationType, Province, Sex
from assessments.models import Attempt, AttemptStatus
from certificates.models import Certificate
from courses.models import Cohort, CoursePage, Enrollment, EnrollmentStatus

from .scope import Scope, restrict, with_place


@dataclass
class Filters:
    start: date | None = None
    end: date | None = None
    course_id: int | None = None
    cohort_id: int | None = None
    province_id: int | None = None
    district_id: int | None = None
    org_type: str = ""
    sex: str = ""
    extra: dict = field(default_factory=dict)

    def range(self):
        tz = timezone.get_current_timezone()
        start = timezone.make_aware(datetime.combine(self.start, time.min), tz) if self.start else None
        end = timezone.make_aware(datetime.combine(self.end + timedelta(days=1), time.min), tz) if self.end else None
        return start, end

    def describe(self) -> list[tuple[str, str]]:
        """The filters in words, for the top of exports."""
        rows = [("Period", f"{self.start or 'beginning'} to {self.end or 'today'}")]
        if self.course_id:
            rows.append(
                ("Course", CoursePage.objects.filter(pk=self.course_id).values_list("title", flat=True).first() or "")
            )
        if self.cohort_id:
            rows.append(
                ("Cohort", Cohort.objects.filter(pk=self.cohort_id).values_list("name", flat=True).first() or "")
            )
        if self.province_id:
            rows.append(
                ("Province", Province.objects.filter(pk=self.province_id).values_list("name", flat=True).first() or "")
            )
        if self.district_id:
            rows.append(
                ("District", District.objects.filter(pk=self.district_id).values_list("name", flat=True).first() or "")
            )
        if self.org_type:
            rows.append(("Organisation type", OrganisationType(self.org_type).label))
        if self.sex:
            rows.append(("Sex", Sex(self.sex).label))
        return rows


PROFILE = "user__learner_profile__"


def _learner_filters(queryset, f: Filters, prefix: str = PROFILE):
    queryset = queryset.exclude(**{f"{prefix}excluded_from_reporting": True})
    if f.org_type:
        queryset = queryset.filter(**{f"{prefix}organisation_type": f.org_type})
    if f.sex:
        queryset = queryset.filter(**{f"{prefix}sex": f.sex})
    if f.province_id:
        queryset = queryset.filter(ev_province=f.province_id)
    if f.district_id:
        queryset = queryset.filter(ev_district=f.district_id)
    return queryset


def _course_filter(queryset, f: Filters, course_field="course", cohort_field="cohort"):
    if f.course_id:
        queryset = queryset.filter(**{f"{course_field}_id": f.course_id})
    if f.cohort_id and cohort_field:
        queryset = queryset.filter(**{f"{cohort_field}_id": f.cohort_id})
    return queryset


def enrollments(scope: Scope, f: Filters):
    qs = with_place(Enrollment.objects.all(), user_ref="user", moment_ref="enrolled_at", recorded=True)
    qs = restrict(qs, scope, course_field="course", cohort_field="cohort")
    return _course_filter(_learner_filters(qs, f), f)


def certificates(scope: Scope, f: Filters):
    qs = with_place(
        Certificate.objects.filter(revocation__isnull=True), user_ref="user", moment_ref="issued_at", recorded=True
    )
    qs = restrict(qs, scope, course_field="course", cohort_field="enrollment__cohort")
    return _course_filter(_learner_filters(qs, f), f, cohort_field="enrollment__cohort")


def profiles(scope: Scope, f: Filters):
    qs = with_place(LearnerProfile.objects.all(), user_ref="user", moment_ref="created_at")
    if scope.province_id is not None:
        qs = qs.filter(ev_province=scope.province_id)
    if scope.course_ids is not None:
        qs = qs.filter(user__enrollments__course_id__in=scope.course_ids).distinct()
    qs = _learner_filters(qs, f, prefix="")
    if f.course_id or f.cohort_id:
        qs = qs.filter(user__enrollments__in=_course_filter(Enrollment.objects.all(), f)).distinct()
    return qs


def attempts(scope: Scope, f: Filters):
    qs = with_place(Attempt.objects.filter(status=AttemptStatus.GRADED), user_ref="user", moment_ref="submitted_at")
    if scope.province_id is not None:
        qs = qs.filter(ev_province=scope.province_id)
    if scope.course_ids is not None or f.course_id:
        ids = [f.course_id] if f.course_id else list(scope.course_ids or [])
        if scope.course_ids is not None and f.course_id and f.course_id not in scope.course_ids:
            ids = []
        paths = list(CoursePage.objects.filter(pk__in=ids).values_list("path", flat=True))
        path_q = Q(pk__in=[])
        for path in paths:
            path_q |= Q(quiz__path__startswith=path)
        qs = qs.filter(path_q)
    if f.cohort_id:
        qs = qs.filter(user__enrollments__cohort_id=f.cohort_id)
    return _learner_filters(qs, f)


def _in_range(queryset, field_name, f: Filters):
    start, end = f.range()
    if start:
        queryset = queryset.filter(**{f"{field_name}__gte": start})
    if end:
        queryset = queryset.filter(**{f"{field_name}__lt": end})
    return queryset


def dashboard(scope: Scope, f: Filters) -> dict:
    """Every number and table on the dashboard, in a fixed number of queries."""
    e = enrollments(scope, f)
    c = certificates(scope, f)
    now = timezone.now()
    enrolled = _in_range(e, "enrolled_at", f)
    totals = enrolled.aggregate(
        enrolled=Count("id"),
        in_progress=Count("id", filter=Q(status=EnrollmentStatus.ACTIVE)),
    )
    totals["completed"] = _in_range(e.filter(status=EnrollmentStatus.COMPLETED), "completed_at", f).count()
    certified = _in_range(c, "issued_at", f)
    totals["certified"] = certified.count()
    totals["expiring"] = c.filter(expires_at__gt=now, expires_at__lte=now + timedelta(days=90)).count()
    totals["registered"] = _in_range(profiles(scope, f), "created_at", f).count()
    graded = _in_range(attempts(scope, f), "submitted_at", f).exclude(quiz__test_kind="pre")
    marks = graded.aggregate(total=Count("id"), passed=Count("id", filter=Q(passed=True)), average=Avg("percent"))
    totals["pass_rate"] = round(100 * marks["passed"] / marks["total"]) if marks["total"] else None
    totals["average_score"] = round(marks["average"]) if marks["average"] is not None else None
    totals["learning_gain"] = learning_gain(scope, f)

    provinces = list(Province.objects.all())
    if scope.province_id is not None:
        provinces = [p for p in provinces if p.pk == scope.province_id]
    courses = list(CoursePage.objects.live().order_by("path").only("id", "title"))
    if scope.course_ids is not None:
        courses = [c_ for c_ in courses if c_.pk in scope.course_ids]
    grid_enrolled = {
        (r["ev_province"], r["course_id"]): r["n"]
        for r in enrolled.values("ev_province", "course_id").annotate(n=Count("id"))
    }
    grid_certified = {
        (r["ev_province"], r["course_id"]): r["n"]
        for r in certified.values("ev_province", "course_id").annotate(n=Count("id"))
    }
    grid = [
        {
            "province": p,
            "cells": [
                {
                    "course": c_,
                    "certified": grid_certified.get((p.pk, c_.pk), 0),
                    "enrolled": grid_enrolled.get((p.pk, c_.pk), 0),
                }
                for c_ in courses
            ],
            "certified": sum(grid_certified.get((p.pk, c_.pk), 0) for c_ in courses),
            "enrolled": sum(grid_enrolled.get((p.pk, c_.pk), 0) for c_ in courses),
        }
        for p in provinces
    ]
    by_sex = _breakdown(enrolled, certified, f"{PROFILE}sex", Sex)
    by_org = _breakdown(enrolled, certified, f"{PROFILE}organisation_type", OrganisationType)
    trend = [
        {"month": r["month"], "n": r["n"]}
        for r in certified.annotate(month=TruncMonth("issued_at"))
        .values("month")
        .annotate(n=Count("id"))
        .order_by("month")
    ]
    return {
        "totals": totals,
        "courses": courses,
        "grid": grid,
        "by_sex": by_sex,
        "by_org": by_org,
        "trend": _bars(trend, "n", label=lambda r: r["month"].strftime("%b %Y") if r["month"] else ""),
        "province_bars": _bars(
            [{"label": g["province"].name, "n": g["certified"], "province": g["province"]} for g in grid],
            "n",
            label=lambda r: r["label"],
        ),
    }


def _breakdown(enrolled, certified, field_name, choices):
    e = {r[field_name]: r["n"] for r in enrolled.values(field_name).annotate(n=Count("id"))}
    done = {
        r[field_name]: r["n"]
        for r in enrolled.filter(status=EnrollmentStatus.COMPLETED).values(field_name).annotate(n=Count("id"))
    }
    c = {r[field_name]: r["n"] for r in certified.values(field_name).annotate(n=Count("id"))}
    return [
        {
            "value": value,
            "label": label,
            "enrolled": e.get(value, 0),
            "completed": done.get(value, 0),
            "certified": c.get(value, 0),
        }
        for value, label in choices.choices
    ]


def _bars(rows, key, label):
    peak = max([r[key] for r in rows] or [0]) or 1
    return [
        {**r, "label": label(r), "w": round(150 * r[key] / peak), "end": round(150 * r[key] / peak) + 123} for r in rows
    ]


def learning_gain(scope: Scope, f: Filters):
    """Average post-test minus pre-test score, over learners who took both."""
    qs = _in_range(attempts(scope, f), "submitted_at", f).filter(quiz__test_kind__in=["pre", "post"])
    best = {}
    for row in qs.values("user_id", "quiz__test_kind").annotate(best=Max("percent")):
        best.setdefault(row["user_id"], {})[row["quiz__test_kind"]] = float(row["best"])
    pairs = [b["post"] - b["pre"] for b in best.values() if "pre" in b and "post" in b]
    return round(sum(pairs) / len(pairs)) if pairs else None


METRICS = {
    "registered": "Registered",
    "enrolled": "Enrolled",
    "in_progress": "In progress",
    "completed": "Completed",
    "certified": "Certified",
    "expiring": "Certificates expiring in 90 days",
}
SORTS = {
    "name": "user__learner_profile__full_name_latin",
    "province": "ev_province",
    "course": "course__title",
    "date": "event_at",
}


def drilldown(scope: Scope, f: Filters, metric: str, sort: str = "name"):
    """The learners behind a number: same scope and filters, one row per enrolment or certificate."""
    from django.db.models import F

    now = timezone.now()
    if metric in ("certified", "expiring"):
        qs = certificates(scope, f)
        qs = (
            _in_range(qs, "issued_at", f)
            if metric == "certified"
            else qs.filter(expires_at__gt=now, expires_at__lte=now + timedelta(days=90))
        )
        qs = qs.annotate(event_at=F("issued_at"))
    elif metric == "registered":
        qs = _in_range(profiles(scope, f), "created_at", f).annotate(event_at=F("created_at"))
        sort_field = {"name": "full_name_latin", "province": "ev_province", "date": "event_at"}.get(
            sort.lstrip("-"), "full_name_latin"
        )
        return qs.select_related("province", "district", "user").order_by(
            ("-" if sort.startswith("-") else "") + sort_field, "pk"
        )
    else:
        qs = enrollments(scope, f)
        if metric == "completed":
            qs = _in_range(qs.filter(status=EnrollmentStatus.COMPLETED), "completed_at", f)
        else:
            qs = _in_range(qs, "enrolled_at", f)
            if metric == "in_progress":
                qs = qs.filter(status=EnrollmentStatus.ACTIVE)
        qs = qs.annotate(event_at=F("enrolled_at"))
    sort_field = SORTS.get(sort.lstrip("-"), SORTS["name"])
    return qs.select_related("user__learner_profile__province", "user__learner_profile__district", "course").order_by(
        ("-" if sort.startswith("-") else "") + sort_field, "pk"
    )


def donor_rows(scope: Scope, f: Filters) -> list[dict]:
    """Enrolments, completions and certificates by province x sex x organisation type x course for the period."""
    keys = ["ev_province", f"{PROFILE}sex", f"{PROFILE}organisation_type", "course_id"]
    e = _in_range(enrollments(scope, f), "enrolled_at", f).values(*keys).annotate(n=Count("id"))
    done = (
        _in_range(enrollments(scope, f).filter(status=EnrollmentStatus.COMPLETED), "completed_at", f)
        .values(*keys)
        .annotate(n=Count("id"))
    )
    c = _in_range(certificates(scope, f), "issued_at", f).values(*keys).annotate(n=Count("id"))
    table: dict[tuple, dict] = {}
    for source, name in ((e, "enrolments"), (done, "completions"), (c, "certificates")):
        for r in source:
            key = tuple(r[k] for k in keys)
            table.setdefault(key, {"enrolments": 0, "completions": 0, "certificates": 0})[name] = r["n"]
    provinces = dict(Province.objects.values_list("pk", "name"))
    courses = dict(CoursePage.objects.values_list("pk", "title"))
    rows = [
        {
            "province": provinces.get(k[0], ""),
            "sex": Sex(k[1]).label if k[1] else "",
            "organisation_type": OrganisationType(k[2]).label if k[2] else "",
            "course": courses.get(k[3], ""),
            **v,
        }
        for k, v in table.items()
    ]
    return sorted(rows, key=lambda r: (r["province"], r["course"], r["sex"], r["organisation_type"]))
