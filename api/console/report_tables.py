"""The reports page's tables, as staff read them and as their CSV carries them: the
counts of `cases/casework/reports.py` laid out by month, 区 and category, small counts
hidden (`cases/casework/disclosure.py`), every cell already the text shown."""

from __future__ import annotations

import asyncio
import csv
import io
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from cases.casework import reports
from cases.casework.disclosure import Shown, is_small, protect, protect_together
from cases.casework.reports import Pairs, ReportScope, Timing
from cases.casework.vocabulary import CHANNEL_LABELS
from nlu.categories import CATEGORY_IDS, CATEGORY_LABELS, CATEGORY_SHORT

HIDDEN = "*"  # a count of 1–4, or one that would give one away
NOT_COUNTED = "—"  # nothing to show: no case measured, or not countable in this view
TOTAL = "計"


@dataclass(frozen=True, slots=True)
class ReportTable:
    """One figure: its table (every cell as shown) and how its chart draws it — `chart`
    (stacked | bars | barh | lines | heatmap) over the columns `plotted`, the rows but a total."""

    key: str
    title: str
    corner: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, tuple[str, ...]], ...]
    chart: str
    plotted: tuple[int, ...]
    note: str = ""
    unit: str = "件"

    @property
    def chart_rows(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        return tuple(row for row in self.rows if row[0] != TOTAL)

    def csv_text(self) -> str:
        """The table as a CSV file Excel opens (UTF-8 with a BOM, CRLF)."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow([as_cell(self.corner), *map(as_cell, self.columns)])
        for label, cells in self.rows:
            writer.writerow([as_cell(label), *map(as_cell, cells)])
        return "\ufeff" + out.getvalue()


# What a spreadsheet would run as a formula: a cell that begins with one of these.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def as_cell(text: str) -> str:
    """A CSV cell a spreadsheet shows as text: 「=HYPERLINK(…)」 gets a leading 「'」."""
    return "'" + text if text.startswith(FORMULA_START) else text


def shown(value: int | None) -> str:
    return HIDDEN if value is None else str(value)


@dataclass(frozen=True, slots=True)
class Counted:
    """One figure's counts before hiding: rows and columns by id, which totals it shows."""

    counts: list[list[int]]
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    row_totals: bool
    column_totals: bool

    @property
    def height(self) -> int:
        return len(self.rows) + (1 if self.column_totals else 0)

    @property
    def width(self) -> int:
        return len(self.columns) + (1 if self.row_totals else 0)


# How a figure's counts are hidden: alone, or as the page's tables audited together.
Protector = Callable[[Counted], Shown]


def alone(counted: Counted) -> Shown:
    return protect(counted.counts, counted.row_totals, counted.column_totals)


def count_table(
    pairs: Pairs,
    rows: Sequence[tuple[str, str]],
    columns: Sequence[tuple[str, str]],
    row_totals: bool,
    column_totals: bool,
    protector: Protector = alone,
) -> tuple[tuple[str, ...], tuple[tuple[str, tuple[str, ...]], ...]]:
    """(column labels, rows) of the counts `pairs[(row id, column id)]`, protected."""
    counts = [[pairs.get((r, c), 0) for c, _ in columns] for r, _ in rows]
    ids = (tuple(r for r, _ in rows), tuple(c for c, _ in columns))
    grid = protector(Counted(counts, *ids, row_totals, column_totals))
    labels = [label for _, label in rows] + ([TOTAL] if column_totals else [])
    heads = tuple(label for _, label in columns) + ((TOTAL,) if row_totals else ())
    body = tuple(
        (label, tuple(shown(v) for v in line)) for label, line in zip(labels, grid, strict=True)
    )
    return heads, body


def _ids(values: Sequence[str]) -> list[tuple[str, str]]:
    return [(v, v) for v in values]


CHANNELS = list(CHANNEL_LABELS.items())
CATEGORIES = [(c, CATEGORY_LABELS[c]) for c in CATEGORY_IDS]


def _timing_cells(timing: Timing | None) -> tuple[str, ...]:
    if timing is None:
        return "0", NOT_COUNTED, NOT_COUNTED
    if is_small(timing.count):
        return HIDDEN, HIDDEN, HIDDEN
    # Two decimals: a hand-off ten minutes after the first message is 0.17, not 0.0.
    return str(timing.count), f"{timing.hours[50]:.2f}", f"{timing.hours[90]:.2f}"


def _share(complex_count: str, total: str) -> str:
    if HIDDEN in (complex_count, total) or total == "0":
        return HIDDEN if total != "0" else NOT_COUNTED
    return f"{100 * int(complex_count) / int(total):.1f}%"


Key = Callable[[reports.Tally], str]


def tallied(tallies: Sequence[reports.Tally], column: Key, row: Key | None = None) -> Pairs:
    """Grouped counts summed again by a coarser (row, column) — the month by default."""
    summed: Pairs = {}
    for tally in tallies:
        pair = (row(tally) if row else tally.month, column(tally))
        summed[pair] = summed.get(pair, 0) + tally.count
    return summed


# Which counts each figure is drawn from: a CSV asks the database for its own only.
SOURCES: dict[str, tuple[str, ...]] = {
    "channel-month": ("tally",),
    "channel-ward": ("tally",),
    "category-ward": ("pairs",),
    "main-category-ward": ("main",),
    "together": ("pairs",),
    "complex-month": ("tally",),
    "timing-month": ("timings",),
    "consent-crisis": ("tally", "consent"),
}
FETCH: dict[str, Callable[[AsyncSession, ReportScope], Awaitable[Any]]] = {
    "tally": reports.case_tally,
    "main": reports.main_categories,
    "pairs": reports.category_pairs,
    "timings": reports.timings,
    "consent": reports.consent_decisions,
}


async def build_tables(
    sessions: async_sessionmaker[AsyncSession],
    scope: ReportScope,
    wards: Sequence[str],
    only: str | None = None,
) -> list[ReportTable]:
    """Every figure of the page for `scope` (or the one `only`); `wards` are the 区 shown
    as columns.

    The counts are independent reads, each asked on a connection of its own and all at
    once, so the database works on them side by side (on two cores the page took the sum
    of five queries, now about the longest). The tables that count the same cases are
    hidden together (`LINKED`), so a figure's CSV is hidden as on the page; when the reads
    disagree on a number they share (a case arrived between them), they are read again
    in one snapshot."""
    keys = [only] if only in SOURCES else list(SOURCES) if only is None else []
    if any(key in LINKED for key in keys):
        keys_read = list(dict.fromkeys([*keys, *LINKED]))
    else:
        keys_read = keys
    needed = list(dict.fromkeys(source for key in keys_read for source in SOURCES[key]))

    async def fetched(source: str) -> Any:
        async with sessions() as db:
            await reports.without_jit(db)
            return await FETCH[source](db, scope)

    found = await asyncio.gather(*(fetched(source) for source in needed))
    data = dict(zip(needed, found, strict=True))
    joint: dict[str, Shown] = {}
    if any(key in LINKED for key in keys):
        counted = _counted_linked(data, scope, wards)
        if not _agree(counted):
            data = await _read_in_one_snapshot(sessions, scope, needed)
            counted = _counted_linked(data, scope, wards)
        joint = _hidden_together(counted)

    def protector(key: str) -> Protector:
        return (lambda _: joint[key]) if key in joint else alone

    return [FIGURES[key](data, scope, wards, protector(key)) for key in keys]


# The figures that count the same cases, hidden together: a month's, a 区's or a
# channel's total in one is the same number in another, and a category's total among
# the troubles is the diagonal of the troubles that come together.
LINKED = (
    "channel-month",
    "channel-ward",
    "category-ward",
    "main-category-ward",
    "together",
    "complex-month",
)


def _counted_linked(data: Data, scope: ReportScope, wards: Sequence[str]) -> dict[str, Counted]:
    """Each linked figure's counts before hiding (its figure built once, its cells unused)."""
    counted: dict[str, Counted] = {}
    for key in LINKED:

        def keep(found: Counted, key: str = key) -> Shown:
            counted[key] = found
            return alone_unhidden(found)

        FIGURES[key](data, scope, wards, keep)
    return counted


def alone_unhidden(counted: Counted) -> Shown:
    """The counts with their totals, nothing hidden (a figure built only to learn its
    counts)."""
    grid: Shown = [[*row, sum(row)] if counted.row_totals else list(row) for row in counted.counts]
    if counted.column_totals and grid:
        grid.append([sum(v or 0 for v in column) for column in zip(*grid, strict=True)])
    return grid


def _same_cells(counted: dict[str, Counted]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """The pairs of cells, across the linked figures, that count the same cases."""
    order = {key: t for t, key in enumerate(LINKED)}

    def row_total(key: str, row: str) -> tuple[int, ...]:
        table = counted[key]
        return (order[key], table.rows.index(row), table.width - 1)

    def column_total(key: str, column: str) -> tuple[int, ...]:
        table = counted[key]
        return (order[key], table.height - 1, table.columns.index(column))

    def grand(key: str) -> tuple[int, ...]:
        table = counted[key]
        return (order[key], table.height - 1, table.width - 1)

    month, ward, main = (
        counted["channel-month"],
        counted["channel-ward"],
        counted["main-category-ward"],
    )
    same = [
        (grand("channel-month"), grand(key))
        for key in ("channel-ward", "main-category-ward", "complex-month")
    ]
    same += [
        (column_total("channel-month", c), column_total("channel-ward", c)) for c in month.columns
    ]
    same += [(row_total("channel-month", m), row_total("complex-month", m)) for m in month.rows]
    same += [
        (row_total("channel-ward", w), column_total("main-category-ward", w))
        for w in ward.rows
        if w in main.columns
    ]
    categories, together = counted["category-ward"], counted["together"]
    same += [
        (row_total("category-ward", c), (order["together"], i, together.columns.index(c)))
        for i, c in enumerate(together.rows)
        if c in categories.rows
    ]
    return same


def _agree(counted: dict[str, Counted]) -> bool:
    """The reads counted the same cases where two figures share a number."""
    grids = [alone_unhidden(counted[key]) for key in LINKED]
    return all(
        grids[t1][i1][j1] == grids[t2][i2][j2]
        for (t1, i1, j1), (t2, i2, j2) in _same_cells(counted)
    )


def _hidden_together(counted: dict[str, Counted]) -> dict[str, Shown]:
    tables = [
        (counted[key].counts, counted[key].row_totals, counted[key].column_totals) for key in LINKED
    ]
    shown = protect_together(tables, _same_cells(counted))
    return dict(zip(LINKED, shown, strict=True))


async def _read_in_one_snapshot(
    sessions: async_sessionmaker[AsyncSession], scope: ReportScope, needed: Sequence[str]
) -> Data:
    async with sessions() as db:
        if reports.dialect_of(db).postgres:
            await db.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        await reports.without_jit(db)
        return {source: await FETCH[source](db, scope) for source in needed}


Data = dict[str, Any]


def _channel_month(
    data: Data, scope: ReportScope, wards: Sequence[str], protector: Protector = alone
) -> ReportTable:
    pairs = tallied(data["tally"], lambda t: t.channel)
    heads, body = count_table(pairs, _ids(scope.months()), CHANNELS, True, True, protector)
    plotted = tuple(range(len(CHANNELS)))
    return ReportTable(
        "channel-month", "相談経路別の相談件数（月別）", "月", heads, body, "stacked", plotted
    )


def _every_ward(wards: Sequence[str], seen: Iterable[str]) -> list[tuple[str, str]]:
    """The city's 区, then any other a case names (so that no case is left out of the
    区 tables), 不明 last."""
    others = sorted(set(seen) - set(wards) - {reports.UNKNOWN_WARD})
    ordered = [w for w in wards if w != reports.UNKNOWN_WARD] + others
    return _ids([*ordered, reports.UNKNOWN_WARD] if reports.UNKNOWN_WARD in wards else ordered)


def _channel_ward(
    data: Data, scope: ReportScope, wards: Sequence[str], protector: Protector = alone
) -> ReportTable:
    pairs = tallied(data["tally"], lambda t: t.channel, lambda t: t.ward)
    rows = _every_ward(wards, (w for w, _ in pairs))
    heads, body = count_table(pairs, rows, CHANNELS, True, True, protector)
    plotted = tuple(range(len(CHANNELS)))
    return ReportTable(
        "channel-ward", "相談経路別の相談件数（区別）", "区", heads, body, "stacked", plotted
    )


def _category_ward(
    data: Data, scope: ReportScope, wards: Sequence[str], protector: Protector = alone
) -> ReportTable:
    pairs = {(a, w): n for (a, b, w), n in data["pairs"].items() if a == b}
    columns = _every_ward(wards, (w for _, w in pairs))
    heads, body = count_table(pairs, CATEGORIES, columns, True, False, protector)
    return ReportTable(
        "category-ward",
        "お困りごと別の相談件数（○ すべて・区別）",
        "お困りごと",
        heads,
        body,
        "barh",
        (len(heads) - 1,),
        "ひとつの相談に複数のお困りごとがあるため、縦に足すと相談件数より多くなります。",
    )


def _main_category_ward(
    data: Data, scope: ReportScope, wards: Sequence[str], protector: Protector = alone
) -> ReportTable:
    columns = _every_ward(wards, (w for _, w in data["main"]))
    heads, body = count_table(data["main"], CATEGORIES, columns, True, True, protector)
    return ReportTable(
        "main-category-ward",
        "主なお困りごと別の相談件数（◎・区別）",
        "お困りごと",
        heads,
        body,
        "barh",
        (len(heads) - 1,),
    )


def _together(
    data: Data, scope: ReportScope, wards: Sequence[str], protector: Protector = alone
) -> ReportTable:
    pairs: Pairs = {}
    for (a, b, _), n in data["pairs"].items():
        pairs[a, b] = pairs.get((a, b), 0) + n
    short = [(c, CATEGORY_SHORT[c]) for c in CATEGORY_IDS]
    heads, body = count_table(pairs, short, short, False, False, protector)
    return ReportTable(
        "together",
        "いっしょに出てくるお困りごと（件数）",
        "お困りごと",
        heads,
        body,
        "heatmap",
        tuple(range(len(heads))),
        "行と列のお困りごとが両方ある相談の件数。対角線はそのお困りごとがある相談の件数です"
        "（例：介護 × 支出・借金・滞納 は 8050 問題の目安）。",
    )


def _complex_month(
    data: Data, scope: ReportScope, wards: Sequence[str], protector: Protector = alone
) -> ReportTable:
    pairs = tallied(data["tally"], lambda t: "complex" if t.complex else "single")
    kinds = [("complex", "複合課題"), ("single", "単独の課題")]
    heads, body = count_table(pairs, _ids(scope.months()), kinds, True, True, protector)
    body = tuple((label, (*cells, _share(cells[0], cells[2]))) for label, cells in body)
    return ReportTable(
        "complex-month",
        "複合課題の割合（月別）",
        "月",
        (*heads, "複合課題の割合"),
        body,
        "stacked",
        (0, 1),
        "複合課題：お困りごとが2つ以上の相談。割合は件数が表示されている月だけ示します。",
    )


def _timing_month(
    data: Data, scope: ReportScope, wards: Sequence[str], protector: Protector = alone
) -> ReportTable:
    handoff, response = data["timings"]["handoff"], data["timings"]["response"]
    rows = tuple(
        (m, (*_timing_cells(handoff.get(m)), *_timing_cells(response.get(m))))
        for m in scope.months()
    )
    return ReportTable(
        "timing-month",
        "最初のメッセージから手渡し・職員の最初の対応までの時間（月別・時間）",
        "月",
        (
            "手渡し 件数",
            "手渡し 中央値",
            "手渡し 90%",
            "職員の対応 件数",
            "職員の対応 中央値",
            "職員の対応 90%",
        ),
        rows,
        "lines",
        (1, 2, 4, 5),
        "中央値・90% は時間。手渡しの月で数えます。件数が1〜4の月は表示しません。",
        unit="時間",
    )


def _consent_crisis(
    data: Data, scope: ReportScope, wards: Sequence[str], protector: Protector = alone
) -> ReportTable:
    crises = tallied([t for t in data["tally"] if t.crisis], lambda t: "crisis")
    pairs = {**data["consent"], **crises}
    columns = [("declined", "同意しなかった"), ("withdrawn", "同意の取り消し"),
               ("crisis", "緊急の相談")]  # fmt: skip
    heads, body = count_table(pairs, _ids(scope.months()), columns, False, True, protector)
    if not scope.city_wide:  # a declined consent opens no case: no 区, no agency
        body = tuple((label, (NOT_COUNTED, *cells[1:])) for label, cells in body)
    return ReportTable(
        "consent-crisis",
        "同意しなかった・同意の取り消し・緊急の相談（月別）",
        "月",
        heads,
        body,
        "bars",
        (0, 1, 2),
        "同意しなかった相談はケースにならないため、区を選んだときと相談機関の職員には"
        "数えられません（—）。",
    )


Figure = Callable[[Data, ReportScope, Sequence[str], Protector], ReportTable]
FIGURES: dict[str, Figure] = {
    "channel-month": _channel_month,
    "channel-ward": _channel_ward,
    "category-ward": _category_ward,
    "main-category-ward": _main_category_ward,
    "together": _together,
    "complex-month": _complex_month,
    "timing-month": _timing_month,
    "consent-crisis": _consent_crisis,
}
