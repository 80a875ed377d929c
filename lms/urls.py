from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from accounts.views import RateLimitedLoginView
from home import views as home_views

urlpatterns = [
    path("healthz", home_views.healthz, name="healthz"),
    path("self-care/", home_views.self_care, name="self_care"),
    # No side door: both admin login pages are allauth's login, with its
    # rate limits, e-mail verification and second factor.
    path("accounts/login/", RateLimitedLoginView.as_view(), name="account_login"),
    path("admin/login/", RateLimitedLoginView.as_view(), name="wagtail_login_via_allauth"),
    path("django-admin/login/", RateLimitedLoginView.as_view(), name="django_admin_login_via_allauth"),
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("accounts/", include("allauth.urls")),
    path("profile/", include("accounts.urls")),
    path("learning/", include("courses.urls")),
    path("quiz/", include("assessments.urls")),
    path("", include("certificates.urls")),
]

if getattr(settings, "BENCH_VIEWS", False):
    from django.http import HttpResponse

    # The baseline for `make bench`: Django answering a fixed string.
    urlpatterns.insert(0, path("bench/plain", lambda request: HttpResponse("ok")))

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]

handler403 = "home.views.permission_denied"
handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"
