"""Score the study's arms and compare each with the control: `results/study.json` in, a table out.

`results/study.json` lists the arms (zero-shot, s0, control, spft-sql, spin), each with its committed
adapter folder and its dev predictions (one SQL per line, dev order: what `spft-sql eval` scores).
This re-scores every arm's predictions with the project's own evaluator (the official test-suite
default as EX, strict beside it), and compares each arm with `control` on the same questions:
McNemar's exact test on the discordant questions and the EX difference with a 95% interval
(text2sql/stats.py). `--write` stores each arm's EX and n back into study.json.

    python scripts/study.py --data ../shared/data/spider [--study results/study.json] [--write]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from text2sql.evaluate import evaluate, read_predictions  # noqa: E402
from text2sql.spider import SpiderData  # noqa: E402
from text2sql.stats import mcnemar, wilson  # noqa: E402

CONTROL = "control"


def score_arms(study: dict, data: SpiderData, root: Path, workers: int | None = None) -> list[dict]:
    """Each arm with its report's EX (official and strict), n, interval and correctness per question."""
    scored = []
    for arm in study["arms"]:
        report = evaluate(data, "dev", read_predictions(root / arm["dev_predictions"]), workers=workers)
        correct = {row["index"]: bool(row["correct"]) for row in report.per_example if row["correct"] is not None}
        right = round(report.ex * report.n)
        scored.append({**arm, "dev_ex": report.ex, "dev_ex_strict": report.ex_strict, "n": report.n,
                       "interval": wilson(right, report.n), "correct": correct})
    return scored


def table(scored: list[dict]) -> str:
    control = next((arm for arm in scored if arm["name"] == CONTROL), None)
    lines = ["| arm | EX (official default) | 95% CI | strict EX | n | train examples | added train wall (s) "
             "| vs control: + / - | p (McNemar) | difference [95% CI] |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for arm in scored:
        low, high = arm["interval"]
        cells = [arm["name"], f"{arm['dev_ex']:.3f}", f"{low:.3f}-{high:.3f}", f"{arm['dev_ex_strict']:.3f}", str(arm["n"]),
                 str(arm.get("train_examples", "-")), str(arm.get("train_wall_s", "-"))]
        if control is None or arm is control:
            cells += ["-", "-", "-"]
        else:
            common = sorted(set(arm["correct"]) & set(control["correct"]))
            paired = mcnemar([arm["correct"][i] for i in common], [control["correct"][i] for i in common])
            cells += [f"{paired.a_only} / {paired.b_only}", f"{paired.p_value:.3g}",
                      f"{paired.difference:+.3f} [{paired.low:+.3f}, {paired.high:+.3f}]"]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", required=True, help="Spider folder (dev.json, database/)")
    parser.add_argument("--study", default=str(REPO / "results" / "study.json"), help="the arms (default: %(default)s)")
    parser.add_argument("--write", action="store_true", help="store each arm's dev EX and n back into the study file")
    parser.add_argument("--workers", type=int, default=None, help="scoring processes (default: the evaluator's)")
    args = parser.parse_args(argv)
    path = Path(args.study)
    study = json.loads(path.read_text())
    scored = score_arms(study, SpiderData(args.data), REPO, args.workers)
    print(table(scored))
    if args.write:
        for arm, result in zip(study["arms"], scored):
            arm.update(dev_ex=round(result["dev_ex"], 4), dev_ex_strict=round(result["dev_ex_strict"], 4), n=result["n"])
        path.write_text(json.dumps(study, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
