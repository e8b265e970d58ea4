"""Fit the phrase model of :mod:`framing.phrases.phrase_model` on the development phrases.

Training phrases, each with its coded polarity label (negative / neutral / positive):

* the development lists of constructed phrases (``phrases_sets/``, :data:`TRAIN_LISTS`: the dev
  lists and the older test lists that were spent by tuning on them);
* the coded phrases of the development article sets (``phrases_articles*`` minus the held-out
  ones, as ``train_clause_model.DEV_SETS``), read as isolated phrases.

The held-out lists (:data:`HELD_OUT_LISTS`) and article sets are never read here. The rules'
reading of each phrase (``score_phrase(..., model=False)``) is computed with the code as it
stands, so refit after any change of the lexicon or the rules.

Usage::

    .venv/bin/python benchmarks/train_phrase_model.py         # fit, write framing/data/phrase_model.csv
    .venv/bin/python benchmarks/train_phrase_model.py --cv    # leave-one-list-out figures, write nothing

``--cv`` prints, for each development list of PHRASES.md labels (``dev2`` on), the polarity
macro-F1 of the rules alone and of the rules with a model fitted on every other training
phrase. The rules themselves were tuned on these lists, so both figures are in-sample for the
rules; only the model's part is out of fold.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd
from sklearn.metrics import f1_score

from framing.phrases.match import _Doc
from framing.phrases.phrase_model import LABELS, PhraseModel
from framing.phrases.score import score_phrase

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from train_clause_model import DEV_SETS  # noqa: E402

SETS = HERE / "phrases_sets"
#: Lists read for training: development lists and spent test lists (their READMEs say how each was used).
TRAIN_LISTS = ("dev", "test1", "test2", "test3", "test4", "test6", "test7", "test8",
               "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16")
#: Lists never read here: held out, or of doubtful status (test5).
HELD_OUT_LISTS = ("test5", "test9", "test10", "test11", "test12", "test13", "test14")
#: Lists scored by ``--cv`` (PHRASES.md labels).
CV_LISTS = ("dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15", "dev16")


def training_table() -> pd.DataFrame:
    """One row per training phrase: ``phrase``, ``label``, ``source`` and the rules' ``rules_label``, ``rules_polarity``."""
    parts = []
    for name in TRAIN_LISTS:
        assert name not in HELD_OUT_LISTS
        t = pd.read_csv(SETS / f"{name}.csv", keep_default_na=False)
        parts.append(pd.DataFrame({"phrase": t["phrase"], "label": t["label"], "source": name}))
    for name in DEV_SETS:
        g = pd.read_csv(HERE / name / "gold_phrases.csv", keep_default_na=False)
        parts.append(pd.DataFrame({"phrase": g["phrase"], "label": g["polarity"], "source": name}))
    table = pd.concat(parts, ignore_index=True)
    bad = table[~table["label"].isin(LABELS)]
    if len(bad):
        raise ValueError(f"unknown labels {sorted(set(bad['label']))} in {sorted(set(bad['source']))}")
    scores = [score_phrase(p, model=False) for p in table["phrase"]]
    table["rules_label"] = [s.label for s in scores]
    table["rules_polarity"] = [s.polarity for s in scores]
    return table


def fit(table: pd.DataFrame, **params) -> PhraseModel:
    return PhraseModel(**params).fit(table["phrase"], table["label"],
                                     readings=zip(table["rules_label"], table["rules_polarity"]))


def cross_validate(table: pd.DataFrame, **params) -> None:
    rules, model = [], []
    for name in CV_LISTS:
        test = table[table["source"] == name]
        m = fit(table[table["source"] != name], **params)
        got = []
        for phrase, lab, pol in zip(test["phrase"], test["rules_label"], test["rules_polarity"]):
            p = m.probabilities(_Doc(phrase).lem, lab, pol)
            got.append(max(p, key=p.get))
        a = f1_score(test["label"], test["rules_label"], average="macro", labels=list(LABELS))
        b = f1_score(test["label"], got, average="macro", labels=list(LABELS))
        rules.append(a)
        model.append(b)
        print(f"{name:6s} {len(test):4d} phrases  rules {a:.3f}  rules + model {b:.3f}")
    print(f"mean of {len(CV_LISTS)} lists: rules {sum(rules) / len(rules):.3f}, "
          f"rules + model {sum(model) / len(model):.3f}")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cv", action="store_true", help="leave-one-list-out figures only")
    ap.add_argument("--C", type=float, default=1.0)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--weight", type=float, default=3.0)
    ap.add_argument("--out", default=str(HERE.parent / "framing" / "data" / "phrase_model.csv"))
    args = ap.parse_args(argv)
    table = training_table()
    params = {"C": args.C, "min_count": args.min_count, "weight": args.weight}
    if args.cv:
        cross_validate(table, **params)
        return
    fit(table, **params).to_csv(args.out)
    lists = table["source"].isin(TRAIN_LISTS)
    print(f"{len(table)} phrases ({int(lists.sum())} from {len(TRAIN_LISTS)} lists, {int((~lists).sum())} coded in "
          f"{len(DEV_SETS)} article sets): wrote {args.out}")


if __name__ == "__main__":
    main()
