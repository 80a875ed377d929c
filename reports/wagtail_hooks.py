from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from home.menu import PermissionMenuItem

from . import views


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("certification/", views.dashboard_view, name="reports_dashboard"),
        path("certification/learners/<str:metric>/", views.drilldown_view, name="reports_drilldown"),
        path("certification/donor-report/", views.donor_export, name="reports_donor"),
        path("certification/exports/<int:pk>/", views.export_download, name="reports_export_download"),
        path("certification/subscription/", views.subscription_toggle, name="reports_subscription"),
    ]


@hooks.register("register_admin_menu_item")
def register_reports_menu_item():
    return PermissionMenuItem(
        _("Certification dashboard"),
        reverse("reports_dashboard"),
        icon_name="table",
        order=200,
        perms=("accounts.view_province_reports", "courses.view_cohort"),
    )
