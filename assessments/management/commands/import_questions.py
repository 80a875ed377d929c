from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from assessments.importing import ImportFailed, category_for_path, import_csv, import_gift


class Command(BaseCommand):
    help = "Import questions from a GIFT or CSV file: all of them, or none if any line has an error."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--format", choices=["gift", "csv"], default="gift")
        parser.add_argument("--category", help="Category for questions without a $CATEGORY line (created if missing).")

    def handle(self, *args, file, format, category, **options):
        try:
            text = file.read_text(encoding="utf-8-sig")
        except FileNotFoundError as error:
            raise CommandError(f"No such file: {file}") from error
        except UnicodeDecodeError as error:
            raise CommandError(f"{file} is not UTF-8 text. Save it as UTF-8 and try again.") from error
        default = category_for_path([p for p in category.split("/") if p], None) if category else None
        importer = import_gift if format == "gift" else import_csv
        try:
            created = importer(text, default_category=default)
        except ImportFailed as failure:
            for error in failure.errors:
                self.stderr.write(f"{file}:{error.line}: {error.message}")
            raise CommandError(f"Nothing imported: {len(failure.errors)} error(s) in {file}.") from failure
        self.stdout.write(self.style.SUCCESS(f"Imported {len(created)} questions from {file}."))
