"""The `spft-sql` command: one subcommand per stage; each ends with a one-line summary.

    spft-sql fetch-model [NAME] [--dest DIR]
    spft-sql eval --data D --split dev --pred preds.sql [--json report.json] [--timeout S]
    spft-sql predict --model M --data D --split dev [--limit N] [--backend vllm|hf] --out preds.sql
    spft-sql synthesize --data D --n N --out pairs.json [--templates-from D2] [--db DB ...]
    spft-sql train --config C [key=value ...]
    spft-sql serve --model M --data D [--host 127.0.0.1] [--port 8000]
    spft-sql mcp --model M --data D [--http [--port 8765]]
    spft-sql export CHECKPOINT --out results/NAME

Foreseeable mistakes (missing files, bad options) print one clear line and exit 2, no traceback.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from pathlib import Path

from text2sql.errors import UserError

# name -> (module with add_arguments/run, help); imported lazily so `--help` stays fast.
COMMANDS = {
    "fetch-model": ("cluster.model_fetch", "make a Hugging Face-format model folder available offline"),
    "eval": ("cluster.cli", "execution accuracy of predicted SQL"),
    "predict": ("cluster.predict", "predict SQL for a benchmark split through the generator pool"),
    "synthesize": ("cluster.synthesize", "verified question/SQL training pairs from a folder of SQLite databases"),
    "train": ("cluster.train", "train on Ray Train from a YAML config (stages: sft, vbift, selfplay, spin)"),
    "serve": ("cluster.serve", "serve a model or checkpoint over HTTP with Ray Serve"),
    "mcp": ("cluster.mcp", "an MCP server (stdio or HTTP): the model's generate_sql plus a read-only execute_sql"),
    "export": ("cluster.export", "a trained LoRA checkpoint as a small bf16 folder that loads on any machine"),
}


def set_runtime_defaults() -> None:
    """Environment that Ray 2.60 and offline Hugging Face need on these machines (ENVIRONMENT.md)."""
    for key, value in {
        "RAY_AUTH_MODE": "disabled",
        "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0",
        "RAY_TRAIN_HEALTH_CHECK_INTERVAL_S": "0.1",
        "RAY_USAGE_STATS_ENABLED": "0",
        "HF_HUB_OFFLINE": "1",
        "TOKENIZERS_PARALLELISM": "false",
        # glibc keeps freed buffers below its (self-raising) mmap threshold in the heap; training on
        # batches of varying length fragments it until the worker is OOM-killed. Measured on a 0.5B LoRA
        # run (batches of 2 x up to 1,024 tokens): default ~1 GB more RSS per optimizer step, killed at
        # 20 GB by step 15; a fixed 16 MiB threshold ~0.3 GB per step (4.4 -> 8.4 GB over 15 steps),
        # ~10% slower; 1 MiB flat but ~30% slower. Processes started from here (local Ray) inherit it.
        "MALLOC_MMAP_THRESHOLD_": str(16 * 2**20),
    }.items():
        os.environ.setdefault(key, value)


# ---- eval -----------------------------------------------------------------------------------------

def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data", required=True, help="Spider-format folder (dev.json, tables.json, database/)")
    parser.add_argument("--split", default="dev", choices=["dev", "train"], help="benchmark split (default: dev)")
    parser.add_argument("--pred", required=True, help="predictions: one SQL per line, aligned with the split")
    parser.add_argument("--json", metavar="OUT", help="write the full report (ex, n, skipped, errors, per_example)")
    parser.add_argument("--timeout", type=float, default=30.0, metavar="S", help="per-query time limit in seconds (default: 30)")
    parser.add_argument("--strict", action="store_true",
                        help="headline EX keeps DISTINCT (default: the official test-suite evaluator's default, which "
                             "drops DISTINCT from gold and prediction, as published Spider EX does; both are printed)")
    parser.add_argument("--workers", type=int, default=None, help="scoring processes (default: all cores, at most 4: each may use 1 GiB and a pool's "
                        "budget is 4 GiB)")


def run(args: argparse.Namespace) -> int:
    from text2sql.evaluate import evaluate, read_predictions
    from text2sql.execution import ExecutionLimits
    from text2sql.spider import SpiderData

    if args.timeout <= 0:
        raise UserError("--timeout must be positive")
    if not Path(args.pred).is_file():
        raise UserError(f"predictions file not found: {args.pred}")
    report = evaluate(SpiderData(args.data), args.split, read_predictions(args.pred),
                      ExecutionLimits(timeout_s=args.timeout), workers=args.workers, progress=sys.stderr.isatty(),
                      strict=args.strict)
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(report.to_json(), indent=1) + "\n")
    print(report.table())
    print(report.summary_line())
    return 0


# ---- entry point ----------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="spft-sql", description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, (module, help_text) in COMMANDS.items():
        command = sub.add_parser(name, help=help_text, description=help_text)
        command.set_defaults(module=module)
        importlib.import_module(module).add_arguments(command)
    return parser


def main(argv: list[str] | None = None) -> int:
    set_runtime_defaults()
    args = build_parser().parse_args(argv)
    try:
        return importlib.import_module(args.module).run(args)
    except UserError as exc:
        print(f"spft-sql {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"spft-sql {args.command}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
