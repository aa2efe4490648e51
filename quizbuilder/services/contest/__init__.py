"""A contest's use cases: its entries, the organiser's exclusions, its rules, and the draw.

Where the entries come from: the responses to the contest's own entry form and, when
the contest names one (``contest.entry_item``), the responses to that linked item (a
quiz to take part). Each response is a candidate judged on its own by
``domain.entries.select_entries`` (``entries``).

The draw (``domain.draw``) happens in three recorded moves: ``commit`` stores a secret
seed and returns the commitment to publish before the contest closes; ``draw`` freezes
the eligible entries, draws, and writes the certificate (JSON, readable HTML and PDF)
and the frozen entry list in one transaction; ``substitute`` appends to the
certificate's log when a winner is replaced by the next alternate. ``verify`` redoes the
checks from the files alone, with no library.

Privacy: certificates, the entries report and the entry list name entries by response
id and pseudonym ("Léa M.", else "Participant 4F2A"), never by e-mail. ``winners`` is
the organiser's own contact list and is never written into a certificate.

The package: ``base`` (loading a contest, candidates, pseudonyms, the contest's log),
``entries`` (entries, exclusions, rules), ``draws`` (commitment, draw, substitution,
winners, verification). Import from here.
"""

from __future__ import annotations

from quizbuilder.services.contest.base import (
    ContestError,
    NotAContest,
    disposable_domains,
    make_pseudonyms,
    person_label,
)
from quizbuilder.services.contest.draws import (
    ENTRIES_FORMAT,
    Commitment,
    DrawFiles,
    DrawnEntry,
    DrawOutcome,
    DrawRecord,
    DrawState,
    SubstitutionOutcome,
    WinnerContact,
    commit,
    default_folder,
    draw,
    draw_state,
    read_entries_file,
    substitute,
    verify,
    winners,
)
from quizbuilder.services.contest.entries import (
    CandidateRow,
    ContestEntries,
    RulesExport,
    contest_rules_problems,
    entries,
    exclude,
    export_rules,
    history,
    reinstate,
    rules_html,
)
from quizbuilder.services.contest.entry_list import EntryListError, import_entry_list

__all__ = [
    "ENTRIES_FORMAT",
    "CandidateRow",
    "Commitment",
    "ContestEntries",
    "ContestError",
    "DrawFiles",
    "DrawOutcome",
    "DrawRecord",
    "DrawState",
    "DrawnEntry",
    "EntryListError",
    "NotAContest",
    "RulesExport",
    "SubstitutionOutcome",
    "WinnerContact",
    "commit",
    "contest_rules_problems",
    "default_folder",
    "disposable_domains",
    "draw",
    "draw_state",
    "entries",
    "exclude",
    "export_rules",
    "history",
    "import_entry_list",
    "make_pseudonyms",
    "person_label",
    "read_entries_file",
    "reinstate",
    "rules_html",
    "substitute",
    "verify",
    "winners",
]
