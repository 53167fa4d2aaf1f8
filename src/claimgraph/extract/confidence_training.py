"""Fit the confidence model of :mod:`claimgraph.extract.confidence`.

``python -m claimgraph.extract.confidence_training`` (``make confidence``)
runs the extractor on the annotated training sets (:data:`TRAINING_SETS`),
labels each extracted claim correct or not with the matching of
:func:`claimgraph.evaluate.evaluate` (the claims it lists as false are the
wrong ones), fits a scikit-learn ``LogisticRegression`` on the standardised
features, and writes ``src/claimgraph/data/confidence.json``. It prints the
precision per confidence band and the F1 at a few thresholds, both
cross-validated with whole documents held out (nested: the regularisation is
chosen inside each training fold).

The extractor was tuned on these sets, so today it makes few errors on them
(about 30 of 650 claims): too few to learn from, and not the errors it makes
on new articles. The claims of **past extractors** (:data:`PAST`: the code of
the commit at which each set was first measured, blind) are added to the
training rows, labelled the same way: the errors the rules made before they
were tuned on a set are the kind they make on unseen news. Their source is
taken from git (``git archive``) and run in a subprocess; the features are
computed here, by the current code. Cross-validation keeps every article's
claims, of any extractor, in one fold, and reports on the current
extractor's claims (and, apart, on the past ones).

``--check DIR…`` scores held-out directories with the shipped model instead
(``--model PATH``: another one; nothing is fitted or written), each and then
pooled; the blind sets (:data:`BLIND`) may only be read that way.
scikit-learn is a ``dev`` extra: only this script needs it.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from ..errors import ClaimgraphError
from ..evaluate import evaluate
from . import confidence as conf

__all__ = ["BANDS", "BLIND", "FEATURE_NAMES", "THRESHOLDS", "TRAINING_SETS", "Row", "band_table", "fit",
           "labelled", "main"]

#: The repository root (this file is src/claimgraph/extract/…).
ROOT = Path(__file__).resolve().parents[3]
#: Annotated sets the model learns from, relative to the repository root.
def _numbered(prefix: str, first: int, gold: str = "gold.jsonl") -> tuple[str, ...]:
    """The annotated sets ``tests/{prefix}{n}`` on disk for n >= ``first`` that have their ``gold`` (a glob:
    "*/gold.jsonl" for a story set), in order: a new set is read without an edit here (only :data:`PAST` names
    its first commit)."""
    found = []
    for path in (ROOT / "tests").glob(f"{prefix}*"):
        n = path.name[len(prefix):]
        if n.isdigit() and int(n) >= first and any(path.glob(gold)):
            found.append((int(n), f"tests/{path.name}"))
    return tuple(name for _, name in sorted(found))


TRAINING_SETS = ("../shared/eval/dev", "data", "tests/corpus", "tests/corpus2", "tests/corpus3", "tests/corpus4", "tests/corpus5",
                 "tests/corpus6", *_numbered("corpus", 7),
                 "tests/holdout", "tests/holdout2",
                 "tests/holdout3", "tests/holdout4")
#: (commit, set): the extractor at the commit where the set was first measured blind
#: (for tests/corpus3 on: the parent of the commit that added its gold.jsonl;
#: tests/corpus came with the first extractor, so it has no past one).
PAST = (("b62ee79", "tests/holdout"), ("b62ee79", "tests/corpus2"), ("6a4524d", "tests/holdout2"),
        ("e0dfb1d", "tests/holdout3"), ("60778d4", "tests/holdout4"), ("ae170c2", "tests/corpus6"),
        ("e2d3003", "tests/corpus3"), ("63bb668", "tests/corpus4"), ("00ae2f3", "tests/corpus5"),
        ("ccb241d", "tests/corpus7"), ("51b313d", "tests/corpus8"), ("cdda5b7", "tests/corpus9"),
        ("91a1dbe", "tests/corpus10"), ("5f9b425", "tests/corpus11"), ("9093460", "tests/corpus12"),
        ("5262a4f", "tests/corpus13"), ("7f175f0", "tests/corpus14"), ("7f175f0", "tests/corpus15"),
        ("4b6afba", "tests/corpus16"), ("2cc4057", "tests/corpus17"), ("dc6b251", "tests/corpus18"),
        ("6e2c86b", "tests/corpus19"), ("f3a9bc3", "tests/corpus20"), ("952a6bc", "tests/corpus21"),
        ("e15f9ac", "tests/corpus22"), ("354f23c", "tests/corpus23"), ("2b661f5", "tests/corpus24"),
        ("d4c00e9", "tests/corpus25"), ("4783ba4", "tests/corpus26"), ("16300b6", "tests/corpus27"),
        ("8e58d8a", "tests/corpus28"), ("5a4de42", "tests/corpus29"),
        ("81235cc", "tests/corpus30"), ("a76eda4", "tests/corpus31"), ("e40d4c5", "tests/corpus32"),
        ("37687c4", "tests/corpus33"), ("90c121e", "tests/corpus34"), ("77c3606", "tests/corpus35"),
        ("ec2f58f", "tests/corpus36"), ("2848a9f", "tests/corpus37"), ("626b4b7", "tests/corpus38"),
        ("17ab39e", "tests/corpus39"), ("a8461c5", "tests/corpus40"), ("f6b3e73", "tests/corpus41"),
        ("7736253", "tests/corpus42"), ("25feca9", "tests/corpus43"), ("7902412", "tests/corpus44"),
        ("08973cd", "tests/corpus45"), ("ec57f4f", "tests/corpus46"), ("dd4429d", "tests/corpus47"),
        ("3d4db24", "tests/corpus48"), ("7e14051", "tests/corpus49"), ("21a5af8", "tests/corpus50"),
        ("6766dbe", "tests/corpus51"), ("0833701", "tests/corpus52"), ("3c5a677", "tests/corpus53"),
        ("6c5220e", "tests/corpus54"), ("466fbad", "tests/corpus55"),
        ("77db140", "tests/corpus56"), ("b575efd", "tests/corpus57"), ("2975768", "tests/corpus58"),
        ("afd7e01", "tests/corpus59"), ("b1e5b74", "tests/corpus60"), ("217663f", "tests/corpus61"),
        ("cac9962", "tests/corpus62"), ("589ed33", "tests/corpus63"),
        ("f9a9638", "tests/corpus64"), ("70e10c2", "tests/corpus65"), ("25dbb25", "tests/corpus66"),
        ("4997cc1", "tests/corpus67"), ("abbf6ae", "tests/corpus68"))
#: Blind sets: never trained on; only ``--check`` scores them.
BLIND = _numbered("holdout", 5)
#: The features, in the order the model is written (those the scorer computes).
FEATURE_NAMES = conf.FEATURES
#: Confidence bands of the report: [low, high).
BANDS = ((0.0, 0.5), (0.5, 0.8), (0.8, 1.01))
#: Minimum confidences whose F1 the report gives.
THRESHOLDS = (0.0, 0.3, 0.4, 0.5, 0.6, 0.7)
#: Inverse regularisation strengths tried (chosen by grouped cross-validated log loss).
C_GRID = (0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0)
FOLDS = 5
OUTPUT = ROOT / "src" / "claimgraph" / "data" / "confidence.json"


@dataclass
class Row:
    """One extracted claim: where it comes from, its features, whether it is right."""

    set: str
    doc: str
    claim: dict
    x: list
    correct: bool
    past: str = ""  # the commit of a past extractor, "" for the current one


def labelled(directory, past: dict | None = None, commit: str = "") -> tuple[list[Row], dict]:
    """Every claim the extractor finds in the articles of ``directory`` that
    have gold claims, with its features and label; and the claims each
    article gave (path -> list of claim dicts), to score again at thresholds.

    ``past`` (article path -> claim dicts) gives the claims of a past
    extractor (``commit``) instead of running the current one.

    The label is :func:`claimgraph.evaluate.evaluate`'s own: a claim is wrong
    when it is among the score's false claims.
    """
    from ..ingest import read_article
    from ..model import Claim
    from .extractor import extract

    directory = Path(directory)
    name = _name(directory)
    if any(name == b or name.endswith("/" + b) for b in BLIND) and not _checking[-1]:
        raise ClaimgraphError(f"{directory} is a blind set: it is never trained on (use --check to score it)")
    found: dict = {}
    rows: list[Row] = []

    def run(path):
        doc = read_article(path)
        if past is not None:
            claims = [Claim.from_dict(d) for d in past[Path(path).name]]
        else:
            with conf.unscored():  # features only: the model being fitted must not be needed to extract
                claims = extract(doc)
        article = conf._Article(doc)
        out = []
        for c in claims:
            d = c.to_dict()
            x = article.features(c)
            rows.append(Row(name, Path(path).stem, d, [x[n] for n in FEATURE_NAMES], True, commit))
            out.append(d)
        found[path] = out
        return out

    score = evaluate(directory, run)
    wrong = {id(c) for _, c in score.false_claims}
    for r in rows:
        r.correct = id(r.claim) not in wrong
    return rows, found


_checking = [False]

# Run inside the past extractor's source tree: the claims of each article named
# on the command line, as JSON (file name -> claim dicts).
_PAST_SCRIPT = """
import json, sys
from pathlib import Path
from claimgraph.inputs import read_article_claims
print(json.dumps({Path(p).name: [c.to_dict() for c in read_article_claims(p).claims] for p in sys.argv[1:]}))
"""


def past_claims(commit: str, directory) -> dict:
    """The claims the extractor of ``commit`` finds in each article of
    ``directory`` (file name -> claim dicts), its source taken from git."""
    import os
    import subprocess
    import tarfile
    import tempfile

    from ..ingest import ARTICLE_SUFFIXES

    articles = sorted(str(p) for p in Path(directory).iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES)
    with tempfile.TemporaryDirectory() as tmp:
        try:
            archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "src"], check=True,
                                     capture_output=True).stdout
        except (OSError, subprocess.CalledProcessError) as exc:
            raise ClaimgraphError(f"cannot take the source of commit {commit} from git: "
                                  f"{getattr(exc, 'stderr', b'').decode(errors='replace').strip() or exc}") from None
        tar = Path(tmp) / "src.tar"
        tar.write_bytes(archive)
        with tarfile.open(tar) as t:
            t.extractall(tmp, filter="data")
        env = {**os.environ, "PYTHONPATH": str(Path(tmp) / "src")}
        done = subprocess.run([sys.executable, "-c", _PAST_SCRIPT, *articles], env=env, cwd=tmp,
                              capture_output=True, text=True)
        if done.returncode:
            raise ClaimgraphError(f"the extractor of {commit} failed: {done.stderr.strip()[-500:]}")
    return json.loads(done.stdout)


def _name(directory: Path) -> str:
    try:
        return directory.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return Path("..", directory.resolve().relative_to(ROOT.parent)).as_posix() \
            if directory.resolve().is_relative_to(ROOT.parent) else directory.as_posix()


def _scaling(X):
    import numpy as np

    mean = X.mean(axis=0)
    scale = X.std(axis=0)
    scale[scale == 0] = 1.0  # a constant feature: nothing to scale
    return mean, scale


def fit(X, y, groups=None, c: float | None = None):
    """Fit on rows ``X`` (features) and labels ``y``; ``c`` is chosen by
    grouped cross-validated log loss when not given. Returns (model dict
    parts: weights, intercept, mean, scale, C)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=int)
    if c is None:
        c = _choose_c(X, y, groups)
    mean, scale = _scaling(X)
    lr = LogisticRegression(C=c, max_iter=5000)
    lr.fit((X - mean) / scale, y)
    return lr.coef_[0], float(lr.intercept_[0]), mean, scale, c


def _predict(parts, X):
    import numpy as np

    w, b, mean, scale, _ = parts
    z = b + ((np.asarray(X, dtype=float) - mean) / scale) @ w
    return 1.0 / (1.0 + np.exp(-z))


def _choose_c(X, y, groups) -> float:
    import numpy as np
    from sklearn.metrics import log_loss
    from sklearn.model_selection import GroupKFold

    folds = list(GroupKFold(n_splits=FOLDS).split(X, y, groups))
    best = None
    for c in C_GRID:
        p = np.empty(len(y))
        for train, test in folds:
            p[test] = _predict(fit(X[train], y[train], c=c), X[test])
        loss = log_loss(y, p, labels=[0, 1])
        if best is None or loss < best[0] - 1e-12:
            best = (loss, c)
    return best[1]


def cross_validated(rows: list[Row]):
    """Out-of-fold confidences: each document's claims scored by a model fitted
    (its C chosen by an inner grouped CV) on the other folds' documents."""
    import numpy as np
    from sklearn.model_selection import GroupKFold

    X = np.array([r.x for r in rows], dtype=float)
    y = np.array([r.correct for r in rows], dtype=int)
    groups = np.array([f"{r.set}/{r.doc}" for r in rows])
    p = np.empty(len(rows))
    chosen = []
    for train, test in GroupKFold(n_splits=FOLDS).split(X, y, groups):
        parts = fit(X[train], y[train], groups[train])
        chosen.append(parts[4])
        p[test] = _predict(parts, X[test])
    return [round(float(v), 3) for v in p], chosen


def band_table(confidences, correct) -> list[dict]:
    """Claims, correct claims and precision per confidence band.

    Examples
    --------
    >>> [(b["band"], b["claims"], b["precision"]) for b in band_table([0.2, 0.6, 0.9, 0.95], [False, True, True, True])]
    [('< 0.5', 1, 0.0), ('0.5–0.8', 1, 1.0), ('≥ 0.8', 2, 1.0)]
    """
    out = []
    for lo, hi in BANDS:
        label = f"< {hi:g}" if lo == 0 else (f"≥ {lo:g}" if hi > 1 else f"{lo:g}–{hi:g}")
        got = [k for p, k in zip(confidences, correct) if lo <= p < hi]
        out.append({"band": label, "claims": len(got), "correct": sum(got),
                    "precision": round(sum(got) / len(got), 3) if got else None})
    return out


def f1_at(directories_found: dict, confidence_of: dict, threshold: float) -> dict:
    """Micro precision, recall and F1 over the directories when claims below
    ``threshold`` are dropped, scored by :func:`claimgraph.evaluate.evaluate`."""
    total = {"required": 0, "found": 0, "extracted": 0, "correct": 0}
    for directory, found in directories_found.items():
        s = evaluate(directory, lambda p: [d for d in found[p] if confidence_of[id(d)] >= threshold])
        for k in total:
            total[k] += getattr(s, k)
    p = total["correct"] / total["extracted"] if total["extracted"] else 0.0
    r = total["found"] / total["required"] if total["required"] else 0.0
    return {"threshold": threshold, **total, "precision": round(p, 3), "recall": round(r, 3),
            "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def _print_report(title: str, bands: list[dict], f1s: list[dict]) -> None:
    from ..tables import text_table

    print(title)
    print(text_table([[b["band"], b["claims"], b["correct"], "" if b["precision"] is None else f"{b['precision']:.3f}"]
                      for b in bands], ["confidence", "claims", "correct", "precision"]))
    print()
    print(text_table([[f"{f['threshold']:g}", f["extracted"], f["correct"], f["found"], f"{f['precision']:.3f}",
                       f"{f['recall']:.3f}", f"{f['f1']:.3f}"] for f in f1s],
                     ["min confidence", "claims", "correct", "gold found", "precision", "recall", "F1"]))
    print()


def train(sets=TRAINING_SETS, past=PAST, output: Path | None = OUTPUT) -> dict:
    """Fit on the current extractor's claims of ``sets`` and the past
    extractors' claims (``past``), print the cross-validated report, write the
    model to ``output`` (not when None) and return it as written."""
    import numpy as np
    import sklearn

    rows, found, past_found = [], {}, {}
    for s in sets:
        directory = ROOT / s
        if not (directory / "gold.jsonl").is_file():
            raise ClaimgraphError(f"training set {s} not found (no {directory / 'gold.jsonl'})")
        got, paths = labelled(directory)
        rows += got
        found[directory] = paths
    for commit, s in past:
        directory = ROOT / s
        got, paths = labelled(directory, past_claims(commit, directory), commit)
        rows += got
        past_found[directory] = paths
    oof, chosen = cross_validated(rows)
    confidence_of = {id(r.claim): p for r, p in zip(rows, oof)}
    now = [(p, r.correct) for r, p in zip(rows, oof) if not r.past]
    then = [(p, r.correct) for r, p in zip(rows, oof) if r.past]
    bands = band_table(*zip(*now))
    f1s = [f1_at(found, confidence_of, t) for t in THRESHOLDS]
    folds = f"{FOLDS} folds by document; C per fold: {', '.join(f'{c:g}' for c in chosen)}"
    _print_report(f"cross-validated ({folds}): the current extractor, {len(now)} claims "
                  f"from {len({(r.set, r.doc) for r in rows if not r.past})} articles", bands, f1s)
    past_bands = band_table(*zip(*then)) if then else []
    past_f1s = [f1_at(past_found, confidence_of, t) for t in THRESHOLDS] if then else []
    if then:
        _print_report(f"cross-validated, the past extractors ({', '.join(f'{c} on {s}' for c, s in past)}), "
                      f"{len(then)} claims", past_bands, past_f1s)
    X = np.array([r.x for r in rows], dtype=float)
    y = np.array([r.correct for r in rows], dtype=int)
    groups = np.array([f"{r.set}/{r.doc}" for r in rows])
    w, b, mean, scale, c = fit(X, y, groups)
    model = {
        "model": "logistic regression: confidence = sigmoid(intercept + sum(weights * (x - mean) / scale))",
        "features": list(FEATURE_NAMES),
        "weights": [round(float(v), 6) for v in w],
        "intercept": round(b, 6),
        "scaling": {"mean": [round(float(v), 6) for v in mean], "scale": [round(float(v), 6) for v in scale]},
        "C": c,
        "training": {"sets": list(sets), "past_extractors": [{"commit": c, "set": s} for c, s in past],
                     "extractor": _code_version(),
                     "claims": len(rows), "correct": int(y.sum()), "articles": len(set(groups)),
                     "date": dt.date.today().isoformat(), "scikit-learn": sklearn.__version__},
        "cross_validation": {"folds": FOLDS, "grouped_by": "document", "current": {"bands": bands, "thresholds": f1s},
                             "past": {"bands": past_bands, "thresholds": past_f1s}},
    }
    if output is not None:
        Path(output).write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        conf.load_model.cache_clear()
        print(f"wrote {output}")
    return model


def _code_version() -> str:
    # The commit of the extractor the model was fitted on, "+changes" when src/ differs from it.
    import subprocess

    def git(*argv):
        done = subprocess.run(["git", "-C", str(ROOT), *argv], capture_output=True, text=True)
        return done.stdout.strip() if done.returncode == 0 else None

    commit = git("rev-parse", "--short", "HEAD")
    if commit is None:
        return "unknown"
    return commit + ("+changes" if git("status", "--porcelain", "--", "src") else "")


def check(directories, model_path=None) -> tuple[list[dict], list[dict]]:
    """Bands and F1 at thresholds of ``directories`` (one or several) scored
    with the shipped model, or the one at ``model_path``; with several, the
    report of each and then the pooled one (micro F1 over all)."""
    dirs = [Path(directories)] if isinstance(directories, (str, Path)) else [Path(d) for d in directories]
    model = conf.load_model(str(model_path) if model_path else None)
    which = f"the model {model_path}" if model_path else "the shipped model"
    scores, correct, found, confidence_of = [], [], {}, {}
    for directory in dirs:
        _checking.append(True)
        try:
            rows, found[directory] = labelled(directory)
        finally:
            _checking.pop()
        # the same numbers the extractor gives: the model's prediction, rounded
        mine = [round(model.predict(dict(zip(FEATURE_NAMES, r.x))), 3) for r in rows]
        confidence_of.update((id(r.claim), p) for r, p in zip(rows, mine))
        scores += mine
        correct += [r.correct for r in rows]
        _print_report(f"{directory} with {which}, {len(rows)} claims", band_table(mine, [r.correct for r in rows]),
                      [f1_at({directory: found[directory]}, confidence_of, t) for t in THRESHOLDS])
    bands = band_table(scores, correct)
    f1s = [f1_at(found, confidence_of, t) for t in THRESHOLDS]
    if len(dirs) > 1:
        _print_report(f"{len(dirs)} sets pooled with {which}, {len(scores)} claims", bands, f1s)
    return bands, f1s


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m claimgraph.extract.confidence_training",
                                 description="Fit the claim confidence model on the annotated sets.")
    ap.add_argument("--check", metavar="DIR", nargs="+",
                    help="only score DIR (with gold.jsonl; several: each, then pooled) with the shipped model")
    ap.add_argument("--model", metavar="PATH", help="with --check: score with the model at PATH instead")
    ap.add_argument("-o", "--output", default=str(OUTPUT), help=f"where to write the model (default {OUTPUT})")
    ap.add_argument("--no-past", action="store_true",
                    help="learn from the current extractor's claims only (no git history needed)")
    args = ap.parse_args(argv)
    try:
        if args.check:
            check(args.check, args.model)
        else:
            train(past=() if args.no_past else PAST, output=Path(args.output))
    except ClaimgraphError as exc:
        print(f"confidence_training: error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
