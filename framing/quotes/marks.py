"""Quote marks: pairing « », “ ”, " " and single quotes within a paragraph, reporting unbalanced ones."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

# a single quote opening at the start of a line or after a space, ( [ or :, closing before a space or
# punctuation. The look-behind comes after the mark (the mark not preceded by anything else), so the
# pattern starts with the mark and the scan jumps from one ' or ‘ to the next
SINGLE_OPENING = re.compile(r"['‘](?<![^\s(\[:]['‘])(?=[^\W\d_])")  # where SINGLE_QUOTED can start
SINGLE_QUOTED = re.compile(r"(['‘])(?<![^\s(\[:]['‘])(?=[^\W\d_])([^'‘’\n]{2,300}?)(['’])(?=$|[\s,.;:!?)])")


SPACES = " \t\u00a0\u202f\u2009\u2007\u200b"
SPACES_CR = SPACES + "\r"  # (joined once: the loops below test one character at a time)
OPEN_CLOSE = {"«": "»", "“": "”", "„": "”", "‹": "›"}
CLOSERS = set("»”›")
MARK_RE = re.compile("[«»“”„‹›\"]")


@dataclass(frozen=True, slots=True)
class Marks:
    """A paired quotation: its marks at ``open`` and ``close``, its content ``[cs, ce)``."""

    open: int    # index of the opening mark
    close: int   # index of the closing mark
    cs: int      # content start (after the mark and spaces)
    ce: int      # content end
    truncated: bool = False  # an opening mark left open at the very end of the text


def pair_marks(text: str) -> tuple[list[Marks], list[tuple[int, str]]]:
    """Outermost quotation spans and problems (unclosed or stray marks), paragraph by paragraph."""
    spans: list[Marks] = []
    trunc: list[Marks] = []
    problems: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        base = pos
        pos += len(line) + 1
        if not line or not (MARK_RE.search(line) or (("'" in line or "‘" in line) and SINGLE_OPENING.search(line))):
            continue  # no double mark, no single quote that can open: nothing to pair
        found = []
        stack: dict[str, int] = {}
        straight = None
        curly_open = "“" in line
        for mark in MARK_RE.finditer(line):
            i = mark.start()
            c = line[i]
            if c in OPEN_CLOSE:
                key = OPEN_CLOSE[c]
                if key in stack:
                    problems.append((base + stack[key], f"unclosed {line[stack[key]]} (a new one opens)"))
                stack[key] = i
            elif c in CLOSERS:
                if c in stack:
                    found.append((stack.pop(c), i))
                elif c == "”" and straight is None and not curly_open:
                    straight = i  # ” used for both marks
                elif c == "”" and straight is not None and line[straight] == "”":
                    found.append((straight, i))
                    straight = None
                else:
                    problems.append((base + i, f"closing {c} without an opening mark"))
            elif c == '"':
                if straight is None:
                    straight = i
                else:
                    found.append((straight, i))
                    straight = None
        unclosed = sorted(list(stack.values()) + ([straight] if straight is not None else []))
        for i in unclosed:
            problems.append((base + i, f"unclosed {line[i]}"))
        if unclosed and not text[base + len(line):].strip():
            # the text ends inside a quotation: a truncated quote keeps what exists
            i = unclosed[-1]
            if not any(a < i < b for a, b in found):
                cs, ce = i + 1, len(line)
                while cs < ce and line[cs] in SPACES:
                    cs += 1
                while ce > cs and line[ce - 1] in SPACES_CR:
                    ce -= 1
                if ce - cs > 10:
                    trunc.append(Marks(base + i, base + len(line), base + cs, base + ce, True))
        # single quotes, only outside the other marks and when clearly used as marks
        if ("'" in line or "‘" in line) and SINGLE_OPENING.search(line):
            doubles = sorted(found)
            d_starts = [x for x, _ in doubles]
            d_reach = []  # furthest end of the pairs starting at or before each
            for _, y in doubles:
                d_reach.append(max(y, d_reach[-1]) if d_reach else y)
            for m in SINGLE_QUOTED.finditer(
                                 line):
                a, b = m.start(1), m.end(3) - 1
                if " " in m.group(2) or len(m.group(2)) > 3:
                    k = bisect.bisect_right(d_starts, a) - 1
                    if k < 0 or d_reach[k] < a:
                        found.append((a, b))
        found.sort()
        outer = []
        for a, b in found:
            if outer and a < outer[-1][1]:
                continue  # inside a previous quotation
            outer.append((a, b))
        for a, b in outer:
            cs, ce = a + 1, b
            while cs < ce and line[cs] in SPACES:
                cs += 1
            while ce > cs and line[ce - 1] in SPACES:
                ce -= 1
            if ce > cs:
                spans.append(Marks(base + a, base + b, base + cs, base + ce))
    return spans + trunc, problems


def inner_marks(text: str, outer: Marks) -> list[Marks]:
    """The quotations one level inside ``outer`` (which :func:`pair_marks` leaves out), offsets into ``text``.

    >>> text = '«Il nous a dit : "Nous sommes prêts"», a déclaré Peskov.'
    >>> outer = pair_marks(text)[0][0]
    >>> [text[m.cs:m.ce] for m in inner_marks(text, outer)]
    ['Nous sommes prêts']
    """
    spans = pair_marks(text[outer.cs:outer.ce])[0]
    return [Marks(outer.cs + m.open, outer.cs + m.close, outer.cs + m.cs, outer.cs + m.ce) for m in spans
            if not m.truncated]


def quote_problems(text: str) -> list[tuple[int, str]]:
    """Unclosed or stray quote marks in ``text``: a list of (offset, problem).

    >>> quote_problems("Il a dit «oui. Puis rien.")
    [(9, 'unclosed «')]
    """
    return pair_marks(text)[1]
