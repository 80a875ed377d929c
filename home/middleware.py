from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import HttpResponse
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
