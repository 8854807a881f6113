"""`spft-sql export` of a checkpoint trained on a merged copy of another adapter (a self-play iteration's
LoRA on S0 merged): one adapter on the base model that is the same model, up to bf16 rounding."""

import json

import pytest
import torch

from tiny_model import adapter, random_lora, tiny_model  # noqa: F401


def logits(model_dir, adapter_dir=None):
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32)
    if adapter_dir is not None:
        model = PeftModel.from_pretrained(model, adapter_dir)
    with torch.no_grad():
        return model(torch.arange(3, 40).unsqueeze(0)).logits[0]


@pytest.fixture(scope="module")
def merged(adapter, tiny_model):  # noqa: F811
    from actors.merge import merged_model

    return merged_model(str(tiny_model), str(adapter))


def test_a_checkpoint_on_a_merged_adapter_exports_as_one_adapter_on_the_base(adapter, merged, tiny_model, tmp_path):  # noqa: F811
    from cluster.export import export_adapter

    # Another rank and scale than the adapter under it (r 8, alpha 32), on the same modules.
    on_top = random_lora(merged, tmp_path / "selfplay", r=4, alpha=8, seed=2)
    assert json.loads((on_top / "adapter_config.json").read_text())["base_model_name_or_path"] == merged
    out = export_adapter(on_top, tmp_path / "exported", base=str(tiny_model))
    config = json.loads((out / "adapter_config.json").read_text())
    assert (config["r"], config["base_model_name_or_path"]) == (12, str(tiny_model))
    want, got, without = logits(merged, on_top), logits(tiny_model, out), logits(merged)
    gap = (want - without).abs().max()
    assert gap > 0.1  # the top adapter changes the model, so the stack must carry it
    assert (got - want).abs().max() < 0.05 * gap, ((got - want).abs().max(), gap)


def test_adapters_on_other_modules_are_not_stacked(merged, tmp_path):
    from cluster.export import export_adapter
    from text2sql.errors import UserError

    on_top = random_lora(merged, tmp_path / "other", r=4, alpha=8, targets=["k_proj"], seed=3)
    with pytest.raises(UserError, match="target_modules differs"):
        export_adapter(on_top, tmp_path / "exported")
