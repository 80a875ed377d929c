"""Every admin page staff use opens for them (a smoke test across apps, on realistic data)."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from accounts.models import User
from assessments.models import Question, QuizPage
from courses.models import Cohort, CoursePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    call_command("load_demo", learners=6, stdout=open("/dev/null", "w"))  # noqa: SIM115


def _login(client, email):
    from tests.factories import give_totp

    user = User.objects.get(email=email)
    give_totp(user)
    client.force_login(user)


def test_trainer_admin_pages_open(client, demo):
    _login(client, "trainer@example.org")
    course = CoursePage.objects.get(slug="trauma-informed-practice-and-pfa")
    quiz = QuizPage.objects.descendant_of(course).first()
    urls = [
        reverse("wagtailadmin_home"),
        reverse("courses_my_courses"),
        reverse("courses_course_learners", args=[course.pk]),
        reverse("courses_cohort_learners", args=[Cohort.objects.first().pk]),
        reverse("assessments_grading"),
        reverse("assessments_insight", args=[quiz.pk]),
        reverse("questions:index"),
        reverse("questions:edit", args=[Question.objects.first().pk]),
        reverse("assessments_import"),
        reverse("certificates_index"),
        reverse("cohorts:index"),
        reverse("wagtailadmin_pages:edit", args=[course.pk]),
        reverse("wagtailadmin_pages:edit", args=[quiz.pk]),
    ]
    for url in urls:
        assert client.get(url).status_code == 200, url


def test_national_admin_pages_open(client, demo):
    _login(client, "national.admin@example.org")
    for url in [
        reverse("accounts_roles"),
        reverse("certificates_index"),
        reverse("certificate_templates:index"),
        reverse("certificates_issue"),
    ]:
        assert client.get(url).status_code == 200, url
    from certificates.models import CertificateTemplate

    preview = client.get(reverse("certificates_template_preview", args=[CertificateTemplate.objects.first().pk]))
    assert preview["Content-Type"] == "application/pdf"
