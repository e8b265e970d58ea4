"""Sentences: cut at final punctuation outside quotations, at line breaks and glued subheadings."""

from __future__ import annotations

import re

import numpy as np

from framing.quotes.marks import SPACES, SPACES_CR, Marks

SENT_END = re.compile(r"(?=[.!?…»”\"])(?:[.!?…]+|[»”\"])")  # the look-ahead lets the scan skip other characters
LAST_WORD = re.compile(r"([^\W\d_]+)\.?$")


ABBREV = frozenset("m mm mme mmes mlle dr pr st ste etc cf av apr env gén col lt sgt n no vol p ed".split())
END = ".!?…"


def sentences(text: str, spans: list[Marks]) -> list[tuple[int, int]]:
    """Sentence spans (start, end) over the whole text; quotations are never cut."""
    inside = np.zeros(len(text) + 1, dtype=bool)
    for s in spans:
        inside[s.open + 1:s.close] = True
    close_at = {s.close: s for s in spans}
    out = []
    pos = 0
    for line in text.split("\n"):
        base = pos
        pos += len(line) + 1
        start = base
        end_line = base + len(line)
        cuts = []
        for m in SENT_END.finditer(line):
            p = base + m.start()
            q = base + m.end()
            ch = text[p]
            if ch in "»”\"":
                s = close_at.get(p)
                if s is None or s.ce <= s.cs or text[s.ce - 1] not in END:
                    continue
            elif inside[p]:
                continue
            else:
                # abbreviations and initials: "M. Poutine", "Donald J. Trump"
                if ch == "." and not (p - 6 >= base and text[p - 6:p].isalpha()):  # (no abbreviation is 6 letters)
                    w = LAST_WORD.search(text[max(base, p - 12):p])
                    if w and (w.group(1).lower() in ABBREV or (len(w.group(1)) == 1 and w.group(1).isupper())):
                        continue
                while q < end_line and text[q] in "»”\")]'’":
                    if text[q] in "»”\"" and q in close_at:
                        break
                    q += 1
            # what follows
            j = q
            while j < end_line and text[j] in SPACES:
                j += 1
            if j >= end_line:
                continue
            nxt = text[j]
            glued = j == q
            if nxt in "«“\"—–-" or nxt.isupper() or (nxt.isdigit() and not glued):
                if glued and not (nxt in "«“" or (nxt.isupper() and j + 1 < end_line and text[j + 1].islower())):
                    continue
                if glued and ch == "." and not (text[p - 1].islower() or text[p - 1] in "»”)"):
                    continue
                cuts.append(q)
        for c in cuts:
            if c > start:
                out.append((start, c))
            start = c
        if end_line > start:
            out.append((start, end_line))
    # trim spaces
    res = []
    for a, b in capped(text, out):
        while a < b and text[a] in SPACES_CR:
            a += 1
        while b > a and text[b - 1] in SPACES_CR:
            b -= 1
        if b > a:
            res.append((a, b))
    return res


# Longest sentence the rules look at. French news sentences stay far below it (the longest in
# the gold sets is under 800 characters); a longer one is a scraping accident (a table, a list
# of names, a page without punctuation) and is cut into pieces, so the work per sentence is
# bounded and the whole analysis stays linear in the length of the text.
MAX_SENTENCE = 1200
SOFT_CUT = re.compile(r"[,;:.!?»”)\]]?[ \t\u00a0\u202f]+")
OPENING = re.compile(r"[ \t\u00a0\u202f]+(?=[«“])")


def capped(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut sentences longer than ``MAX_SENTENCE`` characters into pieces.

    Each piece ends in the second half of the allowed length: before the last opening quote
    mark there (so a quotation starts its piece), else after the last punctuation, else after
    the last space, else at the cap.

    >>> text = "mot " * 200 + "«Nous voulons la paix», a dit Poutine " + "mot " * 200
    >>> [text[a:b][:6] for a, b in capped(text, [(0, len(text))])]
    ['mot mo', '«Nous ']
    """
    out = []
    for a, b in spans:
        while b - a > MAX_SENTENCE:
            lo, hi = a + MAX_SENTENCE // 2, a + MAX_SENTENCE
            opening = None
            for m in OPENING.finditer(text, lo, hi):
                opening = m.end()
            cut = None
            for m in SOFT_CUT.finditer(text, lo, hi):
                if cut is None or m.group()[0] not in SPACES or text[cut[0]] in SPACES:
                    cut = (m.start(), m.end())
            c = opening or (cut[1] if cut else hi)
            out.append((a, c))
            a = c
        out.append((a, b))
    return out
