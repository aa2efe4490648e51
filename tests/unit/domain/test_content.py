"""The content model accepts every kind and refuses malformed documents by field path."""

from __future__ import annotations

from typing import Any

import pytest

from quizbuilder.domain.content import Kind
from quizbuilder.domain.errors import DocumentInvalid
from quizbuilder.domain.validation import field_path, parse_document
from tests.helpers.documents import ALL, data


def problems(doc: dict[str, Any]) -> dict[str, str]:
    with pytest.raises(DocumentInvalid) as caught:
        parse_document(doc)
    return {p.path: p.message for p in caught.value.problems}


@pytest.mark.parametrize("name", sorted(ALL))
def test_every_kind_validates(name: str) -> None:
    document = parse_document(data(name))
    assert document.kind == Kind(name)


def test_field_path_reads_like_the_json() -> None:
    assert (
        field_path(("questions", 3, "options", 1, "fraction")) == "questions[3].options[1].fraction"
    )
    assert field_path(("questions", 0), "options[2].id") == "questions[0].options[2].id"
    assert field_path((), "contest") == "contest"


def test_fraction_out_of_range_names_the_option() -> None:
    doc = data("knowledge_quiz")
    doc["questions"][1]["options"][2]["fraction"] = -1.5
    found = problems(doc)
    assert "questions[1].options[2].fraction" in found
    assert "at least -1" in found["questions[1].options[2].fraction"]


def test_duplicate_option_ids_are_refused() -> None:
    doc = data("poll")
    doc["questions"][0]["options"][2]["id"] = "insta"
    found = problems(doc)
    assert found == {"questions[0].options[2].id": "'insta' is used by two options"}


def test_duplicate_question_ids_are_refused() -> None:
    doc = data("knowledge_quiz")
    doc["questions"][2]["id"] = "q1"
    assert problems(doc) == {"questions[2].id": "'q1' is used by two questions"}


def test_weight_towards_an_unknown_outcome_names_the_weight() -> None:
    doc = data("personality_quiz")
    doc["questions"][0]["options"][1]["weights"] = {"micro": 1}
    found = problems(doc)
    assert found == {"questions[0].options[1].weights.micro": "there is no outcome 'micro'"}


def test_consents_are_never_preticked() -> None:
    doc = data("contest")
    doc["lead_form"]["consents"][0]["checked"] = True
    found = problems(doc)
    assert "lead_form.consents[0].checked" in found
    assert "never ticked in advance" in found["lead_form.consents[0].checked"]


def test_nps_scale_is_zero_to_ten() -> None:
    doc = data("survey")
    doc["questions"][0]["scale"] = {"min": 1, "max": 10}
    assert problems(doc) == {"questions[0].scale": "an NPS question goes from 0 to 10"}


def test_scale_questions_need_a_scale_and_others_refuse_one() -> None:
    doc = data("survey")
    del doc["questions"][0]["scale"]
    doc["questions"][1]["scale"] = {"min": 1, "max": 5}
    found = problems(doc)
    assert set(found) == {"questions[0].scale", "questions[1].scale"}


def test_true_false_has_two_options() -> None:
    doc = data("knowledge_quiz")
    doc["questions"][0]["type"] = "true_false"
    doc["questions"][0]["options"].append({"id": "c", "label": "Peut-être"})
    assert "questions[0].options" in problems(doc)


def test_options_on_a_text_question_are_refused() -> None:
    doc = data("survey")
    doc["questions"][1]["options"] = [{"id": "a"}, {"id": "b"}]
    assert problems(doc) == {"questions[1].options": "a long_text question has no options"}


def test_variant_order_must_list_every_question_once() -> None:
    doc = data("knowledge_quiz")
    doc["variants"] = [{"id": "A"}, {"id": "B", "question_order": ["q2", "q1", "q1"]}]
    assert problems(doc) == {"variants[1].question_order": "must list every question exactly once"}


def test_pool_cannot_draw_more_questions_than_there_are() -> None:
    doc = data("knowledge_quiz")
    doc["settings"] = {"pool_size": 4}
    assert problems(doc) == {"settings.pool_size": "is more than the 3 questions"}


def test_contest_settings_belong_to_contests_only() -> None:
    doc = data("poll")
    doc["contest"] = {}
    assert "contest" in problems(doc)
    contest = data("contest")
    del contest["contest"]
    assert problems(contest) == {"contest": "a contest needs its contest settings"}


def test_contest_dates_need_a_time_zone_and_an_order() -> None:
    doc = data("contest")
    doc["contest"]["starts_at"] = "2026-11-02T09:00:00"
    assert "contest.starts_at" in problems(doc)
    doc = data("contest")
    doc["contest"]["ends_at"] = "2026-11-01T09:00:00+01:00"
    assert problems(doc) == {"contest.ends_at": "must be after starts_at"}
    doc = data("contest")
    doc["contest"]["timezone"] = "Europe/Lutece"
    assert "not a known time zone" in problems(doc)["contest.timezone"]


def test_entry_condition_must_point_at_something_real() -> None:
    doc = data("contest")
    doc["contest"]["entry_condition"] = {"type": "consent", "consent_id": "newsletter"}
    assert problems(doc) == {
        "contest.entry_condition.consent_id": "there is no consent 'newsletter'"
    }
    doc["contest"]["entry_condition"] = {"type": "min_score"}
    assert "contest.entry_condition.min_score_percent" in problems(doc)


def test_unknown_fields_and_bad_values_are_named() -> None:
    doc = data("poll")
    doc["titel"] = "faute de frappe"
    doc["theme"] = {"primary_color": "violet", "radius": 99}
    doc["kind"] = "quiz"
    found = problems(doc)
    assert "misspelt" in found["titel"]
    assert "colour" in found["theme.primary_color"]
    assert "at most 32" in found["theme.radius"]
    assert "must be one of" in found["kind"]


def test_bad_identifier_is_explained() -> None:
    doc = data("poll")
    doc["questions"][0]["id"] = "mon id"
    assert "not a valid identifier" in problems(doc)["questions[0].id"]


def test_a_document_must_be_an_object() -> None:
    with pytest.raises(DocumentInvalid, match="JSON object"):
        parse_document(["not", "a", "document"])


def test_error_message_lists_problems_with_the_source() -> None:
    doc = data("poll")
    doc["questions"][0]["options"] = []
    with pytest.raises(DocumentInvalid) as caught:
        parse_document(doc, source="sondage.json")
    text = str(caught.value)
    assert text.startswith("sondage.json: 1 problem")
    assert "questions[0].options: needs at least two options" in text


def test_max_score_counts_only_scored_questions() -> None:
    doc = data("knowledge_quiz")
    doc["questions"].append(
        {"id": "q4", "type": "long_text", "text": "Un commentaire ?", "points": 5}
    )
    assert parse_document(doc).max_score == 4  # 1 + 2 + 1; the long text has no key
