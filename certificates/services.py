"""Writes for certificates: issue once, render, revoke, renew, remind, archive."""

import calendar
import io
import logging
import zipfile
from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.services import audit_log

from . import codes, rendering
from .models import Certificate, CertificateTemplate, CohortArchive, PdfStatus, Revocation

logger = logging.getLogger(__name__)
MAX_RENDER_ATTEMPTS = 3


def _months_later(moment, months: int):
    index = moment.month - 1 + months
    year, month = moment.year + index // 12, index % 12 + 1
    return moment.replace(year=year, month=month, day=min(moment.day, calendar.monthrange(year, month)[1]))


def template_for(course) -> CertificateTemplate:
    template = (
        CertificateTemplate.objects.filter(course=course).first()
        or CertificateTemplate.objects.filter(course__isnull=True).first()
    )
    if template is None:
        template = CertificateTemplate.objects.create(name="VSO Academy certificate")
    return template


def design_of(template: CertificateTemplate) -> dict:
    """Freeze a template's design: issued certificates keep it even when the template changes."""
    return {
        "title": template.title,
        "wording": template.wording,
        "issuer": template.issuer,
        "logo": rendering.image_data_uri(template.logo),
        "second_logo": rendering.image_data_uri(template.second_logo),
        "primary": template.primary_colour,
        "accent": template.accent_colour,
        "orientation": template.orientation,
        "paper": template.paper_size,
        "signatories": [
            {"name": s.name, "title": s.title, "signature": rendering.image_data_uri(s.signature)}
            for s in template.signatories.all()
        ],
    }


def _best_score(user, course):
    from assessments.selectors import best_course_score

    return best_course_score(user=user, course=course)


@transaction.atomic
def certificate_issue(*, enrollment, issued_by=None, reason: str = "") -> Certificate:
    """Issue the certificate for a completed enrollment, exactly once."""
    existing = Certificate.objects.filter(enrollment=enrollment).first()
    if existing:
        return existing
    user, course = enrollment.user, enrollment.course.specific
    profile = getattr(user, "learner_profile", None)
    template = template_for(course)
    now = timezone.now()
    previous = (
        Certificate.objects.filter(user=user, course_id=course.refresher_for_id, renewed_by__isnull=True)
        .order_by("-issued_at")
        .first()
        if course.refresher_for_id
        else None
    )
    validity_course = course.refresher_for.specific if previous else course
    months = validity_course.certificate_validity_months
    certificate = Certificate(
        code=codes.generate(),
        user=user,
        course=previous.course if previous else course,
        enrollment=enrollment,
        template=template,
        template_version=template.version,
        design=design_of(template),
        name_latin=profile.full_name_latin if profile else user.get_full_name(),
        name_urdu=profile.full_name_urdu if profile else "",
        course_title=previous.course_title if previous else course.title,
        hours=(Decimal(course.estimated_minutes) / 60).quantize(Decimal("0.1")),
        score=_best_score(user, course),
        cohort_name=enrollment.cohort.name if enrollment.cohort_id else "",
        issued_at=now,
        expires_at=_months_later(now, months) if months else None,
        renews=previous,
        issued_by=issued_by,
        manual_reason=reason,
        province_id=profile.province_id if profile else None,
        district_id=profile.district_id if profile else None,
    )
    try:
        with transaction.atomic():
            certificate.save()
    except IntegrityError:  # a concurrent completion issued it first
        return Certificate.objects.get(enrollment=enrollment)
    audit_log(
        actor=issued_by,
        subject=user,
        action="certificate.issue",
        code=certificate.code,
        course=course.title,
        manual=bool(issued_by),
        reason=reason,
        renews=previous.code if previous else None,
    )
    return certificate


def certificate_issue_manual(*, actor, user, course, reason: str) -> Certificate:
    """A trainer or administrator issues a certificate for learning done elsewhere (a workshop), with a reason."""
    from courses import services as course_services
    from courses.models import Enrollment, EnrollmentStatus
    from courses.permissions import user_can_follow_course

    if not user_can_follow_course(actor, course) or not actor.has_perm("wagtailadmin.access_admin"):
        raise PermissionDenied(_("Only this course's trainers and administrators can issue its certificates."))
    if not reason.strip():
        raise ValidationError(_("Say why this certificate is issued by hand, for example the workshop and its dates."))
    with transaction.atomic():
        enrollment = course_services.enrollment_create(user=user, course=course, enrolled_by=actor)
        Enrollment.objects.filter(pk=enrollment.pk).update(
            status=EnrollmentStatus.COMPLETED, completed_at=timezone.now()
        )
        enrollment.refresh_from_db()
        certificate = certificate_issue(enrollment=enrollment, issued_by=actor, reason=reason.strip())
        transaction.on_commit(lambda: render_enqueue(certificate_id=certificate.pk))
    return certificate


def verify_url(certificate: Certificate) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("certificates:verify_code", args=[certificate.code])


def render_enqueue(*, certificate_id: int) -> None:
    from .tasks import render_certificate

    render_certificate.enqueue(certificate_id)


def certificate_render(*, certificate_id: int) -> str:
    """Render and store the PDF and its picture; on failure record why and try again (up to 3 times)."""
    certificate = Certificate.objects.get(pk=certificate_id)
    if certificate.pdf_status == PdfStatus.READY and certificate.pdf:
        return PdfStatus.READY
    try:
        context = rendering.certificate_context(certificate, verify_url(certificate))
        pdf = rendering.render_pdf(context)
        png = rendering.render_png(pdf)
    except Exception as error:  # any failure: the certificate stands, the file waits
        attempts = certificate.pdf_attempts + 1
        failed = attempts >= MAX_RENDER_ATTEMPTS
        Certificate.objects.filter(pk=certificate.pk).update(
            pdf_attempts=attempts,
            pdf_error=f"{type(error).__name__}: {error}"[:2000],
            pdf_status=PdfStatus.FAILED if failed else PdfStatus.PENDING,
        )
        logger.error("Certificate %s PDF render failed (attempt %s): %s", certificate.code, attempts, error)
        if not failed:
            render_enqueue(certificate_id=certificate.pk)
        return PdfStatus.FAILED if failed else PdfStatus.PENDING
    # Files first, then one update that makes them visible: never a half-written PDF.
    pdf_name = certificate.pdf.storage.save(f"certificates/pdf/{certificate.code}.pdf", ContentFile(pdf))
    png_name = certificate.preview.storage.save(f"certificates/preview/{certificate.code}.png", ContentFile(png))
    Certificate.objects.filter(pk=certificate.pk).update(
        pdf=pdf_name,
        preview=png_name,
        pdf_status=PdfStatus.READY,
        pdf_attempts=certificate.pdf_attempts + 1,
        pdf_error="",
    )
    _mail_ready(certificate)
    return PdfStatus.READY


def _mail_ready(certificate: Certificate) -> None:
    url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("courses:my_learning")
    send_mail(
        subject=_("[VSO Academy] Your certificate is ready"),
        message=_(
            "Dear %(name)s,\n\nCongratulations on completing %(course)s. Your certificate is ready to download "
            "from My learning:\n%(url)s\n\nAnyone can check it at %(verify)s\n\nVSO Academy"
        )
        % {
            "name": certificate.display_name,
            "course": certificate.course_title,
            "url": url,
            "verify": verify_url(certificate),
        },
        from_email=None,
        recipient_list=[certificate.user.email],
    )


def render_retry(*, certificate: Certificate, actor) -> None:
    """Staff ask for a failed PDF to be prepared again."""
    Certificate.objects.filter(pk=certificate.pk).update(pdf_status=PdfStatus.PENDING, pdf_attempts=0, pdf_error="")
    audit_log(actor=actor, subject=certificate.user, action="certificate.render_retry", code=certificate.code)
    render_enqueue(certificate_id=certificate.pk)


@transaction.atomic
def certificate_revoke(*, certificate: Certificate, actor, public_reason: str, internal_note: str = "") -> Revocation:
    """Revoke with a public reason; the certificate stays on record and verification says so."""
    from .selectors import user_can_manage_certificate

    if not user_can_manage_certificate(user=actor, certificate=certificate):
        raise PermissionDenied
    if not public_reason.strip():
        raise ValidationError(_("Give a reason that the verification page can show."))
    if Revocation.objects.filter(certificate=certificate).exists():
        raise ValidationError(_("This certificate is already revoked."))
    revocation = Revocation.objects.create(
        certificate=certificate,
        revoked_by=actor,
        revoked_at=timezone.now(),
        public_reason=public_reason.strip(),
        internal_note=internal_note.strip(),
    )
    audit_log(
        actor=actor, subject=certificate.user, action="certificate.revoke", code=certificate.code, reason=public_reason
    )
    return revocation


def expiry_reminders_send(*, days: int = 60) -> int:
    """E-mail learners whose certificates expire within `days`, once each."""
    now = timezone.now()
    due = Certificate.objects.filter(
        expires_at__gt=now,
        expires_at__lte=now + timedelta(days=days),
        expiry_reminder_sent_at__isnull=True,
        revocation__isnull=True,
    ).select_related("user", "course")
    sent = 0
    for certificate in due:
        refreshers = certificate.course.refreshers.live()
        how = (
            _("Complete the refresher course “%(title)s” to renew it.") % {"title": refreshers[0].title}
            if refreshers
            else _("Your trainer can tell you how to renew it.")
        )
        send_mail(
            subject=_("[VSO Academy] Your certificate expires soon"),
            message=_(
                "Dear %(name)s,\n\nYour certificate for %(course)s (%(code)s) expires on %(date)s. %(how)s\n\nVSO Academy"
            )
            % {
                "name": certificate.display_name,
                "course": certificate.course_title,
                "code": certificate.display_code,
                "date": certificate.expires_at.date().isoformat(),
                "how": how,
            },
            from_email=None,
            recipient_list=[certificate.user.email],
        )
        Certificate.objects.filter(pk=certificate.pk).update(expiry_reminder_sent_at=now)
        sent += 1
    return sent


def cohort_archive_request(*, cohort, actor) -> CohortArchive:
    from courses.permissions import user_can_follow_course

    if not (cohort.trainer_id == actor.pk or user_can_follow_course(actor, cohort.course)):
        raise PermissionDenied
    archive = CohortArchive.objects.create(cohort=cohort, requested_by=actor)
    from .tasks import build_cohort_archive

    transaction.on_commit(lambda: build_cohort_archive.enqueue(archive.pk))
    return archive


def cohort_archive_build(*, archive_id: int) -> int:
    archive = CohortArchive.objects.select_related("cohort", "requested_by").get(pk=archive_id)
    certificates = Certificate.objects.filter(enrollment__cohort=archive.cohort, pdf_status=PdfStatus.READY)
    buffer = io.BytesIO()
    count = 0
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bundle:
        for certificate in certificates:
            with certificate.pdf.open("rb") as handle:
                bundle.writestr(
                    f"{certificate.display_name or certificate.code} - {certificate.code}.pdf", handle.read()
                )
            count += 1
    name = archive.file.storage.save(
        f"certificates/archives/cohort-{archive.cohort_id}-{archive.pk}.zip", ContentFile(buffer.getvalue())
    )
    CohortArchive.objects.filter(pk=archive.pk).update(file=name, ready=True, count=count)
    send_mail(
        subject=_("[VSO Academy] Certificates of %(cohort)s are ready") % {"cohort": archive.cohort.name},
        message=_("The ZIP file with %(n)s certificates is ready:\n%(url)s")
        % {
            "n": count,
            "url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("certificates_archive", args=[archive.pk]),
        },
        from_email=None,
        recipient_list=[archive.requested_by.email],
    )
    return count
