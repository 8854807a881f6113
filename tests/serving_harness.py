"""Serve apps for the serving tests: started on a free loopback port, shut down afterwards.

    with serve_on_free_port() as url:
        deploy(ServeSettings(model=..., data=...), name="tiny", prefix="/")
        requests.get(url + "/healthz")
"""

from __future__ import annotations

import contextlib
import os
import socket
from collections.abc import Iterator

import requests

# The apps here run without an API key unless a test gives one (ServeSettings.api_key_sha256): a key in
# the shell that runs the tests must not turn every request into a 401.
os.environ.pop("SPFT_SQL_API_KEY", None)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def serve_on_free_port() -> Iterator[str]:
    """Serve's HTTP proxy on 127.0.0.1 (Ray must be up); yields the base URL, shuts Serve down after."""
    from ray import serve

    port = free_port()
    serve.start(http_options={"host": "127.0.0.1", "port": port})
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        serve.shutdown()


def tiny_settings(model, data, **overrides):
    """ServeSettings for the tiny random model on the transformers backend, one CPU per app."""
    from serving.app import ServeSettings

    defaults = dict(model=str(model), data=str(data), backend="hf", dtype="fp32", max_new_tokens=8,
                    max_batch_size=4, batch_wait_timeout_s=0.05, num_cpus=1)
    return ServeSettings(**(defaults | overrides))


def deploy(settings, name: str, prefix: str = "/") -> None:
    """Run the spft-sql app for `settings`; returns once its replicas are up (model loaded)."""
    from ray import serve

    from serving.app import build_app

    serve.run(build_app(settings), name=name, route_prefix=prefix)


def ask(url: str, timeout: float = 120, headers: dict | None = None, **body) -> requests.Response:
    return requests.post(f"{url}/v1/sql", json=body, timeout=timeout, headers=headers)
