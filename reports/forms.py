from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import District, OrganisationType, Province, Sex
from courses.models import Cohort, CoursePage

from .scope import Scope
from .selectors import Filters


class DateInput(forms.DateInput):
    input_type = "date"


class ReportFilterForm(forms.Form):
    start = forms.DateField(label=_("From"), required=False, widget=DateInput)
    end = forms.DateField(label=_("To"), required=False, widget=DateInput)
    course = forms.ModelChoiceField(
        label=_("Course"), queryset=CoursePage.objects.none(), required=False, empty_label=_("All courses")
    )
    cohort = forms.ModelChoiceField(
        label=_("Cohort"), queryset=Cohort.objects.none(), required=False, empty_label=_("All cohorts")
    )
    province = forms.ModelChoiceField(
        label=_("Province"), queryset=Province.objects.all(), required=False, empty_label=_("All provinces")
    )
    district = forms.ModelChoiceField(
        label=_("District"), queryset=District.objects.none(), required=False, empty_label=_("All districts")
    )
    org_type = forms.ChoiceField(
        label=_("Organisation type"), choices=[("", _("All types")), *OrganisationType.choices], required=False
    )
    sex = forms.ChoiceField(label=_("Sex"), choices=[("", _("All")), *Sex.choices], required=False)

    def __init__(self, *args, scope: Scope, **kwargs):
        super().__init__(*args, **kwargs)
        courses = CoursePage.objects.order_by("title")
        cohorts = Cohort.objects.order_by("-starts_on")
        districts = District.objects.select_related("province")
        if scope.course_ids is not None:
            courses = courses.filter(pk__in=scope.course_ids)
            cohorts = cohorts.filter(course_id__in=scope.course_ids) | cohorts.filter(pk__in=scope.cohort_ids)
        if scope.province_id is not None:
            del self.fields["province"]
            districts = districts.filter(province_id=scope.province_id)
            cohorts = cohorts.filter(province_id=scope.province_id)
        self.fields["course"].queryset = courses
        self.fields["cohort"].queryset = cohorts
        self.fields["district"].queryset = districts

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("start") and cleaned.get("end") and cleaned["end"] < cleaned["start"]:
            self.add_error("end", _("The end date is before the start date."))
        return cleaned

    def filters(self) -> Filters:
        data = self.cleaned_data if self.is_valid() else {}
        return Filters(
            start=data.get("start"),
            end=data.get("end"),
            course_id=data["course"].pk if data.get("course") else None,
            cohort_id=data["cohort"].pk if data.get("cohort") else None,
            province_id=data["province"].pk if data.get("province") else None,
            district_id=data["district"].pk if data.get("district") else None,
            org_type=data.get("org_type") or "",
            sex=data.get("sex") or "",
        )
