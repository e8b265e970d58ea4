"""Verify the second held-out quote-attribution set (holdout2) and print its make-up.

Checks gold.csv (exact columns, allowed values, offsets: text[char_start:char_end] == quote_text, no
duplicate spans), nonquotes.csv (columns, offsets), metadata.csv (one row per text), word counts
(200-600 per text), and span conventions of GUIDELINES.md: a direct span sits between quote marks without
the marks or the spaces next to them (a truncated quote may run to the end of the text); an indirect span
does not start with que/qu'; a mixed span contains quote marks; speaker_resolved is empty exactly when the
side is unattributed; a nested row lies inside a non-nested row. Exit status 1 on any problem.
Usage: ``python check.py``.
"""
import csv
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD_COLS = ["doc_id", "char_start", "char_end", "kind", "speaker", "speaker_resolved", "side", "nested",
             "quote_text", "note"]
NONQ_COLS = ["doc_id", "char_start", "text", "why"]
META_COLS = ["file", "outlet", "date", "event"]
KINDS = ("direct", "indirect", "mixed")
SIDES = ("kremlin", "white_house", "joint", "other", "unattributed")
OPEN = "«“\"'‘"
CLOSE = "»”\"'’"
SPACES = " \u00a0\u202f\u2009"


def read(name, cols):
    with open(HERE / name, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != cols:
            sys.exit(f"{name}: columns {reader.fieldnames} != {cols}")
        return list(reader)


def main():
    problems = []
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted((HERE / "texts").glob("*.txt"))}
    for d, t in texts.items():
        n = len(t.split())
        if not 200 <= n <= 600:
            problems.append(f"texts/{d}.txt: {n} words (expected 200-600)")
    gold = read("gold.csv", GOLD_COLS)
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
        elif not any(m in c for m in "«»“”\"'‘’"):
            problems.append(f"{where}: mixed span without quote marks")
    nonq = read("nonquotes.csv", NONQ_COLS)
    for line, r in enumerate(nonq, start=2):
        t = texts.get(r["doc_id"], "")
        s = int(r["char_start"])
        if t[s:s + len(r["text"])] != r["text"]:
            problems.append(f"nonquotes.csv line {line}: offset does not match {r['text']!r}")
    meta = read("metadata.csv", META_COLS)
    if sorted(m["file"] for m in meta) != sorted(f"{d}.txt" for d in texts):
        problems.append("metadata.csv: files do not match texts/")
    for p in problems:
        print("PROBLEM", p)
    kinds = Counter(r["kind"] for r in gold)
    sides = Counter(r["side"] for r in gold)
    n = len(gold)
    words = [len(t.split()) for t in texts.values()]
    print(f"{len(texts)} texts, {sum(words)} words ({min(words)}-{max(words)} per text), {n} gold rows "
          f"({sum(r['nested'] == 'yes' for r in gold)} nested), {len(nonq)} non-quotes")
    print("kind: " + ", ".join(f"{k}={kinds[k]} ({kinds[k] / max(n, 1):.0%})" for k in KINDS))
    print("side: " + ", ".join(f"{k}={sides[k]} ({sides[k] / max(n, 1):.0%})" for k in SIDES))
    per_doc = Counter(r["doc_id"] for r in gold)
    print("rows per text: " + ", ".join(f"{d}={per_doc[d]}" for d in texts))
    print("OK" if not problems else f"{len(problems)} problem(s)")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
