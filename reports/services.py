"""Writes for reports: exports built in the background, monthly e-mails."""

import logging
from datetime import date, timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.core.files.base import ContentFile
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify

from .exports import table_bytes
from .models import ReportExport, ReportSubscription
from .scope import scope_for
from .selectors import METRICS, Filters, dashboard, donor_rows, drilldown

logger = logging.getLogger(__name__)
LARGE_EXPORT_ROWS = 5000

DRILL_HEADER = ["Name", "E-mail", "Province", "District", "Organisation", "Course", "Status", "Certificate", "Date"]
DONOR_HEADER = ["Province", "Sex", "Organisation type", "Course", "Enrolments", "Completions", "Certificates"]


def drill_rows(items, provinces: dict) -> list[list]:
    """One export or table row per enrolment, certificate or profile."""
    rows = []
    for item in items:
        user = getattr(item, "user", None)
        profile = getattr(user, "learner_profile", None) if user else item
        course = getattr(item, "course", None)
        status = item.get_status_display() if hasattr(item, "get_status_display") else ""
        code = getattr(item, "display_code", "") or ""
        rows.append(
            [
                profile.display_name if profile else "",
                (user or item.user).email,
                provinces.get(getattr(item, "ev_province", None), ""),
                str(profile.district) if profile else "",
                profile.organisation_name if profile else "",
                getattr(course, "title", "") or getattr(item, "course_title", ""),
                status or ("Certified" if code else ""),
                code,
                item.event_at.date().isoformat() if getattr(item, "event_at", None) else "",
            ]
        )
    return rows


def filters_from(params: dict) -> Filters:
    return Filters(
        start=date.fromisoformat(params["start"]) if params.get("start") else None,
        end=date.fromisoformat(params["end"]) if params.get("end") else None,
        course_id=params.get("course_id"),
        cohort_id=params.get("cohort_id"),
        province_id=params.get("province_id"),
        district_id=params.get("district_id"),
        org_type=params.get("org_type", ""),
        sex=params.get("sex", ""),
    )


def filters_to(f: Filters) -> dict:
    return {
        "start": f.start.isoformat() if f.start else None,
        "end": f.end.isoformat() if f.end else None,
        "course_id": f.course_id,
        "cohort_id": f.cohort_id,
        "province_id": f.province_id,
        "district_id": f.district_id,
        "org_type": f.org_type,
        "sex": f.sex,
    }


def build_file(*, user, kind: str, params: dict, fmt: str) -> tuple[str, bytes]:
    """Build a report file for a user, in their scope."""
    from accounts.models import Province

    scope = scope_for(user)
    f = filters_from(params)
    described = [("Scope", scope.label), *f.describe()]
    if kind == "donor":
        rows = [
            [
                r[k]
                for k in ("province", "sex", "organisation_type", "course", "enrolments", "completions", "certificates")
            ]
            for r in donor_rows(scope, f)
        ]
        return "donor-report", table_bytes(
            title="Donor report", filters=described, header=DONOR_HEADER, rows=rows, fmt=fmt
        )
    metric = kind if kind in METRICS else "enrolled"
    provinces = dict(Province.objects.values_list("pk", "name"))
    rows = drill_rows(drilldown(scope, f, metric, params.get("sort", "name")).iterator(chunk_size=1000), provinces)
    return metric, table_bytes(title=METRICS[metric], filters=described, header=DRILL_HEADER, rows=rows, fmt=fmt)


def export_request(*, user, kind: str, params: dict, fmt: str) -> ReportExport:
    export = ReportExport.objects.create(
        requested_by=user, name=f"{kind}.{fmt}", params={**params, "kind": kind, "fmt": fmt}
    )
    from .tasks import build_export

    transaction.on_commit(lambda: build_export.enqueue(export.pk))
    return export


def export_build(*, export_id: int) -> None:
    export = ReportExport.objects.select_related("requested_by").get(pk=export_id)
    params = dict(export.params)
    name, data = build_file(user=export.requested_by, kind=params.pop("kind"), params=params, fmt=params["fmt"])
    stored = export.file.storage.save(f"reports/exports/{slugify(name)}-{export.pk}.{params['fmt']}", ContentFile(data))
    ReportExport.objects.filter(pk=export.pk).update(file=stored, ready=True)
    send_mail(
        subject="[VSO Academy] Your report export is ready",
        message=f"Your export is ready:\n{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{reverse('reports_export_download', args=[export.pk])}",
        from_email=None,
        recipient_list=[export.requested_by.email],
    )


def monthly_reports_send(*, today: date | None = None) -> int:
    """E-mail each subscribed administrator last month's numbers for their scope, with a link."""
    today = today or timezone.localdate()
    first_this_month = today.replace(day=1)
    last_month_end = first_this_month - timedelta(days=1)
    f = Filters(start=last_month_end.replace(day=1), end=last_month_end)
    sent = 0
    for subscription in ReportSubscription.objects.filter(active=True).select_related("user"):
        try:
            scope = scope_for(subscription.user)
        except PermissionDenied:
            logger.info("Monthly report skipped for %s: no reporting role any more.", subscription.user)
            continue
        numbers = dashboard(scope, f)["totals"]
        link = (
            f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{reverse('reports_dashboard')}"
            f"?start={f.start.isoformat()}&end={f.end.isoformat()}"
        )
        lines = "\n".join(f"- {label}: {numbers.get(key, 0)}" for key, label in METRICS.items())
        send_mail(
            subject=f"[VSO Academy] Certification report for {f.start:%B %Y} ({scope.label})",
            message=f"{scope.label}, {f.start:%B %Y}:\n{lines}\n\nThe full dashboard (sign-in needed): {link}",
            from_email=None,
            recipient_list=[subscription.user.email],
        )
        ReportSubscription.objects.filter(pk=subscription.pk).update(last_sent_at=timezone.now())
        sent += 1
    return sent
