#!/usr/bin/env python3
"""Validates FHIR R4 transaction Bundles written by RecoveryFHIR, independently of its Swift code.

Usage: validate_bundle.py BUNDLE.json [BUNDLE.json ...]

Each file is parsed with the models of the `fhir.resources` package (R4B), the whole Bundle and then
every entry's resource with the model of its own type, and checked for what a server needs to accept
it as a transaction that can be posted twice: type `transaction`; unique `fullUrl`s; every reference
resolving to a `fullUrl` in the bundle; every entry a conditional `POST` of its resource type on the
resource's `urn:uuid` identifier. The JSON rules FHIR adds to JSON (no null, no empty string, array or
object) are checked too, since the models accept those. Prints one line per problem and exits 1 when
any file has one; prints "ok FILE (N entries)" per valid file.
"""

import json
import sys

try:
    from fhir.resources.R4B import get_fhir_model_class
    from fhir.resources.R4B.bundle import Bundle
except ImportError as error:  # pragma: no cover - what to install is the caller's message
    print(f"cannot import fhir.resources.R4B: {error}", file=sys.stderr)
    sys.exit(2)

URI_SYSTEM = "urn:ietf:rfc:3986"


def json_rule_problems(value, path):
    """FHIR JSON forbids nulls and empty strings, arrays and objects anywhere."""
    if value is None:
        yield f"{path}: null"
    elif isinstance(value, str):
        if value == "":
            yield f"{path}: empty string"
    elif isinstance(value, list):
        if not value:
            yield f"{path}: empty array"
        for index, element in enumerate(value):
            yield from json_rule_problems(element, f"{path}[{index}]")
    elif isinstance(value, dict):
        if not value:
            yield f"{path}: empty object"
        for key, element in value.items():
            yield from json_rule_problems(element, f"{path}.{key}")


def references(value, path):
    """Every Reference.reference in a resource, with where it is."""
    if isinstance(value, list):
        for index, element in enumerate(value):
            yield from references(element, f"{path}[{index}]")
    elif isinstance(value, dict):
        for key, element in value.items():
            if key == "reference" and isinstance(element, str):
                yield path, element
            else:
                yield from references(element, f"{path}.{key}")


def problems(text):
    document = json.loads(text)
    yield from json_rule_problems(document, "Bundle")
    try:
        Bundle.model_validate_json(text)
    except Exception as error:  # pydantic.ValidationError: its message names every field
        yield f"Bundle: {error}"
        return
    if document.get("type") != "transaction":
        yield f"Bundle.type is {document.get('type')!r}, not 'transaction'"
    entries = document.get("entry", [])
    full_urls = [entry.get("fullUrl") for entry in entries]
    seen = set()
    for url in full_urls:
        if url in seen:
            yield f"fullUrl {url} appears twice"
        seen.add(url)
    for index, entry in enumerate(entries):
        where = f"Bundle.entry[{index}]"
        resource = entry.get("resource", {})
        kind = resource.get("resourceType")
        try:
            get_fhir_model_class(kind).model_validate(resource)
        except Exception as error:
            yield f"{where}.resource ({kind}): {error}"
            continue
        identifiers = [
            i.get("value") for i in resource.get("identifier", []) if i.get("system") == URI_SYSTEM
        ]
        url = entry.get("fullUrl")
        if not url or not url.startswith("urn:uuid:"):
            yield f"{where}.fullUrl {url!r} is not a urn:uuid"
        if identifiers != [url]:
            yield f"{where}: identifier {identifiers} is not the fullUrl {url}"
        request = entry.get("request", {})
        expected = {
            "method": "POST",
            "url": kind,
            "ifNoneExist": f"identifier={URI_SYSTEM}|{url}",
        }
        if request != expected:
            yield f"{where}.request is {request}, not {expected}"
        for place, target in references(resource, f"{where}.resource"):
            if target not in seen:
                yield f"{place}.reference {target} resolves to no fullUrl in the bundle"


def main(paths):
    if not paths:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    failed = False
    for path in paths:
        with open(path, encoding="utf-8") as file:
            text = file.read()
        found = list(problems(text))
        for problem in found:
            print(f"{path}: {problem}", file=sys.stderr)
        if found:
            failed = True
        else:
            print(f"ok {path} ({len(json.loads(text).get('entry', []))} entries)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
