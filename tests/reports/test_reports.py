"""Certification reports: scope by province, numbers that add up, drill-down, exports, constant queries."""

import io
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from accounts import services as account_services
from accounts.models import District, Province
from accounts.roles import Role
from certificates.models import Certificate
from courses.models import Enrollment
from reports.scope import scope_for
from reports.selectors import Filters, dashboard
from tests.courses.conftest import make_course
from tests.factories import make_staff

from .helpers import learners

pytestmark = pytest.mark.django_db


@pytest.fixture
def data():
    course, _ = make_course("Foundations", lessons=1)
    learners(6, "PK-PB", course=course, completed=4, certified=3)
    learners(2, "PK-PB", course=course, sex="male", org="health", completed=1, certified=1)
    learners(5, "PK-KP", course=course, completed=2, certified=2)
    learners(3, "PK-KP", course=course, excluded=True, completed=3, certified=3)  # test accounts
    return course


def numbers(client, user):
    client.force_login(user)
    html = client.get(reverse("reports_dashboard")).content.decode()
    import re

    return {m: int(v) for m, v in re.findall(r'data-metric="(\w+)">(\d+)<', html)}


def test_punjab_and_kp_admins_see_only_their_province(client, data):
    punjab, kp, national = (
        make_staff(Role.PROVINCIAL_ADMIN, "PK-PB"),
        make_staff(Role.PROVINCIAL_ADMIN, "PK-KP"),
        make_staff(Role.NATIONAL_ADMIN),
    )
    p, k, n = numbers(client, punjab), numbers(client, kp), numbers(client, national)
    assert (p["enrolled"], p["completed"], p["certified"]) == (8, 5, 4)
    assert (k["enrolled"], k["completed"], k["certified"]) == (5, 2, 2)
    assert (n["enrolled"], n["completed"], n["certified"]) == (13, 7, 6)  # excluded learners never counted


def test_numbers_equal_independent_counts(data):
    national = make_staff(Role.NATIONAL_ADMIN)
    totals = dashboard(scope_for(national), Filters())["totals"]
    expected_enrolled = Enrollment.objects.exclude(user__learner_profile__excluded_from_reporting=True).count()
    expected_certified = Certificate.objects.exclude(user__learner_profile__excluded_from_reporting=True).count()
    assert totals["enrolled"] == expected_enrolled
    assert totals["certified"] == expected_certified


def test_a_provincial_admin_cannot_widen_scope_by_url(client, data):
    punjab = make_staff(Role.PROVINCIAL_ADMIN, "PK-PB")
    client.force_login(punjab)
    kp = Province.objects.get(code="PK-KP")
    page = client.get(reverse("reports_drilldown", args=["enrolled"]), {"province": kp.pk}).content.decode()
    assert "pk-kp" not in page and "pk-pb" in page
    export = client.get(
        reverse("reports_drilldown", args=["certified"]), {"province": kp.pk, "format": "csv"}
    ).content.decode()
    assert "pk-kp" not in export and "pk-pb" in export


def test_drilldown_lists_the_learners_behind_a_number(client, data):
    client.force_login(make_staff(Role.NATIONAL_ADMIN))
    kp = Province.objects.get(code="PK-KP")
    page = client.get(
        reverse("reports_drilldown", args=["certified"]), {"province": kp.pk, "course": data.pk}
    ).content.decode()
    assert page.count("@example.org") == 2


def test_moving_province_keeps_past_enrolments_where_they_happened(client):
    course, _ = make_course(lessons=1)
    user = learners(1, "PK-PB", course=course)[0]
    later = timezone.now() + timedelta(minutes=5)
    from freezegun import freeze_time

    kp = Province.objects.get(code="PK-KP")
    with freeze_time(later):
        account_services.profile_save(
            user=user, data={"province": kp, "district": District.objects.filter(province=kp).first()}
        )
    assert numbers(client, make_staff(Role.PROVINCIAL_ADMIN, "PK-PB"))["enrolled"] == 1
    assert numbers(client, make_staff(Role.PROVINCIAL_ADMIN, "PK-KP"))["enrolled"] == 0


def test_trainer_sees_only_their_courses(client, data):
    trainer = make_staff(Role.TRAINER)
    other, _ = make_course("Theirs", lessons=1)
    mine, _ = make_course("Mine", lessons=1, owner=trainer)
    learners(2, "PK-SD", course=mine)
    learners(4, "PK-SD", course=other)
    assert numbers(client, trainer)["enrolled"] == 2


def test_learners_have_no_reports(client, data):
    from tests.factories import ProfileFactory

    client.force_login(ProfileFactory().user)
    response = client.get(reverse("reports_dashboard"))
    assert response.status_code in (302, 403)
    assert b"Certification dashboard" not in response.content


def test_xlsx_export_opens_and_matches_the_page(client, data):
    client.force_login(make_staff(Role.PROVINCIAL_ADMIN, "PK-PB"))
    response = client.get(reverse("reports_drilldown", args=["certified"]), {"format": "xlsx"})
    book = load_workbook(io.BytesIO(response.content))
    rows = list(book.active.iter_rows(values_only=True))
    assert rows[0][0] == "Certified"
    assert ("Scope", "Punjab") in [tuple(r[:2]) for r in rows]
    header = rows.index(
        ("Name", "E-mail", "Province", "District", "Organisation", "Course", "Status", "Certificate", "Date")
    )
    assert len(rows) - header - 1 == 4


def test_donor_report_disaggregates_by_province_sex_and_organisation(client, data):
    client.force_login(make_staff(Role.NATIONAL_ADMIN))
    response = client.get(reverse("reports_donor"), {"format": "xlsx"})
    rows = list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))
    body = [r for r in rows if r and r[0] in ("Punjab", "Khyber Pakhtunkhwa")]
    assert ("Punjab", "Male", "Health Department", "Foundations", 2, 1, 1) in body
    assert ("Punjab", "Female", "Police", "Foundations", 6, 4, 3) in body
    assert ("Khyber Pakhtunkhwa", "Female", "Police", "Foundations", 5, 2, 2) in body


def test_dashboard_filters_by_sex(client, data):
    client.force_login(make_staff(Role.NATIONAL_ADMIN))
    import re

    html = client.get(reverse("reports_dashboard"), {"sex": "male"}).content.decode()
    found = dict(re.findall(r'data-metric="(\w+)">(\d+)<', html))
    assert found["enrolled"] == "2"


def _dashboard_queries(client, user):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(reverse("reports_dashboard")).status_code == 200
    return len(ctx.captured_queries)


def test_dashboard_queries_are_the_same_for_10_and_10000_learners(client):
    course, _ = make_course(lessons=1)
    national = make_staff(Role.NATIONAL_ADMIN)
    client.force_login(national)
    learners(10, "PK-PB", course=course, completed=5, certified=3)
    _dashboard_queries(client, national)
    small = _dashboard_queries(client, national)
    for code in ("PK-SD", "PK-KP", "PK-BA", "PK-IS"):
        learners(2500, code, course=course, completed=1000, certified=700)
    assert _dashboard_queries(client, national) == small


def test_monthly_report_goes_to_subscribers_within_their_scope(data):
    from django.core import mail

    from reports.models import ReportSubscription
    from reports.services import monthly_reports_send

    punjab = make_staff(Role.PROVINCIAL_ADMIN, "PK-PB")
    ReportSubscription.objects.create(user=punjab)
    next_month = (timezone.localdate().replace(day=1) + timedelta(days=32)).replace(day=3)
    assert monthly_reports_send(today=next_month) == 1
    assert "Punjab" in mail.outbox[0].subject
    assert "- Enrolled: 8" in mail.outbox[0].body
