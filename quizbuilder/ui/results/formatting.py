"""How the results view writes its numbers: shares, rates, scores, durations.

The statistics dict gives shares as fractions (0.807) and durations in seconds; people
read "80,7 %" and "5 min 10 s" in French, "80.7%" and "5 min 10 s" in English. A
missing value (``None``: not enough data, or nothing to measure) is written as a dash
so that a tile or a cell is never blank.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt

from quizbuilder.ui import labels

MISSING = "—"


def number(value: float | None, decimals: int = 1) -> str:
    """A count or a mean, rounded to ``decimals``, as the locale writes it."""
    if value is None:
        return MISSING
    return labels.number(round(float(value), decimals))


def percent(share: float | None, decimals: int = 1) -> str:
    """A share (0..1) as a percentage: 0.8071 -> "80.7%"."""
    if share is None:
        return MISSING
    return labels.fill(
        QCoreApplication.translate("ResultsFormat", "%1%"), number(100 * float(share), decimals)
    )


def signed(value: float | None, decimals: int = 0) -> str:
    """A score that can be negative, with its sign (an NPS of +37)."""
    if value is None:
        return MISSING
    text = number(value, decimals)
    return "+" + text if value > 0 else text


def duration(seconds: float | None) -> str:
    """A duration for people: "45 s", "5 min 10 s", "1 h 02 min"."""
    if seconds is None:
        return MISSING
    total = round(float(seconds))
    if total < 60:
        return labels.fill(QCoreApplication.translate("ResultsFormat", "%1 s"), total)
    minutes, secs = divmod(total, 60)
    if minutes < 60:
        return labels.fill(
            QCoreApplication.translate("ResultsFormat", "%1 min %2 s"), minutes, f"{secs:02d}"
        )
    hours, minutes = divmod(minutes, 60)
    return labels.fill(
        QCoreApplication.translate("ResultsFormat", "%1 h %2 min"), hours, f"{minutes:02d}"
    )


def score(value: float | None, out_of: float | None = None) -> str:
    """A score, "7.1", or out of the maximum, "7.1 / 11"."""
    if value is None:
        return MISSING
    if out_of is None:
        return number(value)
    return labels.fill(
        QCoreApplication.translate("ResultsFormat", "%1 / %2"), number(value), number(out_of)
    )


def date_text(iso: str | None) -> str:
    """An ISO date or date-time as the locale writes a short date."""
    if not iso:
        return MISSING
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    return QLocale().toString(moment.toLocalTime().date(), QLocale.FormatType.ShortFormat)
