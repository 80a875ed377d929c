from django_tasks import task


@task()
def render_certificate(certificate_id: int) -> str:
    """Render a certificate's PDF and picture; retried on failure, reported when it keeps failing."""
    from . import services

    return services.certificate_render(certificate_id=certificate_id)


@task()
def build_cohort_archive(archive_id: int) -> int:
    """Zip a cohort's certificate PDFs for its trainer."""
    from . import services

    return services.cohort_archive_build(archive_id=archive_id)


@task()
def send_expiry_reminders() -> int:
    from . import services

    return services.expiry_reminders_send()
