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
    # The starting model is scored on the same fixed validation set as every round.
    assert [(e["stage"], e["round"]) for e in base["checkpoints"]] == [("start", 0), ("vbift", 1), ("vbift", 2)]
    assert all(0.0 <= e["val_ex"] <= 1.0 and Path(e["path"]).is_dir() for e in base["checkpoints"])
    validation = json.loads((out / "validation.json").read_text())
    assert len(validation) == 8
    assert base["best"] and base["weakest"]
    # Round 1's writer is trained on the run's real pairs reversed; the last round trains no writer.
    assert (out / "s2t_r0" / "result.json").is_file() and not (out / "s2t_r2").exists()
    rounds = [json.loads(line) for line in (out / "metrics.jsonl").read_text().splitlines()
              if json.loads(line).get("stage") == "vbift"]
    assert [r["round"] for r in rounds] == [1, 2]
    for r in rounds:
        assert {"timing/synthesize", "timing/sql_to_text", "timing/confirm", "timing/train", "timing/validate"} <= set(r)
        assert r["data/synthetic_kept"] == 32 and r["data/val"] == 8
        assert r["data/synthetic_confirmed"] + r["data/dropped_unconfirmed"] == r["data/synthetic_pairs"]
    yield_lines = (out / "vbift" / "round_1" / "yield.txt").read_text().splitlines()
    assert yield_lines[0].split()[:3] == ["database", "drawn", "kept"] and yield_lines[-1].split()[2] == "32"
    round_1 = out / "vbift" / "round_1"
    train, unconfirmed = (json.loads((round_1 / name).read_text()) for name in ("synthetic_train.json",
                                                                                "synthetic_unconfirmed.json"))
    drafted = train + json.loads((round_1 / "synthetic_val.json").read_text()) + unconfirmed
    assert len(drafted) == rounds[0]["data/synthetic_pairs"]
    assert drafted and all(p["question"] and p["query"] and p["template"] for p in drafted)
    assert not {p["question"] for p in train} & {p["question"] for p in unconfirmed}
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
    later = train_sql_to_text(cfg, str(model), 2, SpiderData(REPO / "data" / "spider-mini"), pairs[:4], progress=False,
                              init_adapter=str(result.checkpoint))  # a later round's writer continues this one
    assert later is not None and later.finished and later.checkpoint != result.checkpoint


def test_a_synthetic_pair_whose_answer_differs_is_not_trained_on(tmp_path, monkeypatch):
    """Round r keeps a synthetic pair only when the current model's answer to its question has the
    pair's execution result; the text-to-SQL fit gets exactly the confirmed pairs of this and earlier
    rounds (pools, synthesis and training replaced by fakes: only the round's bookkeeping runs)."""
    from contextlib import contextmanager

    import actors.synthesize as synthesize
    import actors.verifier_pool as verifier_pool
    import training.vbift as vbift
    from text2sql.synthesis import Candidate

    @contextmanager
    def nothing(*args, **kwargs):
        yield None

    drafts = [Candidate("concert_singer", "db", f"SELECT {i} FROM singer", "T") for i in range(12)]
    monkeypatch.setattr(verifier_pool, "VerifierPool", nothing)
    monkeypatch.setattr(synthesize, "synthesize_sql", lambda *a, **k: (drafts, {"concert_singer": Counter(drawn=12)}))
    monkeypatch.setattr(synthesize, "write_questions", lambda pool, tok, texts, kept, **kw: [f"q{c.sql[7:-12]}" for c in kept])
    monkeypatch.setattr(synthesize, "yield_table", lambda *a: "")
    monkeypatch.setattr(vbift, "generator_pool", nothing)
    monkeypatch.setattr(vbift, "engine_model", lambda path, base: path)
    monkeypatch.setattr(vbift, "load_tokenizer", lambda path: None)
    monkeypatch.setattr(vbift, "schema_text", lambda path, cfg: "")
    monkeypatch.setattr(vbift, "training_databases", lambda data, split: [])
    # The current model answers questions q0, q3, q6, q9 right; everything else (and the real set) wrong.
    monkeypatch.setattr(vbift, "validate", lambda cfg, gen, pool, tok, data, pairs:
                        [p.question in {"q0", "q3", "q6", "q9"} for p in pairs])
    trained = {}

    class Result:
        checkpoint = tmp_path / "ckpt"

    monkeypatch.setattr(vbift, "train_text_to_sql",
                        lambda cfg, mp, r, data, real, pairs, progress: (trained.setdefault(r, pairs) and Result(), 0))
    monkeypatch.setattr(vbift, "train_sql_to_text", lambda *a, **k: None)
    earlier = tmp_path / "vbift" / "round_1"
    vbift.write_pairs(earlier, [Pair("concert_singer", "old", "SELECT 99 FROM singer", "T")], [])
    cfg = load_config(REPO / "configs" / "tiny.yaml", [f"output_dir={tmp_path}", "vbift.validation_per_round=1"])
    record, *_ = vbift.run_round(cfg, "model", 2, tmp_path / "vbift" / "round_2", None, [], {}, Counter(), set(),
                                 None, [], "current", progress=False)
    assert [p.question for p in trained[2]] == ["old", "q3", "q6", "q9"]  # q0 is held out for validation
    assert record["data/synthetic_confirmed"] == 4 and record["data/dropped_unconfirmed"] == 8
    unconfirmed = json.loads((tmp_path / "vbift" / "round_2" / "synthetic_unconfirmed.json").read_text())
    assert sorted(p["question"] for p in unconfirmed) == sorted(f"q{i}" for i in range(12) if i % 3)
    # A round stopped after its pairs were confirmed trains on exactly those pairs when resumed: nothing is
    # drafted, written or confirmed again, and its record keeps the counts of the first try.
    def never(*args, **kwargs):
        raise AssertionError("a resumed round drafted again")

    monkeypatch.setattr(synthesize, "synthesize_sql", never)
    monkeypatch.setattr(synthesize, "write_questions", never)
    monkeypatch.setattr(vbift, "validate", lambda cfg, gen, pool, tok, data, pairs: [False] * len(pairs))
    first = trained.pop(2)
    again, *_ = vbift.run_round(cfg, "model", 2, tmp_path / "vbift" / "round_2", None, [], {}, Counter(), set(),
                                None, [], "current", progress=False)
    assert trained[2] == first
    assert {k: again[k] for k in again if k.startswith("data/")} == {k: record[k] for k in record if k.startswith("data/")}
    assert again["timing/synthesize"] == record["timing/synthesize"]
