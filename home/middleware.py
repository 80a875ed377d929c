from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseBadRequest
from django.template.loader import render_to_string


class DatabaseUnavailableMiddleware:
    """Answer a friendly 503 when the database cannot be reached."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, OperationalError | InterfaceError) or (
            isinstance(exception, DatabaseError) and "connect" in str(exception).lower()
        ):
            # Rendered without a request: the context processors would query the database.
            body = render_to_string("503.html")
            return HttpResponse(body, status=503, headers={"Retry-After": "60"})
        return None


class AdminContentSecurityPolicyMiddleware:
    """Wagtail's page editor runs inline scripts: allow them in the admin only, never on learners' pages."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(("/admin/", "/django-admin/")):
            response._csp_update = {"script-src": ["'unsafe-inline'"]}
        return response


class RejectNullCharactersMiddleware:
    """A NUL character can never be stored (PostgreSQL refuses it): answer 400 instead of failing later."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        for data in (request.GET, request.POST if request.method == "POST" else {}):
            for values in data.lists() if hasattr(data, "lists") else []:
                if "\x00" in values[0] or any("\x00" in v for v in values[1]):
                    return HttpResponseBadRequest(
                        "The form contained a character that cannot be saved (NUL). Remove it and try again."
                    )
        return self.get_response(request)
