"""Safe, read-only execution of untrusted SQL against SQLite databases: the verifier's core.

Generated SQL is hostile input. `SafeExecutor.run(db_path, sql)` never raises for anything the SQL
does: every failure comes back as a `QueryResult` with `ok=False` and a human-readable `error`.

What it protects against
- Changing a database: files are opened with `mode=ro&immutable=1` (no writes, no journal/WAL/SHM
  files, no locks), `PRAGMA query_only=1` is set, and an authorizer allows only reading actions
  (SELECT, reading columns, calling functions, recursive CTEs). INSERT/UPDATE/DELETE, all DDL
  (including TEMP tables, views and triggers), transactions, ATTACH/DETACH, VACUUM, every PRAGMA,
  `load_extension` and `printf`/`format` (see `_DENIED_FUNCTIONS`) are denied before the statement
  runs. Databases stay byte-identical.
- Several statements in one string: refused (one statement only; a trailing `;` or comment is fine).
- Runaway queries (endless recursive CTEs, cartesian blow-ups): a progress handler checks a
  wall-clock deadline every few thousand VM instructions and interrupts the query at `timeout_s`.
- Huge results: at most `max_rows` rows and roughly `max_result_bytes` bytes are fetched; more is an
  error, not a memory blow-up. Single strings/blobs are capped at `max_value_bytes`
  (SQLITE_LIMIT_LENGTH) so `zeroblob(1e9)` fails fast, and SQLite's heap is capped process-wide at
  `max_heap_bytes` (`PRAGMA hard_heap_limit`), so giant sorts fail with "out of memory" instead
  of taking the machine down. Temporary storage is in memory: no stray temp files.
- Malformed text: NUL bytes, lone surrogates and invalid UTF-8 stored in the database never crash;
  stored text is decoded with replacement characters. Error reasons are cut to 500 characters.

What it does not protect against
- A malicious *database file* (crafted to exploit SQLite itself): databases are trusted, SQL is not.
- CPU use up to the timeout, and memory up to the caps above, per query; run many in parallel and
  multiply. The heap cap is per process, so it is shared by every connection in that process.
- Side channels (timing) and reading any table of the database the query targets: a query may read
  everything in the database it was sent to, by design.
- Bugs in SQLite itself; keep the library current.
"""

from __future__ import annotations

import dataclasses
import math
import os
import sqlite3
import time
from pathlib import Path
from typing import Any

# Actions the authorizer lets through; everything else is denied. SQLITE_RECURSIVE is 33 in
# sqlite3.h but not exported by Python's module.
_SQLITE_RECURSIVE = 33
_ALLOWED_ACTIONS = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION, _SQLITE_RECURSIVE}
# printf/format: `printf('%.*c', 1e9, 'x')` loops in C for seconds after hitting the length cap, out
# of reach of the progress handler, so it would overrun the timeout. Spider gold SQL never uses them.
_DENIED_FUNCTIONS = {"load_extension", "fts3_tokenizer", "readfile", "writefile", "edit", "sqlite_dbpage",
                     "printf", "format"}
# sqlite3.h authorizer action codes 1..33, for error messages.
_ACTION_NAMES = (
    "", "create index", "create table", "create temp index", "create temp table", "create temp trigger",
    "create temp view", "create trigger", "create view", "delete", "drop index", "drop table",
    "drop temp index", "drop temp table", "drop temp trigger", "drop temp view", "drop trigger",
    "drop view", "insert", "pragma", "read", "select", "transaction", "update", "attach", "detach",
    "alter table", "reindex", "analyze", "create vtable", "drop vtable", "function", "savepoint",
    "recursive",
)
_PROGRESS_EVERY = 4_000  # VM instructions between deadline checks (~tens of microseconds)
_MAX_REASON_CHARS = 500  # SQLite quotes the offending token: 1 MB of garbage gives a 1 MB message


@dataclasses.dataclass(frozen=True)
class ExecutionLimits:
    """Bounds for one query. Defaults suit benchmark verification on a laptop."""

    timeout_s: float = 30.0
    max_rows: int = 100_000
    max_result_bytes: int = 64 * 2**20
    max_value_bytes: int = 8 * 2**20
    max_heap_bytes: int = 2 * 2**30


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
        self._denied: str | None = None

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
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
        conn.text_factory = _decode_text
        conn.execute("PRAGMA query_only = 1")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute(f"PRAGMA hard_heap_limit = {int(self.limits.max_heap_bytes)}")
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, self.limits.max_value_bytes)
        conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
        conn.set_authorizer(self._authorize)
        conn.set_progress_handler(self._past_deadline, _PROGRESS_EVERY)
        self._connections[db_path] = conn
        return conn

    def _authorize(self, action: int, arg1, arg2, db_name, trigger) -> int:
        if action in _ALLOWED_ACTIONS:
            if action == sqlite3.SQLITE_FUNCTION and (arg2 or "").lower() in _DENIED_FUNCTIONS:
                self._denied = f"function {arg2}() is not allowed"
                return sqlite3.SQLITE_DENY
            return sqlite3.SQLITE_OK
        what = _ACTION_NAMES[action] if 0 < action < len(_ACTION_NAMES) else f"action {action}"
        target = f" {arg1}" if arg1 and action != sqlite3.SQLITE_TRANSACTION else ""
        self._denied = f"{what}{target} is not allowed (read-only, SELECT only)"
        return sqlite3.SQLITE_DENY

    def _past_deadline(self) -> int:
        return 1 if time.monotonic() > self._deadline else 0

    def run(self, db_path: str | os.PathLike, sql: str) -> QueryResult:
        """Execute one SELECT statement; never raises for anything the SQL does."""
        start = time.monotonic()
        try:
            columns, rows = self._run(str(db_path), sql, start)
            return QueryResult(True, columns, rows, None, time.monotonic() - start)
        except (sqlite3.Error, ValueError, UnicodeError, OverflowError, MemoryError, OSError, _Refused) as exc:
            reason = self._reason(exc, start)
            if len(reason) > _MAX_REASON_CHARS:
                reason = reason[: _MAX_REASON_CHARS - 3] + "..."
            return QueryResult(False, error=reason, seconds=time.monotonic() - start)
        finally:
            self._deadline = math.inf
            self._denied = None

    def _reason(self, exc: BaseException, start: float) -> str:
        message = str(exc) or type(exc).__name__
        if isinstance(exc, sqlite3.OperationalError) and message == "interrupted":
            return f"timeout: interrupted after {time.monotonic() - start:.1f}s (limit {self.limits.timeout_s:g}s)"
        # "authorization denied" is how VACUUM reports the ATTACH it needs being refused.
        if self._denied and ("not authorized" in message or "authorization denied" in message):
            return f"denied: {self._denied}"
        if isinstance(exc, sqlite3.ProgrammingError) and "one statement" in message:
            return "denied: more than one statement"
        if isinstance(exc, _Refused):
            return message
        if isinstance(exc, FileNotFoundError):
            return f"missing database: {message}"
        return f"{type(exc).__name__}: {message}"

    def _run(self, db_path: str, sql: str, start: float) -> tuple[tuple[str, ...], list[tuple]]:
        if not isinstance(sql, str):
            raise ValueError(f"SQL must be a string, got {type(sql).__name__}")
        if not sql.strip():
            raise ValueError("empty SQL")
        conn = self._connect(db_path)
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
        limits = self.limits
        rows: list[tuple] = []
        size = 0
        while batch := cursor.fetchmany(512):
            rows.extend(batch)
            if len(rows) > limits.max_rows:
                raise _Refused(f"result too large: more than {limits.max_rows} rows")
            for row in batch:
                for value in row:
                    size += len(value) if isinstance(value, (str, bytes)) else 16
            if size > limits.max_result_bytes:
                raise _Refused(f"result too large: more than {limits.max_result_bytes // 2**20} MiB")
        return rows


def execute_readonly(db_path: str | os.PathLike, sql: str, limits: ExecutionLimits = ExecutionLimits()) -> QueryResult:
    """One-shot convenience wrapper around `SafeExecutor.run`."""
    with SafeExecutor(limits) as executor:
        return executor.run(db_path, sql)
