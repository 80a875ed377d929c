from django_tasks import task


@task()
def build_export(export_id: int) -> None:
    from . import services

    services.export_build(export_id=export_id)


@task()
def send_monthly_reports() -> int:
    from . import services

    return services.monthly_reports_send()
