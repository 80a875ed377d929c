from django import forms
from django.utils.translation import gettext_lazy as _


class CohortCsvForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file of e-mail addresses"),
        help_text=_("One e-mail address per row, or a column headed “email”. Everyone must already have an account."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > 1024 * 1024:
            raise forms.ValidationError(_("The file is larger than 1 MB. Split it into smaller files."))
        if not upload.name.lower().endswith((".csv", ".txt")):
            raise forms.ValidationError(_("Upload a .csv file (in a spreadsheet: Save as → CSV UTF-8)."))
        return upload


class SessionForm(forms.Form):
    title = forms.CharField(label=_("Session title"), max_length=120)
    date = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))
