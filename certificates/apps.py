from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Certificates")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from courses.signals import course_completed

        from . import receivers

        # Completion is the courses app's event; issuing is ours.
        course_completed.connect(receivers.issue_on_completion, dispatch_uid="certificates_issue_on_completion")

        from courses import hooks

        if receivers.my_certificates_panel not in hooks.my_learning_panels:
            hooks.my_learning_panels.append(receivers.my_certificates_panel)
