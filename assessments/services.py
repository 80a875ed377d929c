"""Writes for quizzes: start, autosave, submit, trainer marking. Grading happens only here."""

import random
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.services import audit_log
from courses import services as course_services
from courses.selectors import enrollment_for_page

from .grading import grade, snapshot_question
from .models import Attempt, AttemptQuestion, AttemptStatus, Question, QuestionType, QuizPage

THREE = Decimal("0.001")


class AlreadySubmitted(Exception):
    """The attempt was submitted already (another tab, a double click)."""

    def __init__(self, attempt):
        super().__init__("already submitted")
        self.attempt = attempt


def _draw_questions(quiz: QuizPage, rng: random.Random) -> list[Question]:
    chosen: list[Question] = []
    used: set[int] = set()
    for slot in quiz.slots.select_related("question__scenario").order_by("sort_order"):
        if slot.question_id:
            if slot.question_id not in used:
                chosen.append(slot.question)
                used.add(slot.question_id)
            continue
        pool = Question.objects.select_related("scenario").exclude(pk__in=used)
        if slot.category_id:
            pool = pool.filter(category_id=slot.category_id)
        if slot.tag:
            pool = pool.filter(tags__name__iexact=slot.tag)
        candidates = sorted(pool.distinct(), key=lambda q: q.pk)
        picks = rng.sample(candidates, min(slot.count, len(candidates)))
        chosen.extend(picks)
        used.update(q.pk for q in picks)
    if quiz.shuffle_questions:
        rng.shuffle(chosen)
    return chosen


def attempts_left(*, quiz: QuizPage, user) -> int | None:
    """How many more attempts the learner may start; None when unlimited."""
    if not quiz.attempts_allowed:
        return None
    used = Attempt.objects.filter(quiz=quiz, user=user).count()
    return max(0, quiz.attempts_allowed - used)


def attempt_start(*, user, quiz: QuizPage) -> Attempt:
    """Start an attempt, or return the one already open. Two clicks at once make one attempt."""
    if enrollment_for_page(user=user, page=quiz) is None:
        raise PermissionDenied(_("Enrol in this course to take its quizzes."))
    open_attempt = Attempt.objects.filter(quiz=quiz, user=user, status=AttemptStatus.IN_PROGRESS).first()
    if open_attempt:
        return open_attempt
    try:
        with transaction.atomic():
            # Lock the learner's enrolment row: concurrent starts queue here, so
            # the attempt count and the number below are read one at a time.
            course_services.enrollment_lock(user=user, page=quiz)
            open_attempt = Attempt.objects.filter(quiz=quiz, user=user, status=AttemptStatus.IN_PROGRESS).first()
            if open_attempt:
                return open_attempt
            done = Attempt.objects.filter(quiz=quiz, user=user).count()
            if quiz.attempts_allowed and done >= quiz.attempts_allowed:
                raise ValidationError(
                    _("You have used all %(n)s attempts at this quiz.") % {"n": quiz.attempts_allowed}
                )
            now = timezone.now()
            attempt = Attempt.objects.create(
                quiz=quiz,
                user=user,
                number=done + 1,
                started_at=now,
                deadline=now + timedelta(minutes=quiz.time_limit_minutes) if quiz.time_limit_minutes else None,
            )
            rng = random.Random(attempt.public_id.int)  # noqa: S311 (shuffling, not security)
            questions = _draw_questions(quiz, rng)
            if not questions:
                raise ValidationError(_("This quiz has no questions yet. Please tell your trainer."))
            AttemptQuestion.objects.bulk_create(
                [
                    AttemptQuestion(
                        attempt=attempt,
                        position=i + 1,
                        question=q,
                        question_version=q.version,
                        snapshot=snapshot_question(q, rng),
                        max_mark=Decimal("0") if q.qtype == QuestionType.DESCRIPTION else q.default_mark,
                    )
                    for i, q in enumerate(questions)
                ]
            )
            attempt.max_score = sum(
                (q.default_mark for q in questions if q.qtype != QuestionType.DESCRIPTION), Decimal("0")
            )
            attempt.save(update_fields=["max_score"])
            return attempt
    except IntegrityError:
        # Another request opened the attempt between our check and insert.
        return Attempt.objects.get(quiz=quiz, user=user, status=AttemptStatus.IN_PROGRESS)


def accepting_answers(attempt: Attempt, now=None) -> bool:
    """The server's clock decides: the deadline plus the stated grace period."""
    if attempt.status != AttemptStatus.IN_PROGRESS:
        return False
    if attempt.deadline is None:
        return True
    now = now or timezone.now()
    return now <= attempt.deadline + timedelta(seconds=attempt.quiz.grace_seconds)


def _clean_response(snap: dict, raw: dict) -> dict:
    """Keep only the shape each question type expects; ignore anything else the browser sent."""
    qtype = snap["qtype"]
    if qtype == QuestionType.MULTICHOICE:
        ids = {o["id"] for o in snap["options"]}
        if snap.get("single", True):
            choice = raw.get("choice")
            return {"choice": choice} if choice in ids else {}
        return {"choices": sorted({c for c in raw.get("choices", []) if c in ids})}
    if qtype == QuestionType.TRUEFALSE:
        value = raw.get("value")
        if value in (True, "true", "True", "1"):
            return {"value": True}
        if value in (False, "false", "False", "0"):
            return {"value": False}
        return {}
    if qtype in (QuestionType.SHORTANSWER, QuestionType.NUMERICAL):
        return {"text": str(raw.get("text", ""))[:255]}
    if qtype == QuestionType.ESSAY:
        return {"text": str(raw.get("text", ""))[:20000]}
    if qtype == QuestionType.MATCHING:
        ids = {p["id"] for p in snap["pairs"]}
        choices = set(snap["choices"])
        matches = raw.get("matches", {}) or {}
        return {"matches": {k: v for k, v in matches.items() if k in ids and v in choices}}
    return {}


def answer_save(*, attempt: Attempt, user, position: int, raw: dict) -> AttemptQuestion:
    """Autosave one answer. Refused once the attempt is submitted or past its deadline and grace."""
    if attempt.user_id != user.pk:
        raise PermissionDenied
    if not accepting_answers(attempt):
        raise ValidationError(
            _("This attempt is closed, so the answer was not saved.")
            if attempt.status != AttemptStatus.IN_PROGRESS
            else _("The time for this attempt is over, so the answer was not saved.")
        )
    aq = AttemptQuestion.objects.get(attempt=attempt, position=position)
    aq.response = _clean_response(aq.snapshot, raw)
    aq.answered_at = timezone.now()
    aq.save(update_fields=["response", "answered_at"])
    return aq


def _finalise(attempt: Attempt) -> None:
    questions = list(attempt.questions.all())
    if any(q.mark is None and q.max_mark > 0 for q in questions):
        attempt.status = AttemptStatus.AWAITING_GRADING
        attempt.save(update_fields=["status", "submitted_at"])
        return
    attempt.score = sum((q.mark or Decimal("0") for q in questions), Decimal("0"))
    attempt.percent = (
        (attempt.score * 100 / attempt.max_score).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        if attempt.max_score
        else Decimal("100")
    )
    attempt.passed = attempt.percent >= attempt.quiz.pass_mark
    attempt.status = AttemptStatus.GRADED
    attempt.save(update_fields=["status", "submitted_at", "score", "percent", "passed"])
    if attempt.passed:
        course_services.quiz_passed(user=attempt.user, quiz_page=attempt.quiz)


def attempt_submit(*, attempt: Attempt, user, answers: dict[int, dict] | None = None) -> Attempt:
    """Submit and grade on the server. A second submit raises AlreadySubmitted; nothing is graded twice."""
    if attempt.user_id != user.pk:
        raise PermissionDenied
    with transaction.atomic():
        locked = Attempt.objects.select_for_update().select_related("quiz").get(pk=attempt.pk)
        if locked.status != AttemptStatus.IN_PROGRESS:
            raise AlreadySubmitted(locked)
        now = timezone.now()
        in_time = accepting_answers(locked, now)
        questions = list(locked.questions.select_for_update())
        for aq in questions:
            if in_time and answers and aq.position in answers:
                aq.response = _clean_response(aq.snapshot, answers[aq.position])
                aq.answered_at = now
            fraction = grade(aq.snapshot, aq.response)
            aq.mark = None if fraction is None else (aq.max_mark * Decimal(str(fraction))).quantize(THREE)
        AttemptQuestion.objects.bulk_update(questions, ["response", "answered_at", "mark"])
        locked.submitted_at = now
        _finalise(locked)
    return locked


def attempt_close_if_expired(*, attempt: Attempt) -> Attempt:
    """An attempt past its deadline and grace is submitted with the answers saved in time."""
    if attempt.status == AttemptStatus.IN_PROGRESS and not accepting_answers(attempt):
        try:
            return attempt_submit(attempt=attempt, user=attempt.user)
        except AlreadySubmitted as done:
            return done.attempt
    return attempt


def essay_grade(*, aq: AttemptQuestion, grader, mark: Decimal, comment: str = "") -> AttemptQuestion:
    """A trainer marks an essay; the attempt finishes when nothing is left to mark."""
    if mark < 0 or mark > aq.max_mark:
        raise ValidationError(_("Give a mark between 0 and %(max)s.") % {"max": aq.max_mark})
    with transaction.atomic():
        aq = AttemptQuestion.objects.select_for_update().select_related("attempt__quiz").get(pk=aq.pk)
        previous = aq.mark
        aq.mark = Decimal(mark).quantize(THREE)
        aq.grader_comment = comment
        aq.graded_by = grader
        aq.graded_at = timezone.now()
        aq.save(update_fields=["mark", "grader_comment", "graded_by", "graded_at"])
        audit_log(
            actor=grader,
            subject=aq.attempt.user,
            action="grade.essay",
            attempt=str(aq.attempt.public_id),
            position=aq.position,
            mark=str(aq.mark),
            previous=str(previous) if previous is not None else None,
        )
        attempt = Attempt.objects.select_for_update().select_related("quiz", "user").get(pk=aq.attempt_id)
        if attempt.status == AttemptStatus.AWAITING_GRADING:
            _finalise(attempt)
    return aq
