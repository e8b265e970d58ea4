"""Fit the clause model of :mod:`framing.phrases.clauses` on the coded development sets.

Each development set (``benchmarks/phrases_articles*`` minus the held-out ones listed in
``HELD_OUT``) is read with :func:`framing.find_phrases` (``clauses=False``: the lexicon and
the composition rules). Every clause that no phrase found touches is a training row: framing
when it matches a coded phrase by the benchmark's rule (overlap of at least half the shorter
span), with the polarity and frame of the coded phrase it overlaps most.

Usage::

    .venv/bin/python benchmarks/train_clause_model.py            # fit, write framing/data/clause_model.csv
    .venv/bin/python benchmarks/train_clause_model.py --cv       # leave-one-set-out figures, write nothing

``--cv`` prints, for each threshold, the clauses the model would add over all sets, how many
match a coded phrase, how many coded phrases that the lexicon missed they recover, and the
polarity and frame accuracy on the matched ones (each set scored by a model fitted on the others).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

import framing
from framing.phrases.clauses import ClauseModel, open_clauses
from framing.phrases.voice import _quotes_by_doc, voice_at

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from phrases_articles_eval import HELD_OUT, load_set, overlap_match  # noqa: E402

#: The dev article sets: every set but the held-out ones (HELD_OUT, never read here).
DEV_SETS = sorted((p.name for p in HERE.glob("phrases_articles*") if p.is_dir() and p.name not in HELD_OUT),
                  key=lambda n: int(n[16:] or 1))


def training_table(name: str) -> pd.DataFrame:
    """The open clauses of one set with their labels (columns in the module docstring)."""
    corpus, gold, _ = load_set(HERE / name)
    corpus = corpus.drop(columns="part")
    quotes = framing.extract_quotes(corpus, progress=False)
    found = framing.find_phrases(corpus, quotes=quotes, progress=False, clauses=False)
    by_doc = _quotes_by_doc(quotes)
    rows = []
    for doc_id, text in zip(corpus["doc_id"], corpus["text"]):
        g = gold[gold["doc_id"] == doc_id]
        f = found[found["doc_id"] == doc_id]
        hit = [any(overlap_match(a, b, s, e) for s, e in zip(f["start"], f["end"]))
               for a, b in zip(g["start"], g["end"])]
        for s, e in open_clauses(text, zip(f["start"], f["end"])):
            over = [(min(e, b) - max(s, a), k) for k, (a, b) in enumerate(zip(g["start"], g["end"]))
                    if overlap_match(a, b, s, e)]
            best = g.iloc[max(over)[1]] if over else None
            rows.append({
                "set": name, "doc_id": doc_id, "start": s, "end": e, "text": text[s:e],
                "quoted": voice_at(text, s, e, by_doc.get(str(doc_id)))[0] == "quoted",
                "framing": bool(over), "polarity": best["polarity"] if over else "",
                "frame": best["frame"] if over else "",
                "recovers": [g.index[k] for _, k in over if not hit[k]],
            })
    table = pd.DataFrame(rows).assign(detect=True)
    coded = pd.DataFrame({"set": name, "doc_id": gold["doc_id"], "start": gold["start"], "end": gold["end"],
                          "text": gold["phrase"], "quoted": gold["voice"] == "quoted", "framing": True,
                          "polarity": gold["polarity"], "frame": gold["frame"], "detect": False})
    coded["recovers"] = [[] for _ in range(len(coded))]
    return pd.concat([table, coded], ignore_index=True)


def cross_validate(table: pd.DataFrame, thresholds=(0.3, 0.4, 0.5, 0.6), with_coded: bool = True,
                   **params) -> None:
    parts = []
    for name, test in table.groupby("set", sort=False):
        train = table[table["set"] != name]
        if not with_coded:
            train = train[train["detect"]]
        test = test[test["detect"]]
        model = ClauseModel(**params).fit(train, train)
        read = [model.read(t, q) for t, q in zip(test["text"], test["quoted"])]
        parts.append(test.assign(p=[r.probability for r in read],
                                 pol=[("negative", "neutral", "positive")[(r.polarity > -0.1) + (r.polarity > 0.1)]
                                      for r in read],
                                 fr=[r.frame for r in read]))
    scored = pd.concat(parts)
    print(f"{len(scored)} open clauses in {scored['set'].nunique()} sets, {scored['framing'].mean():.3f} framing; "
          f"params {params}, coded phrases {'in' if with_coded else 'out'}")
    for t in thresholds:
        kept = scored[scored["p"] >= t]
        ok = kept[kept["framing"]]
        recovered = len({(s, k) for s, ks in zip(kept["set"], kept["recovers"]) for k in ks})
        print(f"threshold {t:.2f}: {len(kept)} clauses added, {len(ok)} match a coded phrase "
              f"({len(ok) / max(1, len(kept)):.3f}), {recovered} coded phrases recovered; "
              f"polarity {(ok['pol'] == ok['polarity']).mean():.3f}, frame {(ok['fr'] == ok['frame']).mean():.3f}")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cv", action="store_true", help="leave-one-set-out figures only")
    ap.add_argument("--C", type=float, default=1.0)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--no-coded", action="store_true",
                    help="polarity and frame from the clauses only, not the coded phrases too")
    ap.add_argument("--cache", help="a pickle of the training table to read or write")
    ap.add_argument("--out", default=str(HERE.parent / "framing" / "data" / "clause_model.csv"))
    args = ap.parse_args(argv)
    if args.cache and Path(args.cache).exists():
        table = pd.read_pickle(args.cache)
    else:
        table = pd.concat([training_table(n) for n in DEV_SETS], ignore_index=True)
        if args.cache:
            table.to_pickle(args.cache)
    params = {"C": args.C, "min_count": args.min_count, "threshold": args.threshold}
    if args.cv:
        cross_validate(table, with_coded=not args.no_coded, **params)
        return
    if args.no_coded:
        table = table[table["detect"]]
    model = ClauseModel(**params).fit(table, table)
    model.to_csv(args.out)
    print(f"{len(table)} clauses from {len(DEV_SETS)} sets ({', '.join(DEV_SETS)}), "
          f"{int((table['framing'] & table['detect']).sum())} framing, "
          f"{int((~table['detect']).sum())} coded phrases for polarity and frame: wrote {args.out}")


if __name__ == "__main__":
    main()
