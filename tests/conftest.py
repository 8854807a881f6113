"""Shared fixtures: one Ray instance per test session, the Spider data, a tiny random model."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SPIDER_FULL = Path(os.environ.get("SPIDER_DIR", REPO.parent / "shared" / "data" / "spider"))
SPIDER_MINI = REPO / "data" / "spider-mini"

for key, value in {
    "RAY_AUTH_MODE": "disabled",
    "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER": "0",
    "RAY_TRAIN_HEALTH_CHECK_INTERVAL_S": "0.1",
    "RAY_USAGE_STATS_ENABLED": "0",
    "HF_HUB_OFFLINE": "1",
    "TOKENIZERS_PARALLELISM": "false",
    "VLLM_CPU_KVCACHE_SPACE": "1",
    "VLLM_CPU_NUM_OF_RESERVED_CPU": "0",
}.items():
    os.environ.setdefault(key, value)


@pytest.fixture(scope="session")
def spider_full() -> Path:
    if not (SPIDER_FULL / "dev.json").is_file():
        pytest.skip(f"full Spider data not found at {SPIDER_FULL} (set SPIDER_DIR)")
    return SPIDER_FULL


@pytest.fixture(scope="session")
def spider_mini() -> Path:
    return SPIDER_MINI


@pytest.fixture(scope="session")
def ray_session():
    """One local Ray instance for the whole session: 4 logical CPUs on 2 cores so light actors fit,
    custom resources for each actor role, a capped object store."""
    import ray

    if not ray.is_initialized():
        ray.init(num_cpus=4, resources={"generator": 2, "verifier": 4, "trainer": 2},
                 object_store_memory=512 * 2**20, include_dashboard=False, log_to_driver=False)
    yield ray
    ray.shutdown()
