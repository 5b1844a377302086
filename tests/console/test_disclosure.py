"""Small counts in reports: 1–4 hidden, and none that the totals and the counts shown
would give away — read line by line, or solved from every line at once as an independent
linear program (SciPy's HiGHS) here does, each 「*」 at least 1 since zeros are shown."""

from __future__ import annotations

import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import linprog

from cases.casework.disclosure import protect, protect_together


def test_counts_of_one_to_four_are_hidden_and_zero_and_five_are_shown() -> None:
    assert protect([[0, 1, 4, 5, 12]]) == [[0, None, None, 5, 12]]


def test_a_row_total_does_not_give_away_the_one_hidden_cell() -> None:
    # 13 − 6 − 5 would be the hidden 2: the smallest other count (5) is hidden with it
    assert protect([[6, 5, 2, 0]], row_totals=True) == [[6, None, None, 0, 13]]


def test_the_total_is_hidden_when_every_other_cell_is_zero() -> None:
    # 5 is hidden beside the 2 of its row; its column's total would give it back, and the
    # only other cell of that column is 0: the total is hidden, not the zero
    assert protect([[5, 2], [0, 0]], row_totals=True, column_totals=True) == [
        [None, None, 7],
        [0, 0, 0],
        [None, None, 7],
    ]


def test_hiding_spreads_through_rows_and_columns_until_none_stands_alone() -> None:
    assert protect([[6, 5, 0], [5, 0, 0], [0, 2, 0]], row_totals=True, column_totals=True) == [
        [6, None, 0, None],
        [5, 0, 0, 5],
        [0, None, 0, None],
        [11, 7, 0, 18],
    ]


def test_five_hidden_ones_across_a_table_are_not_given_away() -> None:
    """An independent tester's finding: 北区 本人 5, five 「*」 and 計 10 — the five summed
    to 5, so each was 1 (本人 / 家族 by 区, totals both ways)."""
    counts = [[5, 0, 0], [0, 1, 0], [1, 1, 0], [1, 1, 0]]
    shown = protect(counts, row_totals=True, column_totals=True)
    assert audit(counts, True, True, shown) == []
    assert all(cell == 0 for row in shown for cell in row[2:3])  # zeros stay shown


def test_without_totals_only_the_small_counts_are_hidden() -> None:
    assert protect([[6, 2], [9, 5]]) == [[6, None], [9, 5]]


tables = st.integers(1, 5).flatmap(
    lambda width: st.lists(st.lists(st.sampled_from((0, 0, 1, 2, 3, 4, 5, 6, 9, 12)),
                                    min_size=width, max_size=width),
                           min_size=1, max_size=5)
)  # fmt: skip


def audit(
    counts: list[list[int]], row_totals: bool, column_totals: bool, shown: list[list[int | None]]
) -> list[tuple[int, int]]:
    """The hidden counts of 1–4 that fewer than three values fit, solving every line at
    once: each hidden cell an unknown of at least 1, each row and column with its total an
    equation, min and max of each small count (`audit_together` over one table)."""
    found = audit_together([(counts, row_totals, column_totals)], [], [shown])
    return [(i, j) for _, i, j in found]


@settings(max_examples=300, deadline=None)
@given(tables, st.booleans(), st.booleans())
def test_no_hidden_count_can_be_worked_out_from_the_table(
    counts: list[list[int]], row_totals: bool, column_totals: bool
) -> None:
    shown = protect(counts, row_totals, column_totals)
    full = [[*r, sum(r)] if row_totals else list(r) for r in counts]
    if column_totals:
        full.append([sum(c) for c in zip(*full, strict=True)])
    for true_row, shown_row in zip(full, shown, strict=True):
        for value, cell in zip(true_row, shown_row, strict=True):
            assert cell in (None, value), "a shown count is the true one"
            if 0 < value < 5:
                assert cell is None, "1–4 never shown"
            if value == 0:
                assert cell == 0, "zeros always shown"
    assert audit(counts, row_totals, column_totals, shown) == []


def test_hidden_ones_beside_a_shown_total_are_not_given_away() -> None:
    """「北区 6, 中区 *, 東区 *, 南区 *, 不明 0, 計 9」: zeros are shown, so each 「*」 is at
    least 1 and three of them summing to 3 would each be 1. The 6 is hidden too."""
    (row,) = protect([[6, 1, 1, 1, 0]], row_totals=True)
    assert row == [None, None, None, None, 0, 9]


def audit_together(
    tables: list[tuple[list[list[int]], bool, bool]],
    same: list[tuple[tuple[int, int, int], tuple[int, int, int]]],
    shown: list[list[list[int | None]]],
) -> list[tuple[int, int, int]]:
    """`audit` over tables read together: their lines, and the cells two tables share."""
    fulls, lines = [], []
    for t, (counts, row_totals, column_totals) in enumerate(tables):
        full = [[*r, sum(r)] if row_totals else list(r) for r in counts]
        if column_totals:
            full.append([sum(c) for c in zip(*full, strict=True)])
        fulls.append(full)
        height, width = len(full), len(full[0])
        if row_totals:
            lines += [[(t, i, j) for j in range(width)] for i in range(height)]
        if column_totals:
            lines += [[(t, i, j) for i in range(height)] for j in range(width)]
    lines += [[a, b] for a, b in same]
    unknowns = [
        (t, i, j)
        for t, grid in enumerate(shown)
        for i, row in enumerate(grid)
        for j, cell in enumerate(row)
        if cell is None
    ]
    index = {cell: k for k, cell in enumerate(unknowns)}
    equations, sums = [], []
    for line in lines:
        row_, known = np.zeros(len(unknowns)), 0.0
        for sign, (t, i, j) in [(1, c) for c in line[:-1]] + [(-1, line[-1])]:
            if (t, i, j) in index:
                row_[index[t, i, j]] += sign
            else:
                known += sign * fulls[t][i][j]
        if row_.any():
            equations.append(row_)
            sums.append(-known)
    given_away = []
    for cell in unknowns:
        t, i, j = cell
        if not 0 < fulls[t][i][j] < 5 or not equations:
            continue
        aim = np.eye(len(unknowns))[index[cell]]
        low, high = (
            linprog(sign * aim, A_eq=np.array(equations), b_eq=np.array(sums),
                    bounds=[(1, None)] * len(unknowns))
            for sign in (1, -1)
        )  # fmt: skip
        most = -high.fun if high.status == 0 else math.inf
        if most - low.fun + 1 < 3 - 1e-6:
            given_away.append(cell)
    return given_away


small_counts = st.sampled_from((0, 0, 1, 2, 3, 4, 5, 6, 9))


@settings(max_examples=150, deadline=None)
@given(
    st.integers(1, 4).flatmap(
        lambda height: st.tuples(
            st.lists(st.lists(small_counts, min_size=3, max_size=3),
                     min_size=height, max_size=height),
            st.lists(st.integers(0, 100), min_size=height, max_size=height),
        )
    )
)  # fmt: skip
def test_tables_that_share_totals_give_nothing_away_read_together(
    drawn: tuple[list[list[int]], list[int]],
) -> None:
    """An independent tester's finding: a 区's total shown in one table gave away the
    hidden count of another (不明: 計 6 there, 「*」 and 5 here — so the 「*」 was 1). Two
    tables of the same rows (相談経路 by month, 複合課題 by month) share each row's total."""
    first, splits = drawn
    second = []
    for row, split in zip(first, splits, strict=True):
        total = sum(row)
        part = total * split // 100
        second.append([part, total - part])
    tables = [(first, True, True), (second, True, True)]
    height = len(first)
    same = [((0, i, 3), (1, i, 2)) for i in range(height + 1)]  # row totals and grand
    shown = protect_together(tables, same)
    for (counts, _, _), grid in zip(tables, shown, strict=True):
        for true_row, shown_row in zip(counts, grid[: len(counts)], strict=True):
            for value, cell in zip(true_row, shown_row[: len(true_row)], strict=True):
                assert cell in (None, value)
                assert not (0 < value < 5 and cell is not None)
    assert audit_together(tables, same, shown) == []
    for (t1, i1, j1), (t2, i2, j2) in same:  # twins shown or hidden alike
        assert (shown[t1][i1][j1] is None) == (shown[t2][i2][j2] is None)
