"""The editor's problems panel and live preview, driven as the author would."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QLocale, QModelIndex, Qt, QUrl
from PySide6.QtWebEngineCore import QWebEnginePage

from quizbuilder.domain.authoring import AuthoringProblem, check_data
from quizbuilder.domain.validation import parse_document
from quizbuilder.services import publish
from quizbuilder.services.library import LibraryService
from quizbuilder.services.publish import EmbedOptions, export_embed
from quizbuilder.ui.editor import preview as preview_module
from quizbuilder.ui.editor.preview import PreviewPage, PreviewPane, chromium_flags
from quizbuilder.ui.editor.problems_panel import (
    KeyRole,
    PathRole,
    ProblemsPanel,
    ProblemTexts,
    SeverityRole,
)
from tests.gui.conftest import KNOWLEDGE_QUIZ, PERSONALITY_QUIZ

# Rendering in Chromium takes a moment, longer on a busy machine: never a time budget.
RENDER_TIMEOUT = 30_000


def broken_quiz() -> dict[str, Any]:
    """The knowledge quiz with two errors and one warning."""
    data = copy.deepcopy(KNOWLEDGE_QUIZ)
    data["questions"][0]["options"][1]["fraction"] = 0  # no right answer: error
    data["questions"][0]["options"][2]["label"] = "  BREST "  # duplicate: error
    data["settings"]["timer"]["extendable"] = False  # warning
    return data


@pytest.fixture
def panel(qtbot: Any) -> ProblemsPanel:
    widget = ProblemsPanel()
    qtbot.addWidget(widget)
    widget.resize(480, 320)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


# --- problems panel --------------------------------------------------------------------


def test_the_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    panel = ProblemsPanel()
    panel.set_problems(check_data(broken_quiz()))
    qtmodeltester.check(panel.model)
    panel.set_problems([])
    qtmodeltester.check(panel.model)
    panel.set_problems(check_data(broken_quiz()))
    qtmodeltester.check(panel.model)
    panel.deleteLater()


def test_the_header_counts_errors_and_warnings(panel: ProblemsPanel) -> None:
    panel.set_problems(check_data(broken_quiz()))
    # Until the English plural forms are compiled, Qt shows "error(s)" as written.
    assert re.fullmatch(r"2 error(s|\(s\)), 1 warning(\(s\))?", panel.header.text())
    panel.set_problems([AuthoringProblem("warning", "title", "no title", "empty_title")] * 3)
    assert re.fullmatch(r"3 warning(s|\(s\))", panel.header.text())


def test_rows_say_their_severity_by_icon_and_words_not_colour(panel: ProblemsPanel) -> None:
    panel.set_problems(check_data(broken_quiz()))
    model = panel.model
    rows = [model.index(r, 0) for r in range(model.rowCount())]
    assert [i.data(SeverityRole) for i in rows] == ["error", "error", "warning"]
    icons = [i.data(Qt.ItemDataRole.DecorationRole) for i in rows]
    assert all(not icon.isNull() for icon in icons)
    assert icons[0].cacheKey() != icons[2].cacheKey()
    spoken = [i.data(Qt.ItemDataRole.AccessibleTextRole) for i in rows]
    assert spoken[0].startswith("Error") and spoken[2].startswith("Warning")
    assert rows[0].data(Qt.ItemDataRole.ToolTipRole).startswith("Error (blocks publishing)")
    assert [i.data(PathRole) for i in rows] == [
        "questions[0].options[2].label",
        "questions[0].options",
        "settings.timer.extendable",
    ]
    assert [i.data(KeyRole) for i in rows] == [
        "duplicate_option",
        "no_correct_answer",
        "timer_not_extendable",
    ]


def test_no_problems_shows_an_empty_state(panel: ProblemsPanel) -> None:
    panel.set_problems(check_data(broken_quiz()))
    assert panel.view.isVisible() and not panel.empty.isVisible()
    panel.set_problems(check_data(KNOWLEDGE_QUIZ))
    assert panel.header.text() == "No problems"
    assert panel.empty.isVisible() and not panel.view.isVisible()
    assert panel.model.rowCount() == 0
    assert "can be published" in panel.empty.text()


def test_clicking_a_problem_emits_its_path(qtbot: Any, panel: ProblemsPanel) -> None:
    panel.set_problems(check_data(broken_quiz()))
    index = panel.model.index(1, 0)
    rect = panel.view.visualRect(index)
    with qtbot.waitSignal(panel.problemActivated) as signal:
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == ["questions[0].options"]


def test_enter_on_a_problem_emits_its_path(qtbot: Any, panel: ProblemsPanel) -> None:
    panel.set_problems(check_data(broken_quiz()))
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Down)
    qtbot.keyClick(panel.view, Qt.Key.Key_Down)
    with qtbot.waitSignal(panel.problemActivated) as signal:
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert signal.args == ["settings.timer.extendable"]
    with qtbot.assertNotEmitted(panel.problemActivated):
        panel.view.setCurrentIndex(QModelIndex())
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)


def test_the_chosen_problem_stays_chosen_as_the_author_types(panel: ProblemsPanel) -> None:
    data = broken_quiz()
    panel.set_problems(check_data(data))
    panel.view.setCurrentIndex(panel.model.index(2, 0))  # the timer
    data["questions"][0]["options"][2]["label"] = "Morlaix"  # one error fixed
    panel.set_problems(check_data(data))
    assert panel.model.rowCount() == 2
    assert panel.view.currentIndex().data(PathRole) == "settings.timer.extendable"


def test_fixing_the_draft_clears_each_problem(panel: ProblemsPanel) -> None:
    data = broken_quiz()
    panel.set_problems(check_data(data))
    assert panel.model.rowCount() == 3
    data["questions"][0]["options"][1]["fraction"] = 1
    panel.set_problems(check_data(data))
    assert [panel.model.index(r, 0).data(KeyRole) for r in range(2)] == [
        "duplicate_option",
        "timer_not_extendable",
    ]
    data["questions"][0]["options"][2]["label"] = "Morlaix"
    data["settings"]["timer"]["extendable"] = True
    panel.set_problems(check_data(data))
    assert panel.texts() == []


def _every_kind_of_problem() -> list[AuthoringProblem]:
    quiz = broken_quiz()
    quiz["title"] = ""
    quiz["image"] = {"asset": "ab" * 32}
    quiz["questions"][1]["text"] = ""
    quiz["questions"][1]["options"][1]["label"] = ""
    quiz["scoring"]["bands"][1]["title"] = ""
    quiz["theme"] = {
        "text_color": "#aaaaaa",
        "primary_color": "#ffd700",
        "logo": {"asset": "cd" * 32},
    }
    quiz["lead_form"] = {
        "enabled": True,
        "consents": [{"id": "nl", "purpose": "newsletter", "text": "Lettre", "required": True}],
    }
    quiz["questions"].append(
        {
            "id": "q3",
            "type": "image_choice",
            "text": "Laquelle ?",
            "points": 2,
            "options": [
                {"id": "a", "label": "", "image": {"asset": "ef" * 32}},
                {"id": "b", "label": "", "fraction": 0.5},
            ],
        }
    )
    quiz["questions"].append(
        {
            "id": "q4",
            "type": "matching",
            "text": "Associez",
            "pairs": [
                {"id": "p1", "prompt": "A", "answer": "1"},
                {"id": "p2", "prompt": "a", "answer": ""},
            ],
        }
    )
    personality = copy.deepcopy(PERSONALITY_QUIZ)
    personality["outcomes"].append({"id": "x", "title": ""})
    options = personality["questions"][0]["options"]
    options.append(
        {"id": "c", "label": "Les deux", "weights": {"aventurier": 2, "contemplatif": 2}}
    )
    return check_data(quiz) + check_data(personality)


def test_english_descriptions_say_what_the_domain_says(qapp: Any) -> None:
    """The interface's templates must not drift from the domain's messages."""
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    texts = ProblemTexts()
    problems = _every_kind_of_problem()
    keys = {p.key for p in problems}
    assert keys >= {
        "empty_title",
        "empty_question",
        "empty_option",
        "empty_pair",
        "empty_outcome",
        "empty_band",
        "missing_alt",
        "duplicate_option",
        "duplicate_pair",
        "no_correct_answer",
        "partial_key",
        "unreachable_outcome",
        "tie_likely",
        "timer_not_extendable",
        "required_consent",
        "low_contrast",
    }
    for p in problems:
        said = texts.describe(p)
        if p.key == "empty_title":
            assert said == "The item has no title."
            continue
        expected = p.message[0].upper() + p.message[1:] + "."
        assert said == expected, p.key


def test_a_problem_without_its_arguments_is_said_as_it_came(qapp: Any) -> None:
    texts = ProblemTexts()
    bare = AuthoringProblem("error", "questions[0]", "question 1 has no text", "empty_question")
    assert texts.describe(bare) == "Question 1 has no text"
    odd = AuthoringProblem("error", "questions[0].text", "must be text", "invalid")
    assert texts.describe(odd) == "questions[0].text: must be text"
    rules = AuthoringProblem("error", "contest.organiser.name", "the rules must", "contest_rules")
    assert texts.describe(rules) == "The rules must"


# --- preview --------------------------------------------------------------------------


@pytest.fixture
def quiz_id(library: LibraryService) -> int:
    return next(s.id for s in library.list_items() if s.kind == "knowledge_quiz")


@pytest.fixture
def make_pane(qtbot: Any, library: LibraryService) -> Iterator[Callable[[int], PreviewPane]]:
    """Panes deleted at the end of the test: a web page that outlives the application's
    web profile makes Qt WebEngine complain at exit."""
    made: list[PreviewPane] = []

    def make(item_id: int) -> PreviewPane:
        widget = PreviewPane(library, item_id)
        made.append(widget)
        widget.resize(520, 700)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    yield make
    for widget in made:
        widget.close()
        shiboken6.delete(widget)


@pytest.fixture
def pane(make_pane: Callable[[int], PreviewPane], quiz_id: int) -> PreviewPane:
    return make_pane(quiz_id)


def exported(library: LibraryService, item_id: int, tmp_path: Path, **options: Any) -> str:
    path = tmp_path / "export.html"
    export_embed(library, item_id, path, EmbedOptions(mode="none", **options))
    return path.read_text(encoding="utf-8")


def run_js(qtbot: Any, pane: PreviewPane, script: str) -> Any:
    result: list[Any] = []
    pane.view.page().runJavaScript(script, 0, result.append)
    qtbot.waitUntil(lambda: bool(result), timeout=RENDER_TIMEOUT)
    return result[0]


def test_the_preview_shows_the_exports_html(
    qtbot: Any, pane: PreviewPane, library: LibraryService, quiz_id: int, tmp_path: Path
) -> None:
    with qtbot.waitSignal(pane.rendered, timeout=RENDER_TIMEOUT):
        pane.show_data(KNOWLEDGE_QUIZ)
    assert pane.last_html == exported(library, quiz_id, tmp_path)
    text = run_js(qtbot, pane, "document.body.innerText")
    assert "Connaissez-vous la Bretagne" in text


def test_the_author_can_click_through_the_preview(qtbot: Any, pane: PreviewPane) -> None:
    with qtbot.waitSignal(pane.rendered, timeout=RENDER_TIMEOUT):
        pane.show_data(KNOWLEDGE_QUIZ)
    qtbot.waitUntil(
        lambda: "Commencer" in run_js(qtbot, pane, "document.body.innerText"),
        timeout=RENDER_TIMEOUT,
    )
    run_js(
        qtbot,
        pane,
        "Array.from(document.querySelectorAll('button'))"
        ".find(b => b.textContent.trim() === 'Commencer').click(); true",
    )
    qtbot.waitUntil(
        lambda: (
            "Quelle est la préfecture du Finistère"
            in run_js(qtbot, pane, "document.body.innerText")
        ),
        timeout=RENDER_TIMEOUT,
    )


def test_an_edit_reaches_the_preview_once_the_author_pauses(
    qtbot: Any,
    pane: PreviewPane,
    library: LibraryService,
    quiz_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []
    real = preview_module.embed_html

    def counting(*args: Any, **kwargs: Any) -> str:
        calls.append(kwargs["document"].title)
        return real(*args, **kwargs)

    monkeypatch.setattr(preview_module, "embed_html", counting)
    data = copy.deepcopy(KNOWLEDGE_QUIZ)
    with qtbot.waitSignal(pane.rendered, timeout=RENDER_TIMEOUT):
        for title in ("C", "Co", "Con"):  # three keystrokes in a row
            data["title"] = title
            pane.show_data(data)
    assert calls == ["Con"]
    assert (
        publish.embed_html(
            library, quiz_id, EmbedOptions(mode="none"), document=parse_document(data)
        )
        == pane.last_html
    )
    assert "<title>Con</title>" in pane.last_html


def test_a_draft_that_does_not_parse_keeps_the_last_page(qtbot: Any, pane: PreviewPane) -> None:
    with qtbot.waitSignal(pane.rendered, timeout=RENDER_TIMEOUT):
        pane.show_data(KNOWLEDGE_QUIZ)
    good = pane.last_html
    bad = copy.deepcopy(KNOWLEDGE_QUIZ)
    bad["questions"][0]["points"] = -3
    pane.show_data(bad)
    pane.refresh()
    assert pane.last_html == good
    assert pane.note.isVisible()
    assert "last version that worked" in pane.note.text()
    with qtbot.waitSignal(pane.rendered, timeout=RENDER_TIMEOUT):
        pane.show_data(KNOWLEDGE_QUIZ | {"title": "Réparé"})
    assert not pane.note.isVisible()
    assert "Réparé" in pane.last_html


def test_language_and_variant_follow_the_toolbar(
    qtbot: Any,
    library: LibraryService,
    make_pane: Callable[[int], PreviewPane],
    tmp_path: Path,
) -> None:
    data = copy.deepcopy(KNOWLEDGE_QUIZ)
    data["variants"] = [
        {"id": "a", "name": "Sobre", "title": "Quiz Bretagne"},
        {"id": "b", "name": "Accrocheur", "title": "Êtes-vous vraiment breton ?"},
    ]
    pane = make_pane(library.create_item(parse_document(data)))
    item_id = pane.item_id
    with qtbot.waitSignal(pane.rendered, timeout=RENDER_TIMEOUT):
        pane.show_data(data)
    assert [pane.variant.itemText(i) for i in range(pane.variant.count())] == [
        "Sobre",
        "Accrocheur",
    ]
    assert pane.last_html == exported(library, item_id, tmp_path, variant="a")
    with qtbot.waitSignal(pane.rendered, timeout=RENDER_TIMEOUT):
        pane.variant.setCurrentIndex(1)
    assert pane.last_html == exported(library, item_id, tmp_path, variant="b")
    with qtbot.waitSignal(pane.rendered, timeout=RENDER_TIMEOUT):
        pane.language.setCurrentIndex(pane.language.findData("en"))
    assert pane.last_html == exported(library, item_id, tmp_path, variant="b", lang="en")
    assert 'lang="en"' in pane.last_html
    text = run_js(qtbot, pane, "document.body.innerText")
    assert "Êtes-vous vraiment breton" in text
    # A variant removed from the draft is no longer offered.
    with qtbot.waitSignal(pane.rendered, timeout=RENDER_TIMEOUT):
        pane.show_data(data | {"variants": data["variants"][:1]})
    assert pane.variant.count() == 1
    assert pane.options().variant == "a"


def test_phone_and_desktop_widths(qtbot: Any, pane: PreviewPane) -> None:
    assert pane.page_width() == 375
    assert pane.view.width() == 375
    qtbot.mouseClick(pane.desktop, Qt.MouseButton.LeftButton)
    assert pane.width() == 520
    assert pane.page_width() == 768  # the pane is 520 wide: the page is zoomed down
    assert pane.view.width() == 520
    assert pane.view.zoomFactor() == pytest.approx(520 / 768)
    pane.resize(1000, 700)
    qtbot.waitUntil(lambda: pane.view.width() == 1000)
    assert pane.view.zoomFactor() == pytest.approx(1.0)
    qtbot.mouseClick(pane.phone, Qt.MouseButton.LeftButton)
    assert pane.view.width() == 375


def test_the_preview_never_leaves_the_page() -> None:
    page = PreviewPage()
    link = QWebEnginePage.NavigationType.NavigationTypeLinkClicked
    typed = QWebEnginePage.NavigationType.NavigationTypeTyped
    assert not page.acceptNavigationRequest(QUrl("https://www.facebook.com/sharer"), link, True)
    assert not page.acceptNavigationRequest(QUrl("mailto:a@example.org"), link, True)
    assert page.acceptNavigationRequest(QUrl("data:text/html,x"), typed, True)
    assert page.acceptNavigationRequest(QUrl("file:///tmp/preview.html"), typed, True)
    assert page.createWindow(QWebEnginePage.WebWindowType.WebBrowserTab) is None
    shiboken6.delete(page)  # now: a page outliving its profile at exit makes Qt complain


@pytest.mark.parametrize(
    ("environ", "root", "expected"),
    [
        ({"QT_QPA_PLATFORM": "offscreen"}, True, "--no-sandbox --disable-gpu"),
        ({"QT_QPA_PLATFORM": "offscreen"}, False, "--disable-gpu"),
        ({"QT_QPA_PLATFORM": "xcb"}, True, "--no-sandbox"),
        ({}, False, None),
        ({"QTWEBENGINE_CHROMIUM_FLAGS": "--my-flag", "QT_QPA_PLATFORM": "offscreen"}, True, None),
    ],
)
def test_chromium_flags_only_where_needed(
    environ: dict[str, str], root: bool, expected: str | None
) -> None:
    assert chromium_flags(environ, root=root) == expected


def test_contest_rules_problems_read_in_the_interface_language(qapp: Any, settings: Any) -> None:
    """The problems panel says a rules problem in French, as the contest screen does."""
    from quizbuilder.ui import i18n
    from tests.helpers.contests import contest_data

    data = contest_data()
    data["contest"]["organiser"]["email"] = "jeu@"
    problems = [p for p in check_data(data) if p.key == "contest_rules"]
    assert problems, "the broken organiser e-mail is a rules problem"
    assert [ProblemTexts().describe(p) for p in problems] == [p.message for p in problems]
    settings.setValue(i18n.LANGUAGE_KEY, "fr")
    assert i18n.install_translator(qapp, settings) == "fr"
    try:
        french = [ProblemTexts().describe(p) for p in problems]
        assert "« jeu@ » n’est pas une adresse e-mail" in french
    finally:
        settings.setValue(i18n.LANGUAGE_KEY, "en")
        i18n.install_translator(qapp, settings)


def test_the_window_checks_each_draft_off_the_gui_thread_and_shows_the_newest(
    qtbot: Any, library: LibraryService
) -> None:
    """Problems follow the draft without the window waiting for them, and what is shown
    in the end is the newest draft's problems."""
    from quizbuilder.domain.kinds import Kind
    from quizbuilder.services import editing
    from quizbuilder.ui.editor.window import EditorWindow

    item = editing.new_item(library, Kind.KNOWLEDGE_QUIZ, title="Quiz")
    window = EditorWindow(library, item)
    qtbot.addWidget(window)

    def keys() -> set[str]:
        return {p.key for p in window.problems.model.problems()}

    document = window.editor.document
    document.set(("title",), "")
    qtbot.waitUntil(lambda: "empty_title" in keys(), timeout=5000)
    document.set(("title",), "Quiz again")
    document.set(("title",), "")
    document.set(("title",), "Quiz, finally")
    assert window.wait_for_checks(5000)
    qtbot.waitUntil(lambda: "empty_title" not in keys(), timeout=5000)
    qtbot.wait(100)  # any older result still queued must not bring it back
    assert "empty_title" not in keys()
    window.close()
