"""The persistent store: grows article by article, idempotent, transactional."""
from __future__ import annotations

import shutil

import pytest

from claimgraph import Actor, Claim, ClaimgraphError, Corpus, Document, Figure
from claimgraph import store as cstore
from claimgraph.cli import main
from claimgraph.inputs import load

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")

NATO = Actor("NATO", "organisation", aliases=("OTAN", "Alliance"), wikidata="Q7184")
DOC = Document("a1", "Plus de 10 000 soldats", "Troops", "Le Monde", published="2024-11-01", language="fr")
C1 = Claim((Actor("Mark Rutte", "person", affiliation="nato"), NATO), Figure(10000, 10000, None, "more_than"),
           "soldiers", document="a1", evidence="Plus de 10 000 soldats", start=0, end=22)
C2 = Claim((Actor("Nato", "unknown"),), Figure(3000, qualifier="about"), "soldiers", "soldiers", "Other label",
           document="a1")


def by_id(records):
    return {r.id: r for r in records}


def test_store_round_trip_keeps_lists_variants_and_labels(tmp_path):
    corpus = Corpus((DOC,), (C1, C2))
    store = cstore.open_store(tmp_path / "s", create=True)
    cstore.add_corpus(store, corpus)
    back = cstore.read_store(store)
    assert by_id(back.claims) == by_id(corpus.claims)
    assert back.documents == (DOC,)
    assert by_id(back.actors)["nato"] == NATO


def test_adding_the_same_corpus_twice_adds_nothing(tmp_path):
    store = cstore.open_store(tmp_path / "s", create=True)
    cstore.add_corpus(store, Corpus((DOC,), (C1,)))
    before = set(store)
    cstore.add_corpus(store, Corpus((DOC,), (C1,)))
    assert set(store) == before
    # a second article describing known actors and quantities the same way
    cstore.add_corpus(store, Corpus(claims=(C2.with_(document="b2"),)))
    assert len(cstore.read_store(store).claims) == 2


def test_an_edited_article_replaces_its_claims(tmp_path):
    store = cstore.open_store(tmp_path / "s", create=True)
    cstore.add_corpus(store, Corpus((DOC,), (C1, C2)))
    edited = Document("a1", "Environ 3 000 soldats", "Troops (updated)")
    cstore.add_corpus(store, Corpus((edited,), (C2,)))
    back = cstore.read_store(store)
    assert [c.id for c in back.claims] == [C2.id]
    assert back.documents == (edited,)


def test_an_interrupted_article_leaves_the_store_as_it_was(tmp_path, monkeypatch):
    store = cstore.open_store(tmp_path / "s", create=True)
    cstore.add_corpus(store, Corpus((DOC,), (C1,)))
    before = set(store)
    real = cstore.statements

    def failing(*args, **kwargs):  # dies halfway through the second article's statements
        for n, statement in enumerate(real(*args, **kwargs)):
            if n == 12:
                raise KeyboardInterrupt
            yield statement

    monkeypatch.setattr(cstore, "statements", failing)
    with pytest.raises(KeyboardInterrupt):
        cstore.add_corpus(store, Corpus((Document("b2", "x"),), (C2.with_(document="b2"),)))
    assert set(store) == before
    # and an update the store refuses halfway (after its deletions and its
    # INSERT DATA) is rolled back whole: the edited article's old claims stay
    monkeypatch.setattr(cstore, "statements", real)
    real_insert = cstore._insert
    monkeypatch.setattr(cstore, "_insert", lambda found: real_insert(found) +
                        " ; CREATE GRAPH <http://x/g> ; CREATE GRAPH <http://x/g>")
    with pytest.raises(ClaimgraphError, match="nothing of it was written"):
        cstore.add_corpus(store, Corpus((Document("a1", "edited"),), (C2,)))
    assert set(store) == before


def test_ingest_command_grows_the_store_and_every_command_reads_it(tmp_path, capsys, shared_dev):
    articles = tmp_path / "articles"
    articles.mkdir()
    for name in ("seed-nk-troops-fr.txt", "en-nk-october.txt"):
        shutil.copy(shared_dev / name, articles / name)
    store = tmp_path / "store"
    assert main(["ingest", str(articles / "seed-nk-troops-fr.txt"), "--store", str(store)]) == 0
    assert main(["ingest", str(articles), "--store", str(store)]) == 0
    capsys.readouterr()
    expected = load([articles])
    assert main(["extract", "--store", str(store), "--format", "jsonl"]) == 0
    out = capsys.readouterr().out
    assert sorted(line.split('"id": "')[1].split('"')[0] for line in out.splitlines()) == sorted(c.id for c in expected.claims)
    # ingesting it all again adds nothing
    assert len(cstore.read_store(cstore.open_store(store, read_only=True)).claims) == len(expected.claims)
    before = _size(store)
    assert main(["ingest", str(articles), "--store", str(store)]) == 0
    assert capsys.readouterr().out.splitlines()[-1].endswith(f"holds {before} statements")
    assert _size(store) == before
    # conflicts from the store = conflicts from the articles
    assert main(["conflicts", "--store", str(store), "--format", "json"]) == 0
    from_store = capsys.readouterr().out
    assert main(["conflicts", str(articles), "--format", "json"]) == 0
    assert from_store == capsys.readouterr().out


def _size(path) -> int:
    return len(cstore.open_store(path, read_only=True))


def test_store_errors_are_one_line(tmp_path, capsys):
    assert main(["conflicts", "--store", str(tmp_path / "none")]) == 2
    err = capsys.readouterr().err
    assert "no store at" in err and "claimgraph ingest" in err and err.count("\n") == 1
    assert main(["conflicts"]) == 2
    assert "give INPUT files or directories, or --store DIR" in capsys.readouterr().err
    (tmp_path / "file").write_text("x")
    with pytest.raises(ClaimgraphError, match="not a store directory"):
        cstore.open_store(tmp_path / "file", create=True)
