"""The item editor, driven as an author would: typing, clicking, dragging, undoing.

Every test checks what reached the library (``services.editing.load_draft``), since
the editor has no Save button: what is typed must be stored at once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLineEdit, QWidget

from quizbuilder.domain.content import QuestionType
from quizbuilder.domain.kinds import Kind
from quizbuilder.domain.validation import parse_document
from quizbuilder.services import editing
from quizbuilder.services.library import LibraryService
from quizbuilder.ui.editor.fields import LineField, ListEditor, NumberField, TextField
from quizbuilder.ui.editor.pages import OutcomesPage, ScoringPage, SettingsPage, ThemePage
from quizbuilder.ui.editor.question_list import MIME
from quizbuilder.ui.editor.questions import OptionRightBox
from tests.gui.editing import open_editor


def field(root: QWidget, *path: str | int) -> Any:
    """The bound field of ``path`` under ``root`` (exactly that path)."""
    found = [w for w in root.findChildren(QWidget) if getattr(w, "bound_path", None) == path]
    assert found, f"no field for {path}"
    return found[0]


def click(qtbot: Any, box: QWidget) -> None:
    """Click a check box on its indicator, as a person does."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def type_into(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type over the selection, else after what the field holds (a click at its end)."""
    widget.setFocus()
    if isinstance(widget, QLineEdit) and not widget.hasSelectedText():
        widget.end(False)
    qtbot.keyClicks(widget, text)


def stored(library: LibraryService, item_id: int) -> dict[str, Any]:
    return editing.load_draft(library, item_id)


def test_build_a_knowledge_quiz_from_an_empty_library(
    qtbot: Any, empty_library: LibraryService
) -> None:
    item = editing.new_item(empty_library, Kind.KNOWLEDGE_QUIZ, title="Q")
    editor = open_editor(qtbot, empty_library, item)

    general = editor.page("general")
    editor.show_page("general")
    type_into(qtbot, field(general, "title"), "uiz des capitales")
    editor.show_page("questions")
    # The starter question: a true/false one; write its text.
    type_into(qtbot, editor.question_editor.text_field, "Paris est en France.")

    # A second question, single choice, from the Add menu.
    single = next(a for a in editor.questions.add_menu.actions() if a.text() == "Single choice")
    single.trigger()
    assert editor.questions.current_row() == 1
    q = editor.question_editor
    type_into(qtbot, q.text_field, "Capitale de l'Italie ?")
    type_into(qtbot, field(q, "questions", 1, "options", 0, "label"), "Rome")
    type_into(qtbot, field(q, "questions", 1, "options", 1, "label"), "Milan")
    q.options.add_button.click()
    type_into(qtbot, field(editor.question_editor, "questions", 1, "options", 2, "label"), "Turin")
    right = next(
        w
        for w in editor.question_editor.findChildren(OptionRightBox)
        if w.bound_path == ("questions", 1, "options", 0, "fraction")
    )
    click(qtbot, right)
    points = field(editor.question_editor, "questions", 1, "points")
    points.selectAll()
    qtbot.keyClicks(points, "3")
    type_into(
        qtbot, field(editor.question_editor, "questions", 1, "options", 1, "feedback"), "Non !"
    )

    editor.show_page("scoring")
    scoring = editor.pages["scoring"]
    assert isinstance(scoring, ScoringPage)
    pass_mark = field(scoring, "scoring", "pass_percent")
    pass_mark.selectAll()
    qtbot.keyClicks(pass_mark, "60")
    bands = scoring.findChild(ListEditor)
    bands.add_button.click()
    type_into(qtbot, field(scoring, "scoring", "bands", 0, "title"), "Debutant")
    bands.add_button.click()
    type_into(qtbot, field(scoring, "scoring", "bands", 1, "title"), "Expert")
    assert scoring.max_score.text() == "4"  # 1 (true/false) + 3

    data = stored(empty_library, item)
    assert data["title"] == "Quiz des capitales"
    assert [q["text"] for q in data["questions"]] == [
        "Paris est en France.",
        "Capitale de l'Italie ?",
    ]
    second = data["questions"][1]
    assert second["type"] == "single_choice"
    assert [o["label"] for o in second["options"]] == ["Rome", "Milan", "Turin"]
    assert [o.get("fraction", 0) for o in second["options"]] == [1, 0, 0]
    assert second["options"][1]["feedback"] == "Non !"
    assert second["points"] == 3
    assert data["scoring"]["pass_percent"] == 60
    assert [(b["min_percent"], b["title"]) for b in data["scoring"]["bands"]] == [
        (0, "Debutant"),
        (10, "Expert"),
    ]
    document = parse_document(data)  # what was built is a valid item
    assert document.max_score == 4
    assert editor.status.text() == "All changes saved."


def test_build_a_personality_quiz_with_its_weight_grid(
    qtbot: Any, empty_library: LibraryService, qtmodeltester: Any
) -> None:
    item = editing.new_item(empty_library, Kind.PERSONALITY_QUIZ, title="Quel chat êtes-vous ?")
    editor = open_editor(qtbot, empty_library, item)
    editor.show_page("outcomes")
    page = editor.pages["outcomes"]
    assert isinstance(page, OutcomesPage)
    outcomes = page.findChild(ListEditor)
    before = len(stored(empty_library, item)["outcomes"])
    outcomes.add_button.click()
    title = field(page, "outcomes", before, "title")
    qtbot.keyClicks(title, "Le dormeur")

    model = page.grid_model
    qtmodeltester.check(model)
    assert model.columnCount() == before + 1
    assert model.headerData(before, Qt.Orientation.Horizontal) == "Le dormeur"
    # A weight set in the grid (what its delegate does on Enter).
    assert model.setData(model.index(1, before), "3")
    assert model.index(1, before).data() == "3"

    editor.show_page("questions")
    q = editor.question_editor
    type_into(qtbot, q.text_field, "Votre sieste ideale ?")
    inline = field(q, "questions", 0, "options", 0, "weights", f"r{before + 1}")
    inline.selectAll()
    qtbot.keyClicks(inline, "2")

    data = stored(empty_library, item)
    new_id = data["outcomes"][-1]["id"]
    assert data["outcomes"][-1]["title"] == "Le dormeur"
    options = data["questions"][0]["options"]
    assert options[0]["weights"][new_id] == 2
    assert options[1]["weights"][new_id] == 3
    assert data["questions"][0]["text"] == "Votre sieste ideale ?"
    parse_document(data)

    # Setting a weight to 0 removes it, and undo brings it back.
    model.setData(model.index(1, before), 0)
    assert new_id not in stored(empty_library, item)["questions"][0]["options"][1]["weights"]
    editor.undo_stack.undo()
    assert stored(empty_library, item)["questions"][0]["options"][1]["weights"][new_id] == 3
    assert model.setData(model.index(1, before), "not a number") is False


def test_keystrokes_in_one_field_are_one_undo_step(qtbot: Any, library: LibraryService) -> None:
    quiz = next(s.id for s in library.list_items() if s.kind == Kind.KNOWLEDGE_QUIZ)
    editor = open_editor(qtbot, library, quiz)
    text = editor.question_editor.text_field
    original = stored(library, quiz)
    text.moveCursor(text.textCursor().MoveOperation.End)
    type_into(qtbot, text, " (vraiment)")
    assert editor.undo_stack.count() == 1
    description = field(editor.question_editor, "questions", 0, "description")
    type_into(qtbot, description, "Indice")
    assert editor.undo_stack.count() == 2
    # Ctrl+Z in the line edit goes to the editor's stack, not the line edit's history.
    qtbot.keyClick(description, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert description.text() == ""
    qtbot.keyClick(description, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(library, quiz) == original
    assert text.toPlainText() == original["questions"][0]["text"]
    qtbot.keyClick(description, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert stored(library, quiz)["questions"][0]["text"].endswith(" (vraiment)")
    shift_z = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(description, Qt.Key.Key_Z, shift_z)
    assert stored(library, quiz)["questions"][0]["description"] == "Indice"


def test_undo_and_redo_across_many_steps_give_back_each_document(
    qtbot: Any, library: LibraryService
) -> None:
    quiz = next(s.id for s in library.list_items() if s.kind == Kind.KNOWLEDGE_QUIZ)
    editor = open_editor(qtbot, library, quiz)
    snapshots = [stored(library, quiz)]

    def step(action: Callable[[], None]) -> None:
        action()
        snapshots.append(stored(library, quiz))
        assert snapshots[-1] != snapshots[-2]

    step(lambda: type_into(qtbot, editor.question_editor.text_field, "!"))
    step(editor.questions.duplicate_current)
    step(editor.questions.move_up)
    step(lambda: editor.questions.add_question(QuestionType.NUMBER))
    step(lambda: editor.question_editor.findChild(ListEditor).add_button.click())
    step(lambda: type_into(qtbot, field(editor.question_editor, "questions", 1, "unit"), "km"))
    step(editor.questions.remove_current)
    step(lambda: editor.document.set(("settings", "shuffle_questions"), True))
    step(lambda: editor.document.set(("theme", "primary_color"), "#000000"))
    step(lambda: editor.document.set(("questions", 0, "type"), "multiple_choice"))
    assert editor.undo_stack.count() == len(snapshots) - 1

    for expected in reversed(snapshots[:-1]):
        editor.undo_stack.undo()
        assert stored(library, quiz) == expected
        assert editor.data() == expected
    assert editor.question_editor is not None
    for expected in snapshots[1:]:
        editor.undo_stack.redo()
        assert stored(library, quiz) == expected


def test_reorder_by_drag_and_drop_and_by_keyboard(
    qtbot: Any, library: LibraryService, qtmodeltester: Any
) -> None:
    quiz = next(s.id for s in library.list_items() if s.kind == Kind.KNOWLEDGE_QUIZ)
    editor = open_editor(qtbot, library, quiz)
    editor.questions.add_question(QuestionType.SHORT_TEXT)
    type_into(qtbot, editor.question_editor.text_field, "Troisieme")
    model = editor.questions.model
    qtmodeltester.check(model)
    ids = [q["id"] for q in stored(library, quiz)["questions"]]
    assert len(ids) == 3

    # Drag the first question below the last one (a drop at row 3 = the end).
    mime = model.mimeData([model.index(0, 0)])
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert [q["id"] for q in stored(library, quiz)["questions"]] == [ids[1], ids[2], ids[0]]
    # Dropping onto a row puts it in that row's place.
    mime = model.mimeData([model.index(2, 0)])
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index(0, 0))
    assert [q["id"] for q in stored(library, quiz)["questions"]] == ids[:1] + ids[1:]

    # Alt+Down / Alt+Up on the list.
    view = editor.questions.view
    view.setFocus()
    editor.questions.set_current(0)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [q["id"] for q in stored(library, quiz)["questions"]] == [ids[1], ids[0], ids[2]]
    assert editor.questions.current_row() == 1  # the moved question stays selected
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [q["id"] for q in stored(library, quiz)["questions"]] == ids
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # already first
    assert [q["id"] for q in stored(library, quiz)["questions"]] == ids
    # Delete removes the selected question; Ctrl+D duplicates it with a new id.
    qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    after = [q["id"] for q in stored(library, quiz)["questions"]]
    assert len(after) == 4 and after[1] not in ids
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert [q["id"] for q in stored(library, quiz)["questions"]] == ids
    qtmodeltester.check(model)


def test_bad_drops_change_nothing(qtbot: Any, library: LibraryService) -> None:
    from PySide6.QtCore import QMimeData

    quiz = next(s.id for s in library.list_items() if s.kind == Kind.KNOWLEDGE_QUIZ)
    editor = open_editor(qtbot, library, quiz)
    model = editor.questions.model
    before = stored(library, quiz)
    foreign = QMimeData()
    foreign.setText("0")
    assert not model.dropMimeData(foreign, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    garbage = QMimeData()
    garbage.setData(MIME, b"x")
    assert not model.dropMimeData(garbage, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    same = model.mimeData([model.index(0, 0)])
    assert not model.dropMimeData(same, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert not model.dropMimeData(same, Qt.DropAction.CopyAction, 2, 0, QModelIndex())
    assert stored(library, quiz) == before
    assert editor.undo_stack.count() == 0


def test_every_question_type_has_its_editor(qtbot: Any, empty_library: LibraryService) -> None:
    item = editing.new_item(empty_library, Kind.SURVEY, title="Tout")
    editor = open_editor(qtbot, empty_library, item)
    for qtype in QuestionType:
        editor.questions.add_question(qtype)
        assert editor.question_editor.qtype == qtype
    data = stored(empty_library, item)
    parse_document(data)  # each new question is valid as it comes
    rows = {q["type"]: i for i, q in enumerate(data["questions"])}

    editor.questions.set_current(rows["likert"])
    points = field(editor.question_editor, "questions", rows["likert"], "scale", "max")
    points.selectAll()
    qtbot.keyClicks(points, "4")
    labels_editor = editor.question_editor.findChild(ListEditor)
    for _ in range(4):
        labels_editor.add_button.click()
    type_into(
        qtbot,
        field(editor.question_editor, "questions", rows["likert"], "scale", "labels", 3),
        "Tout a fait",
    )
    editor.questions.set_current(rows["number"])
    editor.question_editor.findChild(ListEditor).add_button.click()
    value = field(
        editor.question_editor, "questions", rows["number"], "numeric_answers", 0, "value"
    )
    value.selectAll()
    qtbot.keyClicks(value, "42")
    tolerance = field(
        editor.question_editor, "questions", rows["number"], "numeric_answers", 0, "tolerance"
    )
    tolerance.selectAll()
    qtbot.keyClicks(tolerance, "2")
    editor.questions.set_current(rows["matching"])
    type_into(
        qtbot,
        field(editor.question_editor, "questions", rows["matching"], "pairs", 0, "prompt"),
        "Chat",
    )
    type_into(
        qtbot,
        field(editor.question_editor, "questions", rows["matching"], "pairs", 0, "answer"),
        "Miaou",
    )
    editor.questions.set_current(rows["rating"])
    stars = field(editor.question_editor, "questions", rows["rating"], "scale", "max")
    stars.selectAll()
    qtbot.keyClicks(stars, "7")

    data = stored(empty_library, item)
    likert = data["questions"][rows["likert"]]["scale"]
    assert (likert["min"], likert["max"]) == (1, 4)
    assert likert["labels"] == ["", "", "", "Tout a fait"]
    assert data["questions"][rows["number"]]["numeric_answers"] == [
        {"value": 42, "tolerance": 2, "fraction": 1}
    ]
    assert data["questions"][rows["matching"]]["pairs"][0] == {
        "id": "p1",
        "prompt": "Chat",
        "answer": "Miaou",
    }
    assert data["questions"][rows["rating"]]["scale"]["max"] == 7
    parse_document(data)


def test_changing_the_type_keeps_the_text_and_is_one_step(
    qtbot: Any, library: LibraryService
) -> None:
    quiz = next(s.id for s in library.list_items() if s.kind == Kind.KNOWLEDGE_QUIZ)
    editor = open_editor(qtbot, library, quiz)
    before = stored(library, quiz)
    combo = editor.question_editor.type_field
    combo.setFocus()
    index = combo.findData("multiple_choice")
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    after = stored(library, quiz)["questions"][0]
    assert after["type"] == "multiple_choice"
    assert after["text"] == before["questions"][0]["text"]
    assert [o["label"] for o in after["options"]] == ["Brest", "Quimper", "Morlaix"]
    assert editor.question_editor.qtype == QuestionType.MULTIPLE_CHOICE
    editor.undo_stack.undo()
    assert stored(library, quiz) == before
    assert editor.question_editor.qtype == QuestionType.SINGLE_CHOICE


def test_focus_path_goes_to_the_field_of_a_problem(qtbot: Any, library: LibraryService) -> None:
    quiz = next(s.id for s in library.list_items() if s.kind == Kind.KNOWLEDGE_QUIZ)
    editor = open_editor(qtbot, library, quiz)
    assert editor.focus_path("questions[1].options[0].label")
    assert editor.questions.current_row() == 1
    focused = editor.focusWidget()
    assert isinstance(focused, LineField)
    assert focused.bound_path == ("questions", 1, "options", 0, "label")
    assert editor.focus_path("theme.text_color")
    assert editor.tabs.currentWidget().widget() is editor.pages["theme"]
    assert editor.focus_path("scoring.bands[2].title")
    assert editor.focusWidget().bound_path == ("scoring", "bands", 2, "title")
    # A path below a field goes to that field; a question's own path to its first field.
    assert editor.focus_path("questions[0]")
    assert editor.questions.current_row() == 0
    assert editor.focus_path("") is False


def test_theme_warns_about_contrast_as_you_type(qtbot: Any, library: LibraryService) -> None:
    quiz = next(s.id for s in library.list_items() if s.kind == Kind.KNOWLEDGE_QUIZ)
    editor = open_editor(qtbot, library, quiz)
    editor.show_page("theme")
    theme = editor.pages["theme"]
    assert isinstance(theme, ThemePage)
    assert "good" in theme.contrast.text()
    text = theme.colors["text_color"].edit
    text.selectAll()
    type_into(qtbot, text, "#dddddd")
    assert stored(library, quiz)["theme"]["text_color"] == "#dddddd"
    # #dddddd on white: (1.05) / (0.7231 + 0.05) = 1.36 -> below 4.5.
    assert "below 4.5:1" in theme.contrast.text()
    assert "1.36" in theme.contrast.text() or "1,36" in theme.contrast.text()
    text.selectAll()
    type_into(qtbot, text, "#zz")  # the validator refuses what is not a colour
    assert stored(library, quiz)["theme"]["text_color"] == "#dddddd"
    editor.undo_stack.undo()
    assert "good" in theme.contrast.text()


def test_settings_timer_and_pool(qtbot: Any, library: LibraryService) -> None:
    quiz = next(s.id for s in library.list_items() if s.kind == Kind.KNOWLEDGE_QUIZ)
    editor = open_editor(qtbot, library, quiz)
    editor.show_page("settings")
    page = editor.pages["settings"]
    assert isinstance(page, SettingsPage)
    assert page.timer_on.isChecked()  # the fixture's quiz has a 60 s timer
    click(qtbot, page.timer_on)
    assert "timer" not in stored(library, quiz)["settings"]
    assert not any(f.isEnabled() for f in page.timer_fields)
    click(qtbot, page.timer_on)
    seconds = field(page, "settings", "timer", "seconds")
    seconds.selectAll()
    qtbot.keyClicks(seconds, "90")
    assert stored(library, quiz)["settings"]["timer"] == {"seconds": 90}
    pool = field(page, "settings", "pool_size")
    assert pool.text() == pool.specialValueText()  # no pool: every question
    pool.setFocus()
    qtbot.keyClick(pool, Qt.Key.Key_Up)
    qtbot.keyClick(pool, Qt.Key.Key_Up)
    assert stored(library, quiz)["settings"]["pool_size"] == 2
    qtbot.keyClick(pool, Qt.Key.Key_Down)
    qtbot.keyClick(pool, Qt.Key.Key_Down)
    assert "pool_size" not in stored(library, quiz)["settings"]


def test_lead_form_consents_are_never_preticked(qtbot: Any, library: LibraryService) -> None:
    poll = next(s.id for s in library.list_items() if s.kind == Kind.POLL)
    editor = open_editor(qtbot, library, poll)
    editor.show_page("lead_form")
    page = editor.pages["lead_form"]
    lists = page.findChildren(ListEditor)
    fields_list, consents = lists[0], lists[1]
    fields_list.add_button.click()
    type_into(qtbot, field(page, "lead_form", "fields", 0, "label"), "Votre e-mail")
    consents.add_button.click()
    type_into(qtbot, field(page, "lead_form", "consents", 0, "purpose"), "newsletter")
    type_into(qtbot, field(page, "lead_form", "consents", 0, "text"), "J'accepte la lettre.")
    lead = stored(library, poll)["lead_form"]
    assert lead["fields"] == [{"id": "f1", "type": "email", "label": "Votre e-mail"}]
    consent = lead["consents"][0]
    assert consent == {
        "id": "c1",
        "purpose": "newsletter",
        "text": "J'accepte la lettre.",
        "version": "1",
    }
    parse_document(stored(library, poll))


def test_images_from_the_file_dialog_and_bad_files(
    qtbot: Any, library: LibraryService, file_dialogs: Any, tmp_path: Path
) -> None:
    poll = next(s.id for s in library.list_items() if s.kind == Kind.POLL)
    editor = open_editor(qtbot, library, poll)
    picture = tmp_path / "tarte.png"
    image = QImage(2400, 1200, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkRed)
    assert image.save(str(picture))
    file_dialogs.open_answer = str(picture)
    from quizbuilder.ui.editor.fields import ImageField

    box = editor.question_editor.findChild(ImageField)
    qtbot.mouseClick(box.choose, Qt.MouseButton.LeftButton)
    ref = stored(library, poll)["questions"][0]["image"]
    assert len(ref["asset"]) == 64 and ref.get("alt", "") == ""
    type_into(qtbot, box.alt, "Une tarte")
    assert stored(library, poll)["questions"][0]["image"]["alt"] == "Une tarte"
    not_an_image = tmp_path / "notes.png"
    not_an_image.write_text("hello")
    file_dialogs.open_answer = str(not_an_image)
    qtbot.mouseClick(box.choose, Qt.MouseButton.LeftButton)
    assert "cannot be used" in box.status.text()
    assert stored(library, poll)["questions"][0]["image"]["alt"] == "Une tarte"
    qtbot.mouseClick(box.clear, Qt.MouseButton.LeftButton)
    assert "image" not in stored(library, poll)["questions"][0]


def test_a_save_that_fails_is_shown_and_the_edit_kept(
    qtbot: Any, library: LibraryService, message_boxes: Any
) -> None:
    poll = next(s.id for s in library.list_items() if s.kind == Kind.POLL)
    editor = open_editor(qtbot, library, poll)
    editor.document.set(("kind",), "not a kind")  # a draft that cannot be kept
    assert editor.status.text().startswith("Not saved:")
    assert stored(library, poll)["kind"] == "poll"
    editor.undo_stack.undo()
    assert editor.status.text() == "All changes saved."


def test_opening_a_large_item_builds_one_question_editor(
    qtbot: Any, empty_library: LibraryService
) -> None:
    questions = [
        {
            "id": f"q{n}",
            "type": "single_choice",
            "text": f"Question {n}",
            "options": [{"id": "a", "label": "Oui"}, {"id": "b", "label": "Non"}],
        }
        for n in range(1, 101)
    ]
    item = empty_library.create_item(
        parse_document({"kind": "poll", "title": "Cent", "questions": questions})
    )
    editor = open_editor(qtbot, empty_library, item)
    assert editor.questions.model.rowCount() == 100
    assert len(editor.findChildren(TextField)) == 1  # only the selected question's
    assert editor.pages == {}  # the other pages wait for their tab
    assert isinstance(
        field(editor.question_editor, "questions", 0, "options", 0, "label"), LineField
    )
    assert isinstance(NumberField, type)


def test_the_main_window_opens_the_editor_of_the_selected_item(qtbot: Any, window: Any) -> None:
    poll = next(s.id for s in window.service.list_items() if s.kind == Kind.POLL)
    assert window.select_item(poll)
    window.action_edit_item.trigger()
    editor_window = window.editor_windows[poll]
    assert editor_window.editor.item_id == poll
    assert editor_window.isVisible()
    window.action_edit_item.trigger()  # the same window again, not a second one
    assert list(window.editor_windows) == [poll]
    editor_window.editor.document.set(("title",), "Nouveau titre")
    assert editing.load_draft(window.service, poll)["title"] == "Nouveau titre"
    editor_window.close()  # deleted on close: the main window forgets it
    qtbot.waitUntil(lambda: window.editor_windows == {})
