"""The trained parser and a safe executor as four tools, for agents: the logic behind `spft-sql mcp`
(serving/mcp_server.py), free of any protocol so other tool frameworks can wrap it too.

    tools = SqlTools(ToolSettings(model="path/to/model", data="data/spider-mini"))
    tools.list_databases()                                   # ["concert_singer", ...]
    tools.describe_table("concert_singer", "singer")         # columns, primary key, foreign keys
    sql = tools.generate_sql("How many singers?", "concert_singer")
    tools.execute_sql(sql, "concert_singer")                 # {"columns": [...], "rows": [...], ...}

A call the tools refuse raises `ToolRefusal`, whose text is the reason (an unknown database or table,
a blank question, a query the executor denies or that runs out of time, rows or memory).

Choices:
- `generate_sql` prompts and decodes exactly as POST /v1/sql does: the schema text of the database
  with the sample values the checkpoint was trained with, greedy decoding, `extract_sql`. The engine
  (actors/backends.py `make_backend`, transformers by default) is loaded on its own thread when
  `start()` is called, so the other tools answer while a model loads; every engine call (tokenizer
  included) runs on that one thread, one question at a time.
- `execute_sql` runs through a `ScoringPool` (text2sql/scoring.py) with the verifier's limits
  (`ExecutionLimits` defaults: read-only, one statement, 30 s, 100,000 rows, 32 MiB of results,
  256 MiB of SQLite heap, a worker killed past its deadline and capped at 1 GiB of address space):
  what text2sql/execution.py promises holds here, and so does what it does not promise (a query may
  read every table of the database it names). At most `max_rows_shown` rows go back to the caller,
  with the full row count.
- `describe_table` reflects the file read-only (`mode=ro&immutable=1`).
"""

from __future__ import annotations

import dataclasses
import json
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from serving.schemas import SqlRequest, error_text, json_cell
from serving.settings import ToolSettings
from text2sql.execution import ExecutionLimits
from text2sql.prompts import STOP, extract_sql, render_prompt
from text2sql.schema import cached_schema, cached_schema_text
from text2sql.spider import SpiderData

VERIFIER_LIMITS = ExecutionLimits()


class ToolRefusal(ValueError):
    """A tool call refused; the message says why, in words an agent can act on."""


def context_tokens(model: str, max_model_len: int | None) -> int:
    """How many tokens (prompt + completion) the model takes."""
    if max_model_len:
        return max_model_len
    config = json.loads((Path(model) / "config.json").read_text())
    return int(config.get("max_position_embeddings") or 2048)


class SqlTools:
    """list_databases, describe_table, generate_sql and execute_sql over one Spider-format folder."""

    def __init__(self, settings: ToolSettings):
        from text2sql.scoring import ScoringPool

        self.settings = settings
        self.data = SpiderData(settings.data)
        self.registered = frozenset(self.data.db_ids)
        self.limits = dataclasses.replace(VERIFIER_LIMITS, timeout_s=settings.sql_timeout_s)
        # A fresh interpreter, not a fork: this process runs the engine's and the transport's threads.
        self.pool = ScoringPool(self.limits, workers=1, start="exec")
        self._engine_thread = ThreadPoolExecutor(1, thread_name_prefix="engine")
        self._loaded: Future | None = None

    # ---- the engine, on its own thread -----------------------------------------------------------

    def start(self) -> Future:
        """Begin loading the model (once); generate_sql waits for it."""
        if self._loaded is None:
            self._loaded = self._engine_thread.submit(self._load)
        return self._loaded

    def _load(self) -> None:
        from transformers import AutoTokenizer

        from actors.backends import BackendConfig, SamplingParams, make_backend

        s = self.settings
        self.tokenizer = AutoTokenizer.from_pretrained(s.model)
        self.backend = make_backend(s.backend, BackendConfig(model=s.model, dtype=s.dtype, max_model_len=s.max_model_len,
                                                             batch_size=1))
        if s.adapter:
            self.backend.load_weights(s.adapter)
        self.params = SamplingParams(temperature=0.0, max_tokens=s.max_new_tokens, stop=tuple(STOP))
        self.prompt_budget = context_tokens(s.model, s.max_model_len) - s.max_new_tokens

    def _answer(self, schema: str, question: str) -> str:
        prompt = render_prompt(self.tokenizer, schema, question)
        length = len(self.tokenizer(prompt, add_special_tokens=False)["input_ids"])
        if length > self.prompt_budget:
            raise ToolRefusal(f"the prompt (schema + question) is {length} tokens; this model takes at most "
                              f"{self.prompt_budget} before its answer: ask a shorter question")
        return extract_sql(self.backend.generate([prompt], self.params)[0][0])

    def close(self) -> None:
        if self._loaded is not None and self._loaded.done() and self._loaded.exception() is None:
            self._engine_thread.submit(self.backend.close).result()
        self._engine_thread.shutdown(wait=False, cancel_futures=True)
        self.pool.close()

    # ---- the tools -------------------------------------------------------------------------------

    def _db_path(self, db_id: str) -> Path:
        if db_id not in self.registered:
            raise ToolRefusal(f"unknown database {db_id!r}; list_databases lists the {len(self.registered)} there are")
        return self.data.db_path(db_id)

    def list_databases(self) -> list[str]:
        """The databases questions and queries may name (db_id), sorted."""
        return sorted(self.registered)

    def describe_table(self, db_id: str, table: str) -> dict[str, Any]:
        """Columns (name, declared type), primary key and foreign keys of one table."""
        path = self._db_path(db_id)
        try:
            schema = cached_schema(str(path))
        except Exception as exc:  # noqa: BLE001 - this one file is unreadable; say so
            cause = getattr(exc, "orig", None) or exc  # SQLAlchemy wraps the sqlite3 error
            raise ToolRefusal(f"database {db_id!r} cannot be read ({type(cause).__name__}: {cause})") from None
        found = schema.table(table)
        if found is None:
            names = ", ".join(t.name for t in schema.tables)
            raise ToolRefusal(f"no table {table!r} in {db_id!r}; its tables: {names}")
        return {"db_id": db_id, "table": found.name,
                "columns": [{"name": c.name, "type": c.type} for c in found.columns],
                "primary_key": list(found.primary_key),
                "foreign_keys": [{"columns": list(fk.columns), "ref_table": fk.ref_table,
                                  "ref_columns": list(fk.ref_columns)} for fk in found.foreign_keys]}

    def generate_sql(self, question: str, db_id: str) -> str:
        """The trained parser's SQL for a question about a database (greedy, as POST /v1/sql)."""
        try:
            request = SqlRequest.model_validate({"question": question, "db_id": db_id})
        except ValidationError as exc:
            raise ToolRefusal(error_text(exc.errors())) from None
        path = self._db_path(request.db_id)
        s = self.settings
        try:
            schema = cached_schema_text(str(path), s.sample_values, s.value_chars)
        except Exception as exc:  # noqa: BLE001
            cause = getattr(exc, "orig", None) or exc
            raise ToolRefusal(f"database {db_id!r} cannot be read ({type(cause).__name__}: {cause})") from None
        try:
            self.start().result()
        except Exception as exc:  # noqa: BLE001 - every later call says the same
            raise ToolRefusal(f"the model {Path(s.model).name} could not be loaded ({type(exc).__name__}: {exc})") from None
        return self._engine_thread.submit(self._answer, schema, request.question).result()

    def execute_sql(self, sql: str, db_id: str) -> dict[str, Any]:
        """Rows of one read-only query, bounded in time, rows and memory like the verifier."""
        path = self._db_path(db_id)
        if not sql.strip():
            raise ToolRefusal("sql is empty: send one SELECT statement")
        result = self.pool.run(str(path), sql)
        if not result.ok:
            raise ToolRefusal(result.error or "the query failed")
        shown = result.rows[:self.settings.max_rows_shown]
        return {"columns": list(result.columns), "rows": [[json_cell(v) for v in row] for row in shown],
                "row_count": len(result.rows), "truncated": len(result.rows) > len(shown)}
