"""Every request calmdesk sends to the stand-in Zendesk, checked against Zendesk's own OpenAPI document (the cut of
it in zendesk-support-api.extract.json): the method and path must be an operation the document defines, each query
parameter one it declares (with a value of its type), and the JSON body valid against its request schema, with
properties the schema does not list refused too (a field Zendesk ignores is a bug we would never see).

Zendesk's webhooks API is a separate document, not this one: its calls are listed in OUTSIDE_THE_DOCUMENT with the
page that defines them, and nothing else may be.
"""

from __future__ import annotations

import copy
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema_rs

EXTRACT = Path(__file__).resolve().parent / "zendesk-support-api.extract.json"
# The webhooks API (https://developer.zendesk.com/api-reference/webhooks/webhooks-api/webhooks/) is published in
# its own OpenAPI document, which is not vendored: these calls, and only these, are checked by hand against it.
OUTSIDE_THE_DOCUMENT = {
    ("GET", "/api/v2/webhooks"): {"filter[name_contains]"},
    ("POST", "/api/v2/webhooks"): set(),
    ("PUT", "/api/v2/webhooks/{webhook_id}"): set(),
    ("DELETE", "/api/v2/webhooks/{webhook_id}"): set(),
    ("GET", "/api/v2/webhooks/{webhook_id}/signing_secret"): set(),
}


@lru_cache(maxsize=1)
def _extract() -> dict:
    return json.loads(EXTRACT.read_text())


def operations() -> list[tuple[str, str]]:
    return [tuple(key.split(" ", 1)) for key in _extract()["operations"]]  # type: ignore[misc]


def _pattern(template: str) -> re.Pattern:
    return re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$")


def match(method: str, path: str) -> tuple[str, str] | None:
    """The operation (method, template) a request is, or None. Zendesk accepts a `.json` suffix on every path."""
    path = path.split("?", 1)[0]
    path = path[:-5] if path.endswith(".json") else path
    keys = list(_extract()["operations"]) + [f"{m} {p}" for m, p in OUTSIDE_THE_DOCUMENT]
    for key in sorted(keys, key=lambda k: k.count("{")):  # a literal segment first: /users/me is not /users/{id}
        m, template = key.split(" ", 1)
        if m == method and _pattern(template).match(path):
            return m, template
    return None


def violations(method: str, path: str, query: dict[str, list[str]], body: Any) -> list[str]:
    """What is wrong with one request, by the document; [] when it is a request Zendesk defines."""
    found = match(method, path)
    if found is None:
        return [f"{method} {path}: no such operation in Zendesk's Support API document"]
    if found in OUTSIDE_THE_DOCUMENT:
        extra = set(query) - OUTSIDE_THE_DOCUMENT[found]
        return [f"{method} {path}: query parameter {name!r} is not one calmdesk checked" for name in sorted(extra)]
    operation = _extract()["operations"][f"{found[0]} {found[1]}"]
    problems = []
    params = {p["name"]: p for p in operation["parameters"] if p["in"] == "query"}
    for name, values in query.items():
        declared = params.get(name) or params.get(name.split("[", 1)[0])
        if declared is None or (name != declared["name"] and declared.get("style") != "deepObject"):
            problems.append(f"{method} {found[1]}: query parameter {name!r} is not declared "
                            f"(declared: {', '.join(sorted(params)) or 'none'})")
            continue
        kind = (declared.get("schema") or {}).get("type")
        for value in values:
            if kind == "integer" and not re.fullmatch(r"-?\d+", value):
                problems.append(f"{method} {found[1]}: {name}={value!r} is not an integer")
            if kind == "boolean" and value not in ("true", "false"):
                problems.append(f"{method} {found[1]}: {name}={value!r} is not a boolean")
    schema = operation["requestBody"]
    if schema is None:
        if body not in (None, {}) and method in ("GET", "DELETE"):
            problems.append(f"{method} {found[1]}: the operation takes no body")
        # PUT /tickets/{id}/tags declares no body schema: the document is silent, so nothing more is checked.
        return problems
    for error in _validator(json.dumps(schema, sort_keys=True)).iter_errors(body):
        problems.append(f"{method} {found[1]}: body {'/'.join(map(str, error.instance_path)) or '(root)'}: "
                        f"{error.message[:300]}")
    return problems


def response_violations(method: str, path: str, status: int, body: Any) -> list[str]:
    """What is wrong with the stand-in's answer, by the document's response schema (extra fields allowed: the
    document does not list every field Zendesk sends). [] when the document has no schema for it."""
    found = match(method, path)
    if found is None or found in OUTSIDE_THE_DOCUMENT:
        return []
    schema = _extract()["operations"][f"{found[0]} {found[1]}"]["responses"].get(str(status))
    if schema is None:
        return []
    return [f"{method} {found[1]} answered {status}: {'/'.join(map(str, e.instance_path)) or '(root)'}: "
            f"{e.message[:300]}" for e in _validator(json.dumps(schema, sort_keys=True), strict=False).iter_errors(body)]


@lru_cache(maxsize=64)
def _validator(schema_text: str, strict: bool = True):
    convert = (lambda s: _strict(_json_schema(s))) if strict else _json_schema
    document = {**json.loads(schema_text), "components": {"schemas": {
        name: convert(schema) for name, schema in _extract()["components"]["schemas"].items()}}}
    return jsonschema_rs.Draft4Validator(_json_schema(document))


def _json_schema(node: Any) -> Any:
    """OpenAPI 3.0 schema -> JSON Schema: `nullable: true` admits null."""
    if isinstance(node, list):
        return [_json_schema(n) for n in node]
    if not isinstance(node, dict):
        return node
    node = {k: _json_schema(v) for k, v in node.items() if k not in ("example", "examples", "readOnly", "format")}
    if node.pop("nullable", False):
        if "enum" in node and None not in node["enum"]:
            node["enum"] = [*node["enum"], None]
        if "type" in node:
            node["type"] = [node["type"], "null"] if isinstance(node["type"], str) else [*node["type"], "null"]
        else:
            node = {"anyOf": [node, {"type": "null"}]}
    return node


def _strict(node: Any) -> Any:
    """Objects listing their properties accept no others (unless the document says additionalProperties)."""
    if isinstance(node, list):
        return [_strict(n) for n in node]
    if not isinstance(node, dict):
        return node
    node = {k: _strict(v) for k, v in copy.copy(node).items()}
    if "properties" in node and "additionalProperties" not in node and not {"allOf", "anyOf", "oneOf"} & set(node):
        node["additionalProperties"] = False
    return node
