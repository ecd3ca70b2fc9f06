#!/usr/bin/env python3
"""Validates FHIR R4 transaction Bundles written by RecoveryFHIR, independently of its Swift code.

Usage: validate_bundle.py BUNDLE.json [BUNDLE.json ...]
       validate_bundle.py --ndjson FOLDER

With --ndjson, every line of every TYPE.ndjson file in FOLDER must be a valid resource of TYPE with an
`id`, ids unique per type, and every reference `TYPE/id` of a resource in the folder.

Each file is parsed with the models of the `fhir.resources` package (R4B), the whole Bundle and then
every entry's resource with the model of its own type, and checked for what a server needs to accept
it as a transaction that can be posted again and again: type `transaction`; unique `fullUrl`s; every
entry a conditional update (`PUT Type?identifier=urn:ietf:rfc:3986|<fullUrl>`, or for a `Provenance`,
which has no identifier, on its tag). The JSON rules FHIR adds to JSON (no null, no empty string, array
or object) are checked too, since the models accept those.

The invariants the export relies on are FHIRPath expressions, evaluated by `fhirpathpy` (INVARIANTS):
every reference resolves to a `fullUrl` in the bundle; a `Provenance` targets every resource written
for a diary entry; an Observation of an entry with a side codes the laterality in its body site, and a
Procedure of one names a BodyStructure whose location qualifier codes it.

Prints one line per problem and exits 1 when any file has one; prints "ok FILE (N entries)" per valid
file.
"""

import json
import sys

try:
    from fhir.resources.R4B import get_fhir_model_class
    from fhir.resources.R4B.bundle import Bundle
except ImportError as error:  # pragma: no cover - what to install is the caller's message
    print(f"cannot import fhir.resources.R4B: {error}", file=sys.stderr)
    sys.exit(2)

try:
    from fhirpathpy import evaluate as fhirpath
except ImportError as error:  # pragma: no cover
    print(f"cannot import fhirpathpy: {error}", file=sys.stderr)
    sys.exit(2)

URI_SYSTEM = "urn:ietf:rfc:3986"
BASE = "http://recovery.example.org/fhir"
PROVENANCE_TAG = BASE + "/provenance"

# FHIRPath invariants over the whole Bundle, each true for a bundle the export may write.
INVARIANTS = {
    "every reference resolves to a fullUrl in the bundle":
        "entry.resource.descendants().reference.subsetOf(%bundle.entry.fullUrl)",
    "a Provenance targets every diary entry's resource":
        "entry.where(resource.extension.where(url = '" + BASE + "/StructureDefinition/diary-entry').exists())"
        ".fullUrl.subsetOf(%bundle.entry.resource.where(resourceType = 'Provenance').target.reference)",
    "an Observation of an entry with a side codes its laterality":
        "entry.resource.where(resourceType = 'Observation' and extension.where(url = '" + BASE
        + "/StructureDefinition/diary-entry').valueString.contains('\"side\":'))"
        ".all(bodySite.extension.where(url = 'http://hl7.org/fhir/StructureDefinition/"
        "observation-structureLaterality').valueCodeableConcept.coding.where(system = 'http://snomed.info/sct'"
        " and (code = '7771000' or code = '24028007' or code = '51440002')).exists())",
    "a Procedure of an entry with a side names a BodyStructure in the bundle":
        "entry.resource.where(resourceType = 'Procedure' and extension.where(url = '" + BASE
        + "/StructureDefinition/diary-entry').valueString.contains('\"side\":'))"
        ".extension.where(url = 'http://hl7.org/fhir/StructureDefinition/procedure-targetBodyStructure')"
        ".valueReference.reference.subsetOf(%bundle.entry.where(resource.resourceType = 'BodyStructure').fullUrl)"
        " and entry.resource.where(resourceType = 'Procedure' and extension.where(url = '" + BASE
        + "/StructureDefinition/diary-entry').valueString.contains('\"side\":'))"
        ".all(extension.where(url = 'http://hl7.org/fhir/StructureDefinition/procedure-targetBodyStructure').exists())",
    "every BodyStructure codes its laterality":
        "entry.resource.where(resourceType = 'BodyStructure').all(locationQualifier.coding.where("
        "system = 'http://snomed.info/sct' and (code = '7771000' or code = '24028007' or code = '51440002')).exists())",
}


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
        url = entry.get("fullUrl")
        if not url or not url.startswith("urn:uuid:"):
            yield f"{where}.fullUrl {url!r} is not a urn:uuid"
            continue
        if kind == "Provenance":
            tags = [t.get("code") for t in resource.get("meta", {}).get("tag", []) if t.get("system") == PROVENANCE_TAG]
            if tags != [url.removeprefix("urn:uuid:")]:
                yield f"{where}: tag {tags} is not the fullUrl's uid"
            search = f"_tag={PROVENANCE_TAG}|{url.removeprefix('urn:uuid:')}"
        else:
            given = resource.get("identifier", [])
            given = given if isinstance(given, list) else [given]
            identifiers = [i.get("value") for i in given if i.get("system") == URI_SYSTEM]
            if identifiers != [url]:
                yield f"{where}: identifier {identifiers} is not the fullUrl {url}"
            search = f"identifier={URI_SYSTEM}|{url}"
        request = entry.get("request", {})
        expected = {"method": "PUT", "url": f"{kind}?{search}"}
        if request != expected:
            yield f"{where}.request is {request}, not {expected}"
        for place, target in references(resource, f"{where}.resource"):
            if target not in seen:
                yield f"{place}.reference {target} resolves to no fullUrl in the bundle"
    for name, expression in INVARIANTS.items():
        try:
            result = fhirpath(document, expression, {"bundle": document})
        except Exception as error:  # an expression the engine cannot evaluate is a failure too
            yield f"FHIRPath ({name}): cannot evaluate: {error}"
            continue
        if result != [True]:
            yield f"FHIRPath invariant broken: {name} ({expression} gave {result})"


def ndjson_problems(folder):
    import os
    resources = []
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".ndjson"):
            yield f"{name}: not an .ndjson file"
            continue
        kind = name[: -len(".ndjson")]
        with open(os.path.join(folder, name), encoding="utf-8") as file:
            for number, line in enumerate(file, 1):
                where = f"{name}:{number}"
                resource = json.loads(line)
                yield from json_rule_problems(resource, where)
                if resource.get("resourceType") != kind:
                    yield f"{where}: a {resource.get('resourceType')} in {name}"
                try:
                    get_fhir_model_class(kind).model_validate(resource)
                except Exception as error:
                    yield f"{where} ({kind}): {error}"
                resources.append((where, resource))
    ids = set()
    for where, resource in resources:
        key = f"{resource.get('resourceType')}/{resource.get('id')}"
        if key in ids:
            yield f"{where}: {key} appears twice"
        ids.add(key)
    for where, resource in resources:
        for place, target in references(resource, where):
            if target not in ids:
                yield f"{place}.reference {target} resolves to no resource in the folder"


def main(paths):
    if len(paths) == 2 and paths[0] == "--ndjson":
        found = list(ndjson_problems(paths[1]))
        for problem in found:
            print(f"{paths[1]}/{problem}", file=sys.stderr)
        if not found:
            print(f"ok {paths[1]}")
        return 1 if found else 0
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
