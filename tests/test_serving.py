"""The serving contract: request schema rules, then the Serve app over real HTTP.

One Serve app per module (a tiny random model on the transformers backend, ~10 s to start) takes a
corpus of bad requests, each of which must be a 4xx `{"error": ...}`; the slow tests serve the real
Qwen2.5-Coder-0.5B next to it. The tiny model on vLLM's async engine (the default backend) is
tests/test_serving_async.py.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import shutil
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from pydantic import ValidationError

from serving.schemas import (MAX_BODY_BYTES, MAX_QUESTION_CHARS, MAX_SCHEMA_BYTES, SqlRequest, error_text,
                             json_cell)
from serving_harness import ask, deploy, serve_on_free_port
from tiny_model import adapter, tiny_model  # noqa: F401 - fixtures

SCHEMA = "CREATE TABLE singer (singer_id INTEGER PRIMARY KEY, name TEXT, age INTEGER);"
PATH_LIKE_IDS = ["../x", "/etc/passwd", "a/b", "..", ".hidden", "a\\b", "concert_singer/../singer",
                 "%2e%2e%2fx", "", "concert singer", "c\x00s"]


def rejection(body: dict) -> str:
    with pytest.raises(ValidationError) as info:
        SqlRequest.model_validate(body)
    return error_text(info.value.errors())


# ---- the request schema, as pure rules ------------------------------------------------------------

def test_question_with_db_id_is_valid_and_execute_defaults_to_false():
    request = SqlRequest.model_validate({"question": "How many singers?", "db_id": "concert_singer"})
    assert (request.db_id, request.schema_, request.execute) == ("concert_singer", None, False)


def test_question_with_inline_schema_is_valid():
    assert SqlRequest.model_validate({"question": "How many?", "schema": SCHEMA}).schema_ == SCHEMA


def test_both_db_id_and_schema_are_refused():
    assert "exactly one of db_id" in rejection({"question": "q", "db_id": "singer", "schema": SCHEMA})


def test_neither_db_id_nor_schema_is_refused():
    assert "exactly one of db_id" in rejection({"question": "q"})


def test_execute_with_schema_is_refused():
    assert "execute needs db_id" in rejection({"question": "q", "schema": SCHEMA, "execute": True})


@pytest.mark.parametrize("db_id", PATH_LIKE_IDS)
def test_path_like_db_ids_are_refused(db_id):
    assert rejection({"question": "q", "db_id": db_id}).startswith("db_id:")


@pytest.mark.parametrize("question", ["", "   \n\t"])
def test_empty_or_blank_question_is_refused(question):
    assert rejection({"question": question, "db_id": "singer"}).startswith("question:")


INVISIBLE_QUESTIONS = ["\u200b\u200c\u200d\u2060\ufeff", "\u3000\u00a0\u2028", "\x01\x7f\u0085", "\u200e\u202e \u3164"]


@pytest.mark.parametrize("question", INVISIBLE_QUESTIONS)
def test_question_without_a_visible_character_is_refused(question):
    assert rejection({"question": question, "db_id": "singer"}) == (
        "question: question is blank: it has no visible character (only spaces, zero-width or control characters)")


def test_a_visible_character_among_zero_width_ones_is_a_question():
    assert SqlRequest.model_validate({"question": "\u200b?\u200b", "db_id": "singer"}).question == "\u200b?\u200b"


def test_question_of_the_maximum_length_passes_and_one_more_char_fails():
    SqlRequest.model_validate({"question": "q" * MAX_QUESTION_CHARS, "db_id": "singer"})
    assert "at most 2000" in rejection({"question": "q" * (MAX_QUESTION_CHARS + 1), "db_id": "singer"})


def test_schema_size_is_counted_in_utf8_bytes():
    # 'é' is one character but two bytes: 60,000 of them are 120,000 bytes, over the 100 KB limit.
    assert f"at most {MAX_SCHEMA_BYTES}" in rejection({"question": "q", "schema": "é" * 60_000})


def test_unknown_fields_are_refused_by_name():
    assert rejection({"question": "q", "db_id": "singer", "temperature": 2}) == "unknown field 'temperature'"


@pytest.mark.parametrize("body", [{"question": 5, "db_id": "singer"}, {"question": ["q"], "db_id": "singer"},
                                  {"question": "q", "db_id": 7}, {"question": "q", "db_id": "singer", "execute": "yes"},
                                  {"question": "q", "db_id": "singer", "execute": 1}])
def test_wrong_types_are_not_coerced(body):
    rejection(body)


def test_lone_surrogate_in_question_is_refused():
    assert rejection({"question": "why \ud800", "db_id": "singer"}).startswith("question:")


def test_blobs_become_hex_and_long_ones_are_cut():
    assert json_cell(b"\x00\xab") == "0x00ab"
    assert json_cell(bytes(100)).endswith("... (100 bytes)")


def test_non_finite_floats_become_text_that_json_can_carry():
    cells = [json_cell(float("inf")), json_cell(float("-inf")), json_cell(float("nan")), json_cell(1.5)]
    assert json.loads(json.dumps(cells, allow_nan=False)) == ["Infinity", "-Infinity", "NaN", 1.5]


def test_access_log_writes_one_json_line_per_request():
    from starlette.applications import Starlette
    from starlette.responses import PlainTextResponse
    from starlette.routing import Route
    from starlette.testclient import TestClient

    from serving.middleware import ACCESS_LOG, AccessLog

    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append
    ACCESS_LOG.addHandler(handler)
    ACCESS_LOG.setLevel(logging.INFO)
    try:
        app = AccessLog(Starlette(routes=[Route("/teapot", lambda r: PlainTextResponse("tea", status_code=418))]))
        TestClient(app).get("/teapot", headers={"x-request-id": "req-42"})
    finally:
        ACCESS_LOG.removeHandler(handler)
    assert len(records) == 1
    line = json.loads(records[0].getMessage())
    assert {k: line[k] for k in ("method", "path", "status", "request_id")} == {
        "method": "GET", "path": "/teapot", "status": 418, "request_id": "req-42"}
    assert isinstance(line["latency_ms"], float) and line["latency_ms"] >= 0


# ---- `spft-sql serve` options ---------------------------------------------------------------------

def serve_args(*argv: str):
    import argparse

    from cluster import serve as serve_command

    parser = argparse.ArgumentParser()
    serve_command.add_arguments(parser)
    return serve_command.settings_from_args(parser.parse_args(list(argv)))[0]


def test_serve_refuses_more_min_than_max_replicas(tiny_model, spider_mini):
    from text2sql.errors import UserError

    with pytest.raises(UserError, match="min-replicas"):
        serve_args("--model", str(tiny_model), "--data", str(spider_mini), "--min-replicas", "3", "--max-replicas", "2")


def test_serve_flags_are_the_settings_fields_and_refuse_impossible_values_by_flag(tiny_model, spider_mini):
    """Each generated flag's default is its ServeSettings field's (one home), and a bad value is refused
    by the flag's name before any model is resolved."""
    import argparse
    import dataclasses

    from cluster import serve as serve_command
    from serving.settings import FLAGS, ServeSettings
    from text2sql.errors import UserError

    parser = argparse.ArgumentParser()
    serve_command.add_arguments(parser)
    defaults = {field.name: field.default for field in dataclasses.fields(ServeSettings)}
    assert {name: parser.get_default(name) for name in FLAGS.values()} == {name: defaults[name] for name in FLAGS.values()}
    with pytest.raises(UserError, match=r"--sql-workers: Input should be greater than or equal to 1 \(got 0\)"):
        serve_args("--model", "no-such-model", "--data", str(spider_mini), "--sql-workers", "0")
    with pytest.raises(UserError, match=r"--sql-timeout: Input should be greater than 0"):
        serve_args("--model", str(tiny_model), "--data", str(spider_mini), "--sql-timeout", "-1")


def test_serve_refuses_an_adapter_folder_without_adapter_config(tiny_model, spider_mini, tmp_path):
    from text2sql.errors import UserError

    with pytest.raises(UserError, match="not a LoRA adapter folder"):
        serve_args("--model", str(tiny_model), "--data", str(spider_mini), "--adapter", str(tmp_path))


def test_serve_takes_an_adapter_as_model_and_serves_it_on_its_base(adapter, tiny_model, spider_mini):
    settings = serve_args("--model", str(adapter), "--data", str(spider_mini), "--backend", "hf")
    assert (settings.model, settings.adapter) == (str(tiny_model), str(adapter.resolve()))
    unmerged = serve_args("--model", str(adapter), "--data", str(spider_mini), "--no-merge")
    assert (unmerged.model, unmerged.adapter) == (str(tiny_model), str(adapter.resolve()))
    assert not unmerged.async_engine  # LoRA stays on the batched synchronous engine


def test_serve_prompts_with_the_schema_settings_the_checkpoint_was_trained_with(adapter, spider_mini, tmp_path):
    import shutil

    from text2sql.schema import SAMPLE_VALUES, VALUE_CHARS

    assert serve_args("--model", str(adapter), "--data", str(spider_mini), "--no-merge").sample_values == SAMPLE_VALUES
    trained = tmp_path / "step_000010"
    shutil.copytree(adapter, trained)
    (trained / "config.yaml").write_text("data:\n  sample_values: 0\n  value_chars: 12\n")  # as `train` saves it
    settings = serve_args("--model", str(trained), "--data", str(spider_mini), "--no-merge")
    assert (settings.sample_values, settings.value_chars) == (0, 12)
    override = serve_args("--model", str(trained), "--data", str(spider_mini), "--no-merge", "--sample-values", "2")
    assert (override.sample_values, override.value_chars) == (2, 12)
    assert VALUE_CHARS != 12


def test_serve_merges_an_adapter_for_vllm_on_cpu(adapter, tiny_model, spider_mini, tmp_path):
    import shutil

    copy = shutil.copytree(adapter, tmp_path / "adapter")  # the shared adapter stays unmerged for other tests
    settings = serve_args("--model", str(copy), "--data", str(spider_mini))
    assert (settings.model, settings.adapter, settings.async_engine) == (str(copy.resolve() / "merged"), None, True)
    assert (copy / "merged" / "config.json").is_file()


# ---- the app over real HTTP (tiny random model) ---------------------------------------------------

def settings_for(model, data, **overrides):
    from serving.app import ServeSettings

    # One CPU each, so that three apps fit the session's 4 logical CPUs.
    defaults = dict(model=str(model), data=str(data), backend="hf", dtype="fp32", max_new_tokens=8,
                    max_batch_size=4, batch_wait_timeout_s=0.05, num_cpus=1)
    return ServeSettings(**(defaults | overrides))


@pytest.fixture(scope="module")
def url(ray_session, tiny_model, spider_mini):
    with serve_on_free_port() as base:
        deploy(settings_for(tiny_model, spider_mini), name="tiny")
        yield base


def _chunks(total: int, size: int = 64 * 1024):
    # A generator body makes requests send chunked transfer encoding: no Content-Length to check.
    sent = 0
    while sent < total:
        yield b" " * min(size, total - sent)
        sent += size


JSON = {"Content-Type": "application/json"}
OK_BODY = {"question": "How many singers do we have?", "db_id": "concert_singer"}
BAD_REQUESTS = [
    pytest.param(dict(data='{"question": "q", "db_id": ', headers=JSON), 400, id="malformed-json"),
    pytest.param(dict(data='{"question": "q", "db_id": "singer"} trailing', headers=JSON), 400, id="trailing-garbage"),
    pytest.param(dict(data="", headers=JSON), 422, id="empty-body"),
    pytest.param(dict(json=[OK_BODY]), 422, id="array-body"),
    pytest.param(dict(json="How many singers?"), 422, id="string-body"),
    pytest.param(dict(json=42), 422, id="number-body"),
    pytest.param(dict(data="null", headers=JSON), 422, id="null-body"),
    pytest.param(dict(json={"question": 5, "db_id": "concert_singer"}), 422, id="question-not-string"),
    pytest.param(dict(json=OK_BODY | {"execute": "true"}), 422, id="execute-not-bool"),
    pytest.param(dict(json=OK_BODY | {"max_tokens": 5}), 422, id="unknown-field"),
    pytest.param(dict(json={"question": "q"}), 422, id="neither-db-nor-schema"),
    pytest.param(dict(json=OK_BODY | {"schema": SCHEMA}), 422, id="both-db-and-schema"),
    pytest.param(dict(json={"question": "q", "schema": SCHEMA, "execute": True}), 422, id="execute-with-schema"),
    pytest.param(dict(json={"question": "q", "db_id": "no_such_db"}), 404, id="unknown-db"),
    pytest.param(dict(json={"question": "", "db_id": "singer"}), 422, id="empty-question"),
    pytest.param(dict(json={"question": "q" * 2001, "db_id": "singer"}), 422, id="oversize-question"),
    pytest.param(dict(json={"question": "q", "schema": "x" * (MAX_SCHEMA_BYTES + 1)}), 422, id="oversize-schema"),
    # Within 100 KB but far past the tiny model's 2,048-token context.
    pytest.param(dict(json={"question": "q", "schema": "CREATE TABLE t (a INT); " * 3000}), 413, id="prompt-too-long"),
    pytest.param(dict(data=b"{" + b" " * MAX_BODY_BYTES + b"}", headers=JSON), 413, id="oversize-body"),
    pytest.param(dict(data=_chunks(MAX_BODY_BYTES + 1), headers=JSON), 413, id="oversize-chunked-body"),
    pytest.param(dict(data=json.dumps(OK_BODY), headers={"Content-Type": "text/plain"}), 415, id="text-plain"),
    pytest.param(dict(data=json.dumps(OK_BODY)), 415, id="no-content-type"),
    pytest.param(dict(data=OK_BODY), 415, id="form-encoded"),
    pytest.param(dict(data='{"question": "q", "db_id": "singer", "execute": 1e999}', headers=JSON), 422, id="huge-float"),
    pytest.param(dict(data='{"question": ' + "9" * 5000 + ', "db_id": "singer"}', headers=JSON), 400, id="huge-int"),
    pytest.param(dict(data="[" * 100_000 + "]" * 100_000, headers=JSON), 400, id="deep-nesting"),
    pytest.param(dict(data=b'{"question": "\xff\xfe\xfa", "db_id": "singer"}', headers=JSON), 400, id="invalid-utf8"),
    pytest.param(dict(data='{"question": "\\ud800", "db_id": "singer"}', headers=JSON), 422, id="lone-surrogate"),
    pytest.param(dict(json={"question": "nul \x00 byte", "db_id": "singer"}), 422, id="nul-in-question"),
    # Strict JSON (serving/schemas.py parse_body): each of these was a 200 or a 422 before.
    pytest.param(dict(data='{"question": "q", "db_id": "../../etc/passwd", "db_id": "concert_singer"}', headers=JSON),
                 400, id="duplicate-key"),
    pytest.param(dict(data='{"question": "q", "schema": "CREATE TABLE t (a INT);", "x": {"k": 1, "k": 2}}',
                      headers=JSON), 400, id="nested-duplicate-key"),
    *[pytest.param(dict(data='{"question": "q", "db_id": "concert_singer", "execute": %s}' % constant, headers=JSON),
                   400, id=f"constant-{constant}") for constant in ("NaN", "Infinity", "-Infinity")],
    *[pytest.param(dict(data=json.dumps(OK_BODY).encode(encoding), headers=JSON), 400, id=f"encoded-{encoding}")
      for encoding in ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-8-sig")],
    pytest.param(dict(data=json.dumps(OK_BODY | {f"k{i}": 0 for i in range(80_000)}), headers=JSON), 400,
                 id="80k-unknown-keys"),
    pytest.param(dict(data='{"a": ' * 50 + "1" + "}" * 50, headers=JSON), 400, id="deep-objects"),
    *[pytest.param(dict(json={"question": question, "db_id": "concert_singer"}), 422, id=f"invisible-question-{i}")
      for i, question in enumerate(INVISIBLE_QUESTIONS)],
    *[pytest.param(dict(json={"question": "q", "db_id": db_id}), 422, id=f"path-db-{i}")
      for i, db_id in enumerate(PATH_LIKE_IDS)],
]


@pytest.mark.parametrize("kwargs, status", BAD_REQUESTS)
def test_bad_request_is_a_4xx_with_an_error_message(url, kwargs, status):
    response = requests.post(f"{url}/v1/sql", timeout=60, **kwargs)
    assert response.status_code == status, response.text
    body = response.json()
    assert list(body) == ["error"] and body["error"].strip()


def test_server_stays_healthy_after_the_whole_bad_request_corpus(url):
    for param in BAD_REQUESTS:
        kwargs, _ = param.values
        if "data" in kwargs and not isinstance(kwargs["data"], (str, bytes, dict)):
            kwargs = kwargs | {"data": _chunks(MAX_BODY_BYTES + 1)}  # a generator is spent after one use
        requests.post(f"{url}/v1/sql", timeout=60, **kwargs)
    assert requests.get(f"{url}/healthz", timeout=10).status_code == 200


def test_wrong_method_and_unknown_route_answer_error_json(url):
    responses = [requests.get(f"{url}/v1/sql", timeout=10), requests.post(f"{url}/v2/sql", json=OK_BODY, timeout=10)]
    assert [(r.status_code, list(r.json())) for r in responses] == [(405, ["error"]), (404, ["error"])]


def test_healthz_names_the_loaded_model_without_a_path(url, tiny_model):
    body = requests.get(f"{url}/healthz", timeout=10).json()
    assert (body["status"], body["model"], body["backend"]) == ("ok", tiny_model.name, "hf")
    assert not any("/" in str(value) for value in body.values())


def test_databases_lists_the_data_folder(url, spider_mini):
    from text2sql.spider import SpiderData

    assert requests.get(f"{url}/v1/databases", timeout=10).json() == {"databases": SpiderData(spider_mini).db_ids}


def test_without_execute_the_answer_is_only_sql(url):
    response = ask(url, **OK_BODY)
    assert response.status_code == 200 and list(response.json()) == ["sql"]


def test_inline_schema_question_gets_sql(url):
    response = ask(url, question="How many singers?", schema=SCHEMA)
    assert response.status_code == 200 and isinstance(response.json()["sql"], str)


def test_odd_but_valid_unicode_question_gets_sql(url):
    response = ask(url, question="¿Cuántos 歌手 hay? 🎤 \u200f\u202e", db_id="concert_singer")
    assert response.status_code == 200 and list(response.json()) == ["sql"]


def test_sql_that_fails_to_run_is_a_200_with_the_sql_and_the_error(url):
    # The random model writes byte soup, which SQLite refuses to parse.
    body = ask(url, **OK_BODY, execute=True).json()
    assert set(body) == {"sql", "error"} and "syntax error" in body["error"]


def test_concurrent_requests_get_their_own_answers(url):
    questions = ["How many singers do we have?", "List all stadium names.", "What is the average age?",
                 "Which country has most singers?", "Show the oldest singer.", "Count the concerts."]
    alone = [ask(url, question=q, db_id="concert_singer").json()["sql"] for q in questions]
    with ThreadPoolExecutor(len(questions)) as pool:
        together = list(pool.map(lambda q: ask(url, question=q, db_id="concert_singer").json()["sql"], questions))
    assert together == alone


def test_playground_page_is_self_contained_html(url):
    response = requests.get(url + "/", timeout=10)
    assert response.headers["content-type"].startswith("text/html")
    assert "v1/sql" in response.text and "://" not in response.text  # no CDN, no external resource


def test_adapter_checkpoint_is_served_on_top_of_its_base(url, adapter, spider_mini):
    from ray import serve

    settings = serve_args("--model", str(adapter), "--data", str(spider_mini), "--backend", "hf", "--max-new-tokens", "8")
    deploy(dataclasses.replace(settings, num_cpus=1), name="adapter", prefix="/adapter")
    try:
        assert requests.get(f"{url}/adapter/healthz", timeout=10).json()["adapter"] == adapter.resolve().name
        assert ask(f"{url}/adapter", **OK_BODY).json()["sql"] != ask(url, **OK_BODY).json()["sql"]
    finally:
        serve.delete("adapter")


def test_corrupt_database_is_a_clear_error_for_it_alone(url, tiny_model, spider_mini, tmp_path):
    from ray import serve

    data = tmp_path / "data"
    shutil.copytree(spider_mini, data)
    broken = data / "database" / "broken_db"
    broken.mkdir()
    (broken / "broken_db.sqlite").write_bytes(b"this is not a database" * 100)
    deploy(settings_for(tiny_model, data), name="broken", prefix="/broken")
    try:
        bad = ask(f"{url}/broken", question="How many rows?", db_id="broken_db", execute=True)
        good = ask(f"{url}/broken", **OK_BODY, execute=True)
        health = requests.get(f"{url}/broken/healthz", timeout=10)
    finally:
        serve.delete("broken")
    assert bad.status_code == 503 and list(bad.json()) == ["error"]
    assert "database 'broken_db' cannot be read" in bad.json()["error"]
    assert good.status_code == 200 and "sql" in good.json()
    assert health.status_code == 200


# ---- real engines (slow) --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def real_url(url, spider_mini):
    from cluster.model_fetch import resolve_model

    # Both cores for the real model (torch sizes its threads from num_cpus); 3 of the 4 logical CPUs in all.
    deploy(settings_for(resolve_model("qwen2.5-coder-0.5b-instruct"), spider_mini, max_new_tokens=128, num_cpus=2),
           name="real", prefix="/real")
    yield f"{url}/real"
    from ray import serve

    serve.delete("real")


@pytest.mark.slow
def test_real_model_counts_the_singers(real_url):
    body = ask(real_url, timeout=300, question="How many singers do we have?", db_id="concert_singer",
               execute=True).json()
    assert body["rows"] == [[6]], body


@pytest.mark.slow
def test_real_model_writes_sql_that_runs(real_url):
    questions = [("Show the name and country of every singer.", "concert_singer"),
                 ("How many concerts are there?", "concert_singer"),
                 ("What are the names of the singers?", "singer")]
    with ThreadPoolExecutor(len(questions)) as pool:
        bodies = list(pool.map(lambda qd: ask(real_url, timeout=300, question=qd[0], db_id=qd[1], execute=True).json(),
                               questions))
    assert [b.get("error") for b in bodies] == [None] * len(questions), bodies
    assert all(b["rows"] for b in bodies)


@pytest.mark.slow
def test_serve_command_answers_then_stops_cleanly_on_ctrl_c(tiny_model, spider_mini):
    import os
    import queue
    import signal
    import subprocess
    import sys
    import threading

    from serving_harness import free_port

    port = free_port()
    # Its own local Ray instance, as on a laptop: RAY_ADDRESS would make it join the test session's.
    env = {k: v for k, v in os.environ.items() if k != "RAY_ADDRESS"}
    code = ("import argparse, sys; from cluster import serve; p = argparse.ArgumentParser(); "
            "serve.add_arguments(p); sys.exit(serve.run(p.parse_args(sys.argv[1:])))")
    proc = subprocess.Popen([sys.executable, "-c", code, "--model", str(tiny_model), "--data", str(spider_mini),
                             "--backend", "hf", "--port", str(port), "--max-new-tokens", "4"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout], daemon=True).start()
    try:
        ready = ""
        while "Ctrl-C to stop" not in ready:
            ready = lines.get(timeout=180)
        healthy = requests.get(f"http://127.0.0.1:{port}/healthz", timeout=10).status_code
        proc.send_signal(signal.SIGINT)
        assert (healthy, proc.wait(timeout=120)) == (200, 0)
    finally:
        if proc.poll() is None:
            proc.kill()
