from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _


class Province(models.Model):
    """A province or territory, keyed by its ISO 3166-2 code."""

    code = models.CharField(_("ISO 3166-2 code"), max_length=6, unique=True)
    name = models.CharField(_("name"), max_length=80, unique=True)
    name_ur = models.CharField(_("name in Urdu"), max_length=80, blank=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("province or territory")
        verbose_name_plural = _("provinces and territories")

    def __str__(self):
        return self.name


class District(models.Model):
    province = models.ForeignKey(Province, on_delete=models.PROTECT, related_name="districts")
    name = models.CharField(_("name"), max_length=80)
    name_ur = models.CharField(_("name in Urdu"), max_length=80, blank=True)

    class Meta:
        ordering = ["province__sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["province", "name"], name="district_unique_in_province"),
        ]

    def __str__(self):
        return self.name


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields["is_staff"] = True
        extra_fields["is_superuser"] = True
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A person who signs in with their e-mail address."""

    username = None
    email = models.EmailField(_("e-mail address"), unique=True)
    admin_province = models.ForeignKey(
        Province,
        verbose_name=_("administers province"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="administrators",
        help_text=_("Set only for provincial administrators: the one province they see."),
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        ordering = ["email"]
        constraints = [
            models.UniqueConstraint(Lower("email"), name="user_email_unique_ci"),
        ]
        permissions = [
            ("assign_roles", _("Can assign trainer and administrator roles")),
            ("view_all_reports", _("Can view reports for every province")),
            ("view_province_reports", _("Can view reports for their own province")),
        ]

    def __str__(self):
        return self.email

    @property
    def display_name(self):
        profile = getattr(self, "learner_profile", None)
        if profile and profile.display_name:
            return profile.display_name
        return self.get_full_name() or self.email


class Sex(models.TextChoices):
    FEMALE = "female", _("Female")
    MALE = "male", _("Male")
    ANOTHER = "another", _("Another")
    UNDISCLOSED = "undisclosed", _("Prefer not to say")


class OrganisationType(models.TextChoices):
    HOME = "home", _("Home Department")
    POLICE = "police", _("Police")
    CTD = "ctd", _("Counter Terrorism Department")
    PROSECUTION = "prosecution", _("Prosecution Department")
    HEALTH = "health", _("Health Department")
    SOCIAL_WELFARE = "social_welfare", _("Social Welfare Department")
    VICTIMS_ASSOCIATION = "victims_association", _("Victims' association")
    NGO = "ngo", _("Non-governmental organisation")
    OTHER = "other", _("Other")


class AgeBand(models.TextChoices):
    UNDER_25 = "under_25", _("Under 25")
    FROM_25 = "25_34", _("25 to 34")
    FROM_35 = "35_44", _("35 to 44")
    FROM_45 = "45_54", _("45 to 54")
    OVER_55 = "55_plus", _("55 or older")
    UNDISCLOSED = "undisclosed", _("Prefer not to say")


class Difficulty(models.TextChoices):
    """Answers of the Washington Group short set."""

    NONE = "none", _("No difficulty")
    SOME = "some", _("Some difficulty")
    A_LOT = "a_lot", _("A lot of difficulty")
    CANNOT = "cannot", _("Cannot do at all")
    UNDISCLOSED = "undisclosed", _("Prefer not to say")


class Language(models.TextChoices):
    ENGLISH = "en", _("English")
    URDU = "ur", _("Urdu")


def _difficulty_field(label):
    return models.CharField(label, max_length=12, choices=Difficulty.choices, blank=True)


class LearnerProfile(models.Model):
    user = models.OneToOneField("accounts.User", on_delete=models.CASCADE, related_name="learner_profile")
    full_name_latin = models.CharField(_("name in English letters"), max_length=120, blank=True)
    full_name_urdu = models.CharField(_("name in Urdu script"), max_length=120, blank=True)
    preferred_language = models.CharField(
        _("preferred language"), max_length=2, choices=Language.choices, default=Language.ENGLISH
    )
    sex = models.CharField(_("sex"), max_length=12, choices=Sex.choices)
    province = models.ForeignKey(Province, verbose_name=_("province or territory"), on_delete=models.PROTECT)
    district = models.ForeignKey(District, verbose_name=_("district"), on_delete=models.PROTECT)
    organisation_type = models.CharField(_("type of organisation"), max_length=24, choices=OrganisationType.choices)
    organisation_name = models.CharField(_("organisation name"), max_length=160)
    designation = models.CharField(_("designation"), max_length=120)
    is_designated_vso = models.BooleanField(_("formally designated as a Victim Support Officer"), default=False)
    years_in_role = models.PositiveSmallIntegerField(
        _("years in this role"), validators=[MaxValueValidator(60)], null=True, blank=True
    )
    age_band = models.CharField(_("age"), max_length=12, choices=AgeBand.choices, blank=True)
    wg_seeing = _difficulty_field(_("Difficulty seeing, even if wearing glasses"))
    wg_hearing = _difficulty_field(_("Difficulty hearing, even if using a hearing aid"))
    wg_mobility = _difficulty_field(_("Difficulty walking or climbing steps"))
    wg_cognition = _difficulty_field(_("Difficulty remembering or concentrating"))
    wg_self_care = _difficulty_field(_("Difficulty with self-care, such as washing or dressing"))
    wg_communication = _difficulty_field(_("Difficulty communicating in your usual language"))
    excluded_from_reporting = models.BooleanField(
        _("leave out of reports"),
        default=False,
        help_text=_("For test accounts and learners who withdrew consent: kept, but not counted."),
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("learner profile")
        indexes = [models.Index(fields=["province", "sex"])]

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        return self.full_name_latin or self.full_name_urdu


class ProvinceHistory(models.Model):
    """Where a learner was registered over time, so past reports stay true."""

    user = models.ForeignKey("accounts.User", on_delete=models.CASCADE, related_name="province_history")
    province = models.ForeignKey(Province, on_delete=models.PROTECT, related_name="+")
    district = models.ForeignKey(District, on_delete=models.PROTECT, related_name="+")
    valid_from = models.DateTimeField()
    valid_until = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["user", "valid_from"]
        verbose_name_plural = _("province history")
        constraints = [
            models.UniqueConstraint(
                fields=["user"], condition=models.Q(valid_until__isnull=True), name="one_current_province_per_user"
            ),
        ]
        indexes = [models.Index(fields=["province", "valid_from"])]

    def __str__(self):
        return f"{self.user} in {self.province} from {self.valid_from:%Y-%m-%d}"


class AuditEvent(models.Model):
    """Who did what to whom, and when: roles, grades, certificates."""

    actor = models.ForeignKey(
        "accounts.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="audit_events_done"
    )
    subject = models.ForeignKey(
        "accounts.User", on_delete=models.SET_NULL, null=True, blank=True, related_name="audit_events_received"
    )
    action = models.CharField(max_length=64)
    detail = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor} {self.action} {self.subject}"
