"""Hostile SQL against the scoring workers (text2sql/scoring.py): every class of query that costs time
or memory is scored wrong within timeout + 1 s, the worker's peak RSS stays under a stated cap, and
the database stays byte-identical. Then the backstop alone: a worker killed at its deadline, a worker
killed from outside, a worker out of address space."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import threading
import time
from pathlib import Path

import pytest

from text2sql.execution import ExecutionLimits
from text2sql.scoring import ScoringPool, Verdict

TIMEOUT_S = 1.0
LIMITS = ExecutionLimits(timeout_s=TIMEOUT_S)  # the default caps otherwise
# What a worker may add to its RSS under the default caps: SQLite's heap cap (256 MiB) bounds a sort or
# a row being built, Python holds at most max_result_bytes (32 MiB, counted with object overhead) plus
# one row; twice each for what malloc keeps after a free. (Measured: a giant sort peaks ~430 MiB.)
RSS_CAP = 2 * LIMITS.max_heap_bytes + 2 * LIMITS.max_result_bytes
GOLD = "SELECT count(*) FROM singer"
ROWS = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT {n}) "

HOSTILE = {
    "trim_on_built_strings": ("SELECT length(trim(replace(hex(zeroblob(32767)), '0', 'a'), "
                              "replace(hex(zeroblob(2700)), '0', 'b') || 'a'))", "denied: trim()"),
    "instr_on_built_strings": ("SELECT instr(hex(zeroblob(30000)), hex(zeroblob(15000)) || 'x')", "denied: instr()"),
    "replace_in_recursion": (ROWS.format(n=10) + "SELECT replace(group_concat(x), '1', '22') FROM c",
                             "denied: replace()"),
    "giant_blob": ("SELECT zeroblob(1000000000)", "too big"),
    "wide_rows_of_large_blobs": (ROWS.format(n=100_000) + "SELECT " + ", ".join(["zeroblob(60000)"] * 300)
                                 + " FROM c", "result too large"),
    "many_huge_values": (ROWS.format(n=100_000) + "SELECT randomblob(60000) FROM c", "result too large"),
    "many_rows": (ROWS.format(n=10**9) + "SELECT x, x, x FROM c", "result too large"),
    "group_concat_growth": (ROWS.format(n=10**9) + "SELECT group_concat(hex(randomblob(1000))) FROM c",
                            "timeout"),  # group_concat keeps reading rows after its cap
    "deep_parentheses": ("SELECT " + "(" * 50_000 + "1" + ")" * 50_000, "OperationalError"),
    "deep_expression": ("SELECT 1" + " + 1" * 10_000, "Expression tree is too large"),
    "endless_recursion": ("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c",
                          "timeout"),
    "recursive_string_doubling": ("WITH RECURSIVE c(s) AS (SELECT 'ab' UNION ALL SELECT s || s FROM c) "
                                  "SELECT length(s) FROM c", "too big"),
    "cartesian_blowup": ("SELECT count(*) FROM " + ", ".join(f"singer s{i}" for i in range(12)), "timeout"),
    "sort_of_a_blowup": ("SELECT s0.name FROM " + ", ".join(f"singer s{i}" for i in range(9))
                         + " ORDER BY random()", ("timeout", "out of memory")),  # whichever cap comes first
    "like_pattern_bomb": ("SELECT hex(zeroblob(30000)) LIKE '%" + "0" * 30_000 + "1'", "pattern too complex"),
}


@pytest.fixture
def db(tmp_path: Path, spider_mini: Path) -> Path:
    """A writable copy of concert_singer: only the executor stands between the SQL and the bytes."""
    path = tmp_path / "concert_singer.sqlite"
    shutil.copyfile(spider_mini / "database" / "concert_singer" / "concert_singer.sqlite", path)
    path.chmod(0o644)
    return path


@pytest.fixture
def pool():
    """A fresh worker per test, so that its peak RSS is this test's alone."""
    with ScoringPool(LIMITS, workers=1).start() as scoring_pool:
        yield scoring_pool


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _judge_timed(pool: ScoringPool, db: Path, sql: str) -> tuple[Verdict, float]:
    start = time.monotonic()
    [[verdict]] = pool.judge([(str(db), GOLD, [sql])])
    return verdict, time.monotonic() - start


@pytest.mark.parametrize("sql, reason", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_query_is_wrong_in_bounded_time_and_memory(pool, db, sql, reason):
    before = _sha256(db)
    verdict, elapsed = _judge_timed(pool, db, sql)
    reasons = reason if isinstance(reason, tuple) else (reason,)
    assert verdict.correct is False and any(r in verdict.error for r in reasons), verdict.error
    assert elapsed < TIMEOUT_S + 1.0
    [worker] = pool.workers
    assert worker.peak_rss_bytes - worker.start_rss_bytes < RSS_CAP
    assert worker.restarts == 0  # the cheap limits stopped it: the backstop never had to
    assert _sha256(db) == before


def test_normal_queries_around_hostile_ones_are_judged_as_usual(pool, db):
    samples = [(str(db), GOLD, [GOLD, "SELECT count(*) FROM stadium", HOSTILE["endless_recursion"][0], GOLD])]
    [[right, wrong, timed_out, right_again]] = pool.judge(samples)
    assert (right, wrong, right_again) == (Verdict(True), Verdict(False), Verdict(True))
    assert timed_out.correct is False and timed_out.error.startswith("timeout")


# Past the cheap limits (a 1 MiB value cap, refusal off), one trim() call runs for minutes in C.
KILLER = ("SELECT length(trim(replace(hex(zeroblob(500000)), '0', 'a'), "
          "replace(hex(zeroblob(20000)), '0', 'b') || 'a'))")
BACKSTOP = ExecutionLimits(timeout_s=0.5, max_value_bytes=2**20, refuse_superlinear=False)


@pytest.mark.parametrize("start", ["fork", "exec"])
def test_a_call_past_the_progress_handler_is_killed_at_the_deadline(db, start):
    with ScoringPool(BACKSTOP, workers=1, start=start).start() as killer_pool:
        start_s = time.monotonic()
        [[right, killed, right_again]] = killer_pool.judge([(str(db), GOLD, [GOLD, KILLER, GOLD])])
        elapsed = time.monotonic() - start_s
        after = killer_pool.run(db, GOLD)
        restarts = killer_pool.restarts
    assert (right, right_again) == (Verdict(True), Verdict(True))
    assert killed.correct is False and "its worker process was killed" in killed.error
    assert elapsed < BACKSTOP.timeout_s + 1.0 + 0.5  # + a fresh worker for the last candidate
    assert after.ok and after.rows == [(6,)] and restarts == 1


def test_a_gold_query_that_kills_the_worker_makes_the_sample_unscorable(db):
    with ScoringPool(BACKSTOP, workers=1).start() as killer_pool:
        verdicts = killer_pool.judge([(str(db), KILLER, ["SELECT 1", "SELECT 2"]), (str(db), GOLD, [GOLD])])
    assert [v.correct for v in verdicts[0]] == [None, None]
    assert verdicts[0][0].error.startswith("gold query failed: timeout") and verdicts[1] == [Verdict(True)]


def test_a_worker_killed_from_outside_costs_only_its_candidate(db):
    endless = HOSTILE["endless_recursion"][0]
    samples = [(str(db), GOLD, [GOLD, endless, GOLD]) for _ in range(4)]
    with ScoringPool(ExecutionLimits(timeout_s=1.0), workers=2).start() as killer_pool:
        victim = killer_pool.workers[0]._pid
        threading.Timer(0.5, os.kill, (victim, signal.SIGKILL)).start()
        verdicts = killer_pool.judge(samples, chunk=1)
        restarts = killer_pool.restarts
    flat = [v for sample in verdicts for v in sample]
    crashed = [v for v in flat if v.error and "crashed its worker process (killed by SIGKILL" in v.error]
    assert restarts == 1 and len(crashed) == 1
    assert [sample[0] for sample in verdicts] == [Verdict(True)] * 4 == [sample[2] for sample in verdicts]
    assert all(v.correct is False for v in flat if v.error)


def test_a_worker_out_of_address_space_fails_the_query_not_the_machine(db):
    # The cheap result cap switched off: only RLIMIT_AS (256 MiB above the worker's start) is left.
    limits = ExecutionLimits(timeout_s=5.0, max_result_bytes=2**40, max_worker_bytes=256 * 2**20)
    sql = ROWS.format(n=100_000) + "SELECT randomblob(60000) FROM c"  # ~6 GB if it were all fetched
    with ScoringPool(limits, workers=1).start() as capped_pool:
        [[verdict]] = capped_pool.judge([(str(db), GOLD, [sql])])
        [worker] = capped_pool.workers
        after = capped_pool.run(db, GOLD)
    assert verdict.correct is False and verdict.error.startswith("out of memory"), verdict.error
    assert worker.peak_rss_bytes <= worker.address_space_cap
    assert after.ok


def test_pool_runs_single_queries_from_many_threads(db):
    results = []
    with ScoringPool(LIMITS, workers=2) as shared:
        threads = [threading.Thread(target=lambda: results.append(shared.run(db, GOLD))) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert [r.rows for r in results] == [[(6,)]] * 6


def test_a_slow_query_holds_up_one_worker_not_the_others(db):
    # What Serve's `execute` relies on: a query at its time limit leaves the other workers free.
    endless = HOSTILE["endless_recursion"][0]
    with ScoringPool(LIMITS, workers=2).start() as shared:
        slow = threading.Thread(target=shared.run, args=(db, endless))
        slow.start()
        time.sleep(0.1)
        start = time.monotonic()
        quick = [shared.run(db, GOLD) for _ in range(5)]
        quick_s = time.monotonic() - start
        slow.join()
    assert [r.rows for r in quick] == [[(6,)]] * 5 and quick_s < TIMEOUT_S / 2
