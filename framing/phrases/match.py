"""Matching: a text tokenised once, lexicon patterns and shifters found in it.

Matching (find_phrases)
-----------------------
The lexicon is compiled into an index keyed by the first word of each entry, so a
document is tokenised and lemmatised once and scanned once. Among overlapping matches
the **longest wins** (most words, then shortest span), so «regain de tension» is one
match, never also «tension». The reported span is the match extended to the left over
directly adjacent intensifiers and dampeners («très bonne conversation» for the entry
``bon conversation``); negation is reported in the ``negated`` column, not in the span.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from framing.french import fold, lemma, word_spans
from framing.phrases.lexicon import ETRE, _aux_adverb, _Index, _Pattern, _Shifters

# What a gap (and the space between two words of a match) may not contain.
_BOUNDARY = re.compile(r"[.!?;:…,()\[\]\n]")
#: The second part of a negation, which French puts after the conjugated verb, inside an entry's
#: words: «ne faisons pas confiance» is the entry «faire confiance», negated. One such word may
#: stand between two words of any entry (the negation is read by the shifters, not the match).
#: Not before an infinitive or «de»: «il ne faut pas attendre» and «ne se fait pas attendre» are
#: idioms of their own, not the entries «falloir attendre» and «faire attendre» negated.
NEGATION_INSIDE = frozenset({"pas", "plus", "jamais", "guère", "nullement", "aucunement"})
_INFINITIVE = re.compile(r"(?:er|ir|re)$")


def _negation_inside(low: list, lem: list, j: int) -> bool:
    """True when token j is the second part of a negation that a match may step over (token j + 1 exists)."""
    if low[j] not in NEGATION_INSIDE:
        return False
    after = low[j + 1]
    return not (after in ("de", "d'") or (after == lem[j + 1] and _INFINITIVE.search(after)))


@lru_cache(maxsize=300_000)
def _word_info(word: str) -> tuple[str, str]:
    """(lower-cased form with straight apostrophes, lemma) of a word: a pure function, cached."""
    return fold(word), lemma(word)


class _Doc:
    """Tokens of one text with lemmas and lower-cased forms."""

    __slots__ = ("text", "starts", "ends", "lem", "low", "cut", "n", "memo", "_vocab", "_possible")

    def __init__(self, text: str):
        self.text = text
        self.starts, self.ends, words = word_spans(text)
        info = list(map(_word_info, words))
        self.low = [i[0] for i in info]
        self.lem = [i[1] for i in info]
        starts = self.starts
        self.n = len(starts)
        # cut[j]: boundary punctuation between token j-1 and token j
        cut = [False] * (self.n + 1)
        for m in _BOUNDARY.finditer(text):
            cut[bisect_right(starts, m.start())] = True
        self.cut = cut
        self.memo = {}  # tables later stages derive from the tokens once (compose: where rules start)
        self._vocab = None
        self._possible = {}

    def possible(self, pattern: _Pattern) -> bool:
        """False when a word of ``pattern`` after its first occurs nowhere in the text (as form or lemma).

        A cheap test, once per pattern and text, before the full match: «à la merci de» cannot
        match a text without «merci», wherever «à la» stands.

        >>> from framing.phrases.lexicon import _parse_pattern
        >>> merci = _Pattern("à la merci de", tuple(_parse_pattern("à la merci de")))
        >>> _Doc("Il est à la merci de Moscou.").possible(merci), _Doc("Il est à la table.").possible(merci)
        (True, False)
        """
        got = self._possible.get(id(pattern))
        if got is None:
            vocab = self._vocab
            if vocab is None:
                vocab = self._vocab = set(self.lem).union(self.low)
            got = True
            for forms in pattern.needed:
                if forms.isdisjoint(vocab):
                    got = False
                    break
            self._possible[id(pattern)] = got
        return got

    def __len__(self):
        return self.n

    def joined(self, i: int, j: int) -> bool:
        """True when no boundary punctuation lies between token i and token j (i < j)."""
        cut = self.cut
        if j == i + 1:
            return not cut[j]
        return not any(cut[k] for k in range(i + 1, j + 1))

    def has(self, i: int, forms) -> bool:
        return self.lem[i] in forms or self.low[i] in forms


def _match_at(doc: _Doc, i: int, pattern: _Pattern, blocked=None):
    """Match ``pattern`` with its first word at token ``i``; return the matched token ids or None."""
    slots = pattern.slots
    if blocked is not None and i in blocked:
        return None
    if len(slots) == 1:
        return [i]  # the index already matched the first word
    if not doc.possible(pattern):
        return None
    n = doc.n
    cut, lem, low = doc.cut, doc.lem, doc.low

    def rec(k: int, prev: int, acc: list):
        if k == len(slots):
            return acc
        slot = slots[k]
        forms = slot.forms
        reach = slot.gap
        if not reach and prev + 2 < n and low[prev + 1] in NEGATION_INSIDE:
            reach = int(_negation_inside(low, lem, prev + 1))  # «ne font pas confiance»: inside the entry
        for skip in range(reach + 1):
            j = prev + 1 + skip
            if j >= n or cut[j]:
                return None
            if skip and slot.aux and (low[prev + 1] not in ETRE or skip == 2 and not _aux_adverb(low[prev + 2])):
                return None  # after «se» only a form of «être» (and one adverb after it) may stand between
            if blocked is not None and j in blocked:
                continue
            if low[j] in forms or (not slot.exact and lem[j] in forms):
                got = rec(k + 1, j, acc + [j])
                if got is not None:
                    return got
        return None

    return rec(1, i, [i])


def _find(doc: _Doc, index: _Index, blocked=None, lo: int = 0, hi: int | None = None):
    """All non-overlapping matches of ``index`` in ``doc`` (longest wins): list of (item, token ids)."""
    hi = doc.n if hi is None else hi
    found = []
    by_first = index.by_first
    lem, low, cut, n = doc.lem, doc.low, doc.cut, doc.n
    if lo == 0 and hi == n:
        positions = [i for i, (a, b) in enumerate(zip(lem, low)) if a in by_first or b in by_first]
    else:
        positions = [i for i in range(lo, hi) if lem[i] in by_first or low[i] in by_first]
    split = index._split  # the cache of index.split, read inline: this loop runs on most tokens
    for i in positions:
        if blocked and i in blocked:
            continue
        a, b = lem[i], low[i]
        got = split.get((a, b))
        loose, singles, by2, gap_by2, reach = got if got is not None else index.split(a, b)
        nxt = i + 1
        if nxt < n and not cut[nxt]:
            nl, nw = lem[nxt], low[nxt]
            c1 = by2.get(nl)
            c2 = by2.get(nw) if nw != nl else None
            if (c1 is None and c2 is None and nw in NEGATION_INSIDE and nxt + 1 < n and not cut[nxt + 1]
                    and _negation_inside(low, lem, nxt)):
                nl, nw = lem[nxt + 1], low[nxt + 1]  # «ne font pas confiance»: the entry's second word after it
                c1 = by2.get(nl)
                c2 = by2.get(nw) if nw != nl else None
        else:
            nl = nw = c1 = c2 = None
        if c1 is None and c2 is None and not loose:
            continue  # no entry can start here: its second word is missing (most tokens end here)
        if len(loose) > len(singles):
            # the gapped candidates whose second word is in reach (their gap); the others cannot match
            ok = set()
            for j in range(nxt, min(nxt + 1 + reach, n)):
                for f in (lem[j], low[j]):
                    for rank, gap in gap_by2.get(f, ()):
                        if j - nxt <= gap:
                            ok.add(rank)
            loose = [rc for rc in loose if rc[1][0] == 1 or rc[0] in ok] if ok else singles
        if c1 is None and c2 is None:
            if not loose:
                continue  # no entry can start here: its second word is missing
            cands = loose
        elif c2 is None and not loose:
            cands = c1
        else:  # merged in the index order: longest first, then file order
            cands = sorted(dict(loose + (c1 or []) + (c2 or [])).items(), key=lambda rc: rc[0])
        best = None
        for _, (size, gap1, forms1, item) in cands:
            if best is not None and size < len(best[1]):
                break
            if size == 1:
                ids = [i]
            else:
                if gap1 == 0 and nl not in forms1 and nw not in forms1:
                    continue  # cheap test of the second word before the full match (a gapped one had it above)
                ids = _match_at(doc, i, item.pattern, blocked)
            if ids is not None and ids[-1] < hi:
                if best is None or len(ids) > len(best[1]) or (
                    len(ids) == len(best[1]) and ids[-1] < best[1][-1]
                ):
                    best = (item, ids)
        if best is not None:
            found.append(best)
    if len(found) <= 1:
        return found
    # longest match wins: most words, then an entry with a valence over a bare mention of as many
    # words («rompt ses relations diplomatiques»: «rompre * relation», not «relation diplomatique»),
    # then shortest span, then leftmost
    found.sort(key=lambda m: (-len(m[1]), getattr(m[0], "polarity", 1.0) == 0.0, m[1][-1] - m[1][0], m[1][0]))
    taken: set[int] = set()
    keep = []
    for item, ids in found:
        span = range(ids[0], ids[-1] + 1)
        if not taken.isdisjoint(span):
            continue
        taken.update(span)
        keep.append((item, ids))
    keep.sort(key=lambda m: m[1][0])
    return keep


def _lexicon_matches(doc: _Doc, index: _Index, sh: _Shifters, blocked=None):
    """Lexicon matches, minus those inside a longer multiword shifter («sans doute», «un pas»)."""
    found = _find(doc, index, blocked)
    if not found or not sh.multi.max_size:
        return found
    multi = _find(doc, sh.multi, blocked)
    if not multi:
        return found
    cover: dict[int, int] = {}
    for _, ids in multi:
        for t in range(ids[0], ids[-1] + 1):
            cover[t] = max(cover.get(t, 0), len(ids))
    return [
        (item, ids) for item, ids in found
        if not any(cover.get(t, 0) > len(ids) for t in range(ids[0], ids[-1] + 1))
    ]


# --------------------------------------------------------------------------- shifters
def _shifter_hits(doc: _Doc, sh: _Shifters, lo: int, hi: int, blocked, index=None):
    """Shifter occurrences (kind, weight, first token, last token) among tokens [lo, hi).

    ``index``: the shifters looked for, ``sh.main`` (every one but litotes and
    reversers-after) by default, or ``sh.after`` for the reverser-after pass.
    """
    hits = []
    index = sh.main if index is None else index
    by_first = index.by_first
    lem, low, cut, n = doc.lem, doc.low, doc.cut, doc.n
    positions = [i for i in range(max(lo, 0), hi) if lem[i] in by_first or low[i] in by_first]
    done = -1
    fast = index.fast
    for i in positions:
        if i <= done or i in blocked:
            continue
        nxt = i + 1
        nl, nw = (lem[nxt], low[nxt]) if nxt < n and not cut[nxt] else (None, None)
        for size, gap1, forms1, item in fast(lem[i], low[i]):
            if size > 1 and gap1 == 0 and nl not in forms1 and nw not in forms1:
                continue  # cheap test of the second word
            ids = [i] if size == 1 else _match_at(doc, i, item.pattern, blocked)
            if ids is None or ids[-1] >= hi:
                continue
            if item.requires and not _has_before(doc, i, item.requires, blocked):
                continue
            hits.append((item.kind, item.weight, i, ids[-1], item.acts_on))
            done = ids[-1]  # «plus que jamais», «sans précédent»: one shifter
            break  # longest, then first applicable row wins («plus» negator before intensifier)
    return hits


def _has_before(doc: _Doc, i: int, forms, blocked, reach: int = 5) -> bool:
    for j in range(i - 1, max(i - 1 - reach, -1), -1):
        if doc.cut[j + 1]:
            return False
        if j not in blocked and doc.has(j, forms):
            return True
    return False




def _outside(hits, others):
    """The ``hits`` not lying inside a longer hit of ``others`` (one pass over covered tokens)."""
    cover: dict[int, int] = {}
    for h in others:
        size = h[3] - h[2]
        if size:
            for t in range(h[2], h[3] + 1):
                if cover.get(t, -1) < size:
                    cover[t] = size
    if not cover:
        return hits
    # a hit inside a longer one: every token covered by a longer span, all from the same hit;
    # the spans here never overlap (one shifter per position), so a shared length suffices
    return [h for h in hits if not all(cover.get(t, -1) > h[3] - h[2] for t in range(h[2], h[3] + 1))]


def clause_spans(doc: _Doc, units, reach: int = 0) -> list[tuple[int, int]]:
    """Token ranges [lo, hi) covering whole clauses around ``units``, merged, in text order.

    Each unit (a list of token ids) gets the clauses from the one of its first token to the
    one of the token ``reach`` tokens past its last. A range starts and ends at clause
    boundaries (boundary punctuation or the text's ends), where no shifter can cross, so the
    shifters found in it are those a scan of the whole text finds there.

    >>> d = _Doc("Ils se parlent. Mais rien n'est réglé, dit-il.")
    >>> clause_spans(d, [[2]]), clause_spans(d, [[2]], reach=2), clause_spans(d, [])
    ([(0, 3)], [(0, 8)], [])
    """
    if not units:
        return []
    bounds = [k for k, c in enumerate(doc.cut) if c]
    n = doc.n
    spans: list[tuple[int, int]] = []
    for first, last in sorted((ids[0], ids[-1]) for ids in units):
        k = bisect_right(bounds, first)
        lo = bounds[k - 1] if k else 0
        k = bisect_right(bounds, min(last + reach, n - 1))
        hi = bounds[k] if k < len(bounds) else n
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], hi))
        else:
            spans.append((lo, hi))
    return spans


class _Hits:
    """Every shifter occurrence of a document (or of some of its clauses), found in one pass.

    ``spans``: the token ranges to scan, each from a clause boundary to a clause boundary
    (:func:`clause_spans`); the whole text by default.
    """

    def __init__(self, doc: _Doc, sh: _Shifters, blocked=(), spans=None):
        spans = [(0, doc.n)] if spans is None else spans
        self.all = [h for lo, hi in spans for h in _shifter_hits(doc, sh, lo, hi, blocked)]
        self.starts = [h[2] for h in self.all]
        after = [h for lo, hi in spans for h in _shifter_hits(doc, sh, lo, hi, blocked, index=sh.after)]
        # a reverser-after inside a longer shifter is part of it: «ne cesse de se creuser»
        # continues, it does not stop
        self.after = _outside(after, self.all)
        self.after_starts = [h[2] for h in self.after]
        # a negator inside a longer reverser-after belongs to it: «les essais ne reprendront pas»
        negators = [h for h in self.all if h[0] == "negator"]
        if negators and any(h[3] > h[2] for h in self.after):
            kept = set(map(id, _outside(negators, self.after)))
            self.all = [h for h in self.all if h[0] != "negator" or id(h) in kept]
            self.starts = [h[2] for h in self.all]

    def drop_inside(self, units) -> "_Hits":
        """Forget shifters made of the words of a longer unit: «cessez» in «cessez-le-feu».

        ``units`` are token-id lists; shifters in a unit's gaps («ne ferme pas la porte») stay.
        """
        owner = {}
        for ids in units:
            for t in ids:
                owner[t] = len(ids)
        if not owner:
            return self

        def inside(h):
            size = owner.get(h[2], 0)
            return size > h[3] - h[2] + 1 and all(owner.get(t, 0) == size for t in range(h[2], h[3] + 1))

        self.all = [h for h in self.all if not inside(h)]
        self.starts = [h[2] for h in self.all]
        self.after = [h for h in self.after if not inside(h)]
        self.after_starts = [h[2] for h in self.after]
        return self




def _left_extend(doc: _Doc, first: int, sh: _Shifters, lo: int = 0) -> int:
    """Token where a reported span starts: over directly adjacent intensifiers/dampeners."""
    j = first
    while j - 1 >= lo and doc.joined(j - 1, j) and (
        doc.lem[j - 1] in sh.degree_words or doc.low[j - 1] in sh.degree_words
    ):
        j -= 1
    return j
