"""Overhead of the EX evaluator against a plain sqlite3 loop.

Workload: the 972 scorable Spider dev examples with the gold SQL as the prediction, so every query
succeeds and every comparison is a match. The evaluator (`text2sql.evaluate.evaluate`) reads the split,
runs gold and prediction through the hardened SafeExecutor inside scoring worker processes (forked,
RLIMIT_AS-capped, killed at a query's deadline: text2sql/scoring.py; their start is timed too),
compares the results and tallies EX by hardness; the baseline executes the gold twice per example with plain sqlite3 (each database opened
once, fetchall) and does nothing else. Both are timed inside this process, best of --repeat, in
alternation so that both see the same background load. Goal: the evaluator within 2x of the loop.

    python bench/eval_overhead.py [--data /work/shared/data/spider] [--quick]
"""

from __future__ import annotations

import os

from common import gold_pairs, interleaved_best, parser, sqlite_loop

from text2sql.evaluate import evaluate
from text2sql.spider import SpiderData


def main() -> None:
    args = parser(__doc__.split("\n\n")[0]).parse_args()
    repeat = 1 if args.quick else args.repeat
    data = SpiderData(args.data)
    examples = data.split("dev")[: 200 if args.quick else None]
    predictions = [ex.query for ex in examples]
    jobs = [(db_path, [gold, gold]) for _, db_path, gold in gold_pairs(data, len(examples))]
    default_workers = os.cpu_count() or 1

    sqlite_loop(jobs)  # untimed: brings every database file into the page cache
    timings = interleaved_best(repeat, {
        "loop": lambda: sqlite_loop(jobs),
        "evaluator": lambda: evaluate(data, "dev", predictions),
        "evaluator_serial": lambda: evaluate(data, "dev", predictions, workers=1),
    })
    (loop_s, failures), (evaluator_s, report), (serial_s, _) = timings.values()
    if failures:
        print(f"note: {failures} gold queries failed under plain sqlite3")
    print(f"{len(jobs)} scorable examples; evaluator: {report.summary_line()}; "
          f"load average {os.getloadavg()[0]:.1f} on {default_workers} cores")
    print(f"evaluator workers=1: {serial_s:.2f}s = {serial_s / loop_s:.2f}x the sqlite loop")
    print(f"RESULT eval_overhead: evaluator {evaluator_s:.2f}s vs sqlite loop {loop_s:.2f}s = "
          f"{evaluator_s / loop_s:.2f}x (workers={default_workers}; workers=1: {serial_s / loop_s:.2f}x)")


if __name__ == "__main__":
    main()
