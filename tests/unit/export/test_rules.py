"""The rules document: every required section in both languages, the same text in the HTML
and the PDF, nothing fetched, user text escaped, and a hash that follows the rules."""

from __future__ import annotations

import hashlib
import html as html_module
import re
from typing import Any

import pytest

from quizbuilder.domain.rules import RulesError
from quizbuilder.domain.validation import parse_document
from quizbuilder.export.rules import (
    Bullets,
    Paragraph,
    Subheading,
    Table,
    parse_rules_html,
    render_rules_html,
    rules_document,
    rules_hash,
    rules_pdf,
    rules_text,
)
from tests.helpers.contests import contest_data, contest_document
from tests.helpers.documents import document
from tests.helpers.pdf_text import all_text, page_texts

NBSP = "\u00a0"
NNBSP = "\u202f"

# Written from the brief, not read from the module: renaming a section must fail here.
FRENCH_SECTIONS = [
    "organiser",
    "dates",
    "eligibility",
    "entry",
    "free-entry",
    "prizes",
    "draw",
    "notification",
    "alternates",
    "publicity",
    "fraud",
    "reimbursement",
    "privacy",
    "platforms",
    "law",
    "deposit",
]
ENGLISH_SECTIONS = [
    "no-purchase",
    "organiser",
    "eligibility",
    "dates",
    "entry",
    "free-entry",
    "prizes",
    "odds",
    "draw",
    "notification",
    "alternates",
    "publicity",
    "releases",
    "fraud",
    "privacy",
    "platforms",
    "law",
]


def flat(text: str) -> str:
    """Layout whitespace and line wrapping do not count; no-break spaces do."""
    return re.sub(r"[ \t\r\n\f\v]+", " ", text).strip()


def section_text(html: str, section_id: str) -> str:
    """The visible text of one section of rendered rules, tags removed."""
    match = re.search(rf'<section id="{section_id}">(.*?)</section>', html, re.S)
    assert match is not None, f"no section {section_id}"
    return flat(html_module.unescape(re.sub(r"<[^>]+>", " ", match.group(1))))


def rendered(change: dict[str, Any] | None = None, language: str = "fr") -> str:
    data = contest_data()
    for key, value in (change or {}).items():
        target: Any = data
        *path, last = key.split(".")
        for part in path:
            target = target[part]
        target[last] = value
    return render_rules_html(parse_document(data), language)


@pytest.mark.parametrize(
    ("language", "expected"), [("fr", FRENCH_SECTIONS), ("en", ENGLISH_SECTIONS)]
)
def test_every_required_section_is_there_in_order(language: str, expected: list[str]) -> None:
    html = render_rules_html(contest_document(), language)
    assert re.findall(r'<section id="([^"]+)">', html) == expected
    assert f'<html lang="{language}">' in html


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_page_is_self_contained(language: str) -> None:
    html = render_rules_html(contest_document(), language)
    assert html.lstrip().startswith("<!DOCTYPE html>")
    assert "<style>" in html
    for outside in ("http://", "https://", "<link", "<script", "src=", "@import", "url("):
        assert outside not in html


def test_user_text_is_escaped() -> None:
    html = rendered({"contest.organiser.name": '<script>alert("x")</script> & Cie'})
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; Cie" in html


def test_french_rules_carry_the_facts_and_mandatory_clauses() -> None:
    html = render_rules_html(contest_document(), "fr")
    organiser = section_text(html, "organiser")
    for fact in ("Soleil & Fils", "SARL", "RCS Nantes 123 456 789", "3 quai de la Fosse"):
        assert fact in organiser
    assert "jeu gratuit sans obligation d'achat" in organiser
    assert "1er juillet 2026 à 10 h 00" in section_text(html, "dates")
    assert "31 août 2026 à 18 h 30" in section_text(html, "dates")
    eligibility = section_text(html, "eligibility")
    assert "au moins 18 ans" in eligibility
    assert "France et Belgique" in eligibility
    assert "membres du personnel" in eligibility  # excluded_emails is set
    prizes = section_text(html, "prizes")
    assert f"1{NNBSP}264,50{NBSP}€ TTC" in prizes
    bike = "1 × Vélo électrique (Cadre aluminium, 25 km/h), d'une valeur unitaire de"
    assert f"{bike} 1{NNBSP}234,50{NBSP}€" in prizes
    draw = section_text(html, "draw")
    assert "3 gagnants et 2 suppléants" in draw
    assert "quizbuilder-draw-v1" in draw
    assert "engagement" in draw
    assert "certificat" in draw
    assert "20 jours" in section_text(html, "notification")
    assert "remboursement des frais de connexion" in section_text(html, "reimbursement")
    privacy = section_text(html, "privacy")
    assert "180 jours" in privacy
    assert "jeu@soleil.example" in privacy
    assert "RGPD" in privacy
    assert "droit français" in section_text(html, "law")


def test_french_spacing_keeps_colons_and_guillemets_with_their_words() -> None:
    html = render_rules_html(contest_document(), "fr")
    body = html.split("<body>", 1)[1]
    assert "« Grand jeu" not in body
    assert f"«{NBSP}Grand jeu de l&#39;été{NBSP}»" in body
    assert re.search(r"\w :", body) is None


def test_english_rules_are_us_style_official_rules() -> None:
    html = render_rules_html(contest_document(), "en")
    notice = section_text(html, "no-purchase")
    assert "NO PURCHASE NECESSARY TO ENTER OR WIN" in notice
    assert "VOID WHERE PROHIBITED" in notice
    assert "legal residents of France and Belgium" in section_text(html, "eligibility")
    assert "at least 18 years old" in section_text(html, "eligibility")
    prizes = section_text(html, "prizes")
    assert f"Approximate retail value (ARV): EUR{NBSP}1,234.50 each" in prizes
    assert f"Total ARV of all prizes: EUR{NBSP}1,264.50" in prizes
    assert "Odds of winning depend on the number of eligible entries received" in (
        section_text(html, "odds")
    )
    assert "July 1, 2026 at 10:00 a.m. CEST" in section_text(html, "dates")
    assert "releases the Sponsor" in section_text(html, "releases")


def test_english_rules_print_a_company_number_only_when_there_is_one() -> None:
    assert "registration RCS Nantes 123 456 789" in section_text(
        rendered(language="en"), "organiser"
    )
    without = section_text(rendered({"contest.organiser.registration": ""}, "en"), "organiser")
    assert "registration" not in without
    assert "Soleil & Fils, SARL, 3 quai de la Fosse" in without


def test_the_alternate_method_of_entry_is_printed_when_given() -> None:
    method = "Send a postcard with your name to Soleil & Fils, 3 quai de la Fosse, Nantes."
    html = rendered(
        {"contest.rules.free_entry_method": method, "intro": "Buy a bottle to enter."}, "en"
    )
    free = section_text(html, "free-entry")
    assert "To enter without making a purchase" in free
    assert method in free
    assert "free of charge" in section_text(rendered(language="en"), "free-entry")


@pytest.mark.parametrize(
    ("language", "named", "generic"),
    [
        ("fr", "ni géré par Instagram ou Facebook", "notamment Facebook ou Instagram"),
        ("en", "associated with, Instagram or Facebook", "including Facebook and Instagram"),
    ],
)
def test_the_platform_statement_names_the_platforms(
    language: str, named: str, generic: str
) -> None:
    with_platforms = rendered({"contest.rules.platforms": ["Instagram", "Facebook"]}, language)
    assert named in section_text(with_platforms, "platforms")
    without = rendered(language=language)
    assert generic in section_text(without, "platforms")


def test_the_deposit_with_a_commissaire_de_justice_is_optional() -> None:
    assert "commissaire de justice" not in section_text(rendered(), "deposit")
    html = rendered({"contest.rules.bailiff": "Maître Anne Martin, Nantes"})
    deposit = section_text(html, "deposit").replace(NBSP, " ")
    assert "commissaire de justice suivant : Maître Anne Martin, Nantes" in deposit


@pytest.mark.parametrize(
    ("language", "published", "private"),
    [
        ("fr", "l'initiale de leur nom", "Le nom des gagnants n'est pas publié"),
        ("en", "first name, last initial", "Winners' names will not be published"),
    ],
)
def test_winner_names_are_published_only_when_chosen(
    language: str, published: str, private: str
) -> None:
    yes = section_text(
        rendered({"contest.rules.publish_winner_names": True}, language), "publicity"
    )
    no = section_text(rendered(language=language), "publicity")
    assert published in yes and private not in yes
    assert private in no and published not in no


def test_no_alternates_says_unclaimed_prizes_stay() -> None:
    text = section_text(rendered({"contest.alternates": 0}), "alternates")
    assert "Aucun suppléant" in text


def test_bonus_entries_are_listed_with_their_chances() -> None:
    data = contest_data()
    data["contest"]["bonus_entries"] = [
        {
            "condition": {"type": "answer", "question_id": "saison", "option_id": "ete"},
            "extra": 2,
        }
    ]
    html = render_rules_html(parse_document(data), "fr")
    entry = section_text(html, "entry").replace(NBSP, " ")
    expected = "choisir la réponse « L'été » à la question « Votre saison préférée ? » : 2 chances"
    assert f"{expected} supplémentaires" in entry


# --- hash ------------------------------------------------------------------------------------


def test_the_hash_is_the_sha256_of_the_canonical_text() -> None:
    doc = contest_document()
    text = rules_text(doc, "fr")
    assert rules_hash(doc, "fr") == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert re.fullmatch(r"[0-9a-f]{64}", rules_hash(doc, "fr"))
    assert text.startswith("quizbuilder-rules-v1\nlanguage: fr\n")
    # The text is the rules as printed, section by section.
    assert "## [prizes] Article 6 – Dotations" in text
    assert "- 2 × Gourde isotherme" in text


def test_the_hash_is_stable_and_printed_in_the_footer() -> None:
    first = rules_hash(contest_document(), "fr")
    assert rules_hash(contest_document(), "fr") == first
    html = render_rules_html(contest_document(), "fr")
    assert f"<code>{first}</code>" in html.split("<footer>", 1)[1]


HASHED_CHANGES: list[tuple[str, Any]] = [
    ("contest.prizes.0.value", 1300),
    ("contest.organiser.address", "4 quai de la Fosse, 44000 Nantes"),
    ("contest.rules.claim_days", 21),
    ("contest.rules.governing_law", "droit belge"),
    ("contest.ends_at", "2026-09-01T18:30:00+02:00"),
    ("contest.eligibility.excluded_emails", ["@soleil.example", "@autre.example"]),
    ("contest.entry_item", "5eed0000000000000000000000000002"),
    ("settings.retention_days", 365),
    ("intro", "Une autre présentation."),
]


def _changed(key: str, value: Any) -> dict[str, Any]:
    data = contest_data()
    target: Any = data
    *path, last = key.split(".")
    for part in path:
        target = target[int(part)] if part.isdigit() else target.setdefault(part, {})
    target[int(last) if last.isdigit() else last] = value
    return data


@pytest.mark.parametrize(("key", "value"), HASHED_CHANGES, ids=[c[0] for c in HASHED_CHANGES])
def test_the_hash_changes_with_any_rules_field(key: str, value: Any) -> None:
    before = rules_hash(contest_document(), "fr")
    assert rules_hash(parse_document(_changed(key, value)), "fr") != before


@pytest.mark.parametrize(
    ("key", "value"),
    [("theme.primary_color", "#123456"), ("campaign", "été 2026"), ("tags", ["jeu"])],
)
def test_the_hash_ignores_what_the_rules_do_not_depend_on(key: str, value: Any) -> None:
    before = rules_hash(contest_document(), "fr")
    assert rules_hash(parse_document(_changed(key, value)), "fr") == before


def test_each_language_has_its_own_hash() -> None:
    assert rules_hash(contest_document(), "fr") != rules_hash(contest_document(), "en")


# --- PDF ---------------------------------------------------------------------------------------


def pdf_body_text(data: bytes) -> str:
    """The PDF's text without the page footers, no-break spaces drawn as spaces (as fpdf2
    draws them), so that a paragraph running onto the next page reads whole."""
    pages = [page.splitlines()[:-2] for page in page_texts(data)]  # footer: title, number
    text = " ".join(" ".join(lines) for lines in pages)
    return flat(text.replace(NBSP, " ").replace(NNBSP, " "))


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_pdf_has_the_same_sections_and_text_as_the_html(language: str) -> None:
    doc = contest_document()
    data = rules_pdf(doc, language)
    assert data.startswith(b"%PDF-")
    document_ = rules_document(doc, language)
    assert [s.id for s in document_.sections] == (
        FRENCH_SECTIONS if language == "fr" else ENGLISH_SECTIONS
    )
    expected = [document_.title, document_.subtitle]
    for section in document_.sections:
        expected.append(section.title)
        for block in section.blocks:
            if isinstance(block, Paragraph | Subheading):
                expected.append(block.text)
            elif isinstance(block, Bullets):
                expected.extend(f"• {item}" for item in block.items)
    expected.append(rules_hash(doc, language))
    text = pdf_body_text(data)
    position = 0
    for piece in expected:  # every piece, in the HTML's order
        piece = flat(piece.replace(NBSP, " ").replace(NNBSP, " "))
        found = text.find(piece, position)
        assert found >= 0, f"not in the PDF after position {position}: {piece}"
        position = found + len(piece)


def test_the_pdf_is_described_as_rules_in_its_language() -> None:
    data = rules_pdf(contest_document(), "en")
    assert b"/Lang (en)" in data
    assert "Page 1 of" in all_text(data)


# --- refusals and the reader ---------------------------------------------------------------


@pytest.mark.parametrize("make", [render_rules_html, rules_pdf, rules_hash])
def test_unsupported_language_and_non_contests_are_refused(make: Any) -> None:
    with pytest.raises(RulesError, match="not 'es'"):
        make(contest_document(), "es")
    with pytest.raises(RulesError, match="only a contest"):
        make(document("poll"), "fr")


def test_the_reader_keeps_blocks_breaks_and_tables() -> None:
    html = """<html><head><title>x</title><style>p { a: b }</style></head><body>
    <header><h1>Règles</h1><p class="subtitle">sous-titre</p></header>
    <section id="one"><h2>Un</h2>
      <p class="notice">IMPORTANT   text</p>
      <p>ligne 1<br>ligne <strong>2</strong></p>
      <h3>Détail</h3>
      <ul><li>a</li><li>b &amp; c</li></ul>
      <table><thead><tr><th>Lot</th><th>Valeur</th></tr></thead>
      <tbody><tr><td>Vélo</td><td>10 €</td></tr></tbody></table>
    </section>
    <footer><p>pied</p></footer></body></html>"""
    parsed = parse_rules_html(html, "fr")
    assert parsed.title == "Règles"
    assert parsed.subtitle == "sous-titre"
    assert parsed.footer == ("pied",)
    (section,) = parsed.sections
    assert section.id == "one" and section.title == "Un"
    assert section.blocks == (
        Paragraph("IMPORTANT text", bold=True),
        Paragraph("ligne 1\nligne 2"),
        Subheading("Détail"),
        Bullets(("a", "b & c")),
        Table(("Lot", "Valeur"), (("Vélo", "10 €"),)),
    )


def test_a_section_without_a_title_is_a_template_bug() -> None:
    with pytest.raises(ValueError, match="no id or no title"):
        parse_rules_html('<section id="x"><p>texte</p></section>', "fr")
