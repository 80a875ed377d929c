"""Authoring and following courses in the Wagtail admin: who may change and see what."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from accounts.models import Province
from accounts.roles import Role
from courses import services
from courses.models import Cohort, CourseTrainer, Enrollment, PeerReviewTask
from tests.factories import ProfileFactory, UserFactory, make_staff

from .conftest import make_catalogue, make_course

pytestmark = pytest.mark.django_db


def assert_refused(response):
    """Wagtail answers a refused admin page with a redirect to the dashboard and a message."""
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"] == reverse("wagtailadmin_home")


def test_trainer_edits_own_course_but_not_another_trainers(client):
    mine, my_lessons = make_course("Mine", owner=None)
    alice, bob = make_staff(Role.TRAINER), make_staff(Role.TRAINER)
    mine.owner = alice
    mine.save()
    theirs, their_lessons = make_course("Theirs")
    theirs.owner = bob
    theirs.save()
    client.force_login(alice)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[mine.pk])).status_code == 200
    assert client.get(reverse("wagtailadmin_pages:edit", args=[my_lessons[0].pk])).status_code == 200
    for page in (theirs, their_lessons[0]):
        response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code in (302, 403), page
    # Nor by posting to the URL directly.
    response = client.post(reverse("wagtailadmin_pages:edit", args=[theirs.pk]), {"title": "Hijacked"})
    assert response.status_code in (302, 403)
    theirs.refresh_from_db()
    assert theirs.title == "Theirs"


def test_trainer_added_to_a_course_may_edit_it(client):
    course, _ = make_course()
    helper = make_staff(Role.TRAINER)
    CourseTrainer.objects.create(course=course, user=helper)
    client.force_login(helper)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[course.pk])).status_code == 200


def test_national_admin_edits_every_course(client):
    course, _ = make_course()
    client.force_login(make_staff(Role.NATIONAL_ADMIN))
    assert client.get(reverse("wagtailadmin_pages:edit", args=[course.pk])).status_code == 200


def test_trainer_may_create_a_course_in_the_catalogue_but_not_edit_the_catalogue(client):
    catalogue = make_catalogue()
    client.force_login(make_staff(Role.TRAINER))
    assert (
        client.get(reverse("wagtailadmin_pages:add", args=["courses", "coursepage", catalogue.pk])).status_code == 200
    )
    assert client.get(reverse("wagtailadmin_pages:edit", args=[catalogue.pk])).status_code in (302, 403)


def test_peer_review_task_refuses_the_author_but_not_a_colleague():
    author, colleague = make_staff(Role.TRAINER), make_staff(Role.TRAINER)
    course, _ = make_course(owner=author)
    services.review_workflow_ensure(catalogue=course.get_parent())
    task = PeerReviewTask.objects.get()
    course.save_revision(user=author)
    course.get_workflow().start(course, author)
    course.refresh_from_db()
    assert task.get_actions(course, author) == []
    assert [a[0] for a in task.get_actions(course, colleague)][:2] == ["reject", "approve"]
    assert not task.get_task_states_user_can_moderate(author).exists()
    assert task.get_task_states_user_can_moderate(colleague).exists()


def _cohort(course, trainer, key="ISB-FEB"):
    return Cohort.objects.create(
        name="Islamabad workshop",
        course=course,
        trainer=trainer,
        province=Province.objects.get(code="PK-IS"),
        starts_on="2025-02-10",
        ends_on="2025-02-14",
        enrolment_key=key,
    )


def test_trainer_sees_learners_with_progress_and_downloads_csv(client):
    trainer = make_staff(Role.TRAINER)
    course, lessons = make_course(owner=trainer, lessons=2)
    learner = ProfileFactory(full_name_latin="Sana Mir").user
    services.enrollment_create(user=learner, course=course)
    services.item_complete(user=learner, page=lessons[0])
    client.force_login(trainer)
    page = client.get(reverse("courses_course_learners", args=[course.pk])).content.decode()
    assert "Sana Mir" in page and "50%" in page
    response = client.get(reverse("courses_course_learners", args=[course.pk]) + "?format=csv")
    body = b"".join(response.streaming_content).decode()
    assert response["Content-Type"].startswith("text/csv")
    assert "Sana Mir" in body and ",50," in body


def test_trainer_cannot_see_learners_of_another_trainers_course(client):
    course, _ = make_course(owner=make_staff(Role.TRAINER))
    client.force_login(make_staff(Role.TRAINER))
    assert_refused(client.get(reverse("courses_course_learners", args=[course.pk])))


def test_provincial_admin_sees_only_their_provinces_learners(client):
    course, _ = make_course()
    punjabi = ProfileFactory(full_name_latin="Punjab Learner").user
    kp_profile = ProfileFactory(full_name_latin="Khyber Learner")
    from accounts.models import District, Province

    kp_profile.province = Province.objects.get(code="PK-KP")
    kp_profile.district = District.objects.filter(province=kp_profile.province).first()
    kp_profile.save()
    for user in (punjabi, kp_profile.user):
        services.enrollment_create(user=user, course=course)
    client.force_login(make_staff(Role.PROVINCIAL_ADMIN, "PK-PB"))
    page = client.get(reverse("courses_course_learners", args=[course.pk])).content.decode()
    assert "Punjab Learner" in page and "Khyber Learner" not in page


def test_cohort_csv_enrols_everyone_or_nobody(client):
    trainer = make_staff(Role.TRAINER)
    course, _ = make_course(owner=trainer)
    cohort = _cohort(course, trainer)
    known = [UserFactory(email=f"vso{i}@example.org") for i in range(3)]
    client.force_login(trainer)
    url = reverse("courses_cohort_learners", args=[cohort.pk])

    bad = "email\nvso0@example.org\nnot-an-email\nvso1@example.org\nstranger@example.org\n"
    response = client.post(url, {"file": SimpleUploadedFile("group.csv", bad.encode(), "text/csv")})
    page = response.content.decode()
    assert response.status_code == 400
    assert "Line 3" in page and "not-an-email" in page
    assert "Line 5" in page and "stranger@example.org" in page
    assert not Enrollment.objects.exists()

    good = "email\n" + "\n".join(u.email for u in known) + "\n"
    response = client.post(url, {"file": SimpleUploadedFile("group.csv", good.encode(), "text/csv")}, follow=True)
    assert "3 learners are now in this cohort" in response.content.decode()
    assert Enrollment.objects.filter(cohort=cohort).count() == 3


def test_cohort_of_another_trainer_is_hidden(client):
    owner = make_staff(Role.TRAINER)
    course, _ = make_course(owner=owner)
    cohort = _cohort(course, owner)
    client.force_login(make_staff(Role.TRAINER))
    assert_refused(client.get(reverse("courses_cohort_learners", args=[cohort.pk])))
    assert client.get(reverse("cohorts:edit", args=[cohort.pk])).status_code in (302, 403)
    listing = client.get(reverse("cohorts:index")).content.decode()
    assert "Islamabad workshop" not in listing


def test_lesson_rich_text_drops_javascript_links():
    """Rich text is sanitised on the server, whatever the editor sent."""
    course, lessons = make_course(lessons=1)
    lesson = lessons[0]
    lesson.body = [("rich_text", '<p><a href="javascript:alert(1)">click</a><script>alert(2)</script>Safe</p>')]
    lesson.save_revision().publish()
    learner = ProfileFactory().user
    services.enrollment_create(user=learner, course=course)
    from django.test import Client

    c = Client()
    c.force_login(learner)
    html = c.get(lesson.url).content.decode()
    assert "javascript:" not in html and "<script>alert(2)" not in html
    assert "Safe" in html


def test_attendance_required_holds_completion_until_marked_present(client):
    from courses.models import CohortSession, EnrollmentStatus

    trainer = make_staff(Role.TRAINER)
    course, lessons = make_course(owner=trainer, lessons=1)
    cohort = _cohort(course, trainer)
    cohort.attendance_required = True
    cohort.save()
    session = CohortSession.objects.create(cohort=cohort, title="Day 1", date="2025-02-10")
    learner = ProfileFactory(full_name_latin="Hina Baloch").user
    services.enrollment_create(user=learner, course=course, cohort=cohort, enrolled_by=trainer)
    enrollment = services.item_complete(user=learner, page=lessons[0])
    assert enrollment.status == EnrollmentStatus.ACTIVE  # lessons done, but not yet present

    client.force_login(trainer)
    url = reverse("courses_cohort_learners", args=[cohort.pk])
    assert "Hina Baloch" in client.get(url).content.decode()
    client.post(url, {"action": "attendance", "session": session.pk, "present": [learner.pk]})
    enrollment.refresh_from_db()
    assert enrollment.status == EnrollmentStatus.COMPLETED


def test_trainer_adds_a_session_to_their_cohort(client):
    from courses.models import CohortSession

    trainer = make_staff(Role.TRAINER)
    course, _ = make_course(owner=trainer)
    cohort = _cohort(course, trainer)
    client.force_login(trainer)
    client.post(
        reverse("courses_cohort_learners", args=[cohort.pk]),
        {"action": "add_session", "title": "Day 1", "date": "2025-02-10"},
    )
    assert CohortSession.objects.get(cohort=cohort).title == "Day 1"
