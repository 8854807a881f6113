"""`train.tracker=mlflow` (training/metrics.py), read back with MLflow's own client: records into a child
run per stage at their step, the config as params, the report and adapter as artifacts, and a resumed
run going on in the same MLflow run. The first tests need no Ray; the last trains the tiny model."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pytest
from tiny_model import tiny_model  # noqa: F401 - session fixture

from text2sql.errors import UserError
from training.metrics import MLFLOW_RUN_FILE, append_record, finish_tracker, start_tracker

pytest.importorskip("mlflow", reason="train.tracker=mlflow needs mlflow-skinny (the `mlflow` extra)")
from mlflow.tracking import MlflowClient  # noqa: E402

STEP = {"stage": "sft", "step": 2, "epoch": 0.5, "lr": 1e-4, "loss/sft": 0.75, "grad_norm": 1.5,
        "throughput/tokens_per_s": 100.0, "time": 1_700_000_000.0}
ROUND = {"stage": "vbift", "round": 1, "data/val": 8, "ex/val": 0.25, "main": "/runs/x/vbift_r1/step_000004",
         "time": 1_700_000_100.0}
PARAMS = {"train.lr": 1e-4, "train.stages": ["sft"], "model.name_or_path": "tiny-random", "train.stop_at_step": None}


@pytest.fixture(autouse=True)
def no_tracking_uri(monkeypatch):
    monkeypatch.delenv("MLFLOW_TRACKING_URI", raising=False)
    monkeypatch.delenv("MLFLOW_EXPERIMENT_NAME", raising=False)
    monkeypatch.setenv("MLFLOW_ALLOW_FILE_STORE", "true")  # for the test's own client


def client(out: Path) -> MlflowClient:
    return MlflowClient(tracking_uri=(out / "mlruns").as_uri())


def saved_run(out: Path) -> dict:
    return json.loads((out / MLFLOW_RUN_FILE).read_text())


def stage_runs(mlflow: MlflowClient, run: dict) -> dict[str, str]:
    children = mlflow.search_runs([run["experiment_id"]], f"tags.mlflow.parentRunId = '{run['run_id']}'")
    return {child.info.run_name: child.info.run_id for child in children}


def history(mlflow: MlflowClient, run_id: str, key: str) -> list[tuple[int, float]]:
    return sorted((m.step, m.value) for m in mlflow.get_metric_history(run_id, key))


def test_records_go_to_a_child_run_per_stage_at_their_step_or_round(tmp_path):
    run_id = start_tracker(tmp_path, "mlflow", PARAMS, resume=False)
    append_record(tmp_path, STEP)
    append_record(tmp_path, {**STEP, "step": 4, "loss/sft": 0.5, "time": 1_700_000_010.0})
    append_record(tmp_path, ROUND)

    mlflow = client(tmp_path)
    assert mlflow.get_run(run_id).data.params == {"train.lr": "0.0001", "train.stages": '["sft"]',
                                                  "model.name_or_path": "tiny-random", "train.stop_at_step": "null"}
    stages = stage_runs(mlflow, saved_run(tmp_path))
    assert set(stages) == {"sft", "vbift"}
    assert history(mlflow, stages["sft"], "loss/sft") == [(2, 0.75), (4, 0.5)]
    assert [m.timestamp for m in mlflow.get_metric_history(stages["sft"], "loss/sft")] == [1_700_000_000_000,
                                                                                           1_700_000_010_000]
    sft = mlflow.get_run(stages["sft"]).data.metrics
    assert set(sft) == {"epoch", "lr", "loss/sft", "grad_norm", "throughput/tokens_per_s"}  # no step, time, stage
    assert mlflow.get_run(stages["vbift"]).data.metrics == {"data/val": 8.0, "ex/val": 0.25}
    assert history(mlflow, stages["vbift"], "ex/val") == [(1, 0.25)]
    assert mlflow.get_run(run_id).data.metrics == {}


def test_mlflow_tracking_uri_wins_over_the_run_folder(tmp_path, monkeypatch):
    store = tmp_path / "elsewhere"
    monkeypatch.setenv("MLFLOW_TRACKING_URI", store.as_uri())
    monkeypatch.setenv("MLFLOW_EXPERIMENT_NAME", "mine")
    out = tmp_path / "run"
    out.mkdir()
    run_id = start_tracker(out, "mlflow", PARAMS, resume=False)
    append_record(out, STEP)
    assert not (out / "mlruns").exists()
    mlflow = MlflowClient(tracking_uri=store.as_uri())
    assert mlflow.get_experiment(mlflow.get_run(run_id).info.experiment_id).name == "mine"
    assert saved_run(out)["tracking_uri"] == store.as_uri()


def test_resume_continues_the_run_and_tracker_none_pauses_it(tmp_path):
    run_id = start_tracker(tmp_path, "mlflow", PARAMS, resume=False)
    append_record(tmp_path, STEP)
    assert start_tracker(tmp_path, "none", PARAMS, resume=True) is None
    append_record(tmp_path, {**STEP, "step": 4})  # not mirrored: the tracker is off for this invocation
    assert (tmp_path / "metrics.jsonl").read_text().count("\n") == 2

    # A changed resumable key cannot change an MLflow param: the first value stays, new keys are added.
    again = start_tracker(tmp_path, "mlflow", {**PARAMS, "train.stop_at_step": 8, "train.tracker": "mlflow"},
                          resume=True)
    append_record(tmp_path, {**STEP, "step": 6})
    mlflow = client(tmp_path)
    assert again == run_id
    params = mlflow.get_run(run_id).data.params
    assert params["train.stop_at_step"] == "null" and params["train.tracker"] == "mlflow"
    assert [s for s, _ in history(mlflow, stage_runs(mlflow, saved_run(tmp_path))["sft"], "loss/sft")] == [2, 6]

    assert start_tracker(tmp_path, "mlflow", PARAMS, resume=False) != run_id  # a new run is a new MLflow run


def test_finish_logs_report_plot_and_adapter_without_optimizer_state(tmp_path):
    run_id = start_tracker(tmp_path, "mlflow", PARAMS, resume=False)
    append_record(tmp_path, STEP)
    (tmp_path / "report.md").write_text("# Run report\n")
    (tmp_path / "ex_by_stage.png").write_bytes(b"\x89PNG")
    checkpoint = tmp_path / "sft" / "step_000004"
    checkpoint.mkdir(parents=True)
    for name in ("adapter_config.json", "adapter_model.safetensors", "trainer_state.pt"):
        (checkpoint / name).write_text("{}")
    finish_tracker(tmp_path, [tmp_path / "report.md", tmp_path / "ex_by_stage.png", tmp_path / "absent.md"],
                   checkpoint, skip=("trainer_state.pt",))

    mlflow = client(tmp_path)
    assert {f.path for f in mlflow.list_artifacts(run_id)} == {"report.md", "ex_by_stage.png", "adapter"}
    assert {f.path for f in mlflow.list_artifacts(run_id, "adapter")} == {"adapter/adapter_config.json",
                                                                          "adapter/adapter_model.safetensors"}
    statuses = {mlflow.get_run(i).info.status for i in [run_id, *stage_runs(mlflow, saved_run(tmp_path)).values()]}
    assert statuses == {"FINISHED"}


def test_without_a_tracker_nothing_goes_to_mlflow(tmp_path):
    assert start_tracker(tmp_path, "none", PARAMS, resume=False) is None
    append_record(tmp_path, STEP)
    finish_tracker(tmp_path, [tmp_path / "metrics.jsonl"])
    assert not (tmp_path / "mlruns").exists() and not (tmp_path / MLFLOW_RUN_FILE).exists()


def test_tracker_mlflow_without_mlflow_installed_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "mlflow.entities", None)
    with pytest.raises(UserError, match="pip install mlflow-skinny"):
        start_tracker(tmp_path, "mlflow", PARAMS, resume=False)


# 16 examples, batch 2, 2 micro-batches per step: 4 steps per epoch, 8 in all, each one logged.
RUN = ["data.max_examples=16", "train.batch_size=2", "train.grad_accum=2", "train.epochs=2",
       "train.logging_steps=1", "train.checkpoint_every=4", "train.tracker=mlflow"]


def train(out: Path, model: Path, *overrides: str) -> int:
    from cluster import train as train_cmd

    parser = argparse.ArgumentParser()
    train_cmd.add_arguments(parser)
    tiny = Path(__file__).resolve().parents[1] / "configs" / "tiny.yaml"
    return train_cmd.run(parser.parse_args(
        ["--no-progress", "--config", str(tiny), f"output_dir={out}", f"model.name_or_path={model}", *RUN, *overrides]))


def test_spft_sql_train_round_trips_through_mlflow_and_resume_continues_the_run(
        ray_session, tiny_model, tmp_path):  # noqa: F811
    assert train(tmp_path, tiny_model, "train.stop_at_step=4") == 0
    run = saved_run(tmp_path)
    mlflow = client(tmp_path)
    params = mlflow.get_run(run["run_id"]).data.params
    assert params["train.tracker"] == "mlflow" and params["train.epochs"] == "2"
    assert params["model.name_or_path"] == str(tiny_model) and params["model.lora.r"] == "8"
    sft = stage_runs(mlflow, run)["sft"]  # logged from the Ray Train worker
    assert [s for s, _ in history(mlflow, sft, "loss/sft")] == [1, 2, 3, 4]
    artifacts = {f.path for f in mlflow.list_artifacts(run["run_id"])}
    assert {"report.md", "config.yaml", "adapter"} <= artifacts
    adapter = {f.path for f in mlflow.list_artifacts(run["run_id"], "adapter")}
    assert "adapter/adapter_model.safetensors" in adapter and "adapter/trainer_state.pt" not in adapter
    assert mlflow.get_run(run["run_id"]).info.status == "FINISHED"

    assert train(tmp_path, tiny_model, "resume=true") == 0
    assert saved_run(tmp_path)["run_id"] == run["run_id"]
    assert stage_runs(mlflow, run) == {"sft": sft}
    logged = [json.loads(line) for line in (tmp_path / "metrics.jsonl").read_text().splitlines()]
    assert history(mlflow, sft, "loss/sft") == [(r["step"], r["loss/sft"]) for r in logged]
    assert [r["step"] for r in logged] == list(range(1, 9))
    assert mlflow.get_run(run["run_id"]).info.status == "FINISHED"
