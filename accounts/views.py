from allauth.account.views import LoginView
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from . import selectors, services
from .forms import ProfileForm
from .middleware import PROFILE_DONE_SESSION_KEY


def _safe_next(request, default):
    target = request.POST.get("next") or request.GET.get("next")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default


@login_required
def profile_edit(request):
    """Complete the profile after the first sign-in, or change it later."""
    profile = selectors.profile_for_user(user=request.user)
    first_time = profile is None
    form = ProfileForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        try:
            services.profile_save(user=request.user, data=form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            request.session[PROFILE_DONE_SESSION_KEY] = True
            messages.success(
                request, _("Your profile is saved.") if not first_time else _("Welcome! Your profile is complete.")
            )
            return redirect(_safe_next(request, "courses:my_learning"))
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "accounts/profile_form.html",
        {"form": form, "first_time": first_time, "next": _safe_next(request, "")},
        status=status,
    )


class RateLimitedLoginView(LoginView):
    """allauth's login, answering 429 once too many attempts have failed.

    allauth refuses further attempts with a form error; the status code
    tells scripts and proxies the same thing.
    """

    def dispatch(self, request, *args, **kwargs):
        # The admins send signed-in people without access here; allauth would
        # send them straight back (a redirect loop). Say "not allowed" instead.
        target = request.GET.get("next", "")
        if request.user.is_authenticated and target.startswith(("/admin/", "/django-admin/")):
            allowed = (
                request.user.is_staff
                if target.startswith("/django-admin/")
                else selectors.user_is_staff_role(user=request.user)
            )
            if not allowed:
                return render(request, "403.html", status=403)
        return super().dispatch(request, *args, **kwargs)

    def form_invalid(self, form):
        response = super().form_invalid(form)
        codes = {error.code for errors in form.errors.as_data().values() for error in errors}
        if "too_many_login_attempts" in codes:
            response.status_code = 429
        return response
