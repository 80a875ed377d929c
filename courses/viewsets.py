from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from accounts.selectors import limited_to_province

from .models import Cohort


def cohorts_visible_to(user):
    """National administrators see every cohort, provincial ones their province's, trainers their own."""
    queryset = Cohort.objects.select_related("course", "trainer", "province")
    if user.is_superuser or user.has_perm("accounts.view_all_reports"):
        return queryset
    if (province_id := limited_to_province(user=user)) is not None:
        return queryset.filter(province_id=province_id)
    return queryset.filter(trainer=user)


class CohortIndexView(generic.IndexView):
    def get_base_queryset(self):
        return cohorts_visible_to(self.request.user)


class _ScopedObjectMixin:
    def get_object(self, queryset=None):
        obj = super().get_object(queryset)
        if not cohorts_visible_to(self.request.user).filter(pk=obj.pk).exists():
            raise PermissionDenied
        return obj


class CohortEditView(_ScopedObjectMixin, generic.EditView):
    pass


class CohortDeleteView(_ScopedObjectMixin, generic.DeleteView):
    pass


class CohortViewSet(ModelViewSet):
    model = Cohort
    icon = "group"
    menu_label = _("Cohorts")
    menu_order = 260
    add_to_admin_menu = True
    index_view_class = CohortIndexView
    edit_view_class = CohortEditView
    delete_view_class = CohortDeleteView
    list_display = ["name", "course", "trainer", "province", "starts_on", "ends_on"]
    list_filter = ["province"]
    search_fields = ["name"]
    form_fields = [
        "name",
        "course",
        "trainer",
        "province",
        "starts_on",
        "ends_on",
        "enrolment_key",
        "attendance_required",
    ]
    inspect_view_enabled = False


cohort_viewset = CohortViewSet("cohorts")
