"""Reads for course pages, lessons and "My learning", with a fixed number of queries."""

from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.models import Page, get_page_models

from accounts.selectors import limited_to_province

from .models import (
    CourseItemMixin,
    CoursePage,
    Enrollment,
    EnrollmentStatus,
    ItemProgress,
    LessonPage,
    ModulePage,
    Reflection,
)


def _item_content_types():
    models = [m for m in get_page_models() if issubclass(m, CourseItemMixin)]
    return list(ContentType.objects.get_for_models(*models).values())


def _items_under(paths: list[str]) -> list[Page]:
    """Live course items under any of the given page paths, in outline order, as specific pages."""
    if not paths:
        return []
    query = reduce(or_, (Q(path__startswith=p) for p in paths))
    return list(
        Page.objects.live()
        .filter(query, content_type__in=_item_content_types())
        .exclude(path__in=paths)
        .order_by("path")
        .specific()
    )


def course_items(*, course: CoursePage) -> list[Page]:
    """The course's live lessons and quizzes, in order."""
    return _items_under([course.path])


@dataclass
class Progress:
    completed_ids: set[int] = field(default_factory=set)
    required_total: int = 0
    required_done: int = 0
    next_item: Page | None = None

    @property
    def percent(self) -> int:
        if not self.required_total:
            return 0
        return round(100 * self.required_done / self.required_total)

    @property
    def complete(self) -> bool:
        return self.required_total > 0 and self.required_done == self.required_total


def _counts_for_completion(item, course: CoursePage) -> bool:
    from .models import CompletionRule

    if not item.is_required:
        return False
    return not (item.item_kind == "quiz" and course.completion_rule == CompletionRule.LESSONS_ONLY)


def progress_from(*, course: CoursePage, items: list[Page], completed_ids: set[int]) -> Progress:
    """Progress of one enrollment given the course's items and the completed page ids."""
    counted = [i for i in items if _counts_for_completion(i, course)]
    done = [i for i in counted if i.pk in completed_ids]
    next_item = next((i for i in items if i.pk not in completed_ids), None)
    return Progress(
        completed_ids=completed_ids, required_total=len(counted), required_done=len(done), next_item=next_item
    )


def enrollment_progress(*, enrollment: Enrollment, items: list[Page]) -> Progress:
    completed = set(ItemProgress.objects.filter(enrollment=enrollment).values_list("page_id", flat=True))
    return progress_from(course=enrollment.course, items=items, completed_ids=completed)


def _enrollment(user, course) -> Enrollment | None:
    if not user.is_authenticated:
        return None
    return Enrollment.objects.filter(user=user, course=course).select_related("cohort").first()


def course_outline(*, course: CoursePage, items: list[Page]) -> list[dict]:
    """Modules with their items; items directly under the course form a module of their own."""
    modules = {m.pk: m for m in ModulePage.objects.live().child_of(course).order_by("path")}
    sections: dict[int | None, dict] = {}
    for item in items:
        parent_path = item.path[: -Page.steplen]
        module = next((m for m in modules.values() if m.path == parent_path), None)
        key = module.pk if module else None
        sections.setdefault(key, {"module": module, "items": []})["items"].append(item)
    return list(sections.values())


def course_page_context(*, course: CoursePage, user) -> dict:
    """Everything the course page shows: outline, enrolment state, progress and the next step."""
    items = course_items(course=course)
    enrollment = _enrollment(user, course)
    active = enrollment is not None and enrollment.status != EnrollmentStatus.WITHDRAWN
    progress = (
        enrollment_progress(enrollment=enrollment, items=items)
        if active
        else progress_from(course=course, items=items, completed_ids=set())
    )
    continue_item = None
    if active:
        last = next((i for i in items if i.pk == enrollment.last_item_id), None)
        continue_item = last if last and last.pk not in progress.completed_ids else progress.next_item
    missing = []
    prerequisites = list(CoursePage.objects.live().filter(required_by=course))
    if prerequisites and user.is_authenticated:
        done = set(
            Enrollment.objects.filter(
                user=user, course__in=prerequisites, status=EnrollmentStatus.COMPLETED
            ).values_list("course_id", flat=True)
        )
        missing = [c for c in prerequisites if c.pk not in done]
    return {
        "outline": course_outline(course=course, items=items),
        "items": items,
        "enrollment": enrollment if active else None,
        "was_enrolled": enrollment is not None and not active,
        "progress": progress,
        "continue_item": continue_item,
        "continue_position": enrollment.last_position
        if active and continue_item and enrollment.last_item_id == continue_item.pk
        else "",
        "prerequisites": prerequisites,
        "missing_prerequisites": missing,
    }


def lesson_page_context(*, lesson: LessonPage, user) -> dict:
    """The lesson's place in its course, the learner's progress and their reflections."""
    course = CoursePage.objects.ancestor_of(lesson).first()
    items = course_items(course=course) if course else []
    enrollment = _enrollment(user, course) if course else None
    if enrollment and enrollment.status == EnrollmentStatus.WITHDRAWN:
        enrollment = None
    progress = (
        enrollment_progress(enrollment=enrollment, items=items)
        if enrollment
        else progress_from(course=course, items=items, completed_ids=set())
        if course
        else Progress()
    )
    ids = [i.pk for i in items]
    index = ids.index(lesson.pk) if lesson.pk in ids else -1
    reflections = {}
    if enrollment:
        reflections = {r.block_id: r.text for r in Reflection.objects.filter(user=user, lesson=lesson)}
    return {
        "course": course,
        "enrollment": enrollment,
        "progress": progress,
        "is_complete": lesson.pk in progress.completed_ids,
        "previous_item": items[index - 1] if index > 0 else None,
        "next_item": items[index + 1] if 0 <= index < len(items) - 1 else None,
        "position": index + 1,
        "item_count": len(items),
        "reflections": reflections,
    }


@dataclass
class LearningRow:
    enrollment: Enrollment
    progress: Progress
    continue_item: Page | None


def my_learning(*, user) -> dict:
    """The learner's enrollments with progress and next steps, in a fixed number of queries."""
    enrollments = list(
        Enrollment.objects.filter(user=user)
        .exclude(status=EnrollmentStatus.WITHDRAWN)
        .select_related("course", "cohort")
        .order_by("-last_activity_at", "-enrolled_at")
    )
    items = _items_under([e.course.path for e in enrollments])
    completed: dict[int, set[int]] = {}
    for enrollment_id, page_id in ItemProgress.objects.filter(enrollment__in=enrollments).values_list(
        "enrollment_id", "page_id"
    ):
        completed.setdefault(enrollment_id, set()).add(page_id)
    rows = []
    for enrollment in enrollments:
        course_items_ = [i for i in items if i.path.startswith(enrollment.course.path)]
        progress = progress_from(
            course=enrollment.course, items=course_items_, completed_ids=completed.get(enrollment.pk, set())
        )
        last = next((i for i in course_items_ if i.pk == enrollment.last_item_id), None)
        continue_item = last if last and last.pk not in progress.completed_ids else progress.next_item
        rows.append(LearningRow(enrollment=enrollment, progress=progress, continue_item=continue_item))
    return {
        "in_progress": [r for r in rows if r.enrollment.status == EnrollmentStatus.ACTIVE],
        "completed": [r for r in rows if r.enrollment.status == EnrollmentStatus.COMPLETED],
    }


def catalogue_courses(*, catalogue, user, params) -> dict:
    """Live courses of the catalogue, filtered by words, length and the learner's status."""
    courses = CoursePage.objects.live().child_of(catalogue).order_by("path")
    q = (params.get("q") or "").strip()
    if q:
        courses = courses.filter(Q(title__icontains=q) | Q(summary__icontains=q) | Q(audience__icontains=q))
    length = params.get("length")
    if length == "short":
        courses = courses.filter(estimated_minutes__lte=90)
    elif length == "long":
        courses = courses.filter(estimated_minutes__gt=90)
    courses = list(courses.select_related("cover_image"))
    statuses = {}
    if user.is_authenticated:
        statuses = dict(
            Enrollment.objects.filter(user=user, course__in=courses)
            .exclude(status=EnrollmentStatus.WITHDRAWN)
            .values_list("course_id", "status")
        )
    status = params.get("status")
    if status in ("not_started", "active", "completed") and user.is_authenticated:
        courses = [c for c in courses if statuses.get(c.pk, "not_started") == status]
    return {
        "courses": [{"course": c, "status": statuses.get(c.pk)} for c in courses],
        "filters": {"q": q, "length": length or "", "status": status or ""},
    }


def courses_for_trainer(*, user):
    """Courses the user may follow as a trainer: their own, or all for administrators."""
    from .permissions import user_can_see_all_courses

    courses = CoursePage.objects.all().order_by("title")
    if user_can_see_all_courses(user):
        return courses
    return courses.filter(Q(owner=user) | Q(course_trainers__user=user)).distinct()


LEARNER_SORTS = {
    "name": "user__learner_profile__full_name_latin",
    "email": "user__email",
    "province": "user__learner_profile__province__name",
    "progress": "done",
    "activity": "last_activity_at",
    "status": "status",
}


def course_learner_rows(*, course: CoursePage, viewer, cohort=None, sort: str = "name"):
    """Learners of a course (or one cohort) with progress and last activity, sorted in the database.

    A provincial administrator sees only learners of their own province.
    """
    from django.db.models import Count

    required_ids = [i.pk for i in course_items(course=course) if _counts_for_completion(i, course)]
    rows = (
        Enrollment.objects.filter(course=course)
        .select_related("user__learner_profile__province", "user__learner_profile__district", "cohort", "certificate")
        .annotate(done=Count("item_progress", filter=Q(item_progress__page_id__in=required_ids)))
    )
    if cohort is not None:
        rows = rows.filter(cohort=cohort)
    if (province_id := limited_to_province(user=viewer)) is not None:
        rows = rows.filter(user__learner_profile__province_id=province_id)
    descending = sort.startswith("-")
    field_name = LEARNER_SORTS.get(sort.lstrip("-"), LEARNER_SORTS["name"])
    rows = rows.order_by(f"{'-' if descending else ''}{field_name}", "user__email")
    total = len(required_ids)
    return rows, total


def enrollment_for_page(*, user, page) -> Enrollment | None:
    """The learner's current (not withdrawn) enrollment in the course a page belongs to."""
    from .permissions import course_for_page

    if not user.is_authenticated:
        return None
    course = course_for_page(page)
    if course is None:
        return None
    return Enrollment.objects.filter(user=user, course=course).exclude(status=EnrollmentStatus.WITHDRAWN).first()


def cohort_attendance(*, cohort) -> dict:
    """Sessions of a cohort, its members, and who was present at each (three queries)."""
    from .models import Attendance, CohortSession

    sessions = list(CohortSession.objects.filter(cohort=cohort))
    members = list(
        Enrollment.objects.filter(cohort=cohort)
        .exclude(status=EnrollmentStatus.WITHDRAWN)
        .select_related("user__learner_profile")
        .order_by("user__learner_profile__full_name_latin", "user__email")
    )
    present = set(Attendance.objects.filter(session__cohort=cohort, present=True).values_list("session_id", "user_id"))
    return {
        "sessions": sessions,
        "rows": [
            {
                "user": e.user,
                "marks": [{"session": s, "present": (s.pk, e.user_id) in present} for s in sessions],
                "attended": sum(1 for s in sessions if (s.pk, e.user_id) in present),
            }
            for e in members
        ],
    }
