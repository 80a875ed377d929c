"""Two tabs, two clicks, at the same moment: one attempt, one grade. Proven on PostgreSQL."""

import contextlib
import threading

import pytest
from django.db import connection, connections
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from assessments import services
from assessments.models import Attempt, AttemptStatus, QuestionType
from courses import services as course_services
from tests.courses.conftest import make_course
from tests.factories import ProfileFactory

from .helpers import question, quiz

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="Row locks and concurrent transactions are proven on PostgreSQL; SQLite serialises all writes.",
)


def _run_together(count, work):
    barrier = threading.Barrier(count)
    results, errors = [], []

    def target():
        try:
            barrier.wait()
            results.append(work())
        except Exception as error:  # collected and asserted on below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=target) for _ in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results, errors


def _setup():
    course, _ = make_course(lessons=1)
    learner = ProfileFactory().user
    q = quiz(course, [question(QuestionType.TRUEFALSE)], attempts_allowed=1)
    course_services.enrollment_create(user=learner, course=course)
    return learner, q


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_concurrent_starts_make_exactly_one_attempt():
    learner, q = _setup()
    results, errors = _run_together(6, lambda: services.attempt_start(user=learner, quiz=q).pk)
    assert errors == []
    assert len(set(results)) == 1
    assert Attempt.objects.filter(user=learner).count() == 1


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_concurrent_submits_grade_once_and_tell_the_others():
    learner, q = _setup()
    attempt = services.attempt_start(user=learner, quiz=q)

    def submit():
        try:
            services.attempt_submit(attempt=attempt, user=learner, answers={1: {"value": True}})
            return "graded"
        except services.AlreadySubmitted:
            return "already"

    results, errors = _run_together(6, submit)
    assert errors == []
    assert sorted(results) == ["already"] * 5 + ["graded"]
    attempt.refresh_from_db()
    assert (attempt.status, attempt.percent) == (AttemptStatus.GRADED, 100)


@pytest.mark.django_db
def test_attempt_limit_holds_whatever_the_learner_does():
    """A rule-based machine starts, answers and submits in any order: never more attempts than allowed."""
    learner, q = _setup()
    q.attempts_allowed = 3
    q.save()

    class AttemptMachine(RuleBasedStateMachine):
        @initialize()
        def clean(self):
            Attempt.objects.filter(user=learner).delete()

        @rule()
        def start(self):
            try:
                services.attempt_start(user=learner, quiz=q)
            except Exception as error:
                assert "used all 3 attempts" in str(error)

        @rule(value=st.booleans())
        def answer(self, value):
            attempt = Attempt.objects.filter(user=learner, status=AttemptStatus.IN_PROGRESS).first()
            if attempt:
                services.answer_save(attempt=attempt, user=learner, position=1, raw={"value": value})

        @rule()
        def submit(self):
            attempt = Attempt.objects.filter(user=learner).order_by("-number").first()
            if attempt:
                with contextlib.suppress(services.AlreadySubmitted):
                    services.attempt_submit(attempt=attempt, user=learner)

        @invariant()
        def within_limit(self):
            assert Attempt.objects.filter(user=learner).count() <= 3
            assert Attempt.objects.filter(user=learner, status=AttemptStatus.IN_PROGRESS).count() <= 1

    AttemptMachine.TestCase.settings = settings(max_examples=25, stateful_step_count=15, deadline=None)
    AttemptMachine.TestCase().runTest()
