"""Build questions of every type and quizzes in a course, for tests."""

from assessments.models import Question, QuestionCategory, QuestionType, QuizPage, QuizSlot


def category(name="Psychological first aid"):
    return QuestionCategory.objects.get_or_create(name=name, parent=None)[0]


def question(qtype: str, cat=None, name=None, **fields) -> Question:
    cat = cat or category()
    answers: list = []
    extra: dict = {}
    if qtype == QuestionType.MULTICHOICE:
        single = fields.pop("single", True)
        extra["single"] = single
        if single:
            answers = [
                (
                    "choice",
                    {"text": "Stay nearby and offer water", "credit": 100, "feedback": "Yes: calm, practical help."},
                ),
                (
                    "choice",
                    {
                        "text": "Ask for every detail of the attack",
                        "credit": 0,
                        "feedback": "No: never push people to retell.",
                    },
                ),
                ("choice", {"text": "Leave them alone", "credit": 0, "feedback": "Not quite: stay available."}),
            ]
        else:
            answers = [
                ("choice", {"text": "Listen", "credit": 50, "feedback": "Right."}),
                ("choice", {"text": "Link to services", "credit": 50, "feedback": "Right."}),
                (
                    "choice",
                    {
                        "text": "Promise compensation",
                        "credit": -100,
                        "feedback": "Never promise what you cannot deliver.",
                    },
                ),
            ]
    elif qtype == QuestionType.TRUEFALSE:
        extra.update(
            tf_correct=True, true_feedback="Correct: PFA is not therapy.", false_feedback="PFA is practical support."
        )
    elif qtype == QuestionType.SHORTANSWER:
        answers = [
            ("choice", {"text": "listen", "credit": 100, "feedback": "Yes, listen."}),
            ("choice", {"text": "hear*", "credit": 50, "feedback": "Close."}),
        ]
    elif qtype == QuestionType.NUMERICAL:
        answers = [("number", {"value": 72.5, "tolerance": 2.0, "credit": 100, "feedback": "About three days."})]
    elif qtype == QuestionType.MATCHING:
        answers = [
            ("pair", {"prompt": "Look", "answer": "Check safety"}),
            ("pair", {"prompt": "Listen", "answer": "Ask about needs"}),
            ("pair", {"prompt": "Link", "answer": "Connect to services"}),
        ]
    fields.setdefault("text", f"<p>Question about {qtype}: what do you do?</p>")
    fields.setdefault("general_feedback", f"General feedback for {qtype}.")
    return Question.objects.create(
        category=cat, name=name or f"{qtype} question", qtype=qtype, answers=answers, **extra, **fields
    )


def quiz(parent, questions, title="Check your understanding", **settings) -> QuizPage:
    page = parent.add_child(instance=QuizPage(title=title, **settings))
    for i, q in enumerate(questions):
        QuizSlot.objects.create(quiz=page, question=q, sort_order=i)
    return page
