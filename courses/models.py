from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import AbstractGroupApprovalTask, Orderable, Page
from wagtail.search import index

from .blocks import LessonStreamBlock
from .permissions import CoursePermissionTester


class CourseItemMixin(models.Model):
    """A page that a learner completes: a lesson here, a quiz in assessments.

    Every live descendant of a course that has this mixin is an item of the
    course outline; the rest (modules) only group items.
    """

    is_required = models.BooleanField(
        _("required for completion"), default=True, help_text=_("Untick for optional extra reading or practice.")
    )
    estimated_minutes = models.PositiveSmallIntegerField(_("estimated minutes"), default=10)

    item_kind = "lesson"

    class Meta:
        abstract = True


class CoursePagePermissionsMixin:
    """Pages inside a course: only its trainers (or administrators) may change them."""

    def permissions_for_user(self, user):
        return CoursePermissionTester(user, self)


class CourseCatalogue(Page):
    intro = models.CharField(_("introduction"), max_length=300, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count = 1

    class Meta:
        verbose_name = _("course catalogue")

    def permissions_for_user(self, user):
        from home.permissions import CatalogueAllowsNewCoursesPermissionTester

        # Trainers may add courses here; only administrators change the catalogue itself.
        return CatalogueAllowsNewCoursesPermissionTester(user, self)

    def route(self, request, path_components):
        # Wagtail walks the tree one level (two queries) at a time; course
        # pages sit three or four levels down, so find them by path at once.
        if len(path_components) > 1:
            from django.http import Http404
            from wagtail.url_routing import RouteResult

            page = Page.objects.filter(url_path=f"{self.url_path}{'/'.join(path_components)}/").specific().first()
            if page is None or not page.live:
                raise Http404
            return RouteResult(page)
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        from .selectors import catalogue_courses

        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue_courses(catalogue=self, user=request.user, params=request.GET))
        return context


class EnrolmentMode(models.TextChoices):
    OPEN = "open", _("Open: any learner can enrol")
    KEY = "key", _("Enrolment key: learners need a key from their trainer")
    TRAINER = "trainer", _("By trainer only: trainers enrol learners")


class CompletionRule(models.TextChoices):
    LESSONS_AND_QUIZZES = "lessons_and_quizzes", _("All required lessons, and all required quizzes passed")
    LESSONS_ONLY = "lessons_only", _("All required lessons (quizzes are for practice)")


class CoursePage(CoursePagePermissionsMixin, Page):
    summary = models.TextField(_("summary"), max_length=500)
    learning_outcomes = RichTextField(_("learning outcomes"), features=["ul", "bold", "italic"], blank=True)
    audience = models.CharField(_("who it is for"), max_length=250, blank=True)
    estimated_minutes = models.PositiveSmallIntegerField(_("estimated time in minutes"), default=60)
    prerequisites = ParentalManyToManyField(
        "courses.CoursePage", blank=True, related_name="required_by", verbose_name=_("courses to complete first")
    )
    content_note = models.TextField(
        _("content note"),
        blank=True,
        help_text=_("Shown before the course starts if it contains distressing material."),
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    cover_image_alt = models.CharField(
        _("cover image alternative text"),
        max_length=250,
        blank=True,
        help_text=_("Describe the image for people who cannot see it. Required with a cover image."),
    )
    enrolment_mode = models.CharField(
        _("enrolment"), max_length=10, choices=EnrolmentMode.choices, default=EnrolmentMode.OPEN
    )
    enrolment_key = models.CharField(_("enrolment key"), max_length=40, blank=True)
    completion_rule = models.CharField(
        _("completion rule"), max_length=24, choices=CompletionRule.choices, default=CompletionRule.LESSONS_AND_QUIZZES
    )
    certificate_validity_months = models.PositiveSmallIntegerField(
        _("certificate valid for (months)"),
        null=True,
        blank=True,
        help_text=_("Leave empty if the certificate never expires, for example 24 for two years."),
    )
    refresher_for = models.ForeignKey(
        "courses.CoursePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="refreshers",
        verbose_name=_("refresher for"),
        help_text=_("Completing this course renews the learner's certificate for that course."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("learning_outcomes"),
        FieldPanel("audience"),
        FieldPanel("estimated_minutes"),
        FieldPanel("content_note"),
        MultiFieldPanel([FieldPanel("cover_image"), FieldPanel("cover_image_alt")], heading=_("Cover image")),
    ]
    settings_panels = [
        MultiFieldPanel(
            [FieldPanel("enrolment_mode"), FieldPanel("enrolment_key"), FieldPanel("prerequisites")],
            heading=_("Enrolment"),
        ),
        FieldPanel("completion_rule"),
        MultiFieldPanel(
            [FieldPanel("certificate_validity_months"), FieldPanel("refresher_for")], heading=_("Certificate")
        ),
        InlinePanel("course_trainers", heading=_("Trainers of this course"), label=_("Trainer")),
        *Page.settings_panels,
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary"), index.SearchField("audience")]
    parent_page_types = ["courses.CourseCatalogue"]
    subpage_types = ["courses.ModulePage", "courses.LessonPage", "assessments.QuizPage"]

    class Meta:
        verbose_name = _("course")

    def clean(self):
        super().clean()
        errors = {}
        if self.cover_image_id and not self.cover_image_alt.strip():
            errors["cover_image_alt"] = _("Describe the cover image for people who cannot see it.")
        if self.enrolment_mode == EnrolmentMode.KEY and not self.enrolment_key.strip():
            errors["enrolment_key"] = _("Set the key learners will type to enrol, or choose another enrolment mode.")
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        from .selectors import course_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(course_page_context(course=self, user=request.user))
        return context

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            from .views import course_action

            return course_action(request, self)
        return super().serve(request, *args, **kwargs)


class CourseTrainer(Orderable):
    course = ParentalKey("courses.CoursePage", on_delete=models.CASCADE, related_name="course_trainers")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="trained_courses")

    panels = [FieldPanel("user")]

    class Meta(Orderable.Meta):
        constraints = [models.UniqueConstraint(fields=["course", "user"], name="course_trainer_unique")]

    def __str__(self):
        return f"{self.user} on {self.course}"


class ModulePage(CoursePagePermissionsMixin, Page):
    summary = models.TextField(_("summary"), blank=True, max_length=500)

    content_panels = [*Page.content_panels, FieldPanel("summary")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage", "assessments.QuizPage"]

    class Meta:
        verbose_name = _("module")

    def serve(self, request, *args, **kwargs):
        from django.shortcuts import redirect

        # A module is a heading in the course outline, not a page to read.
        return redirect(self.get_parent().url + f"#module-{self.pk}")


class LessonPage(CoursePagePermissionsMixin, CourseItemMixin, Page):
    content_note = models.TextField(
        _("content note"),
        blank=True,
        help_text=_(
            "If this lesson contains distressing material, say so calmly here. Learners see it first and can "
            "continue, skip for now, or come back later."
        ),
    )
    body = StreamField(LessonStreamBlock(), use_json_field=True)
    completing_quiz = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("completed by passing quiz"),
        help_text=_("If set, this lesson is complete when the learner passes this quiz, not by marking it done."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("content_note"),
        FieldPanel("body"),
    ]
    settings_panels = [
        FieldPanel("is_required"),
        FieldPanel("estimated_minutes"),
        PageChooserPanel("completing_quiz", ["assessments.QuizPage"]),
        *Page.settings_panels,
    ]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    parent_page_types = ["courses.CoursePage", "courses.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")

    def __str__(self):
        return self.title

    def get_context(self, request, *args, **kwargs):
        from .selectors import lesson_page_context

        context = super().get_context(request, *args, **kwargs)
        # serve() has usually worked this out already for the same request.
        context.update(getattr(request, "_lesson_context", None) or lesson_page_context(lesson=self, user=request.user))
        return context

    def serve(self, request, *args, **kwargs):
        from .views import lesson_serve

        return lesson_serve(request, self, super().serve)

    def serve_preview(self, request, mode_name):
        # Authors preview without being enrolled and without the content-note step.
        return super().serve(request)


class Cohort(models.Model):
    """A named batch of learners, often an in-person workshop, led by a trainer."""

    name = models.CharField(_("name"), max_length=120)
    course = models.ForeignKey("courses.CoursePage", on_delete=models.PROTECT, related_name="cohorts")
    trainer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="cohorts_led", verbose_name=_("trainer")
    )
    province = models.ForeignKey("accounts.Province", on_delete=models.PROTECT, related_name="cohorts")
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    enrolment_key = models.CharField(
        _("enrolment key"), max_length=40, unique=True, help_text=_("Learners type this on the course page to join.")
    )
    attendance_required = models.BooleanField(
        _("attendance required for completion"),
        default=False,
        help_text=_("Members complete the course only once marked present at every in-person session."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("course"),
        FieldPanel("trainer"),
        FieldPanel("province"),
        FieldPanel("starts_on"),
        FieldPanel("ends_on"),
        FieldPanel("enrolment_key"),
        FieldPanel("attendance_required"),
    ]

    class Meta:
        ordering = ["-starts_on", "name"]

    def __str__(self):
        return self.name

    def clean(self):
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The end date must be on or after the start date.")})


class CohortSession(models.Model):
    """An in-person session of a cohort (a workshop day)."""

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="sessions")
    title = models.CharField(_("title"), max_length=120)
    date = models.DateField(_("date"))

    class Meta:
        ordering = ["date", "pk"]

    def __str__(self):
        return f"{self.title} ({self.date})"


class Attendance(models.Model):
    session = models.ForeignKey(CohortSession, on_delete=models.CASCADE, related_name="attendance")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="attendance")
    present = models.BooleanField(default=False)
    marked_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    marked_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["session", "user"], name="attendance_unique")]

    def __str__(self):
        return f"{self.user} at {self.session}: {'present' if self.present else 'absent'}"


class EnrollmentStatus(models.TextChoices):
    ACTIVE = "active", _("In progress")
    COMPLETED = "completed", _("Completed")
    WITHDRAWN = "withdrawn", _("Unenrolled")


class Enrollment(models.Model):
    """A learner on a course. Unenrolling keeps the row and its progress."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrollments")
    course = models.ForeignKey("courses.CoursePage", on_delete=models.CASCADE, related_name="enrollments")
    cohort = models.ForeignKey(
        "courses.Cohort", null=True, blank=True, on_delete=models.SET_NULL, related_name="enrollments"
    )
    status = models.CharField(max_length=10, choices=EnrollmentStatus.choices, default=EnrollmentStatus.ACTIVE)
    enrolled_at = models.DateTimeField()
    completed_at = models.DateTimeField(null=True, blank=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    enrolled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    last_item = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    last_position = models.CharField(max_length=64, blank=True, help_text=_("Block where the learner paused."))
    last_activity_at = models.DateTimeField(null=True, blank=True)
    # Where the learner was registered when they enrolled: reports count the
    # enrolment there even if the learner moves province later.
    province = models.ForeignKey("accounts.Province", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    district = models.ForeignKey("accounts.District", null=True, blank=True, on_delete=models.PROTECT, related_name="+")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "course"], name="enrollment_unique_user_course")]
        indexes = [
            models.Index(fields=["course", "status"]),
            models.Index(fields=["user", "status"]),
            models.Index(fields=["province", "course", "status"]),
            models.Index(fields=["enrolled_at"]),
        ]

    def __str__(self):
        return f"{self.user} on {self.course}"


class ItemProgress(models.Model):
    """A completed course item (lesson or quiz) for one enrollment."""

    enrollment = models.ForeignKey("courses.Enrollment", on_delete=models.CASCADE, related_name="item_progress")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    completed_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["enrollment", "page"], name="item_progress_unique")]

    def __str__(self):
        return f"{self.enrollment} completed {self.page_id}"


class Reflection(models.Model):
    """A learner's private answer to a reflection prompt in a lesson."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reflections")
    lesson = models.ForeignKey("courses.LessonPage", on_delete=models.CASCADE, related_name="reflections")
    block_id = models.CharField(max_length=64)
    text = models.TextField(max_length=5000)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "lesson", "block_id"], name="reflection_unique")]

    def __str__(self):
        return f"Reflection by {self.user} on {self.lesson_id}"


class PeerReviewTask(AbstractGroupApprovalTask):
    """Approval by a member of the chosen groups other than the person who submitted.

    A trainer's course is reviewed by another trainer or an administrator,
    never by its own author.
    """

    @staticmethod
    def _submitter_id(obj):
        state = getattr(obj, "current_workflow_state", None)
        return state.requested_by_id if state else None

    def get_actions(self, obj, user):
        if self._submitter_id(obj) == user.pk and not user.is_superuser:
            return []
        return super().get_actions(obj, user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        return super().get_task_states_user_can_moderate(user, **kwargs).exclude(workflow_state__requested_by=user)

    @classmethod
    def get_description(cls):
        return _("Another trainer or an administrator approves; authors cannot approve their own work.")

    class Meta:
        verbose_name = _("peer review task")
        verbose_name_plural = _("peer review tasks")
