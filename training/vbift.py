"""Stage `vbift`: verification-based iterative fine-tuning (METHOD.md, Stage 1) and the model base.

The run's starting model (`model.init_adapter`, e.g. the full SFT model S0, else the base model) is
scored first on the run's fixed validation set (held-out real training examples whose SQL is never
trained on: `training/rounds.py`, `fixed_validation`) and joins the model base as `start`. Each round
r = 1..K:
1. synthesize `vbift.synthetic_per_round + vbift.validation_per_round` verified queries on the
   training databases (templates of the training split drawn by frequency; from round 2 a share
   `vbift.error_mix` of the weight goes to the templates the model missed last round), judged in
   the VerifierPool;
2. SQL-to-text: the GeneratorPool writes their questions with the SQL-to-text writer: before round 1
   a LoRA from the base trained on the run's own real pairs reversed (`s2t_r0`: SQL -> question, so
   it asks as Spider's users do; the zero-shot base writer had 32% of its questions confirmed, the
   base shown the three closest real pairs as examples 12%, copying their questions), each later
   round that writer continued on the pairs confirmed since;
3. confirm: the best text-to-SQL model so far answers every synthetic question (greedy); a pair is
   kept only when that answer has the synthetic SQL's execution result (a question that does not say
   what its SQL asks is never trained on); the rest are counted (`data/dropped_unconfirmed`);
4. train text-to-SQL on the real examples plus every confirmed synthetic pair of this and earlier
   rounds (from `model.init_adapter` when set, so synthetic data is only ever added to the real set);
5. validate: the new model answers the fixed validation set (`ex/val`, its model-base score) and
   the held-out confirmed synthetic questions (y+ / y-: `ex/roundtrip`);
6. continue the SQL-to-text writer on this round's confirmed pairs (not after the last round, whose
   writer would write nothing); the y- templates seed the next round.
A finished round is read back from `vbift/round_<r>/round.json`, so a killed run resumes at the
round it was in: a round whose pairs were confirmed (`drafted.json` beside its pair files) trains on
exactly those pairs without drafting again, and a fit resumes from its last checkpoint. `metrics.jsonl` gets
one record per round: sizes (`data/synthetic_drawn`, `data/synthetic_kept`, `data/synthetic_pairs`,
`data/synthetic_confirmed`, `data/dropped_unconfirmed`, `data/synthetic_train` (all confirmed so far),
`data/dropped_synthetic_too_long`,
`data/val`, `data/val_synthetic`), `ex/val`, `ex/roundtrip`, `ex/confirmed`, and `timing/synthesize`,
`timing/sql_to_text`, `timing/confirm`, `timing/train`, `timing/validate`, `timing/sql_to_text_train`.
"""

from __future__ import annotations

import dataclasses
import json
import time
from collections import Counter
from pathlib import Path

from training.config import RunConfig
from training.rounds import (Pair, RoundLog, engine_model, fixed_validation, generator_pool, load_tokenizer, pad_id,
                             phase_summary, schema_text, score_start, timed, validate)
from training.sft_data import encode_examples
from training.trainer import StageJob, StageResult, fit


def vbift(cfg: RunConfig, model_path: str, progress: bool = True) -> StageResult:
    """K rounds of synthesis, SQL-to-text, training and validation; returns the last round's result."""
    from text2sql.spider import SpiderData
    from text2sql.synthesis import gold_keys
    from text2sql.templates import Template, count_templates, spider_schemas

    data = SpiderData(cfg.data.path)
    schema_for = spider_schemas(data)
    real = data.split(cfg.data.train_split)
    frequency = {Template(t) if isinstance(t, str) else t: float(n)
                 for t, n in count_templates(real, schema_for).most_common()}
    benchmark = real + (data.split(cfg.data.eval_split) if (data.root / "dev.json").is_file() else [])
    exclude = gold_keys(benchmark, schema_for)
    from actors.verifier_pool import VerifierPool
    from text2sql.execution import ExecutionLimits

    log = RoundLog(cfg, "vbift", "round")
    val_real = fixed_validation(cfg, data, model_path)
    with VerifierPool(workers=cfg.verifier.num_actors, limits=ExecutionLimits(timeout_s=cfg.verifier.timeout_s)) as pool:
        score_start(cfg, data, model_path, val_real, pool)
    misses: Counter = Counter()
    real, real_pairs = real_examples(cfg, data, load_tokenizer(model_path))
    s2t = train_sql_to_text(cfg, model_path, 0, data, real_pairs, progress)  # round 1's writer
    s2t_adapter: str | None = str(s2t.checkpoint) if s2t else None
    result = None
    for r in range(1, cfg.vbift.rounds + 1):
        state = log.load(r)
        if state is not None:
            misses, s2t_adapter, result = Counter(state["misses"]), state["s2t_adapter"], state["result"]
            print(f"vbift: round {r} done earlier (validation EX {state['val_ex']:.3f})", flush=True)
            continue
        current = log.model_base.best()["path"]
        record, result, misses, s2t_adapter = run_round(cfg, model_path, r, log.folder(r), data, real, frequency,
                                                        misses, exclude, s2t_adapter, val_real, current, progress)
        log.save(r, record, result, misses=dict(misses), s2t_adapter=s2t_adapter)
        print(f"vbift: round {r}: {record['data/synthetic_kept']} synthetic pairs, validation EX "
              f"{record['ex/val']:.3f} ({record['data/val']} held out), {phase_summary(record)}", flush=True)
    return result


def run_round(cfg: RunConfig, model_path: str, r: int, round_dir: Path, data, real: list[dict], frequency: dict,
              misses: Counter, exclude: set, s2t_adapter: str | None, val_real: list[Pair], current: str,
              progress: bool):
    """One VBI-FT round (see the module docstring); `real` are the run's real training examples
    (encoded), `current` is the best text-to-SQL checkpoint so far. Returns its metrics record, the
    text-to-SQL result, the templates it missed and the new SQL-to-text adapter."""
    from actors.merge import merged_model
    from actors.synthesize import synthesize_sql, verifier_executor, write_questions, yield_table
    from actors.verifier_pool import VerifierPool
    from text2sql.execution import ExecutionLimits

    v = cfg.vbift
    timings: dict = {}
    tokenizer = load_tokenizer(model_path)
    databases = training_databases(data, cfg.data.train_split)
    with VerifierPool(workers=cfg.verifier.num_actors, limits=ExecutionLimits(timeout_s=cfg.verifier.timeout_s)) as pool:
        drafted_record = read_drafted(round_dir)
        if drafted_record is None:
            with timed(timings, "synthesize"):
                kept, tally = synthesize_sql(databases, template_weights(frequency, misses, v.error_mix if r > 1 else 0.0),
                                             v.synthetic_per_round + v.validation_per_round, verifier_executor(pool),
                                             exclude, seed=v.seed * 1000 + r)
            with timed(timings, "sql_to_text"):
                s2t_model = merged_model(model_path, s2t_adapter) if s2t_adapter else model_path
                schema_texts = {db.db_id: schema_text(db.path, cfg) for db in databases}
                with generator_pool(cfg, s2t_model) as generator:
                    questions = write_questions(generator, tokenizer, schema_texts, kept)
            drafted = [Pair(c.db_id, q, c.sql, c.template) for c, q in zip(kept, questions) if q]
            with timed(timings, "confirm"):
                with generator_pool(cfg, engine_model(current, model_path)) as generator:
                    answered = validate(cfg, generator, pool, tokenizer, data, drafted)
            confirmed = [p for p, ok in zip(drafted, answered) if ok]
            # Every k-th confirmed pair is held out, so validation spans the databases like the training pairs do.
            held = set(range(0, len(confirmed), max(1, len(confirmed) // v.validation_per_round))[:v.validation_per_round])
            val = [p for i, p in enumerate(confirmed) if i in held]
            train = [p for i, p in enumerate(confirmed) if i not in held]
            write_pairs(round_dir, train, val)
            write_unconfirmed(round_dir, [p for p, ok in zip(drafted, answered) if not ok])
            (round_dir / "yield.txt").write_text(yield_table(tally, dict(Counter(p.db_id for p in drafted))) + "\n")
            counts = {"data/synthetic_kept": len(kept), "data/synthetic_pairs": len(drafted),
                      "data/synthetic_drawn": sum(t["drawn"] for t in tally.values())}
            write_drafted(round_dir, counts, timings)
        else:  # a resumed round: its confirmed pairs are read back, not drafted and confirmed again
            counts, earlier_timings = drafted_record
            timings.update(earlier_timings)
            train, val = (read_pairs(round_dir / name) for name in ("synthetic_train.json", "synthetic_val.json"))
            confirmed = train + val
            print(f"vbift: round {r}: {len(confirmed)} confirmed synthetic pairs read back from {round_dir}", flush=True)
        all_train = earlier_pairs(round_dir.parent, r, "synthetic_train.json") + train
        with timed(timings, "train"):
            result, too_long = train_text_to_sql(cfg, model_path, r, data, real, all_train, progress)
        with timed(timings, "validate"):
            with generator_pool(cfg, engine_model(str(result.checkpoint), model_path)) as generator:
                real_ok = validate(cfg, generator, pool, tokenizer, data, val_real)
                correct = validate(cfg, generator, pool, tokenizer, data, val)
        y_plus = [p for p, ok in zip(val, correct) if ok]
        y_minus = [p for p, ok in zip(val, correct) if not ok]
        with timed(timings, "sql_to_text_train"):  # the last round's writer would write nothing: not trained
            s2t = (train_sql_to_text(cfg, model_path, r, data, confirmed, progress, init_adapter=s2t_adapter)
                   if confirmed and r < v.rounds else None)
    record = {"stage": "vbift", "round": r, **counts,
              "data/synthetic_confirmed": len(confirmed),
              "data/dropped_unconfirmed": counts["data/synthetic_pairs"] - len(confirmed),
              "data/synthetic_train": len(all_train), "data/dropped_synthetic_too_long": too_long,
              "data/val": len(val_real), "data/val_synthetic": len(val),
              "ex/val": sum(real_ok) / max(1, len(val_real)), "ex/roundtrip": len(y_plus) / max(1, len(val)),
              "ex/confirmed": len(confirmed) / max(1, counts["data/synthetic_pairs"]), **timings, "time": time.time()}
    return record, result, Counter(p.template for p in y_minus), (str(s2t.checkpoint) if s2t else s2t_adapter)


def read_pairs(path: Path) -> list[Pair]:
    return [Pair(**p) for p in json.loads(path.read_text())] if path.is_file() else []


def earlier_pairs(stage_dir: Path, r: int, name: str) -> list[Pair]:
    """The confirmed pairs that rounds 1..r-1 wrote to `name` (synthetic_train.json / synthetic_val.json)."""
    return [p for earlier in range(1, r) for p in read_pairs(stage_dir / f"round_{earlier}" / name)]


def write_drafted(round_dir: Path, counts: dict, timings: dict) -> None:
    """Marks a round's synthetic pairs as drafted and confirmed (written after its pair files): the
    round's counts and phase timings, so a resumed round trains on exactly these pairs."""
    (round_dir / "drafted.json").write_text(json.dumps({"counts": counts, "timings": timings}, indent=1) + "\n")


def read_drafted(round_dir: Path) -> tuple[dict, dict] | None:
    """(counts, timings) of a round whose pairs were drafted and confirmed before a stop, else None."""
    path = round_dir / "drafted.json"
    if not path.is_file():
        return None
    record = json.loads(path.read_text())
    return record["counts"], record["timings"]


def write_unconfirmed(round_dir: Path, pairs: list[Pair]) -> None:
    """Synthetic pairs whose question the current model answered otherwise: kept for reading, never trained."""
    round_dir.mkdir(parents=True, exist_ok=True)
    (round_dir / "synthetic_unconfirmed.json").write_text(json.dumps([dataclasses.asdict(p) for p in pairs], indent=1) + "\n")


def template_weights(frequency: dict, misses: Counter, mix: float) -> list:
    """(template, weight) pairs: training frequency, with a share `mix` of the total weight moved to the
    templates missed last round (in proportion to how often each was missed)."""
    total_f = sum(frequency.values())
    total_m = sum(misses.values())
    if not total_m or mix <= 0:
        return list(frequency.items())
    weights = {t: (1 - mix) * f / total_f for t, f in frequency.items()}
    for sql, count in misses.items():
        template = next((t for t in frequency if t.sql == sql), None)
        if template is not None:
            weights[template] = weights.get(template, 0.0) + mix * count / total_m
    return list(weights.items())


def training_databases(data, split: str) -> list:
    from actors.synthesize import Database
    from text2sql.schema import cached_schema

    ids = sorted({ex.db_id for ex in data.split(split) if data.has_db(ex.db_id)})
    return [Database(db, str(data.db_path(db)), cached_schema(str(data.db_path(db)))) for db in ids]


def write_pairs(round_dir: Path, train: list[Pair], val: list[Pair]) -> None:
    round_dir.mkdir(parents=True, exist_ok=True)
    for name, pairs in (("synthetic_train.json", train), ("synthetic_val.json", val)):
        (round_dir / name).write_text(json.dumps([dataclasses.asdict(p) for p in pairs], indent=1) + "\n")


def real_examples(cfg: RunConfig, data, tokenizer) -> tuple[list[dict], list[Pair]]:
    """The run's real training examples, encoded for text-to-SQL, and the same examples as pairs (for
    the SQL-to-text writer, reversed): only the real data every arm of a study trains on."""
    from training.sft_data import build_sft_examples

    real, report = build_sft_examples(data, cfg.data.train_split, tokenizer, cfg.train.max_seq_len,
                                      cfg.data.max_examples, per_db=cfg.data.per_db,
                                      sample_values=cfg.data.sample_values, value_chars=cfg.data.value_chars)
    used = set(report.sources)
    return real, [Pair(ex.db_id, ex.question, ex.query, "") for ex in data.split(cfg.data.train_split) if ex.index in used]


def train_text_to_sql(cfg: RunConfig, model_path: str, r: int, data, real: list[dict], synthetic: list[Pair],
                      progress: bool):
    """Text-to-SQL LoRA (from `model.init_adapter` when set) on the `real` training examples (encoded by
    `build_sft_examples`) plus `synthetic`; returns the fit's result and how many synthetic pairs were
    over `train.max_seq_len`."""
    import ray.data

    from text2sql.prompts import completion_text, render_prompt
    from training.sft_data import SftObjective

    tokenizer = load_tokenizer(model_path)
    texts = [(render_prompt(tokenizer, schema_text(str(data.db_path(p.db_id)), cfg), p.question),
              completion_text(p.query, tokenizer.eos_token)) for p in synthetic]
    extra = encode_examples(tokenizer, cfg.train.max_seq_len, texts)
    examples = [{**e, "idx": i} for i, e in enumerate(real + extra)]
    print(f"vbift: round {r}: training on {len(real)} real + {len(extra)} synthetic examples ({len(texts) - len(extra)} "
          f"synthetic over max_seq_len dropped)", flush=True)
    job = StageJob.of_run(cfg, f"vbift_r{r}", model_path, SftObjective(pad_id=pad_id(tokenizer)), cfg.train.lr,
                          cfg.train.epochs, len(examples), init_adapter=cfg.model.init_adapter)
    return fit(job, ray.data.from_items(examples), progress=progress), len(texts) - len(extra)


def train_sql_to_text(cfg: RunConfig, model_path: str, r: int, data, pairs: list[Pair], progress: bool,
                      init_adapter: str | None = None):
    """The SQL-to-text LoRA (`s2t_r<r>`) on `pairs` reversed (SQL -> question): from the base model, or
    continuing the writer `init_adapter`. None when there are fewer examples than workers."""
    import ray.data

    from text2sql.prompts import fold_whitespace, question_completion, render_question_prompt
    from training.sft_data import SftObjective

    tokenizer = load_tokenizer(model_path)
    texts = [(render_question_prompt(tokenizer, schema_text(str(data.db_path(p.db_id)), cfg), fold_whitespace(p.query)),
              question_completion(p.question, tokenizer.eos_token)) for p in pairs]
    examples = encode_examples(tokenizer, cfg.train.max_seq_len, texts)
    if len(examples) < cfg.train.num_workers:
        return None
    job = StageJob.of_run(cfg, f"s2t_r{r}", model_path, SftObjective(pad_id=pad_id(tokenizer)), cfg.train.lr,
                          cfg.vbift.s2t_epochs, len(examples), init_adapter=init_adapter)
    return fit(job, ray.data.from_items(examples), progress=progress)


