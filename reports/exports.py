"""CSV and XLSX files of report tables, with the filters written at the top."""

import csv
import io

from django.utils.functional import Promise
from openpyxl import Workbook
from openpyxl.styles import Font


def _plain(value):
    return str(value) if isinstance(value, Promise) else value  # lazy translations become text


def table_bytes(*, title: str, filters: list[tuple[str, str]], header: list[str], rows: list[list], fmt: str) -> bytes:
    filters = [(str(name), _plain(value)) for name, value in filters]
    rows = [[_plain(cell) for cell in row] for row in rows]
    if fmt == "xlsx":
        book = Workbook()
        sheet = book.active
        sheet.title = title[:31]
        sheet.append([title])
        sheet["A1"].font = Font(bold=True, size=13)
        for name, value in filters:
            sheet.append([name, value])
        sheet.append([])
        sheet.append(header)
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append(list(row))
        buffer = io.BytesIO()
        book.save(buffer)
        return buffer.getvalue()
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([title])
    for name, value in filters:
        writer.writerow([name, value])
    writer.writerow([])
    writer.writerow(header)
    writer.writerows(rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")  # the BOM lets Excel read Urdu names correctly


CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
