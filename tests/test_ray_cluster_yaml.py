"""ray_cluster.yaml passes Ray's own cluster-config validator and offers every role resource."""

from pathlib import Path

import yaml

CONFIG = Path(__file__).resolve().parents[1] / "ray_cluster.yaml"


def test_ray_cluster_yaml_is_valid_for_ray():
    from ray.autoscaler._private.util import prepare_config, validate_config

    config = yaml.safe_load(CONFIG.read_text())
    validate_config(prepare_config(config))


def test_every_role_has_a_node_type():
    node_types = yaml.safe_load(CONFIG.read_text())["available_node_types"]
    offered = {name for spec in node_types.values() for name in spec.get("resources", {})}
    assert {"generator", "verifier", "trainer"} <= offered
