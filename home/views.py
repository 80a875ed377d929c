import logging
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

logger = logging.getLogger(__name__)


@never_cache
@require_GET
def healthz(request):
    """200 when the database and the cache answer, 503 when either does not."""
    checks = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        checks["database"] = "ok"
    except Exception:  # any failure means unhealthy
        logger.exception("Health check: database unreachable")
        checks["database"] = "unavailable"
    try:
        key = f"healthz:{uuid.uuid4().hex}"
        cache.set(key, "1", 5)
        checks["cache"] = "ok" if cache.get(key) == "1" else "unavailable"
        cache.delete(key)
    except Exception:
        logger.exception("Health check: cache unreachable")
        checks["cache"] = "unavailable"
    healthy = all(v == "ok" for v in checks.values())
    return JsonResponse({"status": "ok" if healthy else "unavailable", **checks}, status=200 if healthy else 503)


def self_care(request):
    """Self-care steps and helplines, one tap from every page."""
    return render(request, "home/self_care.html")


def permission_denied(request, exception=None):
    return render(request, "403.html", status=403)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # No context processors: the error may be the database itself.
    from django.http import HttpResponseServerError
    from django.template.loader import render_to_string

    return HttpResponseServerError(render_to_string("500.html"))
