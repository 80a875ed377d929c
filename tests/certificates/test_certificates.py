"""Certificates: issued once, rendered safely in English and Urdu, verified by anyone, revoked on the record."""

import threading
from datetime import timedelta

import pytest
from django.core import mail
from django.db import connection, connections
from django.urls import reverse
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accounts.models import AuditEvent, Province
from accounts.roles import Role
from certificates import codes, rendering, services
from certificates.models import Certificate, PdfStatus, Revocation
from courses import services as course_services
from courses.models import Enrollment
from tests.courses.conftest import make_course
from tests.factories import ProfileFactory, UserFactory, make_role, make_staff

pytestmark = pytest.mark.django_db


def pdf_text(data: bytes) -> str:
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


@pytest.fixture
def complete(django_capture_on_commit_callbacks):
    """Complete a new course; what waits for the commit (the PDF render) runs as it would in production."""

    def run(user, lessons=1, **course_fields):
        course, made = make_course(lessons=lessons, **course_fields)
        with django_capture_on_commit_callbacks(execute=True):
            course_services.enrollment_create(user=user, course=course)
            for lesson in made:
                course_services.item_complete(user=user, page=lesson)
        return course

    return run


def embedded_fonts(path) -> str:
    """Fonts embedded in a PDF, as poppler's pdffonts lists them (installed with the project's system packages)."""
    import subprocess

    return subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout  # noqa: S603, S607


@pytest.fixture
def learner():
    return ProfileFactory(full_name_latin="Ayesha Khan", full_name_urdu="عائشہ خان").user


def test_completing_a_course_issues_one_certificate_with_a_ready_pdf_and_an_email(complete, learner):
    course = complete(learner)
    certificate = Certificate.objects.get(user=learner)
    assert (certificate.course_id, certificate.pdf_status) == (course.pk, PdfStatus.READY)
    assert codes.normalise(certificate.code) == certificate.code
    # Completing again (a second click) changes nothing.
    course_services.enrollment_check_completion(enrollment=Enrollment.objects.get(user=learner))
    assert Certificate.objects.filter(user=learner).count() == 1
    assert any("certificate is ready" in m.subject for m in mail.outbox)


def test_pdf_holds_name_course_code_and_verification_link_and_embeds_nastaliq(complete, learner):
    complete(learner)
    certificate = Certificate.objects.get(user=learner)
    data = certificate.pdf.read()
    text = pdf_text(data)
    assert "Ayesha Khan" in text and "Foundations" in text
    assert certificate.display_code in text
    assert f"/verify/{certificate.code}/" in text.replace("\r", "").replace("\n", "")
    assert "Noto-Nastaliq-Urdu" in embedded_fonts(certificate.pdf.path)  # the Urdu name is set in Nastaliq
    assert data.startswith(b"%PDF")


def test_qr_code_opens_the_verification_page(complete, learner):
    import pypdfium2
    import zxingcpp

    complete(learner)
    certificate = Certificate.objects.get(user=learner)
    document = pypdfium2.PdfDocument(certificate.pdf.read())
    image = document[0].render(scale=3).to_pil()
    document.close()
    assert [r.text for r in zxingcpp.read_barcodes(image)] == [services.verify_url(certificate)]


def test_urdu_name_is_drawn_as_shaped_arabic_script(complete, learner):
    """The text layer carries the Arabic-script letters, the font is Nastaliq, and the line is drawn on the page."""
    import pypdfium2

    complete(learner)
    certificate = Certificate.objects.get(user=learner)
    data = certificate.pdf.read()
    text = pdf_text(data)
    arabic = [ch for ch in text if "\u0600" <= ch <= "\u06ff"]
    assert len(arabic) >= 6  # pdfium reads Nastaliq ligatures imperfectly; the letters are there
    assert "Noto-Nastaliq-Urdu" in embedded_fonts(certificate.pdf.path)
    document = pypdfium2.PdfDocument(data)
    page = document[0]
    image = page.render(scale=1).to_pil().convert("L")
    document.close()
    # The Urdu line sits between the Latin name and the rule: some pixels there are ink.
    width, height = image.size
    band = image.crop((int(width * 0.3), int(height * 0.45), int(width * 0.7), int(height * 0.55)))
    assert band.getextrema()[0] < 100


def test_codes_are_random_typeable_and_catch_typos():
    made = {codes.generate() for _ in range(2000)}
    assert len(made) == 2000
    code = made.pop()
    assert codes.normalise(codes.display(code).lower()) == code
    typo = ("1" if code[3] != "1" else "2").join([code[:3], code[4:]])
    assert codes.normalise(typo) is None
    assert all(ch not in code for ch in "ILOU")


@pytest.mark.skipif(connection.vendor != "postgresql", reason="Concurrent completion is proven on PostgreSQL.")
@pytest.mark.django_db(transaction=True)
def test_concurrent_completion_issues_exactly_once():
    user = ProfileFactory().user
    course, lessons = make_course(lessons=1)
    enrollment = course_services.enrollment_create(user=user, course=course)
    barrier = threading.Barrier(4)

    def issue():
        try:
            barrier.wait()
            services.certificate_issue(enrollment=enrollment)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=issue) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert Certificate.objects.filter(enrollment=enrollment).count() == 1


def test_failed_render_is_retried_then_reported_and_the_certificate_stands(complete, learner, monkeypatch):
    calls = []

    def broken(*args, **kwargs):
        calls.append(1)
        raise RuntimeError("renderer crashed")

    monkeypatch.setattr(rendering, "render_pdf", broken)
    complete(learner)
    certificate = Certificate.objects.get(user=learner)
    assert len(calls) == services.MAX_RENDER_ATTEMPTS
    assert (certificate.pdf_status, certificate.pdf_attempts) == (PdfStatus.FAILED, 3)
    assert "renderer crashed" in certificate.pdf_error and not certificate.pdf
    monkeypatch.undo()
    staff = make_role(UserFactory(), Role.NATIONAL_ADMIN)
    services.render_retry(certificate=certificate, actor=staff)
    certificate.refresh_from_db()
    assert certificate.pdf_status == PdfStatus.READY and certificate.pdf


def test_learner_sees_being_prepared_until_the_pdf_is_ready(complete, client, learner, monkeypatch):
    monkeypatch.setattr(services, "render_enqueue", lambda **kwargs: None)  # the worker has not run yet
    complete(learner)
    client.force_login(learner)
    assert "being prepared" in client.get(reverse("courses:my_learning")).content.decode()
    certificate = Certificate.objects.get(user=learner)
    assert client.get(reverse("certificates:pdf", args=[certificate.code])).status_code == 202


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=st.one_of(
        st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), min_size=1, max_size=40),
        st.just("x" * 300),
        st.just("</p><style>body{display:none}</style>"),
        st.just("Ayesha عائشہ خان Khan"),
    )
)
def test_any_name_is_escaped_and_the_renderer_fetches_nothing_outside(name):
    fetcher = rendering.DataOnlyFetcher()
    certificate = Certificate(
        code=codes.generate(),
        name_latin=f'{name}<img src="file:///etc/passwd"><img src="http://example.com/x.png">',
        name_urdu="عائشہ " + name,
        course_title="<b>Course</b>",
        hours=1,
        issued_at=timezone.now(),
        design={"title": "Certificate", "wording": "{name} completed {course}.", "issuer": "VSO Academy"},
    )
    data = rendering.render_pdf(
        rendering.certificate_context(certificate, "https://vso.example/verify/X/"), fetcher=fetcher
    )
    assert fetcher.refused == []  # escaped markup is text, not a request
    text = pdf_text(data)
    flat = text.replace("\r\n", "")
    assert data.startswith(b"%PDF") and "Course" in flat
    assert 'src="file:///etc/passwd"' in flat  # shown as the text it is, never fetched


def test_fetcher_refuses_local_files_and_outside_hosts():
    fetcher = rendering.DataOnlyFetcher()
    from weasyprint import HTML

    HTML(
        string='<img src="file:///etc/passwd"><img src="https://example.com/a.png"><p>x</p>', url_fetcher=fetcher
    ).write_pdf()
    assert fetcher.refused == ["file:///etc/passwd", "https://example.com/a.png"]


def test_pdf_is_served_only_to_the_owner_and_staff_allowed_to_see_that_learner(complete, client, learner):
    course = complete(learner)
    certificate = Certificate.objects.get(user=learner)
    url = reverse("certificates:pdf", args=[certificate.code])
    trainer = make_staff(Role.TRAINER)
    course.owner = trainer
    course.save()
    expectations = [
        (None, 404),
        (learner, 200),
        (ProfileFactory().user, 404),
        (make_staff(Role.TRAINER), 404),
        (trainer, 200),
        (make_staff(Role.PROVINCIAL_ADMIN, "PK-KP"), 404),
        (make_staff(Role.PROVINCIAL_ADMIN, "PK-PB"), 200),
        (make_staff(Role.NATIONAL_ADMIN), 200),
    ]
    for user, status in expectations:
        client.logout()
        if user:
            client.force_login(user)
        response = client.get(url)
        assert response.status_code == status, (user, status)
        if status == 200:
            assert response["Content-Type"] == "application/pdf"


def test_verification_shows_the_whole_certificate_without_login(complete, client, learner):
    complete(learner)
    certificate = Certificate.objects.get(user=learner)
    page = client.get(reverse("certificates:verify_code", args=[certificate.code])).content.decode()
    assert "Valid certificate" in page
    for fact in ("Ayesha Khan", "عائشہ خان", "Foundations", certificate.display_code, "VSO Academy"):
        assert fact in page
    assert client.get(reverse("certificates:verify_picture", args=[certificate.code]))["Content-Type"] == "image/png"
    # The form accepts the code as people type it.
    response = client.get(reverse("certificates:verify"), {"code": certificate.display_code.lower()})
    assert response["Location"] == reverse("certificates:verify_code", args=[certificate.code])


def test_unknown_and_random_codes_get_a_plain_not_found(client):
    for typed in [codes.generate(), "NOT-A-CODE", "../../etc/passwd"]:
        response = client.get(reverse("certificates:verify_code", args=[typed.replace("/", "_")]))
        assert response.status_code == 404
        assert "Not found" in response.content.decode()


def test_verification_is_rate_limited(client):
    statuses = [client.get(reverse("certificates:verify_code", args=["ABCD"])).status_code for _ in range(35)]
    assert statuses[0] == 404 and statuses[-1] == 429


def test_revoked_certificate_says_so_with_date_and_reason_and_is_kept(complete, client, learner):
    complete(learner)
    certificate = Certificate.objects.get(user=learner)
    admin = make_staff(Role.NATIONAL_ADMIN)
    services.certificate_revoke(certificate=certificate, actor=admin, public_reason="Issued in error.")
    page = client.get(reverse("certificates:verify_code", args=[certificate.code])).content.decode()
    assert "Revoked" in page and "Issued in error." in page
    assert Certificate.objects.filter(pk=certificate.pk).exists()
    assert AuditEvent.objects.filter(action="certificate.revoke", actor=admin, subject=learner).exists()


def test_trainer_of_another_course_cannot_revoke(complete, learner):
    complete(learner)
    certificate = Certificate.objects.get(user=learner)
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        services.certificate_revoke(certificate=certificate, actor=make_staff(Role.TRAINER), public_reason="No.")
    assert not Revocation.objects.exists()


def test_expired_certificate_says_so(complete, client, learner):
    complete(learner, certificate_validity_months=24)
    certificate = Certificate.objects.get(user=learner)
    assert (
        certificate.expires_at.date() == (certificate.issued_at + timedelta(days=731)).date()
        or certificate.expires_at.year == certificate.issued_at.year + 2
    )
    Certificate.objects.filter(pk=certificate.pk).update(expires_at=timezone.now() - timedelta(days=1))
    page = client.get(reverse("certificates:verify_code", args=[certificate.code])).content.decode()
    assert "Expired" in page


def test_learners_are_reminded_once_before_expiry(complete, learner):
    complete(learner, certificate_validity_months=1)
    mail.outbox.clear()
    assert services.expiry_reminders_send(days=60) == 1
    assert services.expiry_reminders_send(days=60) == 0
    assert "expires soon" in mail.outbox[0].subject


def test_refresher_course_renews_the_certificate_and_links_old_to_new(complete, learner):
    original = complete(learner, certificate_validity_months=24)
    old = Certificate.objects.get(user=learner)
    complete(learner, refresher_for=original, title="Refresher")
    new = Certificate.objects.exclude(pk=old.pk).get(user=learner)
    assert new.renews == old and new.course_id == original.pk
    assert new.expires_at > old.issued_at


def test_manual_issue_needs_a_reason_and_is_logged(learner):
    from django.core.exceptions import ValidationError

    trainer = make_staff(Role.TRAINER)
    course, _ = make_course(owner=trainer)
    with pytest.raises(ValidationError):
        services.certificate_issue_manual(actor=trainer, user=learner, course=course, reason=" ")
    certificate = services.certificate_issue_manual(
        actor=trainer, user=learner, course=course, reason="Lahore workshop, March 2025."
    )
    assert certificate.issued_by == trainer and certificate.manual_reason == "Lahore workshop, March 2025."
    assert AuditEvent.objects.filter(action="certificate.issue", actor=trainer, subject=learner).exists()


def test_template_changes_do_not_change_issued_certificates(complete, learner):
    complete(learner)
    certificate = Certificate.objects.get(user=learner)
    template = certificate.template
    template.title = "Award of Excellence"
    template.save()
    certificate.refresh_from_db()
    assert (
        certificate.design["title"] == "Certificate of Completion"
        and template.version == certificate.template_version + 1
    )


def test_cohort_zip_contains_each_members_pdf(learner, django_capture_on_commit_callbacks):
    from certificates.models import CohortArchive
    from courses.models import Cohort

    trainer = make_staff(Role.TRAINER)
    course, lessons = make_course(owner=trainer, lessons=1)
    cohort = Cohort.objects.create(
        name="Lahore",
        course=course,
        trainer=trainer,
        province=Province.objects.get(code="PK-PB"),
        starts_on="2025-03-01",
        ends_on="2025-03-03",
        enrolment_key="LHR",
    )
    with django_capture_on_commit_callbacks(execute=True):
        course_services.enrollment_create(user=learner, course=course, cohort=cohort, enrolled_by=trainer)
        course_services.item_complete(user=learner, page=lessons[0])
    with django_capture_on_commit_callbacks(execute=True):
        services.cohort_archive_request(cohort=cohort, actor=trainer)
    archive = CohortArchive.objects.get()
    import zipfile

    with zipfile.ZipFile(archive.file.open("rb")) as bundle:
        names = bundle.namelist()
    assert Certificate.objects.get(user=learner).pdf_status == PdfStatus.READY
    assert archive.ready and len(names) == 1 and names[0].endswith(".pdf")
