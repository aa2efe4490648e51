"""The Draw tab: the commitment, the draw, its presentation, and what comes after.

The three moves of docs/contests.md, each confirmed first: Commit (a public randomness
beacon may be named), Draw (with the beacon's value if one was named), Substitute (a
winner by the next alternate, for a published reason). Once drawn, the result is shown
for a projector (``Presentation``) with what anyone needs to verify it, and the
certificate can be opened or checked.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from quizbuilder.domain.content import ItemDocument
from quizbuilder.services import contest
from quizbuilder.services.contest import ContestEntries, DrawRecord, DrawState
from quizbuilder.ui import labels
from quizbuilder.ui.contest.common import (
    ContestContext,
    ask_reason,
    contest_time,
    fixed_font,
    note,
    scaled_font,
)
from quizbuilder.ui.contest.presentation import Presentation
from quizbuilder.ui.summary_panel import format_instant

PROJECTOR_SCALE = 1.5  # the presentation's type, full screen, against the window's


def _instant(text: str) -> str:
    """An ISO instant from a certificate, as the locale writes it."""
    try:
        return format_instant(datetime.fromisoformat(text))
    except ValueError:
        return text


class DrawTab(QWidget):
    """The draw of one contest. ``changed`` is emitted after a commitment, a draw or a
    substitution, for the screen to show the new state."""

    changed = Signal()

    def __init__(
        self, context: ContestContext, full_screen: QAction, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contestDrawTab")
        self._context = context
        self.state: DrawState | None = None
        self._document: ItemDocument | None = None
        self._uid = ""
        self._entries: ContestEntries | None = None
        self._shown_draw: int | None = None
        self._reveal_all_next = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addWidget(self._build_state())
        self.presentation = Presentation()
        self.result_area = QScrollArea()
        self.result_area.setObjectName("drawPresentationScroll")
        self.result_area.setWidgetResizable(True)
        self.result_area.setFrameShape(QFrame.Shape.NoFrame)
        self.result_area.setWidget(self.presentation)
        layout.addWidget(self.result_area, 1)
        self.empty = note("drawEmpty", muted=True)
        self.empty.setFont(scaled_font(self, 1.15))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty.setContentsMargins(8, 12, 8, 0)
        layout.addWidget(self.empty, 1)
        layout.addLayout(self._build_show_buttons(full_screen))
        self.log = note("drawLog")
        self.log.setAccessibleName(self.tr("Substitutions"))
        layout.addWidget(self.log)

    # --- building -------------------------------------------------------------------------

    def _build_state(self) -> QGroupBox:
        self.state_box = QGroupBox(self.tr("Commitment and draw"))
        self.state_label = note("drawState")
        self.state_label.setAccessibleName(self.tr("Where the draw stands"))

        self.commitment = QLineEdit()
        self.commitment.setObjectName("drawCommitment")
        self.commitment.setReadOnly(True)
        self.commitment.setFont(fixed_font())
        self.commitment.setAccessibleName(self.tr("Commitment (SHA-256), to publish"))
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setObjectName("drawCopy")
        self.copy_button.setToolTip(self.tr("Copy the commitment, to publish it"))
        self.copy_button.clicked.connect(self.copy_commitment)
        commitment_row = QHBoxLayout()
        commitment_row.addWidget(self.commitment, 1)
        commitment_row.addWidget(self.copy_button)
        self.commitment_label = QLabel(self.tr("Commitment:"))
        self.commitment_label.setBuddy(self.commitment)

        self.beacon = QLineEdit()
        self.beacon.setObjectName("drawBeacon")
        self.beacon.setPlaceholderText(self.tr("optional, e.g. drand quicknet round 12345678"))
        self.beacon.setAccessibleName(self.tr("Public randomness beacon (optional)"))
        self.commit_button = QPushButton(self.tr("C&ommit…"))
        self.commit_button.setObjectName("drawCommit")
        self.commit_button.setToolTip(
            self.tr("Draw the secret seed and make the commitment to publish before closing")
        )
        self.commit_button.clicked.connect(self.commit)
        commit_row = QHBoxLayout()
        commit_row.addWidget(self.beacon, 1)
        commit_row.addWidget(self.commit_button)
        self.beacon_label = QLabel(self.tr("Public &randomness:"))
        self.beacon_label.setBuddy(self.beacon)

        self.beacon_value = QLineEdit()
        self.beacon_value.setObjectName("drawBeaconValue")
        self.beacon_value.setAccessibleName(self.tr("Value of the public randomness"))
        self.beacon_value.setFont(fixed_font())
        self.beacon_value_label = QLabel(self.tr("Its &value:"))
        self.beacon_value_label.setBuddy(self.beacon_value)
        self.draw_button = QPushButton(self.tr("&Draw…"))
        self.draw_button.setObjectName("drawDraw")
        self.draw_button.setToolTip(
            self.tr("Freeze the eligible entries, draw the winners and write the certificate")
        )
        self.draw_button.clicked.connect(self.draw)
        self.draw_hint = QWidget()  # keeps the button at the right when no value is asked
        draw_row = QHBoxLayout()
        draw_row.addWidget(self.draw_hint, 1)
        draw_row.addWidget(self.beacon_value, 1)
        draw_row.addWidget(self.draw_button)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.commitment_label, commitment_row)
        form.addRow(self.beacon_label, commit_row)
        form.addRow(self.beacon_value_label, draw_row)
        self._form = form
        box = QVBoxLayout(self.state_box)
        box.addWidget(self.state_label)
        box.addLayout(form)
        return self.state_box

    def _build_show_buttons(self, full_screen: QAction) -> QHBoxLayout:
        self.reveal_next_button = QPushButton(self.tr("Reveal &next"))
        self.reveal_next_button.setObjectName("drawRevealNext")
        self.reveal_next_button.clicked.connect(self.reveal_next)
        self.reveal_all_button = QPushButton(self.tr("Reveal &all"))
        self.reveal_all_button.setObjectName("drawRevealAll")
        self.reveal_all_button.clicked.connect(self.reveal_all)
        self.certificate_button = QPushButton(self.tr("Open ce&rtificate"))
        self.certificate_button.setObjectName("drawOpenCertificate")
        self.certificate_button.clicked.connect(self.open_certificate)
        self.verify_button = QPushButton(self.tr("&Verify"))
        self.verify_button.setObjectName("drawVerify")
        self.verify_button.setToolTip(
            self.tr("Check the certificate's files as anyone could, without the library")
        )
        self.verify_button.clicked.connect(self.verify)
        self.substitute_button = QPushButton(self.tr("&Substitute…"))
        self.substitute_button.setObjectName("drawSubstitute")
        self.substitute_button.setToolTip(
            self.tr("Replace a winner who cannot take the prize by the next alternate")
        )
        self.substitute_button.clicked.connect(self.substitute)
        self.full_screen_button = QToolButton()
        self.full_screen_button.setObjectName("drawFullScreen")
        self.full_screen_button.setDefaultAction(full_screen)
        row = QHBoxLayout()
        row.addWidget(self.reveal_next_button)
        row.addWidget(self.reveal_all_button)
        row.addStretch(1)
        for button in (self.certificate_button, self.verify_button, self.substitute_button):
            row.addWidget(button)
        row.addWidget(self.full_screen_button)
        return row

    # --- showing ---------------------------------------------------------------------------

    def show_state(
        self,
        document: ItemDocument,
        uid: str,
        entries: ContestEntries | None,
        state: DrawState | None,
        error: str = "",
    ) -> None:
        """Show where the draw stands (``state`` None with the ``error`` that hid it)."""
        self._document, self._uid, self._entries, self.state = document, uid, entries, state
        stage = state.stage if state is not None else "none"
        commitment = state.commitment if state is not None else None
        self.commitment.setText(commitment.commitment if commitment else "")
        self._set_row(self.commitment_label, commitment is not None)
        self._set_row(self.beacon_label, state is not None and stage == "none")
        named = commitment.beacon if commitment else None
        self._set_row(self.beacon_value_label, stage == "committed")
        self.beacon_value.setVisible(bool(named))
        self.draw_hint.setVisible(not named)
        self.beacon_value_label.setVisible(stage == "committed" and bool(named))
        if named:
            self.beacon_value.setPlaceholderText(labels.fill(self.tr("the value of %1"), named))
        self.draw_button.setEnabled(entries is not None and bool(entries.entries))
        self.state_label.setText(error or self._state_text(state))
        record = state.draw if state is not None else None
        self._show_draw(record)

    def _set_row(self, label: QLabel, visible: bool) -> None:
        self._form.setRowVisible(label, visible)

    def _state_text(self, state: DrawState | None) -> str:
        doc = self._document
        contest_ = doc.contest if doc is not None else None
        closes = (
            contest_time(contest_, contest_.ends_at)
            if contest_ is not None and contest_.ends_at is not None
            else self.tr("no closing date is set")
        )
        if state is None or state.commitment is None:
            return labels.fill(
                self.tr(
                    "No commitment yet. Make it before the contest closes and publish it: it "
                    "proves that the draw's seed was chosen before anyone knew the entries. "
                    "Closing: %1."
                ),
                closes,
            )
        made = state.commitment
        if state.draw is None:
            lines = [
                labels.fill(
                    self.tr(
                        "Committed on %1. Publish the commitment where entrants can see it "
                        "before the contest closes; draw after the closing. Closing: %2."
                    ),
                    format_instant(made.created_at),
                    closes,
                )
            ]
            if made.beacon:
                lines.append(
                    labels.fill(
                        self.tr("The draw needs the value of the public randomness %1."),
                        made.beacon,
                    )
                )
            if self._entries is not None:
                lines.append(
                    self.tr("%Ln eligible entry(ies) now.", "", len(self._entries.entries))
                )
            return "\n".join(lines)
        cert = state.draw.certificate
        text = labels.fill(
            self.tr("Drawn on %1 from %2 (%3), with the commitment made on %4."),
            format_instant(state.draw.created_at),
            self.tr("%Ln entry(ies)", "", int(cert["entry_count"])),
            self.tr("%Ln ticket(s)", "", int(cert["ticket_count"])),
            format_instant(made.created_at),
        )
        if cert["contest"].get("rules_changed_since_commitment"):
            text += " " + self.tr(
                "The rules changed after the commitment; the certificate says so."
            )
        return text

    def _show_draw(self, record: DrawRecord | None) -> None:
        drawn = record is not None
        self.result_area.setVisible(drawn)
        self.empty.setVisible(not drawn)
        for button in (
            self.reveal_next_button,
            self.reveal_all_button,
            self.certificate_button,
            self.verify_button,
            self.substitute_button,
        ):
            button.setVisible(drawn)
        if record is None:
            self._shown_draw = None
            self.empty.setText(
                "\n\n".join(
                    (
                        self.tr("A draw anyone can verify, in three steps:"),
                        self.tr(
                            "1. Before the contest closes, commit, and publish the commitment "
                            "where entrants can see it (the rules page, a post, your site)."
                        ),
                        self.tr(
                            "2. After the closing, draw: the eligible entries are frozen, the "
                            "winners then the alternates are drawn, and a certificate is "
                            "written."
                        ),
                        self.tr(
                            "3. Show the winners here, one at a time or all at once (F11: full "
                            "screen, for a projector). Publish the certificate: with the entry "
                            "list, anyone can redo the draw."
                        ),
                    )
                )
            )
            self.log.clear()
            self.log.hide()
            return
        if self._reveal_all_next:
            revealed = len(record.winners) + len(record.alternates)
        elif record.id == self._shown_draw:
            revealed = self.presentation.revealed  # a refresh does not hide names again
        else:
            revealed = 0  # a new draw is revealed one name at a time
        self.presentation.show_draw(record, self._prizes(), revealed=revealed)
        self._reveal_all_next = False
        self._shown_draw = record.id
        self._update_reveal_buttons()
        self.substitute_button.setEnabled(any(w is not None for w in record.winners))
        self._show_log(record)

    def _prizes(self) -> list[str]:
        contest_ = self._document.contest if self._document is not None else None
        if contest_ is None:
            return []
        return [p.name for p in contest_.prizes for _ in range(p.quantity)]

    def _show_log(self, record: DrawRecord) -> None:
        lines = []
        for sub in record.substitutions:
            new = sub["replacement"]
            lines.append(
                labels.fill(
                    self.tr("%1 — %2 replaced by %3: %4"),
                    _instant(sub["at"]),
                    record.pseudonym(sub["replaced"]),
                    record.pseudonym(new) if new else self.tr("nobody (no alternate left)"),
                    sub["reason"],
                )
            )
        self.log.setText(self.tr("Substitutions:") + "\n" + "\n".join(lines) if lines else "")
        self.log.setVisible(bool(lines))

    def _update_reveal_buttons(self) -> None:
        more = self.presentation.revealed < self.presentation.total
        self.reveal_next_button.setEnabled(more)
        self.reveal_all_button.setEnabled(more)

    def set_presenting(self, on: bool) -> None:
        """Full screen for a projector: only the result and the buttons to reveal it."""
        self.state_box.setVisible(not on)
        for button in (self.certificate_button, self.verify_button, self.substitute_button):
            button.setVisible(not on and self.state is not None and self.state.draw is not None)
        self.log.setVisible(not on and bool(self.log.text()))
        self.presentation.set_scale(PROJECTOR_SCALE if on else 1.0)

    # --- the presentation --------------------------------------------------------------------

    def reveal_next(self) -> None:
        self.presentation.reveal_next()
        self._update_reveal_buttons()
        if not self.reveal_next_button.isEnabled():
            self.certificate_button.setFocus()

    def reveal_all(self) -> None:
        self.presentation.reveal_all()
        self._update_reveal_buttons()

    def copy_commitment(self) -> None:
        QGuiApplication.clipboard().setText(self.commitment.text())

    # --- the moves -------------------------------------------------------------------------

    def _out_dir(self) -> Path | None:
        folder = self._context.folder
        return folder / self._uid if folder is not None and self._uid else None

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def commit(self) -> None:
        ctx, doc = self._context, self._document
        if doc is None or doc.contest is None:
            return
        title = self.tr("Commit to the draw")
        beacon = " ".join(self.beacon.text().split()) or None
        now = ctx.clock()
        late: str | None = None
        ends = doc.contest.ends_at
        if ends is not None and ends <= now:
            late = ask_reason(
                self,
                title,
                labels.fill(
                    self.tr(
                        "The contest closed on %1. A commitment is made before the closing, "
                        "so that nobody could choose the seed knowing the entries. Why commit "
                        "now? The certificate will show this reason (write no e-mail address)."
                    ),
                    contest_time(doc.contest, ends),
                ),
            )
            if late is None:
                return
            if not late:
                QMessageBox.warning(
                    self, title, self.tr("A late commitment needs a reason: nothing was made.")
                )
                return
        question = [
            self.tr("Make the draw's commitment now?"),
            self.tr(
                "A secret seed is drawn and kept in the library. Publish the commitment where "
                "entrants can see it before the contest closes: it cannot be changed later."
            ),
        ]
        if beacon:
            question.append(labels.fill(self.tr("The draw will need the value of: %1"), beacon))
        if not self._confirm(title, "\n\n".join(question)):
            return

        def made(_commitment: object) -> None:
            self.beacon.clear()
            self.changed.emit()

        ctx.run(
            title,
            lambda: contest.commit(
                ctx.library, ctx.item_id, beacon=beacon, force_reason=late, now=now
            ),
            made,
        )

    def draw(self) -> None:
        ctx, state = self._context, self.state
        if state is None or state.commitment is None or state.draw is not None:
            return
        title = self.tr("Draw the winners")
        value = self.beacon_value.text().strip() or None
        if state.commitment.beacon and not value:
            QMessageBox.warning(
                self,
                title,
                labels.fill(
                    self.tr("Type the value of %1 first: the draw mixes it in."),
                    state.commitment.beacon,
                ),
            )
            self.beacon_value.setFocus()
            return
        count = len(self._entries.entries) if self._entries is not None else 0
        question = [
            self.tr("Draw the winners now from %Ln eligible entry(ies)?", "", count),
            self.tr(
                "The entries are frozen and the draw is recorded with its certificate: it is "
                "made once and cannot be redone."
            ),
        ]
        rules = self._document.contest if self._document is not None else None
        if rules is not None and rules.ends_at is not None and ctx.clock() < rules.ends_at:
            question.append(
                labels.fill(
                    self.tr(
                        "The contest has not closed yet (it closes on %1): entries that come "
                        "later will not be in this draw."
                    ),
                    contest_time(rules, rules.ends_at),
                )
            )
        folder = self._out_dir()
        if folder is not None:
            question.append(labels.fill(self.tr("The certificate will be written to %1."), folder))
        if not self._confirm(title, "\n\n".join(question)):
            return

        def drawn(_outcome: object) -> None:
            self.beacon_value.clear()
            self.changed.emit()

        now = ctx.clock()
        ctx.run(
            title,
            lambda: contest.draw(
                ctx.library, ctx.item_id, beacon_value=value, out_dir=folder, now=now
            ),
            drawn,
        )

    def substitute(self) -> None:
        ctx, state = self._context, self.state
        record = state.draw if state is not None else None
        if record is None:
            return
        title = self.tr("Replace a winner")
        current = [(n, w) for n, w in enumerate(record.winners, start=1) if w is not None]
        if not current:
            return
        names = [labels.fill(self.tr("%1. %2"), n, w.pseudonym) for n, w in current]
        chosen, ok = QInputDialog.getItem(
            self, title, self.tr("Which winner cannot take the prize?"), names, 0, False
        )
        if not ok or chosen not in names:
            return
        winner = current[names.index(chosen)][1]
        reason = ask_reason(
            self,
            title,
            labels.fill(
                self.tr(
                    "Why is %1 replaced? The reason is published in the certificate's log: "
                    "write no e-mail address."
                ),
                winner.pseudonym,
            ),
        )
        if reason is None:
            return
        if not reason:
            QMessageBox.warning(
                self, title, self.tr("A substitution needs a reason: nobody was replaced.")
            )
            return
        if not self._confirm(
            title,
            labels.fill(
                self.tr("Replace %1 by the next alternate? This is recorded and cannot be undone."),
                winner.pseudonym,
            ),
        ):
            return

        def replaced(_record: object) -> None:
            self._reveal_all_next = True
            self.changed.emit()

        now = ctx.clock()
        ctx.run(
            title,
            lambda: contest.substitute(ctx.library, ctx.item_id, winner.entry, reason, now=now),
            replaced,
        )

    def certificate_files(self) -> tuple[Path, Path, Path] | None:
        """The certificate's JSON, its readable HTML and the entry list, if known."""
        record = self.state.draw if self.state is not None else None
        if record is None or record.files is None:
            return None
        return record.files.certificate, record.files.html, record.files.entries

    def open_certificate(self) -> None:
        files = self.certificate_files()
        title = self.tr("Open the certificate")
        if files is None or not files[1].is_file():
            QMessageBox.warning(
                self,
                title,
                self.tr("The certificate's files are no longer where the draw wrote them."),
            )
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(files[1]))):
            QMessageBox.warning(
                self, title, labels.fill(self.tr("No application could open %1."), files[1])
            )

    def verify(self) -> None:
        files = self.certificate_files()
        title = self.tr("Verify the draw")
        if files is None or not files[0].is_file():
            QMessageBox.warning(
                self,
                title,
                self.tr("The certificate's files are no longer where the draw wrote them."),
            )
            return
        certificate, _html, entries = files
        listed = entries if entries.is_file() else None
        self._context.run(
            title,
            lambda: contest.verify(certificate, listed),
            lambda problems: self._show_verification(title, problems, certificate, listed),
        )

    def _show_verification(
        self, title: str, problems: list[str], certificate: Path, listed: Path | None
    ) -> None:
        if problems:
            QMessageBox.warning(
                self,
                title,
                self.tr("The certificate does NOT verify:") + "\n\n" + "\n".join(problems),
            )
            return
        if listed is None:
            text = self.tr(
                "The certificate verifies: the seed gives the published commitment. The "
                "entry list was not found, so the winners could not be recomputed."
            )
        else:
            text = self.tr(
                "The certificate verifies: the seed gives the published commitment, and the "
                "entry list gives the same winners and alternates."
            )
        QMessageBox.information(self, title, f"{text}\n\n{certificate}")
