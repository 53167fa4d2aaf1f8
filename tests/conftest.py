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


@pytest.fixture
def shared_dev():
    if not SHARED_DEV.exists():
        pytest.skip("../shared/eval/dev is not beside this checkout")
    return SHARED_DEV


@pytest.fixture
def story_corpus():
    """Articles read as one story: each extracted, then its claims made one corpus with statements (so that
    actors named differently in different articles are unified as the CLI does)."""
    from claimgraph.extract import extract
    from claimgraph.model import Corpus, Document

    def read(*texts, language="fr", published="2026-10-08"):
        docs = [Document(f"d{i}", text=t, language=language, published=published, publisher="P")
                for i, t in enumerate(texts)]
        return Corpus(tuple(docs), tuple(c for d in docs for c in extract(d))).with_statements()
    return read


@pytest.fixture
def corpus_dir():
    return CORPUS


@pytest.fixture
def data_dir():
    return DATA
