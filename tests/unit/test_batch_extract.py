"""The batch extract command: one output line per input line, in order; bad lines reported, not fatal."""

import json

import pytest

from cli.extract import OUTPUT_KEYS, run_extract_command

CONFIRMATION = {
    "id": "a",
    "from": "Acme Careers <jobs@acme.com>",
    "date": "2025-03-04 10:00:00",
    "subject": "Thank you for applying to Acme",
    "body": "Hi Jane,\nThank you for applying for the Data Analyst position at Acme. We received your "
    "application.",
}
REJECTION = {
    "id": "b",
    "subject": "Your application",
    "body": "Unfortunately, we have decided to move forward with other candidates.",
}
SHOPPING = {
    "id": "c",
    "from": "orders@shop.example",
    "subject": "Your order shipped",
    "body": "It arrives Monday.",
}


def write_jsonl(path, lines: list) -> None:
    path.write_text("".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines))


def read_jsonl(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_every_line_gets_one_output_line_in_input_order(tmp_path):
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(source, [SHOPPING, CONFIRMATION, REJECTION])
    assert run_extract_command(source, target) == 0
    rows = read_jsonl(target)
    assert [row["id"] for row in rows] == ["c", "a", "b"]
    assert all(tuple(row) == OUTPUT_KEYS for row in rows)
    assert rows[1] == {
        "id": "a",
        "kind": "application",
        "status": "applied",
        "company": "Acme",
        "job_title": "Data Analyst",
        "confidence": rows[1]["confidence"],
        "extractor": "rules",
    }
    assert (rows[0]["kind"], rows[0]["status"]) == ("other", None)
    assert rows[2]["status"] == "rejected"


def test_bad_line_is_reported_with_its_number_and_the_others_are_kept(tmp_path, capsys):
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(source, [CONFIRMATION, "{not json", "[1, 2]", REJECTION])
    assert run_extract_command(source, target) == 1
    assert [row["id"] for row in read_jsonl(target)] == ["a", "b"]
    errors = capsys.readouterr().err
    assert "line 2" in errors and "line 3" in errors
    assert "line 1" not in errors and "line 4" not in errors


def test_missing_and_empty_fields_are_read(tmp_path):
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    write_jsonl(source, [{}, {"id": "x", "body": None, "subject": ""}])
    assert run_extract_command(source, target) == 0
    rows = read_jsonl(target)
    assert [row["id"] for row in rows] == [None, "x"]
    assert all(row["kind"] == "other" for row in rows)


def test_blank_lines_are_skipped_silently(tmp_path, capsys):
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text(json.dumps(CONFIRMATION) + "\n\n   \n" + json.dumps(REJECTION) + "\n")
    assert run_extract_command(source, target) == 0
    assert len(read_jsonl(target)) == 2
    assert capsys.readouterr().err == ""


def test_output_is_replaced_atomically_and_no_temporary_file_is_left(tmp_path):
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    target.write_text("previous complete output\n")
    write_jsonl(source, [CONFIRMATION])
    run_extract_command(source, target)
    assert [row["id"] for row in read_jsonl(target)] == ["a"]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]


def test_a_failure_midway_leaves_the_previous_output_untouched(tmp_path, monkeypatch):
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    target.write_text("previous complete output\n")
    write_jsonl(source, [CONFIRMATION, REJECTION])

    def explode(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("cli.extract.extraction_record", explode)
    with pytest.raises(KeyboardInterrupt):
        run_extract_command(source, target)
    assert target.read_text() == "previous complete output\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]
