"""Write a held-out slice of a training split as a Spider folder, for judging pilot runs without dev.

Hyperparameters are chosen on examples of Spider *train* that the run config does not train on (never
on dev): this script rebuilds the config's training set exactly as `spft-sql train` does (same
tokenizer, `per_db`, `max_seq_len`, gold check), then draws `--n` of the remaining examples, spread
round-robin over databases in a seeded order, and writes them as `OUT/dev.json` next to links to the
benchmark's `tables.json` and `database/`. The draw is `text2sql.validation.validation_examples`: one
example per distinct SQL, none whose SQL is a training example's (Spider lists most SQL twice). So `predict`/`eval` judge a pilot on it with `--data OUT`:

    python scripts/holdout_slice.py --config configs/spider-sft.yaml --n 200 --out runs/holdout
    spft-sql predict --model runs/pilot/sft/step_000024 --data runs/holdout --out runs/pilot/holdout.sql
    spft-sql eval --data runs/holdout --pred runs/pilot/holdout.sql

The held-out examples share databases with the training set (Spider train has no spare databases at
`per_db` 20), so the slice measures new questions on seen schemas: an easier test than dev's unseen
databases, which is fine for ranking pilots but not a substitute for the dev figure.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from training.config import load_config  # noqa: E402
from cluster.model_fetch import resolve_model  # noqa: E402
from text2sql.spider import SpiderData  # noqa: E402
from text2sql.validation import validation_examples  # noqa: E402
from training.sft_data import build_sft_examples  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--config", required=True, help="the run config whose training set is left out")
    parser.add_argument("--n", type=int, default=200, help="examples in the slice (default: 200)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the draw (default: 0)")
    parser.add_argument("--out", required=True, help="folder to write (dev.json + links)")
    args = parser.parse_args(argv)

    from transformers import AutoTokenizer

    cfg = load_config(args.config)
    data = SpiderData(cfg.data.path)
    tokenizer = AutoTokenizer.from_pretrained(resolve_model(cfg.model.name_or_path))
    _, report = build_sft_examples(data, cfg.data.train_split, tokenizer, cfg.train.max_seq_len,
                                   cfg.data.max_examples, per_db=cfg.data.per_db,
                                   sample_values=cfg.data.sample_values, value_chars=cfg.data.value_chars)
    rows = [{"db_id": ex.db_id, "question": ex.question, "query": ex.query, "train_index": ex.index}
            for ex in validation_examples(data, cfg.data.train_split, set(report.sources), args.n, args.seed)]
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "dev.json").write_text(json.dumps(rows, indent=1), encoding="utf-8")
    for name in ("tables.json", "database"):
        link = out / name
        if not link.exists():
            link.symlink_to((data.root / name).resolve())
    dbs = len({r["db_id"] for r in rows})
    print(f"training set: {report.summary()}; held out {len(rows)} other examples of "
          f"{cfg.data.train_split} from {dbs} databases -> {out / 'dev.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
