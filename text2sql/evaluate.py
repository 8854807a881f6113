"""Execution accuracy (EX): run gold and predicted SQL read-only, compare results (compare.py).

`evaluate(data, "dev", predictions)` scores predictions aligned with the split's examples, in
parallel across scoring processes (text2sql/scoring.py: one SafeExecutor, hence one connection per
database, per process; each process killed at its deadline and capped in memory).
Two kinds of examples are never right and never wrong, and are counted apart: *skipped* ones, whose
database is missing, and *gold_failed* ones, whose gold query fails or times out twice, the second
time in a fresh scoring process (so a failure never comes from what an earlier prediction left
behind); their reasons are counted in `gold_failures` and printed.
"""

from __future__ import annotations

import dataclasses
import os
from collections import Counter
from typing import Sequence

from tqdm import tqdm

from text2sql.compare import remove_distinct
from text2sql.execution import ExecutionLimits
from text2sql.hardness import spider_hardness
from text2sql.scoring import ScoringPool, Verdict
from text2sql.spider import DataError, SpiderData


HEADLINES = {
    "official": "test-suite default: DISTINCT ignored",
    "strict": "strict: DISTINCT kept",
}


@dataclasses.dataclass
class Report:
    ex: float          # the headline: `ex_official` unless the evaluation was asked to be strict
    n: int
    skipped: int       # database missing
    gold_failed: int   # the gold query failed or timed out: unscorable
    errors: int        # predictions that failed to run (counted among the wrong)
    per_example: list[dict]
    by_hardness: dict[str, dict]
    gold_failures: dict[str, int] = dataclasses.field(default_factory=dict)  # reason -> count
    # Both scorings, always: "official" drops DISTINCT from gold and prediction as the test-suite
    # evaluator does by default (published Spider EX); "strict" keeps it. `headline` says which is `ex`.
    ex_official: float = 0.0
    ex_strict: float = 0.0
    headline: str = "official"

    def gold_failed_line(self) -> str:
        """The gold queries that failed (twice: the second time in a fresh worker), by reason."""
        reasons = "; ".join(f"{count} x {reason}" for reason, count in sorted(self.gold_failures.items(),
                                                                              key=lambda kv: -kv[1]))
        return f"gold_failed={self.gold_failed}" + (f" ({reasons})" if reasons else "")

    def summary_line(self) -> str:
        other = "strict" if self.headline == "official" else "official"
        return (f"EX {self.ex:.3f} [{HEADLINES[self.headline]}; {other} {getattr(self, 'ex_' + other):.3f}] "
                f"(n={self.n}, skipped={self.skipped}, gold_failed={self.gold_failed}, errors={self.errors})")

    def table(self) -> str:
        lines = [f"EX by hardness ({HEADLINES[self.headline]})", f"{'hardness':<10}{'n':>6}{'correct':>9}{'EX':>8}"]
        for level, row in self.by_hardness.items():
            lines.append(f"{level:<10}{row['n']:>6}{row['correct']:>9}{row['ex']:>8.3f}")
        lines.append(f"{'all':<10}{self.n:>6}{round(self.ex * self.n):>9}{self.ex:>8.3f}")
        lines.append(f"not scored: {self.skipped} skipped (database missing), {self.gold_failed} gold query "
                     f"failed or timed out twice")
        if self.gold_failures:
            lines.append(f"gold failures by reason: {self.gold_failed_line()}")
        return "\n".join(lines)

    def to_json(self) -> dict:
        return dataclasses.asdict(self)


def judge_many(tasks: list[tuple[int, str, str, str]], limits: ExecutionLimits, workers: int | None = None,
               progress: bool = False) -> dict[int, Verdict]:
    """Judge (index, db_path, gold, pred) tasks in up to `workers` scoring processes (default: usable
    cores), each killed at its deadline and capped in memory (text2sql/scoring.py). A task that kills
    its worker is judged wrong with that reason (or unscorable, if its gold did); the rest go on."""
    workers = max(1, min(workers or len(os.sched_getaffinity(0)), len(tasks) or 1))
    bar = tqdm(total=len(tasks), desc="executing", unit="q", disable=not progress, leave=False)
    samples = [(db, gold, [pred]) for _, db, gold, pred in tasks]
    with ScoringPool(limits, workers, start="fork").start() as pool:
        verdicts = pool.judge(samples, on_done=lambda start, done: bar.update(len(done)))
    bar.close()
    return {task[0]: verdict[0] for task, verdict in zip(tasks, verdicts)}


def read_predictions(path: str | os.PathLike) -> list[str]:
    """One SQL per line. Decoding never fails: invalid bytes become replacement characters."""
    with open(path, encoding="utf-8", errors="replace", newline="") as handle:
        return [line.rstrip("\r\n") for line in handle]


def evaluate(data: SpiderData, split: str, predictions: Sequence[str], limits: ExecutionLimits = ExecutionLimits(),
             workers: int | None = None, progress: bool = False, strict: bool = False) -> Report:
    """Score predictions aligned with `split`; a shorter list scores only the first examples.

    Both scorings are computed: strict (the queries as written) and the official test-suite default
    (DISTINCT removed from both; only examples where either query has one are run again). `strict`
    makes the strict figure the headline `ex` and the by-hardness table."""
    examples = data.split(split)
    if len(predictions) > len(examples):
        raise DataError(f"{len(predictions)} predictions but the {split} split has only {len(examples)} examples")
    examples = examples[: len(predictions)]
    db_paths = {db: str(data.db_path(db)) for db in {ex.db_id for ex in examples} if data.has_db(db)}
    tasks = [(ex.index, db_paths[ex.db_id], ex.query, predictions[ex.index]) for ex in examples if ex.db_id in db_paths]
    strict_verdicts = judge_many(tasks, limits, workers, progress)
    rescored = [(i, db, remove_distinct(gold), remove_distinct(pred)) for i, db, gold, pred in tasks
                if remove_distinct(gold) != gold or remove_distinct(pred) != pred]
    official_verdicts = dict(strict_verdicts)
    for index, verdict in judge_many(rescored, limits, workers, False).items() if rescored else ():
        if not (verdict.correct is None and strict_verdicts[index].correct is not None):  # a stripped gold failed
            official_verdicts[index] = verdict
    verdicts = strict_verdicts if strict else official_verdicts
    other = official_verdicts if strict else strict_verdicts

    per_example, tally, gold_failures = [], Counter(), Counter()
    by_level: dict[str, Counter] = {}
    for ex in examples:
        verdict = verdicts.get(ex.index, Verdict(None, f"database {ex.db_id} is missing"))
        per_example.append({"index": ex.index, "db_id": ex.db_id, "correct": verdict.correct, "error": verdict.error})
        if verdict.correct is None:
            if ex.index not in verdicts:
                tally["skipped"] += 1
            else:
                tally["gold_failed"] += 1
                gold_failures[_failure_kind(verdict.error)] += 1
            continue
        tally["n"] += 1
        tally["correct"] += verdict.correct
        tally["other_correct"] += bool(other[ex.index].correct)
        tally["errors"] += verdict.error is not None
        if ex.sql is not None:
            level = by_level.setdefault(spider_hardness(ex.sql), Counter())
            level["n"] += 1
            level["correct"] += verdict.correct
    order = ["easy", "medium", "hard", "extra"]
    by_hardness = {k: {"n": by_level[k]["n"], "correct": by_level[k]["correct"],
                       "ex": by_level[k]["correct"] / by_level[k]["n"]} for k in order if k in by_level}
    n = tally["n"]
    ex, other_ex = (tally["correct"] / n, tally["other_correct"] / n) if n else (0.0, 0.0)
    return Report(ex=ex, ex_official=other_ex if strict else ex, ex_strict=ex if strict else other_ex,
                  headline="strict" if strict else "official", n=n, skipped=tally["skipped"],
                  gold_failed=tally["gold_failed"], errors=tally["errors"],
                  per_example=per_example, by_hardness=by_hardness, gold_failures=dict(gold_failures))


def _failure_kind(error: str | None) -> str:
    """'timeout', 'out of memory', 'OperationalError', ...: the reason of a failed gold, without detail."""
    reason = (error or "").removeprefix("gold query failed:").strip()
    return reason.split(":", 1)[0].strip() or "unknown"
