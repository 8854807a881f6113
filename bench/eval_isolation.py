"""What isolating queries from each other costs the EX evaluator.

Workload: the 972 scorable Spider dev examples with the gold SQL as the prediction (every query runs,
every comparison matches). The same `evaluate` call twice, in alternation, best of --repeat:
`isolated` (today: no statement cache, SQLite's held heap released after a query that leaves much of
it, a failed gold judged again in a fresh worker) and `shared` (`ExecutionLimits(isolate_queries=False)`:
Python's 128-statement cache per connection, nothing released; the evaluator before 2026-12-06).
Goal: isolation costs under 10% (ratio <= 1.10). Also checks that both give the same verdicts.

    python bench/eval_isolation.py [--data /work/shared/data/spider] [--quick] [--workers N]
"""

from __future__ import annotations

import os

from common import interleaved_best, parser

from text2sql.evaluate import evaluate
from text2sql.execution import ExecutionLimits
from text2sql.spider import SpiderData


def main() -> None:
    ap = parser(__doc__.split("\n\n")[0])
    ap.add_argument("--workers", type=int, default=None, help="scoring processes (default: the evaluator's)")
    args = ap.parse_args()
    data = SpiderData(args.data)
    examples = data.split("dev")[: 200 if args.quick else None]
    predictions = [ex.query for ex in examples]
    isolated, shared = ExecutionLimits(), ExecutionLimits(isolate_queries=False)

    evaluate(data, "dev", predictions, isolated, workers=args.workers)  # untimed: warms the page cache
    timings = interleaved_best(1 if args.quick else args.repeat, {
        "isolated": lambda: evaluate(data, "dev", predictions, isolated, workers=args.workers),
        "shared": lambda: evaluate(data, "dev", predictions, shared, workers=args.workers),
    })
    (isolated_s, report), (shared_s, before) = timings.values()
    same = [row["correct"] for row in report.per_example] == [row["correct"] for row in before.per_example]
    print(f"isolated: {report.summary_line()}; shared: {before.summary_line()}; same verdicts: {same}; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"RESULT eval_isolation: isolated {isolated_s:.2f}s vs shared {shared_s:.2f}s = "
          f"{isolated_s / shared_s:.3f}x on {report.n + report.gold_failed} golds (goal <= 1.10)")
    if not same:
        raise SystemExit("the two evaluators disagree on some verdict")


if __name__ == "__main__":
    main()
