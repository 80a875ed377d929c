"""Questions frozen into attempts, what the learner may see of them, and how answers are marked.

A snapshot is the question exactly as an attempt showed it (options already
shuffled). `public_view` is the only part of a snapshot that templates get
before the review rule allows more: it carries no fraction, feedback or
correct answer.
"""

import random
import re
from decimal import Decimal

from django.utils.html import escape, linebreaks
from django.utils.translation import gettext as _

from .models import QuestionType


def _fraction(credit) -> float:
    return float(Decimal(str(credit)) / 100)


def text_as_html(text: str, text_format: str) -> str:
    """Question text as HTML: plain and markdown text is escaped; HTML is cleaned when rendered."""
    if text_format in ("plain", "markdown") or "<" not in text:
        return linebreaks(escape(text)) if text_format in ("plain", "markdown") else linebreaks(text)
    return text


def snapshot_question(question, rng: random.Random) -> dict:
    """Freeze a question for one attempt, shuffling options with the attempt's random generator."""
    snap = {
        "qtype": question.qtype,
        "name": question.name,
        "text": text_as_html(str(question.text), question.text_format),
        "scenario": {"title": question.scenario.title, "text": str(question.scenario.text)}
        if question.scenario
        else None,
        "general_feedback": question.general_feedback,
        "single": question.single,
        "case_sensitive": question.case_sensitive,
    }
    blocks = list(question.answers)
    if question.qtype in (QuestionType.MULTICHOICE, QuestionType.SHORTANSWER):
        options = [
            {
                "id": b.id,
                "text": b.value["text"],
                "fraction": _fraction(b.value["credit"]),
                "feedback": b.value["feedback"],
            }
            for b in blocks
            if b.block_type == "choice"
        ]
        if question.qtype == QuestionType.MULTICHOICE and question.shuffle_answers:
            rng.shuffle(options)
        snap["options"] = options
    elif question.qtype == QuestionType.NUMERICAL:
        snap["numbers"] = [
            {
                "value": b.value["value"],
                "tolerance": b.value["tolerance"] or 0,
                "fraction": _fraction(b.value["credit"]),
                "feedback": b.value["feedback"],
            }
            for b in blocks
            if b.block_type == "number"
        ]
    elif question.qtype == QuestionType.MATCHING:
        pairs = [
            {"id": b.id, "prompt": b.value["prompt"], "answer": b.value["answer"]}
            for b in blocks
            if b.block_type == "pair"
        ]
        choices = sorted({p["answer"] for p in pairs})
        rng.shuffle(choices)
        if question.shuffle_answers:
            rng.shuffle(pairs)
        snap["pairs"] = pairs
        snap["choices"] = choices
    elif question.qtype == QuestionType.TRUEFALSE:
        snap["tf"] = {
            "correct": bool(question.tf_correct),
            "true_feedback": question.true_feedback,
            "false_feedback": question.false_feedback,
        }
    return snap


def public_view(snap: dict) -> dict:
    """What the learner's browser may receive while answering: no marks, feedback or correct answers."""
    view = {
        "qtype": snap["qtype"],
        "text": snap["text"],
        "scenario": snap.get("scenario"),
        "single": snap.get("single", True),
    }
    if snap["qtype"] == QuestionType.MULTICHOICE:
        view["options"] = [{"id": o["id"], "text": o["text"]} for o in snap["options"]]
    elif snap["qtype"] == QuestionType.MATCHING:
        view["pairs"] = [{"id": p["id"], "prompt": p["prompt"]} for p in snap["pairs"]]
        view["choices"] = list(snap["choices"])
    return view


def _wildcard_match(pattern: str, text: str, case_sensitive: bool) -> bool:
    regex = "^" + ".*".join(re.escape(part) for part in pattern.strip().split("*")) + "$"
    flags = 0 if case_sensitive else re.IGNORECASE
    return re.match(regex, " ".join(text.split()), flags) is not None


def parse_number(text: str) -> float | None:
    """Read a learner's number, accepting a decimal comma (2,5) or thousands separators (1,000)."""
    text = (text or "").strip().replace(" ", "")
    text = text.replace(",", ".") if text.count(",") == 1 and "." not in text else text.replace(",", "")
    try:
        return float(text)
    except ValueError:
        return None


def _number_matches(answer: dict, number: float) -> bool:
    """An answer with no value is Moodle's "any other answer"."""
    if answer["value"] is None:
        return True
    return abs(number - answer["value"]) <= (answer["tolerance"] or 0) + 1e-9


def grade(snap: dict, response: dict | None) -> float | None:
    """The fraction of the mark (0 to 1) an answer earns; None when a trainer must mark it."""
    qtype = snap["qtype"]
    response = response or {}
    if qtype == QuestionType.ESSAY:
        return None
    if qtype == QuestionType.DESCRIPTION:
        return 0.0
    if qtype == QuestionType.MULTICHOICE:
        by_id = {o["id"]: o["fraction"] for o in snap["options"]}
        if snap.get("single", True):
            total = by_id.get(response.get("choice"), 0.0)
        else:
            chosen = {c for c in response.get("choices", []) if c in by_id}
            total = sum(by_id[c] for c in chosen)
        return min(1.0, max(0.0, total))
    if qtype == QuestionType.TRUEFALSE:
        value = response.get("value")
        return 1.0 if value is not None and bool(value) == snap["tf"]["correct"] else 0.0
    if qtype == QuestionType.SHORTANSWER:
        text = response.get("text", "")
        if not text.strip():
            return 0.0
        fractions = [
            o["fraction"]
            for o in snap["options"]
            if _wildcard_match(o["text"], text, snap.get("case_sensitive", False))
        ]
        return min(1.0, max([0.0, *fractions]))
    if qtype == QuestionType.NUMERICAL:
        number = parse_number(response.get("text", ""))
        if number is None:
            return 0.0
        fractions = [n["fraction"] for n in snap["numbers"] if _number_matches(n, number)]
        return min(1.0, max([0.0, *fractions]))
    if qtype == QuestionType.MATCHING:
        matches = response.get("matches", {})
        pairs = snap["pairs"]
        if not pairs:
            return 0.0
        right = sum(1 for p in pairs if matches.get(p["id"]) == p["answer"])
        return right / len(pairs)
    return 0.0


def feedback_for(snap: dict, response: dict | None) -> list[str]:
    """Per-answer feedback the learner earned, for the review page."""
    response = response or {}
    qtype = snap["qtype"]
    notes: list[str] = []
    if qtype == QuestionType.MULTICHOICE:
        chosen = {response.get("choice")} if snap.get("single", True) else set(response.get("choices", []))
        notes = [o["feedback"] for o in snap["options"] if o["id"] in chosen and o["feedback"]]
    elif qtype == QuestionType.TRUEFALSE and response.get("value") is not None:
        notes = [snap["tf"]["true_feedback"] if response["value"] else snap["tf"]["false_feedback"]]
    elif qtype == QuestionType.SHORTANSWER:
        text = response.get("text", "")
        match = next(
            (o for o in snap["options"] if _wildcard_match(o["text"], text, snap.get("case_sensitive", False))), None
        )
        notes = [match["feedback"]] if match and match["feedback"] else []
    elif qtype == QuestionType.NUMERICAL:
        number = parse_number(response.get("text", ""))
        match = next(
            (n for n in snap["numbers"] if number is not None and abs(number - n["value"]) <= n["tolerance"]), None
        )
        notes = [match["feedback"]] if match and match["feedback"] else []
    return [n for n in notes if n]


def correct_answer_text(snap: dict) -> str:
    """A plain statement of the right answer, for the review page."""
    qtype = snap["qtype"]
    if qtype == QuestionType.MULTICHOICE:
        return "; ".join(o["text"] for o in snap["options"] if o["fraction"] > 0)
    if qtype == QuestionType.TRUEFALSE:
        return _("True") if snap["tf"]["correct"] else _("False")
    if qtype == QuestionType.SHORTANSWER:
        best = [o["text"] for o in snap["options"] if o["fraction"] >= 1]
        return " / ".join(best or [o["text"] for o in snap["options"] if o["fraction"] > 0])
    if qtype == QuestionType.NUMERICAL:
        return "; ".join(
            f"{n['value']:g}" + (f" ± {n['tolerance']:g}" if n["tolerance"] else "")
            for n in snap["numbers"]
            if n["fraction"] >= 1
        )
    if qtype == QuestionType.MATCHING:
        return "; ".join(f"{p['prompt']} → {p['answer']}" for p in snap["pairs"])
    return ""


def validate_question(question) -> dict[str, str]:
    """Errors that would make a question unfair or unanswerable, by field."""
    errors: dict[str, str] = {}
    blocks = list(question.answers)
    kinds = {b.block_type for b in blocks}
    choices = [b.value for b in blocks if b.block_type == "choice"]
    qtype = question.qtype
    if qtype == QuestionType.MULTICHOICE:
        if len(choices) < 2 or kinds - {"choice"}:
            errors["answers"] = _("A multiple-choice question needs at least two answers (and only answers).")
        elif question.single and not any(Decimal(str(c["credit"])) == 100 for c in choices):
            errors["answers"] = _("Give one answer 100% credit, or untick “one answer only”.")
        elif not question.single and sum(max(Decimal(str(c["credit"])), 0) for c in choices) < 100:
            errors["answers"] = _("The credits of the correct answers should add up to at least 100%.")
    elif qtype == QuestionType.SHORTANSWER:
        if not choices or kinds - {"choice"} or not any(Decimal(str(c["credit"])) > 0 for c in choices):
            errors["answers"] = _("Add at least one accepted answer with credit above 0%.")
    elif qtype == QuestionType.NUMERICAL:
        if kinds != {"number"}:
            errors["answers"] = _("Add at least one number (and only numbers).")
    elif qtype == QuestionType.MATCHING:
        if kinds != {"pair"} or len(blocks) < 2:
            errors["answers"] = _("Add at least two matching pairs (and only pairs).")
    elif qtype == QuestionType.TRUEFALSE:
        if question.tf_correct is None:
            errors["tf_correct"] = _("Say whether the statement is true or false.")
    elif blocks:
        errors["answers"] = _("Essay and description questions have no answers to set.")
    return errors
