"""Starting or joining Ray for a command.

On a cluster (`--address auto`, or RAY_ADDRESS set by `ray job submit`) the command joins it and the
node types of ray_cluster.yaml provide the role resources. On a laptop a local instance starts with
logical role resources (`generator`, `verifier`, `trainer`) so the same actor options place
everywhere; logical CPUs are oversubscribed (twice the cores, at least 4) because the engines and the
trainer each use every core through threads while the phases take turns, so a laptop config may give the
trainer all cores beside the verifiers. A one-node cluster started with `ray start` declares its real
cores instead; the generator's default ask fits it too (actors/placement.py), and `spft-sql train`
refuses at once a config whose trainer cannot fit there (training/plan.py, `check_placement`).
"""

from __future__ import annotations

import os

import ray

LOCAL_ROLE_RESOURCES = {"generator": 4, "verifier": 16, "trainer": 4}


def init_ray(address: str | None = None, object_store_gib: float = 2.0) -> None:
    """Join `address` (or RAY_ADDRESS) if given, else start a local instance; no-op if connected."""
    if ray.is_initialized():
        return
    address = address or os.environ.get("RAY_ADDRESS")
    if address:
        ray.init(address=address, log_to_driver=True)
        return
    cores = os.cpu_count() or 1
    # Ray starts its workers at niceness 15 by default; on a machine that runs only this job that makes
    # the actors (generators, trainer) lose the cores to any other process. A local run is the job.
    os.environ.setdefault("RAY_worker_niceness", "0")
    # address="local": always a new instance; plain ray.init() would join a cluster started on this
    # machine with `ray start` and then fail on the resources passed here.
    ray.init(address="local", num_cpus=max(4, 2 * cores), resources=LOCAL_ROLE_RESOURCES,
             object_store_memory=int(object_store_gib * 2**30), include_dashboard=False,
             log_to_driver=False)
