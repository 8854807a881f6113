"""Synthesis (text2sql/synthesis.py) on the shipped spider-mini databases: binding, joins along real
foreign keys, values from the database, and the verifier's filters. No Ray: `verify` runs through
`local_executor` here; the VerifierPool behind the same signature is tested with the pools."""

import random
from collections import Counter

import pytest

from text2sql.schema import reflect_schema
from text2sql.spider import SpiderData
from text2sql.synthesis import (Candidate, SynthesisError, ValueSampler, answerable, gold_keys, limit_probes,
                                local_executor, normalize_sql, synthesize, synthesize_many, verify)
from text2sql.templates import Template, count_templates, extract, spider_schemas

MINI = "data/spider-mini"


@pytest.fixture(scope="module")
def mini():
    data = SpiderData(MINI)
    schema_for = spider_schemas(data)
    counts = count_templates(data.split("train"), schema_for)
    templates = [(Template(t) if isinstance(t, str) else t, float(n)) for t, n in counts.items()]
    return data, schema_for, templates


def _db(data, db_id):
    return str(data.db_path(db_id))


def test_a_seed_gives_the_same_sql(mini):
    data, schema_for, templates = mini
    path = _db(data, "concert_singer")
    runs = [synthesize_many(templates, "concert_singer", path, schema_for("concert_singer"), ValueSampler(path),
                            n=30, seed=7)[0] for _ in range(2)]
    assert [c.sql for c in runs[0]] == [c.sql for c in runs[1]]
    assert len(runs[0]) >= 20


def test_synthesized_sql_keeps_its_template_and_runs(mini):
    """Every template drawn on every mini database: the SQL parses back to the same template (the join
    direction may flip only where the schema cannot hold it) and SQLite runs it."""
    data, schema_for, templates = mini
    executor = local_executor()
    outcomes = Counter()
    for db_id in sorted({ex.db_id for ex in data.split("train")}):
        path, schema, values = _db(data, db_id), schema_for(db_id), ValueSampler(_db(data, db_id))
        rng = random.Random(0)
        for template, _ in templates:
            try:
                sql, _ = synthesize(template, schema, values, rng)
            except SynthesisError as exc:
                outcomes[exc.reason] += 1
                continue
            again, _ = extract(sql, schema)
            outcomes["same template" if again == template else "join flipped"] += 1
            result = executor([(path, sql)])[0]
            assert result.error is None, (sql, result.error)
    assert outcomes["same template"] >= 0.95 * (outcomes["same template"] + outcomes["join flipped"])
    assert outcomes["same template"] >= 500


def test_joins_follow_real_foreign_keys(mini):
    data, schema_for, _ = mini
    schema = schema_for("concert_singer")
    template, _ = extract("SELECT T2.name FROM singer_in_concert AS T1 JOIN singer AS T2 "
                          "ON T1.singer_id = T2.singer_id WHERE T2.age > 30", schema)
    path = _db(data, "concert_singer")
    edges = {(e.table.lower(), e.columns[0].lower(), e.ref_table.lower(), e.ref_columns[0].lower())
             for e in schema.edges_all}
    rng = random.Random(3)
    for _ in range(20):
        sql, binding = synthesize(template, schema, ValueSampler(path), rng)
        left, right = binding.tables["T1"], binding.tables["T2"]
        (pair,) = binding.links[0]
        assert (left.lower(), pair[0].lower(), right.lower(), pair[1].lower()) in edges, sql


def _fk_ends(schema):
    return {frozenset({(e.table.lower(), a.lower()), (e.ref_table.lower(), b.lower())})
            for e in schema.edges_all for a, b in zip(e.columns, e.ref_columns)}


def _compared_keys(sql, schema):
    """The (table, column) pairs of the key slots a rendered query compares, read back from it."""
    template, binding = extract(sql, schema)
    column = {slot: (binding.tables[template.columns[slot]].lower(), binding.columns[slot].lower())
              for slot in template.columns}
    return [frozenset({column[a], column[b]}) for a, b in template.key_pairs]


def test_in_subquery_never_compares_unrelated_keys(mini):
    """Bound by type only, `key1 IN (SELECT key2 ...)` paired any two keys (`Stadium_ID IN (SELECT
    concert_ID ...)`); every draw on every mini database now pairs the two ends of a foreign key."""
    data, schema_for, _ = mini
    template = Template("SELECT T1.text1 FROM T1 WHERE NOT T1.key1 IN (SELECT T2.key2 FROM T2)")
    for db_id in sorted({ex.db_id for ex in data.split("train")}):
        schema, values = schema_for(db_id), ValueSampler(_db(data, db_id))
        rng = random.Random(0)
        bound = 0
        for _ in range(10):
            try:
                sql, _ = synthesize(template, schema, values, rng)
            except SynthesisError:
                continue
            bound += 1
            (pair,) = _compared_keys(sql, schema)
            assert pair in _fk_ends(schema), (db_id, sql)
        # Two tables one foreign key apart: every mini database but musical (a self-reference only).
        assert (bound > 0) is (db_id != "musical"), db_id


def test_keys_compared_across_tables_follow_foreign_keys(mini):
    """`=` between key columns of two tables (a join written in WHERE) on concert_singer, whose tables
    hold several keys each: both ends of one foreign key every time."""
    data, schema_for, _ = mini
    schema = schema_for("concert_singer")
    template, _ = extract("SELECT T1.name FROM stadium AS T1, concert AS T2 WHERE T1.stadium_id = T2.stadium_id",
                          schema)
    values, rng = ValueSampler(_db(data, "concert_singer")), random.Random(5)
    pairs = set()
    for _ in range(30):
        sql, _ = synthesize(template, schema, values, rng)
        (pair,) = _compared_keys(sql, schema)
        assert pair in _fk_ends(schema), sql
        pairs.add(pair)
    assert len(pairs) >= 2  # not one fixed pair: the draw still varies along the foreign keys


def test_a_schema_without_a_foreign_key_pair_does_not_bind_a_key_comparison(tmp_path):
    import sqlite3
    db = tmp_path / "nofk.sqlite"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE users (user_id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("CREATE TABLE roles (role_code INTEGER PRIMARY KEY, title TEXT)")
        conn.executemany("INSERT INTO users VALUES (?, ?)", [(1, "ann"), (2, "bob")])
        conn.executemany("INSERT INTO roles VALUES (?, ?)", [(1, "admin")])
    template = Template("SELECT T1.text1 FROM T1 WHERE T1.key1 IN (SELECT T2.key2 FROM T2)")
    with pytest.raises(SynthesisError, match="no table fits"):
        synthesize(template, reflect_schema(str(db)), ValueSampler(str(db)), random.Random(0))


def test_a_limit_that_cuts_a_tie_is_dropped_with_its_reason(mini):
    """concert_singer's singers: Is_male is F for two of six. LIMIT 1 by Is_male cuts between the two
    (another equivalent query may return the other); LIMIT 2 takes both and LIMIT 1 by Age is unique."""
    data, _, _ = mini
    path = _db(data, "concert_singer")
    sqls = ["SELECT Name FROM singer ORDER BY Is_male LIMIT 1",
            "SELECT Name FROM singer ORDER BY Is_male LIMIT 2",
            "SELECT Name FROM singer ORDER BY Age DESC LIMIT 1"]
    kept, tally = verify([Candidate("concert_singer", path, sql, "t") for sql in sqls], local_executor())
    assert [c.sql for c in kept] == sqls[1:]
    assert tally["concert_singer"] == Counter({"kept": 2, "limit tie": 1})


def test_limit_probes_read_aliases_positions_and_subqueries(mini):
    data, _, _ = mini
    path = _db(data, "concert_singer")
    execute = local_executor()
    assert limit_probes("SELECT Name FROM singer") == []
    tie = {  # France has four singers, the other countries one each
        "SELECT Country, COUNT(*) AS n FROM singer GROUP BY Country ORDER BY n DESC LIMIT 1": False,
        "SELECT Country, COUNT(*) AS n FROM singer GROUP BY Country ORDER BY n DESC LIMIT 2": True,
        "SELECT Is_male, Name FROM singer ORDER BY 1 LIMIT 1": True,
        "SELECT Name FROM singer LIMIT 6": False,             # all six rows: nothing is cut
        "SELECT Name FROM singer LIMIT 3": True,              # no ORDER BY: any three
        "SELECT Name FROM singer WHERE Age = (SELECT Age FROM singer ORDER BY Is_male LIMIT 1)": True,
        "SELECT Name FROM singer UNION SELECT Country FROM singer ORDER BY Name DESC LIMIT 1": False,
    }
    for sql, expected in tie.items():
        outcomes = execute([(path, probe) for probe in limit_probes(sql)])
        assert any(o.rows for o in outcomes) is expected and all(o.error is None for o in outcomes), sql
    assert limit_probes("SELECT T1.Name FROM singer AS T1 WHERE T1.Age = (SELECT T2.Age FROM singer AS T2 "
                        "WHERE T2.Singer_ID = T1.Singer_ID ORDER BY T2.Age LIMIT 1)") is None  # correlated


def test_answerable_tells_well_posed_pairs(mini):
    data, _, _ = mini
    path = _db(data, "concert_singer")
    pairs = {"SELECT Name FROM stadium WHERE NOT Stadium_ID IN (SELECT Stadium_ID FROM concert)": True,
             "SELECT Name FROM stadium WHERE NOT Stadium_ID IN (SELECT concert_ID FROM concert)": False,  # keys
             "SELECT Name FROM singer ORDER BY Is_male LIMIT 1": False,                                   # tie
             "SELECT Name FROM singer WHERE Age > 1000": False,                                           # empty
             "SELECT nothing FROM singer": False}                                                         # error
    assert answerable([(path, sql) for sql in pairs], local_executor()) == list(pairs.values())


def test_values_come_from_the_database(mini):
    data, schema_for, _ = mini
    path = _db(data, "concert_singer")
    schema = schema_for("concert_singer")
    template, _ = extract("SELECT name FROM singer WHERE country = 'France'", schema)
    values = ValueSampler(path)
    rng = random.Random(0)
    for _ in range(10):
        _, binding = synthesize(template, schema, values, rng)
        (value,) = binding.values.values()
        column = binding.columns[template.values[0].partner]
        assert value in values(binding.tables["T1"], column)


def test_two_values_on_one_column_differ(mini):
    data, schema_for, _ = mini
    path = _db(data, "concert_singer")
    schema = schema_for("concert_singer")
    template, _ = extract("SELECT name FROM singer WHERE country = 'France' OR country = 'Spain'", schema)
    rng = random.Random(0)
    for _ in range(10):
        _, binding = synthesize(template, schema, ValueSampler(path), rng)
        assert len(set(binding.values.values())) == 2


def test_a_template_too_big_for_the_database_is_a_synthesis_error(mini):
    data, schema_for, _ = mini
    path = _db(data, "concert_singer")
    wide = Template("SELECT T1.number1, T1.number2, T1.number3, T1.number4, T1.number5, T1.number6, "
                    "T1.number7, T1.number8, T1.number9 FROM T1")
    with pytest.raises(SynthesisError, match="no table fits"):
        synthesize(wide, schema_for("concert_singer"), ValueSampler(path), random.Random(0))


def test_verify_keeps_only_new_sql_that_returns_rows(mini):
    data, schema_for, _ = mini
    path = _db(data, "concert_singer")
    gold = "SELECT count(*) FROM singer"
    slow = ("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
            "SELECT count(*) FROM c")
    sqls = [
        "SELECT COUNT(*) FROM singer",                      # a gold query, written differently
        "SELECT Name FROM singer",                          # kept
        "SELECT name FROM singer",                          # the same query again
        "SELECT Name FROM singer WHERE Age > 1000",         # no rows
        "SELECT nothing FROM singer",                       # fails
        slow,                                               # never ends
        "DROP TABLE singer",                                # hostile: fails, changes nothing
    ]
    candidates = [Candidate("concert_singer", path, sql, "t") for sql in sqls]
    with open(path, "rb") as f:
        before = f.read()
    kept, tally = verify(candidates, local_executor(timeout_s=1.0), exclude={normalize_sql(gold)})
    assert [c.sql for c in kept] == ["SELECT Name FROM singer"]
    assert tally["concert_singer"] == Counter(gold=1, kept=1, duplicate=1, empty=1, error=2, timeout=1)
    with open(path, "rb") as f:
        assert f.read() == before


def test_gold_keys_cover_the_renderers_spelling(mini):
    data, schema_for, _ = mini
    keys = gold_keys(data.split("train"), schema_for)
    example = next(ex for ex in data.split("train") if '"' in ex.query)
    rendered = example.query.replace('"', "'")
    assert normalize_sql(rendered) in keys


def test_value_sampler_leaves_out_poor_literals(tmp_path):
    import sqlite3
    db = tmp_path / "v.sqlite"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE t (a)")
        conn.executemany("INSERT INTO t VALUES (?)", [("ok",), ("two\nlines",), (b"\x00blob",), ("x" * 500,),
                                                       (None,), (3,), (" padded",)])
    assert ValueSampler(str(db))("t", "a") == ["ok", 3]
    assert reflect_schema(str(db)).table("t") is not None
