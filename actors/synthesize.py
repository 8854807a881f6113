"""Verified synthetic (question, SQL) pairs on the pools (METHOD.md, Stage 1, steps 2 and 3).

Templates are bound to databases in the driver (text2sql/synthesis.py: pure, cheap), every candidate
is executed by the VerifierPool (killable, read-only workers: synthetic SQL is untrusted), with a
second batch probing each kept LIMIT for a tie at its boundary (`limit_probes`), and the
GeneratorPool writes a question for each kept query (SQL-to-text, text2sql/prompts.py). `spft-sql
synthesize` and the `vbift` stage both call `synthesize_sql` and `write_questions`.

Quotas: `n` pairs are spread evenly over the databases; a database that yields nothing new in a
round is exhausted and its shortfall moves to the others, so the result has exactly `n` pairs unless
every database runs dry (then fewer, and the tally says why).
"""

from __future__ import annotations

import dataclasses
import zlib
from collections import Counter
from typing import Callable, Sequence

import ray

from text2sql.prompts import QUESTION_STOP, extract_question, render_question_prompt
from text2sql.schema import Schema
from text2sql.synthesis import Candidate, Execute, Outcome, ValueSampler, synthesize_many, verify
from text2sql.templates import Template

OVERSAMPLE = 2      # candidates drawn per pair still needed, each round (about half survive verification)
MAX_ROUNDS = 8      # rounds of drawing before giving up on the databases that still owe pairs


@dataclasses.dataclass(frozen=True)
class Database:
    db_id: str
    path: str
    schema: Schema


def verifier_executor(pool) -> Execute:
    """`execute` for `text2sql.synthesis.verify` through a VerifierPool: one sample per query, no gold."""

    def execute(batch: Sequence[tuple[str, str]]) -> list[Outcome]:
        samples = [{"id": i, "question": "", "db_path": db_path, "gold": None, "candidates": [sql]}
                   for i, (db_path, sql) in enumerate(batch)]
        results = ray.get(pool.judge(ray.put(samples)))
        return [Outcome(r[0]["reason"], r[0]["rows"] or 0) for r in results]

    return execute


def quotas(n: int, db_ids: Sequence[str]) -> dict[str, int]:
    """`n` spread over the databases as evenly as whole numbers allow, the first ones taking the rest.

    >>> quotas(7, ["a", "b", "c"])
    {'a': 3, 'b': 2, 'c': 2}
    """
    base, extra = divmod(n, len(db_ids))
    return {db: base + (i < extra) for i, db in enumerate(db_ids)}


def synthesize_sql(databases: Sequence[Database], templates: Sequence[tuple[Template, float]], n: int,
                   execute: Execute, exclude: set[str] = frozenset(), seed: int = 0,
                   progress: Callable[[int], None] = lambda k: None) -> tuple[list[Candidate], dict[str, Counter]]:
    """`n` verified queries spread over `databases` (fewer only when they all run dry), and per
    database a tally: drawn, kept, and each reason a draw was dropped (no table fits, gold,
    duplicate, error, timeout, empty, limit tie, ...: `YIELD_COLUMNS`). Every kept query is
    `answerable` (text2sql/synthesis.py): its LIMIT ties are probed through `execute` too.
    `templates` are drawn by weight; `progress(k)` is called as k more queries are kept."""
    by_id = {db.db_id: db for db in databases}
    need = quotas(n, list(by_id))
    kept: dict[str, list[Candidate]] = {db: [] for db in by_id}
    tally: dict[str, Counter] = {db: Counter() for db in by_id}
    samplers = {db.db_id: ValueSampler(db.path) for db in databases}
    seen: set[str] = set()
    exhausted: set[str] = set()
    try:
        for round_ in range(MAX_ROUNDS):
            active = [db for db in by_id if need[db] > 0 and db not in exhausted]
            if not active:
                break
            drawn: list[Candidate] = []
            for db_id in active:
                db = by_id[db_id]
                draws = OVERSAMPLE * need[db_id] + 2
                candidates, failures = synthesize_many(templates, db_id, db.path, db.schema, samplers[db_id], draws,
                                                       seed=zlib.crc32(f"{seed}:{round_}:{db_id}".encode()))
                tally[db_id]["drawn"] += draws
                tally[db_id].update(failures)
                drawn += candidates
            fresh, outcomes = verify(drawn, execute, exclude, seen)
            for db_id in active:
                counts = outcomes.get(db_id, Counter())
                mine = [c for c in fresh if c.db_id == db_id]
                take = mine[:need[db_id]]
                kept[db_id] += take
                need[db_id] -= len(take)
                counts["kept"] = len(take)
                counts["surplus"] = len(mine) - len(take)
                tally[db_id].update(counts)
                if not mine:
                    exhausted.add(db_id)
                progress(len(take))
            _move_shortfall(need, exhausted, n - sum(map(len, kept.values())))
    finally:
        for sampler in samplers.values():
            sampler.close()
    return [c for db in by_id for c in kept[db]], tally


def _move_shortfall(need: dict[str, int], exhausted: set[str], missing: int) -> None:
    """What the exhausted databases still owe goes to the others, evenly."""
    alive = [db for db in need if db not in exhausted]
    owed = sum(need[db] for db in alive)
    for db in need:
        if db in exhausted:
            need[db] = 0
    if alive and missing > owed:
        for db, extra in quotas(missing - owed, alive).items():
            need[db] += extra


def write_questions(pool, tokenizer, schema_texts: dict[str, str], candidates: Sequence[Candidate],
                    max_tokens: int = 64) -> list[str]:
    """A question for each query, by greedy SQL-to-text in the GeneratorPool; "" where the model wrote
    none. `schema_texts` maps db_id to the schema text of the prompts."""
    prompts = [render_question_prompt(tokenizer, schema_texts[c.db_id], c.sql) for c in candidates]
    if not prompts:
        return []
    texts = ray.get(pool.greedy(prompts, max_tokens, tuple(QUESTION_STOP)))
    return [extract_question(text) for text in texts]


YIELD_COLUMNS = ("drawn", "kept", "surplus", "no table fits", "no column fits", "no key pair", "no values", "gold",
                 "duplicate", "error", "timeout", "empty", "unrelated keys", "limit tie", "limit unchecked")


def yield_table(tally: dict, pairs: dict[str, int]) -> str:
    """Per database: draws, what became of them, and the pairs written."""
    extra = sorted({k for counts in tally.values() for k in counts} - set(YIELD_COLUMNS))
    columns = YIELD_COLUMNS + tuple(extra)
    width = max([len("database")] + [len(db) for db in tally])
    lines = [f"{'database':<{width}}  " + "  ".join(columns) + "  pairs"]
    total = {c: 0 for c in columns}
    for db, counts in tally.items():
        lines.append(f"{db:<{width}}  " + "  ".join(f"{counts.get(c, 0):>{len(c)}}" for c in columns)
                     + f"  {pairs.get(db, 0):>5}")
        for c in columns:
            total[c] += counts.get(c, 0)
    lines.append(f"{'all':<{width}}  " + "  ".join(f"{total[c]:>{len(c)}}" for c in columns)
                 + f"  {sum(pairs.values()):>5}")
    return "\n".join(lines)
