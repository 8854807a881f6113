"""Request and response bodies of the HTTP API (see `serving/app.py` for the routes).

Validation is strict: no type coercion (`"execute": "yes"` and `"question": 5` are refused), no
unknown fields, and the rules below are checked before any model or database is touched, so a bad
request costs nothing and never reaches the generator.

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

import math
import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

MAX_QUESTION_CHARS = 2_000
MAX_SCHEMA_BYTES = 100 * 1024
MAX_BODY_BYTES = 1024 * 1024
MAX_DB_ID_CHARS = 128
# Spider's ids are letters, digits and underscores; no dot, slash or backslash can reach a path.
_DB_ID = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]*")
MAX_BLOB_HEX_BYTES = 64


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
        if not value.strip():
            raise ValueError("question is blank")
        return _well_formed(value, "question")

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
        if not value.strip():
            raise ValueError("schema is blank")
        _well_formed(value, "schema")
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
