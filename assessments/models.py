import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page

from courses.models import CourseItemMixin, CoursePagePermissionsMixin

from .blocks import AnswerStreamBlock


class QuestionCategory(models.Model):
    name = models.CharField(_("name"), max_length=120)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children", verbose_name=_("parent")
    )
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("parent"), FieldPanel("description")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("question category")
        verbose_name_plural = _("question categories")
        constraints = [
            models.UniqueConstraint(fields=["parent", "name"], name="category_unique_name_in_parent"),
            models.UniqueConstraint(
                fields=["name"], condition=models.Q(parent__isnull=True), name="category_unique_top_name"
            ),
        ]

    def __str__(self):
        return self.name


class Scenario(models.Model):
    """A case text that several questions share."""

    title = models.CharField(_("title"), max_length=160)
    text = RichTextField(_("case text"), features=["bold", "italic", "ol", "ul"])

    panels = [FieldPanel("title"), FieldPanel("text")]

    class Meta:
        ordering = ["title"]

    def __str__(self):
        return self.title


class QuestionTag(TaggedItemBase):
    content_object = ParentalKey("assessments.Question", on_delete=models.CASCADE, related_name="tagged_items")


class QuestionType(models.TextChoices):
    MULTICHOICE = "multichoice", _("Multiple choice")
    TRUEFALSE = "truefalse", _("True or false")
    SHORTANSWER = "shortanswer", _("Short answer")
    NUMERICAL = "numerical", _("Numerical")
    MATCHING = "matching", _("Matching")
    ESSAY = "essay", _("Essay (marked by a trainer)")
    DESCRIPTION = "description", _("Description (no answer)")


AUTO_GRADED = {
    QuestionType.MULTICHOICE,
    QuestionType.TRUEFALSE,
    QuestionType.SHORTANSWER,
    QuestionType.NUMERICAL,
    QuestionType.MATCHING,
}


class Question(ClusterableModel):
    """A question in the bank. Editing it bumps its version; attempts keep the version they showed."""

    category = models.ForeignKey(QuestionCategory, on_delete=models.PROTECT, related_name="questions")
    name = models.CharField(_("name"), max_length=255)
    qtype = models.CharField(_("type"), max_length=12, choices=QuestionType.choices)
    scenario = models.ForeignKey(
        Scenario,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="questions",
        help_text=_("A case text shown above this question and others that share it."),
    )
    text = RichTextField(_("question"), features=["bold", "italic", "ol", "ul", "link"])
    text_format = models.CharField(
        _("text format"),
        max_length=8,
        default="html",
        editable=False,
        help_text=_("How imported text is written (html, moodle, markdown, plain); kept for a lossless export."),
    )
    answers = StreamField(AnswerStreamBlock(), blank=True, use_json_field=True)
    single = models.BooleanField(
        _("one answer only"),
        default=True,
        help_text=_("Multiple choice: untick to let learners choose several answers."),
    )
    shuffle_answers = models.BooleanField(_("shuffle the options"), default=True)
    case_sensitive = models.BooleanField(_("short answers are case-sensitive"), default=False)
    tf_correct = models.BooleanField(_("the statement is true"), null=True, blank=True)
    true_feedback = models.TextField(_("feedback when the learner answers true"), blank=True)
    false_feedback = models.TextField(_("feedback when the learner answers false"), blank=True)
    general_feedback = models.TextField(_("general feedback"), blank=True)
    default_mark = models.DecimalField(_("mark"), max_digits=6, decimal_places=2, default=1)
    idnumber = models.CharField(_("ID number"), max_length=100, blank=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    tags = ClusterTaggableManager(through=QuestionTag, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldRowPanel([FieldPanel("category"), FieldPanel("qtype")]),
        FieldPanel("name"),
        FieldPanel("scenario"),
        FieldPanel("text"),
        FieldPanel("answers", heading=_("Answers")),
        MultiFieldPanel(
            [FieldPanel("single"), FieldPanel("shuffle_answers"), FieldPanel("case_sensitive")],
            heading=_("Options"),
        ),
        MultiFieldPanel(
            [FieldPanel("tf_correct"), FieldPanel("true_feedback"), FieldPanel("false_feedback")],
            heading=_("True or false"),
        ),
        FieldPanel("general_feedback"),
        FieldRowPanel([FieldPanel("default_mark"), FieldPanel("idnumber")]),
        FieldPanel("tags"),
    ]

    class Meta:
        ordering = ["category__name", "name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if self.pk:
            self.version = (Question.objects.filter(pk=self.pk).values_list("version", flat=True).first() or 0) + 1
        super().save(*args, **kwargs)

    def clean(self):
        from .grading import validate_question

        errors = validate_question(self)
        if errors:
            raise ValidationError(errors)


class ReviewRule(models.TextChoices):
    IMMEDIATELY = "immediately", _("Immediately after each attempt")
    AFTER_PASS = "after_pass", _("Once the learner has passed")
    AFTER_LAST = "after_last", _("After the last allowed attempt (or a pass)")
    NEVER = "never", _("Never")


class TestKind(models.TextChoices):
    NONE = "", _("Ordinary quiz")
    PRE = "pre", _("Pre-test (before the course)")
    POST = "post", _("Post-test (after the course)")


class QuizPage(CoursePagePermissionsMixin, CourseItemMixin, Page):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "ul", "ol"])
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=70, validators=[MinValueValidator(0), MaxValueValidator(100)]
    )
    attempts_allowed = models.PositiveSmallIntegerField(
        _("attempts allowed"), default=0, help_text=_("0 means unlimited.")
    )
    time_limit_minutes = models.PositiveSmallIntegerField(_("time limit (minutes)"), null=True, blank=True)
    grace_seconds = models.PositiveSmallIntegerField(
        _("grace period (seconds)"),
        default=60,
        help_text=_("Answers sent up to this long after the time limit still count (slow connections)."),
    )
    shuffle_questions = models.BooleanField(_("shuffle questions"), default=False)
    review_rule = models.CharField(
        _("show correct answers and feedback"),
        max_length=12,
        choices=ReviewRule.choices,
        default=ReviewRule.IMMEDIATELY,
    )
    test_kind = models.CharField(_("kind of test"), max_length=4, choices=TestKind.choices, blank=True, default="")

    item_kind = "quiz"

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        InlinePanel("slots", heading=_("Questions"), label=_("Question or random draw"), min_num=1),
    ]
    settings_panels = [
        MultiFieldPanel(
            [
                FieldPanel("pass_mark"),
                FieldPanel("attempts_allowed"),
                FieldRowPanel([FieldPanel("time_limit_minutes"), FieldPanel("grace_seconds")]),
                FieldPanel("shuffle_questions"),
                FieldPanel("review_rule"),
                FieldPanel("test_kind"),
                FieldPanel("is_required"),
                FieldPanel("estimated_minutes"),
            ],
            heading=_("Quiz settings"),
        ),
        *Page.settings_panels,
    ]
    parent_page_types = ["courses.CoursePage", "courses.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("quiz")

    def __str__(self):
        return self.title

    def get_context(self, request, *args, **kwargs):
        from .selectors import quiz_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(quiz_page_context(quiz=self, user=request.user))
        return context

    def serve(self, request, *args, **kwargs):
        from .views import quiz_serve

        return quiz_serve(request, self, super().serve)

    def serve_preview(self, request, mode_name):
        return super().serve(request)


class QuizSlot(Orderable):
    """One place in a quiz: a fixed question, or N questions drawn at random from a category or tag."""

    quiz = ParentalKey(QuizPage, on_delete=models.CASCADE, related_name="slots")
    question = models.ForeignKey(Question, null=True, blank=True, on_delete=models.PROTECT, related_name="slots")
    category = models.ForeignKey(
        QuestionCategory,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Or draw at random from this category…"),
    )
    tag = models.CharField(_("…with this tag"), max_length=100, blank=True)
    count = models.PositiveSmallIntegerField(_("how many to draw"), default=1)

    panels = [FieldPanel("question"), FieldRowPanel([FieldPanel("category"), FieldPanel("tag"), FieldPanel("count")])]

    def clean(self):
        if not self.question_id and not self.category_id and not self.tag:
            raise ValidationError(_("Choose a question, or a category or tag to draw from."))


class AttemptStatus(models.TextChoices):
    IN_PROGRESS = "in_progress", _("In progress")
    AWAITING_GRADING = "awaiting", _("Waiting for a trainer to mark")
    GRADED = "graded", _("Finished")


class Attempt(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    quiz = models.ForeignKey(QuizPage, on_delete=models.CASCADE, related_name="attempts")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="attempts")
    number = models.PositiveSmallIntegerField()
    status = models.CharField(max_length=12, choices=AttemptStatus.choices, default=AttemptStatus.IN_PROGRESS)
    started_at = models.DateTimeField()
    deadline = models.DateTimeField(null=True, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    score = models.DecimalField(max_digits=8, decimal_places=3, null=True, blank=True)
    max_score = models.DecimalField(max_digits=8, decimal_places=3, default=0)
    percent = models.DecimalField(max_digits=6, decimal_places=2, null=True, blank=True)
    passed = models.BooleanField(null=True)

    class Meta:
        ordering = ["quiz", "user", "number"]
        constraints = [
            models.UniqueConstraint(fields=["quiz", "user", "number"], name="attempt_unique_number"),
            models.UniqueConstraint(
                fields=["quiz", "user"], condition=models.Q(status="in_progress"), name="attempt_one_open_per_user"
            ),
        ]
        indexes = [models.Index(fields=["quiz", "status"]), models.Index(fields=["user", "quiz"])]

    def __str__(self):
        return f"Attempt {self.number} by {self.user} on {self.quiz}"


class AttemptQuestion(models.Model):
    """A question as shown in one attempt: frozen copy, the learner's answer, its mark."""

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="questions")
    position = models.PositiveSmallIntegerField()
    question = models.ForeignKey(Question, null=True, on_delete=models.SET_NULL, related_name="attempt_questions")
    question_version = models.PositiveIntegerField()
    snapshot = models.JSONField()
    response = models.JSONField(null=True, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    mark = models.DecimalField(max_digits=8, decimal_places=3, null=True, blank=True)
    max_mark = models.DecimalField(max_digits=8, decimal_places=3)
    graded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    graded_at = models.DateTimeField(null=True, blank=True)
    grader_comment = models.TextField(blank=True)

    class Meta:
        ordering = ["attempt", "position"]
        constraints = [models.UniqueConstraint(fields=["attempt", "position"], name="attempt_question_position")]

    def __str__(self):
        return f"Q{self.position} of {self.attempt}"
