"""Training-step time through our Ray Train trainer against a plain PyTorch loop, same model, same batch.

Workload: the first `--batch` Spider training examples (prompt + gold SQL, tokenized as for SFT) form
one batch. The plain loop (in this process) runs collate, forward, SFT loss, backward, gradient
clipping and an AdamW step on it; the trainer runs the real `training.trainer.fit` on a dataset of
exactly those examples with batch size `--batch` and no accumulation, so every optimizer step sees
the same batch, and its per-step wall time is read from the gaps between consecutive metrics.jsonl
records (everything the loop does except the final checkpoint). Both load the model with the same
`load_model` (LoRA r=16, dtype auto: bf16 only where the CPU has native bf16; for the 0.5B model also
gradient checkpointing, which keeps a batch of 4 near 7 GB instead of 18) and use the same number of
threads. The first step of each is a warm-up and is not timed; the plain loop runs before and after
the Ray run so both see similar background load. The best step of each is compared (the one least
disturbed by other work on a shared machine); medians are printed too. Goal: Ray Train overhead
under 10%.

    python bench/train_step.py            # Qwen2.5-Coder-0.5B-Instruct, LoRA, batch 4, 3 timed steps
    python bench/train_step.py --quick    # the tiny random model, 10 timed steps
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from common import REPO, parser

from cluster.cli import set_runtime_defaults
from cluster.config import load_config
from text2sql.spider import SpiderData
from training.sft_data import SftObjective, build_sft_examples
from training.trainer import StageJob, fit, load_model


def plain_steps(job: StageJob, examples: list[dict], steps: int) -> list[float]:
    """Seconds per optimizer step of a bare PyTorch loop (the first, a warm-up, included)."""
    import torch

    torch.set_num_threads(job.cfg.train.cpus_per_worker)
    model = load_model(job, None, torch.device("cpu"))
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=job.lr, weight_decay=0.0)
    times = []
    for _ in range(steps):
        start = time.perf_counter()
        batch = job.objective.collate(examples)
        model.train()
        loss, _ = job.objective.loss(model, batch)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, job.cfg.train.max_grad_norm)
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        times.append(time.perf_counter() - start)
    return times


def ray_steps(job: StageJob, examples: list[dict]) -> tuple[list[float], list[float], float]:
    """Seconds between consecutive logged steps of the real trainer, its own `timing/step` (forward,
    backward, optimizer) of those steps, and the whole fit's wall time."""
    import ray.data

    start = time.perf_counter()
    fit(job, ray.data.from_items(examples), progress=False)
    wall = time.perf_counter() - start
    records = [json.loads(line) for line in job.metrics_path.read_text().splitlines()]
    gaps = [b["time"] - a["time"] for a, b in zip(records, records[1:])]
    return gaps, [r["timing/step"] for r in records[1:]], wall


def main() -> None:
    # Both loops on the same footing on a shared 2-core machine (inherited by the local Ray workers):
    # OpenMP threads spin while they wait for work, which made a 2-thread step 6-8x slower under
    # contention (measured); and Ray starts workers at nice 15, where they lose the CPU to every
    # normal-priority process, this benchmark's own plain loop included.
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    os.environ.setdefault("RAY_worker_niceness", "0")
    ap = parser(__doc__.split("\n\n")[0])
    ap.add_argument("--batch", type=int, default=4, help="examples per step (default: %(default)s)")
    ap.add_argument("--steps", type=int, default=None, help="timed steps of each loop (default: 3, --quick: 10)")
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 1, help="torch threads (default: all cores)")
    args = ap.parse_args()
    steps = args.steps or (10 if args.quick else 3)
    set_runtime_defaults()

    from transformers import AutoTokenizer

    from cluster.runtime import init_ray

    with tempfile.TemporaryDirectory(prefix="bench-train-") as tmp:
        if args.quick:
            sys.path.insert(0, str(REPO / "tests"))
            from tiny_model import build_tiny_model

            model_path, dtype, checkpointing = str(build_tiny_model(Path(tmp) / "tiny-model")), "fp32", False
        else:
            from cluster.model_fetch import resolve_model

            model_path, dtype, checkpointing = resolve_model("qwen2.5-coder-0.5b-instruct"), "auto", True
        tokenizer = AutoTokenizer.from_pretrained(model_path)
        examples, _ = build_sft_examples(SpiderData(args.data), "train", tokenizer, 2048, max_examples=args.batch)
        cfg = load_config(None, [
            f"output_dir={tmp}/run", f"model.name_or_path={model_path}", f"model.dtype={dtype}", "model.lora.r=16",
            "model.lora.alpha=32", f"train.batch_size={args.batch}", "train.grad_accum=1", f"train.epochs={steps + 1}",
            "train.warmup_ratio=0", "train.lr_schedule=constant", "train.logging_steps=1", "train.checkpoint_every=0",
            f"train.cpus_per_worker={args.threads}", f"train.gradient_checkpointing={checkpointing}",
            "train.stages=[sft]"])
        job = StageJob(name="sft", model_path=model_path, objective=SftObjective(pad_id=tokenizer.pad_token_id),
                       lr=cfg.train.lr, epochs=steps + 1, num_examples=len(examples), cfg=cfg)
        tokens = sum(len(e["input_ids"]) for e in examples)

        before = plain_steps(job, examples, steps + 1)[1:]
        init_ray()
        ray_times, ray_compute, ray_wall = ray_steps(job, examples)
        after = plain_steps(job, examples, steps)
    plain = before + after
    best_plain, best_ray = min(plain), min(ray_times)
    # What the trainer does around the compute (collate, logging, bookkeeping), step by step.
    bookkeeping = statistics.median(gap - compute for gap, compute in zip(ray_times, ray_compute))
    from training.trainer import train_dtype

    dtype = str(train_dtype(dtype, use_gpu=False)).removeprefix("torch.")
    print(f"model {Path(model_path).name}, {dtype}, gradient checkpointing {checkpointing}, "
          f"batch {args.batch} ({tokens} tokens), {args.threads} threads, "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"plain loop  s/step: min {best_plain:.3f}, median {statistics.median(plain):.3f} over {len(plain)} steps")
    print(f"ray trainer s/step: min {best_ray:.3f}, median {statistics.median(ray_times):.3f} over "
          f"{len(ray_times)} steps; outside forward/backward/optimizer {1000 * bookkeeping:.1f} ms/step; "
          f"whole fit incl. start-up and final checkpoint {ray_wall:.1f}s")
    median_ratio = statistics.median(ray_times) / statistics.median(plain)
    print(f"RESULT train_step: ray trainer {best_ray:.3f}s vs plain loop {best_plain:.3f}s per step (best of each) = "
          f"{100 * (best_ray / best_plain - 1):+.1f}% overhead (medians: {100 * (median_ratio - 1):+.1f}%); "
          f"throughput/tokens_per_s {tokens / best_ray:.0f} (plain {tokens / best_plain:.0f})")

if __name__ == "__main__":
    main()
