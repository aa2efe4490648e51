"""Matching cells of other tools' exports to our questions and options."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quizbuilder.domain.matching import QuestionMatcher, fold, match_columns
from quizbuilder.domain.validation import parse_document

QUIZ = parse_document(
    {
        "kind": "knowledge_quiz",
        "questions": [
            {
                "id": "reach",
                "type": "single_choice",
                "text": "Que mesure la portée organique ?",
                "points": 1,
                "options": [
                    {
                        "id": "a",
                        "label": "Les utilisateurs uniques exposés, sans publicité",
                        "fraction": 1,
                    },
                    {"id": "b", "label": "Le nombre de likes"},
                ],
            },
            {
                "id": "kpi",
                "type": "multiple_choice",
                "text": "Quelles métriques ?",
                "points": 1,
                "options": [
                    {"id": "a", "label": "Partages", "fraction": 0.5},
                    {"id": "b", "label": "Commentaires", "fraction": 0.5},
                    {"id": "c", "label": "Portée; reach (sans pub)"},
                    {"id": "d", "label": "Les utilisateurs uniques exposés, sans publicité"},
                ],
            },
            {
                "id": "rgpd",
                "type": "true_false",
                "text": "Le RGPD impose un consentement.",
                "points": 1,
                "options": [
                    {"id": "v", "label": "Vrai", "fraction": 1},
                    {"id": "f", "label": "Faux"},
                ],
            },
            {
                "id": "nps",
                "type": "nps",
                "text": "Recommanderiez-vous ?",
                "scale": {"min": 0, "max": 10},
            },
            {
                "id": "taux",
                "type": "number",
                "text": "Taux ?",
                "points": 1,
                "numeric_answers": [{"value": 5.3, "tolerance": 0.1}],
            },
            {
                "id": "likert",
                "type": "likert",
                "text": "D'accord ?",
                "scale": {"min": 1, "max": 3, "labels": ["Pas d'accord", "Neutre", "D'accord"]},
            },
        ],
    }
)
REACH, KPI, RGPD, NPS, TAUX, LIKERT = (QuestionMatcher(q) for q in QUIZ.questions)


def test_fold_ignores_case_accents_punctuation_and_spaces() -> None:
    assert fold("  Que mesure la PORTÉE organique ?") == "que mesure la portee organique"
    assert fold("Net-Promoter   Score!") == fold("net promoter score")


def test_single_choice_by_label() -> None:
    assert REACH.match("les utilisateurs uniques exposes sans publicite").answer == "a"
    unknown = REACH.match("Autre chose")
    assert unknown.answer is None and unknown.unknown == ["Autre chose"]
    assert REACH.match("   ").answer is None and REACH.match("").unknown == []


def test_multi_select_with_labels_that_contain_separators() -> None:
    assert KPI.match("Partages;Commentaires").answer == ["a", "b"]
    assert KPI.match("Partages, Commentaires").answer == ["a", "b"]  # the linked sheet
    joined = "Partages;Portée; reach (sans pub);Les utilisateurs uniques exposés, sans publicité"
    assert KPI.match(joined).answer == ["a", "c", "d"]
    mixed = KPI.match("Commentaires;Mon autre réponse")
    assert (mixed.answer, mixed.unknown) == (["b"], ["Mon autre réponse"])


def test_true_false_in_french_and_english() -> None:
    for word in ("Vrai", "TRUE", "oui", "Yes"):
        assert RGPD.match(word).answer == "v"
    for word in ("Faux", "false", "Non", "no"):
        assert RGPD.match(word).answer == "f"


def test_scales_numbers_and_likert_labels() -> None:
    assert NPS.match("9").answer == 9
    assert NPS.match("11").answer is None and NPS.match("11").unknown == ["11"]
    assert NPS.match("beaucoup").unknown == ["beaucoup"]
    assert TAUX.match("5,3").answer == 5.3  # a French Excel's decimal comma
    assert TAUX.match(" 1 200.5 ").answer == 1200.5
    assert TAUX.match("cinq").answer is None
    assert LIKERT.match("neutre").answer == 2


def test_columns_match_question_texts() -> None:
    headers = ["Timestamp", "QUE MESURE LA PORTÉE ORGANIQUE", "Quelles métriques ?", "Extra"]
    matched, unmatched = match_columns(headers, QUIZ.questions)
    assert {i: q.id for i, q in matched.items()} == {1: "reach", 2: "kpi"}
    assert unmatched == [0, 3]


labels = st.lists(
    st.text(alphabet="abcdé ,;", min_size=1, max_size=12).filter(lambda s: fold(s)),
    min_size=2,
    max_size=5,
    unique_by=fold,
)


@given(labels, st.data())
def test_any_ticked_subset_is_recovered(options: list[str], data: st.DataObject) -> None:
    """Property: joining any ticked subset with ';' gives that subset back, whatever
    separators the labels themselves contain (as long as no label is made of others)."""
    pieces = [fold(p) for p in options]
    for p in pieces:
        others = [o for o in pieces if o != p]
        if any(o in p for o in others):
            return  # ambiguous by construction: a label containing another
    doc = parse_document(
        {
            "kind": "survey",
            "questions": [
                {
                    "id": "q",
                    "type": "multiple_choice",
                    "options": [{"id": f"o{i}", "label": label} for i, label in enumerate(options)],
                }
            ],
        }
    )
    matcher = QuestionMatcher(doc.questions[0])
    ticked = data.draw(st.lists(st.integers(0, len(options) - 1), min_size=1, unique=True))
    ticked.sort()
    cell = ";".join(options[i] for i in ticked)
    assert matcher.match(cell).answer == [f"o{i}" for i in ticked]
