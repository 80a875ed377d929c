"""Importing and exporting the question bank: GIFT and CSV, all or nothing, and a lossless round trip."""

from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from assessments import gift
from assessments.importing import ImportFailed, export_category_gift, import_csv, import_gift
from assessments.models import Question, QuestionCategory

pytestmark = pytest.mark.django_db


def conformance(name):
    for base in (
        Path(__file__).resolve().parents[2].parent / "shared/conformance/gift",
        Path("/work/shared/conformance/gift"),
    ):
        if (base / name).exists():
            return (base / name).read_text(encoding="utf-8")
    pytest.fail(
        "Moodle's GIFT conformance files are missing: expected ../shared/conformance/gift/ next to the project."
    )


@pytest.mark.parametrize("name", ["examples.gift.txt", "questions.gift.txt", "questions_in_category.gift.txt"])
def test_moodle_files_import_and_export_without_loss(name):
    text = conformance(name)
    parsed = gift.parse_gift(text).questions
    created = import_gift(text)
    assert len(created) == len(parsed)
    roots = QuestionCategory.objects.filter(parent__isnull=True).order_by("pk")
    exported = "".join(export_category_gift(root) for root in roots)
    again = gift.parse_gift(exported)
    assert again.errors == []

    def key(q):
        return (q.name, q.text)

    before = {key(q): q for q in parsed}
    after = {key(q): q for q in again.questions}
    assert before.keys() == after.keys()
    for k, q in before.items():
        r = after[k]
        assert (r.qtype, r.single, r.correct, r.general_feedback, r.true_feedback, r.false_feedback) == (
            q.qtype,
            q.single,
            q.correct,
            q.general_feedback,
            q.true_feedback,
            q.false_feedback,
        ), k
        assert [(a.text, round(a.fraction, 5), a.feedback, a.value, a.tolerance) for a in r.answers] == [
            (a.text, round(a.fraction, 5), a.feedback, a.value, a.tolerance) for a in q.answers
        ], k
        assert r.matches == q.matches


def test_a_bad_gift_file_imports_nothing_and_says_which_lines():
    text = "::Good:: Is PFA therapy? {FALSE}\n\n::Bad:: What now? {=listen ~talk\n"
    with pytest.raises(ImportFailed) as failure:
        import_gift(text)
    assert failure.value.errors[0].line == 3
    assert Question.objects.count() == 0


def test_csv_import_reports_each_bad_row_and_imports_nothing():
    text = (
        "type,category,name,question,correct,wrong,feedback\n"
        "truefalse,PFA,Q1,PFA is therapy,false,,\n"
        "multichoice,PFA,Q2,Pick one,,a|b,\n"
        "riddle,PFA,Q3,What?,x,,\n"
    )
    with pytest.raises(ImportFailed) as failure:
        import_csv(text)
    assert [e.line for e in failure.value.errors] == [3, 4]
    assert Question.objects.count() == 0


def test_csv_import_creates_questions_that_grade():
    text = (
        "type,category,name,question,correct,wrong,feedback\n"
        "multichoice,PFA,Q1,First step?,Look,Talk|Leave,Look first.\n"
        "numerical,PFA,Q2,Hours in three days?,72:1,,\n"
    )
    created = import_csv(text)
    assert [q.qtype for q in created] == ["multichoice", "numerical"]
    assert created[0].category.name == "PFA"


def test_import_command_reports_lines_and_fails(tmp_path):
    bad = tmp_path / "bad.gift"
    bad.write_text("::Q:: Broken {=a ~b\n", encoding="utf-8")
    with pytest.raises(CommandError, match="Nothing imported"):
        call_command("import_questions", str(bad), "--format", "gift")
    good = tmp_path / "good.gift"
    good.write_text("::Q:: PFA is practical support. {TRUE}\n", encoding="utf-8")
    call_command("import_questions", str(good), "--format", "gift", "--category", "Imported/PFA")
    assert Question.objects.get().category.name == "PFA"


def test_admin_upload_form_shows_line_numbered_errors(client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from accounts.roles import Role
    from tests.factories import UserFactory, give_totp, make_role

    trainer = make_role(UserFactory(), Role.TRAINER)
    give_totp(trainer)
    client.force_login(trainer)
    upload = SimpleUploadedFile("q.gift", b"::Q:: Broken {=a ~b\n", "text/plain")
    response = client.post(reverse("assessments_import"), {"file": upload, "format": "gift"})
    assert response.status_code == 400
    assert "Line 1" in response.content.decode() and "Nothing was imported" in response.content.decode()
