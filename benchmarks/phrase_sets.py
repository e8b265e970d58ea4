#!/usr/bin/env python3
"""Build a framing-phrase article set (benchmarks/phrases_articles, phrases_articles2) from its src/.

    python3 benchmarks/phrase_sets.py build benchmarks/phrases_articles --words 250-500 --dev-upto 24
    python3 benchmarks/phrase_sets.py build benchmarks/phrases_articles2 --words 280-620

Reads DIR/src/articles/<doc_id>.txt and DIR/src/annotations.py (PHRASES, TONE, META, written
by phrase text and optional anchor, never by offset), computes the character offset of each
phrase, validates labels, and writes DIR/texts/, gold_phrases.csv, gold_tone.csv,
metadata.csv and split.csv (articles numbered up to ``--dev-upto`` are ``dev``, the others
``test``). Writes nothing and exits 1 on any error. Standard library only.
"""
import argparse
import csv
import os
import re
import runpy
import sys

POLARITY = {"positive", "neutral", "negative"}
STRENGTH = {1, 2, 3}
FRAME = {"cooperation", "conflict", "other"}
VOICE = {"journalist", "quoted"}
DOC_RE = re.compile(r"^a(\d\d)_[a-z0-9]+_(\d{8})$")


_POL = {"pos": "positive", "neg": "negative", "neu": "neutral"}
_FR = {"coop": "cooperation", "conf": "conflict", "oth": "other"}
_VO = {"q": "quoted", "j": "journalist"}


def read_annotations(path):
    """(phrases, tone, meta) of a set's ``src/annotations.py``.

    The file calls ``p(doc, phrase, polarity, strength, frame, voice, after=None, note="")``
    once per gold phrase (labels in full or abbreviated: pos/neg/neu, coop/conf/oth, q/j) and
    fills ``TONE[doc]`` (-2..2) and ``META[doc] = (outlet, date, event)``; ``p``, ``PHRASES``,
    ``TONE`` and ``META`` are given to it here.
    """
    phrases, tone, meta = [], {}, {}

    def p(doc, phrase, polarity, strength, frame, voice, after=None, note=""):
        phrases.append(dict(doc=doc, phrase=phrase, polarity=_POL.get(polarity, polarity), strength=strength,
                            frame=_FR.get(frame, frame), voice=_VO.get(voice, voice), after=after, note=note))

    runpy.run_path(path, init_globals={"p": p, "PHRASES": phrases, "TONE": tone, "META": meta})
    return phrases, tone, meta


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["build"])
    parser.add_argument("folder")
    parser.add_argument("--words", default="250-500", help="allowed words per article, LOW-HIGH")
    parser.add_argument("--dev-upto", type=int, default=0,
                        help="articles numbered up to this are the dev part (default 0: all are test)")
    args = parser.parse_args(argv)
    HERE = os.path.abspath(args.folder)
    SRC = os.path.join(HERE, "src")
    ART = os.path.join(SRC, "articles")
    OUT_TEXTS = os.path.join(HERE, "texts")
    low, high = map(int, args.words.split("-"))

    def part_of(doc):
        return "dev" if int(DOC_RE.match(doc).group(1)) <= args.dev_upto else "test"

    phrases, tone, meta = read_annotations(os.path.join(SRC, "annotations.py"))
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
        if not low <= nw <= high:
            errors.append(f"{doc}: {nw} words (want {low}-{high})")

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
    for part in sorted({part_of(d) for d in texts}):
        docs = [d for d in texts if part_of(d) == part]
        print(part, len(docs), "articles,", sum(1 for r in rows if part_of(r[0]) == part), "phrases, tone",
              dict(sorted(Counter(tone[d] for d in docs).items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
