"""LINE's OpenAPI documents as JSON Schema validators.

The specs choose a concrete schema through `discriminator`, which JSON Schema ignores.
Each abstract schema (Message, Action, Template, FlexComponent, Event, Source…) is
rewritten to dispatch on `type` itself: its own properties move to `<Name>__base`, which
the concrete schemas' `allOf` point to, and `<Name>` becomes an `if type == … then
$ref concrete` switch. The rewrite applies at every depth, so a Flex box inside a bubble
inside a carousel is checked against its own schema."""

from __future__ import annotations

import copy
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml

SPEC_DIR = Path(__file__).resolve().parents[3] / "shared" / "spec" / "line-openapi"
MESSAGING_API = SPEC_DIR / "messaging-api.yml"
WEBHOOK = SPEC_DIR / "webhook.yml"
REF_PREFIX = "#/components/schemas/"


def _point_to_base(schema: dict[str, Any], renames: dict[str, str]) -> dict[str, Any]:
    """A concrete schema's `allOf: [{$ref: Abstract}]` → the abstract's base, not its
    switch (which would point back here and loop)."""
    parents = schema.get("allOf")
    if not isinstance(parents, list):
        return schema
    rewired = [
        {"$ref": renames[p["$ref"]]} if isinstance(p, dict) and p.get("$ref") in renames else p
        for p in parents
    ]
    return {**schema, "allOf": rewired}


def _switch(mapping: dict[str, str]) -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["type"],
        "properties": {"type": {"enum": list(mapping)}},
        "allOf": [
            {"if": {"properties": {"type": {"const": key}}}, "then": {"$ref": target}}
            for key, target in mapping.items()
        ],
    }


def _allow_null(node: Any) -> Any:
    """OpenAPI 3.0 `nullable: true` → JSON Schema's `type: [T, "null"]`."""
    if isinstance(node, list):
        return [_allow_null(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _allow_null(value) for key, value in node.items()}
    if out.pop("nullable", False) and isinstance(out.get("type"), str):
        out["type"] = [out["type"], "null"]
    return out


def rewrite_schemas(schemas: dict[str, Any]) -> dict[str, Any]:
    schemas = _allow_null(copy.deepcopy(schemas))
    abstract = {name: s for name, s in schemas.items() if "discriminator" in s}
    renames = {REF_PREFIX + name: REF_PREFIX + name + "__base" for name in abstract}
    rewritten: dict[str, Any] = {}
    for name, schema in schemas.items():
        if name in abstract:
            rewritten[name + "__base"] = {k: v for k, v in schema.items() if k != "discriminator"}
            rewritten[name] = _switch(schema["discriminator"]["mapping"])
        else:
            rewritten[name] = _point_to_base(schema, renames)
    return rewritten


def _path_text(path: Any) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _leaf_errors(error: jsonschema.ValidationError) -> list[jsonschema.ValidationError]:
    """The errors that say what is wrong, not the `allOf`/`if` wrappers around them."""
    if not error.context:
        return [error]
    leaves: list[jsonschema.ValidationError] = []
    for sub in error.context:
        leaves += _leaf_errors(sub)
    return leaves


def _shorten(message: str, limit: int = 160) -> str:
    return message if len(message) <= limit else message[: limit - 1] + "…"


class SpecSchemas:
    """Validate JSON values against the named schemas of one OpenAPI document."""

    def __init__(self, spec_path: Path) -> None:
        self.document: dict[str, Any] = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
        self._root = {
            "components": {"schemas": rewrite_schemas(self.document["components"]["schemas"])}
        }
        self._validators: dict[str, jsonschema.Draft7Validator] = {}

    def _validator(self, schema_name: str) -> jsonschema.Draft7Validator:
        if schema_name not in self._validators:
            schema = {**self._root, "$ref": REF_PREFIX + schema_name}
            self._validators[schema_name] = jsonschema.Draft7Validator(
                schema, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER
            )
        return self._validators[schema_name]

    def errors(self, schema_name: str, value: Any) -> list[dict[str, str]]:
        """Every breach as `{"property": "messages[0].text", "message": "…"}`; [] when valid."""
        found: list[dict[str, str]] = []
        seen: set[tuple[str, str]] = set()
        for error in self._validator(schema_name).iter_errors(value):
            for leaf in _leaf_errors(error):
                item = (_path_text(leaf.absolute_path), _shorten(leaf.message))
                if item not in seen:
                    seen.add(item)
                    found.append({"property": item[0], "message": item[1]})
        return found

    def operations(self) -> list[tuple[str, str, str]]:
        """(HTTP method, path template, operationId) of every documented operation."""
        found: list[tuple[str, str, str]] = []
        for path, item in self.document["paths"].items():
            for method, operation in item.items():
                if isinstance(operation, dict) and "operationId" in operation:
                    found.append((method.upper(), path, operation["operationId"]))
        return found

    def request_schema(self, operation_id: str) -> str | None:
        """The schema name of an operation's JSON request body, if it has one."""
        for item in self.document["paths"].values():
            for operation in item.values():
                if not isinstance(operation, dict) or operation.get("operationId") != operation_id:
                    continue
                content = (operation.get("requestBody") or {}).get("content") or {}
                ref = (content.get("application/json") or {}).get("schema", {}).get("$ref", "")
                return ref.removeprefix(REF_PREFIX) or None
        return None


@lru_cache(maxsize=1)
def messaging_api() -> SpecSchemas:
    return SpecSchemas(MESSAGING_API)


@lru_cache(maxsize=1)
def webhook() -> SpecSchemas:
    return SpecSchemas(WEBHOOK)
