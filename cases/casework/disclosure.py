"""Small counts hidden as statistics offices hide them, so that no report lets anyone
pick out a person: a count of 1 to 4 is shown as 「*」 (primary suppression), and where a
table shows totals, hidden counts must not be worked out from the totals and the counts
shown (secondary suppression).

Zeros are always shown, so everybody knows that a 「*」 is at least 1. The table is
audited as someone trying to undo it would read it: every row and column with its total
is an equation, every 「*」 an unknown of at least 1, and the bounds each unknown must
lie in are narrowed line by line until nothing changes (「6, *, *, *, 0, 計 9」 says each
「*」 is 1; five 「*」 summing to 5 across a table, each is 1; one 「*」 alone in its line
is its total less the others). A hidden count of 1 to 4 whose bounds leave it fewer than
three possible values is not protected: one more count of one of its lines is hidden —
the smallest shown non-zero count, else the line's total — and the table is audited
again, until every small count is protected. Narrowing line by line is quick but misses
what the lines say together, so the last audit solves, for each hidden small count, the
smallest and the largest value all the equations allow (linear programs, HiGHS), as
anyone with a spreadsheet's solver could. Totals are computed from the true
counts and are themselves hidden when 1 to 4."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

MIN_SHOWN = 5  # the smallest count shown; 1..MIN_SHOWN-1 are hidden (0 is shown)
# A hidden small count must have at least this many values its table allows.
POSSIBLE_VALUES = 3
# How many cells are tried, each with a reading line by line, before taking the first.
MAX_TRIED = 12

# A cell: (row, column) of one table, or (table, row, column) of tables audited together.
Cell = tuple[int, ...]
Bounds = dict[Cell, tuple[float, float]]
Grid = Mapping[Cell, int]
Shown = list[list[int | None]]


def is_small(count: int) -> bool:
    return 0 < count < MIN_SHOWN


def _value(grid: Grid, cell: Cell) -> int:
    return grid[cell]


def bounds_of_hidden(grid: Grid, hidden: set[Cell], lines: Sequence[Sequence[Cell]]) -> Bounds:
    """What each hidden cell can be, read from the cells shown: each line (its total last)
    is `sum(cells) == total`, each hidden cell at least 1, bounds narrowed to a fixpoint."""
    bounds: Bounds = {cell: (1.0, math.inf) for cell in hidden}

    def of(cell: Cell) -> tuple[float, float]:
        if cell in bounds:
            return bounds[cell]
        value = float(_value(grid, cell))
        return value, value

    for _ in range(4 * len(lines) + 4):
        changed = False
        for line in lines:
            parts, total = line[:-1], line[-1]
            low_sum = sum(of(cell)[0] for cell in parts)
            high_sum = sum(of(cell)[1] for cell in parts)
            total_low, total_high = of(total)
            total_low, total_high = max(total_low, low_sum), min(total_high, high_sum)
            narrowed = {total: (total_low, total_high)}
            for cell in parts:
                if cell in bounds:
                    low, high = bounds[cell]
                    narrowed[cell] = (
                        max(low, total_low - (high_sum - high)),
                        min(high, total_high - (low_sum - low)),
                    )
            for cell, found in narrowed.items():
                if cell in bounds and found != bounds[cell]:
                    bounds[cell] = found
                    changed = True
        if not changed:
            break
    return bounds


def solved_bounds(grid: Grid, hidden: set[Cell], lines: Sequence[Sequence[Cell]]) -> Bounds:
    """What each hidden small count can be, by linear programming over every line at
    once (each hidden cell at least 1): the tightest bounds the table allows. One model,
    its objective changed for each count (HiGHS re-solves from the last basis)."""
    import highspy

    unknowns = sorted(hidden)
    place = {cell: k for k, cell in enumerate(unknowns)}
    small = [cell for cell in unknowns if is_small(_value(grid, cell))]
    solver = highspy.Highs()  # type: ignore[no-untyped-call]
    solver.silent()
    width = len(unknowns)
    solver.addVars(width, [1.0] * width, [highspy.kHighsInf] * width)
    equations = 0
    for line in lines:
        weights: dict[int, float] = {}
        known = 0.0
        for sign, cell in [(1.0, c) for c in line[:-1]] + [(-1.0, line[-1])]:
            if cell in place:
                weights[place[cell]] = weights.get(place[cell], 0.0) + sign
            else:
                known += sign * _value(grid, cell)
        columns = [k for k, weight in weights.items() if weight]
        if columns:
            solver.addRow(-known, -known, len(columns), columns, [weights[k] for k in columns])
            equations += 1
    if not equations:
        return {cell: (1.0, math.inf) for cell in small}
    everything = list(range(width))

    def extreme(cell: Cell, sense: highspy.ObjSense) -> float | None:
        """The count's least or most value; None: no bound that way."""
        solver.changeColsCost(
            width, everything, [1.0 if k == place[cell] else 0.0 for k in everything]
        )
        solver.changeObjectiveSense(sense)
        solver.run()
        if solver.getModelStatus() != highspy.HighsModelStatus.kOptimal:
            return None
        return float(solver.getInfo().objective_function_value)

    bounds: Bounds = {}
    for cell in small:
        most = extreme(cell, highspy.ObjSense.kMaximize)
        high = math.inf if most is None else most
        value = _value(grid, cell)  # the true count is one solution: least ≤ value ≤ most
        if high - value + 1 >= POSSIBLE_VALUES:
            bounds[cell] = (value, high)  # enough room above it; the least need not be known
            continue
        least = extreme(cell, highspy.ObjSense.kMinimize)
        bounds[cell] = (1.0 if least is None else least, high)
    return bounds


def _exposed(grid: Grid, bounds: Bounds) -> list[Cell]:
    """The hidden small counts the bounds leave fewer than `POSSIBLE_VALUES` values
    (fewest first)."""
    weak = [
        cell
        for cell, (low, high) in bounds.items()
        if is_small(_value(grid, cell)) and high - low + 1 < POSSIBLE_VALUES - 1e-6
    ]
    return sorted(weak, key=lambda cell: (bounds[cell][1] - bounds[cell][0], cell))


def _one_more(
    grid: Grid, exposed: Cell, hidden: set[Cell], lines: Sequence[Sequence[Cell]]
) -> Cell | None:
    """The cell to hide so that `exposed` can be more, the least lost first: of the shown
    non-zero cells of the lines through it, then of every line with a hidden cell (the
    count may be given away through other lines), counts before totals and small before
    large, the first whose hiding protects it when read line by line; else the first."""
    through = [line for line in lines if exposed in line]
    touched = [line for line in lines if any(cell in hidden for cell in line)]
    candidates: list[Cell] = []
    for group in (through, touched):
        for cells in ([c for line in group for c in line[:-1]], [line[-1] for line in group]):
            shown = {c for c in cells if c not in hidden and _value(grid, c) > 0}
            fresh = sorted(shown - set(candidates), key=lambda cell: (_value(grid, cell), cell))
            candidates += fresh
    for cell in candidates[:MAX_TRIED]:
        if exposed not in _exposed(grid, bounds_of_hidden(grid, hidden | {cell}, lines)):
            return cell
    return candidates[0] if candidates else None


def _table(
    counts: Sequence[Sequence[int]], row_totals: bool, column_totals: bool, prefix: Cell = ()
) -> tuple[dict[Cell, int], list[list[Cell]], tuple[int, int]]:
    """A table with its totals (a last column of row totals, a last row of column totals,
    as asked) as cells, its lines (each with its total last) and its shape."""
    grid = [[*row, sum(row)] if row_totals else list(row) for row in counts]
    if column_totals and grid:
        grid.append([sum(column) for column in zip(*grid, strict=True)])
    height, width = len(grid), len(grid[0]) if grid else 0
    values = {(*prefix, i, j): grid[i][j] for i in range(height) for j in range(width)}
    lines: list[list[Cell]] = []
    if row_totals:
        lines += [[(*prefix, i, j) for j in range(width)] for i in range(height)]
    if column_totals:
        lines += [[(*prefix, i, j) for i in range(height)] for j in range(width)]
    return values, lines, (height, width)


def _suppressed(grid: Grid, lines: Sequence[Sequence[Cell]]) -> set[Cell]:
    """The cells to hide: the small ones, then as many more as the audit asks."""
    hidden = {cell for cell, value in grid.items() if is_small(value)}
    beyond_help: set[Cell] = set()
    while lines:
        narrowed = bounds_of_hidden(grid, hidden, lines)
        exposed = [c for c in _exposed(grid, narrowed) if c not in beyond_help]
        if not exposed:
            solved = solved_bounds(grid, hidden, lines)
            exposed = [c for c in _exposed(grid, solved) if c not in beyond_help]
        if not exposed:
            break
        more = _one_more(grid, exposed[0], hidden, lines)
        if more is None:  # every count of its lines hidden already, or zero
            beyond_help.add(exposed[0])
        else:
            hidden.add(more)
    return hidden


def _shown(values: Grid, hidden: set[Cell], shape: tuple[int, int], prefix: Cell = ()) -> Shown:
    height, width = shape
    return [
        [None if (*prefix, i, j) in hidden else values[(*prefix, i, j)] for j in range(width)]
        for i in range(height)
    ]


def protect(
    counts: Sequence[Sequence[int]], row_totals: bool = False, column_totals: bool = False
) -> Shown:
    """The table with its totals (a last column of row totals, a last row of column
    totals, as asked), None where a count is hidden."""
    values, lines, shape = _table(counts, row_totals, column_totals)
    return _shown(values, _suppressed(values, lines), shape)


Table = tuple[Sequence[Sequence[int]], bool, bool]  # counts, row totals, column totals


def protect_together(tables: Sequence[Table], same: Sequence[tuple[Cell, Cell]]) -> list[Shown]:
    """Tables shown on one page, audited as one: `same` pairs cells of two tables — as
    (table, row, column), totals included — that count the same cases (a 区's total in
    two tables, a category's total and its diagonal among the troubles that come
    together), so that a count one table hides is not read off another."""
    values: dict[Cell, int] = {}
    lines: list[list[Cell]] = []
    shapes = []
    for t, (counts, row_totals, column_totals) in enumerate(tables):
        cells, table_lines, shape = _table(counts, row_totals, column_totals, (t,))
        values.update(cells)
        lines += table_lines
        shapes.append(shape)
    lines += [[first, second] for first, second in same]  # first == second
    hidden = _suppressed(values, lines)
    # A count hidden in one table and shown in its twin is known anyway: shown in both,
    # so the page does not look as if it hid what it shows (never a small count: its
    # twin, the same number, is hidden too).
    changed = True
    while changed:
        changed = False
        for first, second in same:
            if (first in hidden) != (second in hidden) and not is_small(values[first]):
                hidden -= {first, second}
                changed = True
    return [_shown(values, hidden, shape, (t,)) for t, shape in enumerate(shapes)]
