"""Typed templates from gold SQL: the canonical form on tricky SQL, slot and value typing, join
structure, rendering back to the gold's result, and coverage of Spider's training split."""

from pathlib import Path

import pytest

from text2sql.execution import execute_readonly
from text2sql.schema import reflect_schema
from text2sql.spider import SpiderData
from text2sql.templates import (Link, Template, TemplateError, ValueSlot, coverage, extract, main, render,
                                spider_schemas)

ROOT = Path(__file__).resolve().parents[1]
MINI = ROOT / "data" / "spider-mini"
SPIDER = ROOT.parent / "shared" / "data" / "spider"
CONCERT = MINI / "database" / "concert_singer" / "concert_singer.sqlite"
MUSICAL = MINI / "database" / "musical" / "musical.sqlite"


@pytest.fixture(scope="module")
def concert():
    return reflect_schema(CONCERT)


def template_of(sql, schema):
    return extract(sql, schema)[0].sql


def test_nested_subquery_shares_the_table_and_its_slot(concert):
    template, binding = extract("SELECT name FROM singer WHERE age > (SELECT avg(age) FROM singer)", concert)
    assert template.sql == ("SELECT T1_1.text1 FROM T1 AS T1_1 WHERE T1_1.number1 > "
                            "(SELECT AVG(T1_2.number1) FROM T1 AS T1_2)")
    assert template.instances == {"T1_1": "T1", "T1_2": "T1"}
    assert binding.tables == {"T1": "singer"} and binding.columns == {"text1": "Name", "number1": "Age"}


def test_not_in_subquery_keys_are_typed_as_keys(concert):
    assert template_of("SELECT name FROM stadium WHERE stadium_id NOT IN (SELECT stadium_id FROM concert)",
                       concert) == "SELECT T1.text1 FROM T1 WHERE NOT T1.key1 IN (SELECT T2.key2 FROM T2)"


@pytest.mark.parametrize("op", ["UNION", "INTERSECT", "EXCEPT"])
def test_set_operations_keep_both_arms(concert, op):
    sql = f"SELECT country FROM singer WHERE age > 40 {op} SELECT country FROM singer WHERE age < 30"
    assert template_of(sql, concert) == (
        f"SELECT T1_1.text1 FROM T1 AS T1_1 WHERE T1_1.number1 > :number1 {op} "
        f"SELECT T1_2.text1 FROM T1 AS T1_2 WHERE T1_2.number1 < :number2")


def test_set_operation_with_a_join_on_one_side(concert):
    sql = ("SELECT T2.name FROM singer_in_concert AS T1 JOIN singer AS T2 ON T1.singer_id = T2.singer_id "
           "INTERSECT SELECT name FROM singer WHERE age > 40")
    assert template_of(sql, concert) == ("SELECT T2_1.text1 FROM T1 JOIN T2 AS T2_1 ON T1.fk = T2_1.pk INTERSECT "
                                         "SELECT T2_2.text1 FROM T2 AS T2_2 WHERE T2_2.number1 > :number1")


def test_self_join_keeps_two_instances_and_the_key_direction():
    template, binding = extract("SELECT T1.Name, T2.Name FROM actor AS T1 JOIN actor AS T2 "
                                "ON T1.Musical_ID = T2.Actor_ID WHERE T2.age > 20", reflect_schema(MUSICAL))
    assert template.sql == ("SELECT T1_1.text1, T1_2.text1 FROM T1 AS T1_1 JOIN T1 AS T1_2 ON T1_1.fk = T1_2.pk "
                            "WHERE T1_2.number1 > :number1")
    assert template.links == (Link("T1_1", "fk", "T1_2", "pk"),)
    assert binding.links == [(("Musical_ID", "Actor_ID"),)]


def test_aliases_case_and_join_spelling_do_not_change_the_template(concert):
    spellings = [
        "SELECT T1.name FROM stadium AS T1 JOIN concert AS T2 JOIN singer_in_concert AS T3 "
        "ON T1.stadium_id = T2.stadium_id AND T2.concert_id = T3.concert_id",
        "SELECT stadium.Name FROM stadium JOIN concert ON concert.stadium_id = stadium.stadium_id "
        "JOIN singer_in_concert ON concert.concert_id = singer_in_concert.concert_id",
        "select s.NAME from STADIUM s join CONCERT c on s.Stadium_ID = c.Stadium_ID "
        "join singer_in_concert x on c.concert_ID = x.concert_ID",
    ]
    assert {template_of(sql, concert) for sql in spellings} == {
        "SELECT T1.text1 FROM T1 JOIN T2 ON T1.pk = T2.fk JOIN T3 ON T2.pk = T3.fk"}
    assert template_of("SELECT T1.name FROM singer AS T1", concert) == template_of("SELECT name FROM singer", concert)


def test_subqueries_in_from(concert):
    assert template_of("SELECT count(*) FROM (SELECT * FROM singer WHERE age > 30)", concert) == (
        "SELECT COUNT(*) FROM (SELECT * FROM T1 WHERE T1.number1 > :number1) AS D1")
    template, binding = extract(
        "SELECT max(c) FROM (SELECT count(*) AS c FROM singer_in_concert GROUP BY concert_id)", concert)
    assert template.sql == "SELECT MAX(D1.alias1) FROM (SELECT COUNT(*) AS alias1 FROM T1 GROUP BY T1.key1) AS D1"
    assert render(template, binding) == (
        "SELECT MAX(alias1) FROM (SELECT COUNT(*) AS alias1 FROM singer_in_concert GROUP BY concert_ID)")


def test_having_order_by_and_limit_are_kept(concert):
    template = extract("SELECT country, count(*) AS n FROM singer GROUP BY country HAVING count(*) > 1 "
                       "ORDER BY n DESC LIMIT 3", concert)[0]
    assert template.sql == ("SELECT T1.text1, COUNT(*) AS alias1 FROM T1 GROUP BY T1.text1 "
                            "HAVING COUNT(*) > :number1 ORDER BY alias1 DESC LIMIT 3")
    assert template.values == (ValueSlot("number1", "number", None, False, None),)  # compared with a count
    having_avg = extract("SELECT country FROM singer GROUP BY country HAVING avg(age) >= 30", concert)[0]
    assert having_avg.values == (ValueSlot("number1", "number", "number1", False, None),)
    assert template_of("SELECT song_name FROM singer ORDER BY age DESC LIMIT 1", concert) == (
        "SELECT T1.text1 FROM T1 ORDER BY T1.number1 DESC LIMIT 1")


def test_values_are_typed_by_the_column_they_meet(concert):
    template, binding = extract('SELECT name FROM singer WHERE age BETWEEN 20 AND 30 AND song_name LIKE "%Hey%" '
                                'AND country IN ("France", "Netherlands") AND singer_id = 3', concert)
    assert template.sql == ("SELECT T1.text1 FROM T1 WHERE T1.number1 BETWEEN :number1 AND :number2 AND "
                            "T1.text2 LIKE :text1 AND T1.text3 IN (:text2, :text3) AND T1.key1 = :key1")
    assert [(v.name, v.partner, v.like, v.between) for v in template.values] == [
        ("number1", "number1", False, "low"), ("number2", "number1", False, "high"), ("text1", "text2", True, None),
        ("text2", "text3", False, None), ("text3", "text3", False, None), ("key1", "key1", False, None)]
    assert binding.values == {"number1": 20, "number2": 30, "text1": "%Hey%", "text2": "France",
                              "text3": "Netherlands", "key1": 3}
    assert extract("SELECT name FROM singer WHERE age = -5", concert)[1].values == {"number1": -5}


def test_a_template_is_read_back_from_its_text(concert):
    template, _ = extract("SELECT T2.name, count(*) FROM singer_in_concert AS T1 JOIN singer AS T2 "
                          "ON T1.singer_id = T2.singer_id WHERE T2.country = 'France' GROUP BY T2.name", concert)
    again = Template(template.sql)
    assert again == template and again.tree.sql(dialect="sqlite") == template.sql
    assert again.tables == ("T1", "T2")
    assert again.columns == {"text1": "T2", "text2": "T2"}
    assert again.links == (Link("T1", "fk", "T2", "pk"),)


def test_cross_joins_however_written_are_one_template(concert):
    assert {template_of(sql, concert) for sql in ("SELECT name FROM singer, concert",
                                                  "SELECT name FROM singer JOIN concert",
                                                  "SELECT name FROM singer CROSS JOIN concert")} == {
        "SELECT T1.text1 FROM T1 CROSS JOIN T2"}


@pytest.mark.parametrize("sql, reason", [
    ("SELECT name FROM nowhere", "unknown table"),
    ("SELECT nothing FROM singer", "unknown column"),
    ("SELECT name FROM singer WHERE", "parse error"),
    ("DELETE FROM singer", "not a SELECT"),
])
def test_sql_without_a_template_says_why(concert, sql, reason):
    with pytest.raises(TemplateError) as caught:
        extract(sql, concert)
    assert caught.value.reason == reason


def test_rendering_the_gold_binding_gives_the_gold_result_on_spider_mini():
    data = SpiderData(MINI)
    schema_for = spider_schemas(data)
    for example in data.split("train"):
        template, binding = extract(example.query, schema_for(example.db_id))
        path = data.db_path(example.db_id)
        gold, again = execute_readonly(path, example.query), execute_readonly(path, render(template, binding))
        assert again.ok, (example.query, again.error)
        assert sorted(map(repr, again.rows)) == sorted(map(repr, gold.rows)), example.query


def test_coverage_of_spider_mini_train():
    data = SpiderData(MINI)
    result = coverage(data.split("train"), spider_schemas(data))
    assert (result.total, result.templated, sum(result.templates.values())) == (293, 293, 293)
    assert result.failures == {}
    assert result.templates.most_common(1)[0] == (
        "SELECT T1.text1 FROM T1 GROUP BY T1.text1 ORDER BY COUNT(*) DESC LIMIT 1", 15)


def test_coverage_counts_failures_by_reason(concert):
    class Example:
        def __init__(self, query):
            self.query, self.db_id = query, "concert_singer"
    result = coverage([Example("SELECT name FROM singer"), Example("SELECT name FROM singr"),
                       Example("SELECT Name FROM singer")], lambda db_id: concert)
    assert (result.total, result.templated, result.share) == (3, 2, 2 / 3)
    assert result.templates == {"SELECT T1.text1 FROM T1": 2}
    assert result.failures == {"unknown table": 1} and result.examples["unknown table"] == ["SELECT name FROM singr"]


def test_coverage_command_prints_the_share(capsys):
    main([str(MINI), "--top", "2"])
    out = capsys.readouterr().out
    assert out.startswith("templates: 293/293 gold SQL (100.00%), 100 distinct templates")


@pytest.mark.skipif(not (SPIDER / "train_spider.json").is_file(), reason="full Spider not present")
def test_coverage_of_spider_train_is_at_least_98_percent():
    data = SpiderData(SPIDER)
    result = coverage(data.split("train"), spider_schemas(data))
    assert result.total == 7000
    assert result.share >= 0.98, result.summary()


def test_key_pairs_are_the_keys_a_query_compares(concert):
    """IN (SELECT ...), `=` between tables and a set operation's arms compare keys; a join marker and a
    key compared with a value do not pair slots."""
    assert extract("SELECT name FROM stadium WHERE stadium_id NOT IN (SELECT stadium_id FROM concert)",
                   concert)[0].key_pairs == (("key1", "key2"),)
    assert extract("SELECT T1.name FROM stadium AS T1, concert AS T2 WHERE T1.stadium_id = T2.stadium_id",
                   concert)[0].key_pairs == (("key1", "key2"),)
    assert extract("SELECT stadium_id FROM stadium EXCEPT SELECT stadium_id FROM concert",
                   concert)[0].key_pairs == (("key1", "key2"),)
    assert extract("SELECT T2.name FROM singer_in_concert AS T1 JOIN singer AS T2 ON T1.singer_id = T2.singer_id "
                   "WHERE T2.singer_id = 3", concert)[0].key_pairs == ()
    assert Template("SELECT T1.text1 FROM T1 WHERE T1.key1 = (SELECT T2.key2 FROM T2 UNION SELECT T3.key3 FROM T3)"
                    ).key_pairs == (("key1", "key2"), ("key1", "key3"), ("key2", "key3"))
