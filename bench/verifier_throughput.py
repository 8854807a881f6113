"""VerifierPool throughput (candidates judged per second) with 1 and 2 workers vs a plain sqlite3 loop.

Workload: every scorable Spider dev question with four candidates: its gold, two gold queries of
other questions on the same database (executable, mostly wrong), and the gold with an unknown column
(an execution error). The pool judges them as one ObjectRef batch (each actor scoring through its own
killable, memory-capped worker process, text2sql/scoring.py) (`pool.judge(ref)`, then `ray.get`
of the results); the baseline executes the gold once and every candidate with plain sqlite3 (each
database opened once, fetchall) and compares nothing. Ray start-up and actor start-up are excluded;
each pool judges the batch once untimed first, so its connections are open, as in a long run.

    python bench/verifier_throughput.py [--data /work/shared/data/spider] [--quick]
"""

from __future__ import annotations

import os
import re

for key, value in {"RAY_AUTH_MODE": "disabled", "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0",
                   "RAY_USAGE_STATS_ENABLED": "0"}.items():
    os.environ.setdefault(key, value)

import ray  # noqa: E402
from common import gold_pairs, interleaved_best, parser, sqlite_loop  # noqa: E402

from actors.verifier_pool import VerifierPool, candidate_result  # noqa: E402
from text2sql.scoring import judge_candidates  # noqa: E402
from text2sql.execution import ExecutionLimits, SafeExecutor  # noqa: E402
from text2sql.spider import SpiderData  # noqa: E402

LIMITS = ExecutionLimits(timeout_s=10.0)
_FIRST_SELECT = re.compile(r"\bselect\b", re.IGNORECASE)


def samples_with_candidates(pairs: list[tuple[int, str, str]]) -> list[dict]:
    by_db: dict[str, list[str]] = {}
    for _, db_path, gold in pairs:
        by_db.setdefault(db_path, []).append(gold)
    samples = []
    for index, db_path, gold in pairs:
        golds = by_db[db_path]
        here = golds.index(gold)
        # Spider lists paraphrases side by side with the same SQL: skip to other questions.
        neighbours = [golds[(here + 2) % len(golds)], golds[(here + 5) % len(golds)]]
        broken = _FIRST_SELECT.sub("SELECT no_such_column,", gold, count=1)
        samples.append({"id": index, "question": "", "db_path": db_path, "gold": gold,
                        "candidates": [gold, *neighbours, broken]})
    return samples


def judge_inline(executor: SafeExecutor, samples: list[dict]) -> list[list[dict]]:
    """What one verifier actor does with the whole batch, minus Ray and minus its scoring process:
    tells the share of Ray and of the backstop in the cost."""
    return [[candidate_result(v) for v in judge_candidates(executor, s["db_path"], s["gold"], s["candidates"])]
            for s in samples]


def main() -> None:
    args = parser(__doc__.split("\n\n")[0]).parse_args()
    pairs = gold_pairs(SpiderData(args.data), 200 if args.quick else None)
    samples = samples_with_candidates(pairs)
    jobs = [(s["db_path"], [s["gold"], *s["candidates"]]) for s in samples]
    n_candidates = sum(len(s["candidates"]) for s in samples)

    ray.init(num_cpus=os.cpu_count(), resources={"verifier": 3}, object_store_memory=256 * 2**20,
             include_dashboard=False, log_to_driver=False)
    try:
        samples_ref = ray.put(samples)
        pools = {workers: VerifierPool(workers, LIMITS) for workers in (1, 2)}
        for pool in pools.values():
            pool.ready(timeout_s=120)
            ray.get(pool.judge(samples_ref))  # untimed: opens each actor's connections
        sqlite_loop(jobs)  # untimed: page cache
        executor = SafeExecutor(LIMITS)  # kept open across rounds, like an actor's
        timings = interleaved_best(1 if args.quick else args.repeat, {
            "loop": lambda: sqlite_loop(jobs),
            "inline": lambda: judge_inline(executor, samples),
            1: lambda: ray.get(pools[1].judge(samples_ref)),
            2: lambda: ray.get(pools[2].judge(samples_ref)),
        })
        executor.close()
    finally:
        ray.shutdown()

    loop_s = timings["loop"][0]
    results = timings[2][1]
    correct = sum(r["correct"] is True for sample in results for r in sample)
    if len(results) != len(samples):
        raise SystemExit(f"the pool returned {len(results)} results for {len(samples)} samples")
    print(f"{len(samples)} questions, {n_candidates} candidates ({correct} correct); "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    for workers in (1, 2):
        seconds = timings[workers][0]
        print(f"  {workers} worker(s): {seconds:.2f}s, {n_candidates / seconds:.0f} candidates/s")
    inline_s = timings["inline"][0]
    print(f"  SafeExecutor + judge_candidates in this process, no Ray, no backstop: {inline_s:.2f}s, "
          f"{n_candidates / inline_s:.0f} candidates/s")
    print(f"  sqlite loop: {loop_s:.2f}s, {n_candidates / loop_s:.0f} candidates/s")
    pool_s = timings[2][0]
    print(f"RESULT verifier_throughput: 2 workers {n_candidates / pool_s:.0f}/s ({pool_s:.2f}s) vs sqlite loop "
          f"{n_candidates / loop_s:.0f}/s ({loop_s:.2f}s) = {loop_s / pool_s:.2f}x "
          f"(1 worker: {n_candidates / timings[1][0]:.0f}/s = {loop_s / timings[1][0]:.2f}x)")


if __name__ == "__main__":
    main()
