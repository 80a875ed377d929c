"""Demo content for quizzes: a quiz per demo course from the GIFT files here, and attempts at varied scores.

Called by `manage.py load_demo` after the courses demo. Safe to run again.
"""

import random
from pathlib import Path

from django.contrib.auth import get_user_model

from courses.models import CoursePage, Enrollment, EnrollmentStatus, LessonPage, ModulePage

from . import importing, selectors, services
from .models import Attempt, Question, QuestionCategory, QuizPage, QuizSlot, ReviewRule, TestKind

User = get_user_model()
HERE = Path(__file__).parent / "demo"
QUIZZES = {
    "foundations-of-victim-support": "foundations.gift",
    "trauma-informed-practice-and-pfa": "trauma-informed-pfa.gift",
    "compensation-and-rehabilitation": "compensation.gift",
    "caring-for-the-carer": "caring-for-the-carer.gift",
}


def _questions(course: CoursePage, filename: str) -> list[Question]:
    category = QuestionCategory.objects.filter(name=course.title, parent=None).first()
    if category is None:
        importing.import_gift((HERE / filename).read_text(encoding="utf-8"))
        category = QuestionCategory.objects.get(name=course.title, parent=None)
    return list(Question.objects.filter(category=category).order_by("pk"))


def _quiz(course: CoursePage, questions: list[Question]) -> QuizPage:
    existing = QuizPage.objects.descendant_of(course).filter(test_kind__in=["", "post"]).first()
    if existing:
        return existing
    last_module = ModulePage.objects.child_of(course).order_by("path").last()
    quiz = last_module.add_child(
        instance=QuizPage(
            title=f"Quiz: {course.title}",
            slug="quiz",
            intro="<p>Realistic situations from the work of a Victim Support Officer. Take your time; there is no trick.</p>",
            pass_mark=70,
            attempts_allowed=3,
            review_rule=ReviewRule.IMMEDIATELY,
            test_kind=TestKind.POST if course.slug == "trauma-informed-practice-and-pfa" else TestKind.NONE,
            estimated_minutes=15,
            owner=course.owner,
        )
    )
    for i, question in enumerate(questions):
        QuizSlot.objects.create(quiz=quiz, question=question, sort_order=i)
    # Invite learners to the quiz from the end of the last lesson.
    lesson = LessonPage.objects.child_of(last_module).exclude(pk=quiz.pk).order_by("path").last()
    if lesson and not any(b.block_type == "quiz_link" for b in lesson.body):
        lesson.body.append(("quiz_link", {"page": quiz, "text": "When you are ready, check what you have learned."}))
        lesson.save_revision().publish()
    return quiz


def _pre_test(course: CoursePage, questions: list[Question]) -> QuizPage:
    existing = QuizPage.objects.descendant_of(course).filter(test_kind=TestKind.PRE).first()
    if existing:
        return existing
    first_module = ModulePage.objects.child_of(course).order_by("path").first()
    quiz = first_module.add_child(
        instance=QuizPage(
            title="Before you start: what do you know already?",
            slug="pre-test",
            intro="<p>A short check before the course, so you and your trainer can see what you learn. It does not count towards completion.</p>",
            pass_mark=0,
            attempts_allowed=1,
            review_rule=ReviewRule.NEVER,
            test_kind=TestKind.PRE,
            is_required=False,
            estimated_minutes=5,
            owner=course.owner,
        )
    )
    # Move it to the top of the module: learners meet it first.
    first_child = first_module.get_first_child()
    if first_child and first_child.pk != quiz.pk:
        quiz.move(first_child, pos="left")
    for i, question in enumerate([q for q in questions if q.qtype != "essay"][:5]):
        QuizSlot.objects.create(quiz=quiz, question=question, sort_order=i)
    return quiz


def _answers(attempt: Attempt, skill: float, rng: random.Random) -> dict:
    """Right answers with probability `skill`, otherwise a plausible wrong one."""
    answers = {}
    for aq in attempt.questions.all():
        s, right = aq.snapshot, rng.random() < skill
        if s["qtype"] == "multichoice":
            good = [o["id"] for o in s["options"] if o["fraction"] > 0]
            bad = [o["id"] for o in s["options"] if o["fraction"] <= 0] or good
            if s["single"]:
                answers[aq.position] = {"choice": good[0] if right else rng.choice(bad)}
            else:
                answers[aq.position] = {"choices": good if right else [good[0], bad[0]]}
        elif s["qtype"] == "truefalse":
            answers[aq.position] = {"value": s["tf"]["correct"] == right}
        elif s["qtype"] == "shortanswer":
            answers[aq.position] = {"text": s["options"][0]["text"] if right else "not sure"}
        elif s["qtype"] == "numerical":
            answers[aq.position] = {"text": str(s["numbers"][0]["value"] if right else 0)}
        elif s["qtype"] == "matching":
            pairs = s["pairs"]
            answers[aq.position] = {"matches": {p["id"]: (p["answer"] if right else pairs[0]["answer"]) for p in pairs}}
        elif s["qtype"] == "essay":
            answers[aq.position] = {"text": "I would stay calm, listen without pushing, and explain what happens next."}
    return answers


def _attempt(user, quiz, skill, rng):
    attempt = services.attempt_start(user=user, quiz=quiz)
    return services.attempt_submit(attempt=attempt, user=user, answers=_answers(attempt, skill, rng))


def load(*, stdout, password):
    rng = random.Random(11)  # noqa: S311 (demo data)
    quizzes = {}
    for slug, filename in QUIZZES.items():
        course = CoursePage.objects.filter(slug=slug).first()
        if course is None:
            continue
        questions = _questions(course, filename)
        quizzes[slug] = _quiz(course, questions)
        if slug == "trauma-informed-practice-and-pfa":
            quizzes["pre-test"] = _pre_test(course, questions)
    if Attempt.objects.exists():
        stdout.write(f"  Quizzes: {len(quizzes)} (attempts already loaded).")
        return
    for enrollment in Enrollment.objects.select_related("user", "course").order_by("pk"):
        quiz = quizzes.get(enrollment.course.slug)
        if quiz is None or enrollment.user.email == "learner.kp@example.org":
            continue
        if enrollment.course.slug == "trauma-informed-practice-and-pfa":
            _attempt(enrollment.user, quizzes["pre-test"], rng.uniform(0.2, 0.6), rng)
        lessons_done = enrollment.status == EnrollmentStatus.COMPLETED or (
            enrollment.item_progress.count() >= LessonPage.objects.live().descendant_of(enrollment.course).count()
        )
        if not lessons_done:
            if rng.random() < 0.3:
                _attempt(enrollment.user, quiz, rng.uniform(0.3, 0.7), rng)  # tried early, not yet passed
            continue
        # Learners who finished the lessons took the quiz; most passed, some on a second try.
        skill = rng.choice([0.55, 0.8, 0.9, 1.0])
        for _try in range(quiz.attempts_allowed):
            attempt = _attempt(enrollment.user, quiz, skill, rng)
            if attempt.passed or attempt.status == "awaiting":
                break
            skill = min(1.0, skill + 0.3)
    # The trainer has marked most essays; a couple wait in the marking queue.
    trainer = User.objects.get(email="trainer@example.org")
    waiting = list(selectors.grading_queue(user=trainer))
    for aq in waiting[2:]:
        services.essay_grade(
            aq=aq, grader=trainer, mark=aq.max_mark, comment="Calm, practical and respectful. Well done."
        )
    stdout.write(f"  Quizzes: {len(quizzes)} with {Attempt.objects.count()} attempts by demo learners.")
