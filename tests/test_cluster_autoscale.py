"""Autoscaling and node failure on one machine, with the fake multi-node cluster of
cluster/fake_cluster.yaml (Ray's `fake_multinode` provider: each worker node it launches is a real raylet).

The module starts its own head with that config (own --temp-dir, free ports, no role resource on the head)
and tears down exactly the processes it started, never `ray stop`: that would stop every Ray instance on
the machine. Its drivers run in subprocesses (this file run as a script) that join the cluster by address,
as a submitted job's driver does; this pytest process may hold a local Ray of its own (conftest.py).

- Autoscaling: a real VerifierPool and two small actors asking for `generator` and `trainer` make the
  autoscaler add one node per role; the pool judges a Spider batch on real SQLite exactly as a serial run
  does; once everything is released the idle nodes go away. Scale-up and scale-down times are printed.
- Node failure: the node hosting the pool's actors is killed (its raylet and every process under it,
  SIGKILL) in the middle of a batch; the actors come back on another node (a new one if need be) and
  the batch returns exactly what an undisturbed run of the same batch returned.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
CONFIG = REPO / "cluster" / "fake_cluster.yaml"
SPIDER_MINI = REPO / "data" / "spider-mini"
ROLES = ("generator", "trainer", "verifier")
EVENT = "EVENT "
# Slow but legal: ~0.1 s of SQLite on an idle core. The timeout is far above it, so that no query times
# out under load in one run and not in another: runs must agree exactly.
SLOW = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < {n}) SELECT count(*) FROM c"
TIMEOUT_S = 30.0

pytestmark = pytest.mark.skipif(not (BIN / "ray").is_file(), reason="needs the ray command of this environment")


# ---- the head and the processes it starts ---------------------------------------------------------------

def _free_ports(count: int) -> list[int]:
    sockets = [socket.socket() for _ in range(count)]
    try:
        for s in sockets:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


def _cmdline(pid: int) -> bytes:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return b""


def _processes() -> dict[int, tuple[int, str]]:
    """pid -> (parent pid, start time) of every process."""
    table = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            table[int(entry.name)] = (int(fields[1]), fields[19])
    return table


def _ours(temp_dir: Path) -> dict[int, str]:
    """pid -> start time of the processes of our cluster: those that name our --temp-dir on their
    command line (GCS, raylets, agents, the autoscaler) and their descendants (workers, which rename
    themselves `ray::...`, and the verifiers' scoring processes)."""
    table = _processes()
    ours = {pid for pid in table if str(temp_dir).encode() in _cmdline(pid)}
    grew = True
    while grew:
        children = {pid for pid, (parent, _) in table.items() if parent in ours} - ours
        ours |= children
        grew = bool(children)
    return {pid: table[pid][1] for pid in ours}


def _still_running(pids: dict[int, str]) -> list[int]:
    table = _processes()
    return [pid for pid, started in pids.items() if pid in table and table[pid][1] == started]


def _kill(pids: dict[int, str], sig: int) -> None:
    for pid in _still_running(pids):
        try:
            os.kill(pid, sig)
        except ProcessLookupError:
            pass


@pytest.fixture(scope="module")
def cluster():
    # Short: Ray's socket paths under it must stay within the 107 bytes a Unix socket path may have.
    temp_dir = Path(tempfile.mkdtemp(prefix="spft-fc-"))
    (gcs, dashboard, agent_http, agent_grpc, env_agent, metrics, client, node_manager,
     object_manager) = _free_ports(9)
    config = yaml.safe_load(CONFIG.read_text())
    config["provider"]["gcs_address"] = f"127.0.0.1:{gcs}"  # where launched nodes join (default port 6379)
    config_path = temp_dir / "fake_cluster.yaml"
    config_path.write_text(yaml.safe_dump(config))
    head_cpus = config["available_node_types"]["ray.head.default"]["resources"]["CPU"]
    env = {**os.environ, "RAY_AUTH_MODE": "disabled", "RAY_USAGE_STATS_ENABLED": "0",
           "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0", "RAY_FAKE_CLUSTER": "1", "AUTOSCALER_UPDATE_INTERVAL_S": "1"}
    env.pop("RAY_ADDRESS", None)
    start = [str(BIN / "ray"), "start", "--head", f"--port={gcs}", f"--num-cpus={head_cpus}",
             f"--autoscaling-config={config_path}", "--include-dashboard=false", f"--dashboard-port={dashboard}",
             f"--dashboard-agent-listen-port={agent_http}", f"--dashboard-agent-grpc-port={agent_grpc}",
             f"--runtime-env-agent-port={env_agent}", f"--metrics-export-port={metrics}",
             f"--ray-client-server-port={client}", f"--node-manager-port={node_manager}",
             f"--object-manager-port={object_manager}", "--object-store-memory=100000000", f"--temp-dir={temp_dir}"]
    seen: dict[int, str] = {}
    state = {"address": f"127.0.0.1:{gcs}", "env": env, "temp_dir": temp_dir, "seen": seen, "drivers": []}
    try:
        started = subprocess.run(start, check=False, env=env, capture_output=True, text=True, timeout=120)
        assert started.returncode == 0, f"ray start failed:\n{started.stdout[-2000:]}\n{started.stderr[-2000:]}"
        yield state
    finally:
        for driver in state["drivers"]:  # left running by a failed test
            driver.kill()
            driver.wait()
        seen.update(_ours(temp_dir))
        for sig in (signal.SIGTERM, signal.SIGKILL):
            _kill(seen, sig)
            _kill(_ours(temp_dir), sig)
            deadline = time.monotonic() + 15
            while (_still_running(seen) or _ours(temp_dir)) and time.monotonic() < deadline:
                time.sleep(0.5)
        left = sorted(set(_still_running(seen)) | set(_ours(temp_dir)))
        assert not left, f"processes of the test's fake cluster survived: {[_cmdline(p)[:80] for p in left]}"
        shutil.rmtree(temp_dir, ignore_errors=True)


# ---- the driver, run in a subprocess ----------------------------------------------------------------------

class Driver:
    """This file run as a script against the cluster; it reports `EVENT {json}` lines on stdout."""

    def __init__(self, cluster, command: str, samples: list[dict], tmp_path: Path):
        (tmp_path / "samples.json").write_text(json.dumps(samples))
        self.stderr = (tmp_path / "driver.stderr").open("w")
        env = {k: v for k, v in cluster["env"].items() if k != "RAY_FAKE_CLUSTER"}
        self.proc = subprocess.Popen([sys.executable, __file__, command, cluster["address"],
                                      str(tmp_path / "samples.json")], cwd=REPO, env=env, text=True,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.stderr)
        cluster["drivers"].append(self.proc)
        self.events: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.cluster = cluster

    def _read(self) -> None:
        for line in self.proc.stdout:
            if line.startswith(EVENT):
                self.events.put(json.loads(line[len(EVENT):]))
        self.events.put(None)

    def next(self, name: str, timeout: float = 180) -> dict:
        try:
            event = self.events.get(timeout=timeout)
        except queue.Empty:
            event = None
        if event is None or event["event"] != name:
            self.proc.kill()
            self.proc.wait()
            self.stderr.flush()
            log = Path(self.stderr.name).read_text()[-4000:]
            raise AssertionError(f"expected driver event {name!r}, got {event!r}; driver stderr:\n{log}")
        # Actor processes of the drivers' pools: the teardown checks that none of them survives.
        self.cluster["seen"].update(_started([info["pid"] for info in event.get("actors", [])]))
        return event

    def send(self, line: str) -> None:
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()

    def finish(self) -> None:
        assert self.proc.wait(timeout=120) == 0, Path(self.stderr.name).read_text()[-4000:]
        self.stderr.close()


def _started(pids: list[int]) -> dict[int, str]:
    """pid -> start time of those of `pids` that run now."""
    table = _processes()
    return {pid: table[pid][1] for pid in pids if pid in table}


def _emit(event: str, **fields) -> None:
    print(EVENT + json.dumps({"event": event, **fields}), flush=True)


def _alive_nodes() -> list[dict]:
    import ray

    return [n for n in ray.nodes() if n["Alive"]]


def _driver_scale(address: str, samples_path: str) -> None:
    """Ask for every role, time each node's arrival, judge the batch, release all, time each node's exit."""
    import ray

    from actors.verifier_pool import VerifierPool
    from text2sql.execution import ExecutionLimits

    ray.init(address=address, log_to_driver=False)
    [head] = _alive_nodes()
    holder = ray.remote(num_cpus=0)(RoleHolder)
    asked = time.monotonic()
    pool = VerifierPool(workers=2, limits=ExecutionLimits(timeout_s=TIMEOUT_S))
    holders = {role: holder.options(resources={role: 1}).remote() for role in ("generator", "trainer")}
    up_s: dict[str, float] = {}
    while set(up_s) != set(ROLES) and time.monotonic() - asked < 120:
        for node in _alive_nodes():
            for role in set(ROLES) & set(node["Resources"]) - set(up_s):
                up_s[role] = time.monotonic() - asked
        time.sleep(0.1)
    infos = pool.ready(timeout_s=120)
    ready_s = time.monotonic() - asked
    holder_nodes = {role: ray.get(h.node_id.remote(), timeout=120) for role, h in holders.items()}
    workers = {n["NodeID"]: sorted(set(ROLES) & set(n["Resources"])) for n in _alive_nodes()
               if n["NodeID"] != head["NodeID"]}
    start = time.monotonic()
    results = ray.get(pool.judge(ray.put(json.loads(Path(samples_path).read_text()))), timeout=120)
    judge_s = time.monotonic() - start
    _emit("up", head=head["Resources"], up_s=up_s, ready_s=ready_s, workers=workers, actors=infos,
          holders=holder_nodes, results=results, judge_s=judge_s)

    released = time.monotonic()
    pool.shutdown()
    for h in holders.values():
        ray.kill(h)
    down_s: dict[str, float] = {}
    while set(down_s) != set(workers) and time.monotonic() - released < 120:
        alive = {n["NodeID"] for n in _alive_nodes()}
        down_s.update({node: time.monotonic() - released for node in set(workers) - alive - set(down_s)})
        time.sleep(0.1)
    _emit("down", down_s=down_s, alive=[n["NodeID"] for n in _alive_nodes()])


def _driver_fail(address: str, samples_path: str) -> None:
    """Judge the batch once undisturbed, then again while the test kills a node; report both."""
    import ray

    from actors.verifier_pool import VerifierPool
    from text2sql.execution import ExecutionLimits

    ray.init(address=address, log_to_driver=False)
    pool = VerifierPool(workers=2, limits=ExecutionLimits(timeout_s=TIMEOUT_S))
    before = pool.ready(timeout_s=120)
    batch = ray.put(json.loads(Path(samples_path).read_text()))
    start = time.monotonic()
    undisturbed = ray.get(pool.judge(batch), timeout=120)
    _emit("ready", actors=before, undisturbed_s=time.monotonic() - start)

    ref = pool.judge(batch)
    known = {n["NodeID"] for n in _alive_nodes()}
    _emit("running")
    victim = sys.stdin.readline().split()[-1]  # the test has killed this node
    killed = time.monotonic()
    done_at_kill = bool(ray.wait([ref], timeout=0)[0])
    marks: dict[str, float] = {}  # when Ray saw the node dead, when a new node came up
    while not ray.wait([ref], timeout=0.25)[0] and time.monotonic() - killed < 240:
        alive = {n["NodeID"] for n in _alive_nodes()}
        if victim not in alive:
            marks.setdefault("node_dead_s", time.monotonic() - killed)
        if alive - known:
            marks.setdefault("new_node_s", time.monotonic() - killed)
    results = ray.get(ref, timeout=1)
    marks["completed_s"] = time.monotonic() - killed
    after = pool.ready(timeout_s=120)  # once the actors are back, Ray has declared the lost node dead
    _emit("done", actors=after, done_at_kill=done_at_kill, marks=marks, undisturbed=undisturbed,
          results=results, nodes=[n["NodeID"] for n in _alive_nodes()])
    pool.shutdown()


class RoleHolder:
    """Stands for a GeneratorPool or trainer actor: it only holds its role resource."""

    def node_id(self) -> str:
        import ray

        return ray.get_runtime_context().get_node_id()


# ---- the batches ------------------------------------------------------------------------------------------

def spider_samples(limit: int) -> list[dict]:
    """Spider dev examples with three candidates: the gold, a wrong query, another example's gold."""
    records = json.loads((SPIDER_MINI / "dev.json").read_text())[:limit]
    return [{"id": f"dev-{i}", "question": r["question"],
             "db_path": str(SPIDER_MINI / "database" / r["db_id"] / f"{r['db_id']}.sqlite"), "gold": r["query"],
             "candidates": [r["query"], "SELECT 'no such answer'", records[(i + 1) % len(records)]["query"]]}
            for i, r in enumerate(records)]


def slow_samples(count: int) -> list[dict]:
    """Samples of ~0.3 s each (three slow queries); right and wrong answers alternate."""
    db = str(SPIDER_MINI / "database" / "concert_singer" / "concert_singer.sqlite")
    n = 500_000
    return [{"id": f"slow-{i}", "question": "how many?", "db_path": db, "gold": SLOW.format(n=n),
             "candidates": [SLOW.format(n=n + i % 2), SLOW.format(n=n)]} for i in range(count)]


def serial_answer(samples: list[dict]) -> list[list[dict]]:
    from actors.verifier_pool import candidate_result
    from text2sql.execution import ExecutionLimits, SafeExecutor
    from text2sql.scoring import judge_candidates

    with SafeExecutor(ExecutionLimits(timeout_s=TIMEOUT_S)) as executor:
        return [[candidate_result(v) for v in judge_candidates(executor, s["db_path"], s["gold"], s["candidates"])]
                for s in samples]


# ---- the tests --------------------------------------------------------------------------------------------

def test_the_config_passes_the_autoscalers_own_check():
    from ray.autoscaler._private.util import validate_config

    config = yaml.safe_load(CONFIG.read_text())
    validate_config(config)  # what the autoscaler runs on it (prepare_config needs a file the wheel lacks)
    types = config["available_node_types"]
    assert not set(ROLES) & set(types[config["head_node_type"]]["resources"])
    assert {role for t in types.values() for role in t["resources"]} >= set(ROLES)


def test_pools_scale_the_cluster_up_verify_and_scale_it_down(cluster, tmp_path):
    samples = spider_samples(40)
    driver = Driver(cluster, "scale", samples, tmp_path)
    up = driver.next("up")
    down = driver.next("down")
    driver.finish()

    assert not set(ROLES) & set(up["head"]), "the head must offer no role, or nothing needs to scale"
    assert set(up["up_s"]) == set(ROLES), f"no node came up for {set(ROLES) - set(up['up_s'])}"
    verifier_nodes = {node for node, roles in up["workers"].items() if "verifier" in roles}
    assert {info["node_id"] for info in up["actors"]} <= verifier_nodes
    for role, node in up["holders"].items():
        assert role in up["workers"][node]
    assert up["results"] == serial_answer(samples)
    assert set(down["down_s"]) == set(up["workers"]) and len(down["alive"]) == 1, "idle nodes were not removed"

    timings = {"scale_up_s": up["up_s"], "actors_ready_s": up["ready_s"], "judge_s": up["judge_s"],
               "scale_down_s": sorted(down["down_s"].values())}
    (tmp_path / "autoscale_timings.json").write_text(json.dumps(timings, indent=1))
    launched = {role: sum(role in roles for roles in up["workers"].values()) for role in ROLES}
    print(f"\nfake cluster: nodes launched {launched}; first node up after "
          f"{', '.join(f'{r} {s:.1f} s' for r, s in up['up_s'].items())} "
          f"(all actors ready after {up['ready_s']:.1f} s); {len(samples)} samples judged in {up['judge_s']:.1f} s; "
          f"idle nodes gone {', '.join(f'{s:.1f}' for s in timings['scale_down_s'])} s after release")


def _node_processes(cluster, node_id: str) -> dict[int, str]:
    """The raylet of a fake node and what it started (its agents, the workers and their scoring
    processes): what a machine takes down with it when it fails."""
    table = _processes()
    [raylet] = [pid for pid in _ours(cluster["temp_dir"])
                if b"raylet/raylet\0" in _cmdline(pid) and f"--node_id={node_id}".encode() in _cmdline(pid)]
    node = {raylet}
    while children := {pid for pid, (parent, _) in table.items() if parent in node} - node:
        node |= children
    return {pid: table[pid][1] for pid in node}


def test_a_batch_survives_the_loss_of_the_node_its_verifiers_run_on(cluster, tmp_path):
    samples = [s for pair in zip(slow_samples(12), spider_samples(12)) for s in pair]
    driver = Driver(cluster, "fail", samples, tmp_path)
    ready = driver.next("ready")
    victim = ready["actors"][0]["node_id"]
    driver.next("running")
    time.sleep(ready["undisturbed_s"] / 5)
    # The whole node at once: a raylet killed alone leaves its workers running for a while, and a
    # batch may finish on them before they notice.
    lost_processes = _node_processes(cluster, victim)
    _kill(lost_processes, signal.SIGKILL)
    driver.send(f"killed {victim}")
    done = driver.next("done", timeout=300)
    driver.finish()

    assert not done["done_at_kill"], "the batch finished before the kill: the test proves nothing"
    assert done["results"] == done["undisturbed"]
    assert [r[1]["correct"] for r in done["results"][::2]] == [True] * 12  # the slow samples' second candidate
    assert victim not in done["nodes"]
    assert all(info["node_id"] != victim for info in done["actors"]), "an actor still claims the lost node"
    lost = [info["pid"] for info in ready["actors"] if info["node_id"] == victim]
    assert set(lost) <= set(lost_processes) and not set(lost) & {info["pid"] for info in done["actors"]}
    timings = {"undisturbed_s": ready["undisturbed_s"], "killed_after_s": ready["undisturbed_s"] / 5,
               **{f"{mark}_after_kill": s for mark, s in done["marks"].items()}}
    (tmp_path / "node_failure_timings.json").write_text(json.dumps(timings, indent=1))
    print(f"\nnode failure: {len(samples)} samples in {ready['undisturbed_s']:.1f} s undisturbed; node killed "
          f"{timings['killed_after_s']:.1f} s into the same batch; after the kill: "
          f"{', '.join(f'{mark} {s:.1f}' for mark, s in done['marks'].items())}; "
          f"{len(lost)} actor(s) moved off the lost node")


if __name__ == "__main__":
    command, address, samples_path = sys.argv[1:4]
    {"scale": _driver_scale, "fail": _driver_fail}[command](address, samples_path)
