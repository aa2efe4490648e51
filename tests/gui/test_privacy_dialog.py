"""The Personal data dialog on a real temporary library, driven through its widgets;
only the modal message boxes and file dialogs are patched (conftest)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from quizbuilder.domain.validation import parse_document
from quizbuilder.services import privacy
from quizbuilder.services.library import LibraryService
from quizbuilder.services.responses import import_jsonl
from quizbuilder.ui.main_window import MainWindow
from quizbuilder.ui.privacy_dialog import HeldItemsModel, PrivacyDialog
from tests.helpers.documents import data

ZOE = "zoe.marchand@exemple.fr"


def line(uid: str, rid: str, email: str, days_ago: int = 1, **extra: Any) -> str:
    return json.dumps(
        {
            "type": "response",
            "item": uid,
            "id": rid,
            "answers": {"q1": "a"},
            "submitted_at": (datetime.now(UTC) - timedelta(days=days_ago)).isoformat(),
            "lead": {"email": email, "first_name": "Zoéline" if "zoe" in email else "Tom"},
            **extra,
        }
    )


@pytest.fixture
def answered(library: LibraryService, tmp_path: Path) -> dict[str, int]:
    """Zoé answered two items, Tom one; the poll keeps personal data 30 days."""
    ids = {s.kind.value: s.id for s in library.list_items()}
    uid = {kind: library.item(i).summary.uid for kind, i in ids.items()}
    kept = data("poll")  # not a kind the fixture library has twice: "kept" is its own key
    kept.update(title="Sondage gardé 30 jours", settings={"retention_days": 30})
    ids["kept"] = library.create_item(parse_document(kept))
    uid["kept"] = library.item(ids["kept"]).summary.uid
    path = tmp_path / "answers.jsonl"
    path.write_text(
        "\n".join(
            [
                line(uid["poll"], "p-zoe", ZOE),
                line(uid["knowledge_quiz"], "k-zoe", f" {ZOE.upper()} "),
                line(uid["poll"], "p-tom", "tom@exemple.fr"),
                line(uid["kept"], "old-tom", "tom@exemple.fr", days_ago=60),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    assert import_jsonl(library, path).added == 4
    return ids


@pytest.fixture
def dialog(qtbot: Any, library: LibraryService, answered, tmp_path: Path) -> PrivacyDialog:
    made = PrivacyDialog(library, tmp_path)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def search(qtbot: Any, dialog: PrivacyDialog, text: str) -> None:
    dialog.email.clear()
    qtbot.keyClicks(dialog.email, text)
    with qtbot.waitSignal(dialog.task_finished, timeout=10_000) as blocker:
        qtbot.keyClick(dialog.email, Qt.Key.Key_Return)  # Find is the default button
    assert blocker.args == ["find"]


def run_task(qtbot: Any, dialog: PrivacyDialog, button: Any, name: str) -> None:
    with qtbot.waitSignal(dialog.task_finished, timeout=20_000) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert blocker.args == [name]


def raw(library: LibraryService) -> bytes:
    assert library.path is not None
    wal = library.path.with_name(library.path.name + "-wal")
    return (library.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")).lower()


def test_the_model_follows_qts_rules_and_shows_the_counts(qtmodeltester, library, answered):
    model = HeldItemsModel()
    qtmodeltester.check(model)
    model.set_person(privacy.find_person(library, ZOE))
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (2, 5)
    rows = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert sorted(rows) == [
        ["Connaissez-vous la Bretagne ?", "1", "1", "0", "0"],
        ["Votre dessert préféré", "1", "1", "0", "0"],
    ]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Item", "Responses", "Leads", "Consents", "Exclusions"]


def test_a_search_by_keyboard_shows_what_is_held(qtbot, dialog: PrivacyDialog) -> None:
    assert not dialog.export_button.isEnabled() and not dialog.erase_button.isEnabled()
    search(qtbot, dialog, ZOE.upper())
    assert dialog.summary.text().startswith(f"Held for {ZOE}: 2 response(s) in 2 item(s)")
    assert dialog.table.model().rowCount() == 2
    assert "tom@" not in dialog.summary.text()
    assert dialog.export_button.isEnabled() and dialog.erase_button.isEnabled()
    # another address must be searched before it can be exported or erased
    qtbot.keyClicks(dialog.email, "x")
    assert not dialog.erase_button.isEnabled() and dialog.table.model().rowCount() == 0


def test_an_unknown_address_holds_nothing(qtbot, dialog: PrivacyDialog) -> None:
    search(qtbot, dialog, "nobody@exemple.fr")
    assert dialog.summary.text() == "No data held for nobody@exemple.fr."
    assert dialog.table.model().rowCount() == 0


def test_what_is_not_an_address_is_refused_in_words(
    qtbot, dialog: PrivacyDialog, message_boxes: Any
) -> None:
    search(qtbot, dialog, "zoe")
    [(_title, text)] = message_boxes.of("critical")
    assert "'zoe' is not an e-mail address" in text
    assert dialog.person is None and not dialog.erase_button.isEnabled()


def test_export_saves_the_json_document(
    qtbot, dialog: PrivacyDialog, file_dialogs: Any, tmp_path: Path
) -> None:
    search(qtbot, dialog, ZOE)
    file_dialogs.save_answer = str(tmp_path / "pour-zoe")  # the suffix is added
    run_task(qtbot, dialog, dialog.export_button, "export")
    saved = tmp_path / "pour-zoe.json"
    document = json.loads(saved.read_text(encoding="utf-8"))
    assert document["format"] == "quizbuilder-personal-data" and document["email"] == ZOE
    assert sorted(r["id"] for i in document["items"] for r in i["responses"]) == [
        "k-zoe",
        "p-zoe",
    ]
    assert file_dialogs.folders == [str(tmp_path / "personal-data.json")]
    assert str(saved) in dialog.message.text()


def test_export_cancelled_writes_nothing(qtbot, dialog, file_dialogs, tmp_path) -> None:
    search(qtbot, dialog, ZOE)
    file_dialogs.save_answer = ""
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.running() and list(tmp_path.glob("*.json")) == []


def test_erase_asks_naming_the_person_then_leaves_no_trace(
    qtbot, dialog: PrivacyDialog, library: LibraryService, message_boxes: Any
) -> None:
    search(qtbot, dialog, ZOE)
    assert ZOE.encode() in raw(library)
    with qtbot.waitSignal(dialog.library_changed, timeout=20_000):
        run_task(qtbot, dialog, dialog.erase_button, "erase")
    [(title, question)] = message_boxes.of("question")
    assert title == "Erase personal data"
    assert ZOE in question and "2 response(s) in 2 item(s)" in question
    assert dialog.message.text().startswith(f"Erased {ZOE}: 2 response(s) in 2 item(s)")
    assert dialog.email.text() == "" and dialog.table.model().rowCount() == 0
    after = raw(library)
    assert ZOE.encode() not in after and "zoéline".encode() not in after
    assert ZOE.encode("utf-16-le") not in after
    assert privacy.find_person(library, "tom@exemple.fr").responses == 2  # Tom stays


def test_erase_declined_changes_nothing(
    qtbot, dialog: PrivacyDialog, library: LibraryService, monkeypatch: pytest.MonkeyPatch
) -> None:
    search(qtbot, dialog, ZOE)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    )
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert not dialog.running()
    assert privacy.find_person(library, ZOE).responses == 2


def test_closing_during_an_erasure_lets_it_finish(
    qtbot, dialog: PrivacyDialog, library: LibraryService
) -> None:
    search(qtbot, dialog, ZOE)
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    dialog.reject()  # while the erasure runs: the dialog waits for it
    assert not dialog.running() and not dialog.isVisible()
    assert privacy.find_person(library, ZOE).responses == 0
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Erased"), timeout=10_000)


def test_purge_lists_the_retention_periods_and_asks_first(
    qtbot, dialog: PrivacyDialog, library: LibraryService, message_boxes: Any
) -> None:
    assert "Sondage gardé 30 jours: 30 day(s)" in dialog.retention_label.text()
    assert dialog.purge_button.isEnabled()
    with qtbot.waitSignal(dialog.library_changed, timeout=20_000):
        run_task(qtbot, dialog, dialog.purge_button, "purge")
    [(title, question)] = message_boxes.of("question")
    assert title == "Purge expired data" and "Sondage gardé 30 jours: 30 day(s)" in question
    assert dialog.message.text() == "Personal data removed from 1 response(s)."
    tom = privacy.find_person(library, "tom@exemple.fr")
    assert [r.id for i in tom.items for r in i.responses] == ["p-tom"]  # the old one went


def test_purge_is_off_without_retention_periods(qtbot, tmp_path, open_library) -> None:
    empty = PrivacyDialog(open_library(tmp_path / "empty.sqlite"))
    qtbot.addWidget(empty)
    assert not empty.purge_button.isEnabled()
    assert "No item has a retention period" in empty.retention_label.text()


def test_the_dialog_fits_a_small_screen(dialog: PrivacyDialog) -> None:
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 700
    assert dialog.email.accessibleName() and dialog.table.accessibleName()


def test_the_file_menu_opens_it_and_an_erasure_refreshes_the_window(
    qtbot, window: MainWindow, answered, message_boxes: Any
) -> None:
    assert window.action_personal_data in window.file_menu.actions()
    window.action_personal_data.trigger()
    dialog = window.findChild(PrivacyDialog)
    assert dialog is not None and dialog.isVisible()
    search(qtbot, dialog, ZOE)
    with qtbot.waitSignal(window.library_changed, timeout=20_000):
        run_task(qtbot, dialog, dialog.erase_button, "erase")

    def responses(item_id: int) -> int:
        summary = window.model.summary_at(window.model.index_of_item(item_id))
        assert summary is not None
        return summary.responses

    assert (responses(answered["poll"]), responses(answered["knowledge_quiz"])) == (1, 0)
    dialog.reject()
