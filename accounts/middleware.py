from urllib.parse import urlencode

from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from .models import LearnerProfile
from .selectors import user_is_staff_role

ADMIN_PREFIXES = ("/admin/", "/django-admin/")
PROFILE_EXEMPT_PREFIXES = (
    "/accounts/",
    "/profile/",
    "/admin/",
    "/django-admin/",
    "/static/",
    "/media/",
    "/documents/",
    "/healthz",
    "/verify/",
)
PROFILE_DONE_SESSION_KEY = "vso_profile_complete"


class StaffSecondFactorMiddleware:
    """Keep trainers and administrators out of the admin until they enrol a second factor."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            settings.STAFF_MFA_REQUIRED
            and request.path.startswith(ADMIN_PREFIXES)
            and not request.path.endswith("/login/")
            and request.user.is_authenticated
            and user_is_staff_role(user=request.user)
            and not Authenticator.objects.filter(user=request.user, type=Authenticator.Type.TOTP).exists()
        ):
            messages.warning(
                request,
                _("Staff accounts need a second factor. Set up an authenticator app to open the admin."),
            )
            return redirect("mfa_activate_totp")
        return self.get_response(request)


class ProfileCompletionMiddleware:
    """Send a learner to complete their profile before anything else."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.user.is_authenticated
            and not request.path.startswith(PROFILE_EXEMPT_PREFIXES)
            and not request.session.get(PROFILE_DONE_SESSION_KEY)
        ):
            if LearnerProfile.objects.filter(user=request.user).exists():
                request.session[PROFILE_DONE_SESSION_KEY] = True
            elif not user_is_staff_role(user=request.user):
                return redirect(
                    f"{reverse('accounts:profile_complete')}?{urlencode({'next': request.get_full_path()})}"
                )
        return self.get_response(request)
