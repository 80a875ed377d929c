"""No input to a public form gives a server error (hypothesis over every public form)."""

import pytest
from django.core.cache import cache
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.factories import ProfileFactory

pytestmark = pytest.mark.django_db

text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=300)
FUZZ = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

ANONYMOUS_FORMS = [
    ("/accounts/signup/", ["email", "password1", "password2"]),
    ("/accounts/login/", ["login", "password"]),
    ("/admin/login/", ["login", "password"]),
    ("/accounts/password/reset/", ["email"]),
]


@pytest.mark.parametrize(("url", "fields"), ANONYMOUS_FORMS)
@FUZZ
@given(values=st.lists(text, min_size=4, max_size=4))
def test_anonymous_forms_never_fail(url, fields, values):
    cache.clear()  # stay under the rate limits: we are testing input, not limits
    response = Client().post(url, dict(zip(fields, values, strict=False)))
    assert response.status_code < 500


@FUZZ
@given(code=text)
def test_verification_form_never_fails(code):
    cache.clear()
    assert Client().get("/verify/", {"code": code}).status_code < 500


@FUZZ
@given(values=st.lists(text, min_size=12, max_size=12))
def test_profile_form_never_fails(values):
    user = ProfileFactory().user
    client = Client()
    client.force_login(user)
    fields = [
        "full_name_latin",
        "full_name_urdu",
        "preferred_language",
        "sex",
        "province",
        "district",
        "organisation_type",
        "organisation_name",
        "designation",
        "years_in_role",
        "age_band",
        "wg_seeing",
    ]
    assert client.post("/profile/", dict(zip(fields, values, strict=True))).status_code < 500


@FUZZ
@given(key=text, action=st.sampled_from(["enrol", "unenrol", "bogus", ""]))
def test_course_enrol_form_never_fails(key, action):
    from courses.models import CoursePage
    from tests.courses.conftest import make_course

    course = (
        CoursePage.objects.filter(slug="fuzz-course").first()
        or make_course(title="Fuzz course", lessons=1, enrolment_mode="key", enrolment_key="K1")[0]
    )
    client = Client()
    client.force_login(ProfileFactory().user)
    assert client.post(course.url, {"action": action, "key": key}).status_code < 500
