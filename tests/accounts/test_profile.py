"""The learner profile: completion after first sign-in, validation, province history."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from accounts import services
from accounts.models import District, LearnerProfile, Province, ProvinceHistory
from tests.factories import ProfileFactory, UserFactory

pytestmark = pytest.mark.django_db


def _valid_data(**overrides):
    punjab = Province.objects.get(code="PK-PB")
    data = {
        "full_name_latin": "Ayesha Khan",
        "full_name_urdu": "عائشہ خان",
        "preferred_language": "ur",
        "sex": "female",
        "province": punjab.pk,
        "district": District.objects.get(province=punjab, name="Lahore").pk,
        "organisation_type": "police",
        "organisation_name": "Punjab Police",
        "designation": "Sub-Inspector",
        "is_designated_vso": "on",
        "years_in_role": "3",
        "age_band": "undisclosed",
    }
    data.update(overrides)
    return data


def _error_next_to(html, field):
    """The error message rendered inside the field's own wrapper."""
    block = BeautifulSoup(html, "html.parser").find(id=f"field-{field}")
    error = block.find(class_="error-message") if block else None
    return error.get_text(" ", strip=True) if error else ""


def test_places_ship_as_data():
    """All seven provinces and territories, each with its districts."""
    codes = set(Province.objects.values_list("code", flat=True))
    assert codes == {"PK-PB", "PK-SD", "PK-KP", "PK-BA", "PK-IS", "PK-GB", "PK-JK"}
    for province in Province.objects.all():
        assert District.objects.filter(province=province).exists(), province


def test_new_learner_is_asked_to_complete_profile_first(client):
    user = UserFactory()
    client.force_login(user)
    response = client.get(reverse("courses:my_learning"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:profile_complete"))


def test_completing_profile_lands_on_my_learning(client):
    user = UserFactory()
    client.force_login(user)
    response = client.post(reverse("accounts:profile_complete") + "?next=/learning/", _valid_data(), follow=True)
    assert response.redirect_chain[-1][0] == "/learning/"
    assert b"My learning" in response.content
    profile = LearnerProfile.objects.get(user=user)
    assert (profile.full_name_urdu, profile.district.name, profile.is_designated_vso) == ("عائشہ خان", "Lahore", True)


def test_district_of_another_province_is_refused_next_to_the_field(client):
    user = UserFactory()
    client.force_login(user)
    peshawar = District.objects.get(province__code="PK-KP", name="Peshawar")
    response = client.post(reverse("accounts:profile_complete"), _valid_data(district=peshawar.pk))
    assert response.status_code == 400
    assert "Peshawar is not in Punjab" in _error_next_to(response.content, "district")
    assert not LearnerProfile.objects.filter(user=user).exists()


def test_a_name_in_either_script_is_required(client):
    client.force_login(UserFactory())
    response = client.post(reverse("accounts:profile_complete"), _valid_data(full_name_latin="", full_name_urdu=" "))
    assert response.status_code == 400
    assert "as it should print on your certificate" in _error_next_to(response.content, "full_name_latin")


def test_urdu_name_alone_is_enough(client):
    user = UserFactory()
    client.force_login(user)
    client.post(reverse("accounts:profile_complete"), _valid_data(full_name_latin=""))
    assert LearnerProfile.objects.get(user=user).display_name == "عائشہ خان"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("sex", "", "This field is required"),
        ("organisation_type", "spy", "Select a valid choice"),
        ("years_in_role", "70", "less than or equal to 60"),
        ("province", "", "This field is required"),
    ],
)
def test_invalid_fields_get_a_message_next_to_them(client, field, value, message):
    client.force_login(UserFactory())
    response = client.post(reverse("accounts:profile_complete"), _valid_data(**{field: value}))
    assert response.status_code == 400
    assert message in _error_next_to(response.content, field)


def test_sensitive_questions_are_optional_and_explained(client):
    user = UserFactory()
    client.force_login(user)
    page = client.get(reverse("accounts:profile_complete")).content.decode()
    assert "These questions are optional" in page
    assert "Prefer not to say" in page
    data = _valid_data()
    del data["age_band"]
    client.post(reverse("accounts:profile_complete"), data)
    assert LearnerProfile.objects.get(user=user).age_band == ""


def test_change_of_province_is_kept_in_history():
    """Moving to another province closes the old period, so past reports stay true."""
    user = UserFactory()
    punjab, kp = Province.objects.get(code="PK-PB"), Province.objects.get(code="PK-KP")
    data = {
        "full_name_latin": "Bilal Ahmed",
        "sex": "male",
        "province": punjab,
        "district": District.objects.get(province=punjab, name="Lahore"),
        "organisation_type": "police",
        "organisation_name": "Punjab Police",
        "designation": "Inspector",
    }
    services.profile_save(user=user, data=data)
    services.profile_save(user=user, data={"designation": "Deputy Superintendent"})
    assert ProvinceHistory.objects.filter(user=user).count() == 1

    services.profile_save(
        user=user, data={"province": kp, "district": District.objects.get(province=kp, name="Peshawar")}
    )

    history = list(ProvinceHistory.objects.filter(user=user).order_by("valid_from"))
    assert [h.province.code for h in history] == ["PK-PB", "PK-KP"]
    assert history[0].valid_until is not None
    assert history[1].valid_until is None


def test_profile_can_be_edited_later(client):
    profile = ProfileFactory()
    client.force_login(profile.user)
    response = client.get(reverse("accounts:profile"))
    assert "Your profile" in response.content.decode()
    data = _valid_data(designation="Inspector")
    client.post(reverse("accounts:profile"), data)
    profile.refresh_from_db()
    assert profile.designation == "Inspector"
