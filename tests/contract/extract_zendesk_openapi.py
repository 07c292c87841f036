"""Rebuild zendesk-support-api.extract.json: the operations calmdesk calls, cut from Zendesk's OpenAPI document.

    python tests/contract/extract_zendesk_openapi.py ../shared/vendor/zendesk-support-api.openapi.yaml

Keeps each operation's parameters, request-body schema and response schemas (references resolved into `schemas`),
so the contract
test needs neither the 1.7 MB document nor a YAML parser at test time. See README.md beside this file.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from datetime import date
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
OUT = HERE / "zendesk-support-api.extract.json"
# (method, path template): every Zendesk call calmdesk makes that the Support API document defines.
OPERATIONS = [
    ("GET", "/api/v2/tickets/{ticket_id}"),
    ("PUT", "/api/v2/tickets/{ticket_id}"),
    ("POST", "/api/v2/tickets"),
    ("GET", "/api/v2/tickets/{ticket_id}/comments"),
    ("PUT", "/api/v2/tickets/{ticket_id}/tags"),
    ("GET", "/api/v2/users/{user_id}"),
    ("GET", "/api/v2/users/me"),
    ("GET", "/api/v2/triggers"),
    ("POST", "/api/v2/triggers"),
    ("PUT", "/api/v2/triggers/{trigger_id}"),
    ("DELETE", "/api/v2/triggers/{trigger_id}"),
    ("GET", "/api/v2/incremental/tickets/cursor"),
    ("GET", "/api/v2/macros"),
    ("POST", "/api/v2/macros"),
    ("PUT", "/api/v2/macros/{macro_id}"),
    ("DELETE", "/api/v2/macros/{macro_id}"),
    ("GET", "/api/v2/tickets/{ticket_id}/macros/{macro_id}/apply"),  # what an agent's "apply macro" shows
]


class _Loader(yaml.SafeLoader):
    """The document uses the `=` value tag (a trigger-change example); read it as text."""


_Loader.add_constructor("tag:yaml.org,2002:value", lambda loader, node: loader.construct_scalar(node))


def _without_prose(node, parent: str = ""):
    """Schemas without their `description` text (kept small); a property *named* description stays."""
    if isinstance(node, list):
        return [_without_prose(n) for n in node]
    if not isinstance(node, dict):
        return node
    return {k: _without_prose(v, k) for k, v in node.items()
            if not (k == "description" and isinstance(v, str) and parent != "properties")}


def extract(source: Path) -> dict:
    raw = source.read_bytes()
    doc = yaml.load(raw, Loader=_Loader)
    components = doc["components"]

    def parameter(p: dict) -> dict:
        if "$ref" in p:
            p = components["parameters"][p["$ref"].rsplit("/", 1)[1]]
        return {k: p[k] for k in ("name", "in", "required", "style", "schema") if k in p}

    operations, wanted = {}, set()
    for method, path in OPERATIONS:
        item = doc["paths"][path]
        op = item[method.lower()]
        body = ((op.get("requestBody") or {}).get("content") or {}).get("application/json", {}).get("schema")
        responses = {code: ((answer.get("content") or {}).get("application/json") or {}).get("schema")
                     for code, answer in op["responses"].items()}
        operations[f"{method} {path}"] = {
            "operationId": op.get("operationId"),
            "parameters": [_without_prose(parameter(p)) for p in item.get("parameters", []) + op.get("parameters", [])],
            "requestBody": body,
            "responses": responses,
        }
        wanted |= set(re.findall(r"#/components/schemas/(\w+)", json.dumps([body, responses])))
    schemas: dict = {}
    while wanted:
        name = wanted.pop()
        if name in schemas:
            continue
        schema = _without_prose({k: v for k, v in components["schemas"][name].items()
                                 if k not in ("example", "examples")})
        schemas[name] = schema
        wanted |= set(re.findall(r"#/components/schemas/(\w+)", json.dumps(schema))) - set(schemas)
    return {
        "source": {"title": doc["info"]["title"], "version": doc["info"]["version"],
                   "published_at": "https://developer.zendesk.com/zendesk/oas.yaml",
                   "vendored_copy": "../shared/vendor/zendesk-support-api.openapi.yaml (fetched 2026-08-02)",
                   "sha256": hashlib.sha256(raw).hexdigest(), "extracted_on": date.today().isoformat()},
        "operations": operations,
        "components": {"schemas": dict(sorted(schemas.items()))},
    }


if __name__ == "__main__":
    OUT.write_text(json.dumps(extract(Path(sys.argv[1])), indent=0, sort_keys=False) + "\n")
    print(f"wrote {OUT}")
