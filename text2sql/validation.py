"""The fixed validation set: held-out real training examples whose SQL the model never trained on.

Every model of a run's model base (the starting model included) is scored on the same questions, so
main/opponent choice and early stopping compare like with like (METHOD.md, the model base). Spider
lists most SQL twice, with paraphrased questions: an example whose gold SQL, normalized, is also the
SQL of a training example would measure recall of that SQL, not generalization, so it is left out, and
so is any example whose question or SQL is also a benchmark (dev/test) question or SQL. One example per
distinct SQL, drawn round-robin over databases in a seeded order, so the set spans the schemas.

    >>> from text2sql.spider import SpiderData
    >>> data = SpiderData("data/spider-mini")
    >>> trained = {ex.index for ex in data.split("train")[:200]}
    >>> val = validation_examples(data, "train", trained, n=20)
    >>> len(val), any(ex.index in trained for ex in val)
    (20, False)
"""

from __future__ import annotations

import random
from collections import defaultdict
from typing import Iterable

from text2sql.spider import SPLIT_FILES, Example, SpiderData
from text2sql.synthesis import normalize_sql

__all__ = ["benchmark_keys", "validation_examples"]

BENCHMARK_SPLITS = ("dev",)  # Spider's test split is not distributed in SpiderData's layout


def question_key(question: str) -> str:
    return " ".join(question.lower().split())


def benchmark_keys(data: SpiderData, splits: Iterable[str] = BENCHMARK_SPLITS) -> tuple[set[str], set[str]]:
    """(question keys, SQL keys) of the benchmark splits present in `data`: never trained or validated on."""
    questions, queries = set(), set()
    for split in splits:
        if split not in SPLIT_FILES or not (data.root / SPLIT_FILES[split]).is_file():
            continue
        for ex in data.split(split):
            questions.add(question_key(ex.question))
            queries.add(normalize_sql(ex.query))
    return questions, queries


def validation_examples(data: SpiderData, split: str, trained: set[int], n: int, seed: int = 0,
                        benchmark: tuple[set[str], set[str]] | None = None) -> list[Example]:
    """Up to `n` examples of `split` that are not in `trained` (indices), whose normalized SQL is no
    trained example's, and that share neither question nor SQL with the benchmark splits."""
    examples = data.split(split)
    trained_sql = {normalize_sql(ex.query) for ex in examples if ex.index in trained}
    bench_questions, bench_sql = benchmark if benchmark is not None else benchmark_keys(data)
    by_db: dict[str, list[Example]] = defaultdict(list)
    seen: set[str] = set()
    for ex in examples:
        if ex.index in trained or not data.has_db(ex.db_id):
            continue
        key = normalize_sql(ex.query)
        if key in trained_sql or key in seen or key in bench_sql or question_key(ex.question) in bench_questions:
            continue
        seen.add(key)
        by_db[ex.db_id].append(ex)
    rng = random.Random(seed)
    queues = [rng.sample(rows, len(rows)) for _, rows in sorted(by_db.items())]
    rng.shuffle(queues)
    chosen: list[Example] = []
    while len(chosen) < n and any(queues):
        for queue in queues:
            if queue and len(chosen) < n:
                chosen.append(queue.pop())
    return sorted(chosen, key=lambda ex: ex.index)
