"""VerifierPool: M Ray actors that execute candidate SQL read-only and judge it against the gold.

Data flow of `pool.judge(samples_ref)`, all of it in the cluster (the driver only holds refs):

    samples_ref --> _split (task) --> ids_ref, shard_0 .. shard_k-1   (k = workers * shards_per_worker)
    shard_j --> Verifier[j % workers].judge (actor call)  --> result_j
    ids_ref, result_0 .. result_k-1 --> _merge (task) --> ONE ObjectRef: per-sample results, input order

A sample is `{"id": hashable, "question": str, "db_path": str, "gold": str | None, "candidates": [str, ...]}`;
its result is one dict per candidate, `{"executable": bool, "correct": bool | None, "reason": str | None,
"rows": int | None}` (`rows`: result rows holding a non-NULL value, counted only when `gold` is None).
`correct` is None when the sample cannot be scored: its gold is None (executability only: a
self-check at prediction time) or its gold query failed (e.g. a missing database; then no
candidate is run and each carries the gold's failure as its reason). `db_path` must exist on
every node that hosts a verifier.

Fault tolerance, in three layers:
- Hostile SQL: each verifier scores through a `ScoringWorker` (text2sql/scoring.py), a process of its
  own that is killed at the query's deadline and capped in memory. A candidate that kills that process
  (an overrun, the OOM killer, a crash inside SQLite) is scored wrong with the reason, a fresh process
  takes over, and the rest of the shard goes on: the actor itself never dies of a candidate.
- A dead actor process (killed, its node lost): Ray restarts it (`max_restarts=-1`: any number of
  times) and re-runs the shard it was working on and the shards queued behind it (`max_task_retries`).
- A lost node: until Ray declares it dead (GCS health checks, ~15-30 s) its actors look alive but
  cannot be reached, and each call to them fails at once, retries included (ActorUnavailableError).
  `_merge` then sends the shard to the other actors in turn and, once every one has failed it, waits
  (0.5 s, doubling to 8 s) and sends it again, for up to `recovery_timeout_s`; after the node is
  declared dead the actors restart wherever there is room (on a new node, if the autoscaler adds one)
  and the shard queues for them. The cluster node-failure test covers this.
- An actor gone for good (`ray.kill(no_restart=True)`, retries spent): `_merge` sends its shards to
  the other actors, and the next `judge` call replaces it, so the pool keeps its size.
Judging is read-only and deterministic, so a re-run is harmless, and every shard's result is stored
once, by the call that completed: nothing is lost and nothing is counted twice. `_merge` checks this:
the ids it gets back must be exactly the input ids, in order. `_split` and `_merge` are plain tasks:
Ray re-runs them if their worker dies (its default `max_retries`), with the same effect.

    pool = VerifierPool(workers=2)
    results = ray.get(pool.judge(ray.put(samples)))   # or hand the ref on without pulling it
"""

from __future__ import annotations

import os
import time
from collections.abc import Hashable, Sequence
from typing import Any

import ray

from ray._private import state as ray_state

from actors.placement import VERIFIER_CPUS, check_fits
from text2sql.execution import ExecutionLimits
from text2sql.scoring import ScoringWorker, Verdict

# field -> (accepted types, what to tell the user)
SAMPLE_FIELDS = {"id": (Hashable, "hashable"), "question": (str, "a string"), "db_path": (str, "a string"),
                 "gold": ((str, type(None)), "an SQL string or None"),
                 "candidates": ((list, tuple), "a list of SQL strings")}


def candidate_result(verdict: Verdict) -> dict[str, Any]:
    return {"executable": verdict.error is None, "correct": verdict.correct, "reason": verdict.error,
            "rows": verdict.rows}


def check_sample(index: int, sample: Any) -> None:
    """Raise a ValueError naming the sample and the field when a sample is malformed."""
    if not isinstance(sample, dict):
        raise ValueError(f"sample {index} must be a dict, got {type(sample).__name__}")
    for key, (kind, expected) in SAMPLE_FIELDS.items():
        if key not in sample:
            raise ValueError(f"sample {index} (id {sample.get('id')!r}) has no {key!r}; "
                             f"a sample needs {', '.join(SAMPLE_FIELDS)}")
        if not isinstance(sample[key], kind):
            raise ValueError(f"sample {index} (id {sample['id']!r}): {key!r} must be {expected}, "
                             f"got {type(sample[key]).__name__}")
    if not all(isinstance(sql, str) for sql in sample["candidates"]):
        raise ValueError(f"sample {index} (id {sample['id']!r}): 'candidates' must be a list of SQL strings")


class Verifier:
    """One verifier worker: a ScoringWorker process that lives as long as the actor (connections are
    reused) and is replaced whenever a candidate kills it. A fresh interpreter, not a fork: an actor
    process runs Ray's threads."""

    def __init__(self, limits: ExecutionLimits):
        self.scorer = ScoringWorker(limits, start="exec")
        self.scorer.ensure_started()

    def info(self) -> dict[str, Any]:
        """Where the worker runs and what it holds; a restarted actor shows a new pid."""
        context = ray.get_runtime_context()
        return {"pid": os.getpid(), "node_id": context.get_node_id(), "resources": context.get_assigned_resources(),
                "scorer_restarts": self.scorer.restarts}

    def judge(self, shard: list[dict]) -> tuple[list[Hashable], list[list[dict]]]:
        """Judge a shard; return its ids alongside the results so the merge can check exactly-once."""
        verdicts = self.scorer.judge([(s["db_path"], s["gold"], s["candidates"]) for s in shard])
        return [s["id"] for s in shard], [[candidate_result(v) for v in sample] for sample in verdicts]

    def __del__(self):
        scorer = getattr(self, "scorer", None)
        if scorer is not None:
            scorer.close()


# Split and merge are light bookkeeping: they take no CPU slot, so a cluster whose CPUs are all held
# by generator and trainer actors still runs them.
@ray.remote(num_cpus=0)
def _split(num_shards: int, *batches: list[dict]) -> tuple:
    """Concatenate the input batches, check them, cut them into `num_shards` contiguous shards."""
    samples = [s for batch in batches for s in batch]
    for index, sample in enumerate(samples):
        check_sample(index, sample)
    base, extra = divmod(len(samples), num_shards)
    shards, start = [], 0
    for j in range(num_shards):
        end = start + base + (j < extra)
        shards.append(samples[start:end])
        start = end
    return ([s["id"] for s in samples], *shards)


def _gone_for_good(actor) -> bool:
    """True once Ray will not restart the actor (killed with no_restart, restarts spent, init failed)."""
    return (ray_state.actors(actor._actor_id.hex()) or {}).get("State") == "DEAD"


@ray.remote(num_cpus=0)
def _merge(expected_ids: list[Hashable], actors: list, shards: list[ray.ObjectRef],
           results: list[ray.ObjectRef], recovery_timeout_s: float) -> list[list[dict]]:
    """Gather the shard results. A failed shard goes to the next actor not gone for good; when all of
    them have failed it, it waits for one to come back (see the module docstring)."""
    shard_results = []
    for j, (shard, result) in enumerate(zip(shards, results)):
        target, failed, pause = j % len(actors), set(), 0.25
        deadline = time.monotonic() + recovery_timeout_s
        while True:
            try:
                shard_results.append(ray.get(result))
                break
            except ray.exceptions.RayActorError:
                failed.add(target)
                live = {k for k in range(len(actors)) if not _gone_for_good(actors[k])}
                if not live or time.monotonic() > deadline:
                    raise
                if live <= failed:
                    pause = min(2 * pause, 8.0)
                    time.sleep(pause)
                    failed.clear()
                target = next(k for k in ((target + d) % len(actors) for d in range(1, len(actors) + 1))
                              if k in live - failed)
                result = actors[target].judge.remote(shard)
    ids = [i for shard_ids, _ in shard_results for i in shard_ids]
    if ids != expected_ids:
        # Cannot happen while Ray keeps one result per task; checked because a silent loss or
        # duplicate would corrupt rewards without any other symptom.
        raise RuntimeError(f"verifier results do not match the input: {len(ids)} results for "
                           f"{len(expected_ids)} samples")
    return [result for _, results in shard_results for result in results]


class VerifierPool:
    """M verifier actors, each asking for one `verifier` resource and `num_cpus` CPU (its scoring
    process shares that CPU share: it runs while the actor waits); M actors that the cluster could never
    hold at once are refused with what its nodes offer (actors/placement.py)."""

    def __init__(self, workers: int = 2, limits: ExecutionLimits = ExecutionLimits(), num_cpus: float = VERIFIER_CPUS,
                 shards_per_worker: int = 4, max_restarts: int = -1, max_task_retries: int = 3,
                 resource: str = "verifier", recovery_timeout_s: float = 300.0):
        if workers < 1:
            raise ValueError(f"a VerifierPool needs at least one worker, got workers={workers}")
        if shards_per_worker < 1:
            raise ValueError(f"shards_per_worker must be at least 1, got {shards_per_worker}")
        if not ray.is_initialized():
            raise RuntimeError("Ray is not initialized: call ray.init() (or connect to a cluster) "
                               "before creating a VerifierPool")
        # At once, not after the first judge call hangs: actors no node can hold wait for ever.
        check_fits(("verifier actor", {"CPU": num_cpus, resource: 1}, workers),
                   hint=f"ask for fewer workers or less num_cpus, or add nodes offering `{resource}`")
        self.shards_per_worker = shards_per_worker
        self.limits = limits
        self.recovery_timeout_s = recovery_timeout_s
        self._actor_class = ray.remote(Verifier).options(
            num_cpus=num_cpus, resources={resource: 1},
            max_restarts=max_restarts, max_task_retries=max_task_retries)
        self.actors = [self._actor_class.remote(limits) for _ in range(workers)]
        self.replaced = 0

    def heal(self) -> None:
        """Replace every actor that is gone for good (Ray restarts the others by itself)."""
        for j, actor in enumerate(self.actors):
            if _gone_for_good(actor):
                self.actors[j] = self._actor_class.remote(self.limits)
                self.replaced += 1

    def ready(self, timeout_s: float | None = None) -> list[dict[str, Any]]:
        """Block until every actor has started (e.g. before timing); returns each one's `info()`."""
        return ray.get([a.info.remote() for a in self.actors], timeout=timeout_s)

    def judge(self, samples: ray.ObjectRef | Sequence[ray.ObjectRef] | Sequence[dict]) -> ray.ObjectRef:
        """Judge samples (a ref to a list, several such refs, or a list) and return ONE ref to the
        per-sample results, in input order. Nothing is fetched into the caller."""
        if isinstance(samples, ray.ObjectRef):
            batches = [samples]
        elif samples and all(isinstance(s, ray.ObjectRef) for s in samples):
            batches = list(samples)
        else:
            batches = [ray.put(list(samples))]
        self.heal()
        num_shards = len(self.actors) * self.shards_per_worker
        ids_ref, *shard_refs = _split.options(num_returns=num_shards + 1).remote(num_shards, *batches)
        # Shard j goes to actor j % M: each actor gets every M-th contiguous shard, which spreads a
        # run of slow samples over all actors.
        result_refs = [self.actors[j % len(self.actors)].judge.remote(shard) for j, shard in enumerate(shard_refs)]
        # Lists, so that Ray hands _merge the refs themselves, not their values.
        return _merge.remote(ids_ref, list(self.actors), shard_refs, result_refs, self.recovery_timeout_s)

    def shutdown(self) -> None:
        for actor in self.actors:
            ray.kill(actor, no_restart=True)
        self.actors = []

    def __enter__(self) -> "VerifierPool":
        return self

    def __exit__(self, *exc) -> None:
        self.shutdown()
