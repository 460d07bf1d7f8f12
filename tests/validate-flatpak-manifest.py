#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validate a Flatpak manifest against the flatpak-builder JSON schema.

Usage: validate-flatpak-manifest.py SCHEMA MANIFEST

Exit status follows meson's test protocol: 0 pass, 1 fail, 77 skipped
(schema file missing, or the jsonschema module not installed).
"""

import json
import os
import sys

SKIP = 77


def format_path(error):
    path = "/".join(str(part) for part in error.absolute_path)
    return "/" + path


def main(argv):
    if len(argv) != 3:
        print(f"usage: {os.path.basename(argv[0])} SCHEMA MANIFEST", file=sys.stderr)
        return 2

    schema_path, manifest_path = argv[1], argv[2]

    if not os.path.exists(schema_path):
        print(f"skipped: schema {schema_path} does not exist")
        return SKIP

    try:
        import jsonschema
    except ImportError as exc:
        print(f"skipped: cannot import jsonschema ({exc})")
        return SKIP

    try:
        with open(schema_path, encoding="utf-8") as f:
            schema = json.load(f)
        with open(manifest_path, encoding="utf-8") as f:
            manifest = json.load(f)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}")
        return 1

    try:
        jsonschema.Draft7Validator.check_schema(schema)
    except jsonschema.exceptions.SchemaError as exc:
        print(f"error: invalid schema {schema_path}: {exc.message}")
        return 1

    validator = jsonschema.Draft7Validator(schema)
    errors = sorted(validator.iter_errors(manifest),
                    key=lambda e: [str(p) for p in e.absolute_path])
    for error in errors:
        print(f"{manifest_path}: {format_path(error)}: {error.message}")

    if errors:
        print(f"{len(errors)} error(s)")
        return 1

    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
