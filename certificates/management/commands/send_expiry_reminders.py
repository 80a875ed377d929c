from django.core.management.base import BaseCommand

from certificates.services import expiry_reminders_send


class Command(BaseCommand):
    help = "E-mail learners whose certificates expire within the next N days (once per certificate)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=60)

    def handle(self, *args, days, **options):
        self.stdout.write(f"Sent {expiry_reminders_send(days=days)} reminder(s).")
