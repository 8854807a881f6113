"""The Ray Train loop shared by every stage: one `TorchTrainer` run per stage (or self-play iteration).

What it assumes and does:
- Data arrives as a Ray Data dataset of small rows (token ids), passed through
  `TorchTrainer(datasets={"train": ds})`; every worker reads the whole dataset (it is a few MB of ids)
  and takes its rank's share of a seeded per-epoch permutation (`EpochPlan`). Ray Data's streaming
  split hands blocks to whichever worker asks first, so it cannot replay an order after a restart;
  this way a resumed run skips exactly the micro-batches it already consumed.
- The model: a Hugging Face causal LM with LoRA adapters from peft (or all weights trainable), DDP
  through `ray.train.torch.prepare_model`, gloo on CPU and NCCL on GPU, optional gradient
  checkpointing. bf16 (`model.dtype`, see `train_dtype`): LoRA runs on bf16 base weights (adapters
  stay fp32, peft's default); full fine-tuning keeps fp32 weights under bf16 autocast, since
  pure-bf16 AdamW updates lose small steps.
- AdamW (no weight decay), gradient accumulation, `transformers.get_scheduler` with warmup, gradient
  clipping. The torch RNG (dropout) is reseeded from (seed, step, rank) at every step, so no RNG
  state needs restoring.
- Rank 0 appends one record per logged step to `<output_dir>/metrics.jsonl` (names and the optional
  TensorBoard copy: `training/metrics.py`), before the checkpoint of that step, so a record is never
  missing after a resume; records past the resumed step are removed on start. It saves checkpoints in
  Hugging Face / PEFT format plus `trainer_state.pt` (optimizer, scheduler), `trainer_state.json`
  (step, epoch, data plan) and the resolved config, reported with `ray.train.report`. Ray keeps them
  under `<output_dir>/<stage>/step_NNNNNN` and, when a run with the same name starts again, hands the
  latest back through `ray.train.get_checkpoint()`: that is how a killed run resumes.
- A stage that finished writes `<output_dir>/<stage>/result.json` and is not trained again.
- On a multi-node cluster `output_dir` must be shared storage (Ray requires it for checkpoints).
- Workers the cluster could never hold (more CPUs than any node offering `trainer`) are refused at
  once, with what the nodes offer (actors/placement.py), instead of waiting for ever.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import math
import os
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, Protocol

from actors.allocator import allocator_env
from training.config import ModelConfig, RunConfig, TrainConfig, config_text
from training.metrics import append_record

__all__ = ["Objective", "StageJob", "StageResult", "fit", "load_model", "train_dtype", "train_loop_per_worker"]

STATE_FILE = "trainer_state.pt"        # optimizer and scheduler state
SUMMARY_FILE = "trainer_state.json"    # step, epoch and data plan: small enough for the driver to read
RESULT_FILE = "result.json"
CHECKPOINTS_KEPT = 2


class Objective(Protocol):
    """What a stage trains on: how rows become a batch, and the batch's loss."""

    name: str

    def collate(self, rows: list[dict[str, Any]]) -> dict[str, Any]: ...

    def loss(self, model, batch: dict[str, Any]) -> tuple[Any, dict[str, float]]: ...

    def tokens(self, batch: dict[str, Any]) -> int: ...


@dataclasses.dataclass(frozen=True)
class StageJob:
    """One Ray Train run: everything its workers need, as plain picklable values."""

    name: str                # Ray run name and checkpoint folder under output_dir, e.g. "sft"
    model_path: str          # resolved Hugging Face folder of the starting model
    objective: Objective
    lr: float
    epochs: int
    num_examples: int
    model: ModelConfig       # dtype and LoRA settings
    train: TrainConfig       # batching, schedule, workers, checkpoints
    run_dir: str             # the run's output_dir: metrics.jsonl, <name>/step_NNNNNN/
    config_yaml: str         # the whole run config, written into every checkpoint as config.yaml
    init_adapter: str | None = None  # a LoRA adapter on model_path to continue instead of fresh adapters

    @classmethod
    def of_run(cls, cfg: RunConfig, name: str, model_path: str, objective: Objective, lr: float, epochs: int,
               num_examples: int, init_adapter: str | None = None) -> "StageJob":
        """The job of one stage of run `cfg`: only the config sections its workers read travel with it.
        `init_adapter` is for the fits that continue a LoRA: the text-to-SQL model from the run's starting
        point (`model.init_adapter`: sft, each vbift round) and the SQL-to-text writer of later rounds from
        the one before; self-play starts its own LoRA."""
        return cls(name=name, model_path=model_path, objective=objective, lr=lr, epochs=epochs,
                   num_examples=num_examples, model=cfg.model, train=cfg.train, run_dir=cfg.output_dir,
                   config_yaml=config_text(cfg), init_adapter=init_adapter)

    @property
    def output_dir(self) -> Path:
        return Path(self.run_dir).resolve()

    @property
    def metrics_path(self) -> Path:
        return self.output_dir / "metrics.jsonl"

    def plan(self):
        from training.sft_data import EpochPlan

        t = self.train
        return EpochPlan(self.num_examples, t.num_workers, t.batch_size, t.grad_accum, t.seed, t.group_by_length)

    def total_steps(self) -> int:
        return self.plan().steps_per_epoch * self.epochs

    def stop_step(self) -> int:
        stop = self.train.stop_at_step
        return self.total_steps() if stop is None else min(stop, self.total_steps())


@dataclasses.dataclass(frozen=True)
class StageResult:
    name: str
    checkpoint: Path
    step: int
    total_steps: int
    metrics: dict[str, Any]

    @property
    def finished(self) -> bool:
        return self.step >= self.total_steps

    def to_json(self) -> dict[str, Any]:
        return {**dataclasses.asdict(self), "checkpoint": str(self.checkpoint)}

    @classmethod
    def from_json(cls, body: dict[str, Any]) -> "StageResult":
        return cls(**{**body, "checkpoint": Path(body["checkpoint"])})


# ---- driver side ------------------------------------------------------------------------------------

def fit(job: StageJob, dataset, progress: bool = True) -> StageResult:
    """Train `job` on `dataset` (Ray Data) with Ray Train; resumes from the stage's latest checkpoint."""
    import ray.train
    from ray.train.torch import TorchConfig, TorchTrainer

    done = job.output_dir / job.name / RESULT_FILE
    if done.is_file():  # a finished stage is not trained again
        return _read_result(done)
    t = job.train
    from actors.placement import check_fits, trainer_cpus

    cpus = trainer_cpus(t.cpus_per_worker, t.num_workers, t.use_gpu)  # the ask; the worker's threads stay cpus_per_worker
    # Ray Train would wait for ever for workers no node can hold; say so now.
    check_fits(("Ray Train worker", {"CPU": cpus, "GPU": int(t.use_gpu), "trainer": 1}, t.num_workers),
               hint="lower train.cpus_per_worker or train.num_workers, or add nodes offering `trainer`")
    trainer = TorchTrainer(
        train_loop_per_worker,
        train_loop_config={"job": job},
        torch_config=TorchConfig(backend="nccl" if t.use_gpu else "gloo"),
        scaling_config=ray.train.ScalingConfig(
            num_workers=t.num_workers, use_gpu=t.use_gpu,
            resources_per_worker={"CPU": cpus, "trainer": 1}),
        run_config=ray.train.RunConfig(
            name=job.name, storage_path=str(job.output_dir),
            checkpoint_config=ray.train.CheckpointConfig(num_to_keep=CHECKPOINTS_KEPT),
            # A killed or crashed worker group restarts from the latest checkpoint by itself; the data
            # plan and the per-step reseeding make the replayed steps identical (exact resume).
            failure_config=ray.train.FailureConfig(max_failures=t.max_failures),
            worker_runtime_env={"env_vars": worker_env()}),
        datasets={"train": dataset},
        dataset_config=ray.train.DataConfig(datasets_to_split=[]),
    )
    with _ProgressBar(job, enabled=progress):
        result = trainer.fit()
    if result.checkpoint is None:
        raise RuntimeError(f"stage {job.name} reported no checkpoint; see the Ray Train logs under {job.output_dir}")
    state = _read_state_summary(Path(result.checkpoint.path))
    out = StageResult(job.name, Path(result.checkpoint.path), state["step"], state["total_steps"], dict(result.metrics))
    if out.finished:
        done.write_text(json.dumps(out.to_json(), indent=1) + "\n")
    return out


def worker_env() -> dict[str, str]:
    """Environment of the training workers.

    - OMP_WAIT_POLICY=PASSIVE: idle OpenMP threads sleep instead of spinning. A Ray worker has many
      threads of its own; with spinning OpenMP threads on 2 cores a 0.5B LoRA step took 30 s instead of
      ~14 (measured in the real trainer).
    - the first allocator of actors.allocator.ALLOCATORS the system has (Debian's libtcmalloc-minimal4,
      which scripts/setup.sh installs, else libjemalloc2), unless LD_PRELOAD already names one: glibc's heap
      fragments under batches of varying shapes, and tcmalloc keeps the step's peak instead of handing
      pages back to be faulted in again at the next step.
    """
    return {"OMP_WAIT_POLICY": os.environ.get("OMP_WAIT_POLICY", "PASSIVE"), **allocator_env()}


def _read_result(path: Path) -> StageResult:
    return StageResult.from_json(json.loads(path.read_text()))


def _read_state_summary(checkpoint: Path) -> dict[str, Any]:
    return json.loads((checkpoint / SUMMARY_FILE).read_text())


class _ProgressBar:
    """A tqdm bar on the driver fed by rank 0's metrics.jsonl (worker output does not reach the driver)."""

    def __init__(self, job: StageJob, enabled: bool):
        self.job, self.enabled = job, enabled
        self._stop = threading.Event()

    def __enter__(self):
        if self.enabled:
            self._thread = threading.Thread(target=self._follow, daemon=True)
            self._thread.start()
        return self

    def __exit__(self, *exc):
        if self.enabled:
            self._stop.set()
            self._thread.join()

    def _follow(self) -> None:
        from tqdm import tqdm

        bar = tqdm(total=self.job.stop_step(), desc=self.job.name, unit="step", dynamic_ncols=True)
        offset = 0
        while True:
            stopping = self._stop.wait(0.5)
            path = self.job.metrics_path
            if path.is_file():
                if path.stat().st_size < offset:  # rewritten shorter by a resume: read it again
                    offset = 0
                with path.open("rb") as f:
                    f.seek(offset)
                    for line in f:
                        if not line.endswith(b"\n"):
                            break
                        offset += len(line)
                        record = json.loads(line)
                        if record.get("stage") == self.job.name:
                            bar.n = record["step"]
                            bar.set_postfix({k: f"{v:.4g}" for k, v in record.items() if k.startswith("loss/")})
            if stopping:
                break
        bar.close()


# ---- worker side ------------------------------------------------------------------------------------

def train_dtype(name: str, use_gpu: bool):
    """auto: bf16 on GPUs that support it and on CPUs with native bf16 (AVX512-BF16 or AMX), where it
    is about 2x faster than fp32; fp32 elsewhere, since an AVX2-only CPU emulates bf16 matmuls and
    runs them 4-6x slower than fp32 (measured on this project's 2-core machines)."""
    import torch

    if name == "fp32":
        return torch.float32
    if name == "bf16":
        return torch.bfloat16
    native = torch.cuda.is_bf16_supported() if use_gpu else _cpu_has_native_bf16()
    return torch.bfloat16 if native else torch.float32


def _cpu_has_native_bf16() -> bool:
    import torch

    try:
        return bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())  # what PyTorch's own CPU bf16 checks use
    except (AttributeError, RuntimeError):
        return False


def load_model(job: StageJob, checkpoint_dir: str | None, device):
    """The model to train: the starting model with fresh LoRA adapters, or the state in `checkpoint_dir`."""
    import torch
    from transformers import AutoModelForCausalLM

    m = job.model
    dtype = train_dtype(m.dtype, job.train.use_gpu)
    if not m.lora.enabled:
        # Full fine-tuning keeps fp32 master weights; bf16 comes from autocast in the step.
        model = AutoModelForCausalLM.from_pretrained(checkpoint_dir or job.model_path, dtype=torch.float32)
    else:
        from peft import LoraConfig, PeftModel, get_peft_model

        base = AutoModelForCausalLM.from_pretrained(job.model_path, dtype=dtype)
        if checkpoint_dir or job.init_adapter:
            # A run's own checkpoint wins over the adapter it started from (resume).
            model = PeftModel.from_pretrained(base, checkpoint_dir or job.init_adapter, is_trainable=True)
            # A committed adapter names its base by a short name; this run's checkpoints name the local
            # folder it trained on, as a fresh run's do (mergers and engines load them from it).
            model.peft_config["default"].base_model_name_or_path = job.model_path
            for param in model.parameters():  # a committed adapter is bf16; AdamW keeps fp32 masters
                if param.requires_grad:
                    param.data = param.data.float()
        else:
            torch.manual_seed(job.train.seed)  # the adapters' initial weights
            model = get_peft_model(base, LoraConfig(
                r=m.lora.r, lora_alpha=m.lora.alpha, lora_dropout=m.lora.dropout,
                target_modules=list(m.lora.target_modules), task_type="CAUSAL_LM"))
        if dtype == torch.bfloat16:
            _compute_adapters_in_bf16(model)
    model.config.use_cache = False
    if job.train.gradient_checkpointing:
        # Non-reentrant checkpointing works with frozen inputs, so LoRA needs no input-grad hooks.
        model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
    return model.to(device)


def _compute_adapters_in_bf16(model) -> None:
    """Keep peft's fp32 adapter weights (AdamW needs their precision) but stop peft from up-casting every
    adapter's input to fp32: the step's autocast then runs the adapters' matmuls in bf16 like the rest.
    Measured on the 0.5B model: the casts and fp32 matmuls were about a quarter of a step."""
    from peft.tuners.tuners_utils import BaseTunerLayer

    for module in model.modules():
        if isinstance(module, BaseTunerLayer):
            module.cast_input_dtype_enabled = False


def uses_autocast(model: ModelConfig, train: TrainConfig) -> bool:
    """bf16 autocast in the step: full fine-tuning keeps fp32 master weights, and LoRA keeps fp32
    adapters on bf16 base weights; both compute in bf16."""
    import torch

    return train_dtype(model.dtype, train.use_gpu) == torch.bfloat16


def lr_factor(schedule: str, warmup: int, total: int):
    """The lr multiplier at optimizer step s (0-based): linear warm-up that starts at 1/(warmup+1), never 0,
    then constant, linear or cosine decay that reaches 0 only after the last step.

    >>> f = lr_factor("cosine", warmup=2, total=6)
    >>> [round(f(s), 3) for s in range(6)]
    [0.333, 0.667, 1.0, 0.854, 0.5, 0.146]
    """
    def factor(step: int) -> float:
        if step < warmup:
            return (step + 1) / (warmup + 1)
        progress = (step - warmup) / max(1, total - warmup)
        if schedule == "linear":
            return 1.0 - progress
        if schedule == "cosine":
            return 0.5 * (1.0 + math.cos(math.pi * progress))
        return 1.0
    return factor


def train_loop_per_worker(config: dict[str, Any]) -> None:
    import ray.train
    import ray.train.torch
    import torch
    from transformers import AutoTokenizer

    job: StageJob = config["job"]
    t = job.train
    ctx = ray.train.get_context()
    rank, world = ctx.get_world_rank(), ctx.get_world_size()
    device = ray.train.torch.get_device()
    if device.type == "cpu":
        torch.set_num_threads(t.cpus_per_worker)
    plan = job.plan()
    total, stop = job.total_steps(), job.stop_step()

    rows = sorted(ray.train.get_dataset_shard("train").iter_rows(), key=lambda r: int(r["idx"]))
    if len(rows) != job.num_examples:
        raise RuntimeError(f"dataset has {len(rows)} rows but the job was planned for {job.num_examples}")

    lengths = tuple(len(r["input_ids"]) for r in rows)

    checkpoint = ray.train.get_checkpoint()
    with (checkpoint.as_directory() if checkpoint else contextlib.nullcontext()) as ckpt_dir:
        model = load_model(job, ckpt_dir, device)
        if ckpt_dir:
            state = torch.load(Path(ckpt_dir) / STATE_FILE, map_location="cpu", weights_only=True)
            state.update(_read_state_summary(Path(ckpt_dir)))
        else:
            state = None
    tokenizer = AutoTokenizer.from_pretrained(job.model_path)
    model = ray.train.torch.prepare_model(model)
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=job.lr, weight_decay=0.0)
    scheduler = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lr_factor(t.lr_schedule, math.ceil(t.warmup_ratio * total), total))
    step = 0
    if state is not None:
        _check_plan(state, plan, total)
        optimizer.load_state_dict(state["optimizer"])
        scheduler.load_state_dict(state["scheduler"])
        step = state["step"]
    if rank == 0:
        _truncate_metrics(job.metrics_path, job.name, step)

    autocast = uses_autocast(job.model, job.train)
    clip = t.max_grad_norm if t.max_grad_norm > 0 else float("inf")
    window, logged = _Window(), {}
    while step < stop:
        epoch, in_epoch = divmod(step, plan.steps_per_epoch)
        started = time.perf_counter()
        batches = [job.objective.collate([rows[i] for i in mb]) for mb in plan.step_batches(epoch, rank, in_epoch, lengths)]
        batches = [{k: v.to(device) for k, v in b.items()} for b in batches]
        data_s = time.perf_counter() - started

        torch.manual_seed((t.seed * 1_000_003 + step) * 4096 + rank)
        model.train()
        step_metrics: dict[str, float] = {}
        for i, batch in enumerate(batches):
            # DDP all-reduces gradients only on the last micro-batch of the step.
            sync = i == len(batches) - 1 or not hasattr(model, "no_sync")
            with contextlib.nullcontext() if sync else model.no_sync():
                with torch.autocast(device.type, dtype=torch.bfloat16, enabled=autocast):
                    loss, parts = job.objective.loss(model, batch)
                (loss / len(batches)).backward()
            for key, value in parts.items():
                step_metrics[key] = step_metrics.get(key, 0.0) + value / len(batches)
        grad_norm = torch.nn.utils.clip_grad_norm_(params, clip)
        lr = scheduler.get_last_lr()[0]
        optimizer.step()
        scheduler.step()
        optimizer.zero_grad(set_to_none=True)
        step += 1
        window.add(step_metrics, float(grad_norm), sum(job.objective.tokens(b) for b in batches),
                   data_s, time.perf_counter() - started - data_s, _rss_gib())

        if step % t.logging_steps == 0 or step == stop:
            logged = {"stage": job.name, "step": step, "epoch": round(step / plan.steps_per_epoch, 4), "lr": lr,
                      **window.reduce(world, device), "time": round(time.time(), 3)}
            if rank == 0:
                append_record(job.output_dir, logged, tensorboard=t.tensorboard)
            window = _Window()
        if (t.checkpoint_every and step % t.checkpoint_every == 0) or step == stop:
            saved = time.perf_counter()
            _save_checkpoint(job, model, tokenizer, optimizer, scheduler, step, total, plan, rank, logged)
            window.checkpoint_s += time.perf_counter() - saved


def _check_plan(state: dict, plan, total: int) -> None:
    saved = {"length_grouped": False, **state["plan"]}  # checkpoints from before length grouping
    now = dataclasses.asdict(plan)
    if saved != now or state["total_steps"] != total:
        changed = ", ".join(f"{k} {saved.get(k)} -> {v}" for k, v in now.items() if saved.get(k) != v)
        raise RuntimeError(f"cannot resume: the checkpoint was trained with a different data plan "
                           f"({changed or 'steps'}); "
                           f"resume with the same data, workers, batch size and seed, or start a new output_dir")


def _truncate_metrics(path: Path, stage: str, step: int) -> None:
    """Drop this stage's records past `step`: they were logged after the checkpoint we resume from."""
    if not path.is_file():
        path.parent.mkdir(parents=True, exist_ok=True)
        return
    lines = path.read_text().splitlines(keepends=True)
    kept = [line for line in lines if line.endswith("\n") and not _after(line, stage, step)]
    if kept != lines:
        tmp = path.with_suffix(".jsonl.tmp")
        tmp.write_text("".join(kept))
        os.replace(tmp, path)


def _after(line: str, stage: str, step: int) -> bool:
    record = json.loads(line)
    return record.get("stage") == stage and record.get("step", 0) > step


class _Window:
    """Sums over the steps since the last log line, averaged (and summed over ranks) on `reduce`."""

    def __init__(self):
        self.steps, self.tokens, self.data_s, self.step_s, self.grad_norm, self.checkpoint_s = 0, 0, 0.0, 0.0, 0.0, 0.0
        self.metrics: dict[str, float] = {}
        self.rss_gib = 0.0

    def add(self, metrics: dict[str, float], grad_norm: float, tokens: int, data_s: float, step_s: float,
            rss_gib: float) -> None:
        self.rss_gib = max(self.rss_gib, rss_gib)
        self.steps += 1
        self.tokens += tokens
        self.data_s += data_s
        self.step_s += step_s
        self.grad_norm += grad_norm
        for key, value in metrics.items():
            self.metrics[key] = self.metrics.get(key, 0.0) + value

    def reduce(self, world: int, device) -> dict[str, float]:
        import torch
        import torch.distributed as dist

        keys = sorted(self.metrics)
        values = torch.tensor([self.metrics[k] for k in keys] + [float(self.tokens)], dtype=torch.float64)
        if world > 1:
            values = values.to(device)
            dist.all_reduce(values)
            values = values.cpu()
        out = {k: float(values[i]) / (self.steps * world) for i, k in enumerate(keys)}
        out.update({
            "grad_norm": self.grad_norm / self.steps,
            "throughput/tokens_per_s": float(values[-1]) / (self.data_s + self.step_s),
            "timing/step": self.step_s / self.steps,
            "timing/data": self.data_s / self.steps,
            "memory/rss_gib": round(self.rss_gib, 3),
        })
        if self.checkpoint_s:
            out["timing/checkpoint"] = self.checkpoint_s
        return out


def _rss_gib() -> float:
    """This worker's resident memory now, in GiB (Linux; 0 where /proc is missing)."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**30
    except (OSError, ValueError, IndexError):
        return 0.0


def _save_checkpoint(job: StageJob, model, tokenizer, optimizer, scheduler, step: int, total: int, plan,
                     rank: int, metrics: dict[str, Any]) -> None:
    """Every rank reports (Ray needs all of them at each report); rank 0 writes the files."""
    import ray.train
    import torch
    from ray.train import Checkpoint

    with tempfile.TemporaryDirectory(prefix=f"{job.name}-ckpt-") as tmp:
        checkpoint = None
        if rank == 0:
            unwrapped = model.module if hasattr(model, "module") else model
            unwrapped.save_pretrained(tmp)
            tokenizer.save_pretrained(tmp)
            (Path(tmp) / "config.yaml").write_text(job.config_yaml)
            torch.save({"optimizer": optimizer.state_dict(), "scheduler": scheduler.state_dict()},
                       Path(tmp) / STATE_FILE)
            summary = {"step": step, "total_steps": total, "epoch": step // plan.steps_per_epoch,
                       "plan": dataclasses.asdict(plan)}
            (Path(tmp) / SUMMARY_FILE).write_text(json.dumps(summary, indent=1) + "\n")
            checkpoint = Checkpoint.from_directory(tmp)
        ray.train.report({**metrics, "step": step}, checkpoint=checkpoint, checkpoint_dir_name=f"step_{step:06d}")
