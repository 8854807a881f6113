"""The typed run config: YAML in, dotted overrides, helpful errors, and a lossless round-trip."""

from __future__ import annotations

from pathlib import Path
from typing import get_args, get_type_hints

import pytest

from training.config import ConfigError, RunConfig, SelfPlayConfig, config_reference, load_config, save_config

YAML = """\
output_dir: runs/yaml
model:
  name_or_path: /models/tiny
  dtype: bf16
  lora:
    r: 8
    target_modules: [q_proj, v_proj]
train:
  stages: [sft]
  lr: 1e-4
  batch_size: 2
selfplay:
  variant: B
data:
  max_examples: null
"""


@pytest.fixture
def yaml_file(tmp_path):
    path = tmp_path / "run.yaml"
    path.write_text(YAML)
    return path


def write(tmp_path, text: str):
    path = tmp_path / "c.yaml"
    path.write_text(text)
    return path


def test_no_file_and_no_overrides_gives_the_defaults():
    assert load_config(None, []) == RunConfig()


def test_yaml_values_land_in_typed_fields(yaml_file):
    cfg = load_config(yaml_file, [])
    assert (cfg.output_dir, cfg.model.dtype, cfg.model.lora.r, cfg.model.lora.target_modules,
            cfg.train.stages, cfg.train.batch_size, cfg.selfplay.variant, cfg.data.max_examples) == (
        "runs/yaml", "bf16", 8, ["q_proj", "v_proj"], ["sft"], 2, "B", None)


def test_yaml_exponent_without_dot_still_reads_as_float(yaml_file):
    # PyYAML parses `1e-4` as the string "1e-4"; the field's type makes it a float.
    lr = load_config(yaml_file, []).train.lr
    assert isinstance(lr, float) and lr == 1e-4


def test_keys_missing_from_yaml_keep_their_defaults(yaml_file):
    cfg = load_config(yaml_file, [])
    assert cfg.train.epochs == RunConfig().train.epochs and cfg.model.lora.alpha == RunConfig().model.lora.alpha


@pytest.mark.parametrize("override, get, expected", [
    ("train.lr=1e-4", lambda c: c.train.lr, 1e-4),
    ("model.lora.r=8", lambda c: c.model.lora.r, 8),
    ("train.stages=[sft,selfplay]", lambda c: c.train.stages, ["sft", "selfplay"]),
    ("train.stages=sft,spin", lambda c: c.train.stages, ["sft", "spin"]),
    ("train.stages=selfplay", lambda c: c.train.stages, ["selfplay"]),
    ("output_dir=runs/x", lambda c: c.output_dir, "runs/x"),
    ("resume=true", lambda c: c.resume, True),
    ("train.use_gpu=no", lambda c: c.train.use_gpu, False),
    ("train.tensorboard=true", lambda c: c.train.tensorboard, True),
    ("data.max_examples=50", lambda c: c.data.max_examples, 50),
    ("data.eval_limit=none", lambda c: c.data.eval_limit, None),
    ("selfplay.reference=initial", lambda c: c.selfplay.reference, "initial"),
    ("model.lora.target_modules=['q_proj', 'o_proj']", lambda c: c.model.lora.target_modules, ["q_proj", "o_proj"]),
])
def test_override_is_parsed_by_the_field_type(override, get, expected):
    value = get(load_config(None, [override]))
    assert value == expected and type(value) is type(expected)


def test_overrides_win_over_yaml_and_apply_in_order(yaml_file):
    cfg = load_config(yaml_file, ["model.lora.r=4", "model.lora.r=32", "train.stages=sft,selfplay"])
    assert (cfg.model.lora.r, cfg.train.stages, cfg.model.dtype) == (32, ["sft", "selfplay"], "bf16")


def test_unknown_override_key_suggests_the_closest_and_lists_the_section():
    with pytest.raises(ConfigError, match=r"'train\.lrr'.*did you mean 'train\.lr'\?.*Valid keys in section "
                                          r"'train': stages, epochs, lr,"):
        load_config(None, ["train.lrr=1e-4"])


def test_unknown_yaml_key_suggests_the_closest(tmp_path):
    path = write(tmp_path, "model:\n  lora:\n    alpah: 16\n")
    with pytest.raises(ConfigError, match=r"'model\.lora\.alpah'.*did you mean 'model\.lora\.alpha'"):
        load_config(path, [])


def test_misspelled_section_suggests_the_section():
    with pytest.raises(ConfigError, match=r"'trian'.*did you mean 'train'.*Valid keys in the top level"):
        load_config(None, ["trian.lr=1e-4"])


def test_tensorboard_switch_is_off_by_default_and_a_misspelling_is_an_error():
    assert load_config(None, []).train.tensorboard is False
    with pytest.raises(ConfigError, match=r"'train\.tensorbord'.*did you mean 'train\.tensorboard'"):
        load_config(None, ["train.tensorbord=true"])
    with pytest.raises(ConfigError, match=r"train\.tensorboard='sometimes' is not a valid bool"):
        load_config(None, ["train.tensorboard=sometimes"])


def test_key_from_another_section_points_there():
    with pytest.raises(ConfigError, match=r"'train\.beta'.*did you mean 'selfplay\.beta'"):
        load_config(None, ["train.beta=0.5"])


def test_config_error_is_a_value_error():
    assert issubclass(ConfigError, ValueError)


@pytest.mark.parametrize("override, message", [
    ("train.epochs=two", r"train\.epochs='two' is not a valid int"),
    ("train.lr=fast", r"train\.lr='fast' is not a valid float"),
    ("resume=maybe", r"resume='maybe' is not a valid bool"),
    ("data.max_examples=all", r"data\.max_examples='all' is not a valid int or none"),
])
def test_wrong_type_names_key_value_and_expected_type(override, message):
    with pytest.raises(ConfigError, match=message):
        load_config(None, [override])


def test_yaml_float_for_int_field_is_a_type_error(tmp_path):
    with pytest.raises(ConfigError, match=r"train\.batch_size=2\.5 is not a valid int"):
        load_config(write(tmp_path, "train:\n  batch_size: 2.5\n"), [])


def test_yaml_bool_for_int_field_is_a_type_error(tmp_path):
    with pytest.raises(ConfigError, match=r"train\.epochs=True is not a valid int"):
        load_config(write(tmp_path, "train:\n  epochs: yes\n"), [])


def test_scalar_where_a_section_belongs_is_rejected(tmp_path):
    with pytest.raises(ConfigError, match=r"train is a section; give it a mapping of keys \(stages,"):
        load_config(write(tmp_path, "train: 5\n"), [])


@pytest.mark.parametrize("override, message", [
    ("model.dtype=fp16", r"model\.dtype='fp16' is not allowed; choose one of auto, bf16, fp32"),
    ("selfplay.variant=C", r"selfplay\.variant='C' is not allowed; choose one of A, B"),
    ("train.stages=sft,dpo", r"train\.stages\[1\]='dpo' is not allowed; choose one of sft, vbift, spin, selfplay"),
    ("generator.backend=tgi", r"generator\.backend='tgi' is not allowed; choose one of vllm, hf"),
])
def test_literal_violation_lists_the_choices(override, message):
    with pytest.raises(ConfigError, match=message):
        load_config(None, [override])


@pytest.mark.parametrize("override, message", [
    ("train.lr=0", r"train\.lr=0\.0 is out of range; it must be greater than 0"),
    ("train.warmup_ratio=1.5", r"train\.warmup_ratio=1\.5 is out of range; it must be less than 1"),
    ("train.stages=[]", r"train\.stages=\[\] is out of range; it must be a list of at least 1 item"),
    ("data.max_examples=0", r"data\.max_examples=0 is out of range; it must be at least 1"),
])
def test_value_outside_its_bounds_is_rejected(override, message):
    with pytest.raises(ConfigError, match=message):
        load_config(None, [override])


@pytest.mark.parametrize("override, message", [
    ("train.lr", r"not key=value"),
    ("=3", r"not key=value"),
    ("train=5", r"train is a section, not a value; set one of its keys"),
    ("train.lr.warmup=1", r"train\.lr is a float value, not a section"),
])
def test_malformed_override_says_how_to_write_it(override, message):
    with pytest.raises(ConfigError, match=message):
        load_config(None, [override])


def test_missing_config_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match=r"not found"):
        load_config(tmp_path / "absent.yaml", [])


def test_invalid_yaml_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match=r"is not valid YAML"):
        load_config(write(tmp_path, "train: [unclosed\n"), [])


def test_saved_config_loads_back_equal(tmp_path, yaml_file):
    cfg = load_config(yaml_file, ["selfplay.lr=5e-6", "resume=true", "data.eval_limit=40",
                                  "verifier.timeout_s=2.5", "model.lora.enabled=false", "output_dir=runs/2024"])
    save_config(cfg, tmp_path / "out" / "config.yaml")
    assert load_config(tmp_path / "out" / "config.yaml", []) == cfg


def test_every_key_is_documented():
    lines = config_reference().splitlines()
    assert len(lines) > 30 and all(line.split("): ", 1)[1].strip() for line in lines)


def test_loss_variant_choices_match_the_losses_module():
    from training.losses import SPFT_VARIANTS

    assert set(get_args(get_type_hints(SelfPlayConfig)["variant"])) == set(SPFT_VARIANTS)


def test_dry_run_prints_each_stage_and_its_ray_resources_without_starting_ray(capsys, monkeypatch):
    import cluster.runtime
    from cluster.cli import main

    def no_ray(*args, **kwargs):
        raise AssertionError("--dry-run started Ray")

    monkeypatch.setattr(cluster.runtime, "init_ray", no_ray)
    repo = Path(__file__).resolve().parents[1]
    assert main(["train", "--config", str(repo / "configs" / "paper-7b.yaml"), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "1. vbift: 5 round(s) of 3000 synthetic training" in out and "2. selfplay: up to 3 iteration(s)" in out
    assert "trainer: 4 Ray Train worker(s) x {trainer: 1, CPU: 4, GPU: 1}" in out
    assert "verifier: 8 actor(s) x {verifier: 1, CPU: 0.5}" in out
    assert "selfplay iteration 3" in out.splitlines()[-1]
    assert main(["train", "--config", str(repo / "configs" / "paper-7b.yaml"), "--dry-run", "selfplay.iteratons=2"]) == 2
    assert "did you mean 'selfplay.iterations'" in capsys.readouterr().err


def test_the_kv_cache_default_has_one_home():
    """Every entry point that starts a vLLM engine defaults to the same KV cache (actors/placement.py)."""
    import argparse
    import inspect

    from actors.generator_pool import GeneratorPool
    from actors.placement import KV_CACHE_GIB
    from cluster import predict, synthesize
    from serving.app import ServeSettings
    from training.config import RunConfig

    flags = []
    for command in (predict, synthesize):
        parser = argparse.ArgumentParser()
        command.add_arguments(parser)
        flags.append(parser.get_default("kv_cache_gib"))
    pool = inspect.signature(GeneratorPool.__init__).parameters["kv_cache_gib"].default
    serve = ServeSettings.__dataclass_fields__["kv_cache_gib"].default
    assert flags + [pool, serve, RunConfig().generator.kv_cache_gib] == [KV_CACHE_GIB] * 5
