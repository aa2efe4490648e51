"""The draw's result as it is shown on a projector: large type, light on dark.

Winners then alternates, by pseudonym only, revealed one at a time ("Reveal next") or
all at once; each winner's seat says its prize. Below, the commitment, the entries'
hash and the draw seed, so that anyone in the room can note them and check the
certificate later.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from quizbuilder.services.contest import DrawRecord
from quizbuilder.ui import labels
from quizbuilder.ui.contest.common import fixed_font, scaled_font

BACKGROUND = QColor("#10151f")
TEXT = QColor("#f5f7fa")
MUTED = QColor("#aab4c3")
ACCENT = QColor("#ffd166")
HIDDEN = "• • •"


@dataclass(frozen=True)
class Seat:
    """One line of the presentation: a winner's seat (with its prize) or an alternate."""

    role: str  # "winner" or "alternate"
    rank: int
    pseudonym: str | None  # None: a prize left unawarded (no alternate was left)
    prize: str
    replaces: str | None = None  # the pseudonym of the winner this one replaced


def seats(record: DrawRecord, prizes: list[str]) -> list[Seat]:
    """Current winners (after substitutions), then the alternates not yet called."""
    replaced = {s["replacement"]: s["replaced"] for s in record.substitutions if s["replacement"]}
    found = [
        Seat(
            "winner",
            n,
            w.pseudonym if w else None,
            prizes[n - 1] if n <= len(prizes) else "",
            record.pseudonym(replaced[w.entry]) if w and w.entry in replaced else None,
        )
        for n, w in enumerate(record.winners, start=1)
    ]
    found += [
        Seat("alternate", n, a.pseudonym, "") for n, a in enumerate(record.alternates, start=1)
    ]
    return found


class Presentation(QFrame):
    """The winners and alternates of one draw, revealed in order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drawPresentation")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, BACKGROUND)
        palette.setColor(QPalette.ColorRole.WindowText, TEXT)
        self.setPalette(palette)
        self._seats: list[Seat] = []
        self._names: list[QLabel] = []
        self._shown: tuple[DrawRecord, list[str]] | None = None
        self.revealed = 0
        self.scale = 1.0  # larger on a projector

        self.winners_heading = self._heading(self.tr("Winners"))
        self.alternates_heading = self._heading(self.tr("Alternates, in order"))
        self._winners = QWidget()
        self._alternates = QWidget()
        left = QVBoxLayout()
        left.addWidget(self.winners_heading)
        left.addWidget(self._winners)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.alternates_heading)
        right.addWidget(self._alternates)
        right.addStretch(1)
        self._columns = (left, right)
        columns = QHBoxLayout()
        columns.setSpacing(48)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)

        self.proof = QLabel()
        self.proof.setObjectName("drawProof")
        self.proof.setTextFormat(Qt.TextFormat.PlainText)
        self.proof.setWordWrap(True)
        self.proof.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.proof.setAccessibleName(self.tr("What to note to verify the draw"))
        font = fixed_font()
        font.setPointSizeF(max(font.pointSizeF(), self.font().pointSizeF()) * 1.05)
        self.proof.setFont(font)
        self._colour(self.proof, MUTED)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 24, 32, 20)
        outer.setSpacing(18)
        outer.addLayout(columns, 1)
        outer.addWidget(self.proof)

    # --- building -------------------------------------------------------------------------

    def _colour(self, label: QLabel, colour: QColor) -> None:
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        label.setPalette(palette)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setFont(scaled_font(self, 1.6, bold=True))
        self._colour(label, ACCENT)
        return label

    def _seat_grid(self, role: str) -> QWidget:
        """A new block of seats of ``role``, in place of the one shown (a grid keeps
        its rows once made, so each draw shown gets its own)."""
        column, old = (self._columns[0], self._winners)
        if role != "winner":
            column, old = (self._columns[1], self._alternates)
        block = QWidget()
        grid = QGridLayout(block)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        column.replaceWidget(old, block)
        old.hide()  # painted until deleted, else
        old.deleteLater()
        if role == "winner":
            self._winners = block
        else:
            self._alternates = block
        return block

    def _add_seat(self, block: QWidget, seat: Seat) -> None:
        winner = seat.role == "winner"
        grid = block.layout()
        assert isinstance(grid, QGridLayout)
        row = grid.rowCount() if grid.count() else 0
        rank = QLabel(labels.number(seat.rank))
        rank.setFont(scaled_font(self, (2.0 if winner else 1.5) * self.scale, bold=True))
        self._colour(rank, ACCENT)
        name = QLabel()
        name.setTextFormat(Qt.TextFormat.PlainText)
        name.setFont(scaled_font(self, (2.4 if winner else 1.6) * self.scale, bold=winner))
        self._colour(name, TEXT)
        grid.addWidget(rank, row, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(name, row, 1, Qt.AlignmentFlag.AlignTop)
        note = self._seat_note(seat)
        if note:
            detail = QLabel(note)
            detail.setTextFormat(Qt.TextFormat.PlainText)
            detail.setWordWrap(True)
            detail.setFont(scaled_font(self, 1.2 * self.scale))
            self._colour(detail, MUTED)
            grid.addWidget(detail, row + 1, 1, Qt.AlignmentFlag.AlignTop)
        self._names.append(name)

    def _seat_note(self, seat: Seat) -> str:
        parts = [seat.prize] if seat.prize else []
        if seat.replaces:
            parts.append(labels.fill(self.tr("replaces %1"), seat.replaces))
        return " — ".join(parts)

    # --- showing ------------------------------------------------------------------------------

    def show_draw(self, record: DrawRecord, prizes: list[str], *, revealed: int = 0) -> None:
        """Show the draw with its first ``revealed`` seats named (the others hidden)."""
        self._shown = (record, prizes)
        for heading in (self.winners_heading, self.alternates_heading):
            heading.setFont(scaled_font(self, 1.6 * self.scale, bold=True))
        self._names = []
        self._seats = seats(record, prizes)
        blocks = {role: self._seat_grid(role) for role in ("winner", "alternate")}
        for seat in self._seats:
            self._add_seat(blocks[seat.role], seat)
        self.alternates_heading.setVisible(any(s.role == "alternate" for s in self._seats))
        cert = record.certificate
        lines = [
            labels.fill(self.tr("Commitment: %1"), cert["commitment"]),
            labels.fill(
                self.tr("Entries: %1 — hash %2"),
                labels.number(cert["entry_count"]),
                cert["entries_hash"],
            ),
            labels.fill(self.tr("Draw seed: %1"), cert["draw_seed"]),
        ]
        if cert.get("beacon"):
            lines.append(
                labels.fill(
                    self.tr("Public randomness: %1 = %2"), cert["beacon"], cert["beacon_value"]
                )
            )
        self.proof.setText("\n".join(lines))
        self.revealed = max(0, min(revealed, len(self._seats)))
        self._paint_names()

    def set_scale(self, scale: float) -> None:
        """Make the type ``scale`` times its usual size (names stay revealed or not)."""
        self.scale = scale
        if self._shown is not None:
            self.show_draw(*self._shown, revealed=self.revealed)

    @property
    def total(self) -> int:
        return len(self._seats)

    def reveal_next(self) -> bool:
        """Name the next seat; False when all are named already."""
        if self.revealed >= self.total:
            return False
        self.revealed += 1
        self._paint_names()
        return True

    def reveal_all(self) -> None:
        self.revealed = self.total
        self._paint_names()

    def _paint_names(self) -> None:
        for n, (seat, label) in enumerate(zip(self._seats, self._names, strict=True)):
            shown = n < self.revealed
            if not shown:
                text = HIDDEN
            elif seat.pseudonym is None:
                text = self.tr("(not awarded: no alternate left)")
            else:
                text = seat.pseudonym
            label.setText(text)
            self._colour(label, TEXT if shown else MUTED)
            if seat.role == "winner":
                what = labels.fill(self.tr("Winner %1"), seat.rank)
            else:
                what = labels.fill(self.tr("Alternate %1"), seat.rank)
            label.setAccessibleName(
                labels.fill(self.tr("%1: %2"), what, text if shown else self.tr("not revealed yet"))
            )

    def shown_names(self) -> list[str]:
        """The names now on show, winners then alternates (hidden ones left out)."""
        return [label.text() for label in self._names[: self.revealed]]

    def seat_list(self) -> list[Seat]:
        return list(self._seats)
