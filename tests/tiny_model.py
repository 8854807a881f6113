"""The tiny random model (actors/tiny_model.py) as a session fixture, a random LoRA adapter on it, and the
same model with other weights: `from tiny_model import adapter, tiny_model  # noqa: F401` in a test module."""

import shutil
from pathlib import Path

import pytest

from actors.tiny_model import build_tiny_model

__all__ = ["adapter", "build_tiny_model", "other_weights", "random_lora", "tiny_model"]


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory) -> Path:
    return build_tiny_model(tmp_path_factory.mktemp("tiny-qwen2"))


def random_lora(model_dir, out, r=8, alpha=32, targets=("q_proj", "v_proj", "down_proj"), seed=1) -> Path:
    """A LoRA adapter on `model_dir` with random A and B (so it visibly changes the output), saved to `out`."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    torch.manual_seed(seed)
    base = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32)
    lora = LoraConfig(r=r, lora_alpha=alpha, init_lora_weights=False, target_modules=list(targets))
    get_peft_model(base, lora).save_pretrained(out)
    return Path(out)


@pytest.fixture(scope="module")
def adapter(tiny_model, tmp_path_factory):  # noqa: F811
    """A LoRA adapter on the tiny model with random A and B, so it visibly changes the output."""
    return random_lora(tiny_model, tmp_path_factory.mktemp("adapter"))


@pytest.fixture(scope="module")
def other_weights(tiny_model, tmp_path_factory) -> Path:  # noqa: F811
    """The tiny model with seeded noise on every parameter, in another folder: same config.json and shapes,
    other outputs."""
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
