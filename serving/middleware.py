"""HTTP plumbing of the Serve app (serving/app.py): the guards in front of every route, the access log,
and the `{"error": ...}` shape of every refusal.

Order, outermost first: AccessLog (sees every answer, refusals included), ApiKeyGuard (401 before a
body is read), BodyGuard (413/415/400 before the app parses anything), then FastAPI's own handlers,
which turn validation and HTTP errors into `{"error": ...}` (see `install`).

On the OpenAI-compatible routes (GET /v1/models, POST /v1/chat/completions) every refusal, the guards'
included, has OpenAI's shape instead, `{"error": {"message", "type", "param", "code"}}`
(serving/openai_api.py), and a body that breaks the schema is a 400 there, as OpenAI answers.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import sys
import time
import uuid

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException as StarletteHTTPException

from serving.openai_api import error_body, is_openai_route
from serving.schemas import MAX_BODY_BYTES, BodyError, error_text, parse_body

ACCESS_LOG = logging.getLogger("spft_sql.access")
API_KEY_ENV = "SPFT_SQL_API_KEY"
log = logging.getLogger(__name__)


def route_path(scope) -> str:
    """The request's path inside the app (without the route prefix it is mounted under)."""
    path, prefix = scope["path"], scope.get("root_path", "")
    if prefix and path.startswith(prefix):
        path = path[len(prefix):] or "/"
    return path


def _error(status: int, message: str, headers: dict | None = None, scope=None, code: str | None = None,
           param: str | None = None) -> JSONResponse:
    """The refusal in the shape of the route `scope` asks for: OpenAI's, or `{"error": message}`."""
    if scope is not None and is_openai_route(route_path(scope)):
        return JSONResponse(error_body(status, message, code, param), status_code=status, headers=headers)
    return JSONResponse({"error": message}, status_code=status, headers=headers)


def _is_json(content_type: str | None) -> bool:
    media = (content_type or "").split(";", 1)[0].strip().lower()
    return media == "application/json" or (media.startswith("application/") and media.endswith("+json"))


class BodyGuard:
    """Refuses bodies before the app sees them: over `max_bytes` (413), not JSON (415), or not strict
    JSON of a sane shape (400, serving/schemas.py `parse_body`).

    The size is judged twice: by Content-Length up front, and by the bytes actually received, since a
    chunked upload has no length and a client may lie. The accepted body is replayed to the app, whose
    own parse then only ever sees strict JSON of at most a few dozen keys (an empty body is left to it:
    it answers that a JSON object is missing).
    """

    def __init__(self, app, max_bytes: int = MAX_BODY_BYTES):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT", "PATCH"):
            return await self.app(scope, receive, send)
        headers = Headers(scope=scope)
        too_large = _error(413, f"request body too large: at most {self.max_bytes} bytes are accepted",
                           headers={"Connection": "close"}, scope=scope)
        declared = headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            return await too_large(scope, receive, send)
        if not _is_json(headers.get("content-type")):
            got = headers.get("content-type") or "none"
            return await _error(415, f"send the body as JSON with Content-Type: application/json (got {got})",
                                scope=scope)(scope, receive, send)
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > self.max_bytes:
                return await too_large(scope, receive, send)
            if not message.get("more_body"):
                break
        body, replayed = b"".join(chunks), False
        if body:
            try:
                parse_body(body)
            except BodyError as exc:
                return await _error(400, str(exc), scope=scope)(scope, receive, send)

        async def replay():
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)


def key_digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


class ApiKeyGuard:
    """401 `{"error": ...}` for a request without `Authorization: Bearer <key>` of the replica's key,
    before its body is read; GET /healthz and GET / (the page, which holds no data) stay open.

    `digest` is the key's SHA-256, compared in constant time (hmac.compare_digest); None lets every
    request through. It is set per process by the replica (Serve runs each replica in its own
    process, and serves a copy of `api`, so the key cannot live on the app object).
    """

    digest: str | None = None
    OPEN = frozenset({("GET", "/healthz"), ("GET", "/")})

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        digest = type(self).digest
        if scope["type"] != "http" or digest is None:
            return await self.app(scope, receive, send)
        if (scope["method"], route_path(scope)) in self.OPEN:
            return await self.app(scope, receive, send)
        scheme, _, presented = (Headers(scope=scope).get("authorization") or "").partition(" ")
        if scheme.lower() != "bearer" or not presented.strip():
            message = f"this server needs an API key: send the header Authorization: Bearer <key> (its {API_KEY_ENV})"
        elif not hmac.compare_digest(key_digest(presented.strip()), digest):
            message = "wrong API key (Authorization: Bearer <key>)"
        else:
            return await self.app(scope, receive, send)
        return await _error(401, message, headers={"WWW-Authenticate": "Bearer"}, scope=scope,
                            code="invalid_api_key")(scope, receive, send)


class AccessLog:
    """One JSON line per HTTP request: method, path, status, latency_ms, request_id.

    The request id is the one Serve's proxy puts in `x-request-id` (it also returns it to the
    client in the X-Request-ID header), so a client-reported id finds its log line.
    """

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        start, status = time.perf_counter(), 500  # stays 500 if the app raises before answering

        async def send_and_record(message):
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_and_record)
        finally:
            ACCESS_LOG.info(json.dumps({
                "method": scope["method"], "path": scope["path"], "status": status,
                "latency_ms": round((time.perf_counter() - start) * 1000, 2),
                "request_id": Headers(scope=scope).get("x-request-id") or uuid.uuid4().hex,
            }))


def configure_access_log() -> None:
    """Access lines go to stderr as bare JSON, not through whatever format the root logger has."""
    if not ACCESS_LOG.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(message)s"))
        ACCESS_LOG.addHandler(handler)
        ACCESS_LOG.setLevel(logging.INFO)
        ACCESS_LOG.propagate = False


async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
    errors = exc.errors()
    malformed = any(e.get("type") == "json_invalid" for e in errors)
    if is_openai_route(route_path(request.scope)):
        loc = [str(p) for p in (errors[0].get("loc", ()) if errors else ()) if p != "body"]
        return _error(400, error_text(errors), scope=request.scope, code="invalid_value",
                      param=("schema" if loc[0] == "schema_" else loc[0]) if loc else None)
    return _error(400 if malformed else 422, error_text(errors))


async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
    message = str(exc.detail)
    if exc.status_code == 404 and message == "Not Found":
        message = (f"no route {request.method} {request.url.path}; the API is POST /v1/sql, GET /v1/databases, "
                   "GET /v1/models, POST /v1/chat/completions, GET /healthz, GET /")
    elif exc.status_code == 405:
        message = f"{request.method} is not allowed on {request.url.path}"
    elif exc.status_code == 400 and message == "There was an error parsing the body":
        # FastAPI's wording for bodies json.loads rejects beyond syntax: bad UTF-8, 5,000-digit numbers.
        message = "the body could not be parsed as JSON (it must be UTF-8, with numbers of sane size)"
    return _error(exc.status_code, message, headers=getattr(exc, "headers", None), scope=request.scope,
                  code=getattr(exc, "code", None), param=getattr(exc, "param", None))


async def _internal_error(request: Request, exc: Exception) -> JSONResponse:
    log.exception("internal error on %s %s", request.method, request.url.path)
    request_id = request.headers.get("x-request-id", "")
    return _error(500, f"internal error ({type(exc).__name__}); request id {request_id}", scope=request.scope)


def install(api: FastAPI) -> None:
    """The guards and error handlers on `api`, in the order of the module docstring."""
    api.add_middleware(BodyGuard)
    api.add_middleware(ApiKeyGuard)
    api.add_middleware(AccessLog)  # added last, so outermost
    api.add_exception_handler(RequestValidationError, _validation_error)
    api.add_exception_handler(StarletteHTTPException, _http_error)
    api.add_exception_handler(Exception, _internal_error)
