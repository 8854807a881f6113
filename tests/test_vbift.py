"""Stage `vbift` (training/vbift.py): template weighting, then two rounds end to end on the tiny
config (real Ray, Ray Train, VerifierPool, GeneratorPool with the transformers backend), resumed."""

import json
import sys
from collections import Counter
from pathlib import Path

from cluster.cli import main
from training.config import load_config
from text2sql.templates import Template
from training.vbift import Pair, template_weights, train_sql_to_text

REPO = Path(__file__).resolve().parents[1]


def test_missed_templates_get_their_share_of_the_draws():
    a, b, c = Template("SELECT COUNT(*) FROM T1"), Template("SELECT T1.text1 FROM T1"), Template("SELECT T1.number1 FROM T1")
    frequency = {a: 6.0, b: 3.0, c: 1.0}
    assert dict(template_weights(frequency, Counter(), 0.5)) == frequency
    weights = dict(template_weights(frequency, Counter({c.sql: 2}), 0.5))
    assert abs(sum(weights.values()) - 1.0) < 1e-9
    assert abs(weights[c] - (0.5 * 0.1 + 0.5)) < 1e-9 and abs(weights[a] - 0.3) < 1e-9


def test_vbift_runs_two_rounds_and_resumes(ray_session, tmp_path, capsys):
    out = tmp_path / "run"
    args = ["train", "--config", str(REPO / "configs" / "tiny.yaml"), "--no-progress", "train.stages=[vbift]",
            f"output_dir={out}", f"data.path={REPO / 'data' / 'spider-mini'}"]
    assert main(args) == 0, capsys.readouterr().err
    base = json.loads((out / "model_base.json").read_text())
    assert [(e["stage"], e["round"]) for e in base["checkpoints"]] == [("vbift", 1), ("vbift", 2)]
    assert all(0.0 <= e["val_ex"] <= 1.0 and Path(e["path"]).is_dir() for e in base["checkpoints"])
    assert base["best"] and base["weakest"]
    rounds = [json.loads(line) for line in (out / "metrics.jsonl").read_text().splitlines()
              if json.loads(line).get("stage") == "vbift"]
    assert [r["round"] for r in rounds] == [1, 2]
    for r in rounds:
        assert {"timing/synthesize", "timing/sql_to_text", "timing/train", "timing/validate"} <= set(r)
        assert r["data/synthetic_kept"] == 32 and r["data/val"] <= 8
    yield_lines = (out / "vbift" / "round_1" / "yield.txt").read_text().splitlines()
    assert yield_lines[0].split()[:3] == ["database", "drawn", "kept"] and yield_lines[-1].split()[2] == "32"
    train = json.loads((out / "vbift" / "round_1" / "synthetic_train.json").read_text())
    assert train and all(p["question"] and p["query"] and p["template"] for p in train)
    capsys.readouterr()
    assert main(args + ["resume=true"]) == 0
    log = capsys.readouterr().out
    assert "round 1 done earlier" in log and "round 2 done earlier" in log


def test_sql_to_text_trains_on_confirmed_pairs(ray_session, tmp_path):
    sys.path.insert(0, str(Path(__file__).parent))
    from actors.tiny_model import build_tiny_model

    from text2sql.spider import SpiderData

    model = build_tiny_model(tmp_path / "tiny")
    cfg = load_config(REPO / "configs" / "tiny.yaml", [f"output_dir={tmp_path / 'run'}", "train.epochs=1"])
    pairs = [Pair("concert_singer", "How many singers are there?", "SELECT count(*) FROM singer", "t")] * 8
    result = train_sql_to_text(cfg, str(model), 1, SpiderData(REPO / "data" / "spider-mini"), pairs, progress=False)
    assert result is not None and result.finished
    assert (result.checkpoint / "adapter_model.safetensors").is_file()
