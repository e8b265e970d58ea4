"""Score framing.extract_quotes on a gold set and count the marked non-quotes it extracts.

    python benchmarks/score_quotes_dev.py [--dir benchmarks/quotes_dev]

The directory holds ``texts/<doc_id>.txt``, ``gold.csv`` (columns of the seeds' gold) and optionally
``nonquotes.csv`` (doc_id, char_start, text). Matching follows the acceptance scorer
(``score_quotes.py``): overlap >= half the shorter span, one to one, largest overlap first; a match is
correct when the side agrees. Beside F1 it prints recall by kind and the number of non-quotes extracted.
"""
from __future__ import annotations

import argparse
import csv
from collections import Counter
from pathlib import Path

import pandas as pd

import framing


def _match(preds, golds):
    pairs = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            ov = max(0, min(p[1], g[1]) - max(p[0], g[0]))
            short = min(p[1] - p[0], g[1] - g[0])
            if short > 0 and ov >= 0.5 * short:
                pairs.append((ov, i, j))
    pairs.sort(reverse=True)
    up, ug, out = set(), set(), []
    for _, i, j in pairs:
        if i not in up and j not in ug:
            up.add(i)
            ug.add(j)
            out.append((i, j))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default=str(Path(__file__).resolve().parent / "quotes_dev"))
    args = ap.parse_args()
    d = Path(args.dir)
    gold = list(csv.DictReader(open(d / "gold.csv", encoding="utf-8")))
    ids = sorted({g["doc_id"] for g in gold})
    texts = {i: (d / "texts" / f"{i}.txt").read_text(encoding="utf-8") for i in ids}
    found = framing.extract_quotes(pd.DataFrame({"doc_id": ids, "text": [texts[i] for i in ids]}), progress=False)
    n_ok = n_match = 0
    by_kind = Counter()
    got_kind = Counter()
    for i in ids:
        rows = found[found["doc_id"] == i]
        preds = [(int(r.start), int(r.end), r.side) for r in rows.itertuples()]
        golds = [(int(g["char_start"]), int(g["char_end"]), g["side"], g["kind"]) for g in gold if g["doc_id"] == i]
        pairs = _match(preds, golds)
        n_match += len(pairs)
        n_ok += sum(preds[a][2] == golds[b][2] for a, b in pairs)
        by_kind.update(g[3] for g in golds)
        got_kind.update(golds[b][3] for _, b in pairs)
    prec, rec = n_ok / max(len(found), 1), n_ok / max(len(gold), 1)
    f1 = 2 * prec * rec / max(prec + rec, 1e-9)
    n_nonq = 0
    nq_path = d / "nonquotes.csv"
    if nq_path.exists():
        for r in csv.DictReader(open(nq_path, encoding="utf-8")):
            a = int(r["char_start"])
            b = a + len(r["text"])
            rows = found[found["doc_id"] == r["doc_id"]]
            if any(s <= a and b <= e and (e - s) <= 2 * (b - a) + 4 for s, e in zip(rows["start"], rows["end"])):
                n_nonq += 1
                print("non-quote extracted:", r["doc_id"], repr(r["text"]))
    print(f"gold={len(gold)} pred={len(found)} matched={n_match} side_acc={n_ok / max(n_match, 1):.3f}")
    print("recall by kind: " + ", ".join(f"{k}={got_kind[k] / by_kind[k]:.2f}" for k in sorted(by_kind)))
    print(f"attribution F1={f1:.3f} (P={prec:.3f} R={rec:.3f}); non-quotes extracted={n_nonq}")


if __name__ == "__main__":
    main()
