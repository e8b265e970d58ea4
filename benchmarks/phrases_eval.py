"""Score framing.score_phrase on a labelled dev set, against vaderSentiment-fr and textblob-fr.

Prints polarity macro-F1 over negative/neutral/positive and frame accuracy for
``framing.score_phrase``, and the polarity macro-F1 of the two off-the-shelf French
baselines (they assign no frame). A second block leaves out the rows that the dev set's
README lists as copied from the task brief (a stricter figure).

Baselines: vaderSentiment-fr ``compound`` with VADER's usual cut-offs (>= 0.05
positive, <= -0.05 negative); textblob-fr ``PatternAnalyzer`` polarity (> 0 positive,
< 0 negative, 0 neutral).

Usage::

    .venv/bin/python benchmarks/phrases_eval.py [PATH ...] [--errors] [--no-baselines]

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


def report(dev: pd.DataFrame, title: str, show_errors: bool = False, baselines: bool = True) -> None:
    scores = [framing.score_phrase(p) for p in dev["phrase"]]
    pred = [s.label for s in scores]
    frames = [s.frame for s in scores]
    gold = dev["label"].tolist()
    print(f"== {title}: {len(dev)} phrases")
    f1 = f1_score(gold, pred, labels=LABELS, average="macro")
    acc = accuracy_score(dev["frame"], frames)
    print(f"framing.score_phrase   polarity macro-F1 {f1:.3f}   frame accuracy {acc:.3f}")
    for name, fn in (("vaderSentiment-fr", vader_labels), ("textblob-fr", textblob_labels)) if baselines else ():
        base = fn(dev["phrase"].tolist())
        print(f"{name:<22} polarity macro-F1 {f1_score(gold, base, labels=LABELS, average='macro'):.3f}"
              f"   frame accuracy n/a (no frames)")
    if show_errors:
        for (_, row), s in zip(dev.iterrows(), scores):
            if s.label != row["label"] or s.frame != row["frame"]:
                print(f"  {row['phrase']!r}: gold {row['label']}/{row['frame']} "
                      f"got {s.label}/{s.frame} {s.polarity:+.2f} {s.entries}")


def main(argv: list[str]) -> None:
    args = [a for a in argv if not a.startswith("--")]
    sets = Path(__file__).with_name("phrases_sets")
    paths = [Path(a) for a in args] or [sets / "dev.csv", sets / "test1.csv", sets / "test2.csv", sets / "test3.csv"]
    errors, baselines = "--errors" in argv, "--no-baselines" not in argv
    for path in paths:
        dev = pd.read_csv(path, dtype=str, keep_default_na=False)
        report(dev, f"{path} (all rows)", show_errors=errors, baselines=baselines)
        strict = dev[~dev["phrase"].isin(FROM_BRIEF)]
        if len(strict) < len(dev):
            report(strict, f"{path} (without rows taken from the brief)", baselines=baselines)
        print()


if __name__ == "__main__":
    main(sys.argv[1:])
