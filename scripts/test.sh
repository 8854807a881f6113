#!/usr/bin/env bash
# Installs (if needed) and runs the whole test suite, the slow real-model tests included.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# The playground test drives a real headless Chromium (Debian's chromium + chromium-driver).
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    echo "[test] installing chromium and chromium-driver (apt)" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  else
    echo "[test] WARNING: no /usr/bin/chromium; the browser test will be skipped (install chromium chromium-driver)" >&2
  fi
fi
export RAY_AUTH_MODE=disabled RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER=0 RAY_USAGE_STATS_ENABLED=0 \
  RAY_TRAIN_HEALTH_CHECK_INTERVAL_S=0.1 HF_HUB_OFFLINE=1 TOKENIZERS_PARALLELISM=false
exec .venv/bin/python -m pytest "$@"
