"""Extraction work grows linearly with the text (issue 13, item 5).

Time is measured in ``benchmarks/pathological.py``; here the work is counted
deterministically: the Python lines claimgraph executes to extract one long
paragraph, and then one four times as long. Linear work gives a ratio near 4;
the quadratic code this replaced gave 8 to 11.5 on these texts (each figure
rescanned every place, name or number found before it).
"""
from __future__ import annotations

import sys

import pytest

from claimgraph.extract import extract
from claimgraph.model import Document


def _paragraph(unit: str, size: int) -> str:
    parts, i, total = [], 0, 0
    while total < size:
        parts.append(unit.format(i=i, v=3000 + 7 * i, letter=chr(97 + i % 26)))
        total += len(parts[-1])
        i += 1
    return "Selon la police, " + "".join(parts) + "a dit la préfecture."


TEXTS = {
    "figures": "{v} manifestants à Lyon et {i} à Nantes, ",
    "names": "Marie Dupont{letter} a vu {v} personnes, ",
    "places": "{v} manifestants à Lyon, à Nantes et à Lille, ",
}


def _lines_run(text: str) -> int:
    count = 0

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return local

    def calls(frame, event, arg):
        return local if "claimgraph" in frame.f_code.co_filename else None

    sys.settrace(calls)
    try:
        claims = extract(Document(id="long", text=text, language="fr"))
    finally:
        sys.settrace(None)
    assert claims, "the paragraph must give claims, or the count measures nothing"
    return count


@pytest.mark.parametrize("kind", sorted(TEXTS))
def test_extraction_work_is_linear_in_paragraph_length(kind):
    extract(Document(id="warm", text=_paragraph(TEXTS[kind], 300), language="fr"))  # caches filled
    small = _lines_run(_paragraph(TEXTS[kind], 2000))
    large = _lines_run(_paragraph(TEXTS[kind], 8000))
    assert large / small < 5.5, f"{kind}: 4x the text cost {large / small:.1f}x the work"


def test_a_long_paragraph_gives_every_figure_its_source_and_place():
    # the windows that bound the work do not lose what is near each figure
    text = _paragraph("{v} manifestants à Lyon et {i} à Nantes, ", 20_000)
    claims = extract(Document(id="long", text=text, language="fr"))
    assert len(claims) > 500
    assert {c.claimant_name for c in claims} == {"police"}
    assert {c.place for c in claims} == {"lyon", "nantes"}
