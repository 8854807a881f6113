"""SpiderData: reading Spider-format folders and refusing what is not one."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from text2sql.spider import DataError, SpiderData


def _folder(tmp_path: Path, spider_mini: Path, dev: list[dict]) -> Path:
    """A Spider-format folder with the given dev examples and spider-mini's concert_singer."""
    root = tmp_path / "bench"
    (root / "database").mkdir(parents=True)
    shutil.copytree(spider_mini / "database" / "concert_singer", root / "database" / "concert_singer")
    (root / "dev.json").write_text(json.dumps(dev))
    return root


def _example(db_id: str) -> dict:
    return {"db_id": db_id, "question": "How many singers are there?", "query": "SELECT count(*) FROM singer"}


def test_missing_folder_is_a_data_error_naming_it(tmp_path):
    with pytest.raises(DataError, match="benchmark folder not found: .*nowhere"):
        SpiderData(tmp_path / "nowhere")


def test_unknown_split_lists_the_choices(spider_mini):
    with pytest.raises(DataError, match="unknown split 'test'; choose one of dev, train"):
        SpiderData(spider_mini).split("test")


def test_missing_split_file_is_named(tmp_path):
    with pytest.raises(DataError, match=r"missing file: .*dev\.json"):
        SpiderData(tmp_path).split("dev")


def test_invalid_json_is_a_data_error(tmp_path):
    (tmp_path / "dev.json").write_text("[{")
    with pytest.raises(DataError, match="is not valid JSON"):
        SpiderData(tmp_path).split("dev")


def test_example_without_query_is_a_data_error(tmp_path):
    (tmp_path / "dev.json").write_text(json.dumps([{"db_id": "x", "question": "q"}]))
    with pytest.raises(DataError, match="every example needs db_id, question and query"):
        SpiderData(tmp_path).split("dev")


def test_mini_splits_load_in_file_order(spider_mini):
    data = SpiderData(spider_mini)
    dev, train = data.split("dev"), data.split("train")
    assert (len(dev), len(train)) == (193, 293)
    assert [ex.index for ex in dev] == list(range(193))
    assert dev[0].db_id == "concert_singer" and dev[0].query == "SELECT count(*) FROM singer"
    assert dev[0].sql is not None


def test_mini_has_every_database_it_uses(spider_mini):
    data = SpiderData(spider_mini)
    used = {ex.db_id for split in ("dev", "train") for ex in data.split(split)}
    assert used == set(data.db_ids) and len(used) == 13
    assert all(data.db_path(db_id).is_file() for db_id in used)


def test_missing_database_is_reported_by_has_db(tmp_path, spider_mini):
    data = SpiderData(_folder(tmp_path, spider_mini, [_example("concert_singer"), _example("absent_db")]))
    assert [data.has_db(ex.db_id) for ex in data.split("dev")] == [True, False]
    assert data.db_ids == ["concert_singer"]


def test_full_dev_has_62_examples_without_a_database(spider_full):
    data = SpiderData(spider_full)
    dev = data.split("dev")
    assert len(dev) == 1034
    assert sum(not data.has_db(ex.db_id) for ex in dev) == 62


@pytest.mark.parametrize("db_id", ["../concert_singer", "concert_singer/../x", "/etc/passwd", "a\\b", "..", ".hidden",
                                   "", "a\x00b", None, 7])
def test_path_like_database_id_is_rejected(spider_mini, db_id):
    data = SpiderData(spider_mini)
    with pytest.raises(DataError, match="invalid database id"):
        data.db_path(db_id)


@pytest.mark.parametrize("db_id", ["../concert_singer/concert_singer", "..", None, 7])
def test_path_like_database_id_has_no_database(spider_mini, db_id):
    assert SpiderData(spider_mini).has_db(db_id) is False


def test_db_path_stays_inside_the_database_folder(spider_mini):
    path = SpiderData(spider_mini).db_path("concert_singer")
    assert path == spider_mini / "database" / "concert_singer" / "concert_singer.sqlite"


def test_tables_are_keyed_by_database(spider_mini):
    tables = SpiderData(spider_mini).tables
    assert "singer" in tables["concert_singer"]["table_names_original"]
    assert len(tables) == 13
