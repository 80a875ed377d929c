"""The GIFT reader and writer: every construct, Moodle's own files, errors, round trips.

Moodle's importer (question/format/gift/format.php) is the reference for what each
question means. No database: these are plain functions.
"""

import dataclasses
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assessments.gift import (
    FORMATS,
    GiftAnswer,
    GiftMatch,
    GiftQuestion,
    export_gift,
    parse_gift,
)

CONFORMANCE_DIRS = [
    Path(__file__).resolve().parents[2].parent / "shared/conformance/gift",
    Path("/work/shared/conformance/gift"),
]
EXAMPLES, FIXTURE, IN_CATEGORY = "examples.gift.txt", "questions.gift.txt", "questions_in_category.gift.txt"


def conformance(name: str) -> str:
    for folder in CONFORMANCE_DIRS:
        if (folder / name).is_file():
            return (folder / name).read_text(encoding="utf-8")
    pytest.fail(
        f"Moodle's GIFT conformance file {name} was not found in any of "
        f"{', '.join(str(d) for d in CONFORMANCE_DIRS)}: check out the shared conformance files next to the project."
    )


def one(text: str) -> GiftQuestion:
    result = parse_gift(text)
    assert result.errors == []
    assert len(result.questions) == 1
    return result.questions[0]


def error(text: str):
    result = parse_gift(text)
    assert result.questions == []
    assert len(result.errors) == 1
    return result.errors[0]


def by_line(text: str) -> dict[int, GiftQuestion]:
    result = parse_gift(text)
    assert result.errors == []
    return {q.line: q for q in result.questions}


def fractions(q: GiftQuestion) -> list[float]:
    return [a.fraction for a in q.answers]


def texts(q: GiftQuestion) -> list[str]:
    return [a.text for a in q.answers]


def without_lines(questions: list[GiftQuestion]) -> list[GiftQuestion]:
    return [dataclasses.replace(q, line=0) for q in questions]


# --- Layout: comments, blank lines, names, formats, categories ---------------------------


def test_comment_lines_are_ignored():
    q = one("// a comment\n// another\nWho? {=me ~you}")
    assert q.text == "Who?"
    assert texts(q) == ["me", "you"]


def test_line_numbers_count_comments_and_blank_lines():
    result = parse_gift("// heading\n\n\nFirst? {T}\n\n// note\n\n// about the next\nSecond? {F}\n")
    assert [q.line for q in result.questions] == [4, 9]


def test_blank_lines_separate_questions():
    result = parse_gift("One? {T}\n\nTwo? {F}\n   \nThree? {TRUE}")
    assert [q.text for q in result.questions] == ["One?", "Two?", "Three?"]


def test_question_text_may_span_lines():
    assert one("A question\nover two lines? {T}").text == "A question\nover two lines?"


def test_name_between_double_colons():
    q = one("::Kanji Origins::Japanese characters came from? {=China ~India}")
    assert q.name == "Kanji Origins"
    assert q.text == "Japanese characters came from?"


def test_name_defaults_to_the_text():
    assert one("Who's buried in Grant's tomb?{~Grant =no one}").name == "Who's buried in Grant's tomb?"


def test_default_name_of_long_text_is_cut_after_a_word_as_moodle_does():
    text = "The American holiday of Thanksgiving is celebrated on the {~second =fourth} Thursday of November."
    assert one(text).name == "The American holiday of Thanksgiving is celebrated on the _____ Thursday of ..."


def test_default_name_drops_html_tags():
    assert one("[html]<p>Pick <b>one</b></p>{=a ~b}").name == "Pick one"


@pytest.mark.parametrize("fmt", ["html", "markdown", "plain", "moodle"])
def test_format_tag_sets_text_format(fmt):
    q = one(f"::N::[{fmt}]Is **this** <b>bold</b>?{{T}}")
    assert q.text_format == fmt
    assert q.text == "Is **this** <b>bold</b>?"


def test_text_format_defaults_to_moodle():
    assert one("Plain question? {T}").text_format == "moodle"


def test_unknown_format_tag_stays_in_the_text():
    q = one("[rtf]Question? {T}")
    assert (q.text, q.text_format) == ("[rtf]Question?", "moodle")


def test_format_tag_on_answer_and_feedback_is_removed():
    q = one("Q? {=[html]<b>yes</b>#[plain]good ~no}")
    assert q.answers[0] == GiftAnswer("<b>yes</b>", 1.0, "good")


def test_category_applies_to_the_questions_after_it():
    result = parse_gift(
        "One? {T}\n\n$CATEGORY: $course$/top/Foo\n\nTwo? {T}\n\n$CATEGORY: $course$/top/Bar\n\nThree? {F}"
    )
    assert [q.category for q in result.questions] == [None, "$course$/top/Foo", "$course$/top/Bar"]


def test_category_is_kept_as_written():
    q = parse_gift("// switch\n$CATEGORY:   $course$/top/A//B  \n\nQ? {T}").questions[0]
    assert q.category == "$course$/top/A//B"


def test_windows_line_endings_and_byte_order_mark_are_accepted():
    result = parse_gift("\ufeff// c\r\n::A::One? {T}\r\n\r\n::B::Two? {F}\r\n")
    assert [(q.line, q.name) for q in result.questions] == [(2, "A"), (4, "B")]


def test_idnumber_and_tags_come_from_the_comment_lines():
    q = one("// Tags: [tag:tag] [tag:other-tag].\n// And an idnumber: [id:myid].\n::Question name:: How are you? {}")
    assert (q.idnumber, q.tags) == ("myid", ["tag", "other-tag"])


def test_escaped_bracket_in_idnumber():
    assert one("// [id:a\\]b]\nQ? {T}").idnumber == "a]b"


# --- Escapes ----------------------------------------------------------------------------


def test_escaped_control_characters_are_literal():
    q = one("::a\\:b::1 + 1 \\= 2 \\{ok\\} \\~ \\# {T}")
    assert q.name == "a:b"
    assert q.text == "1 + 1 = 2 {ok} ~ #"


def test_escaped_newline_becomes_a_line_break():
    assert one("Line one\\nline two? {T}").text == "Line one\nline two?"


def test_double_backslash_is_one_backslash():
    assert one("A \\\\ B \\\\\\\\ C{}").text == "A \\ B \\\\ C"


def test_backslash_before_a_control_character_leaves_the_character_live():
    # "\\#" is a backslash, then a real "#" that starts the feedback.
    q = one("Q? {=a\\\\#feedback ~b}")
    assert q.answers[0] == GiftAnswer("a\\", 1.0, "feedback")


def test_escaped_characters_in_answers_and_feedback():
    q = one("Which answer equals 5? {\n ~ \\= 2 + 2 # \\~ no\n = \\= 2 + 3 #\\{yes\\}\n}")
    assert [(a.text, a.feedback) for a in q.answers] == [("= 2 + 2", "~ no"), ("= 2 + 3", "{yes}")]


# --- Question types ---------------------------------------------------------------------


def test_multiple_choice_with_one_right_answer():
    q = one("Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}")
    assert (q.qtype, q.single) == ("multichoice", True)
    assert texts(q) == ["Grant", "Jefferson", "no one"]
    assert fractions(q) == [0.0, 0.0, 1.0]


def test_multiple_choice_with_partial_credit_stays_single_when_an_answer_has_equals():
    q = one("Difficult question.{~wrong answer ~%50%half credit answer =full credit answer}")
    assert q.single is True
    assert fractions(q) == [0.0, 0.5, 1.0]


def test_multiple_answers_with_weights():
    q = one("Who is in the tomb? {~No one ~%50%Grant ~%50%Grant's wife ~Grant's father}")
    assert (q.qtype, q.single) == ("multichoice", False)
    assert fractions(q) == [0.0, 0.5, 0.5, 0.0]


def test_multiple_answers_with_negative_weights():
    q = one("Who is in the tomb? {~%-50%No one ~%50%Grant ~%50%Grant's wife ~%-100%Grant's father}")
    assert q.single is False
    assert fractions(q) == [-0.5, 0.5, 0.5, -1.0]


def test_decimal_weight():
    q = one("Pick? {~%33.33333%a ~%33.33333%b ~%33.33334%c ~d}")
    assert fractions(q) == pytest.approx([1 / 3, 1 / 3, 1 / 3, 0], abs=1e-6)


@pytest.mark.parametrize(("written", "correct"), [("T", True), ("TRUE", True), ("F", False), ("FALSE", False)])
def test_true_false_values(written, correct):
    q = one(f"The sun rises in the east.{{{written}}}")
    assert (q.qtype, q.correct) == ("truefalse", correct)


def test_true_false_feedback_for_a_true_statement():
    # The first feedback is shown for the wrong choice, the second for the right one.
    q = one("The sun rises in the east.{TRUE#You chose false: wrong.#You chose true: right.}")
    assert q.true_feedback == "You chose true: right."
    assert q.false_feedback == "You chose false: wrong."


def test_true_false_feedback_for_a_false_statement():
    q = one("42 is the Absolute Answer.{FALSE#42 is the Ultimate Answer.#You gave the right answer.}")
    assert q.correct is False
    assert q.true_feedback == "42 is the Ultimate Answer."
    assert q.false_feedback == "You gave the right answer."


def test_short_answer_with_several_accepted_answers():
    q = one("Who's buried in Grant's tomb?{=no one =nobody}")
    assert q.qtype == "shortanswer"
    assert texts(q) == ["no one", "nobody"]
    assert fractions(q) == [1.0, 1.0]


def test_short_answer_weights_and_wildcard():
    q = one("Which is the best animal?{\n=Frog#Good!\n=%50%Cat#Cats?\n=%0%*#Completely wrong\n}")
    assert [(a.text, a.fraction, a.feedback) for a in q.answers] == [
        ("Frog", 1.0, "Good!"),
        ("Cat", 0.5, "Cats?"),
        ("*", 0.0, "Completely wrong"),
    ]


def test_numerical_exact_answer():
    q = one("When was Ulysses S. Grant born? {#1822}")
    assert q.qtype == "numerical"
    assert q.answers == [GiftAnswer("", 1.0, "", 1822.0, 0.0)]


def test_numerical_tolerance():
    a = one("What is pi? {#3.1415:0.0005}").answers[0]
    assert (a.value, a.tolerance) == (3.1415, 0.0005)


def test_numerical_range_becomes_midpoint_and_half_width():
    a = one("What is pi? {#3.141..3.142}").answers[0]
    assert a.value == pytest.approx(3.1415)
    assert a.tolerance == pytest.approx(0.0005)


def test_numerical_negative_and_exponent_values():
    q = one("Q? {#=-1.5e3:2 =%50%-1500..-1400}")
    assert [(a.value, a.tolerance) for a in q.answers] == [(-1500.0, 2.0), (-1450.0, 50.0)]


def test_numerical_several_answers_with_weights_and_feedback():
    q = one("When was Grant born? {#\n=1822:0 #Correct!\n=%50%1822:2 #Close.\n}")
    assert q.answers == [GiftAnswer("", 1.0, "Correct!", 1822.0, 0.0), GiftAnswer("", 0.5, "Close.", 1822.0, 2.0)]


def test_numerical_feedback_for_any_other_answer():
    q = one("What is a number from 1 to 5? {#3:2~#Completely wrong}")
    assert q.answers[1] == GiftAnswer("*", 0.0, "Completely wrong")


def test_matching_pairs():
    q = one("Match the capitals. {\n=Canada -> Ottawa\n=Italy->Rome\n=Japan  -> Tokyo\n}")
    assert q.qtype == "matching"
    assert q.matches == [GiftMatch("Canada", "Ottawa"), GiftMatch("Italy", "Rome"), GiftMatch("Japan", "Tokyo")]


def test_matching_pair_without_a_question_is_an_extra_answer():
    q = one("Match. {=a -> 1 =b -> 2 = -> 3}")
    assert q.matches[-1] == GiftMatch("", "3")


def test_matching_answer_may_contain_an_arrow():
    assert one("Match. {=a -> x->y =b -> 2}").matches[0] == GiftMatch("a", "x->y")


def test_essay():
    q = one("::Q8:: How are you? {}")
    assert (q.qtype, q.text, q.answers) == ("essay", "How are you?", [])


def test_essay_with_general_feedback():
    q = one("How are you? {####We hope you are well.}")
    assert (q.qtype, q.general_feedback) == ("essay", "We hope you are well.")


def test_description_has_no_answer_block():
    q = one("::Intro::The next questions are about Grant.")
    assert (q.qtype, q.name, q.text) == ("description", "Intro", "The next questions are about Grant.")


def test_missing_word_puts_a_blank_where_the_block_was():
    q = one("Grant is {~buried =entombed ~living} in Grant's tomb.")
    assert q.text == "Grant is _____ in Grant's tomb."


def test_block_before_closing_punctuation_is_missing_word():
    assert one("Two plus two equals {=four =4}.").text == "Two plus two equals _____."


def test_general_feedback_after_four_hashes():
    q = one("Best animal?{\n=Frog#Good!\n####[html]Here is some general feedback!\n}")
    assert q.general_feedback == "Here is some general feedback!"
    assert q.answers[0].feedback == "Good!"


def test_per_answer_feedback():
    q = one("Q?{\n~wrong answer#comment on the wrong answer\n=right answer#Very good!}")
    assert [a.feedback for a in q.answers] == ["comment on the wrong answer", "Very good!"]


def test_feedback_may_span_lines_and_lines_are_trimmed():
    q = one("Q? {#\n   =%50%1822:2  #He was born in 1822.\n          You get 50%.\n   =1822}")
    assert q.answers[0].feedback == "He was born in 1822.\nYou get 50%."


# --- Errors -----------------------------------------------------------------------------


def test_unclosed_answer_block_names_the_line_it_opened_on():
    result = parse_gift("// intro\n\nOne? {T}\n\n// next\nTwo? {\n=a\n=b\n")
    assert [q.text for q in result.questions] == ["One?"]
    assert [(e.line, e.message) for e in result.errors] == [
        (6, "The answer block opened on line 6 is never closed: add a closing }.")
    ]


def test_closing_brace_without_opening_brace():
    assert error("\n\nQ? T}").line == 3


def test_second_answer_block_in_one_question():
    # Usually a missing blank line between two questions.
    e = error("One? {T}\nTwo? {F}")
    assert e.line == 2
    assert "blank line" in e.message


def test_brace_inside_an_answer_block():
    assert error("Q? {=a {b}\n").line == 1


@pytest.mark.parametrize("value", ["true", "False", "t", "f"])
def test_true_false_value_in_lower_case_is_an_error(value):
    e = error(f"\nThe sun rises.{{{value}}}")
    assert e.line == 2
    assert "T, TRUE, F or FALSE" in e.message


@pytest.mark.parametrize("block", ["{#abc}", "{#1822:x}", "{#3,14}", "{#1..y}", "{#inf}", "{#1e999}"])
def test_bad_number_is_an_error(block):
    assert "is not a number" in error(f"Q? {block}").message


def test_backwards_range_is_an_error():
    assert "backwards" in error("Q? {#5..1}").message


def test_negative_tolerance_is_an_error():
    assert "negative" in error("Q? {#5:-1}").message


def test_numerical_block_without_a_number_is_an_error():
    assert "no answer" in error("Q? {#}").message


def test_matching_with_one_pair_is_an_error():
    assert "fewer than two pairs" in error("Match. {=a -> 1}").message


def test_matching_pair_without_arrow_is_an_error():
    e = error("Match. {\n=a -> 1\n=b\n}")
    assert e.line == 3
    assert "has no ->" in e.message


def test_matching_pair_without_an_answer_is_an_error():
    assert "nothing after ->" in error("Match. {=a -> 1 =b -> }").message


@pytest.mark.parametrize("weight", ["150", "-101", "999"])
def test_weight_outside_minus_100_to_100_is_an_error(weight):
    e = error(f"Q? {{\n~a\n~%{weight}%b\n=c}}")
    assert e.line == 3
    assert "outside -100..100" in e.message


@pytest.mark.parametrize("weight", ["100.5", "+50", "5.5.5"])
def test_weight_moodle_cannot_read_is_an_error(weight):
    # Moodle would quietly keep these as part of the answer text.
    assert "Moodle cannot read the weight" in error(f"Q? {{~%{weight}%a =b}}").message


def test_weight_that_is_not_a_number_is_an_error():
    assert "not a number" in error("Q? {~%--50%a =b}").message


def test_multiple_choice_with_one_answer_is_an_error():
    assert "fewer than two answers" in error("Q? {~only}").message


def test_empty_answer_is_an_error():
    e = error("Q? {\n=a\n~\n~c}")
    assert e.line == 3
    assert "Answer 2" in e.message


def test_multiple_answer_weights_must_add_up_to_100():
    assert "add up to 50%" in error("Q? {~%50%a ~b ~c}").message


def test_short_answer_needs_an_answer_worth_100():
    assert "worth 100%" in error("Q? {=%50%a =%20%b}").message


def test_unclosed_name_is_an_error():
    assert "never closed" in error("::Name without end Q? {T}").message


def test_question_without_text_is_an_error():
    assert "no text" in error("{T}").message


def test_category_followed_directly_by_a_question_is_an_error():
    e = error("$CATEGORY: $course$/top/A\n::Q::Text {T}")
    assert e.line == 1
    assert "blank line" in e.message


def test_every_bad_question_is_reported_and_good_ones_still_read():
    text = "// file\n\nGood? {T}\n\n\nBad one? {true}\n\nGood two? {=a ~b}\n\n// c\nBad two? {#x}\n"
    result = parse_gift(text)
    assert [q.line for q in result.questions] == [3, 8]
    assert [e.line for e in result.errors] == [6, 11]


def test_error_messages_are_whole_sentences_with_the_line():
    result = parse_gift("Q? {\n\nQ? {=a ~b ~c\n\nQ? {#z}\n\nQ? {=a->b}\n\nQ? {maybe#x}{")
    assert len(result.errors) == 5
    for e in result.errors:
        assert e.message[0].isupper()
        assert e.message.endswith(".")
        assert f"line {e.line}" in e.message


# --- Moodle's conformance files ---------------------------------------------------------


def test_moodle_examples_file_reads_without_errors():
    result = parse_gift(conformance(EXAMPLES))
    assert result.errors == []
    assert len(result.questions) == 43


def test_moodle_questions_fixture_reads_without_errors():
    result = parse_gift(conformance(FIXTURE))
    assert result.errors == []
    assert len(result.questions) == 9


def test_moodle_questions_in_category_fixture_reads_without_errors():
    result = parse_gift(conformance(IN_CATEGORY))
    assert result.errors == []
    assert len(result.questions) == 4


def test_moodle_examples_question_type_counts():
    qtypes = [q.qtype for q in parse_gift(conformance(EXAMPLES)).questions]
    assert qtypes.count("multichoice") == 18
    assert qtypes.count("truefalse") == 5
    assert qtypes.count("shortanswer") == 9
    assert qtypes.count("numerical") == 8
    assert qtypes.count("matching") == 3


GRANT = "Grant's tomb"

# (file, line the question starts on, what Moodle makes of it). "fractions", "texts",
# "feedbacks", "values" and "tolerances" list the answers' fields; other keys are attributes.
MOODLE_SAMPLES = [
    (
        EXAMPLES,
        8,
        {"qtype": "multichoice", "single": True, "fractions": [0, 0, 1], "texts": ["Grant", "Jefferson", "no one"]},
    ),
    (EXAMPLES, 10, {"qtype": "multichoice", "text": f"Grant is _____ in {GRANT}.", "fractions": [0, 1, 0]}),
    (EXAMPLES, 12, {"qtype": "truefalse", "correct": False, "true_feedback": "", "false_feedback": ""}),
    (EXAMPLES, 16, {"qtype": "numerical", "values": [1822.0], "tolerances": [1.0], "fractions": [1]}),
    (EXAMPLES, 45, {"qtype": "shortanswer", "text": "Two plus two equals _____.", "texts": ["four", "4"]}),
    (
        EXAMPLES,
        61,
        {
            "qtype": "matching",
            "matches": [
                GiftMatch("Canada", "Ottawa"),
                GiftMatch("Italy", "Rome"),
                GiftMatch("Japan", "Tokyo"),
                GiftMatch("India", "New Delhi"),
            ],
        },
    ),
    (
        EXAMPLES,
        74,
        {
            "text": "What is the value of pi (to 3 decimal places)? _____.",
            "values": pytest.approx([3.1415]),
            "tolerances": pytest.approx([0.0005]),
        },
    ),
    (EXAMPLES, 76, {"qtype": "numerical", "values": [1822.0, 1822.0], "tolerances": [0.0, 2.0], "fractions": [1, 0.5]}),
    (
        EXAMPLES,
        90,
        {
            "qtype": "shortanswer",
            "name": "Kanji Origins",
            "text": "Japanese characters originally\ncame from what country?",
        },
    ),
    (
        EXAMPLES,
        98,
        {"feedbacks": ["feedback comment on the wrong answer", "feedback comment on this wrong answer", "Very good!"]},
    ),
    (EXAMPLES, 108, {"qtype": "shortanswer", "text_format": "markdown", "text": f"Who's buried in **{GRANT}**?"}),
    (EXAMPLES, 113, {"qtype": "truefalse", "correct": False, "true_feedback": f"No one is buried in {GRANT}."}),
    (
        EXAMPLES,
        117,
        {
            "qtype": "multichoice",
            "single": True,
            "text": "Jesus Christ was from _____.",
            "fractions": [0, 0.25, 0.5, 1],
        },
    ),
    (EXAMPLES, 123, {"qtype": "shortanswer", "name": "Jesus' hometown", "fractions": [1, 0.75, 0.25]}),
    (EXAMPLES, 130, {"qtype": "multichoice", "single": False, "fractions": [0, 0.5, 0.5, 0]}),
    (EXAMPLES, 136, {"qtype": "multichoice", "single": False, "fractions": [-0.5, 0.5, 0.5, -0.5]}),
    (EXAMPLES, 143, {"single": True, "texts": ["= 2 + 2", "= 2 + 3", "= 2 + 4"], "fractions": [0, 1, 0]}),
    (
        EXAMPLES,
        148,
        {"name": "GIFT Control Characters", "texts": ["~", "=", "#", "{", "}", "\\"], "fractions": [0, 0, 0, 0, 0, 1]},
    ),
    (
        EXAMPLES,
        202,
        {
            "name": "Numerical example",
            "feedbacks": ["Correct! 100% credit", "He was born in 1822.\nYou get 50% credit for being close."],
        },
    ),
    (FIXTURE, 2, {"qtype": "essay", "name": "Q8", "text": "How are you?"}),
    (FIXTURE, 5, {"qtype": "matching", "text_format": "html", "text": "Match the <b>activity</b> to the description."}),
    (
        FIXTURE,
        14,
        {
            "qtype": "multichoice",
            "single": True,
            "texts": ["yellow", "red", "blue"],
            "feedbacks": ["right; good!", "wrong, it's yellow", "wrong, it's yellow"],
        },
    ),
    (
        FIXTURE,
        22,
        {
            "qtype": "multichoice",
            "single": False,
            "fractions": [0.5, -1, 0.5, -1],
            "texts": ["yellow", "red", "off-beige", "blue"],
        },
    ),
    (
        FIXTURE,
        34,
        {
            "qtype": "shortanswer",
            "texts": ["Frog", "Cat", "*"],
            "fractions": [1, 0.5, 0],
            "feedbacks": ["Good!", "What is it with Moodlers and cats?", "Completely wrong"],
        },
    ),
    (FIXTURE, 46, {"qtype": "truefalse", "name": "2-08 TSL", "correct": True}),
    (IN_CATEGORY, 5, {"qtype": "matching", "category": "$course$/Default for New Features", "text_format": "html"}),
    (
        IN_CATEGORY,
        14,
        {
            "text": '<a href="http://demo.moodle.net/file.php/5/media/bonjour.mp3">Listen to this greeting:</a><br /><br />What language is being spoken?',
            "fractions": [0, 1, 0, 0],
        },
    ),
    (IN_CATEGORY, 22, {"qtype": "shortanswer", "texts": ["Moodler"], "fractions": [1], "feedbacks": [""]}),
    (IN_CATEGORY, 27, {"qtype": "truefalse", "correct": True, "category": "$course$/Default for New Features"}),
]


def describe(q: GiftQuestion, key: str):
    answer_fields = {
        "fractions": "fraction",
        "texts": "text",
        "feedbacks": "feedback",
        "values": "value",
        "tolerances": "tolerance",
    }
    if key in answer_fields:
        return [getattr(a, answer_fields[key]) for a in q.answers]
    return getattr(q, key)


@pytest.mark.parametrize(
    ("name", "line", "expected"), MOODLE_SAMPLES, ids=[f"{n.split('.')[0]}-line{line}" for n, line, _ in MOODLE_SAMPLES]
)
def test_moodle_sample_question_means_what_moodle_reads(name, line, expected):
    question = by_line(conformance(name))[line]
    assert {key: describe(question, key) for key in expected} == expected


def test_moodle_fixture_matching_keeps_a_pair_without_question_as_an_extra_answer():
    q = by_line(conformance(FIXTURE))[5]
    assert q.matches[0] == GiftMatch("An activity supporting asynchronous discussions.", "Forum")
    assert q.matches[4] == GiftMatch("", "Chat")


def test_moodle_fixture_numerical_with_feedback_for_any_other_answer():
    q = by_line(conformance(FIXTURE))[31]
    assert q.answers == [GiftAnswer("", 1.0, "", 3.0, 2.0), GiftAnswer("*", 0.0, "Completely wrong")]


def test_moodle_fixture_true_false_with_both_feedbacks_and_general_feedback():
    q = by_line(conformance(FIXTURE))[41]
    assert (q.correct, q.true_feedback, q.false_feedback) == (
        False,
        "42 is the Ultimate Answer.",
        "You gave the right answer.",
    )
    assert q.general_feedback == "This is, of course, a Hitchiker's Guide to the Galaxy reference."


def test_moodle_fixture_text_after_the_block_is_kept_as_moodle_reads_it():
    # The fixture has a stray '";' after two blocks (copied from PHP source);
    # Moodle reads it as text after a missing-word blank, and so do we.
    qs = by_line(conformance(FIXTURE))
    assert qs[31].text == 'What is a number from 1 to 5? _____";'
    assert qs[41].text == '42 is the Absolute Answer to everything._____";'


@pytest.mark.parametrize("name", [EXAMPLES, FIXTURE, IN_CATEGORY])
def test_moodle_files_survive_a_round_trip(name):
    original = parse_gift(conformance(name)).questions
    again = parse_gift(export_gift(original))
    assert again.errors == []
    assert without_lines(again.questions) == without_lines(original)


# --- Writing ----------------------------------------------------------------------------


def test_export_writes_category_only_when_it_changes():
    qs = [
        GiftQuestion(0, "truefalse", "A?", "A", category="$course$/top/X", correct=True),
        GiftQuestion(0, "truefalse", "B?", "B", category="$course$/top/X", correct=False),
        GiftQuestion(0, "essay", "C?", "C", category="$course$/top/Y"),
    ]
    out = export_gift(qs)
    assert out.count("$CATEGORY:") == 2
    assert out.index("$CATEGORY: $course$/top/Y") > out.index("::B::")


def test_export_escapes_special_characters():
    q = GiftQuestion(0, "essay", "a~b=c#d{e}f:g\\h\ni", "n:1")
    assert export_gift([q]) == "::n\\:1::a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni{}\n"


def test_export_guards_text_that_looks_like_a_format_tag():
    q = GiftQuestion(0, "essay", "[html] is a tag", "N")
    assert "[moodle][html] is a tag" in export_gift([q])
    assert one(export_gift([q])).text == "[html] is a tag"


def test_export_writes_idnumber_and_tags_in_a_comment():
    q = GiftQuestion(0, "essay", "Q?", "N", idnumber="q-1", tags=["a", "b c"])
    assert export_gift([q]).startswith("// [id:q-1] [tag:a] [tag:b c]\n::N::Q?{}")


def test_export_refuses_a_subquestion_with_an_arrow():
    q = GiftQuestion(0, "matching", "M?", "M", matches=[GiftMatch("a->b", "1"), GiftMatch("c", "2")])
    with pytest.raises(ValueError, match="->"):
        export_gift([q])


def test_export_refuses_going_back_to_no_category():
    qs = [GiftQuestion(0, "essay", "A?", "A", category="X"), GiftQuestion(0, "essay", "B?", "B")]
    with pytest.raises(ValueError, match="no category"):
        export_gift(qs)


# --- Properties -------------------------------------------------------------------------

URDU = "اردو زبان میں یہ سوال ہے؟ ۔،٪ ٹ ڈ ڑ ں ھ ے ۱۲۳"
SPECIAL = "~=#{}:\\%[]-></$*_&;\n\t "
CHARS = st.one_of(
    st.sampled_from(URDU + SPECIAL + "abcXYZ019.'\""),
    st.characters(exclude_categories=["Cs"], exclude_characters="\r"),
)


def php_trim(text: str) -> str:
    return text.strip(" \t\n\r\0\x0b")


def words(min_size: int = 1, arrows: bool = True):
    strategy = st.text(CHARS, max_size=25).map(php_trim).filter(lambda t: len(t) >= min_size)
    return strategy if arrows else strategy.filter(lambda t: "->" not in t)


def maybe(strategy):
    return st.one_of(st.just(""), strategy)


IDS = st.text(st.sampled_from("abcXYZ019-_.:/ ]اردو"), min_size=1, max_size=12).map(php_trim).filter(bool)
OTHER_WEIGHTS = [0.0, 0.5, -0.5, 0.25, -1.0, 0.1, 1 / 3, 0.9, -0.3333333, 0.07]
CATEGORIES = ["$course$/top/Default", "$course$/top/اردو سوالات", "$course$/top/A//B", "Plain"]


@st.composite
def gift_question(draw) -> GiftQuestion:
    qtype = draw(
        st.sampled_from(["description", "essay", "truefalse", "multichoice", "shortanswer", "numerical", "matching"])
    )
    q = GiftQuestion(
        line=0,
        qtype=qtype,
        text=draw(words()),
        name=draw(words()),
        text_format=draw(st.sampled_from(FORMATS)),
        general_feedback="" if qtype == "description" else draw(maybe(words())),
        idnumber=draw(maybe(IDS)),
        tags=draw(st.lists(IDS, max_size=3)),
    )
    if qtype == "truefalse":
        q.correct = draw(st.booleans())
        q.true_feedback, q.false_feedback = draw(maybe(words())), draw(maybe(words()))
    elif qtype == "multichoice":
        q.single = draw(st.booleans())
        if q.single:
            weights = [1.0, *draw(st.lists(st.sampled_from(OTHER_WEIGHTS), min_size=1, max_size=4))]
        else:
            right = draw(st.sampled_from([[1.0], [0.5, 0.5], [1 / 3] * 3, [0.25, 0.75], [0.2] * 5]))
            wrong = st.lists(st.sampled_from([0.0, -0.5, -1.0]), min_size=max(0, 2 - len(right)), max_size=3)
            weights = right + draw(wrong)
        weights = draw(st.permutations(weights))
        q.answers = [GiftAnswer(draw(words()), w, draw(maybe(words()))) for w in weights]
    elif qtype == "shortanswer":
        weights = [1.0, *draw(st.lists(st.sampled_from(OTHER_WEIGHTS), max_size=3))]
        q.answers = [GiftAnswer(draw(words(arrows=False)), w, draw(maybe(words(arrows=False)))) for w in weights]
    elif qtype == "numerical":
        numbers = st.floats(allow_nan=False, allow_infinity=False)
        tolerances = st.floats(min_value=0, allow_nan=False, allow_infinity=False)
        weights = [1.0, *draw(st.lists(st.sampled_from(OTHER_WEIGHTS), max_size=3))]
        q.answers = [GiftAnswer("", w, draw(maybe(words())), draw(numbers), draw(tolerances)) for w in weights]
        if draw(st.booleans()):
            q.answers.insert(1, GiftAnswer("*", 0.5, draw(maybe(words()))))
        if draw(st.booleans()):
            q.answers.append(GiftAnswer("*", 0.0, draw(maybe(words()))))
    elif qtype == "matching":
        pairs = draw(st.lists(st.tuples(words(min_size=0, arrows=False), words()), min_size=2, max_size=4))
        q.matches = [GiftMatch(left, right) for left, right in pairs]
    return q


@st.composite
def gift_questions(draw) -> list[GiftQuestion]:
    questions = draw(st.lists(gift_question(), min_size=1, max_size=5))
    uncategorised = draw(st.integers(0, len(questions)))
    for i, q in enumerate(questions):
        q.category = None if i < uncategorised else draw(st.sampled_from(CATEGORIES))
    return questions


@settings(max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(gift_questions())
def test_export_then_parse_gives_the_same_questions(questions):
    result = parse_gift(export_gift(questions))
    assert result.errors == []
    assert without_lines(result.questions) == without_lines(questions)


@settings(max_examples=300, deadline=None, database=None)
@given(st.text(st.one_of(st.sampled_from(SPECIAL + "TF#%.\n\n"), st.characters()), max_size=80))
def test_parse_never_crashes_and_always_gives_lines(text):
    result = parse_gift(text)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").count("\n") + 1
    assert all(1 <= item.line <= lines + 1 for item in [*result.questions, *result.errors])
