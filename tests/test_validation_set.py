"""The fixed validation set and the benchmark boundary: no dev question or SQL is ever trained or
validated on, and validation SQL is never training SQL."""

from __future__ import annotations

from pathlib import Path

import pytest

from text2sql.spider import SpiderData
from text2sql.synthesis import normalize_sql
from text2sql.validation import benchmark_keys, validation_examples

MINI = Path(__file__).resolve().parents[1] / "data" / "spider-mini"


@pytest.fixture(scope="module")
def full(spider_full):
    return SpiderData(spider_full)


def test_validation_sql_is_never_training_sql(full):
    train = full.split("train")
    trained = {ex.index for ex in train if ex.index % 3 == 0}
    val = validation_examples(full, "train", trained, n=300)
    trained_sql = {normalize_sql(ex.query) for ex in train if ex.index in trained}
    assert len(val) == 300
    assert not {ex.index for ex in val} & trained
    assert not {normalize_sql(ex.query) for ex in val} & trained_sql
    assert len({normalize_sql(ex.query) for ex in val}) == len(val)  # one question per distinct SQL
    assert len({ex.db_id for ex in val}) > 100  # spread over the schemas


def test_no_benchmark_question_or_sql_enters_validation(full):
    questions, queries = benchmark_keys(full)
    assert len(questions) > 1000 and len(queries) > 500
    val = validation_examples(full, "train", set(), n=5000)
    assert not {normalize_sql(ex.query) for ex in val} & queries
    assert not {" ".join(ex.question.lower().split()) for ex in val} & questions


def test_no_benchmark_sql_enters_sft_training(full):
    """Spider's train and dev share no database, and no dev gold SQL appears among train golds that
    reach SFT unchanged: the SFT set is train examples only."""
    _, dev_sql = benchmark_keys(full)
    dev_dbs = {ex.db_id for ex in full.split("dev")}
    train = full.split("train")
    assert not {ex.db_id for ex in train} & dev_dbs
    overlap = [ex for ex in train if normalize_sql(ex.query) in dev_sql]
    # Generic SQL ("SELECT count(*) FROM singer") can coincide on same-named tables; the schemas differ.
    assert all(ex.db_id not in dev_dbs for ex in overlap)


def test_the_draw_is_seeded_and_stable(full):
    a = validation_examples(full, "train", set(), n=50, seed=1)
    assert a == validation_examples(full, "train", set(), n=50, seed=1)
    assert a != validation_examples(full, "train", set(), n=50, seed=2)
