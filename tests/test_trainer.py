"""The SFT trainer on real Ray Train: data building, per-epoch order, loss going down, DDP on CPU,
exact resumption (stopped on purpose and killed with SIGKILL), and checkpoints that load with
`from_pretrained`. Runs use the tiny random model on a few spider-mini examples.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file
from tiny_model import tiny_model  # noqa: F401 - session fixture

from cluster import train as train_cmd
from cluster.cli import main
from text2sql.errors import UserError
from training.config import load_config, save_config
from text2sql.prompts import completion_text, render_prompt
from text2sql.schema import cached_schema_text
from text2sql.spider import DataError, SpiderData
from training.sft_data import EpochPlan, SftObjective, build_sft_examples
from actors import allocator
from training.trainer import _truncate_metrics, worker_env

REPO = Path(__file__).resolve().parents[1]
TINY = REPO / "configs" / "tiny.yaml"
# 16 examples, batch 2, 2 micro-batches per step: 4 steps per epoch, 16 in all. Dropout is on so that
# exact resumption also covers the random state.
RUN = ["data.max_examples=16", "train.batch_size=2", "train.grad_accum=2", "train.epochs=4",
       "train.logging_steps=1", "train.checkpoint_every=4", "model.lora.dropout=0.1", "train.lr=5e-3"]
STEPS = 16


def train(out: Path, model: Path, *overrides: str) -> int:
    parser = argparse.ArgumentParser()
    train_cmd.add_arguments(parser)
    return train_cmd.run(parser.parse_args(
        ["--no-progress", "--config", str(TINY), f"output_dir={out}", f"model.name_or_path={model}", *RUN, *overrides]))


def records(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "metrics.jsonl").read_text().splitlines()]


def adapter(out: Path, step: int = STEPS) -> dict[str, torch.Tensor]:
    return load_file(out / "sft" / f"step_{step:06d}" / "adapter_model.safetensors")


@pytest.fixture(scope="module")
def reference_run(ray_session, tiny_model, tmp_path_factory) -> Path:  # noqa: F811
    out = tmp_path_factory.mktemp("reference")
    assert train(out, tiny_model) == 0
    return out


@pytest.fixture(scope="module")
def resumed_run(ray_session, tiny_model, tmp_path_factory) -> Path:  # noqa: F811
    out = tmp_path_factory.mktemp("resumed")
    train(out, tiny_model, "train.stop_at_step=6")  # mid-epoch, between checkpoints at 4 and 8
    assert (out / "sft" / "step_000006").is_dir() and not (out / "sft" / "step_000007").exists()
    train(out, tiny_model, "resume=true")
    return out


@pytest.fixture(scope="module")
def ddp_run(ray_session, tiny_model, tmp_path_factory) -> Path:  # noqa: F811
    out = tmp_path_factory.mktemp("ddp")
    train(out, tiny_model, "train.num_workers=2", "model.lora.enabled=false", "train.lr=1e-3")
    return out


# ---- data, order, bookkeeping (no Ray) --------------------------------------------------------------

def test_epoch_plan_gives_each_example_once_per_epoch_across_ranks():
    plan = EpochPlan(num_examples=11, world_size=2, batch_size=2, grad_accum=2, seed=3)
    seen = [i for rank in range(2) for step in range(plan.steps_per_epoch)
            for mb in plan.step_batches(1, rank, step) for i in mb]
    assert len(seen) == 10 and len(set(seen)) == 10  # 11 // 2 per rank; one left out keeps ranks equal


def test_epoch_plan_reshuffles_each_epoch_and_repeats_for_the_same_seed():
    plan = EpochPlan(num_examples=50, world_size=1, batch_size=50, grad_accum=1, seed=0)
    again = EpochPlan(num_examples=50, world_size=1, batch_size=50, grad_accum=1, seed=0)
    assert plan.step_batches(0, 0, 0) == again.step_batches(0, 0, 0) != plan.step_batches(1, 0, 0)


def test_completion_mask_covers_exactly_sql_fence_and_eos(tiny_model, spider_mini):  # noqa: F811
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(tiny_model)
    data = SpiderData(spider_mini)
    (example,), _ = build_sft_examples(data, "train", tokenizer, max_seq_len=4096, max_examples=1)
    gold = data.split("train")[0]
    ids, n = example["input_ids"], example["prompt_len"]
    prompt = render_prompt(tokenizer, cached_schema_text(str(data.db_path(gold.db_id))), gold.question)
    assert tokenizer.decode(ids[:n]) == prompt
    assert tokenizer.decode(ids[n:]) == completion_text(gold.query, tokenizer.eos_token)


def test_examples_over_max_seq_len_are_dropped_and_counted(tiny_model, spider_mini):  # noqa: F811
    from transformers import AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(tiny_model)
    full, _ = build_sft_examples(SpiderData(spider_mini), "train", tokenizer, max_seq_len=4096, max_examples=20)
    limit = sorted(len(e["input_ids"]) for e in full)[9]
    kept, report = build_sft_examples(SpiderData(spider_mini), "train", tokenizer, max_seq_len=limit, max_examples=10)
    assert all(len(e["input_ids"]) <= limit for e in kept) and report.too_long > 0 and report.used == 10



def test_a_pairs_file_trains_on_its_pairs_but_never_on_a_benchmark_question_or_sql(tiny_model, spider_mini, tmp_path):  # noqa: F811
    """`data.train_split` may be a JSON file of pairs (one's own databases, `spft-sql synthesize --out`);
    a pair that repeats a dev question or dev SQL is dropped and counted."""
    import json

    from transformers import AutoTokenizer

    data = SpiderData(spider_mini)
    dev = data.split("dev")
    own = [{"db_id": dev[0].db_id, "question": "How many rows are there, all told?", "query": dev[0].query},
           {"db_id": dev[1].db_id, "question": dev[1].question, "query": "SELECT 1"},
           {"db_id": dev[2].db_id, "question": "A question of my own?", "query": "SELECT 2"}]
    pairs = tmp_path / "pairs.json"
    pairs.write_text(json.dumps(own))
    assert [ex.question for ex in data.split(str(pairs))] == [p["question"] for p in own]
    tokenizer = AutoTokenizer.from_pretrained(tiny_model)
    kept, report = build_sft_examples(data, str(pairs), tokenizer, max_seq_len=4096)
    assert (report.used, report.benchmark, report.sources) == (1, 2, [2])
    assert "2 benchmark question or SQL" in report.summary()
    with pytest.raises(DataError, match="or a .json file of pairs"):
        data.split("test")

def test_per_db_keeps_the_first_n_examples_of_each_database(tiny_model, spider_mini):  # noqa: F811
    from transformers import AutoTokenizer

    from text2sql.prompts import render_prompt
    from text2sql.schema import cached_schema_text

    tokenizer = AutoTokenizer.from_pretrained(tiny_model)
    data = SpiderData(spider_mini)
    kept, report = build_sft_examples(data, "train", tokenizer, max_seq_len=4096, max_examples=12, check_gold=False,
                                      per_db=2)
    seen: dict[str, int] = {}
    expected = []
    for ex in data.split("train"):
        if seen.get(ex.db_id, 0) < 2:
            seen[ex.db_id] = seen.get(ex.db_id, 0) + 1
            expected.append(ex)
    expected = expected[:12]
    assert len({ex.db_id for ex in expected}) == 6 and report.used == 12
    for example, ex in zip(kept, expected, strict=True):
        prompt = render_prompt(tokenizer, cached_schema_text(str(data.db_path(ex.db_id))), ex.question)
        assert example["input_ids"][:example["prompt_len"]] == tokenizer(prompt, add_special_tokens=False)["input_ids"]


def test_collate_pads_on_the_left_and_scores_only_completion_tokens():
    batch = SftObjective(pad_id=0).collate([{"input_ids": [5, 6, 7, 8], "prompt_len": 3},
                                            {"input_ids": [5, 6], "prompt_len": 1}])
    assert batch["input_ids"].tolist() == [[5, 6, 7, 8], [0, 0, 5, 6]]
    assert batch["attention_mask"].tolist() == [[1, 1, 1, 1], [0, 0, 1, 1]]
    assert batch["position_ids"].tolist() == [[0, 1, 2, 3], [0, 0, 0, 1]]
    assert batch["completion_mask"].tolist() == [[False, False, False, True], [False, False, False, True]]


def test_left_padded_batch_loss_equals_the_mean_of_unpadded_rows(tiny_model):  # noqa: F811
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(tiny_model).eval()
    objective = SftObjective(pad_id=0)
    rows = [{"input_ids": list(range(5, 25)), "prompt_len": 12}, {"input_ids": list(range(40, 54)), "prompt_len": 9}]
    with torch.no_grad():
        batched, _ = objective.loss(model, objective.collate(rows))
        alone = [objective.loss(model, objective.collate([row]))[0] for row in rows]
    # sft_loss averages over SQL tokens: 8 in the first row, 5 in the second.
    assert batched.item() == pytest.approx(((8 * alone[0] + 5 * alone[1]) / 13).item(), rel=1e-4)


def test_sft_loss_on_the_completion_window_equals_the_full_sequence_loss(tiny_model):  # noqa: F811
    from transformers import AutoModelForCausalLM

    from training.losses import sft_loss

    model = AutoModelForCausalLM.from_pretrained(tiny_model).eval()
    objective = SftObjective(pad_id=0)
    batch = objective.collate([{"input_ids": list(range(5, 25)), "prompt_len": 12},
                               {"input_ids": list(range(40, 54)), "prompt_len": 9}])
    with torch.no_grad():
        windowed, _ = objective.loss(model, batch)
        logits = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"],
                       position_ids=batch["position_ids"]).logits
        full = sft_loss(logits, batch["input_ids"], batch["completion_mask"])
    assert torch.allclose(windowed, full, rtol=1e-5)


def test_resume_drops_only_this_stages_records_past_the_checkpoint(tmp_path):
    path = tmp_path / "metrics.jsonl"
    lines = [{"stage": "sft", "step": s} for s in (1, 2, 3)] + [{"stage": "spft", "step": 9}]
    path.write_text("".join(json.dumps(r) + "\n" for r in lines) + '{"stage": "sft", "st')  # torn last line
    _truncate_metrics(path, "sft", 2)
    assert records(tmp_path) == [lines[0], lines[1], lines[3]]


def test_unknown_config_key_exits_2_with_one_line(capsys):
    assert main(["train", "--config", str(TINY), "train.bogus=1"]) == 2
    err = capsys.readouterr().err.strip()
    assert "train.bogus" in err and "\n" not in err


def test_existing_run_is_not_overwritten_without_resume(tmp_path):
    (tmp_path / "sft" / "step_000004").mkdir(parents=True)
    with pytest.raises(UserError, match="resume=true"):
        train_cmd.check_resume(load_config(TINY, [f"output_dir={tmp_path}"]), tmp_path)


def test_resume_refuses_a_changed_learning_rate(tmp_path):
    save_config(load_config(TINY, [f"output_dir={tmp_path}"]), tmp_path / "config.yaml")
    (tmp_path / "sft" / "step_000004").mkdir(parents=True)
    with pytest.raises(UserError, match=r"train\.lr"):
        train_cmd.check_resume(load_config(TINY, [f"output_dir={tmp_path}", "resume=true", "train.lr=1"]), tmp_path)


def test_tiny_random_model_is_built_into_the_output_dir(tmp_path):
    path = Path(train_cmd.resolve_train_model(train_cmd.TINY_RANDOM, tmp_path))
    assert path == tmp_path / "tiny-model" and (path / "config.json").is_file()


# ---- real Ray Train runs ----------------------------------------------------------------------------

def test_sft_lowers_the_loss(reference_run):
    losses = [r["loss/sft"] for r in records(reference_run)]
    first_epoch, last_epoch = sum(losses[:4]) / 4, sum(losses[-4:]) / 4  # the same 16 examples each
    assert last_epoch < first_epoch - 0.5


def test_checkpoint_loads_with_from_pretrained_and_changes_the_model(reference_run, tiny_model):  # noqa: F811
    from peft import AutoPeftModelForCausalLM
    from transformers import AutoModelForCausalLM, AutoTokenizer

    checkpoint = reference_run / "sft" / f"step_{STEPS:06d}"
    tuned = AutoPeftModelForCausalLM.from_pretrained(checkpoint).eval()
    base = AutoModelForCausalLM.from_pretrained(tiny_model).eval()
    ids = AutoTokenizer.from_pretrained(checkpoint)("SELECT name FROM singer", return_tensors="pt")["input_ids"]
    with torch.no_grad():
        assert not torch.allclose(tuned(input_ids=ids).logits, base(input_ids=ids).logits)


def test_resolved_config_is_saved_next_to_the_checkpoint(reference_run):
    assert load_config(reference_run / "sft" / f"step_{STEPS:06d}" / "config.yaml") == \
        load_config(reference_run / "config.yaml")


def test_stopped_and_resumed_run_ends_with_the_same_weights(reference_run, resumed_run):
    want, got = adapter(reference_run), adapter(resumed_run)
    assert want.keys() == got.keys() and all(torch.allclose(want[k], got[k]) for k in want)


def test_stopped_and_resumed_run_logs_every_step_once(resumed_run):
    assert [r["step"] for r in records(resumed_run)] == list(range(1, STEPS + 1))


@pytest.mark.slow  # a subprocess run plus a resume: about a minute
def test_killed_run_resumes_to_the_same_weights(reference_run, ray_session, tiny_model, tmp_path):  # noqa: F811
    out = tmp_path / "killed"
    command = [sys.executable, "-c", "import sys; from cluster.cli import main; sys.exit(main(sys.argv[1:]))",
               "train", "--address", ray_session.get_runtime_context().gcs_address, "--no-progress",
               "--config", str(TINY), f"output_dir={out}", f"model.name_or_path={tiny_model}", *RUN]
    log = tmp_path / "killed.log"
    proc = subprocess.Popen(command, cwd=REPO, start_new_session=True, stdout=log.open("w"), stderr=subprocess.STDOUT)
    metrics = out / "metrics.jsonl"
    deadline = time.monotonic() + 240
    while not (metrics.is_file() and len(metrics.read_text().splitlines()) >= 5):
        assert proc.poll() is None, log.read_text()[-2000:]
        assert time.monotonic() < deadline, "the run logged no steps in time"
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert len(records(out)) < STEPS  # killed mid-run, not after it
    train(out, tiny_model, "resume=true")
    want, got = adapter(reference_run), adapter(out)
    assert all(torch.allclose(want[k], got[k]) for k in want)
    assert [r["step"] for r in records(out)] == list(range(1, STEPS + 1))


def test_two_ddp_workers_split_each_epoch(ddp_run):
    # 16 examples over 2 ranks: 8 each, 2 micro-batches of 2 per step, so 2 steps per epoch.
    assert [r["step"] for r in records(ddp_run)] == list(range(1, 9))


def test_full_finetune_checkpoint_loads_with_automodel_and_moved(ddp_run, tiny_model):  # noqa: F811
    from transformers import AutoModelForCausalLM

    tuned = AutoModelForCausalLM.from_pretrained(ddp_run / "sft" / "step_000008").state_dict()
    base = AutoModelForCausalLM.from_pretrained(tiny_model).state_dict()
    assert not torch.equal(tuned["model.layers.0.mlp.down_proj.weight"], base["model.layers.0.mlp.down_proj.weight"])


def test_a_failed_stage_says_why_and_how_to_resume(tmp_path, capsys):
    oom = RuntimeError("Training failed due to worker errors:\n5 worker(s) were killed due to the node running low "
                       "on memory.")
    first = train_cmd.failure_message("sft", oom, tmp_path)
    assert "too much memory" in first and "gradient_checkpointing" in first and "starts over" in first
    (tmp_path / "sft" / "step_000010").mkdir(parents=True)
    other = train_cmd.failure_message("sft", ValueError("shapes do not match\nmore"), tmp_path)
    assert other.startswith("stage sft failed: ValueError: shapes do not match;")
    assert f"--config {tmp_path / 'config.yaml'} resume=true" in other
    assert "low on memory" in capsys.readouterr().err  # Ray's full report goes to stderr


def _train_worker_pids(session_dir: str) -> list[int]:
    """PIDs of this Ray session's training workers (their working folder lies in the session folder),
    never another session's on a shared machine."""
    pids = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and (proc / "cmdline").read_bytes().startswith(b"ray::RayTrainWorker") \
                    and os.readlink(proc / "cwd").startswith(session_dir):
                pids.append(int(proc.name))
        except OSError:
            continue
    return pids


@pytest.mark.slow  # a run whose worker is killed and restarted by Ray Train: about a minute
def test_killed_worker_is_restarted_by_ray_train_and_ends_with_the_same_weights(
        reference_run, ray_session, tiny_model, tmp_path):  # noqa: F811
    import threading

    out, result = tmp_path / "worker-killed", {}
    run = threading.Thread(target=lambda: result.setdefault("rc", train(out, tiny_model)))
    run.start()
    session_dir = ray_session._private.worker.global_worker.node.get_session_dir_path()
    metrics, deadline = out / "metrics.jsonl", time.monotonic() + 240
    while not (metrics.is_file() and len(metrics.read_text().splitlines()) >= 6):  # past the step-4 checkpoint
        assert run.is_alive() and time.monotonic() < deadline, "the run logged no steps in time"
        time.sleep(0.05)
    pids = _train_worker_pids(session_dir)
    assert len(pids) == 1
    os.kill(pids[0], signal.SIGKILL)
    run.join(timeout=300)
    assert result.get("rc") == 0
    want, got = adapter(reference_run), adapter(out)
    assert all(torch.allclose(want[k], got[k]) for k in want)
    assert [r["step"] for r in records(out)] == list(range(1, STEPS + 1))


@pytest.mark.slow  # 200 optimizer steps of the tiny model on Ray Train: under a minute
def test_rss_stays_within_ten_percent_after_warm_up_over_200_steps(ray_session, tiny_model, tmp_path):  # noqa: F811
    # 20 examples of varied length, batch 2: 10 steps an epoch, 20 epochs. The trainer logs the peak
    # RSS of each 10-step window; a leak of even 1 MiB a step would show over 150 steps.
    out = tmp_path / "long"
    assert train(out, tiny_model, "data.max_examples=20", "train.grad_accum=1", "train.epochs=20",
                 "train.logging_steps=10", "train.checkpoint_every=200", "model.lora.dropout=0.0") == 0
    rss = {r["step"]: r["memory/rss_gib"] for r in records(out)}
    assert max(rss) == 200
    warm = rss[50]
    assert max(v for step, v in rss.items() if step >= 50) <= 1.10 * warm, rss


def test_workers_get_the_first_allocator_the_system_has(tmp_path, monkeypatch):
    tc, je = tmp_path / "libtcmalloc_minimal.so.4", tmp_path / "libjemalloc.so.2"
    je.touch()
    monkeypatch.setattr(allocator, "ALLOCATORS", (("tcmalloc", (str(tc),), {"T": "1"}), ("jemalloc", (str(je),), {"J": "1"})))
    monkeypatch.delenv("LD_PRELOAD", raising=False)
    monkeypatch.setenv("OMP_WAIT_POLICY", "PASSIVE")
    assert worker_env() == {"OMP_WAIT_POLICY": "PASSIVE", "LD_PRELOAD": str(je), "J": "1"}
    tc.touch()
    assert worker_env() == {"OMP_WAIT_POLICY": "PASSIVE", "LD_PRELOAD": str(tc), "T": "1"}
    monkeypatch.setenv("LD_PRELOAD", "/opt/libjemalloc.so.2")  # the user's choice is kept
    assert worker_env() == {"OMP_WAIT_POLICY": "PASSIVE"}
    monkeypatch.delenv("LD_PRELOAD")
    tc.unlink()
    je.unlink()
    assert worker_env() == {"OMP_WAIT_POLICY": "PASSIVE"}


def test_a_ray_worker_started_with_worker_env_runs_on_that_allocator(ray_session):
    env = worker_env()
    if "LD_PRELOAD" not in env:
        pytest.skip("neither tcmalloc nor jemalloc is installed (scripts/setup.sh installs tcmalloc)")

    @ray_session.remote(num_cpus=0.1, runtime_env={"env_vars": env})
    def mapped() -> str:
        return Path("/proc/self/maps").read_text()

    assert Path(env["LD_PRELOAD"]).name in ray_session.get(mapped.remote(), timeout=120)


# ---- starting from a committed adapter (results/<name>) ---------------------------------------------

@pytest.fixture(scope="module")
def exported(reference_run, tiny_model, tmp_path_factory) -> Path:  # noqa: F811
    from cluster.export import export_adapter

    return export_adapter(reference_run / "sft" / f"step_{STEPS:06d}", tmp_path_factory.mktemp("results") / "s0",
                          base=str(tiny_model))


def test_export_writes_a_bf16_adapter_that_names_its_base(exported, reference_run):
    saved = load_file(exported / "adapter_model.safetensors")
    original = adapter(reference_run)
    assert saved.keys() == original.keys() and all(v.dtype == torch.bfloat16 for v in saved.values())
    assert all(torch.allclose(saved[k].float(), original[k].float(), rtol=1e-2, atol=1e-3) for k in saved)
    assert load_config(exported / "config.yaml").output_dir == str(exported)
    assert (exported / "trainer_state.json").is_file() and not (exported / "trainer_state.pt").exists()


def test_export_names_a_known_base_by_its_short_name(tmp_path):
    from cluster.export import base_short_name
    from cluster.model_fetch import cache_dir

    assert base_short_name(str(cache_dir() / "models" / "qwen2.5-coder-0.5b-instruct")) == "qwen2.5-coder-0.5b-instruct"
    assert base_short_name("/elsewhere/qwen2.5-coder-0.5b-instruct") == "qwen2.5-coder-0.5b-instruct"
    assert base_short_name("/some/other/model") is None


def test_a_run_started_from_a_committed_adapter_continues_it(exported, reference_run, tiny_model, tmp_path):  # noqa: F811
    out = tmp_path / "continued"
    assert train(out, tiny_model, f"model.init_adapter={exported}", "train.epochs=1") == 0
    first = records(out)[0]["loss/sft"]
    fresh_first, trained_last = records(reference_run)[0]["loss/sft"], records(reference_run)[-1]["loss/sft"]
    # It starts where the adapter ended, not from fresh adapters.
    assert abs(first - trained_last) < abs(first - fresh_first), (first, trained_last, fresh_first)


def test_a_run_from_a_committed_adapter_resumes_exactly(exported, tiny_model, tmp_path):  # noqa: F811
    whole, parts = tmp_path / "whole", tmp_path / "parts"
    assert train(whole, tiny_model, f"model.init_adapter={exported}", "train.epochs=2") == 0
    train(parts, tiny_model, f"model.init_adapter={exported}", "train.epochs=2", "train.stop_at_step=6")
    assert train(parts, tiny_model, f"model.init_adapter={exported}", "train.epochs=2", "resume=true") == 0
    want, got = adapter(whole, 8), adapter(parts, 8)
    assert want.keys() == got.keys() and all(torch.allclose(want[k], got[k]) for k in want)


def test_init_adapter_with_another_rank_is_refused(exported, tiny_model, tmp_path):  # noqa: F811
    from text2sql.errors import UserError

    with pytest.raises(UserError, match="model.lora.r: adapter 8 vs config 4"):
        train(tmp_path / "bad", tiny_model, f"model.init_adapter={exported}", "model.lora.r=4")
