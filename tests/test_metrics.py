"""metrics.jsonl's one writer (training/metrics.py): the vocabulary check and the TensorBoard copy."""

import json
import struct

import pytest

from training.metrics import append_record

STEP = {"stage": "sft", "step": 2, "epoch": 0.5, "lr": 1e-4, "loss/sft": 0.75, "grad_norm": 1.5,
        "throughput/tokens_per_s": 100.0, "time": 1_700_000_000.0}
ROUND = {"stage": "vbift", "round": 1, "data/val": 8, "ex/val": 0.25, "timing/train": 30.0, "time": 1_700_000_100.0}


def events(folder) -> list:
    """The Event protos of the TensorBoard event files under `folder` (TFRecord framing: length, its CRC,
    an Event proto, its CRC)."""
    from tensorboardX.proto.event_pb2 import Event

    found = []
    for path in sorted(folder.glob("events.out.tfevents.*")):
        data, i = path.read_bytes(), 0
        while i < len(data):
            (n,) = struct.unpack("<Q", data[i:i + 8])
            found.append(Event.FromString(data[i + 12:i + 12 + n]))
            i += 12 + n + 4
    return found


def scalars(folder) -> dict[tuple[str, int], float]:
    return {(value.tag, event.step): value.simple_value for event in events(folder) for value in event.summary.value}


def test_records_are_appended_as_json_lines_without_tensorboard_by_default(tmp_path):
    append_record(tmp_path, STEP)
    append_record(tmp_path, ROUND)
    assert [json.loads(line) for line in (tmp_path / "metrics.jsonl").read_text().splitlines()] == [STEP, ROUND]
    assert not (tmp_path / "tensorboard").exists()


def test_a_key_outside_the_vocabulary_is_refused_before_anything_is_written(tmp_path):
    with pytest.raises(ValueError, match=r"\['val/ex'\] are outside the vocabulary"):
        append_record(tmp_path, {"stage": "vbift", "round": 1, "val/ex": 0.4}, tensorboard=True)
    assert not (tmp_path / "metrics.jsonl").exists() and not (tmp_path / "tensorboard").exists()


def test_tensorboard_gets_every_number_by_stage_at_its_step_or_round(tmp_path):
    append_record(tmp_path, STEP, tensorboard=True)
    append_record(tmp_path, {**STEP, "step": 4, "loss/sft": 0.5}, tensorboard=True)
    append_record(tmp_path, ROUND, tensorboard=True)
    sft = scalars(tmp_path / "tensorboard" / "sft")
    assert sft == {(tag, step): pytest.approx(value) for step, loss in ((2, 0.75), (4, 0.5))
                   for tag, value in (("epoch", 0.5), ("lr", 1e-4), ("loss/sft", loss), ("grad_norm", 1.5),
                                      ("throughput/tokens_per_s", 100.0))}
    assert scalars(tmp_path / "tensorboard" / "vbift") == {("data/val", 1): 8.0, ("ex/val", 1): 0.25,
                                                           ("timing/train", 1): 30.0}
    # A resumed stage's first record restarts its curve there (TensorBoard purges later points).
    (start,) = [e for e in events(tmp_path / "tensorboard" / "sft") if e.HasField("session_log")]
    assert start.step == 2 and start.session_log.status == start.session_log.START
