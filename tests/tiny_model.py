"""The tiny random model (actors/tiny_model.py) as a session fixture, and a random LoRA adapter on it:
`from tiny_model import adapter, tiny_model  # noqa: F401` in a test module."""

from pathlib import Path

import pytest

from actors.tiny_model import build_tiny_model

__all__ = ["adapter", "build_tiny_model", "tiny_model"]


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory) -> Path:
    return build_tiny_model(tmp_path_factory.mktemp("tiny-qwen2"))


@pytest.fixture(scope="module")
def adapter(tiny_model, tmp_path_factory):  # noqa: F811
    """A LoRA adapter on the tiny model with random A and B, so it visibly changes the output."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    torch.manual_seed(1)
    base = AutoModelForCausalLM.from_pretrained(tiny_model, dtype=torch.float32)
    lora = LoraConfig(r=8, lora_alpha=32, init_lora_weights=False, target_modules=["q_proj", "v_proj", "down_proj"])
    folder = tmp_path_factory.mktemp("adapter")
    get_peft_model(base, lora).save_pretrained(folder)
    return folder
