from django.db import transaction


def issue_on_completion(sender, enrollment, **kwargs):
    """A completed course earns its certificate, once."""
    from . import services

    certificate = services.certificate_issue(enrollment=enrollment)
    transaction.on_commit(lambda: services.render_enqueue(certificate_id=certificate.pk))


def my_certificates_panel(user):
    """The learner's certificates on "My learning"."""
    from .selectors import certificates_for_user

    certificates = list(certificates_for_user(user=user))
    return ("certificates/my_certificates.html", {"certificates": certificates}) if certificates else None
