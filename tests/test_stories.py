"""Story-level guards: the shared development stories and our blind stories,
scored with the shared scorer (extraction, quantity alignment, conflicts per
statement). The floors sit a little under today's figures, so that a change
that makes conflicts less trustworthy fails here."""
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "eval" / "stories" / "score_stories.py"


def _score(stories: Path) -> dict:
    """The shared scorer's last line on one folder of stories, with claimgraph run in this process: the scorer's
    ``subprocess.run`` calls go to ``claimgraph.cli.main``, the console script's own entry point, so the same
    arguments give the same output without a new interpreter and the language patterns compiled again for each
    call."""
    if not SCORER.exists():
        pytest.skip("../shared/eval/stories is not beside this checkout")
    import contextlib
    import importlib.util
    import io

    from claimgraph.cli import main

    def run(argv, **_):
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main([str(a) for a in argv[1:]])
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else 2
        return subprocess.CompletedProcess(argv, code, out.getvalue(), err.getvalue())

    spec = importlib.util.spec_from_file_location("score_stories", SCORER)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    scorer.subprocess = type("InProcess", (), {"run": staticmethod(run)})
    folders = sorted(p.parent for p in stories.glob("*/gold.jsonl")) or [stories]
    with contextlib.redirect_stdout(io.StringIO()):
        results = [scorer.score_story(story, "claimgraph", 3, False) for story in folders]
    last = scorer.final_line(results)
    return {k: float(v) for k, v in re.findall(r"(\w+_(?:f1|precision|recall)) ([\d.]+)", last)}


# (Twelve conflict floors were lowered in the sixtieth session of issue 11, when the conflict model was refitted on
# the 51 tuning story sets: pooled over the 42 blind story sets it keeps 1,587 conflicts instead of 1,710, precision
# 0.518 -> 0.556 at recall 0.492 -> 0.491, and it moves single sets both ways; docs/conflict-confidence.md lists them.)
FLOORS = [
    # ../shared/eval/stories on 2026-11-30 (end of the second issue-11 session): extraction 0.896, alignment 0.921,
    # conflict precision 0.947, recall 0.857; end of the third: 0.923, 0.923, 0.950, 0.905
    (SCORER.parent, {"extraction_f1": 0.86, "alignment_f1": 0.88, "conflict_precision": 0.90, "conflict_recall": 0.80}),
    # tests/stories (blind; first measurement alignment 0.40, precision 0.19, recall 0.39; at the start of that
    # session extraction 0.872, alignment 0.474, precision 0.308, recall 0.485; at its end 0.887, 0.589, 0.429, 0.545;
    # at the end of the next 0.887, 0.601, 0.513, 0.606)
    # (fifteenth session's end: 0.922, 0.680, 0.706, 0.727)
    (ROOT / "tests" / "stories", {"extraction_f1": 0.86, "alignment_f1": 0.62, "conflict_precision": 0.70,
                                  "conflict_recall": 0.65}),
    # tests/stories_tuning (written for tuning; first reading extraction 0.764, alignment 0.432, precision 0.153,
    # recall 0.458; 2026-11-30 end of the third session: 0.892, 0.600, 0.905, 0.792)
    (ROOT / "tests" / "stories_tuning", {"extraction_f1": 0.85, "alignment_f1": 0.55, "conflict_precision": 0.91,
                                         "conflict_recall": 0.70}),
    # tests/stories_tuning2 (shipwreck, outbreak, wildfire; first reading extraction 0.799, alignment 0.460,
    # precision 0.151, recall 0.465; at the end of that session 0.836, 0.468, 0.470, 0.437)
    # (fourth session's end: 0.840, 0.490, 0.680, 0.479)
    (ROOT / "tests" / "stories_tuning2", {"extraction_f1": 0.80, "alignment_f1": 0.46, "conflict_precision": 0.76,
                                          "conflict_recall": 0.44}),
    # tests/stories_tuning3 (protest counts, a landslide, a canteen poisoning; first reading extraction 0.779,
    # alignment 0.367, precision 0.163, recall 0.400; at the end of that session 0.835, 0.439, 0.239, 0.440)
    # (next session, with --max-ratio: 0.844, 0.440, 0.367, 0.440; at its end, with translated incises read,
    # 0.880, 0.411, 0.284, 0.420: more correct figures meet ids that merge quantities)
    (ROOT / "tests" / "stories_tuning3", {"extraction_f1": 0.82, "alignment_f1": 0.38, "conflict_precision": 0.55,
                                          "conflict_recall": 0.38}),
    # tests/stories_blind3 (blind: a wildfire season, a port blockade; first reading extraction 0.851,
    # alignment 0.400, precision 0.275, recall 0.500; at the end of that session 0.851, 0.406, 0.266, 0.553)
    # (next session, with --max-ratio: 0.864, 0.416, 0.333, 0.579)
    # (fifteenth session's end: alignment 0.447, precision 0.391, recall 0.658)
    (ROOT / "tests" / "stories_blind3", {"extraction_f1": 0.81, "alignment_f1": 0.40, "conflict_precision": 0.59,
                                         "conflict_recall": 0.45}),
    # tests/stories_blind2 (blind: mine collapse, refugees at a border; first reading extraction 0.756,
    # alignment 0.130, precision 0.164, recall 0.281; at the end of that session 0.792, 0.122, 0.250, 0.250; the
    # next session's officials' territories moved one conflict: 0.219, 0.219)
    # (next session, with --max-ratio: 0.801, 0.116, 0.304, 0.219)
    # (thirty-eighth session: a day's figure after its weekday, "on Monday 58", is read: extraction 0.841 -> 0.846,
    # and that claim set against another made precision 0.438 -> 0.389; the floor lowered from 0.39, said in the note)
    (ROOT / "tests" / "stories_blind2", {"extraction_f1": 0.76, "alignment_f1": 0.10, "conflict_precision": 0.35,
                                         "conflict_recall": 0.19}),
    # tests/stories_tuning4 (a shipwreck, a teachers' strike; first reading at 5f9b425 extraction 0.739, alignment
    # 0.418, precision 0.215, recall 0.447; without --max-ratio precision was 0.170)
    # (fifteenth session's end: alignment 0.494, precision 0.561, recall 0.605)
    (ROOT / "tests" / "stories_tuning4", {"extraction_f1": 0.79, "alignment_f1": 0.43, "conflict_precision": 0.62,
                                          "conflict_recall": 0.44}),
    # tests/stories_tuning5 (a listeria outbreak, a New Year's Eve night of unrest; first reading at 9093460
    # extraction 0.821, alignment 0.455, precision 0.099, recall 0.600)
    # (fifteenth session's end: alignment 0.465, precision 0.258, recall 0.680)
    (ROOT / "tests" / "stories_tuning5", {"extraction_f1": 0.80, "alignment_f1": 0.42, "conflict_precision": 0.40,
                                          "conflict_recall": 0.55}),
    # tests/stories_tuning6 (a foggy motorway pile-up, a pharmacists' strike; first reading at 5bf3d4b extraction
    # 0.807, alignment 0.372, precision 0.174, recall 0.821)
    # (fifteenth session's end: alignment 0.441, precision 0.404, recall 0.821)
    # (forty-seventh session: precision 0.688 -> 0.657, recall 0.786 -> 0.821, since 'against "more than 15,000" for
    # the FSPL' is the FSPL's: its pair with the ministry's count is found, and two more through an interview's
    # figure whose quantity was already wrong)
    (ROOT / "tests" / "stories_tuning6", {"extraction_f1": 0.78, "alignment_f1": 0.39, "conflict_precision": 0.55,
                                          "conflict_recall": 0.59}),
    # tests/stories_tuning7 (a school-canteen staff strike, a chemical-plant fire; first reading at 4b6afba
    # extraction 0.813, alignment 0.377, precision 0.261, recall 0.621)
    # (fifteenth session's end: alignment 0.413, precision 0.500, recall 0.759; twenty-second session: a strike
    # day's closed canteens counted per day split some undated ones off, alignment 0.407 -> 0.368 while conflict
    # precision rose 0.500 -> 0.524; thirty-sixth session: a count told with « en » keeps the town of the sentence
    # before, precision 0.679 -> 0.600 here while the blind sets' mean rose 0.467 -> 0.472)
    (ROOT / "tests" / "stories_tuning7", {"extraction_f1": 0.78, "alignment_f1": 0.33, "conflict_precision": 0.58,
                                          "conflict_recall": 0.58}),
    # tests/stories_tuning12 (marches over two days, a cholera outbreak; first reading at 5a4de42 extraction 0.770,
    # alignment 0.346, precision 0.342, recall 0.510; twenty-second session's end 0.826, 0.370, 0.459, 0.549; in the
    # thirty-fifth a viral video became a speaker ("A video viewed 2.3 million times claims that 500,000 marched"),
    # which this set's gold does not list while other sets' gold does: precision 0.700 -> 0.622)
    (ROOT / "tests" / "stories_tuning12", {"extraction_f1": 0.78, "alignment_f1": 0.33, "conflict_precision": 0.58,
                                           "conflict_recall": 0.50}),
    # tests/stories_blind4 (blind: a wildfire season, a ferry sinking; first reading at 5a4de42 extraction 0.730,
    # alignment 0.520, precision 0.243, recall 0.562; unchanged at the twenty-second session's end)
    (ROOT / "tests" / "stories_blind4", {"extraction_f1": 0.70, "alignment_f1": 0.49, "conflict_precision": 0.40,
                                         "conflict_recall": 0.33}),
    # tests/stories_tuning13 (a mine collapse and its rescue, a hurricane across two countries; first reading at
    # 81235cc extraction 0.772, alignment 0.274, precision 0.135, recall 0.341; twenty-third session's end 0.775,
    # 0.317, 0.245, 0.317)
    (ROOT / "tests" / "stories_tuning13", {"extraction_f1": 0.74, "alignment_f1": 0.28, "conflict_precision": 0.35,
                                           "conflict_recall": 0.28}),
    # tests/stories_blind5 (blind, never read; first reading at 81235cc extraction 0.833, alignment 0.355, precision
    # 0.221, recall 0.742; unchanged at the twenty-third session's end). Recall lowered from 0.49 in the fortieth
    # session: « les grévistes du jeudi 15 mars » dated by its day cost it one conflict (0.516 -> 0.484, precision
    # 0.457 -> 0.469) while stories_blind16 gained 0.426 -> 0.475 precision, 0.684 -> 0.737 recall
    (ROOT / "tests" / "stories_blind5", {"extraction_f1": 0.80, "alignment_f1": 0.32, "conflict_precision": 0.36,
                                         "conflict_recall": 0.34}),
    # tests/stories_tuning14 (a ferry sinking, a cholera outbreak over two regions; first reading at a76eda4
    # extraction 0.740, alignment 0.423, precision 0.119, recall 0.237)
    (ROOT / "tests" / "stories_tuning14", {"extraction_f1": 0.70, "alignment_f1": 0.45, "conflict_precision": 0.37,
                                           "conflict_recall": 0.20}),
    # tests/stories_blind6 (blind, never read; first reading at a76eda4 extraction 0.662, alignment 0.445, precision
    # 0.102, recall 0.167; the numbers box's dash of the twenty-eighth session cost it one true conflict, 0.093 /
    # 0.133, while blind8, blind9 and blind10 gained: its recall floor went from 0.14 to 0.12 then)
    (ROOT / "tests" / "stories_blind6", {"extraction_f1": 0.62, "alignment_f1": 0.41, "conflict_precision": 0.11,
                                         "conflict_recall": 0.11}),
    # tests/stories_tuning15 (a dam failure and its flood, three days of pension strikes and marches; first reading
    # at e40d4c5 extraction 0.812, alignment 0.260, precision 0.142, recall 0.283)
    (ROOT / "tests" / "stories_tuning15", {"extraction_f1": 0.77, "alignment_f1": 0.25, "conflict_precision": 0.51,
                                           "conflict_recall": 0.24}),
    # tests/stories_blind7 (blind, never read; first reading at e40d4c5 extraction 0.713, alignment 0.487, precision
    # 0.362, recall 0.373)
    (ROOT / "tests" / "stories_blind7", {"extraction_f1": 0.67, "alignment_f1": 0.44, "conflict_precision": 0.42,
                                         "conflict_recall": 0.33}),
    # tests/stories_tuning16 (a chemical plant's explosion and its toxic cloud, a cyclone across an island nation;
    # first reading at 37687c4 extraction 0.814, alignment 0.242, precision 0.224, recall 0.333)
    (ROOT / "tests" / "stories_tuning16", {"extraction_f1": 0.77, "alignment_f1": 0.20, "conflict_precision": 0.43,
                                           "conflict_recall": 0.22}),
    # tests/stories_blind8 (blind, never read; first reading at 37687c4 extraction 0.730, alignment 0.411, precision
    # 0.405, recall 0.411)
    (ROOT / "tests" / "stories_blind8", {"extraction_f1": 0.69, "alignment_f1": 0.37, "conflict_precision": 0.52,
                                         "conflict_recall": 0.29}),
    # tests/stories_tuning17 (a dengue outbreak over two provinces, a week of farmers' tractor protests; first
    # reading at 90c121e extraction 0.707, alignment 0.428, precision 0.244, recall 0.509)
    (ROOT / "tests" / "stories_tuning17", {"extraction_f1": 0.67, "alignment_f1": 0.39, "conflict_precision": 0.53,
                                           "conflict_recall": 0.46}),
    # tests/stories_blind9 (blind, never read; first reading at 90c121e extraction 0.752, alignment 0.452, precision
    # 0.294, recall 0.410)
    (ROOT / "tests" / "stories_blind9", {"extraction_f1": 0.71, "alignment_f1": 0.41, "conflict_precision": 0.36,
                                         "conflict_recall": 0.25}),
    # tests/stories_tuning18 (an mpox outbreak in a region's prisons, a glacial lake's flood; first reading at 77c3606
    # extraction 0.679, alignment 0.453, precision 0.328, recall 0.380; thirty-sixth session: a count told with « en »
    # keeps the town of the sentence before, recall 0.360 -> 0.320 here while the blind sets' mean rose 0.420 -> 0.427)
    (ROOT / "tests" / "stories_tuning18", {"extraction_f1": 0.80, "alignment_f1": 0.44, "conflict_precision": 0.48,
                                           "conflict_recall": 0.30}),
    # tests/stories_blind10 (blind, never read; first reading at 77c3606 extraction 0.772, alignment 0.237, precision
    # 0.450, recall 0.429)
    (ROOT / "tests" / "stories_blind10", {"extraction_f1": 0.73, "alignment_f1": 0.21, "conflict_precision": 0.60,
                                          "conflict_recall": 0.35}),
    # tests/stories_tuning19 (a tsunami on a coastline, a week of hauliers' lorry convoys; first reading at ec2f58f
    # extraction 0.712, alignment 0.421, precision 0.307, recall 0.614; 0.826 / 0.391 / 0.380 / 0.682 at the end of
    # that session)
    (ROOT / "tests" / "stories_tuning19", {"extraction_f1": 0.78, "alignment_f1": 0.35, "conflict_precision": 0.46,
                                           "conflict_recall": 0.58}),
    # tests/stories_blind11 (blind, never read; first reading at ec2f58f extraction 0.727, alignment 0.393, precision
    # 0.460, recall 0.519)
    (ROOT / "tests" / "stories_blind11", {"extraction_f1": 0.69, "alignment_f1": 0.35, "conflict_precision": 0.57,
                                          "conflict_recall": 0.31}),
    # tests/stories_tuning20 (a volcanic eruption, a dockers' strike at three ports; first reading at 2848a9f
    # extraction 0.775, alignment 0.491, precision 0.312, recall 0.698; 0.851 / 0.566 / 0.557 / 0.791 at the end of
    # that session)
    (ROOT / "tests" / "stories_tuning20", {"extraction_f1": 0.81, "alignment_f1": 0.52, "conflict_precision": 0.59,
                                           "conflict_recall": 0.58}),
    # tests/stories_blind12 (blind, never read; first reading at 2848a9f extraction 0.742, alignment 0.369, precision
    # 0.152, recall 0.431; precision floor 0.46 → 0.45 in the fifty-sixth session: "On Wednesday 19 the governor"
    # read as a speaker raised its extraction 0.785 → 0.793 and cost precision 0.465 → 0.455)
    (ROOT / "tests" / "stories_blind12", {"extraction_f1": 0.72, "alignment_f1": 0.38, "conflict_precision": 0.45,
                                          "conflict_recall": 0.33}),
    # tests/stories_tuning21 (tornadoes over a province, a nurses' strike; first reading at 626b4b7 extraction 0.680,
    # alignment 0.331, precision 0.371, recall 0.717; 0.807 / 0.509 / 0.481 / 0.826 at the end of that session)
    (ROOT / "tests" / "stories_tuning21", {"extraction_f1": 0.76, "alignment_f1": 0.47, "conflict_precision": 0.57,
                                           "conflict_recall": 0.72}),
    # tests/stories_blind13 (blind, never read; first reading at 626b4b7 extraction 0.667, alignment 0.440, precision
    # 0.204, recall 0.523)
    (ROOT / "tests" / "stories_blind13", {"extraction_f1": 0.72, "alignment_f1": 0.60, "conflict_precision": 0.31,
                                          "conflict_recall": 0.54}),
    # tests/stories_tuning22 (a blizzard over a province, fishermen's port blockades; first reading at 17ab39e
    # extraction 0.728, alignment 0.357, precision 0.412, recall 0.525; 0.787 / 0.425 / 0.379 / 0.550 at the end of
    # that session)
    (ROOT / "tests" / "stories_tuning22", {"extraction_f1": 0.71, "alignment_f1": 0.37, "conflict_precision": 0.55,
                                           "conflict_recall": 0.48}),
    # tests/stories_blind14 (blind, never read; first reading at 17ab39e extraction 0.832, alignment 0.330, precision
    # 0.230, recall 0.686; in the thirty-fifth session a figure in a question stopped being a claim, which took
    # 0.830 / 0.332 / 0.471 / 0.647 to 0.825 / 0.329 / 0.456 / 0.608 here while five blind extraction sets and four
    # blind story sets rose)
    (ROOT / "tests" / "stories_blind14", {"extraction_f1": 0.79, "alignment_f1": 0.29, "conflict_precision": 0.43,
                                          "conflict_recall": 0.58}),
    # tests/stories_tuning23 (a fire through an island town, a railway strike; first reading at a8461c5 extraction
    # 0.755, alignment 0.372, precision 0.264, recall 0.636; 0.819 / 0.462 / 0.366 / 0.682 at the end of that session)
    (ROOT / "tests" / "stories_tuning23", {"extraction_f1": 0.77, "alignment_f1": 0.40, "conflict_precision": 0.42,
                                           "conflict_recall": 0.59}),
    # tests/stories_blind15 (blind, never read; first reading at a8461c5 extraction 0.819, alignment 0.491, precision
    # 0.228, recall 0.659)
    (ROOT / "tests" / "stories_blind15", {"extraction_f1": 0.78, "alignment_f1": 0.45, "conflict_precision": 0.32,
                                          "conflict_recall": 0.52}),
    # tests/stories_tuning24 (a car-plant lockout, a storm surge through a coastal marsh; first reading at f6b3e73
    # extraction 0.745, alignment 0.322, precision 0.135, recall 0.433; with the conflict model, fitted before this
    # set was added to its training, 0.745 / 0.333 / 0.353 / 0.400; at the session's end 0.758 / 0.339 / 0.417 / 0.500)
    (ROOT / "tests" / "stories_tuning24", {"extraction_f1": 0.72, "alignment_f1": 0.30, "conflict_precision": 0.34,
                                           "conflict_recall": 0.37}),
    # tests/stories_blind16 (blind, never read; first reading at f6b3e73 extraction 0.781, alignment 0.508, precision
    # 0.244, recall 0.526; at the session's end, with the conflict model, 0.781 / 0.537 / 0.367 / 0.474)
    (ROOT / "tests" / "stories_blind16", {"extraction_f1": 0.75, "alignment_f1": 0.47, "conflict_precision": 0.32,
                                          "conflict_recall": 0.44}),
    # tests/stories_tuning25 (a ferry crews' strike closing a port, avalanches in a mountain valley; first reading at
    # 7736253 extraction 0.716, alignment 0.281, precision 0.536, recall 0.429; at the session's end 0.768 / 0.327 /
    # 0.607 / 0.486)
    (ROOT / "tests" / "stories_tuning25", {"extraction_f1": 0.73, "alignment_f1": 0.29, "conflict_precision": 0.55,
                                           "conflict_recall": 0.44}),
    # tests/stories_blind17 (blind, never read; first reading at 7736253 extraction 0.722, alignment 0.350, precision
    # 0.562, recall 0.486; at the session's end 0.767 / 0.365 / 0.514 / 0.486)
    (ROOT / "tests" / "stories_blind17", {"extraction_f1": 0.72, "alignment_f1": 0.32, "conflict_precision": 0.46,
                                          "conflict_recall": 0.44}),
    # tests/stories_tuning26 (a taxi drivers' protest against a bill, a rock avalanche on two villages; first reading
    # at 25feca9 extraction 0.845, alignment 0.341, precision 0.514, recall 0.633; at the session's end 0.877 / 0.469 /
    # 0.478 / 0.733)
    (ROOT / "tests" / "stories_tuning26", {"extraction_f1": 0.82, "alignment_f1": 0.42, "conflict_precision": 0.43,
                                           "conflict_recall": 0.68}),
    # tests/stories_blind18 (blind, never read; first reading at 25feca9 extraction 0.728, alignment 0.261, precision
    # 0.424, recall 0.438; at the session's end 0.755 / 0.276 / 0.386 / 0.531)
    (ROOT / "tests" / "stories_blind18", {"extraction_f1": 0.70, "alignment_f1": 0.23, "conflict_precision": 0.33,
                                          "conflict_recall": 0.48}),
    # tests/stories_tuning27 (a students' movement against university fees, an ice storm over a hilly region; first
    # reading at 7902412 extraction 0.774, alignment 0.392, precision 0.429, recall 0.568; at the session's end 0.781 /
    # 0.397 / 0.440 / 0.595)
    (ROOT / "tests" / "stories_tuning27", {"extraction_f1": 0.73, "alignment_f1": 0.34, "conflict_precision": 0.39,
                                           "conflict_recall": 0.54}),
    # tests/stories_blind19 (blind, never read; first reading at 7902412 extraction 0.746, alignment 0.238, precision
    # 0.364, recall 0.500; at the session's end the same)
    (ROOT / "tests" / "stories_blind19", {"extraction_f1": 0.70, "alignment_f1": 0.19, "conflict_precision": 0.31,
                                          "conflict_recall": 0.45}),
    # tests/stories_tuning28 (motorcyclists against a roadworthiness decree, a measles epidemic in a region; first
    # reading at 08973cd extraction 0.648, alignment 0.346, precision 0.447, recall 0.548; at the session's end 0.769 /
    # 0.421 / 0.488 / 0.645)
    (ROOT / "tests" / "stories_tuning28", {"extraction_f1": 0.72, "alignment_f1": 0.37, "conflict_precision": 0.44,
                                           "conflict_recall": 0.57}),
    # tests/stories_blind20 (blind, never read; first reading at 08973cd extraction 0.723, alignment 0.358, precision
    # 0.351, recall 0.455; at the session's end 0.746 / 0.407 / 0.351 / 0.455)
    (ROOT / "tests" / "stories_blind20", {"extraction_f1": 0.69, "alignment_f1": 0.35, "conflict_precision": 0.30,
                                          "conflict_recall": 0.40}),
    # tests/stories_tuning29 (a feminist general strike with marches, a derecho on a holiday coast; first reading at
    # ec57f4f extraction 0.673, alignment 0.528, precision 0.310, recall 0.474; at the session's end 0.738 / 0.523 /
    # 0.350 / 0.553)
    (ROOT / "tests" / "stories_tuning29", {"extraction_f1": 0.69, "alignment_f1": 0.47, "conflict_precision": 0.30,
                                           "conflict_recall": 0.50}),
    # tests/stories_blind21 (blind, never read; first reading at ec57f4f extraction 0.716, alignment 0.504, precision
    # 0.514, recall 0.559; at the session's end 0.729 / 0.509 / 0.528 / 0.559)
    (ROOT / "tests" / "stories_blind21", {"extraction_f1": 0.68, "alignment_f1": 0.46, "conflict_precision": 0.47,
                                          "conflict_recall": 0.50}),
    # tests/stories_tuning30 (public works contractors' convoys and blockades, a quick-clay slide under a river town;
    # first reading at dd4429d extraction 0.648, alignment 0.339, precision 0.609, recall 0.700; at the session's end
    # 0.691 / 0.331 / 0.667 / 0.750)
    (ROOT / "tests" / "stories_tuning30", {"extraction_f1": 0.63, "alignment_f1": 0.28, "conflict_precision": 0.58,
                                           "conflict_recall": 0.69}),
    # tests/stories_blind22 (blind, never read; first reading at dd4429d extraction 0.753, alignment 0.658, precision
    # 0.465, recall 0.717; unchanged at the session's end; 0.762 / 0.670 / 0.464 / 0.696 after the forty-first session's
    # round brackets in numbers boxes)
    (ROOT / "tests" / "stories_blind22", {"extraction_f1": 0.70, "alignment_f1": 0.60, "conflict_precision": 0.41,
                                          "conflict_recall": 0.66}),
    # tests/stories_tuning31 (a general strike against an unemployment-benefit law, a medicane; first reading at
    # b94a803 extraction 0.644, alignment 0.470, precision 0.526, recall 0.488; at the session's end 0.694 / 0.490 /
    # 0.581 / 0.610)
    (ROOT / "tests" / "stories_tuning31", {"extraction_f1": 0.64, "alignment_f1": 0.44, "conflict_precision": 0.52,
                                           "conflict_recall": 0.55}),
    # tests/stories_blind23 (blind, never read; first reading at b94a803 extraction 0.701, alignment 0.503, precision
    # 0.528, recall 0.422; at the session's end 0.730 / 0.490 / 0.553 / 0.467)
    (ROOT / "tests" / "stories_blind23", {"extraction_f1": 0.68, "alignment_f1": 0.44, "conflict_precision": 0.50,
                                          "conflict_recall": 0.41}),
    # tests/stories_tuning32 (coach operators' protests, a mine collapse; first reading at 866fbba extraction 0.712,
    # alignment 0.292, precision 0.647, recall 0.489; at the session's end 0.862 / 0.451 / 0.667 / 0.622)
    (ROOT / "tests" / "stories_tuning32", {"extraction_f1": 0.80, "alignment_f1": 0.40, "conflict_precision": 0.60,
                                           "conflict_recall": 0.55}),
    # tests/stories_blind24 (blind, never read; first reading at 866fbba extraction 0.704, alignment 0.432, precision
    # 0.442, recall 0.535; at the session's end 0.707 / 0.434 / 0.463 / 0.581)
    (ROOT / "tests" / "stories_blind24", {"extraction_f1": 0.66, "alignment_f1": 0.39, "conflict_precision": 0.40,
                                          "conflict_recall": 0.52}),
    # tests/stories_tuning33 (pupils' protests against an exam fee, a polar low; first reading at adaa4b7 extraction
    # 0.876, alignment 0.584, precision 0.628, recall 0.587; at the session's end 0.885 / 0.580 / 0.636 / 0.609)
    (ROOT / "tests" / "stories_tuning33", {"extraction_f1": 0.83, "alignment_f1": 0.53, "conflict_precision": 0.57,
                                           "conflict_recall": 0.54}),
    # tests/stories_blind25 (blind, never read; first reading at adaa4b7 extraction 0.839, alignment 0.654, precision
    # 0.631, recall 0.719; at the session's end 0.848 / 0.645 / 0.642 / 0.754)
    (ROOT / "tests" / "stories_blind25", {"extraction_f1": 0.80, "alignment_f1": 0.60, "conflict_precision": 0.58,
                                          "conflict_recall": 0.69}),
    # tests/stories_tuning34 (a junior doctors' strike, a lake flooding its shore towns; first reading at 6766dbe
    # extraction 0.877, alignment 0.460, precision 0.559, recall 0.767; at the session's end 0.893 / 0.478 / 0.576 / 0.791)
    (ROOT / "tests" / "stories_tuning34", {"extraction_f1": 0.84, "alignment_f1": 0.43, "conflict_precision": 0.54,
                                           "conflict_recall": 0.73}),
    # tests/stories_blind26 (blind, never read; first reading at 6766dbe extraction 0.800, alignment 0.429, precision
    # 0.532, recall 0.733; at the session's end 0.813 / 0.424 / 0.532 / 0.733)
    (ROOT / "tests" / "stories_blind26", {"extraction_f1": 0.76, "alignment_f1": 0.37, "conflict_precision": 0.48,
                                          "conflict_recall": 0.68}),
    # tests/stories_tuning35 (an oil spill from a tanker aground, a general strike against a law abolishing two public
    # holidays; first reading at e8d63ed extraction 0.739, alignment 0.512, precision 0.769, recall 0.638; at the
    # session's end 0.776 / 0.669 / 0.722 / 0.553)
    (ROOT / "tests" / "stories_tuning35", {"extraction_f1": 0.72, "alignment_f1": 0.61, "conflict_precision": 0.66,
                                           "conflict_recall": 0.47}),
    # tests/stories_blind27 (blind, never read; first reading at e8d63ed extraction 0.859, alignment 0.403, precision
    # 0.548, recall 0.561; at the session's end 0.859 / 0.403 / 0.548 / 0.561)
    (ROOT / "tests" / "stories_blind27", {"extraction_f1": 0.81, "alignment_f1": 0.35, "conflict_precision": 0.49,
                                          "conflict_recall": 0.50}),
    # tests/stories_tuning36 (a groundwater flood in three départements, an island's wave of arrivals by sea; first
    # reading at 3c5a677 extraction 0.686, alignment 0.428, precision 0.400, recall 0.320; at the session's end
    # 0.710 / 0.411 / 0.381 / 0.320; at the forty-seventh's 0.775 / 0.486 / 0.458 / 0.440)
    (ROOT / "tests" / "stories_tuning36", {"extraction_f1": 0.66, "alignment_f1": 0.36, "conflict_precision": 0.33,
                                           "conflict_recall": 0.27}),
    # tests/stories_blind28 (blind, never read; first reading at 3c5a677 extraction 0.639, alignment 0.339, precision
    # 0.389, recall 0.350; at the session's end 0.639 / 0.339 / 0.389 / 0.350; at the forty-seventh's 0.664 / 0.344
    # / 0.389 / 0.350)
    (ROOT / "tests" / "stories_blind28", {"extraction_f1": 0.59, "alignment_f1": 0.29, "conflict_precision": 0.33,
                                          "conflict_recall": 0.30}),
    # tests/stories_tuning37 (an eruption on an island, a log-truck drivers' protest; first reading at 6c5220e
    # extraction 0.650, alignment 0.458, precision 0.700, recall 0.206; at the session's end 0.880 / 0.468 / 0.778
    # / 0.412, mostly its two recaps' items with a bracket for each side)
    (ROOT / "tests" / "stories_tuning37", {"extraction_f1": 0.83, "alignment_f1": 0.41, "conflict_precision": 0.70,
                                           "conflict_recall": 0.36}),
    # tests/stories_blind29 (blind, never read; first reading at 6c5220e extraction 0.758, alignment 0.508, precision
    # 0.576, recall 0.514; at the session's end 0.761 / 0.508 / 0.576 / 0.514)
    (ROOT / "tests" / "stories_blind29", {"extraction_f1": 0.71, "alignment_f1": 0.45, "conflict_precision": 0.52,
                                          "conflict_recall": 0.46}),
    # tests/stories_tuning38 (a phenol spill in a river, a students' rent strike; first reading at 466fbad extraction
    # 0.872, alignment 0.425, precision 0.800, recall 0.364; at the session's end 0.897 / 0.433 / 0.773 / 0.386)
    (ROOT / "tests" / "stories_tuning38", {"extraction_f1": 0.85, "alignment_f1": 0.38, "conflict_precision": 0.72,
                                           "conflict_recall": 0.33}),
    # tests/stories_blind30 (blind, never read; first reading at 466fbad extraction 0.700, alignment 0.311, precision
    # 0.296, recall 0.216; at the session's end 0.700 / 0.311 / 0.296 / 0.216)
    (ROOT / "tests" / "stories_blind30", {"extraction_f1": 0.65, "alignment_f1": 0.26, "conflict_precision": 0.24,
                                          "conflict_recall": 0.16}),
    # tests/stories_tuning39 (bird flu in dairy herds, pensioners marching against a health decree; first reading at
    # 77db140 extraction 0.861, alignment 0.486, precision 0.676, recall 0.657; at the session's end 0.895 / 0.540 /
    # 0.706 / 0.686)
    (ROOT / "tests" / "stories_tuning39", {"extraction_f1": 0.86, "alignment_f1": 0.50, "conflict_precision": 0.65,
                                           "conflict_recall": 0.63}),
    # tests/stories_blind31 (blind, never read; first reading at 77db140 extraction 0.742, alignment 0.550, precision
    # 0.529, recall 0.581; at the session's end 0.744 / 0.550 / 0.529 / 0.581)
    (ROOT / "tests" / "stories_blind31", {"extraction_f1": 0.69, "alignment_f1": 0.50, "conflict_precision": 0.47,
                                          "conflict_recall": 0.53}),
    # tests/stories_tuning40 (fires lit by a dry thunderstorm in a national park, a strike of air navigation
    # technicians; first reading at b575efd extraction 0.692, alignment 0.322, precision 0.421, recall 0.500; at the
    # session's end 0.895 / 0.345 / 0.550 / 0.688)
    (ROOT / "tests" / "stories_tuning40", {"extraction_f1": 0.85, "alignment_f1": 0.30, "conflict_precision": 0.50,
                                           "conflict_recall": 0.63}),
    # tests/stories_blind32 (blind, never read; first reading at b575efd extraction 0.684, alignment 0.363, precision
    # 0.929, recall 0.481; at the session's end 0.746 / 0.488 / 0.867 / 0.481)
    (ROOT / "tests" / "stories_blind32", {"extraction_f1": 0.63, "alignment_f1": 0.31, "conflict_precision": 0.72,
                                          "conflict_recall": 0.42}),
    # tests/stories_tuning41 (a factory fire's smoke cloud, locum doctors refusing shifts; first reading at 2975768
    # extraction 0.723, alignment 0.408, precision 0.476, recall 0.385; at the session's end 0.799 / 0.491 / 0.667 /
    # 0.462)
    (ROOT / "tests" / "stories_tuning41", {"extraction_f1": 0.75, "alignment_f1": 0.44, "conflict_precision": 0.60,
                                           "conflict_recall": 0.40}),
    # tests/stories_blind33 (blind, never read; first reading at 2975768 extraction 0.809, alignment 0.430, precision
    # 0.279, recall 0.567; at the session's end 0.809 / 0.430 / 0.279 / 0.567)
    (ROOT / "tests" / "stories_blind33", {"extraction_f1": 0.76, "alignment_f1": 0.38, "conflict_precision": 0.23,
                                          "conflict_recall": 0.51}),
    # tests/stories_tuning42 (a mixed cargo-passenger boat capsizing, livestock hauliers blockading motorways; first
    # reading at afd7e01 extraction 0.725, alignment 0.662, precision 0.333, recall 0.308; at the session's end 0.849 /
    # 0.626 / 0.481 / 0.500)
    (ROOT / "tests" / "stories_tuning42", {"extraction_f1": 0.81, "alignment_f1": 0.59, "conflict_precision": 0.43,
                                           "conflict_recall": 0.45}),
    # tests/stories_blind34 (blind, never read; first reading at afd7e01 extraction 0.743, alignment 0.578, precision
    # 0.594, recall 0.679; at the session's end 0.743 / 0.578 / 0.594 / 0.679)
    (ROOT / "tests" / "stories_blind34", {"extraction_f1": 0.69, "alignment_f1": 0.52, "conflict_precision": 0.54,
                                          "conflict_recall": 0.62}),
    # tests/stories_tuning43 (a ransomware attack on a network of radiotherapy centres, a conveyor-belt fire in a zinc
    # mine; first reading at b1e5b74 extraction 0.797, alignment 0.471, precision 0.444, recall 0.593; at the session's
    # end 0.804 / 0.471 / 0.459 / 0.630)
    (ROOT / "tests" / "stories_tuning43", {"extraction_f1": 0.75, "alignment_f1": 0.42, "conflict_precision": 0.40,
                                           "conflict_recall": 0.57}),
    # tests/stories_blind35 (blind, never read; first reading at b1e5b74 extraction 0.791, alignment 0.453, precision
    # 0.531, recall 0.743; at the session's end 0.791 / 0.453 / 0.531 / 0.743)
    (ROOT / "tests" / "stories_blind35", {"extraction_f1": 0.74, "alignment_f1": 0.40, "conflict_precision": 0.48,
                                          "conflict_recall": 0.69}),
    # tests/stories_tuning44 (a sugar-cane fire on an island, a strike of aviation weather observers; first reading at
    # 217663f extraction 0.826, alignment 0.411, precision 0.548, recall 0.791; at the session's end 0.862 / 0.479 /
    # 0.536 / 0.698)
    (ROOT / "tests" / "stories_tuning44", {"extraction_f1": 0.81, "alignment_f1": 0.43, "conflict_precision": 0.48,
                                           "conflict_recall": 0.64}),
    # tests/stories_blind36 (blind, never read; first reading at 217663f extraction 0.884, alignment 0.476, precision
    # 0.725, recall 0.659; at the session's end 0.888 / 0.476 / 0.725 / 0.659)
    (ROOT / "tests" / "stories_blind36", {"extraction_f1": 0.83, "alignment_f1": 0.42, "conflict_precision": 0.67,
                                          "conflict_recall": 0.60}),
    # tests/stories_tuning45 (an eruption under an ice cap, a strike of port officers; first reading at cac9962
    # extraction 0.877, alignment 0.528, precision 0.533, recall 0.632; at the session's end 0.888 / 0.515 / 0.533 /
    # 0.632)
    (ROOT / "tests" / "stories_tuning45", {"extraction_f1": 0.84, "alignment_f1": 0.47, "conflict_precision": 0.48,
                                           "conflict_recall": 0.58}),
    # tests/stories_blind37 (blind, never read; first reading at cac9962 extraction 0.832, alignment 0.437, precision
    # 0.531, recall 0.743; at the session's end 0.834 / 0.437 / 0.531 / 0.743)
    (ROOT / "tests" / "stories_blind37", {"extraction_f1": 0.79, "alignment_f1": 0.39, "conflict_precision": 0.48,
                                          "conflict_recall": 0.69}),
    # tests/stories_tuning46 (a swell over outer atolls, a strike of a capital's transport maintenance staff; first
    # reading at 589ed33 extraction 0.870, alignment 0.464, precision 0.485, recall 0.767)
    (ROOT / "tests" / "stories_tuning46", {"extraction_f1": 0.82, "alignment_f1": 0.44, "conflict_precision": 0.43,
                                           "conflict_recall": 0.71}),
    # tests/stories_blind38 (blind, never read; first reading at 589ed33 extraction 0.880, alignment 0.518, precision
    # 0.684, recall 0.703)
    (ROOT / "tests" / "stories_blind38", {"extraction_f1": 0.83, "alignment_f1": 0.47, "conflict_precision": 0.63,
                                          "conflict_recall": 0.65}),
    # tests/stories_tuning47 (a submarine eruption off an inhabited island, strikes against the end of an early
    # retirement; first reading at f9a9638 extraction 0.863, alignment 0.519, precision 0.500, recall 0.636)
    (ROOT / "tests" / "stories_tuning47", {"extraction_f1": 0.81, "alignment_f1": 0.47, "conflict_precision": 0.44,
                                           "conflict_recall": 0.58}),
    # tests/stories_blind39 (blind, never read; first reading at f9a9638 extraction 0.905, alignment 0.342, precision
    # 0.639, recall 0.590)
    (ROOT / "tests" / "stories_blind39", {"extraction_f1": 0.86, "alignment_f1": 0.29, "conflict_precision": 0.59,
                                          "conflict_recall": 0.53}),
    # tests/stories_tuning48 (an ex-hurricane striking a coastal region at night, road blockades by irrigating farmers
    # against a drought decree; first reading at 70e10c2 extraction 0.908, alignment 0.417, precision 0.434, recall
    # 0.605)
    (ROOT / "tests" / "stories_tuning48", {"extraction_f1": 0.87, "alignment_f1": 0.37, "conflict_precision": 0.38,
                                           "conflict_recall": 0.55}),
    # tests/stories_blind40 (blind, never read; first reading at 70e10c2 extraction 0.882, alignment 0.478, precision
    # 0.649, recall 0.533)
    (ROOT / "tests" / "stories_blind40", {"extraction_f1": 0.84, "alignment_f1": 0.43, "conflict_precision": 0.59,
                                          "conflict_recall": 0.48}),
    # tests/stories_tuning49 (a night earthquake whose landslide dams a river into a lake, marches and university
    # blockades against a fee decree for foreign students; first reading at 25dbb25 extraction 0.901, alignment 0.539,
    # precision 0.619, recall 0.812)
    (ROOT / "tests" / "stories_tuning49", {"extraction_f1": 0.86, "alignment_f1": 0.50, "conflict_precision": 0.62,
                                           "conflict_recall": 0.70}),
    # tests/stories_blind41 (blind, never read; first reading at 25dbb25 extraction 0.861, alignment 0.683, precision
    # 0.571, recall 0.718)
    (ROOT / "tests" / "stories_blind41", {"extraction_f1": 0.82, "alignment_f1": 0.63, "conflict_precision": 0.52,
                                          "conflict_recall": 0.67}),
    # tests/stories_tuning50 (rotavirus among young children after river floods, with a neighbour's border district;
    # a general strike against a pension-funds law; first reading at 4997cc1 extraction 0.910, alignment 0.445,
    # precision 0.658, recall 0.833)
    (ROOT / "tests" / "stories_tuning50", {"extraction_f1": 0.92, "alignment_f1": 0.50, "conflict_precision": 0.70,
                                           "conflict_recall": 0.78}),
    # tests/stories_blind42 (blind, never read; first reading at 4997cc1 extraction 0.882, alignment 0.445, precision
    # 0.750, recall 0.488)
    (ROOT / "tests" / "stories_blind42", {"extraction_f1": 0.84, "alignment_f1": 0.40, "conflict_precision": 0.70,
                                          "conflict_recall": 0.44}),
    # tests/stories_tuning51 (a volcano's lava lake draining towards a lakeside city, with people crossing the lake to
    # a neighbour; rice growers' tractor blockades against a rice trade agreement; first reading at abbf6ae extraction
    # 0.815, alignment 0.409, precision 0.615, recall 0.571)
    (ROOT / "tests" / "stories_tuning51", {"extraction_f1": 0.89, "alignment_f1": 0.40, "conflict_precision": 0.68,
                                           "conflict_recall": 0.61}),
    # tests/stories_blind43 (blind, never read; first reading at abbf6ae extraction 0.759, alignment 0.537, precision
    # 0.448, recall 0.542)
    (ROOT / "tests" / "stories_blind43", {"extraction_f1": 0.72, "alignment_f1": 0.47, "conflict_precision": 0.40,
                                          "conflict_recall": 0.49}),
]
_SCORES: dict = {}


def _scores(where: Path) -> dict:
    """One set's scores; on first use every set of FLOORS is scored, in two worker processes (scoring is
    CPU-bound; one set after the other took half of the suite)."""
    if where not in _SCORES:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=2) as pool:
            _SCORES.update(zip([w for w, _ in FLOORS], pool.map(_score, [w for w, _ in FLOORS])))
    return _SCORES[where]


@pytest.mark.parametrize("where, floors", FLOORS)
def test_story_scores_stay_above_floor(where, floors):
    got = _scores(where)
    for key, floor in floors.items():
        assert got[key] >= floor, f"{key} {got[key]:.3f} < {floor} on {where}"


def test_seed_still_flags_us_against_zelensky():
    from claimgraph import load
    from claimgraph.compare import compare

    seed = ROOT.parent / "shared" / "eval" / "dev" / "seed-nk-troops-fr.txt"
    if not seed.exists():
        pytest.skip("../shared/eval/dev is not beside this checkout")
    corpus = load([seed]).with_statements()
    [cmp] = [c for c in compare(corpus.claims, documents=corpus.documents, actors=corpus.actors) if c.conflicts]
    by_id = {c.id: c for c in cmp.claims}
    [r] = cmp.conflicts
    pair = {(by_id[r.a].claimant.id, by_id[r.a].figure.value), (by_id[r.b].claimant.id, by_id[r.b].figure.value)}
    assert pair == {("united-states", 3000.0), ("volodymyr-zelensky", 10000.0)}
