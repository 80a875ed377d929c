"""An administrator filters the dashboard and downloads a CSV, in Chromium; the dashboard passes axe."""

import pytest

from accounts.roles import Role
from tests.browser.axe import serious_violations
from tests.courses.conftest import make_course
from tests.factories import UserFactory, make_role
from tests.reports.helpers import learners

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_filter_dashboard_and_download_csv(page, live_server, settings):
    settings.STAFF_MFA_REQUIRED = False  # the second factor has its own tests; here we look at reports
    course, _ = make_course("Foundations", lessons=1)
    learners(3, "PK-PB", course=course, completed=2, certified=2)
    learners(2, "PK-PB", course=course, sex="male", completed=1, certified=1)
    admin = make_role(UserFactory(), Role.PROVINCIAL_ADMIN, "PK-PB")
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server.url}/accounts/login/")
    page.locator("#id_login").fill(admin.email)
    page.locator("#id_password").fill("Correct-Horse-42")
    page.get_by_role("button", name="Sign In").click()
    page.goto(f"{live_server.url}/admin/certification/")
    assert page.locator('[data-metric="certified"]').inner_text() == "3"
    assert serious_violations(page) == []

    page.get_by_label("Sex", exact=True).select_option(label="Male")
    page.get_by_role("button", name="Apply filters").click()
    assert page.locator('[data-metric="certified"]').inner_text() == "1"

    page.locator('[data-metric="certified"]').click()
    page.get_by_role("heading", name="Certified").wait_for()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="CSV").first.click()
    with open(download_info.value.path(), encoding="utf-8-sig") as handle:
        content = handle.read()
    assert "Sex,Male" in content and content.count("@example.org") == 1
