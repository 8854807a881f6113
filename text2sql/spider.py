"""Spider-format benchmark folders: `dev.json`, `train_spider.json`, `tables.json`,
`database/<db_id>/<db_id>.sqlite`. Examples whose database file is missing are kept but marked, so
that every caller reports them as skipped rather than wrong."""

from __future__ import annotations

import dataclasses
import json
from functools import cached_property
from pathlib import Path

from text2sql.errors import UserError

SPLIT_FILES = {"dev": "dev.json", "train": "train_spider.json"}


class DataError(UserError):
    """A benchmark folder or file is missing or malformed; the message says which and what to do."""


@dataclasses.dataclass(frozen=True)
class Example:
    index: int
    db_id: str
    question: str
    query: str
    sql: dict | None = None  # the official Spider parse, when the file carries it (dev.json does)


def is_pairs_file(split: str) -> bool:
    """Whether a split name is a JSON file of pairs (e.g. `spft-sql synthesize --out`) rather than one
    of the folder's own splits."""
    return split not in SPLIT_FILES and split.endswith(".json")


class SpiderData:
    """A Spider-format folder. `split("dev")` lists examples in file order; `split("pairs.json")` those
    of a JSON file of pairs on the folder's databases (a path as given, else under the folder), such as
    the verified pairs `spft-sql synthesize` writes for one's own databases."""

    def __init__(self, root: str | Path):
        self.root = Path(root).expanduser()
        if not self.root.is_dir():
            raise DataError(f"benchmark folder not found: {self.root} (expected a Spider-format folder "
                            f"with dev.json, train_spider.json, tables.json and database/)")

    def __repr__(self) -> str:
        return f"SpiderData({str(self.root)!r})"

    def split(self, name: str) -> list[Example]:
        if is_pairs_file(name):
            path = Path(name).expanduser()
            path = path if path.is_file() or path.is_absolute() else self.root / name
        elif name in SPLIT_FILES:
            path = self.root / SPLIT_FILES[name]
        else:
            raise DataError(f"unknown split {name!r}; choose one of {', '.join(SPLIT_FILES)}, or a .json file of pairs")
        records = self._read_json(path)
        try:
            return [Example(i, r["db_id"], r["question"], r["query"], r.get("sql")) for i, r in enumerate(records)]
        except (KeyError, TypeError) as exc:
            raise DataError(f"{path}: every example needs db_id, question and query ({exc!r})") from None

    def db_path(self, db_id: str) -> Path:
        if not isinstance(db_id, str) or not db_id or db_id.startswith(".") or any(c in db_id for c in "/\\\0"):
            raise DataError(f"invalid database id {db_id!r}")
        return self.root / "database" / db_id / f"{db_id}.sqlite"

    def has_db(self, db_id: str) -> bool:
        try:
            return self.db_path(db_id).is_file()
        except DataError:
            return False

    @cached_property
    def db_ids(self) -> list[str]:
        """Databases present on disk, sorted."""
        folder = self.root / "database"
        return sorted(p.name for p in folder.iterdir() if (p / f"{p.name}.sqlite").is_file()) if folder.is_dir() else []

    @cached_property
    def tables(self) -> dict[str, dict]:
        """`tables.json` by db_id (column types and keys as annotated by Spider)."""
        return {entry["db_id"]: entry for entry in self._read_json(self.root / "tables.json")}

    @staticmethod
    def _read_json(path: Path):
        if not path.is_file():
            raise DataError(f"missing file: {path}")
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise DataError(f"{path} is not valid JSON: {exc}") from None
