"""Reads for quizzes: what a learner may see, and when."""

from django.db.models import Count, Q

from accounts.selectors import limited_to_province
from courses.permissions import course_for_page
from courses.selectors import enrollment_for_page

from .grading import correct_answer_text, feedback_for, public_view
from .models import Attempt, AttemptStatus, QuizPage, ReviewRule


def quiz_page_context(*, quiz: QuizPage, user) -> dict:
    """The quiz's front page: rules, the learner's attempts and whether they may start another."""
    enrollment = enrollment_for_page(user=user, page=quiz)
    attempts = list(Attempt.objects.filter(quiz=quiz, user=user).order_by("number")) if enrollment else []
    open_attempt = next((a for a in attempts if a.status == AttemptStatus.IN_PROGRESS), None)
    left = None if not quiz.attempts_allowed else max(0, quiz.attempts_allowed - len(attempts))
    return {
        "enrollment": enrollment,
        "course": course_for_page(quiz),
        "attempts": attempts,
        "open_attempt": open_attempt,
        "attempts_left": left,
        "can_start": enrollment is not None and open_attempt is None and (left is None or left > 0),
        "has_passed": any(a.passed for a in attempts),
        "question_count": quiz.slots.count(),
    }


def review_allowed(*, attempt: Attempt) -> bool:
    """Whether correct answers and feedback may be shown for this finished attempt."""
    if attempt.status == AttemptStatus.IN_PROGRESS:
        return False
    rule = attempt.quiz.review_rule
    if rule == ReviewRule.IMMEDIATELY:
        return True
    if rule == ReviewRule.NEVER:
        return False
    passed = Attempt.objects.filter(quiz=attempt.quiz, user=attempt.user, passed=True).exists()
    if rule == ReviewRule.AFTER_PASS:
        return passed
    used = Attempt.objects.filter(quiz=attempt.quiz, user=attempt.user).count()
    return passed or (attempt.quiz.attempts_allowed and used >= attempt.quiz.attempts_allowed)


def attempt_for_user(*, public_id, user) -> Attempt | None:
    """An attempt by its public id, only for the learner who owns it."""
    return (
        Attempt.objects.select_related("quiz", "user").filter(public_id=public_id, user=user).first()
        if user.is_authenticated
        else None
    )


def attempt_questions_public(*, attempt: Attempt) -> list[dict]:
    """Questions of an open attempt as the browser may see them, with the learner's saved answers."""
    return [
        {
            "position": aq.position,
            "view": public_view(aq.snapshot),
            "response": aq.response or {},
            "max_mark": aq.max_mark,
        }
        for aq in attempt.questions.all()
    ]


def attempt_review(*, attempt: Attempt) -> dict:
    """A finished attempt: always the result; answers and feedback only when the review rule allows."""
    allowed = review_allowed(attempt=attempt)
    rows = []
    for aq in attempt.questions.all():
        row = {
            "position": aq.position,
            "view": public_view(aq.snapshot),
            "response": aq.response or {},
            "max_mark": aq.max_mark,
        }
        if allowed:
            row.update(
                mark=aq.mark,
                correct=correct_answer_text(aq.snapshot),
                feedback=feedback_for(aq.snapshot, aq.response),
                general_feedback=aq.snapshot.get("general_feedback", ""),
                grader_comment=aq.grader_comment,
            )
        rows.append(row)
    return {"review_allowed": allowed, "rows": rows}


def grading_queue(*, user):
    """Essay answers waiting for a mark, in courses the user may follow."""
    from courses.selectors import courses_for_trainer

    from .models import AttemptQuestion

    course_paths = [c.path for c in courses_for_trainer(user=user)]
    if not course_paths:
        return AttemptQuestion.objects.none()
    path_filter = Q()
    for path in course_paths:
        path_filter |= Q(attempt__quiz__path__startswith=path)
    return (
        AttemptQuestion.objects.filter(path_filter, attempt__status=AttemptStatus.AWAITING_GRADING, mark__isnull=True)
        .exclude(max_mark=0)
        .select_related("attempt__quiz", "attempt__user__learner_profile")
        .order_by("attempt__submitted_at")
    )


def attempt_counts(*, quiz: QuizPage) -> dict:
    return Attempt.objects.filter(quiz=quiz).aggregate(
        total=Count("id"),
        finished=Count("id", filter=Q(status=AttemptStatus.GRADED)),
        passed=Count("id", filter=Q(passed=True)),
    )


def _pearson(xs: list[float], ys: list[float]) -> float | None:
    n = len(xs)
    if n < 2:
        return None
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    if sxx == 0 or syy == 0:
        return None
    return sxy / (sxx * syy) ** 0.5


def quiz_insight(*, quiz: QuizPage, viewer=None) -> dict:
    """Attempts, pass rate, score distribution and, per question, facility and discrimination indices.

    Facility: the average mark as a percentage of the maximum (low = hard).
    Discrimination: how well a question separates strong from weak learners,
    the correlation between its mark and the rest of the attempt's score
    (below 0.2 deserves a look; negative usually means a flawed question).
    """
    from .models import AttemptQuestion

    graded = Attempt.objects.filter(quiz=quiz, status=AttemptStatus.GRADED)
    if viewer is not None and (province_id := limited_to_province(user=viewer)) is not None:
        graded = graded.filter(user__learner_profile__province_id=province_id)
    summary = graded.aggregate(
        attempts=Count("id"),
        passed=Count("id", filter=Q(passed=True)),
        learners=Count("user", distinct=True),
    )
    percents = [float(p) for p in graded.values_list("percent", flat=True)]
    bins = [0] * 10
    for p in percents:
        bins[min(9, int(p // 10))] += 1
    peak = max(bins) or 1
    distribution = [
        {
            "label": f"{i * 10}–{i * 10 + 9 if i < 9 else 100}%",
            "start": i * 10,
            "count": c,
            "x": 10 + i * 50,
            "y": 200 - round(180 * c / peak),
            "h": round(180 * c / peak),
        }
        for i, c in enumerate(bins)
    ]
    rows = AttemptQuestion.objects.filter(attempt__in=graded, max_mark__gt=0).values_list(
        "question_id", "question__name", "attempt_id", "mark", "max_mark", "attempt__score"
    )
    per_question: dict[int, dict] = {}
    for qid, name, _attempt, mark, max_mark, score in rows:
        entry = per_question.setdefault(qid, {"name": name or "?", "fractions": [], "rests": []})
        fraction = float(mark or 0) / float(max_mark)
        entry["fractions"].append(fraction)
        entry["rests"].append(float(score or 0) - float(mark or 0))
    questions = []
    for qid, entry in per_question.items():
        n = len(entry["fractions"])
        discrimination = _pearson(entry["fractions"], entry["rests"])
        facility = 100 * sum(entry["fractions"]) / n
        questions.append(
            {
                "id": qid,
                "name": entry["name"],
                "answers": n,
                "facility": round(facility),
                "discrimination": None if discrimination is None else round(discrimination, 2),
                "flag": facility < 20 or facility > 95 or (discrimination is not None and discrimination < 0.2),
            }
        )
    questions.sort(key=lambda q: (not q["flag"], q["facility"]))
    attempts = summary["attempts"] or 0
    return {
        **summary,
        "pass_rate": round(100 * summary["passed"] / attempts) if attempts else None,
        "average": round(sum(percents) / len(percents)) if percents else None,
        "distribution": distribution,
        "questions": questions,
    }


def best_course_score(*, user, course):
    """The learner's best finished score across the course's quizzes (pre-tests left out), or None."""
    from django.db.models import Max

    return (
        Attempt.objects.filter(user=user, quiz__path__startswith=course.path, status=AttemptStatus.GRADED)
        .exclude(quiz__test_kind="pre")
        .aggregate(best=Max("percent"))["best"]
    )
