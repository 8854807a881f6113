"""The OpenAI-compatible face of the Serve app: `GET /v1/models` and `POST /v1/chat/completions`
(routes in serving/app.py), so the `openai` client, LangChain and tools built on that API work as is.

A chat request is turned into the `SqlRequest` of POST /v1/sql and answered by the same prompt and
greedy decoding:
- the question is the text of the *last* user message (earlier turns are not read);
- the database is the top-level `db_id` (the `openai` client sends it with `extra_body={"db_id": ...}`),
  or a schema: the top-level `schema` field (CREATE TABLE text), or else the system (or developer)
  messages when they hold CREATE TABLE statements;
- `model` must be the id `GET /v1/models` lists (else 404, code `model_not_found`);
- the answer's assistant message is the SQL alone; `stream: true` sends it as server-sent events in
  OpenAI's chunk format (a role chunk, the SQL, a finish chunk, the usage chunk when
  `stream_options.include_usage` asks for it, then `data: [DONE]`). The SQL is extracted from the
  whole completion, so it arrives as one content chunk once decoding is done.

OpenAI's sampling fields (`temperature`, `max_tokens`, `stop`, `tools`, ...: `IGNORED_FIELDS`) are
accepted and ignored: decoding is greedy, one choice (`n` other than 1 is refused). Any other unknown
field is refused by name, as OpenAI does. Errors on these routes have OpenAI's shape,
`{"error": {"message", "type", "param", "code"}}` (serving/middleware.py).

>>> body = {"model": "m", "messages": [{"role": "system", "content": "You write SQL."},
...                                    {"role": "user", "content": "How many singers?"}],
...         "db_id": "concert_singer", "temperature": 0.2}
>>> ChatRequest.model_validate(body).sql_request()
SqlRequest(question='How many singers?', db_id='concert_singer', schema_=None, execute=False)
>>> try:
...     ChatRequest.model_validate(body | {"db_id": None}).sql_request()
... except ApiError as exc:
...     print(exc.status_code, exc.code, exc.param)
400 missing_required_parameter db_id
"""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import Iterator
from typing import Any, Literal

from fastapi import HTTPException
from pydantic import BaseModel, ConfigDict, Field, JsonValue, ValidationError, model_validator

from serving.schemas import SqlRequest, error_text

OPENAI_ROUTES = ("/v1/models", "/v1/chat/completions")
# Accepted so that clients which always send them work; greedy decoding makes them moot.
IGNORED_FIELDS = frozenset({
    "audio", "frequency_penalty", "function_call", "functions", "logit_bias", "logprobs", "max_completion_tokens",
    "max_tokens", "metadata", "modalities", "parallel_tool_calls", "prediction", "presence_penalty",
    "prompt_cache_key", "reasoning_effort", "response_format", "safety_identifier", "seed", "service_tier", "stop",
    "store", "temperature", "tool_choice", "tools", "top_logprobs", "top_p", "user", "verbosity",
    "web_search_options",
})
_CREATE_TABLE = re.compile(r"\bcreate\s+table\b", re.IGNORECASE)


def is_openai_route(path: str) -> bool:
    return any(path == route or path.startswith(route + "/") for route in OPENAI_ROUTES)


class ApiError(HTTPException):
    """An HTTP error with OpenAI's `code` and `param` (the /v1/sql shape shows only the message)."""

    def __init__(self, status: int, message: str, code: str | None = None, param: str | None = None):
        super().__init__(status, message)
        self.code, self.param = code, param


class ContentPart(BaseModel):
    model_config = ConfigDict(extra="ignore")

    type: str
    text: str | None = None


class ChatMessage(BaseModel):
    # Messages from frameworks carry more (name, tool_calls, refusal...), none of which a question needs.
    model_config = ConfigDict(extra="ignore", strict=True)

    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[ContentPart] | None = None

    def text(self) -> str:
        if self.content is None or isinstance(self.content, str):
            return self.content or ""
        kinds = sorted({part.type for part in self.content if part.type != "text"})
        if kinds:
            raise ApiError(400, f"a {self.role} message holds {', '.join(kinds)} content; only text is read",
                           code="invalid_value", param="messages")
        return "".join(part.text or "" for part in self.content)


class StreamOptions(BaseModel):
    model_config = ConfigDict(extra="ignore", strict=True)

    include_usage: bool = False


class ChatRequest(BaseModel):
    """The body of POST /v1/chat/completions (see the module docstring)."""

    model_config = ConfigDict(extra="allow", strict=True, frozen=True)

    model: str = Field(description="The id GET /v1/models lists.")
    messages: list[ChatMessage] = Field(min_length=1, max_length=64,
                                        description="The question is the last user message.")
    db_id: str | None = Field(default=None, description="A database listed by GET /v1/databases.")
    schema_: str | None = Field(default=None, alias="schema", description="CREATE TABLE statements.")
    stream: bool = False
    stream_options: StreamOptions | None = None
    n: int | None = None

    @model_validator(mode="after")
    def _known_fields(self) -> "ChatRequest":
        unknown = sorted(set(self.model_extra or {}) - IGNORED_FIELDS)
        if unknown:
            raise ValueError(f"unknown field {unknown[0]!r} (this server reads model, messages, db_id or schema, "
                             "stream, stream_options; OpenAI's sampling fields are accepted and ignored)")
        if self.n not in (None, 1):
            raise ValueError("n: this server answers one choice (greedy decoding); send n=1 or leave it out")
        return self

    def sql_request(self) -> SqlRequest:
        """The POST /v1/sql request this chat asks; `ApiError` (400) when it names no question or database."""
        users = [m for m in self.messages if m.role == "user"]
        if not users:
            raise ApiError(400, "messages hold no user message: the question is the last user message",
                           code="missing_required_parameter", param="messages")
        body: dict[str, Any] = {"question": users[-1].text()}
        if self.db_id is not None:
            body["db_id"] = self.db_id
        if self.schema_ is not None:
            body["schema"] = self.schema_
        if self.db_id is None and self.schema_ is None:
            system = "\n\n".join(m.text() for m in self.messages if m.role in ("system", "developer"))
            if not _CREATE_TABLE.search(system):
                raise ApiError(400, "no database given: send db_id (with the openai client: extra_body={'db_id': "
                                    "...}; GET /v1/databases lists them), or schema (CREATE TABLE statements), or "
                                    "a system message holding the CREATE TABLE statements",
                               code="missing_required_parameter", param="db_id")
            body["schema"] = system
        try:
            return SqlRequest.model_validate(body)
        except ValidationError as exc:
            param = next((str(loc[0]) for loc in (e.get("loc") for e in exc.errors()) if loc), None)
            raise ApiError(400, error_text(exc.errors()), code="invalid_value",
                           param="messages" if param == "question" else param) from None


def model_card(model_id: str) -> dict:
    return {"id": model_id, "object": "model", "created": 0, "owned_by": "spft-sql"}


def models_list(model_id: str) -> dict:
    return {"object": "list", "data": [model_card(model_id)]}


def usage(prompt_tokens: int, completion_tokens: int) -> dict:
    return {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens}


def completion(model_id: str, sql: str, finish_reason: str, token_usage: dict) -> dict:
    """A `chat.completion` object whose one assistant message is `sql`."""
    return {"id": f"chatcmpl-{uuid.uuid4().hex}", "object": "chat.completion", "created": int(time.time()),
            "model": model_id, "system_fingerprint": None,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": sql, "refusal": None},
                         "logprobs": None, "finish_reason": finish_reason}],
            "usage": token_usage}


def stream_events(model_id: str, sql: str, finish_reason: str, token_usage: dict | None) -> Iterator[bytes]:
    """The server-sent events of a streamed answer: `chat.completion.chunk`s, then `data: [DONE]`.

    >>> events = [e.decode() for e in stream_events("m", "SELECT 1", "stop", None)]
    >>> [json.loads(e[6:])["choices"][0]["delta"] for e in events[:-1]], events[-1]
    ([{'role': 'assistant', 'content': ''}, {'content': 'SELECT 1'}, {}], 'data: [DONE]\\n\\n')
    """
    head = {"id": f"chatcmpl-{uuid.uuid4().hex}", "object": "chat.completion.chunk", "created": int(time.time()),
            "model": model_id, "system_fingerprint": None}
    deltas = [({"role": "assistant", "content": ""}, None), ({"content": sql}, None), ({}, finish_reason)]
    for delta, finish in deltas:
        chunk = head | {"choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}]}
        if token_usage is not None:
            chunk["usage"] = None  # OpenAI's convention: every chunk but the last carries a null usage
        yield _event(chunk)
    if token_usage is not None:
        yield _event(head | {"choices": [], "usage": token_usage})
    yield b"data: [DONE]\n\n"


def _event(data: JsonValue) -> bytes:
    return b"data: " + json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n\n"


# Error bodies in OpenAI's shape; codes for errors that do not name their own.
_DEFAULT_CODES = {400: "invalid_request", 401: "invalid_api_key", 404: "not_found", 405: "method_not_allowed",
                  413: "request_too_large", 415: "unsupported_media_type", 422: "invalid_request",
                  500: "internal_error", 503: "service_unavailable"}


def error_body(status: int, message: str, code: str | None = None, param: str | None = None) -> dict:
    """OpenAI's error object.

    >>> error_body(404, "no such model", code="model_not_found", param="model")
    {'error': {'message': 'no such model', 'type': 'invalid_request_error', 'param': 'model', 'code': 'model_not_found'}}
    """
    kind = "server_error" if status >= 500 else "invalid_request_error"
    return {"error": {"message": message, "type": kind, "param": param, "code": code or _DEFAULT_CODES.get(status)}}
