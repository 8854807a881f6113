"""Training speed of Qwen2.5-Coder-0.5B + LoRA: the trainer's settings of 2026-12-03 against today's, on
the same examples in one run, with the achieved share of this machine's matmul peak in the dtype the step
computes in (bf16 where the CPU has it natively, fp32 on AVX2-only CPUs); and the
Ray Train trainer against a plain loop with today's settings.

Workload: the first training example of each of the first `--examples` Spider databases (prompt with
the compact schema + gold SQL, 150-500 tokens: the length mix a real run sees), trained in optimizer
steps of 8 (batch 4 x 2 accumulation). Each variant takes one untimed warm-up step, then one timed
pass over every example once; throughput counts real (unpadded) tokens.

- before: right padding in plan order, the LM-head window cut by a count (a strided slice), gradient
  checkpointing, LoRA dropout 0.05, adapters in fp32 with their inputs up-cast, no autocast.
- after: what `spft-sql train` does now: length-grouped steps, left padding with the LM head on the
  SQL window only, no recomputation, no dropout, bf16 autocast over fp32 adapters.
- ray: the real `training.trainer.fit` with the after settings on the same examples (step time from
  the gaps between its metrics.jsonl records).

With `--rounds N` the after and ray passes alternate N times (after, ray, after, ray, ...), so that both
see the same drift of a noisy machine; the medians count, and every pass is printed.

The whole bench runs in the training workers' environment (allocator and OpenMP wait policy of
`training.trainer.worker_env`, applied by re-running itself), so before, after and ray share the allocator
and the ray figure is Ray Train's own cost.

MFU = 4 x the model's non-embedding weights (0.36 G for the 0.5B model: forward plus input gradients)
FLOP per real token, divided by the matmul rate of a Qwen-shaped linear layer (1708x896 by 896x4864) measured here
in the step's compute dtype (training.trainer.train_dtype: bf16 on AVX512-BF16/AMX CPUs, fp32 on AVX2-only ones).

    python bench/train_step.py              # ~10 min on 2 cores
    python bench/train_step.py --rounds 3   # Ray Train's own cost, three alternating pairs (~25 min)
    python bench/train_step.py --quick      # the tiny random model, a smoke test
"""

from __future__ import annotations

import contextlib
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from common import parser

from cluster.cli import set_runtime_defaults
from training.config import load_config
from text2sql.spider import SpiderData
from training.sft_data import SftObjective, build_sft_examples
from training.trainer import StageJob, _rss_gib, fit, load_model, train_dtype, uses_autocast, worker_env

BATCH, ACCUM = 4, 2


class BeforeObjective(SftObjective):
    """The SFT objective as it was on 2026-12-03 (right padding, LM-head window from a count), kept
    here as the baseline."""

    def collate(self, rows):
        import numpy as np
        import torch

        width = max(len(r["input_ids"]) for r in rows)
        ids = torch.full((len(rows), width), self.pad_id, dtype=torch.long)
        attention = torch.zeros((len(rows), width), dtype=torch.long)
        completion = torch.zeros((len(rows), width), dtype=torch.bool)
        for i, row in enumerate(rows):
            n = len(row["input_ids"])
            ids[i, :n] = torch.as_tensor(np.asarray(row["input_ids"]), dtype=torch.long)
            attention[i, :n] = 1
            completion[i, int(row["prompt_len"]):n] = True
        return {"input_ids": ids, "attention_mask": attention, "completion_mask": completion}

    def loss(self, model, batch):
        from training.losses import sft_loss

        mask = batch["completion_mask"]
        start = int(mask.any(dim=0).nonzero()[0]) - 1
        logits = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"],
                       logits_to_keep=mask.shape[1] - start).logits
        loss = sft_loss(logits, batch["input_ids"][:, start:], mask[:, start:])
        return loss, {"loss/sft": loss.item()}


def matmul_peak(threads: int, dtype) -> float:
    """FLOP/s of a Qwen-shaped linear layer in `dtype`, best of 10."""
    import torch

    torch.set_num_threads(threads)
    a, b = torch.randn(1708, 896, dtype=dtype), torch.randn(896, 4864, dtype=dtype)
    for _ in range(3):
        a @ b
    best = float("inf")
    for _ in range(10):
        start = time.perf_counter()
        a @ b
        best = min(best, time.perf_counter() - start)
    return 2 * 1708 * 896 * 4864 / best


def plain_pass(job: StageJob, objective, examples: list[dict], before: bool) -> dict:
    """One warm-up step, then one timed pass over every example: seconds, tokens, peak RSS per step."""
    import torch

    torch.set_num_threads(job.train.cpus_per_worker)
    model = load_model(job, None, torch.device("cpu"))
    if before:  # peft's default then: every adapter input up-cast to the fp32 adapter weights
        from peft.tuners.tuners_utils import BaseTunerLayer

        for module in model.modules():
            if isinstance(module, BaseTunerLayer):
                module.cast_input_dtype_enabled = True
    model.train()
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=job.lr, weight_decay=0.0)
    autocast = uses_autocast(job.model, job.train) and not before
    plan, lengths = job.plan(), tuple(len(e["input_ids"]) for e in examples)

    def step(epoch: int, index: int) -> float:
        started = time.perf_counter()
        micro = plan.step_batches(epoch, 0, index, lengths)
        for mb in micro:
            with torch.autocast("cpu", dtype=torch.bfloat16, enabled=autocast):
                loss, _ = objective.loss(model, objective.collate([examples[i] for i in mb]))
            (loss / len(micro)).backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        return time.perf_counter() - started

    step(1, 0)
    seconds, rss = 0.0, []
    for index in range(plan.steps_per_epoch):
        seconds += step(0, index)
        rss.append(_rss_gib())
    weights = sum(p.numel() for name, p in model.named_parameters()
                  if "lora_" not in name and "embed_tokens" not in name and "lm_head" not in name)
    return {"seconds": seconds, "rss": rss, "flops_per_token": 4 * weights}


def ray_pass(job: StageJob, examples: list[dict]) -> float:
    """Seconds of the real trainer's second epoch (every example once), from its metrics records."""
    import ray.data

    fit(job, ray.data.from_items(examples), progress=False)
    records = [json.loads(line) for line in job.metrics_path.read_text().splitlines()]
    per_epoch = job.plan().steps_per_epoch
    return records[-1]["time"] - records[-per_epoch - 1]["time"]


def as_workers_run() -> None:
    """Re-run this process with the training workers' environment (training.trainer.worker_env: OpenMP
    wait policy, allocator), so that the plain loops and the Ray Train workers differ by Ray alone."""
    env = worker_env()
    if any(os.environ.get(key) != value for key, value in env.items()):
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, **env})


def main() -> None:
    as_workers_run()
    ap = parser(__doc__.split("\n\n")[0])
    ap.add_argument("--examples", type=int, default=24, help="examples, one per database (default: %(default)s)")
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 1, help="torch threads (default: all cores)")
    ap.add_argument("--rounds", type=int, default=1, help="alternating after / ray pairs; medians count (default: %(default)s)")
    ap.add_argument("--no-before", action="store_true", help="skip the 2026-12-03 baseline (to measure Ray's own cost only)")
    args = ap.parse_args()
    if args.rounds < 1:
        ap.error("--rounds must be at least 1")
    set_runtime_defaults()

    from transformers import AutoTokenizer

    from cluster.runtime import init_ray

    with tempfile.TemporaryDirectory(prefix="bench-train-") as tmp:
        if args.quick:
            from actors.tiny_model import build_tiny_model

            model_path, dtype = str(build_tiny_model(Path(tmp) / "tiny-model")), "fp32"
        else:
            from cluster.model_fetch import resolve_model

            model_path, dtype = resolve_model("qwen2.5-coder-0.5b-instruct"), "auto"
        tokenizer = AutoTokenizer.from_pretrained(model_path)
        examples, _ = build_sft_examples(SpiderData(args.data), "train", tokenizer, 1024, per_db=1)
        examples = [dict(e, idx=i) for i, e in enumerate(examples[: args.examples])]
        tokens = sum(len(e["input_ids"]) for e in examples)
        common = [f"model.name_or_path={model_path}", f"model.dtype={dtype}", "model.lora.r=16", "model.lora.alpha=32",
                  f"train.batch_size={BATCH}", f"train.grad_accum={ACCUM}", "train.warmup_ratio=0",
                  "train.lr_schedule=constant", "train.logging_steps=1", "train.checkpoint_every=0",
                  f"train.cpus_per_worker={args.threads}", "train.stages=[sft]", "train.epochs=2"]
        before_cfg = load_config(None, common + [f"output_dir={tmp}/before", "model.lora.dropout=0.05",
                                                 "train.gradient_checkpointing=true", "train.group_by_length=false"])
        def after_cfg_in(folder: str):
            return load_config(None, common + [f"output_dir={tmp}/{folder}", "model.lora.dropout=0",
                                               "train.gradient_checkpointing=false", "train.group_by_length=true"])

        after_cfg = after_cfg_in("after")
        pad = tokenizer.pad_token_id

        def job(cfg, objective):
            return StageJob.of_run(cfg, "sft", model_path, objective, cfg.train.lr, 2, len(examples))

        compute = train_dtype(after_cfg.model.dtype, False)
        peak = matmul_peak(args.threads, compute)
        before = None if args.no_before else plain_pass(job(before_cfg, BeforeObjective(pad)), BeforeObjective(pad),
                                                        examples, before=True)
        afters, rays = [], []
        for k in range(args.rounds):
            afters.append(plain_pass(job(after_cfg, SftObjective(pad)), SftObjective(pad), examples, before=False))
            init_ray()  # once; a finished stage is not trained again, so each round trains in a new folder
            rays.append(ray_pass(job(after_cfg_in(f"ray-{k}"), SftObjective(pad)), examples))
        with contextlib.suppress(Exception):
            import ray

            ray.shutdown()

    # the medians; RSS and FLOP per token from the first after pass
    after = dict(afters[0], seconds=statistics.median(run["seconds"] for run in afters))
    ray_s = statistics.median(rays)
    precision = str(compute).removeprefix("torch.").replace("bfloat16", "bf16").replace("float32", "fp32")

    def rate(seconds: float) -> float:
        return tokens / seconds

    def mfu(seconds: float) -> float:
        return rate(seconds) * after["flops_per_token"] / peak

    print(f"model {Path(model_path).name}, dtype {dtype}, {len(examples)} examples ({tokens} real tokens), "
          f"steps of {BATCH}x{ACCUM}, {args.threads} threads, load average {os.getloadavg()[0]:.1f} on "
          f"{os.cpu_count()} cores; {precision} matmul peak {peak / 1e12:.3f} TFLOPS; allocator "
          f"{Path(os.environ.get('LD_PRELOAD') or 'glibc').name} {os.environ.get('MALLOC_CONF', '')}".rstrip())
    for name, run in ([("before", before)] if before else []) + [("after", after)]:
        rss = run["rss"]
        print(f"{name:6s}: {run['seconds']:.1f} s, {rate(run['seconds']):.0f} tokens/s, MFU {100 * mfu(run['seconds']):.0f}%, "
              f"RSS after each step (GiB) {', '.join(f'{r:.2f}' for r in rss)}")
    print(f"ray   : {ray_s:.1f} s, {rate(ray_s):.0f} tokens/s, MFU {100 * mfu(ray_s):.0f}%")
    if args.rounds > 1:
        pairs = ", ".join(f"({run['seconds']:.1f}, {r:.1f})" for run, r in zip(afters, rays))
        print(f"rounds (after, ray), s: {pairs}; medians {after['seconds']:.1f}, {ray_s:.1f}")
    speedup = (f"after {rate(after['seconds']):.0f} vs before {rate(before['seconds']):.0f} tokens/s = "
               f"{before['seconds'] / after['seconds']:.2f}x (goal 3x)" if before else
               f"after {rate(after['seconds']):.0f} tokens/s (before not run)")
    print(f"RESULT train_step: {speedup}; MFU {100 * mfu(after['seconds']):.0f}% of the {precision} "
          f"matmul peak (goal 35%); Ray Train trainer {100 * (ray_s / after['seconds'] - 1):+.1f}% vs plain loop; "
          f"throughput/tokens_per_s {rate(ray_s):.0f}")


if __name__ == "__main__":
    main()
