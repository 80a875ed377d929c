from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import QuestionCategory

MAX_IMPORT_BYTES = 2 * 1024 * 1024


class ImportQuestionsForm(forms.Form):
    FORMATS = [("gift", _("GIFT (Moodle)")), ("csv", _("CSV (spreadsheet)"))]

    file = forms.FileField(label=_("File"), help_text=_("A GIFT text file, or a CSV saved as UTF-8. Up to 2 MB."))
    format = forms.ChoiceField(label=_("Format"), choices=FORMATS, initial="gift", widget=forms.RadioSelect)
    category = forms.ModelChoiceField(
        label=_("Put questions in this category"),
        queryset=QuestionCategory.objects.all(),
        required=False,
        help_text=_(
            "Questions without a $CATEGORY line go here. Leave empty to use the file's categories or “Imported”."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_IMPORT_BYTES:
            raise forms.ValidationError(_("The file is larger than 2 MB. Split it into smaller files."))
        raw = upload.read()
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise forms.ValidationError(
                _("The file is not UTF-8 text. Save it as UTF-8 and upload it again.")
            ) from error


class GradeForm(forms.Form):
    mark = forms.DecimalField(label=_("Mark"), min_value=Decimal("0"), decimal_places=3)
    comment = forms.CharField(
        label=_("Comment for the learner"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )

    def __init__(self, *args, max_mark=None, **kwargs):
        super().__init__(*args, **kwargs)
        if max_mark is not None:
            self.fields["mark"].max_value = max_mark
            self.fields["mark"].validators.append(forms.DecimalField(max_value=max_mark).validators[-1])
            self.fields["mark"].help_text = _("Between 0 and %(max)s.") % {"max": max_mark}
