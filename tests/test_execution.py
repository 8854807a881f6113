"""The verifier's promise (ARCHITECTURE.md) against hostile SQL on a real Spider database.

Every hostile query runs on a writable copy of a spider-mini database, so that only the executor,
not file permissions, stands between the SQL and the bytes on disk. Each one must come back scored
wrong with a reason, leave the file byte-identical with no new file next to it, and finish within
the timeout plus a margin.
"""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from text2sql.scoring import judge_candidates
from text2sql.execution import ExecutionLimits, SafeExecutor, execute_readonly

TIMEOUT_S = 1.0
MARGIN_S = 1.5
LIMITS = ExecutionLimits(timeout_s=TIMEOUT_S, max_rows=1_000)
GOLD = "SELECT count(*) FROM singer"


@pytest.fixture
def db(tmp_path: Path, spider_mini: Path) -> Path:
    """A writable copy of concert_singer, alone in its folder."""
    folder = tmp_path / "db"
    folder.mkdir()
    path = folder / "concert_singer.sqlite"
    shutil.copyfile(spider_mini / "database" / "concert_singer" / "concert_singer.sqlite", path)
    path.chmod(0o644)
    return path


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _assert_harmless(db: Path, sql, reason: str) -> str:
    """Judge `sql` against the gold; it must be wrong with `reason`, cheap, and leave no trace."""
    before, files_before = _sha256(db), sorted(db.parent.iterdir())
    with SafeExecutor(LIMITS) as executor:
        start = time.monotonic()
        (verdict,) = judge_candidates(executor, str(db), GOLD, [sql])
        elapsed = time.monotonic() - start
    assert verdict.correct is False
    assert verdict.error and reason in verdict.error, verdict.error
    assert elapsed < TIMEOUT_S + MARGIN_S
    assert _sha256(db) == before
    assert sorted(db.parent.iterdir()) == files_before
    return verdict.error


WRITES = {
    "insert": ("INSERT INTO singer (Singer_ID, Name) VALUES (99, 'x')", "denied: insert singer"),
    "update": ("UPDATE singer SET Age = 0", "denied: update singer"),
    "delete": ("DELETE FROM singer", "denied: delete singer"),
    "drop": ("DROP TABLE singer", "denied: drop table singer is not allowed"),
    "drop_if_exists": ("/* tidy */ drop table if exists \"singer\"", "denied: drop table singer"),
    "create_table": ("CREATE TABLE t (x int)", "denied: create table t"),
    "create_temp_table": ("CREATE TEMP TABLE t (x int)", "denied: create temp table t"),
    "create_view": ("CREATE VIEW v AS SELECT 1", "denied: create view v"),
    "create_index": ("CREATE UNIQUE INDEX i ON singer(Age)", "denied: create index i"),
    "create_virtual_table": ("CREATE VIRTUAL TABLE v USING fts4(x)", "denied: create virtual table v"),
    "pragma_function": ("SELECT * FROM pragma_table_info('singer')", "denied: pragma table_info"),
    "alter": ("ALTER TABLE singer ADD COLUMN z int", "denied: alter table"),
    "cte_delete": ("WITH s AS (SELECT 1) DELETE FROM singer", "denied: delete singer"),
    "pragma_user_version": ("PRAGMA user_version = 5", "denied: pragma user_version"),
    "pragma_journal_wal": ("PRAGMA journal_mode = WAL", "denied: pragma journal_mode"),
    "begin": ("BEGIN", "denied: transaction"),
    "commit": ("COMMIT", "denied: transaction"),
    "savepoint": ("SAVEPOINT a", "denied"),
    "detach": ("DETACH DATABASE main", "denied: detach"),
    "reindex": ("REINDEX", "denied: reindex"),
    "analyze": ("ANALYZE", "denied: analyze (it writes the schema)"),
    "vacuum": ("VACUUM", "denied"),
    "load_extension": ("SELECT load_extension('x')", "denied: function load_extension()"),
    "multi_statement": ("SELECT 1; DROP TABLE singer", "denied: more than one statement"),
    "multi_select": ("SELECT 1; SELECT 2", "denied: more than one statement"),
}


@pytest.mark.parametrize("sql, reason", WRITES.values(), ids=WRITES.keys())
def test_write_or_side_effect_is_refused(db, sql, reason):
    _assert_harmless(db, sql, reason)


def test_attach_is_refused_and_creates_no_file(db):
    target = db.parent / "attached.db"
    _assert_harmless(db, f"ATTACH DATABASE '{target}' AS x", "denied: attach")
    assert not target.exists()


def test_vacuum_into_is_refused_and_creates_no_file(db):
    target = db.parent / "copy.db"
    _assert_harmless(db, f"VACUUM INTO '{target}'", "denied: attach")
    assert not target.exists()


def test_endless_recursive_cte_times_out(db):
    sql = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
    _assert_harmless(db, sql, "timeout")


def test_cartesian_blowup_times_out(db):
    sql = "SELECT count(*) FROM " + ", ".join(f"singer s{i}" for i in range(12))
    _assert_harmless(db, sql, "timeout")


@pytest.mark.parametrize("sql", ["SELECT zeroblob(1000000000)", "SELECT randomblob(1000000000)",
                                 "SELECT length(zeroblob(1000000000))"])
def test_giant_blob_fails_fast(db, sql):
    _assert_harmless(db, sql, "too big")


@pytest.mark.parametrize("sql", ["SELECT printf('%.*c', 1e9, 'x')", "SELECT format('%.*c', 1e9, 'x')",
                                 "SELECT PRINTF('%.*c', 1e9, 'x')"])
def test_printf_padding_bomb_is_refused(db, sql):
    # Unrefused, SQLite spends ~6 s inside this one call where no timeout can reach it.
    _assert_harmless(db, sql, "is not allowed")


def test_more_rows_than_max_rows_is_refused(db):
    sql = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 5000) SELECT x FROM c"
    _assert_harmless(db, sql, "result too large: more than 1000 rows")


def test_result_bytes_over_limit_is_refused(db):
    limits = ExecutionLimits(timeout_s=TIMEOUT_S, max_result_bytes=2**20)
    sql = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 200) SELECT zeroblob(10000) FROM c"
    result = execute_readonly(db, sql, limits)
    assert not result.ok and result.error.startswith("result too large")


MALFORMED = {
    "nul_byte": ("SELECT 1\x00; DROP TABLE singer", "null character"),
    "lone_surrogate": ("SELECT '\ud800'", "surrogates not allowed"),
    "binary_junk": (bytes(random.Random(0).randrange(1, 256) for _ in range(4096)).decode("latin-1"),
                    "OperationalError"),
    "empty": ("", "empty SQL"),
    "whitespace": (" \n\t ", "empty SQL"),
    "none": (None, "SQL must be a string, got NoneType"),
    "int": (42, "SQL must be a string, got int"),
    "bytes": (b"SELECT 1", "SQL must be a string, got bytes"),
}


@pytest.mark.parametrize("sql, reason", MALFORMED.values(), ids=MALFORMED.keys())
def test_malformed_input_is_wrong_with_reason(db, sql, reason):
    _assert_harmless(db, sql, reason)


def test_megabyte_of_garbage_gives_a_short_reason(db):
    # SQLite quotes the offending token; the reason must not carry the whole megabyte along.
    error = _assert_harmless(db, "x" * 1_000_000, "OperationalError")
    assert len(error) <= 500


@pytest.mark.parametrize("sql, builder", [
    ("SELECT trim(hex(zeroblob(30000)), hex(zeroblob(2000)))", "with hex()"),
    ("SELECT replace(replace(Name, 'a', 'aaaa'), 'aaaa', 'b') FROM singer", "with replace()"),
    ("SELECT instr(Name || Name, 'x') FROM singer", "with the || operator"),
    ("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 3) SELECT replace(x, 1, 2) FROM c",
     "with a recursive CTE"),
])
def test_superlinear_function_on_built_strings_is_refused_with_the_reason(db, sql, builder):
    error = _assert_harmless(db, sql, "in a statement that builds strings")
    assert error.startswith("denied: ") and builder in error


def test_superlinear_functions_on_stored_values_run(db):
    result = execute_readonly(db, "SELECT trim(Name, 'J'), instr(Name, 'a'), replace(Name, ' ', '_') FROM singer "
                                  "WHERE Singer_ID = 1")
    assert result.ok and result.rows == [("oe Sharp", 7, "Joe_Sharp")]


def test_json_each_works(db):
    result = execute_readonly(db, "SELECT value FROM json_each('[3, 1, 2]') ORDER BY value")
    assert result.ok and result.rows == [(1,), (2,), (3,)]


def test_reading_sqlite_master_is_allowed(db):
    result = execute_readonly(db, "SELECT * FROM sqlite_master")
    assert result.ok and result.columns == ("type", "name", "tbl_name", "rootpage", "sql")
    tables = {row[1] for row in result.rows if row[0] == "table"}
    assert tables == {"singer", "stadium", "concert", "singer_in_concert"}


def test_trailing_semicolon_and_comment_are_one_statement(db):
    result = execute_readonly(db, "SELECT count(*) FROM singer; -- done\n")
    assert result.ok and result.rows == [(6,)]


def test_columns_and_rows_are_returned(db):
    result = execute_readonly(db, "SELECT Name, Age FROM singer WHERE Singer_ID = 1")
    assert result.ok and result.error is None
    assert result.columns == ("Name", "Age")
    assert result.rows == [("Joe Sharp", 52)]


def test_executor_keeps_working_after_a_timeout(db):
    with SafeExecutor(LIMITS) as executor:
        endless = executor.run(db, "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x FROM c) SELECT max(x) FROM c")
        after = executor.run(db, GOLD)
    assert endless.error.startswith("timeout") and after.ok and after.rows == [(6,)]


def test_missing_database_is_an_error_not_an_exception(tmp_path):
    result = execute_readonly(tmp_path / "absent.sqlite", "SELECT 1")
    assert not result.ok and result.error.startswith("missing database")
    assert not (tmp_path / "absent.sqlite").exists()


def test_invalid_utf8_text_in_database_reads_with_replacement(tmp_path):
    path = tmp_path / "bad.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x text)")
        conn.execute("INSERT INTO t VALUES (CAST(X'41FF42C3' AS TEXT))")
    conn.close()
    result = execute_readonly(path, "SELECT x FROM t")
    assert result.ok and result.rows == [("A\ufffdB\ufffd",)]
