"""Execution accuracy end to end: `evaluate` on real Spider databases and the `spft-sql eval` command."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest

from cluster import cli
from text2sql.evaluate import evaluate, read_predictions
from text2sql.execution import ExecutionLimits
from text2sql.spider import DataError, SpiderData

LIMITS = ExecutionLimits(timeout_s=2.0)

# The first seven spider-mini dev examples, all on concert_singer, with one prediction each.
MIXED = [
    ("SELECT count(*) FROM singer", True, None),                                # the gold itself
    ("SELECT count(*) FROM stadium", False, None),                              # runs, wrong value
    ("SELECT name, country, age FROM singer ORDER BY age ASC", False, None),    # gold orders DESC
    ("SELEC name FROM singer", False, "syntax error"),
    ("DROP TABLE singer", False, "denied"),
    ("", False, "empty SQL"),
    ("SELECT song_name, song_release_year FROM singer ORDER BY age DESC LIMIT 1", False, None),
]


@pytest.fixture(scope="module")
def full_gold_report(spider_full):
    data = SpiderData(spider_full)
    return evaluate(data, "dev", [ex.query for ex in data.split("dev")], LIMITS, workers=2)


@pytest.fixture(scope="module")
def mixed_report(spider_mini):
    return evaluate(SpiderData(spider_mini), "dev", [sql for sql, _, _ in MIXED], LIMITS, workers=2)


def test_gold_against_itself_scores_exactly_one_on_full_dev(full_gold_report):
    report = full_gold_report
    assert (report.ex, report.n, report.skipped, report.errors) == (1.0, 972, 62, 0)


def test_skipped_examples_are_those_without_a_database(full_gold_report, spider_full):
    data = SpiderData(spider_full)
    dev = data.split("dev")
    skipped = [row for row in full_gold_report.per_example if row["correct"] is None]
    assert {row["index"] for row in skipped} == {ex.index for ex in dev if not data.has_db(ex.db_id)}
    assert all(row["error"] == f"database {row['db_id']} is missing" for row in skipped)


def test_hardness_breakdown_covers_every_scored_example(full_gold_report):
    levels = full_gold_report.by_hardness
    assert list(levels) == ["easy", "medium", "hard", "extra"]
    assert sum(level["n"] for level in levels.values()) == 972
    assert all(level["ex"] == 1.0 for level in levels.values())


def test_shorter_predictions_score_only_the_first_examples(spider_mini):
    data = SpiderData(spider_mini)
    report = evaluate(data, "dev", [ex.query for ex in data.split("dev")[:10]], LIMITS, workers=1)
    assert [row["index"] for row in report.per_example] == list(range(10))
    assert (report.ex, report.n, report.skipped) == (1.0, 10, 0)


def test_more_predictions_than_examples_is_a_data_error(spider_mini):
    with pytest.raises(DataError, match="194 predictions but the dev split has only 193 examples"):
        evaluate(SpiderData(spider_mini), "dev", ["SELECT 1"] * 194, LIMITS, workers=1)


def test_mixed_predictions_are_judged_one_by_one(mixed_report):
    assert [row["correct"] for row in mixed_report.per_example] == [expected for _, expected, _ in MIXED]


def test_mixed_predictions_carry_the_reason_of_each_error(mixed_report):
    for row, (_, _, reason) in zip(mixed_report.per_example, MIXED):
        assert (row["error"] is None) if reason is None else (reason in row["error"]), row


def test_mixed_predictions_count_errors_among_the_wrong(mixed_report):
    assert (mixed_report.n, mixed_report.skipped, mixed_report.errors) == (7, 0, 3)
    assert mixed_report.ex == pytest.approx(1 / 7)


def test_per_example_rows_have_exactly_the_documented_fields(mixed_report):
    assert all(set(row) == {"index", "db_id", "correct", "error"} for row in mixed_report.per_example)
    assert [row["db_id"] for row in mixed_report.per_example] == ["concert_singer"] * len(MIXED)


def test_one_worker_and_two_workers_agree(spider_mini, mixed_report):
    serial = evaluate(SpiderData(spider_mini), "dev", [sql for sql, _, _ in MIXED], LIMITS, workers=1)
    assert serial.per_example == mixed_report.per_example


def test_example_with_missing_database_is_skipped_not_wrong(tmp_path, spider_mini):
    root = tmp_path / "bench"
    shutil.copytree(spider_mini / "database" / "concert_singer", root / "database" / "concert_singer")
    gold = "SELECT count(*) FROM singer"
    (root / "dev.json").write_text(json.dumps([{"db_id": db, "question": "q", "query": gold}
                                               for db in ("concert_singer", "absent_db")]))
    report = evaluate(SpiderData(root), "dev", [gold, gold], LIMITS, workers=1)
    assert (report.ex, report.n, report.skipped, report.errors) == (1.0, 1, 1, 0)
    assert report.per_example[1] == {"index": 1, "db_id": "absent_db", "correct": None,
                                     "error": "database absent_db is missing"}


def test_failing_or_endless_gold_is_counted_apart_from_missing_databases(tmp_path, spider_mini):
    root = tmp_path / "bench"
    shutil.copytree(spider_mini / "database" / "concert_singer", root / "database" / "concert_singer")
    endless = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
    golds = [("concert_singer", "SELECT count(*) FROM singer"), ("concert_singer", "SELECT nope FROM singer"),
             ("concert_singer", endless), ("absent_db", "SELECT 1")]
    (root / "dev.json").write_text(json.dumps([{"db_id": db, "question": "q", "query": q} for db, q in golds]))
    report = evaluate(SpiderData(root), "dev", ["SELECT count(*) FROM singer"] * 4, ExecutionLimits(timeout_s=0.5),
                      workers=1)
    assert (report.n, report.skipped, report.gold_failed, report.errors) == (1, 1, 2, 0)
    assert [row["error"].split(":")[0] for row in report.per_example[1:3]] == ["gold query failed"] * 2
    assert "timeout" in report.per_example[2]["error"]
    assert "1 skipped (database missing), 2 gold query failed or timed out" in report.table()


def test_read_predictions_keeps_one_entry_per_line_and_never_fails_on_bad_bytes(tmp_path):
    path = tmp_path / "pred.sql"
    path.write_bytes(b"SELECT 1\r\n\nSELECT '\xff'\n")
    assert read_predictions(path) == ["SELECT 1", "", "SELECT '\ufffd'"]


# ---- the `spft-sql eval` command ------------------------------------------------------------------

@pytest.fixture
def eval_main(monkeypatch):
    """`cli.main` with only the eval command registered: building the parser imports every command's
    module, and other stages' modules need not exist (or import cleanly) for eval to be tested."""
    monkeypatch.setattr(cli, "COMMANDS", {"eval": cli.COMMANDS["eval"]})
    return cli.main


@pytest.fixture
def gold_predictions(tmp_path, spider_full) -> Path:
    path = tmp_path / "gold.sql"
    path.write_text("".join(ex.query + "\n" for ex in SpiderData(spider_full).split("dev")))
    return path


def test_eval_command_prints_the_summary_last(eval_main, gold_predictions, spider_full, tmp_path, capsys):
    code = eval_main(["eval", "--data", str(spider_full), "--pred", str(gold_predictions), "--workers", "2"])
    assert code == 0
    assert capsys.readouterr().out.splitlines()[-1] == \
        "EX 1.000 [test-suite default: DISTINCT ignored; strict 1.000] (n=972, skipped=62, gold_failed=0, errors=0)"


def test_official_default_ignores_distinct_and_strict_keeps_it(spider_full):
    """Real dev questions whose prediction differs from the gold only by DISTINCT (added or dropped):
    the official test-suite default scores them right where the results differ, strict wrong; every
    other prediction gets the same verdict under both."""
    data = SpiderData(spider_full)
    examples = [ex for ex in data.split("dev") if data.has_db(ex.db_id)]
    predictions = {}
    for ex in examples[:300]:
        sql = ex.query
        if " DISTINCT " in sql.upper():
            start = sql.upper().index(" DISTINCT ")
            predictions[ex.index] = sql[:start] + sql[start + len(" DISTINCT") :]
        elif sql.upper().startswith("SELECT "):
            predictions[ex.index] = "SELECT DISTINCT " + sql[len("SELECT "):]
    changed = sorted(predictions)[:120]
    preds = [predictions.get(ex.index, ex.query) if ex.index in changed else ex.query
             for ex in data.split("dev")[: max(changed) + 1]]
    official = evaluate(data, "dev", preds, workers=2)
    strict = evaluate(data, "dev", preds, workers=2, strict=True)
    assert (official.ex, official.ex_strict, official.headline) == (official.ex_official, strict.ex, "official")
    assert (strict.ex, strict.ex_official, strict.headline) == (strict.ex_strict, official.ex, "strict")
    assert official.ex == 1.0 and strict.ex < 1.0  # some DISTINCT changes change the result
    wrong = [row["index"] for row in strict.per_example if row["correct"] is False]
    assert wrong and set(wrong) <= set(changed)
    assert "(strict: DISTINCT kept)" in strict.table() and "(test-suite default: DISTINCT ignored)" in official.table()


def test_eval_command_writes_the_json_report(eval_main, gold_predictions, spider_full, tmp_path):
    out = tmp_path / "reports" / "dev.json"
    eval_main(["eval", "--data", str(spider_full), "--pred", str(gold_predictions), "--json", str(out),
               "--workers", "2"])
    report = json.loads(out.read_text())
    assert {"ex", "n", "skipped", "gold_failed", "errors", "per_example"} <= set(report)
    assert (report["ex"], report["n"], report["skipped"], report["errors"]) == (1.0, 972, 62, 0)
    assert len(report["per_example"]) == 1034


def test_eval_command_with_missing_predictions_exits_2_with_a_clear_message(eval_main, spider_mini, tmp_path, capsys):
    missing = tmp_path / "nope.sql"
    code = eval_main(["eval", "--data", str(spider_mini), "--pred", str(missing)])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.err.strip() == f"spft-sql eval: error: predictions file not found: {missing}"
    assert captured.out == ""


def test_eval_command_with_missing_data_folder_exits_2(eval_main, tmp_path, capsys):
    pred = tmp_path / "pred.sql"
    pred.write_text("SELECT 1\n")
    code = eval_main(["eval", "--data", str(tmp_path / "no_spider"), "--pred", str(pred)])
    assert code == 2
    assert "benchmark folder not found" in capsys.readouterr().err


def test_eval_command_with_too_many_predictions_exits_2(eval_main, spider_mini, tmp_path, capsys):
    pred = tmp_path / "pred.sql"
    pred.write_text("SELECT 1\n" * 194)
    code = eval_main(["eval", "--data", str(spider_mini), "--pred", str(pred), "--workers", "1"])
    assert code == 2
    assert "194 predictions but the dev split has only 193 examples" in capsys.readouterr().err


def test_eval_command_scores_a_file_of_hostile_and_normal_queries_in_bounded_time(eval_main, spider_mini, tmp_path,
                                                                                  capsys):
    from test_scoring import HOSTILE

    data = SpiderData(spider_mini)
    dev = data.split("dev")
    predictions = [ex.query for ex in dev]
    targets = [ex.index for ex in dev if ex.db_id == "concert_singer"][: len(HOSTILE)]
    for index, (sql, _) in zip(targets, HOSTILE.values()):
        predictions[index] = sql
    pred, out = tmp_path / "mixed.sql", tmp_path / "report.json"
    pred.write_text("".join(sql + "\n" for sql in predictions))
    start = time.monotonic()
    code = eval_main(["eval", "--data", str(spider_mini), "--pred", str(pred), "--timeout", "1", "--workers", "2",
                      "--json", str(out)])
    elapsed = time.monotonic() - start
    rows = json.loads(out.read_text())["per_example"]
    baseline = evaluate(data, "dev", [ex.query for ex in dev], ExecutionLimits(timeout_s=1.0), workers=2).per_example
    assert code == 0
    timeouts = sum("timeout" in str(reason) for _, reason in HOSTILE.values())
    assert elapsed < 5 + timeouts * 2.0  # each at most timeout + 1 s, even on one worker
    assert all(rows[i]["correct"] is False and rows[i]["error"] for i in targets)
    assert [row for row in rows if row["index"] not in targets] == [row for row in baseline if row["index"] not in targets]
    assert capsys.readouterr().out.splitlines()[-1].startswith(f"EX {(len(dev) - len(targets)) / len(dev):.3f}")
