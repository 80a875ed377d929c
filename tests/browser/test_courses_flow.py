"""A learner on a phone enrols, meets a content note, completes a lesson and sees progress move."""

import pytest

from tests.browser.axe import serious_violations
from tests.courses.conftest import make_course
from tests.factories import ProfileFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _sign_in(page, live_server, email):
    page.goto(f"{live_server.url}/accounts/login/")
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill("Correct-Horse-42")
    page.get_by_role("button", name="Sign In").click()
    page.get_by_role("heading", name="My learning").wait_for()


def test_enrol_read_content_note_complete_lesson_and_progress_moves(page, live_server):
    course, lessons = make_course("Psychological first aid", lessons=2)
    lessons[0].content_note = "This lesson talks about the hours after an attack."
    lessons[0].save_revision().publish()
    learner = ProfileFactory().user
    _sign_in(page, live_server, learner.email)

    page.goto(f"{live_server.url}/courses/")
    assert serious_violations(page) == []
    page.get_by_role("link", name="Psychological first aid").click()
    page.get_by_role("button", name="Enrol").click()
    page.get_by_text("You are enrolled").wait_for()
    assert page.get_by_role("progressbar").get_attribute("value") == "0"
    assert serious_violations(page) == []

    page.get_by_role("link", name="Start the course").click()
    page.get_by_role("heading", name="Before you start").wait_for()
    assert "hours after an attack" in page.content()
    assert serious_violations(page) == []
    page.get_by_role("link", name="Continue to the lesson").click()

    page.locator("summary", has_text="Need a moment?").click()
    assert page.get_by_role("link", name="More self-care and helplines").is_visible()
    assert serious_violations(page) == []
    page.get_by_role("button", name="Mark this lesson complete").click()

    page.get_by_role("heading", name=lessons[1].title).wait_for()
    page.goto(f"{live_server.url}{course.url}")
    assert page.get_by_role("progressbar").get_attribute("value") == "50"
    assert "50% complete" in page.content()

    page.goto(f"{live_server.url}/learning/")
    assert "50% complete" in page.content()
    assert serious_violations(page) == []
