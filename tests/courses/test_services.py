"""Enrolment rules, progress and the completion rule."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from accounts.models import Province
from courses import services
from courses.models import Cohort, Enrollment, EnrollmentStatus, EnrolmentMode, ItemProgress, Reflection
from courses.selectors import course_items, enrollment_progress, my_learning
from courses.signals import course_completed
from tests.factories import UserFactory

from .conftest import make_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def completions():
    received = []

    def listener(sender, enrollment, **kwargs):
        received.append(enrollment.pk)

    course_completed.connect(listener)
    yield received
    course_completed.disconnect(listener)


def test_open_course_enrols_once_even_if_asked_twice():
    course, _ = make_course()
    user = UserFactory()
    first = services.enrollment_create(user=user, course=course)
    second = services.enrollment_create(user=user, course=course)
    assert first.pk == second.pk
    assert Enrollment.objects.filter(user=user).count() == 1


def test_key_course_needs_the_right_key():
    course, _ = make_course(enrolment_mode=EnrolmentMode.KEY, enrolment_key="CARE2025")
    user = UserFactory()
    with pytest.raises(ValidationError, match="needs an enrolment key"):
        services.enrollment_create(user=user, course=course)
    with pytest.raises(ValidationError, match="not right"):
        services.enrollment_create(user=user, course=course, key="WRONG")
    assert services.enrollment_create(user=user, course=course, key=" care2025 ").status == EnrollmentStatus.ACTIVE


def test_trainer_only_course_refuses_self_enrolment_but_accepts_cohort_key():
    trainer = UserFactory()
    course, _ = make_course(enrolment_mode=EnrolmentMode.TRAINER)
    cohort = Cohort.objects.create(
        name="Quetta, March",
        course=course,
        trainer=trainer,
        province=Province.objects.get(code="PK-PB"),
        starts_on="2025-03-01",
        ends_on="2025-03-02",
        enrolment_key="QTA-MAR",
    )
    learner = UserFactory()
    with pytest.raises(ValidationError, match="trainer enrols"):
        services.enrollment_create(user=learner, course=course)
    enrollment = services.enrollment_create(user=learner, course=course, key="qta-mar")
    assert enrollment.cohort == cohort
    other = UserFactory()
    assert services.enrollment_create(user=other, course=course, enrolled_by=trainer).status == EnrollmentStatus.ACTIVE


def test_prerequisite_must_be_completed_first():
    basics, basic_lessons = make_course("Basics", lessons=1)
    advanced, _ = make_course("Advanced")
    advanced.prerequisites.add(basics)
    advanced.save()
    user = UserFactory()
    with pytest.raises(ValidationError, match="complete “Basics” first"):
        services.enrollment_create(user=user, course=advanced)
    services.enrollment_create(user=user, course=basics)
    services.item_complete(user=user, page=basic_lessons[0])
    assert services.enrollment_create(user=user, course=advanced).status == EnrollmentStatus.ACTIVE


def test_closed_course_cannot_be_joined():
    course, _ = make_course()
    course.unpublish()
    with pytest.raises(ValidationError, match="not open"):
        services.enrollment_create(user=UserFactory(), course=course)


def test_unenrol_keeps_history_and_progress_returns_on_rejoin():
    course, lessons = make_course()
    user = UserFactory()
    services.enrollment_create(user=user, course=course)
    services.item_complete(user=user, page=lessons[0])
    services.enrollment_withdraw(user=user, course=course)
    enrollment = Enrollment.objects.get(user=user, course=course)
    assert enrollment.status == EnrollmentStatus.WITHDRAWN and enrollment.withdrawn_at
    assert ItemProgress.objects.filter(enrollment=enrollment).count() == 1
    assert my_learning(user=user)["in_progress"] == []

    services.enrollment_create(user=user, course=course)
    progress = enrollment_progress(enrollment=enrollment, items=course_items(course=course))
    assert progress.required_done == 1


def test_progress_counts_required_lessons_only():
    course, lessons = make_course(lessons=4)
    lessons[3].is_required = False
    lessons[3].save_revision().publish()
    user = UserFactory()
    enrollment = services.enrollment_create(user=user, course=course)
    services.item_complete(user=user, page=lessons[0])
    progress = enrollment_progress(enrollment=enrollment, items=course_items(course=course))
    assert (progress.required_done, progress.required_total, progress.percent) == (1, 3, 33)
    assert progress.next_item.pk == lessons[1].pk


def test_completing_all_required_lessons_completes_the_course_once(completions):
    course, lessons = make_course(lessons=2)
    user = UserFactory()
    services.enrollment_create(user=user, course=course)
    services.item_complete(user=user, page=lessons[0])
    assert completions == []
    enrollment = services.item_complete(user=user, page=lessons[1])
    services.item_complete(user=user, page=lessons[1])  # a second click changes nothing
    assert enrollment.status == EnrollmentStatus.COMPLETED and enrollment.completed_at
    assert completions == [enrollment.pk]


def test_lesson_removed_after_completion_does_not_block_or_count():
    course, lessons = make_course(lessons=3)
    user = UserFactory()
    enrollment = services.enrollment_create(user=user, course=course)
    services.item_complete(user=user, page=lessons[2])
    lessons[2].unpublish()
    progress = enrollment_progress(enrollment=enrollment, items=course_items(course=course))
    assert (progress.required_done, progress.required_total) == (0, 2)
    services.item_complete(user=user, page=lessons[0])
    enrollment = services.item_complete(user=user, page=lessons[1])
    assert enrollment.status == EnrollmentStatus.COMPLETED


def test_lesson_added_mid_way_is_needed_before_completion():
    course, lessons = make_course(lessons=2)
    user = UserFactory()
    enrollment = services.enrollment_create(user=user, course=course)
    services.item_complete(user=user, page=lessons[0])
    module = lessons[0].get_parent()
    from courses.models import LessonPage

    extra = module.add_child(instance=LessonPage(title="New lesson", body=[("rich_text", "<p>New.</p>")]))
    services.item_complete(user=user, page=lessons[1])
    enrollment.refresh_from_db()
    assert enrollment.status == EnrollmentStatus.ACTIVE
    assert services.item_complete(user=user, page=extra).status == EnrollmentStatus.COMPLETED


def test_completed_course_stays_completed_when_edited_later():
    course, lessons = make_course(lessons=1)
    user = UserFactory()
    services.enrollment_create(user=user, course=course)
    enrollment = services.item_complete(user=user, page=lessons[0])
    lessons[0].get_parent().add_child(instance=type(lessons[0])(title="Later", body=[("rich_text", "<p>x</p>")]))
    enrollment.refresh_from_db()
    assert enrollment.status == EnrollmentStatus.COMPLETED


def test_lesson_completed_by_quiz_cannot_be_marked_done_by_hand():
    course, lessons = make_course(lessons=2)
    lessons[0].completing_quiz = lessons[1]  # any page stands in for the quiz here
    lessons[0].save_revision().publish()
    user = UserFactory()
    services.enrollment_create(user=user, course=course)
    with pytest.raises(ValidationError, match="pass its quiz"):
        services.item_complete(user=user, page=lessons[0])
    services.quiz_passed(user=user, quiz_page=lessons[1])
    assert ItemProgress.objects.filter(page=lessons[0]).exists()


def test_progress_needs_an_enrollment():
    course, lessons = make_course()
    with pytest.raises(PermissionDenied):
        services.item_complete(user=UserFactory(), page=lessons[0])


def test_reflection_is_kept_and_only_for_existing_prompts():
    course, lessons = make_course()
    user = UserFactory()
    services.enrollment_create(user=user, course=course)
    block_id = next(b.id for b in lessons[0].body if b.block_type == "reflection")
    services.reflection_save(user=user, lesson=lessons[0], block_id=block_id, text="I noticed my own fear.")
    services.reflection_save(user=user, lesson=lessons[0], block_id=block_id, text="I noticed my own calm.")
    assert Reflection.objects.get(user=user).text == "I noticed my own calm."
    with pytest.raises(ValidationError):
        services.reflection_save(user=user, lesson=lessons[0], block_id="not-a-block", text="x")


def test_pause_remembers_lesson_and_block_for_continue():
    course, lessons = make_course()
    user = UserFactory()
    services.enrollment_create(user=user, course=course)
    services.position_save(user=user, lesson=lessons[1], block_id="block-abc")
    row = my_learning(user=user)["in_progress"][0]
    assert row.continue_item.pk == lessons[1].pk
    assert row.enrollment.last_position == "block-abc"
