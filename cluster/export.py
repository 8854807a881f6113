"""`spft-sql export`: a trained LoRA checkpoint as a small folder that loads on any machine.

    spft-sql export runs/s0/sft/step_000274 --out results/s0

The folder holds `adapter_model.safetensors` in bf16 (~18 MB for rank 16 on the 0.5B model),
`adapter_config.json` naming its base model by the short name `fetch-model` knows (resolved to the
local folder when it is loaded, never an absolute path of the machine that trained it), the run's
resolved `config.yaml` and the checkpoint's `trainer_state.json` (step, epoch, data plan). `spft-sql predict --model DIR`,
`serve --model DIR` and `train model.init_adapter=DIR` all take it. Merged copies that predict and
serve build beside it (`DIR/merged`) are never part of what is committed (.gitignore).

A checkpoint trained on such a merged copy (a self-play iteration's LoRA on `results/s0/merged`) is
exported as one adapter on the base model: its LoRA and the one it was merged from, stacked (the ranks
concatenated, each side's scale folded into its B), which is the same model as the merged copy plus the
checkpoint, up to bf16 rounding, and names the base by its short name like any other export.

    spft-sql export runs/study-spft/selfplay_i1/step_000064 --out results/spft-sql-i1
"""

from __future__ import annotations

import argparse
import json
import math
import pathlib
import shutil
import sys

from text2sql.errors import UserError

# What a trainer checkpoint holds that an exported adapter keeps (the rest, optimizer state and
# tokenizer files, is for resuming that run or comes from the base model).
KEEP = ("trainer_state.json",)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("checkpoint", help="a LoRA checkpoint folder written by `spft-sql train` (adapter_config.json)")
    parser.add_argument("--out", required=True, help="folder to write, e.g. results/<name>")
    parser.add_argument("--base", default=None,
                        help="short name of the base model to record (default: the fetch-model name whose folder "
                             "the checkpoint was trained on)")


def base_short_name(base: str) -> str | None:
    """The fetch-model name whose folder `base` is (by path or by folder name), else None."""
    from cluster.model_fetch import KNOWN_MODELS, cache_dir

    if base in KNOWN_MODELS:
        return base
    path = pathlib.Path(base)
    for name in KNOWN_MODELS:
        if path.name == name or path.resolve() == (cache_dir() / "models" / name).resolve():
            return name
    return None


def merged_from(adapter_config: dict) -> pathlib.Path | None:
    """The adapter whose merged copy (`<adapter>/merged`, actors/merge.py) an adapter was trained on, else None."""
    trained_on = pathlib.Path(adapter_config.get("base_model_name_or_path") or "")
    if trained_on.name == "merged" and (trained_on.parent / "adapter_config.json").is_file():
        return trained_on.parent
    return None


def _scale(config: dict) -> float:
    r, alpha = config["r"], config["lora_alpha"]
    return alpha / math.sqrt(r) if config.get("use_rslora") else alpha / r


def stack(inner: tuple[dict, dict], outer: tuple[dict, dict], names: tuple[str, str]) -> tuple[dict, dict]:
    """One LoRA (config, tensors) equal to `inner` merged into the base and `outer` trained on top of it:
    per module, A = [A_inner; A_outer] and B = [s_inner B_inner, s_outer B_outer], rank r_inner + r_outer,
    alpha = rank (scale 1). Both must adapt the same modules the same plain way."""
    import torch

    (inner_cfg, inner_t), (outer_cfg, outer_t) = inner, outer
    for field in ("target_modules", "bias"):
        a, b = inner_cfg.get(field), outer_cfg.get(field)
        same = sorted(a) == sorted(b) if isinstance(a, list) and isinstance(b, list) else a == b
        if not same:
            raise UserError(f"cannot stack {names[1]} on {names[0]}: {field} differs ({a!r} vs {b!r})")
    if any(cfg.get(field) for cfg in (inner_cfg, outer_cfg) for field in ("rank_pattern", "alpha_pattern", "modules_to_save")):
        raise UserError(f"cannot stack {names[1]} on {names[0]}: per-module ranks or saved modules")
    if inner_t.keys() != outer_t.keys() or not all(k.endswith((".lora_A.weight", ".lora_B.weight")) for k in inner_t):
        raise UserError(f"cannot stack {names[1]} on {names[0]}: they hold other tensors")
    scales = (_scale(inner_cfg), _scale(outer_cfg))
    tensors = {}
    for key in inner_t:
        parts = (inner_t[key].float(), outer_t[key].float())
        if key.endswith(".lora_A.weight"):  # (r, in)
            tensors[key] = torch.cat(parts, dim=0)
        else:  # (out, r)
            tensors[key] = torch.cat([parts[0] * scales[0], parts[1] * scales[1]], dim=1)
    rank = inner_cfg["r"] + outer_cfg["r"]
    config = {**outer_cfg, "r": rank, "lora_alpha": rank, "use_rslora": False,
              "base_model_name_or_path": inner_cfg.get("base_model_name_or_path")}
    return config, tensors


def unrolled(checkpoint: pathlib.Path) -> tuple[dict, dict]:
    """A checkpoint's (adapter config, tensors), with the adapters under any merged copy it was trained on
    stacked beneath it, so its base is the model the first of them was trained on."""
    from safetensors.torch import load_file

    config_file = checkpoint / "adapter_config.json"
    if not config_file.is_file() or not (checkpoint / "adapter_model.safetensors").is_file():
        raise UserError(f"{checkpoint} is not a LoRA checkpoint (needs adapter_config.json and adapter_model.safetensors)")
    own = (json.loads(config_file.read_text()), load_file(str(checkpoint / "adapter_model.safetensors")))
    inner = merged_from(own[0])
    return own if inner is None else stack(unrolled(inner), own, (str(inner), str(checkpoint)))


def export_adapter(checkpoint: str | pathlib.Path, out: str | pathlib.Path, base: str | None = None) -> pathlib.Path:
    import torch
    from safetensors.torch import save_file

    source, dest = pathlib.Path(checkpoint), pathlib.Path(out)
    adapter_config, tensors = unrolled(source)
    trained_on = adapter_config.get("base_model_name_or_path") or ""
    name = base or base_short_name(trained_on)
    if not name:
        raise UserError(f"{source} was trained on {trained_on!r}, which is no model fetch-model knows; pass --base NAME")
    dest.mkdir(parents=True, exist_ok=True)
    save_file({k: v.to(torch.bfloat16) if v.is_floating_point() else v for k, v in tensors.items()},
              str(dest / "adapter_model.safetensors"), metadata={"format": "pt"})
    adapter_config["base_model_name_or_path"] = name
    (dest / "adapter_config.json").write_text(json.dumps(adapter_config, indent=2, sort_keys=True) + "\n")
    run_config = source / "config.yaml"
    if run_config.is_file():
        import yaml

        text = run_config.read_text()
        resolved = yaml.safe_load(text)
        resolved["output_dir"] = str(dest)  # where it lives now; the training run's folder is machine-local
        start = (resolved.get("model") or {}).get("init_adapter")
        if start and pathlib.Path(start).is_absolute() and pathlib.Path(start).is_relative_to(pathlib.Path.cwd()):
            resolved["model"]["init_adapter"] = str(pathlib.Path(start).relative_to(pathlib.Path.cwd()))
        header = text.splitlines()[0] if text.startswith("#") else ""
        (dest / "config.yaml").write_text((header + "\n" if header else "") + yaml.safe_dump(resolved, sort_keys=False))
    for keep in KEEP:
        if (source / keep).is_file():
            shutil.copyfile(source / keep, dest / keep)
    return dest


def run(args: argparse.Namespace) -> int:
    dest = export_adapter(args.checkpoint, args.out, args.base)
    size = sum(f.stat().st_size for f in dest.iterdir() if f.is_file())
    print(f"exported {args.checkpoint} -> {dest} ({size / 2**20:.1f} MiB; base "
          f"{json.loads((dest / 'adapter_config.json').read_text())['base_model_name_or_path']})", file=sys.stderr)
    print(dest)
    return 0
