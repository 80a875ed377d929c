"""Marking every question type, with property-based checks of bounds and partial credit."""

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from assessments.grading import grade, public_view, snapshot_question
from assessments.models import QuestionType

from .helpers import question

pytestmark = pytest.mark.django_db


def snap(qtype, **fields):
    return snapshot_question(question(qtype, **fields), random.Random(1))


def option_id(s, text):
    return next(o["id"] for o in s["options"] if o["text"] == text)


def test_single_choice_gets_the_chosen_options_credit():
    s = snap(QuestionType.MULTICHOICE)
    assert grade(s, {"choice": option_id(s, "Stay nearby and offer water")}) == 1.0
    assert grade(s, {"choice": option_id(s, "Leave them alone")}) == 0.0
    assert grade(s, {}) == 0.0
    assert grade(s, {"choice": "made-up-id"}) == 0.0


def test_multiple_response_gives_partial_credit_and_penalties_never_go_below_zero():
    s = snap(QuestionType.MULTICHOICE, single=False)
    listen, link, promise = (option_id(s, t) for t in ("Listen", "Link to services", "Promise compensation"))
    assert grade(s, {"choices": [listen]}) == 0.5
    assert grade(s, {"choices": [listen, link]}) == 1.0
    assert grade(s, {"choices": [listen, link, promise]}) == 0.0
    assert grade(s, {"choices": [promise]}) == 0.0


def test_true_false():
    s = snap(QuestionType.TRUEFALSE)
    assert grade(s, {"value": True}) == 1.0
    assert grade(s, {"value": False}) == 0.0
    assert grade(s, {}) == 0.0


def test_short_answer_is_case_insensitive_with_wildcards():
    s = snap(QuestionType.SHORTANSWER)
    assert grade(s, {"text": "  LISTEN "}) == 1.0
    assert grade(s, {"text": "hearing"}) == 0.5
    assert grade(s, {"text": "talk"}) == 0.0
    assert grade(s, {"text": ""}) == 0.0


def test_short_answer_can_be_case_sensitive():
    s = snap(QuestionType.SHORTANSWER, case_sensitive=True)
    assert grade(s, {"text": "Listen"}) == 0.0
    assert grade(s, {"text": "listen"}) == 1.0


def test_numerical_accepts_values_within_tolerance():
    s = snap(QuestionType.NUMERICAL)
    assert grade(s, {"text": "72"}) == 1.0
    assert grade(s, {"text": "71"}) == 1.0
    assert grade(s, {"text": "73,5"}) == 1.0  # a decimal comma
    assert grade(s, {"text": "75"}) == 0.0
    assert grade(s, {"text": "seventy"}) == 0.0


def test_matching_gives_credit_per_right_pair():
    s = snap(QuestionType.MATCHING)
    ids = {p["prompt"]: p["id"] for p in s["pairs"]}
    assert grade(s, {"matches": {ids["Look"]: "Check safety", ids["Listen"]: "Ask about needs"}}) == pytest.approx(
        2 / 3
    )
    assert grade(s, {"matches": {ids["Look"]: "Connect to services"}}) == 0.0


def test_essay_waits_for_a_trainer():
    assert grade(snap(QuestionType.ESSAY), {"text": "I would listen."}) is None


def test_public_view_of_every_type_carries_no_answer_key():
    for qtype in QuestionType.values:
        view = str(public_view(snap(qtype)))
        for secret in ("fraction", "feedback", "credit", "correct", "Yes: calm", "About three days", "'answer'"):
            assert secret not in view, (qtype, secret)


@given(
    chosen=st.lists(st.integers(min_value=0, max_value=2), max_size=5),
    garbage=st.lists(st.text(max_size=8), max_size=3),
)
def test_multiple_response_score_stays_between_zero_and_one(chosen, garbage, multi_snap):
    ids = [o["id"] for o in multi_snap["options"]]
    fraction = grade(multi_snap, {"choices": [ids[i] for i in chosen] + garbage})
    assert 0.0 <= fraction <= 1.0


@given(
    credits=st.lists(st.integers(min_value=-100, max_value=100), min_size=2, max_size=6),
    picks=st.sets(st.integers(0, 5)),
)
def test_partial_credit_is_the_clamped_sum_of_chosen_credits(credits, picks):
    options = [{"id": f"o{i}", "text": str(i), "fraction": c / 100, "feedback": ""} for i, c in enumerate(credits)]
    s = {"qtype": "multichoice", "single": False, "options": options}
    chosen = [f"o{i}" for i in picks if i < len(credits)]
    expected = min(1.0, max(0.0, sum(credits[int(c[1:])] for c in chosen) / 100))
    assert grade(s, {"choices": chosen}) == pytest.approx(expected)


@given(text=st.text(max_size=40))
def test_any_text_answer_scores_between_zero_and_one(text, short_snap):
    assert 0.0 <= grade(short_snap, {"text": text}) <= 1.0


@pytest.fixture(scope="module")
def multi_snap(django_db_blocker):
    with django_db_blocker.unblock():
        from django.db import transaction

        with transaction.atomic():
            s = snap(QuestionType.MULTICHOICE, single=False)
            transaction.set_rollback(True)
    return s


@pytest.fixture(scope="module")
def short_snap(django_db_blocker):
    with django_db_blocker.unblock():
        from django.db import transaction

        with transaction.atomic():
            s = snap(QuestionType.SHORTANSWER)
            transaction.set_rollback(True)
    return s
