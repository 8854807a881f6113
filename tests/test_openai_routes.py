"""The OpenAI-compatible routes (GET /v1/models, POST /v1/chat/completions) driven by the real `openai`
client against the served app: a tiny random model on the transformers backend, plus a second app
under /keyed that requires an API key. Greedy decoding makes the chat answer comparable with the
POST /v1/sql answer for the same question."""

from __future__ import annotations

import openai
import pytest
import requests

from serving.middleware import key_digest
from serving_harness import ask, deploy, serve_on_free_port, tiny_settings
from tiny_model import tiny_model  # noqa: F401 - fixture

QUESTION = "How many singers do we have?"
SCHEMA = "CREATE TABLE singer (singer_id INTEGER PRIMARY KEY, name TEXT, age INTEGER);"
KEY = "a-test-key-of-some-length"


@pytest.fixture(scope="module")
def url(ray_session, tiny_model, spider_mini):  # noqa: F811
    with serve_on_free_port() as base:
        deploy(tiny_settings(tiny_model, spider_mini), name="tiny")
        deploy(tiny_settings(tiny_model, spider_mini, api_key_sha256=key_digest(KEY)), name="keyed", prefix="/keyed")
        yield base


@pytest.fixture(scope="module")
def client(url):
    return openai.OpenAI(base_url=f"{url}/v1", api_key="unused", max_retries=0, timeout=120)


@pytest.fixture(scope="module")
def model_id(tiny_model):  # noqa: F811
    return tiny_model.name


def chat(client, model_id, question=QUESTION, **kwargs):
    return client.chat.completions.create(model=model_id, messages=[{"role": "user", "content": question}], **kwargs)


def test_models_lists_the_served_model_by_folder_name(client, model_id):
    assert [m.id for m in client.models.list().data] == [model_id]
    assert client.models.retrieve(model_id).id == model_id


def test_chat_answer_is_the_sql_of_v1_sql_as_the_assistant_message(client, url, model_id):
    response = chat(client, model_id, extra_body={"db_id": "concert_singer"})
    message = response.choices[0].message
    assert (message.role, message.content) == ("assistant", ask(url, question=QUESTION, db_id="concert_singer").json()["sql"])
    assert response.model == model_id and response.object == "chat.completion"
    assert response.usage.prompt_tokens > 0 and response.choices[0].finish_reason in ("stop", "length")


def test_streamed_answer_is_the_same_sql_in_chunks_with_usage_last(client, model_id):
    expected = chat(client, model_id, extra_body={"db_id": "concert_singer"}).choices[0].message.content
    chunks = list(chat(client, model_id, stream=True, stream_options={"include_usage": True},
                       extra_body={"db_id": "concert_singer"}))
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == expected
    assert chunks[0].choices[0].delta.role == "assistant"
    assert [c.choices[0].finish_reason is not None for c in chunks if c.choices] == [False, False, True]
    assert chunks[-1].choices == [] and chunks[-1].usage.total_tokens > 0


def test_stream_is_server_sent_events_ending_with_done(url, model_id):
    body = {"model": model_id, "messages": [{"role": "user", "content": QUESTION}], "db_id": "concert_singer",
            "stream": True}
    response = requests.post(f"{url}/v1/chat/completions", json=body, timeout=120)
    assert response.headers["content-type"].startswith("text/event-stream")
    events = response.text.split("\n\n")
    assert events[-2:] == ["data: [DONE]", ""] and all(e.startswith("data: {") for e in events[:-2])


def test_schema_in_a_system_message_is_the_database(client, url, model_id):
    response = client.chat.completions.create(
        model=model_id, messages=[{"role": "system", "content": SCHEMA}, {"role": "user", "content": QUESTION}])
    assert response.choices[0].message.content == ask(url, question=QUESTION, schema=SCHEMA).json()["sql"]


def test_schema_field_is_the_database_and_only_the_last_user_message_is_the_question(client, url, model_id):
    response = client.chat.completions.create(
        model=model_id, extra_body={"schema": SCHEMA},
        messages=[{"role": "user", "content": "an earlier question"}, {"role": "assistant", "content": "SELECT 1"},
                  {"role": "user", "content": [{"type": "text", "text": QUESTION}]}])
    assert response.choices[0].message.content == ask(url, question=QUESTION, schema=SCHEMA).json()["sql"]


def test_sampling_fields_are_accepted_and_decoding_stays_greedy(client, model_id):
    greedy = chat(client, model_id, extra_body={"db_id": "concert_singer"}).choices[0].message.content
    sampled = chat(client, model_id, temperature=1.5, top_p=0.5, max_tokens=3, n=1, seed=7, user="u",
                   extra_body={"db_id": "concert_singer"})
    assert sampled.choices[0].message.content == greedy


def test_wrong_model_id_is_a_404_model_not_found(client):
    with pytest.raises(openai.NotFoundError) as info:
        chat(client, "gpt-4o", extra_body={"db_id": "concert_singer"})
    assert (info.value.code, info.value.param) == ("model_not_found", "model")
    with pytest.raises(openai.NotFoundError):
        client.models.retrieve("gpt-4o")


def test_missing_database_is_a_400_naming_db_id(client, model_id):
    with pytest.raises(openai.BadRequestError) as info:
        chat(client, model_id)
    assert (info.value.code, info.value.param) == ("missing_required_parameter", "db_id")
    assert "extra_body" in info.value.message


def test_unknown_database_is_a_404_database_not_found(client, model_id):
    with pytest.raises(openai.NotFoundError) as info:
        chat(client, model_id, extra_body={"db_id": "no_such_db"})
    assert (info.value.code, info.value.param) == ("database_not_found", "db_id")


@pytest.mark.parametrize("extra, word", [({"dbid": "concert_singer"}, "'dbid'"), ({"db_id": "../etc"}, "db_id"),
                                         ({"db_id": "concert_singer", "n": 2}, "one choice")])
def test_bad_fields_are_a_400_that_names_them(client, model_id, extra, word):
    with pytest.raises(openai.BadRequestError) as info:
        chat(client, model_id, extra_body=extra)
    assert word in info.value.message


def test_errors_have_openai_shape_here_and_the_old_shape_on_v1_sql(url, model_id):
    wrong_model = requests.post(f"{url}/v1/chat/completions", timeout=30,
                                json={"model": "x", "messages": [{"role": "user", "content": "q"}]})
    not_json = requests.post(f"{url}/v1/chat/completions", data="hi", timeout=30)
    duplicate = requests.post(f"{url}/v1/chat/completions", data=b'{"model": "a", "model": "b"}', timeout=30,
                              headers={"Content-Type": "application/json"})
    for response, status in [(wrong_model, 404), (not_json, 415), (duplicate, 400)]:
        error = response.json()["error"]
        assert (response.status_code, sorted(error), error["type"]) == (
            status, ["code", "message", "param", "type"], "invalid_request_error")
    old = ask(url, question="q", db_id="no_such_db")
    assert old.status_code == 404 and isinstance(old.json()["error"], str)


def test_api_key_is_required_in_openai_shape_when_set(url, model_id):
    wrong = openai.OpenAI(base_url=f"{url}/keyed/v1", api_key="wrong", max_retries=0, timeout=60)
    with pytest.raises(openai.AuthenticationError) as info:
        wrong.models.list()
    assert info.value.code == "invalid_api_key"
    right = openai.OpenAI(base_url=f"{url}/keyed/v1", api_key=KEY, max_retries=0, timeout=120)
    assert [m.id for m in right.models.list().data] == [model_id]
