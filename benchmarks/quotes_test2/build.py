"""Rebuild texts/, gold.csv and nonquotes.csv of the second held-out quote-attribution set (holdout2) from src/.

src/articles/<doc_id>.txt are the article sources. Two placeholder characters stand for spaces that are
hard to type and see: U+237D (⍽) becomes NO-BREAK SPACE (U+00A0) and U+203F (‿) becomes NARROW NO-BREAK
SPACE (U+202F). src/annotations.py lists the gold rows by quote text plus an optional anchor string after
which the quote is searched; this script computes every character offset (none is counted by hand) and
refuses ambiguous rows: without an anchor the quote must occur exactly once in the text; with an anchor
the anchor must occur exactly once. Usage: ``python build.py`` then ``python check.py``.
"""
import csv
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
PLACEHOLDERS = {"\u237d": "\u00a0", "\u203f": "\u202f"}
GOLD_COLS = ["doc_id", "char_start", "char_end", "kind", "speaker", "speaker_resolved", "side", "nested",
             "quote_text", "note"]
NONQ_COLS = ["doc_id", "char_start", "text", "why"]


def convert(s):
    for k, v in PLACEHOLDERS.items():
        s = s.replace(k, v)
    return s


def locate(text, quote, after, doc, what):
    start = 0
    if after is not None:
        a = convert(after)
        start = text.find(a)
        if start < 0:
            sys.exit(f"{doc}: anchor not found for {what}: {after!r}")
        if text.find(a, start + 1) >= 0:
            sys.exit(f"{doc}: anchor occurs more than once for {what}: {after!r}")
    i = text.find(quote, start)
    if i < 0:
        sys.exit(f"{doc}: {what} not found: {quote!r}")
    if after is None and text.find(quote, i + 1) >= 0:
        sys.exit(f"{doc}: {what} occurs more than once, give an anchor: {quote!r}")
    return i


def main():
    texts = {}
    (HERE / "texts").mkdir(exist_ok=True)
    for p in sorted((HERE / "src" / "articles").glob("*.txt")):
        t = convert(p.read_text(encoding="utf-8"))
        texts[p.stem] = t
        with open(HERE / "texts" / p.name, "w", encoding="utf-8", newline="") as f:
            f.write(t)
    spec = importlib.util.spec_from_file_location("annotations", HERE / "src" / "annotations.py")
    ann = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(ann)
    rows = []
    for r in ann.GOLD:
        doc = r["doc_id"]
        if doc not in texts:
            sys.exit(f"no text for {doc}")
        q = convert(r["quote_text"])
        i = locate(texts[doc], q, r.get("after"), doc, "quote")
        rows.append({"doc_id": doc, "char_start": i, "char_end": i + len(q), "kind": r["kind"],
                     "speaker": convert(r["speaker"]), "speaker_resolved": r["speaker_resolved"],
                     "side": r["side"], "nested": r.get("nested", "no"), "quote_text": q,
                     "note": r.get("note", "")})
    order = {d: k for k, d in enumerate(sorted(texts))}
    rows.sort(key=lambda x: (order[x["doc_id"]], x["char_start"], -x["char_end"]))
    with open(HERE / "gold.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=GOLD_COLS, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    nrows = []
    for r in ann.NONQUOTES:
        doc = r["doc_id"]
        s = convert(r["text"])
        i = locate(texts[doc], s, r.get("after"), doc, "non-quote")
        nrows.append({"doc_id": doc, "char_start": i, "text": s, "why": r["why"]})
    nrows.sort(key=lambda x: (order[x["doc_id"]], x["char_start"]))
    with open(HERE / "nonquotes.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=NONQ_COLS, lineterminator="\n")
        w.writeheader()
        w.writerows(nrows)
    print(f"{len(texts)} texts, {len(rows)} gold rows, {len(nrows)} non-quotes")


if __name__ == "__main__":
    main()
