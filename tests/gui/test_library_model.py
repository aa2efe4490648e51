"""The library tree model, on its own: structure, filtering, and Qt's model checks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from quizbuilder.domain.content import Kind
from quizbuilder.services.library import LibraryService
from quizbuilder.ui.library_model import ItemIdRole, KindRole, LibraryModel


def top_level(model: LibraryModel) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def children(model: LibraryModel, row: int) -> list[str]:
    parent = model.index(row, 0)
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def test_groups_items_by_kind_in_a_fixed_order(library: LibraryService) -> None:
    model = LibraryModel(library.list_items())
    assert top_level(model) == [
        "Polls (1)",
        "Knowledge quizzes (1)",
        "Personality quizzes (1)",
        "Surveys (0)",
        "Contests (1)",
    ]
    assert children(model, 1) == ["Connaissez-vous la Bretagne ?"]
    assert children(model, 3) == []


def test_item_rows_carry_counts_id_and_kind(library: LibraryService) -> None:
    model = LibraryModel(library.list_items())
    quiz = model.index(0, 0, model.index(1, 0))
    row = [model.index(0, c, model.index(1, 0)).data() for c in range(3)]
    assert row == ["Connaissez-vous la Bretagne ?", "2", "0"]
    assert quiz.data(KindRole) == Kind.KNOWLEDGE_QUIZ
    item_id = quiz.data(ItemIdRole)
    assert library.item(item_id).summary.title == "Connaissez-vous la Bretagne ?"
    assert model.index_of_item(item_id) == quiz
    assert model.index(1, 0).data(ItemIdRole) is None
    assert model.summary_at(quiz) is not None
    assert model.summary_at(model.index(1, 0)) is None


def test_filter_folds_accents_and_case_and_matches_kind_names(library: LibraryService) -> None:
    model = LibraryModel(library.list_items())
    model.set_filter("  personnalite   VOYAGEUR ")
    assert top_level(model) == ["Personality quizzes (1)"]
    assert children(model, 0) == ["Test de personnalité : quel voyageur êtes-vous ?"]
    model.set_filter("personality")  # the kind as the tree names it
    assert top_level(model) == ["Personality quizzes (1)"]
    model.set_filter("jeu ETE")  # "été" in the contest's title
    assert children(model, 0) == ["Grand jeu de l'été"]
    model.set_filter("nothing like this")
    assert model.rowCount() == 0
    assert model.visible_count() == 0
    assert model.total_count() == 4
    model.set_filter("")
    assert model.rowCount() == 5


def test_refresh_keeps_the_filter(library: LibraryService, documents: dict[str, Any]) -> None:
    from quizbuilder.domain.validation import parse_document

    model = LibraryModel(library.list_items())
    model.set_filter("bretagne")
    quiz = dict(documents["knowledge_quiz"], title="La Bretagne en images")
    library.create_item(parse_document(quiz))
    model.refresh(library.list_items())
    assert children(model, 0) == ["Connaissez-vous la Bretagne ?", "La Bretagne en images"]


def test_headers() -> None:
    model = LibraryModel([])
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Title", "Questions", "Responses"]
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.rowCount() == 5  # an empty library still lists the five kinds
    assert model.rowCount(model.index(0, 1)) == 0  # only column 0 has children
    assert not model.index(0, 0, model.index(0, 1)).isValid()
    assert not model.parent(QModelIndex()).isValid()


def test_passes_qt_model_checks(qtmodeltester: Any, library: LibraryService) -> None:
    model = LibraryModel(library.list_items())
    qtmodeltester.check(model)


def test_passes_qt_model_checks_while_filtered_and_refreshed(
    qtmodeltester: Any, library: LibraryService
) -> None:
    model = LibraryModel(library.list_items())
    qtmodeltester.check(model)  # keeps checking through the resets below
    model.set_filter("quiz")
    model.refresh(library.list_items())
    model.set_filter("")
    model.refresh([])
    assert model.rowCount() == 5
