"""The stage registry: each stage by name (`train.stages`), with its entrypoint, the Ray roles its
actors take and its line in `spft-sql train --dry-run`. Each entrypoint takes the run config and the
model it starts from, and returns the stage's `StageResult` (final checkpoint, steps, last metrics).

    spft-sql train --config configs/tiny.yaml train.stages=[sft]
"""

from __future__ import annotations

import dataclasses
from typing import Callable

from training.config import STAGE_NAMES, RunConfig
from training.trainer import StageJob, StageResult, fit

__all__ = ["STAGES", "Stage", "sft", "vbift", "spin", "selfplay"]


def sft(cfg: RunConfig, model_path: str, progress: bool = True) -> StageResult:
    """Supervised fine-tuning on the gold SQL of `data.train_split`.

    Builds tokenized examples on the driver (prompt = schema + question in the shared prompt format,
    completion = gold SQL + closing fence + EOS; missing databases, failing gold SQL and examples over
    `train.max_seq_len` are skipped), ships them as a Ray Data dataset, and trains `train.epochs`
    epochs at `train.lr` from `model_path` (or from `model.init_adapter`). Resumes from its latest
    checkpoint when one exists.
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
                          len(examples), init_adapter=cfg.model.init_adapter)
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


# ---- what each stage does, for the dry run ----------------------------------------------------------

def _steps(cfg: RunConfig) -> str:
    t = cfg.train
    return f"{t.epochs} epoch(s), {t.batch_size * t.grad_accum * t.num_workers} examples per step, lr {t.lr:g}"


def _describe_sft(cfg: RunConfig, base: list[str]) -> str:
    return f"supervised fine-tuning on the gold SQL, {_steps(cfg)}"


def _start(cfg: RunConfig, base: list[str]) -> str:
    """The starting model joins the base first (scored on the fixed validation set)."""
    if "start" in base:
        return ""
    base.append("start")
    return (f"; first scores the starting model ({cfg.model.init_adapter or cfg.model.name_or_path}) on "
            f"{cfg.data.validation} held-out real questions, the set every model of the base is scored on")


def _describe_vbift(cfg: RunConfig, base: list[str]) -> str:
    vb = cfg.vbift
    start = _start(cfg, base)
    base += [f"vbift round {r}" for r in range(1, vb.rounds + 1)]
    origin = f"continuing {cfg.model.init_adapter}" if cfg.model.init_adapter else "from the base model"
    return (f"{vb.rounds} round(s) of {vb.synthetic_per_round} synthetic training + {vb.validation_per_round} "
            f"validation pairs (verified, SQL-to-text, kept where the best model so far answers them), each "
            f"trained {origin} on the real examples plus every confirmed pair so far, {_steps(cfg)}; adds "
            f"{vb.rounds} checkpoint(s) to the model base{start}")


def _describe_pairs(name: str) -> Callable[[RunConfig, list[str]], str]:
    def describe(cfg: RunConfig, base: list[str]) -> str:
        from training.pair_methods import PAIR_METHODS

        t, sp = cfg.train, cfg.selfplay
        start = _start(cfg, base)
        who = PAIR_METHODS[name].describe(sp)
        if base == ["start"]:
            who += "; the base holds only the starting model, so it plays both sides"
        base += [f"{name} iteration {i}" for i in range(1, sp.iterations + 1)]
        questions = "all" if sp.questions is None else f"up to {sp.questions}"
        return (f"up to {sp.iterations} iteration(s): {who}; {sp.samples_per_question} sample(s) for each of "
                f"{questions} fresh training questions; {t.epochs} epoch(s) per iteration at lr {sp.lr:g}, beta "
                f"{sp.beta:g}" + (f", NLL weight {sp.nll_weight:g}" if sp.nll_weight else "")
                + f"; early stop when validation EX drops{start}")
    return describe


def _pool_note(cfg: RunConfig) -> str:
    how = ("in place (eager vLLM engine)" if cfg.generator.reload_in_place and cfg.generator.backend == "vllm"
           else "by an engine restart")
    return (f"(one generator pool per iteration, new weights into it {how}; up while its trainer runs where both "
            "fit, else restarted after training)")


@dataclasses.dataclass(frozen=True)
class Stage:
    name: str
    run: Callable[..., StageResult]
    roles: tuple[str, ...]                                  # Ray roles its actors take
    describe: Callable[[RunConfig, list[str]], str]         # its dry-run line; appends what joins the base
    note: Callable[[RunConfig], str] = lambda cfg: ""       # how its pools come and go
    # The roles whose actors run at the same time, phase by phase ("task": a small data task).
    phases: tuple[tuple[str, ...], ...] = (("trainer",),)

    def __call__(self, cfg: RunConfig, model_path: str, progress: bool = True) -> StageResult:
        return self.run(cfg, model_path, progress=progress)


_ALL_ROLES = ("trainer", "generator", "verifier")
# The verifier pool stays up through the stage: the generators sample beside it (with the iteration's data
# tasks), and the trainer (the reference pass included) trains beside it, the generators gone or not.
_POOL_PHASES = (("generator", "verifier", "task"), ("trainer", "verifier"))
STAGES: dict[str, Stage] = {stage.name: stage for stage in (
    Stage("sft", sft, ("trainer",), _describe_sft),
    Stage("vbift", vbift, _ALL_ROLES, _describe_vbift,
          lambda cfg: "(its generator actors are shut down before its trainer starts; the verifier actors stay)",
          _POOL_PHASES),
    Stage("spin", spin, _ALL_ROLES, _describe_pairs("spin"), _pool_note, _POOL_PHASES),
    Stage("selfplay", selfplay, _ALL_ROLES, _describe_pairs("selfplay"), _pool_note, _POOL_PHASES),
)}
if tuple(STAGES) != STAGE_NAMES:  # the config's choices are these names, in this order
    raise ImportError(f"training.config.STAGE_NAMES {STAGE_NAMES} and the registry {tuple(STAGES)} disagree")
