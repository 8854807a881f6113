"""The structured Schema: what reflection finds, the foreign-key graph's distances, and the prompt text
built from it staying byte-identical to what the model was trained on."""

from pathlib import Path

import pytest

from text2sql.schema import coarse_kind, reflect_schema, schema_text

MINI = Path(__file__).resolve().parents[1] / "data" / "spider-mini" / "database"
SPIDER = Path(__file__).resolve().parents[2] / "shared" / "data" / "spider" / "database"
CONCERT = MINI / "concert_singer" / "concert_singer.sqlite"

# The prompt text as training and evaluation have used it (before the Schema refactor).
CONCERT_TEXT = """\
CREATE TABLE concert (
  concert_ID INTEGER PRIMARY KEY,
  concert_Name TEXT,
  Theme TEXT,
  Stadium_ID TEXT,
  Year TEXT,
  FOREIGN KEY (Stadium_ID) REFERENCES stadium(Stadium_ID)
);

CREATE TABLE singer (
  Singer_ID INTEGER PRIMARY KEY,
  Name TEXT,
  Country TEXT,
  Song_Name TEXT,
  Song_release_year TEXT,
  Age INTEGER,
  Is_male BOOLEAN
);

CREATE TABLE singer_in_concert (
  concert_ID INTEGER,
  Singer_ID TEXT,
  PRIMARY KEY (concert_ID, Singer_ID),
  FOREIGN KEY (Singer_ID) REFERENCES singer(Singer_ID),
  FOREIGN KEY (concert_ID) REFERENCES concert(concert_ID)
);

CREATE TABLE stadium (
  Stadium_ID INTEGER PRIMARY KEY,
  Location TEXT,
  Name TEXT,
  Capacity INTEGER,
  Highest INTEGER,
  Lowest INTEGER,
  Average INTEGER
);"""

SINGER_TEXT_WITH_VALUES = """\
CREATE TABLE singer (
  Singer_ID INTEGER PRIMARY KEY, -- e.g. 1, 2
  Name TEXT, -- e.g. 'Liliane Be...', 'Christy Wa...'
  Birth_Year REAL, -- e.g. 1944.0, 1948.0
  Net_Worth_Millions REAL, -- e.g. 30.0, 28.8
  Citizenship TEXT -- e.g. 'France', 'United Sta...'
);

CREATE TABLE song (
  Song_ID INTEGER PRIMARY KEY, -- e.g. 1, 2
  Title TEXT, -- e.g. 'Do They Kn...', 'F**k It (I...'
  Singer_ID INTEGER, -- e.g. 1, 2
  Sales REAL, -- e.g. 1094000.0, 552407.0
  Highest_Position REAL, -- e.g. 1.0, 3.0
  FOREIGN KEY (Singer_ID) REFERENCES singer(Singer_ID)
);"""


def test_schema_text_is_unchanged_by_the_structured_schema():
    assert schema_text(CONCERT) == CONCERT_TEXT
    assert schema_text(MINI / "singer" / "singer.sqlite", 2, 10) == SINGER_TEXT_WITH_VALUES


def test_reflection_finds_tables_keys_and_coarse_types():
    schema = reflect_schema(CONCERT)
    assert [t.name for t in schema.tables] == ["concert", "singer", "singer_in_concert", "stadium"]
    sic = schema.table("SINGER_IN_CONCERT")
    assert sic.primary_key == ("concert_ID", "Singer_ID")
    assert [(fk.columns, fk.ref_table, fk.ref_columns) for fk in sic.foreign_keys] == [
        (("Singer_ID",), "singer", ("Singer_ID",)), (("concert_ID",), "concert", ("concert_ID",))]
    assert [(c.name, c.kind) for c in schema.table("singer").columns if c.name in ("Name", "Age", "Is_male")] == [
        ("Name", "text"), ("Age", "number"), ("Is_male", "other")]
    assert schema.is_key("concert", "Stadium_ID") and schema.is_key("stadium", "stadium_id")
    assert not schema.is_key("singer", "Age")
    assert schema.column("nope", "Age") is None and schema.column("singer", "nope") is None


def test_coarse_kinds_follow_the_declared_type():
    assert [coarse_kind(t) for t in ("NVARCHAR(40)", "BIGINT", "FLOAT", "NUMERIC(5)", "TIMESTAMP", "", "BLOB")] == [
        "text", "number", "number", "number", "other", "other", "other"]


def test_foreign_key_graph_distances():
    schema = reflect_schema(CONCERT)
    assert schema.neighbours("singer_in_concert") == ["concert", "singer"]
    assert schema.table_distance("singer", "singer") == 0
    assert schema.table_distance("singer", "concert") == 2
    assert schema.table_distance("stadium", "singer") == 3
    assert schema.column_distance(("singer", "Name"), ("singer", "name")) == 0
    assert schema.column_distance(("singer", "Name"), ("singer", "Age")) == 1
    assert schema.column_distance(("singer_in_concert", "Singer_ID"), ("singer", "Singer_ID")) == 1
    assert schema.column_distance(("singer", "Name"), ("stadium", "Name")) == 4
    [edge] = schema.edges("singer", "singer_in_concert")
    assert (edge.table, edge.columns, edge.ref_table, edge.ref_columns) == (
        "singer_in_concert", ("Singer_ID",), "singer", ("Singer_ID",))
    assert schema.edges("singer", "stadium") == []


def test_unconnected_tables_have_no_distance_and_self_references_are_edges():
    # Spider's musical: actor.Musical_ID references actor(Actor_ID) (sic), so musical is unconnected.
    schema = reflect_schema(MINI / "musical" / "musical.sqlite")
    assert schema.table_distance("musical", "actor") is None
    assert schema.column_distance(("musical", "Name"), ("actor", "Name")) is None
    assert schema.neighbours("actor") == ["actor"] and schema.neighbours("musical") == []
    [edge] = schema.edges("actor", "actor")
    assert (edge.columns, edge.ref_columns) == (("Musical_ID",), ("Actor_ID",))


@pytest.mark.skipif(not (SPIDER / "cre_Drama_Workshop_Groups").is_dir(), reason="full Spider not present")
def test_a_column_referencing_two_tables_lists_its_keys_in_a_fixed_order():
    # Invoice_Items.Order_ID references both Bookings and Customer_Orders; the constraints come as a set.
    text = schema_text(SPIDER / "cre_Drama_Workshop_Groups" / "cre_Drama_Workshop_Groups.sqlite")
    assert text.index("REFERENCES Bookings(Booking_ID)") < text.index("REFERENCES Customer_Orders(Order_ID)")
