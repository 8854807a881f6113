"""Parallel speed-up of verification on a heavy workload: `judge_many(workers=2)` vs `workers=1`.

Workload: the Spider dev gold pairs (gold as the prediction) plus, replacing the prediction of a
share of them (--slow-share, default 1/16, chosen with a fixed seed), slow queries of three kinds:
- cartesian products of a real table of that database with itself and a counting CTE (0.2-0.8 s),
- long recursive CTEs (0.2-0.8 s),
- endless recursive CTEs, cut by the 1 s timeout.
Each slow query is calibrated once before timing (a small probe, scaled to its target time), so
the mix takes about the same wall time on any machine. Both variants run the same tasks with the
same SafeExecutor limits; their verdicts must agree wherever timing cannot change them.
Goal: >= 1.8x on 2 cores (the load average printed says how free they were).

    python bench/verify_parallel.py [--data /work/shared/data/spider] [--quick]
"""

from __future__ import annotations

import os
import random
import time

from common import gold_pairs, interleaved_best, parser

from text2sql.evaluate import judge_many
from text2sql.execution import ExecutionLimits, SafeExecutor
from text2sql.spider import SpiderData

LIMITS = ExecutionLimits(timeout_s=1.0)
COUNTER = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < {n}) "
ENDLESS = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"


def largest_table(executor: SafeExecutor, db_path: str) -> tuple[str, int]:
    names = [r[0] for r in executor.run(db_path, "SELECT name FROM sqlite_master WHERE type = 'table'").rows]
    sizes = {name: executor.run(db_path, f'SELECT count(*) FROM "{name}"').rows[0][0] for name in names}
    name = max(sizes, key=sizes.get)
    return name, sizes[name]


def calibrated(executor: SafeExecutor, db_path: str, template: str, target_s: float) -> str:
    """Grow the CTE length `n` in `template` tenfold until a probe takes 20 ms, then scale it to `target_s`.
    Probing through a SafeExecutor includes its per-instruction checks in the estimate."""
    n = 1
    while True:
        result = executor.run(db_path, template.format(n=n))
        if not result.ok:
            raise SystemExit(f"calibration query failed on {db_path}: {result.error}")
        if result.seconds >= 0.02:
            return template.format(n=max(1, round(n * target_s / result.seconds)))
        n *= 10


def slow_query(executor: SafeExecutor, db_path: str, kind: str, target_s: float) -> str:
    if kind == "timeout":
        return ENDLESS
    if kind == "cte":
        return calibrated(executor, db_path, COUNTER + "SELECT count(*), max(x) FROM c", target_s)
    table, rows = largest_table(executor, db_path)
    # Two copies of the table while that stays small (a few million pairs), one when the table is big.
    copies = f'"{table}" AS a, "{table}" AS b' if rows <= 2_000 else f'"{table}" AS a'
    return calibrated(executor, db_path, COUNTER + f"SELECT count(*) FROM {copies}, c", target_s)


def workload(pairs: list[tuple[int, str, str]], slow_share: float, seed: int = 0) -> tuple[list[tuple], set[int]]:
    """Tasks for judge_many, and the indices of those whose prediction is slow."""
    rng = random.Random(seed)
    chosen = set(rng.sample(range(len(pairs)), round(len(pairs) * slow_share)))
    tasks, slow = [], set()
    with SafeExecutor(ExecutionLimits(timeout_s=30)) as executor:
        for position, (index, db_path, gold) in enumerate(pairs):
            prediction = gold
            if position in chosen:
                # Targets stay below the 1 s timeout by a margin, so that load on a shared machine
                # rarely pushes a query that should finish over the limit.
                kind = rng.choice(["cartesian", "cte", "timeout"])
                prediction = slow_query(executor, db_path, kind, rng.uniform(0.2, 0.8))
                slow.add(index)
            tasks.append((index, db_path, gold, prediction))
    return tasks, slow


def timeouts(verdicts: dict) -> int:
    return sum(1 for v in verdicts.values() if v.error and v.error.startswith("timeout"))


def main() -> None:
    # One serial pass of the full workload is ~45 s, so one round by default keeps the run near 1 min.
    ap = parser(__doc__.split("\n\n")[0], repeat=1)
    ap.add_argument("--slow-share", type=float, default=1 / 16, help="share of predictions replaced by slow queries")
    args = ap.parse_args()

    pairs = gold_pairs(SpiderData(args.data), 240 if args.quick else None)
    start = time.perf_counter()
    tasks, slow = workload(pairs, args.slow_share)
    endless = sum(1 for task in tasks if task[3] == ENDLESS)
    print(f"{len(tasks)} tasks, {len(slow)} of them slow ({endless} endless), calibrated in "
          f"{time.perf_counter() - start:.1f}s; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    timings = interleaved_best(1 if args.quick else args.repeat, {
        "serial": lambda: judge_many(tasks, LIMITS, workers=1),
        "parallel": lambda: judge_many(tasks, LIMITS, workers=2),
    })
    (serial_s, serial), (parallel_s, parallel) = timings.values()
    # Exactly the same tasks judged, and the same verdicts wherever timing cannot change them; a
    # calibrated slow query may cross the timeout in one run and not the other on a loaded machine.
    fast_differ = [i for i in serial if i not in slow and serial[i] != parallel.get(i)]
    if serial.keys() != parallel.keys() or fast_differ:
        raise SystemExit(f"workers=1 and workers=2 disagree (missing or different verdicts: {fast_differ[:5]}); "
                         f"the benchmark is invalid")
    print(f"verdicts agree; cut by the {LIMITS.timeout_s:g}s timeout: {timeouts(serial)} (workers=1), "
          f"{timeouts(parallel)} (workers=2)")
    print(f"RESULT verify_parallel: workers=2 {parallel_s:.2f}s vs workers=1 {serial_s:.2f}s = "
          f"{serial_s / parallel_s:.2f}x speed-up")


if __name__ == "__main__":
    main()
