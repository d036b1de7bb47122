"""Fingerprint of a load's inputs: the data files (path, size, mtime) and the loader's own code."""

from __future__ import annotations

import hashlib
from pathlib import Path

from services.common.settings import REPO_ROOT

SOURCE_FOLDERS = ["onet", "bls", "cip", "sced", "clusters", "apprenticeship", "scorecard", "catalog"]
CODE_PATHS = ["services/catalog/loader", "services/catalog/domain/codes.py", "services/catalog/domain/district.py",
              "services/catalog/domain/programs.py", "services/catalog/domain/relevance.py",
              "cypher/catalog/load.cypher", "cypher/schema/10-catalog.cypher"]


def input_fingerprint(data_dir: Path) -> str:
    """Return a sha256 over the data files' names, sizes and mtimes and the loader code's text.

    Editing a data file or any loader, domain or load-statement file changes the fingerprint.
    """
    digest = hashlib.sha256()
    for folder in SOURCE_FOLDERS:
        for path in sorted((data_dir / folder).glob("*.csv")):
            stat = path.stat()
            digest.update(f"{folder}/{path.name}:{stat.st_size}:{stat.st_mtime_ns}\n".encode())

    for relative in CODE_PATHS:
        root = REPO_ROOT / relative
        files = sorted(root.rglob("*.py")) if root.is_dir() else [root]
        for path in files:
            digest.update(str(path.relative_to(REPO_ROOT)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()
