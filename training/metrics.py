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

With `train.tracker: mlflow`, `spft-sql train` calls `start_tracker` before the first stage: it creates
an MLflow run (or, on `resume=true`, goes on with the one it created before), logs the resolved config
as params and writes `<output_dir>/mlflow_run.json` (tracking URI, experiment and run id). From then on
every `append_record` into that folder, in the driver or in a Ray Train worker, finds the run there
(the run folder is where workers already write metrics.jsonl and checkpoints) and logs the record's
numbers under the same names, at the same step as TensorBoard, into a child run named by the record's
`stage`: one MLflow run per stage, as one TensorBoard run per stage. `finish_tracker` logs the report,
the plot and the final adapter as artifacts of the parent run and marks it finished. The tracking URI
is MLflow's own `MLFLOW_TRACKING_URI` when set, else a file store under `<output_dir>/mlruns` (MLflow
asks for `MLFLOW_ALLOW_FILE_STORE=true` to open one; it is set for that store). Steps logged after the
checkpoint a resumed stage starts from were logged once already; MLflow cannot drop points, so such a
step has two points there, while metrics.jsonl keeps only the new one.

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

__all__ = ["PREFIXES", "PLAIN_KEYS", "LEGACY_KEYS", "MLFLOW_RUN_FILE", "append_record", "finish_tracker", "modern",
           "outside_vocabulary", "start_tracker"]

PREFIXES = ("loss/", "ex/", "timing/", "throughput/", "data/", "memory/")
PLAIN_KEYS = ("stage", "round", "iteration", "step", "epoch", "lr", "grad_norm", "time", "main", "opponent")
# Where a record's x axis comes from: training records have a step, stage records a round or iteration.
_STEP_KEYS = ("step", "round", "iteration")
MLFLOW_RUN_FILE = "mlflow_run.json"

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
    numbers as TensorBoard scalars; when the folder has an active MLflow run (`start_tracker`), log them
    there too. A key outside the vocabulary is a ValueError (a programming
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
    run = _mlflow_run(output_dir)
    if run is not None:
        _log_to_mlflow(run, record)


_writers: dict[Path, Any] = {}  # one event file per TensorBoard run folder and process


def _write_scalars(output_dir: Path, record: dict[str, Any]) -> None:
    # tensorboardX's own EventsWriter, without SummaryWriter's queue and thread: its flush() returns
    # before the thread has written, and a record must be on disk when append_record returns.
    from tensorboardX.event_file_writer import EventsWriter
    from tensorboardX.proto.event_pb2 import Event, SessionLog
    from tensorboardX.proto.summary_pb2 import Summary

    step = _step(record)
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
    values = [Summary.Value(tag=k, simple_value=v) for k, v in _numbers(record).items()]
    writer.write_event(Event(wall_time=record.get("time", time.time()), step=step or 0,
                             summary=Summary(value=values)))
    writer.flush()


def _step(record: dict[str, Any]) -> int | None:
    return next((record[k] for k in _STEP_KEYS if k in record), None)


def _numbers(record: dict[str, Any]) -> dict[str, float]:
    """The record's values that are plotted: its numbers, less the x axis and the wall time."""
    return {k: float(v) for k, v in record.items()
            if k not in _STEP_KEYS and k != "time" and isinstance(v, (int, float)) and not isinstance(v, bool)}


def start_tracker(output_dir: str | Path, tracker: str, params: dict[str, Any], resume: bool) -> str | None:
    """Start (or with `resume`, continue) the run's MLflow run when `tracker` is "mlflow", and return its id;
    `params` are the flattened config. With "none", records of this folder stop going to a run started
    before (its id is kept, for a later resume with MLflow)."""
    path = Path(output_dir) / MLFLOW_RUN_FILE
    saved = json.loads(path.read_text()) if path.is_file() else None
    if tracker != "mlflow":
        if saved and saved["active"]:
            _write_json(path, {**saved, "active": False})
        return None
    try:
        from mlflow.entities import Param
    except ImportError:
        from text2sql.errors import UserError

        raise UserError("train.tracker=mlflow needs MLflow: `pip install mlflow-skinny` (or the `mlflow` extra), "
                        "or set train.tracker=none") from None
    if resume and saved:
        client = _mlflow_client(saved["tracking_uri"])
        client.update_run(saved["run_id"], status="RUNNING")
        run = saved
    else:
        uri = os.environ.get("MLFLOW_TRACKING_URI") or (Path(output_dir).resolve() / "mlruns").as_uri()
        client = _mlflow_client(uri)
        name = os.environ.get("MLFLOW_EXPERIMENT_NAME") or "spft-sql"
        experiment = client.get_experiment_by_name(name)
        experiment_id = experiment.experiment_id if experiment else client.create_experiment(name)
        created = client.create_run(experiment_id, run_name=Path(output_dir).name,
                                    tags={"spft_sql.output_dir": str(Path(output_dir).resolve())})
        run = {"tracking_uri": uri, "experiment_id": experiment_id, "run_id": created.info.run_id}
    # MLflow params cannot change: a resume logs only the keys the run does not have yet (a changed
    # resumable key, such as train.stop_at_step, keeps its first value; config.yaml is logged at the end).
    logged = client.get_run(run["run_id"]).data.params
    new = [Param(k, v if isinstance(v, str) else json.dumps(v)) for k, v in params.items() if k not in logged]
    for i in range(0, len(new), 100):  # MLflow takes at most 100 params per call
        client.log_batch(run["run_id"], params=new[i:i + 100])
    _write_json(path, {**run, "active": True})
    return run["run_id"]


def finish_tracker(output_dir: str | Path, files: list[Path], model_dir: Path | None = None,
                   skip: tuple[str, ...] = ()) -> None:
    """Log `files` that exist and the files of `model_dir` (less the names in `skip`) as artifacts of the
    folder's MLflow run, then mark it and its stage runs finished. Nothing without an active run."""
    run = _mlflow_run(Path(output_dir))
    if run is None:
        return
    client = _mlflow_client(run["tracking_uri"])
    for file in files:
        if Path(file).is_file():
            client.log_artifact(run["run_id"], str(file))
    if model_dir is not None:
        folder = "adapter" if (Path(model_dir) / "adapter_config.json").is_file() else "model"
        for item in sorted(Path(model_dir).iterdir()):
            if item.name in skip:
                continue
            if item.is_dir():
                client.log_artifacts(run["run_id"], str(item), f"{folder}/{item.name}")
            else:
                client.log_artifact(run["run_id"], str(item), folder)
    for child in client.search_runs([run["experiment_id"]], f"tags.mlflow.parentRunId = '{run['run_id']}'"):
        client.set_terminated(child.info.run_id)
    client.set_terminated(run["run_id"])


def _write_json(path: Path, body: dict[str, Any]) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(body, indent=1) + "\n")
    os.replace(tmp, path)  # a worker reading it mid-write sees the old or the new file, whole


def _mlflow_run(output_dir: Path) -> dict[str, Any] | None:
    path = output_dir / MLFLOW_RUN_FILE
    if not path.is_file():
        return None
    run = json.loads(path.read_text())
    return run if run["active"] else None


_clients: dict[str, Any] = {}      # one MlflowClient per tracking URI and process
_stage_runs: dict[tuple[str, str], str] = {}  # (parent run id, stage) -> child run id, per process


def _mlflow_client(uri: str):
    if uri not in _clients:
        if uri.startswith("file:"):
            # MLflow 3 refuses a file store unless asked; a folder beside the checkpoints needs no server.
            os.environ.setdefault("MLFLOW_ALLOW_FILE_STORE", "true")
        from mlflow.tracking import MlflowClient

        _clients[uri] = MlflowClient(tracking_uri=uri)
    return _clients[uri]


def _log_to_mlflow(run: dict[str, Any], record: dict[str, Any]) -> None:
    from mlflow.entities import Metric

    client = _mlflow_client(run["tracking_uri"])
    stage = str(record.get("stage", "run"))
    key = (run["run_id"], stage)
    if key not in _stage_runs:
        # A restarted worker or a resumed run finds the stage's run by name; only then is one created.
        found = client.search_runs([run["experiment_id"]], f"tags.mlflow.parentRunId = '{run['run_id']}' "
                                   f"and attributes.run_name = '{stage}'", max_results=1)
        _stage_runs[key] = found[0].info.run_id if found else client.create_run(
            run["experiment_id"], run_name=stage, tags={"mlflow.parentRunId": run["run_id"]}).info.run_id
    millis = int(record.get("time", time.time()) * 1000)
    step = int(_step(record) or 0)
    client.log_batch(_stage_runs[key], metrics=[Metric(k, v, millis, step) for k, v in _numbers(record).items()])
