"""A new VSO signs up on a phone, verifies their e-mail and completes their profile."""

import re

import pytest
from django.core import mail

from accounts.models import LearnerProfile, User
from tests.browser.axe import serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_signup_verify_email_complete_profile_and_land_on_my_learning(page, live_server):
    page.goto(f"{live_server.url}/")
    page.get_by_role("link", name="Create your account").click()

    page.get_by_label("Email").fill("new.vso@example.org")
    page.locator("#id_password1").fill("Safe-Harbour-2025")
    page.locator("#id_password2").fill("Safe-Harbour-2025")
    page.get_by_role("button", name="Sign Up").click()
    page.get_by_role("heading", name="Verify Your Email Address").wait_for()

    assert len(mail.outbox) == 1
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+/", mail.outbox[0].body).group(0)
    path = link.split("/accounts/", 1)[1]
    page.goto(f"{live_server.url}/accounts/{path}")
    page.get_by_role("button", name="Confirm").click()

    page.get_by_role("heading", name="Complete your profile").wait_for()
    assert serious_violations(page) == []
    page.get_by_label("Name in English letters").fill("Rabia Baloch")
    page.get_by_label("Female").check()
    page.get_by_label("Province or territory").select_option(label="Balochistan")
    # Only Balochistan's districts are offered once the province is chosen.
    assert page.locator("#id_district optgroup[label='Punjab']").is_hidden()
    page.get_by_label("District").select_option(label="Quetta")
    page.get_by_label("Type of organisation").select_option(label="Social Welfare Department")
    page.get_by_label("Organisation name").fill("Social Welfare Department, Balochistan")
    page.get_by_label("Designation").fill("Social Welfare Officer")
    page.get_by_role("button", name="Save and continue").click()

    page.get_by_role("heading", name="My learning").wait_for()
    user = User.objects.get(email="new.vso@example.org")
    profile = LearnerProfile.objects.get(user=user)
    assert (profile.province.name, profile.district.name) == ("Balochistan", "Quetta")


def test_profile_errors_are_announced_next_to_fields(page, live_server):
    from tests.factories import UserFactory

    user = UserFactory()
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("Email").fill(user.email)
    page.locator("#id_password").fill("Correct-Horse-42")
    page.get_by_role("button", name="Sign In").click()
    page.get_by_role("heading", name="Complete your profile").wait_for()
    page.get_by_role("button", name="Save and continue").click()
    summary = page.get_by_role("alert")
    assert "Please correct the items marked below" in summary.inner_text()
    assert "Enter your name" in page.locator("#field-full_name_latin .error-message").inner_text()
    assert "required" in page.locator("#field-district .error-message").inner_text()
    assert serious_violations(page) == []


def test_public_pages_pass_accessibility_scan(page, live_server):
    for path in ["/", "/accounts/login/", "/accounts/signup/", "/self-care/", "/accounts/password/reset/"]:
        page.goto(f"{live_server.url}{path}")
        assert serious_violations(page) == [], path
