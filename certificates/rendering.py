"""Certificate PDFs with WeasyPrint, and a PNG picture of the first page.

Everything the document needs is inlined as data: URIs (QR code, logos,
signatures), and fonts come from the system (fontconfig). So the fetcher
refuses every other URL: nothing in a name or title can make the renderer
read a local file or reach the network.
"""

import base64
import io
import mimetypes

import segno
from django.template.loader import render_to_string
from django.utils import formats, translation
from weasyprint import HTML
from weasyprint.urls import URLFetcher

from .codes import display


class DataOnlyFetcher(URLFetcher):
    """Allow data: URIs only; record every other URL asked for, and refuse it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, allowed_protocols={"data"}, **kwargs)
        self.refused: list[str] = []

    def fetch(self, url, headers=None):
        if not url.startswith("data:"):
            self.refused.append(url)
            raise ValueError(f"Certificates load nothing from outside: {url[:80]}")
        return super().fetch(url, headers)


# One fetcher for the process: WeasyPrint builds an SSL context per fetcher.
_FETCHER = DataOnlyFetcher()


def image_data_uri(image) -> str:
    """A Wagtail image (or None) as a data: URI, read through storage (works on S3 too)."""
    if image is None:
        return ""
    try:
        with image.file.open("rb") as handle:
            data = handle.read()
    except (FileNotFoundError, OSError, ValueError):
        return ""
    mime = mimetypes.guess_type(image.file.name)[0] or "image/png"
    return f"data:{mime};base64,{base64.b64encode(data).decode()}"


def qr_data_uri(url: str) -> str:
    return segno.make(url, error="m").svg_data_uri(scale=4, border=1, dark="#1d2330")


def wording(design: dict, values: dict) -> str:
    """The template's wording with placeholders filled; unknown placeholders are left as written."""

    class Keep(dict):
        def __missing__(self, key):
            return "{" + key + "}"

    return design.get("wording", "").format_map(Keep(values))


def certificate_context(certificate, verify_url: str) -> dict:
    design = certificate.design
    with translation.override("en"):
        date = formats.date_format(certificate.issued_at, "j F Y")
    values = {
        "name": certificate.name_latin or certificate.name_urdu,
        "course": certificate.course_title,
        "date": date,
        "hours": f"{certificate.hours:g}",
        "score": f"{certificate.score:.0f}%" if certificate.score is not None else "",
        "cohort": certificate.cohort_name,
    }
    return {
        "c": certificate,
        "design": design,
        "wording": wording(design, values),
        "date": date,
        "code": display(certificate.code),
        "verify_url": verify_url,
        "qr": qr_data_uri(verify_url),
    }


def render_pdf(context: dict, fetcher: URLFetcher | None = None) -> bytes:
    html = render_to_string("certificates/certificate.html", context)
    return HTML(string=html, url_fetcher=fetcher or _FETCHER, base_url="data:,").write_pdf()


def render_png(pdf: bytes, width: int = 1200) -> bytes:
    """The first page as a PNG, for the verification page."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        page = document[0]
        scale = width / page.get_width()
        image = page.render(scale=scale).to_pil()
        buffer = io.BytesIO()
        image.convert("RGB").save(buffer, format="PNG", optimize=True)
        return buffer.getvalue()
    finally:
        document.close()
