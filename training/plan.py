"""What a run will do and ask for, without doing it: `spft-sql train --dry-run`; and, once Ray is up,
whether the cluster can ever place it (`check_placement`).

For each stage in order: what it trains, how many checkpoints it adds to the model base and how the
self-play stages pick their models from it, and the Ray resources its actors request (trainer
workers, generator actors, verifier actors), so a user can size a cluster (ray_cluster.yaml's node
types offer `trainer`, `generator` and `verifier`) before spending any of it.
"""

from __future__ import annotations

from pathlib import Path

from training.config import RunConfig
from training.stages import STAGES

__all__ = ["describe", "check_placement"]


def describe(cfg: RunConfig) -> str:
    t, g, v = cfg.train, cfg.generator, cfg.verifier
    trainer = (f"trainer: {t.num_workers} Ray Train worker(s) x {{trainer: 1, CPU: {t.cpus_per_worker}"
               + (", GPU: 1" if t.use_gpu else "") + "}")
    generator = (f"generator: {g.num_actors} actor(s) x {{generator: 1, GPU: 1 where the cluster has GPUs, else "
                 f"CPU: the cores of a generator node, less its verifiers' room where it hosts them too}} ({g.backend}"
                 + (f", KV cache {g.kv_cache_gib} GiB on CPU" if g.backend == "vllm" else "") + ")")
    verifier = f"verifier: {v.num_actors} actor(s) x {{verifier: 1, CPU: 0.5}} (query limit {v.timeout_s:g} s)"
    lines = [f"run {cfg.output_dir}: model {cfg.model.name_or_path} ({cfg.model.dtype}, "
             + (f"LoRA r={cfg.model.lora.r}" if cfg.model.lora.enabled else "full fine-tuning")
             + f"), data {cfg.data.path} ({cfg.data.train_split}), {_data_note(cfg)}"]
    roles = {"trainer": trainer, "generator": generator, "verifier": verifier}
    base: list[str] = []
    for number, name in enumerate(t.stages, 1):
        stage = STAGES[name]
        lines.append(f"{number}. {name}: " + stage.describe(cfg, base))
        lines += [f"     asks {roles[role]}" for role in stage.roles]
        lines.append(f"     {stage.note(cfg)}" if stage.note(cfg) else "")
    lines.append(f"model base after the run: {', '.join(base) if base else 'empty (sft checkpoints are not in it)'}")
    return "\n".join(line for line in lines if line)


def _data_note(cfg: RunConfig) -> str:
    root = Path(cfg.data.path).expanduser()
    if not root.is_dir():
        return "folder not found here (it must exist where the job runs)"
    caps = [f"max_examples={cfg.data.max_examples}" if cfg.data.max_examples else "",
            f"per_db={cfg.data.per_db}" if cfg.data.per_db else ""]
    return "found" + (f" ({', '.join(c for c in caps if c)})" if any(caps) else "")


def check_placement(cfg: RunConfig) -> None:
    """Refuse now a run whose actors the cluster (joined already) can never place, phase by phase of each
    stage (`Stage.phases`: the trainer workers; or the generators beside the verifiers and a data task,
    then the trainer beside the verifiers), instead of a phase that waits for ever or for a pool's start
    timeout. The actors ask what the stages will ask: the config's numbers, the generator's default CPU
    share (actors/placement.py)."""
    from actors.placement import TASK_CPUS, VERIFIER_CPUS, check_fits, generator_resources, trainer_cpus

    t, g, v = cfg.train, cfg.generator, cfg.verifier
    cpus, gpus, _ = generator_resources()
    trainer_ask = trainer_cpus(t.cpus_per_worker, t.num_workers, t.use_gpu)
    groups = {"trainer": ("Ray Train worker", {"CPU": trainer_ask, "GPU": int(t.use_gpu), "trainer": 1},
                          t.num_workers),
              "generator": ("generator actor", {"CPU": cpus, "GPU": gpus, "generator": 1}, g.num_actors),
              "verifier": ("verifier actor", {"CPU": VERIFIER_CPUS, "verifier": 1}, v.num_actors),
              "task": ("data task", {"CPU": TASK_CPUS}, 1)}
    for name in cfg.train.stages:
        for phase in STAGES[name].phases:
            check_fits(*(groups[role] for role in phase),
                       hint=f"stage {name} cannot run here: lower train.cpus_per_worker, train.num_workers, "
                            f"verifier.num_actors or generator.num_actors, or add nodes")
