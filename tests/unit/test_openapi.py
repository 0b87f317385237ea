"""The OpenAPI document says exactly what the api function serves."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import partial

import pytest

from functions.api import PUBLIC_ROUTES, ROUTES
from functions.api_users import sheet_id_from
from functions.http import Problem
from functions.openapi import DOCUMENT
from tracker.errors import InvalidInput
from tracker.user_settings import EARLIEST_READ_FROM, SettingsChange

METHODS = {"get", "put", "post", "patch", "delete"}


def test_every_route_is_documented_and_every_documented_operation_is_routed():
    routed = {(method.lower(), path) for method, path, _ in ROUTES} | {
        (method.lower(), path) for method, path in PUBLIC_ROUTES
    }
    documented = {
        (method, path) for path, item in DOCUMENT["paths"].items() for method in item if method in METHODS
    }
    assert routed == documented


def test_operation_ids_are_unique_and_every_reference_resolves():
    operations = [op for item in DOCUMENT["paths"].values() for m, op in item.items() if m in METHODS]
    ids = [op["operationId"] for op in operations]
    assert len(ids) == len(set(ids))
    schemas = DOCUMENT["components"]["schemas"]

    def refs(node):
        if isinstance(node, dict):
            if "$ref" in node:
                yield node["$ref"]
            for value in node.values():
                yield from refs(value)
        elif isinstance(node, list):
            for value in node:
                yield from refs(value)

    for ref in refs(DOCUMENT):
        assert ref.removeprefix("#/components/schemas/") in schemas


def test_state_changing_operations_require_the_csrf_header():
    for path, item in DOCUMENT["paths"].items():
        for method, operation in item.items():
            if method in {"put", "post", "patch", "delete"}:
                assert operation["security"] == [{"session": [], "csrf": []}], (method, path)


def test_merge_and_split_answers_link_to_the_undo_that_takes_their_token():
    paths = DOCUMENT["paths"]
    undo = paths["/jobs/undo/"]["post"]
    assert undo["requestBody"]["content"]["application/json"]["schema"]["required"] == ["undo_token"]
    for path in ("/jobs/merge/", "/jobs/{job_id}/split/"):
        links = paths[path]["post"]["responses"]["200"]["links"]
        assert links["undo"]["operationId"] == undo["operationId"]
        assert links["undo"]["requestBody"] == {"undo_token": "$response.body#/undo_token"}


def test_every_link_names_an_operation_that_exists():
    operations = {
        op["operationId"] for item in DOCUMENT["paths"].values() for m, op in item.items() if m in METHODS
    }
    linked = [
        link["operationId"]
        for item in DOCUMENT["paths"].values()
        for m, op in item.items()
        if m in METHODS
        for response in op["responses"].values()
        for link in response.get("links", {}).values()
    ]
    assert linked and set(linked) <= operations


def _body_schema(path: str, method: str) -> dict:
    return DOCUMENT["paths"][path][method]["requestBody"]["content"]["application/json"]["schema"]


def _accepted(check, value) -> bool:
    try:
        check(value)
    except (Problem, InvalidInput):
        return False
    return True


@pytest.mark.parametrize(
    "sent",
    [
        "https://docs.google.com/spreadsheets/d/1AbC_def-GHIjkl/edit#gid=0",
        "  1AbC_def-GHIjkl  ",
        "1AbC_def-GHIjkl",
        "https://docs.google.com/spreadsheets/d/short/edit",
        "https://example.com/1AbC_def-GHIjkl",
        "not a sheet at all",
        "1AbC def-GHIjkl",
    ],
    ids=[
        "url",
        "id-with-spaces-around",
        "id",
        "url-with-a-short-id",
        "other-url",
        "words",
        "id-with-a-space",
    ],
)
def test_the_sheet_address_schema_admits_what_connecting_a_sheet_accepts(sent):
    pattern = _body_schema("/users/update_user_sheet_id/", "post")["properties"]["google_sheet_url"][
        "pattern"
    ]
    assert bool(re.search(pattern, sent)) is _accepted(sheet_id_from, sent)


@pytest.mark.parametrize(
    "day",
    [EARLIEST_READ_FROM, EARLIEST_READ_FROM - timedelta(days=1), date(1999, 12, 31), date(2026, 11, 30)],
    ids=["the-earliest", "the-day-before", "last-century", "recent"],
)
def test_the_read_from_schema_admits_the_days_a_settings_change_accepts(day):
    schema = _body_schema("/users/settings/", "patch")["properties"]["read_from"]
    change = partial(SettingsChange.from_json, today=date(2026, 12, 3))
    sent = day.isoformat()
    assert bool(re.search(schema["pattern"], sent)) is _accepted(
        lambda value: change({"read_from": value}), sent
    )
