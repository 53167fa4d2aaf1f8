"""Shared fixtures: paths to the project's data and the shared evaluation set."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
CORPUS = Path(__file__).resolve().parent / "corpus"
SHARED_DEV = ROOT.parent / "shared" / "eval" / "dev"
SEED = SHARED_DEV / "seed-nk-troops-fr.txt"


@pytest.fixture
def seed_path():
    if not SEED.exists():
        pytest.skip("../shared/eval/dev is not beside this checkout")
    return SEED
