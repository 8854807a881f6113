"""The run's report: `<output_dir>/report.md` and `<output_dir>/ex_by_stage.png`, from what the run
wrote (`metrics.jsonl`, `model_base.json`, `config.yaml`). `spft-sql train` writes them after its
stages; `python -m training.report RUN_DIR` rewrites them (after adding dev EX to the model base, say).
Metric names are those of `training/metrics.py`; older runs' names are read as today's.

The report has the model base (validation and dev EX of every checkpoint, best and weakest), one table
per stage kind (VBI-FT rounds: synthesis sizes, round-trip agreement; self-play and SPIN iterations:
pairs, the opponent's accuracy, validation EX of main and trained model), every training job's steps,
loss, throughput and peak memory, and the time per phase with its share. The plot needs matplotlib
(the `report` extra); without it the report says so and the rest is written.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

from training.metrics import modern

__all__ = ["write_report", "read_metrics"]

PLOT = "ex_by_stage.png"


def read_metrics(run: Path) -> list[dict]:
    """The run's metrics records, in today's names (`training.metrics.modern`) whatever wrote them."""
    path = Path(run) / "metrics.jsonl"
    if not path.is_file():
        return []
    records = []
    for line in path.read_text().splitlines():
        try:
            records.append(modern(json.loads(line)))
        except json.JSONDecodeError:
            continue  # a line cut by a kill; the rest still reports
    return records


def write_report(run: str | Path) -> Path:
    """Write report.md (and the plot when matplotlib is there); returns the report's path."""
    run = Path(run)
    records = read_metrics(run)
    base = json.loads((run / "model_base.json").read_text()) if (run / "model_base.json").is_file() else None
    sections = [f"# Run report: {run.name}", "", f"Folder `{run}`; {len(records)} metrics records.", ""]
    sections += _model_base(base, run)
    sections += _rounds(records, "vbift", "round", [
        ("data/synthetic_kept", "verified"), ("data/synthetic_train", "train pairs"), ("data/val", "held out"),
        ("ex/val", "validation EX"), ("ex/roundtrip", "round-trip")])
    for method in ("selfplay", "spin"):
        sections += _rounds(records, method, "iteration", [
            ("data/pairs", "pairs"), ("ex/opponent", "opponent right"), ("data/val", "held out"),
            ("ex/val_main", "main val EX"), ("ex/val", "trained val EX")])
    sections += _training_jobs(records)
    sections += _phases(records)
    sections += _plot(run, base)
    path = run / "report.md"
    path.write_text("\n".join(sections).rstrip() + "\n")
    return path


def _fmt(value) -> str:
    if isinstance(value, float):
        return f"{value:.3f}" if value < 10 else f"{value:.0f}"
    return "-" if value is None else str(value)


def _secs(value) -> str:
    return "-" if value is None else f"{value:.1f}"


def _model_base(base: dict | None, run: Path) -> list[str]:
    if not base or not base["checkpoints"]:
        return ["## Model base", "", "Empty: no stage of this run adds checkpoints to it (sft does not).", ""]
    lines = ["## Model base", "", "| stage | round / iteration | validation EX | dev EX | checkpoint |", "|---|---|---|---|---|"]
    for e in base["checkpoints"]:
        mark = " (best)" if e["path"] == base["best"] else " (weakest)" if e["path"] == base["weakest"] else ""
        path = Path(e["path"])
        shown = path.relative_to(run.resolve()) if path.is_relative_to(run.resolve()) else path
        lines.append(f"| {e['stage']} | {_fmt(e['round'])} | {_fmt(e['val_ex'])}{mark} | {_fmt(e['dev_ex'])} | `{shown}` |")
    return lines + ["", "Validation EX of a `vbift` round is on that round's own held-out synthetic pairs; the "
                        "self-play stages score the main and the trained model on the same questions.", ""]


def _rounds(records: list[dict], stage: str, key: str, columns: list[tuple[str, str]]) -> list[str]:
    rows = [r for r in records if r.get("stage") == stage and key in r]
    if not rows:
        return []
    timings = sorted({k for r in rows for k in r if k.startswith("timing/")})
    head = [key] + [name for _, name in columns] + [t.removeprefix("timing/") + " (s)" for t in timings]
    lines = [f"## {stage}", "", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        cells = [_fmt(r[key])] + [_fmt(r.get(k)) for k, _ in columns] + [_secs(r.get(t)) for t in timings]
        lines.append("| " + " | ".join(cells) + " |")
    return lines + [""]


def _training_jobs(records: list[dict]) -> list[str]:
    jobs: dict[str, list[dict]] = defaultdict(list)
    for r in records:
        if "step" in r and "throughput/tokens_per_s" in r:
            jobs[r["stage"]].append(r)
    if not jobs:
        return []
    lines = ["## Training jobs", "", "| job | last step | loss, first -> last window | tokens/s (mean) | peak RSS (GiB) |",
             "|---|---|---|---|---|"]
    for name, steps in jobs.items():
        # The objective's own loss, not the pair objective's diagnostics.
        loss_key = next((k for k in steps[0] if k.startswith("loss/") and k not in ("loss/margin", "loss/reward", "loss/nll")),
                        None)
        loss = (f"{steps[0][loss_key]:.3f} -> {steps[-1][loss_key]:.3f}" if loss_key else "-")
        speed = sum(s["throughput/tokens_per_s"] for s in steps) / len(steps)
        rss = max(s.get("memory/rss_gib", 0.0) for s in steps)
        lines.append(f"| {name} | {steps[-1]['step']} | {loss} | {speed:.0f} | {rss:.2f} |")
    return lines + [""]


def _phases(records: list[dict]) -> list[str]:
    totals: dict[str, float] = defaultdict(float)
    for r in records:
        if "round" in r or "iteration" in r:
            for k, v in r.items():
                if k.startswith("timing/") and isinstance(v, (int, float)):
                    totals[f"{r['stage']} {k.removeprefix('timing/')}"] += v
    if not totals:
        return []
    whole = sum(totals.values()) or 1.0
    lines = ["## Time per phase", "", "| phase | seconds | share |", "|---|---|---|"]
    lines += [f"| {k} | {v:.0f} | {v / whole:.0%} |" for k, v in sorted(totals.items(), key=lambda kv: -kv[1])]
    return lines + [""]


def _plot(run: Path, base: dict | None) -> list[str]:
    if not base or not base["checkpoints"]:
        return []
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return ["Plot not drawn: matplotlib is not installed (`pip install matplotlib`, or the `report` extra)."]
    entries = base["checkpoints"]
    labels = [f"{e['stage']} {e['round']}" for e in entries]
    xs = range(len(entries))
    fig, ax = plt.subplots(figsize=(max(4.0, 0.9 * len(entries) + 2), 3.2), dpi=120)
    ax.plot(xs, [e["val_ex"] if e["val_ex"] is not None else float("nan") for e in entries], "o-", label="validation EX")
    if any(e["dev_ex"] is not None for e in entries):
        ax.plot(xs, [e["dev_ex"] if e["dev_ex"] is not None else float("nan") for e in entries], "s--", label="dev EX")
    ax.set_xticks(list(xs), labels, rotation=30, ha="right")
    ax.set_ylabel("EX")
    ax.set_ylim(0, 1)
    ax.set_title(f"EX by stage: {run.name}")
    ax.grid(alpha=0.3)
    ax.legend(loc="lower right")
    fig.tight_layout()
    fig.savefig(run / PLOT)
    plt.close(fig)
    return [f"![EX by stage]({PLOT})"]


if __name__ == "__main__":
    if len(sys.argv) != 2 or not Path(sys.argv[1]).is_dir():
        sys.exit("usage: python -m training.report RUN_DIR")
    print(write_report(sys.argv[1]))
