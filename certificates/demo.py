"""Demo certificates: a designed template, and certificates that are valid, revoked and expired.

Certificates are issued by the courses and quizzes demos as learners
complete courses; this gives them a proper design and some history.
"""

import io
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.utils import timezone
from wagtail.images.models import Image

from courses.models import CoursePage

from . import services
from .models import Certificate, CertificateTemplate, PdfStatus, Revocation, Signatory

User = get_user_model()


def _logo() -> Image:
    image = Image.objects.filter(title="VSO Academy logo").first()
    if image:
        return image
    from PIL import Image as PILImage
    from PIL import ImageDraw, ImageFont

    img = PILImage.new("RGBA", (400, 400), (255, 255, 255, 0))
    draw = ImageDraw.Draw(img)
    draw.ellipse((10, 10, 390, 390), fill="#0b5f5a")
    draw.ellipse((40, 40, 360, 360), outline="#b8860b", width=8)
    try:
        font = ImageFont.truetype("/usr/share/fonts/truetype/noto/NotoSerif-Bold.ttf", 120)
    except OSError:
        font = ImageFont.load_default()
    draw.text((200, 200), "VSO", fill="#ffffff", font=font, anchor="mm")
    buffer = io.BytesIO()
    img.save(buffer, format="PNG")
    image = Image(title="VSO Academy logo")
    image.file = ImageFile(io.BytesIO(buffer.getvalue()), name="vso-logo.png")
    image.save()
    return image


def load(*, stdout, password):
    template = CertificateTemplate.objects.filter(course__isnull=True).first() or CertificateTemplate(
        name="VSO Academy certificate"
    )
    if not template.logo_id:
        template.logo = _logo()
        template.save()
        template.signatories.all().delete()
        Signatory.objects.create(
            template=template, name="Dr Saima Qureshi", title="Lead Trainer, VSO Academy", sort_order=0
        )
        Signatory.objects.create(
            template=template, name="Rukhsana Abbasi", title="National Programme Coordinator", sort_order=1
        )
        template = CertificateTemplate.objects.get(pk=template.pk)
        # Demo certificates were issued while the demo loaded; give them the finished design.
        design = services.design_of(template)
        Certificate.objects.update(
            design=design,
            template=template,
            template_version=template.version,
            pdf_status=PdfStatus.PENDING,
            pdf="",
            preview="",
        )

    caring = CoursePage.objects.filter(slug="caring-for-the-carer").first()
    if caring and not caring.certificate_validity_months:
        caring.certificate_validity_months = 24
        caring.save_revision().publish()

    national = User.objects.get(email="national.admin@example.org")
    trainer = User.objects.get(email="trainer@example.org")
    if caring and not Certificate.objects.filter(course=caring).exists():
        # A certificate from a 2022 workshop, issued by hand, now expired.
        learner = User.objects.filter(email__startswith="vso").order_by("email").last()
        expired = services.certificate_issue_manual(
            actor=trainer,
            user=learner,
            course=caring,
            reason="Completed the in-person Caring for the Carer workshop, Quetta, March 2022.",
        )
        past = timezone.now() - timedelta(days=365 * 3)
        Certificate.objects.filter(pk=expired.pk).update(issued_at=past, expires_at=past + timedelta(days=730))

    if not Revocation.objects.exists():
        candidate = (
            Certificate.objects.filter(user__email__startswith="vso", renews__isnull=True)
            .exclude(course=caring)
            .order_by("pk")
            .first()
        )
        if candidate:
            services.certificate_revoke(
                certificate=candidate,
                actor=national,
                public_reason="Issued in error: the course was not completed.",
                internal_note="Duplicate account; the learner's real account holds the correct record.",
            )

    pending = list(Certificate.objects.filter(pdf_status=PdfStatus.PENDING).values_list("pk", flat=True))
    for certificate_id in pending:
        services.certificate_render(certificate_id=certificate_id)
    stdout.write(
        f"  Certificates: {Certificate.objects.count()} issued ({Revocation.objects.count()} revoked); "
        f"verify at /verify/; e.g. /verify/{Certificate.objects.filter(user__email='learner@example.org').first().code}/"
        if Certificate.objects.filter(user__email="learner@example.org").exists()
        else f"  Certificates: {Certificate.objects.count()} issued."
    )
