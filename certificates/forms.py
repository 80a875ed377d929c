from django import forms
from django.utils.translation import gettext_lazy as _


class RevokeForm(forms.Form):
    public_reason = forms.CharField(
        label=_("Reason shown on the verification page"),
        max_length=300,
        help_text=_("Plain and factual, for example: Issued in error: the course was not completed."),
    )
    internal_note = forms.CharField(
        label=_("Internal note (staff only)"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class ManualIssueForm(forms.Form):
    email = forms.EmailField(label=_("Learner's e-mail address"))
    course = forms.ModelChoiceField(label=_("Course"), queryset=None)
    reason = forms.CharField(
        label=_("Why is this issued by hand?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For example: completed the blended course at the Lahore workshop, 3 to 5 March 2025."),
    )

    def __init__(self, *args, courses=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].queryset = courses
