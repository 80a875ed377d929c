from django.conf import settings
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from home.ratelimit import hit

from . import selectors
from .codes import normalise
from .models import PdfStatus

VERIFY_LIMIT = getattr(settings, "VERIFY_RATE_LIMIT_PER_MINUTE", 30)


def _limited(request):
    if hit(request, scope="verify", limit=VERIFY_LIMIT):
        return render(request, "429.html", status=429)
    return None


def verify_form(request):
    """Type a code from a certificate to check it."""
    if limited := _limited(request):
        return limited
    typed = request.GET.get("code", "").strip()
    if typed:
        code = normalise(typed)
        if code:
            return redirect("certificates:verify_code", code=code)
        return render(request, "certificates/verify.html", {"typed": typed, "not_found": True}, status=404)
    return render(request, "certificates/verify.html", {})


def verify_code(request, code):
    """What the QR code opens: the whole certificate and its status, for anyone."""
    if limited := _limited(request):
        return limited
    certificate = selectors.certificate_by_code(typed=code)
    if certificate is None:
        return render(request, "certificates/verify.html", {"typed": code, "not_found": True}, status=404)
    return render(request, "certificates/verify_result.html", {"certificate": certificate})


def verify_picture(request, code):
    if limited := _limited(request):
        return limited
    certificate = selectors.certificate_by_code(typed=code)
    if certificate is None or not certificate.preview:
        raise Http404
    return FileResponse(certificate.preview.open("rb"), content_type="image/png")


@never_cache
def certificate_pdf(request, code):
    """The PDF, for its owner and for staff allowed to see that learner; 404 for everyone else."""
    certificate = selectors.certificate_by_code(typed=code)
    if certificate is None or not selectors.user_can_view_certificate(user=request.user, certificate=certificate):
        raise Http404
    if certificate.pdf_status != PdfStatus.READY or not certificate.pdf:
        return render(
            request,
            "certificates/preparing.html",
            {
                "certificate": certificate,
                "message": _("Your certificate is being prepared. Please try again in a minute."),
            },
            status=202,
        )
    response = FileResponse(
        certificate.pdf.open("rb"),
        content_type="application/pdf",
        as_attachment=True,
        filename=f"VSO-Academy-certificate-{certificate.code}.pdf",
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response
