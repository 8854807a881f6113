"""Helpers shared by the benchmarks: command-line options, the Spider dev gold pairs, the plain
sqlite3 baseline and best-of-N timing. Every timing is taken inside one Python process, so
interpreter start-up and imports are never part of a figure."""

from __future__ import annotations

import argparse
import sqlite3
import time
from pathlib import Path
from typing import Callable

from text2sql.spider import SpiderData

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "spider"


def parser(description: str, repeat: int = 3) -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="Spider-format folder (default: %(default)s)")
    ap.add_argument("--quick", action="store_true", help="a smaller workload and one repeat, for a smoke test")
    ap.add_argument("--repeat", type=int, default=repeat,
                    help="timed rounds of every variant, in alternation; the best is reported (default: %(default)s)")
    return ap


def gold_pairs(data: SpiderData, limit: int | None = None) -> list[tuple[int, str, str]]:
    """(index, db_path, gold SQL) for every dev example whose database is present (972 in Spider 1.0)."""
    pairs = [(ex.index, str(data.db_path(ex.db_id)), ex.query) for ex in data.split("dev") if data.has_db(ex.db_id)]
    return pairs[:limit]


def sqlite_loop(jobs: list[tuple[str, list[str]]]) -> int:
    """The baseline: plain sqlite3, each database opened once, every SQL executed and fetched.
    `jobs` holds (db_path, [sql, ...]); returns the number of statements that failed."""
    connections: dict[str, sqlite3.Connection] = {}
    failures = 0
    try:
        for db_path, statements in jobs:
            conn = connections.get(db_path)
            if conn is None:
                uri = Path(db_path).resolve().as_uri() + "?mode=ro"
                conn = connections[db_path] = sqlite3.connect(uri, uri=True)
            for sql in statements:
                try:
                    conn.execute(sql).fetchall()
                except sqlite3.Error:
                    failures += 1
    finally:
        for conn in connections.values():
            conn.close()
    return failures


def interleaved_best(repeat: int, variants: dict[str, Callable[[], object]]) -> dict[str, tuple[float, object]]:
    """Run every variant once per round, `repeat` rounds; return each one's fastest wall time and
    last result. Alternating gives each variant the same background load, and the minimum is the
    figure least disturbed by other work on a shared machine."""
    best: dict[str, tuple[float, object]] = {}
    for _ in range(max(1, repeat)):
        for name, fn in variants.items():
            start = time.perf_counter()
            result = fn()
            seconds = time.perf_counter() - start
            best[name] = (min(seconds, best.get(name, (seconds,))[0]), result)
    return best
