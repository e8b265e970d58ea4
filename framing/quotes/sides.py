"""Sides: a joint readout scoped by the next incise, nested rows, continuations."""

from __future__ import annotations

import bisect

from framing.actors import JOINT, OTHER, UNATTRIBUTED


def paragraph_scope(doc, cands):
    """A joint-subject readout sentence takes the side of the next sentence's incise.

    "Les deux dirigeants ont souligné X. Y, a déclaré la Maison-Blanche." reports the
    readout of one side: the incise scopes back over the paragraph (the guidelines'
    "incise wins over a joint subject"). The row's speaker (and its offsets) become
    those of the incise.
    """
    text = doc.text
    by_sent = {}
    for c in cands:
        if not c.nested:
            by_sent.setdefault(c.sent, []).append(c)
    for si, rows in by_sent.items():
        if len(rows) != 1 or rows[0].side != JOINT or rows[0].kind == "direct" or rows[0].incise:
            continue
        nxt = by_sent.get(si + 1)
        if not nxt or len(nxt) != 1 or not nxt[0].incise or nxt[0].kind != "indirect":
            continue
        if nxt[0].side in (JOINT, UNATTRIBUTED, OTHER):
            continue
        if "\n" in text[doc.sents[si][1]:doc.sents[si + 1][0]]:
            continue
        r = rows[0]
        r.actor, r.side, r.speaker = nxt[0].actor, nxt[0].side, nxt[0].speaker


def keep_distinct_nested(cands) -> list:
    """Nested rows (speech reported inside another's words) that name a distinct party.

    A nested speaker with no actor, a joint or unattributed side, a pronoun, or the side or
    actor of the row it sits in repeats its host and is dropped.
    """
    outer = sorted((c for c in cands if not c.nested), key=lambda c: c.cs)
    outer_cs = [k.cs for k in outer]
    outer_reach = []  # furthest end of the rows starting at or before each
    for k in outer:
        outer_reach.append(max(k.ce, outer_reach[-1]) if outer_reach else k.ce)
    keep = []
    for c in cands:
        if c.nested:
            j = bisect.bisect_right(outer_cs, c.speaker[0])
            host = []
            while j > 0 and outer_reach[j - 1] > c.speaker[0]:
                j -= 1
                if outer[j].ce > c.speaker[0]:
                    host.append(outer[j])
            if not c.actor or c.side in (JOINT, UNATTRIBUTED, "") or c.pron or any(
                    k.side == c.side or k.actor == c.actor for k in host):
                continue
        keep.append(c)
    return keep


def continuations(cands) -> None:
    """Quotations with no speaker: a continuation takes the previous row's side; others are unattributed.

    A row repeating attributed words (a subheading) takes their side. Sorts ``cands`` in text order.
    """
    cands.sort(key=lambda c: (c.cs, c.ce))
    prev = None
    for c in cands:
        if c.same_as is not None:
            c.actor, c.side = c.same_as.actor, c.same_as.side
        elif c.speaker is None and c.cue in ("",) and c.kind == "direct" and c.prio < 1:
            if prev is not None and prev.sent >= c.sent - 1 and prev.side:
                c.actor, c.side = prev.actor, prev.side
            else:
                c.actor, c.side = "", UNATTRIBUTED
        elif c.speaker is None:
            c.actor, c.side = "", UNATTRIBUTED
        if not c.nested:
            prev = c
