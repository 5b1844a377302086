"""Small counts hidden as statistics offices hide them, so that no report lets anyone
pick out a person: a count of 1 to 4 is shown as 「*」 (primary suppression), and where a
table shows totals, no row or column may have exactly one hidden cell — its value would
be its total minus the others — so one more cell of that line is hidden — the smallest
non-zero one, or the line's total when the rest are zeros (secondary suppression) — until
every line with a hidden cell has two or more. Totals are computed from the true counts
and are themselves hidden when 1 to 4."""

from __future__ import annotations

from collections.abc import Sequence

MIN_SHOWN = 5  # the smallest count shown; 1..MIN_SHOWN-1 are hidden (0 is shown)

Cell = tuple[int, int]


def is_small(count: int) -> bool:
    return 0 < count < MIN_SHOWN


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
            if sum(cell in hidden for cell in line) != 1:
                continue
            shown = [cell for cell in line[:-1] if cell not in hidden]  # the line's total last
            positive = [cell for cell in shown if grid[cell[0]][cell[1]] > 0]
            total = [line[-1]] if line[-1] not in hidden else []
            pool = positive or total or shown
            if pool:
                hidden.add(min(pool, key=lambda cell: grid[cell[0]][cell[1]]))
                changed = True
    return [[None if (i, j) in hidden else grid[i][j] for j in range(width)] for i in range(height)]
