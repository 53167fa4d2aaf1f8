"""Behaviour of claimgraph.compare: conflicts, agreements, revisions, bounds."""
from __future__ import annotations

import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimgraph.compare import SMALL_COUNT, SMALL_RATIO, Comparison, Relation, compare
from claimgraph.errors import ModelError
from claimgraph.model import Actor, Claim, Document, Figure

US = Actor("US officials", "group")
UA = Actor("Ukraine", "country")
KR = Actor("South Korea", "country")
SUBJECT = "North Korean soldiers in Russia"


def claim(who, figure, day=None, document=None, subject=SUBJECT, **kw):
    return Claim(who, figure, subject, stated_on=day, document=document, **kw)


def about(v):
    return Figure(v, qualifier="about")


def pairs(relations):
    return {(r.a, r.b) for r in relations}


def only(claims, **kw) -> Comparison:
    [cmp] = compare(claims, **kw)
    return cmp


def test_about_3000_vs_about_10000_conflict_with_ratio():
    a, b = claim(US, about(3000)), claim(UA, about(10000))
    cmp = only([b, a])
    assert len(cmp.conflicts) == 1 and not cmp.agreements and not cmp.revisions
    [r] = cmp.conflicts
    assert r.ratio == pytest.approx(10 / 3)
    assert {r.a, r.b} == {a.id, b.id}


def test_vague_thousands_agrees_with_about_3000():
    thousands = claim(KR, Figure(None, 2000, 9999, "vague"))
    cmp = only([thousands, claim(US, about(3000))])
    assert len(cmp.agreements) == 1 and not cmp.conflicts
    assert cmp.agreements[0].ratio == pytest.approx(math.sqrt(2000 * 9999) / 3000)


def test_vague_conflicts_with_figure_beyond_its_bounds():
    cmp = only([claim(KR, Figure(None, 2000, 9999, "vague")), claim(UA, Figure(12000))])
    assert len(cmp.conflicts) == 1


def test_tolerance_decides_overlap():
    claims = [claim(US, about(3000)), claim(UA, Figure(3250))]
    assert len(only(claims, tolerance=0.1).agreements) == 1
    assert len(only(claims, tolerance=0.05).conflicts) == 1


def test_same_claimant_later_date_is_revision_not_conflict():
    early = claim(US, about(3000), "2024-10-30")
    late = claim(US, about(12000), "2024-12-16")
    cmp = only([late, early])
    assert not cmp.conflicts and not cmp.agreements
    [r] = cmp.revisions
    assert (r.a, r.b) == (late.id, early.id)  # later revises earlier
    assert r.ratio == pytest.approx(4.0)


def test_shared_claimant_among_several_is_same_claimant():
    early = claim((US, KR), about(3000), "2024-10-30")
    late = claim(KR, about(12000), "2024-12-16")
    cmp = only([early, late])
    assert not cmp.conflicts and pairs(cmp.revisions) == {(late.id, early.id)}


def test_document_date_stands_in_for_stated_on():
    early = claim(US, about(3000), document="a1")
    late = claim(US, about(12000), document="a2")
    docs = [Document("a1", published="2024-10-30"), Document("a2", published="2024-12-16")]
    assert pairs(only([late, early], documents=docs).revisions) == {(late.id, early.id)}
    assert not only([late, early]).relations  # without dates: nothing


@pytest.mark.parametrize("days", [(None, None), ("2024-11-01", None), ("2024-11-01", "2024-11-01")])
def test_same_claimant_without_order_has_no_relation(days):
    cmp = only([claim(US, about(3000), days[0]), claim(US, about(12000), days[1], document="x")])
    assert cmp.relations == ()


def test_duplicates_in_one_document_are_neither():
    a = claim(US, about(3000), document="a1", start=0, end=10)
    b = claim(US, about(3000), document="a1", start=50, end=60)
    assert a.id != b.id
    assert only([a, b]).relations == ()


def test_restating_the_same_figure_later_is_no_revision():
    cmp = only([claim(US, about(3000), "2024-10-30", "a1"), claim(US, about(3000), "2024-11-30", "a2")])
    assert len(cmp.claims) == 2 and cmp.relations == ()


def test_revisions_form_a_chain():
    c1, c2, c3 = (claim(US, Figure(v), d) for v, d in
                  [(3000, "2024-10-01"), (8000, "2024-11-01"), (11000, "2024-12-01")])
    assert pairs(only([c3, c1, c2]).revisions) == {(c2.id, c1.id), (c3.id, c2.id)}


def test_claims_ordered_by_date_then_figure_undated_last():
    c = [claim(UA, about(10000)), claim(US, Figure(500), "2024-12-01"),
         claim(KR, Figure(9000), "2024-11-01"), claim(US, Figure(400), "2024-12-01")]
    assert [x.figure.value for x in only(c).claims] == [9000, 400, 500, 10000]


def test_groups_by_quantity_sorted_by_conflicts_then_label():
    claims = [claim(US, Figure(1), subject="b single"), claim(US, Figure(1), subject="a single"),
              claim(US, about(3000)), claim(UA, about(10000))]
    out = compare(claims)
    assert [c.label for c in out] == [SUBJECT, "a single", "b single"]
    assert [len(c.claims) for c in out] == [2, 1, 1]


def test_same_quantity_from_different_articles_is_one_comparison():
    out = compare([claim(US, about(3000), document="a1"), claim(UA, about(10000), document="a2")])
    assert len(out) == 1


def test_repeated_claim_counts_once():
    a = claim(US, about(3000))
    assert len(only([a, a, claim(UA, about(10000))]).claims) == 2


def test_ratio_none_when_a_figure_is_zero():
    [r] = only([claim(US, Figure(0)), claim(UA, Figure(10))]).conflicts
    assert r.ratio is None


def test_to_dict_is_the_cli_contract():
    a, b = claim(US, about(3000)), claim(UA, about(10000))
    d = only([a, b]).to_dict()
    assert list(d) == ["quantity_id", "label", "window", "statements", "claims", "conflicts", "agreements", "revisions"]
    assert d["quantity_id"] == "north-korean-soldiers-in-russia" and d["label"] == SUBJECT
    assert [c["id"] for c in d["claims"]] == [a.id, b.id]
    sa, sb = (c["statement"] for c in d["claims"])
    assert sa.startswith("s") and sa != sb
    [conflict] = d["conflicts"]
    assert 0 <= conflict.pop("confidence") <= 1  # the conflict model's (see test_conflict_confidence.py)
    assert conflict == {"a": sa, "b": sb, "a_claim": a.id, "b_claim": b.id, "ratio": pytest.approx(10 / 3),
                        "days_apart": None}
    assert d["agreements"] == [] and d["revisions"] == []
    json.dumps(d)


@pytest.mark.parametrize("args", [("dispute", "a", "b"), ("conflict", "a", "a"),
                                  ("conflict", "a", "b", 0.5), ("conflict", "a", "b", float("nan"))])
def test_relation_rejects_bad_values(args):
    with pytest.raises(ModelError):
        Relation(*args)


@pytest.mark.parametrize("kw", [{"tolerance": -0.1}, {"tolerance": float("inf")}, {"neighbours": 0},
                                {"neighbours": 2.5}, {"exhaustive": -1}, {"tolerance": "0.1"}])
def test_compare_rejects_bad_options(kw):
    with pytest.raises(ModelError):
        compare([claim(US, Figure(1))], **kw)


@pytest.mark.parametrize("enabled", [True, False])
def test_garbage_collector_state_is_restored(enabled):
    import gc
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        compare([claim(US, about(3000)), claim(UA, about(10000))])
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_compare_rejects_non_claims():
    with pytest.raises(ModelError, match="Claim"):
        compare([{"value": 3}])


# Bounded mode (more claims than `exhaustive`) must stay correct and small.

def _figure(lo, width, kind):
    if kind == "exact":
        return Figure(lo)
    if kind == "about":
        return about(lo or 1)
    if kind == "more_than":
        return Figure(lo, lo, None, "more_than")
    return Figure(None, lo, lo + width, "range")


figures = st.builds(_figure, st.integers(0, 200), st.integers(0, 50),
                    st.sampled_from(["exact", "about", "more_than", "range"]))


def _kinds(cmp):
    return {(r.a, r.b): r.kind for r in cmp.relations}


@settings(max_examples=60, deadline=None)
@given(st.lists(figures, min_size=2, max_size=25), st.integers(1, 3))
def test_bounded_relations_are_a_faithful_subset(figs, k):
    claims = [claim(Actor(f"actor {i}"), f) for i, f in enumerate(figs)]
    # (the bounded search, not the conflict model, is tested here: every conflict kept)
    full = only(claims, max_ratio=None, min_conflict_confidence=0)
    bounded = only(claims, exhaustive=0, neighbours=k, max_ratio=None, min_conflict_confidence=0)
    full_kinds = _kinds(full)
    assert _kinds(bounded).items() <= full_kinds.items()
    # every claim in some conflict is still flagged as conflicted
    flagged = lambda cmp: {i for r in cmp.conflicts for i in (r.a, r.b)}
    assert flagged(bounded) == flagged(full)
    assert len(bounded.relations) <= 3 * k * len(claims) + 1
    if full.conflicts:  # the widest disagreement (lowest upper vs highest lower bound) is kept
        span = {c.id: c.figure.interval(0.1) for c in claims}
        lowest, highest = min(s[1] for s in span.values()), max(s[0] for s in span.values())
        assert any((min(span[r.a][1], span[r.b][1]), max(span[r.a][0], span[r.b][0])) == (lowest, highest)
                   for r in bounded.conflicts)


@settings(max_examples=60, deadline=None)
@given(st.lists(figures, min_size=2, max_size=25), st.integers(1, 3), st.sampled_from([2, 10, 50]))
def test_figures_too_far_apart_never_conflict(figs, k, max_ratio):
    claims = [claim(Actor(f"actor {i}"), f) for i, f in enumerate(figs)]
    span = {c.id: c.figure.interval(0.1) for c in claims}
    for cmp in (only(claims, max_ratio=max_ratio), only(claims, exhaustive=0, neighbours=k, max_ratio=max_ratio)):
        unlimited = _kinds(only(claims, max_ratio=None))
        assert _kinds(cmp).items() <= unlimited.items()
        for r in cmp.conflicts:
            (lo, hi), (lo_b, _) = sorted((span[r.a], span[r.b]))
            assert hi == 0 or lo_b / hi <= max_ratio
    full = only(claims, max_ratio=max_ratio)
    dropped = {pair for pair, kind in _kinds(only(claims, max_ratio=None)).items()
               if kind == "conflict"} - {(r.a, r.b) for r in full.conflicts}
    for a, b in dropped:  # exactly the pairs beyond the limit are left out (tighter for counts in the tens)
        (lo, hi), (lo_b, _) = sorted((span[a], span[b]))
        assert hi > 0 and (lo_b / hi > max_ratio or lo_b / hi > SMALL_RATIO and hi < SMALL_COUNT)


def test_a_tenfold_gap_is_two_quantities_not_a_conflict():
    # a city's count and the nation's under one id, a part and its whole: not two sources disagreeing
    city, nation = claim(US, Figure(35000), "2026-03-12"), claim(UA, Figure(1300000), "2026-03-12")
    assert not only([city, nation]).conflicts
    assert only([city, nation], max_ratio=None).conflicts
    near = claim(UA, Figure(350000, qualifier="about"), "2026-03-12")  # [315,000, 385,000]: 9 times 35,000
    assert [(r.a, r.b) for r in only([city, near]).conflicts] in ([(city.id, near.id)], [(near.id, city.id)])


@pytest.mark.parametrize("national, local, near", [
    ("Agence nationale de santé publique", "agence régionale de santé", False),
    ("Interior Ministry", "Dravik police prefecture", False),
    ("Health Minister Sophie Carvel", "the prefect", False),
    ("ministère de l'Intérieur", "préfecture de la Haute-Sorge", True),
])
def test_a_country_body_and_a_local_body_conflict_only_on_close_figures(national, local, near):
    # unplaced, "31 cases" from the national agency and "8 cases" from the regional one are the nation's count and
    # the region's, not a dispute; "3 dead" against "4 dead" may well be one count they disagree on
    cases = lambda who, v: Claim(Actor(who), Figure(v), "cases", population="cases", stated_on="2027-06-09")
    low, high = (cases(local, 4), cases(national, 3)) if near else (cases(local, 8), cases(national, 31))
    assert bool(compare([low, high])[0].conflicts) is near


def test_a_person_counts_at_the_tier_of_the_body_they_speak_for():
    # "Dr Mathis Oberlé" of the national agency: 27 cases against the regional agency's 8 is the nation's count and
    # the region's, as his agency's would be
    agency = Actor("Agence nationale de santé publique", "organisation", "ansp")
    head = Actor("Dr Mathis Oberlé", "person", affiliation="ansp")
    cases = lambda who, v: Claim(who, Figure(v), "cases", population="cases", stated_on="2027-06-09")
    regional = cases(Actor("agence régionale de santé"), 80)
    assert not compare([regional, cases(head, 270)], actors=[agency])[0].conflicts
    assert compare([regional, cases(Actor("Dr Mathis Oberlé", "person"), 270)])[0].conflicts  # (whose, unknown)


def test_a_national_union_is_not_the_state():
    # "Syndicat national des policiers" says 1,100, the prefecture 214: two sides, whatever "national" says
    said = lambda who, v: Claim(Actor(who), Figure(v), "vehicles", population="vehicles", stated_on="2028-01-01")
    assert compare([said("Syndicat national des policiers", 1100), said("préfecture de police", 214)])[0].conflicts
    assert compare([said("National Union of Teachers", 92000), said("the rectorat", 41600)])[0].conflicts
    assert not compare([said("Education Ministry", 92000), said("the rectorat", 41600)])[0].conflicts


def test_a_denial_conflicts_with_any_figure():
    # "no one was killed" against "40 dead": a zero is a side, however far the other figure is
    [r] = only([claim(US, Figure(0), "2026-03-12"), claim(UA, Figure(40), "2026-03-12")]).conflicts
    assert r.ratio is None


@pytest.mark.parametrize("bad", [0.5, -1, float("nan"), "10", True])
def test_max_ratio_must_be_a_number_at_least_one(bad):
    with pytest.raises(ModelError, match="max_ratio must be a finite number >= 1"):
        compare([claim(US, Figure(3))], max_ratio=bad)


def test_bounded_output_grows_linearly():
    claims = [claim(Actor(f"actor {i % 50}"), Figure(1000 + 37 * i % 5000, qualifier="about"),
                    f"2024-{1 + i % 12:02d}-01") for i in range(2000)]
    cmp = only(claims)
    assert len(cmp.relations) < 20 * len(claims)  # all pairs would be ~2 million
    assert cmp.conflicts and cmp.agreements and cmp.revisions
    for r in cmp.revisions:  # a revision never relates different claimants nor goes back in time
        a, b = (next(c for c in cmp.claims if c.id == x) for x in (r.a, r.b))
        assert a.claimant.id == b.claimant.id and a.stated_on > b.stated_on


def test_figures_of_people_with_no_measure_are_listed_but_never_conflict():
    # "280 people" (missing? on board? rescued?) answers no one question
    vague = [claim([US], Figure(280), "2026-04-14", population="people"),
             claim([UA], Figure(1300), "2026-04-14", population="people")]
    cmp = only(vague)
    assert len(cmp.claims) == 2 and cmp.relations == ()
    # the same figures with a measure are one question, and disagree
    missing = [claim([US], Figure(280), "2026-04-14", population="people", measure="missing"),
               claim([UA], Figure(1300), "2026-04-14", population="people", measure="missing")]
    assert [r.kind for r in only(missing).relations] == ["conflict"]


@pytest.mark.parametrize("low, high, conflict", [
    (2, 19, False),     # "2 bodies washed ashore" and "19 dead": a part of the toll, not a rival count
    (5, 31, False),     # "five are pregnant women" and "31 cases"
    (6, 58, False),     # one island's dead and the nation's
    (12, 30, True),     # tens, less than three times apart: two counts of one toll
    (14, 19, True),
    (60, 400, True),    # beyond the tens, only MAX_RATIO bounds a conflict
    (3000, 10000, True),
])
def test_counts_in_the_tens_far_apart_are_a_part_and_its_whole(low, high, conflict):
    cmp = only([claim(US, Figure(low)), claim(UA, Figure(high))])
    assert bool(cmp.conflicts) is conflict


def test_a_body_named_in_part_in_one_article_is_the_one_body_named_in_full_in_another():
    # "the police prefecture" (one article) and "the Vessane police prefecture" (the next day's): one speaker,
    # who revised its count; the union still disagrees with both
    short, full = Actor("police prefecture", "group"), Actor("Vessane police prefecture", "organisation")
    union = Actor("Vessane dockers' union", "organisation")
    claims = [Claim(short, Figure(9200), "protesters", stated_on="2029-03-10", as_of="2029-03-10", document="a"),
              Claim(full, Figure(11000), "protesters", stated_on="2029-03-11", as_of="2029-03-11", document="b"),
              Claim(union, Figure(30000), "protesters", stated_on="2029-03-11", as_of="2029-03-11", document="b")]
    [c] = compare(claims)
    pairs = {frozenset((r.a, r.b)) for r in c.conflicts}
    assert frozenset((claims[0].id, claims[1].id)) not in pairs
    assert frozenset((claims[1].id, claims[2].id)) in pairs
    assert [(r.a, r.b) for r in c.revisions] == [(claims[1].id, claims[0].id)]


def test_a_body_named_in_part_stays_apart_when_two_bodies_fit():
    short = Actor("police prefecture", "group")
    vessane, orlan = Actor("Vessane police prefecture", "organisation"), Actor("Orlan police prefecture", "organisation")
    claims = [Claim(short, Figure(9200), "protesters", stated_on="2029-03-10", as_of="2029-03-10", document="a"),
              Claim(vessane, Figure(11000), "protesters", stated_on="2029-03-11", as_of="2029-03-11", document="b"),
              Claim(orlan, Figure(4000), "protesters", stated_on="2029-03-11", as_of="2029-03-11", document="c")]
    [c] = compare(claims)
    pairs = {frozenset((r.a, r.b)) for r in c.conflicts}
    assert frozenset((claims[0].id, claims[1].id)) in pairs
    assert not c.revisions


def test_a_person_tied_to_a_bodys_initials_speaks_for_the_body_named_in_full():
    # one article names "the NPHA" as the director's body, another the agency in full: one speaker, who revised
    agency = Actor("National Public Health Agency (NPHA)", "organisation")
    director = Actor("Mathis Oberlé", "person", affiliation="npha")
    union = Actor("Doctors' Union", "organisation")
    day = "2031-03-02"
    claims = [Claim(agency, Figure(40), "deaths", stated_on="2031-03-01", as_of="2031-03-01"),
              Claim(director, Figure(52), "deaths", stated_on=day, as_of=day),
              Claim(union, Figure(90), "deaths", stated_on=day, as_of=day)]
    [c] = compare(claims)
    pairs = {frozenset((r.a, r.b)) for r in c.conflicts}
    assert frozenset((claims[0].id, claims[1].id)) not in pairs
    assert frozenset((claims[1].id, claims[2].id)) in pairs
    assert [(r.a, r.b) for r in c.revisions] == [(claims[1].id, claims[0].id)]


def test_a_person_tied_to_a_bodys_long_name_speaks_for_the_body_named_with_its_initials():
    # a radio guest is "directeur de l'Office morandais de gestion des catastrophes" (no initials in brackets); the
    # wire names the body "… (OMGC)": one speaker, who revised
    office = Actor("Office morandais de gestion des catastrophes (OMGC)", "organisation")
    director = Actor("Rodolphe Achille", "person", affiliation="office-morandais-de-gestion-des-catastrophes")
    claims = [Claim(office, Figure(19), "deaths", stated_on="2033-10-06", as_of="2033-10-06"),
              Claim(director, Figure(23), "deaths", stated_on="2033-10-07", as_of="2033-10-07")]
    [c] = compare(claims)
    assert not c.conflicts
    assert [(r.a, r.b) for r in c.revisions] == [(claims[1].id, claims[0].id)]
