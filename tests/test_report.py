"""The run report (training/report.py) from a run folder's metrics.jsonl and model_base.json."""

import json

import pytest

from training.metrics import LEGACY_KEYS, outside_vocabulary
from training.model_base import ModelBase
from training.report import PLOT, read_metrics, write_report

TRAINING = [
    {"stage": "vbift_r1", "step": 2, "loss/sft": 0.9, "throughput/tokens_per_s": 100.0, "memory/rss_gib": 2.0},
    {"stage": "vbift_r1", "step": 4, "loss/sft": 0.5, "throughput/tokens_per_s": 120.0, "memory/rss_gib": 2.5},
]
STAGES = [
    {"stage": "vbift", "round": 1, "data/synthetic_kept": 32, "data/synthetic_train": 24, "data/val": 8,
     "ex/val": 0.4, "ex/roundtrip": 0.4, "timing/synthesize": 10.0, "timing/train": 30.0},
    {"stage": "selfplay", "iteration": 1, "data/pairs": 32, "ex/opponent": 0.25, "data/val": 8,
     "ex/val_main": 0.55, "ex/val": 0.6, "timing/sample": 20.0, "timing/train": 40.0},
]
# The same records as runs before the one vocabulary wrote them (e.g. runs/spider-spft).
LEGACY_STAGES = [
    {"stage": "vbift", "round": 1, "synthesis/kept": 32, "synthesis/train": 24, "val/n": 8, "val/ex": 0.4,
     "vbift/roundtrip_agreement": 0.4, "timing/synthesize": 10.0, "timing/train": 30.0},
    {"stage": "selfplay", "iteration": 1, "selfplay/pairs": 32, "selfplay/opponent_ex": 0.25, "val/n": 8,
     "val/main_ex": 0.55, "val/ex": 0.6, "timing/sample": 20.0, "timing/train": 40.0},
]


@pytest.mark.parametrize("stages", [STAGES, LEGACY_STAGES], ids=["today", "legacy"])
def test_report_tables_every_round_iteration_job_and_phase(tmp_path, stages):
    base = ModelBase(tmp_path / "model_base.json")
    base.add(stage="vbift", round=1, path=str(tmp_path / "vbift_r1" / "step_000010"), val_ex=0.40)
    base.add(stage="vbift", round=2, path=str(tmp_path / "vbift_r2" / "step_000010"), val_ex=0.55)
    base.add(stage="selfplay", round=1, path=str(tmp_path / "selfplay_i1" / "step_000004"), val_ex=0.60)
    base.set_dev_ex(str(tmp_path / "vbift_r2" / "step_000010"), 0.51)
    records = TRAINING + stages
    (tmp_path / "metrics.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records) + '{"cut by a ki')
    text = write_report(tmp_path).read_text()
    assert "| vbift | 2 | 0.550 | 0.510 | `vbift_r2/step_000010` |" in text
    assert "| selfplay | 1 | 0.600 (best) |" in text and "| vbift | 1 | 0.400 (weakest) |" in text
    assert "| 1 | 32 | 24 | 8 | 0.400 | 0.400 | 10.0 | 30.0 |" in text
    assert "| 1 | 32 | 0.250 | 8 | 0.550 | 0.600 | 20.0 | 40.0 |" in text
    assert "| vbift_r1 | 4 | 0.900 -> 0.500 | 110 | 2.50 |" in text
    assert "| selfplay train | 40 | 40% |" in text
    assert (tmp_path / PLOT).stat().st_size > 1000 and f"]({PLOT})" in text


def test_a_run_without_model_base_still_reports(tmp_path):
    (tmp_path / "metrics.jsonl").write_text(json.dumps({"stage": "sft", "step": 2, "loss/sft": 0.3,
                                                        "throughput/tokens_per_s": 50.0}) + "\n")
    text = write_report(tmp_path).read_text()
    assert "Empty: no stage of this run adds checkpoints" in text and "| sft | 2 |" in text


def test_legacy_records_read_back_in_todays_names(tmp_path):
    (tmp_path / "metrics.jsonl").write_text("".join(json.dumps(r) + "\n" for r in TRAINING + LEGACY_STAGES))
    assert read_metrics(tmp_path) == TRAINING + STAGES


def test_every_legacy_name_maps_into_the_vocabulary():
    assert outside_vocabulary(dict.fromkeys(LEGACY_KEYS.values())) == []
    assert outside_vocabulary(dict.fromkeys(LEGACY_KEYS)) == list(LEGACY_KEYS)


def test_the_objectives_loss_is_reported_not_the_pair_diagnostics(tmp_path):
    (tmp_path / "metrics.jsonl").write_text("".join(json.dumps(
        {"stage": "selfplay_i1", "step": s, "loss/margin": 2.0, "loss/reward": 0.5, "loss/selfplay": loss,
         "throughput/tokens_per_s": 50.0}) + "\n" for s, loss in ((2, 0.7), (4, 0.6))))
    assert "| selfplay_i1 | 4 | 0.700 -> 0.600 |" in write_report(tmp_path).read_text()
