"""On CPU a vLLM backend runs vLLM's engine core in its own process and spawns only the worker
(actors.backends._engine_core_here): one fresh interpreter per engine start instead of two, the same
greedy answers, and this process's environment left as it was; its steps (so the warm-up forward
vLLM runs at every start) take CPU_STEP_TOKENS tokens; and the worker runs on tcmalloc where the system
has it (actors.backends._worker_allocator)."""

from __future__ import annotations

import os

import psutil
import pytest
from tiny_model import tiny_model  # noqa: F401

from actors import allocator
from actors.allocator import allocator_env
from actors.backends import (CPU_STEP_TOKENS, BackendConfig, SamplingParams, VllmBackend, _engine_core_here,
                             _vllm_engine_kwargs, _worker_allocator)
from text2sql.errors import UserError

FLAG = "VLLM_ENABLE_V1_MULTIPROCESSING"


def test_the_core_runs_here_only_while_the_engine_is_built_and_the_worker_keeps_its_process(monkeypatch):
    import vllm.envs

    monkeypatch.setenv(FLAG, "1")
    kwargs: dict = {}
    with _engine_core_here(kwargs, wanted=True):
        assert os.environ[FLAG] == "0" and kwargs["distributed_executor_backend"] == "mp"
        vllm.envs.enable_envs_cache()  # what an engine core does once it has started
    assert os.environ[FLAG] == "1"
    monkeypatch.setenv("VLLM_CACHE_ROOT", "/tmp/elsewhere")
    assert vllm.envs.VLLM_CACHE_ROOT == "/tmp/elsewhere"  # later settings still count


@pytest.mark.parametrize("kwargs, wanted", [({}, False), ({"distributed_executor_backend": "uni"}, True)])
def test_an_engine_that_asks_for_its_own_processes_keeps_them(monkeypatch, kwargs, wanted):
    monkeypatch.delenv(FLAG, raising=False)
    before = dict(kwargs)
    with _engine_core_here(kwargs, wanted=wanted):
        assert FLAG not in os.environ
    assert kwargs == before and FLAG not in os.environ


def test_the_worker_is_spawned_on_tcmalloc_and_this_process_keeps_its_environment(tmp_path, monkeypatch):
    tc = tmp_path / "libtcmalloc_minimal.so.4"
    tc.touch()
    monkeypatch.setattr(allocator, "ALLOCATORS", (("tcmalloc", (str(tc),), {"T": "1"}),))
    monkeypatch.delenv("LD_PRELOAD", raising=False)
    monkeypatch.delenv("T", raising=False)
    monkeypatch.delenv(allocator.ALLOCATOR_ENV, raising=False)
    with _worker_allocator():
        assert (os.environ["LD_PRELOAD"], os.environ["T"]) == (str(tc), "1")
    assert "LD_PRELOAD" not in os.environ and "T" not in os.environ
    monkeypatch.setenv("LD_PRELOAD", "/opt/libother.so")  # another preload stays, after tcmalloc
    with _worker_allocator():
        assert os.environ["LD_PRELOAD"] == f"{tc}:/opt/libother.so"
    assert os.environ["LD_PRELOAD"] == "/opt/libother.so"
    monkeypatch.setenv(allocator.ALLOCATOR_ENV, "glibc")  # the user's override: preload nothing
    with _worker_allocator():
        assert os.environ["LD_PRELOAD"] == "/opt/libother.so" and "T" not in os.environ
    monkeypatch.setenv(allocator.ALLOCATOR_ENV, "tcmallocc")
    with pytest.raises(UserError, match="tcmalloc, glibc"):
        allocator_env()


def test_a_cpu_engine_steps_a_small_token_budget_unless_told_otherwise(tiny_model):  # noqa: F811
    def step(**extra):
        kwargs = _vllm_engine_kwargs(BackendConfig(model=str(tiny_model), extra=extra), str(tiny_model))
        return kwargs.get("max_num_batched_tokens")

    assert step() == CPU_STEP_TOKENS == 1024  # the warm-up forward vLLM runs at each start is one step
    assert step(max_num_batched_tokens=4096) == 4096
    assert step(enable_chunked_prefill=False) is None  # then a step must hold a whole prompt: vLLM's call


@pytest.mark.slow
def test_a_start_spawns_one_process_and_answers_as_the_two_process_engine(tiny_model):  # noqa: F811
    prompts = [f"select name from table{i} where" for i in range(4)]
    greedy = SamplingParams(temperature=0.0, max_tokens=12)
    me = psutil.Process()

    def interpreters() -> set[int]:
        """This process's child processes but multiprocessing's resource tracker (started at the first spawn)."""
        return {p.pid for p in me.children(recursive=True) if "resource_tracker" not in " ".join(p.cmdline())}

    def start(here: bool) -> tuple[list, set[int], dict[int, str]]:
        already = interpreters()  # a Ray session of other tests, say
        backend = VllmBackend(BackendConfig(model=str(tiny_model), engine_core_here=here))
        try:
            spawned = interpreters() - already
            return [group[0].token_ids for group in backend.complete(prompts, greedy)], spawned, {
                pid: open(f"/proc/{pid}/maps").read() for pid in spawned}
        finally:
            backend.close()

    preload = os.environ.get("LD_PRELOAD")
    ids_here, spawned_here, maps = start(True)
    ids_two, spawned_two, _ = start(False)
    assert (len(spawned_here), len(spawned_two)) == (1, 2)
    assert ids_here == ids_two
    assert os.environ.get("LD_PRELOAD") == preload
    tcmalloc = allocator_env(only="tcmalloc").get("LD_PRELOAD")
    if tcmalloc:  # scripts/setup.sh installs it
        assert all(os.path.basename(tcmalloc) in worker for worker in maps.values())
