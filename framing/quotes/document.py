"""One article indexed once: quote marks, sentences, words, actor aliases; what every step looks up."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from operator import attrgetter

from framing.actors import ActorIndex
from framing.french import lemma
from framing.quotes.cues import CueSet
from framing.quotes.marks import SPACES, pair_marks
from framing.quotes.sentences import sentences
from framing.quotes.words import AUX, DET, NO_CUE, PUNCT_GAP, REFLEXIVE, WORD_CHAR, WORD_SPLIT, bmp_patterns, in_bmp, toks_in


@dataclass(slots=True)
class Candidate:
    """A possible row: content ``[cs, ce)``, its kind and priority, the speaker span and cue, the sentence."""

    cs: int
    ce: int
    kind: str
    prio: float
    speaker: tuple | None   # (start, end) or None
    cue: str
    sent: int
    pron: str = ""          # pronoun speaker, to resolve later
    actor: str = ""
    side: str = ""
    gender: str = ""
    nested: bool = False
    incise: bool = False
    subject_at: int = -1    # where the speaker sits (for containment)
    same_as: object = None  # a row elsewhere attributing the same words




LOWER = attrgetter("lower")
CONTENT_TRAIL = SPACES + ".,;:!?…\r-—–\n"  # what a content span does not end with
CONTENT_LEAD = SPACES + ",:;"  # nor start with
SIGNED_FRAMES = frozenset({"incise", "colon", "que"})  # frames that need a sign in the sentence
INCISE_SIGNS = ",»”›\"—–-"
COLON_SIGNS = ":«“„‹\"'‘"  # "a déclaré : …", "a lancé «…»"


class Document:
    """One article indexed once: quote marks, sentences, words, actor aliases, cues by word.

    Every step of :mod:`framing.quotes` looks things up here; every look-up is bounded by a
    sentence or a constant window, so the analysis of a text stays linear in its length.
    """

    def __init__(self, text, cues: CueSet, index: ActorIndex):
        self.text = text
        self.cues = cues
        self.index = index
        self.spans, self.problems = pair_marks(text)
        self.spans.sort(key=lambda s: s.open)
        self._opens = [s.open for s in self.spans]
        self.span_by_open = {s.open: s for s in self.spans}
        self.span_by_close = {s.close: s for s in self.spans}
        self.sents = sentences(text, self.spans)
        self._sent_starts = [a for a, _ in self.sents]
        self._sent_actors: dict[int, tuple[list[int], list]] = {}
        self._tok_cache: dict[int, tuple] = {}
        self._cue_memo: dict[int, tuple] = {}
        self._cue_lemmas = cues.lemma_cache
        if len(self._cue_lemmas) > 200_000:
            self._cue_lemmas.clear()  # caches of a pure function: bounded, results unchanged
            cues.no_cue.clear()
        self._sent_keys: dict[int, tuple] = {}
        self._found: dict[tuple[int, int], list] = {}
        self._sent_toks: list = []
        self._newlines = None

    def actors_in(self, si, a=None, b=None):
        """Actor aliases of sentence ``si`` (found once per sentence) lying within [a, b)."""
        got = self._sent_actors.get(si)
        if got is None:
            s0, s1 = self.sents[si]
            found = self.find(s0, s1)
            got = ([m.start for m in found], found)
            self._sent_actors[si] = got
        starts, found = got
        lo = 0 if a is None else bisect.bisect_left(starts, a)
        hi = len(found) if b is None else bisect.bisect_left(starts, b)
        return [m for m in found[lo:hi] if b is None or m.end <= b]


    def worth_flags(self) -> list[bool]:
        """Whether each sentence holds a cue or marker that could introduce speech (a fast filter).

        A speech verb whose frames are only incise, colon or que-clause needs a comma (or a
        closing mark, a dash), a colon or a *que* in its sentence (any verb is an incise when
        inverted: "a-t-il soutenu"); without them the sentence is not worth cutting into words.
        The text is lowered and its spelling of the letters chosen once (a text whose lowering
        changes its length or depends on context, ``İ`` or ``Σ``, is lowered sentence by sentence).
        """
        text = self.text
        low = text.lower()
        if len(low) != len(text) or "Σ" in text:
            return [self.worth(text[a:b]) for a, b in self.sents]
        findall = (bmp_patterns()[0] if in_bmp(text) else WORD_SPLIT).findall
        cache, triggers = self.cues.trigger_cache, self.cues.triggers
        if len(cache) > 200_000:
            cache.clear()  # caches of a pure function: bounded, results unchanged
            triggers.clear()
        flags = []
        for a, b in self.sents:
            words = set(findall(low, a, b))  # the words of low[a:b] (no anchor, no look-around)
            for w in words.difference(cache):
                hit = cache[w] = self._trigger(w)
                if hit is not False:
                    triggers.add(w)
            found = words.intersection(triggers)
            flags.append(bool(found) and self._signed([cache[w] for w in found], text, a, b))
        return flags

    def worth(self, sent: str) -> bool:
        """:meth:`worth_flags` of one sentence (``sent``)."""
        cache, triggers = self.cues.trigger_cache, self.cues.triggers
        if len(cache) > 200_000:
            cache.clear()  # caches of a pure function: bounded, results unchanged
            triggers.clear()
        words = set((bmp_patterns()[0] if in_bmp(sent) else WORD_SPLIT).findall(sent.lower()))
        for w in words.difference(cache):
            hit = cache[w] = self._trigger(w)
            if hit is not False:
                triggers.add(w)
        hits = [cache[w] for w in words.intersection(triggers)]
        return bool(hits) and self._signed(hits, sent, 0, len(sent))

    @staticmethod
    def _signed(hits, text, a, b) -> bool:
        """Whether ``text[a:b]`` has the signs its cue words (``hits``: True or the frames of a verb) need."""
        if True in hits:
            return True
        frames = frozenset().union(*hits)
        sent = text[a:b]
        # any speech verb is an incise when inverted ("a-t-il soutenu"): that needs a hyphen
        return bool((("incise" in frames or "-" in sent) and any(c in sent for c in INCISE_SIGNS))
                    or ("colon" in frames and any(c in sent for c in COLON_SIGNS))
                    or ("que" in frames and "qu" in sent.lower()))

    def _trigger(self, low: str):
        """False (no cue), True (may always introduce speech) or the frames a verb needs signs for."""
        cues = self.cues
        if low in cues.marker_signs or low == "pour":
            return True
        lem = cues.forms.get(low) or lemma(low)
        if lem in cues.multi:
            return True
        frames = cues.verbs.get(lem, frozenset()) | cues.pronominal.get(lem, frozenset())
        if not frames:
            return False
        return True if frames - SIGNED_FRAMES else frames

    def in_quote(self, p):
        """The quotation (marks) whose content holds offset ``p``, or None."""
        k = bisect.bisect_left(self._opens, p) - 1
        if k >= 0 and self.spans[k].open < p < self.spans[k].close:
            return self.spans[k]
        return None

    def cue_of(self, toks, i):
        """(lemma, frames, first token index of a multiword cue) if toks[i] is a speech verb."""
        low = toks[i].lower
        lem = self._cue_lemmas.get(low, NO_CUE)
        if lem is NO_CUE:
            lem = None
            if len(low) >= 3 and low[0].isalpha():
                lem = self.cues.forms.get(low) or lemma(low)
                if not (lem in self.cues.verbs or lem in self.cues.pronominal or lem in self.cues.multi):
                    lem = None
            self._cue_lemmas[low] = lem
            if lem is None:
                self.cues.no_cue.add(low)
        if lem is None:
            return None
        memo = self._cue_memo.get(id(toks))
        if memo is None or memo[0] is not toks:
            memo = (toks, {})
            self._cue_memo[id(toks)] = memo
        got = memo[1].get(i, memo)
        if got is memo:
            got = memo[1][i] = self._cue_of(toks, i, lem)
        return got

    def _cue_of(self, toks, i, lem):
        low = toks[i].lower
        first = i
        if lem in self.cues.multi:
            for prev, key in self.cues.multi[lem]:
                k = len(prev)
                if i - k >= 0 and tuple(lemma(x.text) for x in toks[i - k:i]) == prev:
                    fr = self.cues.verbs.get(key) or self.cues.pronominal.get(key)
                    return key, fr, i - k
        frames = self.cues.verbs.get(lem)
        pf = self.cues.pronominal.get(lem)
        if pf is not None and any(x.lower in REFLEXIVE for x in toks[max(0, i - 4):i]):
            frames = (frames or frozenset()) | pf
        if frames is None:
            return None
        if i > 0:
            p = toks[i - 1].lower
            if p in DET and p not in ("le", "la", "les", "l'", "leur"):
                return None
            if p in ("le", "la", "les", "l'", "leur") and not (i > 1 and toks[i - 2].lower in AUX | {"il", "elle", "ils", "on", "qui"}):
                # "le communiqué", "la déclaration": a noun; "il l'a dit" keeps its verb
                if not (low.endswith("é") or low.endswith("ée") or low.endswith("és")):
                    return None
            if p in ("de", "d'", "à") and not re.search(r"(er|ir|re)$", low):
                return None
        return lem, frames, first

    def content_end(self, a, b):
        """``b`` moved back over spaces, final punctuation and stray closing marks."""
        t = self.text
        while b > a:
            c = t[b - 1]
            if c in CONTENT_TRAIL:
                b -= 1
            elif c in "»”" and self.in_quote(b - 2) is None and not any(x.close == b - 1 for x in self._closes_near(b - 1)):
                b -= 1  # a stray closing mark
            else:
                break
        return b

    def _closes_near(self, p):
        k = bisect.bisect_right(self._opens, p)
        return self.spans[max(0, k - 3):k]

    def classify(self, a, b):
        """Kind of a content span and its trimmed bounds."""
        t = self.text
        while a < b and t[a] in CONTENT_LEAD:
            a += 1
        b = self.content_end(a, b)
        k0 = bisect.bisect_left(self._opens, a)
        k1 = bisect.bisect_left(self._opens, b + 1)
        inner = [s for s in self.spans[k0:k1] if s.close < b + 1]
        if inner:
            first, last = inner[0], inner[-1]
            rest = t[a:first.open] + t[last.close + 1:b]
            if len(inner) == 1 and not WORD_CHAR.search(rest):
                return "direct", first.cs, first.ce
            return "mixed", a, b
        return "indirect", a, b


    def tok_starts(self, toks):
        """Start offsets of a token list (computed once per list)."""
        key = id(toks)
        got = self._tok_cache.get(key)
        if got is None or got[0] is not toks:
            got = (toks, [t.start for t in toks], [t.end for t in toks])
            self._tok_cache[key] = got
        return got[1]

    def find(self, a, b):
        """Actor aliases in ``text[a:b]`` (see :meth:`ActorIndex.find`), words keyed once per sentence."""
        got = self._found.get((a, b))
        if got is None:
            got = self._found[(a, b)] = self._find(a, b)
        return got

    def _find(self, a, b):
        si = self.sent_of(a)
        s0, s1 = self.sents[si] if self.sents else (0, 0)
        if not (s0 <= a and b <= s1):
            return self.index.find(self.text[a:b], a)
        got = self._sent_keys.get(si)
        if got is None:
            toks = self._sent_toks[si] if si < len(self._sent_toks) else None
            if not toks:  # cut the sentence into words now, for the quotations and this look-up
                toks = toks_in(self.text, s0, s1)
                if si < len(self._sent_toks):
                    self._sent_toks[si] = toks
            keyed = [t for t in toks if t.key is not None]
            starts, ends, _, _, keys = zip(*keyed) if keyed else ((), (), (), (), ())
            got = (starts, ends, keys)
            self._sent_keys[si] = got
        starts, ends, words = got
        return self.index.find_keys(self.text, words, starts, ends, bisect.bisect_left(starts, a),
                                    bisect.bisect_right(ends, b))

    def names_actor(self, words: str) -> bool:
        """Whether ``words`` hold an actor alias (see :meth:`ActorIndex.names`)."""
        return self.index.names(words)

    def line_around(self, p):
        """(start, end) of the line (paragraph) holding offset ``p``, without its newline."""
        if self._newlines is None:
            self._newlines = [m.start() for m in re.finditer("\n", self.text)]
        k = bisect.bisect_left(self._newlines, p)
        a = self._newlines[k - 1] + 1 if k > 0 else 0
        b = self._newlines[k] if k < len(self._newlines) else len(self.text)
        return a, b

    def tail(self, a, b, n=200):
        """The last ``n`` characters of ``text[a:b]`` (all of it when they are only spaces).

        Rules anchored at the end of what precedes a quotation look no further back, so
        each quotation costs a bounded amount of work however long its sentence.
        """
        t = self.text[max(a, b - n):b]
        if b - n > a and not t.strip():
            return self.text[a:b]
        return t

    def verbish(self, toks):
        """Indices of the tokens that may start a coordinated speech verb (a participle in -ant, an auxiliary)."""
        key = ("verbish", id(toks))
        got = self._tok_cache.get(key)
        if got is None or got[0] is not toks:
            got = (toks, [k for k, w in enumerate(map(LOWER, toks)) if w in AUX or w.endswith("ant")])
            self._tok_cache[key] = got
        return got[1]

    def gap_set(self, toks):
        """:meth:`punct_gaps` as a set."""
        key = ("gapset", id(toks))
        got = self._tok_cache.get(key)
        if got is None or got[0] is not toks:
            got = (toks, frozenset(self.punct_gaps(toks)))
            self._tok_cache[key] = got
        return got[1]

    def punct_gaps(self, toks):
        """Indices k of the tokens preceded by punctuation (in the gap after toks[k - 1])."""
        key = ("gaps", id(toks))
        got = self._tok_cache.get(key)
        if got is None or got[0] is not toks:
            gaps = set()
            if len(toks) > 1:
                starts = self.tok_starts(toks)
                for m in PUNCT_GAP.finditer(self.text, toks[0].end, toks[-1].start):
                    k = bisect.bisect_right(starts, m.start())
                    if m.start() >= toks[k - 1].end:  # not a point inside a number
                        gaps.add(k)
            got = (toks, sorted(gaps))
            self._tok_cache[key] = got
        return got[1]

    def tok_ends(self, toks):
        self.tok_starts(toks)
        return self._tok_cache[id(toks)][2]

    def sent_of(self, p):
        """Index of the sentence holding (or last starting before) offset ``p``."""
        k = bisect.bisect_right(self._sent_starts, p) - 1
        return max(k, 0)
