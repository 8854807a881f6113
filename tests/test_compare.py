"""Result comparison follows the test-suite evaluator's rules (METHOD.md, "Execution accuracy")."""

from __future__ import annotations

import time

import pytest

from text2sql.compare import order_matters, results_match


# ---- row order ------------------------------------------------------------------------------------

def test_row_order_is_ignored_without_order_by():
    assert results_match([(1, "a"), (2, "b")], [(2, "b"), (1, "a")], ordered=False)


def test_row_order_is_enforced_with_order_by():
    assert not results_match([(1, "a"), (2, "b")], [(2, "b"), (1, "a")], ordered=True)


def test_same_order_matches_with_order_by():
    assert results_match([(1, "a"), (2, "b")], [(1, "a"), (2, "b")], ordered=True)


@pytest.mark.parametrize("sql", ["SELECT a FROM t ORDER BY a", "select a from t order  by a desc",
                                 "SELECT a FROM t\nORDER\nBY a", "SELECT * FROM (SELECT a FROM t ORDER BY a LIMIT 3)"])
def test_order_by_anywhere_makes_order_matter(sql):
    assert order_matters(sql)


@pytest.mark.parametrize("sql", ["SELECT a FROM t", "SELECT border FROM t", "SELECT a FROM t GROUP BY a",
                                 "SELECT recorder by_x FROM t"])
def test_no_order_by_means_order_is_free(sql):
    assert not order_matters(sql)


# ---- duplicates -----------------------------------------------------------------------------------

def test_duplicates_matter_rows_are_a_multiset_not_a_set():
    # Same set of rows {1, 2}, different multiplicities.
    assert not results_match([(1,), (1,), (2,)], [(1,), (2,), (2,)], ordered=False)


def test_missing_duplicate_is_a_different_row_count():
    assert not results_match([(1,), (1,)], [(1,)], ordered=False)


def test_duplicates_in_other_order_match():
    assert results_match([(1,), (2,), (1,)], [(1,), (1,), (2,)], ordered=False)


# ---- columns --------------------------------------------------------------------------------------

def test_column_permutation_is_accepted():
    assert results_match([(1, "a", 2.5), (2, "b", 3.5)], [("a", 2.5, 1), ("b", 3.5, 2)], ordered=False)


def test_column_permutation_is_accepted_with_order_by():
    assert results_match([(1, "a"), (2, "b")], [("a", 1), ("b", 2)], ordered=True)


def test_column_permutation_with_duplicate_valued_columns_finds_the_right_mapping():
    # Columns A and B hold the same values {1, 2, 3}, so both are candidates for either; only
    # A <- pred[2], B <- pred[1] pairs them with C correctly, and it is not the first one tried.
    gold = [(1, 1, "x"), (2, 3, "y"), (3, 2, "z")]
    pred = [("x", 1, 1), ("y", 3, 2), ("z", 2, 3)]
    assert results_match(gold, pred, ordered=False)


def test_duplicate_valued_columns_paired_differently_do_not_match():
    # Each column is {1, 2} on both sides, yet no permutation turns the pred rows into the gold rows.
    assert not results_match([(1, 2), (2, 1)], [(1, 1), (2, 2)], ordered=False)


def test_permuting_columns_does_not_excuse_a_wrong_value():
    assert not results_match([(1, "a"), (2, "b")], [("a", 1), ("b", 3)], ordered=False)


def test_wide_results_with_equal_columns_are_decided_quickly():
    # 12 identical columns allow 12! mappings; the search is capped, so a mismatch stays cheap.
    gold = [tuple([i] * 12) for i in range(50)]
    pred = [tuple([i] * 11 + [i + 1]) for i in range(50)]
    start = time.monotonic()
    assert not results_match(gold, pred, ordered=False)
    assert time.monotonic() - start < 2.0


def test_many_identical_columns_with_rows_out_of_order_are_decided_quickly():
    # `SELECT *` on a table with 8 all-NULL columns, ORDER BY the wrong way: swapping identical
    # columns changes nothing, so the search must not try all 8! of those swaps.
    gold = [(i,) + (None,) * 8 for i in range(2_000)]
    start = time.monotonic()
    assert not results_match(gold, gold[::-1], ordered=True)
    assert time.monotonic() - start < 2.0


def test_permutation_is_found_next_to_identical_columns():
    gold = [(i, None, None, str(i)) for i in range(20)]
    pred = [(None, str(i), None, i) for i in range(20)]
    assert results_match(gold, pred, ordered=True)


@pytest.mark.parametrize("gold, pred", [([(1, 2)], [(1,)]), ([(1,)], [(1, 2)]), ([(1, 1)], [(1,)])])
def test_different_widths_do_not_match(gold, pred):
    assert not results_match(gold, pred, ordered=False)


# ---- row counts and empty results -----------------------------------------------------------------

def test_two_empty_results_match():
    assert results_match([], [], ordered=False)


def test_two_empty_results_match_with_order_by():
    assert results_match([], [], ordered=True)


@pytest.mark.parametrize("gold, pred", [([], [(1,)]), ([(1,)], []), ([], [(None,)])])
def test_empty_versus_non_empty_does_not_match(gold, pred):
    assert not results_match(gold, pred, ordered=False)


def test_different_row_counts_do_not_match():
    assert not results_match([(1,), (2,), (3,)], [(1,), (2,)], ordered=False)


# ---- values ---------------------------------------------------------------------------------------

def test_null_matches_null():
    assert results_match([(None, 1)], [(None, 1)], ordered=False)


@pytest.mark.parametrize("other", [0, "", "None", 0.0])
def test_null_does_not_match_a_value(other):
    assert not results_match([(None,)], [(other,)], ordered=False)


def test_integer_equals_integral_float():
    assert results_match([(1, 2)], [(1.0, 2.0)], ordered=False)


def test_tiny_rounding_differences_are_equal():
    values = [0.1, 0.2, 0.3, 1e-3, 7.77]
    forward = sum(values)
    backward = sum(reversed(values))
    assert forward != backward  # the premise: summation order changes the last bits
    assert results_match([(forward,)], [(backward,)], ordered=False)


def test_average_computed_two_ways_is_equal():
    assert results_match([(0.1 + 0.2,)], [(0.3,)], ordered=False)


@pytest.mark.parametrize("gold, pred", [(1.5, 1.50001), (2.0, 2.0000001), (3, 3.5), (1e-9, 2e-9), (0.0, 1e-12)])
def test_real_float_differences_do_not_match(gold, pred):
    assert not results_match([(gold,)], [(pred,)], ordered=False)


@pytest.mark.parametrize("text, number", [("1", 1), ("1.0", 1.0), ("2.5", 2.5), ("0", 0)])
def test_text_and_number_differ(text, number):
    assert not results_match([(text,)], [(number,)], ordered=False)


def test_text_compares_exactly():
    assert not results_match([("France",)], [("france",)], ordered=False)
