"""The study's scoring script (scripts/study.py) and the paired statistics it reports."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from text2sql.spider import SpiderData
from text2sql.stats import mcnemar, wilson

REPO = Path(__file__).resolve().parents[1]
MINI = REPO / "data" / "spider-mini"
sys.path.insert(0, str(REPO / "scripts"))


def test_mcnemar_is_exact_and_symmetric():
    a = [True] * 30 + [False] * 10 + [True] * 5 + [False] * 55
    b = [True] * 30 + [True] * 10 + [False] * 5 + [False] * 55
    forward, backward = mcnemar(a, b), mcnemar(b, a)
    assert (forward.a_only, forward.b_only) == (5, 10) and forward.p_value == backward.p_value
    # 15 discordant, 5 of one kind: 2 * P(X <= 5), X ~ Bin(15, 1/2) = 2 * 4944 / 32768
    assert forward.p_value == pytest.approx(2 * 4944 / 32768)
    assert forward.difference == pytest.approx(-0.05) and forward.low < -0.05 < forward.high
    assert mcnemar([True, False], [True, False]).p_value == 1.0
    with pytest.raises(ValueError):
        mcnemar([True], [True, False])


def test_wilson_interval_covers_the_proportion():
    low, high = wilson(972 // 2, 972)
    assert low < 0.5 < high and high - low == pytest.approx(2 * 1.96 * (0.25 / 972) ** 0.5, rel=0.01)


def test_study_script_scores_every_arm_against_the_control(tmp_path):
    import study

    examples = SpiderData(MINI).split("dev")
    golds = [ex.query for ex in examples]
    broken = ["SELECT 1" if i % 4 == 0 else sql for i, sql in enumerate(golds)]
    for name, lines in (("control", broken), ("better", golds)):
        (tmp_path / f"{name}.sql").write_text("".join(line + "\n" for line in lines))
    arms = {"arms": [{"name": "control", "adapter": "x", "dev_predictions": str(tmp_path / "control.sql")},
                     {"name": "better", "adapter": "y", "dev_predictions": str(tmp_path / "better.sql")}]}
    path = tmp_path / "study.json"
    path.write_text(json.dumps(arms))
    assert study.main(["--data", str(MINI), "--study", str(path), "--write", "--workers", "1"]) == 0
    written = json.loads(path.read_text())["arms"]
    assert written[1]["dev_ex"] == 1.0 and written[1]["n"] == len(golds) and written[0]["dev_ex"] < 0.8
    scored = study.score_arms(json.loads(path.read_text()), SpiderData(MINI), tmp_path, workers=1)
    row = study.table(scored).splitlines()[-1]
    assert row.startswith("| better | 1.000 |") and f"| {sum(1 for i in range(len(golds)) if i % 4 == 0)} / 0 |" in row


def test_every_committed_arm_loads_on_a_fresh_machine_and_scores_every_dev_question():
    """results/study.json's arms: predictions one line per Spider dev question (1034, what `spft-sql eval`
    scores), and each adapter in bf16 on a base named by the short name fetch-model knows."""
    from safetensors import safe_open

    from cluster.model_fetch import KNOWN_MODELS

    study = json.loads((REPO / "results" / "study.json").read_text())
    names = [arm["name"] for arm in study["arms"]]
    assert set(names) <= {"zero-shot", "s0", "control", "spft-sql", "spin"} and len(set(names)) == len(names)
    for arm in study["arms"]:
        lines = (REPO / arm["dev_predictions"]).read_text().splitlines()
        assert len(lines) == 1034, arm["name"]
        if arm["adapter"] is None:
            continue
        folder = REPO / arm["adapter"]
        config = json.loads((folder / "adapter_config.json").read_text())
        assert config["base_model_name_or_path"] in KNOWN_MODELS, arm["name"]
        with safe_open(str(folder / "adapter_model.safetensors"), "pt") as weights:
            assert {str(weights.get_slice(k).get_dtype()) for k in weights.keys()} == {"BF16"}, arm["name"]
