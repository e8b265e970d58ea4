"""Sides: a joint readout scoped by the next incise, nested rows, continuations."""

from __future__ import annotations

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
