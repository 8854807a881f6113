"""`spft-sql mcp` driven by the real `mcp` client SDK: over stdio (the client spawns
`python -m cluster.cli mcp` with the tiny random model), one session whose calls are recorded once and
checked by the tests below, and over streamable HTTP on the loopback. The databases are a copy of
spider-mini's concert_singer, hashed before and after every hostile query."""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from mcp import ClientSession, StdioServerParameters, stdio_client

from tiny_model import tiny_model  # noqa: F401 - fixture

REPO = Path(__file__).resolve().parents[1]
QUESTION = "How many singers do we have?"
HOSTILE = ["DROP TABLE singer", "SELECT sql FROM sqlite_stmt", "DELETE FROM singer",
           "SELECT 1; DROP TABLE singer", "ATTACH DATABASE 'x.db' AS x", "PRAGMA journal_mode=WAL"]
CALLS = {
    "list_databases": ("list_databases", {}),
    "describe": ("describe_table", {"db_id": "concert_singer", "table": "SINGER"}),
    "describe_unknown": ("describe_table", {"db_id": "concert_singer", "table": "singers"}),
    "generate": ("generate_sql", {"question": QUESTION, "db_id": "concert_singer"}),
    "generate_blank": ("generate_sql", {"question": " \u200b ", "db_id": "concert_singer"}),
    "generate_unknown_db": ("generate_sql", {"question": QUESTION, "db_id": "no_such_db"}),
    "count": ("execute_sql", {"sql": "SELECT count(*) FROM singer", "db_id": "concert_singer"}),
    "many_rows": ("execute_sql", {"sql": "SELECT a.Singer_ID FROM singer a, singer b", "db_id": "concert_singer"}),
    **{f"hostile_{i}": ("execute_sql", {"sql": sql, "db_id": "concert_singer"}) for i, sql in enumerate(HOSTILE)},
}


def sha256_tree(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def data(tmp_path_factory, spider_mini) -> Path:
    root = tmp_path_factory.mktemp("mcp-data")
    shutil.copytree(spider_mini / "database" / "concert_singer", root / "database" / "concert_singer")
    return root


def command(model: Path, data: Path, *extra: str) -> list[str]:
    return ["-m", "cluster.cli", "mcp", "--model", str(model), "--data", str(data), "--backend", "hf",
            "--dtype", "fp32", "--max-new-tokens", "8", "--max-rows-shown", "5", *extra]


def outcome(result) -> dict:
    text = result.content[0].text if result.content else ""
    return {"error": result.is_error, "text": text, "structured": result.structured_content}


async def record_session(model: Path, data: Path) -> dict:
    # The SDK passes the child only a few variables by default; this one needs the offline settings.
    params = StdioServerParameters(command=sys.executable, args=command(model, data), env=dict(os.environ), cwd=REPO)
    with open(data / "server-stderr.log", "w") as errlog:
        async with stdio_client(params, errlog=errlog) as (read, write), ClientSession(read, write) as session:
            await session.initialize()
            record = {"tools": sorted(t.name for t in (await session.list_tools()).tools)}
            for key, (name, arguments) in CALLS.items():
                record[key] = outcome(await session.call_tool(name, arguments))
    return record


@pytest.fixture(scope="module")
def stdio(tiny_model, data):  # noqa: F811
    before = sha256_tree(data / "database")
    started = time.perf_counter()
    record = asyncio.run(asyncio.wait_for(record_session(tiny_model, data), timeout=300))
    record["seconds"] = time.perf_counter() - started
    record["unchanged"] = sha256_tree(data / "database") == before
    return record


def test_the_four_tools_are_listed(stdio):
    assert stdio["tools"] == ["describe_table", "execute_sql", "generate_sql", "list_databases"]


def test_list_databases_names_the_data_folder(stdio):
    assert not stdio["list_databases"]["error"]
    assert stdio["list_databases"]["structured"] == {"result": ["concert_singer"]}


def test_describe_table_gives_columns_and_keys_without_case(stdio):
    table = stdio["describe"]["structured"]
    assert (table["table"], table["primary_key"]) == ("singer", ["Singer_ID"])
    assert {"name": "Name", "type": "TEXT"} in table["columns"] and json.loads(stdio["describe"]["text"]) == table


def test_describe_table_of_an_unknown_table_lists_the_tables(stdio):
    assert stdio["describe_unknown"]["error"]
    assert "no table 'singers'" in stdio["describe_unknown"]["text"] and "singer_in_concert" in stdio["describe_unknown"]["text"]


def test_generate_sql_answers_with_the_models_sql(stdio):
    assert not stdio["generate"]["error"] and isinstance(stdio["generate"]["structured"]["result"], str)


def test_generate_sql_refuses_a_blank_question_and_an_unknown_database(stdio):
    assert stdio["generate_blank"]["error"] and "question is blank" in stdio["generate_blank"]["text"]
    assert stdio["generate_unknown_db"]["error"] and "unknown database 'no_such_db'" in stdio["generate_unknown_db"]["text"]


def test_execute_sql_returns_rows(stdio):
    assert stdio["count"]["structured"] == {"columns": ["count(*)"], "rows": [[6]], "row_count": 1, "truncated": False}


def test_execute_sql_returns_the_first_rows_and_the_count(stdio):
    many = stdio["many_rows"]["structured"]
    assert (len(many["rows"]), many["row_count"], many["truncated"]) == (5, 36, True)


@pytest.mark.parametrize("index, reason", [(0, "drop table singer is not allowed"), (1, "reading sqlite_stmt is not allowed"),
                                           (2, "delete singer is not allowed"), (3, "more than one statement"),
                                           (4, "attach"), (5, "pragma")])
def test_hostile_query_is_a_tool_error_with_the_reason(stdio, index, reason):
    result = stdio[f"hostile_{index}"]
    assert result["error"] and reason in result["text"].lower(), result


def test_database_files_are_unchanged(stdio):
    assert stdio["unchanged"]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_streamable_http_on_loopback_serves_the_same_tools(tiny_model, data):  # noqa: F811
    from mcp.client.streamable_http import streamable_http_client

    port = free_port()
    server = subprocess.Popen([sys.executable, *command(tiny_model, data, "--http", "--port", str(port))], cwd=REPO,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)

    async def call() -> tuple[dict, dict]:
        async with streamable_http_client(f"http://127.0.0.1:{port}/mcp") as (read, write), \
                ClientSession(read, write) as session:
            await session.initialize()
            return (outcome(await session.call_tool("execute_sql", CALLS["count"][1])),
                    outcome(await session.call_tool("execute_sql", CALLS["hostile_0"][1])))

    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and server.poll() is None:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.2)
        count, hostile = asyncio.run(asyncio.wait_for(call(), timeout=120))
    finally:
        server.terminate()
        _, stderr = server.communicate(timeout=30)
    assert count["structured"]["rows"] == [[6]]
    assert hostile["error"] and "drop table singer" in hostile["text"]
    assert "spft-sql mcp: served 1 databases over HTTP" in stderr


def test_a_missing_data_folder_is_one_line_and_exit_2(tiny_model, tmp_path, capsys):  # noqa: F811
    from cluster.cli import main

    assert main(["mcp", "--model", str(tiny_model), "--data", str(tmp_path / "nope")]) == 2
    assert capsys.readouterr().err.startswith("spft-sql mcp: error: benchmark folder not found")


def test_mcp_flags_are_the_tool_settings_fields_and_refuse_impossible_values_by_flag(tiny_model, capsys):  # noqa: F811
    """Each generated flag's default is its ToolSettings field's (one home), and a bad value is refused
    by the flag's name before any model is resolved."""
    import argparse
    import dataclasses

    from cluster import mcp as mcp_command
    from cluster.cli import main
    from serving.settings import TOOL_FLAGS, ToolSettings

    parser = argparse.ArgumentParser()
    mcp_command.add_arguments(parser)
    defaults = {field.name: field.default for field in dataclasses.fields(ToolSettings)}
    assert {name: parser.get_default(name) for name in TOOL_FLAGS.values()} == {n: defaults[n] for n in TOOL_FLAGS.values()}
    assert defaults["sql_timeout_s"] == 30.0  # the verifier's
    assert main(["mcp", "--model", "no-such-model", "--data", "nowhere", "--sql-timeout", "0",
                 "--max-rows-shown", "-1"]) == 2
    err = capsys.readouterr().err
    assert "--sql-timeout: Input should be greater than 0" in err and "--max-rows-shown: Input should be greater" in err
