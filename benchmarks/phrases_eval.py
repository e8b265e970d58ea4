"""Score framing.score_phrase on a labelled dev set, against vaderSentiment-fr and textblob-fr.

Prints polarity macro-F1 over negative/neutral/positive and frame accuracy for
``framing.score_phrase``, and the polarity macro-F1 of the two off-the-shelf French
baselines (they assign no frame).

Frames: ``score_phrase`` gives cooperation / conflict / other (PHRASES.md). Sets labelled
with the older finer frames (``dev``, ``test1``..``test3``: conflict, cooperation,
diplomacy, threat, uncertainty, economy, humanitarian, neutral) are scored twice: on
``detail`` against the old label as written, and on ``frame`` against the old label
mapped to the three frames: conflict and threat -> conflict; cooperation -> cooperation;
diplomacy with a polarity (good talks, or their failure) -> cooperation, neutral diplomacy
-> other; uncertainty and neutral -> other; economy and humanitarian follow the gold
polarity (positive cooperation, negative conflict, neutral other). The mapping is
:func:`framing.phrases.coarse_frame`, with the gold label's sign. A second block leaves out the rows that the dev set's
README lists as copied from the task brief (a stricter figure).

Baselines: vaderSentiment-fr ``compound`` with VADER's usual cut-offs (>= 0.05
positive, <= -0.05 negative); textblob-fr ``PatternAnalyzer`` polarity (> 0 positive,
< 0 negative, 0 neutral).

Usage::

    .venv/bin/python benchmarks/phrases_eval.py [PATH ...] [--errors] [--no-baselines] [--no-model]

``--no-model`` scores the lexicon and the rules alone (``score_phrase(..., model=False)``,
without the phrase model of :mod:`framing.phrases.phrase_model`).

Several paths give one block per set (the dev set by default); the strict block without
brief rows is printed only for a set that holds such rows.
"""

from __future__ import annotations

import sys
import warnings
from pathlib import Path

import pandas as pd
from sklearn.metrics import accuracy_score, f1_score

import framing
from framing.phrases import FRAMES, coarse_frame

LABELS = ["negative", "neutral", "positive"]
FROM_BRIEF = {
    "un dialogue de sourds", "le torchon brûle entre Moscou et Washington", "pas une très bonne conversation",
    "aucun progrès notable", "enterrer la hache de guerre", "des échanges francs et constructifs",
    "une avancée timide", "n'exclut pas un accord", "une détente fragile", "un entretien de routine",
}


def vader_labels(phrases):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from vaderSentiment_fr.vaderSentiment import SentimentIntensityAnalyzer
    analyzer = SentimentIntensityAnalyzer()
    out = []
    for p in phrases:
        c = analyzer.polarity_scores(p)["compound"]
        out.append("positive" if c >= 0.05 else "negative" if c <= -0.05 else "neutral")
    return out


def textblob_labels(phrases):
    from textblob import TextBlob
    from textblob_fr import PatternAnalyzer, PatternTagger

    tagger, analyzer = PatternTagger(), PatternAnalyzer()
    out = []
    for p in phrases:
        pol = TextBlob(p, pos_tagger=tagger, analyzer=analyzer).sentiment[0]
        out.append("positive" if pol > 0 else "negative" if pol < 0 else "neutral")
    return out


SIGN = {"positive": 1.0, "negative": -1.0, "neutral": 0.0}


def gold_frames(dev: pd.DataFrame) -> list[str]:
    """The gold frame as cooperation / conflict / other (old finer labels mapped, module docstring)."""
    return [coarse_frame(f, SIGN.get(lab, 0.0)) for f, lab in zip(dev["frame"], dev["label"])]


def report(dev: pd.DataFrame, title: str, show_errors: bool = False, baselines: bool = True,
           model: bool = True) -> None:
    scores = [framing.score_phrase(p, model=model) for p in dev["phrase"]]
    pred = [s.label for s in scores]
    frames = [s.frame for s in scores]
    gold = dev["label"].tolist()
    gold_f = gold_frames(dev)
    old = not set(dev["frame"]) <= set(FRAMES)
    print(f"== {title}: {len(dev)} phrases")
    f1 = f1_score(gold, pred, labels=LABELS, average="macro")
    acc = accuracy_score(gold_f, frames)
    line = f"framing.score_phrase   polarity macro-F1 {f1:.3f}   frame accuracy {acc:.3f}"
    if old:
        line += (f" (old labels mapped to {'/'.join(FRAMES)}; finer label vs detail "
                 f"{accuracy_score(dev['frame'], [s.detail for s in scores]):.3f})")
    print(line)
    for name, fn in (("vaderSentiment-fr", vader_labels), ("textblob-fr", textblob_labels)) if baselines else ():
        try:
            base = fn(dev["phrase"].tolist())
        except ModuleNotFoundError as exc:
            print(f"{name:<22} not installed ({exc.name})")
            continue
        print(f"{name:<22} polarity macro-F1 {f1_score(gold, base, labels=LABELS, average='macro'):.3f}"
              f"   frame accuracy n/a (no frames)")
    if show_errors:
        for (_, row), s, gf in zip(dev.iterrows(), scores, gold_f):
            if s.label != row["label"] or s.frame != gf:
                print(f"  {row['phrase']!r}: gold {row['label']}/{gf} "
                      f"got {s.label}/{s.frame} {s.polarity:+.2f} {s.entries}")


def main(argv: list[str]) -> None:
    args = [a for a in argv if not a.startswith("--")]
    sets = Path(__file__).with_name("phrases_sets")
    names = ("dev", "test1", "test2", "test3", "test4", "test5")
    paths = [Path(a) for a in args] or [sets / f"{name}.csv" for name in names if (sets / f"{name}.csv").exists()]
    errors, baselines, model = "--errors" in argv, "--no-baselines" not in argv, "--no-model" not in argv
    for path in paths:
        dev = pd.read_csv(path, dtype=str, keep_default_na=False)
        report(dev, f"{path} (all rows)", show_errors=errors, baselines=baselines, model=model)
        strict = dev[~dev["phrase"].isin(FROM_BRIEF)]
        if len(strict) < len(dev):
            report(strict, f"{path} (without rows taken from the brief)", baselines=baselines, model=model)
        print()


if __name__ == "__main__":
    main(sys.argv[1:])
