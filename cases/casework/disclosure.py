"""Small counts hidden as statistics offices hide them, so that no report lets anyone
pick out a person: a count of 1 to 4 is shown as 「*」 (primary suppression), and where a
table shows totals, no row or column may have exactly one hidden cell — its value would
be its total minus the others — so one more cell of that line is hidden — the smallest
non-zero one, or the line's total when the rest are zeros (secondary suppression) — until
every line with a hidden cell has two or more. Since zeros are shown, a 「*」 is at least
1: a line whose hidden cells are all 1 beside a shown total would give them away, so a
zero of that line is hidden too. Totals are computed from the true counts and are
themselves hidden when 1 to 4."""

from __future__ import annotations

from collections.abc import Sequence

MIN_SHOWN = 5  # the smallest count shown; 1..MIN_SHOWN-1 are hidden (0 is shown)

Cell = tuple[int, int]


def is_small(count: int) -> bool:
    return 0 < count < MIN_SHOWN


def _value(grid: Sequence[Sequence[int]], cell: Cell) -> int:
    return grid[cell[0]][cell[1]]


def _one_more(grid: Sequence[Sequence[int]], line: list[Cell], hidden: set[Cell]) -> Cell | None:
    """The cell of `line` (its total last) to hide next, if the line gives a hidden count
    away: one hidden cell alone (the total minus the others), or hidden cells that are all
    1 while the total shows (zeros are shown, so each 「*」 is at least 1: 「6, *, *, *, 0,
    計 9」 says each is 1). A shown zero is hidden then, so that a 「*」 may be 0."""
    cells = [cell for cell in line[:-1] if cell in hidden]
    shown = [cell for cell in line[:-1] if cell not in hidden]
    total_shown = line[-1] not in hidden
    alone = len(cells) + (not total_shown) == 1
    all_ones = total_shown and len(cells) >= 2 and all(_value(grid, c) == 1 for c in cells)
    if not (alone or all_ones):
        return None
    zeros = [cell for cell in shown if _value(grid, cell) == 0]
    positive = [cell for cell in shown if _value(grid, cell) > 0]
    pool = (zeros or positive) if all_ones else (positive or ([line[-1]] if total_shown else shown))
    return min(pool, key=lambda cell: _value(grid, cell)) if pool else None


def protect(
    counts: Sequence[Sequence[int]], row_totals: bool = False, column_totals: bool = False
) -> list[list[int | None]]:
    """The table with its totals (a last column of row totals, a last row of column
    totals, as asked), None where a count is hidden."""
    grid = [[*row, sum(row)] if row_totals else list(row) for row in counts]
    if column_totals and grid:
        grid.append([sum(column) for column in zip(*grid, strict=True)])
    height, width = len(grid), len(grid[0]) if grid else 0
    hidden = {(i, j) for i in range(height) for j in range(width) if is_small(grid[i][j])}
    lines: list[list[Cell]] = []
    if row_totals:
        lines += [[(i, j) for j in range(width)] for i in range(height)]
    if column_totals:
        lines += [[(i, j) for i in range(height)] for j in range(width)]
    changed = True
    while changed:
        changed = False
        for line in lines:
            cell = _one_more(grid, line, hidden)
            if cell is not None:
                hidden.add(cell)
                changed = True
    return [[None if (i, j) in hidden else grid[i][j] for j in range(width)] for i in range(height)]
