"""Fuzzing the command line (issue 13): generated articles with front
matter, curated YAML, CSV and JSON lines, and RDF Turtle, each run through a
command in-process. Whatever the input, the command ends with exit 0, or
exit 2 with exactly one line on stderr, no traceback, and no output left
behind. Derandomised, so that CI runs the same cases every time.
"""
from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimgraph.cli import main

#: Examples per test below: 6 tests, 180 cases a run (about 15 s). CLAIMGRAPH_FUZZ_EXAMPLES=N runs
#: N each, with fresh random cases instead of CI's fixed ones: a longer hunt.
EXAMPLES = int(os.environ.get("CLAIMGRAPH_FUZZ_EXAMPLES", 30))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize="CLAIMGRAPH_FUZZ_EXAMPLES" not in os.environ,
                database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                       HealthCheck.data_too_large])

SENTENCES = [
    "Selon l'OTAN, environ 3 000 soldats nord-coréens ont été envoyés en Russie.",
    "Le Pentagone a affirmé lundi que 10 000 soldats étaient déployés.",
    "The Pentagon said about 10,000 North Korean troops were deployed to Russia on Monday.",
    "Kyiv said some 12,000 soldiers had been killed, according to officials.",
    "Police said 3,000 protesters marched, while organisers said 30,000.",
    "Según la policía, 3.000 manifestantes marcharon el lunes en Madrid.",
    "« Plus de 1 200 morts », a déclaré le ministère.",
    "Thousands of people fled, the UN said.",
    "Between 11,000 and 12,000 troops, said the Pentagon on 4 November 2024.",
]

#: Values that have broken readers: dates that do not exist, huge or odd numbers, YAML
#: structure where text goes, aliases, tags, formulas, control and bidi characters.
ODD = [
    "3000", "-3,000", "2024-02-30", "2024-13-45", "2024-11-04", "2024-99-99", "9" * 5000, "[a, b]", "{a: 1}",
    "&x a", "*x", "'open", '"quoted"', "~", "null", "true", "no", "maybe", ".inf", ".nan", "1e999", "0x1F",
    '=HYPERLINK("http://x","y")', "@SUM(A1)", "+cmd", "", "  ", "de", "fr", "en", "es", "[" * 200,
    "!!python/object/apply:os.system ['true']", "!!binary AAAA", "\x00", "\u202e", "é" * 5, "a: b: c",
    "- a\n- b", "|\n  block", "12:30:00", "1_000", "0o17", "-0", "3.5e3",
]
VALUES = st.sampled_from(ODD) | st.text(max_size=20) | st.integers(-10**6, 10**12).map(str)
KEYS = st.sampled_from(["claimant", "value", "value_min", "value_max", "qualifier", "unit", "subject",
                        "stated_on", "as_of", "document", "source", "evidence", "hedged", "scope", "claimant_kind",
                        "affiliation", "quantity_id", "place_level", "id", "start", "end", "claimants", "confidence"])
FRONT_KEYS = st.sampled_from(["title", "publisher", "url", "published", "date", "language", "id", "source"])


@contextlib.contextmanager
def folder():
    with tempfile.TemporaryDirectory(prefix="claimgraph-fuzz-") as d:
        yield Path(d)


#: Each command with where it writes; "{out}" is replaced by a path in the run's folder.
COMMANDS = {
    "extract": ["extract", "--format", "jsonl", "-o", "{out}/claims.jsonl"],
    "extract-csv": ["extract", "--format", "csv", "-o", "{out}/claims.csv"],
    "conflicts": ["conflicts", "--format", "csv", "-o", "{out}/conflicts.csv"],
    "quantities": ["quantities", "--format", "json", "-o", "{out}/quantities.json"],
    "export": ["export", "-o", "{out}/claims.ttl"],
    "export-trig": ["export", "-o", "{out}/claims.trig"],
    "html": ["html", "-o", "{out}/graph.html"],
    "build": ["build", "--no-charts", "-q", "-o", "{out}/site"],
    "ingest": ["ingest", "-q", "--store", "{out}/store"],
}


def check(capsys, inputs: list[Path], command: str) -> None:
    """Run ``command`` on ``inputs``: exit 0 with its output written, or exit 2 with one
    line on stderr, no traceback and nothing written."""
    out = inputs[0].parent / "out"
    out.mkdir()
    words = [w.replace("{out}", str(out)) for w in COMMANDS[command]]
    capsys.readouterr()
    code = main([words[0], *map(str, inputs), *words[1:]])
    _, err = capsys.readouterr()
    assert "Traceback" not in err, err
    assert code in (0, 2), (code, err)
    if code == 2:
        assert err.startswith("claimgraph: error: ") and err.count("\n") == 1 and err.endswith("\n"), err
        assert list(out.iterdir()) == [], f"left behind on error: {list(out.iterdir())}"
    else:
        assert len(list(out.iterdir())) == 1, err


def _yaml_value(value: str) -> str:
    # sometimes as written (YAML reads it as it likes), sometimes quoted (a string for sure)
    return value if "\n" not in value else "|\n    " + value.replace("\n", "\n    ")


@st.composite
def front_matter(draw) -> str:
    if not draw(st.booleans()):
        return ""
    pairs = draw(st.lists(st.tuples(FRONT_KEYS, VALUES), max_size=5))
    lines = [f"{k}: {_yaml_value(v)}" if draw(st.booleans()) else f"{k}: {json.dumps(v)}" for k, v in pairs]
    closing = draw(st.sampled_from(["---", "---", "...", ""]))
    return "---\n" + "\n".join(lines) + ("\n" + closing + "\n" if closing else "\n")


@st.composite
def article(draw) -> tuple[str, str]:
    body = draw(st.lists(st.sampled_from(SENTENCES) | st.text(max_size=60), min_size=0, max_size=6))
    text = "\n\n".join(" ".join(draw(st.permutations(body))[:k]) for k in range(1, len(body) + 1)) if body else ""
    suffix = draw(st.sampled_from([".txt", ".md", ".html"]))
    if suffix == ".html":
        lang = draw(st.sampled_from(["en", "fr", "de", "", "en-US", "xx-yy", "'><script>"]))
        title = draw(VALUES)
        return suffix, (f'<html lang="{lang}"><head><title>{title}</title>'
                        f'<meta property="article:published_time" content="{draw(VALUES)}"></head><body>'
                        + "".join(f"<p>{p}</p>" for p in text.split("\n\n")) + "</body></html>")
    return suffix, draw(front_matter()) + text


@st.composite
def curated_yaml(draw) -> str:
    claims = draw(st.lists(st.lists(st.tuples(KEYS, VALUES), max_size=6), max_size=4))
    out = []
    for pairs in claims:
        lines = [f"{k}: {_yaml_value(v)}" if draw(st.booleans()) else f"{k}: {json.dumps(v)}" for k, v in pairs]
        out.append("- " + "\n  ".join(lines) if lines else "- {}")
    top = draw(st.sampled_from(["", "claims:\n", "x: 1\n"]))
    return top + "\n".join(out) + "\n"


@st.composite
def curated_csv(draw) -> str:
    header = draw(st.lists(KEYS, min_size=1, max_size=6, unique=True))
    if draw(st.booleans()):
        header = ["claimant", "value", *[h for h in header if h not in ("claimant", "value")]]
    rows = draw(st.lists(st.lists(VALUES, min_size=len(header) - 1, max_size=len(header) + 1), max_size=4))

    def cell(v: str) -> str:
        return v if draw(st.booleans()) else '"' + v.replace('"', '""') + '"'

    return "\n".join(",".join(map(cell, r)) for r in [header, *rows]) + "\n"


JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers(-10**6, 10**15) | st.floats() | VALUES,
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                                       max_size=3), max_leaves=6)


@st.composite
def claim_lines(draw) -> str:
    lines = []
    for _ in range(draw(st.integers(0, 4))):
        if draw(st.integers(0, 5)) == 0:
            lines.append(draw(st.sampled_from(["[1]", "{", "null", "[" * 5000, '"x"', "{}"]) | st.text(max_size=30)))
            continue
        base = {"claimant": draw(VALUES), "value": draw(st.integers(-5, 10**6) | VALUES)}
        base.update(draw(st.dictionaries(KEYS, JSON_VALUES, max_size=5)))
        lines.append(json.dumps(base))
    return "\n".join(lines) + "\n"


def _valid_turtle() -> str:
    from claimgraph.model import Actor, Claim, Corpus, Document, Figure
    from claimgraph.rdf import dumps

    doc = Document("a", "NATO said about 3,000 troops.", title="A", url="https://a.example/", published="2024-11-04",
                   language="en")
    claims = (Claim(Actor("NATO", "organisation"), Figure(3000, qualifier="about"), "troops", document="a",
                    evidence="NATO said about 3,000 troops.", start=0, end=29, stated_on="2024-11-04"),
              Claim(Actor("Kyiv"), Figure(None, 10000, 12000, "range"), "troops", document="a"))
    return dumps(Corpus((doc,), claims), "turtle")


TURTLE = _valid_turtle()


@st.composite
def mutated_turtle(draw) -> str:
    text = TURTLE
    for _ in range(draw(st.integers(0, 4))):
        i = draw(st.integers(0, len(text)))
        j = draw(st.integers(i, min(len(text), i + 80)))
        text = text[:i] + draw(st.sampled_from(["", " .", '"', "<", "schema:Claim", "xsd:integer", '"x"^^xsd:date',
                                                 '"-5"^^xsd:decimal', "[", "(", " a ", "\\u0000"]) | st.text(max_size=10)) + text[j:]
    return text


@st.composite
def curation(draw) -> str:
    def entry(keys):
        pairs = draw(st.lists(st.tuples(st.sampled_from(keys), VALUES), max_size=4))
        return "  - " + ("\n    ".join(f"{k}: {_yaml_value(v)}" for k, v in pairs) if pairs else "{}")

    parts = []
    for section, keys in (("quantities", ["id", "label", "same_as", "when", "becomes", "x"]),
                          ("actors", ["id", "name", "same_as", "kind", "affiliation", "x"])):
        if draw(st.booleans()):
            parts.append(f"{section}:\n" + "\n".join(entry(keys) for _ in range(draw(st.integers(0, 3)))))
    return "\n".join(parts) + "\n"


def write(root: Path, name: str, text: str) -> Path:
    path = root / "in" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    return path


COMMAND_NAMES = st.sampled_from(sorted(COMMANDS))
#: Each kind of input: the file name it is written to and how its text is made.
INPUTS = {
    "article": (None, article()),
    "curated YAML": ("claims.yaml", curated_yaml()),
    "curated CSV": ("claims.csv", curated_csv()),
    "claim lines": ("claims.jsonl", claim_lines()),
    "RDF Turtle": ("claims.ttl", mutated_turtle()),
}


@pytest.mark.parametrize("kind", sorted(INPUTS))
@FUZZ
@given(data=st.data(), command=COMMAND_NAMES)
def test_inputs(capsys, kind, data, command):
    name, texts = INPUTS[kind]
    text = data.draw(texts, label=kind)
    if name is None:  # an article: its suffix comes with it
        suffix, text = text
        name = "article" + suffix
    with folder() as root:
        check(capsys, [write(root, name, text)], command)


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_valid_input_runs_every_command(capsys, command):
    with folder() as root:
        check(capsys, [write(root, "claims.ttl", TURTLE)], command)


@FUZZ
@given(text=curation(), command=st.sampled_from(["extract", "quantities", "build"]))
def test_curation_files(capsys, text, command):
    with folder() as root:
        write(root, "curation.yaml", text)
        check(capsys, [write(root, "claims.ttl", TURTLE), root / "in"], command)
