"""Job submission against a running Ray cluster, as a user does it:

    ray start --head ...
    ray job submit --working-dir . -- spft-sql train --config configs/tiny.yaml ...

The test starts its own head (own ports, own --temp-dir, role resources like ray_cluster.yaml's
nodes) and tears down exactly those processes, never `ray stop`: that would stop every Ray instance
on the machine, this test session's own included. The job must join the cluster (RAY_ADDRESS, set by
`ray job submit`) rather than start its own Ray, show its progress in `ray job logs`, stop cleanly on
`ray job stop`, and continue with `resume=true`. A second head, the smallest cluster a user makes (one
node, this machine's real cores, every role), must run vbift and selfplay to the end.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
pytestmark = pytest.mark.skipif(not (BIN / "ray").is_file() or not (BIN / "spft-sql").is_file(),
                                reason="needs the ray and spft-sql commands of this environment")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _ours(temp_dir: Path) -> list[int]:
    """Pids of the processes of our head: every Ray process names our --temp-dir on its command line, and
    a job's driver runs in its working-dir copy under it."""
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if str(temp_dir).encode() in (entry / "cmdline").read_bytes() or \
                        os.readlink(entry / "cwd").startswith(f"{temp_dir}/"):
                    pids.append(int(entry.name))
            except OSError:
                continue
    return pids


@contextlib.contextmanager
def ray_head(num_cpus: int, resources: dict):
    """A Ray head of our own (free ports, its own --temp-dir, short enough for Ray's unix sockets),
    yielding what `ray_cli` and `submit` need; at the end exactly its processes are stopped."""
    temp_dir = Path(tempfile.mkdtemp(prefix="ot-", dir="/tmp"))
    port, dashboard = _free_port(), _free_port()
    env = {**os.environ, "RAY_AUTH_MODE": "disabled", "RAY_USAGE_STATS_ENABLED": "0",
           "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0"}
    env.pop("RAY_ADDRESS", None)
    start = [str(BIN / "ray"), "start", "--head", f"--port={port}", f"--dashboard-port={dashboard}",
             "--dashboard-host=127.0.0.1", "--include-dashboard=true", f"--dashboard-agent-listen-port={_free_port()}",
             f"--num-cpus={num_cpus}", f"--resources={json.dumps(resources)}",
             "--object-store-memory=300000000", f"--temp-dir={temp_dir}"]
    try:
        subprocess.run(start, env=env, check=True, capture_output=True, timeout=120)
        yield {"address": f"http://127.0.0.1:{dashboard}", "env": env, "temp_dir": temp_dir}
    finally:
        for sig in (signal.SIGTERM, signal.SIGKILL):
            for pid in _ours(temp_dir):
                try:
                    os.kill(pid, sig)
                except ProcessLookupError:
                    pass
            deadline = time.monotonic() + 15
            while _ours(temp_dir) and time.monotonic() < deadline:
                time.sleep(0.5)
        assert not _ours(temp_dir), "processes of the test's Ray head survived"
        shutil.rmtree(temp_dir, ignore_errors=True)


@pytest.fixture(scope="module")
def head():
    with ray_head(num_cpus=4, resources={"generator": 2, "verifier": 4, "trainer": 2}) as cluster:
        yield cluster


def ray_cli(head, *args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN / "ray"), *args], env=head["env"], capture_output=True, text=True,
                          timeout=timeout, cwd=REPO)


def submit(head, job_id: str, *train_args: str) -> None:
    done = ray_cli(head, "job", "submit", "--address", head["address"], "--submission-id", job_id, "--no-wait",
                   "--working-dir", str(REPO), "--", str(BIN / "spft-sql"), "train", "--config", "configs/tiny.yaml",
                   "--no-progress", *train_args)
    assert done.returncode == 0, done.stderr[-3000:]


def status(head, job_id: str) -> str:
    from ray.job_submission import JobSubmissionClient

    return str(JobSubmissionClient(head["address"]).get_job_status(job_id).value)


def wait_for(head, job_id: str, states: set[str], timeout: float = 600) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        state = status(head, job_id)
        if state in states:
            return state
        time.sleep(2)
    raise AssertionError(f"job {job_id} still {status(head, job_id)} after {timeout:.0f} s")


def test_a_one_node_cluster_of_the_machines_real_cores_runs_vbift_then_selfplay(tmp_path):
    """The user's smallest cluster: `ray start --head --num-cpus=<cores> --resources=<every role>` on one
    machine, and the two iterative stages. Every actor must fit beside the others there (a generator that
    asked for every core never started beside a verifier's 0.5 CPU: it waited out its 15-minute start
    timeout; a trainer worker asking for 2 of 2 cores was refused beside the verifiers). Runs first in this module, before the `head` fixture starts a second head."""
    out, job = tmp_path / "run", "one-node"
    cores = os.cpu_count() or 1
    with ray_head(num_cpus=cores, resources={"generator": 1, "verifier": 4, "trainer": 1}) as one_node:
        start = time.monotonic()
        # cpu-demo's 2 trainer threads: the worker asks for the CPUs the verifiers leave (trainer_cpus).
        submit(one_node, job, f"output_dir={out}", "train.stages=[vbift,selfplay]", "train.cpus_per_worker=2")
        state = wait_for(one_node, job, {"SUCCEEDED", "FAILED", "STOPPED"}, timeout=2400)
        logs = ray_cli(one_node, "job", "logs", "--address", one_node["address"], job).stdout
        print(f"one-node cluster ({cores} CPUs): vbift + selfplay job {state} in {time.monotonic() - start:.0f} s")
    assert state == "SUCCEEDED", logs[-4000:]
    assert "vbift: round 2:" in logs and "selfplay: iteration 1:" in logs, logs[-4000:]
    stages = {entry["stage"] for entry in json.loads((out / "model_base.json").read_text())["checkpoints"]}
    assert stages == {"start", "vbift", "selfplay"} and (out / "report.md").is_file()


def test_a_submitted_job_joins_the_cluster_and_reports_progress(head, tmp_path):
    out = tmp_path / "run"
    submit(head, "tiny-sft", f"output_dir={out}", "train.epochs=1", "data.max_examples=16")
    assert wait_for(head, "tiny-sft", {"SUCCEEDED", "FAILED", "STOPPED"}) == "SUCCEEDED", \
        ray_cli(head, "job", "logs", "--address", head["address"], "tiny-sft").stdout[-3000:]
    logs = ray_cli(head, "job", "logs", "--address", head["address"], "tiny-sft").stdout
    assert "sft: step 4/4" in logs and "Started a local Ray instance" not in logs
    assert (out / "sft" / "step_000004").is_dir() and (out / "report.md").is_file()


def test_ray_job_stop_stops_the_run_and_resume_continues_it(head, tmp_path):
    out = tmp_path / "run"
    # 240 steps of ~0.2-0.5 s: long enough to stop it in the middle.
    common = [f"output_dir={out}", "train.epochs=30", "data.max_examples=32", "train.checkpoint_every=10",
              "train.logging_steps=10"]
    submit(head, "tiny-long", *common)
    deadline = time.monotonic() + 600
    while not (out / "sft" / "step_000010").is_dir():
        assert time.monotonic() < deadline and status(head, "tiny-long") in {"PENDING", "RUNNING"}, \
            ray_cli(head, "job", "logs", "--address", head["address"], "tiny-long").stdout[-3000:]
        time.sleep(1)
    stopped = ray_cli(head, "job", "stop", "--address", head["address"], "tiny-long")
    assert stopped.returncode == 0, stopped.stderr[-2000:]
    assert wait_for(head, "tiny-long", {"STOPPED", "SUCCEEDED", "FAILED"}, timeout=120) == "STOPPED"
    assert not (out / "sft" / "result.json").is_file()  # stopped before the end

    submit(head, "tiny-long-resumed", *common, "resume=true")
    assert wait_for(head, "tiny-long-resumed", {"SUCCEEDED", "FAILED", "STOPPED"}) == "SUCCEEDED", \
        ray_cli(head, "job", "logs", "--address", head["address"], "tiny-long-resumed").stdout[-3000:]
    result = json.loads((out / "sft" / "result.json").read_text())
    assert result["step"] == result["total_steps"] == 240
