"""What a run will do and ask for, without doing it: `spft-sql train --dry-run`.

For each stage in order: what it trains, how many checkpoints it adds to the model base and how the
self-play stages pick their models from it, and the Ray resources its actors request (trainer
workers, generator actors, verifier actors), so a user can size a cluster (ray_cluster.yaml's node
types offer `trainer`, `generator` and `verifier`) before spending any of it.
"""

from __future__ import annotations

from pathlib import Path

from training.config import RunConfig

__all__ = ["describe"]


def describe(cfg: RunConfig) -> str:
    t, g, v = cfg.train, cfg.generator, cfg.verifier
    trainer = (f"trainer: {t.num_workers} Ray Train worker(s) x {{trainer: 1, CPU: {t.cpus_per_worker}"
               + (", GPU: 1" if t.use_gpu else "") + "}")
    generator = (f"generator: {g.num_actors} actor(s) x {{generator: 1, GPU: 1 where the cluster has GPUs, else "
                 f"CPU: every core of a generator node}} ({g.backend}"
                 + (f", KV cache {g.kv_cache_gib} GiB on CPU" if g.backend == "vllm" else "") + ")")
    verifier = f"verifier: {v.num_actors} actor(s) x {{verifier: 1, CPU: 0.5}} (query limit {v.timeout_s:g} s)"
    lines = [f"run {cfg.output_dir}: model {cfg.model.name_or_path} ({cfg.model.dtype}, "
             + (f"LoRA r={cfg.model.lora.r}" if cfg.model.lora.enabled else "full fine-tuning")
             + f"), data {cfg.data.path} ({cfg.data.train_split}), {_data_note(cfg)}"]
    base: list[str] = []
    for number, stage in enumerate(t.stages, 1):
        lines.append(f"{number}. {stage}: " + _stage_text(cfg, stage, base))
        uses = {"sft": [trainer], "vbift": [trainer, generator, verifier]}.get(stage, [trainer, generator, verifier])
        lines += [f"     asks {u}" for u in uses]
        if stage == "vbift":
            lines.append("     (its generator actors are shut down before its trainer starts; the verifier actors stay)")
        elif stage != "sft":
            how = ("in place (eager vLLM engine)" if cfg.generator.reload_in_place and cfg.generator.backend == "vllm"
                   else "by an engine restart")
            lines.append(f"     (one generator pool per iteration, new weights into it {how}; up while its trainer runs "
                         "where both fit, else restarted after training)")
    lines.append(f"model base after the run: {', '.join(base) if base else 'empty (sft checkpoints are not in it)'}")
    return "\n".join(line for line in lines if line)


def _data_note(cfg: RunConfig) -> str:
    root = Path(cfg.data.path).expanduser()
    if not root.is_dir():
        return "folder not found here (it must exist where the job runs)"
    caps = [f"max_examples={cfg.data.max_examples}" if cfg.data.max_examples else "",
            f"per_db={cfg.data.per_db}" if cfg.data.per_db else ""]
    return "found" + (f" ({', '.join(c for c in caps if c)})" if any(caps) else "")


def _stage_text(cfg: RunConfig, stage: str, base: list[str]) -> str:
    t, sp = cfg.train, cfg.selfplay
    steps = f"{t.epochs} epoch(s), {t.batch_size * t.grad_accum * t.num_workers} examples per step, lr {t.lr:g}"
    if stage == "sft":
        return f"supervised fine-tuning on the gold SQL, {steps}"
    if stage == "vbift":
        vb = cfg.vbift
        base += [f"vbift round {r}" for r in range(1, vb.rounds + 1)]
        return (f"{vb.rounds} round(s) of {vb.synthetic_per_round} synthetic training + {vb.validation_per_round} "
                f"validation pairs (verified, SQL-to-text), each trained from the base with the real examples, "
                f"{steps}; adds {vb.rounds} checkpoint(s) to the model base")
    who = ("the previous iterate against itself (the best of the base at first), every sample negative, "
           "temperature 1.0" if stage == "spin" else
           f"main = best of the base, opponent = weakest, re-chosen each iteration, temperature {sp.temperature:g}, "
           f"loss reading {sp.variant}, reference = {sp.reference}")
    if not base:
        who += "; the base is empty when it starts, so the starting model plays both sides"
    base += [f"{stage} iteration {i}" for i in range(1, sp.iterations + 1)]
    questions = "all" if sp.questions is None else f"up to {sp.questions}"
    return (f"up to {sp.iterations} iteration(s): {who}; {sp.samples_per_question} sample(s) for each of {questions} "
            f"training questions; {t.epochs} epoch(s) per iteration at lr {sp.lr:g}, beta {sp.beta:g}; "
            f"early stop when validation EX drops")
