from django.conf import settings
from django.utils.translation import get_language_bidi

STAFF_SESSION_KEY = "vso_is_staff"


def _show_admin_link(request) -> bool:
    """Whether the header links to the admin; remembered for the session (the admin checks again itself)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return False
    session = request.session
    if STAFF_SESSION_KEY not in session:
        from accounts.selectors import user_is_staff_role

        session[STAFF_SESSION_KEY] = user_is_staff_role(user=user)
    return session[STAFF_SESSION_KEY]


def site_context(request):
    """What every page's header and footer need."""
    return {
        "show_admin_link": _show_admin_link(request),
        "SITE_NAME": settings.WAGTAIL_SITE_NAME,
        "LANGUAGE_BIDI": get_language_bidi(),
        "STAFF_MFA_REQUIRED": settings.STAFF_MFA_REQUIRED,
    }
