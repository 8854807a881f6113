"""The model base (METHOD.md, Stage 1, step 6): every checkpoint a run produced, with its scores.

`<output_dir>/model_base.json` lists checkpoints (stage, round, path, validation EX, dev EX when
measured) and names the best and the weakest by validation EX; self-play reads them to pick its main
and opponent models. Written whole on every change (write, then rename), so it is never half-written.

>>> import tempfile, pathlib
>>> base = ModelBase(pathlib.Path(tempfile.mkdtemp()) / "model_base.json")
>>> base.add(stage="vbift", round=1, path="r1", val_ex=0.40)
>>> base.add(stage="vbift", round=2, path="r2", val_ex=0.55)
>>> base.best()["path"], base.weakest()["path"]
('r2', 'r1')
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


class ModelBase:
    def __init__(self, path: str | Path):
        self.path = Path(path)

    def entries(self) -> list[dict[str, Any]]:
        if not self.path.is_file():
            return []
        return json.loads(self.path.read_text())["checkpoints"]

    def add(self, stage: str, round: int | None, path: str, val_ex: float | None, dev_ex: float | None = None) -> None:
        """Add a checkpoint, or update the one with the same stage and round (a resumed round)."""
        entries = [e for e in self.entries() if (e["stage"], e["round"]) != (stage, round)]
        entries.append({"stage": stage, "round": round, "path": path, "val_ex": val_ex, "dev_ex": dev_ex})
        self._write(entries)

    def set_dev_ex(self, path: str, dev_ex: float) -> None:
        entries = self.entries()
        for e in entries:
            if e["path"] == path:
                e["dev_ex"] = dev_ex
        self._write(entries)

    def best(self) -> dict[str, Any] | None:
        scored = [e for e in self.entries() if e["val_ex"] is not None]
        return max(scored, key=lambda e: e["val_ex"], default=None)

    def weakest(self) -> dict[str, Any] | None:
        scored = [e for e in self.entries() if e["val_ex"] is not None]
        return min(scored, key=lambda e: e["val_ex"], default=None)

    def _write(self, entries: list[dict[str, Any]]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        scored = [e for e in entries if e["val_ex"] is not None]
        body = {"checkpoints": entries,
                "best": max(scored, key=lambda e: e["val_ex"])["path"] if scored else None,
                "weakest": min(scored, key=lambda e: e["val_ex"])["path"] if scored else None}
        partial = self.path.with_suffix(".json.partial")
        partial.write_text(json.dumps(body, indent=1) + "\n")
        partial.replace(self.path)
