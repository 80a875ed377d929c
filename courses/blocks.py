"""StreamField blocks lesson authors use. Each renders with its own template."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

RICH_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul", "blockquote"]


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("key_point", _("Key point")), ("caution", _("Caution")), ("self_care", _("Self-care"))],
        default="key_point",
    )
    heading = blocks.CharBlock(max_length=120)
    text = blocks.RichTextBlock(features=RICH_FEATURES)

    class Meta:
        icon = "pick"
        template = "blocks/callout.html"
        description = _("A highlighted box: a key point, a caution, or a self-care reminder.")
        preview_value = {"kind": "self_care", "heading": "Take a breath", "text": "<p>Pause if you need to.</p>"}


class ContentNoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(help_text=_("Say calmly what the next part contains, so learners can choose."))

    class Meta:
        icon = "warning"
        template = "blocks/content_note.html"
        description = _("A note before distressing material inside a lesson.")
        preview_value = {"text": "The next section describes the hours after an attack."}


class CaseStudyBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120)
    scenario = blocks.RichTextBlock(features=RICH_FEATURES)
    questions = blocks.RichTextBlock(features=RICH_FEATURES, required=False, label=_("Questions to consider"))

    class Meta:
        icon = "user"
        template = "blocks/case_study.html"
        description = _("A realistic situation for the learner to think through.")
        preview_value = {"title": "At the hospital", "scenario": "<p>A father waits for news.</p>"}


class ReflectionBlock(blocks.StructBlock):
    prompt = blocks.CharBlock(max_length=300)
    hint = blocks.CharBlock(max_length=300, required=False)

    class Meta:
        icon = "edit"
        template = "blocks/reflection.html"
        description = _("A question the learner answers privately; the answer is kept with their progress.")
        preview_value = {"prompt": "What helps you rest after a hard day?"}


class AccordionItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(max_length=200)
    answer = blocks.RichTextBlock(features=RICH_FEATURES)


class AccordionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, required=False)
    items = blocks.ListBlock(AccordionItemBlock())

    class Meta:
        icon = "list-ul"
        template = "blocks/accordion.html"
        description = _("Questions and answers that open one at a time.")
        preview_value = {"heading": "Questions", "items": [{"question": "Who is a victim?", "answer": "<p>...</p>"}]}


class VideoBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120)
    embed = EmbedBlock(required=False, help_text=_("A link to a hosted video (YouTube, Vimeo)."))
    file = DocumentChooserBlock(required=False, help_text=_("Or an uploaded video file."))
    transcript = blocks.RichTextBlock(features=RICH_FEATURES, help_text=_("Required: not everyone can watch."))
    low_bandwidth_note = blocks.CharBlock(
        max_length=200,
        required=False,
        help_text=_("For example: 8 minutes, about 40 MB. The transcript covers it all."),
    )

    class Meta:
        icon = "media"
        template = "blocks/video.html"
        description = _("A video with a transcript and a note for slow connections.")

    def clean(self, value):
        from django.core.exceptions import ValidationError
        from wagtail.blocks.struct_block import StructBlockValidationError

        value = super().clean(value)
        if not value.get("embed") and not value.get("file"):
            raise StructBlockValidationError(
                block_errors={"embed": ValidationError(_("Add a video link or choose an uploaded video file."))}
            )
        return value


class AudioBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=120)
    file = DocumentChooserBlock()
    transcript = blocks.RichTextBlock(features=RICH_FEATURES)

    class Meta:
        icon = "media"
        template = "blocks/audio.html"
        description = _("An audio recording with its transcript.")


class ResourceBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    title = blocks.CharBlock(max_length=120)
    description = blocks.CharBlock(max_length=300, required=False)

    class Meta:
        icon = "doc-full"
        template = "blocks/resource.html"
        description = _("A file to download, such as a checklist or a form.")


class QuizLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(help_text=_("The quiz page in this course."))
    text = blocks.CharBlock(max_length=200, required=False)

    class Meta:
        icon = "tick-inverse"
        template = "blocks/quiz_link.html"
        description = _("An invitation to take a quiz of this course.")


class FigureBlock(blocks.StructBlock):
    image = ImageBlock()
    caption = blocks.CharBlock(max_length=250, required=False)

    class Meta:
        icon = "image"
        template = "blocks/figure.html"
        description = _("An image with alternative text (required) and an optional caption.")


class LessonStreamBlock(blocks.StreamBlock):
    rich_text = blocks.RichTextBlock(
        features=RICH_FEATURES,
        icon="pilcrow",
        template="blocks/rich_text.html",
        description=_("Paragraphs, headings and lists."),
        preview_value="<p>Psychological first aid is practical support, not therapy.</p>",
    )
    image = FigureBlock()
    video = VideoBlock()
    audio = AudioBlock()
    callout = CalloutBlock()
    content_note = ContentNoteBlock()
    case_study = CaseStudyBlock()
    reflection = ReflectionBlock()
    resource = ResourceBlock()
    accordion = AccordionBlock()
    quiz_link = QuizLinkBlock()
