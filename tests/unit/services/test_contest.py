"""The contest service on a real temporary library: entries, exclusions, commit, draw,
substitution, winners and verification, with crafted responses and with the demo."""

from __future__ import annotations

import copy
import hashlib
import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from quizbuilder.domain import draw as drawing
from quizbuilder.domain.validation import parse_document
from quizbuilder.export.certificate import certificate_view
from quizbuilder.paths import SEEDS
from quizbuilder.services import contest as cs
from quizbuilder.services.demo import load_demo
from quizbuilder.services.library import LibraryService
from quizbuilder.services.responses import import_jsonl
from quizbuilder.store import items as store
from quizbuilder.store.tables import ContestCommit, ContestDraw, DrawSubstitution

QUIZ_UID = "c0de0000000000000000000000000001"
CONTEST_UID = "c0de0000000000000000000000000002"
BEFORE_CLOSE = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
AFTER_CLOSE = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
EMAIL = re.compile(rb"[\w.+-]+@[\w-]+\.[\w.]+")

QUIZ: dict[str, Any] = {
    "kind": "knowledge_quiz",
    "title": "Quiz du mois",
    "questions": [
        {
            "id": "q1",
            "type": "single_choice",
            "text": "Capitale de la France ?",
            "points": 1,
            "options": [
                {"id": "paris", "label": "Paris", "fraction": 1},
                {"id": "lyon", "label": "Lyon"},
            ],
        },
        {
            "id": "q2",
            "type": "single_choice",
            "text": "2 + 2 ?",
            "points": 1,
            "options": [
                {"id": "quatre", "label": "4", "fraction": 1},
                {"id": "cinq", "label": "5"},
            ],
        },
    ],
    "lead_form": {
        "enabled": True,
        "fields": [
            {"id": "email", "type": "email", "required": True},
            {"id": "prenom", "type": "first_name"},
            {"id": "nom", "type": "last_name"},
            {"id": "naissance", "type": "birth_date"},
        ],
    },
}

CONTEST: dict[str, Any] = {
    "kind": "contest",
    "title": "Grand quiz de novembre",
    "language": "fr",
    "settings": {"retention_days": 180},
    "contest": {
        "entry_item": QUIZ_UID,
        "starts_at": "2026-11-01T00:00:00+01:00",
        "ends_at": "2026-11-30T23:59:59+01:00",
        "timezone": "Europe/Paris",
        "eligibility": {"min_age": 18},
        "prizes": [
            {"id": "casque", "name": "Casque audio", "value": 150},
            {"id": "livre", "name": "Livre photo", "value": 20},
        ],
        "winners": 2,
        "alternates": 2,
        "entry_condition": {"type": "min_score", "min_score_percent": 50},
        "organiser": {
            "name": "Studio Lune",
            "legal_form": "SAS",
            "registration": "RCS Lyon 987 654 321",
            "address": "5 place Bellecour, 69002 Lyon",
            "email": "jeu@lune.example",
        },
        "rules": {"claim_days": 20, "governing_law": "droit français"},
    },
}

RIGHT = {"q1": "paris", "q2": "quatre"}  # 100 %
HALF = {"q1": "paris", "q2": "cinq"}  # 50 %: meets the condition
WRONG = {"q1": "lyon", "q2": "cinq"}  # 0 %


def person(email: str | None, first: str = "", last: str = "", born: str = "1990-05-01") -> dict:
    lead = {"naissance": born}
    if email:
        lead["email"] = email
    if first:
        lead["prenom"] = first
    if last:
        lead["nom"] = last
    return lead


# id, answers, lead, submitted (UTC), completed
RESPONSES: list[tuple[str, dict, dict, str, bool]] = [
    ("r01", RIGHT, person("lea.martin@example.org", "Léa", "Martin"), "2026-11-03T10:00:00Z", True),
    ("r02", WRONG, person("paul@example.org", "Paul", "Durand"), "2026-11-03T11:00:00Z", True),
    ("r03", RIGHT, person("Lea.Martin@Example.org", "Léa", "Martin"), "2026-11-04T10:00:00Z", True),
    (
        "r04",
        RIGHT,
        person("jeune@example.org", "Zoé", "Petit", "2010-01-01"),
        "2026-11-05T10:00:00Z",
        True,
    ),
    ("r05", RIGHT, person("tard@example.org", "Marc", "Roux"), "2026-12-01T09:00:00Z", True),
    ("r06", HALF, person("anonyme@example.org"), "2026-11-06T10:00:00Z", True),
    ("r07", RIGHT, person("lea.moreau@example.org", "Léa", "Moreau"), "2026-11-07T10:00:00Z", True),
    (
        "r08",
        {"q1": "paris"},
        person("partiel@example.org", "Jean", "Blanc"),
        "2026-11-08T10:00:00Z",
        False,
    ),
    ("r09", RIGHT, person("hugo@example.org", "Hugo", "Bernard"), "2026-11-09T10:00:00Z", True),
    ("r10", HALF, person("ines@example.org", "Inès", "Garcia"), "2026-11-10T10:00:00Z", True),
    ("r11", RIGHT, person("noe@example.org", "Noé", "Faure"), "2026-11-11T10:00:00Z", True),
]
# Worked out by hand from the rules above, in the order the steps apply:
# r02 scored 0 % and r08 is not completed (entry condition); r05 came after the closing
# (window); r04 is 16 on 30 November 2026 (minimum age); r03 is r01's address again.
ELIGIBLE = ["r01", "r06", "r07", "r09", "r10", "r11"]
REMOVED_AT = {
    "entry_condition": ["r02", "r08"],
    "window": ["r05"],
    "min_age": ["r04"],
    "one_per_person": ["r03"],
}


def response_lines(uid: str, rows: list[tuple[str, dict, dict, str, bool]]) -> str:
    """Our JSON Lines for the rows; each person took three minutes."""
    lines = []
    for rid, answers, lead, submitted, done in rows:
        end = datetime.fromisoformat(submitted)
        record = {
            "type": "response",
            "format_version": 1,
            "item": uid,
            "id": rid,
            "respondent": f"device-{rid}",
            "started_at": (end - timedelta(minutes=3)).isoformat(),
            "submitted_at": submitted,
            "completed": done,
            "answers": answers,
            "lead": lead,
        }
        lines.append(json.dumps(record, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def contest_data(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(CONTEST)
    data["contest"].update(changes)
    return data


def make_contest(
    library: LibraryService, tmp_path: Path, data: dict[str, Any] | None = None
) -> tuple[int, int]:
    """The quiz with RESPONSES and the contest linked to it: (quiz id, contest id)."""
    quiz_id = library.create_item(parse_document(QUIZ), uid=QUIZ_UID)
    contest_id = library.create_item(parse_document(data or CONTEST), uid=CONTEST_UID)
    jsonl = tmp_path / "responses.jsonl"
    jsonl.write_text(response_lines(QUIZ_UID, RESPONSES), encoding="utf-8")
    report = import_jsonl(library, jsonl)
    assert report.added == len(RESPONSES) and not report.rejected
    return quiz_id, contest_id


@pytest.fixture
def contest(library: LibraryService, tmp_path: Path) -> int:
    return make_contest(library, tmp_path)[1]


def update_document(library: LibraryService, item_id: int, change: Any) -> None:
    with library.session() as s, s.begin():
        item = store.get_item(s, item_id=item_id)
        assert item is not None
        data = json.loads(item.document)
        change(data)
        store.update_item(s, item=item, document=parse_document(data))


def committed_and_drawn(library: LibraryService, contest: int, out: Path) -> cs.DrawOutcome:
    cs.commit(library, contest, now=BEFORE_CLOSE)
    return cs.draw(library, contest, out_dir=out, now=AFTER_CLOSE)


def stored_secret(library: LibraryService, contest: int) -> str:
    with library.session() as s:
        rows = s.exec(select(ContestCommit).where(ContestCommit.item_id == contest)).all()
        return rows[-1].secret_seed


# --- entries -------------------------------------------------------------------------


def test_entries_come_from_the_linked_item_through_every_step(
    library: LibraryService, contest: int
) -> None:
    report = cs.entries(library, contest)
    assert sorted(report.entries) == ELIGIBLE
    assert all(tickets == 1 for tickets in report.entries.values())
    by_step: dict[str, list[str]] = {}
    for r in report.report.rejected:
        by_step.setdefault(r.step, []).append(r.id)
    assert {k: sorted(v) for k, v in by_step.items()} == REMOVED_AT
    kept = {s.key: (s.kept, s.removed) for s in report.report.steps}
    assert kept["entry_condition"] == (9, 2)
    assert kept["window"] == (8, 1)
    assert kept["min_age"] == (7, 1)
    assert kept["one_per_person"] == (6, 1)
    duplicate = next(r for r in report.report.rejected if r.id == "r03")
    assert "r01" in duplicate.reason  # the earliest entry of that address is kept
    assert [title for _, title in report.sources] == ["Grand quiz de novembre", "Quiz du mois"]


def test_candidates_carry_score_consents_lead_and_device(
    library: LibraryService, contest: int
) -> None:
    report = cs.entries(library, contest)
    by_id = {c.id: c for c in report.candidates}
    assert by_id["r06"].score_percent == pytest.approx(50.0)
    assert by_id["r02"].score_percent == pytest.approx(0.0)
    assert by_id["r01"].lead["prenom"] == "Léa"
    assert by_id["r01"].device == "device-r01"
    assert by_id["r01"].email == "lea.martin@example.org"
    assert by_id["r01"].question_count == 2  # no question order recorded: the document's
    assert by_id["r08"].completed is False


def test_rows_give_each_candidate_status_and_email_for_the_organiser(
    library: LibraryService, contest: int
) -> None:
    rows = {r.id: r for r in cs.entries(library, contest).rows()}
    assert rows["r01"].eligible and rows["r01"].tickets == 1 and rows["r01"].step is None
    assert rows["r04"].step == "min_age" and not rows["r04"].eligible
    assert rows["r04"].email == "jeune@example.org"
    assert rows["r01"].source == "Quiz du mois"


def test_pseudonyms_are_names_and_initials_or_a_hash_and_never_an_email(
    library: LibraryService, contest: int
) -> None:
    names = cs.entries(library, contest).pseudonyms
    assert names["r09"] == "Hugo B."
    assert names["r10"] == "Inès G."
    digest = hashlib.sha256(b"r06").hexdigest().upper()
    assert names["r06"] == f"Participant {digest[:4]}"
    # Léa Martin (r01, r03) and Léa Moreau (r07) would all be "Léa M.": each gets digits.
    for rid in ("r01", "r03", "r07"):
        suffix = hashlib.sha256(rid.encode()).hexdigest().upper()[:4]
        assert names[rid] == f"Léa M. ({suffix})"
    assert len(set(names.values())) == len(names)
    assert not any("@" in n for n in names.values())


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        ("Léa", "Martin", "Léa M."),
        ("  jean-luc ", "de la Tour", "Jean-luc D."),
        ("Léa", "", None),
        ("", "Martin", None),
        ("lea@example.org", "Martin", None),
        (None, None, None),
    ],
)
def test_person_label(first: Any, last: Any, expected: str | None) -> None:
    assert cs.person_label(first, last) == expected


def test_pseudonyms_stay_unique_whatever_the_clashes() -> None:
    names = {f"id{n}": "Léa M." for n in range(300)} | {f"x{n}": None for n in range(300)}
    result = cs.make_pseudonyms(names)
    assert len(set(result.values())) == 600
    assert all(result[f"id{n}"].startswith("Léa M. (") for n in range(300))
    assert cs.make_pseudonyms({"solo": "Léa M."}) == {"solo": "Léa M."}


def test_the_item_duplicate_policy_is_not_applied(library: LibraryService, tmp_path: Path) -> None:
    quiz = copy.deepcopy(QUIZ)
    quiz["settings"] = {"duplicate_policy": "last_per_email"}
    library.create_item(parse_document(quiz), uid=QUIZ_UID)
    contest = library.create_item(parse_document(CONTEST), uid=CONTEST_UID)
    jsonl = tmp_path / "r.jsonl"
    jsonl.write_text(response_lines(QUIZ_UID, RESPONSES), encoding="utf-8")
    import_jsonl(library, jsonl)
    # "last per e-mail" would keep r03; the contest keeps the earliest, r01.
    assert sorted(cs.entries(library, contest).entries) == ELIGIBLE


def test_a_missing_linked_item_and_a_non_contest_are_refused(
    library: LibraryService, tmp_path: Path
) -> None:
    contest = library.create_item(parse_document(CONTEST), uid=CONTEST_UID)
    with pytest.raises(cs.ContestError, match=f"entry item '{QUIZ_UID}' is not in this library"):
        cs.entries(library, contest)
    quiz = library.create_item(parse_document(QUIZ), uid=QUIZ_UID)
    with pytest.raises(cs.NotAContest, match=f"item {quiz} is a knowledge quiz, not a contest"):
        cs.entries(library, quiz)
    with pytest.raises(cs.NotAContest):
        cs.commit(library, quiz)


# --- exclusions ----------------------------------------------------------------------


def test_exclusion_is_applied_recorded_and_reinstated(
    library: LibraryService, contest: int
) -> None:
    cs.exclude(library, contest, "r09", "  posted   a stolen photo ", now=BEFORE_CLOSE)
    report = cs.entries(library, contest)
    assert "r09" not in report.entries
    assert report.exclusions == {"r09": "posted a stolen photo"}
    rejection = next(r for r in report.report.rejected if r.id == "r09")
    assert rejection.step == "organiser_exclusions"
    assert "posted a stolen photo" in rejection.reason

    cs.reinstate(library, contest, "r09", "the photo was the entrant's own", now=AFTER_CLOSE)
    assert sorted(cs.entries(library, contest).entries) == ELIGIBLE
    log = [(e["action"], e["entry"], e["reason"]) for e in cs.history(library, contest)]
    assert log == [
        ("exclude", "r09", "posted a stolen photo"),
        ("reinstate", "r09", "the photo was the entrant's own"),
    ]


@pytest.mark.parametrize(
    ("entry", "reason", "message"),
    [
        ("r09", "", "needs a reason"),
        ("r09", "   ", "needs a reason"),
        ("nobody", "spam", "has no entry 'nobody'"),
    ],
)
def test_bad_exclusions_are_refused(
    library: LibraryService, contest: int, entry: str, reason: str, message: str
) -> None:
    with pytest.raises(cs.ContestError, match=message):
        cs.exclude(library, contest, entry, reason)
    assert cs.entries(library, contest).exclusions == {}


def test_excluding_twice_and_reinstating_what_is_not_excluded_are_refused(
    library: LibraryService, contest: int
) -> None:
    with pytest.raises(cs.ContestError, match="is not excluded"):
        cs.reinstate(library, contest, "r09", "why not")
    cs.exclude(library, contest, "r09", "spam")
    with pytest.raises(cs.ContestError, match="already excluded: spam"):
        cs.exclude(library, contest, "r09", "again")
    with pytest.raises(cs.ContestError, match="needs a reason"):
        cs.reinstate(library, contest, "r09", " ")


# --- commitment ----------------------------------------------------------------------


def test_commit_stores_a_secret_seed_and_returns_its_commitment(
    library: LibraryService, contest: int
) -> None:
    made = cs.commit(library, contest, beacon="drand quicknet round 99", now=BEFORE_CLOSE)
    secret = stored_secret(library, contest)
    assert re.fullmatch(r"[0-9a-f]{64}", secret)
    assert made.commitment == drawing.commitment(
        secret, made.rules_hash, beacon="drand quicknet round 99"
    )
    assert made.algorithm == drawing.ALGORITHM and made.language == "fr"
    assert secret not in json.dumps(made.as_dict()) and secret not in made.announcement()
    assert made.commitment in made.announcement()
    state = cs.draw_state(library, contest)
    assert state.stage == "committed" and state.commitment == made


def test_commit_is_refused_while_a_commitment_waits(library: LibraryService, contest: int) -> None:
    first = cs.commit(library, contest, now=BEFORE_CLOSE)
    with pytest.raises(cs.ContestError, match=f"waiting for its draw \\({first.commitment[:16]}"):
        cs.commit(library, contest, now=BEFORE_CLOSE)


def test_commit_is_refused_when_the_rules_have_errors(
    library: LibraryService, contest: int
) -> None:
    update_document(library, contest, lambda d: d["contest"]["organiser"].update(name=""))
    with pytest.raises(cs.ContestError, match=r"rules have \d+ error.*contest\.organiser\.name"):
        cs.commit(library, contest, now=BEFORE_CLOSE)
    assert cs.draw_state(library, contest).stage == "none"


def test_commit_after_closing_needs_a_reason_which_the_certificate_shows(
    library: LibraryService, contest: int, tmp_path: Path
) -> None:
    with pytest.raises(cs.ContestError, match="the contest closed on 2026-11-30 23:59"):
        cs.commit(library, contest, now=AFTER_CLOSE)
    with pytest.raises(cs.ContestError, match="no e-mail"):
        cs.commit(library, contest, force_reason="asked by boss@lune.example", now=AFTER_CLOSE)
    made = cs.commit(
        library, contest, force_reason="the server was down on the last day", now=AFTER_CLOSE
    )
    assert made.late_reason == "the server was down on the last day"
    outcome = cs.draw(library, contest, out_dir=tmp_path / "out", now=AFTER_CLOSE)
    facts = outcome.certificate["contest"]
    assert facts["late_commitment_reason"] == "the server was down on the last day"


def test_a_reason_to_force_an_open_contest_is_refused(
    library: LibraryService, contest: int
) -> None:
    with pytest.raises(cs.ContestError, match="has not closed"):
        cs.commit(library, contest, force_reason="just because", now=BEFORE_CLOSE)


# --- draw ------------------------------------------------------------------------------


def test_draw_writes_a_certificate_that_verifies(
    library: LibraryService, contest: int, tmp_path: Path
) -> None:
    outcome = committed_and_drawn(library, contest, tmp_path / "out")
    secret = stored_secret(library, contest)
    expected = drawing.run_draw(ELIGIBLE, secret_seed=secret, winners=2, alternates=2)
    assert [w.entry for w in outcome.winners] == expected.winners
    assert [a.entry for a in outcome.alternates] == expected.alternates
    names = cs.entries(library, contest).pseudonyms
    assert [w.pseudonym for w in outcome.winners] == [names[i] for i in expected.winners]

    files = outcome.files
    for path in (files.certificate, files.entries, files.html, files.pdf):
        assert path.is_file() and path.parent == tmp_path / "out"
    cert = json.loads(files.certificate.read_text(encoding="utf-8"))
    assert cert == outcome.certificate
    assert cert["secret_seed"] == secret and cert["entry_count"] == len(ELIGIBLE)
    frozen = json.loads(files.entries.read_text(encoding="utf-8"))
    assert frozen["entries"] == [{"id": i, "tickets": 1} for i in ELIGIBLE]
    assert files.pdf.read_bytes().startswith(b"%PDF")
    assert cs.verify(files.certificate, files.entries) == []
    assert cs.verify(files.certificate) == []
    state = cs.draw_state(library, contest)
    assert state.stage == "drawn" and state.draw is not None
    assert state.draw.files == files


def test_no_email_in_any_certificate_file(
    library: LibraryService, contest: int, tmp_path: Path
) -> None:
    outcome = committed_and_drawn(library, contest, tmp_path / "out")
    cs.substitute(library, contest, outcome.winners[0].entry, "did not answer", now=AFTER_CLOSE)
    files = outcome.files
    emails = [lead.get("email", "").encode() for _, _, lead, _, _ in RESPONSES]
    for path in (files.certificate, files.entries, files.html, files.pdf):
        data = path.read_bytes()
        assert not [e for e in emails if e and e.lower() in data.lower()], path
    for path in (files.certificate, files.entries, files.html):
        assert EMAIL.findall(path.read_bytes()) == [], path
    # The PDF is compressed: check the text it is built from.
    view = certificate_view(json.loads(files.certificate.read_text(encoding="utf-8")))
    assert not EMAIL.findall(repr(view).encode()), "an address in the PDF's text"


def test_draw_refusals(library: LibraryService, contest: int, tmp_path: Path) -> None:
    out = tmp_path / "out"
    with pytest.raises(cs.ContestError, match="has no commitment"):
        cs.draw(library, contest, out_dir=out)
    cs.commit(library, contest, now=BEFORE_CLOSE)
    with pytest.raises(cs.ContestError, match="names no public randomness"):
        cs.draw(library, contest, beacon_value="abc", out_dir=out)
    cs.draw(library, contest, out_dir=out, now=AFTER_CLOSE)
    with pytest.raises(cs.ContestError, match="already drawn: a commitment is drawn once"):
        cs.draw(library, contest, out_dir=out, now=AFTER_CLOSE)


def test_draw_with_a_named_beacon_needs_its_value(
    library: LibraryService, contest: int, tmp_path: Path
) -> None:
    cs.commit(library, contest, beacon="drand quicknet round 12345678", now=BEFORE_CLOSE)
    with pytest.raises(cs.ContestError, match="'drand quicknet round 12345678': give its value"):
        cs.draw(library, contest, out_dir=tmp_path, now=AFTER_CLOSE)
    outcome = cs.draw(
        library, contest, beacon_value="  9f3e21  ", out_dir=tmp_path, now=AFTER_CLOSE
    )
    cert = outcome.certificate
    assert (cert["beacon"], cert["beacon_value"]) == ("drand quicknet round 12345678", "9f3e21")
    assert cs.verify(outcome.files.certificate, outcome.files.entries) == []
    cert["beacon_value"] = "9f3e22"
    tampered = tmp_path / "tampered.json"
    tampered.write_text(json.dumps(cert), encoding="utf-8")
    assert any("draw seed" in p for p in cs.verify(tampered, outcome.files.entries))


def test_draw_without_eligible_entries_is_refused_and_stores_nothing(
    library: LibraryService, contest: int, tmp_path: Path
) -> None:
    for rid in ELIGIBLE:
        cs.exclude(library, contest, rid, "test")
    # r01 excluded, the same person's later entry r03 is their one entry now
    assert list(cs.entries(library, contest).entries) == ["r03"]
    cs.exclude(library, contest, "r03", "test")
    cs.commit(library, contest, now=BEFORE_CLOSE)
    with pytest.raises(cs.ContestError, match="no eligible entries"):
        cs.draw(library, contest, out_dir=tmp_path / "out", now=AFTER_CLOSE)
    assert cs.draw_state(library, contest).stage == "committed"
    assert not (tmp_path / "out").exists()


def test_a_draw_whose_files_cannot_be_written_leaves_no_draw(
    library: LibraryService, contest: int, tmp_path: Path
) -> None:
    cs.commit(library, contest, now=BEFORE_CLOSE)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(OSError):
        cs.draw(library, contest, out_dir=blocker, now=AFTER_CLOSE)
    with library.session() as s:
        assert s.exec(select(ContestDraw)).all() == []
    outcome = cs.draw(library, contest, out_dir=tmp_path / "out", now=AFTER_CLOSE)
    assert cs.verify(outcome.files.certificate, outcome.files.entries) == []


def test_more_prizes_than_entries_everyone_wins(library: LibraryService, tmp_path: Path) -> None:
    prizes = [{"id": "casque", "name": "Casque audio", "value": 150, "quantity": 10}]
    data = contest_data(winners=10, alternates=3, prizes=prizes)
    _, contest = make_contest(library, tmp_path, data)
    outcome = committed_and_drawn(library, contest, tmp_path / "out")
    assert sorted(w.entry for w in outcome.winners) == ELIGIBLE
    assert outcome.alternates == []
    assert cs.verify(outcome.files.certificate, outcome.files.entries) == []


# --- tampering -------------------------------------------------------------------------


@pytest.fixture
def drawn(library: LibraryService, contest: int, tmp_path: Path) -> cs.DrawOutcome:
    return committed_and_drawn(library, contest, tmp_path / "out")


def rewrite(path: Path, change: Any) -> Path:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    copy_path = path.with_name("tampered-" + path.name)
    copy_path.write_text(json.dumps(data), encoding="utf-8")
    return copy_path


def test_a_changed_entry_list_is_detected(drawn: cs.DrawOutcome) -> None:
    files = drawn.files
    dropped = rewrite(files.entries, lambda d: d["entries"].pop())
    problems = cs.verify(files.certificate, dropped)
    assert any(
        p.startswith(f"entries hash: the list given has {len(ELIGIBLE) - 1}") for p in problems
    )
    added = rewrite(files.entries, lambda d: d["entries"].append({"id": "r99", "tickets": 1}))
    assert cs.verify(files.certificate, added)
    weighted = rewrite(files.entries, lambda d: d["entries"][0].update(tickets=2))
    assert cs.verify(files.certificate, weighted)


def test_a_changed_seed_or_field_is_detected(drawn: cs.DrawOutcome) -> None:
    files = drawn.files
    seed = rewrite(files.certificate, lambda d: d.update(secret_seed="0" * 64))
    assert any("commitment does not match" in p for p in cs.verify(seed, files.entries))

    def swap(d: dict[str, Any]) -> None:
        d["winners"][0]["id"], d["alternates"][0]["id"] = (
            d["alternates"][0]["id"],
            d["winners"][0]["id"],
        )

    swapped = rewrite(files.certificate, swap)
    assert any(p.startswith("winner 1:") for p in cs.verify(swapped, files.entries))
    rules = rewrite(files.certificate, lambda d: d.update(rules_hash="1" * 64))
    assert cs.verify(rules)


def test_unreadable_files_are_user_errors(tmp_path: Path, drawn: cs.DrawOutcome) -> None:
    with pytest.raises(cs.ContestError, match="no such file"):
        cs.verify(tmp_path / "missing.json")
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(cs.ContestError, match="not a readable certificate"):
        cs.verify(broken)
    with pytest.raises(cs.ContestError, match="not a readable entry list"):
        cs.verify(drawn.files.certificate, broken)
    twice = rewrite(drawn.files.entries, lambda d: d["entries"].append(d["entries"][0]))
    with pytest.raises(cs.ContestError, match="listed twice"):
        cs.verify(drawn.files.certificate, twice)


# --- substitution and winners --------------------------------------------------------


def test_substitution_takes_the_next_alternate_and_is_logged(
    library: LibraryService, contest: int, drawn: cs.DrawOutcome
) -> None:
    first, second = drawn.winners
    alt1, alt2 = drawn.alternates
    when = datetime(2026, 12, 20, tzinfo=UTC)
    done = cs.substitute(library, contest, first.pseudonym, "no answer in 20 days", now=when)
    assert done.replaced == first and done.replacement == alt1
    assert [w.entry if w else None for w in done.winners] == [alt1.entry, second.entry]
    cert = json.loads(drawn.files.certificate.read_text(encoding="utf-8"))
    assert cert["substitutions"] == [
        {
            "replaced": first.entry,
            "replacement": alt1.entry,
            "reason": "no answer in 20 days",
            "at": "2026-12-20T00:00:00Z",
        }
    ]
    assert alt1.pseudonym in drawn.files.html.read_text(encoding="utf-8")
    assert cs.verify(drawn.files.certificate, drawn.files.entries) == []

    again = cs.substitute(library, contest, second.entry, "declined the prize", now=when)
    assert again.replacement == alt2
    with library.session() as s:
        rows = s.exec(select(DrawSubstitution).order_by(DrawSubstitution.id)).all()
        assert [(r.replaced, r.replacement, r.reason) for r in rows] == [
            (first.entry, alt1.entry, "no answer in 20 days"),
            (second.entry, alt2.entry, "declined the prize"),
        ]
    last = cs.substitute(library, contest, alt1.entry, "unreachable", now=when)
    assert last.replacement is None  # no alternate left: the prize stays unawarded
    assert cs.verify(drawn.files.certificate, drawn.files.entries) == []


def test_substitution_refusals(
    library: LibraryService, contest: int, drawn: cs.DrawOutcome
) -> None:
    with pytest.raises(cs.ContestError, match="is not a current winner"):
        cs.substitute(library, contest, drawn.alternates[0].entry, "not a winner")
    with pytest.raises(cs.ContestError, match="needs a reason"):
        cs.substitute(library, contest, drawn.winners[0].entry, "  ")
    with pytest.raises(cs.ContestError, match="no e-mail"):
        cs.substitute(library, contest, drawn.winners[0].entry, "wrote to x@y.example")


def test_substitution_before_any_draw_is_refused(library: LibraryService, contest: int) -> None:
    with pytest.raises(cs.ContestError, match="has not been drawn yet"):
        cs.substitute(library, contest, "r01", "why")
    with pytest.raises(cs.ContestError, match="has not been drawn yet"):
        cs.winners(library, contest)


def test_winners_is_the_organisers_contact_list(
    library: LibraryService, contest: int, drawn: cs.DrawOutcome
) -> None:
    emails = {rid: lead.get("email") for rid, _, lead, _, _ in RESPONSES}
    found = cs.winners(library, contest)
    winners = [w for w in found if w.role == "winner"]
    assert [w.entry for w in winners] == [w.entry for w in drawn.winners]
    assert [w.email for w in winners] == [emails[w.entry] for w in drawn.winners]
    assert [w.prize for w in winners] == ["Casque audio", "Livre photo"]
    assert [w.entry for w in found if w.role == "alternate"] == [a.entry for a in drawn.alternates]
    cs.substitute(library, contest, drawn.winners[1].entry, "declined", now=AFTER_CLOSE)
    after = cs.winners(library, contest)
    assert [w.entry for w in after if w.role == "replaced"] == [drawn.winners[1].entry]
    assert [w.entry for w in after if w.role == "winner"][1] == drawn.alternates[0].entry


def test_a_new_commitment_after_a_draw_starts_a_new_draw(
    library: LibraryService, contest: int, drawn: cs.DrawOutcome, tmp_path: Path
) -> None:
    later = datetime(2026, 12, 5, tzinfo=UTC)
    second = cs.commit(library, contest, force_reason="second draw for a new prize", now=later)
    assert cs.draw_state(library, contest).stage == "committed"
    outcome = cs.draw(library, contest, out_dir=tmp_path / "again", now=later)
    assert outcome.draw_id != drawn.draw_id
    assert outcome.certificate["commitment"] == second.commitment


# --- rules -----------------------------------------------------------------------------


def test_rules_export_writes_html_and_pdf_and_reports_problems(
    library: LibraryService, contest: int, tmp_path: Path
) -> None:
    result = cs.export_rules(
        library, contest, language="en", html=tmp_path / "r.html", pdf=tmp_path / "r.pdf"
    )
    assert result.language == "en" and not result.has_errors
    assert "Studio Lune" in (tmp_path / "r.html").read_text(encoding="utf-8")
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert re.fullmatch(r"[0-9a-f]{64}", result.rules_hash)
    update_document(library, contest, lambda d: d["contest"]["organiser"].update(address=""))
    broken = cs.export_rules(library, contest)
    assert broken.has_errors and broken.language == "fr" and broken.html is None
    assert "contest.organiser.address" in [p.field for p in broken.problems]
    assert broken.rules_hash != cs.export_rules(library, contest, language="en").rules_hash


def test_rules_changed_after_the_commitment_show_in_the_certificate(
    library: LibraryService, contest: int, tmp_path: Path
) -> None:
    cs.commit(library, contest, now=BEFORE_CLOSE)
    update_document(library, contest, lambda d: d["contest"]["rules"].update(claim_days=30))
    outcome = cs.draw(library, contest, out_dir=tmp_path, now=AFTER_CLOSE)
    assert outcome.certificate["contest"]["rules_changed_since_commitment"] is True


# --- the demo --------------------------------------------------------------------------


def demo_responses(uid_end: str) -> list[dict[str, Any]]:
    lines = (SEEDS / "responses.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip()]
    return [r for r in records if r["type"] == "response" and r["item"].endswith(uid_end)]


def test_demo_contest_from_entries_to_a_verified_draw(
    library: LibraryService, tmp_path: Path
) -> None:
    load_demo(library)
    contest = next(s.id for s in library.list_items() if s.kind.value == "contest")
    own, quiz = demo_responses("0005"), demo_responses("0002")
    report = cs.entries(library, contest)
    assert len(report.candidates) == len(own) + len(quiz)
    rejected = {r.id: r.step for r in report.report.rejected}
    # the quiz's responses carry no rules consent: none passes the entry condition
    assert all(rejected[r["id"]] == "entry_condition" for r in quiz)
    minors = [r["id"] for r in own if r["lead"]["birth_date"] > "2008-11-30"]
    assert sorted(i for i, step in rejected.items() if step == "min_age") == sorted(minors)
    seen: set[str] = set()
    repeats = []
    for r in sorted(own, key=lambda r: r["submitted_at"]):
        email = r["lead"]["email"].lower()
        if r["id"] not in minors:
            if email in seen:
                repeats.append(r["id"])
            seen.add(email)
    assert sorted(i for i, step in rejected.items() if step == "one_per_person") == repeats
    assert len(report.entries) == len(own) - len(minors) - len(repeats)

    # The demo's rules are complete: the commitment can be made before closing.
    assert not [p for p in cs.contest_rules_problems(library, contest) if p.severity == "error"]
    cs.commit(library, contest, now=BEFORE_CLOSE)
    outcome = cs.draw(library, contest, out_dir=tmp_path / "demo", now=AFTER_CLOSE)
    assert len(outcome.winners) == 3 and len(outcome.alternates) == 3
    assert cs.verify(outcome.files.certificate, outcome.files.entries) == []
    emails = {
        r["lead"]["email"].lower().encode() for r in own + quiz if r.get("lead", {}).get("email")
    }
    for path in (outcome.files.certificate, outcome.files.entries, outcome.files.html):
        data = path.read_bytes().lower()
        assert not [e for e in emails if e in data]
