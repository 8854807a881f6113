"""`spft-sql mcp`: the trained parser and a safe SQL executor as an MCP server, until the client leaves.

Tools (serving/tools.py, served by serving/mcp_server.py): `list_databases`, `describe_table(db_id,
table)`, `generate_sql(question, db_id)` (the model, greedy, prompted as POST /v1/sql prompts) and
`execute_sql(sql, db_id)` (read-only, with the verifier's time, row and memory limits; a refused query
is a tool error whose text is the reason). The databases are those of `--data` (Spider format,
`database/<db_id>/<db_id>.sqlite`).

Choices: stdio by default (the client starts this command); `--http` serves streamable HTTP on
127.0.0.1 only (`--port`, path /mcp): the server has no authentication, so it never listens beyond
the loopback. The model runs in this process, on the transformers backend by default (one question
at a time; `--backend vllm` for vLLM); it loads in the background once a client connects. Progress
and the closing summary go to stderr: over stdio, stdout is the protocol's.

    spft-sql mcp --model qwen2.5-coder-0.5b-instruct --data data/spider-mini
    spft-sql mcp --model runs/demo/final --data data/spider-mini --http --port 8765
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import time

from text2sql.errors import UserError


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--model", required=True,
                        help="model folder, known model name, Hub id, or a LoRA adapter folder (its base is read "
                             "from adapter_config.json)")
    parser.add_argument("--data", required=True, help="Spider-format folder whose database/ holds the databases")
    parser.add_argument("--adapter", help="LoRA adapter folder to apply on top of --model")
    parser.add_argument("--backend", choices=["hf", "vllm"], default="hf",
                        help="inference engine, in this process (default: hf, transformers)")
    parser.add_argument("--dtype", choices=["auto", "bf16", "fp16", "fp32"], default="auto",
                        help="weights dtype (default: auto, the checkpoint's own)")
    from serving.settings import TOOL_FLAGS, ToolSettings, add_field_flags

    add_field_flags(parser, ToolSettings, TOOL_FLAGS)
    parser.add_argument("--sample-values", type=int, default=None, metavar="N",
                        help="sample values per column in the schema text (default: what the checkpoint was "
                             "trained with, from its config.yaml, else the package default)")
    parser.add_argument("--http", action="store_true", help="serve streamable HTTP on 127.0.0.1 instead of stdio")
    parser.add_argument("--port", type=int, default=8765, help="--http port (default: 8765)")


def _log(line: str) -> None:
    print(f"[mcp] {line}", file=sys.stderr, flush=True)


def settings_from_args(args: argparse.Namespace):
    import dataclasses

    from cluster.serve import served_model
    from serving.settings import TOOL_FLAGS, ToolSettings, settings_from_flags

    if args.http and not 1 <= args.port <= 65535:
        raise UserError(f"--port {args.port} is not a TCP port (1-65535)")
    settings = settings_from_flags(ToolSettings, args, TOOL_FLAGS)  # the numbers first: before any model fetch
    data, model, adapter, sample_values, value_chars = served_model(args)
    return dataclasses.replace(settings, model=model, data=str(data.root.resolve()), adapter=adapter,
                               sample_values=sample_values, value_chars=value_chars)


def run(args: argparse.Namespace) -> int:
    try:
        import mcp  # noqa: F401
    except ImportError:
        raise UserError("spft-sql mcp needs the MCP SDK: pip install 'spft-sql[mcp]'") from None
    settings = settings_from_args(args)
    if settings.backend == "vllm":
        from actors.generator_pool import vllm_cpu_env

        for key, value in vllm_cpu_env(2).items():
            os.environ.setdefault(key, value)

    from serving.mcp_server import build_server
    from serving.tools import SqlTools

    start = time.perf_counter()
    tools = SqlTools(settings)
    server = build_server(tools)
    where = f"streamable HTTP at http://127.0.0.1:{args.port}/mcp" if args.http else "stdio"
    adapter = f" + adapter {settings.adapter}" if settings.adapter else ""
    _log(f"{len(tools.registered)} databases, model {settings.model}{adapter} on {settings.backend}, over {where}")
    # SIGTERM (a client or supervisor stopping us) ends like Ctrl-C: engine and SQL workers closed.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        if args.http:
            server.run("streamable-http", host="127.0.0.1", port=args.port)
        else:
            server.run()
    except KeyboardInterrupt:
        pass
    finally:
        tools.close()
    print(f"spft-sql mcp: served {len(tools.registered)} databases over {'HTTP' if args.http else 'stdio'} for "
          f"{time.perf_counter() - start:.0f} s", file=sys.stderr, flush=True)
    return 0
