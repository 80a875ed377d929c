"""Read and write Moodle's GIFT quiz format.

Moodle's importer (question/format/gift/format.php with qformat_default in
question/format.php) defines what a GIFT file means, so the parser follows it
step by step: blank lines separate questions, "//" lines are comments, escapes
are hidden before anything else is looked at, the first "{" and the first "}"
delimit the answer block, and the question type is decided from the block's
text in Moodle's order. Where Moodle would silently import nonsense (a brace
left open, a weight of 150%, a multiple-answer question nobody can get full
marks on) this module reports an error instead; the caller imports nothing
from a file with errors.

Standard library only: no Django here, so it can be used and tested anywhere.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

FORMATS = ("moodle", "html", "plain", "markdown")
# Moodle's get_string('questionname', 'question'), used when the text gives no name.
DEFAULT_NAME = "Question name"

# Moodle trims with PHP's trim(), which strips only these characters. Python's
# str.strip() would also eat Unicode spaces that belong to the text.
_WS = " \t\n\r\0\x0b"


def _trim(text: str) -> str:
    return text.strip(_WS)


@dataclass
class GiftAnswer:
    text: str = ""  # numerical: "" for a number, "*" for the catch-all "any other answer"
    fraction: float = 0.0
    feedback: str = ""
    value: float | None = None  # numerical only; None for the "*" catch-all
    tolerance: float | None = None  # numerical only; None for the "*" catch-all


@dataclass
class GiftMatch:
    question: str
    answer: str


@dataclass
class GiftQuestion:
    line: int
    qtype: str
    text: str
    name: str = ""
    text_format: str = "moodle"
    category: str | None = None
    single: bool = True
    answers: list[GiftAnswer] = field(default_factory=list)
    matches: list[GiftMatch] = field(default_factory=list)
    correct: bool | None = None
    true_feedback: str = ""
    false_feedback: str = ""
    general_feedback: str = ""
    idnumber: str = ""
    tags: list[str] = field(default_factory=list)


@dataclass
class GiftError:
    line: int
    message: str


@dataclass
class GiftFile:
    questions: list[GiftQuestion]
    errors: list[GiftError]


class _Malformed(Exception):
    """A question Moodle would reject or misread; args are (line, message)."""


# --- Escapes ---------------------------------------------------------------
# Moodle swaps escaped control characters for placeholders before parsing and
# back afterwards. Lone surrogates serve as placeholders here: decoded text
# never contains them, so they cannot collide with real content (Moodle's
# "&&058;"-style placeholders can).
_ESCAPABLE = ":#={}~n"
_HIDE = {c: chr(0xD800 + i) for i, c in enumerate(_ESCAPABLE)}
_SHOW = str.maketrans({v: ("\n" if k == "n" else k) for k, v in _HIDE.items()})
_ESCAPE_RE = re.compile(r"\\([\\:#={}~n])")
# "\\" is read first, so "\\:" is a backslash followed by a live colon, as in Moodle.
_WRITE_ESCAPES = str.maketrans({c: "\\" + c for c in "\\#=~{}:"} | {"\n": "\\n"})


def _hide_escapes(text: str) -> str:
    return _ESCAPE_RE.sub(lambda m: "\\" if m[1] == "\\" else _HIDE[m[1]], text)


def _show(text: str) -> str:
    return text.translate(_SHOW)


def _escape(text: str) -> str:
    # GIFT has no escape for a carriage return; Moodle drops it, we keep the line break.
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_WRITE_ESCAPES)


_FORMAT_RE = re.compile(r"\[(moodle|html|plain|markdown)\]")


def _text_with_format(raw: str, default: str) -> tuple[str, str]:
    """Moodle's parse_text_with_format: an optional leading [format] tag, then the text."""
    fmt = default
    m = _FORMAT_RE.match(raw)
    if m:
        fmt, raw = m[1], raw[m.end() :]
    return _trim(_show(raw)), fmt


# --- Names, idnumber and tags ----------------------------------------------
_ENTITY_OR_CHAR = re.compile(r"&[0-9a-z]{2,8};|&#[0-9]{1,7};|&#x[0-9a-f]{1,6};|.", re.I | re.S)
_TAG_RE = re.compile(r"<(?!\s)[^>]*(?:>|$)")


def _default_name(text: str) -> str:
    """Moodle's create_default_question_name: shorten_text(text, 80), tags stripped."""
    ideal = 80
    if len(re.sub(r"<.*?>", "", text)) > ideal:
        # Count only visible characters (an entity counts as one), keeping 3 for "...".
        total, parts = 3, []
        for m in re.finditer(r"(<.+?>)?([^<>]*)", text, re.S):
            parts.append(m[1] or "")
            units = _ENTITY_OR_CHAR.findall(m[2])
            if total + len(units) > ideal:
                parts.append("".join(units[: ideal - total]))
                break
            parts.append(m[2])
            total += len(units)
            if total >= ideal:
                break
        cut = "".join(parts)
        # Do not cut a word in half: go back to a space or full stop, or to any
        # wide (CJK-like) character, after which Moodle allows a break.
        for k in range(len(cut) - 1, 0, -1):
            if cut[k] in " ." or ord(cut[k]) >= 0x800:
                cut = cut[: k + 1]
                break
        text = cut + "..."
    return _trim(_TAG_RE.sub("", text)) or DEFAULT_NAME


# Moodle reads "[id:...]" and "[tag:...]" from the question's comment lines; "\]" escapes "]".
_ID_RE = re.compile(r"\[id:((?:\\\]|[^\]\x00-\x1f\x7f])+)\]")
_TAGS_RE = re.compile(r"\[tag:((?:\\\]|[^\]<>`\x00-\x1f\x7f])*)\]")


def _idnumber_and_tags(comments: str) -> tuple[str, list[str]]:
    m = _ID_RE.search(comments)
    idnumber = _trim(m[1]).replace("\\]", "]") if m else ""
    tags = [_trim(t).replace("\\]", "]") for t in _TAGS_RE.findall(comments)]
    return idnumber, [t for t in tags if t]


# --- Reading ------------------------------------------------------------------
def parse_gift(text: str) -> GiftFile:
    """Read a GIFT file. Questions come back in file order; errors name the line at fault."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    questions: list[GiftQuestion] = []
    errors: list[GiftError] = []
    category: str | None = None
    block: list[tuple[int, str]] = []
    # Moodle trims every line and treats a line that is then empty as a separator.
    for number, raw in enumerate([*text.split("\n"), ""], start=1):
        line = _trim(raw)
        if line:
            block.append((number, line))
        elif block:
            try:
                category = _read_block(block, category, questions)
            except _Malformed as exc:
                errors.append(GiftError(*exc.args))
            block = []
    return GiftFile(questions, errors)


def _read_block(block: list[tuple[int, str]], category: str | None, out: list[GiftQuestion]) -> str | None:
    """Read one blank-line-separated block; return the category in force after it."""
    comments = "\n".join(line for _, line in block if line.startswith("//"))
    # Comment lines become blank, so positions in the text still map to file lines.
    joined = "\n".join(" " if line.startswith("//") else line for _, line in block)
    s = _hide_escapes(joined)
    start = len(s) - len(s.lstrip(_WS))
    if start == len(s):
        return category  # only comments

    def line_of(pos: int) -> int:
        return block[0][0] + s.count("\n", 0, pos)

    if s.startswith("$CATEGORY:", start):
        value = _trim(_trim(joined)[len("$CATEGORY:") :])
        if "\n" in value:
            raise _Malformed(
                line_of(start),
                f"The $CATEGORY line on line {line_of(start)} is followed directly by more text: "
                "put a blank line after it so the next question is read as a question.",
            )
        return value

    question = _read_question(s, start, line_of, comments)
    question.line = line_of(start)
    question.category = category
    out.append(question)
    return category


def _read_question(s: str, pos: int, line_of, comments: str) -> GiftQuestion:
    qline = line_of(pos)
    end = len(s.rstrip(_WS))
    name = ""
    if s.startswith("::", pos):
        close = s.find("::", pos + 2, end)
        if close < 0:
            raise _Malformed(
                qline,
                f"The question name opened with :: on line {qline} is never closed: "
                "end it with :: (or write \\: for a literal colon).",
            )
        name = _trim(_show(s[pos + 2 : close]))
        pos = close + 2
        while pos < end and s[pos] in _WS:
            pos += 1

    opening, closing = s.find("{", pos, end), s.find("}", pos, end)
    block: tuple[int, int] | None = None
    if opening < 0 and closing < 0:
        text_raw = s[pos:end]  # no answer block: a description
    elif closing < 0:
        raise _Malformed(
            line_of(opening),
            f"The answer block opened on line {line_of(opening)} is never closed: add a closing }}.",
        )
    elif opening < 0 or closing < opening:
        raise _Malformed(
            line_of(closing),
            f"Line {line_of(closing)} has a }} that closes no answer block: "
            "add the missing { before it, or write \\} for a literal brace.",
        )
    else:
        inner = s.find("{", opening + 1, closing)
        if inner >= 0:
            raise _Malformed(
                line_of(inner),
                f"The answer block opened on line {line_of(opening)} has another {{ on line {line_of(inner)}: "
                "close the first block with } before it, or write \\{ for a literal brace.",
            )
        extra = min((i for i in (s.find("{", closing, end), s.find("}", closing + 1, end)) if i >= 0), default=-1)
        if extra >= 0:
            raise _Malformed(
                line_of(extra),
                f"Line {line_of(extra)} has a brace after the answer block of the question that starts on line {qline}: "
                "separate questions with a blank line, or write \\{ and \\} for literal braces.",
            )
        block = (opening, closing)
        # Text after the block makes it a missing-word question: Moodle puts a blank where the block was.
        blank = "" if closing == end - 1 else "_____"
        text_raw = s[pos:opening] + blank + s[closing + 1 : end]

    # Moodle takes general feedback from the last "####" in the block.
    answer, answer_pos, general_raw = "", 0, ""
    if block:
        answer_pos = block[0] + 1
        answer = s[answer_pos : block[1]]
        separator = answer.rfind("####")
        if separator >= 0:
            answer, general_raw = answer[:separator], answer[separator + 4 :]
        answer_pos += len(answer) - len(answer.lstrip(_WS))
        answer = _trim(answer)

    text, fmt = _text_with_format(text_raw, "moodle")
    idnumber, tags = _idnumber_and_tags(comments)
    question = GiftQuestion(
        line=qline,
        qtype="",
        text=text,
        name=name or _default_name(text),
        text_format=fmt,
        general_feedback=_text_with_format(general_raw, fmt)[0],
        idnumber=idnumber,
        tags=tags,
    )
    if not text:
        raise _Malformed(
            qline, f"The question on line {qline} has no text: write the question before its answer block."
        )

    def at(offset: int) -> int:  # file line of a position inside the answer text
        return line_of(answer_pos + offset)

    if block is None:
        question.qtype = "description"
    elif answer == "":
        question.qtype = "essay"
    elif answer[0] == "#":
        question.qtype = "numerical"
        question.answers = _numerical(answer, at, fmt, qline)
    elif "~" in answer:
        question.qtype = "multichoice"
        _multichoice(question, answer, at, fmt)
    elif "=" in answer and "->" in answer:
        question.qtype = "matching"
        question.matches = _matching(answer, at, fmt, qline)
    else:
        value = _trim(answer.split("#", 1)[0])
        if value in ("T", "TRUE", "F", "FALSE"):
            question.qtype = "truefalse"
            _truefalse(question, answer, fmt)
        elif value.upper() in ("T", "TRUE", "F", "FALSE"):
            # Moodle would quietly make "{true}" a short-answer question whose answer is the word "true".
            raise _Malformed(
                at(0),
                f'The true/false answer "{_show(value)}" on line {at(0)} is not recognised: '
                "write T, TRUE, F or FALSE in capitals.",
            )
        else:
            question.qtype = "shortanswer"
            question.answers = _shortanswer(answer, at, fmt, qline)
    return question


def _split(answer: str, pattern: str) -> list[tuple[int, str]]:
    """Cut the block where Moodle's explode() would, keeping each trimmed piece's offset."""
    pieces, last = [], 0
    for m in re.finditer(pattern, answer):
        pieces.append((last, answer[last : m.start()]))
        last = m.end()
    pieces.append((last, answer[last:]))
    if not _trim(pieces[0][1]):
        pieces.pop(0)  # Moodle drops the text before the first marker only when it is blank
    # An empty piece keeps the marker's position, so its error names the marker's line.
    return [(off + (len(p) - len(p.lstrip(_WS)) if _trim(p) else 0), _trim(p)) for off, p in pieces]


# Moodle's pattern for a leading weight (%50%, %-33.3%, %100%), and something an
# author surely meant as one although Moodle would keep it as answer text (%+5%, %100.5%).
_WEIGHT_RE = re.compile(r"%-*[0-9]{1,2}\.?[0-9]*%")
_LOOKS_LIKE_WEIGHT = re.compile(r"%[-+]?[0-9.]+%")


def _weight(piece: str, default: float, line: int) -> tuple[float, str]:
    m = _WEIGHT_RE.match(piece)
    if not m and (bad := _LOOKS_LIKE_WEIGHT.match(piece)):
        raise _Malformed(
            line,
            f"Moodle cannot read the weight {bad[0]} on line {line}: "
            "write a percentage from -100 to 100 such as %50%, %-25% or %33.3%.",
        )
    if not m:
        return default, piece
    raw = m[0][1:-1]
    try:
        percent = Decimal(raw)
    except InvalidOperation:
        raise _Malformed(
            line, f"The weight %{raw}% on line {line} is not a number: write it like %50% or %-25%."
        ) from None
    if not -100 <= percent <= 100:
        raise _Malformed(
            line, f"The weight %{raw}% on line {line} is outside -100..100: use a percentage from -100 to 100."
        )
    # Decimal division so that every weight export_gift writes reads back as the same float.
    return float(percent / 100), piece[m.end() :]


def _answer_and_feedback(piece: str, fmt: str, index: int, line: int) -> tuple[str, str]:
    """Moodle's commentparser: the answer, then feedback after the first "#"."""
    head, sep, tail = piece.partition("#")
    text = _text_with_format(_trim(head), fmt)[0]
    if not text:
        raise _Malformed(
            line, f"Answer {index} on line {line} is empty: remove the stray ~ or =, or write the answer after it."
        )
    return text, _text_with_format(_trim(tail), fmt)[0] if sep else ""


def _multichoice(question: GiftQuestion, answer: str, at, fmt: str) -> None:
    # Moodle's rule: any "=" makes it single-answer; otherwise learners may tick several.
    question.single = "=" in answer
    pieces = _split(answer, r"~|(?==)")
    if len(pieces) < 2:
        raise _Malformed(
            question.line,
            f"The multiple-choice question on line {question.line} has fewer than two answers: "
            "give at least two, marking wrong ones with ~ and right ones with =.",
        )
    for index, (offset, piece) in enumerate(pieces, start=1):
        if piece.startswith("="):
            fraction, piece = 1.0, piece[1:]  # Moodle reads no weight after "="
        else:
            fraction, piece = _weight(piece, 0.0, at(offset))
        text, feedback = _answer_and_feedback(piece, fmt, index, at(offset))
        question.answers.append(GiftAnswer(text, fraction, feedback))
    if not question.single:
        # Moodle saves these but warns; a learner could never score 100%, so refuse them.
        total = sum(a.fraction for a in question.answers if a.fraction > 0)
        if round(total, 2) != 1:
            raise _Malformed(
                question.line,
                f"The positive weights of the multiple-answer question on line {question.line} add up to "
                f"{total * 100:g}%: make the correct answers' weights add up to 100%, or mark one answer with =.",
            )


def _require_full_marks(answers: list[GiftAnswer], qline: int) -> list[GiftAnswer]:
    if max(a.fraction for a in answers) != 1:
        raise _Malformed(
            qline,
            f"No answer to the question on line {qline} is worth 100%: "
            "give at least one answer as =answer (or =%100%answer).",
        )
    return answers


def _shortanswer(answer: str, at, fmt: str, qline: int) -> list[GiftAnswer]:
    answers = []
    for index, (offset, piece) in enumerate(_split(answer, "="), start=1):
        fraction, piece = _weight(piece, 1.0, at(offset))
        text, feedback = _answer_and_feedback(piece, fmt, index, at(offset))
        answers.append(GiftAnswer(text, fraction, feedback))
    return _require_full_marks(answers, qline)


def _matching(answer: str, at, fmt: str, qline: int) -> list[GiftMatch]:
    pieces = _split(answer, "=")
    if len(pieces) < 2:
        raise _Malformed(
            qline,
            f"The matching question on line {qline} has fewer than two pairs: "
            "write at least two, each as =question -> answer.",
        )
    matches = []
    for offset, piece in pieces:
        line = at(offset)
        if "->" not in piece:
            raise _Malformed(
                line, f'The matching pair "{_show(piece)}" on line {line} has no ->: write it as =question -> answer.'
            )
        left, _, right = piece.partition("->")
        # Moodle allows an empty left side: an extra wrong answer to choose from.
        match = GiftMatch(_text_with_format(left, fmt)[0], _trim(_show(right)))
        if not match.answer:
            raise _Malformed(
                line, f"The matching pair on line {line} has nothing after ->: write the answer it matches."
            )
        matches.append(match)
    return matches


def _truefalse(question: GiftQuestion, answer: str, fmt: str) -> None:
    # "{TRUE#a#b}": a is shown for the wrong choice, b for the right one (Moodle's split_truefalse_comment).
    bits = [_text_with_format(_trim(b), fmt)[0] for b in answer.split("#", 2)] + ["", ""]
    question.correct = bits[0] in ("T", "TRUE")
    wrong, right = bits[1], bits[2]
    question.true_feedback, question.false_feedback = (right, wrong) if question.correct else (wrong, right)


_NUMBER_RE = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")  # PHP's is_numeric


def _number(raw: str, line: int) -> float:
    raw = _trim(raw)
    value = float(raw) if _NUMBER_RE.fullmatch(raw) else math.nan
    if not math.isfinite(value):
        raise _Malformed(
            line,
            f'The answer "{_show(raw)}" on line {line} is not a number: write numerical answers like 42, '
            "42:0.5 (answer:tolerance) or 41.5..42.5 (a range).",
        )
    return value


def _numerical(answer: str, at, fmt: str, qline: int) -> list[GiftAnswer]:
    # Everything from the first "~" is feedback for any other answer.
    body, tilde, other = answer[1:].partition("~")
    pieces = _split(body, "=")
    if not pieces:
        raise _Malformed(
            qline,
            f"The numerical question on line {qline} has no answer: write the number after #, like {{#42}} or {{#42:0.5}}.",
        )
    answers = []
    for index, (offset, piece) in enumerate(pieces, start=1):
        line = at(offset + 1)
        fraction, piece = _weight(piece, 1.0, line)
        text, feedback = _answer_and_feedback(piece, fmt, index, line)
        if text == "*":
            answers.append(GiftAnswer("*", fraction, feedback))
            continue
        if text.find("..") > 0:  # min..max, stored as midpoint +/- half-width, as Moodle does
            low, high = (_number(part, line) for part in text.split("..", 1))
            if low > high:
                raise _Malformed(
                    line, f"The range {text} on line {line} runs backwards: write the smaller number first."
                )
            value, tolerance = (low + high) / 2, (high - low) / 2
        elif text.find(":") > 0:
            value, tolerance = (_number(part, line) for part in text.split(":", 1))
            if tolerance < 0:
                raise _Malformed(
                    line, f"The tolerance in {text} on line {line} is negative: write it as a positive number."
                )
        else:
            value, tolerance = _number(text, line), 0.0
        answers.append(GiftAnswer("", fraction, feedback, value, tolerance))
    if tilde:
        answers.append(GiftAnswer("*", 0.0, _text_with_format(_trim(other.partition("#")[2]), fmt)[0]))
    return _require_full_marks(answers, qline)


# --- Writing ----------------------------------------------------------------
def export_gift(questions: list[GiftQuestion]) -> str:
    """Write questions as GIFT that parse_gift (and Moodle) read back to the same questions.

    Raises ValueError for content GIFT cannot express, rather than writing a file
    that would mean something else.
    """
    chunks: list[str] = []
    category: str | None = None
    for question in questions:
        if question.category != category:
            if question.category is None:
                raise ValueError("GIFT cannot switch back to no category once a $CATEGORY has been written.")
            if question.category != _trim(question.category) or "\n" in question.category:
                raise ValueError(f"The category {question.category!r} must be one line without surrounding spaces.")
            chunks.append(f"$CATEGORY: {question.category}")
            category = question.category
        chunks.append(_write_question(question))
    return "\n\n".join(chunks) + "\n" if chunks else ""


def _write_text(text: str, fmt: str, default: str, force: bool = False) -> str:
    """Escaped text, preceded by a [format] tag when it differs from the default or
    when the text itself starts with something that would be read as one."""
    if fmt != default or force or _FORMAT_RE.match(text):
        return f"[{fmt}]{_escape(text)}"
    return _escape(text)


def _percent(fraction: float) -> str:
    """A weight (no exponent: Moodle's pattern allows none) that reads back as exactly `fraction`."""
    if not (math.isfinite(fraction) and -1 <= fraction <= 1):
        raise ValueError(f"The weight {fraction!r} is outside -1..1.")
    # Scaling the shortest decimal form by 100 is exact, and _weight divides it back exactly.
    text = format(Decimal(repr(fraction)) * 100, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _write_number(value: float) -> str:
    if not math.isfinite(value):
        raise ValueError(f"{value!r} cannot be written as a GIFT number.")
    return repr(value)


def _write_meta(question: GiftQuestion) -> str:
    # Moodle finds these with patterns that forbid some characters and trim the value.
    bits = []
    fields = [("id", question.idnumber, _ID_RE)] if question.idnumber else []
    fields += [("tag", tag, _TAGS_RE) for tag in question.tags]
    for kind, value, pattern in fields:
        written = "[" + kind + ":" + value.replace("]", "\\]") + "]"
        # A backslash before "]" (or at the end) would read back as an escape, and a
        # "[" could start a phantom "[tag:" inside the value.
        ambiguous = value.endswith("\\") or "\\]" in value or "[" in value
        if not value or value != _trim(value) or ambiguous or not pattern.fullmatch(written):
            raise ValueError(f"The {kind} {value!r} cannot be written in a GIFT comment.")
        bits.append(written)
    return "// " + " ".join(bits) + "\n" if bits else ""


def _write_question(q: GiftQuestion) -> str:
    if q.text_format not in FORMATS:
        raise ValueError(f"Unknown text format {q.text_format!r}: use one of {', '.join(FORMATS)}.")
    fmt = q.text_format
    # Without a name the text starts the line, where "//" would make it a comment: a format tag guards it.
    head = (
        _write_meta(q) + (f"::{_escape(q.name)}::" if q.name else "") + _write_text(q.text, fmt, "moodle", not q.name)
    )
    general = f"####{_write_text(q.general_feedback, fmt, fmt)}" if q.general_feedback else ""
    lines: list[str] = []

    def answer_text(text: str) -> str:
        return _write_text(text, fmt, fmt)

    if q.qtype == "description":
        return head
    if q.qtype == "essay":
        return f"{head}{{{general}}}"
    if q.qtype == "truefalse":
        right, wrong = (q.true_feedback, q.false_feedback) if q.correct else (q.false_feedback, q.true_feedback)
        out = head + "{" + ("TRUE" if q.correct else "FALSE")
        if wrong or right:
            out += "#" + answer_text(wrong)
        if right:
            out += "#" + answer_text(right)
        return out + general + "}"
    if q.qtype == "multichoice":
        if q.single and not any(a.fraction == 1 for a in q.answers):
            raise ValueError(f"Single-answer question {q.name!r} needs an answer worth 100% to be written with =.")
        if q.single and all(a.fraction == 1 for a in q.answers):
            raise ValueError(f"Single-answer question {q.name!r} needs at least one answer not worth 100%.")
        for a in q.answers:
            if q.single and a.fraction == 1:
                mark = "="
            elif a.fraction == 0 and not a.text.startswith("%"):
                mark = "~"
            else:  # an explicit weight also guards a text that starts with "%"
                mark = f"~%{_percent(a.fraction)}%"
            lines.append(mark + answer_text(a.text) + (f"#{answer_text(a.feedback)}" if a.feedback else ""))
    elif q.qtype == "shortanswer":
        for a in q.answers:
            if "->" in a.text or "->" in a.feedback:
                raise ValueError(f"Short-answer question {q.name!r}: GIFT would read '->' as a matching question.")
            lines.append(f"=%{_percent(a.fraction)}%{answer_text(a.text)}#{answer_text(a.feedback)}")
    elif q.qtype == "numerical":
        for i, a in enumerate(q.answers):
            if a.value is None and i == len(q.answers) - 1 and a.fraction == 0:
                lines.append(f"~#{answer_text(a.feedback)}")
                continue
            number = "*" if a.value is None else f"{_write_number(a.value)}:{_write_number(a.tolerance or 0.0)}"
            lines.append(f"=%{_percent(a.fraction)}%{number}#{answer_text(a.feedback)}")
        head += "{#"
    elif q.qtype == "matching":
        for m in q.matches:
            if "->" in m.question:
                raise ValueError(f"Matching question {q.name!r}: a subquestion cannot contain '->' in GIFT.")
            lines.append(f"={answer_text(m.question)} -> {_escape(m.answer)}")
    else:
        raise ValueError(f"Unknown question type {q.qtype!r}.")
    if not head.endswith("{#"):
        head += "{"
    body = "".join(f"\t{line}\n" for line in lines)
    return f"{head}\n{body}" + (f"\t{general}\n" if general else "") + "}"
