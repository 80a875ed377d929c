"""Writes for courses: enrolment, progress, completion, reflections, cohorts."""

import csv
import io
from dataclasses import dataclass
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext as _
from wagtail.models import Page

from .models import (
    Attendance,
    Cohort,
    CohortSession,
    CoursePage,
    Enrollment,
    EnrollmentStatus,
    EnrolmentMode,
    ItemProgress,
    LessonPage,
    Reflection,
)
from .signals import course_completed

User = get_user_model()


def _key_matches(given: str, expected: str) -> bool:
    return bool(expected) and constant_time_compare(given.strip().upper(), expected.strip().upper())


def _missing_prerequisites(*, user, course: CoursePage) -> list[CoursePage]:
    required = list(CoursePage.objects.live().filter(required_by=course))
    if not required:
        return []
    done = set(
        Enrollment.objects.filter(user=user, course__in=required, status=EnrollmentStatus.COMPLETED).values_list(
            "course_id", flat=True
        )
    )
    return [c for c in required if c.pk not in done]


@transaction.atomic
def enrollment_create(
    *, user, course: CoursePage, key: str = "", cohort: Cohort | None = None, enrolled_by=None
) -> Enrollment:
    """Enrol a learner, checking the course's enrolment mode and prerequisites.

    Enrolling twice returns the same enrollment; re-enrolling after
    unenrolling picks up the progress kept from before.
    """
    if not course.live:
        raise ValidationError(_("This course is not open yet."))
    existing = Enrollment.objects.select_for_update().filter(user=user, course=course).first()
    if existing and existing.status != EnrollmentStatus.WITHDRAWN:
        if cohort and existing.cohort_id is None:
            existing.cohort = cohort
            existing.save(update_fields=["cohort"])
        return existing

    by_trainer = enrolled_by is not None and enrolled_by != user
    if not by_trainer:
        if key and cohort is None:
            cohort = Cohort.objects.filter(course=course, enrolment_key__iexact=key.strip()).first()
        key_ok = cohort is not None or _key_matches(key, course.enrolment_key)
        if course.enrolment_mode == EnrolmentMode.KEY and not key_ok:
            raise ValidationError(
                _("That enrolment key is not right for this course. Check it with your trainer and try again.")
                if key
                else _("This course needs an enrolment key. Your trainer can give you one.")
            )
        if course.enrolment_mode == EnrolmentMode.TRAINER and cohort is None:
            raise ValidationError(
                _("Your trainer enrols learners on this course. Ask them, or use the key of your workshop.")
            )
        missing = _missing_prerequisites(user=user, course=course)
        if missing:
            raise ValidationError(
                _("Please complete %(courses)s first; this course builds on it.")
                % {"courses": ", ".join(f"“{c.title}”" for c in missing)}
            )

    now = timezone.now()
    if existing:
        existing.status = EnrollmentStatus.ACTIVE
        existing.withdrawn_at = None
        existing.cohort = cohort or existing.cohort
        existing.last_activity_at = now
        existing.save()
        enrollment = existing
    else:
        try:
            with transaction.atomic():
                profile = getattr(user, "learner_profile", None)
                enrollment = Enrollment.objects.create(
                    user=user,
                    course=course,
                    cohort=cohort,
                    enrolled_at=now,
                    enrolled_by=enrolled_by,
                    last_activity_at=now,
                    province_id=profile.province_id if profile else None,
                    district_id=profile.district_id if profile else None,
                )
        except IntegrityError:  # a second click won the race
            return Enrollment.objects.get(user=user, course=course)
    # Progress kept from an earlier enrolment may already complete the course.
    enrollment_check_completion(enrollment=enrollment)
    return enrollment


@transaction.atomic
def enrollment_withdraw(*, user, course: CoursePage) -> Enrollment:
    """Unenrol; the enrollment and its progress are kept for history."""
    enrollment = Enrollment.objects.select_for_update().filter(user=user, course=course).first()
    if enrollment is None or enrollment.status == EnrollmentStatus.WITHDRAWN:
        raise ValidationError(_("You are not enrolled in this course."))
    if enrollment.status == EnrollmentStatus.COMPLETED:
        raise ValidationError(_("You have completed this course, so it stays in your learning record."))
    enrollment.status = EnrollmentStatus.WITHDRAWN
    enrollment.withdrawn_at = timezone.now()
    enrollment.save(update_fields=["status", "withdrawn_at"])
    return enrollment


def _enrollment_for(*, user, page: Page) -> Enrollment:
    from .selectors import enrollment_for_page

    enrollment = enrollment_for_page(user=user, page=page)
    if enrollment is None:
        raise PermissionDenied(_("Enrol in this course to record your progress."))
    return enrollment


def enrollment_lock(*, user, page: Page) -> Enrollment:
    """Lock the learner's enrollment row until the transaction ends, to serialise their concurrent requests."""
    enrollment = _enrollment_for(user=user, page=page)
    return Enrollment.objects.select_for_update().get(pk=enrollment.pk)


@transaction.atomic
def item_complete(*, user, page: Page, by_quiz: bool = False) -> Enrollment:
    """Record a completed lesson or quiz, then check the course's completion rule."""
    page = page.specific
    if isinstance(page, LessonPage) and page.completing_quiz_id and not by_quiz:
        raise ValidationError(_("This lesson is complete when you pass its quiz."))
    enrollment = _enrollment_for(user=user, page=page)
    now = timezone.now()
    ItemProgress.objects.get_or_create(enrollment=enrollment, page=page, defaults={"completed_at": now})
    Enrollment.objects.filter(pk=enrollment.pk).update(last_activity_at=now, last_item=page)
    enrollment.refresh_from_db()
    enrollment_check_completion(enrollment=enrollment)
    return enrollment


@transaction.atomic
def quiz_passed(*, user, quiz_page: Page) -> Enrollment:
    """Called by assessments when a learner passes a quiz of a course."""
    enrollment = item_complete(user=user, page=quiz_page, by_quiz=True)
    for lesson in LessonPage.objects.live().filter(completing_quiz=quiz_page):
        item_complete(user=user, page=lesson, by_quiz=True)
    enrollment.refresh_from_db()
    return enrollment


def _attendance_met(enrollment: Enrollment) -> bool:
    """When the cohort requires it, the learner was present at every in-person session."""
    cohort = enrollment.cohort
    if cohort is None or not cohort.attendance_required:
        return True
    sessions = CohortSession.objects.filter(cohort=cohort)
    attended = Attendance.objects.filter(session__cohort=cohort, user_id=enrollment.user_id, present=True)
    return sessions.count() == attended.count()


@transaction.atomic
def attendance_mark(*, session: CohortSession, present_user_ids: set[int], actor) -> None:
    """Record who was at a session; members marked present may now complete the course."""
    members = (
        Enrollment.objects.filter(cohort=session.cohort)
        .exclude(status=EnrollmentStatus.WITHDRAWN)
        .select_related("cohort")
    )
    for enrollment in members:
        Attendance.objects.update_or_create(
            session=session,
            user_id=enrollment.user_id,
            defaults={"present": enrollment.user_id in present_user_ids, "marked_by": actor},
        )
    for enrollment in members:
        enrollment_check_completion(enrollment=enrollment)


def enrollment_check_completion(*, enrollment: Enrollment) -> bool:
    """Mark the enrollment completed when the course's rule is met; fire the completion event once."""
    from .selectors import course_items, enrollment_progress

    if enrollment.status != EnrollmentStatus.ACTIVE:
        return enrollment.status == EnrollmentStatus.COMPLETED
    with transaction.atomic():
        locked = Enrollment.objects.select_for_update().select_related("course").get(pk=enrollment.pk)
        if locked.status != EnrollmentStatus.ACTIVE:
            return locked.status == EnrollmentStatus.COMPLETED
        progress = enrollment_progress(enrollment=locked, items=course_items(course=locked.course))
        if not progress.complete or not _attendance_met(locked):
            return False
        locked.status = EnrollmentStatus.COMPLETED
        locked.completed_at = timezone.now()
        locked.save(update_fields=["status", "completed_at"])
        course_completed.send(sender=Enrollment, enrollment=locked)
    enrollment.refresh_from_db()
    return True


def position_visit(*, enrollment: Enrollment, lesson: LessonPage) -> None:
    """Opening a lesson makes it the place to continue from; no write when it already is."""
    now = timezone.now()
    if (
        enrollment.last_item_id == lesson.pk
        and enrollment.last_activity_at
        and now - enrollment.last_activity_at < timedelta(minutes=5)
    ):
        return
    position = enrollment.last_position if enrollment.last_item_id == lesson.pk else ""
    Enrollment.objects.filter(pk=enrollment.pk).update(last_item=lesson, last_position=position, last_activity_at=now)


def position_save(*, user, lesson: LessonPage, block_id: str = "") -> Enrollment:
    """Pause: remember the lesson and the block the learner reached."""
    enrollment = _enrollment_for(user=user, page=lesson)
    Enrollment.objects.filter(pk=enrollment.pk).update(
        last_item=lesson, last_position=block_id[:64], last_activity_at=timezone.now()
    )
    enrollment.refresh_from_db()
    return enrollment


def reflection_save(*, user, lesson: LessonPage, block_id: str, text: str) -> Reflection:
    """Keep a learner's private answer to a reflection prompt."""
    _enrollment_for(user=user, page=lesson)
    if not any(block.block_type == "reflection" and block.id == block_id for block in lesson.body):
        raise ValidationError(_("This reflection question no longer exists in the lesson."))
    text = text.strip()
    if len(text) > 5000:
        raise ValidationError(_("Please keep your reflection under 5,000 characters."))
    reflection, _created = Reflection.objects.update_or_create(
        user=user, lesson=lesson, block_id=block_id, defaults={"text": text}
    )
    return reflection


@dataclass
class CsvRowError:
    line: int
    message: str


def cohort_enrol_csv(*, cohort: Cohort, file, actor) -> list[Enrollment]:
    """Enrol a cohort from a CSV of e-mail addresses: every row valid, or nothing changes.

    The file has one e-mail address per row, in a column headed "email" or
    as the first column. Raises ValidationError listing each bad row.
    """
    raw = file.read()
    try:
        text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
    except UnicodeDecodeError as error:
        raise ValidationError(_("The file is not UTF-8 text. Save it as “CSV UTF-8” and upload it again.")) from error
    rows = list(csv.reader(io.StringIO(text)))
    if not rows:
        raise ValidationError(_("The file is empty. Put one e-mail address on each row."))
    column, start = 0, 0
    header = [cell.strip().lower() for cell in rows[0]]
    if any(h in ("email", "e-mail", "email address", "e-mail address") for h in header):
        column = next(i for i, h in enumerate(header) if h in ("email", "e-mail", "email address", "e-mail address"))
        start = 1
    errors: list[CsvRowError] = []
    emails: list[tuple[int, str]] = []
    seen: set[str] = set()
    for number, row in enumerate(rows[start:], start=start + 1):
        if not any(cell.strip() for cell in row):
            continue
        email = row[column].strip().lower() if len(row) > column else ""
        try:
            validate_email(email)
        except ValidationError:
            errors.append(CsvRowError(number, _("“%(value)s” is not an e-mail address.") % {"value": email}))
            continue
        if email in seen:
            errors.append(CsvRowError(number, _("%(email)s appears twice in the file.") % {"email": email}))
            continue
        seen.add(email)
        emails.append((number, email))
    users = {u.email.lower(): u for u in User.objects.filter(email__in=[e for _n, e in emails])}
    for number, email in emails:
        if email not in users:
            errors.append(
                CsvRowError(number, _("No account uses %(email)s. Ask the person to sign up first.") % {"email": email})
            )
    if errors:
        raise ValidationError(
            [
                _("Line %(line)s: %(message)s") % {"line": e.line, "message": e.message}
                for e in sorted(errors, key=lambda e: e.line)
            ]
        )
    if not emails:
        raise ValidationError(_("The file has no e-mail addresses. Put one on each row."))
    with transaction.atomic():
        return [
            enrollment_create(user=users[email], course=cohort.course, cohort=cohort, enrolled_by=actor)
            for _n, email in emails
        ]


@transaction.atomic
def review_workflow_ensure(*, catalogue) -> None:
    """Give the catalogue a peer-review workflow: drafts are approved by another trainer or an administrator."""
    from django.contrib.auth.models import Group
    from wagtail.models import Workflow, WorkflowPage, WorkflowTask

    from .models import PeerReviewTask

    task, _created = PeerReviewTask.objects.get_or_create(name="Peer review")
    task.groups.set(Group.objects.filter(name__in=["Trainers", "National administrators"]))
    workflow, _created = Workflow.objects.get_or_create(name="Course review")
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=catalogue, defaults={"workflow": workflow})
