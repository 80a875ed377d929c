from django.core.management.base import BaseCommand

from reports.services import monthly_reports_send


class Command(BaseCommand):
    help = "E-mail last month's certification numbers to subscribed administrators (run on the 1st of each month)."

    def handle(self, *args, **options):
        self.stdout.write(f"Sent {monthly_reports_send()} report(s).")
