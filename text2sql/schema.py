"""Database schemas: reflected once into a structured `Schema` (tables, typed columns, primary keys,
the foreign-key graph), which both the prompt text and SQL synthesis read.

The prompt text (`schema_text`) is CREATE TABLE statements with column types, primary and foreign
keys, and optionally a few sample values per column as SQL comments. Sample values cost prompt
tokens: on Spider train (Qwen2.5 tokenizer) 3 values of up to 40 characters per column make a prompt
997 tokens on average and only 4,388 of 6,904 examples fit in 1,024 tokens; with none (the default,
`SAMPLE_VALUES`) the mean is 417 tokens and 6,782 fit. Training pays for every prompt token, so the
default is the compact form; `sample_values` / `value_chars` bring values back.

Reflection goes through SQLAlchemy, so any SQLAlchemy URL works; a plain path is taken as a SQLite
file and opened read-only and immutable (the file is never touched). Example:

>>> print(schema_text("data/spider-mini/database/singer/singer.sqlite").splitlines()[0])
CREATE TABLE singer (
>>> schema = reflect_schema("data/spider-mini/database/concert_singer/concert_singer.sqlite")
>>> [t.name for t in schema.tables]
['concert', 'singer', 'singer_in_concert', 'stadium']
>>> schema.column("singer", "Age").kind, schema.is_key("singer_in_concert", "concert_ID")
('number', True)
>>> schema.table_distance("stadium", "singer")  # stadium <- concert <- singer_in_concert -> singer
3
"""

from __future__ import annotations

import dataclasses
import os
import sqlite3
import warnings
from collections import deque
from functools import cached_property, lru_cache
from pathlib import Path

import sqlalchemy as sa

SAMPLE_VALUES = 0     # sample values per column in the prompt (0 = the compact form)
VALUE_CHARS = 40      # longest sample value shown, in characters

# Coarse column types, from the declared type's words (SQLite's affinity rules, with dates, times and
# booleans apart): synthesis only needs to know what a column may be compared or aggregated with.
_NUMBER_WORDS = ("INT", "REAL", "FLOA", "DOUB", "DEC", "NUMERIC", "NUMBER")
_TEXT_WORDS = ("CHAR", "CLOB", "TEXT", "STRING")
_OTHER_WORDS = ("DATE", "TIME", "BOOL", "BLOB", "NULL")


def coarse_kind(declared: str) -> str:
    """'text', 'number' or 'other' for a declared column type.

    >>> [coarse_kind(t) for t in ("VARCHAR(255)", "INTEGER", "DECIMAL(10,2)", "DATETIME", "BOOLEAN")]
    ['text', 'number', 'number', 'other', 'other']
    """
    upper = declared.upper()
    if any(word in upper for word in _OTHER_WORDS):
        return "other"
    if any(word in upper for word in _NUMBER_WORDS):
        return "number"
    if any(word in upper for word in _TEXT_WORDS):
        return "text"
    return "other"


@dataclasses.dataclass(frozen=True)
class Column:
    name: str
    type: str   # the declared type as the prompt shows it ("VARCHAR(255)")
    kind: str   # coarse_kind(type): text / number / other


@dataclasses.dataclass(frozen=True)
class ForeignKey:
    """`columns` of the owning table reference `ref_columns` of `ref_table` (which may be missing:
    Spider has foreign keys to tables that do not exist)."""

    columns: tuple[str, ...]
    ref_table: str
    ref_columns: tuple[str, ...]


@dataclasses.dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...]  # sorted by their column names, as the prompt lists them

    def column(self, name: str) -> Column | None:
        """The column called `name`, compared without case as SQLite does; None if there is none."""
        return self._by_name.get(name.lower())

    @cached_property
    def _by_name(self) -> dict[str, Column]:
        by_name: dict[str, Column] = {}
        for column in self.columns:
            by_name.setdefault(column.name.lower(), column)
        return by_name


@dataclasses.dataclass(frozen=True)
class Edge:
    """One foreign key as a graph edge: `table.columns` reference `ref_table.ref_columns`; both tables
    exist. `Schema.edges(a, b)` lists them in either direction."""

    table: str
    columns: tuple[str, ...]
    ref_table: str
    ref_columns: tuple[str, ...]


@dataclasses.dataclass(frozen=True)
class Schema:
    """Tables in the order reflection lists them (by name, for SQLite). Names are looked up without
    case, as SQLite does; the foreign-key graph is undirected for distances (a join goes either way)."""

    tables: tuple[Table, ...]

    def table(self, name: str) -> Table | None:
        return self._by_name.get(name.lower())

    def column(self, table: str, column: str) -> Column | None:
        found = self.table(table)
        return found.column(column) if found else None

    def is_key(self, table: str, column: str) -> bool:
        """A primary-key column, or one on either end of a foreign key."""
        return (table.lower(), column.lower()) in self._keys

    @cached_property
    def _by_name(self) -> dict[str, Table]:
        by_name: dict[str, Table] = {}
        for table in self.tables:
            by_name.setdefault(table.name.lower(), table)
        return by_name

    @cached_property
    def edges_all(self) -> tuple[Edge, ...]:
        """Every foreign key whose both tables and columns exist, with the tables' real spelling."""
        edges = []
        for table in self.tables:
            for fk in table.foreign_keys:
                ref = self.table(fk.ref_table)
                if ref is None or len(fk.columns) != len(fk.ref_columns):
                    continue
                if any(table.column(c) is None for c in fk.columns) or any(ref.column(c) is None for c in fk.ref_columns):
                    continue
                edges.append(Edge(table.name, tuple(table.column(c).name for c in fk.columns),
                                  ref.name, tuple(ref.column(c).name for c in fk.ref_columns)))
        return tuple(edges)

    def edges(self, a: str, b: str) -> list[Edge]:
        """Foreign keys between tables `a` and `b`, in either direction (a self-reference when a == b)."""
        a, b = a.lower(), b.lower()
        return [e for e in self.edges_all if {e.table.lower(), e.ref_table.lower()} == {a, b}
                and (a != b or e.table.lower() == e.ref_table.lower())]

    def neighbours(self, table: str) -> list[str]:
        """Tables one foreign key away from `table` (itself only through a self-reference), sorted."""
        return sorted(self._adjacent.get(table.lower(), set()))

    @cached_property
    def _adjacent(self) -> dict[str, set[str]]:
        adjacent: dict[str, set[str]] = {}
        for edge in self.edges_all:
            adjacent.setdefault(edge.table.lower(), set()).add(edge.ref_table)
            adjacent.setdefault(edge.ref_table.lower(), set()).add(edge.table)
        return adjacent

    @cached_property
    def _keys(self) -> frozenset[tuple[str, str]]:
        keys = {(t.name.lower(), c.lower()) for t in self.tables for c in t.primary_key}
        for t in self.tables:
            for fk in t.foreign_keys:
                keys.update((t.name.lower(), c.lower()) for c in fk.columns)
                keys.update((fk.ref_table.lower(), c.lower()) for c in fk.ref_columns)
        return frozenset(keys)

    @cached_property
    def _distances(self) -> dict[str, dict[str, int]]:
        distances = {}
        for start in self.tables:
            seen = {start.name.lower(): 0}
            queue = deque([start.name.lower()])
            while queue:
                here = queue.popleft()
                for there in self._adjacent.get(here, ()):
                    if there.lower() not in seen:
                        seen[there.lower()] = seen[here] + 1
                        queue.append(there.lower())
            distances[start.name.lower()] = seen
        return distances

    def table_distance(self, a: str, b: str) -> int | None:
        """Foreign keys on the shortest path between tables `a` and `b`; None when not connected."""
        return self._distances.get(a.lower(), {}).get(b.lower())

    def column_distance(self, a: tuple[str, str], b: tuple[str, str]) -> int | None:
        """Distance between (table, column) pairs: 0 for the same column, 1 for columns of one table or
        the two ends of a foreign key, otherwise one more than their tables' distance (None when the
        tables are not connected)."""
        (ta, ca), (tb, cb) = (a[0].lower(), a[1].lower()), (b[0].lower(), b[1].lower())
        if (ta, ca) == (tb, cb):
            return 0
        if ta == tb or frozenset({(ta, ca), (tb, cb)}) in self._fk_pairs:
            return 1
        distance = self.table_distance(ta, tb)
        return None if distance is None else distance + 1

    @cached_property
    def _fk_pairs(self) -> frozenset[frozenset[tuple[str, str]]]:
        return frozenset(frozenset({(e.table.lower(), c.lower()), (e.ref_table.lower(), r.lower())})
                         for e in self.edges_all for c, r in zip(e.columns, e.ref_columns))


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


def _type_name(column: sa.Column) -> str:
    try:
        return str(column.type.compile()).upper() or "TEXT"
    except Exception:  # NullType and dialect-specific types without a generic spelling
        return str(getattr(column.type, "__visit_name__", "")).upper() or "TEXT"


def _structured(table: sa.Table) -> Table:
    columns = []
    for column in table.columns:
        declared = _type_name(column)
        columns.append(Column(column.name, declared, coarse_kind(declared)))
    foreign_keys = []
    # Sorted by columns, then target: the constraints come as a set, and a column may reference two
    # tables (Spider's cre_Drama_Workshop_Groups), whose order would otherwise change from run to run.
    for fk in sorted(table.foreign_key_constraints, key=lambda f: (f.column_keys, [e.target_fullname for e in f.elements])):
        # target_fullname is "table.column" and needs no resolution: Spider has FKs to missing tables.
        targets = [e.target_fullname.rsplit(".", 1) for e in fk.elements]
        foreign_keys.append(ForeignKey(tuple(fk.column_keys), targets[0][0], tuple(c for _, c in targets)))
    return Table(table.name, tuple(columns), tuple(c.name for c in table.primary_key.columns), tuple(foreign_keys))


def _reflect(engine: sa.Engine) -> Schema:
    metadata = sa.MetaData()
    with warnings.catch_warnings():  # reflection warns about Spider's odd types and dangling FKs
        warnings.simplefilter("ignore", sa.exc.SAWarning)
        metadata.reflect(engine, resolve_fks=False)
    return Schema(tuple(_structured(t) for t in metadata.tables.values()))


def reflect_schema(db: str | os.PathLike) -> Schema:
    """The structured schema of a database (a SQLite path or a SQLAlchemy URL), read once."""
    engine = engine_for(db)
    try:
        return _reflect(engine)
    finally:
        engine.dispose()


@lru_cache(maxsize=512)
def cached_schema(db: str) -> Schema:
    """`reflect_schema` memoised per database."""
    return reflect_schema(db)


def schema_from_spider_tables(entry: dict) -> Schema:
    """A Schema from a Spider `tables.json` entry, for databases whose SQLite file is missing (Spider
    train's baseball_1 and soccer_1): original names, Spider's column types (text, number, time,
    boolean, others) as declared types, one foreign key per annotated column pair."""
    tables = entry["table_names_original"]
    names = entry["column_names_original"]  # [(table index, column name)], index -1 for "*"
    pk = set(entry["primary_keys"]) | {i for key in entry["primary_keys"] if isinstance(key, list) for i in key}
    built = []
    for t, table in enumerate(tables):
        indices = [i for i, (owner, _) in enumerate(names) if owner == t]
        columns = tuple(Column(names[i][1], entry["column_types"][i].upper(), coarse_kind_spider(entry["column_types"][i]))
                        for i in indices)
        fks = [ForeignKey((names[a][1],), tables[names[b][0]], (names[b][1],))
               for a, b in entry["foreign_keys"] if names[a][0] == t]
        built.append(Table(table, columns, tuple(names[i][1] for i in indices if i in pk),
                           tuple(sorted(fks, key=lambda f: (f.columns, f.ref_table)))))
    return Schema(tuple(built))


def coarse_kind_spider(spider_type: str) -> str:
    """Spider's annotated column type as a coarse kind: number and text stay, the rest is other."""
    return spider_type if spider_type in ("text", "number") else "other"


def _literal(value, max_chars: int) -> str:
    if isinstance(value, bytes):
        return "<blob>"
    if isinstance(value, str):
        value = " ".join(value.split())
        if len(value) > max_chars:
            value = value[:max_chars] + "..."
        return "'" + value.replace("'", "''") + "'"
    return repr(value) if isinstance(value, float) else str(value)


def _samples(conn: sa.Connection, table: str, column: str, k: int, max_chars: int) -> list[str]:
    # Raw driver values: SQLAlchemy's DATE/BOOLEAN result processors choke on Spider's free-form data.
    quote = conn.dialect.identifier_preparer.quote
    col, tab = quote(column), quote(table)
    query = f"SELECT DISTINCT {col} FROM {tab} WHERE {col} IS NOT NULL LIMIT {int(k)}"
    try:
        return [_literal(row[0], max_chars) for row in conn.exec_driver_sql(query)]
    except (sa.exc.SQLAlchemyError, ValueError):  # unreadable values just get no samples
        return []


def _create_table(table: Table, samples_of) -> str:
    pk = table.primary_key
    lines = []
    for column in table.columns:
        line = f"  {column.name} {column.type}"
        if len(pk) == 1 and column.name == pk[0]:
            line += " PRIMARY KEY"
        samples = samples_of(table.name, column.name)
        lines.append((line, f" -- e.g. {', '.join(samples)}" if samples else ""))
    if len(pk) > 1:
        lines.append((f"  PRIMARY KEY ({', '.join(pk)})", ""))
    for fk in table.foreign_keys:
        lines.append((f"  FOREIGN KEY ({', '.join(fk.columns)}) REFERENCES {fk.ref_table}({', '.join(fk.ref_columns)})", ""))
    body = [code + ("," if i < len(lines) - 1 else "") + comment for i, (code, comment) in enumerate(lines)]
    return f"CREATE TABLE {table.name} (\n" + "\n".join(body) + "\n);"


def schema_text(db: str | os.PathLike, sample_values: int = SAMPLE_VALUES, value_chars: int = VALUE_CHARS) -> str:
    """CREATE TABLE statements for every table, in `Schema.tables` order, with up to
    `sample_values` distinct values per column (each cut to `value_chars` characters)."""
    engine = engine_for(db)
    try:
        schema = _reflect(engine)
        if not sample_values:
            return "\n\n".join(_create_table(t, lambda table, column: []) for t in schema.tables)
        with engine.connect() as conn:
            def samples_of(table: str, column: str) -> list[str]:
                return _samples(conn, table, column, sample_values, value_chars)
            return "\n\n".join(_create_table(t, samples_of) for t in schema.tables)
    finally:
        engine.dispose()


@lru_cache(maxsize=512)
def cached_schema_text(db: str, sample_values: int = SAMPLE_VALUES, value_chars: int = VALUE_CHARS) -> str:
    """`schema_text` memoised per database: questions on one database share one schema."""
    return schema_text(db, sample_values, value_chars)
