"""`spft-sql predict` end to end vs a bare vLLM `LLM.generate` on the same prompts: the cost of Ray.

Workload: the first `--n` Spider dev examples (those whose database is missing are skipped by both),
the prompts prediction builds (`actors.predict.build_prompts`), greedy decoding up to 256 tokens,
stopping at the closing ``` fence, Qwen2.5-Coder-0.5B-Instruct by default.
- bare: one Python process builds the prompts, creates `vllm.LLM` with the settings the generator
  pool gives it (same dtype, prefix caching, VLLM_CPU_NUM_OF_RESERVED_CPU=0, the same KV cache size),
  calls `generate` once on every prompt and writes the SQL file;
- predict: the `spft-sql predict` command: Ray start-up, the generator pool actor, chunked requests
  through the object store, the progress bar, the same output file.
Each runs as its own process, one after the other (`--repeat` rounds in alternation, best of each),
so interpreter start-up and imports are in both figures. Two ratios: the whole command, and the
generation phase alone (engine start-up excluded: it is the same vLLM start in both, and it
dominates short runs). The two SQL files are compared as a sanity check. Goal: under 10% overhead.

    python bench/predict_overhead.py [--n 200] [--repeat 1]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import parser  # noqa: E402

MODEL = "qwen2.5-coder-0.5b-instruct"
KV_CACHE_GIB = 4
MAX_TOKENS = 256


def bare(data: Path, n: int, out: Path) -> None:
    """The baseline, in this process: prompts, vllm.LLM, one generate call, the SQL file, and its
    timings as JSON next to it."""
    os.environ["VLLM_CPU_KVCACHE_SPACE"] = f"{KV_CACHE_GIB:g}"
    os.environ["VLLM_CPU_NUM_OF_RESERVED_CPU"] = "0"
    started = time.perf_counter()
    from transformers import AutoTokenizer
    from vllm import LLM, SamplingParams

    from actors.backends import _vllm_dtype
    from cluster.model_fetch import resolve_model
    from actors.predict import build_prompts
    from text2sql.prompts import STOP, extract_sql
    from text2sql.spider import SpiderData

    model = resolve_model(MODEL)
    spider = SpiderData(data)
    examples = spider.split("dev")[:n]
    prompts = build_prompts(AutoTokenizer.from_pretrained(model), spider, examples)
    todo = [p for p in prompts if p is not None]
    engine = time.perf_counter()
    llm = LLM(model=model, dtype=_vllm_dtype("auto"), seed=0, enable_prefix_caching=True)
    generating = time.perf_counter()
    outputs = llm.generate(todo, SamplingParams(temperature=0.0, max_tokens=MAX_TOKENS, stop=list(STOP)),
                           use_tqdm=False)
    generate_s = time.perf_counter() - generating
    texts = iter(extract_sql(o.outputs[0].text) for o in outputs)
    out.write_text("".join((next(texts) if p is not None else "") + "\n" for p in prompts), encoding="utf-8")
    # A file, not stdout: vLLM prints there too, during shutdown.
    out.with_suffix(".json").write_text(json.dumps({"engine_s": generating - engine, "generate_s": generate_s,
                                                    "in_process_s": time.perf_counter() - started}))
    llm.llm_engine.engine_core.shutdown()


def run_bare(data: Path, n: int, out: Path) -> dict:
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, __file__, "--bare", "--data", str(data), "--n", str(n), "--out", str(out)],
                          capture_output=True, text=True)
    wall = time.perf_counter() - start
    if proc.returncode:
        sys.exit(f"bare vLLM run failed:\n{proc.stderr[-3000:]}")
    timings = json.loads(out.with_suffix(".json").read_text())
    return {"wall_s": wall, "generate_s": timings["generate_s"], "engine_s": timings["engine_s"]}


def run_predict(data: Path, n: int, out: Path) -> dict:
    cli = Path(sys.executable).with_name("spft-sql")
    start = time.perf_counter()
    proc = subprocess.run([str(cli), "predict", "--model", MODEL, "--data", str(data), "--split", "dev",
                           "--limit", str(n), "--kv-cache-gib", f"{KV_CACHE_GIB:g}",
                           "--max-tokens", str(MAX_TOKENS), "--out", str(out)], capture_output=True, text=True)
    wall = time.perf_counter() - start
    if proc.returncode:
        sys.exit(f"spft-sql predict failed:\n{proc.stderr[-3000:]}")
    found = re.search(r"timing/generator_start=([\d.]+)s timing/generate=([\d.]+)s", proc.stderr)
    if not found:
        sys.exit(f"spft-sql predict printed no timing line:\n{proc.stderr[-3000:]}")
    return {"wall_s": wall, "engine_s": float(found[1]), "generate_s": float(found[2])}


def main() -> None:
    ap = parser(__doc__.split("\n\n")[0], repeat=1)
    ap.add_argument("--n", type=int, default=200, help="first N dev examples (default: %(default)s)")
    ap.add_argument("--bare", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.bare:
        bare(args.data, args.n, args.out)
        return
    n = 40 if args.quick else args.n
    best: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        files = {"bare": Path(tmp) / "bare.sql", "predict": Path(tmp) / "predict.sql"}
        for round_ in range(max(1, args.repeat)):
            for name, fn in (("bare", run_bare), ("predict", run_predict)):
                result = fn(args.data, n, files[name])
                print(f"round {round_ + 1} {name}: wall {result['wall_s']:.1f}s, engine start "
                      f"{result['engine_s']:.1f}s, generate {result['generate_s']:.1f}s", flush=True)
                if name not in best or result["wall_s"] < best[name]["wall_s"]:
                    best[name] = result
        a, b = (files[k].read_text().splitlines() for k in ("bare", "predict"))
        same = sum(x == y for x, y in zip(a, b))
    scored = sum(1 for line in a if line) or n
    bare_r, pred_r = best["bare"], best["predict"]
    print(f"same SQL from both: {same}/{len(a)} lines; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"RESULT predict_overhead: n={n} ({scored} predicted); whole command predict {pred_r['wall_s']:.1f}s vs "
          f"bare {bare_r['wall_s']:.1f}s = {100 * (pred_r['wall_s'] / bare_r['wall_s'] - 1):+.1f}%; generation "
          f"phase {pred_r['generate_s']:.1f}s vs {bare_r['generate_s']:.1f}s = "
          f"{100 * (pred_r['generate_s'] / bare_r['generate_s'] - 1):+.1f}% "
          f"({scored / pred_r['generate_s']:.2f} vs {scored / bare_r['generate_s']:.2f} examples/s)")


if __name__ == "__main__":
    main()
