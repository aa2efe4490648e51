"""The contest screen on a real temporary library holding the demo (its contest takes
entries from the KPI quiz), driven through its widgets. Only the modal dialogs are
patched: message boxes and file dialogs (conftest), input dialogs and the desktop's
"open this file" (here)."""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog

from quizbuilder.domain.entries import Flag, Rejection, Step
from quizbuilder.domain.rules import RuleProblem
from quizbuilder.domain.text import fold
from quizbuilder.domain.validation import parse_document
from quizbuilder.services import contest
from quizbuilder.services.demo import load_demo
from quizbuilder.services.library import LibraryService
from quizbuilder.services.responses import import_jsonl
from quizbuilder.store import items as store
from quizbuilder.ui import i18n
from quizbuilder.ui.contest import ContestView
from quizbuilder.ui.contest.models import (
    CandidateFilter,
    CandidatesModel,
    ProblemsModel,
    StepsModel,
)
from quizbuilder.ui.contest.texts import EntryTexts, RuleTexts
from tests.helpers.contest_texts import every_entry_report, every_rule_problem

BEFORE_CLOSE = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)  # the demo contest closes 30 Nov
AFTER_CLOSE = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
REASON = "photo copiée d'une banque d'images"
WAIT_MS = 20_000


# --- fixtures --------------------------------------------------------------------------------


@dataclass
class InputDialogs:
    """Answers the patched QInputDialog functions give, in turn, and what they asked."""

    texts: list[tuple[str, bool]] = field(default_factory=list)
    items: list[tuple[int, bool]] = field(default_factory=list)  # index of the item chosen
    asked: list[str] = field(default_factory=list)
    offered: list[list[str]] = field(default_factory=list)


@pytest.fixture(autouse=True)
def input_dialogs(monkeypatch: pytest.MonkeyPatch) -> InputDialogs:
    answers = InputDialogs()

    def get_text(_parent: Any, _title: str, label: str, *args: Any, **kwargs: Any) -> Any:
        answers.asked.append(label)
        return answers.texts.pop(0) if answers.texts else ("", False)

    def get_item(
        _parent: Any, _title: str, label: str, items: list[str], *args: Any, **kwargs: Any
    ) -> Any:
        answers.asked.append(label)
        answers.offered.append(list(items))
        if not answers.items:
            return "", False
        index, ok = answers.items.pop(0)
        return items[index], ok

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    return answers


@pytest.fixture
def opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []

    def open_url(url: QUrl) -> bool:
        urls.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return urls


@pytest.fixture
def demo(tmp_path: Path, open_library: Callable[[Path], LibraryService]) -> LibraryService:
    library = open_library(tmp_path / "demo.sqlite")
    load_demo(library)
    return library


@pytest.fixture
def contest_id(demo: LibraryService) -> int:
    return next(s.id for s in demo.list_items() if s.kind == "contest")


@pytest.fixture
def make_view(
    qtbot: Any, demo: LibraryService, contest_id: int, tmp_path: Path
) -> Callable[..., ContestView]:
    def make(clock: datetime = BEFORE_CLOSE) -> ContestView:
        view = ContestView(demo, contest_id, folder=tmp_path / "out", clock=lambda: clock)
        qtbot.addWidget(view)
        view.show()
        qtbot.waitExposed(view)
        settle(qtbot, view)
        return view

    return make


@pytest.fixture
def view(make_view: Callable[..., ContestView]) -> ContestView:
    return make_view()


def settle(qtbot: Any, view: ContestView) -> None:
    """Wait until the screen's service calls (off the GUI thread) are done."""
    qtbot.waitUntil(lambda: not view.is_busy(), timeout=WAIT_MS)


def click(qtbot: Any, button: Any) -> None:
    """Click, then wait for what the click started (and the reading that follows)."""
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    window = button.window()
    if isinstance(window, ContestView):
        settle(qtbot, window)


def edit_contest(library: LibraryService, item_id: int, change: Callable[[dict], None]) -> None:
    """Change the contest's document as an editor would, through the library."""
    with library.session() as s, s.begin():
        item = store.get_item(s, item_id=item_id)
        assert item is not None
        data = store.item_document(item).model_dump(mode="json")
        change(data)
        store.update_item(s, item=item, document=parse_document(data))


def table_rows(model: Any) -> list[list[str]]:
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def lone_eligible_entry(report: contest.ContestEntries) -> str:
    """An eligible entry whose address no other candidate gave: excluding it leaves no
    other entry of the same person to take its place."""
    emails = Counter((c.email or "").strip().lower() for c in report.candidates)
    return next(
        c.id
        for c in report.candidates
        if c.id in report.entries and emails[(c.email or "").strip().lower()] == 1
    )


# --- models ------------------------------------------------------------------------------------


def test_the_models_follow_qts_rules(qtmodeltester: Any, demo: LibraryService, contest_id: int):
    report = contest.entries(demo, contest_id)
    steps, candidates, problems = StepsModel(), CandidatesModel(), ProblemsModel()
    proxy = CandidateFilter()
    proxy.setSourceModel(candidates)
    for model in (steps, candidates, problems, proxy):
        qtmodeltester.check(model)
    steps.set_report(report)
    candidates.set_report(report)
    problems.set_problems(contest.contest_rules_problems(demo, contest_id, "en"))
    for model in (steps, candidates, problems):
        qtmodeltester.check(model)
    proxy.set_status("eligible")
    qtmodeltester.check(proxy)
    assert candidates.rowCount() == len(report.candidates) > 0
    assert proxy.rowCount() == len(report.entries) > 0
    with pytest.raises(ValueError, match="unknown status"):
        proxy.set_status("winners")


# --- entries -----------------------------------------------------------------------------------


def test_the_entries_tab_reads_back_the_steps_the_service_counts(
    view: ContestView, demo: LibraryService, contest_id: int
) -> None:
    report = contest.entries(demo, contest_id)
    expected, before = [], len(report.candidates)
    for step in report.report.steps:
        expected.append((step.key, before, step.kept, step.removed))
        before = step.kept
    model = view.entries_tab.steps_model
    shown = [
        (model.step(r).key, model.step(r).before, model.step(r).kept, model.step(r).removed)
        for r in range(model.rowCount())
    ]
    assert shown == expected
    first = report.report.steps[0]
    assert model.readable()[0] == f"Entry condition: {len(report.candidates)} → {first.kept}"
    assert model.index(0, 3).data() == first.title  # the rule in full
    summary = view.entries_tab.summary.text()
    assert f"{len(report.candidates)} response" in summary
    assert f"→ {len(report.entries)} eligible" in summary
    assert "Concours photo" in summary and "KPI" in summary  # both sources are named


def test_the_table_lists_each_candidate_with_its_status(view: ContestView, demo, contest_id):
    report = contest.entries(demo, contest_id)
    tab = view.entries_tab
    assert tab.proxy.rowCount() == len(report.candidates)
    statuses = Counter(tab.proxy.index(r, 3).data() for r in range(tab.proxy.rowCount()))
    assert statuses == {
        "Eligible": len(report.entries),
        "Not eligible": len(report.candidates) - len(report.entries),
    }
    # eligible entries come first
    assert tab.proxy.index(0, 3).data() == "Eligible"
    rejected = report.report.rejected[0]
    row = tab.model.row_of(rejected.id)
    assert tab.model.index(row, 4).data().endswith(rejected.reason)
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("rejected"))
    assert tab.proxy.rowCount() == len(report.report.rejected)
    assert tab.shown.text() == f"{len(report.report.rejected)} shown of {len(report.candidates)}"
    # the organiser sees the addresses here (and only here)
    some = next(c for c in report.candidates if c.email)
    assert tab.model.index(tab.model.row_of(some.id), 1).data() == some.email


def test_a_click_on_a_header_sorts_the_candidates(
    qtbot: Any, view: ContestView, demo, contest_id
) -> None:
    report = contest.entries(demo, contest_id)
    tab = view.entries_tab
    header = tab.table.horizontalHeader()
    submitted = {c.id: c.submitted_at for c in report.candidates}

    def shown_times() -> list[Any]:
        return [submitted[tab.entry_at(r)] for r in range(tab.proxy.rowCount())]

    def by_time(moment: datetime | None) -> tuple[bool, datetime]:  # no time: last
        return moment is None, moment or datetime.min.replace(tzinfo=UTC)

    tab.table.selectRow(5)
    chosen = tab.selected_entry()
    spot = QPoint(header.sectionViewportPosition(CandidatesModel.SUBMITTED) + 5, 5)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)  # "Submitted"
    assert header.sortIndicatorSection() == CandidatesModel.SUBMITTED
    order = header.sortIndicatorOrder()
    times = shown_times()
    assert times == sorted(times, key=by_time, reverse=order == Qt.SortOrder.DescendingOrder)
    assert len(set(times)) > 1  # the order says something
    tab.table.sortByColumn(CandidatesModel.SUBMITTED, Qt.SortOrder.DescendingOrder)
    assert shown_times() == sorted(times, key=by_time, reverse=True)
    assert tab.selected_entry() == chosen  # the selection follows its row
    tab.table.sortByColumn(CandidatesModel.PSEUDONYM, Qt.SortOrder.AscendingOrder)
    names = [tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())]
    assert names == sorted(names, key=fold)
    # a filter keeps the order, and a refresh keeps the sort
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("eligible"))
    eligible = [tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())]
    entrants = {report.pseudonyms[entry] for entry in report.entries}
    assert eligible == [n for n in names if n in entrants] and eligible
    view.refresh()
    settle(qtbot, view)
    assert [tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())] == eligible


def test_service_calls_run_off_the_gui_thread_one_at_a_time(
    qtbot: Any, view: ContestView, message_boxes
) -> None:
    release, threads, results = threading.Event(), [], []

    def slow() -> str:
        threads.append(threading.current_thread())
        assert release.wait(10)
        return "done"

    view.run("Counting the tickets", slow, results.append)
    assert view.is_busy() and not view.tabs.isEnabled()
    assert view.cursor().shape() == Qt.CursorShape.BusyCursor
    assert view.busy.isVisible() and view.busy.text() == "Counting the tickets"
    view.refresh()  # asked for meanwhile: it follows
    view.run("Another", lambda: "not run", results.append)  # refused while one runs
    release.set()
    settle(qtbot, view)
    assert results == ["done"] and threads[0] is not threading.main_thread()
    assert view.tabs.isEnabled() and not view.busy.isVisible()
    assert view.cursor().shape() == Qt.CursorShape.ArrowCursor

    def broken() -> None:
        raise contest.ContestError("the contest's seed is missing")

    view.run("Draw the winners", broken, results.append)
    settle(qtbot, view)
    assert message_boxes.of("critical") == [("Draw the winners", "the contest's seed is missing")]
    assert results == ["done"] and view.tabs.isEnabled()


def test_excluding_an_entry_with_a_reason(
    qtbot: Any, view: ContestView, demo, contest_id, input_dialogs: InputDialogs
) -> None:
    before = contest.entries(demo, contest_id)
    entry = lone_eligible_entry(before)
    tab = view.entries_tab
    assert not tab.exclude_button.isEnabled()  # nothing selected
    assert tab.select_entry(entry)
    assert tab.exclude_button.isEnabled() and not tab.reinstate_button.isEnabled()
    input_dialogs.texts.append((f"  {REASON}  ", True))
    with qtbot.waitSignal(view.contest_changed):
        click(qtbot, tab.exclude_button)

    after = contest.entries(demo, contest_id)
    assert entry not in after.entries
    assert len(after.entries) == len(before.entries) - 1
    assert after.exclusions == {entry: REASON}
    [event] = contest.history(demo, contest_id)
    assert (event["action"], event["entry"], event["reason"]) == ("exclude", entry, REASON)
    # the screen shows it: the step, the eligible count, the row
    yours = next(
        r
        for r in range(tab.steps_model.rowCount())
        if tab.steps_model.step(r).key.startswith("org")
    )
    assert tab.steps_model.step(yours).removed == 1
    assert f"→ {len(after.entries)} eligible" in tab.summary.text()
    assert tab.selected_entry() == entry  # the selection stays on it
    row = tab.model.row_of(entry)
    assert tab.model.index(row, 3).data() == "Excluded by you"
    assert tab.model.index(row, 4).data() == REASON
    assert tab.reinstate_button.isEnabled() and not tab.exclude_button.isEnabled()


def test_an_empty_reason_is_refused(
    qtbot: Any, view: ContestView, demo, contest_id, input_dialogs, message_boxes
) -> None:
    entry = lone_eligible_entry(contest.entries(demo, contest_id))
    view.entries_tab.select_entry(entry)
    input_dialogs.texts.append(("   ", True))
    click(qtbot, view.entries_tab.exclude_button)
    [(_title, text)] = message_boxes.of("warning")
    assert "needs a reason" in text
    input_dialogs.texts.append((REASON, False))  # cancelled: nothing said, nothing done
    click(qtbot, view.entries_tab.exclude_button)
    assert len(message_boxes.calls) == 1
    assert contest.entries(demo, contest_id).exclusions == {}
    assert contest.history(demo, contest_id) == []


def test_reinstating_needs_a_reason_too(
    qtbot: Any, view: ContestView, demo, contest_id, input_dialogs, message_boxes
) -> None:
    entry = lone_eligible_entry(contest.entries(demo, contest_id))
    tab = view.entries_tab
    tab.select_entry(entry)
    input_dialogs.texts += [(REASON, True), ("", True), ("l'original a été envoyé", True)]
    click(qtbot, tab.exclude_button)
    click(qtbot, tab.reinstate_button)  # empty reason
    assert contest.entries(demo, contest_id).exclusions == {entry: REASON}
    assert "needs a reason" in message_boxes.of("warning")[0][1]
    click(qtbot, tab.reinstate_button)
    assert REASON in input_dialogs.asked[-1]  # the question recalls why it was excluded
    after = contest.entries(demo, contest_id)
    assert entry in after.entries and after.exclusions == {}
    assert [e["action"] for e in contest.history(demo, contest_id)] == ["exclude", "reinstate"]
    assert tab.model.index(tab.model.row_of(entry), 3).data() == "Eligible"


def test_the_keyboard_reaches_an_entry(qtbot: Any, view: ContestView) -> None:
    tab = view.entries_tab
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Down)
    assert tab.selected_entry() is not None
    assert tab.exclude_button.isEnabled()
    assert tab.exclude_button.text().count("&") == 1 and tab.reinstate_button.text().count("&") == 1


def test_flagged_only(qtbot: Any, demo: LibraryService, contest_id, make_view, tmp_path) -> None:
    uid = demo.item(contest_id).summary.uid
    line = {
        "type": "response",
        "item": uid,
        "id": "jetable-1",
        "completed": True,
        "submitted_at": "2026-11-10T10:00:00Z",
        "answers": {"q_compte": "@jetable"},
        "lead": {
            "email": "quelquun@mailinator.com",
            "first_name": "Jean",
            "last_name": "Table",
            "birth_date": "1990-01-01",
        },
        "consents": [{"id": "reglement", "version": "2026-10", "given": True}],
    }
    path = tmp_path / "jetable.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    assert import_jsonl(demo, path).added == 1
    view = make_view()
    tab = view.entries_tab
    assert tab.proxy.rowCount() == tab.model.rowCount() > 1
    tab.flagged_only.click()
    assert tab.proxy.rowCount() == 1
    assert tab.entry_at(0) == "jetable-1"
    assert tab.proxy.index(0, 5).data() == "Throwaway e-mail"
    assert "mailinator.com" in tab.proxy.index(0, 5).data(Qt.ItemDataRole.ToolTipRole)
    assert tab.proxy.index(0, 3).data() == "Eligible"  # a flag removes nothing
    tab.flagged_only.click()
    assert tab.proxy.rowCount() == tab.model.rowCount()


# --- rules -------------------------------------------------------------------------------------


def test_a_problem_in_the_rules_goes_once_the_document_is_fixed(
    qtbot: Any, make_view, demo: LibraryService, contest_id: int
) -> None:
    address = demo.item(contest_id).document.contest.organiser.address

    def drop_address(data: dict) -> None:
        data["contest"]["organiser"]["address"] = ""

    edit_contest(demo, contest_id, drop_address)
    view = make_view()
    tab = view.rules_tab
    assert tab.chosen_language() == "fr"  # the contest's language
    assert not tab.problems.isHidden()
    assert table_rows(tab.model) == [
        ["Error", "contest.organiser.address", "the rules must give the organiser's postal address"]
    ]
    assert tab.status.text().startswith("1 error")
    assert "Règlement" in tab.preview.toPlainText()

    def restore(data: dict) -> None:
        data["contest"]["organiser"]["address"] = address

    edit_contest(demo, contest_id, restore)
    view.refresh_action.trigger()  # F5
    settle(qtbot, view)
    assert tab.model.rowCount() == 0
    assert tab.problems.isHidden()
    assert tab.status.text() == "Nothing required is missing: the rules can be published."
    assert address in tab.preview.toPlainText()


def test_share_to_enter_is_a_warning(make_view, demo: LibraryService, contest_id: int) -> None:
    def ask_to_share(data: dict) -> None:
        data["intro"] += " Partagez ce post pour participer !"

    edit_contest(demo, contest_id, ask_to_share)
    view = make_view()
    [problem] = view.rules_tab.problem_texts()
    assert problem.startswith("Warning intro ")
    assert "Facebook and Instagram forbid" in problem
    assert "warning" in view.rules_tab.status.text()
    assert "can be published" in view.rules_tab.status.text()  # a warning blocks nothing


def test_the_rules_language_can_be_changed(view: ContestView) -> None:
    tab = view.rules_tab
    tab.language.setCurrentIndex(tab.language.findData("en"))
    assert "OFFICIAL RULES" in tab.preview.toPlainText().upper()
    assert tab.hash.text().startswith("Rules hash (en): ")


def test_exporting_the_rules(view: ContestView, file_dialogs, tmp_path: Path) -> None:
    tab = view.rules_tab
    file_dialogs.save_answer = str(tmp_path / "reglement")  # the suffix is added
    tab.export_html.click()
    html = (tmp_path / "reglement.html").read_text(encoding="utf-8")
    assert "Agence Pixel &amp; Plume" in html or "Agence Pixel & Plume" in html
    file_dialogs.save_answer = str(tmp_path / "reglement.pdf")
    tab.export_pdf.click()
    assert (tmp_path / "reglement.pdf").read_bytes().startswith(b"%PDF")
    assert [caption for _kind, caption in file_dialogs.asked] == [
        "Export the rules as HTML",
        "Export the rules as PDF",
    ]
    assert file_dialogs.folders[0].startswith(str(tmp_path / "out"))
    file_dialogs.save_answer = ""  # cancelled
    assert tab.export("pdf") is None


# --- the draw ------------------------------------------------------------------------------------


def certificate_of(view: ContestView) -> dict[str, Any]:
    files = view.draw_tab.certificate_files()
    assert files is not None
    return json.loads(files[0].read_text(encoding="utf-8"))


def commit_and_draw(qtbot: Any, view: ContestView) -> None:
    tab = view.draw_tab
    view.tabs.setCurrentWidget(tab)
    click(qtbot, tab.commit_button)
    click(qtbot, tab.draw_button)


def test_commit_then_draw_shows_the_certificates_winners(
    qtbot: Any, view: ContestView, demo, contest_id, tmp_path: Path, message_boxes
) -> None:
    tab = view.draw_tab
    view.tabs.setCurrentWidget(tab)
    assert tab.state_label.text().startswith("No commitment yet")
    assert not tab.draw_button.isVisible() and not tab.presentation.isVisible()
    with qtbot.waitSignal(view.contest_changed):
        click(qtbot, tab.commit_button)
    state = contest.draw_state(demo, contest_id)
    assert state.stage == "committed"
    assert tab.commitment.text() == state.commitment.commitment
    assert tab.state_label.text().startswith("Committed on")
    tab.copy_button.click()
    assert QGuiApplication.clipboard().text() == state.commitment.commitment
    assert not tab.commit_button.isVisible()

    click(qtbot, tab.draw_button)
    questions = [text for _title, text in message_boxes.of("question")]
    assert questions[0].startswith("Make the draw's commitment now?")
    assert questions[1].startswith("Draw the winners now from 27 eligible")
    assert "has not closed yet" in questions[1]
    cert = certificate_of(view)
    folder = tmp_path / "out" / demo.item(contest_id).summary.uid
    assert tab.certificate_files()[0].parent == folder  # not the project's exports/
    winners = [w["pseudonym"] for w in cert["winners"]]
    alternates = [a["pseudonym"] for a in cert["alternates"]]
    assert len(winners) == 3 and len(alternates) == 3

    shown = tab.presentation
    assert shown.isVisible() and shown.shown_names() == []  # nothing revealed yet
    click(qtbot, tab.reveal_next_button)
    assert shown.shown_names() == winners[:1]
    click(qtbot, tab.reveal_all_button)
    assert shown.shown_names() == winners + alternates
    assert not tab.reveal_next_button.isEnabled()
    proof = shown.proof.text()
    assert cert["commitment"] in proof and cert["draw_seed"] in proof
    assert cert["entries_hash"] in proof
    assert tab.state_label.text().startswith("Drawn on")
    # a refresh keeps what is revealed
    view.refresh()
    settle(qtbot, view)
    assert shown.shown_names() == winners + alternates


def test_reveal_next_goes_through_winners_then_alternates(qtbot: Any, view: ContestView):
    commit_and_draw(qtbot, view)
    cert = certificate_of(view)
    order = [s["pseudonym"] for s in cert["winners"] + cert["alternates"]]
    tab = view.draw_tab
    for n in range(1, len(order) + 1):
        click(qtbot, tab.reveal_next_button)
        assert tab.presentation.shown_names() == order[:n]
    assert not tab.reveal_next_button.isEnabled()


def test_the_certificate_opens_and_verifies(
    qtbot: Any, view: ContestView, opened_urls: list[str], message_boxes
) -> None:
    commit_and_draw(qtbot, view)
    tab = view.draw_tab
    click(qtbot, tab.certificate_button)
    assert opened_urls == [str(tab.certificate_files()[1])]
    assert opened_urls[0].endswith("-certificate.html")
    click(qtbot, tab.verify_button)
    [(_title, text)] = message_boxes.of("information")
    assert text.startswith("The certificate verifies") and "same winners" in text
    # a tampered certificate does not
    path = tab.certificate_files()[0]
    cert = json.loads(path.read_text(encoding="utf-8"))
    cert["winners"][0], cert["winners"][1] = cert["winners"][1], cert["winners"][0]
    path.write_text(json.dumps(cert), encoding="utf-8")
    click(qtbot, tab.verify_button)
    [(_title, text)] = message_boxes.of("warning")
    assert text.startswith("The certificate does NOT verify")


def test_a_named_beacon_needs_its_value(
    qtbot: Any, view: ContestView, demo, contest_id, message_boxes
) -> None:
    tab = view.draw_tab
    view.tabs.setCurrentWidget(tab)
    qtbot.keyClicks(tab.beacon, "drand quicknet round 12345678")
    click(qtbot, tab.commit_button)
    assert contest.draw_state(demo, contest_id).commitment.beacon == (
        "drand quicknet round 12345678"
    )
    assert tab.beacon_value.isVisible()
    click(qtbot, tab.draw_button)
    [(_title, text)] = message_boxes.of("warning")
    assert "drand quicknet round 12345678" in text
    assert contest.draw_state(demo, contest_id).stage == "committed"
    qtbot.keyClicks(tab.beacon_value, "8a1f00")
    click(qtbot, tab.draw_button)
    cert = certificate_of(view)
    assert (cert["beacon"], cert["beacon_value"]) == ("drand quicknet round 12345678", "8a1f00")
    assert "8a1f00" in tab.presentation.proof.text()


def test_substitute_shows_the_next_alternate(
    qtbot: Any, view: ContestView, input_dialogs: InputDialogs, demo, contest_id
) -> None:
    commit_and_draw(qtbot, view)
    cert = certificate_of(view)
    tab = view.draw_tab
    input_dialogs.items.append((0, True))  # the first winner
    input_dialogs.texts.append(("pas de réponse sous 15 jours", True))
    with qtbot.waitSignal(view.contest_changed):
        click(qtbot, tab.substitute_button)
    assert input_dialogs.offered[0] == [
        f"{n}. {w['pseudonym']}" for n, w in enumerate(cert["winners"], start=1)
    ]
    winners = [s for s in tab.presentation.seat_list() if s.role == "winner"]
    first_alternate = cert["alternates"][0]["pseudonym"]
    assert winners[0].pseudonym == first_alternate
    assert winners[0].replaces == cert["winners"][0]["pseudonym"]
    assert tab.presentation.shown_names()[0] == first_alternate  # shown at once
    alternates = [s.pseudonym for s in tab.presentation.seat_list() if s.role == "alternate"]
    assert alternates == [a["pseudonym"] for a in cert["alternates"][1:]]
    log = tab.log.text()
    assert "pas de réponse sous 15 jours" in log
    assert f"{cert['winners'][0]['pseudonym']} replaced by {first_alternate}" in log
    updated = certificate_of(view)
    [sub] = updated["substitutions"]
    assert (sub["replaced"], sub["replacement"]) == (
        cert["winners"][0]["id"],
        cert["alternates"][0]["id"],
    )


def test_a_substitution_reason_is_checked(
    qtbot: Any, view: ContestView, input_dialogs: InputDialogs, message_boxes
) -> None:
    commit_and_draw(qtbot, view)
    tab = view.draw_tab
    input_dialogs.items += [(1, True), (1, True)]
    input_dialogs.texts += [("", True), ("écrire à lea@example.org", True)]
    click(qtbot, tab.substitute_button)
    assert "needs a reason" in message_boxes.of("warning")[0][1]
    click(qtbot, tab.substitute_button)
    [(_title, text)] = message_boxes.of("critical")
    assert "e-mail" in text  # the certificate shows no addresses
    assert certificate_of(view)["substitutions"] == []
    assert not tab.log.isVisible()


def test_no_commitment_while_the_rules_have_errors(
    qtbot: Any, make_view, demo, contest_id, message_boxes
) -> None:
    def drop_registration(data: dict) -> None:
        data["contest"]["organiser"]["registration"] = ""

    edit_contest(demo, contest_id, drop_registration)
    view = make_view()
    view.tabs.setCurrentWidget(view.draw_tab)
    click(qtbot, view.draw_tab.commit_button)
    [(_title, text)] = message_boxes.of("critical")
    assert "contest.organiser.registration" in text
    assert contest.draw_state(demo, contest_id).stage == "none"


def test_a_late_commitment_asks_why(
    qtbot: Any, make_view, demo, contest_id, input_dialogs: InputDialogs, message_boxes
) -> None:
    view = make_view(AFTER_CLOSE)
    tab = view.draw_tab
    view.tabs.setCurrentWidget(tab)
    input_dialogs.texts += [("", True), ("le serveur était en panne", True)]
    click(qtbot, tab.commit_button)
    assert "needs a reason" in message_boxes.of("warning")[0][1]
    assert contest.draw_state(demo, contest_id).stage == "none"
    click(qtbot, tab.commit_button)
    assert "closed on" in input_dialogs.asked[-1]
    made = contest.draw_state(demo, contest_id).commitment
    assert made is not None and made.late_reason == "le serveur était en panne"


def test_full_screen_for_the_projector(qtbot: Any, view: ContestView) -> None:
    commit_and_draw(qtbot, view)
    view.tabs.setCurrentWidget(view.entries_tab)
    normal = view.draw_tab.presentation.winners_heading.font().pointSizeF()
    view.full_screen_action.trigger()  # F11
    assert view.windowState() & Qt.WindowState.WindowFullScreen
    assert view.tabs.currentWidget() is view.draw_tab
    assert not view.tabs.tabBar().isVisible() and not view.draw_tab.state_box.isVisible()
    assert view.draw_tab.reveal_next_button.isVisible()
    assert view.draw_tab.presentation.winners_heading.font().pointSizeF() > normal
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.windowState() & Qt.WindowState.WindowFullScreen
    assert not view.full_screen_action.isChecked()
    assert view.tabs.tabBar().isVisible() and view.draw_tab.state_box.isVisible()
    assert view.draw_tab.presentation.winners_heading.font().pointSizeF() == normal
    assert view.full_screen_action.shortcut().toString() == "F11"


# --- the main window -------------------------------------------------------------------------


def test_the_main_window_opens_the_screen_of_the_selected_contest(
    qtbot: Any, window: Any, library: LibraryService, tmp_path, open_library
) -> None:
    ids = {s.kind.value: s.id for s in library.list_items()}
    window.select_item(ids["poll"])
    assert not window.action_contest.isEnabled()
    assert not window.contests.button.isVisible()
    window.select_item(ids["contest"])
    assert window.action_contest.isEnabled() and window.contests.button.isVisible()
    assert window.action_contest in window.file_menu.actions()
    window.contests.button.click()
    view = window.contests.view
    assert isinstance(view, ContestView) and view.item_id == ids["contest"]
    assert view.isVisible() and view.title.text() == "Grand jeu de l'été"
    settle(qtbot, view)
    assert view.rules_tab.model.rowCount() > 0  # the test document lacks most mentions
    window.action_contest.trigger()
    assert window.contests.view is view  # the same screen, raised
    # another library closes it
    other = tmp_path / "other.sqlite"
    assert window.switch_library(other)
    assert window.contests.view is None
    assert not view.isVisible()


def test_an_item_that_is_not_a_contest_is_refused(library: LibraryService) -> None:
    poll = next(s.id for s in library.list_items() if s.kind == "poll")
    with pytest.raises(contest.NotAContest, match="not a contest"):
        ContestView(library, poll)


# --- the domain's sentences in the interface's language ---------------------------------------


def test_in_english_the_screen_says_what_the_domain_wrote(qapp: Any) -> None:
    """Every template says its sentence word for word: no key and no argument is lost."""
    entries, rules = EntryTexts(), RuleTexts()
    for report in every_entry_report():
        assert [entries.step_title(s) for s in report.steps] == [s.title for s in report.steps]
        assert [entries.reason(r) for r in report.rejected] == [r.reason for r in report.rejected]
        assert [entries.detail(f) for f in report.flags] == [f.detail for f in report.flags]
    problems = every_rule_problem()
    assert [rules.message(p) for p in problems] == [p.message for p in problems]


def test_an_unknown_key_or_missing_args_show_the_domains_english(qapp: Any) -> None:
    entries = EntryTexts()
    assert entries.reason(Rejection("a", "window", "a newer reason", "made_up")) == (
        "a newer reason"
    )
    assert entries.reason(Rejection("a", "window", "old report", "under_age")) == "old report"
    assert entries.detail(Flag("a", "too_fast", "fast", "too_fast", {"seconds": "3"})) == "fast"
    assert entries.step_title(Step("window", "Contest dates: …", 1, 0)) == "Contest dates: …"
    problem = RuleProblem("error", "contest", "a newer problem", "made_up", {"x": "1"})
    assert RuleTexts().message(problem) == "a newer problem"


def test_in_french_the_domains_sentences_are_french(qapp: Any, settings: Any) -> None:
    settings.setValue(i18n.LANGUAGE_KEY, "fr")
    assert i18n.install_translator(qapp, settings) == "fr"
    main, score, consent = every_entry_report()
    texts = EntryTexts()
    reasons = {r.id: texts.reason(r) for report in (main, score) for r in report.rejected}
    assert reasons["wrong-option"] == (
        "n’a pas choisi « Instagram » (insta) à « Votre réseau préféré ? » (q_reseau)"
    )
    assert reasons["low"] == "a obtenu 50,25 %, moins que 62,5 %"  # French decimal commas
    assert reasons["minor"] == "14 ans le 2026-11-30, moins de 18"
    assert reasons["excluded"] == "exclue par l’organisateur : photo volée"
    fast = next(f for f in main.flags if f.kind == "too_fast")
    assert (
        texts.detail(fast) == "terminée en 3 s, moins de 2,5 s pour chacune des 2 questions (5 s)"
    )
    titles = [texts.step_title(s) for s in consent.steps]
    assert titles[0] == (
        "Condition de participation : une réponse terminée qui a coché la case reglement"
    )
    assert titles[1] == (
        "Dates du concours : envoyée jusqu’au 2026-11-30 23:59:00 (heure Europe/Paris), "
        "borne incluse"
    )
    bonus = texts.step_title(main.steps[-1])
    assert bonus.startswith("Tickets bonus : un ticket par participation, +1 ticket pour une ")
    assert "+3 tickets pour une participation qui aime Instagram" in bonus
    problems = {p.key: RuleTexts().message(p) for p in every_rule_problem()}
    assert problems["too_few_prizes"] == "5 gagnants sont tirés au sort mais il n’y a que 3 lots"
    assert problems["email_format"] == "« jeu@ » n’est pas une adresse e-mail"


def test_the_french_contest_screen_shows_the_steps_and_reasons_in_french(
    qapp: Any, settings: Any, demo: LibraryService, contest_id: int, make_view
) -> None:
    settings.setValue(i18n.LANGUAGE_KEY, "fr")
    i18n.install_translator(qapp, settings)
    view = make_view()
    tab = view.entries_tab
    assert not tab.steps.isColumnHidden(3)  # the rule applied, shown in French too
    assert tab.steps_model.headerData(3, Qt.Orientation.Horizontal) == "Règle appliquée"
    # The demo contest asks to tick its rules box ("reglement").
    first = tab.steps_model.index(0, 3).data()
    assert first.startswith(
        "Condition de participation : une réponse terminée qui a coché la case « J’ai lu"
    )
    assert first.endswith("» (reglement)")
    report = contest.entries(demo, contest_id)
    unticked = next(r for r in report.report.rejected if r.key == "consent_not_ticked")
    row = tab.model.row_of(unticked.id)
    reason = tab.model.index(row, CandidatesModel.REASON).data()
    assert reason.startswith("Condition de participation : n’a pas coché la case « J’ai lu")
    undone = next(r for r in report.report.rejected if r.key == "not_completed")
    reason = tab.model.index(tab.model.row_of(undone.id), CandidatesModel.REASON).data()
    assert reason == "Condition de participation : la réponse n’a pas été terminée"


def test_importing_a_list_adds_its_people_to_the_entries(
    qtbot: Any,
    view: ContestView,
    demo: LibraryService,
    contest_id: int,
    tmp_path: Path,
    message_boxes: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    listed = tmp_path / "salon.csv"
    listed.write_text(
        "E-mail;Prénom;Nom;Date de naissance;Date;reglement\n"
        "marie.curie@example.org;Marie;Curie;07/11/1990;10/11/2026 14:30;oui\n"
        "pas-une-adresse;Jean;Dupont;01/01/1980;10/11/2026 15:00;oui\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(listed), ""))
    )
    tab = view.entries_tab
    before = tab.proxy.rowCount()
    click(qtbot, tab.import_button)
    [(_title, text)] = message_boxes.of("information")
    assert text.startswith("Entries added: 1; already there: 0; lines refused: 1.")
    assert "Line 3: 'pas-une-adresse' is not an e-mail address" in text
    qtbot.waitUntil(lambda: tab.proxy.rowCount() == before + 1)
    shown = {tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())}
    assert "Marie C." in shown
    assert any(e.startswith("list-") for e in contest.entries(demo, contest_id).entries)
