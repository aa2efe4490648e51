"""The main window: the library tree on the left, the selected item's summary on the right.

The window is given everything it uses (``app.py`` builds it): the open library's
service, a QSettings, a way to open another library and a way to load the demo items.
It never opens a database session itself. What the user can get wrong (a bad file, a
library from a newer release) arrives as a ``QuizbuilderError`` and is shown in a
message box; nothing else is caught here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QItemSelection, QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from quizbuilder import __version__
from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.paths import EXPORTS
from quizbuilder.services.library import ItemSummary, LibraryService
from quizbuilder.ui import labels
from quizbuilder.ui.contest import ContestLauncher
from quizbuilder.ui.item_actions import ItemActions
from quizbuilder.ui.library_model import ItemIdRole, LibraryModel
from quizbuilder.ui.recent import (
    clear_recent,
    forget_library,
    recent_libraries,
    remember_library,
)
from quizbuilder.ui.results import ResultsView
from quizbuilder.ui.summary_panel import ItemSummaryPanel

if TYPE_CHECKING:  # the dialogs are imported when first opened: the window opens fast
    from quizbuilder.services.publish import EmbedResult
    from quizbuilder.ui.import_wizard import ImportWizard
    from quizbuilder.ui.publish_dialog import PublishDialog

GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
SPLITTER_KEY = "window/splitter"
IMPORT_DIR_KEY = "paths/import"
EXPORT_DIR_KEY = "paths/export"
STATUS_MESSAGE_MS = 8000

OpenLibrary = Callable[[Path], LibraryService]
LoadDemo = Callable[[], str]


def file_name_for(title: str) -> str:
    """A file name from an item's title: "Quiz Printemps 2026" -> "quiz-printemps-2026"."""
    return re.sub(r"[^\w]+", "-", title.lower()).strip("-_")[:60] or "item"


class MainWindow(QMainWindow):
    """The library browser. ``service`` is the window's current library.

    The window owns the services that ``open_library`` returns: switching libraries
    closes the previous one. Whoever built the window closes ``window.service`` after
    the event loop ends. ``load_demo`` should load into ``window.service`` (it is called
    with no argument), and return a sentence saying what it did.
    """

    library_changed = Signal()
    """The current library's content changed (an import, the demo items, an export's
    frozen version). The window refreshes on it; other views may too."""
    library_switched = Signal(object)
    """Another library is now open; the argument is its LibraryService."""

    def __init__(
        self,
        service: LibraryService,
        settings: QSettings,
        open_library: OpenLibrary,
        load_demo: LoadDemo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._service = service
        self._settings = settings
        self._open_library = open_library
        self._load_demo = load_demo
        self.import_wizard: ImportWizard | None = None  # while the wizard is open
        self.publish_dialog: PublishDialog | None = None  # while the dialog is open
        self.editor_windows: dict[int, QWidget] = {}  # open editors, by item id

        self.model = LibraryModel(parent=self)
        self._build_widgets()
        self._build_menus()
        self.summary.set_empty_library_actions([self.action_import, self.action_load_demo])
        self._connect_results()
        self._connect_contest()
        self._connect_item_actions()
        self.library_changed.connect(self.refresh)

        self._restore_layout()
        self._remember_current_library()
        self.refresh()

    # --- building ---------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("searchBox")
        self.search.setPlaceholderText(self.tr("Search by title or kind"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        self.search.returnPressed.connect(self._focus_first_match)

        self.tree = QTreeView()
        self.tree.setObjectName("libraryTree")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)

        self.no_match = QLabel()
        self.no_match.setObjectName("noMatch")
        self.no_match.setWordWrap(True)
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match.setTextFormat(Qt.TextFormat.PlainText)
        self.no_match.hide()

        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(8, 8, 2, 8)
        left_box.setSpacing(6)
        left_box.addWidget(self.search)
        left_box.addWidget(self.tree, 1)
        left_box.addWidget(self.no_match)

        self.summary = ItemSummaryPanel()

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(left)
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(2, 8, 8, 8)
        self.results = ResultsView(self._service)
        self.item_tabs = QTabWidget()
        self.item_tabs.setObjectName("itemTabs")
        self.item_tabs.addTab(self.summary, self.tr("Summary"))
        self.item_tabs.addTab(self.results, self.tr("Results"))
        self.item_tabs.setTabToolTip(1, self.tr("The selected item's statistics (Ctrl+R)"))
        right_box.addWidget(self.item_tabs)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([440, 680])
        self.setCentralWidget(self.splitter)

        self.library_label = QLabel()
        self.library_label.setObjectName("libraryStatus")
        self.library_label.setTextFormat(Qt.TextFormat.PlainText)
        self.library_label.setContentsMargins(6, 0, 6, 0)
        # permanent (right-hand side), so that temporary messages never paint over it
        self.statusBar().addPermanentWidget(self.library_label)

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        name: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if name:
            action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menus(self) -> None:
        self.action_new_library = self._action(
            self.tr("&New library…"), self.new_library, "Ctrl+Shift+N", "actionNewLibrary"
        )
        self.action_open_library = self._action(
            self.tr("&Open library…"),
            self.choose_library,
            QKeySequence.StandardKey.Open,
            "actionOpenLibrary",
        )
        self.action_import = self._action(
            self.tr("&Import…"), self.import_content, "Ctrl+I", "actionImport"
        )
        self.action_export = self._action(
            self.tr("&Export…"), self.export_selected, "Ctrl+E", "actionExport"
        )
        self.action_publish = self._action(
            self.tr("P&ublish…"), self.publish_selected, "Ctrl+P", "actionPublish"
        )
        self.action_load_demo = self._action(
            self.tr("Load &demo items"), self.load_demo, None, "actionLoadDemo"
        )
        self.action_import_responses = self._action(
            self.tr("Import re&sponses…"),
            self.import_responses,
            "Ctrl+Shift+I",
            "actionImportResponses",
        )
        self.action_preferences = self._action(
            self.tr("&Preferences…"),
            self.show_preferences,
            QKeySequence.StandardKey.Preferences,
            "actionPreferences",
        )
        self.action_preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.action_quit = self._action(
            self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "actionQuit"
        )
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        if self.action_quit.shortcut().isEmpty():  # some platforms have no standard Quit key
            self.action_quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.action_find = self._action(
            self.tr("&Find…"), self._focus_search, QKeySequence.StandardKey.Find, "actionFind"
        )
        self.action_about = self._action(
            self.tr("&About quizbuilder"), self.show_about, None, "actionAbout"
        )
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)

        self.action_import.setStatusTip(self.tr("Add the items of a content file (.json)"))
        self.action_export.setStatusTip(
            self.tr("Write the selected item to a content file (.json)")
        )
        self.action_publish.setStatusTip(
            self.tr("Export the selected item as a web page, with its QR code and share files")
        )
        self.action_load_demo.setStatusTip(self.tr("Add a few example items to this library"))
        self.action_import_responses.setStatusTip(
            self.tr("Add the responses of a CSV, XLSX or JSON Lines file to the selected item")
        )

        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.file_menu.setObjectName("menuFile")
        self.file_menu.addAction(self.action_new_library)
        self.file_menu.addAction(self.action_open_library)
        self.recent_menu = QMenu(self.tr("&Recent libraries"), self)
        self.recent_menu.setObjectName("menuRecent")
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_import)
        self.file_menu.addAction(self.action_export)
        self.file_menu.addAction(self.action_publish)
        self.file_menu.addAction(self.action_import_responses)
        self.file_menu.addAction(self.action_load_demo)
        self.action_personal_data = self._action(
            self.tr("Person&al data…"), self.show_privacy, None, "actionPersonalData"
        )
        self.file_menu.addAction(self.action_personal_data)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_preferences)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.action_quit)

        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.edit_menu.setObjectName("menuEdit")
        self.edit_menu.addAction(self.action_find)
        self.action_edit_item = self._action(
            self.tr("&Edit the item…"), self.edit_selected, "Ctrl+Shift+E", "actionEditItem"
        )
        self.edit_menu.addAction(self.action_edit_item)
        self.tree.doubleClicked.connect(lambda _index: self.edit_selected())

        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_menu.setObjectName("menuHelp")
        self.help_menu.addAction(self.action_about)

    def _connect_results(self) -> None:
        self.results.set_import_action(self.action_import_responses)
        self.library_changed.connect(self.results.refresh)
        self.library_switched.connect(self.results.set_library)
        self.action_results = self._action(
            self.tr("Results"), self.show_results, "Ctrl+R", "actionResults"
        )
        self.addAction(self.action_results)

    def show_results(self) -> None:
        """Show the Results tab of the selected item."""
        self.item_tabs.setCurrentWidget(self.results)

    def _rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = recent_libraries(self._settings)
        current = self._current_path_key()
        for n, path in enumerate(paths, start=1):
            text = f"&{n} {path}" if n < 10 else str(path)
            action = self.recent_menu.addAction(text)
            action.setData(str(path))
            action.setToolTip(str(path))
            action.setCheckable(True)
            action.setChecked(str(path) == current)
            action.triggered.connect(lambda _checked=False, p=path: self.open_recent(p))
        if paths:
            self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(self.tr("&Clear the list"))
        clear.setEnabled(bool(paths))
        clear.triggered.connect(self._clear_recent)

    # --- the library --------------------------------------------------------------------

    @property
    def service(self) -> LibraryService:
        """The library the window shows now."""
        return self._service

    def refresh(self, select_id: int | None = None) -> None:
        """Reread the library; keep (or make) ``select_id`` the selected item."""
        keep = select_id if select_id is not None else self.selected_item_id()
        with self._busy():
            summaries = self._service.list_items()
        self.model.refresh(summaries)
        self._after_reset(keep)
        self._update_titles()

    def selected_item_id(self) -> int | None:
        indexes = self.tree.selectionModel().selectedRows(0)
        if not indexes:
            return None
        value = indexes[0].data(ItemIdRole)
        return value if isinstance(value, int) else None

    def selected_summary(self) -> ItemSummary | None:
        indexes = self.tree.selectionModel().selectedRows(0)
        return self.model.summary_at(indexes[0]) if indexes else None

    def select_item(self, item_id: int) -> bool:
        """Select the item's row (clearing a search that hides it); False if absent."""
        index = self.model.index_of_item(item_id)
        if not index.isValid() and self.model.query:
            self.search.clear()
            index = self.model.index_of_item(item_id)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def _apply_filter(self, text: str) -> None:
        keep = self.selected_item_id()
        self.model.set_filter(text)
        self._after_reset(keep)

    def _after_reset(self, keep: int | None) -> None:
        """After the model was reset: expand, reselect ``keep`` if shown, update panels."""
        self.tree.expandAll()
        index = self.model.index_of_item(keep) if keep is not None else QModelIndex()
        if index.isValid():
            # A reset empties the selection without a signal, so selecting the row
            # again emits selectionChanged, which shows the item afresh.
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        else:
            self.tree.clearSelection()
            self._show_selected()
        query = self.model.query.strip()
        if query and self.model.visible_count() == 0:
            self.no_match.setText(labels.fill(self.tr("No item matches “%1”."), query))
            self.no_match.show()
        else:
            self.no_match.hide()

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        item_id = self.selected_item_id()
        self.items.update_enabled()
        self.results.set_item(item_id)
        self.action_export.setEnabled(item_id is not None)
        self.action_publish.setEnabled(item_id is not None)
        self.action_import_responses.setEnabled(item_id is not None)
        self.contests.set_current(self.selected_summary())
        if item_id is None:
            self.summary.show_empty(library_is_empty=self.model.total_count() == 0)
            return
        try:
            detail = self._service.item(item_id)
        except QuizbuilderError as exc:
            self.summary.show_error(str(exc))
            return
        self.summary.show_detail(detail)

    def _update_titles(self) -> None:
        path = self._service.path
        name = path.name if path is not None else self.tr("Library in memory")
        self.setWindowTitle(f"{name} — quizbuilder")
        shown = str(path) if path is not None else self.tr("(in memory)")
        self.library_label.setText(
            labels.fill(
                self.tr("Library: %1 — %2"), shown, labels.n_items(self.model.total_count())
            )
        )

    def _current_path_key(self) -> str | None:
        path = self._service.path
        return str(Path(path).absolute()) if path is not None else None

    def _remember_current_library(self) -> None:
        if self._service.path is not None:
            remember_library(self._settings, self._service.path)
        self._rebuild_recent_menu()

    def switch_library(self, path: Path) -> bool:
        """Open the library at ``path`` in place of the current one."""
        if str(Path(path).absolute()) == self._current_path_key():
            return True
        try:
            with self._busy():
                new = self._open_library(Path(path))
        except QuizbuilderError as exc:
            QMessageBox.critical(self, self.tr("Cannot open the library"), str(exc))
            return False
        old, self._service = self._service, new
        if old is not new:
            old.close()
        self.search.clear()
        self.tree.clearSelection()
        self._remember_current_library()
        self.refresh()
        self.library_switched.emit(new)
        self.statusBar().showMessage(labels.fill(self.tr("Opened %1"), path), STATUS_MESSAGE_MS)
        return True

    def _library_folder(self) -> str:
        path = self._service.path
        return str(path.parent) if path is not None else str(Path.home())

    def new_library(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New library"),
            str(Path(self._library_folder()) / "library.sqlite"),
            self.tr("quizbuilder libraries (*.sqlite)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".sqlite")
        if path.exists() and path.stat().st_size > 0:
            QMessageBox.warning(
                self,
                self.tr("New library"),
                labels.fill(
                    self.tr(
                        "%1 already exists. Choose another name, or open it "
                        "with File › Open library."
                    ),
                    path,
                ),
            )
            return
        self.switch_library(path)

    def choose_library(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open library"),
            self._library_folder(),
            self.tr("quizbuilder libraries (*.sqlite *.db);;All files (*)"),
        )
        if chosen:
            self.switch_library(Path(chosen))

    def open_recent(self, path: Path) -> None:
        if not Path(path).exists():
            QMessageBox.warning(
                self,
                self.tr("Cannot open the library"),
                labels.fill(
                    self.tr("%1 no longer exists; it was removed from the recent libraries."), path
                ),
            )
            forget_library(self._settings, path)
            self._rebuild_recent_menu()
            return
        self.switch_library(path)

    def _clear_recent(self) -> None:
        clear_recent(self._settings)
        self._rebuild_recent_menu()

    # --- content ----------------------------------------------------------------------------

    def _folder(self, key: str) -> str:
        value = self._settings.value(key)
        if isinstance(value, str) and Path(value).is_dir():
            return value
        if key == EXPORT_DIR_KEY and EXPORTS.is_dir():
            return str(EXPORTS)  # DESIGN.md: exports/ is the default output folder
        return self._library_folder()

    def import_content(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import content"),
            self._folder(IMPORT_DIR_KEY),
            self.tr(
                "Items and questions (*.json *.gift *.txt *.xml);;quizbuilder items (*.json);;"
                "GIFT (*.gift *.txt);;Moodle XML (*.xml);;Aiken (*.txt);;SurveyJS (*.json);;"
                "All files (*)"
            ),
        )
        if not chosen:
            return
        path = Path(chosen)
        self._settings.setValue(IMPORT_DIR_KEY, str(path.parent))
        try:
            with self._busy():
                imported = self._import_file(path)
        except QuizbuilderError as exc:
            QMessageBox.critical(self, self.tr("Import failed"), str(exc))
            return
        if imported is None:
            return  # the user chose not to skip the questions that cannot be read
        ids, not_held = imported
        self.library_changed.emit()
        if ids:
            self.select_item(ids[0])
        self.statusBar().showMessage(
            labels.fill(self.tr("Imported %Ln item(s) from %1", "", len(ids)), path.name),
            STATUS_MESSAGE_MS,
        )
        if not_held:
            listing = "\n".join(not_held[:20])
            if len(not_held) > 20:
                listing += "\n" + labels.fill(self.tr("... and %1 more"), len(not_held) - 20)
            QMessageBox.information(
                self,
                self.tr("What could not be kept"),
                labels.fill(
                    self.tr("Imported, but quizbuilder has no place for these parts of %1:"),
                    path.name,
                )
                + "\n\n"
                + listing,
            )

    def _import_file(self, path: Path) -> tuple[list[int], list[str]] | None:
        """Import an item file or a question file (GIFT, Moodle XML, Aiken, SurveyJS).

        Returns the new items and what the model could not hold, or None when the file
        has questions that cannot be read and the user declined to skip them.
        """
        from quizbuilder.services import interop

        try:
            data = path.read_bytes()
        except OSError as exc:
            raise QuizbuilderError(f"{path}: {exc.strerror}") from None
        fmt = interop.detect_format(path, data)
        if fmt == "json":
            return self._service.import_content(path), []
        if fmt == "jsonl":
            raise QuizbuilderError(
                labels.fill(
                    self.tr("%1 holds responses: use File > Import responses… on its item."),
                    path.name,
                )
            )
        _fmt, parsed, _notes = interop.read_question_file(path, fmt)
        skip = False
        if parsed.errors:
            listing = "\n".join(str(e) for e in parsed.errors[:15])
            if len(parsed.errors) > 15:
                listing += "\n" + labels.fill(self.tr("... and %1 more"), len(parsed.errors) - 15)
            answer = QMessageBox.question(
                self,
                self.tr("Some questions cannot be read"),
                labels.fill(
                    self.tr("%Ln question(s) of %1 cannot be read:", "", len(parsed.errors)),
                    path.name,
                )
                + "\n\n"
                + listing
                + "\n\n"
                + self.tr("Import the other questions and skip these?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
            skip = True
        report = interop.import_questions(self._service, path, fmt, skip_invalid=skip)
        return report.items, [str(n) for n in report.not_held]

    def export_selected(self) -> None:
        summary = self.selected_summary()
        if summary is None:
            return
        suggested = Path(self._folder(EXPORT_DIR_KEY)) / f"{file_name_for(summary.title)}.json"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export content"), str(suggested), self.tr("Content files (*.json)")
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")
        self._settings.setValue(EXPORT_DIR_KEY, str(path.parent))
        try:
            with self._busy():
                digest = self._service.export_content(summary.id, path)
        except QuizbuilderError as exc:
            QMessageBox.critical(self, self.tr("Export failed"), str(exc))
            return
        except OSError as exc:
            QMessageBox.critical(
                self,
                self.tr("Export failed"),
                labels.fill(self.tr("Cannot write %1: %2"), path, exc.strerror or exc),
            )
            return
        self.library_changed.emit()  # the export froze a version
        self.statusBar().showMessage(
            labels.fill(
                self.tr("Exported “%1” to %2 (version %3)"), summary.title, path, digest[:12]
            ),
            STATUS_MESSAGE_MS,
        )

    def import_responses(self) -> None:
        """Open the response-import wizard for the selected item (window-modal)."""
        item_id = self.selected_item_id()
        if item_id is None:
            return
        try:
            from quizbuilder.ui.import_wizard import ImportWizard

            wizard = ImportWizard(self._service, item_id, self._settings, self)
        except QuizbuilderError as exc:
            QMessageBox.critical(self, self.tr("Cannot import responses"), str(exc))
            return
        wizard.responses_imported.connect(self._responses_imported)
        wizard.finished.connect(self._import_wizard_closed)
        self.import_wizard = wizard
        wizard.open()

    def _responses_imported(self, count: int) -> None:
        self.library_changed.emit()
        self.statusBar().showMessage(
            self.tr("Imported %Ln response(s)", "", count), STATUS_MESSAGE_MS
        )

    def _import_wizard_closed(self) -> None:
        wizard, self.import_wizard = self.import_wizard, None
        if wizard is not None:
            wizard.deleteLater()

    def edit_selected(self) -> None:
        """Open the selected item in its editor window (or bring that window up)."""
        from quizbuilder.ui.editor.window import EditorWindow

        item_id = self.selected_item_id()
        if item_id is None:
            return
        window = self.editor_windows.get(item_id)
        if window is None:
            try:
                window = EditorWindow(self._service, item_id, self._settings)
            except QuizbuilderError as error:
                QMessageBox.warning(self, self.tr("Cannot edit the item"), str(error))
                return
            self.editor_windows[item_id] = window
            window.destroyed.connect(lambda _=None, i=item_id: self._editor_closed(i))
        window.show()
        window.raise_()
        window.activateWindow()

    def _editor_closed(self, item_id: int) -> None:
        self.editor_windows.pop(item_id, None)
        self.library_changed.emit()

    def publish_selected(self) -> None:
        """Open the Publish dialog for the selected item (window-modal)."""
        item_id = self.selected_item_id()
        if item_id is None:
            return
        try:
            from quizbuilder.ui.publish_dialog import PublishDialog

            dialog = PublishDialog(self._service, item_id, Path(self._folder(EXPORT_DIR_KEY)), self)
        except QuizbuilderError as exc:
            QMessageBox.critical(self, self.tr("Cannot publish"), str(exc))
            return
        dialog.exported.connect(self._embed_exported)
        dialog.finished.connect(self._publish_dialog_closed)
        self.publish_dialog = dialog
        dialog.open()

    def _embed_exported(self, result: EmbedResult) -> None:
        self._settings.setValue(EXPORT_DIR_KEY, str(result.path.parent))
        self.library_changed.emit()  # the export froze a version

    def _publish_dialog_closed(self) -> None:
        dialog, self.publish_dialog = self.publish_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def _connect_item_actions(self) -> None:
        """The Item menu (new, duplicate, rename, delete, campaign) and Edit › Undo."""
        self.items = ItemActions(self, self.edit_menu)
        self.menuBar().insertMenu(self.help_menu.menuAction(), self.items.menu)

    def _connect_contest(self) -> None:
        self.action_contest = self._action(
            self.tr("&Contest…"), self.show_contest, "Ctrl+Shift+D", "actionContest"
        )
        self.action_contest.setStatusTip(self.tr("Entries, rules and draw of the selected contest"))
        self.file_menu.insertAction(self.action_import_responses, self.action_contest)
        self.contests = ContestLauncher(self, self.action_contest)
        self.item_tabs.setCornerWidget(self.contests.button)
        self.library_changed.connect(self.contests.refresh)
        self.library_switched.connect(self.contests.close)

    def show_contest(self) -> None:
        """Open the contest screen of the selected contest."""
        self.contests.open(self._service, Path(self._folder(EXPORT_DIR_KEY)))

    def show_privacy(self) -> None:
        """Open the Personal data dialog (find, export, erase, purge) on this library."""
        from quizbuilder.ui.privacy_dialog import PrivacyDialog

        dialog = PrivacyDialog(self._service, Path(self._folder(EXPORT_DIR_KEY)), self)
        dialog.library_changed.connect(self.library_changed.emit)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def load_demo(self) -> None:
        try:
            with self._busy():
                message = self._load_demo()
        except QuizbuilderError as exc:
            QMessageBox.critical(self, self.tr("Cannot load the demo items"), str(exc))
            return
        self.library_changed.emit()
        self.statusBar().showMessage(message, STATUS_MESSAGE_MS)

    # --- dialogs ------------------------------------------------------------------------------

    def show_preferences(self) -> None:
        from quizbuilder.ui.preferences import PreferencesDialog

        PreferencesDialog(self._settings, self).exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About quizbuilder"),
            labels.fill(
                self.tr(
                    "<h3>quizbuilder %1</h3>"
                    "<p>Design polls, quizzes and contests on your desktop, publish them as "
                    "self-contained embeds and read the results.</p>"
                    "<p>Everything runs offline: your data stays on this computer unless "
                    "you send it.</p>"
                ),
                __version__,
            ),
        )

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _focus_first_match(self) -> None:
        for group in range(self.model.rowCount()):
            parent = self.model.index(group, 0)
            if self.model.rowCount(parent):
                self.tree.setCurrentIndex(self.model.index(0, 0, parent))
                self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    # --- window state -------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self._settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1120, 720)
        state = self._settings.value(STATE_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        splitter = self._settings.value(SPLITTER_KEY)
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def save_layout(self) -> None:
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._settings.setValue(STATE_KEY, self.saveState())
        self._settings.setValue(SPLITTER_KEY, self.splitter.saveState())
        if self._service.path is not None:
            remember_library(self._settings, self._service.path)
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        super().closeEvent(event)

    @contextmanager
    def _busy(self) -> Iterator[None]:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            yield
        finally:
            QApplication.restoreOverrideCursor()
