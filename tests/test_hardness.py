"""Spider hardness levels against the official evaluation script's published dev counts."""

import collections
import doctest
import json
import os
import time
from pathlib import Path

import pytest

from text2sql import hardness
from text2sql.hardness import count_others, spider_hardness

SPIDER_DIR = Path(os.environ.get("SPIDER_DIR", "/work/shared/data/spider"))


@pytest.fixture(scope="module")
def dev() -> list[dict]:
    path = SPIDER_DIR / "dev.json"
    if not path.exists():
        pytest.skip(f"Spider dev set not found at {path}; set SPIDER_DIR to the Spider folder")
    return json.loads(path.read_text())


def _example(dev: list[dict], query: str) -> dict:
    """The parsed SQL of the first dev example whose gold query is exactly `query`."""
    return next(e["sql"] for e in dev if e["query"] == query)


def _sql(**clauses) -> dict:
    """A parsed Spider SQL over one table: SELECT column 1, with the given clauses replaced."""
    sql = {
        "select": [False, [[0, [0, [0, 1, False], None]]]],
        "from": {"table_units": [["table_unit", 0]], "conds": []},
        "where": [], "groupBy": [], "having": [], "orderBy": [], "limit": None,
        "intersect": None, "union": None, "except": None,
    }
    sql.update(clauses)
    return sql


def test_count_star_is_easy(dev):
    assert spider_hardness(_example(dev, "SELECT count(*) FROM singer")) == "easy"


def test_three_aggregates_with_where_is_medium(dev):
    # WHERE (1 component), several aggregates + several columns (2 others): medium's limit.
    query = "SELECT avg(age) ,  min(age) ,  max(age) FROM singer WHERE country  =  'France'"
    assert spider_hardness(_example(dev, query)) == "medium"


def test_group_order_limit_is_hard(dev):
    query = "SELECT YEAR FROM concert GROUP BY YEAR ORDER BY count(*) DESC LIMIT 1"
    assert spider_hardness(_example(dev, query)) == "hard"


def test_single_intersect_is_hard(dev):
    query = ("SELECT country FROM singer WHERE age  >  40 INTERSECT "
             "SELECT country FROM singer WHERE age  <  30")
    assert spider_hardness(_example(dev, query)) == "hard"


def test_four_table_join_is_extra(dev):
    query = ("SELECT DISTINCT T1.Maker FROM CAR_MAKERS AS T1 JOIN MODEL_LIST AS T2 ON T1.Id  =  "
             "T2.Maker JOIN CAR_NAMES AS T3 ON T2.model  =  T3.model JOIN CARS_DATA AS T4 ON "
             "T3.MakeId  =  T4.id WHERE T4.year  =  '1970';")
    assert spider_hardness(_example(dev, query)) == "extra"


def test_not_in_subquery_with_aggregate_is_extra(dev):
    # The official script counts a negated WHERE condition as an aggregate: count(*) plus NOT
    # makes two, which pushes this from hard to extra (17 dev examples depend on it).
    query = ("SELECT count(*) FROM battle WHERE id NOT IN "
             "( SELECT lost_in_battle FROM ship WHERE tonnage  =  '225' );")
    assert spider_hardness(_example(dev, query)) == "extra"


def test_having_connector_counts_as_aggregate():
    # The official script counts an 'and' between HAVING conditions as an aggregate, so with
    # count(*) in SELECT there are "two aggregates". No dev example has a compound HAVING.
    count_star = [3, [0, [3, 0, False], None]]
    having_cond = [False, 3, [0, [3, 0, False], None], 1.0, None]
    sql = _sql(
        select=[False, [count_star]],
        groupBy=[[0, 1, False]],
        having=[having_cond, "and", having_cond],
    )
    assert count_others(sql) == 1


def test_dev_distribution_matches_published_counts(dev):
    counts = collections.Counter(spider_hardness(e["sql"]) for e in dev)
    assert counts == {"easy": 248, "medium": 446, "hard": 174, "extra": 166}


def test_whole_dev_set_takes_well_under_a_second(dev):
    start = time.perf_counter()
    for example in dev:
        spider_hardness(example["sql"])
    # Measured ~10 ms for the 1034 examples; the margin absorbs a loaded shared machine.
    assert time.perf_counter() - start < 0.5


def test_sql_text_instead_of_parse_is_rejected_with_guidance():
    with pytest.raises(ValueError, match="parsed Spider SQL dict"):
        spider_hardness("SELECT count(*) FROM singer")


def test_docstring_examples_run():
    result = doctest.testmod(hardness)
    assert result.attempted > 0 and result.failed == 0
