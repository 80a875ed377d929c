"""Report pages in the Wagtail admin: dashboard, drill-down, exports, subscription."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from accounts.models import Province

from . import services
from .exports import CONTENT_TYPES
from .forms import ReportFilterForm
from .models import ReportExport, ReportSubscription
from .scope import scope_for
from .selectors import METRICS, dashboard, drilldown

PASSTHROUGH = ["start", "end", "course", "cohort", "province", "district", "org_type", "sex"]


def _querystring(request, **changes):
    params = request.GET.copy()
    for key, value in changes.items():
        params[key] = value
    return params.urlencode()


def dashboard_view(request):
    scope = scope_for(request.user)
    form = ReportFilterForm(request.GET or None, scope=scope)
    f = form.filters()
    subscription = ReportSubscription.objects.filter(user=request.user, active=True).exists()
    context = {
        "form": form,
        "scope": scope,
        "data": dashboard(scope, f),
        "metrics": METRICS,
        "query": request.GET.urlencode(),
        "subscribed": subscription,
        "page_title": _("Certification dashboard"),
    }
    return TemplateResponse(request, "reports/dashboard.html", context)


def drilldown_view(request, metric):
    if metric not in METRICS:
        raise Http404
    scope = scope_for(request.user)
    form = ReportFilterForm(request.GET or None, scope=scope)
    f = form.filters()
    sort = request.GET.get("sort", "name")
    fmt = request.GET.get("format")
    if fmt in CONTENT_TYPES:
        return _export(request, kind=metric, f=f, fmt=fmt, sort=sort, count=drilldown(scope, f, metric, sort).count())
    page = Paginator(drilldown(scope, f, metric, sort), 50).get_page(request.GET.get("p"))
    provinces = dict(Province.objects.values_list("pk", "name"))
    return TemplateResponse(
        request,
        "reports/drilldown.html",
        {
            "form": form,
            "metric": metric,
            "metric_label": METRICS[metric],
            "page_obj": page,
            "rows": services.drill_rows(page.object_list, provinces),
            "sort": sort,
            "query": request.GET.urlencode(),
            "page_title": METRICS[metric],
        },
    )


def donor_export(request):
    scope = scope_for(request.user)
    form = ReportFilterForm(request.GET or None, scope=scope)
    fmt = request.GET.get("format", "xlsx")
    if fmt not in CONTENT_TYPES:
        raise Http404
    return _export(request, kind="donor", f=form.filters(), fmt=fmt, sort="", count=0)


def _export(request, *, kind, f, fmt, sort, count):
    from home.ratelimit import hit

    if hit(request, scope="report-export", limit=30):
        return TemplateResponse(request, "429.html", status=429)
    params = {**services.filters_to(f), "sort": sort}
    if count > services.LARGE_EXPORT_ROWS:
        services.export_request(user=request.user, kind=kind, params=params, fmt=fmt)
        messages.success(request, _("This export is large; we are preparing it and will e-mail you a link."))
        return redirect(f"{request.path}?{_querystring(request, format='')}")
    name, data = services.build_file(user=request.user, kind=kind, params=params, fmt=fmt)
    response = HttpResponse(data, content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="vso-{name}.{fmt}"'
    return response


def export_download(request, pk):
    export = get_object_or_404(ReportExport, pk=pk, requested_by=request.user)
    if not export.ready:
        messages.info(request, _("The export is still being prepared. Please try again shortly."))
        return redirect("reports_dashboard")
    return FileResponse(export.file.open("rb"), as_attachment=True, filename=export.name)


def subscription_toggle(request):
    scope_for(request.user)
    if request.method != "POST":
        raise Http404
    subscription, _created = ReportSubscription.objects.get_or_create(user=request.user)
    subscription.active = request.POST.get("active") == "1"
    subscription.save()
    messages.success(
        request,
        _("You will get this report by e-mail on the first of each month.")
        if subscription.active
        else _("Monthly e-mails stopped."),
    )
    return redirect("reports_dashboard")
