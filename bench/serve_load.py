"""Serving under load: dynamic batching (`@serve.batch`) vs one request per engine call.

Workload: `--requests` POST /v1/sql requests (Spider dev questions of the data folder, in turn) from
`--clients` concurrent keep-alive HTTP clients on loopback, greedy decoding of `--max-new-tokens`
(the tiny random model never closes its fence, so every request decodes exactly that many tokens:
the same work per request in both variants). Two apps of one replica each are up side by side,
batched (`--max-batch-size`) and unbatched (max_batch_size=1); engine start-up is reported on its
own. They take the load in alternation, `--repeat` rounds after an untimed warm-up, and each
variant's best round is reported: alternating gives both the same background load on a shared
machine. Every request must answer 200: any error (or a round's `--deadline` running out) fails
the run with exit status 1. Goal: batched/unbatched throughput >= 2x.

    python bench/serve_load.py                          # tiny random model, vLLM backend
    python bench/serve_load.py --backend hf --requests 160
    python bench/serve_load.py --model qwen2.5-coder-0.5b-instruct --requests 64 --max-new-tokens 64
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
    ap.add_argument("--backend", choices=["vllm", "hf"], default="vllm")
    ap.add_argument("--requests", type=int, default=320, help="requests per variant (default: 320)")
    ap.add_argument("--clients", type=int, default=32, help="concurrent clients (default: 32)")
    ap.add_argument("--max-batch-size", type=int, default=16, help="batch size of the batched variant")
    ap.add_argument("--batch-wait-timeout", type=float, default=0.05, metavar="S")
    ap.add_argument("--max-new-tokens", type=int, default=32)
    ap.add_argument("--repeat", type=int, default=2, help="timed rounds per variant; the best is reported (default: 2)")
    ap.add_argument("--deadline", type=float, default=300, metavar="S", help="time limit per round (default: 300)")
    return ap.parse_args()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def workload(data: Path, n: int) -> list[dict]:
    from text2sql.spider import SpiderData

    spider = SpiderData(data)
    examples = [ex for ex in spider.split("dev") if spider.has_db(ex.db_id)]
    return [{"question": examples[i % len(examples)].question, "db_id": examples[i % len(examples)].db_id}
            for i in range(n)]


async def load(url: str, bodies: list[dict], clients: int, deadline: float) -> dict:
    """Send `bodies` from `clients` concurrent sessions; latencies of 200s, and every failure."""
    import aiohttp

    queue: asyncio.Queue[dict] = asyncio.Queue()
    for body in bodies:
        queue.put_nowait(body)
    latencies: list[float] = []
    failures: list[str] = []

    async def client(session: aiohttp.ClientSession) -> None:
        while not queue.empty():
            body = queue.get_nowait()
            start = time.perf_counter()
            try:
                async with session.post(f"{url}/v1/sql", json=body) as response:
                    text = await response.text()
                    if response.status == 200 and "sql" in json.loads(text):
                        latencies.append(time.perf_counter() - start)
                    else:
                        failures.append(f"HTTP {response.status}: {text[:200]}")
            except ValueError:
                failures.append(f"HTTP {response.status}, not JSON: {text[:200]}")
            except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
                failures.append(f"{type(exc).__name__}: {exc}")

    connector = aiohttp.TCPConnector(limit=clients)
    timeout = aiohttp.ClientTimeout(total=deadline)
    start = time.perf_counter()
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        tasks = [asyncio.create_task(client(session)) for _ in range(clients)]
        done, pending = await asyncio.wait(tasks, timeout=deadline)
        for task in pending:
            task.cancel()
    seconds = time.perf_counter() - start
    unanswered = len(bodies) - len(latencies) - len(failures)
    if unanswered:
        failures.append(f"{unanswered} requests unanswered when the {deadline:g} s deadline ran out")
    return {"seconds": seconds, "latencies": sorted(latencies), "failures": failures}


def percentile(sorted_values: list[float], q: float) -> float:
    if not sorted_values:
        return float("nan")
    return sorted_values[min(len(sorted_values) - 1, round(q * (len(sorted_values) - 1)))]


def deploy(name: str, settings) -> float:
    from ray import serve

    from serving.app import build_app

    start = time.perf_counter()
    serve.run(build_app(settings), name=name, route_prefix=f"/{name}")
    return time.perf_counter() - start


def summary(rounds: list[dict], warm_up_failures: list[str]) -> dict:
    """The best round (highest throughput) of a variant, with every failure of the variant."""
    for r in rounds:
        r["rps"] = len(r["latencies"]) / r["seconds"]
    best = dict(max(rounds, key=lambda r: r["rps"]))
    best["failures"] = warm_up_failures + [f for r in rounds for f in r["failures"]]
    best["p50_ms"], best["p99_ms"] = (1000 * percentile(best["latencies"], q) for q in (0.50, 0.99))
    return best


def report(label: str, best: dict, startup: float) -> None:
    print(f"{label:<16} {len(best['latencies']):>5} ok {len(best['failures']):>4} errors  "
          f"latency p50 {best['p50_ms']:8.0f} ms  p99 {best['p99_ms']:8.0f} ms  "
          f"throughput/requests_per_s={best['rps']:.2f}  (timing/start {startup:.0f} s)", flush=True)
    for failure in best["failures"][:5]:
        print(f"  error: {failure}")


def main() -> int:
    args = parse_args()
    from cluster.cli import set_runtime_defaults

    set_runtime_defaults()
    os.environ.setdefault("VLLM_CPU_KVCACHE_SPACE", "1")
    import ray
    from ray import serve

    from cluster.model_fetch import resolve_model
    from cluster.runtime import init_ray
    from serving.app import ServeSettings

    with tempfile.TemporaryDirectory(prefix="serve-load-") as tmp:
        if args.model == "tiny":
            from actors.tiny_model import build_tiny_model

            model = str(build_tiny_model(Path(tmp) / "tiny"))
        else:
            model = resolve_model(args.model)
        # float32: vLLM-cpu and transformers both run it, and the tiny model is tiny anyway.
        dtype = "fp32" if args.model == "tiny" else "auto"
        settings = ServeSettings(model=model, data=str(args.data), backend=args.backend, dtype=dtype,
                                 max_new_tokens=args.max_new_tokens, max_batch_size=args.max_batch_size,
                                 batch_wait_timeout_s=args.batch_wait_timeout,
                                 max_ongoing_requests=max(64, 2 * args.clients))
        bodies = workload(args.data, args.requests)
        port = free_port()
        init_ray()
        serve.start(http_options={"host": "127.0.0.1", "port": port})
        url = f"http://127.0.0.1:{port}"
        print(f"serve_load: {args.model} on {args.backend}, {args.requests} requests x {args.max_new_tokens} "
              f"new tokens, {args.clients} clients, {os.cpu_count()} cores, load average "
              f"{os.getloadavg()[0]:.1f}", flush=True)
        variants = {"batched": settings, "unbatched": dataclasses.replace(settings, max_batch_size=1)}
        try:
            startup = {name: deploy(name, variant) for name, variant in variants.items()}
            rounds: dict[str, list[dict]] = {name: [] for name in variants}
            warm = {name: asyncio.run(load(f"{url}/{name}", bodies[:args.clients], args.clients, args.deadline))
                    for name in variants}  # untimed, but its errors count
            for _ in range(max(1, args.repeat)):
                for name in variants:
                    rounds[name].append(asyncio.run(load(f"{url}/{name}", bodies, args.clients, args.deadline)))
        finally:
            serve.shutdown()
            ray.shutdown()
    batched, single = (summary(rounds[name], warm[name]["failures"]) for name in ("batched", "unbatched"))
    report(f"batched ({args.max_batch_size})", batched, startup["batched"])
    report("unbatched (1)", single, startup["unbatched"])
    ratio = batched["rps"] / single["rps"] if single["rps"] else float("inf")
    errors = len(batched["failures"]) + len(single["failures"])
    print(f"RESULT serve_load: batched {batched['rps']:.2f} req/s vs unbatched {single['rps']:.2f} req/s = "
          f"{ratio:.2f}x (goal >= 2x); errors {errors} (required: 0); load average now {os.getloadavg()[0]:.1f}")
    return 0 if errors == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
