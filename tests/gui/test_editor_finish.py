"""The editor's last pieces: a variant's question order and image, image thumbnails.

Driven as an author would (clicks, keys, a drop); every test checks what reached the
library, since the editor has no Save button.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent, QImage
from PySide6.QtWidgets import QWidget

from quizbuilder.domain.kinds import Kind
from quizbuilder.domain.validation import parse_document
from quizbuilder.services import editing
from quizbuilder.services.library import LibraryService
from quizbuilder.ui.editor.editor import ItemEditor
from quizbuilder.ui.editor.fields import ImageField, ImageLibrary, ListEditor, thumbnail
from quizbuilder.ui.editor.pages import QuestionOrderField
from tests.gui.editing import open_editor


def stored(library: LibraryService, item_id: int) -> dict[str, Any]:
    return editing.load_draft(library, item_id)


def click(qtbot: Any, box: QWidget) -> None:
    """Click a check box on its indicator, as a person does."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def quiz_with_three_questions(qtbot: Any, library: LibraryService) -> tuple[ItemEditor, int]:
    item = editing.new_item(library, Kind.KNOWLEDGE_QUIZ, title="Quiz")
    editor = open_editor(qtbot, library, item)
    editor.show_page("questions")
    for text in ("Un", "Deux", "Trois"):
        if editor.questions.current_row() >= 0 and editor.question_editor.text_field.toPlainText():
            single = next(
                a for a in editor.questions.add_menu.actions() if a.text() == "Single choice"
            )
            single.trigger()
        editor.question_editor.text_field.setFocus()
        qtbot.keyClicks(editor.question_editor.text_field, text)
    return editor, item


def add_variant(qtbot: Any, editor: ItemEditor) -> QuestionOrderField:
    editor.show_page("variants")
    page = editor.pages["variants"]
    variants = page.findChild(ListEditor)
    qtbot.mouseClick(variants.add_button, Qt.MouseButton.LeftButton)
    order = page.findChild(QuestionOrderField)
    assert order is not None
    return order


def drop_on_row(order: QuestionOrderField, source: int, target: int) -> None:
    """Drag row ``source`` of the order list and drop it on row ``target``."""
    view = order.list
    view.setCurrentRow(source)
    where = QPointF(view.visualItemRect(view.item(target)).center())
    event = QDropEvent(
        where,
        Qt.DropAction.MoveAction,
        QMimeData(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.dropEvent(event)


def test_a_variant_gets_its_own_question_order(qtbot: Any, empty_library: LibraryService) -> None:
    editor, item = quiz_with_three_questions(qtbot, empty_library)
    ids = [q["id"] for q in stored(empty_library, item)["questions"]]
    texts = [q["text"] for q in stored(empty_library, item)["questions"]]
    assert texts == ["Un", "Deux", "Trois"]
    order = add_variant(qtbot, editor)
    assert not order.body.isVisibleTo(order)
    assert "question_order" not in stored(empty_library, item)["variants"][0]

    click(qtbot, order.custom)
    assert stored(empty_library, item)["variants"][0]["question_order"] == ids
    assert order.body.isVisibleTo(order)
    assert [order.list.item(r).text().split(" · ")[1] for r in range(3)] == texts

    # Keyboard: the first question down one row, twice.
    order.list.setCurrentRow(0)
    qtbot.keyClick(order.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(order.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(order.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # already last
    assert stored(empty_library, item)["variants"][0]["question_order"] == [ids[1], ids[2], ids[0]]
    assert order.list.currentRow() == 2

    # The up button, then a drag of the last row onto the first.
    qtbot.mouseClick(order.up, Qt.MouseButton.LeftButton)
    assert stored(empty_library, item)["variants"][0]["question_order"] == [ids[1], ids[0], ids[2]]
    drop_on_row(order, 2, 0)
    assert stored(empty_library, item)["variants"][0]["question_order"] == [ids[2], ids[1], ids[0]]
    assert [order.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(3)] == [
        ids[2],
        ids[1],
        ids[0],
    ]
    # The stored draft is a valid document, the variant with its order.
    document = parse_document(stored(empty_library, item))
    assert document.variants[0].question_order == [ids[2], ids[1], ids[0]]

    # Undo comes back step by step; unticking removes the order.
    editor.undo_stack.undo()
    assert stored(empty_library, item)["variants"][0]["question_order"] == [ids[1], ids[0], ids[2]]
    assert [order.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(3)] == [
        ids[1],
        ids[0],
        ids[2],
    ]
    click(qtbot, order.custom)
    assert "question_order" not in stored(empty_library, item)["variants"][0]
    assert not order.body.isVisibleTo(order)


def test_an_order_older_than_the_questions_is_completed_by_the_next_move(
    qtbot: Any, empty_library: LibraryService
) -> None:
    editor, item = quiz_with_three_questions(qtbot, empty_library)
    ids = [q["id"] for q in stored(empty_library, item)["questions"]]
    order = add_variant(qtbot, editor)
    # An order that forgot the third question and names one that is gone.
    editor.document.set(("variants", 0, "question_order"), [ids[1], "gone", ids[0], ids[1]])
    assert [order.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(3)] == [
        ids[1],
        ids[0],
        ids[2],
    ]
    with pytest.raises(Exception, match="every question exactly once"):
        parse_document(stored(empty_library, item))
    order.list.setCurrentRow(2)
    qtbot.keyClick(order.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert stored(empty_library, item)["variants"][0]["question_order"] == [ids[1], ids[2], ids[0]]
    parse_document(stored(empty_library, item))


def test_a_variant_gets_an_image_with_alt_text(
    qtbot: Any, empty_library: LibraryService, file_dialogs: Any, tmp_path: Path
) -> None:
    editor, item = quiz_with_three_questions(qtbot, empty_library)
    add_variant(qtbot, editor)
    page = editor.pages["variants"]
    box = next(w for w in page.findChildren(ImageField) if w.bound_path == ("variants", 0, "image"))
    picture = tmp_path / "bleu.png"
    image = QImage(300, 200, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.blue)
    assert image.save(str(picture))
    file_dialogs.open_answer = str(picture)
    qtbot.mouseClick(box.choose, Qt.MouseButton.LeftButton)
    ref = stored(empty_library, item)["variants"][0]["image"]
    assert len(ref["asset"]) == 64
    box.alt.setFocus()
    qtbot.keyClicks(box.alt, "Un ciel bleu")
    assert stored(empty_library, item)["variants"][0]["image"]["alt"] == "Un ciel bleu"
    assert parse_document(stored(empty_library, item)).variants[0].image is not None


def test_an_image_field_shows_a_thumbnail_of_the_stored_image(
    qtbot: Any, empty_library: LibraryService, file_dialogs: Any, tmp_path: Path
) -> None:
    item = editing.new_item(empty_library, Kind.POLL, title="Sondage")
    editor = open_editor(qtbot, empty_library, item)
    editor.show_page("general")
    box = next(
        w for w in editor.pages["general"].findChildren(ImageField) if w.bound_path == ("image",)
    )
    assert not box.thumb.isVisibleTo(box)  # no image yet
    picture = tmp_path / "vert.png"
    image = QImage(300, 200, QImage.Format.Format_RGB32)  # 3:2, like the thumbnail box
    image.fill(Qt.GlobalColor.green)
    assert image.save(str(picture))
    file_dialogs.open_answer = str(picture)
    qtbot.mouseClick(box.choose, Qt.MouseButton.LeftButton)

    assert box.thumb.isVisibleTo(box)
    shown = box.thumb.pixmap().toImage()
    assert (shown.width(), shown.height()) == (96, 64)  # 300x200 scaled to fit 96x64
    assert shown.pixelColor(48, 32).name() == "#00ff00"
    assert box.alt.isVisibleTo(box)  # the alt text stays beside the thumbnail

    # A tall image keeps its proportions inside the box.
    tall = tmp_path / "haut.png"
    image = QImage(100, 400, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.red)
    assert image.save(str(tall))
    file_dialogs.open_answer = str(tall)
    qtbot.mouseClick(box.choose, Qt.MouseButton.LeftButton)
    shown = box.thumb.pixmap().toImage()
    assert (shown.width(), shown.height()) == (16, 64)
    assert shown.pixelColor(8, 32).name() == "#ff0000"

    # Undo brings the first image's thumbnail back; removing hides it.
    editor.undo_stack.undo()
    assert box.thumb.pixmap().toImage().pixelColor(48, 32).name() == "#00ff00"
    qtbot.mouseClick(box.clear, Qt.MouseButton.LeftButton)
    assert "image" not in stored(empty_library, item)
    assert not box.thumb.isVisibleTo(box)


def test_no_thumbnail_for_an_image_missing_from_the_library(
    qtbot: Any, empty_library: LibraryService
) -> None:
    item = editing.new_item(empty_library, Kind.POLL, title="Sondage")
    editor = open_editor(qtbot, empty_library, item)
    editor.show_page("general")
    box = next(
        w for w in editor.pages["general"].findChildren(ImageField) if w.bound_path == ("image",)
    )
    editor.document.set(("image",), {"asset": "ab" * 32, "alt": "perdue"})
    assert not box.thumb.isVisibleTo(box)
    assert "abababab" in box.status.text()
    assert box.alt.text() == "perdue"


def test_thumbnail_reads_only_real_images() -> None:
    assert thumbnail(None) is None
    assert thumbnail(b"") is None
    assert thumbnail(b"not an image at all") is None


def test_image_library_stores_through_its_store_and_loads_by_hash(tmp_path: Path) -> None:
    calls: list[Path] = []

    def store(file: Path) -> dict[str, Any]:
        calls.append(file)
        return {"asset": "h1"}

    images = ImageLibrary(store, {"h1": b"bytes"}.get)
    assert images(tmp_path / "a.png") == {"asset": "h1"}
    assert calls == [tmp_path / "a.png"]
    assert images.load("h1") == b"bytes"
    assert images.load("h2") is None


def test_image_data_reads_back_what_store_image_kept(
    empty_library: LibraryService, tmp_path: Path
) -> None:
    picture = tmp_path / "p.png"
    image = QImage(10, 10, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.blue)
    assert image.save(str(picture))
    ref = editing.store_image(empty_library, picture)
    data = editing.image_data(empty_library, ref.asset)
    assert data is not None and hashlib.sha256(data).hexdigest() == ref.asset
    assert editing.image_data(empty_library, "0" * 64) is None
