from django import forms
from django.utils.translation import gettext_lazy as _

from .models import District, LearnerProfile, Province
from .roles import Role

SENSITIVE_FIELDS = [
    "age_band",
    "wg_seeing",
    "wg_hearing",
    "wg_mobility",
    "wg_cognition",
    "wg_self_care",
    "wg_communication",
]


class ProfileForm(forms.ModelForm):
    """The learner's profile: what certificates print and reports count."""

    class Meta:
        model = LearnerProfile
        fields = [
            "full_name_latin",
            "full_name_urdu",
            "preferred_language",
            "sex",
            "province",
            "district",
            "organisation_type",
            "organisation_name",
            "designation",
            "is_designated_vso",
            "years_in_role",
            *SENSITIVE_FIELDS,
        ]
        help_texts = {
            "full_name_latin": _("As it should print on your certificate, for example Ayesha Khan."),
            "full_name_urdu": _("As it should print on your certificate in Urdu, for example عائشہ خان."),
            "district": _("Choose your province first; the list shows its districts."),
            "designation": _("Your job title, for example Sub-Inspector or Social Welfare Officer."),
        }
        widgets = {
            "full_name_urdu": forms.TextInput(attrs={"lang": "ur", "dir": "rtl"}),
            "sex": forms.RadioSelect,
            "preferred_language": forms.RadioSelect,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["province"].queryset = Province.objects.all()
        self.fields["province"].empty_label = _("Choose a province or territory")
        districts = District.objects.select_related("province").order_by("province__sort_order", "name")
        self.fields["district"].queryset = districts
        self.fields["district"].empty_label = _("Choose a district")
        # Group districts under their province so the list reads well without
        # JavaScript; with it, only the chosen province's group is shown.
        grouped: dict[str, list[tuple[int, str]]] = {}
        for district in districts:
            grouped.setdefault(district.province.name, []).append((district.pk, district.name))
        self.fields["district"].widget.choices = [("", _("Choose a district")), *grouped.items()]
        self.fields["sex"].choices = self.fields["sex"].choices[1:]  # radio buttons need no blank
        for name in SENSITIVE_FIELDS:
            self.fields[name].required = False
            self.fields[name].label = f"{self.fields[name].label} ({_('optional')})"
        self.fields["years_in_role"].label = f"{self.fields['years_in_role'].label} ({_('optional')})"

    @property
    def sensitive_fields(self):
        return [self[name] for name in SENSITIVE_FIELDS]

    @property
    def main_fields(self):
        return [self[name] for name in self.Meta.fields if name not in SENSITIVE_FIELDS]

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("full_name_latin", "").strip() and not cleaned.get("full_name_urdu", "").strip():
            self.add_error(
                "full_name_latin",
                _(
                    "Enter your name in English letters, in Urdu script, or both, as it should print on your certificate."
                ),
            )
        province, district = cleaned.get("province"), cleaned.get("district")
        if province and district and district.province_id != province.pk:
            self.add_error(
                "district",
                _("%(district)s is not in %(province)s. Choose a district of %(province)s.")
                % {"district": district.name, "province": province.name},
            )
        return cleaned


class RoleChangeForm(forms.Form):
    """What a national administrator fills in to grant or remove a role."""

    ACTIONS = [("assign", _("Give this role")), ("revoke", _("Remove this role"))]

    email = forms.EmailField(label=_("E-mail address of the person"))
    role = forms.ChoiceField(label=_("Role"), choices=[c for c in Role.choices if c[0] != Role.LEARNER])
    province = forms.ModelChoiceField(
        label=_("Province (provincial administrators only)"), queryset=Province.objects.all(), required=False
    )
    action = forms.ChoiceField(label=_("Action"), choices=ACTIONS, widget=forms.RadioSelect, initial="assign")

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("action") == "assign"
            and cleaned.get("role") == Role.PROVINCIAL_ADMIN
            and not cleaned.get("province")
        ):
            self.add_error("province", _("Choose the province this administrator will see."))
        return cleaned
