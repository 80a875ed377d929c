from django.conf import settings
from django.utils.translation import get_language_bidi


def site_context(request):
    """What every page's header and footer need."""
    return {
        "SITE_NAME": settings.WAGTAIL_SITE_NAME,
        "LANGUAGE_BIDI": get_language_bidi(),
        "STAFF_MFA_REQUIRED": settings.STAFF_MFA_REQUIRED,
    }
