"""An MCP server (the official `mcp` SDK's MCPServer, FastMCP before mcp 2) offering serving/tools.py's
four tools: `list_databases`, `describe_table(db_id, table)`, `generate_sql(question, db_id)` and
`execute_sql(sql, db_id)`. Agents and IDEs get the trained parser plus a read-only executor bounded
like the verifier. A refused call is a tool error (`isError: true`) whose text is the reason.

`spft-sql mcp` (cluster/mcp.py) runs it over stdio, or streamable HTTP on the loopback:

    server = build_server(SqlTools(ToolSettings(model=..., data=...)))
    server.run()                                                        # stdio
    server.run("streamable-http", host="127.0.0.1", port=8765)         # http://127.0.0.1:8765/mcp

The model starts loading when a session opens (the server's lifespan), on its own thread: the
catalogue tools answer at once, generate_sql waits for the model. Over stdio the SDK points fd 1 at
stderr while it serves, so nothing the engine prints can corrupt the protocol stream.
"""

from __future__ import annotations

import contextlib
from typing import Annotated, Any

from pydantic import Field

from serving.tools import SqlTools, ToolRefusal

INSTRUCTIONS = ("Text-to-SQL over registered SQLite databases. list_databases names them; describe_table shows "
                "a table's columns and keys; generate_sql asks a small model trained for text-to-SQL for the SQL "
                "of a question; execute_sql runs one read-only SELECT (time-, row- and memory-limited) and "
                "returns its rows. A refused call is an error whose text says why.")
DbId = Annotated[str, Field(description="A database name from list_databases.")]


def _refusals_as_tool_errors(call):
    from mcp.server.mcpserver.exceptions import ToolError

    try:
        return call()
    except ToolRefusal as exc:
        raise ToolError(str(exc)) from None


def build_server(tools: SqlTools, name: str = "spft-sql") -> "MCPServer":  # noqa: F821
    """The MCP server for `tools`; it starts loading the model when a session opens. The SDK is
    imported here: serving/ modules load on verifier nodes too, which do not install it."""
    from mcp.server.mcpserver import MCPServer
    from mcp.types import ToolAnnotations

    read_only = ToolAnnotations(read_only_hint=True, destructive_hint=False, idempotent_hint=True,
                                open_world_hint=False)

    @contextlib.asynccontextmanager
    async def lifespan(server: MCPServer):
        tools.start()
        yield {}

    server = MCPServer(name, instructions=INSTRUCTIONS, lifespan=lifespan)

    @server.tool(annotations=read_only)
    def list_databases() -> list[str]:
        """The databases (db_id) that describe_table, generate_sql and execute_sql may name."""
        return tools.list_databases()

    @server.tool(annotations=read_only)
    def describe_table(db_id: DbId, table: Annotated[str, Field(description="A table of that database.")]) -> dict[str, Any]:
        """Columns (name, declared type), primary key and foreign keys of one table; an unknown table
        is an error that lists the database's tables."""
        return _refusals_as_tool_errors(lambda: tools.describe_table(db_id, table))

    @server.tool(annotations=read_only)
    def generate_sql(question: Annotated[str, Field(description="The question, in natural language.")],
                     db_id: DbId) -> str:
        """SQLite SQL for a question about one database, written by the trained text-to-SQL model
        (greedy decoding). It is not run: pass it to execute_sql for its rows."""
        return _refusals_as_tool_errors(lambda: tools.generate_sql(question, db_id))

    @server.tool(annotations=read_only)
    def execute_sql(sql: Annotated[str, Field(description="One SQLite SELECT statement.")], db_id: DbId) -> dict[str, Any]:
        """Run one read-only query. Returns columns, the first rows (row_count says how many there
        were). Writes, several statements, PRAGMAs, ATTACH and queries over the time, row or memory
        limits are refused with the reason."""
        return _refusals_as_tool_errors(lambda: tools.execute_sql(sql, db_id))

    return server
