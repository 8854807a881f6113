"""The tiny random model (actors/tiny_model.py) as a session fixture:
`from tiny_model import tiny_model  # noqa: F401` in a test module."""

from pathlib import Path

import pytest

from actors.tiny_model import build_tiny_model

__all__ = ["build_tiny_model", "tiny_model"]


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory) -> Path:
    return build_tiny_model(tmp_path_factory.mktemp("tiny-qwen2"))
