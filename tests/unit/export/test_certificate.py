"""The readable draw certificate: same sections in HTML and PDF, French and English."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

import pytest

from quizbuilder.domain import draw as drawing
from quizbuilder.export.certificate import (
    certificate_pdf,
    certificate_view,
    render_certificate_html,
)

SEED = "ab" * 32
RULES = "cd" * 32
ENTRIES = ["entry-a", "entry-b", "entry-c", "entry-d", "entry-e"]
PEOPLE = ["Léa M.", "Hugo B.", "Participant 4F2A", "Inès G.", "Noé F."]
NAMES = dict(zip(ENTRIES, PEOPLE, strict=True))


def certificate(language: str = "fr", **contest: Any) -> dict[str, Any]:
    result = drawing.run_draw(ENTRIES, secret_seed=SEED, winners=2, alternates=2)
    facts = {
        "uid": "c0de",
        "title": "Grand quiz & co <b>",
        "language": language,
        "organiser": "Studio Lune",
        "timezone": "Europe/Paris",
        "starts_at": "2026-11-01T00:00:00+01:00",
        "ends_at": "2026-11-30T23:59:59+01:00",
        "prizes": [{"name": "Casque", "quantity": 2, "value": 150, "currency": "EUR"}],
        "committed_at": "2026-11-20T12:00:00+00:00",
        "rules_language": language,
        "late_commitment_reason": None,
        "rules_changed_since_commitment": False,
        "candidates": 11,
        "selection": [
            {"key": "entry_condition", "title": "Entry condition", "kept": 9, "removed": 2},
            {"key": "one_per_person", "title": "One entry per person", "kept": 5, "removed": 4},
        ],
        **contest,
    }
    return drawing.make_certificate(
        result,
        secret_seed=SEED,
        rules_hash=RULES,
        commitment_hex=drawing.commitment(SEED, RULES),
        beacon=None,
        beacon_value=None,
        pseudonyms=NAMES,
        drawn_at=datetime(2026, 12, 2, 9, 30, tzinfo=UTC),
        contest=facts,
    )


def test_the_sections_say_everything_a_verifier_needs() -> None:
    cert = certificate()
    view = certificate_view(cert, files={"certificate": "c.json", "entries": "e.json"})
    assert [s.id for s in view.sections] == [
        "contest",
        "commitment",
        "draw",
        "winners",
        "alternates",
        "substitutions",
        "selection",
        "verify",
    ]
    html = render_certificate_html(cert, files={"certificate": "c.json", "entries": "e.json"})
    for value in (cert["commitment"], SEED, RULES, cert["entries_hash"], cert["draw_seed"]):
        assert value in html
    assert drawing.ALGORITHM in html
    for row in cert["winners"] + cert["alternates"]:
        assert row["pseudonym"] in html and row["id"] not in html  # pseudonyms only
    assert "quizbuilder contest verify c.json --entries e.json" in html
    assert "docs/draw.md" in html
    assert "Grand quiz &amp; co &lt;b&gt;" in html  # escaped, not markup
    # the contest's time zone, with UTC beside it
    assert "02/12/2026 10:30:00 (Europe/Paris)" in html and "02/12/2026 09:30:00 UTC" in html


def test_english_and_french_wording() -> None:
    fr = render_certificate_html(certificate("fr"))
    en = render_certificate_html(certificate("en"))
    assert '<html lang="fr">' in fr and "Certificat de tirage au sort" in fr
    assert '<html lang="en">' in en and "Draw certificate" in en
    assert "How to verify this draw" in en and "Comment vérifier ce tirage" in fr
    assert "Une participation par personne" in fr and "One entry per person" in en
    assert "2026-12-02 10:30:00 (Europe/Paris)" in en
    assert "Draw certificate" in render_certificate_html(certificate("fr"), "en")


def test_the_page_is_self_contained() -> None:
    html = render_certificate_html(certificate())
    assert "<script" not in html and "src=" not in html and "href=" not in html
    assert not re.search(r"https?://", html)


def test_substitutions_late_commitment_and_changed_rules_are_shown() -> None:
    cert = certificate(
        late_commitment_reason="server down on the last day",
        rules_changed_since_commitment=True,
    )
    first = cert["winners"][0]
    cert = drawing.add_substitution(
        cert, replaced=first["id"], reason="no answer", at=datetime(2026, 12, 20, tzinfo=UTC)
    )
    replacement = cert["alternates"][0]["pseudonym"]
    view = certificate_view(cert)
    sections = {s.id: s for s in view.sections}
    subs = sections["substitutions"].rows
    assert subs == [[subs[0][0], first["pseudonym"], replacement, "no answer"]]
    assert sections["winners"].rows[0][3] == f"remplacé(e) par {replacement}"
    assert sections["alternates"].rows[0][2] == "appelé(e) en remplacement"
    pairs = dict(sections["commitment"].pairs)
    assert pairs["Engagement pris après la clôture, motif"] == "server down on the last day"
    assert sections["commitment"].notes  # the rules changed after the commitment


def test_fewer_entries_than_prizes_is_said() -> None:
    result = drawing.run_draw(["entry-a"], secret_seed=SEED, winners=2, alternates=1)
    cert = drawing.make_certificate(
        result,
        secret_seed=SEED,
        rules_hash=RULES,
        commitment_hex=drawing.commitment(SEED, RULES),
        beacon=None,
        beacon_value=None,
        pseudonyms=NAMES,
        drawn_at=datetime(2026, 12, 2, tzinfo=UTC),
        contest={"language": "en"},
    )
    sections = {s.id: s for s in certificate_view(cert).sections}
    assert sections["winners"].notes == ["1 prize(s) not awarded: fewer entries than prizes."]
    assert sections["alternates"].paragraphs == ["No alternates."]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_pdf_is_made_and_the_same_for_the_same_certificate(language: str) -> None:
    cert = certificate(language)
    data = certificate_pdf(cert)
    assert data.startswith(b"%PDF")
    assert certificate_pdf(cert) == data  # dated by the draw, not by the clock
