"""Attempts: start, autosave, resume, submit once, time limits, review rules and the answer key."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time

from assessments import services
from assessments.models import Attempt, AttemptStatus, QuestionType, ReviewRule
from courses import services as course_services
from courses.models import EnrollmentStatus, ItemProgress
from tests.courses.conftest import make_course
from tests.factories import ProfileFactory

from .helpers import question, quiz

pytestmark = pytest.mark.django_db

ALL_TYPES = [t for t in QuestionType.values if t != QuestionType.DESCRIPTION]


@pytest.fixture
def learner(client):
    user = ProfileFactory().user
    client.force_login(user)
    return user


@pytest.fixture
def course():
    return make_course(lessons=1)


def enrolled_quiz(user, course, questions, **settings):
    course_page, _lessons = course
    q = quiz(course_page, questions, **settings)
    course_services.enrollment_create(user=user, course=course_page)
    return q


def right_answers(attempt):
    """The answers that earn full marks, worked out from the frozen snapshots (as only the server can)."""
    answers = {}
    for aq in attempt.questions.all():
        s = aq.snapshot
        if s["qtype"] == "multichoice":
            good = [o["id"] for o in s["options"] if o["fraction"] > 0]
            answers[aq.position] = {"choice": good[0]} if s["single"] else {"choices": good}
        elif s["qtype"] == "truefalse":
            answers[aq.position] = {"value": s["tf"]["correct"]}
        elif s["qtype"] == "shortanswer":
            answers[aq.position] = {"text": next(o["text"] for o in s["options"] if o["fraction"] == 1)}
        elif s["qtype"] == "numerical":
            answers[aq.position] = {"text": str(s["numbers"][0]["value"])}
        elif s["qtype"] == "matching":
            answers[aq.position] = {"matches": {p["id"]: p["answer"] for p in s["pairs"]}}
    return answers


def test_starting_twice_returns_the_same_open_attempt(learner, course):
    q = enrolled_quiz(learner, course, [question(QuestionType.TRUEFALSE)])
    first = services.attempt_start(user=learner, quiz=q)
    assert services.attempt_start(user=learner, quiz=q).pk == first.pk
    assert Attempt.objects.count() == 1


def test_quiz_needs_enrolment(course):
    from django.core.exceptions import PermissionDenied

    q = quiz(course[0], [question(QuestionType.TRUEFALSE)])
    with pytest.raises(PermissionDenied):
        services.attempt_start(user=ProfileFactory().user, quiz=q)


def test_passing_marks_quiz_done_and_completes_the_course(learner, course):
    course_page, lessons = course
    q = enrolled_quiz(learner, course, [question(t) for t in ALL_TYPES if t != QuestionType.ESSAY], pass_mark=80)
    course_services.item_complete(user=learner, page=lessons[0])
    attempt = services.attempt_start(user=learner, quiz=q)
    attempt = services.attempt_submit(attempt=attempt, user=learner, answers=right_answers(attempt))
    assert (attempt.status, attempt.percent, attempt.passed) == (AttemptStatus.GRADED, 100, True)
    assert ItemProgress.objects.filter(page=q).exists()
    assert learner.enrollments.get().status == EnrollmentStatus.COMPLETED


def test_failing_does_not_complete_the_quiz(learner, course):
    q = enrolled_quiz(learner, course, [question(QuestionType.TRUEFALSE)])
    attempt = services.attempt_start(user=learner, quiz=q)
    attempt = services.attempt_submit(attempt=attempt, user=learner, answers={1: {"value": False}})
    assert (attempt.percent, attempt.passed) == (0, False)
    assert not ItemProgress.objects.filter(page=q).exists()


def test_passing_the_quiz_completes_the_lesson_it_is_linked_to(learner, course):
    course_page, lessons = course
    q = enrolled_quiz(learner, course, [question(QuestionType.TRUEFALSE)])
    lessons[0].completing_quiz = q
    lessons[0].save_revision().publish()
    attempt = services.attempt_start(user=learner, quiz=q)
    services.attempt_submit(attempt=attempt, user=learner, answers={1: {"value": True}})
    assert ItemProgress.objects.filter(page=lessons[0]).exists()


def test_second_submit_is_told_and_counts_once(learner, course):
    q = enrolled_quiz(learner, course, [question(QuestionType.TRUEFALSE)])
    attempt = services.attempt_start(user=learner, quiz=q)
    services.attempt_submit(attempt=attempt, user=learner, answers={1: {"value": True}})
    with pytest.raises(services.AlreadySubmitted):
        services.attempt_submit(attempt=attempt, user=learner, answers={1: {"value": False}})
    attempt.refresh_from_db()
    assert attempt.percent == 100


def test_submit_twice_through_the_page_counts_once(client, learner, course):
    q = enrolled_quiz(learner, course, [question(QuestionType.TRUEFALSE)])
    attempt = services.attempt_start(user=learner, quiz=q)
    url = reverse("assessments:attempt", args=[attempt.public_id])
    client.post(url, {"action": "submit", "q1-value": "true"})
    response = client.post(url, {"action": "submit", "q1-value": "false"}, follow=True)
    assert response.status_code == 200
    attempt.refresh_from_db()
    assert attempt.percent == 100 and Attempt.objects.count() == 1


def test_answers_autosave_and_resume_after_the_session_ends(client, learner, course):
    q = enrolled_quiz(learner, course, [question(QuestionType.SHORTANSWER), question(QuestionType.TRUEFALSE)])
    client.post(q.url)
    attempt = Attempt.objects.get()
    response = client.post(
        reverse("assessments:autosave", args=[attempt.public_id]), {"position": "1", "q1-text": "I would listen"}
    )
    assert response.json() == {"saved": True}
    client.logout()  # the connection drops, the session is gone
    client.force_login(learner)
    client.post(q.url)  # "Continue your attempt"
    page = client.get(reverse("assessments:attempt", args=[attempt.public_id])).content.decode()
    assert 'value="I would listen"' in page
    assert Attempt.objects.count() == 1


def test_another_learners_attempt_is_not_found(client, learner, course):
    other = ProfileFactory().user
    q = enrolled_quiz(other, course, [question(QuestionType.TRUEFALSE)])
    attempt = services.attempt_start(user=other, quiz=q)
    for name in ("assessments:attempt", "assessments:result"):
        assert client.get(reverse(name, args=[attempt.public_id])).status_code == 404
    response = client.post(
        reverse("assessments:autosave", args=[attempt.public_id]), {"position": "1", "q1-value": "true"}
    )
    assert response.status_code == 404
    attempt.refresh_from_db()
    assert attempt.questions.get().response is None


def test_time_limit_is_kept_by_the_server_with_stated_grace(learner, course):
    q = enrolled_quiz(learner, course, [question(QuestionType.TRUEFALSE)], time_limit_minutes=10, grace_seconds=30)
    start = timezone.now()
    with freeze_time(start):
        attempt = services.attempt_start(user=learner, quiz=q)
    with freeze_time(start + timedelta(minutes=10, seconds=25)):
        services.answer_save(attempt=attempt, user=learner, position=1, raw={"value": "true"})  # within grace
    with freeze_time(start + timedelta(minutes=10, seconds=31)):
        with pytest.raises(ValidationError, match="time for this attempt is over"):
            services.answer_save(attempt=attempt, user=learner, position=1, raw={"value": "false"})
        # A late submit is graded on what was saved in time, not on what it carries.
        attempt = services.attempt_submit(attempt=attempt, user=learner, answers={1: {"value": False}})
    assert attempt.percent == 100


def test_expired_attempt_is_closed_when_next_opened(client, learner, course):
    q = enrolled_quiz(learner, course, [question(QuestionType.TRUEFALSE)], time_limit_minutes=5, grace_seconds=0)
    start = timezone.now()
    with freeze_time(start):
        attempt = services.attempt_start(user=learner, quiz=q)
    with freeze_time(start + timedelta(minutes=6)):
        response = client.get(reverse("assessments:attempt", args=[attempt.public_id]))
    assert response["Location"] == reverse("assessments:result", args=[attempt.public_id])
    attempt.refresh_from_db()
    assert attempt.status == AttemptStatus.GRADED and attempt.percent == 0


def test_attempt_limit_is_enforced(learner, course):
    q = enrolled_quiz(learner, course, [question(QuestionType.TRUEFALSE)], attempts_allowed=2)
    for _ in range(2):
        attempt = services.attempt_start(user=learner, quiz=q)
        services.attempt_submit(attempt=attempt, user=learner, answers={1: {"value": False}})
    with pytest.raises(ValidationError, match="used all 2 attempts"):
        services.attempt_start(user=learner, quiz=q)


def test_essay_waits_in_the_queue_and_completes_when_marked(learner, course):
    from decimal import Decimal

    from accounts.models import AuditEvent
    from accounts.roles import Role
    from assessments.selectors import grading_queue
    from tests.factories import UserFactory, make_role

    q = enrolled_quiz(learner, course, [question(QuestionType.ESSAY), question(QuestionType.TRUEFALSE)], pass_mark=50)
    attempt = services.attempt_start(user=learner, quiz=q)
    essay_pos = next(aq.position for aq in attempt.questions.all() if aq.snapshot["qtype"] == "essay")
    tf_pos = 3 - essay_pos
    attempt = services.attempt_submit(
        attempt=attempt,
        user=learner,
        answers={essay_pos: {"text": "I would stay calm and listen."}, tf_pos: {"value": True}},
    )
    assert attempt.status == AttemptStatus.AWAITING_GRADING and attempt.passed is None
    trainer = make_role(UserFactory(), Role.TRAINER)
    course[0].owner = trainer
    course[0].save()
    queue = list(grading_queue(user=trainer))
    assert [aq.position for aq in queue] == [essay_pos]
    services.essay_grade(aq=queue[0], grader=trainer, mark=Decimal("1"), comment="Kind and practical.")
    attempt.refresh_from_db()
    assert (attempt.status, attempt.percent, attempt.passed) == (AttemptStatus.GRADED, 100, True)
    assert AuditEvent.objects.filter(action="grade.essay", actor=trainer, subject=learner).exists()


@pytest.mark.parametrize("qtype", ALL_TYPES)
@pytest.mark.parametrize("rule", ReviewRule.values)
def test_answer_key_never_reaches_the_browser_before_review_allows(client, learner, course, qtype, rule):
    """Every question type, every review rule: no feedback, credit or right answer in the pages or responses."""
    q = enrolled_quiz(learner, course, [question(qtype)], review_rule=rule, attempts_allowed=3)
    client.post(q.url)
    attempt = Attempt.objects.get()
    snap = attempt.questions.get().snapshot
    secrets = [f"General feedback for {qtype}"]
    secrets += [o["feedback"] for o in snap.get("options", []) if o["feedback"]]
    secrets += [n["feedback"] for n in snap.get("numbers", [])]
    if qtype == "truefalse":
        secrets += [snap["tf"]["true_feedback"], snap["tf"]["false_feedback"]]
    if qtype == "shortanswer":
        secrets += ["hear*"]
    if qtype == "numerical":
        secrets += ["72.5"]
    pages = [
        client.get(reverse("assessments:attempt", args=[attempt.public_id])).content.decode(),
        client.get(q.url).content.decode(),
        client.post(reverse("assessments:autosave", args=[attempt.public_id]), {"position": "1"}).content.decode(),
    ]
    # Submit a wrong answer: the result page may show the key only where the rule allows it.
    pages_after = [
        client.post(
            reverse("assessments:attempt", args=[attempt.public_id]), {"action": "submit"}, follow=True
        ).content.decode()
    ]
    for page in pages:
        for secret in secrets:
            assert secret not in page, (qtype, rule, secret)
        assert "credit" not in page and "fraction" not in page
    if rule in (ReviewRule.NEVER, ReviewRule.AFTER_PASS, ReviewRule.AFTER_LAST):
        for secret in secrets:
            assert secret not in pages_after[0], (qtype, rule, secret)
    else:
        assert f"General feedback for {qtype}" in pages_after[0]


def test_random_draws_take_n_distinct_questions_from_a_category_or_tag(learner, course):
    from assessments.models import QuizSlot

    from .helpers import category

    pool = category("Pool")
    drawn = [question(QuestionType.TRUEFALSE, cat=pool, name=f"Pool {i}") for i in range(6)]
    drawn[0].tags.add("children")
    drawn[0].save()
    q = enrolled_quiz(learner, course, [])
    QuizSlot.objects.create(quiz=q, tag="children", count=1, sort_order=0)
    QuizSlot.objects.create(quiz=q, category=pool, count=3, sort_order=1)
    attempt = services.attempt_start(user=learner, quiz=q)
    names = [aq.snapshot["name"] for aq in attempt.questions.all()]
    assert len(names) == len(set(names)) == 4
    assert all(name.startswith("Pool") for name in names)
    assert "Pool 0" in names  # the tag draw always finds its question, never a duplicate


def test_editing_a_question_never_changes_a_past_attempt(learner, course):
    tf = question(QuestionType.TRUEFALSE)
    q = enrolled_quiz(learner, course, [tf])
    attempt = services.attempt_start(user=learner, quiz=q)
    services.attempt_submit(attempt=attempt, user=learner, answers={1: {"value": True}})
    tf.tf_correct = False
    tf.text = "<p>Changed wording</p>"
    tf.save()
    aq = attempt.questions.get()
    assert aq.snapshot["tf"]["correct"] is True and "Changed" not in aq.snapshot["text"]
    assert aq.question_version == 1 and tf.version == 2
    attempt.refresh_from_db()
    assert attempt.percent == 100
