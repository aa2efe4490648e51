"""The results view on a real temporary library holding the demo items.

Expected numbers are counted straight from the library's tables with SQL, not taken
from the statistics service that the view shows.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageOps
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction, QImage, QKeySequence
from PySide6.QtWidgets import QSpinBox
from sqlalchemy import text

from quizbuilder.services import statistics
from quizbuilder.services.demo import load_demo
from quizbuilder.services.library import LibraryService
from quizbuilder.ui.results import ResultsView
from quizbuilder.ui.results import formatting as fmt
from quizbuilder.ui.results.columns import REACH_COLUMN, ResultColumns
from quizbuilder.ui.results.models import SORT_ROLE, ChannelsModel, Column, RowsModel, key

POLL = "Quel format vous fait le plus réagir ?"
QUIZ = "Quiz : maîtrisez-vous les KPI des réseaux sociaux ?"
PERSONALITY = "Quel type d’influenceur êtes-vous ?"
SURVEY = "Enquête de satisfaction : nos ateliers réseaux sociaux"
WAIT_MS = 20_000


@pytest.fixture
def demo(tmp_path: Path, open_library: Callable[[Path], LibraryService]) -> LibraryService:
    service = open_library(tmp_path / "demo.sqlite")
    load_demo(service)
    return service


def item_id(library: LibraryService, title: str) -> int:
    return next(s.id for s in library.list_items() if s.title == title)


def count(library: LibraryService, sql: str, **params: Any) -> int:
    with library.engine.connect() as connection:
        return int(connection.execute(text(sql), params).scalar_one())


def responses(library: LibraryService, item: int, where: str = "1 = 1", **params: Any) -> int:
    return count(
        library, f"SELECT count(*) FROM response WHERE item_id = :i AND {where}", i=item, **params
    )


def wait_idle(qtbot: Any, view: ResultsView) -> None:
    qtbot.waitUntil(lambda: not view.is_busy(), timeout=WAIT_MS)


@pytest.fixture
def open_view(qtbot: Any) -> Callable[[LibraryService, str], ResultsView]:
    def make(library: LibraryService, title: str) -> ResultsView:
        view = ResultsView(library)
        qtbot.addWidget(view)
        view.resize(900, 700)
        view.show()
        qtbot.waitExposed(view)
        view.set_item(item_id(library, title))
        wait_idle(qtbot, view)
        return view

    return make


# --- what the page shows ----------------------------------------------------------------


def test_the_quiz_shows_its_figures_charts_and_tables(
    demo: LibraryService, open_view: Callable[[LibraryService, str], ResultsView]
) -> None:
    quiz = item_id(demo, QUIZ)
    view = open_view(demo, QUIZ)
    assert view.error is None
    assert view.stack.currentWidget() is view.scroll_area
    assert view.title.text() == QUIZ
    tiles = view.page.tiles
    total = responses(demo, quiz)
    done = responses(demo, quiz, "completed")
    assert tiles["responses"].value.text() == str(total)
    assert tiles["responses"].note.text() == f"{done} completed"
    for name in ("score", "pass", "time"):
        assert not tiles[name].isHidden()
    assert tiles["nps"].isHidden()  # no NPS question in a knowledge quiz
    questions = count(demo, "SELECT question_count FROM item WHERE id = :i", i=quiz)
    charts = view.page.charts
    assert {"funnel", "score", "sources", "variants"} <= set(charts)
    assert len([c for c in charts if c.startswith("question-")]) == questions
    assert view.page.analysis_model.rowCount() == questions
    for name in ("score", "questions", "analysis", "channels", "ab"):
        assert not view.page.sections[name].isHidden(), name
    assert view.page.sections["outcomes"].isHidden()
    assert view.page.verdict.text().startswith("No clear difference between A")


def test_a_poll_hides_the_score_section(
    demo: LibraryService, open_view: Callable[[LibraryService, str], ResultsView]
) -> None:
    view = open_view(demo, POLL)
    assert view.stack.currentWidget() is view.scroll_area
    page = view.page
    for name in ("score", "analysis", "outcomes", "ab", "nps"):
        assert page.sections[name].isHidden(), name
    assert not page.sections["questions"].isHidden()
    assert page.tiles["score"].isHidden()
    assert page.tiles["pass"].isHidden()
    assert "score" not in page.charts
    assert page.channels_table.isColumnHidden(4)  # "Mean score" means nothing here


def test_the_personality_quiz_shows_its_outcomes(
    demo: LibraryService, open_view: Callable[[LibraryService, str], ResultsView]
) -> None:
    personality = item_id(demo, PERSONALITY)
    view = open_view(demo, PERSONALITY)
    page = view.page
    assert not page.sections["outcomes"].isHidden()
    assert page.sections["score"].isHidden()
    assert "outcomes" in page.charts
    shown = {
        page.outcomes_model.index(r, 0).data(): page.outcomes_model.index(r, 1).data()
        for r in range(page.outcomes_model.rowCount())
    }
    with demo.engine.connect() as connection:
        counted = dict(
            connection.execute(
                text(
                    "SELECT outcome, count(*) FROM response WHERE item_id = :i AND completed "
                    "AND outcome IS NOT NULL GROUP BY outcome"
                ),
                {"i": personality},
            ).all()
        )
    titles = {
        "nano": "Nano-influenceur",
        "micro": "Micro-influenceur",
        "macro": "Macro-influenceur",
    }
    assert shown == {titles[k]: str(v) for k, v in counted.items()}


def test_the_survey_shows_its_net_promoter_score(
    demo: LibraryService, open_view: Callable[[LibraryService, str], ResultsView]
) -> None:
    survey = item_id(demo, SURVEY)
    view = open_view(demo, SURVEY)
    page = view.page
    assert not page.sections["nps"].isHidden()
    assert not page.tiles["nps"].isHidden()
    scores = [
        int(s)
        for (s,) in demo.engine.connect().execute(
            text(
                "SELECT json_extract(answers, '$.q_nps') FROM response "
                "WHERE item_id = :i AND json_extract(answers, '$.q_nps') IS NOT NULL"
            ),
            {"i": survey},
        )
    ]
    promoters = sum(1 for s in scores if s >= 9)
    detractors = sum(1 for s in scores if s <= 6)
    nps = 100 * (promoters - detractors) / len(scores)
    assert page.tiles["nps"].value.text() == f"{nps:+.1f}".rstrip("0").rstrip(".")
    assert page.tiles["nps"].note.text() == f"{promoters} promoters, {detractors} detractors"


# --- filters --------------------------------------------------------------------------------


def test_changing_the_source_filter_changes_the_tiles_and_the_charts(
    qtbot: Any, demo: LibraryService, open_view: Callable[[LibraryService, str], ResultsView]
) -> None:
    quiz = item_id(demo, QUIZ)
    view = open_view(demo, QUIZ)
    bar = view.filter_bar
    funnel_before = view.page.charts["funnel"].svg
    sources_before = view.page.charts["sources"].svg
    offered = [bar.source.itemData(n) for n in range(bar.source.count())]
    assert offered[0] is None  # "All sources"
    assert set(offered[1:]) == {"linkedin", "newsletter", "instagram", "tiktok", "facebook"}

    with qtbot.waitSignal(view.computed, timeout=WAIT_MS):
        bar.source.setCurrentIndex(bar.source.findData("linkedin"))
    wait_idle(qtbot, view)
    linkedin = responses(demo, quiz, "source = 'linkedin'")
    done = responses(demo, quiz, "source = 'linkedin' AND completed")
    assert view.page.tiles["responses"].value.text() == str(linkedin)
    assert view.page.tiles["responses"].note.text() == f"{done} completed"
    assert view.page.charts["funnel"].svg != funnel_before
    assert view.page.charts["sources"].svg != sources_before
    assert view.page.channels_model.rowCount() == 1
    # the other sources stay on offer while one is chosen
    assert bar.source.count() == len(offered)


def test_changing_the_variant_filter_changes_the_tiles(
    qtbot: Any, demo: LibraryService, open_view: Callable[[LibraryService, str], ResultsView]
) -> None:
    quiz = item_id(demo, QUIZ)
    view = open_view(demo, QUIZ)
    bar = view.filter_bar
    assert bar.variant.itemText(bar.variant.findData("B")).startswith("B : titre")
    with qtbot.waitSignal(view.computed, timeout=WAIT_MS):
        bar.variant.setCurrentIndex(bar.variant.findData("B"))
    wait_idle(qtbot, view)
    assert view.page.tiles["responses"].value.text() == str(responses(demo, quiz, "variant = 'B'"))
    assert view.page.sections["ab"].isHidden()  # one variant left: nothing to compare


def test_the_version_filter_offers_the_frozen_versions(
    qtbot: Any, demo: LibraryService, open_view: Callable[[LibraryService, str], ResultsView]
) -> None:
    quiz = item_id(demo, QUIZ)
    view = open_view(demo, QUIZ)
    version = view.filter_bar.version
    with demo.engine.connect() as connection:
        frozen = connection.execute(
            text("SELECT content_hash FROM item_version WHERE item_id = :i"), {"i": quiz}
        ).scalar_one()
    assert version.isEnabled()
    assert version.count() == 2  # all versions, and the one that was published
    assert version.itemData(1) == frozen
    assert version.itemText(1).startswith(frozen[:12])
    with qtbot.waitSignal(view.computed, timeout=WAIT_MS):
        version.setCurrentIndex(1)
    wait_idle(qtbot, view)
    assert view.stats is not None and view.stats["filters"]["version"] == frozen
    assert view.page.tiles["responses"].value.text() == str(
        responses(demo, quiz, "content_hash = :h", h=frozen)
    )


def test_a_burst_of_filter_edits_is_computed_once(
    qtbot: Any, demo: LibraryService, open_view: Callable[[LibraryService, str], ResultsView]
) -> None:
    quiz = item_id(demo, QUIZ)
    view = open_view(demo, QUIZ)
    answers: list[str | None] = []
    view.computed.connect(lambda: answers.append((view.stats or {})["filters"]["source"]))
    bar = view.filter_bar
    for source in ("linkedin", "instagram", "newsletter"):
        bar.source.setCurrentIndex(bar.source.findData(source))
    assert view.is_busy() and not view.busy.isHidden()
    wait_idle(qtbot, view)
    assert answers == ["newsletter"]
    assert view.busy.isHidden()
    assert view.page.tiles["responses"].value.text() == str(
        responses(demo, quiz, "source = 'newsletter'")
    )


def test_dates_that_match_nothing_say_so_and_reset_brings_everything_back(
    qtbot: Any, demo: LibraryService, open_view: Callable[[LibraryService, str], ResultsView]
) -> None:
    from datetime import date

    view = open_view(demo, QUIZ)
    with qtbot.waitSignal(view.computed, timeout=WAIT_MS):
        view.filter_bar.set_date_range(date(2001, 1, 1), date(2001, 12, 31))
    wait_idle(qtbot, view)
    assert view.stack.currentWidget() is view.empty_page
    assert view.empty_label.text() == "No response matches these filters."
    assert not view.reset_button.isHidden()
    assert view.filter_bar.since.isEnabled()
    with qtbot.waitSignal(view.computed, timeout=WAIT_MS):
        qtbot.mouseClick(view.reset_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, view)
    assert view.stack.currentWidget() is view.scroll_area
    assert view.filter_bar.all_dates.isChecked()
    assert not view.filter_bar.since.isEnabled()


def test_the_filters_and_tables_are_named_and_in_reading_order(
    demo: LibraryService, open_view: Callable[[LibraryService, str], ResultsView]
) -> None:
    view = open_view(demo, QUIZ)
    bar = view.filter_bar
    named = [bar.version, bar.source, bar.variant, bar.duplicates, bar.since, bar.until]
    names = [w.accessibleName() for w in named]
    assert names == ["Version", "Source", "A/B variant", "Duplicate responses", "From", "To"]
    tables = [view.page.analysis_table, view.page.channels_table, view.page.variants_table]
    assert [t.accessibleName() for t in tables] == ["Item analysis", "Channels", "A/B variants"]

    def next_stop(widget: Any) -> Any:  # the next widget that Tab can land on
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget = widget.nextInFocusChain()
        return widget

    assert next_stop(bar.version) is bar.source
    assert next_stop(bar.source) is bar.variant
    assert next_stop(bar.variant) is bar.all_dates
    chart = view.page.charts["funnel"]
    assert chart.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert chart.accessibleName() == chart.title != ""


# --- empty states and errors ----------------------------------------------------------------


def test_an_item_without_responses_says_how_to_import_them(
    qtbot: Any, library: LibraryService
) -> None:
    imports: list[bool] = []
    action = QAction("Import re&sponses…")
    action.triggered.connect(lambda: imports.append(True))
    view = ResultsView(library)
    qtbot.addWidget(view)
    view.set_import_action(action)
    view.show()
    view.set_item(item_id(library, "Connaissez-vous la Bretagne ?"))
    wait_idle(qtbot, view)
    assert view.stack.currentWidget() is view.empty_page
    assert view.empty_label.text().startswith("No responses yet.")
    assert "File › Import responses…" in view.empty_label.text()
    assert not view.import_button.isHidden()
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    assert imports == [True]


def test_no_item_chosen(qtbot: Any, library: LibraryService) -> None:
    view = ResultsView(library)
    qtbot.addWidget(view)
    view.show()
    assert view.stack.currentWidget() is view.empty_page
    assert view.empty_label.text() == "Choose an item on the left to see its results."
    assert not view.filter_bar.isEnabled()
    assert not view.export_button.isEnabled()


def test_an_unknown_item_is_explained_in_the_view(qtbot: Any, library: LibraryService) -> None:
    view = ResultsView(library)
    qtbot.addWidget(view)
    view.show()
    view.set_item(9999)
    assert "there is no item 9999" in view.empty_label.text()
    assert view.stack.currentWidget() is view.empty_page


def test_an_error_of_the_statistics_is_shown_not_raised(
    qtbot: Any, library: LibraryService
) -> None:
    view = ResultsView(library)
    qtbot.addWidget(view)
    quiz = item_id(library, "Connaissez-vous la Bretagne ?")
    view.set_item(quiz)  # hidden: nothing is computed until it is shown
    with library.engine.begin() as connection:
        connection.execute(text("DELETE FROM item WHERE id = :i"), {"i": quiz})
    with qtbot.waitSignal(view.computed, timeout=WAIT_MS):
        view.show()
    assert view.error is not None and f"no item {quiz}" in view.error
    assert view.error in view.empty_label.text()


# --- channels and their reach -----------------------------------------------------------------


def _row_of(model: Any, source_text: str) -> int:
    return next(r for r in range(model.rowCount()) if model.index(r, 0).data() == source_text)


def test_typing_a_reach_gives_the_engagement_rate_and_is_kept(
    qtbot: Any, demo: LibraryService, open_view: Callable[[LibraryService, str], ResultsView]
) -> None:
    quiz = item_id(demo, QUIZ)
    view = open_view(demo, QUIZ)
    table = view.page.channels_table
    model = table.model()
    row = _row_of(model, "linkedin")
    direct = _row_of(model, "(direct)")
    assert not (model.flags(model.index(direct, REACH_COLUMN)) & Qt.ItemFlag.ItemIsEditable)
    index = model.index(row, REACH_COLUMN)
    table.setFocus()
    table.setCurrentIndex(index)
    table.edit(index)
    editor = table.findChild(QSpinBox, "reachEditor")
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "1000")
    with qtbot.waitSignal(view.computed, timeout=WAIT_MS):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    wait_idle(qtbot, view)
    linkedin = responses(demo, quiz, "source = 'linkedin'")
    row = _row_of(model, "linkedin")
    assert model.index(row, REACH_COLUMN + 1).data() == fmt.percent(linkedin / 1000, 2)
    assert model.index(row, REACH_COLUMN + 1).data() == f"{100 * linkedin / 1000:.1f}%"
    assert statistics.channel_reach(demo, quiz) == {"linkedin": 1000}

    again = open_view(demo, QUIZ)
    model = again.page.channels_table.model()
    assert model.index(_row_of(model, "linkedin"), REACH_COLUMN).data() == QLocale().toString(1000)


def test_the_channels_model_refuses_bad_reaches(qtmodeltester: Any) -> None:
    columns = [Column("Channel", key("source")), Column("Reach", key("reach"), numeric=True)]
    model = ChannelsModel(columns, reach_column=1)
    edits: list[tuple[str, object]] = []
    model.reach_edited.connect(lambda source, reach: edits.append((source, reach)))
    model.set_rows(
        [{"source": "instagram", "responses": 30, "reach": None}, {"source": None, "responses": 5}]
    )
    qtmodeltester.check(model)
    reach = model.index(0, 1)
    assert not model.setData(reach, -5)
    assert not model.setData(reach, "a lot")
    assert not model.setData(reach, 2.5)
    assert not model.setData(model.index(1, 1), 100)  # direct visits have no reach
    assert not model.setData(model.index(0, 0), 100)  # only the reach can be typed
    assert edits == []
    assert model.setData(reach, 600)
    assert model.row(0)["engagement_rate"] == 30 / 600
    assert model.setData(reach, 0)  # cleared
    assert model.row(0)["reach"] is None and model.row(0)["engagement_rate"] is None
    assert edits == [("instagram", 600), ("instagram", None)]


# --- models ----------------------------------------------------------------------------------


def test_the_page_models_pass_the_model_tester(
    qtmodeltester: Any,
    demo: LibraryService,
    open_view: Callable[[LibraryService, str], ResultsView],
) -> None:
    view = open_view(demo, QUIZ)  # a reference, or the view would be collected
    page = view.page
    for model in (page.analysis_model, page.channels_model, page.variants_model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)
    for model in (page.bands_model, page.leaderboard_model, page.badges_model):
        qtmodeltester.check(model)
    other = open_view(demo, PERSONALITY)
    qtmodeltester.check(other.page.outcomes_model)


def test_rows_model_writes_missing_values_as_a_dash_and_sorts_numbers(
    qtmodeltester: Any,
) -> None:
    model = RowsModel(
        [
            Column("Name", key("name")),
            Column("Share", key("share"), lambda r: fmt.percent(r.get("share")), numeric=True),
        ]
    )
    model.set_rows([{"name": "Élan", "share": 0.5}, {"name": None, "share": None}, {}])
    qtmodeltester.check(model)
    assert [model.index(r, 1).data() for r in range(3)] == ["50%", "—", "—"]
    assert model.index(1, 0).data() == "—"
    assert model.index(0, 0).data(SORT_ROLE) == "elan"
    assert model.index(0, 1).data(SORT_ROLE) == 0.5
    assert model.index(1, 1).data(SORT_ROLE) == float("-inf")
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Share"
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no children
    assert model.data(QModelIndex()) is None


# --- charts as PNG ------------------------------------------------------------------------------


def test_a_chart_is_saved_as_a_slide_sized_png(
    demo: LibraryService,
    open_view: Callable[[LibraryService, str], ResultsView],
    file_dialogs: Any,
    tmp_path: Path,
) -> None:
    view = open_view(demo, QUIZ)
    chart = view.page.charts["funnel"]
    assert chart.save_action in chart.actions()
    assert chart.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    file_dialogs.save_answer = str(tmp_path / "entonnoir")
    chart.save_action.trigger()
    path = tmp_path / "entonnoir.png"
    assert path.is_file()
    assert QImage(str(path)).size().toTuple() == (1920, 1080)
    with Image.open(path) as image:
        assert image.getpixel((0, 0))[:3] == (255, 255, 255)
        drawn = ImageOps.invert(image.convert("L")).getbbox()  # what is not white
    assert drawn is not None
    # the chart keeps its proportions: scaled to the slide's width, centred vertically
    width, height = (
        float(v) for v in re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', chart.svg.decode()).groups()
    )
    scale = min((1920 - 2 * 76.8) / width, (1080 - 2 * 76.8) / height)
    top = (1080 - height * scale) / 2
    assert drawn[1] >= top - 1 and drawn[3] <= 1080 - top + 1
    assert drawn[0] >= 76 and drawn[2] <= 1920 - 76


def test_saving_a_chart_can_be_cancelled_or_fail(
    demo: LibraryService,
    open_view: Callable[[LibraryService, str], ResultsView],
    file_dialogs: Any,
    message_boxes: Any,
    tmp_path: Path,
) -> None:
    view = open_view(demo, POLL)
    chart = view.page.charts["funnel"]
    file_dialogs.save_answer = ""
    assert view.save_chart(chart) is None
    assert list(tmp_path.glob("*.png")) == []
    file_dialogs.save_answer = str(tmp_path / "missing-folder" / "chart.png")
    assert view.save_chart(chart) is None
    [(title, message)] = message_boxes.of("critical")
    assert title == "Cannot save the chart"
    assert "missing-folder" in message


# --- reports ------------------------------------------------------------------------------------


def test_export_report_writes_the_chosen_format(
    qtbot: Any,
    demo: LibraryService,
    open_view: Callable[[LibraryService, str], ResultsView],
    file_dialogs: Any,
    tmp_path: Path,
) -> None:
    view = open_view(demo, QUIZ)
    file_dialogs.save_answer = str(tmp_path / "rapport")  # no suffix: HTML
    with qtbot.waitSignal(view.report_exported, timeout=WAIT_MS) as written:
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert written.args == [[tmp_path / "rapport.html"]]
    assert "KPI des réseaux sociaux" in (tmp_path / "rapport.html").read_text(encoding="utf-8")
    assert str(tmp_path / "rapport.html") in view.message.text()

    file_dialogs.save_answer = str(tmp_path / "tables.csv")
    with qtbot.waitSignal(view.report_exported, timeout=WAIT_MS) as written:
        view.export_report()
    assert written.args == [[tmp_path / "tables.csv", tmp_path / "tables-responses.csv"]]
    assert view.export_button.isEnabled()


def test_a_report_that_cannot_be_written_is_explained(
    qtbot: Any,
    demo: LibraryService,
    open_view: Callable[[LibraryService, str], ResultsView],
    file_dialogs: Any,
    message_boxes: Any,
    tmp_path: Path,
) -> None:
    view = open_view(demo, QUIZ)
    file_dialogs.save_answer = str(tmp_path / "nowhere" / "rapport.pdf")
    view.export_report()
    qtbot.waitUntil(lambda: bool(message_boxes.of("critical")), timeout=WAIT_MS)
    [(title, message)] = message_boxes.of("critical")
    assert title == "Cannot export the report"
    assert "nowhere" in message
    assert not (tmp_path / "nowhere").exists()


# --- words ----------------------------------------------------------------------------------


def test_numbers_are_written_for_people(qapp: QCoreApplication) -> None:
    assert fmt.percent(0.8071) == "80.7%"
    assert fmt.percent(1.0) == "100%"
    assert fmt.percent(None) == "—"
    assert fmt.duration(45) == "45 s"
    assert fmt.duration(310) == "5 min 10 s"
    assert fmt.duration(3725) == "1 h 02 min"
    assert fmt.signed(37.5, 1) == "+37.5"
    assert fmt.signed(-12) == "-12"
    assert fmt.score(7.1438, 11) == "7.1 / 11"


def test_flags_are_named_by_their_key(qapp: QCoreApplication) -> None:
    columns = ResultColumns()
    assert columns.flag_text("too easy: almost everyone gets it right") == (
        "Too easy",
        "Too easy: almost everyone gets it right.",
    )
    assert columns.flag_text({"key": "negative_discrimination"})[0] == "Negative discrimination"
    assert columns.flag_text("something new") == ("something new", "something new")
    assert columns.badge_title({"badge": "perfect_score", "title": "x"}) == "Perfect score"
    assert (
        columns.badge_title({"badge": "campaign_complete", "campaign": "printemps"})
        == "Every quiz of the campaign printemps completed"
    )
    assert columns.badge_title({"badge": "new_one", "title": "Brand new"}) == "Brand new"


def test_the_ab_verdict_is_a_sentence(
    demo: LibraryService, open_view: Callable[[LibraryService, str], ResultsView]
) -> None:
    view = open_view(demo, POLL)
    page = view.page
    assert "12 more" in page.verdict_text({"a": "A", "b": "B", "needed": 12, "p_value": None})
    assert (
        page.verdict_text(
            {
                "a": "A",
                "b": "B",
                "rate_a": 0.5,
                "rate_b": 0.8,
                "p_value": 0.0004,
                "significant": True,
            }
        )
        == "B completes more often than A (p < 0.001): the difference is significant."
    )
    assert page.verdict_text({}) == ""


# --- in the main window -----------------------------------------------------------------------


def test_the_main_window_shows_the_results_of_the_selected_item(
    qtbot: Any,
    demo: LibraryService,
    settings: QSettings,
    open_library: Callable[[Path], LibraryService],
) -> None:
    from quizbuilder.ui.main_window import MainWindow

    window = MainWindow(demo, settings, open_library, lambda: "")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.item_tabs.currentWidget() is window.summary
    assert window.select_item(item_id(demo, POLL))
    assert window.results.item_id == item_id(demo, POLL)
    assert window.action_results.shortcut() == QKeySequence("Ctrl+R")
    assert window.action_results in window.actions()  # active wherever the focus is
    window.action_results.trigger()
    assert window.item_tabs.currentWidget() is window.results
    wait_idle(qtbot, window.results)
    assert window.results.title.text() == POLL
    assert window.results.page.tiles["responses"].value.text() == str(
        responses(demo, item_id(demo, POLL))
    )
    with qtbot.waitSignal(window.results.computed, timeout=WAIT_MS):
        window.select_item(item_id(demo, SURVEY))
    assert window.results.title.text() == SURVEY
