"""Write seeds/responses.jsonl: the demo responses and funnel events of seeds/items/.

Run from the repository root:

    .venv/bin/python seeds/make_demo_responses.py

Everything is drawn from one ``random.Random(2026)`` in a fixed order, so two runs write
byte-identical files. Each response carries the content hash of the item file it answers
(the version the demo freezes when it loads), and each line is checked with the reader
of the response format before the file is written.
"""

from __future__ import annotations

import json
import math
import random
import sys
import unicodedata
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

SEEDS = Path(__file__).resolve().parent
sys.path.insert(0, str(SEEDS.parent))  # run as a plain script, from anywhere

from quizbuilder.domain.content import (  # noqa: E402
    CHOICE_TYPES,
    ItemDocument,
    Question,
    QuestionType,
)
from quizbuilder.domain.hashing import content_hash  # noqa: E402
from quizbuilder.domain.scoring import leading_outcomes  # noqa: E402
from quizbuilder.formats.content_json import read_item_file  # noqa: E402
from quizbuilder.formats.responses_jsonl import ResponseRecord, parse_line  # noqa: E402

OUT = SEEDS / "responses.jsonl"
rng = random.Random(2026)

# --- the items -------------------------------------------------------------------------


class Item:
    def __init__(self, file_name: str) -> None:
        item_file = read_item_file(SEEDS / "items" / file_name)
        ((uid, document),) = item_file.entries
        assert uid is not None, f"{file_name} has no uid"
        self.uid: str = uid
        self.doc: ItemDocument = document
        self.hash = content_hash(document)

    def q(self, question_id: str) -> Question:
        question = self.doc.question(question_id)
        assert question is not None, f"{self.uid}: no question {question_id}"
        return question

    def order(self, variant: str | None) -> list[str]:
        for v in self.doc.variants:
            if v.id == variant and v.question_order is not None:
                return list(v.question_order)
        return [q.id for q in self.doc.questions]


POLL = Item("01-sondage-formats.json")
KPI = Item("02-quiz-kpi.json")
PERSONALITY = Item("03-quiz-influenceur.json")
SURVEY = Item("04-enquete-satisfaction.json")
CONTEST = Item("05-concours-photo.json")

# --- helpers ---------------------------------------------------------------------------


def pick(weights: Mapping[Any, float]) -> Any:
    """One key of ``weights``, drawn in proportion to its weight."""
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def chance(p: float) -> bool:
    return rng.random() < p


def sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# Hours in UTC (Paris is UTC+1 in November): few at night, peaks at lunch and evening.
HOUR_WEIGHTS = {
    5: 1, 6: 3, 7: 6, 8: 7, 9: 6, 10: 6, 11: 9, 12: 10, 13: 7, 14: 6, 15: 6,
    16: 7, 17: 8, 18: 10, 19: 11, 20: 9, 21: 5, 22: 2,
}


def moment(day_weights: Mapping[int, float]) -> datetime:
    """A moment of November 2026 (UTC), on a day drawn from ``day_weights``."""
    day = pick(day_weights)
    hour = pick(HOUR_WEIGHTS)
    return datetime(2026, 11, day, hour, rng.randrange(60), rng.randrange(60), tzinfo=UTC)


def decaying(first: int, last: int, half_life: float) -> dict[int, float]:
    """Day weights that fade after a launch on ``first``."""
    return {d: 0.5 ** ((d - first) / half_life) + 0.08 for d in range(first, last + 1)}


def ascii_slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return "".join(c for c in folded.lower() if c.isalnum() or c in ".-")


def token(prefix: str) -> str:
    return f"{prefix}-{rng.getrandbits(64):016x}"


# --- people ----------------------------------------------------------------------------

FIRST_NAMES = [
    "Léa", "Chloé", "Manon", "Camille", "Inès", "Emma", "Jade", "Louise", "Zoé", "Lucie",
    "Sarah", "Clémence", "Océane", "Maëlys", "Hélène", "Nathalie", "Isabelle", "Sophie",
    "Amélie", "Justine", "Noémie", "Anaïs", "Élodie", "Gaëlle", "Aïcha", "Fatou", "Laure",
    "Lucas", "Hugo", "Louis", "Gabriel", "Arthur", "Jules", "Nathan", "Théo", "Raphaël",
    "Maxime", "Antoine", "Julien", "Nicolas", "Thomas", "Mathieu", "Benoît", "Jérôme",
    "Sébastien", "Karim", "Yanis", "Mehdi", "François", "Loïc", "Cédric", "Rémi",
]
LAST_NAMES = [
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
    "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
    "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert",
    "Bonnet", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller",
    "Henry", "Perrin", "Morin", "Clément", "Gauthier", "Fontaine", "Chevalier", "Masson",
    "Diallo", "Nguyen", "Benali", "Haddad", "Peeters", "Janssens", "Favre", "Schmit",
]
COUNTRY_LANG = {"FR": "fr-FR", "BE": "fr-BE", "CH": "fr-CH", "LU": "fr-LU"}


class Person:
    def __init__(self, first: str, last: str, email: str, country: str, born: date) -> None:
        self.token = token("r")
        self.first = first
        self.last = last
        self.email = email
        self.country = country
        self.born = born


def birth_date(minor: bool) -> date:
    if minor:
        year = rng.choice([2009, 2009, 2010])
    else:
        year = pick({y: (3 if 1985 <= y <= 2001 else 1) for y in range(1966, 2007)})
    return date(year, rng.randint(1, 12), rng.randint(1, 28))


def make_people(n: int) -> list[Person]:
    people: list[Person] = []
    used: set[str] = set()
    for _ in range(n):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        f, s = ascii_slug(first), ascii_slug(last)
        local = pick({f"{f}.{s}": 6, f"{f}{s}": 2, f"{f[0]}.{s}": 2,
                      f"{f}.{s}{rng.randint(1, 99)}": 2})
        while f"{local}@example.org" in used:
            local = f"{f}.{s}{rng.randint(1, 999)}"
        email = f"{local}@example.org"
        used.add(email)
        country = pick({"FR": 80, "BE": 11, "CH": 6, "LU": 3})
        people.append(Person(first, last, email, country, birth_date(minor=False)))
    return people


PEOPLE = make_people(420)

# --- where people come from ------------------------------------------------------------

REFERRERS = {
    "instagram": "l.instagram.com",
    "facebook": "lm.facebook.com",
    "linkedin": "www.linkedin.com",
    "tiktok": "www.tiktok.com",
}
CONTENTS = {
    "instagram": ["reel-teaser", "story-lien", "bio-lien"],
    "facebook": ["post-groupe", "post-page"],
    "linkedin": ["post-agence", "post-equipe"],
    "tiktok": ["video-teaser"],
    "newsletter": ["newsletter-novembre"],
}


def context(source: str | None, campaign: str, person: Person | None,
            paid_share: float = 0.0) -> dict[str, str]:
    ctx: dict[str, str] = {}
    if source is not None:
        ctx["utm_source"] = source
        if source == "newsletter":
            ctx["utm_medium"] = "email"
        else:
            ctx["utm_medium"] = "paid_social" if chance(paid_share) else "social"
        ctx["utm_campaign"] = campaign
        ctx["utm_content"] = rng.choice(CONTENTS[source])
        if source in REFERRERS:
            ctx["referrer_host"] = REFERRERS[source]
    elif chance(0.5):
        ctx["referrer_host"] = rng.choice(["www.google.com", "www.google.fr", "www.qwant.com"])
    ctx["lang"] = COUNTRY_LANG[person.country] if person else "fr-FR"
    return ctx


def source_of(weights: Mapping[str, float]) -> str | None:
    value = pick(weights)
    return None if value == "direct" else value


# --- records ---------------------------------------------------------------------------

def response(item: Item, number: int, prefix: str, person: Person, *,
             started: datetime, submitted: datetime | None, answers: dict[str, Any],
             ctx: dict[str, str], variant: str | None = None,
             lead: dict[str, str] | None = None, consents: list[dict[str, Any]] | None = None,
             outcome: str | None = None) -> dict[str, Any]:
    record: dict[str, Any] = {
        "type": "response",
        "format_version": 1,
        "item": item.uid,
        "content_hash": item.hash,
        "id": f"demo-{prefix}-{number:04d}",
        "respondent": person.token,
    }
    if variant is not None:
        record["variant"] = variant
    record["started_at"] = iso(started)
    if submitted is not None:
        record["submitted_at"] = iso(submitted)
    record["completed"] = submitted is not None
    record["answers"] = answers
    if lead:
        record["lead"] = lead
    if consents:
        record["consents"] = consents
    if outcome is not None:
        record["outcome"] = outcome
    if ctx:
        record["context"] = ctx
    return record


def event(item: Item, session: str, kind: str, at: datetime, ctx: dict[str, str],
          variant: str | None = None) -> dict[str, Any]:
    record: dict[str, Any] = {"type": "event", "format_version": 1, "item": item.uid,
                              "session": session, "event": kind, "at": iso(at)}
    if variant is not None:
        record["variant"] = variant
    if ctx:
        record["context"] = ctx
    return record


def funnel(item: Item, r: dict[str, Any]) -> list[dict[str, Any]]:
    """view, start and (if completed) complete, for one response."""
    started = datetime.fromisoformat(r["started_at"])
    ctx = r.get("context", {})
    out = [
        event(item, r["respondent"], "view", started - timedelta(seconds=rng.randint(4, 90)),
              ctx, r.get("variant")),
        event(item, r["respondent"], "start", started, ctx, r.get("variant")),
    ]
    if r["completed"]:
        out.append(event(item, r["respondent"], "complete",
                         datetime.fromisoformat(r["submitted_at"]), ctx, r.get("variant")))
    return out


def views_only(item: Item, n: int, days: Mapping[int, float], sources: Mapping[str, float],
               campaign: str, variants: Mapping[str, float] | None = None) -> list[dict[str, Any]]:
    """Sessions that saw the item and left without starting it."""
    out = []
    for _ in range(n):
        variant = pick(variants) if variants else None
        out.append(event(item, token("r"), "view", moment(days),
                         context(source_of(sources), campaign, None, 0.25), variant))
    return out


# --- 1. the poll -----------------------------------------------------------------------

POLL_DAYS = {**{d: 10.0 for d in range(2, 9)}, 2: 16.0, 3: 13.0, **{d: 1.2 for d in range(9, 16)}}
POLL_SOURCES = {"instagram": 38, "tiktok": 20, "facebook": 15, "linkedin": 8,
                "newsletter": 7, "direct": 12}
POLL_TASTE = {  # which format people say makes them react, by where they come from
    "instagram": {"reels": 44, "stories": 24, "carrousels": 22, "lives": 10},
    "tiktok": {"reels": 58, "stories": 12, "carrousels": 8, "lives": 22},
    "facebook": {"reels": 30, "stories": 18, "carrousels": 20, "lives": 32},
    "linkedin": {"reels": 18, "stories": 7, "carrousels": 60, "lives": 15},
    "newsletter": {"reels": 30, "stories": 15, "carrousels": 40, "lives": 15},
    None: {"reels": 38, "stories": 20, "carrousels": 27, "lives": 15},
}


def make_poll(n: int, extra_views: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    campaign = "semaine-reseaux-sociaux-2026"
    responses, events = [], []
    for i, person in enumerate(rng.sample(PEOPLE, n), start=1):
        source = source_of(POLL_SOURCES)
        started = moment(POLL_DAYS)
        submitted = started + timedelta(seconds=rng.randint(4, 35))
        r = response(POLL, i, "sondage", person, started=started, submitted=submitted,
                     answers={"q_format": pick(POLL_TASTE[source])},
                     ctx=context(source, campaign, person, paid_share=0.2))
        responses.append(r)
        events += funnel(POLL, r)
    events += views_only(POLL, extra_views, POLL_DAYS, POLL_SOURCES, campaign)
    return responses, events


# --- 2. the KPI quiz -------------------------------------------------------------------

KPI_DAYS = {**decaying(3, 27, 5.0), 16: 0.9, 17: 0.7}  # relaunched in the newsletter of the 16th
KPI_SOURCES = {"linkedin": 33, "newsletter": 24, "instagram": 16, "facebook": 8,
               "tiktok": 6, "direct": 13}
SOURCE_SKILL = {"linkedin": 0.3, "newsletter": 0.35, "instagram": 0.0, "facebook": -0.1,
                "tiktok": -0.35, None: 0.0}
# How easy each question is (logit of the chance of a right answer for an average player).
EASE = {
    "q_portee": 0.9, "q_impressions": 0.5, "q_engagement": -0.4, "q_interactions": 0.3,
    "q_smart": 0.6, "q_nps_detracteurs": -0.1, "q_nps_calcul": 0.4, "q_consentement": 1.6,
    "q_cnil": 1.1, "q_ab_test": 1.2,
}
# Variant A: the original title; fewer finish, but those who do are keener.
# Variant B: a "challenge" title and easy questions first; more finish, lower scores.
VARIANT_PLAN = {
    "A": {"views_only": 0.95, "abandon": 0.28, "skill": 0.25},
    "B": {"views_only": 0.55, "abandon": 0.12, "skill": -0.3},
}
WRONG: dict[str, dict[Any, float]] = {  # the wrong answers people give, by how often
    "q_portee": {"affichages": 6, "portee_payante": 2, "abonnes_gagnes": 1},
    "q_nps_detracteurs": {"de_0_a_4": 3, "de_0_a_8": 2, "de_1_a_3": 1},
    "q_ab_test": {"arret_rapide": 3, "tout_changer": 2, "deux_periodes": 1},
    "q_engagement": {0.05: 5, 20: 3, 50: 2, 2: 1, 6: 1},
    "q_nps_calcul": {70: 3, 80: 4, 50: 2, 20: 1, -30: 1},
    "q_cnil": {"ARCOM": 4, "DGCCRF": 2, "ANSSI": 2, "CSA": 2, "CNLI": 1},
}


def right_option(q: Question) -> str:
    return max(q.options, key=lambda o: o.fraction).id


def kpi_answer(q: Question, p: float) -> Any:
    knows = chance(p)
    if q.id in ("q_portee", "q_nps_detracteurs", "q_ab_test", "q_impressions",
                "q_consentement"):
        right = right_option(q)
        if knows:
            return right
        if q.id in WRONG:
            return pick(WRONG[q.id])
        return next(o.id for o in q.options if o.id != right)
    if q.id == "q_interactions":
        if knows:
            chosen = ["jaime", "commentaires", "partages", "enregistrements"]
            if chance(0.25):
                chosen.remove(rng.choice(["partages", "enregistrements"]))
            return chosen
        odds = {"jaime": 0.9, "commentaires": 0.85, "partages": 0.6, "enregistrements": 0.35,
                "impressions": 0.5, "abonnes": 0.2}
        return [o for o, pr in odds.items() if chance(pr)] or ["jaime"]
    if q.id == "q_smart":
        if knows:
            return ["obj_abonnes", "obj_linkedin"]
        odds = {"obj_abonnes": 0.75, "obj_linkedin": 0.55, "obj_marque": 0.3, "obj_tiktok": 0.4}
        return [o for o, pr in odds.items() if chance(pr)] or ["obj_tiktok"]
    if q.id == "q_engagement":
        if knows:
            return 5.0 if chance(0.1) else 5
        return pick(WRONG["q_engagement"])
    if q.id == "q_nps_calcul":
        return 30 if knows else pick(WRONG["q_nps_calcul"])
    if q.id == "q_cnil":
        return pick({"CNIL": 14, "cnil": 3, "la CNIL": 2, "Cnil": 1}) if knows \
            else pick(WRONG["q_cnil"])
    raise AssertionError(f"no answer model for {q.id}")


def make_kpi(n: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    campaign = "quiz-kpi-2026"
    responses, events = [], []
    views = {"A": 0, "B": 0}
    for i, person in enumerate(rng.sample(PEOPLE, n), start=1):
        variant = "A" if chance(0.5) else "B"
        plan = VARIANT_PLAN[variant]
        views[variant] += 1
        source = source_of(KPI_SOURCES)
        skill = rng.gauss(0.0, 1.0) + plan["skill"] + SOURCE_SKILL[source]
        order = KPI.order(variant)
        abandons = chance(plan["abandon"])
        answered = order[: rng.randint(1, 6)] if abandons else order
        answers: dict[str, Any] = {}
        for qid in answered:
            if chance(0.03):
                continue  # skipped
            answers[qid] = kpi_answer(KPI.q(qid), sigmoid(1.1 * skill + EASE[qid]))
        started = moment(KPI_DAYS)
        submitted = None if abandons else started + timedelta(seconds=rng.randint(140, 480))
        lead, consents = None, None
        if submitted is not None and chance(0.4):
            lead = {"email": person.email}
            if chance(0.85):
                lead["first_name"] = person.first
            consents = [{"id": "newsletter", "version": "2026-09", "given": chance(0.55),
                         "at": iso(submitted)}]
        r = response(KPI, i, "kpi", person, started=started, submitted=submitted,
                     answers=answers, ctx=context(source, campaign, person, paid_share=0.3),
                     variant=variant, lead=lead, consents=consents)
        responses.append(r)
        events += funnel(KPI, r)
    for variant, plan in VARIANT_PLAN.items():
        events += views_only(KPI, round(views[variant] * plan["views_only"]), KPI_DAYS,
                             KPI_SOURCES, campaign, {variant: 1})
    return responses, events


# --- 3. the personality quiz -----------------------------------------------------------

PERSONALITY_DAYS = decaying(4, 22, 4.0)
PERSONALITY_SOURCES = {"instagram": 36, "tiktok": 28, "facebook": 10, "linkedin": 5,
                       "newsletter": 6, "direct": 15}


def leaning(weights: dict[str, float]) -> str:
    """The outcome an option points to most."""
    return max(weights.items(), key=lambda kv: kv[1])[0]


def make_personality(n: int) -> list[dict[str, Any]]:
    responses = []
    for i, person in enumerate(rng.sample(PEOPLE, n), start=1):
        profile = pick({"nano": 52, "micro": 32, "macro": 16})
        abandons = chance(0.2)
        order = PERSONALITY.order(None)
        answered = order[: rng.randint(1, 5)] if abandons else order
        answers = {}
        for qid in answered:
            q = PERSONALITY.q(qid)
            mine = [o.id for o in q.options if leaning(o.weights) == profile]
            answers[qid] = rng.choice(mine) if chance(0.68) else rng.choice(q.options).id
        started = moment(PERSONALITY_DAYS)
        submitted = None if abandons else started + timedelta(seconds=rng.randint(45, 200))
        outcome = leading_outcomes(PERSONALITY.doc, answers)[0] if submitted else None
        source = source_of(PERSONALITY_SOURCES)
        responses.append(response(
            PERSONALITY, i, "influenceur", person, started=started, submitted=submitted,
            answers=answers, ctx=context(source, "quiz-influenceur-2026", person, 0.15),
            outcome=outcome))
    return responses


# --- 4. the survey ---------------------------------------------------------------------

SURVEY_DAYS = decaying(16, 27, 1.5)
SURVEY_SOURCES = {"newsletter": 72, "linkedin": 8, "direct": 20}
COMMENTS = {
    "promoter": [
        "Super atelier, très concret. J’ai déjà appliqué les conseils sur nos Reels.",
        "Formatrice au top et exemples parlants. Vivement la suite !",
        "Le module sur les statistiques m’a enfin fait comprendre la différence entre portée "
        "et impressions.",
        "Très bon rythme, et les supports envoyés après coup sont précieux.",
        "Merci pour les modèles de calendrier éditorial, ils nous font gagner un temps fou.",
    ],
    "passive": [
        "Bon contenu, mais un peu dense pour une demi-journée.",
        "J’aurais aimé plus de cas pratiques sur LinkedIn.",
        "Bien dans l’ensemble ; la partie publicité allait un peu vite.",
        "Une session en visio serait pratique pour ceux qui ne sont pas à Lyon.",
    ],
    "detractor": [
        "Trop théorique pour moi, je m’attendais à plus d’exercices pratiques.",
        "Le niveau était plus basique que ce qui était annoncé.",
        "Salle trop petite et connexion wifi capricieuse pendant la démonstration.",
        "Contenu intéressant, mais trop de monde pour pouvoir poser ses questions.",
    ],
}
TOPICS = {"publicite_meta": 5, "tiktok": 6, "linkedin": 5, "video_courte": 6,
          "statistiques": 7, "rgpd": 3, "ia_generative": 8}


def make_survey(n: int) -> list[dict[str, Any]]:
    responses = []
    for i, person in enumerate(rng.sample(PEOPLE, n), start=1):
        mood = pick({"promoter": 48, "passive": 32, "detractor": 20})
        nps = {"promoter": lambda: pick({9: 5, 10: 4}),
               "passive": lambda: pick({7: 5, 8: 6}),
               "detractor": lambda: pick({2: 1, 3: 1, 4: 2, 5: 3, 6: 5})}[mood]()
        stars = {"promoter": {4: 4, 5: 6}, "passive": {3: 4, 4: 6},
                 "detractor": {1: 1, 2: 4, 3: 5}}[mood]
        agree = {"promoter": {4: 5, 5: 5}, "passive": {3: 4, 4: 6},
                 "detractor": {1: 2, 2: 5, 3: 3}}[mood]
        full: dict[str, Any] = {"q_nps": nps}
        if not chance(0.05):
            full["q_contenus"] = pick(stars)
        if not chance(0.05):
            full["q_utilite"] = pick(agree)
        if not chance(0.1):
            topics: list[str] = []
            for _ in range(rng.choice([1, 2, 2, 3, 3])):
                topic = pick(TOPICS)
                if topic not in topics:
                    topics.append(topic)
            full["q_sujets"] = topics
        if chance(0.45):
            full["q_suggestion"] = rng.choice(COMMENTS[mood])
        abandons = chance(0.18)
        if abandons:
            keep = SURVEY.order(None)[: rng.randint(1, 3)]
            answers = {k: v for k, v in full.items() if k in keep}
        else:
            answers = full
        started = moment(SURVEY_DAYS)
        submitted = None if abandons else started + timedelta(seconds=rng.randint(60, 330))
        source = source_of(SURVEY_SOURCES)
        responses.append(response(
            SURVEY, i, "enquete", person, started=started, submitted=submitted,
            answers=answers, ctx=context(source, "satisfaction-ateliers-2026", person)))
    return responses


# --- 5. the contest --------------------------------------------------------------------

CONTEST_SOURCES = {"instagram": 50, "facebook": 28, "newsletter": 12, "direct": 10}
HEARD = {"instagram": {"instagram": 9, "bouche_a_oreille": 1},
         "facebook": {"facebook": 9, "bouche_a_oreille": 1},
         "newsletter": {"newsletter": 1},
         None: {"bouche_a_oreille": 3, "instagram": 1, "autre": 1}}
STORIES = [
    "Un lever de soleil sur les quais de Saône, pris en allant au travail.",
    "Ma grand-mère qui découvre les Stories pour la première fois.",
    "Notre chien qui a volé la vedette sur la photo de famille.",
    "Le marché de Noël de Strasbourg, juste avant l’ouverture.",
    "Premier essai de photo culinaire : une tarte Tatin un peu rustique.",
    "Une balade en forêt de Soignes, un matin de brouillard.",
    "Le Léman vu depuis Lausanne, sans filtre.",
    "La vieille ville de Luxembourg sous la pluie.",
    "Mon atelier de céramique, le jour de la première fournée.",
    "Le coucher de soleil sur la dune du Pilat, après trois heures de route.",
    "Ma fille qui joue dans les feuilles mortes au parc de la Tête d’Or.",
    "La vitrine de notre librairie, décorée par toute l’équipe.",
]


def handle(person: Person, source: str | None) -> str:
    f, n = ascii_slug(person.first), ascii_slug(person.last)
    if source == "facebook" and chance(0.6):
        return str(pick({f"{person.first} {person.last}": 2,
                     f"{person.first} {person.last} Photographie": 1}))
    return "@" + str(pick({f"{f}.{n}": 3, f"{f}_{n}": 2, f"{f}{n}.photo": 2,
                           f"{f}.clic": 1, f"{f[0]}{n}": 1}))


def make_contest(n: int, minors: int, repeats: int) -> list[dict[str, Any]]:
    start = CONTEST.doc.contest.starts_at.astimezone(UTC)  # type: ignore[union-attr]
    end = CONTEST.doc.contest.ends_at.astimezone(UTC)  # type: ignore[union-attr]
    days = {**decaying(2, 30, 6.0), 29: 0.5, 30: 0.7}  # last-minute entries
    entrants = rng.sample(PEOPLE, n)
    for person in rng.sample(entrants, minors):
        person.born = birth_date(minor=True)
    plan: list[tuple[Person, str | None]] = [(p, None) for p in entrants]
    for person in rng.sample(entrants, repeats):  # a second entry, with a new handle
        plan.append((person, "repeat"))
    rows = []
    for person, repeat in plan:
        started = moment(days)
        while not start <= started <= end - timedelta(minutes=10):
            started = moment(days)
        rows.append((started, person, repeat))
    rows.sort(key=lambda row: row[0])
    responses = []
    for i, (started, person, repeat) in enumerate(rows, start=1):
        source = source_of(CONTEST_SOURCES)
        answers = {"q_compte": handle(person, source), "q_connu": pick(HEARD[source])}
        if chance(0.6):
            answers["q_histoire"] = rng.choice(STORIES)
        submitted = started + timedelta(seconds=rng.randint(70, 260))
        email = person.email.capitalize() if repeat else person.email
        lead = {"email": email, "first_name": person.first, "last_name": person.last,
                "birth_date": person.born.isoformat()}
        consents = [
            {"id": "reglement", "version": "2026-10", "given": True, "at": iso(submitted)},
            {"id": "newsletter", "version": "2026-09", "given": chance(0.45),
             "at": iso(submitted)},
        ]
        responses.append(response(
            CONTEST, i, "concours", person, started=started, submitted=submitted,
            answers=answers, ctx=context(source, "concours-photo-novembre-2026", person, 0.2),
            lead=lead, consents=consents))
    return responses


# --- checks and output -----------------------------------------------------------------


def check(item: Item, record: dict[str, Any]) -> None:
    """Each answer must name a real question, and real options where it has options."""
    for qid, value in record.get("answers", {}).items():
        q = item.q(qid)
        ids = {o.id for o in q.options}
        if q.type in CHOICE_TYPES:
            chosen = value if isinstance(value, list) else [value]
            assert all(c in ids for c in chosen), f"{record['id']}: {qid} = {value!r}"
            if q.type not in (QuestionType.MULTIPLE_CHOICE, QuestionType.IMAGE_MULTIPLE_CHOICE):
                assert isinstance(value, str), f"{record['id']}: {qid} = {value!r}"
            elif q.max_choices is not None:
                assert len(value) <= q.max_choices, f"{record['id']}: {qid} = {value!r}"
        elif q.scale is not None:
            assert isinstance(value, int) and q.scale.min <= value <= q.scale.max
        elif q.type == QuestionType.NUMBER:
            assert isinstance(value, int | float)
        else:
            assert isinstance(value, str) and value
    if record.get("outcome") is not None:
        assert record["outcome"] in {o.id for o in item.doc.outcomes}


def main() -> None:
    poll, poll_events = make_poll(165, extra_views=95)
    kpi, kpi_events = make_kpi(140)
    personality = make_personality(55)
    survey = make_survey(40)
    contest = make_contest(30, minors=3, repeats=2)

    def by_time(record: dict[str, Any]) -> tuple[str, str]:
        return (record.get("at") or record["started_at"],
                record.get("id") or record["session"] + record["event"])

    def numbered(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """In order of start, numbered in that order: demo-kpi-0001 is the first."""
        records = sorted(records, key=by_time)
        for n, record in enumerate(records, start=1):
            record["id"] = record["id"].rsplit("-", 1)[0] + f"-{n:04d}"
        return records

    blocks = [
        (POLL, numbered(poll) + sorted(poll_events, key=by_time)),
        (KPI, numbered(kpi) + sorted(kpi_events, key=by_time)),
        (PERSONALITY, numbered(personality)),
        (SURVEY, numbered(survey)),
        (CONTEST, numbered(contest)),
    ]
    lines = []
    for item, records in blocks:
        for record in records:
            check(item, record)
            line = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
            parsed = parse_line(line)
            if isinstance(parsed, ResponseRecord):
                assert parsed.content_hash == item.hash
            lines.append(line)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")
    responses = len(poll) + len(kpi) + len(personality) + len(survey) + len(contest)
    print(f"{OUT.relative_to(SEEDS.parent)}: {responses} responses, "
          f"{len(lines) - responses} events")


if __name__ == "__main__":
    main()
