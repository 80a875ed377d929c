from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet

from .models import CertificateTemplate


class CertificateTemplateViewSet(ModelViewSet):
    model = CertificateTemplate
    icon = "doc-full"
    menu_label = _("Certificate templates")
    add_to_admin_menu = False
    list_display = ["name", "course", "version", "updated_at", "preview_link"]
    inspect_view_enabled = False


template_viewset = CertificateTemplateViewSet("certificate_templates")
