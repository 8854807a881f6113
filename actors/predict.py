"""The predict workflow on the pools: prompts for benchmark examples, chunked greedy decoding in the
GeneratorPool, and the optional self-check that re-samples predictions which do not execute.

`spft-sql predict` is a thin wrapper around `predict_examples`; the training stages reuse
`greedy_sql` (validation of a round's model) and `build_prompts`.

    pool = GeneratorPool(BackendConfig(model=path), backend="vllm")
    sql = greedy_sql(pool, build_prompts(tokenizer, data, data.split("dev")), max_tokens=256)
"""

from __future__ import annotations

import dataclasses
import os
import sys
import time
from pathlib import Path

from actors.placement import KV_CACHE_GIB
from text2sql.prompts import STOP, extract_sql, render_prompt
from text2sql.schema import SAMPLE_VALUES, VALUE_CHARS, cached_schema_text
from text2sql.spider import Example, SpiderData

__all__ = ["build_prompts", "trained_schema_settings", "greedy_sql", "self_check", "Predictions",
           "predict_examples"]


def build_prompts(tokenizer, data: SpiderData, examples, sample_values: int = SAMPLE_VALUES,
                  value_chars: int = VALUE_CHARS) -> list[str | None]:
    """One prompt per example; None where the database is missing."""
    return [render_prompt(tokenizer, cached_schema_text(str(data.db_path(ex.db_id)), sample_values, value_chars),
                          ex.question)
            if data.has_db(ex.db_id) else None for ex in examples]


def trained_schema_settings(*folders: str | None) -> tuple[int, int]:
    """(sample_values, value_chars) a checkpoint was trained with, read from the config.yaml that `train`
    saves next to it: a model is best prompted the way it learned. Package defaults otherwise."""
    import yaml

    for folder in folders:
        path = Path(folder) / "config.yaml" if folder else None
        if path is not None and path.is_file():
            data = (yaml.safe_load(path.read_text()) or {}).get("data", {})
            return int(data.get("sample_values", 3)), int(data.get("value_chars", VALUE_CHARS))
    return SAMPLE_VALUES, VALUE_CHARS


def greedy_sql(pool, prompts: list[str | None], max_tokens: int = 256, progress: bool = False) -> list[str]:
    """The greedy SQL of every prompt ("" where the prompt is None), in order.

    The prompts go out in a few large chunks, so a progress bar can move: each chunk is one generate
    call that ends waiting on its longest query, so chunks stay large (measured on 200 prompts: chunks
    of 64 made generation 35% slower than one bare vLLM generate call).
    """
    import ray
    from tqdm import tqdm

    todo = [i for i, p in enumerate(prompts) if p is not None]
    sql = ["" for _ in prompts]
    chunk = max(256, -(-len(todo) // 4))
    refs = {pool.greedy([prompts[i] for i in todo[s:s + chunk]], max_tokens, tuple(STOP)): todo[s:s + chunk]
            for s in range(0, len(todo), chunk)}
    with tqdm(total=len(todo), desc="predict", unit="ex", file=sys.stderr, disable=not progress) as bar:
        pending = list(refs)
        while pending:
            done, pending = ray.wait(pending, num_returns=1)
            for index, text in zip(refs[done[0]], ray.get(done[0])):
                sql[index] = extract_sql(text)
            bar.update(len(refs[done[0]]))
    return sql


def self_check(pool, data: SpiderData, examples: list[Example], prompts: list[str | None], sql: list[str], k: int,
               max_tokens: int) -> int:
    """Replace predictions that do not execute by the first executable of k samples; returns how many."""
    import ray

    from actors.backends import SamplingParams
    from actors.verifier_pool import VerifierPool

    with VerifierPool(workers=min(2, os.cpu_count() or 1)) as verifier:
        def executable(indices: list[int], candidates: list[list[str]]) -> list[list[bool]]:
            samples = [{"id": i, "question": examples[i].question, "db_path": str(data.db_path(examples[i].db_id)),
                        "gold": None, "candidates": c} for i, c in zip(indices, candidates)]
            return [[r["executable"] for r in rs] for rs in ray.get(verifier.judge(samples))]

        todo = [i for i, p in enumerate(prompts) if p is not None]
        broken = [i for i, ok in zip(todo, executable(todo, [[sql[i]] for i in todo])) if not ok[0]]
        if not broken:
            return 0
        params = SamplingParams(n=k, temperature=0.7, top_p=0.95, max_tokens=max_tokens, stop=tuple(STOP), seed=0)
        samples = [[extract_sql(t) for t in texts] for texts in ray.get(pool.sample([prompts[i] for i in broken], params))]
        fixed = 0
        for i, candidates, ok in zip(broken, samples, executable(broken, samples)):
            if any(ok):
                sql[i] = candidates[ok.index(True)]
                fixed += 1
        return fixed


@dataclasses.dataclass
class Predictions:
    sql: list[str]          # one per example, "" where the database is missing
    predicted: int          # examples with a database (the rest are skipped)
    engine_s: float         # generator pool start (and adapter load)
    generate_s: float       # greedy decoding
    fixed: int = 0          # predictions the self-check replaced


def predict_examples(model: str, adapter: str | None, data: SpiderData, examples: list[Example], *,
                     backend: str = "vllm", actors: int = 1, kv_cache_gib: int = KV_CACHE_GIB, max_tokens: int = 256,
                     self_check_k: int = 0, sample_values: int = SAMPLE_VALUES, value_chars: int = VALUE_CHARS,
                     progress: bool = True, log=None) -> Predictions:
    """Greedy SQL for `examples` from `model` (+ `adapter`) in a GeneratorPool on the running Ray instance.

    `model` is a resolved Hugging Face folder; `log(line)` hears what is about to happen."""
    from transformers import AutoTokenizer

    from actors.backends import BackendConfig
    from actors.generator_pool import GeneratorPool

    tokenizer = AutoTokenizer.from_pretrained(model)
    prompts = build_prompts(tokenizer, data, examples, sample_values, value_chars)
    predicted = sum(p is not None for p in prompts)
    if log:
        log(f"{len(examples)} examples, {len(examples) - predicted} skipped (database missing); schema with "
            f"{sample_values} sample value(s) per column; model {model}{f' + adapter {adapter}' if adapter else ''}")
    started = time.monotonic()
    pool = GeneratorPool(BackendConfig(model=model, dtype="auto"), backend=backend, num_actors=actors,
                         kv_cache_gib=kv_cache_gib)
    try:
        if adapter:
            pool.load(adapter)
        generating = time.monotonic()
        sql = greedy_sql(pool, prompts, max_tokens, progress=progress)
        result = Predictions(sql, predicted, engine_s=generating - started, generate_s=time.monotonic() - generating)
        if self_check_k:
            result.fixed = self_check(pool, data, examples, prompts, sql, self_check_k, max_tokens)
    finally:
        pool.shutdown()
    return result
