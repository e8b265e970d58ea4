"""Speakers: noun phrases after an incise, clause subjects, pronoun and alias resolution across sentences."""

from __future__ import annotations

import bisect
import re

from framing.actors import JOINT, OTHER, UNATTRIBUTED
from framing.french import lemma, tokens
from framing.quotes.words import PART_END, ABBR_TOKEN, ADVERBS, ANAPHORIC, ANTECEDENT_CUT, ASIDE, CLITICS, CONJ_QUE, CONNECT, CUT, DET, DOCUMENTS, NOT_COMP, NOT_FIRST_NAMES, PERSON, PREP, PUNCT_GAP, REL, WORD_SPLIT, CONTINUING, SOURCE_NOUNS, SUBJ_PRON, fold, is_infinitive, names_document, toks_in

ABBR_END = re.compile(r"(?:\b(?:M|MM|Mme|Dr|St)|\b[A-Z])$")  # "M." or an initial: no full stop
NAME_APPOSITION = re.compile(r",[\s\u00a0\u202f]*[A-ZÉ][\w'’-]+(?:[\s\u00a0\u202f]+[A-ZÉ][\w'’-]+){0,3}"
                             r"(?=[\s\u00a0\u202f]*(?:[,.;!?]|$))")  # ", Dmitri Peskov." after a noun phrase
QUOTE_MARK = re.compile(r"[«»\"“”]")
RECENT = 60  # named speakers looked back over to resolve a pronoun


def np_after(doc, p, limit):
    """Speaker noun phrase starting at ``p`` (after an incise verb): (start, end) or None."""
    text = doc.text
    window_end = limit
    q = p
    while True:
        m = PUNCT_GAP.search(text, q, limit)
        if m and m.group() == "." and ABBR_END.search(text[max(p, m.start() - 4):m.start()]):
            q = m.end()
            continue
        break
    if m:
        window_end = m.start()
    toks = toks_in(text, p, window_end)
    if not toks:
        return None
    k = 0
    aside = ASIDE.match(text, toks[0].start)
    if aside:
        # "a lancé pour sa part M. Poutine", "résume d'emblée la politologue"
        while k < len(toks) - 1 and toks[k].start < aside.end():
            k += 1
    while k < len(toks) and (toks[k].lower in ADVERBS or toks[k].lower in ("ce", "cette", "soir", "matin")):
        if k + 1 < len(toks) and toks[k + 1].lower in ("dernier", "dernière", "derniers"):
            return toks[k].start, toks[k + 1].end
        k += 1
    if k >= len(toks):
        return None
    if toks[k].lower in ("que", "qu'", "de", "d'", "ne", "n'", "avoir", "être", "se", "s'") \
            or toks[k].lower in NOT_COMP or is_infinitive(toks[k].text):
        return None
    if any(t.lower in ("que", "qu'") for t in toks[k:k + 6]):
        return None
    if m and m.group() in ":«“\"":
        return None
    if (toks[k].lower in PREP or toks[k].lower in ("à", "aux", "au")) and k + 2 < len(toks):
        # a prepositional phrase before the speaker: "a réagi sur X le Premier ministre"
        k0 = k
        k += 2
        while k < len(toks) - 1 and not (toks[k].text[:1].isupper() or toks[k].lower in DET) and k - k0 < 5:
            k += 1
        if toks[k].lower not in DET and not toks[k].text[:1].isupper():
            return None
    elif toks[k].lower in PREP or toks[k].lower in ("à", "aux", "au"):
        return None
    start = toks[k].start
    end = toks[k].end
    matches = doc.find(start, window_end)
    for x in range(k + 1, len(toks)):
        if toks[x].lower in CUT:
            break
        end = toks[x].end
    if matches and matches[0].start <= toks[min(k + 2, len(toks) - 1)].start:
        end = max(end, matches[0].end)
    app = NAME_APPOSITION.match(text[end:limit])
    if app and not matches:
        end = end + app.end()
    return start, end


def subject_before(doc, toks, j, lo):
    """Clause subject before token ``j`` (the verb group), not before offset ``lo``."""
    text = doc.text
    segs = []
    k = j - 1
    cur_end = j
    boundary_word = None
    gaps = doc.gap_set(toks)
    while k >= 0 and toks[k].start >= lo:
        g = text[toks[k].end:toks[k + 1].start] if k + 1 in gaps else ""
        if g.strip() == "." and ABBR_TOKEN.match(toks[k].text):
            g = ""  # "M. Trump", "Donald J. Trump"
        if g:
            segs.append((k + 1, cur_end, boundary_word))
            if QUOTE_MARK.search(g):
                break
            cur_end = k + 1
            boundary_word = None
            if len(segs) >= 7:
                break
        lw = toks[k].lower
        if lw in REL:
            segs.append((k + 1, cur_end, lw))
            cur_end = k
            boundary_word = None
            k -= 1
            if len(segs) >= 7:
                break
            continue
        k -= 1
    else:
        segs.append((max(k + 1, 0), cur_end, None))
    # pick the first usable segment (skip empty ones and relative clauses)
    prev_rel = None
    after_qui = False
    for idx, (a, b, bw) in enumerate(segs):
        # bw is the relative word that starts the segment (or None)
        a_rel = a
        while a < b and (toks[a].lower in CONNECT or toks[a].lower in ADVERBS):
            a += 1
        if a >= b:
            prev_rel = prev_rel or bw
            continue
        if prev_rel in ("lequel", "laquelle", "lesquels", "lesquelles") and idx > 0:
            # "…, lesquels ont conclu que": the antecedent is the noun phrase just before
            seg = toks[a:b]
            cut = max((x for x, t in enumerate(seg) if t.lower in ANTECEDENT_CUT), default=-1)
            seg = seg[cut + 1:] or toks[a:b]
            got = speaker_from_segment(doc, seg)
            return got
        if bw == "qui":
            after_qui = True
            continue  # "X, qui a dit": the antecedent comes in the next segment
        if idx > 0 and bw in REL and not (after_qui and bw in ("que", "qu'") and a_rel > 1
                                               and toks[a_rel - 2].lower in CONJ_QUE):
            continue  # a relative or subordinate clause between the subject and its verb
        after_qui = False
        seg = toks[a:b]
        # a relative clause segment ("qui s'exprimait devant la presse") is skipped
        if idx > 0 and seg and seg[0].lower in ("qui", "dont", "lors", "selon", "en", "après", "avant"):
            continue
        if len(segs) > idx + 1 and (seg[0].lower.endswith("ant") or seg[0].lower in PREP
                                    or (PART_END.search(seg[0].lower) and seg[0].text[:1].islower())
                                    or seg[0].lower in ("selon", "cité", "citée", "interrogé", "interrogée")):
            continue  # an incidental phrase: "Les médias russes, citant le Kremlin, affirment"
        got = speaker_from_segment(doc, seg)
        if got[1] == "" and not doc.find(seg[0].start, seg[-1].end):
            # an incidental segment ("– une entorse au protocole –"): look further back for a named subject
            for a2, b2, bw2 in segs[idx + 1:idx + 5]:
                if bw2 in REL or a2 >= b2:
                    continue
                seg2 = toks[a2:b2]
                if seg2[0].lower in PREP or seg2[0].lower in ("selon", "d'après", "pour", "à", "au", "aux"):
                    break
                if re.search(r"[()\[\]]", doc.text[seg2[-1].end:seg[0].start]):
                    break
                if doc.find(seg2[0].start, seg2[-1].end):
                    return speaker_from_segment(doc, seg2)
        return got
    return None


def speaker_from_segment(doc, seg):
    """(span, pronoun) of the subject in a segment of words before a verb.

    A dateline is skipped ("WASHINGTON - Le président …"); a pronoun or "ce dernier" / "le premier"
    is kept as such for later resolution; else the first actor named (with those coordinated with
    it and the head noun phrase it complements), else the last six words.
    """
    # a dateline before the subject: "WASHINGTON - Le président américain a annoncé"
    k = 0
    while k < len(seg) - 1 and seg[k].text.isupper() and len(seg[k].text) > 1:
        k += 1
    if 0 < k < len(seg) and re.search(r"[-–—]", doc.text[seg[k - 1].end:seg[k].start]):
        seg = seg[k:]
    # strip trailing clitics ("il lui a dit" -> il)
    while len(seg) > 1 and seg[-1].lower in CLITICS:
        seg = seg[:-1]
    last = seg[-1].lower
    if last in SUBJ_PRON or last in ("je", "nous", "vous", "j'"):
        return (seg[-1].start, seg[-1].end), last
    if len(seg) >= 2 and seg[-2].lower in ("celui", "celle", "ceux") and seg[-1].lower == "ci":
        return (seg[-2].start, seg[-1].end), seg[-2].lower + "-ci"
    if len(seg) >= 2 and seg[-2].lower in ("ce", "cette") and seg[-1].lower in ("dernier", "dernière"):
        return (seg[-2].start, seg[-1].end), "ce dernier" if seg[-1].lower == "dernier" else "cette dernière"
    if len(seg) == 2 and fold(f"{seg[0].text} {seg[1].text}") in ORDINALS:
        return (seg[0].start, seg[1].end), ORDINALS[fold(f"{seg[0].text} {seg[1].text}")]
    s, e = seg[0].start, seg[-1].end
    matches = doc.find(s, e)
    if matches:
        # the first actor named and those coordinated with it, with the head noun phrase it
        # complements: "le représentant permanent de la Russie" (a masculine speaker)
        a, b = coordinated(doc, matches)
        head = head_before(seg, a)
        return (head if head is not None else a, b), ""
    if len(seg) > 8:
        seg = seg[-6:]
    return (seg[0].start, seg[-1].end), ""


ORDINALS = {"le premier": "le premier", "la première": "le premier", "le second": "le second",
            "la seconde": "le second", "le deuxième": "le second", "la deuxième": "le second"}
HEAD_DET = {"le": "m", "un": "m", "ce": "m", "cet": "m", "son": "m", "la": "f", "une": "f", "cette": "f",
            "sa": "f", "les": "pl", "des": "pl", "ces": "pl", "leurs": "pl", "deux": "pl"}
OF = frozenset("de du des d'".split())


# a head noun phrase ending right before an actor it complements: "le représentant permanent de (la) | Russie"
HEAD_NP = re.compile(r"(?:^|[,;:(—–][\s\u00a0\u202f]*)(le|la|un|une|les|ce|cette|son|sa)[\s\u00a0\u202f]+"
                     r"(?:[a-zéèêëàâîïôûç'’-]+[\s\u00a0\u202f]+){1,4}(?:de|du|des|d['’])[\s\u00a0\u202f]*"
                     r"(?:la[\s\u00a0\u202f]+|le[\s\u00a0\u202f]+|les[\s\u00a0\u202f]+|l['’])?$", re.IGNORECASE)


def head_before(seg, a):
    """Start of a head noun phrase before the actor named at ``a``: "le porte-parole du | Kremlin".

    A determiner, up to four lower-case words and *de* right before the actor; None otherwise.
    """
    k = next((x for x, t in enumerate(seg) if t.start >= a), None)
    if k is not None and k > 0 and seg[k - 1].lower in ("le", "la", "les", "l'"):
        k -= 1  # "de la Russie"
    if k is None or k < 3 or seg[k - 1].lower not in OF:
        return None
    j = k - 2
    while j > 0 and k - j <= 5 and seg[j].text[:1].islower() and seg[j].lower not in HEAD_DET:
        j -= 1
    if seg[j].lower in HEAD_DET and j < k - 2 and j == 0:
        return seg[j].start
    return None


HEAD_WORDS = re.compile(r"([^\W\d_]+)[\s\u00a0\u202f]+([a-zéèêëàâîïôûç][\w-]*)[\s\u00a0\u202f]+\w")


def head_gender(doc, span) -> str | None:
    """Gender and number of a speaker phrase from its head's determiner ("la porte-parole du Kremlin": f).

    Only when the head is a common noun that names no actor itself (not "la Maison-Blanche").
    """
    m = HEAD_WORDS.match(doc.text, span[0], span[1])
    if m is None or m.group(1).lower() not in HEAD_DET or doc.names_actor(m.group(2)):
        return None
    return HEAD_DET[m.group(1).lower()]


def coordinated(doc, matches):
    """Span of the first actor named and those coordinated with it (X et Y, X, Y et Z)."""
    m0 = matches[0]
    end = m0.end
    for m in matches[1:]:
        if re.fullmatch(r"[\s\u00a0\u202f]*(?:,|et|ainsi que|&)[\s\u00a0\u202f]*(?:(?:le|la|les|l'|l’|son|sa|ses|leur|M\.|MM\.|Mme)[\s\u00a0\u202f]*)*(?:homologue|président)?[\s\u00a0\u202f]*",
                        doc.text[end:m.start]):
            end = m.end
        else:
            break
    return m0.start, end


def source_like(doc, toks) -> bool:
    """Whether the noun phrase after *selon* names a source (an actor, a name, a source noun)."""
    if not toks:
        return False
    if any(t.text[:1].isupper() for t in toks) or doc.find(toks[0].start, toks[-1].end):
        return True
    return any(lemma(t.text) in SOURCE_NOUNS for t in toks[:4])


def apposition(doc, comma, s1, src_e):
    """"Selon son porte-parole, Dmitri Peskov, C": extend the source over a named apposition."""
    text = doc.text
    m = re.match(r"[\s\u00a0\u202f]*([^,;:.!?«»\"]{2,60}),", text[comma + 1:s1])
    if m:
        app = m.group(1).strip()
        words = app.split()
        if 1 <= len(words) <= 4 and (all(w[:1].isupper() for w in words if w not in ("de", "du", "el", "al", "von", "der"))
                                     or doc.index.find(app)):
            return comma + 1 + m.end() - 1, comma + 1 + m.end(1)
    return comma, src_e


def resolve_speakers(doc, cands) -> None:
    """Actor and side of every candidate's speaker (set in place).

    Named speakers through the actor dictionary (:func:`name_speakers`); pronouns and
    anaphors ("il", "ce dernier", "le communiqué") to an antecedent (:func:`resolve_pronouns`)
    among the named speakers and the subjects of the sentences before (:func:`sentence_subjects`).
    """
    name_speakers(doc, cands)
    resolve_pronouns(doc, cands, sentence_subjects(doc, cands))


def name_speakers(doc, cands) -> None:
    """Actor, side and gender of the speakers named as written; marks short descriptions as anaphors.

    "À Moscou, le ministère … a dénoncé": the place names the side; "dit-on dans son
    entourage": the clause subject's; "le communiqué", "la même source", "le président"
    refer back (``pron = "anaphor"``).
    """
    text = doc.text
    idx = doc.index
    for c in cands:
        if c.speaker is None:
            continue
        if c.pron:
            continue
        actor, side, gender = idx.resolve(text[c.speaker[0]:c.speaker[1]])
        c.actor, c.side, c.gender = actor, side, head_gender(doc, c.speaker) or gender
    for c in cands:
        if c.speaker is not None and not c.pron and not c.actor and homologue_of_country(doc, c):
            continue
        if c.speaker is not None and not c.pron and not c.actor:
            # "À Moscou, le ministère des Affaires étrangères a dénoncé …": the place names the side
            s0 = doc.sents[c.sent][0] if c.sent < len(doc.sents) else 0
            m = re.match(r"\W*(?:À|A|Depuis|Côté|Du côté|De son côté, à)\s+([^,]{2,40}),", text[s0:c.speaker[0]])
            if m:
                found = idx.find(m.group(1))
                if found and found[0].side not in (OTHER, JOINT):
                    c.side = found[0].side
                    continue
            # "le communiqué", "la même source", "le président", "sa porte-parole adjointe, X":
            # a short definite description (or a document) refers back to a named speaker
            sp_toks = tokens(text[c.speaker[0]:c.speaker[1]])
            words = [lemma(t.text) for t in sp_toks]
            det = re.search(r"\b(ce|cet|cette|le|la|l['’]|son|sa|leur)[\s\u00a0\u202f]*$",
                            text[max(0, c.speaker[0] - 8):c.speaker[0]], re.IGNORECASE)
            if det and words and words[0] not in ("le", "ce", "son", "même", "cette"):
                words = [fold(det.group(1)).replace("l'", "le").replace("cet", "ce")] + words
            if len(words) == 2 and words[0] in ("son", "sa", "leur") and words[1] in ("entourage", "équipe", "camp"):
                # "dit-on dans son entourage": the entourage of the clause subject
                s0 = doc.sents[c.sent][0] if c.sent < len(doc.sents) else 0
                found = [m for m in doc.actors_in(c.sent, s0, c.speaker[0]) if doc.in_quote(m.start) is None]
                if found:
                    c.actor, c.side = found[0].actor, found[0].side
                    continue
            lower = [w for t, w in zip(sp_toks, words) if not t.text[:1].isupper() or t is sp_toks[0]]
            if words and any(w in ANAPHORIC for w in words[:3]) and len(lower) <= 4 \
                    and not any(t.lower in ("de", "du", "des", "d'") for t in sp_toks) \
                    and (words[0] in ("le", "ce", "son", "même", "cette")
                         or any(w in DOCUMENTS for w in words[:3])):
                c.pron = "anaphor"



HOMOLOGUE = re.compile(r"(?:son|sa|leur)[\s\u00a0\u202f]+homologue(?:[\s\u00a0\u202f]+([^\W\d_]+))?",
                       re.IGNORECASE)
# what ends a French adjective of nationality (finlandais, chinoise, ukrainien, américaine, allemand, russe, turc)
NATIONALITY = re.compile(r"[^\W\d_]{3,}(?:ais|aise|ois|oise|ain|aine|ien|ienne|and|ande|e|c|que|ol|ole|on|onne)")
LEADER_TITLES = ("le président", "le dirigeant", "le chef de l'Etat", "le Premier ministre")


def homologue_of_country(doc, c) -> bool:
    """«son homologue» as a speaker: resolved at once when an adjective of nationality names the country.

    The adjective picks the leader of that country in the actor dictionary ("son homologue
    ukrainien" is who "le président ukrainien" or "le dirigeant ukrainien" names). A country the
    dictionary has no leader for gives a foreign counterpart of unknown name (side ``other``).
    A bare «son homologue» is the counterpart of someone named before: marked (``pron =
    "homologue"``) for :func:`counterpart`, which runs with the pronouns. Returns whether the
    speaker was such a phrase.

    >>> from framing.quotes import quotes_in
    >>> [(q.speaker, q.actor, q.side) for q in quotes_in(
    ...     "Emmanuel Macron a reçu le président. Son homologue ukrainien a affirmé que la paix était possible.")]
    [('Son homologue ukrainien', 'Volodymyr Zelensky', 'other')]
    """
    m = HOMOLOGUE.fullmatch(doc.text, c.speaker[0], c.speaker[1])
    if m is None:
        return False
    adj = m.group(1)
    if adj is None:
        c.pron = "homologue"
        return True
    if not NATIONALITY.fullmatch(adj) or adj[:1].isupper():
        return False
    for title in LEADER_TITLES:
        actor, side, gender = doc.index.resolve(f"{title} {adj}")
        if actor:
            c.actor, c.side, c.gender = actor, side, gender
            return True
    c.side = OTHER  # a leader of a third country the dictionary does not name
    return True


def counterpart(doc, c, possessor) -> tuple[str, str]:
    """(actor, side) of «son homologue»: the counterpart of the one "son" refers to.

    ``possessor`` is the (actor, side) a pronoun at this place would take (the latest named
    speaker or sentence subject). The counterpart is the latest person named before, in the
    sentence or the three before, outside quotations, who is not the possessor nor on the
    possessor's side (two parties of the same third side may be counterparts). No such person:
    unattributed (no world knowledge is used).

    >>> from framing.quotes import quotes_in
    >>> [(q.speaker, q.actor) for q in quotes_in(
    ...     "Donald Trump s'est entretenu avec Vladimir Poutine. «C'était utile», a déclaré son homologue.")]
    [('son homologue', 'Vladimir Putin')]
    """
    if possessor is None:
        return "", UNATTRIBUTED
    owner, owner_side = possessor
    pos = c.speaker[0]
    for sj in range(c.sent, max(-1, c.sent - 4), -1):
        for m in reversed(doc.actors_in(sj)):
            if m.end > pos or m.type != "person" or doc.in_quote(m.start) is not None:
                continue
            if m.actor != owner and (m.side != owner_side or m.side == OTHER) and m.side != JOINT:
                return m.actor, m.side
    return "", UNATTRIBUTED


PRONOUN_SUBJECT = re.compile(r"[\W\d]*(?:(?:mais|et|puis|ensuite|alors|pourtant|cependant|toutefois|or|enfin)\b"
                             r"[\s\u00a0\u202f,]*)?(?:il|elle|ils|elles)\b(?![\s\u00a0\u202f]*(?:y\b|faut|fallait|faudr|(?:a|aura|avait|aurait)\s+fallu|"
                             r"s['’]agi|sembl|rest|para[iî]t|est (?:temps|possible|probable|clair|vrai|question|"
                             r"important|nécessaire|difficile)))", re.IGNORECASE)


def pronoun_subject(text: str, s0: int, s1: int) -> bool:
    """Whether the sentence ``text[s0:s1]`` opens on a subject pronoun (not an impersonal "il").

    Such a sentence goes on about someone named before; the first person it names is an object
    ("Il a rencontré Donald Trump à Helsinki"), not a subject a later pronoun could refer to, so
    the pronoun keeps referring to the subject of the speech verb before.

    >>> text = "Il a rencontré Donald Trump à Helsinki. Il y a un an, Donald Trump a dit non."
    >>> pronoun_subject(text, 0, 39), pronoun_subject(text, 40, len(text))
    (True, False)
    >>> from framing.quotes import quotes_in
    >>> [(q.speaker, q.actor) for q in quotes_in("Vladimir Poutine a déclaré que la Russie était prête. "
    ...     "Il a rencontré Donald Trump à Helsinki. «Nous avons parlé franchement», a-t-il ajouté.")]
    [('Vladimir Poutine', 'Vladimir Putin'), ('il', 'Vladimir Putin')]
    """
    return PRONOUN_SUBJECT.match(text, s0, s1) is not None


OBJECT_BEFORE = re.compile(r"\b(?:à|au|aux|avec|contre|envers|vers|chez|sur|entre|pour|au sujet d[eu']?|à propos d[eu']?|"
                           r"au sujet des|à propos des)[\s\u00a0\u202f]*(?:l['’]|la[\s\u00a0\u202f]+|le[\s\u00a0\u202f]+|"
                           r"les[\s\u00a0\u202f]+)?$", re.IGNORECASE)


def sentence_subjects(doc, cands) -> list[tuple]:
    """The first actor (or unknown person) named in each of the three sentences before a pronoun.

    Outside quotations and reported content: the usual subjects. Returns (start, end, actor,
    side, gender, sentence) tuples in text order.
    """
    text = doc.text
    idx = doc.index
    mentions = []
    need = set()
    for c in cands:
        if c.pron:
            need.update(range(max(0, c.sent - 3), c.sent + 1))
    if need:
        contents = sorted((c.cs, c.ce) for c in cands)
        starts = [a for a, _ in contents]

        def in_content(p):
            k = bisect.bisect_right(starts, p) - 1
            return any(contents[j][0] <= p < contents[j][1] for j in range(k, max(-1, k - 30), -1))

        for si in sorted(need):
            s0, s1 = doc.sents[si]
            if pronoun_subject(text, s0, s1):
                continue  # its subject refers back: a person named later in it is no subject
            first = None
            for m in doc.actors_in(si):
                if in_content(m.start) or OBJECT_BEFORE.search(text, max(s0, m.start - 16), m.start):
                    continue  # "au sujet de Bachar el-Assad", "contre Moscou": not the subject
                if doc.in_quote(m.start) is None:
                    head = HEAD_NP.search(text[max(s0, m.start - 80):m.start])
                    gender = HEAD_DET.get(fold(head.group(1)), m.gender) if head else m.gender
                    first = (m.start, m.end, m.actor, m.side, gender, si)
                    break
            # a person the dictionary does not know ("À Bordeaux, Léa Marchand, chercheuse …")
            for m in PERSON.finditer(text, s0, first[0] if first else s1):
                if in_content(m.start()) or doc.in_quote(m.start()) is not None:
                    continue
                if fold(m.group(1)) in NOT_FIRST_NAMES or \
                        re.search(r"\b(?:à|a|au|aux|en|de|du|des|d['’]|par|avec|contre|vers|chez|sur|dans|entre|pour)"
                                  r"[\s\u00a0\u202f]*$", text[max(s0, m.start() - 8):m.start()], re.IGNORECASE):
                    continue
                if not idx.find(m.group()):
                    first = (m.start(), m.end(), m.group(), OTHER, "", si)
                break
            if first:
                mentions.append(first)
    return mentions


PAIR_GAP = re.compile(r"[\s\u00a0\u202f]*(?:et|ainsi que|,)[\s\u00a0\u202f]*(?:(?:le|la|son|sa|M\.|Mme)[\s\u00a0\u202f]+)?"
                      r"(?:[a-zéèêû-]+[\s\u00a0\u202f]+){0,3}$")


def pair_before(doc, c):
    """The last two actors named as a pair ("Rex Tillerson et Sergueï Lavrov") before ``c``'s speaker.

    What "le premier" and "le second" refer to; looked for in the speaker's sentence and the three before.
    """
    pos = c.speaker[0]
    for sj in range(c.sent, max(-1, c.sent - 4), -1):
        found = [m for m in doc.actors_in(sj) if m.end <= pos and doc.in_quote(m.start) is None]
        for m1, m2 in zip(found[-2::-1], found[:0:-1]):
            if m1.actor != m2.actor and PAIR_GAP.match(doc.text, m1.end, m2.start):
                return m1, m2
    return None


def antecedent(pool, want):
    """(actor, side) of the first antecedent in ``pool`` (latest first) agreeing with ``want`` (m, f, pl or "").

    ``pool`` holds (position, actor, side, gender). A singular pronoun skips plural and joint
    antecedents and those of the other gender; "ils" wants a plural or joint one, else takes
    the latest.
    """
    for p, a, s, g in pool:
        if not a:
            continue
        if want == "pl":
            if g == "pl" or s == JOINT:
                return a, s
        else:
            if g == "pl" or s == JOINT:
                continue
            if want and g and g != want:
                continue
            return a, s
    if want == "pl":
        for p, a, s, g in pool:
            if a:
                return a, s
    return None


def continues_speech(cue: str) -> bool:
    """Whether a cue says its speaker goes on speaking ("a-t-il ajouté", "poursuit-elle").

    The pronoun of such a cue refers to the one who spoke before (the subject of the speech verb
    before), not to a person named since.

    >>> continues_speech("a-t-il ajouté"), continues_speech("a-t-il déclaré")
    (True, False)
    >>> from framing.quotes import quotes_in
    >>> [(q.speaker, q.actor) for q in quotes_in("Donald Trump a assuré que les négociations avançaient. "
    ...     "Vladimir Poutine est arrivé lundi à Budapest. «Ce sera un grand moment», a-t-il ajouté.")]
    [('Donald Trump', 'Donald Trump'), ('il', 'Donald Trump')]
    """
    words = WORD_SPLIT.findall(cue)
    return bool(words) and lemma(words[-1].lower()) in CONTINUING


def resolve_pronouns(doc, cands, mentions) -> None:
    """Pronoun and anaphor speakers to the nearest compatible antecedent before them.

    A document anaphor ("le texte") to the last document speaker; otherwise the latest
    named speaker or sentence subject of a compatible gender and number ("elle" skips
    Donald Trump; "ils" wants a plural or joint one).
    """
    text = doc.text
    named = []  # (pos, actor, side, gender)
    docs = []  # (pos, actor, side, sentence) of speakers that are documents
    named_pos = []
    mention_sents = [m[5] for m in mentions]
    resolved = {}  # speaker span -> (actor, side): "a-t-il dit …, ajoutant que" share one "il"
    for c in sorted(cands, key=lambda c: c.speaker[0] if c.speaker else c.cs):
        if c.speaker is None:
            continue
        if c.pron:
            if c.pron == "on":
                c.actor, c.side = "", UNATTRIBUTED
                continue
            if c.speaker in resolved:
                c.actor, c.side = resolved[c.speaker]
                continue
            want = SUBJ_PRON.get(c.pron, "")
            if c.pron in ("ce dernier",):
                want = "m"
            elif c.pron in ("cette dernière",):
                want = "f"
            pos = c.speaker[0]
            best = None
            if c.pron in ("le premier", "le second"):
                pair = pair_before(doc, c)
                if pair is not None:
                    m = pair[0] if c.pron == "le premier" else pair[1]
                    c.actor, c.side = m.actor, m.side
                    continue
                want = ""
            if c.pron == "anaphor" and names_document(text[c.speaker[0]:c.speaker[1]]):
                k = bisect.bisect_left(docs, (pos,))
                prior = [d for d in docs[max(0, k - RECENT):k] if d[0] < pos and d[3] >= c.sent - 3]
                if prior:
                    _, a, s_, _ = max(prior)
                    c.actor, c.side = a, s_
                    docs.append((pos, a, s_, c.sent))
                    continue
            # the antecedents: the latest named speakers and the subjects of the sentences before
            k = bisect.bisect_left(named_pos, pos)
            spoken = [(p, a, s, g) for p, a, s, g in named[max(0, k - RECENT):k] if p < pos]
            k, k2 = bisect.bisect_left(mention_sents, c.sent - 3), bisect.bisect_right(mention_sents, c.sent)
            pool = spoken + [(m[0], m[2], m[3], m[4]) for m in mentions[k:min(k2, k + RECENT)] if m[1] <= pos]
            pool.sort(key=lambda x: -x[0])
            if c.pron == "homologue":
                c.actor, c.side = counterpart(doc, c, next(((a, s) for _, a, s, g in pool if a and g != "pl"
                                                              and s != JOINT), None))
                continue
            if continues_speech(c.cue):
                # "a-t-il ajouté": the one who spoke before, within the three sentences before
                lo = doc.sents[max(0, c.sent - 3)][0]
                best = antecedent(sorted((x for x in spoken if x[0] >= lo), key=lambda x: -x[0]), want)
            if best is None:
                best = antecedent(pool, want)
            if best:
                c.actor, c.side = best
            else:
                c.actor, c.side = "", UNATTRIBUTED
            resolved[c.speaker] = (c.actor, c.side)
        if (c.actor or (c.side and c.side != UNATTRIBUTED)) and not c.nested and not c.pron and \
                names_document(text[c.speaker[0]:c.speaker[1]]):
            docs.append((c.speaker[0], c.actor, c.side, c.sent))
        if (c.actor or (c.side and c.side != UNATTRIBUTED)) and not c.nested:
            named.append((c.speaker[0], c.actor or text[c.speaker[0]:c.speaker[1]], c.side,
                          c.gender if not c.pron else SUBJ_PRON.get(c.pron, "")))
            named_pos.append(c.speaker[0])
