#!/usr/bin/env python3
"""Build the phrases_articles2 evaluation set (all test) from src/ (standard library only).

Reads src/articles/<doc_id>.txt and src/annotations.py (PHRASES, TONE, META),
computes character offsets of each phrase, validates labels, and writes
texts/, gold_phrases.csv, gold_tone.csv, metadata.csv, split.csv.
Exits non-zero on any error.
"""
import csv
import os
import re
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
ART = os.path.join(SRC, "articles")
OUT_TEXTS = os.path.join(HERE, "texts")

POLARITY = {"positive", "neutral", "negative"}
STRENGTH = {1, 2, 3}
FRAME = {"cooperation", "conflict", "other"}
VOICE = {"journalist", "quoted"}
DOC_RE = re.compile(r"^a(\d\d)_[a-z0-9]+_(\d{8})$")


def part_of(doc):
    return "test"  # phrases_articles2: every article is held out


def main():
    ns = runpy.run_path(os.path.join(SRC, "annotations.py"))
    phrases, tone, meta = ns["PHRASES"], ns["TONE"], ns.get("META", {})
    errors, warnings = [], []

    texts = {}
    for fn in sorted(os.listdir(ART)):
        if not fn.endswith(".txt"):
            continue
        doc = fn[:-4]
        if not DOC_RE.match(doc):
            errors.append(f"bad doc_id {doc}")
            continue
        with open(os.path.join(ART, fn), encoding="utf-8") as f:
            texts[doc] = f.read()
        nw = len(texts[doc].split())
        if not 280 <= nw <= 620:
            errors.append(f"{doc}: {nw} words (want 280-620)")

    rows = []
    seen_spans = {}
    for i, ph in enumerate(phrases):
        doc, phrase = ph["doc"], ph["phrase"]
        where = f"#{i} {doc} «{phrase}»"
        if doc not in texts:
            errors.append(f"{where}: no article")
            continue
        t = texts[doc]
        if ph["polarity"] not in POLARITY:
            errors.append(f"{where}: polarity {ph['polarity']!r}")
        if ph["strength"] not in STRENGTH:
            errors.append(f"{where}: strength {ph['strength']!r}")
        if ph["frame"] not in FRAME:
            errors.append(f"{where}: frame {ph['frame']!r}")
        if ph["voice"] not in VOICE:
            errors.append(f"{where}: voice {ph['voice']!r}")
        if phrase != phrase.strip() or not phrase or phrase[0] in "«\"“" or phrase[-1] in "»\"”":
            errors.append(f"{where}: untrimmed span or quote marks inside")
        after = ph.get("after")
        if after is None:
            n = t.count(phrase)
            if n != 1:
                errors.append(f"{where}: occurs {n} times, needs a unique match or an anchor")
                continue
            start = t.index(phrase)
        else:
            na = t.count(after)
            if na != 1:
                errors.append(f"{where}: anchor «{after}» occurs {na} times")
                continue
            a_end = t.index(after) + len(after)
            start = t.find(phrase, a_end)
            if start < 0:
                errors.append(f"{where}: not found after anchor «{after}»")
                continue
        end = start + len(phrase)
        assert t[start:end] == phrase
        for (s, e), other in seen_spans.get(doc, {}).items():
            if s < end and start < e:
                errors.append(f"{where}: overlaps «{other}»")
        seen_spans.setdefault(doc, {})[(start, end)] = phrase
        rows.append((doc, start, end, phrase, ph["polarity"], ph["strength"],
                     ph["frame"], ph["voice"], ph.get("note", "")))

    for doc in texts:
        if doc not in tone:
            errors.append(f"{doc}: no tone")
        elif tone[doc] not in (-2, -1, 0, 1, 2):
            errors.append(f"{doc}: tone {tone[doc]!r}")
        if doc not in meta:
            errors.append(f"{doc}: no metadata")
        k = len(seen_spans.get(doc, {}))
        if not 4 <= k <= 22:
            warnings.append(f"{doc}: {k} phrases")
    for doc in list(tone) + list(meta):
        if doc not in texts:
            errors.append(f"{doc}: tone/metadata for a missing article")

    for w in warnings:
        print("WARNING", w)
    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} error(s); nothing written")
        return 1

    os.makedirs(OUT_TEXTS, exist_ok=True)
    for doc, t in texts.items():
        with open(os.path.join(OUT_TEXTS, doc + ".txt"), "w", encoding="utf-8", newline="") as f:
            f.write(t)
    rows.sort(key=lambda r: (r[0], r[1]))
    with open(os.path.join(HERE, "gold_phrases.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["doc_id", "start", "end", "phrase", "polarity", "strength", "frame", "voice", "note"])
        w.writerows(rows)
    with open(os.path.join(HERE, "gold_tone.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["doc_id", "tone_relation"])
        for doc in sorted(texts):
            w.writerow([doc, tone[doc]])
    with open(os.path.join(HERE, "metadata.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["doc_id", "outlet", "date", "event"])
        for doc in sorted(texts):
            outlet, date, event = meta[doc]
            w.writerow([doc, outlet, date, event])
    with open(os.path.join(HERE, "split.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["doc_id", "part"])
        for doc in sorted(texts):
            w.writerow([doc, part_of(doc)])

    # verification pass on what was written
    with open(os.path.join(HERE, "gold_phrases.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            with open(os.path.join(OUT_TEXTS, r["doc_id"] + ".txt"), encoding="utf-8", newline="") as g:
                tt = g.read()
            assert tt[int(r["start"]):int(r["end"])] == r["phrase"], r

    from collections import Counter
    print(f"{len(texts)} articles, {len(rows)} phrases")
    for key, idx in (("polarity", 4), ("strength", 5), ("frame", 6), ("voice", 7)):
        print(key, dict(Counter(r[idx] for r in rows)))
    print("polarity x voice", dict(Counter((r[4], r[7]) for r in rows)))
    print("tone", dict(sorted(Counter(tone[d] for d in texts).items())))
    for part in ("test",):
        docs = [d for d in texts if part_of(d) == part]
        print(part, len(docs), "articles,", sum(1 for r in rows if part_of(r[0]) == part), "phrases, tone",
              dict(sorted(Counter(tone[d] for d in docs).items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
