"""Generation throughput (generated tokens per second): the vLLM generator pool vs transformers generate.

Workload: the first 40 Spider dev questions whose database is present, as the prompts prediction
uses (`text2sql.prompts.render_prompt` over `text2sql.schema.schema_text`), greedy decoding up to
128 new tokens, stopping at the closing ``` fence. Both engines run the same model in the same dtype
(`auto` by default: bf16 where the CPU has AVX512-BF16 or AMX, else float32), one after the
other, each in one `GeneratorPool` actor with the same resources, so both get the same cores and the
same process priority. The local Ray this starts runs its workers at niceness 0 (RAY_worker_niceness;
Ray's default 15 lets any other busy process on a shared machine starve the actors: measured 0.8
tokens/s for transformers at batch 1 here, against 6-8 tokens/s unniced):
- vLLM: backend "vllm", the whole batch as one request; one untimed request warms the engine first,
  as in a long run;
- the baseline: backend "hf" (transformers `generate` on left-padded batches) at each batch size of
  `--hf-batch-sizes`; the best one is the baseline.
Engine start-up is excluded and reported on its own (`timing/generator_start`). Tokens are the ids
each engine returns (EOS or the fence's token included). The greedy SQL of both engines is compared
as a sanity check. On a machine shared with other work the figures move a lot: run it alone.

    python bench/generation_throughput.py [--model qwen2.5-coder-0.5b-instruct] [--n 40] [--quick]
    python bench/generation_throughput.py --model tiny --quick   # a random tiny model, seconds of work
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

for key, value in {"RAY_AUTH_MODE": "disabled", "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0",
                   "RAY_USAGE_STATS_ENABLED": "0", "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false",
                   "RAY_worker_niceness": "0"}.items():
    os.environ.setdefault(key, value)

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "spider"


def parse_args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default="qwen2.5-coder-0.5b-instruct",
                    help="model folder or name `spft-sql fetch-model` knows; `tiny` builds a random tiny model")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="Spider-format folder (default: %(default)s)")
    ap.add_argument("--n", type=int, default=40, help="dev questions (default: %(default)s)")
    ap.add_argument("--max-tokens", type=int, default=128, help="new tokens per question at most (default: %(default)s)")
    ap.add_argument("--dtype", default="auto", choices=["fp32", "bf16", "auto"], help="both engines (default: %(default)s)")
    ap.add_argument("--hf-batch-sizes", default="1,8,16", help="comma-separated (default: %(default)s)")
    ap.add_argument("--kv-cache-gib", type=int, default=4, help="vLLM KV cache (default: %(default)s)")
    ap.add_argument("--quick", action="store_true", help="8 questions, 32 tokens, HF batch sizes 1 and 8")
    args = ap.parse_args()
    if args.quick:
        args.n, args.max_tokens, args.hf_batch_sizes = min(args.n, 8), min(args.max_tokens, 32), "1,8"
    args.hf_batch_sizes = [int(b) for b in args.hf_batch_sizes.split(",")]
    return args


def model_folder(spec: str, scratch: Path) -> str:
    if spec == "tiny":
        from actors.tiny_model import build_tiny_model

        return str(build_tiny_model(scratch / "tiny"))
    from cluster.model_fetch import ModelFetchError, resolve_model

    try:
        return resolve_model(spec)
    except ModelFetchError as exc:
        sys.exit(f"error: {exc}")


def spider_prompts(data_dir: Path, tokenizer, n: int) -> list[str]:
    from text2sql.prompts import render_prompt
    from text2sql.schema import cached_schema_text
    from text2sql.spider import SpiderData

    data = SpiderData(data_dir)
    examples = [ex for ex in data.split("dev") if data.has_db(ex.db_id)][:n]
    return [render_prompt(tokenizer, cached_schema_text(str(data.db_path(ex.db_id))), ex.question) for ex in examples]


def timed_pool(config, backend: str, prompts: list[str], params, kv_cache_gib: int) -> tuple[float, list]:
    """Start a one-actor pool, warm it up untimed, time one batch; returns (seconds, first completions)."""
    import ray

    from actors.generator_pool import GeneratorPool

    start = time.perf_counter()
    with GeneratorPool(config, backend=backend, num_actors=1, kv_cache_gib=kv_cache_gib) as pool:
        print(f"{backend}: timing/generator_start={time.perf_counter() - start:.1f} s", flush=True)
        ray.get(pool.complete(prompts[:2], params))
        start = time.perf_counter()
        groups = ray.get(pool.complete(prompts, params))
        seconds = time.perf_counter() - start
    return seconds, [group[0] for group in groups]


def report(name: str, seconds: float, completions: list, n_prompts: int) -> float:
    tokens = sum(len(c.token_ids) for c in completions)
    rate = tokens / seconds
    print(f"{name}: {tokens} tokens in {seconds:.1f} s  throughput/tokens_per_s={rate:.1f}  "
          f"throughput/examples_per_s={n_prompts / seconds:.2f}", flush=True)
    return rate


def main() -> None:
    args = parse_args()
    from dataclasses import replace

    from transformers import AutoTokenizer

    from actors.backends import BackendConfig, SamplingParams
    from cluster.runtime import init_ray
    from text2sql.prompts import STOP

    with tempfile.TemporaryDirectory() as scratch:
        model = model_folder(args.model, Path(scratch))
        tokenizer = AutoTokenizer.from_pretrained(model)
        prompts = spider_prompts(args.data, tokenizer, args.n)
        from actors.backends import _vllm_dtype

        # One explicit dtype for both engines: "auto" would let each read the checkpoint's own dtype.
        dtype = args.dtype if args.dtype != "auto" else ("bf16" if _vllm_dtype("auto") == "auto" else "fp32")
        config = BackendConfig(model=model, dtype=dtype)
        params = SamplingParams(temperature=0.0, max_tokens=args.max_tokens, stop=tuple(STOP))
        print(f"model {model} ({dtype}), {len(prompts)} Spider dev prompts, "
              f"{sum(len(tokenizer(p)['input_ids']) for p in prompts) // len(prompts)} prompt tokens on average, "
              f"greedy, at most {args.max_tokens} new tokens, {os.cpu_count()} cores", flush=True)
        init_ray()

        seconds, from_vllm = timed_pool(config, "vllm", prompts, params, args.kv_cache_gib)
        vllm_rate = report("vllm pool", seconds, from_vllm, len(prompts))
        best_rate, best_batch, from_hf = 0.0, None, None
        for batch in args.hf_batch_sizes:
            seconds, completions = timed_pool(replace(config, batch_size=batch), "hf", prompts, params, args.kv_cache_gib)
            rate = report(f"hf generate, batch {batch}", seconds, completions, len(prompts))
            if rate > best_rate:
                best_rate, best_batch, from_hf = rate, batch, completions

    same_text = sum(a.text.strip() == b.text.strip() for a, b in zip(from_vllm, from_hf))
    same_ids = sum(a.token_ids == b.token_ids for a, b in zip(from_vllm, from_hf))
    print(f"same greedy completion from both engines: {same_text}/{len(prompts)} texts, {same_ids} token for token")
    print(f"vllm pool {vllm_rate:.1f} tokens/s vs hf generate {best_rate:.1f} tokens/s (batch {best_batch}): "
          f"{vllm_rate / best_rate:.2f}x")


if __name__ == "__main__":
    main()
