"""The Contest tab of the item editor, driven as an organiser would fill it in.

What the page stores is checked in the library (``services.editing.load_draft``), and
the rules' completeness with ``domain.rules.rules_problems`` on the stored document:
the page is done when it lets an author reach rules without a missing mention.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, QPoint, Qt, QTime
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from quizbuilder.domain.authoring import check_data
from quizbuilder.domain.errors import DocumentInvalid
from quizbuilder.domain.kinds import Kind
from quizbuilder.domain.rules import rules_problems
from quizbuilder.domain.validation import parse_document
from quizbuilder.services import editing
from quizbuilder.services.library import LibraryService
from quizbuilder.ui.editor.contest_fields import iso_moment, rezoned, wall_time
from quizbuilder.ui.editor.contest_page import (
    ConditionEditor,
    ContestPage,
)
from quizbuilder.ui.editor.editor import ItemEditor
from quizbuilder.ui.editor.problems_panel import ProblemsPanel
from tests.gui.editing import open_editor


def contest_page(editor: ItemEditor) -> ContestPage:
    editor.show_page("contest")
    page = editor.pages["contest"]
    assert isinstance(page, ContestPage)
    return page


def field(root: QWidget, *path: str | int) -> Any:
    found = [w for w in root.findChildren(QWidget) if getattr(w, "bound_path", None) == path]
    assert found, f"no field for {path}"
    return found[0]


def type_into(qtbot: Any, widget: QWidget, text: str) -> None:
    widget.setFocus()
    if isinstance(widget, QLineEdit) and not widget.hasSelectedText():
        widget.end(False)
    qtbot.keyClicks(widget, text)


def retype(qtbot: Any, spin: Any, text: str) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, text)


def click(qtbot: Any, box: QWidget) -> None:
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def choose(combo: QComboBox, data: Any) -> None:
    """Pick the entry holding ``data``, as a click in the popup does (``activated``)."""
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def type_moment(qtbot: Any, moment_field: Any, digits: str) -> None:
    """Type a date and time in the edit, section after section, from its first one."""
    edit = moment_field.edit
    edit.setFocus()
    edit.setSelectedSection(edit.Section.DaySection)
    qtbot.keyClicks(edit, digits)


def stored(library: LibraryService, item_id: int) -> dict[str, Any]:
    return editing.load_draft(library, item_id)


def rule_errors(data: dict[str, Any]) -> list[str]:
    return [p.field for p in rules_problems(parse_document(data), "fr") if p.severity == "error"]


def test_fill_a_new_contest_until_its_rules_lack_nothing(
    qtbot: Any, empty_library: LibraryService
) -> None:
    item = editing.new_item(empty_library, Kind.CONTEST, title="Grand jeu d'été")
    editor = open_editor(qtbot, empty_library, item)
    page = contest_page(editor)
    before = rule_errors(stored(empty_library, item))
    assert {"contest.organiser.name", "contest.starts_at", "contest.prizes"} <= set(before)
    assert "required mention" in page.summary.text()

    org = ("contest", "organiser")
    type_into(qtbot, field(page, *org, "name"), "Les Saveurs d'Armor")
    type_into(qtbot, field(page, *org, "legal_form"), "SAS")
    type_into(qtbot, field(page, *org, "registration"), "RCS Rennes 123 456 789")
    type_into(qtbot, field(page, *org, "address"), "2 quai Duguay-Trouin, 35400 Saint-Malo")
    type_into(qtbot, field(page, *org, "email"), "jeu@saveurs-armor.fr")

    click(qtbot, page.starts.enabled)
    type_moment(qtbot, page.starts, "01062026 0900")
    click(qtbot, page.ends.enabled)
    type_moment(qtbot, page.ends, "31082026 2359")

    page.prizes.add_button.click()
    type_into(qtbot, field(page, "contest", "prizes", 0, "name"), "Week-end a Saint-Malo")
    retype(qtbot, field(page, "contest", "prizes", 0, "value"), "450")
    type_into(qtbot, field(page, "contest", "rules", "governing_law"), "droit francais")
    click(qtbot, field(page, "contest", "rules", "publish_winner_names"))

    # The retention period lives on the Settings page; the GDPR mention needs it.
    editor.show_page("settings")
    retype(qtbot, field(editor.pages["settings"], "settings", "retention_days"), "365")

    data = stored(empty_library, item)
    assert rule_errors(data) == []
    contest = data["contest"]
    # Paris is on summer time (UTC+2) on both dates.
    assert contest["starts_at"] == "2026-06-01T09:00:00+02:00"
    assert contest["ends_at"] == "2026-08-31T23:59:00+02:00"
    assert contest["organiser"] == {  # what the author typed, nothing left of the defaults
        "name": "Les Saveurs d'Armor",
        "legal_form": "SAS",
        "registration": "RCS Rennes 123 456 789",
        "address": "2 quai Duguay-Trouin, 35400 Saint-Malo",
        "email": "jeu@saveurs-armor.fr",
    }
    assert contest["prizes"] == [
        {"id": "p1", "name": "Week-end a Saint-Malo", "value": 450, "quantity": 1}
    ]
    assert contest["rules"]["governing_law"] == "droit francais"
    assert contest["rules"]["publish_winner_names"] is True
    assert data["settings"]["retention_days"] == 365
    document = parse_document(data)
    assert document.contest is not None and document.contest.winners == 1
    editor.show_page("contest")
    assert "can be published" in page.summary.text()


def test_a_click_on_a_rules_problem_lands_on_its_field(qtbot: Any, library: LibraryService) -> None:
    contest_id = next(s.id for s in library.list_items() if s.kind == Kind.CONTEST)
    editor = open_editor(qtbot, library, contest_id)
    panel = ProblemsPanel()
    qtbot.addWidget(panel)
    panel.problemActivated.connect(editor.focus_path)
    panel.set_problems(check_data(editor.data()))
    panel.show()
    for path, expected in (
        ("contest.organiser.registration", ("contest", "organiser", "registration")),
        ("contest.rules.governing_law", ("contest", "rules", "governing_law")),
        ("contest.eligibility.excluded_emails", ("contest", "eligibility", "excluded_emails")),
    ):
        row = panel.model.row_of("contest_rules", path)
        assert row >= 0, f"the panel does not list {path}"
        rect = panel.view.visualRect(panel.model.index(row, 0))
        panel.view.scrollTo(panel.model.index(row, 0))
        rect = panel.view.visualRect(panel.model.index(row, 0))
        with qtbot.waitSignal(panel.problemActivated):
            qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert editor.tabs.currentWidget().widget() is editor.pages["contest"]
        focused = editor.focusWidget()
        while focused is not None and not hasattr(focused, "bound_path"):
            focused = focused.parentWidget()
        assert focused is not None and focused.bound_path == expected
    # Dates, prizes of the fixture and a condition's sub-field reach their fields too.
    assert editor.focus_path("contest.starts_at")
    assert editor.focusWidget() is contest_page(editor).starts.edit
    assert editor.focus_path("contest.prizes[1].value")
    assert editor.focusWidget().bound_path == ("contest", "prizes", 1, "value")
    editor.document.set(("contest", "entry_condition"), {"type": "min_score"})
    assert editor.focus_path("contest.entry_condition.min_score_percent")
    assert editor.focusWidget().bound_path == ("contest", "entry_condition", "min_score_percent")


def test_undo_and_redo_give_back_each_contest_document(qtbot: Any, library: LibraryService) -> None:
    contest_id = next(s.id for s in library.list_items() if s.kind == Kind.CONTEST)
    editor = open_editor(qtbot, library, contest_id)
    page = contest_page(editor)
    history = [stored(library, contest_id)]

    def step(action: Callable[[], None]) -> None:
        action()
        history.append(stored(library, contest_id))
        assert history[-1] != history[-2], "the step changed nothing"

    step(lambda: type_into(qtbot, field(page, "contest", "organiser", "legal_form"), "SAS"))
    step(lambda: choose(page.zone, "America/New_York"))
    step(lambda: retype(qtbot, field(page, "contest", "winners"), "3"))
    step(lambda: page.prizes.add_button.click())
    step(lambda: type_into(qtbot, field(page, "contest", "eligibility", "countries"), "fr, be"))
    step(lambda: click(qtbot, field(page, "contest", "eligibility", "one_entry_per_person")))
    step(lambda: choose(page.condition.type, "min_score"))
    step(lambda: page.starts.edit.setDateTime(QDateTime(QDate(2026, 6, 2), QTime(10, 30))))
    assert editor.undo_stack.count() == len(history) - 1  # each step is one undo step

    for expected in reversed(history[:-1]):
        editor.undo_stack.undo()
        assert stored(library, contest_id) == expected
        assert editor.data() == expected
    assert page.zone.currentData() == "Europe/Paris"
    for expected in history[1:]:
        editor.undo_stack.redo()
        assert stored(library, contest_id) == expected
    # What the widgets show followed the last redo.
    assert page.zone.currentData() == "America/New_York"
    assert page.starts.edit.dateTime().toPython() == datetime(2026, 6, 2, 10, 30)
    assert field(page, "contest", "eligibility", "countries").text() == "FR, BE"


def test_a_new_time_zone_keeps_the_wall_clock_times(qtbot: Any, library: LibraryService) -> None:
    contest_id = next(s.id for s in library.list_items() if s.kind == Kind.CONTEST)
    editor = open_editor(qtbot, library, contest_id)
    page = contest_page(editor)
    assert page.starts.edit.dateTime().toPython() == datetime(2026, 6, 1, 9, 0)
    choose(page.zone, "America/New_York")
    contest = stored(library, contest_id)["contest"]
    # 9:00 in New York in June is EDT, UTC-4; the fixture's end is 31 August, 23:59.
    assert contest["timezone"] == "America/New_York"
    assert contest["starts_at"] == "2026-06-01T09:00:00-04:00"
    assert contest["ends_at"] == "2026-08-31T23:59:00-04:00"
    assert page.starts.edit.dateTime().toPython() == datetime(2026, 6, 1, 9, 0)
    click(qtbot, page.ends.enabled)  # unset: the key goes
    assert "ends_at" not in stored(library, contest_id)["contest"]
    assert not page.ends.edit.isEnabled()


def test_the_date_helpers() -> None:
    assert iso_moment(datetime(2026, 1, 15, 9, 0), "Europe/Paris") == "2026-01-15T09:00:00+01:00"
    assert iso_moment(datetime(2026, 7, 15, 9, 0), "Europe/Paris") == "2026-07-15T09:00:00+02:00"
    assert iso_moment(datetime(2026, 7, 15, 9, 0), "Indian/Reunion") == "2026-07-15T09:00:00+04:00"
    # A moment stored in UTC shows as Paris wall time.
    assert wall_time("2026-07-15T07:00:00+00:00", "Europe/Paris") == datetime(2026, 7, 15, 9, 0)
    assert wall_time("not a date", "Europe/Paris") is None
    assert wall_time(None, "Europe/Paris") is None
    moved = rezoned(
        {"timezone": "Europe/Paris", "starts_at": "2026-01-15T09:00:00+01:00", "winners": 2},
        "Europe/London",
    )
    assert moved == {
        "timezone": "Europe/London",
        "starts_at": "2026-01-15T09:00:00+00:00",
        "winners": 2,
    }


def test_entry_condition_from_another_item(qtbot: Any, library: LibraryService) -> None:
    contest_id = next(s.id for s in library.list_items() if s.kind == Kind.CONTEST)
    quiz = next(s for s in library.list_items() if s.kind == Kind.KNOWLEDGE_QUIZ)
    editor = open_editor(qtbot, library, contest_id)
    page = contest_page(editor)
    cond = page.condition
    assert isinstance(cond, ConditionEditor)
    assert not cond.min_score.isVisibleTo(page) and not cond.question.isVisibleTo(page)

    choose(cond.type, "min_score")
    condition = stored(library, contest_id)["contest"]["entry_condition"]
    assert (condition["type"], condition["min_score_percent"]) == ("min_score", 50)
    assert cond.min_score.isVisibleTo(page)
    retype(qtbot, cond.min_score, "80")
    assert stored(library, contest_id)["contest"]["entry_condition"]["min_score_percent"] == 80

    # Entries from the quiz's responses.
    page.entry_item.showPopup()
    page.entry_item.hidePopup()
    choose(page.entry_item, quiz.uid)
    assert stored(library, contest_id)["contest"]["entry_item"] == quiz.uid

    # An answer to one of the contest's choice questions (its short text is not offered).
    first = stored(library, contest_id)["questions"][0]
    second = {
        "id": "q2",
        "type": "single_choice",
        "text": "Mer ou montagne ?",
        "options": [{"id": "a", "label": "Mer"}, {"id": "b", "label": "Montagne"}],
    }
    editor.document.set(("questions",), [first, second])
    choose(cond.type, "answer")
    assert cond.question.isVisibleTo(page) and not cond.min_score.isVisibleTo(page)
    offered = [cond.question.itemData(i) for i in range(1, cond.question.count())]
    assert offered == ["q2"]
    choose(cond.question, "q2")
    answers = [cond.option.itemText(i) for i in range(1, cond.option.count())]
    assert answers == ["Mer", "Montagne"]
    choose(cond.option, "b")
    data = stored(library, contest_id)
    condition = data["contest"]["entry_condition"]
    assert (condition["type"], condition["question_id"], condition["option_id"]) == (
        "answer",
        "q2",
        "b",
    )
    parse_document(data)
    # The question goes: the choice stays, marked, and the document names the problem.
    editor.document.set(("questions",), [first])
    assert "no longer there" in cond.question.currentText()
    with pytest.raises(DocumentInvalid, match="there is no question 'q2'"):
        parse_document(stored(library, contest_id))
    choose(page.entry_item, None)
    assert stored(library, contest_id)["contest"]["entry_item"] is None


def test_eligibility_fraud_and_bad_input(qtbot: Any, library: LibraryService) -> None:
    contest_id = next(s.id for s in library.list_items() if s.kind == Kind.CONTEST)
    editor = open_editor(qtbot, library, contest_id)
    page = contest_page(editor)
    el = ("contest", "eligibility")
    type_into(qtbot, field(page, *el, "countries"), "fr; be,ch")
    type_into(qtbot, field(page, *el, "excluded_emails"), "Chef@Saveurs.fr  @agence.fr")
    age = field(page, *el, "min_age")
    retype(qtbot, age, "18")
    eligibility = stored(library, contest_id)["contest"]["eligibility"]
    assert eligibility["countries"] == ["FR", "BE", "CH"]
    assert eligibility["excluded_emails"] == ["chef@saveurs.fr", "@agence.fr"]
    assert eligibility["min_age"] == 18

    # Fraud thresholds: the lowest value turns a flag off (null), unlike the default.
    device = field(page, "contest", "fraud_checks", "max_entries_per_device")
    assert device.value() == 3
    retype(qtbot, device, "5")
    assert stored(library, contest_id)["contest"]["fraud_checks"]["max_entries_per_device"] == 5
    device.setValue(device.minimum())
    assert stored(library, contest_id)["contest"]["fraud_checks"]["max_entries_per_device"] is None
    assert device.text() == "off"
    parse_document(stored(library, contest_id))

    # A country name instead of its code: kept as typed, and the document says where.
    countries = field(page, *el, "countries")
    countries.selectAll()
    type_into(qtbot, countries, "France")
    assert stored(library, contest_id)["contest"]["eligibility"]["countries"] == ["FRANCE"]
    with pytest.raises(DocumentInvalid) as invalid:
        parse_document(stored(library, contest_id))
    assert "contest.eligibility.countries[0]" in str(invalid.value)
    assert "errors" in page.summary.text()


def test_the_rules_preview_shows_the_generated_rules(qtbot: Any, library: LibraryService) -> None:
    contest_id = next(s.id for s in library.list_items() if s.kind == Kind.CONTEST)
    editor = open_editor(qtbot, library, contest_id)
    page = contest_page(editor)
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    dialog = page.preview_dialog
    assert dialog is not None and dialog.isVisible()
    text = dialog.browser.toPlainText()
    assert "Règlement du jeu-concours" in text and "Grand jeu de l'été" in text
    assert "Les Saveurs d'Armor SAS" in text
    assert "required mention" in dialog.status.text()  # the fixture lacks an address...
    choose(dialog.language, "en")
    assert "Official Rules: Grand jeu de l'été" in dialog.browser.toPlainText()

    # An edit shows on the next refresh; a draft that does not validate says why.
    type_into(qtbot, field(page, "contest", "organiser", "name"), " et Cie")
    dialog.show_rules()
    assert "Les Saveurs d'Armor SAS et Cie" in dialog.browser.toPlainText()
    editor.document.set(("contest", "winners"), 0)
    dialog.show_rules()
    assert "contest.winners" in dialog.status.text()
    assert dialog.browser.toPlainText() == ""
