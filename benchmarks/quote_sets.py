"""Build and check the quote-attribution gold sets (benchmarks/quotes_dev, quotes_test1, quotes_test2).

    python benchmarks/quote_sets.py build DIR
    python benchmarks/quote_sets.py check DIR [--words 200-600] [--mixed-marks MARKS] [--metadata-columns COLS]

A set folder holds ``src/articles/<doc_id>.txt`` (the article sources) and ``src/annotations.py`` (lists
``GOLD`` and ``NONQUOTES`` of dicts written by quote text, never by offset).

**build** regenerates ``texts/``, ``gold.csv`` and ``nonquotes.csv`` from ``src/``. Two placeholder characters
stand for spaces that are hard to type and see: U+237D (⍽) becomes NO-BREAK SPACE (U+00A0) and U+203F (‿)
becomes NARROW NO-BREAK SPACE (U+202F). The script computes every character offset (none is counted by
hand) and refuses ambiguous rows: without an anchor (``after``) the quote must occur exactly once in the
text; with an anchor it is searched after the anchor, which must occur exactly once.

**check** verifies gold.csv (exact columns, allowed values, offsets: text[char_start:char_end] ==
quote_text, no duplicate spans), nonquotes.csv (columns, offsets), metadata.csv (exact columns, one row per
text, keyed by ``file`` or ``doc_id``), word counts per text (``--words``), and span conventions of
GUIDELINES.md: a direct span sits between quote marks without the marks or the spaces next to them (a
truncated quote may run to the end of the text); an indirect span does not start with que/qu'; a mixed span
contains one of ``--mixed-marks``; speaker_resolved is empty exactly when the side is unattributed; a
nested row lies inside a non-nested row. It prints the make-up of the set. Exit status 1 on any problem.
"""
from __future__ import annotations

import argparse
import csv
import importlib.util
import sys
from collections import Counter
from pathlib import Path

PLACEHOLDERS = {"\u237d": "\u00a0", "\u203f": "\u202f"}
GOLD_COLS = ["doc_id", "char_start", "char_end", "kind", "speaker", "speaker_resolved", "side", "nested",
             "quote_text", "note"]
NONQ_COLS = ["doc_id", "char_start", "text", "why"]
META_COLS = ["file", "outlet", "date", "event"]
KINDS = ("direct", "indirect", "mixed")
SIDES = ("kremlin", "white_house", "joint", "other", "unattributed")
OPEN = "«“\"'‘"
CLOSE = "»”\"'’"
SPACES = " \u00a0\u202f\u2009"
MIXED_MARKS = "«»“”\""


# --------------------------------------------------------------------------- build
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


def write_csv(path, cols, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def build(here: Path) -> None:
    texts = {}
    (here / "texts").mkdir(exist_ok=True)
    for p in sorted((here / "src" / "articles").glob("*.txt")):
        t = convert(p.read_text(encoding="utf-8"))
        texts[p.stem] = t
        with open(here / "texts" / p.name, "w", encoding="utf-8", newline="") as f:
            f.write(t)
    spec = importlib.util.spec_from_file_location("annotations", here / "src" / "annotations.py")
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
    write_csv(here / "gold.csv", GOLD_COLS, rows)
    nrows = []
    for r in ann.NONQUOTES:
        doc = r["doc_id"]
        s = convert(r["text"])
        i = locate(texts[doc], s, r.get("after"), doc, "non-quote")
        nrows.append({"doc_id": doc, "char_start": i, "text": s, "why": r["why"]})
    nrows.sort(key=lambda x: (order[x["doc_id"]], x["char_start"]))
    write_csv(here / "nonquotes.csv", NONQ_COLS, nrows)
    print(f"{len(texts)} texts, {len(rows)} gold rows, {len(nrows)} non-quotes")


# --------------------------------------------------------------------------- check
def read(here: Path, name, cols):
    with open(here / name, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != cols:
            sys.exit(f"{name}: columns {reader.fieldnames} != {cols}")
        return list(reader)


def check(here: Path, *, words=(200, 600), mixed_marks=MIXED_MARKS, metadata_columns=META_COLS) -> int:
    problems = []
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted((here / "texts").glob("*.txt"))}
    lo, hi = words
    for d, t in texts.items():
        n = len(t.split())
        if not lo <= n <= hi:
            problems.append(f"texts/{d}.txt: {n} words (expected {lo}-{hi})")
    gold = read(here, "gold.csv", GOLD_COLS)
    seen = set()
    for line, r in enumerate(gold, start=2):
        where = f"gold.csv line {line} ({r['doc_id']})"
        if r["doc_id"] not in texts:
            problems.append(f"{where}: no texts/{r['doc_id']}.txt")
            continue
        t = texts[r["doc_id"]]
        s, e = int(r["char_start"]), int(r["char_end"])
        c = r["quote_text"]
        if not 0 <= s < e <= len(t) or t[s:e] != c:
            problems.append(f"{where}: text[{s}:{e}] = {t[s:e]!r} != quote_text {c!r}")
            continue
        if r["kind"] not in KINDS:
            problems.append(f"{where}: kind {r['kind']!r} not in {KINDS}")
        if r["side"] not in SIDES:
            problems.append(f"{where}: side {r['side']!r} not in {SIDES}")
        if r["nested"] not in ("yes", "no"):
            problems.append(f"{where}: nested must be yes/no")
        if (r["side"] == "unattributed") != (r["speaker_resolved"] == ""):
            problems.append(f"{where}: speaker_resolved must be empty exactly when side is unattributed")
        if c != c.strip(SPACES + "\n"):
            problems.append(f"{where}: span starts or ends with a space")
        if (r["doc_id"], s, e) in seen:
            problems.append(f"{where}: duplicate span")
        seen.add((r["doc_id"], s, e))
        if r["nested"] == "yes" and not any(
                o["doc_id"] == r["doc_id"] and o["nested"] == "no" and int(o["char_start"]) <= s
                and e <= int(o["char_end"]) for o in gold):
            problems.append(f"{where}: nested row not inside an outer row")
        if r["kind"] == "direct" and r["nested"] == "yes":
            pass  # free direct speech inside an outer quotation: checked above (inside an outer row)
        elif r["kind"] == "direct":
            before = t[:s].rstrip(SPACES)
            after = t[e:].lstrip(SPACES)
            if not before or before[-1] not in OPEN:
                problems.append(f"{where}: direct span not preceded by an opening mark")
            if after.strip() and after[0] not in CLOSE:
                problems.append(f"{where}: direct span not followed by a closing mark (truncation only at end)")
        elif r["kind"] == "indirect":
            if c.lower().startswith(("que ", "qu'", "qu’")):
                problems.append(f"{where}: indirect span must not start with que/qu'")
        elif not any(m in c for m in mixed_marks):
            problems.append(f"{where}: mixed span without quote marks")
    nonq = read(here, "nonquotes.csv", NONQ_COLS)
    for line, r in enumerate(nonq, start=2):
        t = texts.get(r["doc_id"], "")
        s = int(r["char_start"])
        if t[s:s + len(r["text"])] != r["text"]:
            problems.append(f"nonquotes.csv line {line}: offset does not match {r['text']!r}")
    meta = read(here, "metadata.csv", list(metadata_columns))
    key = metadata_columns[0]
    listed = sorted(m[key] if key == "file" else f"{m[key]}.txt" for m in meta)
    if listed != sorted(f"{d}.txt" for d in texts):
        problems.append("metadata.csv: files do not match texts/")
    for p in problems:
        print("PROBLEM", p)
    kinds = Counter(r["kind"] for r in gold)
    sides = Counter(r["side"] for r in gold)
    n = len(gold)
    n_words = [len(t.split()) for t in texts.values()]
    print(f"{len(texts)} texts, {sum(n_words)} words ({min(n_words)}-{max(n_words)} per text), {n} gold rows "
          f"({sum(r['nested'] == 'yes' for r in gold)} nested), {len(nonq)} non-quotes")
    print("kind: " + ", ".join(f"{k}={kinds[k]} ({kinds[k] / max(n, 1):.0%})" for k in KINDS))
    print("side: " + ", ".join(f"{k}={sides[k]} ({sides[k] / max(n, 1):.0%})" for k in SIDES))
    per_doc = Counter(r["doc_id"] for r in gold)
    print("rows per text: " + ", ".join(f"{d}={per_doc[d]}" for d in texts))
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


# --------------------------------------------------------------------------- command line
def _range(value: str) -> tuple[int, int]:
    lo, _, hi = value.partition("-")
    try:
        return int(lo), int(hi)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected MIN-MAX, e.g. 200-600, not {value!r}") from None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="regenerate texts/, gold.csv and nonquotes.csv from src/")
    b.add_argument("dir", type=Path)
    c = sub.add_parser("check", help="verify the set and print its make-up")
    c.add_argument("dir", type=Path)
    c.add_argument("--words", type=_range, default=(200, 600), help="allowed words per text (default 200-600)")
    c.add_argument("--mixed-marks", default=MIXED_MARKS,
                   help=f"a mixed span must contain one of these marks (default {MIXED_MARKS})")
    c.add_argument("--metadata-columns", type=lambda s: s.split(","), default=META_COLS,
                   help="exact columns of metadata.csv; the first (file or doc_id) names the text "
                        f"(default {','.join(META_COLS)})")
    args = ap.parse_args(argv)
    if args.command == "build":
        build(args.dir.resolve())
        return 0
    return check(args.dir.resolve(), words=args.words, mixed_marks=args.mixed_marks,
                 metadata_columns=args.metadata_columns)


if __name__ == "__main__":
    sys.exit(main())
