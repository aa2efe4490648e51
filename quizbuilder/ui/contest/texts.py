"""The domain's contest sentences, said again in the interface's language.

``domain.entries`` and ``domain.rules`` write their sentences (a step's title, why a
candidate was left out, what a flag points at, what the rules lack) in English, and give
each a stable ``key`` and the ``args`` it was made from. These classes rebuild each
sentence through ``tr()`` from the key and the args, so that a French organiser reads
French. The English templates here are the domain's own wording, word for word: in
English the screen shows exactly what the command line prints. A key or an argument
these classes do not know (a newer domain, an older report) falls back to the domain's
English sentence rather than to nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject

from quizbuilder.domain import entries as steps
from quizbuilder.domain.entries import Flag, Rejection, Step
from quizbuilder.domain.rules import RuleProblem
from quizbuilder.ui import labels

Args = Mapping[str, str]


def _number(text: str) -> str:
    """A number the domain wrote with a "." ("59.5"), as the interface's locale writes it."""
    try:
        return labels.number(float(text))
    except ValueError:
        return text


def _percent(text: str) -> str:
    return f"{_number(text)} %"


class EntryTexts(QObject):
    """A step's title, a rejection's reason and a flag's detail, in the interface's language."""

    # --- the names of what a sentence points at --------------------------------------------

    def _question(self, a: Args, prefix: str = "") -> str:
        text, qid = a[f"{prefix}question"], a[f"{prefix}question_id"]
        if text:
            return labels.fill(self.tr('"%1" (%2)'), text, qid)
        return labels.fill(self.tr("question %1"), qid)

    def _option(self, a: Args, prefix: str = "") -> str:
        text, oid = a[f"{prefix}option"], a[f"{prefix}option_id"]
        if text:
            return labels.fill(self.tr('"%1" (%2)'), text, oid)
        return labels.fill(self.tr("option %1"), oid)

    def _consent(self, a: Args, prefix: str = "") -> str:
        text, cid = a[f"{prefix}consent"], a[f"{prefix}consent_id"]
        if text:
            return labels.fill(self.tr('the box "%1" (%2)'), text, cid)
        return labels.fill(self.tr("the box %1"), cid)

    def _condition(self, a: Args, prefix: str = "") -> str:
        """What an entry does to meet a condition: "scored at least 60 %"."""
        kind = a[f"{prefix}condition"]
        if kind == "min_score":
            return labels.fill(self.tr("scored at least %1"), _percent(a[f"{prefix}score"]))
        if kind == "answer":
            return labels.fill(
                self.tr("chose %1 in %2"), self._option(a, prefix), self._question(a, prefix)
            )
        if kind == "consent":
            return labels.fill(self.tr("ticked %1"), self._consent(a, prefix))
        if kind == "completed":
            return self.tr("is completed")
        raise KeyError(kind)

    # --- steps --------------------------------------------------------------------------------

    def step_title(self, step: Step) -> str:
        """The step in full, as the rules apply it (its English title if unknown)."""
        return self._say(lambda: self._step_title(step.key, step.args), step.title)

    def _step_title(self, key: str, a: Args) -> str | None:
        fill = labels.fill
        if key == steps.STEP_CONDITION:
            if a["condition"] == "completed":
                return self.tr("Entry condition: a completed response")
            return fill(
                self.tr("Entry condition: a completed response that %1"), self._condition(a)
            )
        if key == steps.STEP_WINDOW:
            return self._window_title(a)
        if key == steps.STEP_AGE:
            return self._age_title(a)
        if key == steps.STEP_COUNTRIES:
            if a.get("asked"):
                return fill(self.tr("Countries: living in %1"), a["countries"])
            return fill(
                self.tr("Countries: living in %1, as the rules state (the form asks no country)"),
                a["countries"],
            )
        if key == steps.STEP_STAFF:
            # Two sentences rather than a %n plural: English needs no plural file then.
            if int(a["count"]) == 1:
                return self.tr("Staff exclusion list: 1 address or domain excluded")
            return fill(
                self.tr("Staff exclusion list: %1 addresses or domains excluded"), a["count"]
            )
        if key == steps.STEP_ORGANISER:
            return self.tr(
                "Organiser's exclusions: entries the organiser excluded, each with its reason"
            )
        if key == steps.STEP_ONE_PER_PERSON:
            if a.get("gmail"):
                return self.tr(
                    "One entry per person: the earliest entry of each e-mail address "
                    "(Gmail: dots and +tags ignored)"
                )
            return self.tr("One entry per person: the earliest entry of each e-mail address")
        if key == steps.STEP_BONUS:
            parts = [self._bonus(a, n) for n in range(int(a["count"]))]
            return fill(self.tr("Bonus tickets: one ticket per entry, %1"), "; ".join(parts))
        return None

    def _bonus(self, a: Args, n: int) -> str:
        what = a[f"label.{n}"] or self._condition(a, f"{n}.")
        extra = a[f"extra.{n}"]
        if int(extra) == 1:
            return labels.fill(self.tr("+1 ticket for an entry that %1"), what)
        return labels.fill(self.tr("+%1 tickets for an entry that %2"), extra, what)

    def _window_title(self, a: Args) -> str:
        opens, closes, zone = a["opens"], a["closes"], a["timezone"]
        if opens and closes:
            template = self.tr("Contest dates: submitted from %1 to %2 (%3 time), both included")
            return labels.fill(template, opens, closes, zone)
        if opens:
            template = self.tr("Contest dates: submitted from %1 (%2 time), both included")
            return labels.fill(template, opens, zone)
        template = self.tr("Contest dates: submitted until %1 (%2 time), both included")
        return labels.fill(template, closes, zone)

    def _age_title(self, a: Args) -> str:
        on, least = a["on"], a["min_age"]
        if on == "closing":
            title = labels.fill(
                self.tr("Minimum age: %1 or older on %2, the closing date, from the birth date"),
                least,
                a["day"],
            )
        elif on == "day":
            title = labels.fill(
                self.tr("Minimum age: %1 or older on %2, from the birth date"), least, a["day"]
            )
        else:
            title = labels.fill(
                self.tr(
                    "Minimum age: %1 or older on the day the entries are selected, from the "
                    "birth date"
                ),
                least,
            )
        if "consent_id" in a:
            title += labels.fill(
                self.tr(", or %1 ticked where no birth date was asked"), self._consent(a)
            )
        return title

    # --- rejections -------------------------------------------------------------------------

    def reason(self, rejection: Rejection) -> str:
        """Why the candidate was left out (its English reason if the key is unknown)."""
        return self._say(lambda: self._reason(rejection.key, rejection.args), rejection.reason)

    def _reason(self, key: str, a: Args) -> str | None:
        fill = labels.fill
        simple = {
            "not_completed": lambda: self.tr("the response was not completed"),
            "no_score": lambda: self.tr("the response has no score"),
            "no_submission_time": lambda: self.tr(
                "no submission time, so it cannot be placed within the contest dates"
            ),
            "no_birth_date": lambda: self.tr("no birth date given"),
            "no_country": lambda: self.tr("no country given"),
            "staff_address": lambda: self.tr("the address is on the staff exclusion list"),
            "staff_domain": lambda: self.tr("the address's domain is on the staff exclusion list"),
        }
        if key in simple:
            return simple[key]()
        if key == "score_below":
            return fill(self.tr("scored %1, below %2"), _percent(a["score"]), _percent(a["least"]))
        if key == "no_answer":
            return fill(self.tr("did not answer %1"), self._question(a))
        if key == "wrong_option":
            return fill(self.tr("did not choose %1 in %2"), self._option(a), self._question(a))
        if key == "consent_not_ticked":
            return fill(self.tr("did not tick %1"), self._consent(a))
        if key == "before_opening":
            return fill(self.tr("submitted %1, before the opening %2"), a["at"], a["opens"])
        if key == "after_closing":
            return fill(self.tr("submitted %1, after the closing %2"), a["at"], a["closes"])
        if key == "no_birth_date_nor_box":
            return fill(self.tr("no birth date, and %1 was not ticked"), self._consent(a))
        if key == "bad_birth_date":
            return fill(
                self.tr("the birth date '%1' is not a date (expected YYYY-MM-DD)"), a["value"]
            )
        if key == "under_age":
            return fill(self.tr("aged %1 on %2, under %3"), a["age"], a["day"], a["min_age"])
        if key == "country_not_allowed":
            return fill(self.tr("the country '%1' is not one of %2"), a["country"], a["countries"])
        if key == "organiser_excluded":
            if a["reason"]:
                return fill(self.tr("excluded by the organiser: %1"), a["reason"])
            return self.tr("excluded by the organiser")
        if key == "entered_earlier":
            return fill(self.tr("the same person entered earlier (entry %1)"), a["entry"])
        return None

    # --- flags ---------------------------------------------------------------------------------

    def detail(self, flag: Flag) -> str:
        """What the flag points at (its English detail if the key is unknown)."""
        return self._say(lambda: self._detail(flag.key, flag.args), flag.detail)

    def _detail(self, key: str, a: Args) -> str | None:
        fill = labels.fill
        if key == steps.FLAG_DISPOSABLE:
            return fill(self.tr("the domain %1 gives throwaway e-mail addresses"), a["domain"])
        if key == steps.FLAG_SHARED_DEVICE:
            return fill(
                self.tr("one of %1 entries from device %2 (more than %3)"),
                a["entries"],
                a["device"],
                a["limit"],
            )
        if key == steps.FLAG_TOO_FAST:
            return fill(
                self.tr("completed in %1 s, under %2 s for each of %3 questions (%4 s)"),
                _number(a["seconds"]),
                _number(a["pace"]),
                a["questions"],
                _number(a["least"]),
            )
        if key == steps.FLAG_NO_EMAIL:
            return self.tr(
                "no e-mail address, so another entry by the same person cannot be recognised"
            )
        return None

    @staticmethod
    def _say(make: Callable[[], str | None], english: str) -> str:
        try:
            text = make()
        except (KeyError, TypeError, ValueError):
            text = None  # made elsewhere without these arguments: say it as it came
        return english if text is None else text


class RuleTexts(QObject):
    """What the official rules lack or risk, in the interface's language."""

    def message(self, problem: RuleProblem) -> str:
        """The problem's message (its English message if the key is unknown)."""
        try:
            text = self._message(problem.key, problem.args)
        except (KeyError, TypeError, ValueError):
            text = None
        return problem.message if text is None else text

    def _message(self, key: str, a: Args) -> str | None:
        fill = labels.fill
        simple = {
            "not_a_contest": lambda: self.tr(
                "only a contest has official rules; set its contest settings"
            ),
            "organiser_name": lambda: self.tr(
                "the rules must name the organiser (its company name)"
            ),
            "organiser_legal_form": lambda: self.tr(
                "the rules must give the organiser's legal form (SAS, SARL...)"
            ),
            "organiser_registration": lambda: self.tr(
                "French rules must give the organiser's RCS number (or RNA for an association)"
            ),
            "organiser_address": lambda: self.tr(
                "the rules must give the organiser's postal address"
            ),
            "organiser_email": lambda: self.tr(
                "the rules need a contact e-mail address: entrants write there about the "
                "contest and about their personal data"
            ),
            "starts_at": lambda: self.tr("the rules must say when the contest opens"),
            "ends_at": lambda: self.tr("the rules must say when the contest closes"),
            "min_age": lambda: self.tr(
                "English rules must say how old entrants must be (usually 18, or the age of "
                "majority where they live)"
            ),
            "min_age_under_18": lambda: self.tr(
                "entrants under 18 need a parent's consent, and children under 13 bring in "
                "COPPA: have a lawyer review the rules"
            ),
            "no_countries": lambda: self.tr(
                "the rules will say that anyone in any country may enter: contest law differs "
                "from country to country, so list the countries where it is open"
            ),
            "no_staff_excluded": lambda: self.tr(
                "nobody is excluded: the organiser's staff and their families could win; list "
                "their addresses or '@domain' to exclude them"
            ),
            "no_prize": lambda: self.tr("the rules must describe at least one prize"),
            "prize_name": lambda: self.tr("each prize needs a name"),
            "governing_law": lambda: self.tr(
                "the rules must name the law that governs them (e.g. 'droit français', "
                "'the laws of the State of New York')"
            ),
            "retention": lambda: self.tr(
                "the rules must say how long entrants' personal data is kept (GDPR): set a "
                "retention period"
            ),
            "purchase_text": lambda: self.tr(
                "this text speaks of a purchase, but the rules say « jeu gratuit sans "
                "obligation d'achat »: describe the free way to take part in "
                "contest.rules.free_entry_method, or remove the purchase"
            ),
        }
        if key in simple:
            return simple[key]()
        if key == "registration_format":
            return fill(
                self.tr(
                    "'%1' does not look like an RCS number (RCS city and 9-digit SIREN) or an "
                    "RNA number (W and 9 digits)"
                ),
                a["registration"],
            )
        if key == "email_format":
            return fill(self.tr("'%1' is not an e-mail address"), a["email"])
        if key == "age_not_checkable":
            return fill(
                self.tr(
                    "the rules say entrants must be %1 or older, but the form asks no birth "
                    "date and no age confirmation: the age cannot be checked"
                ),
                a["min_age"],
            )
        if key == "prize_value":
            return fill(
                self.tr(
                    "give the value of '%1': the rules must state each prize's value (its "
                    "approximate retail value in English rules)"
                ),
                a["prize"],
            )
        if key == "too_few_prizes":
            return fill(
                self.tr("%1 winners are drawn but there are only %2 prizes"),
                a["winners"],
                a["prizes"],
            )
        if key == "too_many_prizes":
            return fill(
                self.tr("there are %1 prizes for %2 winners: some prizes would not be awarded"),
                a["prizes"],
                a["winners"],
            )
        if key == "claim_days":
            return fill(
                self.tr("winners have only %1 days to claim their prize; give them at least %2"),
                a["days"],
                a["least"],
            )
        if key == "free_entry_method":
            return fill(
                self.tr(
                    "entering seems to need a purchase (%1): English rules must offer a free "
                    "alternate method of entry"
                ),
                a["field"],
            )
        if key == "share_to_enter":
            return fill(
                self.tr(
                    "'%1': Facebook and Instagram forbid asking people to share a post or tag "
                    "friends to enter or to win extra chances; ask for a comment or an answer "
                    "instead"
                ),
                a["words"],
            )
        if key == "platform_not_listed":
            return fill(
                self.tr(
                    "%1 mentions %2: add it to the platforms so that the rules say it neither "
                    "sponsors nor runs the contest and that entrants release it"
                ),
                a["field"],
                a["platform"],
            )
        return None
