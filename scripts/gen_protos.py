#!/usr/bin/env python3
"""Generate the Python code for every .proto under protos/ into services/protogen/.

    python scripts/gen_protos.py           # regenerate in place
    python scripts/gen_protos.py --check   # regenerate into a temporary folder and fail on any difference

The generated modules are committed, so a service runs without grpcio-tools; CI runs --check so that
a .proto change without regenerated code fails the build.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PROTO_ROOT = REPO / "protos"
OUTPUT = REPO / "services" / "protogen"


def generate(output: Path) -> None:
    from grpc_tools import protoc
    import grpc_tools

    proto_files = sorted(str(path.relative_to(PROTO_ROOT)) for path in PROTO_ROOT.rglob("*.proto"))
    if not proto_files:
        raise SystemExit(f"no .proto files found under {PROTO_ROOT}")

    output.mkdir(parents=True, exist_ok=True)
    well_known = Path(grpc_tools.__file__).parent / "_proto"
    exit_code = protoc.main([
        "grpc_tools.protoc",
        f"-I{PROTO_ROOT}",
        f"-I{well_known}",
        f"--python_out={output}",
        f"--pyi_out={output}",
        f"--grpc_python_out={output}",
        *proto_files,
    ])
    if exit_code != 0:
        raise SystemExit(f"protoc failed with exit code {exit_code}")

    # Packages need an __init__.py so setuptools and mypy find them like any other package.
    for folder in [output / "trailmap", *(p for p in (output / "trailmap").rglob("*") if p.is_dir())]:
        (folder / "__init__.py").touch()


def compare_trees(expected: Path, actual: Path) -> list[str]:
    differences = []
    expected_files = {p.relative_to(expected) for p in expected.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    actual_files = {p.relative_to(actual) for p in actual.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    for missing in sorted(expected_files - actual_files):
        differences.append(f"missing from services/protogen/trailmap: {missing}")
    for extra in sorted(actual_files - expected_files):
        differences.append(f"stale file in services/protogen/trailmap: {extra}")
    for common in sorted(expected_files & actual_files):
        if not filecmp.cmp(expected / common, actual / common, shallow=False):
            differences.append(f"out of date: services/protogen/trailmap/{common}")
    return differences


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the committed code differs from a fresh generation")
    args = parser.parse_args()

    if not args.check:
        shutil.rmtree(OUTPUT / "trailmap", ignore_errors=True)
        generate(OUTPUT)
        print(f"generated Python code into {OUTPUT.relative_to(REPO)}")
        return 0

    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch)
        generate(fresh)
        differences = compare_trees(fresh / "trailmap", OUTPUT / "trailmap")
    if differences:
        print("generated code is out of date; run `python scripts/gen_protos.py` and commit the result:")
        for line in differences:
            print(f"  {line}")
        return 1
    print("generated code matches protos/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
