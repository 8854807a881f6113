"""ray_cluster.yaml passes Ray's own cluster-config validator, offers every role resource, and is not
open to its network: Ray's token authentication on, the dashboard on the head's loopback, Serve's
API key on every node."""

import shlex
from pathlib import Path

import yaml

CONFIG = Path(__file__).resolve().parents[1] / "ray_cluster.yaml"


def config() -> dict:
    return yaml.safe_load(CONFIG.read_text())


def docker_env(cfg: dict) -> dict:
    """The --env NAME=VALUE options every container starts with."""
    words = [w for option in cfg["docker"]["run_options"] for w in shlex.split(option)]
    return dict(words[i + 1].split("=", 1) for i, word in enumerate(words) if word == "--env")


def ray_starts(cfg: dict) -> list[list[str]]:
    """Each `ray start` command of the head and the workers, as words."""
    starts = []
    for command in cfg["head_start_ray_commands"] + cfg["worker_start_ray_commands"]:
        for part in command.split(";"):
            words = shlex.split(part)
            if "ray" in words and words[words.index("ray") + 1] == "start":
                starts.append(words)
    return starts


def test_ray_cluster_yaml_is_valid_for_ray():
    from ray.autoscaler._private.util import prepare_config, validate_config

    config = yaml.safe_load(CONFIG.read_text())
    validate_config(prepare_config(config))


def test_every_role_has_a_node_type():
    node_types = yaml.safe_load(CONFIG.read_text())["available_node_types"]
    offered = {name for spec in node_types.values() for name in spec.get("resources", {})}
    assert {"generator", "verifier", "trainer"} <= offered


def test_every_container_runs_ray_with_token_authentication():
    cfg = config()
    env = docker_env(cfg)
    assert env["RAY_AUTH_MODE"] == "token"
    # The token file is the one the launcher copies to every node (container home: /home/ray).
    token_path = env["RAY_AUTH_TOKEN_PATH"]
    mounted = {"/home/ray/" + remote.removeprefix("~/") for remote in cfg["file_mounts"]}
    assert token_path in mounted
    assert cfg["file_mounts"]["~/" + token_path.removeprefix("/home/ray/")] == "~/.ray/auth_token"
    assert "RAY_AUTH_MODE=disabled" not in CONFIG.read_text()


def test_the_dashboard_listens_on_the_heads_loopback_only():
    (head,) = [words for words in ray_starts(config()) if "--head" in words]
    assert [w for w in head if w.startswith("--dashboard-host")] == ["--dashboard-host=127.0.0.1"]


def test_every_node_starts_ray_with_the_serve_api_key():
    starts = ray_starts(config())
    assert len(starts) == 2
    assert all(any(word.startswith("SPFT_SQL_API_KEY=") for word in words) for words in starts)
