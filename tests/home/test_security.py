"""Security headers, Content Security Policy, upload limits and the audit log view."""

import pytest
from django.urls import reverse

from accounts.roles import Role
from tests.factories import UserFactory, give_totp, make_role

pytestmark = pytest.mark.django_db


def test_public_pages_send_a_strict_content_security_policy(client):
    response = client.get("/")
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
    assert "frame-ancestors 'none'" in policy and "object-src 'none'" in policy
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


def test_oversized_form_posts_are_refused_before_they_fill_memory(client):
    body = "x" * (6 * 1024 * 1024)
    response = client.post("/accounts/login/", data=body, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400


def test_documents_of_risky_types_cannot_be_uploaded(client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    trainer = make_role(UserFactory(), Role.TRAINER)
    give_totp(trainer)
    client.force_login(trainer)
    from wagtail.models import Collection

    upload = SimpleUploadedFile("evil.html", b"<script>alert(1)</script>", "text/html")
    response = client.post(
        reverse("wagtaildocs:add"), {"title": "Evil", "file": upload, "collection": Collection.get_first_root_node().pk}
    )
    from wagtail.documents.models import Document

    assert not Document.objects.filter(title="Evil").exists()
    assert response.status_code == 200  # the form again, with an error


def test_audit_log_is_for_national_administrators(client):
    from accounts import services

    national = make_role(UserFactory(), Role.NATIONAL_ADMIN)
    give_totp(national)
    person = UserFactory(email="someone@example.org")
    services.role_assign(actor=national, user=person, role=Role.TRAINER)
    client.force_login(national)
    page = client.get(reverse("accounts_audit_log")).content.decode()
    assert "role.assign" in page and "someone@example.org" in page
    provincial = make_role(UserFactory(), Role.PROVINCIAL_ADMIN, "PK-PB")
    give_totp(provincial)
    client.force_login(provincial)
    response = client.get(reverse("accounts_audit_log"))
    assert response.status_code in (302, 403) and b"role.assign" not in response.content


def test_uploaded_documents_are_served_so_they_cannot_run(client):
    """Even a mislabelled file (HTML named .pdf) is served as what its name says, under a policy that runs nothing."""
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    document = Document(title="Mislabelled")
    document.file = ContentFile(b"<html><script>alert(1)</script></html>", name="guide.pdf")
    document.save()
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Type"] == "application/pdf"  # never text/html, and nosniff stops guessing
