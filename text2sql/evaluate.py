"""Execution accuracy (EX): run gold and predicted SQL read-only, compare results (compare.py).

`evaluate(data, "dev", predictions)` scores predictions aligned with the split's examples, in
parallel across processes (one SafeExecutor, hence one connection per database, per process).
Examples whose database is missing are *skipped*: never right, never wrong.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import time
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from collections import Counter
from typing import Sequence

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


def judge_candidates(executor: SafeExecutor, db_path: str, gold_sql: str | None,
                     candidates: Sequence[str]) -> list[Verdict]:
    """Judge several candidate SQL strings for one question; the gold runs once. Without a gold
    (None), only executability is checked: `correct` stays None and `error` says why a run failed."""
    if gold_sql is None:
        return [Verdict(None, executor.run(db_path, sql).error) for sql in candidates]
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

# Forking a pool costs ~50 ms and re-opens every database, which a quick batch (972 Spider gold
# pairs run in ~0.3 s) never earns back; so tasks run in-process until this much time has passed,
# and only the remainder goes to the worker processes.
SERIAL_HEAD_S = 0.25
_CHUNK = 8  # tasks per pool future: small, so a few slow queries do not leave one core idle


def _init_worker(limits: ExecutionLimits) -> None:
    global _worker_executor, _worker_limits
    _worker_executor, _worker_limits = None, limits


def _judge_chunk(chunk: list[tuple[int, str, str, str]]) -> list[tuple[int, Verdict]]:
    global _worker_executor
    if _worker_executor is None:
        _worker_executor = SafeExecutor(_worker_limits)
    return [(index, judge_candidates(_worker_executor, db, gold, [pred])[0]) for index, db, gold, pred in chunk]


def _run_pool(chunks: list[list], limits: ExecutionLimits, workers: int, on_done) -> list[list]:
    """Run chunks in a fresh process pool; return the chunks lost to a crashed worker."""
    lost = []
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker, initargs=(limits,)) as pool:
        futures = {pool.submit(_judge_chunk, chunk): chunk for chunk in chunks}
        for future in as_completed(futures):
            try:
                on_done(future.result())
            except BrokenProcessPool:
                lost.append(futures[future])
    return lost


def judge_many(tasks: list[tuple[int, str, str, str]], limits: ExecutionLimits, workers: int | None = None,
               progress: bool = False) -> dict[int, Verdict]:
    """Judge (index, db_path, gold, pred) tasks, in up to `workers` processes (default: usable cores).

    A worker process that dies (a crash inside SQLite, the OOM killer) never hangs the batch: its
    tasks are retried one per fresh process, and a task that kills its process again is judged
    wrong with that reason.
    """
    workers = max(1, min(workers or len(os.sched_getaffinity(0)), len(tasks) or 1))
    results: dict[int, Verdict] = {}
    bar = tqdm(total=len(tasks), desc="executing", unit="q", disable=not progress, leave=False)

    def on_done(pairs: list[tuple[int, Verdict]]) -> None:
        results.update(pairs)
        bar.update(len(pairs))

    position, start = 0, time.monotonic()
    with SafeExecutor(limits) as executor:
        while position < len(tasks) and (workers == 1 or time.monotonic() - start < SERIAL_HEAD_S):
            index, db, gold, pred = tasks[position]
            on_done([(index, judge_candidates(executor, db, gold, [pred])[0])])
            position += 1
    rest = tasks[position:]
    if rest:
        lost = _run_pool([rest[i:i + _CHUNK] for i in range(0, len(rest), _CHUNK)], limits, workers, on_done)
        for task in (t for chunk in lost for t in chunk):
            if _run_pool([[task]], limits, 1, on_done):
                on_done([(task[0], Verdict(False, "the query crashed its worker process"))])
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
    db_paths = {db: str(data.db_path(db)) for db in {ex.db_id for ex in examples} if data.has_db(db)}
    tasks = [(ex.index, db_paths[ex.db_id], ex.query, predictions[ex.index]) for ex in examples if ex.db_id in db_paths]
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
