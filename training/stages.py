"""Stage entrypoints, chosen by name from `train.stages`. Each takes the run config and the model it
starts from, and returns the stage's `StageResult` (final checkpoint, steps, last metrics).

    spft-sql train --config configs/tiny.yaml train.stages=[sft]
"""

from __future__ import annotations

from typing import Callable

from training.config import RunConfig
from training.trainer import StageJob, StageResult, fit

__all__ = ["STAGES", "sft", "vbift", "selfplay", "spin"]


def sft(cfg: RunConfig, model_path: str, progress: bool = True) -> StageResult:
    """Supervised fine-tuning on the gold SQL of `data.train_split`.

    Builds tokenized examples on the driver (prompt = schema + question in the shared prompt format,
    completion = gold SQL + closing fence + EOS; missing databases, failing gold SQL and examples over
    `train.max_seq_len` are skipped), ships them as a Ray Data dataset, and trains `train.epochs`
    epochs at `train.lr` from `model_path`. Resumes from its latest checkpoint when one exists.
    """
    import ray.data
    from transformers import AutoTokenizer

    from text2sql.spider import DataError, SpiderData
    from training.sft_data import SftObjective, build_sft_examples

    tokenizer = AutoTokenizer.from_pretrained(model_path)
    examples, report = build_sft_examples(SpiderData(cfg.data.path), cfg.data.train_split, tokenizer,
                                          cfg.train.max_seq_len, cfg.data.max_examples, per_db=cfg.data.per_db,
                                          sample_values=cfg.data.sample_values, value_chars=cfg.data.value_chars)
    print(f"sft: {report.summary()} from {cfg.data.path} ({cfg.data.train_split})", flush=True)
    if len(examples) < cfg.train.num_workers:
        raise DataError(f"{len(examples)} usable training example(s) in {cfg.data.path} ({cfg.data.train_split}) "
                        f"cannot feed {cfg.train.num_workers} workers: {report.summary()}")
    pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
    job = StageJob.of_run(cfg, "sft", model_path, SftObjective(pad_id=pad_id), cfg.train.lr, cfg.train.epochs,
                          len(examples))
    return fit(job, ray.data.from_items(examples), progress=progress)


def vbift(cfg: RunConfig, model_path: str, progress: bool = True) -> StageResult:
    """Verification-based iterative fine-tuning: synthesize, SQL-to-text, train, validate, K rounds
    (training/vbift.py)."""
    from training.vbift import vbift as run_vbift

    return run_vbift(cfg, model_path, progress)


def selfplay(cfg: RunConfig, model_path: str, progress: bool = True) -> StageResult:
    """Self-play with SPFT-SQL's error-driven loss against the weakest model of the base
    (training/selfplay.py)."""
    from training.selfplay import selfplay as run_selfplay

    return run_selfplay(cfg, model_path, progress, method="selfplay")


def spin(cfg: RunConfig, model_path: str, progress: bool = True) -> StageResult:
    """The SPIN baseline: the previous iterate plays itself, every sample a negative (training/selfplay.py)."""
    from training.selfplay import selfplay as run_selfplay

    return run_selfplay(cfg, model_path, progress, method="spin")


STAGES: dict[str, Callable[..., StageResult]] = {"sft": sft, "vbift": vbift, "selfplay": selfplay, "spin": spin}
