"""The OpenAPI document says exactly what the api function serves."""

from __future__ import annotations

from functions.api import PUBLIC_ROUTES, ROUTES
from functions.openapi import DOCUMENT

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
