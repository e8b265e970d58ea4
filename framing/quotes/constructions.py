"""French reporting constructions, one function each: incise, colon, que-clause, selon, de + infinitive …"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from framing.french import lemma
from framing.quotes.cues import verb_group
from framing.quotes.document import LOWER, Candidate
from framing.quotes.marks import CLOSERS, SPACES, inner_marks
from framing.quotes.speakers import apposition, coordinated, np_after, source_like, subject_before
from framing.quotes.words import ADVERBS, ANAPHORIC, ASIDE, AUX, CITED, CLEFT, CLITICS, CONNECT, DASHES, DET, DOCUMENTS, EXPERTS, INF_END, LABEL, NOT_COMP, NOT_SPEAKER_DET, NP_PREP, NP_START, ON_SOURCE, PART_END, POSSESSIVE, PREP, PRONOUNS, PUNCT_GAP, SOURCE_NOUNS, SOURCE_WORDS, STANCE_ADJ, STANCE_NOUNS, STOP_GAP, STOP_GAP_COMMA, SUBJ_PRON, TAIL_STOP, WEAK_NP, WORD_CHAR, WORD_SPLIT, fold, is_infinitive, name_like, toks_in

NICKNAME = re.compile(r"\b(?:surnomm\w*|baptis\w*|alias|sobriquet[\s\u00a0\u202f]+d[eu']?)"
                      r"(?:[\s\u00a0\u202f]+\w+){0,2}[\s\u00a0\u202f]*$", re.IGNORECASE)
# patterns of the constructions that run once per cue or quotation, compiled once
COLON_AT_END = re.compile(r":[\s\u00a0\u202f]*$")  # "… a déclaré : " before a quotation
COLON_NEXT = re.compile(r"[\s\u00a0\u202f]*:[\s\u00a0\u202f]*")  # a colon right after the verb
COLON_BEFORE_MARK = re.compile(r"[^:;.!?«»\"“”]{0,60}:[\s\u00a0\u202f]*(?=[«“\"])")  # "a dit à la presse : «"
FINAL_PUNCT = re.compile(r"[.!?,;]$")
PARENTHETICAL = re.compile(r"[\s\u00a0\u202f]*,([^,]{1,80}),")  # ", a déclaré, selon l'agence, le ministre"
BARE_LEAD = re.compile(r"[\W\d]*(?:et|mais|puis)?[\W]*")  # nothing but "et", "mais", "puis" before a quotation
COORD_WINDOW = 100  # tokens after a speech verb searched for a coordinated one ("…, et a ajouté que")
MAX_SUBHEADINGS = 50  # short unattributed lines per text compared with the attributed quotations


def sentence_candidates(doc, si, s0, s1, toks) -> list[Candidate]:
    """Every reported speech a cue of sentence ``si`` introduces: markers, a wire label, *pour X*, verbs."""
    out: list[Candidate] = []
    if not toks:
        return out
    low = list(map(LOWER, toks))
    # markers: selon X, d'après X ...
    firsts = doc.cues.marker_firsts
    found_signs = not doc.cues.marker_signs.isdisjoint(low)  # a marker needs all its words
    for i in ([i for i, w in enumerate(low) if w in firsts] if found_signs else ()):
        for mk in firsts[low[i]]:
            L = len(mk)
            if tuple(low[i:i + L]) != mk or doc.in_quote(toks[i].start):
                continue
            c = selon(doc, si, s0, s1, toks, i, L, mk)
            if c:
                out.append(c)
    if s0 == 0 or doc.text[s0 - 1] == "\n":
        c = wire_label(doc, si, s0, s1, toks)
        if c:
            out.append(c)
    if low[0] == "pour":
        c = pour_x(doc, si, s0, s1, toks)
        if c:
            out.append(c)
    # speech verbs; "… et a été salué" shares the subject of the verb before
    doc._prev_subject = None
    no_cue = doc.cues.no_cue  # words already known not to be speech verbs
    for i in [i for i, w in enumerate(low) if w not in no_cue]:
        cue = doc.cue_of(toks, i)
        if cue is None:
            continue
        c = speech_verb(doc, si, s0, s1, toks, i, cue)
        if c:
            out.append(c)
            if c.speaker is not None:
                doc._prev_subject = (c.speaker, c.pron)
    return out


def wire_label(doc, si, s0, s1, toks) -> Candidate | None:
    """A headline or wire label naming a person: ``Ouchakov : la conversation a été «très bonne»``.

    Only at the start of a paragraph, and when the label is the person's name and nothing else.

    >>> from framing.quotes import quotes_in
    >>> [(q.quote, q.speaker) for q in quotes_in("Iouri Ouchakov : la conversation a été «très bonne».")]
    [('la conversation a été «très bonne»', 'Iouri Ouchakov')]
    """
    text = doc.text
    if not (s0 == 0 or text[s0 - 1] == "\n") or text.find(":", s0, min(s1, s0 + 200)) < 0:
        return None
    lab = LABEL.match(text, s0, s1)
    if not lab or len(lab.group(1).split()) > doc.index.max_len + 3:
        return None  # longer than any name
    found = doc.find(lab.start(1), lab.end(1))  # (offsets of the text: the match ran from s0)
    if len(found) != 1 or found[0].type != "person":
        return None
    label_words = [t for t in toks_in(text, lab.start(1), lab.end(1)) if t.lower not in ("m", "mme", "le", "la", "l'")]
    if len(toks_in(text, found[0].start, found[0].end)) >= len(label_words):
        kind, a, b = doc.classify(lab.end(), s1)
        if len(WORD_SPLIT.findall(text[a:b])) >= 3:
            return Candidate(a, b, kind, 2, (found[0].start, found[0].end), ":", si, subject_at=found[0].start)
    return None


def pour_x(doc, si, s0, s1, toks) -> Candidate | None:
    """``Pour X, C`` at the start of a sentence, when X is a source (an actor, a name, an expert, a pronoun).

    >>> from framing.quotes import quotes_in
    >>> [(q.quote, q.side) for q in quotes_in("Pour Sergueï Lavrov, les sanctions sont contre-productives.")]
    [('les sanctions sont contre-productives', 'kremlin')]
    """
    text = doc.text
    if toks[0].lower != "pour" or len(toks) <= 2:
        return None
    m = re.match(r"[^,]{2,80},", text[toks[1].start:s1])
    if not m:
        return None
    np_s, np_e = toks[1].start, toks[1].start + m.end() - 1
    words = text[np_s:np_e].strip()
    ok = doc.index.find(words) or words.lower() in ("lui", "elle", "eux", "elles") or \
        re.fullmatch(r"[A-ZÉ][\w-]+(?: [A-ZÉ][\w-]+)+", words) or \
        re.fullmatch(r"(?:l['’]|les?[\s\u00a0\u202f]+|la[\s\u00a0\u202f]+)(?:" + EXPERTS + r")s?", words.lower()) or \
        (len(toks) > 3 and toks[1].lower in ("le", "la", "l'", "les") and
         lemma(toks[2].text) in SOURCE_NOUNS and lemma(toks[2].text) not in DOCUMENTS) or \
        re.fullmatch(r"(?:plusieurs|certains|certaines|de nombreux|de nombreuses|nombre d['’]|beaucoup d['’]|des|"
                     r"bien des|la plupart des)[\s\u00a0\u202f]*(?:" + EXPERTS + r"|responsable|source)s?"
                     r"(?:[\s\u00a0\u202f]+[\w-]+)?", words.lower())  # «Pour plusieurs diplomates européens, C»
    if not ok or re.match(r"(sa|son|ses|leur|l'instant|le moment|autant|cela|mémoire|rappel|ce faire)\b",
                          words.lower()):
        return None
    cited = CITED.match(text, np_e + 1, s1)
    if cited:
        comma = cited.end() - 1  # "Pour le ministère …, cité par l'agence TAP, C"
    else:
        comma, np_e = apposition(doc, np_e, s1, np_e)
    kind, a, b = doc.classify(comma + 1, s1)
    pron = words.lower() if words.lower() in ("lui", "elle", "eux", "elles") else ""
    return Candidate(a, b, kind, 2.5, (np_s, np_e), "pour", si, pron=pron, subject_at=np_s)


CITING = re.compile(r"[\s\u00a0\u202f]*,?[\s\u00a0\u202f]*(?:citant|qui cit(?:e|ent|ait|aient)|reprenant les propos d[eu']|"
                    r"s['’]appuyant sur)[\s\u00a0\u202f]+([^,;:.!?«»\"“”()]{2,90}?)[\s\u00a0\u202f]*(?=[,;.!?)]|$)")


def cited_source(doc, p, s1):
    """``…, citant un responsable américain`` after a source at ``p``: (span of the one cited, end) or None.

    A medium citing an official relays the official's words: the guidelines give them the
    official's side.
    """
    m = CITING.match(doc.text, p, s1)
    if m is None:
        return None
    return (m.start(1), m.end(1)), m.end()


# «C, selon X, cité par Reuters» / «…, citant …»: what follows the source relays it, the clause ends before it
RELAYED = re.compile(r"[\s\u00a0\u202f]*(?:cit[ée]e?s?|citant|qui cit|interrog[ée]|joint|contact[ée]|repris|"
                     r"rapport[ée])", re.IGNORECASE)


def selon(doc, si, s0, s1, toks, i, L, mk):
    """``Selon X, C``, ``C, selon X`` and ``«…» selon X`` (and the other markers: d'après, de source …).

    When X cites someone (``Selon le «Wall Street Journal», citant un responsable américain, C``),
    the one cited speaks.

    >>> from framing.quotes import quotes_in
    >>> [(q.quote, q.speaker, q.side) for q in quotes_in(
    ...     "Selon Axios, qui cite deux responsables américains, l'appel a été demandé par Moscou.")]
    [("l'appel a été demandé par Moscou", 'deux responsables américains', 'white_house')]
    """
    text = doc.text
    m_s, m_e = toks[i].start, toks[i + L - 1].end
    after = toks[i + L:]
    if not after:
        return None
    # selon lequel / laquelle ...
    if after[0].lower in ("lequel", "laquelle", "lesquels", "lesquelles"):
        kind, a, b = doc.classify(after[0].end, s1)
        # the antecedent is the noun phrase just before the marker
        prev = toks[:bisect.bisect_right(doc.tok_ends(toks), m_s)]
        sp = None
        if prev:
            k = len(prev) - 1
            while k > 0 and not PUNCT_GAP.search(text[prev[k - 1].end:prev[k].start]) and len(prev) - k < 8:
                k -= 1
            seg = prev[k:]
            matches = doc.find(seg[0].start, seg[-1].end)
            sp = (matches[0].start, matches[0].end) if matches else (seg[0].start, seg[-1].end)
        return Candidate(a, b, kind, 2, sp, text[m_s:m_e] + " " + after[0].text, si, subject_at=m_s)
    before = text[s0:m_s]
    # the source: up to the next comma or the end
    np_end_m = re.search(r"[,;:.!?()«»\"“”\n]", text[after[0].start:s1])
    np_end = after[0].start + np_end_m.start() if np_end_m else s1
    src_s = toks[i + L - 1].start if "source" in mk else after[0].start
    src_e = doc.content_end(src_s, np_end)
    if src_e <= src_s:
        return None
    # keep the source short: a noun phrase, cut before a verb-like continuation
    src_toks = [t for t in after if t.end <= src_e]
    if len(src_toks) > 10:
        src_e = src_toks[9].end
    pron = text[src_s:src_e].lower() if text[src_s:src_e].lower() in ("lui", "elle", "eux", "elles") else ""
    if not pron and "source" not in mk and not source_like(doc, src_toks[:10]):
        return None  # "selon les termes de l'accord", "selon toute vraisemblance"
    if not WORD_CHAR.search(before):
        # Selon X, C.
        if not np_end_m or text[np_end] != ",":
            return None
        cited = cited_source(doc, np_end, s1)
        if cited is not None and text[cited[1]:cited[1] + 1] == ",":
            (src_s, src_e), np_end = cited[0], cited[1]
        elif not pron:  # "Selon lui, le Vatican, …": a pronoun takes no apposition
            np_end, src_e = apposition(doc, np_end, s1, src_e)
        kind, a, b = doc.classify(np_end + 1, s1)
        if b - a < 8:
            return None
        return Candidate(a, b, kind, 2.5, (src_s, src_e), text[m_s:m_e], si, pron=pron, subject_at=src_s)
    stripped = before.rstrip(SPACES)
    heard = re.search(r",[\s\u00a0\u202f]*(?:a-t-on|avait-on|apprend-on|indique-t-on|précise-t-on)"
                      r"(?:[\s\u00a0\u202f]+(?:appris|indiqué|précisé|su))?$", stripped)
    if heard:
        # "…, a-t-on appris de source diplomatique."
        stripped = stripped[:heard.start() + 1]
    elif mk == ("auprès", "de"):
        return None
    elif mk[0] in ("cité", "citée") and re.search(r"(?:^|[,(—–])[\s\u00a0\u202f]*(?:selon|d['’]après)\s[^,;:]{2,90},$",
                                                  stripped, re.IGNORECASE):
        return None  # "C, selon X, cité par Reuters": X speaks, Reuters relays
    q = doc.in_quote(len(stripped) + s0 - 1) if stripped[-1:] in "»”\"" else None
    if q is None and stripped[-1:] in "»”\"":
        q = doc.span_by_close.get(len(stripped) + s0 - 1)
    if q is not None and text[q.close + 1:m_s].strip(SPACES + ",") == "" and q.open >= s0 - 1:
        # «…» selon X
        tail = text[np_end:s1].strip(SPACES + ".!?;)")
        if not tail or tail.startswith(","):
            return Candidate(q.cs, q.ce, "direct", 3, (src_s, src_e), text[m_s:m_e], si, pron=pron,
                         incise=True, subject_at=src_s)
    if stripped.endswith(",") or stripped.endswith("(") or stripped[-1:] in DASHES:
        # C, selon X.  -- unless the marker sits in a verb incise (", a déclaré, selon X, Y")
        n_prev = sum(1 for t in toks if t.end <= m_s)
        for k in range(max(0, n_prev - 3), n_prev):
            pc = doc.cue_of(toks, k)
            if pc and "incise" in pc[1]:
                return None
        tail = text[np_end:s1].strip(SPACES + ".!?;)")
        if tail and WORD_CHAR.search(tail) and not tail.startswith(","):
            return None
        if tail and mk[0] in ("cité", "citée") and WORD_CHAR.search(tail):
            return None  # "Pour X, cité par Y, C": Y relays X's words
        cited = cited_source(doc, np_end, s1)
        if cited is not None:
            src_s, src_e = cited[0]  # "C, selon le Wall Street Journal citant un responsable américain."
        end = len(stripped.rstrip(",(" + DASHES)) + s0
        if cited is None and stripped.endswith(",") and tail.startswith(",") and WORD_CHAR.search(tail[1:]) \
                and mk[0] not in ("cité", "citée") and not RELAYED.match(tail[1:]):
            end = s1  # "Poutine a, selon lui, invité son homologue": an incise inside the clause it attributes
        kind, a, b = doc.classify(s0, end)
        if b - a < 8:
            return None
        return Candidate(a, b, kind, 3, (src_s, src_e), text[m_s:m_e], si, pron=pron, incise=True,
                     subject_at=src_s)
    return None


@dataclass(slots=True)
class Verb:
    """A speech verb in a sentence, with what the constructions after it look at.

    ``i`` is the verb's token, ``first`` the first token of a multiword cue, ``g0i`` the start
    of its verb group (auxiliary and clitics: "il l'a dit"), ``inv`` the token of an inverted
    subject pronoun ("a-t-il ajouté"), ``after_i`` the first token after the cue, ``end`` the
    offset where the cue ends and ``hi`` where its content must end (the sentence, the
    quotation it sits in, or a coordinated speech verb sharing its subject).
    """

    doc: object
    si: int
    s0: int
    s1: int
    toks: list
    i: int
    lem: str
    frames: frozenset
    first: int
    g0i: int
    inv: int | None
    passive: bool
    in_q: object
    end: int
    after_i: int
    hi: int = -1

    @property
    def text(self) -> str:
        return self.doc.text

    @property
    def cue(self) -> str:
        """The cue as written, from the auxiliary to the verb ("a déclaré", "s'est dit")."""
        return self.text[self.toks[self.g0i].start:self.toks[self.i].end]


def speech_verb(doc, si, s0, s1, toks, i, cue) -> Candidate | None:
    """The reported speech a speech verb introduces, if any.

    An incise (the speaker after the verb) is tried first; otherwise the constructions of a
    subject + verb + complement, in order: :func:`colon_quotation`, :func:`que_clause`,
    :func:`pour_complement`, :func:`infinitive`, :func:`stance_np`. The subject is looked
    for only once a complement is found (:func:`verb_subject`).
    """
    lem, frames, first = cue
    g0i, inv, passive = verb_group(doc, toks, i, first)
    end = toks[i].end if inv is None else max(toks[i].end, toks[inv].end)
    v = Verb(doc, si, s0, s1, toks, i, lem, frames, first, g0i, inv, passive, doc.in_quote(toks[i].start), end,
             i + 1 if inv is None else inv + 1)
    found = incise(v)
    if found is not None:
        return found
    v.hi = content_limit(v)
    for construction in (colon_quotation, que_clause, pour_complement, infinitive, stance_np):
        got = construction(v)
        if got is not None:
            break
    else:
        return None
    if got is REJECT:
        return None
    kind, a, b, prio, cue_txt = got
    subject = verb_subject(v)
    if subject is None:
        return None
    sp, pron = subject
    return Candidate(a, b, kind, prio, sp, cue_txt, si, pron=pron, subject_at=sp[0] if sp else -1)


REJECT = object()  # a construction that rules out every other one
INCISE_BEFORE = ',"-' + DASHES  # what ends the content before an incise verb (and CLOSERS)


def incise(v: Verb) -> Candidate | None:
    """``«…», a déclaré X`` / ``…, a-t-il ajouté``: the speaker comes after the verb.

    The verb follows a comma, a closing mark or a dash; the content is the quotation just
    before (direct) or the clause before the comma.

    >>> from framing.quotes import quotes_in
    >>> [(q.quote, q.speaker) for q in quotes_in("«Rien n'est décidé», a précisé Dmitri Peskov.")]
    [("Rien n'est décidé", 'Dmitri Peskov')]
    >>> [(q.quote, q.speaker) for q in quotes_in("Le sommet aura lieu à Riyad, a-t-il ajouté.")]
    [('Le sommet aura lieu à Riyad', 'il')]
    """
    doc, text, toks, i, s0, s1, inv = v.doc, v.text, v.toks, v.i, v.s0, v.s1, v.inv
    if v.in_q or not ("incise" in v.frames or inv is not None):
        return None
    g0 = toks[v.g0i].start
    k = g0
    while k > s0 and text[k - 1] in SPACES:
        k -= 1
    if k == s0 or not (text[k - 1] in INCISE_BEFORE or text[k - 1] in CLOSERS):
        return None  # no comma, closing mark or dash right before the verb group: no incise
    pre = text[s0:k]
    gerund = toks[i].lower.endswith("ant")
    infinitive_ = v.g0i == v.first and inv is None and INF_END.search(toks[i].lower) is not None
    if v.g0i == v.first and inv is None and PART_END.search(toks[i].lower):
        infinitive_ = True  # a bare participle ("Le sommet, annoncé comme …") is no incise
    if pre.endswith("-") and pre[:-1].rstrip(SPACES)[-1:] in ",»”\"":
        pre = pre[:-1].rstrip(SPACES)  # machine-translated wire copy: "“…”, - a dit Ouchakov"
    if v.in_q or gerund or infinitive_ or not (pre.endswith(",") or pre[-1:] in CLOSERS or pre[-1:] in DASHES
                                               or pre.endswith('"')) or not ("incise" in v.frames or inv is not None):
        return None
    sp, pron = incise_speaker(v)
    if sp is None:
        return None
    cpos = len(pre) + s0  # end of the content (the comma or closing mark)
    q = None
    k0 = bisect.bisect_left(doc._opens, s0 - 1)
    k1 = bisect.bisect_left(doc._opens, cpos)
    for s in doc.spans[k0:k1]:
        if s.close < cpos and s.close >= cpos - 3 and s.open >= s0 - 1:
            q = s
        elif s.close < cpos and s.close + 1 <= cpos and text[s.close + 1:cpos].strip(SPACES + ",") == "" \
                and s.open >= s0 - 1:
            q = s
    if q is not None:
        # a quotation right before: direct (or a clause ending in it)
        lead = text[s0:q.open]
        if WORD_CHAR.search(lead) and not BARE_LEAD.fullmatch(lead) \
                and not COLON_AT_END.search(lead):
            kind, a, b = doc.classify(s0, cpos)
        else:
            kind, a, b = "direct", q.cs, q.ce
    else:
        kind, a, b = doc.classify(s0, cpos)
        tail = re.match(r"[\s\u00a0\u202f]*,[\s\u00a0\u202f]*([^\W\d_][\w'’-]*)", text[sp[1]:s1])
        if tail and tail.group(1)[:1].islower() and not tail.group(1).lower().endswith("ant") \
                and fold(tail.group(1)) not in TAIL_STOP and len(WORD_SPLIT.findall(text[sp[1]:s1])) >= 3 \
                and text[cpos - 1:cpos] not in CLOSERS and not re.search(r"[.!?;:]", text[sp[1]:s1].rstrip(".!?…")):
            # "Le maître du Kremlin souhaite, dit-on dans son entourage, éviter …": the clause goes on
            kind, a, b = doc.classify(s0, s1)
    if b <= a:
        return None
    return Candidate(a, b, kind, 3, sp, v.cue if inv is None else text[g0:toks[i].end], v.si, pron=pron,
                     incise=True, subject_at=sp[0])


def incise_speaker(v: Verb) -> tuple:
    """(span, pronoun) of the speaker after an incise verb; (None, "") when there is none.

    An inverted pronoun ("a-t-il ajouté"; "indique-t-on de source diplomatique" names the
    source), else the noun phrase after the verb, possibly after a parenthetical
    (", a déclaré, selon l'agence, le ministre").
    """
    doc, text, toks, inv, s1 = v.doc, v.text, v.toks, v.inv, v.s1
    if inv is not None:
        sp, pron = (toks[inv].start, toks[inv].end), toks[inv].lower
        src = ON_SOURCE.match(text, toks[inv].end, s1) if pron == "on" else None
        if src and not (SOURCE_WORDS.search(src.group(1)) or doc.index.find(src.group(1))):
            src = None
        if src:
            sp, pron = (src.start(1), doc.content_end(src.start(1), src.end(1))), ""
        return sp, pron
    p = v.end
    mm = PARENTHETICAL.match(text[p:s1])
    paren = None
    if mm:
        paren = (p + mm.start(1), p + mm.end(1))
        p = p + mm.end()
    sp = np_after(doc, p, s1)
    if sp is None and paren is not None:
        sp = np_after(doc, paren[0], paren[1])
        if sp and re.match(r"\s*(selon|d'après)\s", text[paren[0]:paren[1]]):
            sp = np_after(doc, paren[0] + len(re.match(r"\s*\S+\s", text[paren[0]:paren[1]]).group()), paren[1])
    if sp is None:
        return None, ""
    w = fold(text[sp[0]:sp[1]])
    ws = [x for x in fold(text[v.end:sp[0]]).split() if x.isalpha()][-1:] + w.split()
    if len(ws) >= 2 and ws[0] in NOT_SPEAKER_DET and lemma(ws[1]) not in ANAPHORIC \
            and ws[1] not in ("dernier", "dernière", "derniers"):
        return None, ""  # ", a salué toute initiative …", ", nuance ce succès": an object, no speaker
    return sp, (w if w in SUBJ_PRON else "")


# a subject that is an event or a meeting, not a speaker: "la séquence confirme que", "ce sommet montre que"
EVENT_SUBJECT = re.compile(
    r"(?:l['’]|le\s|la\s|les\s|ce\s|cet\s|cette\s|ces\s|un\s|une\s)?\s*(?:\w+\s)?"
    r"(?:séquence|sommet|rencontre|appel|entretien|échange|conversation|visite|réunion|épisode|événement|"
    r"évènement|situation|guerre|crise|histoire|bilan|résultat|image|scène|photo|épreuve|expérience)s?\b",
    re.IGNORECASE)


def verb_subject(v: Verb) -> tuple | None:
    """(span or None, pronoun) of who speaks through a subject + verb; None rules the verb out.

    The clause subject before the verb (:func:`~framing.quotes.speakers.subject_before`);
    the agent of a passive ("…, a été dénoncé par X"); the subject of the main clause for a
    gerund ("…, affirmant que"); the previous verb's subject for "… et a été salué".
    First-person subjects, generic ones inside a quotation («Un président ne …») and
    impersonal infinitives ("il convient de rappeler que") are no speakers.
    """
    doc, text, toks, i, first, g0i, in_q = v.doc, v.text, v.toks, v.i, v.first, v.g0i, v.in_q
    passive = v.passive
    gerund = toks[i].lower.endswith("ant")
    if passive and g0i == first and first > 0 and toks[first - 1].lower == "et" and doc._prev_subject:
        passive = False
        sp, pron = doc._prev_subject
    elif passive:
        sp, pron = None, ""
        m = re.match(r"\s*par\s+", text[toks[i].end:v.s1])
        if m:
            sp = np_after(doc, toks[i].end + m.end(), v.s1)
        else:
            m = re.match(r"\s*(?:de\s+|d['’]|comme\s+)?[«“\"]([^«»“”\"]{1,200})[»”\"]\s*par\s+", text[toks[i].end:v.s1])
            if m:
                sp = np_after(doc, toks[i].end + m.end(), v.s1)
    elif gerund and not in_q and doc._prev_subject:
        sp, pron = doc._prev_subject
    elif gerund and not in_q:
        sp, pron = None, ""
        # subject of the main clause: the first segment of the sentence
        k = 0
        while k < g0i and not PUNCT_GAP.search(text[toks[k].end:toks[k + 1].start] if k + 1 < len(toks) else ""):
            k += 1
        seg = toks[0:k + 1] if k < g0i else toks[0:g0i]
        if seg:
            matches = doc.find(seg[0].start, seg[-1].end)
            if matches and matches[0].start <= seg[min(3, len(seg) - 1)].start:
                sp = (matches[0].start, matches[0].end)
    else:
        r = subject_before(doc, toks, g0i, in_q.cs if in_q else v.s0)
        sp, pron = (None, "") if r is None else r
    if sp is None and not passive:
        return None
    if pron in ("je", "nous", "vous", "j'"):
        return None
    if in_q and sp is not None and re.match(r"(?:[Uu]ne?|[Dd]es|[Cc]haque|[Tt]out)\s", text[sp[0]:sp[1]]):
        return None  # «Un président américain ne félicite pas …»: a generic subject, not a speaker
    if g0i == first and first > 0 and toks[first - 1].lower == "sans" and is_infinitive(toks[i].text):
        return None  # "sans confirmer le principe d'un sommet"
    if sp is not None and not pron and EVENT_SUBJECT.match(text[sp[0]:sp[1]]):
        return None  # "la séquence confirme que …", "ce sommet montre que …": an event, no speaker
    if g0i == first and v.inv is None and is_infinitive(toks[i].text) and not pron and sp is not None and not in_q \
            and not doc.find(sp[0], sp[1]):
        return None  # "il convient de rappeler que …": no speaker to be sure of
    return sp, pron


def content_limit(v: Verb) -> int:
    """Where the content of a subject + verb construction must end.

    The end of the sentence (or of the quotation the verb sits in), or before a coordinated
    speech verb sharing the subject: "… a déclaré être prêt, tout en affirmant que …",
    "… et a ajouté que …" (looked for within ``COORD_WINDOW`` words).
    """
    doc, text, toks, i = v.doc, v.text, v.toks, v.i
    hi = v.in_q.ce if v.in_q else v.s1
    verbish = doc.verbish(toks)
    for x in range(bisect.bisect_left(verbish, i + 2), len(verbish)):
        k = verbish[x]
        if k >= i + COORD_WINDOW or toks[k].start >= hi:
            break
        if doc.in_quote(toks[k].start):
            continue
        lw = toks[k].lower
        c2 = doc.cue_of(toks, k) if lw.endswith("ant") else None
        if c2 is None and lw in AUX:
            c2 = any(doc.cue_of(toks, k2) for k2 in range(k + 1, min(k + 4, len(toks))))
        if not c2:
            continue
        j = k - 1
        while j > i and toks[j].lower in ("tout", "en", "et", "puis", "également", "aussi"):
            j -= 1
        gap = text[toks[j].end:toks[k].start]
        if "," in gap or re.search(r"\bet\b", gap):
            return toks[j].end
    return hi


def colon_quotation(v: Verb):
    """``X a déclaré : «…»``, ``X a déclaré : C`` and ``X a qualifié … de «…»``.

    >>> from framing.quotes import quotes_in
    >>> [(q.kind, q.quote, q.speaker) for q in quotes_in("Sergueï Lavrov a déclaré : «Nous sommes prêts.»")]
    [('direct', 'Nous sommes prêts.', 'Sergueï Lavrov')]
    """
    if "colon" not in v.frames and "np" not in v.frames:
        return None
    doc, text, toks, lem, in_q, hi = v.doc, v.text, v.toks, v.lem, v.in_q, v.hi
    rest = text[v.end:hi]
    mm = COLON_NEXT.match(rest) or COLON_BEFORE_MARK.match(rest)
    qpos = v.end + mm.end() if mm else None
    span = None
    if qpos is not None:
        span = doc.span_by_open.get(qpos)
        if span is None and "colon" in v.frames and not in_q:
            kind, a, b = doc.classify(qpos, hi)
            if b - a > 10:
                return kind, a, b, 2, v.cue + " :"
    if span is None:
        lim = 14 if lem == "qualifier" else 4
        for k in range(v.after_i, min(v.after_i + lim, len(toks))):
            if toks[k].lower in ("que", "qu'"):
                break
            s = doc.in_quote(toks[k].start)
            if s is not None and not in_q:
                if lem == "qualifier" and name_like(text[s.cs:s.ce]) and \
                        not re.search(r"\b(?:de|d['’]|comme)[\s\u00a0\u202f]*$", text[v.end:s.open]):
                    continue  # "a qualifié dans son réseau «Truth Social» la conversation de «…»"
                if PUNCT_GAP.search(re.sub(r"[«»“”\"]", "", text[v.end:s.open])):
                    break
                span = s
                break
    if span is not None and name_like(text[span.cs:span.ce]) and qpos is None:
        span = None
    if span is not None and ("colon" in v.frames or lem == "qualifier"):
        return "direct", span.cs, span.ce, 2, v.cue  # possibly followed by more of the clause
    return None


def que_clause(v: Verb):
    """``X a affirmé que C`` (the que within 12 words of the verb, no punctuation between).

    >>> from framing.quotes import quotes_in
    >>> [(q.kind, q.quote, q.speaker) for q in quotes_in("Le Kremlin a affirmé que la rencontre aurait lieu.")]
    [('indirect', 'la rencontre aurait lieu', 'Le Kremlin')]
    """
    if "que" not in v.frames:
        return None
    doc, text, toks = v.doc, v.text, v.toks
    for k in range(v.after_i, min(v.after_i + 12, len(toks))):
        if STOP_GAP.search(text, toks[k - 1].end, toks[k].start):
            return None
        if toks[k].lower in ("que", "qu'"):
            if toks[k - 1].lower in NOT_COMP:
                return None
            kind, a, b = doc.classify(toks[k].end, v.hi)
            return (kind, a, b, 2, v.cue) if b - a >= 5 else None
        if k > v.after_i and doc.cue_of(toks, k):
            return None
    return None


def pour_complement(v: Verb):
    """``X a félicité Y pour C`` / ``X a remercié Y de C``: the reason praised or blamed.

    >>> from framing.quotes import quotes_in
    >>> [(q.quote, q.side) for q in quotes_in("Vladimir Poutine a félicité Donald Trump pour sa victoire.")]
    [('pour sa victoire', 'kremlin')]
    """
    if "pour" not in v.frames:
        return None
    doc, text, toks, after_i = v.doc, v.text, v.toks, v.after_i
    for k in range(after_i, min(after_i + 16, len(toks))):
        if toks[k].lower == "pour" or (toks[k].lower in ("de", "d'") and k <= after_i + 3
                                        and not any(t.lower in PREP or t.lower == "malgré" for t in toks[after_i:k])):
            kind, a, b = doc.classify(toks[k].start, v.hi)
            return (kind, a, b, 1.5, v.cue) if b - a >= 5 else None
        if STOP_GAP.search(text, toks[k - 1].end, toks[k].start):
            return None
    return None


def infinitive(v: Verb):
    """``X a promis de C`` / ``X a déclaré être prêt`` / ``X a appelé Y à C``: an infinitive complement.

    >>> from framing.quotes import quotes_in
    >>> [(q.quote, q.speaker) for q in quotes_in("Le président turc a promis de rouvrir le dialogue.")]
    [('rouvrir le dialogue', 'Le président turc')]
    """
    if "inf" not in v.frames or v.after_i >= len(v.toks):
        return None
    doc, text, toks, after_i, lem = v.doc, v.text, v.toks, v.after_i, v.lem
    k = after_i
    while k < len(toks) - 1 and (toks[k].lower in ADVERBS or toks[k].lower in ("ne", "n'", "pas", "jamais", "plus")) \
            and not STOP_GAP_COMMA.search(text, toks[k - 1].end, toks[k].start):
        k += 1
    k2 = k
    while k2 < len(toks) - 1 and toks[k2].lower in CLITICS:
        k2 += 1
    if k2 < len(toks) and is_infinitive(toks[k2].text) and toks[k2].lower not in ("faire",) \
            and not STOP_GAP.search(text, v.end, toks[k].start):
        kind, a, b = doc.classify(toks[after_i].start if toks[after_i].lower in ("ne", "n'") else toks[k].start, v.hi)
        if b - a >= 5:
            return kind, a, b, 1.5, v.cue
    dative = False
    for k in range(after_i, min(after_i + 7, len(toks) - 1)):
        lw = toks[k].lower
        if STOP_GAP.search(text, toks[k - 1].end, toks[k].start):
            break
        if lw in ("de", "d'", "à") and (lem != "appeler" or lw == "à"):
            nxt = k + 1
            while nxt < len(toks) - 1 and (toks[nxt].lower in CLITICS or toks[nxt].lower in ("pas", "jamais", "plus")):
                nxt += 1  # "recommandé de ne pas le faire"
            if INF_END.search(toks[nxt].lower) and toks[nxt].lower not in DET:
                kind, a, b = doc.classify(toks[k + 1].start, v.hi)
                if b - a >= 5:
                    return kind, a, b, 1.5, v.cue
            if lem != "appeler" and (lw == "à" or dative) and \
                    any(t.lower in ("de", "d'") for t in toks[k + 1:k + 6]):
                dative = True
                continue  # "a ordonné à l'armée de …", "a reproché au chef de l'Etat de …"
            if lem != "appeler":
                break
        elif lw in ("au", "aux") and k == after_i:
            dative = True
    return None


def stance_np(v: Verb):
    """``X a réaffirmé son attachement à C``: a noun phrase carrying a position.

    Also "plaider pour / en faveur de C", "insister sur C", "se dire favorable à C" and a
    quoted fragment as the object ("a salué une «très bonne conversation»"). Weak verbs
    (exprimer, manifester …) need a stance noun or a possessive.

    >>> from framing.quotes import quotes_in
    >>> [(q.quote, q.side) for q in quotes_in("Le numéro un russe a réaffirmé son attachement à la Syrie.")]
    [('son attachement à la Syrie', 'kremlin')]
    """
    if "np" not in v.frames:
        return None
    doc, text, toks, i, lem, in_q = v.doc, v.text, v.toks, v.i, v.lem, v.in_q
    k = v.after_i
    while k < len(toks) and (toks[k].lower in ADVERBS) and not STOP_GAP_COMMA.search(text, toks[k - 1].end, toks[k].start):
        k += 1
    aside = ASIDE.match(text, toks[k].start) if k < len(toks) else None
    if aside:
        while k < len(toks) and toks[k].start < aside.end():
            k += 1
    if k < len(toks) - 1 and toks[k].lower in NP_PREP.get(lem, ()) and \
            not STOP_GAP.search(text, toks[k - 1].end, toks[k].start):
        if toks[k].lower == "en" and toks[k + 1].lower != "faveur":
            return REJECT
        k += 2 if toks[k].lower == "en" else 1  # "plaider en faveur de …"
        if k < len(toks) and toks[k - 1].lower == "faveur" and toks[k].lower in ("de", "d'", "du", "des"):
            k += 1 if toks[k].lower in ("de", "d'") else 0
    elif lem in ("se dire", "se déclarer", "dire", "déclarer") and k < len(toks) and toks[k].lower in STANCE_ADJ \
            and any(x.lower in ("se", "s'") for x in toks[max(0, i - 4):i]) \
            and not STOP_GAP.search(text, toks[k - 1].end, toks[k].start):
        kind, a, b = doc.classify(toks[k].start, v.hi)
        return (kind, a, b, 1.5, v.cue) if len(WORD_SPLIT.findall(text[a:b])) >= 3 else REJECT
    elif lem in NP_PREP and lem not in ("se prononcer",) and lem != "plaider":
        return REJECT  # "insister" takes its position only through "sur"
    if k >= len(toks):
        return None
    g = text[toks[k - 1].end:toks[k].start] if k > 0 else ""
    starts_q = any(c in g for c in "«“\"")
    if not (toks[k].lower in NP_START or starts_q or toks[k].text[:1].isupper()) or re.search(r"[;:.!?()»]", g):
        return None
    if lem in WEAK_NP and toks[k].lower not in POSSESSIVE and not starts_q and \
            lemma(toks[min(k + 1, len(toks) - 1)].text) not in STANCE_NOUNS and \
            not any(doc.in_quote(t.start) for t in toks[k:k + 7]):
        return REJECT
    if toks[k].lower in ("de", "d'") and lem not in ("se prononcer", "faire état"):
        return REJECT
    a0 = toks[k].start if not starts_q else toks[k].start - len(g) + g.index(next(c for c in g if c in "«“\""))
    skip = ASIDE.match(text, a0)
    if skip:
        a0 = skip.end()
    # a quoted fragment as the object: "a salué une «très bonne conversation»"
    for k2 in range(k, min(k + 3, len(toks))):
        s2 = doc.in_quote(toks[k2].start)
        if s2 is not None and s2.open >= a0 and len(WORD_SPLIT.findall(text[a0:s2.open])) <= 2 \
                and not in_q and not name_like(text[s2.cs:s2.ce]):
            return "direct", s2.cs, s2.ce, 1.5, v.cue
    kind, a, b = doc.classify(a0, v.hi)
    if len(WORD_SPLIT.findall(text[a:b])) >= 3 or kind != "indirect":
        return kind, a, b, 1.5, v.cue
    return None


def cleft(doc, cands, sent_toks):
    """``«…». C'est en ces termes que X a qualifié …``: X speaks the previous quotation."""
    text = doc.text
    clefts, added = set(), []
    for si, (s0, s1) in enumerate(doc.sents):
        if si == 0 or not sent_toks[si] or not CLEFT.match(text, s0, s1):  # (a cleft is never left uncut)
            continue
        toks = sent_toks[si]
        spk = None
        for i in range(len(toks)):
            cue = doc.cue_of(toks, i)
            if cue:
                g0i, inv, _ = verb_group(doc, toks, i, cue[2])
                r = subject_before(doc, toks, g0i, s0)
                if r:
                    spk = (r, text[toks[g0i].start:toks[i].end])
                break
        if not spk:
            continue
        clefts.add(si)
        p0, p1 = doc.sents[si - 1]
        for s in doc.spans[bisect.bisect_left(doc._opens, p0):bisect.bisect_left(doc._opens, p1)]:
            if p0 <= s.open < p1:
                (sp, pron), cue_txt = spk
                added.append(Candidate(s.cs, s.ce, "direct", 2, sp, cue_txt, si - 1, pron=pron, subject_at=sp[0]))
    if clefts:
        cands = [c for c in cands if c.sent not in clefts]
    return cands + added


@dataclass(slots=True)
class Quotation:
    """A quotation no cue attributed, with what the rules below look at."""

    doc: object
    s: object          # its marks (see framing.quotes.marks.Marks)
    si: int            # its sentence
    s0: int
    s1: int
    content: str
    words: list        # its words (Tok, offsets into the text)
    line_a: int        # the line (paragraph) that holds it
    line_b: int
    whole_line: bool   # nothing else on its line: a subheading
    short: bool        # three words at most, no colon before
    sent_toks: list

    @property
    def toks(self) -> list:
        """The words of its sentence (cut on first use)."""
        toks = self.sent_toks[self.si]
        if toks is None:
            toks = self.sent_toks[self.si] = toks_in(self.doc.text, self.s0, self.s1)
        return toks

    def row(self, prio, speaker, cue, **kw) -> Candidate:
        return Candidate(self.s.cs, self.s.ce, "direct", prio, speaker, cue, self.si, **kw)


NOT_A_QUOTE = object()  # a rule's verdict: names, nicknames and scare quotes are no quotations


CLAUSE_START = re.compile(r".*[.!?;«»“”\"]", re.DOTALL)  # up to the last end of a clause or mark
INNER_CLAUSE = 200  # characters looked back from the colon for the speaker of an inner quotation


def inner_quotations(doc) -> list[Candidate]:
    """A quotation inside another's words, introduced by a named speaker, a speech verb and a colon.

    It gets a row of its own (the guidelines' nested speech); containment marks it nested and
    :func:`~framing.quotes.sides.keep_distinct_nested` keeps it only when its speaker is a party
    distinct from the one quoted around it. Only quotations whose content holds a colon are read.

    >>> from framing.quotes import quotes_in
    >>> [(q.quote, q.speaker, q.nested) for q in quotes_in(
    ...     '«Bachar al-Assad nous a dit : "Nous sommes prêts à une trêve"», a déclaré Dmitri Peskov.')]
    [('Bachar al-Assad nous a dit : "Nous sommes prêts à une trêve"', 'Dmitri Peskov', False), \
('Nous sommes prêts à une trêve', 'Bachar al-Assad', True)]
    """
    text, out = doc.text, []
    for outer in doc.spans:
        if text.find(":", outer.cs, outer.ce) < 0:
            continue
        for inner in inner_marks(text, outer):
            # (looked for in bounded windows: a quotation may hold thousands of others)
            colon = COLON_AT_END.search(text, max(outer.cs, inner.open - 20), inner.open)
            if colon is None:
                continue
            lo = max(outer.cs, colon.start() - INNER_CLAUSE)
            clause = CLAUSE_START.match(text, lo, colon.start())
            a = clause.end() if clause else lo
            toks = toks_in(text, a, colon.start())
            cue = next((k for k in range(len(toks)) if doc.cue_of(toks, k)), None)
            if cue is None:
                continue
            named = doc.find(a, toks[cue].start)
            if not named:
                continue
            g0 = verb_group(doc, toks, cue, doc.cue_of(toks, cue)[2])[0]
            out.append(Candidate(inner.cs, inner.ce, "direct", 2, (named[0].start, named[0].end),
                                 text[toks[g0].start:toks[cue].end], doc.sent_of(inner.open),
                                 subject_at=named[0].start))
    return out


def quotations_without_cue(doc, cands, sent_toks):
    """Quotations no cue attributed: each rule below is tried in turn, the first to decide wins.

    A subheading repeating attributed words takes their speaker (:func:`repeated_words`); then
    :func:`truncated`, :func:`name_in_marks`, :func:`nickname`, :func:`inner_incise`,
    :func:`speaker_colon`, :func:`headline_colon`, :func:`clause_subject`, :func:`short_fragment`,
    :func:`speaker_after`, and last an unattributed quotation (a subheading, or the continuation
    of the previous speaker: see :func:`framing.quotes.sides.continuations`).
    """
    text = doc.text
    covered = sorted((c.cs, c.ce) for c in cands)
    cov_starts = [a for a, _ in covered]
    cov_maxend = []
    m = -1
    for _, b in covered:
        m = max(m, b)
        cov_maxend.append(m)
    si = 0
    state = {"ftext": None, "budget": MAX_SUBHEADINGS, "by_sent": {}, "seen": []}
    for s in doc.spans:
        k = bisect.bisect_right(cov_starts, s.cs) - 1
        if k >= 0 and cov_maxend[k] >= s.ce and any(a <= s.cs and s.ce <= b for a, b in covered[max(0, k - 20):k + 1]):
            continue
        while si < len(doc.sents) - 1 and doc.sents[si][1] <= s.open:
            si += 1
        s0, s1 = doc.sents[si]
        content = text[s.cs:s.ce]
        words = toks_in(text, s.cs, s.ce)
        if not words:
            continue
        line_a, line_b = doc.line_around(s.open)
        whole_line = not (WORD_CHAR.search(text, line_a, s.open) or WORD_CHAR.search(text, s.close + 1, line_b))
        if not whole_line and s1 <= s.close + 2 and text[s1 - 1] not in ".!?…" and \
                len(WORD_SPLIT.findall(text[s0:s.open])) <= 3:
            whole_line = True  # a (glued) subheading: "Une rencontre «très constructive»"
        short = len(words) <= 3 and not COLON_AT_END.search(doc.tail(s0, s.open))
        q = Quotation(doc, s, si, s0, s1, content, words, line_a, line_b, whole_line, short, sent_toks)
        got = repeated_words(q, cands, state)
        for rule in (truncated, name_in_marks, nickname, inner_incise_rule, speaker_colon, headline_colon,
                     clause_subject):
            if got is not None:
                break
            got = rule(q)
        if got is None:
            got = short_fragment(q, cands, state) if short else unattributed(q)
        if got is not NOT_A_QUOTE:
            cands.append(got)
    return cands


def repeated_words(q, cands, state) -> Candidate | None:
    """A short line repeating words attributed elsewhere (a subheading) takes their speaker.

    Looked for on at most ``MAX_SUBHEADINGS`` lines per text: an article has a few subheadings, a
    scraping accident thousands.
    """
    s, text = q.s, q.doc.text
    if not (len(q.words) >= 2 and q.s1 - q.s0 < 160 and text[q.s1 - 1] not in ".!?…:" and state["budget"] > 0):
        return None
    state["budget"] -= 1
    if state["ftext"] is None:
        ftext = fold(text)
        state["ftext"] = ftext if len(ftext) == len(text) else text
    ftext, folded = state["ftext"], fold(q.content)
    for c in cands:
        if c.speaker is not None and not (c.cs <= s.cs < c.ce) and ftext.find(folded, c.cs, c.ce) >= 0:
            return q.row(0.9, None, "", same_as=c)
    return None


def truncated(q) -> Candidate | None:
    """A quotation cut off by the end of the text keeps what exists of it, unattributed."""
    return q.row(0.5, None, "truncated") if q.s.truncated else None


def name_in_marks(q):
    """«Etat islamique», «Air Force One», «Truth Social»: a short capitalised name, unless a colon introduces it."""
    w = q.words
    if len(w) <= 4 and w[0].text[:1].isupper() and not FINAL_PUNCT.search(q.content) and not q.whole_line \
            and w[0].lower not in PRONOUNS and not COLON_AT_END.search(q.doc.tail(q.s0, q.s.open)):
        return NOT_A_QUOTE
    return None


def nickname(q):
    """A nickname: "celui que la presse russe surnomme «le tsar»"."""
    return NOT_A_QUOTE if q.short and NICKNAME.search(q.doc.tail(q.s0, q.s.open, 40)) else None


def inner_incise_rule(q) -> Candidate | None:
    """An incise inside the quotation: "«A, a poursuivi le dirigeant russe. B»" (:func:`inner_incise`)."""
    return inner_incise(q.doc, q.s, q.toks)


_SPEAKER_COLON = re.compile(r"([^.:;,«»\"“”]{1,60})[:][\s\u00a0\u202f]*$")


def speaker_colon(q) -> Candidate | None:
    """A speaker introduced by a colon: ``Poutine : «…»``.

    >>> from framing.quotes import quotes_in
    >>> [(x.quote, x.speaker) for x in quotes_in("Vladimir Poutine : «Nous ne céderons pas.»")]
    [('Nous ne céderons pas.', 'Vladimir Poutine')]
    """
    doc, s, toks = q.doc, q.s, q.toks
    before = doc.tail(q.s0, s.open)
    b0 = s.open - len(before)
    colon = len(before.rstrip()) - 1  # the colon, if any, just before the quotation's blanks
    if colon < 1 or before[colon] != ":":
        return None
    m = _SPEAKER_COLON.search(before, max(0, colon - 60))  # the name: at most 60 characters before it
    if not m:
        return None
    seg = toks[bisect.bisect_left(doc.tok_starts(toks), m.start(1) + b0):
               bisect.bisect_right(doc.tok_ends(toks), m.end(1) + b0)]
    matches = doc.find(seg[0].start, seg[-1].end) if seg else []
    if seg and len(seg) <= 6 and matches:
        return q.row(1, (matches[0].start, matches[0].end), ":", subject_at=matches[0].start)
    return None


def headline_colon(q) -> Candidate | None:
    """A headline quotation followed by its speaker: ``«Des haineux, des imbéciles» : Trump fustige …``."""
    doc, s, toks, text = q.doc, q.s, q.toks, q.doc.text
    m = re.match(r"[\s\u00a0\u202f]*:[\s\u00a0\u202f]*", text[s.close + 1:q.s1])
    if not m:
        return None
    k = bisect.bisect_left(doc.tok_starts(toks), s.close + 1 + m.end())
    seg = toks[k:k + 6]
    if seg:
        matches = doc.find(seg[0].start, seg[-1].end)
        if matches and matches[0].start <= seg[min(2, len(seg) - 1)].start:
            return q.row(1, (matches[0].start, matches[0].end), ":", subject_at=matches[0].start)
    return None


TERM_BEFORE = re.compile(r"\b(?:[Ll]es?|[Ll]a|[Ll]['’]|[Uu]ne?|[Dd]es|[Dd]u|[Ss]on|[Ss]a|[Ss]es|[Ll]eurs?|éventuel|"
                         r"prétendu|prétendue)[\s\u00a0\u202f]*$")


def is_term(q) -> bool:
    """A single quoted word after an article is a term or a scare quote ("ses «amis»")."""
    return len(q.words) == 1 and TERM_BEFORE.search(q.doc.text[max(q.s0, q.s.open - 12):q.s.open]) is not None


def clause_subject(q) -> Candidate | None:
    """The subject of the clause that holds the quotation: ``Le Kremlin juge la rencontre «utile»``.

    A named actor within its first three words (after connectives), or a subject pronoun.
    """
    doc, s, toks = q.doc, q.s, q.toks
    if is_term(q):
        return None
    seg = toks[:bisect.bisect_right(doc.tok_ends(toks), s.open)]
    gaps = doc.punct_gaps(toks)
    g = bisect.bisect_left(gaps, len(seg)) - 1
    k = gaps[g] if g >= 0 else 0
    clause = seg[k:] if k < len(seg) else []
    if not clause:
        return None
    cl = [t for t in clause if t.lower not in CONNECT and t.lower not in ADVERBS]
    # the alias must start by the third word: look no further than that and one alias
    reach = clause.index(cl[min(2, len(cl) - 1)]) + 2 * doc.index.max_len if cl else 0
    last = clause[min(len(clause) - 1, reach)]
    matches = doc.find(clause[0].start, last.end) if cl else []
    if matches and cl and matches[0].start <= cl[min(2, len(cl) - 1)].start and \
            all(t.lower in DET or t.lower in ("m", "mm", "mme") or t.text[:1].isupper()
                for t in cl if t.start < matches[0].start):
        return q.row(1, coordinated(doc, matches), "", subject_at=matches[0].start)
    if clause[-1].lower in ("ils", "elles", "il", "elle") or any(t.lower in ("ils", "elles", "il", "elle") for t in clause[:2]):
        pr = next(t for t in clause if t.lower in ("ils", "elles", "il", "elle"))
        if len(q.words) >= 2:
            return q.row(1, (pr.start, pr.end), "", pron=pr.lower, subject_at=pr.start)
    return None


AGENTLESS = re.compile(r"(?:é|ée|és|ées)[\s\u00a0\u202f]+(?:comme|de|d['’])?[\s\u00a0\u202f]*$")
ACTOR_AFTER_PREP = re.compile(r"\b(?:à|a|en|de|d['’]|dans|depuis|vers|avec|pour|contre|sur|chez|par|et|entre)"
                              r"[\s\u00a0\u202f]*(?:l['’]|la |le |les )?$")


def short_fragment(q, cands, state):
    """A quoted fragment of three words at most: whose words, if anyone's.

    The speaker of the same sentence before it ("Trump a salué un entretien «très utile»"), an
    agentless participle ("qualifié de «…»"), an actor named before it in the sentence; else a
    scare quote (no row), unless it stands alone on its line.
    """
    doc, s, text, s0, si = q.doc, q.s, q.doc.text, q.s0, q.si
    by_sent, seen = state["by_sent"], state["seen"]
    for c in cands[len(seen):]:  # candidates added since the last look
        by_sent.setdefault(c.sent, []).append(c)
        seen.append(c)
    prev = [c for c in by_sent.get(si, ()) if c.ce <= s.open and c.speaker is not None
            and not c.nested and c.prio >= 1]
    if prev:
        p = max(prev, key=lambda c: c.ce)
        return q.row(1, p.speaker, "", pron=p.pron, subject_at=p.speaker[0])
    if AGENTLESS.search(doc.tail(s0, s.open)):
        return q.row(0.5, None, "agentless")
    ms = [m for m in doc.actors_in(si, s0, s.open) if doc.in_quote(m.start) is None
          and not ACTOR_AFTER_PREP.search(text[max(s0, m.start - 12):m.start])]
    if ms and not is_term(q):
        return q.row(1, coordinated(doc, ms), "", subject_at=ms[0].start)
    if q.whole_line:
        return q.row(0.5, None, "agentless")
    return NOT_A_QUOTE  # a scare quote


def unattributed(q) -> Candidate:
    """A quotation no rule attributes: a subheading, a speaker named after it, or a continuation."""
    text, s, s0, s1 = q.doc.text, q.s, q.s0, q.s1
    # a subheading (no final punctuation, ends its line) continues nobody's quotation
    subheading = text[s0:s1].rstrip(SPACES + "»”\"'’)")[-1:] not in ".!?…:" and \
        (s1 == len(text) or text[s1] in "\r\n") and \
        len(WORD_SPLIT.findall(text[s0:s1])) <= 16 and s.close < s1 + 1
    if s.open == q.line_a and s.close + 1 < len(text) and text[s.close + 1].isupper() and len(q.words) <= 12:
        subheading = True  # a glued subheading: "«Un sursis, pas une solution»À Bordeaux, …"
    later = None if subheading else speaker_after(q.doc, s, q.si, q.line_a, q.line_b)
    if later is not None:
        return later
    return q.row(0.5, None, "subheading" if subheading else "")


AFTER_PREP = re.compile(r"\b(?:à|a|au|aux|en|dans|depuis|vers|avec|contre|sur|chez|entre|pour|de|du|des|d['’])"
                        r"[\s\u00a0\u202f]*(?:l['’]|la |le |les )?$", re.IGNORECASE)


def speaker_after(doc, s, si, line_a, line_b) -> Candidate | None:
    """A paragraph that opens with a whole-sentence quotation names its speaker in the next sentences.

    ``«Il n'y a pas d'accord tant qu'il n'y a pas d'accord.» Face à la presse, le président
    américain a reconnu …``; ``«…» Cette précision a été donnée par Iouri Ouchakov``. The
    speaker is the first person or institution named in the next two sentences of the
    paragraph, outside quotations and not after a preposition of place (``au Kremlin``).

    >>> from framing.quotes import quotes_in
    >>> [(q.quote, q.speaker, q.side) for q in quotes_in(
    ...     "«C'est un acte inamical envers la Russie.» Assis face aux journalistes, "
    ...     "Vladimir Poutine n'a pas mâché ses mots.")]
    [("C'est un acte inamical envers la Russie.", 'Vladimir Poutine', 'kremlin')]
    """
    text = doc.text
    s0, s1 = doc.sents[si]
    if s0 != line_a or s.open != s0 or WORD_CHAR.search(text, s.close + 1, s1) \
            or text[s.ce - 1] not in ".!?…" or len(WORD_SPLIT.findall(text[s.cs:s.ce])) < 4:
        return None
    for sj in range(si + 1, min(si + 3, len(doc.sents))):
        if doc.sents[sj][0] >= line_b:
            break
        for m in doc.actors_in(sj):
            if m.type not in ("person", "institution", "group") or doc.in_quote(m.start) is not None \
                    or AFTER_PREP.search(text, max(doc.sents[sj][0], m.start - 12), m.start):
                continue
            return Candidate(s.cs, s.ce, "direct", 1, (m.start, m.end), "", si, subject_at=m.start)
    return None


def inner_incise(doc, s, toks):
    """A quotation interrupted by an incise without closing marks is one row, incise included.

    >>> from framing.quotes import quotes_in
    >>> [(q.quote, q.speaker) for q in quotes_in("«Nous sommes prêts, a-t-il ajouté, mais pas à tout prix.»")]
    [('Nous sommes prêts, a-t-il ajouté, mais pas à tout prix.', 'il')]
    """
    text = doc.text
    starts = doc.tok_starts(toks)
    for i in range(bisect.bisect_right(starts, s.cs), bisect.bisect_left(starts, s.ce)):
        cue = doc.cue_of(toks, i)
        if cue is None or "incise" not in cue[1]:
            continue
        g0i, inv, passive = verb_group(doc, toks, i, cue[2])
        if passive and inv is None:
            continue
        if not text[s.cs:toks[g0i].start].rstrip(SPACES).endswith(","):
            continue
        if inv is not None:
            sp, pron = (toks[inv].start, toks[inv].end), toks[inv].lower
        else:
            sp = np_after(doc, toks[i].end, s.ce)
            if sp is None:
                continue
            w = fold(text[sp[0]:sp[1]])
            pron = w if w in SUBJ_PRON else ""
        after = text[max(sp[1], toks[i].end):s.ce].lstrip(SPACES)  # "a-t-il ajouté": the pronoun comes first
        if after and after[0] not in ",.;!?":
            continue
        return Candidate(s.cs, s.ce, "direct", 2.5, sp, text[toks[g0i].start:toks[i].end], doc.sent_of(s.open),
                     pron=pron, subject_at=sp[0])
    return None
