"""`spft-sql train --config C [KEY=VALUE ...]`: run the configured training stages, resumably.

    spft-sql train --config configs/tiny.yaml                        # a few minutes on 2 cores
    spft-sql train --config configs/cpu-demo.yaml output_dir=runs/demo train.lr=2e-4
    spft-sql train --config configs/cpu-demo.yaml output_dir=runs/demo resume=true   # after a kill

A run folder holds the resolved `config.yaml`, `metrics.jsonl` (one record per logged step), `report.md`
(training/report.py) and one
Ray Train run per stage, `<output_dir>/<stage>/step_NNNNNN/` (Hugging Face / PEFT checkpoints with
`trainer_state.pt` and the config). The last line of stdout is the final checkpoint folder.

Resuming is explicit: output_dir with checkpoints and `resume=false` is an error (a new run never
mixes into an old one), and `resume=true` refuses a config that changes what is being trained (model,
data, optimisation); only keys that do not change the result (logging, checkpoint interval,
stop_at_step, stages to run, evaluation and pool sizes) may differ. `model.name_or_path: tiny-random`
builds the small random model of actors/tiny_model.py into `<output_dir>/tiny-model`.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import shutil
import sys
from pathlib import Path

from text2sql.errors import UserError
from training.config import ConfigError, RunConfig, load_config, save_config
from training.metrics import finish_tracker, start_tracker

TINY_RANDOM = "tiny-random"
# Keys that may change between a run and its resume: none of them changes what the model learns.
RESUMABLE_CHANGES = ("resume", "train.stop_at_step", "train.logging_steps", "train.tensorboard", "train.tracker",
                     "train.checkpoint_every", "train.stages", "train.cpus_per_worker", "train.gradient_checkpointing",
                     "train.max_failures", "data.eval_split", "data.eval_limit", "generator.", "verifier.")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from training.config import config_reference

    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = "config keys (YAML or KEY=VALUE):\n" + config_reference()
    parser.add_argument("--config", required=True, help="YAML run config (see configs/)")
    parser.add_argument("overrides", nargs="*", metavar="KEY=VALUE",
                        help="dotted config overrides, e.g. output_dir=runs/x train.lr=1e-4 train.stages=[sft]")
    parser.add_argument("--address", default=None,
                        help="Ray cluster to join (default: RAY_ADDRESS if set, else a local instance)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    parser.add_argument("--dry-run", action="store_true",
                        help="check the config, print each stage's plan and the Ray resources it asks for, and "
                             "exit without starting Ray, fetching the model or training")


def run(args: argparse.Namespace) -> int:
    import ray.train

    from cluster.runtime import init_ray
    from training.plan import check_placement
    from training.stages import STAGES

    try:
        cfg = load_config(args.config, args.overrides)
    except ConfigError as exc:
        raise UserError(str(exc)) from None
    missing = [s for s in cfg.train.stages if s not in STAGES]
    if missing:
        raise UserError(f"stage(s) {', '.join(missing)} are not available in this version; "
                        f"available: {', '.join(STAGES)} (set train.stages)")
    if args.dry_run:
        from training.plan import describe

        print(describe(cfg))
        return 0
    out = Path(cfg.output_dir).expanduser().resolve()
    cfg = dataclasses.replace(cfg, output_dir=str(out))  # workers may run in another directory
    check_resume(cfg, out)
    save_config(cfg, out / "config.yaml")
    start_tracker(out, cfg.train.tracker, _flatten(dataclasses.asdict(cfg)), resume=cfg.resume)
    model_path = resolve_train_model(cfg.model.name_or_path, out)
    if cfg.model.init_adapter:
        adapter = check_init_adapter(cfg, model_path)
        cfg = dataclasses.replace(cfg, model=dataclasses.replace(cfg.model, init_adapter=adapter))
    init_ray(args.address)
    check_placement(cfg)

    result = None
    for name in cfg.train.stages:
        try:
            result = STAGES[name](cfg, model_path, progress=not args.no_progress)
        except ray.train.TrainingFailedError as exc:
            raise UserError(failure_message(name, exc, out)) from None
        loss = {k: round(v, 4) for k, v in result.metrics.items() if k.startswith("loss/")}
        print(f"{name}: step {result.step}/{result.total_steps} {loss}", flush=True)
        if not result.finished:
            print(f"{name}: stopped at step {result.step} (train.stop_at_step); continue with "
                  f"`spft-sql train --config {out / 'config.yaml'} resume=true train.stop_at_step=none`", flush=True)
            break
    from training.report import PLOT, write_report
    from training.trainer import STATE_FILE

    report = write_report(out)
    print(f"report: {report}", flush=True)
    # The adapter without its optimizer state: that is for resuming, which reads the run folder.
    finish_tracker(out, [report, out / PLOT, out / "config.yaml"], Path(result.checkpoint), skip=(STATE_FILE,))
    print(result.checkpoint)
    return 0


def failure_message(stage: str, exc: Exception, out: Path) -> str:
    """One paragraph for a stage whose workers failed: what happened, and how to continue."""
    detail = str(exc)
    print(detail[:4000], file=sys.stderr)  # Ray's own report, for the curious; the summary follows
    if "low on memory" in detail:
        cause = ("a training worker was killed for using too much memory; lower train.batch_size or "
                 "train.max_seq_len, or set train.gradient_checkpointing=true (can change on resume)")
    else:
        cause = f"{type(exc).__name__}: {detail.splitlines()[0] if detail else 'no detail'}"
    resume = (f"resume from the last checkpoint with `spft-sql train --config {out / 'config.yaml'} resume=true`"
              if any(out.glob(f"{stage}/step_*")) else "no checkpoint was written yet, so a rerun starts over")
    return f"stage {stage} failed: {cause}; {resume}"


def check_resume(cfg: RunConfig, out: Path) -> None:
    """Refuse to start over an existing run unless resuming it with a compatible config."""
    has_checkpoints = any(out.glob("*/step_*"))
    if has_checkpoints and not cfg.resume:
        raise UserError(f"{out} already holds a training run; pass resume=true to continue it, "
                        f"or choose another output_dir")
    saved = out / "config.yaml"
    if cfg.resume and saved.is_file():
        try:
            before = load_config(saved)
        except ConfigError as exc:
            raise UserError(f"cannot read the saved config of the run to resume: {exc}") from None
        changed = [f"{key}: {old!r} -> {new!r}" for key, old, new in _differences(before, cfg)
                   if not key.startswith(RESUMABLE_CHANGES)]
        if changed:
            raise UserError(f"cannot resume {out} with a different training config ({'; '.join(changed)}); "
                            f"use the original values or another output_dir")


def _differences(a: RunConfig, b: RunConfig):
    flat_a, flat_b = _flatten(dataclasses.asdict(a)), _flatten(dataclasses.asdict(b))
    return [(key, flat_a[key], flat_b[key]) for key in flat_a if flat_a[key] != flat_b[key]]


def _flatten(tree: dict, prefix: str = "") -> dict:
    out = {}
    for key, value in tree.items():
        if isinstance(value, dict):
            out.update(_flatten(value, f"{prefix}{key}."))
        else:
            out[prefix + key] = value
    return out


def check_init_adapter(cfg: RunConfig, model_path: str) -> str:
    """The absolute path of `model.init_adapter`, once it is known to be a LoRA adapter on the run's own
    base model whose rank, alpha and targets are the config's (the run continues that LoRA)."""
    from cluster.model_fetch import ModelFetchError, resolve_model

    folder = Path(cfg.model.init_adapter).expanduser().resolve()
    if not (folder / "adapter_config.json").is_file() or not (folder / "adapter_model.safetensors").is_file():
        raise UserError(f"model.init_adapter: {cfg.model.init_adapter} is not a LoRA adapter folder (no "
                        f"adapter_config.json with adapter weights)")
    saved = json.loads((folder / "adapter_config.json").read_text())
    try:
        base = resolve_model(saved.get("base_model_name_or_path") or "")
    except ModelFetchError as exc:
        raise UserError(f"model.init_adapter: its base model does not resolve: {exc}") from None
    if Path(base).resolve() != Path(model_path).resolve():
        raise UserError(f"model.init_adapter: {folder} was trained on {base}, but model.name_or_path is {model_path}")
    lora = cfg.model.lora
    theirs = {"r": saved.get("r"), "alpha": saved.get("lora_alpha"), "target_modules": sorted(saved.get("target_modules") or [])}
    ours = {"r": lora.r, "alpha": lora.alpha, "target_modules": sorted(lora.target_modules)}
    if theirs != ours:
        changed = "; ".join(f"model.lora.{k}: adapter {theirs[k]} vs config {ours[k]}" for k in ours if theirs[k] != ours[k])
        raise UserError(f"model.init_adapter: the adapter's LoRA differs from the config ({changed})")
    return str(folder)


def resolve_train_model(name: str, output_dir: Path) -> str:
    """A Hugging Face folder for `model.name_or_path`: the tiny random model, or what fetch-model resolves."""
    if name != TINY_RANDOM:
        from cluster.model_fetch import ModelFetchError, resolve_model

        try:
            return resolve_model(name)
        except ModelFetchError as exc:
            raise UserError(str(exc)) from None
    dest = output_dir / "tiny-model"
    if not (dest / "config.json").is_file():
        from actors.tiny_model import build_tiny_model

        partial = dest.with_name(dest.name + ".partial")
        shutil.rmtree(partial, ignore_errors=True)
        build_tiny_model(partial)
        os.replace(partial, dest)  # a killed build never leaves a half-written model behind
    return str(dest)
