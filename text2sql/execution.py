"""Safe, read-only execution of untrusted SQL against SQLite databases: the verifier's core.

Generated SQL is hostile input. `SafeExecutor.run(db_path, sql)` never raises for anything the SQL
does: every failure comes back as a `QueryResult` with `ok=False` and a human-readable `error`.
Scoring runs it inside worker processes that add a hard backstop (text2sql/scoring.py); the two
together give the guarantees below. Figures are for the default `ExecutionLimits`.

What it protects against
- Changing a database: files are opened with `mode=ro&immutable=1` (no writes, no journal/WAL/SHM
  files, no locks), `PRAGMA query_only=1` is set, and an authorizer allows only reading actions
  (SELECT, reading columns, calling functions, recursive CTEs). INSERT/UPDATE/DELETE, all DDL
  (including TEMP tables, views and triggers), transactions, ATTACH/DETACH, VACUUM, every PRAGMA
  (also as `pragma_*` table-valued functions), `load_extension` and `printf`/`format` (see
  `_DENIED_FUNCTIONS`) are denied before the statement runs, and the reason names the action
  ("drop table singer"). Databases stay byte-identical. Read-only table-valued functions
  (`json_each`, `json_tree`) work.
- Several statements in one string: refused (one statement only; a trailing `;` or comment is fine).
- Time. Runaway queries (endless recursive CTEs, cartesian blow-ups): a progress handler checks a
  wall-clock deadline every few thousand VM instructions and interrupts the query at `timeout_s`.
  That handler cannot stop one long call of a built-in, so such calls are kept short: no string or
  blob, stored or built, exceeds `max_value_bytes` (SQLITE_LIMIT_LENGTH, 64 KiB; it also caps the SQL
  text), LIKE/GLOB patterns are capped at 200 bytes and 16 calls a statement (SQLite checks the
  handler only on loop jumps, never between the calls of one row; see `_MAX_PATTERN_CALLS`), and
  functions whose cost is the product of their arguments' lengths (trim/ltrim/rtrim, instr, replace)
  are refused in a statement that can build long strings (with zeroblob, hex, group_concat, ||, a
  recursive CTE, ...; see `_SUPERLINEAR`). Preparing a statement is bounded too: the authorizer does
  constant work per call and checks the deadline itself. Worst single call measured under these caps:
  ~1 s (trim). Backstop: a scoring worker still on one
  query `kill_grace_s` (0.5 s) past its deadline is killed, so a query costs at most `timeout_s` +
  ~1 s of wall time, whatever it calls.
- Memory. Results are fetched row by row and counted (raw bytes plus Python's per-object overhead)
  before the next row: at most `max_rows` rows and `max_result_bytes` (32 MiB) plus one row reach
  Python. SQLite's heap is capped at `max_heap_bytes` (256 MiB, `PRAGMA hard_heap_limit`), which also
  bounds the row being built, sorts and temporary tables (kept in memory: no stray temp files).
  Measured: a scoring worker's RSS grows by less than 2 x (heap cap + result cap), ~576 MiB, under
  every hostile query of the scoring tests. Backstop: each scoring worker runs under RLIMIT_AS,
  `max_worker_bytes` (1 GiB) above its size at start; past it allocations fail and the query is
  scored wrong ("out of memory"). A worker that dies anyway costs only the candidate it was on.
- Malformed text: NUL bytes, lone surrogates and invalid UTF-8 stored in the database never crash;
  stored text is decoded with replacement characters. Error reasons are cut to 500 characters.

What it does not protect against
- A malicious *database file* (crafted to exploit SQLite itself): databases are trusted, SQL is not.
- CPU use up to the timeout, and memory up to the caps above, per query; run many in parallel and
  multiply. The heap cap is per process, so it is shared by every connection in that process.
- `SafeExecutor` used on its own, outside a scoring worker, has no backstop: a process that calls it
  directly relies on the cheap limits alone and can be held ~1 s past the timeout by one call, or
  grow by one row beyond the result cap.
- Over-refusal: trim, instr and replace are refused in any statement that builds strings, even where
  the arguments stay short (one-argument trim, for one). Spider's gold SQL never meets this rule
  (dev and train gold score 1.0), but a prediction may.
- Side channels (timing) and reading any table of the database the query targets: a query may read
  everything in the database it was sent to, by design.
- Bugs in SQLite itself; keep the library current.
"""

from __future__ import annotations

import ctypes
import dataclasses
import math
import os
import re
import sqlite3
import time
from pathlib import Path
from typing import Any

import _sqlite3

# Actions the authorizer lets through; everything else is denied. SQLITE_RECURSIVE is 33 in
# sqlite3.h but not exported by Python's module.
_SQLITE_RECURSIVE = 33
_ALLOWED_ACTIONS = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION, _SQLITE_RECURSIVE}
# printf/format: `printf('%.*c', 1e9, 'x')` loops in C for seconds after hitting the length cap, out
# of reach of the progress handler, so it would overrun the timeout. Spider gold SQL never uses them.
_DENIED_FUNCTIONS = {"load_extension", "fts3_tokenizer", "readfile", "writefile", "edit", "sqlite_dbpage",
                     "printf", "format"}
# Built-ins whose cost grows with the product of their arguments' lengths, in one C call the progress
# handler cannot interrupt: trim(X, Y) scans Y for every character of X, instr/replace compare Y at
# every position of X. Under the default 64 KiB value cap the worst call takes ~1 s (trim) or ~5 ms;
# under 1 MiB, minutes (trim) or ~1.3 s. On stored values (Spider's longest is 213 bytes) they are
# cheap, so they are refused only in a statement that can build long strings.
_SUPERLINEAR = {"trim", "ltrim", "rtrim", "instr", "replace"}
_BUILDERS = {"zeroblob", "randomblob", "hex", "unhex", "replace", "char", "quote", "concat", "concat_ws",
             "group_concat", "string_agg", "json_group_array", "json_group_object", "printf", "format"}
_LONG_SQL_CHARS = 4_096  # longer SQL text can carry long literals: treated as building strings
_MAX_PATTERN_BYTES = 200  # SQLITE_LIMIT_LIKE_PATTERN_LENGTH: LIKE/GLOB cost ~ value x pattern length
# sqlite3.h authorizer action codes 1..33, for error messages.
_ACTION_NAMES = (
    "", "create index", "create table", "create temp index", "create temp table", "create temp trigger",
    "create temp view", "create trigger", "create view", "delete", "drop index", "drop table",
    "drop temp index", "drop temp table", "drop temp trigger", "drop temp view", "drop trigger",
    "drop view", "insert", "pragma", "read", "select", "transaction", "update", "attach", "detach",
    "alter table", "reindex", "analyze", "create vtable", "drop vtable", "function", "savepoint",
    "recursive",
)
_SCHEMA_TABLES = {"sqlite_master", "sqlite_temp_master", "sqlite_schema", "sqlite_temp_schema"}
_WRITES = {sqlite3.SQLITE_INSERT, sqlite3.SQLITE_UPDATE, sqlite3.SQLITE_DELETE}
# DDL asks first for a write to sqlite_master; the statement's own words name the real action.
_DDL_HEAD = re.compile(r"(?:\s|--[^\n]*\n?|/\*.*?\*/)*(create|drop)\s+(?:(temp|temporary)\s+)?(?:unique\s+)?"
                       r"(virtual\s+table|table|index|view|trigger)\b(?:\s+if\s+(?:not\s+)?exists\b)?\s*([^\s(;]*)",
                       re.IGNORECASE | re.DOTALL)
_FIRST_WORD = re.compile(r"(?:\s|--[^\n]*\n?|/\*.*?\*/)*(\w+)", re.DOTALL)
_PROGRESS_EVERY = 4_000  # VM instructions between deadline checks (~tens of microseconds)
_MAX_REASON_CHARS = 500  # SQLite quotes the offending token: 1 MB of garbage gives a 1 MB message
# Python's cost of a fetched row beyond the raw bytes: tuple header and pointer per value, object
# header per value (ints and floats are ~32 bytes whole).
_ROW_OVERHEAD, _VALUE_OVERHEAD, _SCALAR_BYTES = 56, 8 + 49, 8 + 32
# LIKE/GLOB cost the value's length times the pattern's, in one C call, and SQLite checks the progress
# handler only on its loop jumps, never between the calls of one row: `x LIKE p, x LIKE p, ...` over a
# 64 KiB value with a 1,000-byte pattern ran 0.08 s per call, 50 calls 11.7 s past a 1 s timeout. So a
# pattern is at most 200 bytes (Spider's longest is 24) and a statement holds at most 16 LIKE/GLOB calls
# (Spider's gold SQL: 2): one row's pattern calls then cost at most ~0.3 s.
_MAX_PATTERN_CALLS = 16
_PATTERN_FUNCTIONS = {"like", "glob"}
# Eponymous virtual tables that describe the connection, the process or the file rather than the
# data: `sqlite_stmt` lists the statements prepared on the connection (another query's text and
# literals), `dbstat` and `sqlite_dbpage` the file's pages, `sqlite_memstat` the heap. Reads of these
# (and of any other `sqlite_*` name that is not a table of the database) get a refusal that says why.
_INTROSPECTION_TABLES = {"sqlite_stmt", "dbstat", "sqlite_dbpage", "sqlite_dbdata", "sqlite_dbptr",
                         "sqlite_memstat", "sqlite_btreeinfo", "fts3tokenize", "fts5vocab", "zipfile", "fsdir"}


def _describes_connection(table: str, own_tables: frozenset[str]) -> bool:
    """Whether a read of `table` (lower case) is a read of SQLite's own state rather than the data: a
    known introspection table, or any `sqlite_*` name that is not one of the database's tables
    (SQLite reserves the prefix; sqlite_sequence and sqlite_stat1 are real tables where they exist).
    A CTE is read under its own name, so no list of the database's tables can allow reads alone."""
    if table in own_tables:
        return False
    return table in _INTROSPECTION_TABLES or table.startswith("sqlite_")


def _sqlite_heap_used() -> int | None:
    """Bytes SQLite holds in this process (sqlite3_memory_used), None where it cannot be read."""
    try:
        used = _sqlite_lib.sqlite3_memory_used
    except (AttributeError, OSError):
        return None
    used.restype = ctypes.c_int64
    return int(used())


try:
    _sqlite_lib = ctypes.CDLL(_sqlite3.__file__)  # the symbols of the SQLite that sqlite3 runs on
except OSError:
    _sqlite_lib = None


@dataclasses.dataclass(frozen=True)
class ExecutionLimits:
    """Bounds for one query. Defaults suit benchmark verification on a laptop."""

    timeout_s: float = 30.0
    max_rows: int = 100_000
    # Python's share of a result, counted with per-object overhead (see _row_bytes), row by row.
    max_result_bytes: int = 32 * 2**20
    # SQLITE_LIMIT_LENGTH: the longest string/blob a query may hold or build. Spider's longest stored
    # value is 213 bytes; 64 KiB keeps every single built-in call (instr, replace, LIKE) short.
    max_value_bytes: int = 64 * 2**10
    # PRAGMA hard_heap_limit, process-wide: SQLite's own memory (sorts, rows being built).
    max_heap_bytes: int = 256 * 2**20
    # A verdict must not depend on what ran before it: after a query, an executor whose connections
    # still hold more than this much of SQLite's (process-wide, capped) heap closes them all, so the
    # next query starts with the whole cap. Statements are never cached (cached_statements=0).
    max_held_heap_bytes: int = 16 * 2**20
    # Backstop for scoring workers (text2sql/scoring.py): address space a worker may add (RLIMIT_AS)
    # and how long past timeout_s it may run before it is killed.
    max_worker_bytes: int = 1 * 2**30
    # What a ScoringPool may reserve in all: it runs at most max_pool_bytes // max_worker_bytes workers
    # (4 at the defaults), however many cores the machine has (scoring is cheap; memory adds up).
    max_pool_bytes: int = 4 * 2**30
    kill_grace_s: float = 0.5
    # Off only to test or measure the backstop behind it: see _SUPERLINEAR.
    refuse_superlinear: bool = True
    # Off only to measure what isolation costs (bench/eval_isolation.py): statements cached per
    # connection (Python's default 128) and held heap never released, as before 2026-12-06.
    isolate_queries: bool = True


@dataclasses.dataclass
class QueryResult:
    ok: bool
    columns: tuple[str, ...] = ()
    rows: list[tuple[Any, ...]] = dataclasses.field(default_factory=list)
    error: str | None = None
    seconds: float = 0.0


def _decode_text(raw: bytes) -> str:
    return raw.decode("utf-8", errors="replace")


class _Refused(Exception):
    pass


class SafeExecutor:
    """Runs untrusted SQL read-only; keeps one hardened connection per database file.

    Not thread-safe: use one executor per thread or process (the evaluator uses one per worker).
    """

    def __init__(self, limits: ExecutionLimits = ExecutionLimits()):
        self.limits = limits
        self._connections: dict[str, sqlite3.Connection] = {}
        self._deadline = math.inf
        self._statement = _Statement("")
        self._readable: dict[str, frozenset[str]] = {}  # db path -> its tables and views, lower case
        self.resets = 0  # times every connection was closed because SQLite held too much heap

    def close(self) -> None:
        for conn in self._connections.values():
            conn.close()
        self._connections.clear()

    def __enter__(self) -> "SafeExecutor":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _connect(self, db_path: str) -> sqlite3.Connection:
        conn = self._connections.get(db_path)
        if conn is not None:
            return conn
        if not os.path.isfile(db_path):
            raise FileNotFoundError(f"database file not found: {db_path}")
        uri = Path(db_path).resolve().as_uri() + "?mode=ro&immutable=1"
        # No statement cache: a cached statement keeps its SQLite heap (tens of MiB for a hostile one)
        # and its text readable from sqlite_stmt, so one query could shape the next one's verdict.
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None,
                               cached_statements=0 if self.limits.isolate_queries else 128)
        conn.text_factory = _decode_text
        conn.execute("PRAGMA query_only = 1")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute(f"PRAGMA hard_heap_limit = {int(self.limits.max_heap_bytes)}")
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, self.limits.max_value_bytes)
        conn.setlimit(sqlite3.SQLITE_LIMIT_LIKE_PATTERN_LENGTH, _MAX_PATTERN_BYTES)
        conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
        names = conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')").fetchall()
        self._readable[db_path] = frozenset([str(name).lower() for (name,) in names] + [*_SCHEMA_TABLES])
        conn.set_authorizer(self._authorize)
        conn.set_progress_handler(self._past_deadline, _PROGRESS_EVERY)
        self._connections[db_path] = conn
        return conn

    def _authorize(self, action: int, arg1, arg2, db_name, trigger) -> int:
        statement = self._statement
        if time.monotonic() > self._deadline:  # preparing a huge statement: no progress handler runs yet
            return statement.deny(f"timeout: still preparing the statement at the limit "
                                  f"({self.limits.timeout_s:g}s)")
        first = statement.first_action is None
        if first:
            statement.first_action = action
        if action == sqlite3.SQLITE_READ and arg1 and _describes_connection(arg1.lower(), statement.readable):
            return statement.deny(f"reading {arg1} is not allowed (it describes the connection or the file, "
                                  f"not the data)")
        if action in _ALLOWED_ACTIONS:
            name = (arg2 or "").lower() if action == sqlite3.SQLITE_FUNCTION else ""
            if name in _DENIED_FUNCTIONS:
                return statement.deny(f"function {arg2}() is not allowed")
            if name in _PATTERN_FUNCTIONS:
                statement.pattern_calls += 1
                if statement.pattern_calls > _MAX_PATTERN_CALLS:
                    return statement.deny(f"more than {_MAX_PATTERN_CALLS} LIKE/GLOB calls in one statement (each "
                                          f"costs value x pattern length, out of the time limit's reach)")
            if name in _SUPERLINEAR:
                statement.add_superlinear(name)
            if name in _BUILDERS:
                statement.add_builder(f"{name}()")
            if action == _SQLITE_RECURSIVE:
                statement.add_builder("a recursive CTE")
            if statement.superlinear and self.limits.refuse_superlinear:
                builder = statement.builder()
                if builder:
                    return statement.deny(
                        f"{statement.superlinear[0]}() in a statement that builds strings (with {builder}): its "
                        f"cost grows with the product of its arguments' lengths, out of the time limit's reach")
            return sqlite3.SQLITE_OK
        if action in _WRITES and arg1 in _SCHEMA_TABLES:
            # A table-valued function (json_each, pragma_*) declares its virtual table inside a SELECT:
            # SQLite asks to update sqlite_master.type for it. Nothing is written (read-only,
            # immutable file); what the function does next is authorized on its own.
            if action == sqlite3.SQLITE_UPDATE and statement.first_action == sqlite3.SQLITE_SELECT:
                return sqlite3.SQLITE_OK
            return statement.deny(f"{statement.ddl_action()} is not allowed (read-only, SELECT only)")
        what = _ACTION_NAMES[action] if 0 < action < len(_ACTION_NAMES) else f"action {action}"
        target = f" {arg1}" if arg1 and action != sqlite3.SQLITE_TRANSACTION else ""
        return statement.deny(f"{what}{target} is not allowed (read-only, SELECT only)")

    def _past_deadline(self) -> int:
        return 1 if time.monotonic() > self._deadline else 0

    def run(self, db_path: str | os.PathLike, sql: str) -> QueryResult:
        """Execute one SELECT statement; never raises for anything the SQL does."""
        start = time.monotonic()
        try:
            columns, rows = self._run(str(db_path), sql, start)
            return QueryResult(True, columns, rows, None, time.monotonic() - start)
        except (sqlite3.Error, ValueError, UnicodeError, OverflowError, MemoryError, OSError, RecursionError,
                _Refused) as exc:
            reason = self._reason(exc, start)
            if len(reason) > _MAX_REASON_CHARS:
                reason = reason[: _MAX_REASON_CHARS - 3] + "..."
            return QueryResult(False, error=reason, seconds=time.monotonic() - start)
        finally:
            self._deadline = math.inf
            self._statement = _Statement("")
            self._release_held_heap()

    def _release_held_heap(self) -> None:
        """Close every connection when SQLite still holds more than `max_held_heap_bytes` after a query
        (what a finished statement leaves behind must not shrink the next query's heap cap)."""
        if not self.limits.isolate_queries:
            return
        used = _sqlite_heap_used()
        if used is not None and used > self.limits.max_held_heap_bytes and self._connections:
            self.close()
            self.resets += 1

    def heap_held_bytes(self) -> int | None:
        """SQLite's heap in use in this process right now (None where it cannot be read)."""
        return _sqlite_heap_used()

    def _reason(self, exc: BaseException, start: float) -> str:
        message = str(exc) or type(exc).__name__
        if isinstance(exc, sqlite3.OperationalError) and message == "interrupted":
            return f"timeout: interrupted after {time.monotonic() - start:.1f}s (limit {self.limits.timeout_s:g}s)"
        denied = self._statement.denied
        # "authorization denied" is how VACUUM reports the ATTACH it needs being refused; a table-valued
        # function whose declaration was refused reports "vtable constructor failed".
        if denied and denied.startswith("timeout") and "not authorized" in message:
            return denied
        if denied and any(m in message for m in ("not authorized", "authorization denied", "constructor failed",
                                              "is prohibited")):
            return f"denied: {denied}"
        if isinstance(exc, sqlite3.ProgrammingError) and "one statement" in message:
            return "denied: more than one statement"
        if isinstance(exc, _Refused):
            return message
        if isinstance(exc, FileNotFoundError):
            return f"missing database: {message}"
        if isinstance(exc, MemoryError):  # sqlite3 raises it for SQLITE_NOMEM too
            return (f"out of memory: over SQLite's {self.limits.max_heap_bytes / 2**20:g} MiB heap cap, or the "
                    f"scoring process's {self.limits.max_worker_bytes / 2**20:g} MiB address-space cap")
        if isinstance(exc, sqlite3.DataError) and "too big" in message:
            return f"{type(exc).__name__}: {message} (values are capped at {self.limits.max_value_bytes} bytes)"
        return f"{type(exc).__name__}: {message}"

    def _run(self, db_path: str, sql: str, start: float) -> tuple[tuple[str, ...], list[tuple]]:
        if not isinstance(sql, str):
            raise ValueError(f"SQL must be a string, got {type(sql).__name__}")
        if not sql.strip():
            raise ValueError("empty SQL")
        conn = self._connect(db_path)
        self._statement = _Statement(sql, self._readable[db_path])
        self._deadline = start + self.limits.timeout_s
        cursor = conn.execute(sql)
        try:
            if cursor.description is None:
                raise _Refused("denied: statement returns no rows (SELECT only)")
            columns = tuple(col[0] for col in cursor.description)
            rows = self._fetch_bounded(cursor)
        finally:
            cursor.close()
        return columns, rows

    def _fetch_bounded(self, cursor: sqlite3.Cursor) -> list[tuple]:
        """Rows one at a time, each counted before the next is fetched: Python never holds more than
        the caps plus one row (and a row's values are also in SQLite's capped heap)."""
        max_rows, max_bytes = self.limits.max_rows, self.limits.max_result_bytes
        rows: list[tuple] = []
        size = 0
        for row in cursor:
            size += _ROW_OVERHEAD + sum(_value_bytes(v) for v in row)
            rows.append(row)
            if len(rows) > max_rows:
                raise _Refused(f"result too large: more than {max_rows} rows")
            if size > max_bytes:
                raise _Refused(f"result too large: more than {max_bytes / 2**20:g} MiB")
        return rows


def _value_bytes(value) -> int:
    """What one fetched value costs against the result cap: text by its UTF-8 bytes (what it becomes
    in JSON or on disk; a 4-byte character is 4 bytes, not 1), blobs by length, scalars by object size."""
    if isinstance(value, str):
        return (len(value) if value.isascii() else len(value.encode("utf-8", "surrogatepass"))) + _VALUE_OVERHEAD
    if isinstance(value, bytes):
        return len(value) + _VALUE_OVERHEAD
    return _SCALAR_BYTES


class _Statement:
    """What the authorizer has seen of the statement being prepared. Constant work per authorizer call:
    a statement may ask thousands of times (its bookkeeping must not be quadratic in its size)."""

    def __init__(self, sql: str, readable: frozenset[str] = frozenset()):
        self.sql = sql
        self.readable = readable
        self.first_action: int | None = None
        self.denied: str | None = None
        self.superlinear: list[str] = []  # distinct super-linear functions called, in order
        self.builders: list[str] = []     # the first two distinct things that may build long strings
        self.replace_calls = 0
        self.pattern_calls = 0
        if "||" in sql:
            self.builders.append("the || operator")
        elif len(sql) > _LONG_SQL_CHARS:
            self.builders.append(f"SQL text over {_LONG_SQL_CHARS} characters")

    def add_superlinear(self, name: str) -> None:
        if name not in self.superlinear:  # at most five names
            self.superlinear.append(name)

    def add_builder(self, what: str) -> None:
        if what == "replace()":
            self.replace_calls += 1
        if len(self.builders) < 2 and what not in self.builders:
            self.builders.append(what)

    def builder(self) -> str | None:
        """What builds strings for the super-linear calls: one replace() on its own builds only from
        its own arguments, so it does not count against itself (a second replace() does)."""
        for what in self.builders:
            if what != "replace()" or "replace" not in self.superlinear or self.replace_calls > 1:
                return what
        return None

    def deny(self, reason: str) -> int:
        if self.denied is None:  # the first refusal is the real one; SQLite may ask again on its way out
            self.denied = reason
        return sqlite3.SQLITE_DENY

    def ddl_action(self) -> str:
        match = _DDL_HEAD.match(self.sql)
        if not match:  # ANALYZE creates sqlite_stat1, for one
            word = _FIRST_WORD.match(self.sql)
            return f"{word.group(1).lower()} (it writes the schema)" if word else "changing the schema"
        verb, temp, kind, name = match.groups()
        words = (verb.lower(), "temp" if temp else "", " ".join(kind.lower().split()), name.strip('"`[]'))
        return " ".join(word for word in words if word)


def execute_readonly(db_path: str | os.PathLike, sql: str, limits: ExecutionLimits = ExecutionLimits()) -> QueryResult:
    """One-shot convenience wrapper around `SafeExecutor.run`."""
    with SafeExecutor(limits) as executor:
        return executor.run(db_path, sql)
