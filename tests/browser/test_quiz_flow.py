"""A learner takes and passes a quiz on a phone; answers autosave; the pages pass an axe scan."""

import pytest

from assessments.models import Attempt, QuestionType
from courses import services as course_services
from tests.assessments.helpers import question, quiz
from tests.browser.axe import serious_violations
from tests.courses.conftest import make_course
from tests.factories import ProfileFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_take_and_pass_a_quiz(page, live_server):
    course, _lessons = make_course("Psychological first aid", lessons=1)
    q = quiz(
        course,
        [question(QuestionType.MULTICHOICE), question(QuestionType.TRUEFALSE), question(QuestionType.SHORTANSWER)],
        shuffle_questions=False,
        pass_mark=60,
    )
    learner = ProfileFactory().user
    course_services.enrollment_create(user=learner, course=course)

    page.goto(f"{live_server.url}/accounts/login/")
    page.locator("#id_login").fill(learner.email)
    page.locator("#id_password").fill("Correct-Horse-42")
    page.get_by_role("button", name="Sign In").click()
    page.get_by_role("heading", name="My learning").wait_for()

    page.goto(f"{live_server.url}{q.url}")
    assert serious_violations(page) == []
    page.get_by_role("button", name="Start the quiz").click()
    page.get_by_text("Question 1").first.wait_for()
    assert serious_violations(page) == []
    assert "Yes: calm" not in page.content()  # no feedback before submitting

    page.get_by_label("Stay nearby and offer water").check()
    page.locator("#question-1 [data-status]").filter(has_text="Saved").wait_for()
    page.get_by_label("True", exact=True).check()
    page.locator("#question-2 [data-status]").filter(has_text="Saved").wait_for()
    page.get_by_label("Your answer").fill("Listen")
    page.locator("#question-3 [data-status]").filter(has_text="Saved").wait_for()
    attempt = Attempt.objects.get()
    assert attempt.questions.get(position=3).response == {"text": "Listen"}

    page.get_by_role("button", name="Submit my answers").click()
    page.get_by_role("heading", name="Your result").wait_for()
    assert "100%" in page.content() and "You passed" in page.content()
    assert "Yes: calm, practical help." in page.content()  # feedback, now that review allows it
    assert serious_violations(page) == []
