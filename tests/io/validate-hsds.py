#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validates a Kringkaart HSDS export against the official HSDS 3.0 schemas.

usage: validate-hsds.py HSDS_DIR EXPORT.json

HSDS_DIR is the hsds-3.0 directory (schema/, schema/compiled/). The export is
an organization_list page. Checks, with format checking on (uuid, email …):
  - the paging members of the page;
  - every organisation against schema/compiled/organization_list.json and
    against schema/organization.json with its references resolved (so the
    embedded contacts, phones, locations, attributes … are checked too);
  - every embedded service against schema/compiled/service_with_definitions.json
    and schema/service.json;
  - that no object id occurs twice in one kind of list (an import would
    take that for a duplicate record).
Exits 0 when valid, 1 with one line per error otherwise, 2 on bad usage or a
missing schema (a missing schema is a failure, never a skip).
"""
import json
import pathlib
import sys

import jsonschema

PAGE_SCHEMA = {
    "type": "object",
    "required": ["total_items", "total_pages", "page_number", "size", "first_page",
                 "last_page", "empty", "contents"],
    "properties": {
        "total_items": {"type": "integer", "minimum": 0},
        "total_pages": {"type": "integer", "minimum": 0},
        "page_number": {"type": "integer", "minimum": 0},
        "size": {"type": "integer", "minimum": 0},
        "first_page": {"type": "boolean"},
        "last_page": {"type": "boolean"},
        "empty": {"type": "boolean"},
        "contents": {"type": "array", "items": {"type": "object"}},
    },
}


def load_json(path):
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def validator_for(schema_dir, path):
    schema = load_json(path)
    cls = jsonschema.validators.validator_for(schema, default=jsonschema.Draft202012Validator)
    resolver = jsonschema.RefResolver(base_uri=schema_dir.as_uri() + "/", referrer=schema)
    return cls(schema, resolver=resolver, format_checker=cls.FORMAT_CHECKER)


def report(errors, where, validator, instance):
    for error in validator.iter_errors(instance):
        path = "".join(f"[{p!r}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
        errors.append(f"{where}{path}: {error.message}")


def collect_ids(node, seen, duplicates, path="$"):
    """Every object with an id, keyed by the member it sits in (its kind)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(value, list):
                for i, item in enumerate(value):
                    if isinstance(item, dict) and isinstance(item.get("id"), str):
                        kind = (key, item["id"])
                        if kind in seen:
                            duplicates.append(f"{path}.{key}[{i}]: id {item['id']} occurs twice")
                        seen[kind] = item
                    collect_ids(item, seen, duplicates, f"{path}.{key}[{i}]")
            elif isinstance(value, dict):
                collect_ids(value, seen, duplicates, f"{path}.{key}")


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    hsds = pathlib.Path(argv[1]).resolve()
    schema_dir = hsds / "schema"
    compiled = schema_dir / "compiled"
    needed = [compiled / "organization_list.json", compiled / "service_with_definitions.json",
              schema_dir / "organization.json", schema_dir / "service.json"]
    missing = [str(p) for p in needed if not p.is_file()]
    if missing:
        print("HSDS schemas missing: " + ", ".join(missing), file=sys.stderr)
        return 2

    document = load_json(argv[2])
    errors = []
    page = jsonschema.Draft202012Validator(PAGE_SCHEMA)
    report(errors, "$", page, document)
    if errors:
        print("\n".join(errors))
        return 1

    organization_list = validator_for(compiled, needed[0])
    service_compiled = validator_for(compiled, needed[1])
    organization = validator_for(schema_dir, needed[2])
    service = validator_for(schema_dir, needed[3])
    n_services = 0
    for i, org in enumerate(document["contents"]):
        where = f"$.contents[{i}]"
        report(errors, where, organization_list, org)
        report(errors, where, organization, org)
        for j, svc in enumerate(org.get("services", [])):
            n_services += 1
            report(errors, f"{where}.services[{j}]", service_compiled, svc)
            report(errors, f"{where}.services[{j}]", service, svc)
    if document["total_items"] != len(document["contents"]):
        errors.append("$.total_items: does not match the number of contents")
    duplicates = []
    collect_ids(document, {}, duplicates)
    errors.extend(duplicates)
    if errors:
        print("\n".join(errors[:200]))
        print(f"{len(errors)} errors", file=sys.stderr)
        return 1
    print(f"valid: {len(document['contents'])} organizations, {n_services} services")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
