"""Answer blocks of a question: each block's id is the option's stable, meaningless public id."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class ChoiceBlock(blocks.StructBlock):
    text = blocks.TextBlock(
        rows=2, help_text=_("An option (multiple choice) or an accepted answer (short answer; * matches anything).")
    )
    credit = blocks.DecimalBlock(
        default=0,
        min_value=-100,
        max_value=100,
        decimal_places=5,
        help_text=_(
            "Percent of the mark for this answer: 100 for a correct answer, 0 for a wrong one, negative to penalise guessing."
        ),
    )
    feedback = blocks.TextBlock(required=False, rows=2)

    class Meta:
        icon = "list-ul"
        label = _("Answer")


class NumberBlock(blocks.StructBlock):
    value = blocks.FloatBlock(
        required=False, help_text=_("Leave empty for “any other answer” (usually with feedback).")
    )
    tolerance = blocks.FloatBlock(default=0, help_text=_("Accepted error either side: 2 ± 0.5 accepts 1.5 to 2.5."))
    credit = blocks.DecimalBlock(default=100, min_value=-100, max_value=100, decimal_places=5)
    feedback = blocks.TextBlock(required=False, rows=2)

    class Meta:
        icon = "order"
        label = _("Number")


class PairBlock(blocks.StructBlock):
    prompt = blocks.TextBlock(rows=2, help_text=_("Shown on the left."))
    answer = blocks.CharBlock(max_length=255, help_text=_("Its match, offered in a list."))

    class Meta:
        icon = "link"
        label = _("Matching pair")


class AnswerStreamBlock(blocks.StreamBlock):
    choice = ChoiceBlock()
    number = NumberBlock()
    pair = PairBlock()
