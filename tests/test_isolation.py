"""Verdicts depend on (database, gold, prediction) alone: nothing one query does changes how a later
one is scored, or lets it see what ran before (issue: isolation between queries)."""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

import pytest

from text2sql.evaluate import evaluate
from text2sql.execution import ExecutionLimits, SafeExecutor
from text2sql.scoring import ScoringPool, ScoringWorker, Verdict
from text2sql.spider import SpiderData

ROOT = Path(__file__).resolve().parents[1]
MINI = ROOT / "data" / "spider-mini"


def _heap_holder(k: int, tag: int) -> str:
    """A chain of NOT MATERIALIZED CTEs: its prepared program doubles at every level and runs in well
    under a second; a cached copy of it would keep ~10 MiB of SQLite heap (more at larger k)."""
    parts = [f"c0 AS (SELECT {tag} AS x)"]
    parts += [f"c{i} AS NOT MATERIALIZED (SELECT x FROM c{i - 1} UNION ALL SELECT x FROM c{i - 1})" for i in range(1, k + 1)]
    return "WITH " + ", ".join(parts) + f" SELECT count(*) FROM c{k}"


@pytest.fixture(scope="module")
def mini():
    return SpiderData(MINI)


def test_a_query_never_shrinks_the_next_ones_heap(mini):
    """Each heap-holding query runs alone under a 48 MiB heap cap. In one executor, one after another,
    they must all still run: what a finished statement built is released. The control (the old
    behaviour: cached statements, nothing released) shows the attack is real at this size."""
    db = str(mini.db_path(mini.split("dev")[0].db_id))
    verdicts = {}
    for isolate in (False, True):
        limits = ExecutionLimits(timeout_s=5, max_heap_bytes=48 * 2**20, max_held_heap_bytes=4 * 2**20,
                                 isolate_queries=isolate)
        with SafeExecutor(limits) as executor:
            verdicts[isolate] = [executor.run(db, _heap_holder(13, tag)) for tag in range(24)]
            if isolate:
                assert executor.heap_held_bytes() < limits.max_held_heap_bytes
    assert not all(r.ok for r in verdicts[False]), "control: the cached statements should exhaust the heap"
    assert "out of memory" in next(r.error for r in verdicts[False] if not r.ok)
    assert all(r.ok for r in verdicts[True]), [r.error for r in verdicts[True] if not r.ok][:2]


def test_hostile_predictions_then_golds_every_gold_right(mini):
    """The measured attack: heap-holding predictions first, then gold queries as predictions. Every
    gold must be scored right, none dropped as 'gold query failed', n unchanged."""
    examples = mini.split("dev")
    hostile, golds = 24, len(examples) - 24
    predictions = [_heap_holder(13, i) for i in range(hostile)] + [ex.query for ex in examples[hostile:]]
    # A small heap cap makes the held-memory effect bite at test size (the real one needs 128 x 51 MB).
    limits = ExecutionLimits(timeout_s=5, max_heap_bytes=48 * 2**20)
    report = evaluate(mini, "dev", predictions, limits, workers=1)
    scored = report.per_example[hostile:]
    assert report.gold_failed == 0, report.gold_failed_line()
    assert report.errors == 0  # the heap holders themselves all ran (11 failed before isolation)
    assert all(row["correct"] for row in scored), [row for row in scored if not row["correct"]][:3]
    assert report.n == len(examples)


def test_a_gold_that_fails_is_retried_in_a_fresh_worker(mini, monkeypatch):
    """A gold that fails because of the worker's state is judged again in a new process; one that
    fails on its own merits is unscorable, counted, with a reason that says it failed twice."""
    ex = mini.split("dev")[0]
    db = str(mini.db_path(ex.db_id))
    worker = ScoringWorker(ExecutionLimits(timeout_s=5))
    try:
        worker.ensure_started()
        pid = worker._pid
        # Poison this process: the next gold fails there, as if an earlier query had left it unusable.
        import text2sql.scoring as scoring
        calls = {"n": 0}
        real = scoring.judge_candidates

        def first_gold_fails(executor, db_path, gold, candidates, mark=None):
            calls["n"] += 1
            return [Verdict(None, "gold query failed: out of memory: held by an earlier query")] * len(candidates)
        # The fork start runs the parent's module code in the child, so the patch reaches the first worker.
        monkeypatch.setattr(scoring, "judge_candidates", first_gold_fails)
        worker._stop()
        worker.ensure_started()
        monkeypatch.setattr(scoring, "judge_candidates", real)
        (verdicts,) = worker.judge([(db, ex.query, [ex.query])])
        assert verdicts == [Verdict(True)] and worker.gold_retries == 1 and worker._pid != pid
        (broken,) = worker.judge([(db, "SELECT nope FROM nowhere", [ex.query])])
        assert broken[0].correct is None and broken[0].error.endswith("(failed again in a fresh worker)")
    finally:
        worker.close()


def test_gold_failures_are_counted_by_reason(mini, tmp_path):
    examples = mini.split("dev")[:4]
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    rows = json.loads((MINI / "dev.json").read_text())[:4]
    rows[1]["query"] = "SELECT no_such_column FROM " + rows[1]["query"].split("FROM", 1)[1].split()[0]
    (data_dir / "dev.json").write_text(json.dumps(rows))
    for name in ("tables.json", "database"):
        (data_dir / name).symlink_to(MINI / name)
    report = evaluate(SpiderData(data_dir), "dev", [ex.query for ex in examples], ExecutionLimits(timeout_s=5), workers=1)
    assert report.gold_failed == 1 and report.n == 3
    assert report.gold_failures == {"OperationalError": 1}
    assert "1 x OperationalError" in report.table()


@pytest.mark.parametrize("sql", [
    "SELECT sql, run FROM sqlite_stmt",
    "SELECT * FROM dbstat",
    "SELECT name, pgsize FROM dbstat WHERE name = 'sqlite_master'",
    "WITH x AS (SELECT * FROM sqlite_stmt) SELECT * FROM x",
    "SELECT * FROM (SELECT sql FROM sqlite_stmt)",
    "SELECT 1 WHERE EXISTS (SELECT 1 FROM main.sqlite_stmt)",
])
def test_connection_introspection_tables_are_refused(mini, sql):
    db = str(mini.db_path(mini.split("dev")[0].db_id))
    with SafeExecutor(ExecutionLimits(timeout_s=5)) as executor:
        assert executor.run(db, "SELECT 'secret@example.com' AS mail").ok  # an earlier caller's query
        result = executor.run(db, sql)
    assert not result.ok
    assert "describes the connection" in result.error or "no such table" in result.error, result.error


def test_serve_workers_do_not_show_the_previous_callers_query(mini):
    db = str(mini.db_path(mini.split("dev")[0].db_id))
    with ScoringPool(ExecutionLimits(timeout_s=5), workers=1, start="fork") as pool:
        assert pool.run(db, "SELECT 'alice@example.com'").ok
        leak = pool.run(db, "SELECT sql FROM sqlite_stmt")
    assert not leak.ok and "alice" not in (leak.error or "") and "describes the connection" in leak.error


def test_result_cap_counts_utf8_bytes(mini):
    """A 4-byte character costs 4 bytes of the result cap, not 1."""
    db = str(mini.db_path(mini.split("dev")[0].db_id))
    emoji = "\U0001F600" * 1000  # 1,000 characters, 4,000 UTF-8 bytes
    limits = ExecutionLimits(timeout_s=5, max_result_bytes=2_000 * 4)
    sql = f"WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r WHERE i < 3) SELECT '{emoji}' FROM r"
    with SafeExecutor(limits) as executor:
        result = executor.run(db, sql)
        ascii_ok = executor.run(db, sql.replace(emoji, "x" * 1000))
    assert not result.ok and "result too large" in result.error
    assert ascii_ok.ok and len(ascii_ok.rows) == 3


def test_pool_size_is_bounded_by_its_memory_budget():
    limits = ExecutionLimits(max_worker_bytes=2**30, max_pool_bytes=3 * 2**30)
    assert len(ScoringPool(limits, workers=64).workers) == 3
    assert len(ScoringPool(ExecutionLimits(), workers=64).workers) == 4
    assert len(ScoringPool(ExecutionLimits(), workers=2).workers) == 2


def test_authorizer_bookkeeping_is_linear_in_the_statement(mini):
    """Thousands of function calls in one statement (up to the 64 KiB SQL cap): the authorizer's work per
    call stays constant, so preparing 4x the calls costs about 4x, not 16x."""
    db = str(mini.db_path(mini.split("dev")[0].db_id))

    def timed(compounds: int) -> float:
        row = "SELECT " + ", ".join(["trim(hex(1))", "instr('a', 'b')"] * 8)
        sql = " UNION ALL ".join([row] * compounds)
        best = float("inf")
        with SafeExecutor(ExecutionLimits(timeout_s=30, max_value_bytes=2**20, refuse_superlinear=False)) as executor:
            for _ in range(3):
                start = time.perf_counter()
                result = executor.run(db, sql)
                assert result.ok, result.error
                best = min(best, time.perf_counter() - start)
        return best

    small, large = timed(100), timed(400)
    assert large < 9 * small + 0.02, (small, large)


def test_many_pattern_calls_in_one_row_keep_the_deadline(mini):
    """LIKE over a long value costs value x pattern length in one C call, and SQLite checks the deadline
    only between loop steps: 50 such calls in one row ran 11.7 s past a 1 s timeout. Long patterns
    and many calls in one statement are refused; what is left stays near the timeout."""
    db = str(mini.db_path(mini.split("dev")[0].db_id))
    value = "WITH s(x, p) AS (SELECT hex(zeroblob(30000)), '%{}1') SELECT {} FROM s"
    with SafeExecutor(ExecutionLimits(timeout_s=1)) as executor:
        long_pattern = executor.run(db, value.format("0" * 990, "x LIKE p"))
        many = executor.run(db, value.format("0" * 190, ", ".join(["x LIKE p"] * 50)))
        start = time.monotonic()
        allowed = executor.run(db, value.format("0" * 190, ", ".join(["x LIKE p"] * 16)))
        elapsed = time.monotonic() - start
    assert not long_pattern.ok and "LIKE or GLOB pattern too complex" in long_pattern.error, long_pattern.error
    assert not many.ok and "more than 16 LIKE/GLOB calls" in many.error, many.error
    assert elapsed < 1.5, (elapsed, allowed)


def test_preparing_a_huge_statement_keeps_the_deadline(mini):
    db = str(mini.db_path(mini.split("dev")[0].db_id))
    sql = " UNION ALL ".join(["SELECT " + ", ".join(["abs(1)"] * 60)] * 400)
    with SafeExecutor(ExecutionLimits(timeout_s=0.005, max_value_bytes=2**20)) as executor:
        result = executor.run(db, sql)
    assert not result.ok and result.error.startswith("timeout"), result.error


def test_databases_stay_byte_identical(mini):
    db = mini.db_path(mini.split("dev")[0].db_id)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    with SafeExecutor(ExecutionLimits(timeout_s=2)) as executor:
        for tag in range(4):
            executor.run(str(db), _heap_holder(13, tag))
        executor.run(str(db), "SELECT * FROM sqlite_stmt")
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
