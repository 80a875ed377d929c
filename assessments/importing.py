"""Import questions from GIFT or CSV, and export a category back to GIFT.

A file is checked whole first: any error (with its line number) means
nothing is imported.
"""

import csv
import io
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.utils.html import escape
from django.utils.translation import gettext as _

from . import gift
from .models import Question, QuestionCategory, QuestionType

CATEGORY_PREFIXES = ("$course$/", "$system$/", "$module$/", "$cat1$/")


@dataclass
class ImportError_:
    line: int
    message: str

    def __str__(self):
        return _("Line %(line)s: %(message)s") % {"line": self.line, "message": self.message}


class ImportFailed(Exception):
    def __init__(self, errors: list[ImportError_]):
        super().__init__("; ".join(str(e) for e in errors))
        self.errors = errors


def _category_names(path: str | None) -> list[str]:
    """Moodle's "$course$/top/A/B" becomes ["A", "B"]; "top" is Moodle's implicit root."""
    if not path:
        return []
    path = path.strip()
    for prefix in CATEGORY_PREFIXES:
        if path.startswith(prefix):
            path = path[len(prefix) :]
    parts = [p.strip() for p in path.replace("//", "\x00").split("/")]
    parts = [p.replace("\x00", "/") for p in parts if p]
    if parts and parts[0] == "top":
        parts = parts[1:]
    return parts


def category_for_path(names: list[str], default: QuestionCategory | None) -> QuestionCategory:
    if not names:
        return default or QuestionCategory.objects.get_or_create(name="Imported", parent=None)[0]
    parent = None
    for name in names:
        parent, _created = QuestionCategory.objects.get_or_create(name=name[:120], parent=parent)
    return parent


def category_path(category: QuestionCategory) -> str:
    names = []
    node = category
    while node is not None:
        names.append(node.name.replace("/", "//"))
        node = node.parent
    return "$course$/top/" + "/".join(reversed(names))


def _credit(fraction: float) -> Decimal:
    return (Decimal(str(fraction)) * 100).quantize(Decimal("0.00001"))


def question_from_gift(parsed: gift.GiftQuestion, category: QuestionCategory, actor=None) -> Question:
    """A Question (saved) meaning what Moodle takes the GIFT question to mean."""
    answers: list = []
    if parsed.qtype in (QuestionType.MULTICHOICE, QuestionType.SHORTANSWER):
        answers = [
            ("choice", {"text": a.text, "credit": _credit(a.fraction), "feedback": a.feedback}) for a in parsed.answers
        ]
    elif parsed.qtype == QuestionType.NUMERICAL:
        answers = [
            (
                "number",
                {
                    "value": a.value,
                    "tolerance": a.tolerance or 0.0,
                    "credit": _credit(a.fraction),
                    "feedback": a.feedback,
                },
            )
            for a in parsed.answers
        ]
    elif parsed.qtype == QuestionType.MATCHING:
        answers = [("pair", {"prompt": m.question, "answer": m.answer}) for m in parsed.matches]
    question = Question(
        category=category,
        name=(parsed.name or parsed.text[:60] or "Question")[:255],
        qtype=parsed.qtype,
        text=parsed.text,
        text_format=parsed.text_format,
        answers=answers,
        single=parsed.single,
        tf_correct=parsed.correct if parsed.qtype == QuestionType.TRUEFALSE else None,
        true_feedback=parsed.true_feedback,
        false_feedback=parsed.false_feedback,
        general_feedback=parsed.general_feedback,
        idnumber=parsed.idnumber[:100],
        created_by=actor,
    )
    question.save()
    if parsed.tags:
        question.tags.add(*parsed.tags)
        question.save()
    return question


def import_gift(text: str, *, default_category: QuestionCategory | None = None, actor=None) -> list[Question]:
    """Import every question of a GIFT file, or none if any has an error."""
    parsed = gift.parse_gift(text)
    if parsed.errors:
        raise ImportFailed([ImportError_(e.line, e.message) for e in parsed.errors])
    if not parsed.questions:
        raise ImportFailed([ImportError_(1, _("The file has no questions. Check that it is a GIFT file."))])
    with transaction.atomic():
        created = []
        for q in parsed.questions:
            names = _category_names(q.category)
            category = category_for_path(names, default_category)
            created.append(question_from_gift(q, category, actor))
        return created


def question_to_gift(question: Question) -> gift.GiftQuestion:
    answers, matches = [], []
    for block in question.answers:
        v = block.value
        if block.block_type == "choice":
            answers.append(
                gift.GiftAnswer(text=v["text"], fraction=float(Decimal(str(v["credit"])) / 100), feedback=v["feedback"])
            )
        elif block.block_type == "number":
            wildcard = v["value"] is None  # Moodle's "any other answer"
            answers.append(
                gift.GiftAnswer(
                    text="*" if wildcard else "",
                    fraction=float(Decimal(str(v["credit"])) / 100),
                    feedback=v["feedback"],
                    value=v["value"],
                    tolerance=None if wildcard else v["tolerance"],
                )
            )
        elif block.block_type == "pair":
            matches.append(gift.GiftMatch(question=v["prompt"], answer=v["answer"]))
    return gift.GiftQuestion(
        line=0,
        qtype=question.qtype,
        text=str(question.text),
        name=question.name,
        text_format=question.text_format,
        category=category_path(question.category),
        single=question.single,
        answers=answers,
        matches=matches,
        correct=question.tf_correct if question.qtype == QuestionType.TRUEFALSE else None,
        true_feedback=question.true_feedback,
        false_feedback=question.false_feedback,
        general_feedback=question.general_feedback,
        idnumber=question.idnumber,
        tags=sorted(question.tags.names()),
    )


def export_category_gift(category: QuestionCategory) -> str:
    """All questions of a category and its sub-categories, as GIFT."""
    ids, frontier = [category.pk], [category.pk]
    while frontier:
        frontier = list(QuestionCategory.objects.filter(parent_id__in=frontier).values_list("pk", flat=True))
        ids += frontier
    questions = (
        Question.objects.filter(category_id__in=ids)
        .select_related("category__parent")
        .prefetch_related("tags")
        .order_by("category_id", "pk")
    )
    return gift.export_gift([question_to_gift(q) for q in questions])


CSV_COLUMNS = ["type", "category", "name", "question", "correct", "wrong", "feedback"]


def import_csv(text: str, *, default_category: QuestionCategory | None = None, actor=None) -> list[Question]:
    """Import the simple spreadsheet format; see README for its columns."""
    rows = list(csv.DictReader(io.StringIO(text)))
    header = [h.strip().lower() for h in (csv.reader(io.StringIO(text)).__next__() if text.strip() else [])]
    missing = [c for c in ("type", "question", "correct") if c not in header]
    if missing:
        raise ImportFailed(
            [
                ImportError_(
                    1, _("The first row must name the columns; missing: %(cols)s.") % {"cols": ", ".join(missing)}
                )
            ]
        )
    errors, prepared = [], []
    for number, raw in enumerate(rows, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items()}
        if not any(row.values()):
            continue
        qtype = row.get("type", "").lower()
        text = row.get("question", "")
        correct = [c.strip() for c in row.get("correct", "").split("|") if c.strip()]
        wrong = [w.strip() for w in row.get("wrong", "").split("|") if w.strip()]
        parsed = gift.GiftQuestion(
            line=number, qtype=qtype, text=escape(text), name=row.get("name", "")[:255], text_format="html"
        )
        parsed.general_feedback = row.get("feedback", "")
        parsed.category = row.get("category") or None
        if not text:
            errors.append(ImportError_(number, _("The question text is empty.")))
            continue
        if qtype == "multichoice":
            if not correct or not wrong:
                errors.append(
                    ImportError_(number, _("Give at least one correct and one wrong option (separate several with |)."))
                )
                continue
            parsed.single = len(correct) == 1
            share = 1.0 / len(correct)
            parsed.answers = [gift.GiftAnswer(text=c, fraction=share) for c in correct] + [
                gift.GiftAnswer(text=w, fraction=0.0 if parsed.single else -share) for w in wrong
            ]
        elif qtype == "truefalse":
            value = correct[0].lower() if correct else ""
            if value not in ("true", "false", "t", "f"):
                errors.append(ImportError_(number, _("For true/false, write true or false in the correct column.")))
                continue
            parsed.correct = value.startswith("t")
        elif qtype == "shortanswer":
            if not correct:
                errors.append(ImportError_(number, _("Give at least one accepted answer in the correct column.")))
                continue
            parsed.answers = [gift.GiftAnswer(text=c, fraction=1.0) for c in correct]
        elif qtype == "numerical":
            try:
                value, _sep, tolerance = correct[0].replace("±", ":").partition(":")
                parsed.answers = [gift.GiftAnswer(value=float(value), tolerance=float(tolerance or 0), fraction=1.0)]
            except (IndexError, ValueError):
                errors.append(
                    ImportError_(number, _("For numerical, write a number, optionally with :tolerance, e.g. 72:2."))
                )
                continue
        elif qtype == "essay":
            pass
        else:
            errors.append(
                ImportError_(
                    number,
                    _("Unknown type “%(type)s”: use multichoice, truefalse, shortanswer, numerical or essay.")
                    % {"type": qtype},
                )
            )
            continue
        prepared.append(parsed)
    if errors:
        raise ImportFailed(errors)
    if not prepared:
        raise ImportFailed([ImportError_(2, _("The file has no questions under its header row."))])
    with transaction.atomic():
        return [
            question_from_gift(p, category_for_path([p.category] if p.category else [], default_category), actor)
            for p in prepared
        ]
