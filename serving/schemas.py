"""Request and response bodies of the HTTP API (see `serving/app.py` for the routes).

Bodies are read in two steps, both before any model or database is touched, so a bad request costs
about as much as any other 4xx and never reaches the generator:
1. `parse_body` reads the raw bytes as strict JSON: UTF-8 only (no byte-order mark, no UTF-16/32),
   no duplicate key at any level, no NaN/Infinity, and a cheap structural scan that stops at the
   first key past `MAX_JSON_KEYS`, the first level past `MAX_JSON_DEPTH` or the first value past
   `MAX_JSON_VALUES`, so a 1 MB body of 118,000 unknown keys is refused after reading ~65 of them.
2. `SqlRequest` validates the result: no type coercion (`"execute": "yes"` and `"question": 5` are
   refused), no unknown fields, a question with at least one visible character.

Answers with rows are encoded by `encode_rows_response`, which counts the cap in bytes of the JSON
as sent (a 4-byte character costs 4 bytes, a control character the 6 of its escape).

>>> SqlRequest.model_validate({"question": "How many singers?", "db_id": "concert_singer"}).execute
False
>>> from pydantic import ValidationError
>>> try:
...     SqlRequest.model_validate({"question": "Hi", "schema": "CREATE TABLE t (a INT);", "execute": True})
... except ValidationError as exc:
...     print(error_text(exc.errors()))
execute needs db_id: SQL runs only against registered databases
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

MAX_QUESTION_CHARS = 2_000
MAX_SCHEMA_BYTES = 100 * 1024
MAX_BODY_BYTES = 1024 * 1024
MAX_DB_ID_CHARS = 128
# Spider's ids are letters, digits and underscores; no dot, slash or backslash can reach a path.
_DB_ID = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]*")
MAX_BLOB_HEX_BYTES = 64
# Structure a body may have. A valid SqlRequest is one object of at most 4 keys; the limits leave room
# for a useful "unknown field" answer while keeping what reaches pydantic small.
MAX_JSON_KEYS = 64
MAX_JSON_DEPTH = 16
MAX_JSON_VALUES = 1_000  # strings, arrays, objects and comma-separated items, counted together
# The encoded JSON of an answer with rows (and, through ExecutionLimits, what execution may fetch).
MAX_RESPONSE_BYTES = 16 * 2**20
# Characters that show nothing on their own: controls, format characters (zero-width space/joiners,
# word joiner, BOM, bidi marks), separators, surrogates, and the fillers that are letters by category.
_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zs", "Zl", "Zp"})
_INVISIBLE_CHARS = frozenset("\u115f\u1160\u3164\uffa0\u2800")


class BodyError(ValueError):
    """A body that is not strict JSON of a sane shape (answered 400)."""


# One token of a JSON text, for the structural scan: a string (a key when ':' follows), a bracket, a
# comma, or a quote that opens no complete string. Possessive quantifiers: one pass per string, no
# backtracking.
_TOKEN = re.compile(rb'(?P<str>"[^"\\]*+(?:\\.[^"\\]*+)*+"(?P<colon>\s*+:)?)|(?P<open>[\[{])|(?P<close>[\]}])'
                    rb'|(?P<comma>,)|(?P<bad>")', re.S)


def _check_shape(raw: bytes) -> None:
    """Refuses too many keys, values or levels, stopping at the first one past a limit: the cost is
    that of the first ~1,000 tokens, never of the whole body. Malformed text ends the scan early and
    is left to the parser, which says where it is wrong."""
    depth = keys = values = 0
    for token in _TOKEN.finditer(raw):
        kind = token.lastgroup
        if kind == "str" and token.start("colon") >= 0:
            keys += 1
            if keys > MAX_JSON_KEYS:
                raise BodyError(f"the body has more than {MAX_JSON_KEYS} keys; POST /v1/sql takes at most 4 "
                                "(question, db_id or schema, execute)")
            continue
        if kind == "close":
            depth -= 1
            if depth < 0:
                return
            continue
        if kind == "bad":
            return
        if kind == "open":
            depth += 1
            if depth > MAX_JSON_DEPTH:
                raise BodyError(f"the body nests deeper than {MAX_JSON_DEPTH} levels; send one flat JSON object")
        values += 1
        if values > MAX_JSON_VALUES:
            raise BodyError(f"the body holds more than {MAX_JSON_VALUES} JSON values; send one flat JSON object")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict:
    result = dict(pairs)
    if len(result) < len(pairs):
        seen = set()
        for key, _ in pairs:
            if key in seen:
                shown = key if len(key) <= 60 else key[:57] + "..."
                raise BodyError(f"duplicate key {shown!r} in the body: each key may appear once")
            seen.add(key)
    return result


def _no_constant(name: str) -> Any:
    raise BodyError(f"{name} is not JSON (JSON numbers are finite); send a number or a string")


def parse_body(raw: bytes) -> Any:
    """The JSON value of a request body, read strictly; `BodyError` says what is wrong.

    >>> parse_body(b'{"question": "How many?", "db_id": "concert_singer"}')
    {'question': 'How many?', 'db_id': 'concert_singer'}
    >>> for body in [b'{"db_id": "../../etc/passwd", "db_id": "concert_singer"}', b'{"execute": NaN}',
    ...              '{"question": "q"}'.encode("utf-16"), b'\\xef\\xbb\\xbf{}']:
    ...     try:
    ...         parse_body(body)
    ...     except BodyError as exc:
    ...         print(exc)
    duplicate key 'db_id' in the body: each key may appear once
    NaN is not JSON (JSON numbers are finite); send a number or a string
    the body is encoded as utf-16; send UTF-8 (without a byte-order mark)
    the body is encoded as utf-8-sig; send UTF-8 (without a byte-order mark)
    """
    encoding = json.detect_encoding(raw)
    if encoding != "utf-8":
        raise BodyError(f"the body is encoded as {encoding}; send UTF-8 (without a byte-order mark)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BodyError(f"the body is not valid UTF-8 (byte {exc.start}: {exc.reason})") from None
    _check_shape(raw)
    try:
        return json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise BodyError(f"malformed JSON at character {exc.pos}: {exc.msg}") from None
    except RecursionError:
        raise BodyError(f"the body nests deeper than {MAX_JSON_DEPTH} levels; send one flat JSON object") from None
    except BodyError:
        raise
    except ValueError as exc:  # a number of thousands of digits
        raise BodyError(f"the body could not be parsed as JSON ({exc})") from None


def _visible(text: str, what: str) -> str:
    if all(char.isspace() or char in _INVISIBLE_CHARS or unicodedata.category(char) in _INVISIBLE_CATEGORIES
           for char in text):
        raise ValueError(f"{what} is blank: it has no visible character (only spaces, zero-width or control "
                         "characters)")
    return text


def _well_formed(text: str, what: str) -> str:
    # Lone surrogates (JSON "\ud800") are valid JSON but not text: they cannot be UTF-8 encoded,
    # so the tokenizer and SQLite would fail on them later, far from the cause.
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError(f"{what} holds invalid Unicode (a lone surrogate)") from None
    if "\x00" in text:
        raise ValueError(f"{what} holds a NUL character")
    return text


class SqlRequest(BaseModel):
    """A question about a registered database (`db_id`) or about a schema given inline (`schema`)."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    question: str = Field(min_length=1, max_length=MAX_QUESTION_CHARS,
                          description="The question in natural language.")
    db_id: str | None = Field(default=None, description="A database listed by GET /v1/databases.")
    schema_: str | None = Field(default=None, alias="schema", min_length=1,
                                description=f"CREATE TABLE statements, at most {MAX_SCHEMA_BYTES} bytes.")
    execute: bool = Field(default=False, description="Also run the SQL (read-only) and return its rows; "
                                                     "only with db_id.")

    @field_validator("question")
    @classmethod
    def _question_text(cls, value: str) -> str:
        return _visible(_well_formed(value, "question"), "question")

    @field_validator("db_id")
    @classmethod
    def _db_id_name(cls, value: str | None) -> str | None:
        if value is not None and (len(value) > MAX_DB_ID_CHARS or not _DB_ID.fullmatch(value)):
            shown = value if len(value) <= 60 else value[:57] + "..."
            raise ValueError(f"{shown!r} is not a database name (letters, digits, '_' and '-'; "
                             "no paths); GET /v1/databases lists them")
        return value

    @field_validator("schema_")
    @classmethod
    def _schema_text(cls, value: str | None) -> str | None:
        if value is None:
            return None
        _visible(_well_formed(value, "schema"), "schema")
        size = len(value.encode("utf-8"))
        if size > MAX_SCHEMA_BYTES:
            raise ValueError(f"schema is {size} bytes; at most {MAX_SCHEMA_BYTES} are accepted")
        return value

    @model_validator(mode="after")
    def _one_source(self) -> "SqlRequest":
        if (self.db_id is None) == (self.schema_ is None):
            raise ValueError("give exactly one of db_id (a registered database) or schema (CREATE TABLE text)")
        if self.execute and self.db_id is None:
            raise ValueError("execute needs db_id: SQL runs only against registered databases")
        return self


class SqlResponse(BaseModel):
    """The SQL, plus columns and rows when executed, or `error` when the SQL failed to run."""

    sql: str
    columns: list[str] | None = None
    rows: list[list[Any]] | None = None
    error: str | None = Field(default=None, description="Why the generated SQL failed to run (execute only).")


class ErrorResponse(BaseModel):
    error: str


class DatabasesResponse(BaseModel):
    databases: list[str]


def error_text(errors: list[dict]) -> str:
    """Pydantic/FastAPI validation errors as one line a user can act on.

    FastAPI prefixes locations with "body"; that prefix and pydantic's "Value error, " say nothing
    to the reader, so both go.
    """
    parts = []
    for error in errors[:5]:
        loc = [str(p) for p in error.get("loc", ()) if p != "body"]
        message = str(error.get("msg", "invalid value")).removeprefix("Value error, ")
        if error.get("type") == "json_invalid":
            where = f" at character {loc[0]}" if loc else ""
            parts.append(f"malformed JSON{where}: {error.get('ctx', {}).get('error', message)}")
        elif not loc and error.get("type") in ("missing", "model_type", "model_attributes_type", "dict_type"):
            parts.append("the request body must be a JSON object")
        elif error.get("type") == "extra_forbidden":
            parts.append(f"unknown field {'.'.join(loc)!r}")
        else:
            field = ".".join("schema" if p == "schema_" else p for p in loc)
            parts.append(f"{field}: {message}" if field else message)
    if len(errors) > 5:
        parts.append(f"and {len(errors) - 5} more problems")
    return "; ".join(parts)


def json_cell(value: Any) -> Any:
    """A SQLite value as JSON can carry it: blobs as short hex, non-finite floats as text.

    >>> json_cell(b"\\x00\\xff"), json_cell(float("inf")), json_cell(3)
    ('0x00ff', 'Infinity', 3)
    """
    if isinstance(value, (bytes, bytearray, memoryview)):
        data = bytes(value)
        text = "0x" + data[:MAX_BLOB_HEX_BYTES].hex()
        return text + f"... ({len(data)} bytes)" if len(data) > MAX_BLOB_HEX_BYTES else text
    if isinstance(value, float) and not math.isfinite(value):
        # JSON has no Infinity/NaN; Starlette's encoder would raise on them.
        return "NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")
    return value


def _encode_default(value: Any) -> Any:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return json_cell(value)
    raise TypeError(f"{type(value).__name__} is not a SQLite value")


_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":"), default=_encode_default)


def _encode(value: Any) -> bytes:
    # "replace": stored text reaches us decoded with replacements, so no lone surrogate is expected here
    return _ENCODER.encode(value).encode("utf-8", "replace")


def encode_rows_response(sql: str, columns: list[str], rows: list[tuple], max_bytes: int = MAX_RESPONSE_BYTES) -> bytes:
    """The JSON of a 200 answer with rows, or of the SQL with an `error` when that JSON would pass
    `max_bytes` (counted in bytes as sent, so 4-byte characters and escapes cost what they weigh).

    Rows are encoded one at a time and the count stops at the first row past the cap, so the work is
    bounded by the cap; called off the event loop, each row is one short call, between which the
    loop gets the interpreter back.

    >>> encode_rows_response("SELECT 1", ["a"], [(1,), (b"\\xff",)])
    b'{"sql":"SELECT 1","columns":["a"],"rows":[[1],["0xff"]]}'
    >>> json.loads(encode_rows_response("SELECT x", ["x"], [("\\U0001f600" * 10,)] * 3, max_bytes=100))["error"]
    'result too large: its JSON is over 100 bytes (the limit of this server)'
    """
    head = b'{"sql":' + _encode(sql) + b',"columns":' + _encode(list(columns)) + b',"rows":['
    parts, size = [head], len(head) + 2
    for row in rows:
        try:
            encoded = _encode(row)
        except ValueError:  # a non-finite float
            encoded = _encode([json_cell(value) for value in row])
        size += len(encoded) + 1
        if size > max_bytes:
            shown = f"{max_bytes / 2**20:g} MiB" if max_bytes >= 2**20 else f"{max_bytes} bytes"
            return _encode({"sql": sql, "error": f"result too large: its JSON is over {shown} (the limit of this server)"})
        parts.append(encoded)
        parts.append(b",")
    if len(parts) > 1:
        parts.pop()
    parts.append(b"]}")
    return b"".join(parts)
