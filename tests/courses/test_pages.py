"""Learner pages: catalogue, course, lesson (content note, complete, pause, reflection), My learning."""

import pytest
from django.urls import reverse

from courses import services
from courses.models import Enrollment, EnrollmentStatus, ItemProgress, Reflection
from tests.factories import ProfileFactory

from .conftest import make_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def learner(client):
    profile = ProfileFactory()
    client.force_login(profile.user)
    return profile.user


def test_catalogue_lists_live_courses_and_filters_by_words(client, learner):
    make_course("Psychological first aid")
    make_course("Compensation schemes")
    page = client.get("/courses/?q=first+aid").content.decode()
    assert "Psychological first aid" in page
    assert "Compensation schemes" not in page


def test_catalogue_filters_by_my_status(client, learner):
    started, _ = make_course("Started course")
    make_course("Untouched course")
    services.enrollment_create(user=learner, course=started)
    page = client.get("/courses/?status=active").content.decode()
    assert "Started course" in page and "Untouched course" not in page


def test_learner_enrols_from_course_page_and_sees_progress(client, learner):
    course, lessons = make_course()
    response = client.post(course.url, {"action": "enrol"}, follow=True)
    assert "You are enrolled" in response.content.decode()
    assert "0% complete" in response.content.decode()
    assert Enrollment.objects.get(user=learner).status == EnrollmentStatus.ACTIVE


def test_wrong_key_gets_a_clear_message(client, learner):
    course, _ = make_course(enrolment_mode="key", enrolment_key="CARE2025")
    response = client.post(course.url, {"action": "enrol", "key": "nope"}, follow=True)
    assert "That enrolment key is not right" in response.content.decode()
    assert not Enrollment.objects.exists()


def test_lesson_requires_enrolment(client, learner):
    course, lessons = make_course()
    response = client.get(lessons[0].url)
    assert response.status_code == 302 and response["Location"] == course.url


def test_content_note_comes_first_with_three_choices(client, learner):
    course, lessons = make_course()
    lessons[1].content_note = "This lesson describes the day of an attack."
    lessons[1].save_revision().publish()
    services.enrollment_create(user=learner, course=course)
    page = client.get(lessons[1].url).content.decode()
    assert "This lesson describes the day of an attack." in page
    assert "Continue to the lesson" in page and "Skip for now" in page and "Come back later" in page
    assert "Listen calmly" not in page  # the lesson itself waits
    assert "Listen calmly" in client.get(lessons[1].url + "?note=continue").content.decode()
    assert "Listen calmly" in client.get(lessons[1].url).content.decode()  # not asked again


def test_mark_complete_moves_progress_and_goes_to_next_lesson(client, learner):
    course, lessons = make_course(lessons=4)
    services.enrollment_create(user=learner, course=course)
    response = client.post(lessons[0].url, {"action": "complete"})
    assert response["Location"] == lessons[1].url
    assert "25% complete" in client.get(course.url).content.decode()


def test_pause_saves_place_and_my_learning_continues_there(client, learner):
    course, lessons = make_course()
    services.enrollment_create(user=learner, course=course)
    response = client.post(lessons[1].url, {"action": "pause", "position": "block-xyz"})
    assert response["Location"] == reverse("courses:my_learning")
    page = client.get(reverse("courses:my_learning")).content.decode()
    assert f"{lessons[1].url}#block-xyz" in page


def test_reflection_is_saved_and_shown_back_only_to_its_author(client, learner):
    course, lessons = make_course()
    services.enrollment_create(user=learner, course=course)
    block_id = next(b.id for b in lessons[0].body if b.block_type == "reflection")
    client.post(lessons[0].url, {"action": "reflection", "block_id": block_id, "text": "Silence can be kind."})
    assert Reflection.objects.get(user=learner).text == "Silence can be kind."
    assert "Silence can be kind." in client.get(lessons[0].url).content.decode()

    other = ProfileFactory().user
    services.enrollment_create(user=other, course=course)
    client.force_login(other)
    assert "Silence can be kind." not in client.get(lessons[0].url).content.decode()


def test_learner_cannot_record_progress_for_another_learner(client, learner):
    """Progress is always the signed-in learner's own: there is no user parameter to tamper with."""
    course, lessons = make_course()
    other = ProfileFactory().user
    services.enrollment_create(user=other, course=course)
    client.post(lessons[0].url, {"action": "complete", "user": other.pk})
    assert not ItemProgress.objects.exists()


def test_my_learning_shows_in_progress_and_completed(client, learner):
    done, done_lessons = make_course("Done course", lessons=1)
    going, _ = make_course("Going course", lessons=2)
    services.enrollment_create(user=learner, course=done)
    services.item_complete(user=learner, page=done_lessons[0])
    services.enrollment_create(user=learner, course=going)
    page = client.get(reverse("courses:my_learning")).content.decode()
    assert page.index("Going course") < page.index("Completed")
    assert "Done course" in page and "Completed on" in page


def test_unenrol_from_course_page(client, learner):
    course, _ = make_course()
    services.enrollment_create(user=learner, course=course)
    client.post(course.url, {"action": "unenrol"})
    assert Enrollment.objects.get(user=learner).status == EnrollmentStatus.WITHDRAWN


def _queries(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_course_and_lesson_page_queries_do_not_grow_with_lessons(client, learner):
    """The course and lesson pages use as many queries for a 50-lesson course as for a 1-lesson course."""
    counts = {}
    for size in (1, 50):
        course, lessons = make_course(f"Course of {size}", lessons=size)
        services.enrollment_create(user=learner, course=course)
        for lesson in lessons[: max(1, size // 2)]:
            services.item_complete(user=learner, page=lesson)
        _queries(client, course.url)  # first visits warm the session and record the place
        _queries(client, lessons[-1].url)
        counts[size] = (_queries(client, course.url), _queries(client, lessons[-1].url))
    assert counts[50] == counts[1]


def test_my_learning_queries_do_not_grow_with_enrolments(client, learner):
    url = reverse("courses:my_learning")
    course, lessons = make_course("First", lessons=3)
    services.enrollment_create(user=learner, course=course)
    services.item_complete(user=learner, page=lessons[0])
    _queries(client, url)
    one = _queries(client, url)
    for i in range(49):
        course, lessons = make_course(f"Course {i}", lessons=2)
        services.enrollment_create(user=learner, course=course)
        services.item_complete(user=learner, page=lessons[0])
    assert _queries(client, url) == one
