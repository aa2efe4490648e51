"""Contest entries: from the responses of the entry item to the tickets of the draw.

The rules are applied as a sequence of steps, in an order the organiser can read back
(``describe_rules`` says them in words, ``select_entries`` counts what each kept and
removed), and every candidate left out is reported with the first step that removed it:

1. entry condition: the response is completed, and meets the contest's condition (a
   score, an answer, a consent box);
2. contest window: submitted between the opening and closing times, bounds included,
   compared as instants (the contest's time zone only shows them);
3. minimum age: on a birth-date lead field, at the contest's end date (else ``today``);
   where the form asks no birth date, a ticked age-confirmation consent
   (``eligibility.age_confirmation`` and ``age_consent_id``) stands for it;
4. countries: a country lead field, ISO 3166-1 alpha-2, any case;
5. staff exclusion list (``eligibility.excluded_emails``; ``@domain`` for a whole domain);
6. the organiser's exclusions, each with its recorded reason;
7. one entry per person: each normalised e-mail address keeps its earliest entry.
   Entries without an address are kept one by one, and flagged ``no_email`` because
   nothing can tell whether the same person entered twice;
8. bonus tickets: one ticket per entry, plus the extra of each bonus condition met.

Flags (disposable e-mail domain, many entries from one device, completed impossibly
fast) point the organiser at entries worth a look; they never remove one.

Nothing here puts an e-mail address in a reason or a flag: those texts may end up in a
report or a certificate, which show pseudonyms only.

Every text (a step's title, a rejection's reason, a flag's detail) is English, and comes
with a stable ``key`` naming its wording and the ``args`` (strings) it was made from, so
that the interface can say it again in its own language (``ui/contest/texts.py``). The
keys of the reasons are listed in ``REASON_KEYS``; a step's title is keyed by the step.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from quizbuilder.domain.content import (
    Contest,
    EntryCondition,
    EntryConditionType,
    ItemDocument,
    LeadFieldType,
)
from quizbuilder.domain.errors import QuizbuilderError

STEP_CONDITION = "entry_condition"
STEP_WINDOW = "window"
STEP_AGE = "min_age"
STEP_COUNTRIES = "countries"
STEP_STAFF = "staff_exclusions"
STEP_ORGANISER = "organiser_exclusions"
STEP_ONE_PER_PERSON = "one_per_person"
STEP_BONUS = "bonus"

FLAG_DISPOSABLE = "disposable_email"
FLAG_SHARED_DEVICE = "shared_device"
FLAG_TOO_FAST = "too_fast"
FLAG_NO_EMAIL = "no_email"
FLAG_KINDS = (FLAG_DISPOSABLE, FLAG_SHARED_DEVICE, FLAG_TOO_FAST, FLAG_NO_EMAIL)

# Every key a rejection's reason can have (the interface translates reasons by it).
REASON_KEYS = (
    "not_completed",
    "no_score",
    "score_below",
    "no_answer",
    "wrong_option",
    "consent_not_ticked",
    "no_submission_time",
    "before_opening",
    "after_closing",
    "no_birth_date",
    "no_birth_date_nor_box",
    "bad_birth_date",
    "under_age",
    "no_country",
    "country_not_allowed",
    "staff_address",
    "staff_domain",
    "organiser_excluded",
    "entered_earlier",
)

_GMAIL_DOMAINS = frozenset({"gmail.com", "googlemail.com"})
_EPSILON = 1e-9  # a score computed as 59.99999999 % meets a 60 % condition


class DuplicateCandidate(QuizbuilderError):
    """Two candidates share an id: every output is keyed by it, so one would be lost."""

    def __init__(self, candidate_id: str) -> None:
        self.candidate_id = candidate_id
        super().__init__(f"two contest candidates share the id '{candidate_id}'")


@dataclass(frozen=True)
class Candidate:
    """One response of the entry item, or one row of an imported list of entrants."""

    id: str
    email: str | None
    completed: bool
    score_percent: float | None
    answers: Mapping[str, Any]
    consents: Mapping[str, bool]
    lead: Mapping[str, Any]
    submitted_at: datetime | None
    started_at: datetime | None
    device: str | None = None
    question_count: int = 0


def _args() -> Any:
    # Left out of equality and hashing: a mapping has no hash, and the text says it all.
    return field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Step:
    """A step as applied; ``key`` (``STEP_*``) also keys its title, made from ``args``."""

    key: str
    title: str
    kept: int
    removed: int
    args: Mapping[str, str] = _args()


@dataclass(frozen=True)
class Rejection:
    """A candidate left out by ``step``; ``key`` (one of ``REASON_KEYS``) names the reason."""

    id: str
    step: str
    reason: str
    key: str = ""
    args: Mapping[str, str] = _args()


@dataclass(frozen=True)
class Flag:
    """An entry worth a look; ``key`` names the detail's wording (the same as ``kind``)."""

    id: str
    kind: str
    detail: str
    key: str = ""
    args: Mapping[str, str] = _args()


@dataclass(frozen=True)
class EntryReport:
    steps: list[Step]
    entries: dict[str, int]
    rejected: list[Rejection]
    flags: list[Flag]


def normalise_email(email: str, *, gmail: bool = False) -> str:
    """One spelling per address: no spaces, lower case, and with ``gmail`` Google's rules.

    Gmail delivers ``J.Doe+promo@googlemail.com`` to ``jdoe@gmail.com``: with ``gmail``
    on, dots and ``+tags`` of those two domains do not make another person. Other
    providers' tags are kept: their rules vary.
    """
    text = "".join(unicodedata.normalize("NFC", email).split()).lower()
    if gmail:
        local, at, domain = text.rpartition("@")
        if at and domain in _GMAIL_DOMAINS:
            text = local.split("+", 1)[0].replace(".", "") + "@gmail.com"
    return text


def parse_domain_list(text: str) -> frozenset[str]:
    """The domains of a list such as resources/disposable_domains.txt (``#`` comments)."""
    domains = (line.split("#", 1)[0].strip().lower().lstrip("@") for line in text.splitlines())
    return frozenset(d for d in domains if d)


def age_on(birth: date, day: date) -> int:
    """Full years on ``day``; born on 29 February, one is a year older on 1 March."""
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def describe_rules(contest: Contest, entry_document: ItemDocument | None) -> list[str]:
    """The steps in words, in the order applied: for the rules document and the screen."""
    titles = [rule.title for rule in _rules(contest, entry_document, {}, None, None)]
    if contest.bonus_entries:
        titles.append(_bonus_title(contest, entry_document))
    return titles


def select_entries(
    contest: Contest,
    candidates: Sequence[Candidate],
    *,
    entry_document: ItemDocument | None,
    exclusions: Mapping[str, str],
    disposable: frozenset[str] = frozenset(),
    today: date | None = None,
) -> EntryReport:
    """Apply the contest's rules to the candidates: the entries, tickets, and why not.

    ``entry_document`` is the document the candidates answered (for the lead fields'
    and questions' ids and the texts of the steps); ``exclusions`` the organiser's, by
    candidate id, with their reasons; ``disposable`` the throwaway e-mail domains;
    ``today`` the day ages are computed on when the contest has no end date.
    """
    seen: set[str] = set()
    for candidate in candidates:
        if candidate.id in seen:
            raise DuplicateCandidate(candidate.id)
        seen.add(candidate.id)
    remaining = sorted(candidates, key=lambda c: c.id)
    steps: list[Step] = []
    rejected: list[Rejection] = []
    for rule in _rules(contest, entry_document, exclusions, today, remaining):
        removed = rule.apply(remaining)
        rejected += [
            Rejection(cid, rule.key, why.text, why.key, why.args) for cid, why in removed.items()
        ]
        remaining = [c for c in remaining if c.id not in removed]
        steps.append(Step(rule.key, rule.title, len(remaining), len(removed), rule.args))
    entries = {c.id: 1 + _bonus(contest, c, entry_document) for c in remaining}
    if contest.bonus_entries:
        title, args = _bonus_title(contest, entry_document), _bonus_args(contest, entry_document)
        steps.append(Step(STEP_BONUS, title, len(entries), 0, args))
    flags = _flags(contest, remaining, disposable)
    return EntryReport(
        steps=steps,
        entries=entries,
        rejected=sorted(rejected, key=lambda r: r.id),
        flags=sorted(flags, key=lambda f: (f.id, f.kind)),
    )


# --- the steps -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Why:
    """Why a candidate goes: the English reason, its key and what it was made from."""

    key: str
    text: str
    args: Mapping[str, str]


def _why(key: str, text: str, **args: str) -> _Why:
    return _Why(key, text, args)


@dataclass(frozen=True)
class _Rule:
    key: str
    title: str
    apply: Callable[[list[Candidate]], dict[str, _Why]]  # -> {removed id: reason}
    args: Mapping[str, str] = field(default_factory=dict)


def _each(
    check: Callable[[Candidate], _Why | None],
) -> Callable[[list[Candidate]], dict[str, _Why]]:
    """A step that judges each candidate alone: ``check`` returns why it goes, or None."""

    def apply(candidates: list[Candidate]) -> dict[str, _Why]:
        reasons = ((c.id, check(c)) for c in candidates)
        return {cid: reason for cid, reason in reasons if reason is not None}

    return apply


def _rules(
    contest: Contest,
    doc: ItemDocument | None,
    exclusions: Mapping[str, str],
    today: date | None,
    candidates: Sequence[Candidate] | None,
) -> list[_Rule]:
    """The steps the contest's settings call for, in order (``candidates``: None to say them)."""
    elig = contest.eligibility
    rules = [_condition_rule(contest.entry_condition, doc)]
    if contest.starts_at is not None or contest.ends_at is not None:
        rules.append(_window_rule(contest))
    if elig.min_age is not None:
        rules.append(_age_rule(contest, doc, elig.min_age, today))
    if elig.countries:
        keys = _field_ids(doc, LeadFieldType.COUNTRY, "country")
        rules.append(_countries_rule(elig.countries, keys, asked=_asked(doc, keys, candidates)))
    if elig.excluded_emails:
        rules.append(_staff_rule(elig.excluded_emails, gmail=elig.normalise_gmail))
    rules.append(_organiser_rule(exclusions))
    if elig.one_entry_per_person:
        rules.append(_one_per_person_rule(gmail=elig.normalise_gmail))
    return rules


def _condition_rule(cond: EntryCondition, doc: ItemDocument | None) -> _Rule:
    def check(c: Candidate) -> _Why | None:
        if not c.completed:
            return _why("not_completed", "the response was not completed")
        return _condition_failure(cond, c, doc)

    title = "Entry condition: a completed response"
    if cond.type != EntryConditionType.COMPLETED:
        title += " that " + _condition_words(cond, doc)
    return _Rule(STEP_CONDITION, title, _each(check), _condition_args(cond, doc))


def _condition_failure(cond: EntryCondition, c: Candidate, doc: ItemDocument | None) -> _Why | None:
    """Why the candidate does not meet the condition (completion aside), or None."""
    if cond.type == EntryConditionType.MIN_SCORE and cond.min_score_percent is not None:
        return _score_failure(c.score_percent, cond.min_score_percent)
    if cond.type == EntryConditionType.ANSWER and cond.question_id and cond.option_id:
        return _answer_failure(c.answers.get(cond.question_id), cond, doc)
    if cond.type == EntryConditionType.CONSENT and cond.consent_id:
        if c.consents.get(cond.consent_id) is True:
            return None
        name = _consent_name(cond.consent_id, doc)
        return _why(
            "consent_not_ticked", f"did not tick {name}", **_consent_args(cond.consent_id, doc)
        )
    return None


def _score_failure(score: float | None, least: float) -> _Why | None:
    if score is None:
        return _why("no_score", "the response has no score")
    if score + _EPSILON < least:
        text = f"scored {_pct(score)}, below {_pct(least)}"
        return _why("score_below", text, score=_num(score), least=_num(least))
    return None


def _answer_failure(value: Any, cond: EntryCondition, doc: ItemDocument | None) -> _Why | None:
    qid, oid = cond.question_id or "", cond.option_id or ""
    question = _question_args(qid, doc)
    if value is None or value == "" or value == []:
        return _why("no_answer", f"did not answer {_question_name(qid, doc)}", **question)
    if oid not in _chosen(value):
        text = f"did not choose {_option_name(qid, oid, doc)} in {_question_name(qid, doc)}"
        return _why("wrong_option", text, **question, **_option_args(qid, oid, doc))
    return None


def _condition_words(cond: EntryCondition, doc: ItemDocument | None) -> str:
    if cond.type == EntryConditionType.MIN_SCORE and cond.min_score_percent is not None:
        return f"scored at least {_pct(cond.min_score_percent)}"
    if cond.type == EntryConditionType.ANSWER and cond.question_id and cond.option_id:
        option = _option_name(cond.question_id, cond.option_id, doc)
        return f"chose {option} in {_question_name(cond.question_id, doc)}"
    if cond.type == EntryConditionType.CONSENT and cond.consent_id:
        return f"ticked {_consent_name(cond.consent_id, doc)}"
    return "is completed"


def _condition_args(cond: EntryCondition, doc: ItemDocument | None) -> dict[str, str]:
    """What ``_condition_words`` says, as args: ``condition`` names the wording used."""
    if cond.type == EntryConditionType.MIN_SCORE and cond.min_score_percent is not None:
        return {"condition": "min_score", "score": _num(cond.min_score_percent)}
    if cond.type == EntryConditionType.ANSWER and cond.question_id and cond.option_id:
        return {
            "condition": "answer",
            **_question_args(cond.question_id, doc),
            **_option_args(cond.question_id, cond.option_id, doc),
        }
    if cond.type == EntryConditionType.CONSENT and cond.consent_id:
        return {"condition": "consent", **_consent_args(cond.consent_id, doc)}
    return {"condition": "completed"}


def _window_rule(contest: Contest) -> _Rule:
    opens = _utc(contest.starts_at) if contest.starts_at else None
    closes = _utc(contest.ends_at) if contest.ends_at else None

    def check(c: Candidate) -> _Why | None:
        if c.submitted_at is None:
            return _why(
                "no_submission_time",
                "no submission time, so it cannot be placed within the contest dates",
            )
        at = _utc(c.submitted_at)
        if opens is not None and at < opens:
            when, bound = _local(contest, at), _local(contest, opens)
            text = f"submitted {when}, before the opening {bound}"
            return _why("before_opening", text, at=when, opens=bound)
        if closes is not None and at > closes:
            when, bound = _local(contest, at), _local(contest, closes)
            text = f"submitted {when}, after the closing {bound}"
            return _why("after_closing", text, at=when, closes=bound)
        return None

    if opens and closes:
        span = f"from {_local(contest, opens)} to {_local(contest, closes)}"
    elif opens:
        span = f"from {_local(contest, opens)}"
    else:
        span = f"until {_local(contest, closes)}" if closes else ""
    title = f"Contest dates: submitted {span} ({contest.timezone} time), both included"
    args = {
        "opens": _local(contest, opens) if opens else "",
        "closes": _local(contest, closes) if closes else "",
        "timezone": contest.timezone,
    }
    return _Rule(STEP_WINDOW, title, _each(check), args)


def _age_rule(
    contest: Contest, doc: ItemDocument | None, min_age: int, today: date | None
) -> _Rule:
    elig = contest.eligibility
    if contest.ends_at is not None:
        day = contest.local(contest.ends_at).date()
        when, on = f"on {day.isoformat()}, the closing date", "closing"
    else:
        day = today or date.today()
        when = f"on {day.isoformat()}" if today else "on the day the entries are selected"
        on = "day" if today else "selection"
    keys = _field_ids(doc, LeadFieldType.BIRTH_DATE, "birth_date")
    box = elig.age_consent_id if elig.age_confirmation else None

    def check(c: Candidate) -> _Why | None:
        raw = _lead_value(c, keys)
        if raw is None:
            if box is not None and c.consents.get(box) is True:
                return None
            if box is not None:
                text = f"no birth date, and {_consent_name(box, doc)} was not ticked"
                return _why("no_birth_date_nor_box", text, **_consent_args(box, doc))
            return _why("no_birth_date", "no birth date given")
        birth = _parse_date(raw)
        if birth is None:
            text = f"the birth date '{raw}' is not a date (expected YYYY-MM-DD)"
            return _why("bad_birth_date", text, value=str(raw))
        age = age_on(birth, day)
        if age < min_age:
            text = f"aged {max(age, 0)} on {day.isoformat()}, under {min_age}"
            return _why(
                "under_age", text, age=str(max(age, 0)), day=day.isoformat(), min_age=str(min_age)
            )
        return None

    title = f"Minimum age: {min_age} or older {when}, from the birth date"
    args = {"min_age": str(min_age), "day": day.isoformat(), "on": on}
    if box is not None:
        title += f", or {_consent_name(box, doc)} ticked where no birth date was asked"
        args.update(_consent_args(box, doc))
    return _Rule(STEP_AGE, title, _each(check), args)


def _countries_rule(countries: list[str], keys: list[str], *, asked: bool) -> _Rule:
    """Residence, on the country lead field; not checkable where the form asks none."""
    allowed = frozenset(countries)
    listed = ", ".join(countries)
    if not asked:
        title = f"Countries: living in {listed}, as the rules state (the form asks no country)"
        return _Rule(STEP_COUNTRIES, title, lambda candidates: {}, {"countries": listed})

    def check(c: Candidate) -> _Why | None:
        raw = _lead_value(c, keys)
        if raw is None:
            return _why("no_country", "no country given")
        if str(raw).strip().upper() not in allowed:
            country = str(raw).strip()
            text = f"the country '{country}' is not one of {listed}"
            return _why("country_not_allowed", text, country=country, countries=listed)
        return None

    args = {"countries": listed, "asked": "yes"}
    return _Rule(STEP_COUNTRIES, f"Countries: living in {listed}", _each(check), args)


def _staff_rule(excluded: list[str], *, gmail: bool) -> _Rule:
    domains = {e.strip().lower().lstrip("@") for e in excluded if e.strip().startswith("@")}
    addresses = {normalise_email(e, gmail=gmail) for e in excluded if not e.strip().startswith("@")}

    def check(c: Candidate) -> _Why | None:
        if not c.email:
            return None
        email = normalise_email(c.email, gmail=gmail)
        if email in addresses:
            return _why("staff_address", "the address is on the staff exclusion list")
        if _domain(email) in domains:
            return _why("staff_domain", "the address's domain is on the staff exclusion list")
        return None

    listed = _count(len(excluded), "address or domain", "addresses or domains")
    title = f"Staff exclusion list: {listed} excluded"
    return _Rule(STEP_STAFF, title, _each(check), {"count": str(len(excluded))})


def _organiser_rule(exclusions: Mapping[str, str]) -> _Rule:
    def check(c: Candidate) -> _Why | None:
        if c.id not in exclusions:
            return None
        reason = " ".join(exclusions[c.id].split())
        text = f"excluded by the organiser: {reason}" if reason else "excluded by the organiser"
        return _why("organiser_excluded", text, reason=reason)

    title = "Organiser's exclusions: entries the organiser excluded, each with its reason"
    return _Rule(STEP_ORGANISER, title, _each(check))


def _one_per_person_rule(*, gmail: bool) -> _Rule:
    def apply(candidates: list[Candidate]) -> dict[str, _Why]:
        first: dict[str, Candidate] = {}
        for c in sorted(candidates, key=_submission_order):
            key = normalise_email(c.email, gmail=gmail) if c.email else ""
            if key and key not in first:
                first[key] = c
        removed = {}
        for c in candidates:
            key = normalise_email(c.email, gmail=gmail) if c.email else ""
            if key and first[key].id != c.id:
                earlier = first[key].id
                text = f"the same person entered earlier (entry {earlier})"
                removed[c.id] = _why("entered_earlier", text, entry=earlier)
        return removed

    title = "One entry per person: the earliest entry of each e-mail address"
    if gmail:
        title += " (Gmail: dots and +tags ignored)"
    return _Rule(STEP_ONE_PER_PERSON, title, apply, {"gmail": "yes" if gmail else ""})


def _submission_order(c: Candidate) -> tuple[bool, datetime, str]:
    at = _utc(c.submitted_at) if c.submitted_at else datetime.max.replace(tzinfo=UTC)
    return (c.submitted_at is None, at, c.id)


# --- bonus tickets ---------------------------------------------------------------------


def _bonus(contest: Contest, c: Candidate, doc: ItemDocument | None) -> int:
    return sum(
        b.extra for b in contest.bonus_entries if _condition_failure(b.condition, c, doc) is None
    )


def _bonus_title(contest: Contest, doc: ItemDocument | None) -> str:
    parts = [
        f"+{_count(b.extra, 'ticket', 'tickets')} for an entry that "
        + (b.label.strip() or _condition_words(b.condition, doc))
        for b in contest.bonus_entries
    ]
    return "Bonus tickets: one ticket per entry, " + "; ".join(parts)


def _bonus_args(contest: Contest, doc: ItemDocument | None) -> dict[str, str]:
    """The bonuses as flat args: ``count``, then ``extra.N``, ``label.N`` and the
    condition's args prefixed ``N.`` (``0.condition``, ``0.score``...) for each."""
    args = {"count": str(len(contest.bonus_entries))}
    for n, bonus in enumerate(contest.bonus_entries):
        args[f"extra.{n}"] = str(bonus.extra)
        args[f"label.{n}"] = bonus.label.strip()
        args.update({f"{n}.{k}": v for k, v in _condition_args(bonus.condition, doc).items()})
    return args


# --- flags -----------------------------------------------------------------------------


def _flags(contest: Contest, kept: list[Candidate], disposable: frozenset[str]) -> list[Flag]:
    checks = contest.fraud_checks
    flags: list[Flag] = []
    throwaway = {d.strip().lower().lstrip("@") for d in disposable}
    if checks.flag_disposable_emails and throwaway:
        for c in kept:
            provider = _disposable_provider(c.email, throwaway)
            if provider is not None:
                detail = f"the domain {provider} gives throwaway e-mail addresses"
                args = {"domain": provider}
                flags.append(Flag(c.id, FLAG_DISPOSABLE, detail, FLAG_DISPOSABLE, args))
    limit = checks.max_entries_per_device
    if limit is not None:
        per_device = Counter(c.device for c in kept if c.device)
        for c in kept:
            n = per_device[c.device] if c.device else 0
            if n > limit:
                detail = f"one of {n} entries from device {c.device} (more than {limit})"
                args = {"entries": str(n), "device": str(c.device), "limit": str(limit)}
                flags.append(Flag(c.id, FLAG_SHARED_DEVICE, detail, FLAG_SHARED_DEVICE, args))
    pace = checks.min_seconds_per_question
    if pace:
        flags += [f for c in kept if (f := _too_fast(c, pace)) is not None]
    if contest.eligibility.one_entry_per_person:
        detail = "no e-mail address, so another entry by the same person cannot be recognised"
        flags += [
            Flag(c.id, FLAG_NO_EMAIL, detail, FLAG_NO_EMAIL)
            for c in kept
            if not (c.email or "").strip()
        ]
    return flags


def _disposable_provider(email: str | None, throwaway: set[str]) -> str | None:
    """The listed domain the address belongs to, itself or as a subdomain, or None."""
    if not email:
        return None
    labels = _domain(normalise_email(email)).split(".")
    for i in range(len(labels) - 1):
        candidate = ".".join(labels[i:])
        if candidate in throwaway:
            return candidate
    return None


def _too_fast(c: Candidate, pace: float) -> Flag | None:
    if c.started_at is None or c.submitted_at is None or c.question_count <= 0:
        return None
    took = (_utc(c.submitted_at) - _utc(c.started_at)).total_seconds()
    least = pace * c.question_count
    if took >= least:
        return None
    detail = (
        f"completed in {took:g} s, under {pace:g} s for each of {c.question_count} "
        f"questions ({least:g} s)"
    )
    args = {
        "seconds": f"{took:g}",
        "pace": f"{pace:g}",
        "questions": str(c.question_count),
        "least": f"{least:g}",
    }
    return Flag(c.id, FLAG_TOO_FAST, detail, FLAG_TOO_FAST, args)


# --- small helpers ---------------------------------------------------------------------


def _utc(moment: datetime) -> datetime:
    """Candidates' times are aware; a naive one is taken as UTC rather than refused."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _local(contest: Contest, moment: datetime) -> str:
    return contest.local(moment).strftime("%Y-%m-%d %H:%M:%S")


def _pct(value: float) -> str:
    return f"{_num(value)} %"


def _num(value: float) -> str:
    """A percentage as args carry it: two decimals at most, "." for the decimal point."""
    return f"{round(value, 2):g}"


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _domain(email: str) -> str:
    return email.rpartition("@")[2]


def _chosen(value: Any) -> list[str]:
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    return [str(value)]


def _field_ids(doc: ItemDocument | None, kind: LeadFieldType, usual: str) -> list[str]:
    """The lead fields of that type in the document, then the usual id (imported lists)."""
    ids = [f.id for f in doc.lead_form.fields if f.type == kind] if doc else []
    return ids if usual in ids else [*ids, usual]


def _asked(
    doc: ItemDocument | None, keys: list[str], candidates: Sequence[Candidate] | None
) -> bool:
    """Whether the form asks that field: the document says; for a list, any value does."""
    if doc is not None:
        return any(f.id in keys for f in doc.lead_form.fields)
    return candidates is None or any(_lead_value(c, keys) is not None for c in candidates)


def _lead_value(c: Candidate, keys: Iterable[str]) -> Any | None:
    for key in keys:
        value = c.lead.get(key)
        if value is not None and str(value).strip():
            return value
    return None


def _parse_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text).date()
    except ValueError:
        return None


def _question_name(question_id: str, doc: ItemDocument | None) -> str:
    question = doc.question(question_id) if doc else None
    text = question.text if question else ""
    return f'"{_short(text)}" ({question_id})' if text.strip() else f"question {question_id}"


def _option_name(question_id: str, option_id: str, doc: ItemDocument | None) -> str:
    question = doc.question(question_id) if doc else None
    option = next((o for o in question.options if o.id == option_id), None) if question else None
    label = option.label if option else ""
    return f'"{_short(label)}" ({option_id})' if label.strip() else f"option {option_id}"


def _question_args(question_id: str, doc: ItemDocument | None) -> dict[str, str]:
    """The question as args: its shortened text ("" if none) and its id."""
    question = doc.question(question_id) if doc else None
    text = question.text if question else ""
    return {"question": _short(text) if text.strip() else "", "question_id": question_id}


def _option_args(question_id: str, option_id: str, doc: ItemDocument | None) -> dict[str, str]:
    question = doc.question(question_id) if doc else None
    option = next((o for o in question.options if o.id == option_id), None) if question else None
    label = option.label if option else ""
    return {"option": _short(label) if label.strip() else "", "option_id": option_id}


def _consent_args(consent_id: str, doc: ItemDocument | None) -> dict[str, str]:
    consents = doc.lead_form.consents if doc else []
    consent = next((c for c in consents if c.id == consent_id), None)
    return {"consent": _short(consent.text) if consent else "", "consent_id": consent_id}


def _consent_name(consent_id: str, doc: ItemDocument | None) -> str:
    consents = doc.lead_form.consents if doc else []
    consent = next((c for c in consents if c.id == consent_id), None)
    if consent is None:
        return f"the box {consent_id}"
    return f'the box "{_short(consent.text)}" ({consent_id})'


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
