#!/usr/bin/env bash
# Dev EX of checkpoints of a run, recorded in its model base and report:
#
#   bash scripts/dev_ex.sh RUN_DIR CHECKPOINT [CHECKPOINT ...]
#
# For each checkpoint: `spft-sql predict` on every scorable example of the config's eval split (all 972
# of Spider dev), `spft-sql eval` (CHECKPOINT/dev.txt and dev.json), then the dev EX goes into
# RUN_DIR/model_base.json (for a checkpoint listed there) and RUN_DIR/report.md is rewritten. A
# checkpoint that already has its dev.json is not predicted again.
set -euo pipefail
cd "$(dirname "$0")/.."
run=$1; shift
bin=.venv/bin
export RAY_AUTH_MODE=disabled RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER=0 RAY_USAGE_STATS_ENABLED=0 HF_HUB_OFFLINE=1 \
  TOKENIZERS_PARALLELISM=false
read -r data split < <($bin/python -c 'import sys; from training.config import load_config
c = load_config(sys.argv[1]); print(c.data.path, c.data.eval_split)' "$run/config.yaml")
for ckpt in "$@"; do
  [ -d "$ckpt" ] || { echo "no checkpoint folder $ckpt" >&2; exit 2; }
  [ -f "$ckpt/dev.sql" ] || $bin/spft-sql predict --model "$ckpt" --data "$data" --split "$split" --out "$ckpt/dev.sql.partial"
  [ -f "$ckpt/dev.sql.partial" ] && mv "$ckpt/dev.sql.partial" "$ckpt/dev.sql"
  $bin/spft-sql eval --data "$data" --split "$split" --pred "$ckpt/dev.sql" --json "$ckpt/dev.json" > "$ckpt/dev.txt"
  $bin/python -c 'import json, sys; from training.model_base import ModelBase
ModelBase(sys.argv[1]).set_dev_ex(sys.argv[2], json.load(open(sys.argv[3]))["ex"])' \
    "$run/model_base.json" "$(realpath "$ckpt")" "$ckpt/dev.json"
  echo "$ckpt: $(tail -1 "$ckpt/dev.txt")"
done
$bin/python -m training.report "$run"
