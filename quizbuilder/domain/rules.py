"""Official contest rules: what they need, what is missing or risky, and their facts.

``rules_problems`` lists what stands between a contest and rules that can be published:
errors (a required mention is missing; publishing is blocked) and warnings (something a
platform forbids or a court would frown upon; a person decides). ``rules_context``
gathers, formatted for the rules' language, every fact the templates print. Both read
only the document: no clock, no file, so the same document gives the same rules.

Where a mention is required, and why:

- French rules (``fr``): the organiser is identified by its name, legal form, RCS (or
  RNA) number and address (Code de commerce, Code de la consommation L121-20 on
  lotteries), the dates, the prizes with their value, how winners are chosen and told,
  the applicable law, and the GDPR information (controller, contact, retention period).
- English rules (``en``, US-style "official rules"): the sponsor, who may enter (age and
  territory), the entry period, the prizes' approximate retail value and the odds, and
  an alternate method of entry when entering otherwise involves a purchase.

Purchase-like entry (our rule, documented in docs/contest-rules.md): an entry counts as
purchase-like when the texts that say how to enter (title, intro, questions and their
options, the lead form's title, intro and field labels, the variants' titles and intros)
speak of buying, a receipt, an order number, a product code or an invoice, once phrases
that deny it ("sans obligation d'achat", "no purchase necessary") are taken out. US law
makes a sweepstakes that requires consideration an illegal lottery, so English rules
then need ``rules.free_entry_method`` (an error); French rules state "jeu gratuit sans
obligation d'achat", so there it is a warning that the text contradicts the rules.

Platform rules: Facebook and Instagram forbid running a promotion through personal
timelines and friend connections ("share to enter", "tag a friend to enter"), and
require each entrant to release the platform, and the rules to say the platform neither
sponsors nor runs the promotion. The templates always print that statement; the checks
warn on texts that ask for shares or tags of friends, and on platforms the texts name
that ``rules.platforms`` does not.

Each problem's English ``message`` comes with a stable ``key`` (one of ``PROBLEM_KEYS``)
and the ``args`` (strings) it was made from, so that the interface can say it in its own
language.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal
from zoneinfo import ZoneInfo

from quizbuilder.domain.content import (
    Contest,
    EntryCondition,
    ItemDocument,
    LeadFieldType,
    Prize,
)
from quizbuilder.domain.draw import ALGORITHM
from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.domain.text import fold

LANGUAGES = ("fr", "en")
MIN_CLAIM_DAYS = 7  # fewer days to claim a prize than a holiday lasts is unfair to winners

Severity = Literal["error", "warning"]

# Every key a problem can have (the interface translates the messages by it).
PROBLEM_KEYS = (
    "not_a_contest",
    "organiser_name",
    "organiser_legal_form",
    "organiser_registration",
    "registration_format",
    "organiser_address",
    "organiser_email",
    "email_format",
    "starts_at",
    "ends_at",
    "min_age",
    "min_age_under_18",
    "age_not_checkable",
    "no_countries",
    "no_staff_excluded",
    "no_prize",
    "prize_name",
    "prize_value",
    "too_few_prizes",
    "too_many_prizes",
    "claim_days",
    "governing_law",
    "retention",
    "free_entry_method",
    "purchase_text",
    "share_to_enter",
    "platform_not_listed",
)


class RulesError(QuizbuilderError):
    """Rules asked for something that has none, or in a language we do not write."""


@dataclass(frozen=True)
class RuleProblem:
    """One thing the rules lack or risk; ``field`` is the dotted path of what to change."""

    severity: Severity
    field: str
    message: str
    key: str = ""
    args: Mapping[str, str] = dataclasses.field(default_factory=dict, compare=False, hash=False)

    def __str__(self) -> str:
        return f"{self.severity}: {self.field}: {self.message}"


# --- what the rules need ------------------------------------------------------------------


def rules_problems(doc: ItemDocument, language: str) -> list[RuleProblem]:
    """Every problem of ``doc``'s rules in ``language``, errors first, in field order."""
    _check_language(language)
    contest = doc.contest
    if contest is None:
        return [
            _error(
                "contest",
                "not_a_contest",
                "only a contest has official rules; set its contest settings",
            )
        ]
    found = [
        *_organiser_problems(contest, language),
        *_date_problems(contest),
        *_eligibility_problems(doc, contest, language),
        *_prize_problems(contest),
        *_rules_info_problems(doc, contest, language),
        *_platform_problems(doc, contest),
    ]
    return sorted(found, key=lambda p: p.severity != "error")


def has_errors(problems: Sequence[RuleProblem]) -> bool:
    return any(p.severity == "error" for p in problems)


def _error(path: str, key: str, message: str, **args: str) -> RuleProblem:
    return RuleProblem("error", path, message, key, args)


def _warning(path: str, key: str, message: str, **args: str) -> RuleProblem:
    return RuleProblem("warning", path, message, key, args)


def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise RulesError(f"rules are written in French (fr) or English (en), not '{language}'")


_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_SIREN = re.compile(r"(?<!\d)\d{3} ?\d{3} ?\d{3}(?!\d)")
_RNA = re.compile(r"\bW\d{9}\b")


def _organiser_problems(contest: Contest, language: str) -> Iterator[RuleProblem]:
    organiser = contest.organiser
    where = "contest.organiser"
    if not organiser.name.strip():
        yield _error(
            f"{where}.name",
            "organiser_name",
            "the rules must name the organiser (its company name)",
        )
    if not organiser.legal_form.strip():
        yield _error(
            f"{where}.legal_form",
            "organiser_legal_form",
            "the rules must give the organiser's legal form (SAS, SARL...)",
        )
    registration = organiser.registration.strip()
    if language == "fr" and not registration:
        yield _error(
            f"{where}.registration",
            "organiser_registration",
            "French rules must give the organiser's RCS number (or RNA for an association)",
        )
    elif language == "fr" and not (_SIREN.search(registration) or _RNA.search(registration)):
        yield _warning(
            f"{where}.registration",
            "registration_format",
            f"'{registration}' does not look like an RCS number (RCS city and 9-digit SIREN)"
            " or an RNA number (W and 9 digits)",
            registration=registration,
        )
    if not organiser.address.strip():
        yield _error(
            f"{where}.address",
            "organiser_address",
            "the rules must give the organiser's postal address",
        )
    email = organiser.email.strip()
    if not email:
        yield _error(
            f"{where}.email",
            "organiser_email",
            "the rules need a contact e-mail address: entrants write there about the contest "
            "and about their personal data",
        )
    elif not _EMAIL.match(email):
        yield _error(
            f"{where}.email", "email_format", f"'{email}' is not an e-mail address", email=email
        )


def _date_problems(contest: Contest) -> Iterator[RuleProblem]:
    if contest.starts_at is None:
        yield _error("contest.starts_at", "starts_at", "the rules must say when the contest opens")
    if contest.ends_at is None:
        yield _error("contest.ends_at", "ends_at", "the rules must say when the contest closes")


def _eligibility_problems(
    doc: ItemDocument, contest: Contest, language: str
) -> Iterator[RuleProblem]:
    eligibility = contest.eligibility
    where = "contest.eligibility"
    if eligibility.min_age is None:
        if language == "en":
            yield _error(
                f"{where}.min_age",
                "min_age",
                "English rules must say how old entrants must be (usually 18, or the age of "
                "majority where they live)",
            )
    else:
        if language == "en" and eligibility.min_age < 18:
            yield _warning(
                f"{where}.min_age",
                "min_age_under_18",
                "entrants under 18 need a parent's consent, and children under 13 bring in "
                "COPPA: have a lawyer review the rules",
            )
        asks_birth_date = any(f.type == LeadFieldType.BIRTH_DATE for f in doc.lead_form.fields)
        if not asks_birth_date and not eligibility.age_confirmation:
            yield _warning(
                f"{where}.min_age",
                "age_not_checkable",
                f"the rules say entrants must be {eligibility.min_age} or older, but the form "
                "asks no birth date and no age confirmation: the age cannot be checked",
                min_age=str(eligibility.min_age),
            )
    if not eligibility.countries:
        yield _warning(
            f"{where}.countries",
            "no_countries",
            "the rules will say that anyone in any country may enter: contest law differs "
            "from country to country, so list the countries where it is open",
        )
    if not eligibility.excluded_emails:
        yield _warning(
            f"{where}.excluded_emails",
            "no_staff_excluded",
            "nobody is excluded: the organiser's staff and their families could win; list "
            "their addresses or '@domain' to exclude them",
        )


def _prize_problems(contest: Contest) -> Iterator[RuleProblem]:
    if not contest.prizes:
        yield _error("contest.prizes", "no_prize", "the rules must describe at least one prize")
        return
    for n, prize in enumerate(contest.prizes):
        where = f"contest.prizes[{n}]"
        if not prize.name.strip():
            yield _error(f"{where}.name", "prize_name", "each prize needs a name")
        if prize.value <= 0:
            yield _error(
                f"{where}.value",
                "prize_value",
                f"give the value of '{prize.name or prize.id}': the rules must state each "
                "prize's value (its approximate retail value in English rules)",
                prize=prize.name or prize.id,
            )
    awarded = sum(p.quantity for p in contest.prizes)
    if awarded < contest.winners:
        yield _error(
            "contest.winners",
            "too_few_prizes",
            f"{contest.winners} winners are drawn but there are only {awarded} prizes",
            winners=str(contest.winners),
            prizes=str(awarded),
        )
    elif awarded > contest.winners:
        yield _warning(
            "contest.winners",
            "too_many_prizes",
            f"there are {awarded} prizes for {contest.winners} winners: some prizes would not "
            "be awarded",
            winners=str(contest.winners),
            prizes=str(awarded),
        )


def _rules_info_problems(
    doc: ItemDocument, contest: Contest, language: str
) -> Iterator[RuleProblem]:
    info = contest.rules
    if info.claim_days < MIN_CLAIM_DAYS:
        yield _warning(
            "contest.rules.claim_days",
            "claim_days",
            f"winners have only {info.claim_days} days to claim their prize; give them at "
            f"least {MIN_CLAIM_DAYS}",
            days=str(info.claim_days),
            least=str(MIN_CLAIM_DAYS),
        )
    if not info.governing_law.strip():
        yield _error(
            "contest.rules.governing_law",
            "governing_law",
            "the rules must name the law that governs them (e.g. 'droit français', "
            "'the laws of the State of New York')",
        )
    if doc.settings.retention_days is None:
        yield _error(
            "settings.retention_days",
            "retention",
            "the rules must say how long entrants' personal data is kept (GDPR): set a "
            "retention period",
        )
    purchase = purchase_field(doc)
    if purchase is not None and not info.free_entry_method.strip():
        if language == "en":
            yield _error(
                "contest.rules.free_entry_method",
                "free_entry_method",
                f"entering seems to need a purchase ({purchase}): English rules must offer "
                "a free alternate method of entry",
                field=purchase,
            )
        else:
            yield _warning(
                purchase,
                "purchase_text",
                "this text speaks of a purchase, but the rules say « jeu gratuit sans "
                "obligation d'achat »: describe the free way to take part in "
                "contest.rules.free_entry_method, or remove the purchase",
            )


# --- texts: share-to-enter, platforms, purchases -------------------------------------------


def item_texts(doc: ItemDocument) -> Iterator[tuple[str, str]]:
    """(field path, text) of every text of the item that entrants or the rules show."""
    yield "title", doc.title
    yield "intro", doc.intro
    yield from _entry_texts(doc)
    for n, outcome in enumerate(doc.outcomes):
        yield f"outcomes[{n}].title", outcome.title
        yield f"outcomes[{n}].text", outcome.text
    for n, band in enumerate(doc.scoring.bands):
        yield f"scoring.bands[{n}].title", band.title
        yield f"scoring.bands[{n}].text", band.text
    for n, consent in enumerate(doc.lead_form.consents):
        yield f"lead_form.consents[{n}].text", consent.text
    for key, text in sorted(doc.strings.items()):
        yield f"strings.{key}", text
    contest = doc.contest
    if contest is not None:
        for n, prize in enumerate(contest.prizes):
            yield f"contest.prizes[{n}].name", prize.name
            yield f"contest.prizes[{n}].description", prize.description
        for n, bonus in enumerate(contest.bonus_entries):
            yield f"contest.bonus_entries[{n}].label", bonus.label
        yield "contest.rules.free_entry_method", contest.rules.free_entry_method


def _entry_texts(doc: ItemDocument) -> Iterator[tuple[str, str]]:
    """The texts that say what to do to take part (where a purchase would be asked)."""
    for n, question in enumerate(doc.questions):
        yield f"questions[{n}].text", question.text
        yield f"questions[{n}].description", question.description
        for m, option in enumerate(question.options):
            yield f"questions[{n}].options[{m}].label", option.label
    yield "lead_form.title", doc.lead_form.title
    yield "lead_form.intro", doc.lead_form.intro
    for n, field in enumerate(doc.lead_form.fields):
        yield f"lead_form.fields[{n}].label", field.label
    for n, variant in enumerate(doc.variants):
        yield f"variants[{n}].title", variant.title or ""
        yield f"variants[{n}].intro", variant.intro or ""


_GAP = r"(?: \w+){0,3}"  # up to three words between a verb and its object, in folded text
_FRIENDS_FR = r"(?:amis?|amies?|proches?|copains?|copines?|potes?)"
_FRIENDS_EN = r"(?:friends?|buddy|buddies|bff|someone)"
SHARE_OR_TAG = tuple(
    re.compile(pattern)
    for pattern in (
        # French: share the post, on one's wall, tag or invite friends.
        r"\b(?:re)?partag(?:e|ez|er)\b",
        r"\bsur (?:ton|votre|vos|tes|son|leur|leurs) (?:mur|murs|journal|fil d actualite|profil)\b",
        rf"\b(?:identifi|tagu|tagg|mentionn|invit|nomm)\w*{_GAP} {_FRIENDS_FR}\b",
        # English: share to enter, on your timeline, tag a friend.
        r"\b(?:share|reshare|repost|retweet|regram)(?:s|d)?\b(?: \w+){0,4} (?:to|for) "
        r"(?:enter|win|participate|entry|entries|extra|bonus|more|a chance|chances)\b",
        r"\b(?:share|post|repost)\w*(?: \w+){0,3} (?:on|to) (?:your|their|a friend s|friends) "
        r"(?:timeline|wall|feed|story|stories|profile)\b",
        r"\bshare(?: \w+){0,2} (?:this|the|our) (?:post|photo|video|page|contest|giveaway)\b",
        rf"\b(?:tag|tags|tagging|mention|invite|nominate)\b{_GAP} {_FRIENDS_EN}\b",
    )
)

# The word that names a platform in folded text -> its name, and the words that, in
# rules.platforms, count as naming it.
PLATFORMS: dict[str, tuple[str, frozenset[str]]] = {
    "facebook": ("Facebook", frozenset({"facebook", "meta"})),
    "instagram": ("Instagram", frozenset({"instagram", "meta"})),
    "tiktok": ("TikTok", frozenset({"tiktok"})),
    "twitter": ("X (Twitter)", frozenset({"twitter", "x"})),
    "linkedin": ("LinkedIn", frozenset({"linkedin"})),
    "youtube": ("YouTube", frozenset({"youtube"})),
    "snapchat": ("Snapchat", frozenset({"snapchat"})),
    "pinterest": ("Pinterest", frozenset({"pinterest"})),
}
_PLATFORM_WORD = re.compile(r"\b(" + "|".join(PLATFORMS) + r")\b")

_DENIED_PURCHASE = re.compile(
    r"\b(?:sans|aucune?|pas d|ni) (?:obligation d )?achat\b"
    r"|\bno purchase\b|\bwithout (?:a |any )?purchase\b|\bpurchase (?:is )?not\b"
)
_PURCHASE = re.compile(
    r"\b(?:achats?|acheter|achetez|achete|achetes|achetee|ticket de caisse|tickets de caisse"
    r"|code produit|numero de commande|factures?"
    r"|purchases?|purchased|purchasing|buy|buys|buying|bought|receipts?|order number"
    r"|product code|invoice)\b"
)


def purchase_field(doc: ItemDocument) -> str | None:
    """The first entry text that asks for a purchase (see the module's docstring), if any."""
    texts = [("title", doc.title), ("intro", doc.intro), *_entry_texts(doc)]
    for field, text in texts:
        if _PURCHASE.search(_DENIED_PURCHASE.sub(" ", fold(text))):
            return field
    return None


def _platform_problems(doc: ItemDocument, contest: Contest) -> Iterator[RuleProblem]:
    listed = {word for name in contest.rules.platforms for word in fold(name).split()}
    mentioned: dict[str, str] = {}
    for field, text in item_texts(doc):
        folded = fold(text)
        for pattern in SHARE_OR_TAG:
            match = pattern.search(folded)
            if match:
                yield _warning(
                    field,
                    "share_to_enter",
                    f"'{match.group(0)}': Facebook and Instagram forbid asking people to share "
                    "a post or tag friends to enter or to win extra chances; ask for a comment "
                    "or an answer instead",
                    words=match.group(0),
                )
                break
        for word in _PLATFORM_WORD.findall(folded):
            mentioned.setdefault(word, field)
    for word, field in mentioned.items():
        name, aliases = PLATFORMS[word]
        if not aliases & listed:
            yield _warning(
                "contest.rules.platforms",
                "platform_not_listed",
                f"{field} mentions {name}: add it to the platforms so that the rules say it "
                "neither sponsors nor runs the contest and that entrants release it",
                field=field,
                platform=name,
            )


# --- what the templates print ------------------------------------------------------------


def rules_context(doc: ItemDocument, language: str) -> dict[str, Any]:
    """Every fact the rules templates print, formatted for ``language``.

    Missing required values come as a visible placeholder ("[à compléter : ...]"), so
    that a draft's rules can be previewed; ``rules_problems`` says what to fill in.
    """
    _check_language(language)
    contest = doc.contest
    if contest is None:
        raise RulesError("only a contest has official rules")
    words = _WORDS[language]
    organiser = contest.organiser
    eligibility = contest.eligibility
    prizes = [_prize_context(prize, language) for prize in contest.prizes]
    retention = doc.settings.retention_days
    min_seconds = contest.fraud_checks.min_seconds_per_question
    return {
        "language": language,
        "title": doc.title or words["untitled"],
        "intro": doc.intro,
        "organiser": {
            "name": _or_missing(organiser.name, words["name"], language),
            "legal_form": _or_missing(organiser.legal_form, words["legal_form"], language),
            # Only French rules require it; English ones print it when there is one.
            "registration": (
                _or_missing(organiser.registration, words["registration"], language)
                if language == "fr"
                else organiser.registration.strip()
            ),
            "address": _or_missing(organiser.address, words["address"], language),
            "email": _or_missing(organiser.email, words["email"], language),
        },
        "starts": _moment(contest, contest.starts_at, language, words["start"]),
        "ends": _moment(contest, contest.ends_at, language, words["end"]),
        "timezone": contest.timezone,
        "min_age": eligibility.min_age,
        "age_confirmation": eligibility.age_confirmation,
        "countries": [country_name(code, language) for code in eligibility.countries],
        "countries_text": join_words(
            [country_name(code, language) for code in eligibility.countries], language
        ),
        "staff_excluded": bool(eligibility.excluded_emails),
        "one_entry_per_person": eligibility.one_entry_per_person,
        "entry_item": contest.entry_item is not None,
        "entry_condition": _condition_context(doc, contest.entry_condition, language),
        "bonus_entries": [
            {
                "label": bonus.label,
                "extra": bonus.extra,
                "condition": _condition_context(doc, bonus.condition, language),
            }
            for bonus in contest.bonus_entries
        ],
        "prizes": prizes,
        "prize_count": sum(p.quantity for p in contest.prizes),
        "prize_total": _total(contest.prizes, language),
        "winners": contest.winners,
        "alternates": contest.alternates,
        "odds": odds_statement(doc, language),
        "algorithm": ALGORITHM,
        "claim_days": contest.rules.claim_days,
        "publish_winner_names": contest.rules.publish_winner_names,
        "platforms": list(contest.rules.platforms),
        "platforms_text": join_words(list(contest.rules.platforms), language),
        "platforms_or": join_words(list(contest.rules.platforms), language, "or"),
        "governing_law": _or_missing(contest.rules.governing_law, words["law"], language),
        "bailiff": contest.rules.bailiff.strip(),
        "free_entry_method": contest.rules.free_entry_method.strip(),
        "purchase_like": purchase_field(doc) is not None,
        "retention_days": _or_missing(
            _number(retention, language) if retention else "", words["retention"], language
        ),
        "fraud": {
            "disposable_emails": contest.fraud_checks.flag_disposable_emails,
            "max_entries_per_device": contest.fraud_checks.max_entries_per_device,
            "min_seconds_per_question": min_seconds,
            "min_seconds_text": _decimal(min_seconds, language) if min_seconds else "",
        },
    }


_WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "missing": "[à compléter : {what}]",
        "untitled": "Jeu-concours",
        "name": "dénomination de l'organisateur",
        "legal_form": "forme juridique",
        "registration": "numéro RCS",
        "address": "adresse de l'organisateur",
        "email": "adresse e-mail de contact",
        "start": "date d'ouverture",
        "end": "date de clôture",
        "law": "loi applicable",
        "retention": "durée de conservation en jours",
        "and": "et",
        "or": "ou",
    },
    "en": {
        "missing": "[to be completed: {what}]",
        "untitled": "Contest",
        "name": "sponsor's name",
        "legal_form": "legal form",
        "registration": "company number",
        "address": "sponsor's address",
        "email": "contact e-mail address",
        "start": "start date",
        "end": "end date",
        "law": "governing law",
        "retention": "retention period in days",
        "and": "and",
        "or": "or",
    },
}


def _or_missing(value: str, what: str, language: str) -> str:
    return value.strip() or _WORDS[language]["missing"].format(what=what)


def _condition_context(
    doc: ItemDocument, condition: EntryCondition, language: str
) -> dict[str, Any]:
    """The condition with the texts it points at (question, option, consent)."""
    question = doc.question(condition.question_id) if condition.question_id else None
    option = (
        next((o for o in question.options if o.id == condition.option_id), None)
        if question
        else None
    )
    consent = next((c for c in doc.lead_form.consents if c.id == condition.consent_id), None)
    return {
        "type": condition.type.value,
        "min_score_percent": (
            _decimal(condition.min_score_percent, language)
            if condition.min_score_percent is not None
            else ""
        ),
        "question": question.text if question else "",
        "option": (option.label or option.id) if option else "",
        "consent": consent.text.strip().rstrip(".") if consent else "",
    }


def _prize_context(prize: Prize, language: str) -> dict[str, Any]:
    return {
        "name": prize.name,
        "description": prize.description,
        "quantity": prize.quantity,
        "value": format_money(prize.value, prize.currency, language),
        "total": format_money(prize.value * prize.quantity, prize.currency, language),
    }


def _total(prizes: Sequence[Prize], language: str) -> str:
    """The prizes' total value; one amount per currency if they are in several."""
    by_currency: dict[str, float] = {}
    for prize in prizes:
        by_currency[prize.currency] = by_currency.get(prize.currency, 0.0) + (
            prize.value * prize.quantity
        )
    return " + ".join(format_money(v, c, language) for c, v in by_currency.items())


def odds_statement(doc: ItemDocument, language: str) -> str:
    """What decides the odds of winning, as rules state it (not a number: entries vary)."""
    _check_language(language)
    contest = doc.contest
    if contest is None:
        raise RulesError("only a contest has official rules")
    winners = contest.winners
    bonus = contest.bonus_entries
    if language == "fr":
        text = (
            "Les chances de gagner dépendent du nombre de participations valides reçues : "
            f"{_number(winners, language)} gagnant{'s' if winners > 1 else ''} "
            f"{'seront tirés' if winners > 1 else 'sera tiré'} au sort parmi elles."
        )
        if bonus:
            text += (
                " Une participation qui remplit une condition de bonus compte pour plusieurs "
                "chances, comme indiqué ci-dessus ; une personne ne peut gagner qu'une fois."
            )
        return text
    text = (
        "Odds of winning depend on the number of eligible entries received. "
        f"{_number(winners, language)} winner{'s' if winners > 1 else ''} will be selected "
        "by random drawing from all eligible entries."
    )
    if bonus:
        text += (
            " An entry that meets a bonus condition described above counts as more than one "
            "chance; no person may win more than once."
        )
    return text


# --- formatting --------------------------------------------------------------------------

_CURRENCY_FR = {"EUR": "€", "USD": "$ US", "GBP": "£ GB", "CAD": "$ CA", "CHF": "CHF"}
_NNBSP = "\u202f"  # French thousands separator (narrow no-break space), as CLDR has it
_NBSP = "\u00a0"  # between a French amount and its currency sign


def _number(value: float, language: str, decimals: int = 0) -> str:
    text = f"{value:,.{decimals}f}"
    if language == "fr":
        text = text.replace(",", _NNBSP).replace(".", ",")
    return text


def _decimal(value: float, language: str) -> str:
    """At most one decimal, none when whole: 2.0 -> "2", 2.5 -> "2,5" in French."""
    tenths = round(value * 10)
    return _number(tenths / 10, language, 0 if tenths % 10 == 0 else 1)


def format_money(amount: float, currency: str, language: str) -> str:
    """``1234.5`` EUR is "1 234,50 €" in French, "EUR 1,234.50" in English ("$1,234.50").

    Cents are shown when there are any: "89 €", "$89", but "89,90 €".
    """
    cents = round(amount * 100)
    decimals = 0 if cents % 100 == 0 else 2
    number = _number(cents / 100, language, decimals)
    if language == "fr":
        return f"{number}{_NBSP}{_CURRENCY_FR.get(currency, currency)}"
    if currency == "USD":
        return f"${number}"
    return f"{currency}{_NBSP}{number}"


_MONTHS = {
    "fr": (
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip


def format_moment(moment: datetime, timezone_name: str, language: str) -> str:
    """A date and time in the contest's zone, as the rules print it.

    French: "1er décembre 2026 à 9 h 05"; English: "December 1, 2026 at 9:05 a.m. CET".
    """
    local = moment.astimezone(ZoneInfo(timezone_name))
    month = _MONTHS[language][local.month - 1]
    if language == "fr":
        day = "1er" if local.day == 1 else str(local.day)
        return f"{day} {month} {local.year} à {local.hour} h {local.minute:02d}"
    hour = local.hour % 12 or 12
    half = "a.m." if local.hour < 12 else "p.m."
    zone = local.strftime("%Z")
    return f"{month} {local.day}, {local.year} at {hour}:{local.minute:02d} {half} {zone}"


def _moment(contest: Contest, moment: datetime | None, language: str, what: str) -> str:
    if moment is None:
        return _or_missing("", what, language)
    return format_moment(moment, contest.timezone, language)


def join_words(words: Sequence[str], language: str, conjunction: str = "and") -> str:
    """The words as a list in a sentence: "A, B et C"; "A, B, and C" (US English).

    ``conjunction`` is "and" or "or" (French "et" or "ou").
    """
    words = [w for w in words if w]
    if len(words) <= 1:
        return "".join(words)
    conjunction = _WORDS[language][conjunction]
    if len(words) == 2:
        return f"{words[0]} {conjunction} {words[1]}"
    comma = "," if language == "en" else ""
    return f"{', '.join(words[:-1])}{comma} {conjunction} {words[-1]}"


COUNTRIES: dict[str, tuple[str, str]] = {
    "AT": ("Autriche", "Austria"),
    "AU": ("Australie", "Australia"),
    "BE": ("Belgique", "Belgium"),
    "BG": ("Bulgarie", "Bulgaria"),
    "BR": ("Brésil", "Brazil"),
    "CA": ("Canada", "Canada"),
    "CH": ("Suisse", "Switzerland"),
    "CY": ("Chypre", "Cyprus"),
    "CZ": ("Tchéquie", "Czechia"),
    "DE": ("Allemagne", "Germany"),
    "DK": ("Danemark", "Denmark"),
    "DZ": ("Algérie", "Algeria"),
    "EE": ("Estonie", "Estonia"),
    "ES": ("Espagne", "Spain"),
    "FI": ("Finlande", "Finland"),
    "FR": ("France", "France"),
    "GB": ("Royaume-Uni", "the United Kingdom"),
    "GR": ("Grèce", "Greece"),
    "HR": ("Croatie", "Croatia"),
    "HU": ("Hongrie", "Hungary"),
    "IE": ("Irlande", "Ireland"),
    "IS": ("Islande", "Iceland"),
    "IT": ("Italie", "Italy"),
    "LI": ("Liechtenstein", "Liechtenstein"),
    "LT": ("Lituanie", "Lithuania"),
    "LU": ("Luxembourg", "Luxembourg"),
    "LV": ("Lettonie", "Latvia"),
    "MA": ("Maroc", "Morocco"),
    "MC": ("Monaco", "Monaco"),
    "MT": ("Malte", "Malta"),
    "NL": ("Pays-Bas", "the Netherlands"),
    "NO": ("Norvège", "Norway"),
    "PL": ("Pologne", "Poland"),
    "PT": ("Portugal", "Portugal"),
    "RO": ("Roumanie", "Romania"),
    "SE": ("Suède", "Sweden"),
    "SI": ("Slovénie", "Slovenia"),
    "SK": ("Slovaquie", "Slovakia"),
    "SN": ("Sénégal", "Senegal"),
    "TN": ("Tunisie", "Tunisia"),
    "US": ("États-Unis", "the United States"),
}


def country_name(code: str, language: str) -> str:
    """The country's name in ``language``; the ISO code itself for one we do not list."""
    names = COUNTRIES.get(code)
    if names is None:
        return code
    return names[0] if language == "fr" else names[1]
