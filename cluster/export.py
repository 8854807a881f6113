"""`spft-sql export`: a trained LoRA checkpoint as a small folder that loads on any machine.

    spft-sql export runs/s0/sft/step_000274 --out results/s0

The folder holds `adapter_model.safetensors` in bf16 (~18 MB for rank 16 on the 0.5B model),
`adapter_config.json` naming its base model by the short name `fetch-model` knows (resolved to the
local folder when it is loaded, never an absolute path of the machine that trained it), the run's
resolved `config.yaml` and the checkpoint's `trainer_state.json` (step, epoch, data plan). `spft-sql predict --model DIR`,
`serve --model DIR` and `train model.init_adapter=DIR` all take it. Merged copies that predict and
serve build beside it (`DIR/merged`) are never part of what is committed (.gitignore).
"""

from __future__ import annotations

import argparse
import json
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


def export_adapter(checkpoint: str | pathlib.Path, out: str | pathlib.Path, base: str | None = None) -> pathlib.Path:
    import torch
    from safetensors.torch import load_file, save_file

    source, dest = pathlib.Path(checkpoint), pathlib.Path(out)
    config_file = source / "adapter_config.json"
    if not config_file.is_file() or not (source / "adapter_model.safetensors").is_file():
        raise UserError(f"{source} is not a LoRA checkpoint (needs adapter_config.json and adapter_model.safetensors)")
    adapter_config = json.loads(config_file.read_text())
    trained_on = adapter_config.get("base_model_name_or_path") or ""
    name = base or base_short_name(trained_on)
    if not name:
        raise UserError(f"{source} was trained on {trained_on!r}, which is no model fetch-model knows; pass --base NAME")
    dest.mkdir(parents=True, exist_ok=True)
    tensors = load_file(str(source / "adapter_model.safetensors"))
    save_file({k: v.to(torch.bfloat16) if v.is_floating_point() else v for k, v in tensors.items()},
              str(dest / "adapter_model.safetensors"), metadata={"format": "pt"})
    adapter_config["base_model_name_or_path"] = name
    (dest / "adapter_config.json").write_text(json.dumps(adapter_config, indent=2, sort_keys=True) + "\n")
    run_config = source / "config.yaml"
    if run_config.is_file():
        import yaml

        resolved = yaml.safe_load(run_config.read_text())
        resolved["output_dir"] = str(dest)  # where it lives now; the training run's folder is machine-local
        header = run_config.read_text().splitlines()[0] if run_config.read_text().startswith("#") else ""
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
