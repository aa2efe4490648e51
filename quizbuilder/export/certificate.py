"""The readable draw certificate: the JSON certificate, told to a person (HTML and PDF).

Both documents are built from one list of sections computed here, so the HTML and the
PDF cannot say different things. Everything comes from the certificate itself (made by
``domain.draw.make_certificate``): winners and alternates appear by pseudonym, and the
certificate holds no e-mail address, so neither does this. The wording is in French or
English, the contest's language; the hashes and seeds are printed whole, since they are
what a reader copies to check the draw.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from quizbuilder.domain.rules import format_money
from quizbuilder.export.pdf import PdfDocument
from quizbuilder.export.templating import render

TEMPLATE = "certificate.html.j2"
LANGUAGES = ("fr", "en")
VERIFY_DOC = "docs/draw.md"

TEXT: dict[str, dict[str, str]] = {
    "fr": {
        "title": "Certificat de tirage au sort",
        "contest": "Le concours",
        "contest_title": "Concours",
        "organiser": "Organisateur",
        "opens": "Ouverture",
        "closes": "Clôture",
        "prizes": "Lots",
        "requested": "Gagnants et suppléants prévus",
        "requested_value": "{winners} gagnant(s), {alternates} suppléant(s)",
        "commitment": "L’engagement, publié avant le tirage",
        "commitment_intro": "Avant la clôture, l’organisateur a publié cette empreinte "
        "(SHA-256) d’une graine secrète, de l’empreinte du règlement et de l’algorithme. "
        "Le tirage révèle la graine : chacun peut vérifier qu’elle donne bien cette empreinte.",
        "commitment_hash": "Engagement",
        "committed_at": "Engagement pris le",
        "algorithm": "Algorithme",
        "rules_hash": "Empreinte du règlement",
        "rules_language": "Langue du règlement",
        "beacon": "Aléa public annoncé",
        "none": "aucun",
        "late": "Engagement pris après la clôture, motif",
        "rules_changed": "Le règlement a été modifié après l’engagement : l’empreinte "
        "ci-dessus est celle du règlement en vigueur au moment de l’engagement.",
        "draw": "Le tirage",
        "drawn_at": "Tirage effectué le",
        "secret_seed": "Graine secrète (révélée)",
        "entry_count": "Participations retenues",
        "ticket_count": "Tickets (avec les tickets bonus)",
        "entries_hash": "Empreinte de la liste des participations",
        "beacon_value": "Valeur de l’aléa public",
        "draw_seed": "Graine du tirage",
        "winners": "Gagnants",
        "alternates": "Suppléants, dans l’ordre d’appel",
        "rank": "Rang",
        "pseudonym": "Participant",
        "prize": "Lot",
        "status": "État",
        "replaced_by": "remplacé(e) par {name}",
        "replaced_nobody": "remplacé(e) ; aucun suppléant restant",
        "called": "appelé(e) en remplacement",
        "waiting": "en attente",
        "no_alternates": "Aucun suppléant.",
        "missing_winners": "{count} lot(s) non attribué(s) : moins de participations que de lots.",
        "substitutions": "Remplacements",
        "no_substitutions": "Aucun remplacement à ce jour.",
        "when": "Date",
        "replaced": "Remplacé(e)",
        "replacement": "Remplaçant(e)",
        "reason": "Motif",
        "nobody": "aucun (plus de suppléant)",
        "selection": "Sélection des participations",
        "selection_intro": "{candidates} réponse(s) reçue(s), filtrées dans cet ordre ; "
        "la liste des participations retenues est publiée avec ce certificat "
        "(identifiants et tickets seulement).",
        "step": "Étape",
        "kept": "Retenues",
        "removed": "Écartées",
        "verify": "Comment vérifier ce tirage",
        "verify_intro": "Tout se vérifie avec le fichier JSON de ce certificat et la liste "
        "des participations, sans faire confiance à l’organisateur :",
        "verify_1": "la graine secrète révélée, l’empreinte du règlement et l’algorithme "
        "redonnent l’engagement publié avant la clôture ;",
        "verify_2": "la liste des participations redonne l’empreinte de la liste, puis la "
        "graine du tirage ;",
        "verify_3": "le classement recalculé redonne les gagnants et les suppléants, et "
        "chaque remplacement appelle le suppléant suivant.",
        "verify_command": "Avec quizbuilder :",
        "verify_spec": "L’algorithme est décrit, avec des vecteurs de test, dans {doc} "
        "de quizbuilder : il peut être refait dans un autre langage.",
        "utc": "UTC",
    },
    "en": {
        "title": "Draw certificate",
        "contest": "The contest",
        "contest_title": "Contest",
        "organiser": "Organiser",
        "opens": "Opens",
        "closes": "Closes",
        "prizes": "Prizes",
        "requested": "Winners and alternates to draw",
        "requested_value": "{winners} winner(s), {alternates} alternate(s)",
        "commitment": "The commitment, published before the draw",
        "commitment_intro": "Before the contest closed, the organiser published this "
        "SHA-256 fingerprint of a secret seed, of the rules' fingerprint and of the "
        "algorithm. The draw reveals the seed: anyone can check that it gives this "
        "fingerprint.",
        "commitment_hash": "Commitment",
        "committed_at": "Committed on",
        "algorithm": "Algorithm",
        "rules_hash": "Rules fingerprint",
        "rules_language": "Language of the rules",
        "beacon": "Public randomness named",
        "none": "none",
        "late": "Committed after the closing, because",
        "rules_changed": "The rules were changed after the commitment: the fingerprint "
        "above is that of the rules in force when the commitment was made.",
        "draw": "The draw",
        "drawn_at": "Drawn on",
        "secret_seed": "Secret seed (revealed)",
        "entry_count": "Eligible entries",
        "ticket_count": "Tickets (with bonus tickets)",
        "entries_hash": "Fingerprint of the entry list",
        "beacon_value": "Public randomness value",
        "draw_seed": "Draw seed",
        "winners": "Winners",
        "alternates": "Alternates, in order of call",
        "rank": "Rank",
        "pseudonym": "Entrant",
        "prize": "Prize",
        "status": "Status",
        "replaced_by": "replaced by {name}",
        "replaced_nobody": "replaced; no alternate left",
        "called": "called as a replacement",
        "waiting": "waiting",
        "no_alternates": "No alternates.",
        "missing_winners": "{count} prize(s) not awarded: fewer entries than prizes.",
        "substitutions": "Substitutions",
        "no_substitutions": "No substitution so far.",
        "when": "Date",
        "replaced": "Replaced",
        "replacement": "Replacement",
        "reason": "Reason",
        "nobody": "nobody (no alternate left)",
        "selection": "How the entries were selected",
        "selection_intro": "{candidates} response(s) received, filtered in this order; "
        "the list of eligible entries is published with this certificate (ids and "
        "tickets only).",
        "step": "Step",
        "kept": "Kept",
        "removed": "Removed",
        "verify": "How to verify this draw",
        "verify_intro": "Everything can be checked from this certificate's JSON file and "
        "the entry list, without trusting the organiser:",
        "verify_1": "the revealed secret seed, the rules' fingerprint and the algorithm "
        "give back the commitment published before the closing;",
        "verify_2": "the entry list gives back its fingerprint, and then the draw seed;",
        "verify_3": "the recomputed ranking gives back the winners and alternates, and "
        "each substitution calls the next alternate.",
        "verify_command": "With quizbuilder:",
        "verify_spec": "The algorithm is specified, with test vectors, in quizbuilder's "
        "{doc}: it can be reimplemented in any language.",
        "utc": "UTC",
    },
}

# Names of the entry selection steps (domain.entries keys), in each language.
STEPS: dict[str, dict[str, str]] = {
    "fr": {
        "entry_condition": "Condition de participation",
        "window": "Dates du concours",
        "min_age": "Âge minimum",
        "countries": "Pays",
        "staff_exclusions": "Personnel exclu",
        "organiser_exclusions": "Exclusions par l’organisateur",
        "one_per_person": "Une participation par personne",
        "bonus": "Tickets bonus",
    },
    "en": {
        "entry_condition": "Entry condition",
        "window": "Contest dates",
        "min_age": "Minimum age",
        "countries": "Countries",
        "staff_exclusions": "Staff exclusions",
        "organiser_exclusions": "Organiser's exclusions",
        "one_per_person": "One entry per person",
        "bonus": "Bonus tickets",
    },
}


@dataclass(frozen=True)
class Section:
    """One part of the certificate, in the order its blocks are shown."""

    id: str
    title: str
    paragraphs: list[str] = field(default_factory=list)
    pairs: list[tuple[str, str]] = field(default_factory=list)
    header: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    bullets: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    code: list[str] = field(default_factory=list)  # commands, one a line
    closing: list[str] = field(default_factory=list)
    widths: list[float] | None = None  # of the table's columns in the PDF, in mm


@dataclass(frozen=True)
class CertificateView:
    language: str
    title: str
    subtitle: str
    sections: list[Section]


def _language(certificate: Mapping[str, Any], language: str | None) -> str:
    chosen = language or str(certificate.get("contest", {}).get("language") or "fr")
    return chosen if chosen in LANGUAGES else "en"


def _zone(name: Any) -> ZoneInfo:
    try:
        return ZoneInfo(str(name))
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _when(text: Any, zone: ZoneInfo, language: str) -> str:
    """A stored instant in the contest's zone, with UTC beside it for the record."""
    if not isinstance(text, str) or not text:
        return "—"
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    local = moment.astimezone(zone)
    utc = moment.astimezone(UTC)
    pattern = "%d/%m/%Y %H:%M:%S" if language == "fr" else "%Y-%m-%d %H:%M:%S"
    return f"{local.strftime(pattern)} ({zone.key}) — {utc.strftime(pattern)} UTC"


def _prizes(contest: Mapping[str, Any], language: str) -> str:
    parts = []
    for prize in contest.get("prizes") or []:
        text = f"{prize.get('quantity', 1)} × {prize.get('name', '')}"
        if prize.get("value"):
            text += f" ({format_money(prize['value'], prize.get('currency', 'EUR'), language)})"
        parts.append(text)
    return "; ".join(parts) or "—"


def _prize_units(contest: Mapping[str, Any]) -> list[str]:
    return [
        str(p.get("name", ""))
        for p in contest.get("prizes") or []
        for _ in range(p.get("quantity", 1))
    ]


def _contest_section(
    c: Mapping[str, Any], cert: Mapping[str, Any], t: dict[str, str], language: str
) -> Section:
    zone = _zone(c.get("timezone"))
    pairs = [
        (t["contest_title"], str(c.get("title") or c.get("uid") or "—")),
        (t["organiser"], str(c.get("organiser") or "—")),
        (t["opens"], _when(c.get("starts_at"), zone, language)),
        (t["closes"], _when(c.get("ends_at"), zone, language)),
        (t["prizes"], _prizes(c, language)),
        (
            t["requested"],
            t["requested_value"].format(
                winners=cert["winners_requested"], alternates=cert["alternates_requested"]
            ),
        ),
    ]
    return Section("contest", t["contest"], pairs=pairs)


def _commitment_section(
    c: Mapping[str, Any], cert: Mapping[str, Any], t: dict[str, str], language: str
) -> Section:
    zone = _zone(c.get("timezone"))
    pairs = [
        (t["commitment_hash"], cert["commitment"]),
        (t["committed_at"], _when(c.get("committed_at"), zone, language)),
        (t["algorithm"], cert["algorithm"]),
        (t["rules_hash"], cert["rules_hash"]),
        (t["rules_language"], str(c.get("rules_language") or "—")),
        (t["beacon"], cert["beacon"] or t["none"]),
    ]
    if c.get("late_commitment_reason"):
        pairs.append((t["late"], str(c["late_commitment_reason"])))
    notes = [t["rules_changed"]] if c.get("rules_changed_since_commitment") else []
    return Section(
        "commitment", t["commitment"], paragraphs=[t["commitment_intro"]], pairs=pairs, notes=notes
    )


def _draw_section(
    c: Mapping[str, Any], cert: Mapping[str, Any], t: dict[str, str], language: str
) -> Section:
    pairs = [
        (t["drawn_at"], _when(cert["drawn_at"], _zone(c.get("timezone")), language)),
        (t["secret_seed"], cert["secret_seed"]),
        (t["entry_count"], str(cert["entry_count"])),
    ]
    if cert["ticket_count"] != cert["entry_count"]:
        pairs.append((t["ticket_count"], str(cert["ticket_count"])))
    pairs.append((t["entries_hash"], cert["entries_hash"]))
    if cert["beacon"]:
        pairs.append((t["beacon_value"], str(cert["beacon_value"])))
    pairs.append((t["draw_seed"], cert["draw_seed"]))
    return Section("draw", t["draw"], pairs=pairs)


def _names(cert: Mapping[str, Any]) -> dict[str, str]:
    return {r["id"]: r["pseudonym"] for r in [*cert["winners"], *cert["alternates"]]}


def _winners_section(cert: Mapping[str, Any], t: dict[str, str]) -> Section:
    names = _names(cert)
    replaced = {s["replaced"]: s["replacement"] for s in cert["substitutions"]}
    units = _prize_units(cert.get("contest", {}))
    rows = []
    for row in cert["winners"]:
        status = ""
        if row["id"] in replaced:
            by = replaced[row["id"]]
            status = t["replaced_by"].format(name=names.get(by, by)) if by else t["replaced_nobody"]
        rank = row["rank"]
        prize = units[rank - 1] if rank <= len(units) else ""
        rows.append([str(rank), row["pseudonym"], prize, status])
    missing = cert["winners_requested"] - len(cert["winners"])
    notes = [t["missing_winners"].format(count=missing)] if missing > 0 else []
    return Section(
        "winners",
        t["winners"],
        header=[t["rank"], t["pseudonym"], t["prize"], t["status"]],
        rows=rows,
        notes=notes,
        widths=[15.0, 45.0, 60.0, 50.0],
    )


def _alternates_section(cert: Mapping[str, Any], t: dict[str, str]) -> Section:
    called = {s["replacement"] for s in cert["substitutions"] if s["replacement"]}
    rows = [
        [str(r["rank"]), r["pseudonym"], t["called"] if r["id"] in called else t["waiting"]]
        for r in cert["alternates"]
    ]
    return Section(
        "alternates",
        t["alternates"],
        header=[t["rank"], t["pseudonym"], t["status"]] if rows else [],
        rows=rows,
        paragraphs=[] if rows else [t["no_alternates"]],
        widths=[15.0, 75.0, 80.0],
    )


def _substitutions_section(cert: Mapping[str, Any], t: dict[str, str], language: str) -> Section:
    names = _names(cert)
    zone = _zone(cert.get("contest", {}).get("timezone"))
    rows = [
        [
            _when(s["at"], zone, language),
            names.get(s["replaced"], s["replaced"]),
            names.get(s["replacement"], s["replacement"]) if s["replacement"] else t["nobody"],
            s["reason"],
        ]
        for s in cert["substitutions"]
    ]
    return Section(
        "substitutions",
        t["substitutions"],
        header=[t["when"], t["replaced"], t["replacement"], t["reason"]] if rows else [],
        rows=rows,
        paragraphs=[] if rows else [t["no_substitutions"]],
        widths=[50.0, 35.0, 35.0, 50.0],
    )


def _selection_section(c: Mapping[str, Any], t: dict[str, str], language: str) -> Section:
    steps = c.get("selection") or []
    names = STEPS[language]
    rows = [
        [names.get(s.get("key", ""), s.get("title", "")), str(s.get("kept")), str(s.get("removed"))]
        for s in steps
    ]
    return Section(
        "selection",
        t["selection"],
        paragraphs=[t["selection_intro"].format(candidates=c.get("candidates", "—"))],
        header=[t["step"], t["kept"], t["removed"]] if rows else [],
        rows=rows,
        widths=[110.0, 30.0, 30.0],
    )


def _verify_section(t: dict[str, str], files: Mapping[str, str] | None) -> Section:
    cert_name = (files or {}).get("certificate", "CERTIFICATE.json")
    entries_name = (files or {}).get("entries", "ENTRIES.json")
    return Section(
        "verify",
        t["verify"],
        paragraphs=[t["verify_intro"]],
        bullets=[t["verify_1"], t["verify_2"], t["verify_3"]],
        notes=[t["verify_command"]],
        code=[f"quizbuilder contest verify {cert_name} --entries {entries_name}"],
        closing=[t["verify_spec"].format(doc=VERIFY_DOC)],
    )


def certificate_view(
    certificate: Mapping[str, Any],
    language: str | None = None,
    *,
    files: Mapping[str, str] | None = None,
) -> CertificateView:
    """The sections of the readable certificate, in the contest's language by default.

    ``files`` names the certificate's and entry list's files (``certificate``,
    ``entries``), for the verification command it prints.
    """
    lang = _language(certificate, language)
    t = TEXT[lang]
    contest = certificate.get("contest") or {}
    sections = [
        _contest_section(contest, certificate, t, lang),
        _commitment_section(contest, certificate, t, lang),
        _draw_section(contest, certificate, t, lang),
        _winners_section(certificate, t),
        _alternates_section(certificate, t),
        _substitutions_section(certificate, t, lang),
        _selection_section(contest, t, lang),
        _verify_section(t, files),
    ]
    return CertificateView(lang, t["title"], str(contest.get("title") or ""), sections)


def render_certificate_html(
    certificate: Mapping[str, Any],
    language: str | None = None,
    *,
    files: Mapping[str, str] | None = None,
) -> str:
    """The certificate as one self-contained HTML page (no script, nothing fetched)."""
    view = certificate_view(certificate, language, files=files)
    return render(TEMPLATE, view=view)


def certificate_pdf(
    certificate: Mapping[str, Any],
    language: str | None = None,
    *,
    files: Mapping[str, str] | None = None,
) -> bytes:
    """The same certificate as a PDF, dated by the draw so that it prints the same bytes."""
    view = certificate_view(certificate, language, files=files)
    pdf = PdfDocument(view.title, language=view.language, subtitle=view.subtitle)
    drawn = certificate.get("drawn_at")
    if isinstance(drawn, str):
        with contextlib.suppress(ValueError):
            pdf.set_creation_date(datetime.fromisoformat(drawn))
    for section in view.sections:
        _pdf_section(pdf, section)
    return pdf.to_bytes()


def _pdf_section(pdf: PdfDocument, section: Section) -> None:
    pdf.heading(section.title, 2)
    for text in section.paragraphs:
        pdf.paragraph(text)
    if section.pairs:
        pdf.key_values(section.pairs)
    if section.rows:
        pdf.table(section.header, section.rows, widths=section.widths)
    if section.bullets:
        pdf.bullets(section.bullets)
    for note in section.notes:
        pdf.paragraph(note, bold=True)
    for line in section.code:
        pdf.paragraph(line)
    for text in section.closing:
        pdf.paragraph(text)
