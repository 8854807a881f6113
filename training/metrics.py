"""The metric vocabulary of `<output_dir>/metrics.jsonl`, and `append_record`, its one writer.

Every key of a record is one of
- `loss/<name>`: the objective's loss (`loss/sft`, `loss/selfplay`, `loss/spin`) and the pair
  objective's diagnostics `loss/margin`, `loss/reward`;
- `ex/<split>`: execution accuracy, a share in [0, 1]: `ex/val` (the trained model on held-out
  questions), `ex/val_main` (the main model on the same questions), `ex/roundtrip` (VBI-FT: held-out
  synthetic questions whose prediction returns the synthetic gold's result), `ex/opponent` (self-play:
  the opponent's samples that are right);
- `timing/<phase>`: seconds (`timing/step` and `timing/data` per optimizer step, the stage phases summed);
- `throughput/<thing>_per_s`;
- `data/<what>`: sizes and counts (`data/val`, `data/pairs`, `data/questions`, `data/synthetic_kept`,
  `data/synthetic_pairs`, `data/synthetic_train`, `data/synthetic_drawn`);
- `memory/<what>` (`memory/rss_gib`);
- or a plain key: `stage`, `round` / `iteration` (stage records), `step`, `epoch`, `lr`, `grad_norm`
  (training records), `time` (Unix seconds), `main` / `opponent` (a self-play iteration's checkpoints).

Runs written before this vocabulary used other names; `LEGACY_KEYS` maps them and `modern` applies it
when a run folder is read back (training/report.py).

With `train.tensorboard: true` every record is also written as TensorBoard scalars (tensorboardX,
which ray[train] installs) under `<output_dir>/tensorboard/<stage>/`: one TensorBoard run per stage,
so `loss/sft` of `vbift_r1` and `vbift_r2` overlay. The x axis is the record's `step`, or its `round`
or `iteration`. `tensorboard --logdir <output_dir>/tensorboard` shows them.

>>> modern({"stage": "vbift", "round": 1, "val/ex": 0.4, "synthesis/kept": 32})
{'stage': 'vbift', 'round': 1, 'ex/val': 0.4, 'data/synthetic_kept': 32}
>>> outside_vocabulary({"stage": "sft", "step": 2, "loss/sft": 0.3, "val/ex": 0.4})
['val/ex']
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

__all__ = ["PREFIXES", "PLAIN_KEYS", "LEGACY_KEYS", "append_record", "modern", "outside_vocabulary"]

PREFIXES = ("loss/", "ex/", "timing/", "throughput/", "data/", "memory/")
PLAIN_KEYS = ("stage", "round", "iteration", "step", "epoch", "lr", "grad_norm", "time", "main", "opponent")
# Where a record's x axis comes from: training records have a step, stage records a round or iteration.
_STEP_KEYS = ("step", "round", "iteration")

LEGACY_KEYS = {
    "val/ex": "ex/val", "val/main_ex": "ex/val_main", "val/n": "data/val", "vbift/roundtrip_agreement": "ex/roundtrip",
    **{f"synthesis/{what}": f"data/synthetic_{what}" for what in ("kept", "pairs", "train", "drawn")},
    **{f"{method}/{old}": new for method in ("selfplay", "spin")
       for old, new in (("pairs", "data/pairs"), ("questions", "data/questions"), ("opponent_ex", "ex/opponent"),
                        ("margin", "loss/margin"), ("reward", "loss/reward"))},
}


def outside_vocabulary(record: dict[str, Any]) -> list[str]:
    """The keys of `record` that the vocabulary has no place for."""
    return [k for k in record if k not in PLAIN_KEYS and not k.startswith(PREFIXES)]


def modern(record: dict[str, Any]) -> dict[str, Any]:
    """`record` with legacy keys renamed (order kept); a record in today's vocabulary comes back equal."""
    return {LEGACY_KEYS.get(k, k): v for k, v in record.items()}


def append_record(output_dir: str | Path, record: dict[str, Any], tensorboard: bool = False) -> None:
    """Append `record` as one line to `<output_dir>/metrics.jsonl`, and with `tensorboard` also write its
    numbers as TensorBoard scalars. A key outside the vocabulary is a ValueError (a programming
    mistake: every writer's tests go through here), raised before anything is written."""
    unknown = outside_vocabulary(record)
    if unknown:
        raise ValueError(f"metrics record keys {unknown} are outside the vocabulary: use a plain key "
                         f"({', '.join(PLAIN_KEYS)}) or a prefix ({', '.join(PREFIXES)}); see training/metrics.py")
    output_dir = Path(output_dir)
    with (output_dir / "metrics.jsonl").open("a") as f:
        f.write(json.dumps(record) + "\n")
    if tensorboard:
        _write_scalars(output_dir, record)


_writers: dict[Path, Any] = {}  # one event file per TensorBoard run folder and process


def _write_scalars(output_dir: Path, record: dict[str, Any]) -> None:
    # tensorboardX's own EventsWriter, without SummaryWriter's queue and thread: its flush() returns
    # before the thread has written, and a record must be on disk when append_record returns.
    from tensorboardX.event_file_writer import EventsWriter
    from tensorboardX.proto.event_pb2 import Event, SessionLog
    from tensorboardX.proto.summary_pb2 import Summary

    step = next((record[k] for k in _STEP_KEYS if k in record), None)
    logdir = output_dir / "tensorboard" / str(record.get("stage", "run"))
    writer = _writers.get(logdir)
    if writer is None:
        logdir.mkdir(parents=True, exist_ok=True)
        # The pid keeps two processes' files apart (tensorboardX names a file by the second it was opened).
        writer = _writers[logdir] = EventsWriter(str(logdir / "events"), f".{os.getpid()}")
        if step is not None:
            # What SummaryWriter's purge_step writes: TensorBoard drops this run's earlier points from `step`
            # on, i.e. those logged past the checkpoint a resumed stage starts from.
            writer.write_event(Event(step=step, session_log=SessionLog(status=SessionLog.START)))
    values = [Summary.Value(tag=k, simple_value=float(v)) for k, v in record.items()
              if k not in _STEP_KEYS and k != "time" and isinstance(v, (int, float)) and not isinstance(v, bool)]
    writer.write_event(Event(wall_time=record.get("time", time.time()), step=step or 0,
                             summary=Summary(value=values)))
    writer.flush()
