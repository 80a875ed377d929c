"""Wagtail admin pages for roles: national administrators only."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from . import selectors, services
from .forms import RoleChangeForm
from .models import User
from .roles import Role


def roles_index(request):
    """List role holders, change a role, and show the latest audit entries."""
    if not request.user.has_perm("accounts.assign_roles"):
        raise PermissionDenied
    form = RoleChangeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        user = User.objects.filter(email__iexact=data["email"]).first()
        if user is None:
            form.add_error("email", _("No account uses this e-mail address. Ask the person to sign up first."))
        else:
            try:
                if data["action"] == "assign":
                    services.role_assign(
                        actor=request.user, user=user, role=Role(data["role"]), province=data["province"]
                    )
                    messages.success(
                        request,
                        _("%(email)s is now a %(role)s.") % {"email": user.email, "role": Role(data["role"]).label},
                    )
                else:
                    services.role_revoke(actor=request.user, user=user, role=Role(data["role"]))
                    messages.success(
                        request,
                        _("%(email)s is no longer a %(role)s.")
                        % {"email": user.email, "role": Role(data["role"]).label},
                    )
                return redirect("accounts_roles")
            except ValidationError as error:
                for message in error.messages:
                    form.add_error(None, message)
    holders = [
        {"user": user, "roles": [r for r in selectors.user_roles(user=user) if r != Role.LEARNER]}
        for user in selectors.role_holders()
    ]
    return TemplateResponse(
        request,
        "accounts/admin/roles.html",
        {
            "form": form,
            "holders": holders,
            "events": selectors.audit_events_recent(limit=30),
            "page_title": _("Roles"),
        },
        status=400 if form.errors else 200,
    )


def audit_log_index(request):
    """Every recorded change of a role, grade or certificate: who, whom, what, when."""
    if not request.user.has_perm("accounts.view_auditevent"):
        raise PermissionDenied
    from django.core.paginator import Paginator

    from .models import AuditEvent

    events = AuditEvent.objects.select_related("actor", "subject").order_by("-created_at", "-id")
    action = request.GET.get("action", "")
    if action:
        events = events.filter(action=action)
    actions = AuditEvent.objects.order_by("action").values_list("action", flat=True).distinct()
    page = Paginator(events, 50).get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "accounts/admin/audit_log.html",
        {"page_obj": page, "actions": actions, "action": action, "page_title": _("Audit log")},
    )
