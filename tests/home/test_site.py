"""The base site: home page, health check, friendly error pages."""

from unittest import mock

import pytest
from django.db import OperationalError, connection
from django.test import override_settings

pytestmark = pytest.mark.django_db


def test_home_page_has_language_direction_and_skip_link(client):
    html = client.get("/").content.decode()
    assert '<html lang="en" dir="ltr">' in html
    assert 'href="#main"' in html and 'id="main"' in html
    assert "Self-care and helplines" in html


def test_healthz_answers_200_when_database_and_cache_answer(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}


def test_healthz_fails_when_database_is_unreachable(client):
    with mock.patch.object(connection, "cursor", side_effect=OperationalError("could not connect to server")):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"


def test_healthz_fails_when_cache_is_unreachable(client):
    with override_settings(CACHES={"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}):
        from django.core.cache import caches

        caches._settings = None
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["cache"] == "unavailable"


def test_database_outage_shows_friendly_503_page(client):
    with mock.patch("home.views.render", side_effect=OperationalError("could not connect to server")):
        response = client.get("/self-care/")
    assert response.status_code == 503
    assert "briefly unavailable" in response.content.decode()
    assert response["Retry-After"] == "60"


def test_unknown_page_gets_friendly_404(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "We cannot find this page" in response.content.decode()


def test_self_care_page_is_public(client):
    response = client.get("/self-care/")
    assert response.status_code == 200
    assert "1122" in response.content.decode()
