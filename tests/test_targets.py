"""Every SQL training target has one normalization (issue: self-play pairs contrasted whitespace)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from text2sql.prompts import ANSWER_SUFFIX, completion_text, extract_sql, fold_whitespace

MINI = Path(__file__).resolve().parents[1] / "data" / "spider-mini"


def test_gold_and_sampled_targets_of_one_query_are_the_same_text():
    gold = "SELECT  T1.name ,  count(*) FROM  singer AS T1\n  GROUP BY T1.name"
    sampled = "SELECT T1.name, count(*)\nFROM singer AS T1 GROUP BY T1.name\n```"  # as the model wrote it
    assert completion_text(gold, "<eos>") == "SELECT T1.name , count(*) FROM singer AS T1 GROUP BY T1.name" + ANSWER_SUFFIX + "<eos>"
    assert fold_whitespace(extract_sql(sampled)) == extract_sql(sampled)
    assert "  " not in completion_text(gold, None)


def test_no_spider_train_target_keeps_a_double_space_outside_quotes():
    rows = json.loads((MINI / "train_spider.json").read_text()) if (MINI / "train_spider.json").exists() else \
        json.loads((MINI / "dev.json").read_text())
    assert any("  " in row["query"] for row in rows), "the fixture should hold Spider's own spacing"
    for row in rows:
        target = completion_text(row["query"], None)[: -len(ANSWER_SUFFIX)]
        outside = re.sub(r"'(?:[^']|'')*'|\"[^\"]*\"", "Q", target)
        assert "  " not in outside and "\n" not in outside, target


def test_spacing_inside_quotes_is_data_and_kept():
    assert fold_whitespace("SELECT * FROM t WHERE name = 'Ann  Lee'  AND  x = \"a  b\"") == \
        "SELECT * FROM t WHERE name = 'Ann  Lee' AND x = \"a  b\""
    assert fold_whitespace("SELECT 'it''s  ok'  FROM t") == "SELECT 'it''s  ok' FROM t"
