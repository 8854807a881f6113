"""Placement (actors/placement.py): the generator's default CPU ask fits a one-node cluster beside its
verifiers, and asks no node can ever meet fail at once with what the nodes offer, instead of after a
pool's 15-minute start timeout. The one-node cluster itself, end to end: tests/test_cluster_jobs.py."""

from __future__ import annotations

import doctest
import json
import time

import pytest

from actors import placement
from actors.placement import PlacementError, generator_resources, placement_problem

# `ray start --head --num-cpus=2 --resources='{"generator":1,"verifier":4,"trainer":1}'`
ONE_NODE = {"CPU": 2.0, "generator": 1.0, "verifier": 4.0, "trainer": 1.0, "memory": 8e9}


def test_the_module_docstring_example_holds():
    result = doctest.testmod(placement)
    assert result.attempted >= 4 and result.failed == 0


def _verifiers(count: int):
    return ("verifier actor", {"CPU": placement.VERIFIER_CPUS, "verifier": 1}, count)


def test_the_default_generator_fits_a_one_node_cluster_beside_its_verifiers_and_a_data_task(monkeypatch):
    monkeypatch.setattr(placement.os, "cpu_count", lambda: 2)
    cpus, gpus, threads = generator_resources(nodes=[ONE_NODE])
    assert (cpus, gpus, threads) == (0.75, 0, 2)  # 2 cores less two verifiers' 0.5 and a task's 0.25; 2 threads
    generator = ("generator actor", {"CPU": cpus, "GPU": gpus, "generator": 1}, 1)
    task = ("data task", {"CPU": placement.TASK_CPUS}, 1)
    for verifiers in (1, 2):
        assert placement_problem([generator, _verifiers(verifiers), task], [(ONE_NODE, 1)]) is None
    # The ask it replaces, every core of the node, could never start beside a verifier.
    every_core = ("generator actor", {"CPU": 2, "generator": 1}, 1)
    assert "cannot all run at once" in placement_problem([every_core, _verifiers(1)], [(ONE_NODE, 1)])


def test_a_generator_node_of_its_own_gives_the_generator_every_core_and_a_gpu_node_one(monkeypatch):
    monkeypatch.setattr(placement.os, "cpu_count", lambda: 16)
    assert generator_resources(nodes=[{"CPU": 16.0, "generator": 1.0}]) == (16, 0, None)
    assert generator_resources(nodes=[{"CPU": 8.0, "GPU": 1.0, "generator": 1.0}]) == (1, 1, None)
    assert generator_resources(num_cpus=3, num_gpus=0) == (3, 0, None)  # pinned: kept, and no Ray asked


def test_an_ask_no_node_can_meet_names_the_actor_the_ask_and_the_largest_node():
    problem = placement_problem([("generator actor", {"CPU": 8, "GPU": 0, "generator": 1}, 1)], [(ONE_NODE, 1)])
    assert problem == ("a generator actor asks for {CPU: 8, generator: 1}, more than any node of this cluster "
                       "offers: the largest node offering `generator` has {CPU: 2, generator: 1}")
    missing = placement_problem([("verifier actor", {"CPU": 0.5, "verifier": 1}, 1)], [({"CPU": 8.0}, 1)])
    assert missing.endswith("no node offers `verifier`")


def test_actors_that_fit_only_one_at_a_time_are_refused_together():
    trainer = ("Ray Train worker", {"CPU": 2, "GPU": 0, "trainer": 1}, 1)
    problem = placement_problem([trainer, _verifiers(1)], [(ONE_NODE, 1)])
    assert problem.startswith("1 Ray Train worker(s) of {CPU: 2, trainer: 1} beside 1 verifier actor(s) of "
                              "{CPU: 0.5, verifier: 1} cannot all run at once")
    # A second node with room for the verifier, or an autoscaler node type that can add one, makes it fit.
    assert placement_problem([trainer, _verifiers(1)], [(ONE_NODE, 1), ({"CPU": 1.0, "verifier": 2.0}, 1)]) is None
    assert placement_problem([trainer, _verifiers(3)], [(ONE_NODE, 1), ({"CPU": 1.0, "verifier": 2.0}, 5)]) is None


def _status(monkeypatch, report):
    import ray.experimental.internal_kv as kv

    body = json.dumps({"autoscaler_report": report}).encode() if report is not None else None
    monkeypatch.setattr(kv, "_internal_kv_get", lambda key: body)


def test_the_check_stands_aside_where_an_autoscaler_may_add_nodes_it_cannot_see(monkeypatch):
    """A v1 autoscaler (ray_cluster.yaml, cluster/fake_cluster.yaml) names its node types but does not
    publish their resources; before the monitor's first report nothing is known either."""
    monkeypatch.setattr(placement, "_live_nodes", lambda: [{"CPU": 1.0}])
    monkeypatch.setattr("ray._private.state.state.get_cluster_config", lambda: None)
    impossible = ("verifier actor", {"CPU": 0.5, "verifier": 1}, 1)
    _status(monkeypatch, {"active_nodes": {"ray.head.default": 1}, "node_type_mapping": {"ab": "ray.head.default"}})
    placement.check_fits(impossible, hint="-")
    _status(monkeypatch, None)
    placement.check_fits(impossible, hint="-")
    readonly = "node_" + "0f" * 28  # the monitor's name for a node when no autoscaler runs
    _status(monkeypatch, {"active_nodes": {readonly: 1}, "node_type_mapping": {"0f" * 28: readonly}})
    with pytest.raises(PlacementError, match=r"no node offers `verifier` \(looking at the nodes alive now; no "
                                             r"autoscaler can add more\)\. They would wait for ever; -"):
        placement.check_fits(impossible, hint="-")


def test_train_refuses_at_once_a_trainer_that_cannot_fit_beside_the_verifiers(monkeypatch):
    from training.config import load_config
    from training.plan import check_placement

    monkeypatch.setattr(placement, "node_shapes", lambda: ([(ONE_NODE, 1)], "the nodes alive now"))
    monkeypatch.setattr(placement, "_live_nodes", lambda: [ONE_NODE])
    cfg = load_config("configs/tiny.yaml", ["train.stages=[vbift,selfplay]"])
    check_placement(cfg)  # the tiny config's trainer (1 CPU) fits beside its verifier
    # cpu-demo's 2 threads a worker: the worker asks for what the verifiers leave, and trains on 2 threads.
    check_placement(load_config("configs/tiny.yaml", ["train.stages=[vbift,selfplay]", "train.cpus_per_worker=2"]))
    with pytest.raises(PlacementError, match=r"2 Ray Train worker\(s\) of \{CPU: 1, trainer: 1\} beside 1 verifier.*"
                                             r"stage vbift cannot run here: lower train.cpus_per_worker"):
        check_placement(load_config("configs/tiny.yaml", ["train.stages=[vbift]", "train.num_workers=2"]))
    check_placement(load_config("configs/tiny.yaml", ["train.stages=[sft]", "train.cpus_per_worker=2"]))  # alone


def test_a_pool_whose_ask_no_node_can_meet_fails_at_once(ray_session, tmp_path):
    """On the session's local Ray (one node, 4 logical CPUs, no autoscaler): no waiting for the start timeout."""
    from actors.backends import BackendConfig
    from actors.generator_pool import GeneratorPool
    from actors.verifier_pool import VerifierPool

    deadline = time.monotonic() + 30
    while placement.node_shapes()[1] is None:  # the monitor reports a few seconds after Ray starts
        assert time.monotonic() < deadline, "Ray's monitor never reported the cluster's nodes"
        time.sleep(0.5)
    start = time.monotonic()
    with pytest.raises(PlacementError, match=r"a generator actor asks for \{CPU: 64, generator: 1\}, more than any "
                                             r"node of this cluster offers: the largest node offering `generator` "
                                             r"has \{CPU: 4, generator: 2\}"):
        GeneratorPool(BackendConfig(model=str(tmp_path)), backend="hf", num_cpus=64, start_timeout_s=600)
    with pytest.raises(PlacementError, match=r"5 verifier actor\(s\) of \{CPU: 0.5, verifier: 1\} cannot all run"):
        VerifierPool(workers=5)
    assert time.monotonic() - start < 10
