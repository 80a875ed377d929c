from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

DEFAULT_WORDING = (
    "This certifies that {name} has successfully completed the course {course} ({hours} hours of learning) on {date}."
)


class Orientation(models.TextChoices):
    LANDSCAPE = "landscape", _("Landscape")
    PORTRAIT = "portrait", _("Portrait")


class PaperSize(models.TextChoices):
    A4 = "A4", _("A4")
    LETTER = "letter", _("US Letter")


class CertificateTemplate(ClusterableModel):
    """How a certificate looks and reads; one per course, or one shared default."""

    name = models.CharField(_("name"), max_length=120)
    course = models.ForeignKey(
        "courses.CoursePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave empty to use this template for every course without its own."),
    )
    title = models.CharField(_("title"), max_length=120, default="Certificate of Completion")
    wording = models.TextField(
        _("wording"),
        default=DEFAULT_WORDING,
        help_text=_("Placeholders: {name}, {course}, {date}, {hours}, {score}, {cohort}."),
    )
    issuer = models.CharField(_("issued by"), max_length=160, default="VSO Academy")
    logo = models.ForeignKey("wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    second_logo = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    primary_colour = models.CharField(_("main colour"), max_length=7, default="#0b5f5a")
    accent_colour = models.CharField(_("accent colour"), max_length=7, default="#b8860b")
    orientation = models.CharField(max_length=10, choices=Orientation.choices, default=Orientation.LANDSCAPE)
    paper_size = models.CharField(max_length=8, choices=PaperSize.choices, default=PaperSize.A4)
    version = models.PositiveIntegerField(default=1, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("course")]),
        FieldPanel("title"),
        FieldPanel("wording"),
        FieldPanel("issuer"),
        FieldRowPanel([FieldPanel("logo"), FieldPanel("second_logo")]),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("primary_colour"), FieldPanel("accent_colour")]),
                FieldRowPanel([FieldPanel("orientation"), FieldPanel("paper_size")]),
            ],
            heading=_("Design"),
        ),
        InlinePanel("signatories", label=_("Signatory"), max_num=3),
    ]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def preview_link(self):
        from django.urls import reverse
        from django.utils.html import format_html

        return format_html(
            '<a href="{}" target="_blank" rel="noopener">{}</a>',
            reverse("certificates_template_preview", args=[self.pk]),
            _("PDF preview with sample data"),
        )

    preview_link.short_description = _("Preview")

    def save(self, *args, **kwargs):
        if self.pk:
            self.version = (
                CertificateTemplate.objects.filter(pk=self.pk).values_list("version", flat=True).first() or 0
            ) + 1
        super().save(*args, **kwargs)


class Signatory(Orderable):
    template = ParentalKey(CertificateTemplate, on_delete=models.CASCADE, related_name="signatories")
    name = models.CharField(_("name"), max_length=120)
    title = models.CharField(_("title"), max_length=160)
    signature = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    panels = [FieldPanel("name"), FieldPanel("title"), FieldPanel("signature")]

    def __str__(self):
        return self.name


class PdfStatus(models.TextChoices):
    PENDING = "pending", _("Being prepared")
    READY = "ready", _("Ready")
    FAILED = "failed", _("Could not be prepared")


class Certificate(models.Model):
    """An issued certificate. What it says is frozen at issue; revocation is a separate record."""

    code = models.CharField(max_length=16, unique=True, editable=False)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="certificates")
    course = models.ForeignKey("courses.CoursePage", on_delete=models.PROTECT, related_name="+")
    enrollment = models.OneToOneField(
        "courses.Enrollment", null=True, blank=True, on_delete=models.PROTECT, related_name="certificate"
    )
    template = models.ForeignKey(CertificateTemplate, null=True, on_delete=models.SET_NULL, related_name="certificates")
    template_version = models.PositiveIntegerField(default=1)
    design = models.JSONField(default=dict, help_text=_("The template as it was when this certificate was issued."))
    name_latin = models.CharField(max_length=120, blank=True)
    name_urdu = models.CharField(max_length=120, blank=True)
    course_title = models.CharField(max_length=255)
    hours = models.DecimalField(max_digits=5, decimal_places=1)
    score = models.DecimalField(max_digits=6, decimal_places=2, null=True, blank=True)
    cohort_name = models.CharField(max_length=120, blank=True)
    issued_at = models.DateTimeField()
    expires_at = models.DateTimeField(null=True, blank=True)
    renews = models.OneToOneField("self", null=True, blank=True, on_delete=models.SET_NULL, related_name="renewed_by")
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    manual_reason = models.TextField(blank=True)
    pdf = models.FileField(upload_to="certificates/pdf/", blank=True)
    preview = models.FileField(upload_to="certificates/preview/", blank=True)
    pdf_status = models.CharField(max_length=8, choices=PdfStatus.choices, default=PdfStatus.PENDING)
    pdf_attempts = models.PositiveSmallIntegerField(default=0)
    pdf_error = models.TextField(blank=True)
    expiry_reminder_sent_at = models.DateTimeField(null=True, blank=True)
    # Where the learner was registered when the certificate was issued (for reports).
    province = models.ForeignKey("accounts.Province", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    district = models.ForeignKey("accounts.District", null=True, blank=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["-issued_at"]
        indexes = [
            models.Index(fields=["course", "issued_at"]),
            models.Index(fields=["expires_at"]),
            models.Index(fields=["province", "issued_at"]),
        ]

    def __str__(self):
        return f"{self.code} {self.course_title}"

    @property
    def display_code(self):
        from .codes import display

        return display(self.code)

    @property
    def display_name(self):
        return self.name_latin or self.name_urdu

    @property
    def status(self) -> str:
        if hasattr(self, "revocation"):
            return "revoked"
        if self.expires_at and self.expires_at <= timezone.now():
            return "expired"
        return "valid"


class Revocation(models.Model):
    """A certificate withdrawn, with a public reason: a record, never a delete."""

    certificate = models.OneToOneField(Certificate, on_delete=models.PROTECT, related_name="revocation")
    revoked_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    revoked_at = models.DateTimeField()
    public_reason = models.CharField(max_length=300)
    internal_note = models.TextField(blank=True)

    def __str__(self):
        return f"Revocation of {self.certificate.code}"


class CohortArchive(models.Model):
    """A ZIP of a cohort's certificates, built in the background."""

    cohort = models.ForeignKey("courses.Cohort", on_delete=models.CASCADE, related_name="+")
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    file = models.FileField(upload_to="certificates/archives/", blank=True)
    ready = models.BooleanField(default=False)
    count = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"Certificates of {self.cohort}"
