"""The layering rule: `text2sql` <- `actors` <- `training` / `serving` <- `cluster`, every import
pointing down, and no production module importing from `tests/`. Read from the source with `ast`, so
imports inside functions count too."""

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
ALLOWED = {
    "text2sql": {"text2sql"},
    "actors": {"text2sql", "actors"},
    "training": {"text2sql", "actors", "training"},
    "serving": {"text2sql", "actors", "serving"},
    "cluster": {"text2sql", "actors", "training", "serving", "cluster"},
}
OURS = set(ALLOWED) | {"tests", "tiny_model", "bench"}


def imported_packages(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names & OURS


@pytest.mark.parametrize("package", sorted(ALLOWED))
def test_imports_point_down(package):
    wrong = {str(path.relative_to(REPO)): sorted(imported_packages(path) - ALLOWED[package])
             for path in sorted((REPO / package).rglob("*.py"))}
    assert {path: names for path, names in wrong.items() if names} == {}
