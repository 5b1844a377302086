"""Small counts in reports: 1–4 hidden, and no row or column with totals left with a
single hidden cell that its total and the other cells would give away."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cases.casework.disclosure import protect


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
        [None, None, 0, 11],
        [None, 0, 0, None],
        [0, None, 0, None],
        [11, 7, 0, 18],
    ]


def test_without_totals_only_the_small_counts_are_hidden() -> None:
    assert protect([[6, 2], [9, 5]]) == [[6, None], [9, 5]]


tables = st.integers(1, 6).flatmap(
    lambda width: st.lists(st.lists(st.integers(0, 12), min_size=width, max_size=width),
                           min_size=1, max_size=6)
)  # fmt: skip


@given(tables, st.booleans(), st.booleans())
def test_no_hidden_count_can_be_worked_out_from_its_line(
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
    lines = []
    if row_totals:
        lines += shown
    if column_totals:
        lines += [list(c) for c in zip(*shown, strict=True)]
    for line in lines:
        assert sum(cell is None for cell in line) != 1, line
        total, cells = line[-1], line[:-1]
        hidden = sum(cell is None for cell in cells)
        if total is not None and hidden >= 2:
            # Each 「*」 is at least 1 (zeros are shown): a sum of one per 「*」 would say so.
            assert total - sum(c for c in cells if c is not None) != hidden, line


def test_hidden_ones_beside_a_shown_total_are_not_given_away() -> None:
    """「北区 6, 中区 *, 東区 *, 南区 *, 不明 0, 計 9」: zeros are shown, so each 「*」 is at
    least 1 and three of them summing to 3 would each be 1. A zero is hidden too."""
    (row,) = protect([[6, 1, 1, 1, 0]], row_totals=True)
    assert row[-1] == 9 and row.count(None) == 4
    hidden_sum = 9 - sum(v for v in row[:-1] if v is not None)
    assert hidden_sum != row.count(None)  # 3 over four 「*」: not 1 each
