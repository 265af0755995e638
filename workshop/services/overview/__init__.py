"""The overview over a period: what the workshops gave, for the yearly evaluation and the prize.

Principle 10 of Gran's *Innovasjonsplakaten* — «Vi i Gran måler effekt, synliggjør resultater og
tar ut gevinster» — and the focus areas *Faktabasert kvalitetsutvikling* and *Ekstern vurdering*
(the yearly application for the ministry's innovation prize) ask for figures that can be checked.
So every number here comes with the sessions it was counted from (:attr:`Overview.sessions`, the
report's appendix), and each total is the sum of that list's column.

What is counted:

* sessions dated inside the period, both ends included; sessions without a date are left out and
  counted separately (:attr:`Overview.undated_sessions`); deleted (hidden) sessions never count;
* participants per group: the actual count where one was recorded for the group, else the
  planned one — :class:`GroupCount` and :class:`CountedSession` say which;
* inputs: live notes only (deleted notes never count); a note tagged with two principles counts
  under both, so the principle rows can add up to more than the number of inputs;
* actions of the counted sessions by status; overdue = due before ``today`` and still open or in
  progress;
* the evaluation: every 1–5 rating given in a counted session (read through
  :func:`workshop.services.evaluation.evaluation_summaries`);
* stories: notes (live) and actions the facilitator marked as an innovation story.

The counting is aggregate SQL over the sessions of the period, never a query per session: one
compound query reads the period's live notes once and counts them per session, per session and
principle (a LEFT JOIN: the NULL principle is "without a principle"), per session and focus area,
and lists the stories; ratings are one GROUP BY per session and value. The sums by type, month
and group run over the appendix's rows, so they add up to its totals. 500 sessions / 50,000
notes take about 160 ms (``tests/benchmarks/bench_overview.py``; target ≤ 300 ms).

:func:`overview_tables` gives the overview as plain tables (the view and the CSV export use the
same rows; :mod:`workshop.export.overview_csv` writes them).

The package: :mod:`.query` reads the period, :mod:`.aggregate` puts the overview together from
what it read, :mod:`.model` declares what the overview holds, :mod:`.tables` lays it out.
"""

from workshop.services.overview.aggregate import build_overview, few_inputs
from workshop.services.overview.model import (
    SOURCES,
    ActionRow,
    CountedSession,
    Evaluation,
    FocusAreaCount,
    GroupCount,
    MonthCount,
    Overview,
    PrincipleCount,
    StatusCount,
    Story,
    TypeCount,
)
from workshop.services.overview.tables import (
    TABLE_NAMES,
    OverviewTable,
    overview_tables,
    summary_rows,
)

__all__ = [
    "SOURCES",
    "TABLE_NAMES",
    "ActionRow",
    "CountedSession",
    "Evaluation",
    "FocusAreaCount",
    "GroupCount",
    "MonthCount",
    "Overview",
    "OverviewTable",
    "PrincipleCount",
    "StatusCount",
    "Story",
    "TypeCount",
    "build_overview",
    "few_inputs",
    "overview_tables",
    "summary_rows",
]
