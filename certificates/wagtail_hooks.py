from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, SubmenuMenuItem

from home.menu import PermissionMenuItem

from . import admin_views
from .viewsets import template_viewset


@hooks.register("register_admin_viewset")
def register_template_viewset():
    return template_viewset


@hooks.register("register_admin_urls")
def register_certificate_admin_urls():
    return [
        path("certificates/", admin_views.certificate_index, name="certificates_index"),
        path("certificates/<int:pk>/", admin_views.certificate_detail, name="certificates_detail"),
        path("certificates/issue/", admin_views.certificate_issue_manual, name="certificates_issue"),
        path(
            "certificates/templates/<int:pk>/preview.pdf",
            admin_views.template_preview,
            name="certificates_template_preview",
        ),
        path("certificates/cohort/<int:cohort_id>/zip/", admin_views.cohort_archive, name="certificates_cohort_zip"),
        path("certificates/archives/<int:pk>/", admin_views.archive_download, name="certificates_archive"),
    ]


@hooks.register("register_admin_menu_item")
def register_certificates_menu():
    menu = Menu(
        items=[
            PermissionMenuItem(
                _("Issued certificates"),
                reverse("certificates_index"),
                icon_name="doc-full",
                perms=("certificates.view_certificate",),
            ),
            PermissionMenuItem(
                _("Issue by hand"),
                reverse("certificates_issue"),
                icon_name="plus",
                perms=("certificates.view_certificate",),
            ),
            PermissionMenuItem(
                _("Templates"),
                reverse("certificate_templates:index"),
                icon_name="edit",
                perms=("certificates.change_certificatetemplate",),
            ),
        ]
    )
    return SubmenuMenuItem(_("Certificates"), menu, icon_name="doc-full", order=270)
