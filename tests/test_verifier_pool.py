"""VerifierPool on real Ray and real SQLite (spider-mini): order, correctness, hostile SQL, dead workers
and dead actors."""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

import pytest
import ray

from actors.verifier_pool import VerifierPool, candidate_result
from text2sql.execution import ExecutionLimits, SafeExecutor
from text2sql.scoring import judge_candidates

LIMITS = ExecutionLimits(timeout_s=1.0)
# Never ends on its own: the executor's deadline cuts it at LIMITS.timeout_s, wall-clock, whatever the load.
ENDLESS = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"


def dev_samples(root: Path, limit: int | None = None) -> list[dict]:
    """Spider dev examples as samples with three candidates: the gold, a wrong query, another gold."""
    records = json.loads((root / "dev.json").read_text())[:limit]
    return [{"id": f"dev-{i}", "question": r["question"],
             "db_path": str(root / "database" / r["db_id"] / f"{r['db_id']}.sqlite"), "gold": r["query"],
             "candidates": [r["query"], "SELECT 'no such answer'", records[(i + 1) % len(records)]["query"]]}
            for i, r in enumerate(records)]


def serial_answer(samples: list[dict]) -> list[list[dict]]:
    with SafeExecutor(LIMITS) as executor:
        return [[candidate_result(v) for v in judge_candidates(executor, s["db_path"], s["gold"], s["candidates"])]
                for s in samples]


def comparable(results: list[list[dict]]) -> list[list[tuple]]:
    """Results without the elapsed seconds a timeout reason quotes (they vary with the load)."""
    return [[(r["executable"], r["correct"], r["reason"] and r["reason"].split(":")[0]) for r in sample]
            for sample in results]


def sha256(path: str) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def pool(ray_session):
    with VerifierPool(workers=2, limits=LIMITS) as verifier_pool:
        verifier_pool.ready(timeout_s=120)
        yield verifier_pool


def test_each_actor_holds_one_verifier_resource_and_its_cpu_share(pool):
    assert [info["resources"] for info in pool.ready()] == [{"verifier": 1.0, "CPU": 0.5}] * 2


def test_gold_candidates_are_correct(pool, spider_mini):
    samples = dev_samples(spider_mini)
    results = ray.get(pool.judge(ray.put(samples)))
    assert [r[0] for r in results] == [{"executable": True, "correct": True, "reason": None, "rows": None}] * len(samples)


def test_wrong_candidates_are_executable_but_incorrect(pool, spider_mini):
    results = ray.get(pool.judge(ray.put(dev_samples(spider_mini, limit=40))))
    assert all(r[1] == {"executable": True, "correct": False, "reason": None, "rows": None} for r in results)


def test_results_match_the_serial_answer_in_input_order(pool, spider_mini):
    samples = dev_samples(spider_mini)[::-1]  # reversed: order must follow the input, not the file
    assert ray.get(pool.judge(ray.put(samples))) == serial_answer(samples)


def test_several_refs_are_judged_as_one_batch_in_order(pool, spider_mini):
    samples = dev_samples(spider_mini, limit=30)
    refs = [ray.put(samples[:7]), ray.put(samples[7:]), ray.put([])]
    assert ray.get(pool.judge(refs)) == serial_answer(samples)


def test_hostile_candidates_are_refused_and_the_database_is_unchanged(pool, spider_mini):
    db = str(spider_mini / "database" / "concert_singer" / "concert_singer.sqlite")
    before = sha256(db)
    hostile = ["DROP TABLE singer", "ATTACH DATABASE ':memory:' AS other", "DELETE FROM singer",
               "SELECT 1; DROP TABLE singer", "PRAGMA writable_schema = 1", "SELECT load_extension('x')",
               "CREATE TEMP TABLE t(x)", "UPDATE singer SET name = 'x'"]
    sample = {"id": 0, "question": "?", "db_path": db, "gold": "SELECT count(*) FROM singer", "candidates": hostile}
    [results] = ray.get(pool.judge([sample]))
    assert [(r["executable"], r["correct"], r["reason"].startswith("denied:")) for r in results] == \
        [(False, False, True)] * len(hostile)
    assert sha256(db) == before


def test_unscorable_sample_reports_the_gold_failure(pool, tmp_path):
    sample = {"id": "gone", "question": "?", "db_path": str(tmp_path / "missing.sqlite"),
              "gold": "SELECT 1", "candidates": ["SELECT 1", "SELECT 2"]}
    [results] = ray.get(pool.judge([sample]))
    assert [(r["correct"], r["reason"].startswith("gold query failed: missing database")) for r in results] == \
        [(None, True)] * 2


def test_malformed_sample_raises_an_error_naming_the_field(pool):
    with pytest.raises(ValueError, match=r"sample 1 \(id 'b'\) has no 'gold'"):
        ray.get(pool.judge([{"id": "a", "question": "?", "db_path": "x", "gold": "SELECT 1", "candidates": []},
                            {"id": "b", "question": "?", "db_path": "x", "candidates": []}]))


def slow_first_batch(root: Path) -> tuple[list[dict], float]:
    """A batch whose first sample takes ~3 s (three candidates cut by the 1 s timeout), then fast ones."""
    samples = dev_samples(root, limit=60)
    slow = dict(samples[0], id="slow", candidates=[ENDLESS] * 3)
    return [slow] + samples, 3 * LIMITS.timeout_s


def test_killed_worker_is_restarted_and_every_result_comes_back_once(ray_session, spider_mini):
    samples, slow_s = slow_first_batch(spider_mini)
    expected = serial_answer(samples)
    # One shard per worker: the slow sample is in shard 0, which actor 0 runs.
    with VerifierPool(workers=2, limits=LIMITS, shards_per_worker=1) as killed_pool:
        first_pid = killed_pool.ready(timeout_s=120)[0]["pid"]
        start = time.monotonic()
        ref = killed_pool.judge(ray.put(samples))
        time.sleep(slow_s / 3)
        assert not ray.wait([ref], timeout=0)[0], "the batch finished before the kill: the test proves nothing"
        ray.kill(killed_pool.actors[0], no_restart=False)
        results = ray.get(ref, timeout=120)
        elapsed = time.monotonic() - start
        restarted_pid = ray.get(killed_pool.actors[0].info.remote())["pid"]
    assert restarted_pid != first_pid
    assert elapsed >= slow_s / 3 + slow_s  # the slow shard ran again, from the start, after the kill
    assert len(results) == len(samples)
    assert sum(len(r) for r in results) == sum(len(s["candidates"]) for s in samples)
    assert comparable(results) == comparable(expected)


def test_actor_killed_for_good_mid_batch_is_replaced_and_the_batch_completes(ray_session, spider_mini):
    samples, slow_s = slow_first_batch(spider_mini)
    expected = serial_answer(samples)
    with VerifierPool(workers=2, limits=LIMITS, shards_per_worker=1) as pool:
        doomed_pid = pool.ready(timeout_s=120)[0]["pid"]
        ref = pool.judge(ray.put(samples))
        time.sleep(slow_s / 3)
        ray.kill(pool.actors[0], no_restart=True)
        results = ray.get(ref, timeout=120)  # actor 0's shard went to actor 1
        assert comparable(results) == comparable(expected)
        again = ray.get(pool.judge(ray.put(samples[1:20])), timeout=120)  # heals before dispatching
        infos = pool.ready(timeout_s=120)
    assert comparable(again) == comparable(expected[1:20])
    assert pool.replaced == 1 and len(infos) == 2 and doomed_pid not in {info["pid"] for info in infos}


# With the value cap raised to 1 MiB and the refusal of super-linear functions switched off, one trim()
# call on two built strings (1 MB, and a set of 40,001 characters) runs for minutes in C, out of the
# progress handler's reach: only killing the scoring process stops it.
KILLER = ("SELECT length(trim(replace(hex(zeroblob(500000)), '0', 'a'), "
          "replace(hex(zeroblob(20000)), '0', 'b') || 'a'))")
BACKSTOP = ExecutionLimits(timeout_s=0.5, max_value_bytes=2**20, refuse_superlinear=False)


def test_candidate_that_kills_its_worker_every_time_is_wrong_and_the_rest_are_right(ray_session, spider_mini):
    samples = dev_samples(spider_mini, limit=12)
    for sample in samples[2], samples[7]:
        sample["candidates"] = [sample["gold"], KILLER, sample["gold"]]
    with VerifierPool(workers=2, limits=BACKSTOP) as pool:
        pool.ready(timeout_s=120)
        start = time.monotonic()
        results = ray.get(pool.judge(ray.put(samples)), timeout=120)
        elapsed = time.monotonic() - start
        infos = pool.ready(timeout_s=120)
    for index, sample_results in enumerate(results):
        if index in (2, 7):
            assert [r["correct"] for r in sample_results] == [True, False, True]
            assert "its worker process was killed" in sample_results[1]["reason"]
        else:
            assert sample_results[0] == {"executable": True, "correct": True, "reason": None, "rows": None}
    assert len(infos) == 2 and sum(info["scorer_restarts"] for info in infos) == 2
    assert pool.replaced == 0
    # Each kill costs timeout + grace, plus a fresh interpreter; the two may run in parallel.
    assert elapsed < 2 * (BACKSTOP.timeout_s + BACKSTOP.kill_grace_s + 1.0) + 3.0


def test_a_verdict_does_not_depend_on_what_the_actor_judged_before(ray_session, spider_mini):
    """Heap-holding candidates first, each its own gold: every one is judged right, also the last, though
    before isolation their cached statements exhausted a 48 MiB heap cap half way through."""
    from test_isolation import _heap_holder

    db = str(spider_mini / "database" / "concert_singer" / "concert_singer.sqlite")
    samples = [{"id": f"holder-{tag}", "question": "?", "db_path": db, "gold": _heap_holder(13, tag),
                "candidates": [_heap_holder(13, tag)]}
               for tag in range(24)]
    samples += [{**s, "candidates": [s["gold"]]} for s in dev_samples(spider_mini, limit=8)]
    with VerifierPool(workers=1, limits=ExecutionLimits(timeout_s=5, max_heap_bytes=48 * 2**20)) as pool:
        results = ray.get(pool.judge(ray.put(samples)))
    assert [r[0]["correct"] for r in results] == [True] * len(samples), [r[0]["reason"] for r in results][:3]
