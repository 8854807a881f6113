#!/usr/bin/env bash
# Pilot runs for choosing a learning rate without touching dev: each pilot is the config's own run
# (same data, same order, same schedule) at another lr, stopped after STEPS optimizer steps, then judged
# by execution accuracy on a held-out slice of the training split (scripts/holdout_slice.py).
#
#   bash scripts/pilots.sh configs/spider-sft.yaml 24 1e-4 2e-4 4e-4
#
# The word `base` in place of an lr judges the untrained model (zero-shot) on the same slice, as the floor.
# Writes runs/pilot-<config>-lr<lr>/ (checkpoint, holdout.sql, holdout.json) and prints one line a pilot.
set -euo pipefail
cd "$(dirname "$0")/.."
config=$1 steps=$2; shift 2
name=$(basename "$config" .yaml)
bin=.venv/bin
export RAY_AUTH_MODE=disabled RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER=0 RAY_USAGE_STATS_ENABLED=0 HF_HUB_OFFLINE=1 \
  TOKENIZERS_PARALLELISM=false
holdout=runs/holdout-$name
[ -f "$holdout/dev.json" ] || $bin/python scripts/holdout_slice.py --config "$config" --n 200 --out "$holdout"
for lr in "$@"; do
  out=runs/pilot-$name-lr$lr; mkdir -p "$out"
  ckpt=$(printf '%s/sft/step_%06d' "$out" "$steps")
  if [ "$lr" = base ]; then
    ckpt=$($bin/python -c 'import sys; from training.config import load_config; print(load_config(sys.argv[1]).model.name_or_path)' "$config")
  elif [ ! -d "$ckpt" ]; then
    $bin/spft-sql train --config "$config" output_dir="$out" train.lr="$lr" train.stop_at_step="$steps" \
      train.checkpoint_every="$steps" --no-progress $([ -d "$out/sft" ] && echo resume=true)
  fi
  [ -f "$out/holdout.sql" ] || $bin/spft-sql predict --model "$ckpt" --data "$holdout" --out "$out/holdout.sql"
  $bin/spft-sql eval --data "$holdout" --pred "$out/holdout.sql" --json "$out/holdout.json" > "$out/holdout.txt"
  echo "pilot lr=$lr steps=$steps: $(tail -1 "$out/holdout.txt")"
done
