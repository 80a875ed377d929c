from django.conf import settings
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from home.menu import PermissionMenuItem

from . import admin_views


@hooks.register("register_admin_urls")
def register_role_urls():
    return [
        path("roles/", admin_views.roles_index, name="accounts_roles"),
        path("audit-log/", admin_views.audit_log_index, name="accounts_audit_log"),
    ]


@hooks.register("register_admin_menu_item")
def register_roles_menu_item():
    return PermissionMenuItem(
        _("Roles"), reverse("accounts_roles"), icon_name="group", order=900, perms=("accounts.assign_roles",)
    )


@hooks.register("register_admin_menu_item")
def register_audit_menu_item():
    return PermissionMenuItem(
        _("Audit log"),
        reverse("accounts_audit_log"),
        icon_name="history",
        order=910,
        perms=("accounts.view_auditevent",),
    )


@hooks.register("insert_global_admin_js")
def demo_mfa_banner():
    """Say plainly, on every admin page, when the demo relaxes the second factor."""
    if settings.STAFF_MFA_REQUIRED:
        return ""
    return format_html(
        '<script src="{}" data-message="{}"></script>',
        static("accounts/demo-banner.js"),
        _("Demo mode: staff may open the admin without a second factor. Production requires one."),
    )
