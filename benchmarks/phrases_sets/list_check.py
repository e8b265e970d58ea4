"""Checks and writes a constructed list of framing phrases (``make_test7.py`` to ``make_test9.py``).

Standard library only. A list script holds its rows ``(phrase, label, frame, strength, note)``
and the examples it must avoid, and calls :func:`make`, which checks the labels, frames,
strengths (neutral = 1), notes (the fixed list :data:`NOTES`), length (2-10 whitespace-separated
words), uniqueness and avoidance (a phrase may neither contain an avoided example nor be
contained in one, case-insensitive, apostrophes and spaces normalised), then writes the CSV
next to the script and prints the make-up; on any error it writes nothing and exits non-zero.
No rows live here: an annotator writing a new list may read this file.
"""
import csv
import os
import re
import sys
from collections import Counter

P, U, N = "positive", "neutral", "negative"
CO, CF, OT = "cooperation", "conflict", "other"
#: The construction types a row's ``note`` may name, ``; ``-separated.
NOTES = {"plain evaluation", "adverb", "intensifier", "negation", "litotes", "hedge", "idiom",
         "shared aim", "war vocabulary", "failed cooperation", "form of meeting", "atmosphere",
         "stance", "spectacle", "uncertainty", "balanced", "concession",
         "positive word in negative frame", "diminisher"}


def norm(s):
    """Lower case, one kind of apostrophe without spaces around it, single spaces."""
    s = s.lower().replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    s = re.sub(r"\s*'\s*", "'", s)
    return re.sub(r"\s+", " ", s).strip()


def check(rows, avoid):
    """The problems of ``rows`` (an empty list when there are none)."""
    errors = []
    keys = [norm(a) for a in avoid]
    seen = set()
    for i, row in enumerate(rows, 1):
        if len(row) != 5:
            errors.append(f"row {i}: expected 5 fields, got {len(row)}")
            continue
        phrase, label, frame, strength, note = row
        tag = f"row {i} ({phrase!r})"
        if label not in (P, U, N):
            errors.append(f"{tag}: bad label {label!r}")
        if frame not in (CO, CF, OT):
            errors.append(f"{tag}: bad frame {frame!r}")
        if strength not in (1, 2, 3) or isinstance(strength, bool):
            errors.append(f"{tag}: bad strength {strength!r}")
        if label == U and strength != 1:
            errors.append(f"{tag}: neutral phrases must have strength 1")
        notes = [n.strip() for n in note.split(";")]
        bad = [n for n in notes if n not in NOTES]
        if bad or not note.strip():
            errors.append(f"{tag}: unknown note(s) {bad or note!r}")
        if len(notes) != len(set(notes)):
            errors.append(f"{tag}: repeated note")
        nw = len(phrase.split())
        if not 2 <= nw <= 10:
            errors.append(f"{tag}: {nw} words (must be 2-10)")
        if phrase != phrase.strip() or any(q in phrase for q in "«»\"“”"):
            errors.append(f"{tag}: stray spaces or quote marks")
        key = norm(phrase)
        if key in seen:
            errors.append(f"{tag}: duplicate")
        seen.add(key)
        for a, raw in zip(keys, avoid):
            if a in key or key in a:
                errors.append(f"{tag}: overlaps AVOID entry {raw!r}")
    return errors


def make(rows, avoid, name, here):
    """Check ``rows``, write them to ``here/name`` and print the make-up; exit 1 on any error."""
    errors = check(rows, avoid)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print(f"{len(errors)} error(s); {name} not written", file=sys.stderr)
        sys.exit(1)
    out = os.path.join(here, name)
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["phrase", "label", "frame", "strength", "note"])
        for r in rows:
            w.writerow(r)
    lab = Counter(r[1] for r in rows)
    fr = Counter(r[2] for r in rows)
    st = Counter(r[3] for r in rows)
    print(f"wrote {out}: {len(rows)} phrases")
    print("label:", ", ".join(f"{lb} {lab[lb]}" for lb in (P, U, N)))
    print("frame:", ", ".join(f"{x} {fr[x]}" for x in (CO, CF, OT)))
    print("strength:", ", ".join(f"{s}: {st[s]}" for s in (1, 2, 3)))
    print("label x frame x strength:")
    lfs = Counter((r[1], r[2], r[3]) for r in rows)
    for lb in (P, U, N):
        for x in (CO, CF, OT):
            cells = " ".join(f"s{s}={lfs[(lb, x, s)]}" for s in (1, 2, 3))
            tot = sum(lfs[(lb, x, s)] for s in (1, 2, 3))
            print(f"  {lb:8} x {x:11}: {tot:3}  ({cells})")
    nc = Counter(n.strip() for r in rows for n in r[4].split(";"))
    print("notes:", ", ".join(f"{n} {c}" for n, c in nc.most_common()))
    missing = sorted(NOTES - set(nc))
    if missing:
        print("note types not used:", ", ".join(missing))
