"""Execution accuracy (EX): run gold and predicted SQL read-only, compare results (compare.py).

`evaluate(data, "dev", predictions)` scores predictions aligned with the split's examples, in
parallel across processes (one SafeExecutor, hence one connection per database, per process).
Examples whose database is missing are *skipped*: never right, never wrong.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
from collections import Counter
from typing import Iterable, Sequence

from tqdm import tqdm

from text2sql.compare import order_matters, results_match
from text2sql.execution import ExecutionLimits, SafeExecutor
from text2sql.hardness import spider_hardness
from text2sql.spider import DataError, SpiderData


@dataclasses.dataclass(frozen=True)
class Verdict:
    """One candidate judged against the gold: `correct` is None when it could not be scored."""

    correct: bool | None
    error: str | None = None


def judge_candidates(executor: SafeExecutor, db_path: str, gold_sql: str, candidates: Sequence[str]) -> list[Verdict]:
    """Judge several candidate SQL strings for one question; the gold runs once."""
    gold = executor.run(db_path, gold_sql)
    if not gold.ok:
        return [Verdict(None, f"gold query failed: {gold.error}")] * len(candidates)
    ordered = order_matters(gold_sql)
    verdicts = []
    for sql in candidates:
        result = executor.run(db_path, sql)
        if not result.ok:
            verdicts.append(Verdict(False, result.error))
        else:
            verdicts.append(Verdict(results_match(gold.rows, result.rows, ordered)))
    return verdicts


@dataclasses.dataclass
class Report:
    ex: float
    n: int
    skipped: int
    errors: int
    per_example: list[dict]
    by_hardness: dict[str, dict]

    def summary_line(self) -> str:
        return f"EX {self.ex:.3f} (n={self.n}, skipped={self.skipped}, errors={self.errors})"

    def table(self) -> str:
        lines = [f"{'hardness':<10}{'n':>6}{'correct':>9}{'EX':>8}"]
        for level, row in self.by_hardness.items():
            lines.append(f"{level:<10}{row['n']:>6}{row['correct']:>9}{row['ex']:>8.3f}")
        lines.append(f"{'all':<10}{self.n:>6}{round(self.ex * self.n):>9}{self.ex:>8.3f}")
        return "\n".join(lines)

    def to_json(self) -> dict:
        return dataclasses.asdict(self)


# One executor per worker process, created lazily so that a fork inherits no open connection.
_worker_executor: SafeExecutor | None = None
_worker_limits = ExecutionLimits()


def _init_worker(limits: ExecutionLimits) -> None:
    global _worker_executor, _worker_limits
    _worker_executor, _worker_limits = None, limits


def _judge_task(task: tuple[int, str, str, str]) -> tuple[int, Verdict]:
    global _worker_executor
    if _worker_executor is None:
        _worker_executor = SafeExecutor(_worker_limits)
    index, db_path, gold, pred = task
    return index, judge_candidates(_worker_executor, db_path, gold, [pred])[0]


def judge_many(tasks: list[tuple[int, str, str, str]], limits: ExecutionLimits, workers: int | None = None,
               progress: bool = False) -> dict[int, Verdict]:
    """Judge (index, db_path, gold, pred) tasks, in `workers` processes (default: all cores)."""
    workers = max(1, min(workers or os.cpu_count() or 1, len(tasks)))
    bar = tqdm(total=len(tasks), desc="executing", unit="q", disable=not progress, leave=False)
    results: dict[int, Verdict] = {}
    if workers == 1:
        _init_worker(limits)
        outputs: Iterable = map(_judge_task, tasks)
        for index, verdict in outputs:
            results[index] = verdict
            bar.update()
    else:
        # Small chunks keep both cores busy when a few slow queries sit next to many fast ones.
        chunksize = max(1, min(32, len(tasks) // (workers * 16)))
        with multiprocessing.get_context("fork").Pool(workers, _init_worker, (limits,)) as pool:
            for index, verdict in pool.imap_unordered(_judge_task, tasks, chunksize):
                results[index] = verdict
                bar.update()
    bar.close()
    return results


def read_predictions(path: str | os.PathLike) -> list[str]:
    """One SQL per line. Decoding never fails: invalid bytes become replacement characters."""
    with open(path, encoding="utf-8", errors="replace", newline="") as handle:
        return [line.rstrip("\r\n") for line in handle]


def evaluate(data: SpiderData, split: str, predictions: Sequence[str], limits: ExecutionLimits = ExecutionLimits(),
             workers: int | None = None, progress: bool = False) -> Report:
    """Score predictions aligned with `split`; a shorter list scores only the first examples."""
    examples = data.split(split)
    if len(predictions) > len(examples):
        raise DataError(f"{len(predictions)} predictions but the {split} split has only {len(examples)} examples")
    examples = examples[: len(predictions)]
    tasks = [(ex.index, str(data.db_path(ex.db_id)), ex.query, predictions[ex.index])
             for ex in examples if data.has_db(ex.db_id)]
    verdicts = judge_many(tasks, limits, workers, progress)

    per_example, tally = [], Counter()
    by_level: dict[str, Counter] = {}
    for ex in examples:
        verdict = verdicts.get(ex.index, Verdict(None, f"database {ex.db_id} is missing"))
        per_example.append({"index": ex.index, "db_id": ex.db_id, "correct": verdict.correct, "error": verdict.error})
        if verdict.correct is None:
            tally["skipped"] += 1
            continue
        tally["n"] += 1
        tally["correct"] += verdict.correct
        tally["errors"] += verdict.error is not None
        if ex.sql is not None:
            level = by_level.setdefault(spider_hardness(ex.sql), Counter())
            level["n"] += 1
            level["correct"] += verdict.correct
    order = ["easy", "medium", "hard", "extra"]
    by_hardness = {k: {"n": by_level[k]["n"], "correct": by_level[k]["correct"],
                       "ex": by_level[k]["correct"] / by_level[k]["n"]} for k in order if k in by_level}
    n = tally["n"]
    return Report(ex=tally["correct"] / n if n else 0.0, n=n, skipped=tally["skipped"], errors=tally["errors"],
                  per_example=per_example, by_hardness=by_hardness)
