"""Stage 2 (training/selfplay.py): the pair objective's effect through a real training step, and the
`selfplay` and `spin` stages end to end on the tiny config (real Ray, Ray Train, VerifierPool,
GeneratorPool with the transformers backend), resumed."""

import json
from pathlib import Path

import pytest
import ray

from tiny_model import tiny_model  # noqa: F401 - session fixture

from actors.backends import BackendConfig, HfBackend
from cluster.cli import main
from text2sql.prompts import completion_text, render_prompt
from text2sql.spider import SpiderData
from training.config import load_config
from training.selfplay import PairObjective, pair_rows, train_pairs
from training.rounds import schema_text as _schema_text
from training.vbift import Pair

REPO = Path(__file__).resolve().parents[1]
MINI = REPO / "data" / "spider-mini"


def test_pair_objective_puts_golds_then_samples_in_one_left_padded_batch():
    rows = [{"input_ids": [5, 6, 7, 8], "prompt_len": 2, "rejected_ids": [9], "ref_chosen": -1.0,
             "ref_rejected": -2.0, "reward": 1},
            {"input_ids": [5, 8], "prompt_len": 1, "rejected_ids": [9, 9, 9], "ref_chosen": -3.0,
             "ref_rejected": -4.0, "reward": 0}]
    batch = PairObjective(pad_id=0, beta=0.1).collate(rows)
    assert batch["input_ids"].tolist() == [[5, 6, 7, 8], [0, 0, 5, 8], [0, 5, 6, 9], [5, 9, 9, 9]]
    assert batch["completion_mask"].int().tolist() == [[0, 0, 1, 1], [0, 0, 0, 1], [0, 0, 0, 1], [0, 1, 1, 1]]
    assert batch["reward"].tolist() == [1.0, 0.0] and batch["ref_rejected"].tolist() == [-2.0, -4.0]


def test_a_training_step_pushes_down_wrong_samples_and_leaves_right_ones(ray_session, tiny_model, tmp_path):  # noqa: F811
    """R = 1 samples lose log-probability under the trained model; R = 0 samples get no push (reading
    A), so theirs moves far less. Reference log-probs come from the start model, as the stage computes."""
    cfg = load_config(REPO / "configs" / "tiny.yaml", [f"output_dir={tmp_path / 'run'}", "train.epochs=2",
                                                       "selfplay.beta=1.0", "selfplay.lr=5e-3"])
    data = SpiderData(MINI)
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(tiny_model)
    examples = [ex for ex in data.split("train") if data.has_db(ex.db_id)][:16]
    questions = [Pair(ex.db_id, ex.question, ex.query, "") for ex in examples]
    prompts = [render_prompt(tokenizer, _schema_text(str(data.db_path(q.db_id)), cfg), q.question) for q in questions]
    # Two kinds of opponent SQL, each judged one way: right (R = 0) on even questions, wrong on odd ones.
    pairs = [(i, "SELECT avg(age) FROM singer" if i % 2 == 0 else "SELECT max(capacity) FROM stadium", i % 2)
             for i in range(len(questions))]
    eos = tokenizer.eos_token
    samples = [completion_text(sql, eos) for _, sql, _ in pairs]
    backend = HfBackend(BackendConfig(model=str(tiny_model), dtype="fp32"))
    ref = backend.logprobs(prompts * 2, [completion_text(q.query, eos) for q in questions] + samples)
    rows = pair_rows(tokenizer, cfg.train.max_seq_len, prompts, [q.query for q in questions], pairs, ref, "selfplay")
    assert len(rows) == len(pairs) and [r["reward"] for r in rows] == [i % 2 for i in range(len(pairs))]

    import ray.data

    result = train_pairs(cfg, "selfplay", 1, str(tiny_model), tokenizer, ray.data.from_items(rows), len(rows),
                         progress=False)
    assert result.finished
    before = ref[len(questions):]
    backend.load_weights(result.checkpoint)
    after = backend.logprobs(prompts, samples)
    change = [a - b for a, b in zip(after, before)]
    right = sum(change[0::2]) / len(change[0::2])
    wrong = sum(change[1::2]) / len(change[1::2])
    assert wrong < -1.0, f"R = 1 samples should lose log-probability, moved {wrong:+.2f}"
    assert wrong < right - 1.0, f"R = 0 samples moved {right:+.2f}, as much as R = 1 samples ({wrong:+.2f})"


def run_stage(stages: str, out: Path, *extra: str) -> list[str]:
    return ["train", "--config", str(REPO / "configs" / "tiny.yaml"), "--no-progress", f"train.stages={stages}",
            f"output_dir={out}", f"data.path={MINI}", *extra]


def test_selfplay_iterates_joins_the_model_base_and_resumes(ray_session, tmp_path, capsys, monkeypatch):
    import ray

    out = tmp_path / "run"
    args = run_stage("[selfplay]", out)
    # The batches (16 questions, 32 samples and pairs) travel as ObjectRefs: what the driver pulls in is
    # at most the 8 validation answers, counts and Ray's own small results.
    pulled, real_get = [], ray.get
    monkeypatch.setattr(ray, "get", lambda *a, **kw: pulled.append(real_get(*a, **kw)) or pulled[-1])
    assert main(args) == 0, capsys.readouterr().err
    monkeypatch.undo()
    assert pulled and max(len(v) for v in pulled if isinstance(v, list)) <= 8
    records = [json.loads(line) for line in (out / "metrics.jsonl").read_text().splitlines()
               if json.loads(line).get("stage") == "selfplay" and "iteration" in json.loads(line)]
    assert records, "no iteration record"
    for r in records:
        assert {"timing/start", "timing/sample", "timing/verify", "timing/reference", "timing/train", "timing/load",
                "timing/validate"} <= set(r)  # load: the trained weights into the iteration's one generator pool
        assert r["data/pairs"] == 2 * 16 and r["data/val"] == 8 and 0 <= r["ex/val"] <= 1
    samples = json.loads((out / "selfplay" / "iter_1" / "samples.json").read_text())
    assert len(samples) == 32 and {s["reward"] for s in samples} <= {0, 1}
    base = json.loads((out / "model_base.json").read_text())
    assert [(e["stage"], e["round"]) for e in base["checkpoints"]] == \
        [("start", 0)] + [("selfplay", r["iteration"]) for r in records]
    assert all(Path(e["path"]).is_dir() for e in base["checkpoints"])
    report = (out / "report.md").read_text()
    assert "## selfplay" in report and "| selfplay | 1 |" in report and (out / "ex_by_stage.png").is_file()
    capsys.readouterr()
    assert main(args + ["resume=true"]) == 0
    assert "iteration 1 done earlier" in capsys.readouterr().out


def test_spin_runs_from_the_same_command(ray_session, tmp_path, capsys):
    out = tmp_path / "spin"
    assert main(run_stage("[spin]", out, "selfplay.iterations=1")) == 0, capsys.readouterr().err
    (record,) = [json.loads(line) for line in (out / "metrics.jsonl").read_text().splitlines()
                 if json.loads(line).get("stage") == "spin" and "iteration" in json.loads(line)]
    assert record["main"] == record["opponent"] and record["data/pairs"] == 32
    assert [e["stage"] for e in json.loads((out / "model_base.json").read_text())["checkpoints"]] == ["start", "spin"]


def test_the_rejected_side_is_the_opponents_sampled_ids_not_its_sql_retokenized(tiny_model):  # noqa: F811
    """A pair carrying the ids the opponent sampled trains on those ids, token for token (what it wrote,
    spacing and fence included); a pair without them falls back to its SQL's training target."""
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(tiny_model)
    eos = tokenizer.eos_token
    sampled = tuple(tokenizer("SELECT  name FROM singer\n```", add_special_tokens=False)["input_ids"]) + (tokenizer.eos_token_id,)
    pairs = [(0, "SELECT name FROM singer", 1, sampled), (0, "SELECT name FROM singer", 1)]
    rows = pair_rows(tokenizer, 512, ["prompt"], ["SELECT count(*) FROM singer"], pairs, None, "selfplay")
    assert rows[0]["rejected_ids"] == list(sampled)
    assert rows[1]["rejected_ids"] == tokenizer(completion_text("SELECT name FROM singer", eos), add_special_tokens=False)["input_ids"]
    assert rows[0]["rejected_ids"] != rows[1]["rejected_ids"]  # the double space is what it sampled


def test_reference_logprobs_in_the_trainer_equal_the_frozen_models(ray_session, tiny_model, tmp_path):  # noqa: F811
    """The reference pass (a task in a trainer worker's place, the trainer's own forward on the
    completion window) gives the frozen model's log p(gold) and log p(sample): to float tolerance in
    fp32 against transformers' full forward, to bf16 tolerance in bf16; right samples are not scored
    when the method skips them."""
    import pyarrow as pa

    from training.selfplay import reference_logprobs, trainer_resources

    cfg = load_config(REPO / "configs" / "tiny.yaml", [f"output_dir={tmp_path / 'run'}"])
    data = SpiderData(MINI)
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(tiny_model)
    examples = [ex for ex in data.split("train") if data.has_db(ex.db_id)][:6]
    prompts = [render_prompt(tokenizer, _schema_text(str(data.db_path(ex.db_id)), cfg), ex.question) for ex in examples]
    golds = [ex.query for ex in examples]
    pairs = [(i, "SELECT count(*) FROM singer" if i % 2 else "SELECT name FROM stadium", i % 2) for i in range(6)]
    rows = pair_rows(tokenizer, cfg.train.max_seq_len, prompts, golds, pairs, None, "selfplay")
    eos = tokenizer.eos_token
    want = HfBackend(BackendConfig(model=str(tiny_model), dtype="fp32")).logprobs(
        prompts + prompts, [completion_text(g, eos) for g in golds] + [completion_text(sql, eos) for _, sql, _ in pairs])
    table = pa.Table.from_pylist(rows)
    options = trainer_resources(cfg)
    fp32 = ray.get(reference_logprobs.options(**options).remote(table, str(tiny_model), "fp32", 4, 0, False)).to_pylist()
    for i, row in enumerate(fp32):
        assert row["ref_chosen"] == pytest.approx(want[i], abs=1e-3)
        assert row["ref_rejected"] == pytest.approx(want[6 + i], abs=1e-3)
    bf16 = ray.get(reference_logprobs.options(**options).remote(table, str(tiny_model), "bf16", 4, 0, True)).to_pylist()
    for i, row in enumerate(bf16):
        assert row["ref_chosen"] == pytest.approx(want[i], rel=0.03, abs=0.5)
        if row["reward"] == 1:
            assert row["ref_rejected"] == pytest.approx(want[6 + i], rel=0.03, abs=0.5)
        else:
            assert row["ref_rejected"] == 0.0  # a right sample the loss never reads is not scored
