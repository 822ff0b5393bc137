"""The hash a trained model records of the data it was fitted to (tools/train_*.py), so that a test
can tell the shipped weights from stale ones without training anything."""

from __future__ import annotations

import hashlib
from pathlib import Path


def data_hash(files: list[Path]) -> str:
    """sha256 over each file's name and bytes, in the order given."""
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()
