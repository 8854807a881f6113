"""Database schema as the model sees it: CREATE TABLE statements with column types, primary and
foreign keys, and optionally a few sample values per column as SQL comments.

Sample values cost prompt tokens: on Spider train (Qwen2.5 tokenizer) 3 values of up to 40 characters
per column make a prompt 997 tokens on average and only 4,388 of 6,904 examples fit in 1,024 tokens;
with none (the default, `SAMPLE_VALUES`) the mean is 417 tokens and 6,782 fit. Training pays for every
prompt token, so the default is the compact form; `sample_values` / `value_chars` bring values back.

Reflection goes through SQLAlchemy, so any SQLAlchemy URL works; a plain path is taken as a SQLite
file and opened read-only and immutable (the file is never touched). Example:

>>> print(schema_text("data/spider-mini/database/singer/singer.sqlite").splitlines()[0])
CREATE TABLE singer (
"""

from __future__ import annotations

import os
import sqlite3
import warnings
from functools import lru_cache
from pathlib import Path

import sqlalchemy as sa

SAMPLE_VALUES = 0     # sample values per column in the prompt (0 = the compact form)
VALUE_CHARS = 40      # longest sample value shown, in characters


def engine_for(db: str | os.PathLike) -> sa.Engine:
    """A SQLAlchemy engine for a URL, or a read-only engine for a SQLite file path."""
    text = str(db)
    if "://" in text:
        return sa.create_engine(text)
    path = Path(text)
    if not path.is_file():
        raise FileNotFoundError(f"database file not found: {path}")
    uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
    return sa.create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True))


def _literal(value, max_chars: int) -> str:
    if isinstance(value, bytes):
        return "<blob>"
    if isinstance(value, str):
        value = " ".join(value.split())
        if len(value) > max_chars:
            value = value[:max_chars] + "..."
        return "'" + value.replace("'", "''") + "'"
    return repr(value) if isinstance(value, float) else str(value)


def _samples(conn: sa.Connection, table: sa.Table, column: sa.Column, k: int, max_chars: int) -> list[str]:
    # Raw driver values: SQLAlchemy's DATE/BOOLEAN result processors choke on Spider's free-form data.
    quote = conn.dialect.identifier_preparer.quote
    col, tab = quote(column.name), quote(table.name)
    query = f"SELECT DISTINCT {col} FROM {tab} WHERE {col} IS NOT NULL LIMIT {int(k)}"
    try:
        return [_literal(row[0], max_chars) for row in conn.exec_driver_sql(query)]
    except (sa.exc.SQLAlchemyError, ValueError):  # unreadable values just get no samples
        return []


def _type_name(column: sa.Column) -> str:
    try:
        return str(column.type.compile()).upper() or "TEXT"
    except Exception:  # NullType and dialect-specific types without a generic spelling
        return str(getattr(column.type, "__visit_name__", "")).upper() or "TEXT"


def _create_table(conn: sa.Connection, table: sa.Table, sample_values: int, value_chars: int) -> str:
    pk = [c.name for c in table.primary_key.columns]
    lines = []
    for column in table.columns:
        line = f"  {column.name} {_type_name(column)}"
        if len(pk) == 1 and column.name == pk[0]:
            line += " PRIMARY KEY"
        samples = _samples(conn, table, column, sample_values, value_chars) if sample_values else []
        lines.append((line, f" -- e.g. {', '.join(samples)}" if samples else ""))
    if len(pk) > 1:
        lines.append((f"  PRIMARY KEY ({', '.join(pk)})", ""))
    for fk in sorted(table.foreign_key_constraints, key=lambda f: f.column_keys):
        # target_fullname is "table.column" and needs no resolution: Spider has FKs to missing tables.
        targets = [e.target_fullname.rsplit(".", 1) for e in fk.elements]
        refs = ", ".join(column for _, column in targets)
        lines.append((f"  FOREIGN KEY ({', '.join(fk.column_keys)}) REFERENCES {targets[0][0]}({refs})", ""))
    body = [code + ("," if i < len(lines) - 1 else "") + comment for i, (code, comment) in enumerate(lines)]
    return f"CREATE TABLE {table.name} (\n" + "\n".join(body) + "\n);"


def schema_text(db: str | os.PathLike, sample_values: int = SAMPLE_VALUES, value_chars: int = VALUE_CHARS) -> str:
    """CREATE TABLE statements for every table, in the database's own order, with up to
    `sample_values` distinct values per column (each cut to `value_chars` characters)."""
    engine = engine_for(db)
    try:
        metadata = sa.MetaData()
        with warnings.catch_warnings():  # reflection warns about Spider's odd types and dangling FKs
            warnings.simplefilter("ignore", sa.exc.SAWarning)
            metadata.reflect(engine, resolve_fks=False)
        with engine.connect() as conn:
            return "\n\n".join(_create_table(conn, t, sample_values, value_chars) for t in metadata.tables.values())
    finally:
        engine.dispose()


@lru_cache(maxsize=512)
def cached_schema_text(db: str, sample_values: int = SAMPLE_VALUES, value_chars: int = VALUE_CHARS) -> str:
    """`schema_text` memoised per database: questions on one database share one schema."""
    return schema_text(db, sample_values, value_chars)
