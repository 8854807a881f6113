"""Supervised fine-tuning data: tokenized Spider examples, their per-epoch order, and the SFT objective.

An example is the prompt of `text2sql.prompts.render_prompt` (schema + question, ending inside the
assistant turn after the ```sql fence) followed by `completion_text(gold SQL)`. Prompt and completion
are tokenized separately and their ids concatenated, so the completion mask covers exactly the SQL,
the closing fence and EOS, never a token that straddles the boundary.

Choices:
- Examples whose database file is missing, or whose gold SQL fails to execute (checked once with
  `SafeExecutor`), are skipped and counted; examples longer than `max_seq_len` are dropped, not
  truncated, since a cut SQL would teach the model to stop mid-query.
- `EpochPlan` decides which examples each worker sees at each optimizer step as a pure function of
  (seed, epoch, rank, step): a resumed run recomputes the order and skips what it already consumed.

    >>> plan = EpochPlan(num_examples=10, world_size=2, batch_size=2, grad_accum=2, seed=0)
    >>> plan.per_rank, plan.micro_batches, plan.steps_per_epoch
    (5, 3, 2)
    >>> [len(mb) for mb in plan.step_batches(epoch=0, rank=0, step_in_epoch=1)]
    [1]
"""

from __future__ import annotations

import dataclasses
import math
from functools import lru_cache
from typing import Any

import numpy as np

from text2sql.execution import ExecutionLimits, SafeExecutor
from text2sql.prompts import completion_text, render_prompt
from text2sql.schema import SAMPLE_VALUES, VALUE_CHARS, cached_schema_text
from text2sql.spider import SpiderData, is_pairs_file
from text2sql.validation import benchmark_keys, normalize_sql, question_key

__all__ = ["SftBuildReport", "build_sft_examples", "encode", "encode_examples", "EpochPlan", "SftObjective"]

# Gold SQL only has to run once per example; a query slower than this is not worth training on.
GOLD_CHECK_LIMITS = ExecutionLimits(timeout_s=10.0)


@dataclasses.dataclass
class SftBuildReport:
    """How many examples were kept, and why the others were left out."""

    used: int = 0
    sources: list[int] = dataclasses.field(default_factory=list)  # split index of each kept example
    missing_db: int = 0
    failed_gold: int = 0
    too_long: int = 0
    benchmark: int = 0  # a pairs file's examples that share a question or SQL with the benchmark split

    def summary(self) -> str:
        bench = f", {self.benchmark} benchmark question or SQL" if self.benchmark else ""
        return (f"{self.used} examples (skipped: {self.missing_db} missing database, "
                f"{self.failed_gold} gold SQL failed, {self.too_long} over max_seq_len{bench})")


def build_sft_examples(data: SpiderData, split: str, tokenizer, max_seq_len: int,
                       max_examples: int | None = None, check_gold: bool = True,
                       per_db: int | None = None, sample_values: int = SAMPLE_VALUES,
                       value_chars: int = VALUE_CHARS) -> tuple[list[dict], SftBuildReport]:
    """Tokenized examples `{"idx", "input_ids", "prompt_len"}` of `split`, in file order.

    `max_examples` keeps the first N usable examples; `per_db` keeps at most N per database (Spider
    groups a split by database, so the first examples alone would cover only a few schemas). `idx`
    numbers the kept examples 0..N-1; workers sort by it, so the order never depends on how the
    dataset was stored or streamed. A pairs file (`split` ending in .json) never trains on a benchmark
    question or SQL (text2sql/validation.py `benchmark_keys`): it may hold anything.
    """
    report = SftBuildReport()
    bench_questions, bench_sql = benchmark_keys(data) if is_pairs_file(split) else (set(), set())
    examples: list[dict] = []
    kept_per_db: dict[str, int] = {}
    with SafeExecutor(GOLD_CHECK_LIMITS) as executor:
        for ex in data.split(split):
            if max_examples is not None and len(examples) >= max_examples:
                break
            if per_db is not None and kept_per_db.get(ex.db_id, 0) >= per_db:
                continue
            if not data.has_db(ex.db_id):
                report.missing_db += 1
                continue
            if bench_sql and (normalize_sql(ex.query) in bench_sql or question_key(ex.question) in bench_questions):
                report.benchmark += 1
                continue
            db_path = str(data.db_path(ex.db_id))
            if check_gold and not executor.run(db_path, ex.query).ok:
                report.failed_gold += 1
                continue
            prompt = render_prompt(tokenizer, cached_schema_text(db_path, sample_values, value_chars), ex.question)
            prompt_ids, sql_ids = encode(tokenizer, prompt, completion_text(ex.query, tokenizer.eos_token))
            if len(prompt_ids) + len(sql_ids) > max_seq_len:
                report.too_long += 1
                continue
            examples.append({"idx": len(examples), "input_ids": prompt_ids + sql_ids, "prompt_len": len(prompt_ids)})
            report.sources.append(ex.index)
            kept_per_db[ex.db_id] = kept_per_db.get(ex.db_id, 0) + 1
    report.used = len(examples)
    return examples, report


def encode(tokenizer, prompt: str, completion: str) -> tuple[list[int], list[int]]:
    """Prompt and completion ids, tokenized apart and never merged across the boundary: the one
    tokenization of every training example (SFT, synthetic pairs, both sides of a self-play pair)."""
    return (tokenizer(prompt, add_special_tokens=False)["input_ids"],
            tokenizer(completion, add_special_tokens=False)["input_ids"])


def encode_examples(tokenizer, max_seq_len: int, texts: list[tuple[str, str]]) -> list[dict]:
    """Examples `{"idx", "input_ids", "prompt_len"}` from (prompt, completion) texts; too long ones dropped."""
    examples = []
    for prompt, completion in texts:
        prompt_ids, target_ids = encode(tokenizer, prompt, completion)
        if len(prompt_ids) + len(target_ids) <= max_seq_len:
            examples.append({"idx": len(examples), "input_ids": prompt_ids + target_ids, "prompt_len": len(prompt_ids)})
    return examples


@dataclasses.dataclass(frozen=True)
class EpochPlan:
    """The micro-batches (lists of example indices) each worker runs at each optimizer step.

    Every epoch draws a fresh permutation seeded by (seed, epoch); rank r takes every world_size-th
    index of it, cut to an equal count per rank so that DDP ranks take the same number of steps. The
    last micro-batch of an epoch may be short, and so may the last accumulation group.

    With `length_grouped` (and the examples' lengths passed to `step_batches`), each run of
    `LENGTH_GROUP_STEPS` steps of that order is sorted by length, cut into steps, and the steps are
    shuffled again: a step's examples have similar lengths, so its batches carry little padding
    (on Spider prompts mixing schemas, right after the permutation a third of a batch was padding),
    while steps still come in random order. Same inputs, same plan: exact resume is kept.
    """

    num_examples: int
    world_size: int
    batch_size: int
    grad_accum: int
    seed: int
    length_grouped: bool = False

    def __post_init__(self):
        if self.per_rank < 1:
            raise ValueError(f"{self.num_examples} training example(s) cannot feed {self.world_size} workers; "
                             f"use more data or fewer workers (train.num_workers)")

    @property
    def per_rank(self) -> int:
        return self.num_examples // self.world_size

    @property
    def micro_batches(self) -> int:
        return math.ceil(self.per_rank / self.batch_size)

    @property
    def steps_per_epoch(self) -> int:
        return math.ceil(self.micro_batches / self.grad_accum)

    def step_batches(self, epoch: int, rank: int, step_in_epoch: int,
                     lengths: tuple[int, ...] | None = None) -> list[list[int]]:
        mine = _rank_order(self.num_examples, self.seed, epoch, rank, self.world_size)[: self.per_rank]
        if self.length_grouped and lengths is not None:
            mine = _length_grouped(tuple(mine), lengths, self.batch_size * self.grad_accum, self.seed, epoch)
        first = step_in_epoch * self.grad_accum * self.batch_size
        last = min(first + self.grad_accum * self.batch_size, self.per_rank)
        return [mine[i: min(i + self.batch_size, last)] for i in range(first, last, self.batch_size)]


LENGTH_GROUP_STEPS = 32


@lru_cache(maxsize=4)
def _length_grouped(order: tuple[int, ...], lengths: tuple[int, ...], step_size: int, seed: int,
                    epoch: int) -> list[int]:
    out: list[int] = []
    chunk = step_size * LENGTH_GROUP_STEPS
    for c, at in enumerate(range(0, len(order), chunk)):
        ranked = sorted(order[at: at + chunk], key=lambda i: (-lengths[i], i))
        steps = [ranked[i: i + step_size] for i in range(0, len(ranked), step_size)]
        # A short last step stays last: step boundaries are positions in this list.
        full = [s for s in steps if len(s) == step_size]
        rng = np.random.default_rng([seed, epoch, c, 1])
        out += [i for k in rng.permutation(len(full)) for i in full[k]]
        out += [i for s in steps if len(s) < step_size for i in s]
    return out


@lru_cache(maxsize=4)
def _rank_order(n: int, seed: int, epoch: int, rank: int, world_size: int) -> list[int]:
    permutation = np.random.default_rng([seed, epoch]).permutation(n)
    return [int(i) for i in permutation[rank::world_size]]


@dataclasses.dataclass(frozen=True)
class SftObjective:
    """Left-padded batches of examples, scored by cross-entropy on the completion tokens only.

    Left padding lines every sequence up at its end, so the SQL of all rows falls in one short window
    at the right: the LM head (a 150k-vocabulary projection) then runs on that window only. Right
    padding put rows' SQL at different offsets, and the window stretched from the shortest prompt's
    end to the longest sequence's end: on Spider batches mixing schemas, 5-10x the SQL tokens (the first
    step of the real run: 30 s right-padded, 27.6 s left-padded). Position ids count real tokens only,
    so a row's numbers are the same as unpadded.
    """

    pad_id: int
    name: str = "sft"

    def collate(self, rows: list[dict[str, Any]]):
        import torch

        width = max(len(r["input_ids"]) for r in rows)
        ids = torch.full((len(rows), width), self.pad_id, dtype=torch.long)
        attention = torch.zeros((len(rows), width), dtype=torch.long)
        completion = torch.zeros((len(rows), width), dtype=torch.bool)
        for i, row in enumerate(rows):
            n = len(row["input_ids"])
            pad = width - n
            ids[i, pad:] = torch.as_tensor(np.asarray(row["input_ids"]), dtype=torch.long)
            attention[i, pad:] = 1
            completion[i, pad + int(row["prompt_len"]):] = True
        positions = (attention.cumsum(dim=1) - 1).clamp(min=0)
        return {"input_ids": ids, "attention_mask": attention, "position_ids": positions,
                "completion_mask": completion}

    def loss(self, model, batch) -> tuple[Any, dict[str, float]]:
        """The loss to minimise, and the per-step metrics it contributes (here just itself).

        The LM head runs only from the position before the earliest completion token: SQL is a small
        tail of each sequence, and projecting every prompt position onto a 150k vocabulary costs
        more than a transformer layer and most of the step's memory.
        """
        import torch

        from training.losses import sft_loss

        mask = batch["completion_mask"]
        start = int(mask.any(dim=0).nonzero()[0]) - 1
        # An index tensor, not a count: the model slices hidden states with it, and a tensor index
        # yields a contiguous copy, whose LM-head projection is one matmul. A count's slice is a strided
        # view that the head runs as a batched matmul over a copy of the 150k x 896 weight per sequence
        # (profiled on 2 cores, batch 4 x 430 tokens: 4-8 s of an 18-24 s step).
        keep = torch.arange(start, mask.shape[1], device=mask.device)
        logits = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"],
                       position_ids=batch["position_ids"], logits_to_keep=keep).logits
        loss = sft_loss(logits, batch["input_ids"][:, start:], mask[:, start:])
        return loss, {"loss/sft": loss.item()}

    @staticmethod
    def tokens(batch) -> int:
        return int(batch["attention_mask"].sum())
