"""Wagtail admin pages for certificates: list, revoke, issue by hand, retry a render, preview a template, cohort ZIP."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.selectors import limited_to_province
from courses.models import Cohort
from courses.selectors import courses_for_trainer

from . import rendering, selectors, services
from .forms import ManualIssueForm, RevokeForm
from .models import Certificate, CertificateTemplate, CohortArchive


def _visible(user):
    queryset = Certificate.objects.select_related("user__learner_profile__province", "revocation").order_by(
        "-issued_at"
    )
    if user.is_superuser or user.has_perm("accounts.view_all_reports"):
        return queryset
    if (province_id := limited_to_province(user=user)) is not None:
        return queryset.filter(user__learner_profile__province_id=province_id)
    return queryset.filter(course__in=courses_for_trainer(user=user))


def certificate_index(request):
    if not request.user.has_perm("certificates.view_certificate"):
        raise PermissionDenied
    queryset = _visible(request.user)
    q = request.GET.get("q", "").strip()
    if q:
        queryset = queryset.filter(code__icontains=q.replace("-", "").upper()) | queryset.filter(
            user__email__icontains=q
        )
    page = Paginator(queryset, 50).get_page(request.GET.get("p"))
    return TemplateResponse(
        request, "certificates/admin/index.html", {"page_obj": page, "q": q, "page_title": _("Certificates")}
    )


def certificate_detail(request, pk):
    certificate = get_object_or_404(_visible(request.user), pk=pk)
    can_manage = selectors.user_can_manage_certificate(user=request.user, certificate=certificate)
    form = RevokeForm(request.POST or None)
    if request.method == "POST":
        if not can_manage:
            raise PermissionDenied
        if request.POST.get("action") == "retry":
            services.render_retry(certificate=certificate, actor=request.user)
            messages.success(request, _("The PDF is being prepared again."))
            return redirect("certificates_detail", pk=pk)
        if form.is_valid():
            try:
                services.certificate_revoke(certificate=certificate, actor=request.user, **form.cleaned_data)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("Certificate revoked. The verification page now says so."))
                return redirect("certificates_detail", pk=pk)
    return TemplateResponse(
        request,
        "certificates/admin/detail.html",
        {"c": certificate, "form": form, "can_manage": can_manage, "page_title": certificate.display_code},
        status=400 if form.errors else 200,
    )


def certificate_issue_manual(request):
    if not request.user.has_perm("certificates.view_certificate") or not request.user.has_perm(
        "wagtailadmin.access_admin"
    ):
        raise PermissionDenied
    courses = courses_for_trainer(user=request.user)
    form = ManualIssueForm(request.POST or None, courses=courses)
    if request.method == "POST" and form.is_valid():
        user = get_user_model().objects.filter(email__iexact=form.cleaned_data["email"]).first()
        if user is None:
            form.add_error("email", _("No account uses this e-mail address. Ask the person to sign up first."))
        else:
            try:
                certificate = services.certificate_issue_manual(
                    actor=request.user,
                    user=user,
                    course=form.cleaned_data["course"].specific,
                    reason=form.cleaned_data["reason"],
                )
            except (ValidationError, PermissionDenied) as error:
                form.add_error(None, " ".join(getattr(error, "messages", [str(error)])))
            else:
                messages.success(request, _("Certificate %(code)s issued.") % {"code": certificate.display_code})
                return redirect("certificates_detail", pk=certificate.pk)
    return TemplateResponse(
        request,
        "certificates/admin/issue.html",
        {"form": form, "page_title": _("Issue a certificate by hand")},
        status=400 if form.errors else 200,
    )


def template_preview(request, pk):
    """A live PDF of a template with sample data, Urdu name included."""
    template = get_object_or_404(CertificateTemplate, pk=pk)
    if not request.user.has_perm("wagtailadmin.access_admin"):
        raise PermissionDenied
    sample = Certificate(
        code="SAMPLE0000000",
        name_latin="Ayesha Khan",
        name_urdu="عائشہ خان",
        course_title="Trauma-Informed Practice and Psychological First Aid",
        hours=2,
        score=92,
        cohort_name="Islamabad workshop, February 2025",
        issued_at=timezone.now(),
        design=services.design_of(template),
    )
    pdf = rendering.render_pdf(rendering.certificate_context(sample, "https://vso-academy.example/verify/SAMPLE/"))
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = 'inline; filename="preview.pdf"'
    return response


def cohort_archive(request, cohort_id):
    cohort = get_object_or_404(Cohort, pk=cohort_id)
    if request.method != "POST":
        raise Http404
    try:
        services.cohort_archive_request(cohort=cohort, actor=request.user)
    except PermissionDenied:
        raise
    messages.success(request, _("The ZIP file is being built; we will e-mail you a link when it is ready."))
    return redirect("courses_cohort_learners", cohort_id=cohort.pk)


def archive_download(request, pk):
    archive = get_object_or_404(CohortArchive, pk=pk, requested_by=request.user)
    if not archive.ready:
        messages.info(request, _("The ZIP file is still being built. Please try again shortly."))
        return redirect("courses_cohort_learners", cohort_id=archive.cohort_id)
    return FileResponse(archive.file.open("rb"), as_attachment=True, filename=f"certificates-{archive.cohort_id}.zip")
