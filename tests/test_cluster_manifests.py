"""The cluster files load and agree with the code: serving/serve_config.yaml (Ray Serve's own schema and
application builder), ray_cluster.yaml (what each node type installs and offers) and the KubeRay
manifests in cluster/kuberay/ (the entrypoint the CLI accepts, the same node types, the same Serve app).
No Ray cluster and no Kubernetes: a fixture makes any attempt to start Ray fail the test."""

from __future__ import annotations

import ast
import json
import shlex
import tomllib
from importlib.metadata import packages_distributions, requires
from pathlib import Path

import pytest
import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO = Path(__file__).resolve().parents[1]
SERVE_CONFIG = REPO / "serving" / "serve_config.yaml"
RAY_CLUSTER = REPO / "ray_cluster.yaml"
RAYJOB = REPO / "cluster" / "kuberay" / "rayjob.yaml"
RAYSERVICE = REPO / "cluster" / "kuberay" / "rayservice.yaml"
ROLES = ("generator", "verifier", "trainer")
# Dependencies only the GPU and head nodes install; everything that may land on a verifier node
# imports none of them at module level.
ML_STACK = {"torch", "transformers", "peft", "accelerate", "gguf"}
LIGHT_PACKAGES = ("text2sql", "actors", "serving")
API_KEY = "a-key-the-cluster-would-hold"


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text())


@pytest.fixture(scope="module", autouse=True)
def no_ray_cluster():
    """Module-scoped, so that it is in place before the module-scoped fixtures below run."""
    import ray
    import ray._private.worker

    def refuse(*args, **kwargs):
        raise AssertionError("these tests must not start or join Ray")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ray, "init", refuse)
        patch.setattr(ray._private.worker, "init", refuse)
        yield


@pytest.fixture(scope="module")
def serve_app_config():
    from ray.serve.schema import ServeDeploySchema

    (app,) = ServeDeploySchema.model_validate(load(SERVE_CONFIG)).applications
    return app


def build_serve_app(serve_app_config):
    """The application exactly as `serve deploy` builds it: Serve's own import and builder call."""
    from ray._common.utils import import_attr
    from ray.exceptions import RaySystemError
    from ray.serve._private.api import call_user_app_builder_with_args_if_necessary

    try:
        return call_user_app_builder_with_args_if_necessary(import_attr(serve_app_config.import_path),
                                                            serve_app_config.args)
    except RaySystemError:  # replica_resources asked the cluster: something it sizes is not pinned
        pytest.fail("building the app needed a running Ray; pin num_gpus and num_cpus in the config's args")


@pytest.fixture(scope="module")
def built_serve_app(serve_app_config):
    """Built where the cluster configs put the API key: in SPFT_SQL_API_KEY."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SPFT_SQL_API_KEY", API_KEY)
        yield build_serve_app(serve_app_config)


def node_types() -> dict:
    return load(RAY_CLUSTER)["available_node_types"]


def role_resources(resources: dict) -> dict:
    return {name: amount for name, amount in resources.items() if name in ROLES}


def group_resources(group: dict) -> dict:
    """A KubeRay group's custom resources: rayStartParams.resources is a quoted JSON string."""
    raw = group["rayStartParams"].get("resources")
    return json.loads(json.loads(raw)) if raw else {}


def pyproject() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text())


def pip_installs(commands: list[str]) -> list[str]:
    """What the `pip install` commands install: requirements and (editable) project paths."""
    found = []
    for command in commands:
        words = shlex.split(command)
        if words[:2] == ["pip", "install"]:
            skip_next = False
            for word in words[2:]:
                if skip_next:
                    skip_next = False
                elif word == "--index-url":
                    skip_next = True
                elif not word.startswith("-"):
                    found.append(word)
    return found


def is_project(install: str) -> bool:
    return install.split("[")[0].endswith("/spft-sql")


# ---- serving/serve_config.yaml --------------------------------------------------------------------

def test_serve_config_parses_with_serves_schema():
    from ray.serve.schema import ServeDeploySchema

    config = ServeDeploySchema.model_validate(load(SERVE_CONFIG))
    assert [app.name for app in config.applications] == ["spft-sql"]


def test_serve_config_has_no_key_serve_would_ignore():
    # Serve's schema accepts unknown keys silently (forward compatibility), so a misspelt
    # `autoscaling_confg` would deploy a fixed-size app without a word.
    from ray.serve.config import AutoscalingConfig
    from ray.serve.schema import DeploymentSchema, HTTPOptionsSchema, ServeApplicationSchema, ServeDeploySchema

    config = load(SERVE_CONFIG)
    unknown = set(config) - set(ServeDeploySchema.model_fields)
    unknown |= set(config.get("http_options", {})) - set(HTTPOptionsSchema.model_fields)
    for app in config["applications"]:
        unknown |= set(app) - set(ServeApplicationSchema.model_fields)
        for deployment in app.get("deployments", []):
            unknown |= set(deployment) - set(DeploymentSchema.model_fields)
            unknown |= set(deployment.get("autoscaling_config", {})) - set(AutoscalingConfig.model_fields)
    assert not unknown


def test_serve_import_path_is_the_app_builder(serve_app_config):
    from ray._common.utils import import_attr

    from serving.app import app_from_args

    assert import_attr(serve_app_config.import_path) is app_from_args


def test_serve_args_become_the_replicas_settings(built_serve_app, serve_app_config):
    (settings,) = built_serve_app._bound_deployment.init_args
    assert {key: getattr(settings, key) for key in serve_app_config.args} == serve_app_config.args


def test_serve_config_refuses_to_build_without_an_api_key(serve_app_config, monkeypatch):
    # The endpoint listens on every interface of the head: without SPFT_SQL_API_KEY there is no app,
    # rather than an open one.
    monkeypatch.delenv("SPFT_SQL_API_KEY", raising=False)
    assert serve_app_config.args["require_api_key"] is True
    with pytest.raises(ValueError, match="SPFT_SQL_API_KEY is empty where the app is built"):
        build_serve_app(serve_app_config)


def test_serve_replicas_get_the_keys_digest_and_never_the_key(built_serve_app):
    from serving.middleware import key_digest

    (settings,) = built_serve_app._bound_deployment.init_args
    assert settings.api_key_sha256 == key_digest(API_KEY)
    assert API_KEY not in repr(built_serve_app._bound_deployment.init_args)
    assert API_KEY not in repr(built_serve_app._bound_deployment.ray_actor_options)


def test_serve_replicas_ask_for_a_gpu_and_the_generator_resource(built_serve_app):
    # Built with no cluster in sight, as when the autoscaler has no GPU node up yet: the pinned
    # num_gpus holds, instead of a CPU-only sizing that no GPU node could host.
    options = built_serve_app._bound_deployment.ray_actor_options
    assert (options["num_gpus"], options["resources"]) == (1, {"generator": 1})


def test_serve_config_deployments_exist_in_the_app(built_serve_app, serve_app_config):
    assert serve_app_config.deployment_names == [built_serve_app._bound_deployment.name]


def test_app_builder_names_a_misspelt_arg():
    from serving.app import app_from_args

    with pytest.raises(ValueError, match="'max_batch_sise'.*did you mean 'max_batch_size'"):
        app_from_args({"model": "m", "data": "d", "max_batch_sise": 8})


def test_app_builder_refuses_an_impossible_value_by_name():
    """A config file's args are checked when the settings are made, before any replica is asked for."""
    from serving.app import app_from_args

    with pytest.raises(ValueError, match=r"serve args: sql_workers: Input should be greater than or equal to 1 \(got 0\)"):
        app_from_args({"model": "m", "data": "d", "sql_workers": 0})
    with pytest.raises(ValueError, match=r"backend: Input should be 'vllm', 'hf' or 'fake' \(got 'vlm'\)"):
        app_from_args({"model": "m", "data": "d", "backend": "vlm"})
    with pytest.raises(ValueError, match=r"need 1 <= min_replicas <= max_replicas, got 3 and 2"):
        app_from_args({"model": "m", "data": "d", "min_replicas": 3, "max_replicas": 2})


def test_serve_max_replicas_fit_the_generator_nodes(serve_app_config):
    (deployment,) = serve_app_config.deployments
    capacity = sum(spec["resources"].get("generator", 0) * spec["max_workers"] for spec in node_types().values())
    assert deployment.autoscaling_config["max_replicas"] <= capacity


# ---- ray_cluster.yaml -----------------------------------------------------------------------------

def test_head_offers_no_role_resource():
    # Roles stay off the head, which keeps its cores for the driver, the GCS and the Serve proxy.
    config = load(RAY_CLUSTER)
    assert role_resources(config["available_node_types"][config["head_node_type"]]["resources"]) == {}


def test_generator_and_trainer_nodes_install_the_gpu_extra():
    assert "gpu" in pyproject()["project"]["optional-dependencies"]
    gpu_types = {name: spec for name, spec in node_types().items()
                 if {"generator", "trainer"} & set(spec["resources"])}
    assert gpu_types and all("$HOME/spft-sql[gpu]" in pip_installs(spec["worker_setup_commands"])
                             for spec in gpu_types.values())


def test_verifier_nodes_install_the_light_dependencies_only():
    (verifier,) = [spec for spec in node_types().values() if "verifier" in spec["resources"]]
    commands = verifier["worker_setup_commands"]
    assert any("--no-deps" in shlex.split(command) for command in commands)
    light = sorted(dep for dep in pyproject()["project"]["dependencies"]
                   if Requirement(dep).name not in ML_STACK | {"ray"})
    assert sorted(req for req in pip_installs(commands) if not is_project(req)) == light


def _top_level_imports(path: Path) -> set[str]:
    """Modules a file imports when it is imported (function bodies excluded)."""
    names, pending = set(), list(ast.parse(path.read_text()).body)
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
        elif not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            pending.extend(ast.iter_child_nodes(node))
    return names


def test_verifier_nodes_have_what_light_modules_import():
    # Verifier actors, zero-CPU merge tasks and Serve's app build may run on a verifier node, which
    # has the Ray image (ray[all]) plus its own pip installs: every import they make must be there.
    (verifier,) = [spec for spec in node_types().values() if "verifier" in spec["resources"]]
    ray_image = [Requirement(req) for req in requires("ray")]
    installs = pip_installs(verifier["worker_setup_commands"])
    installed = {canonicalize_name(Requirement(req).name) for req in installs if not is_project(req)}
    installed |= {canonicalize_name(pyproject()["project"]["name"])} if any(map(is_project, installs)) else set()
    installed |= {"ray"} | {canonicalize_name(req.name) for req in ray_image
                            if req.marker is None or req.marker.evaluate({"extra": "all"})}
    distributions = packages_distributions()
    missing = {}
    for package in LIGHT_PACKAGES:
        for path in (REPO / package).glob("*.py"):
            for module in _top_level_imports(path):
                dists = distributions.get(module)  # None: the standard library
                if dists and not {canonicalize_name(d) for d in dists} & installed:
                    missing[f"{package}/{path.name}"] = module
    assert not missing


# ---- cluster/kuberay/ -----------------------------------------------------------------------------

@pytest.mark.parametrize(("path", "kind"), [(RAYJOB, "RayJob"), (RAYSERVICE, "RayService")])
def test_kuberay_manifest_is_kuberay_v1(path, kind):
    manifest = load(path)
    assert (manifest["apiVersion"], manifest["kind"]) == ("ray.io/v1", kind)


def test_rayjob_entrypoint_runs_the_spft_sql_script():
    program = shlex.split(load(RAYJOB)["spec"]["entrypoint"])[0]
    assert pyproject()["project"]["scripts"].get(program) == "cluster.cli:main"


def test_rayjob_entrypoint_is_a_train_command_the_cli_accepts():
    from cluster.cli import build_parser

    args = build_parser().parse_args(shlex.split(load(RAYJOB)["spec"]["entrypoint"])[1:])
    assert args.command == "train"


def test_rayjob_config_and_overrides_load():
    from cluster.cli import build_parser
    from training.config import load_config

    args = build_parser().parse_args(shlex.split(load(RAYJOB)["spec"]["entrypoint"])[1:])
    load_config(REPO / args.config, args.overrides)  # relative to the job's working_dir, this repository


def test_rayjob_output_dir_is_on_storage_every_pod_mounts():
    # Workers on other pods read the model the driver prepared there and write checkpoints there.
    from cluster.cli import build_parser
    from training.config import load_config

    job = load(RAYJOB)
    args = build_parser().parse_args(shlex.split(job["spec"]["entrypoint"])[1:])
    output_dir = Path(load_config(REPO / args.config, args.overrides).output_dir)
    spec = job["spec"]["rayClusterSpec"]
    pods = [spec["headGroupSpec"]] + spec["workerGroupSpecs"]
    for pod in pods:
        mounts = [Path(m["mountPath"]) for c in pod["template"]["spec"]["containers"] for m in c.get("volumeMounts", [])]
        assert any(output_dir.is_relative_to(mount) for mount in mounts), pod.get("groupName", "head")


def test_rayjob_worker_groups_mirror_ray_cluster_node_types():
    spec = load(RAYJOB)["spec"]["rayClusterSpec"]
    groups = sorted((sorted(group_resources(g).items()), g["maxReplicas"]) for g in spec["workerGroupSpecs"])
    types = sorted((sorted(role_resources(t["resources"]).items()), t["max_workers"])
                   for name, t in node_types().items() if name != load(RAY_CLUSTER)["head_node_type"])
    assert groups == types


def test_rayjob_head_offers_the_cpus_of_ray_cluster_head():
    config = load(RAY_CLUSTER)
    head = load(RAYJOB)["spec"]["rayClusterSpec"]["headGroupSpec"]["rayStartParams"]
    assert int(head["num-cpus"]) == config["available_node_types"][config["head_node_type"]]["resources"]["CPU"]


def test_rayservice_serve_config_equals_serve_config_applications():
    serve_config = yaml.safe_load(load(RAYSERVICE)["spec"]["serveConfigV2"])
    assert serve_config == {"applications": load(SERVE_CONFIG)["applications"]}


def test_rayservice_cluster_holds_max_replicas(serve_app_config):
    (deployment,) = serve_app_config.deployments
    wanted_gpus = serve_app_config.args["num_gpus"]
    capacity = 0
    for group in load(RAYSERVICE)["spec"]["rayClusterConfig"]["workerGroupSpecs"]:
        (container,) = group["template"]["spec"]["containers"]
        if int(container["resources"]["limits"].get("nvidia.com/gpu", 0)) >= wanted_gpus:
            capacity += group_resources(group).get("generator", 0) * group["maxReplicas"]
    assert capacity >= deployment.autoscaling_config["max_replicas"]


# ---- secure defaults of the KubeRay clusters ------------------------------------------------------

def cluster_spec(path: Path) -> dict:
    spec = load(path)["spec"]
    return spec.get("rayClusterSpec") or spec["rayClusterConfig"]


def containers(path: Path) -> list[tuple[str, dict]]:
    spec = cluster_spec(path)
    groups = [("head", spec["headGroupSpec"])] + [(g["groupName"], g) for g in spec["workerGroupSpecs"]]
    return [(name, c) for name, group in groups for c in group["template"]["spec"]["containers"]]


@pytest.mark.parametrize("path", [RAYJOB, RAYSERVICE])
def test_kuberay_clusters_turn_ray_token_auth_on(path):
    # The operator then makes the token's Secret and gives every Ray container RAY_AUTH_MODE=token.
    assert cluster_spec(path)["authOptions"] == {"mode": "token"}
    overrides = [(name, env) for name, c in containers(path) for env in c.get("env", []) if env["name"] == "RAY_AUTH_MODE"]
    assert overrides == []


@pytest.mark.parametrize("path", [RAYJOB, RAYSERVICE])
def test_kuberay_heads_are_reachable_inside_the_kubernetes_cluster_only(path):
    assert cluster_spec(path)["headGroupSpec"]["serviceType"] == "ClusterIP"


def test_rayservice_pods_get_the_serve_api_key_from_a_secret():
    # Serve builds the app, which reads SPFT_SQL_API_KEY, in a task on any pod: every pod has it.
    for name, container in containers(RAYSERVICE):
        (key,) = [env for env in container["env"] if env["name"] == "SPFT_SQL_API_KEY"]
        assert key == {"name": "SPFT_SQL_API_KEY",
                       "valueFrom": {"secretKeyRef": {"name": "spft-sql-api-key", "key": "key"}}}, name


def test_rayjob_pods_carry_no_serve_api_key():
    # The training job serves nothing; its pods need no Secret to start.
    assert all(env["name"] != "SPFT_SQL_API_KEY" for _, c in containers(RAYJOB) for env in c.get("env", []))
