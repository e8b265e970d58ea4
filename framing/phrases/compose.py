"""Compositional framing phrases: evaluations built from a head noun of the talks and a word list.

The lexicon (``phrases.csv``) lists whole expressions; most evaluations of the talks in news
text are instead *composed*: an evaluative word next to a noun that names the talks or the
relation («un dialogue riche, ouvert», «les contacts restent rares», «la confiance
s'effrite»), a negated outcome («aucun calendrier», «sans feuille de route»), a verb of
progress under negation («rien n'est réglé») or nothing at all coming of them («un dialogue
qui ne produit rien», «rien n'a filtré»), a meeting announced or wished for («vont se
retrouver», «prêt à recevoir») or denied («ne se sont finalement pas réunis»), a side's
stance («Moscou reste évasif»), an adverb of manner on a verb of the talks («se sont
entretenus chaleureusement»), or a leader's characterisation quoted on its own
(«"vigoureux"»; two quoted evaluations joined by «et» are two phrases: «"très bonne et
productive"»), or a short quoted sentence that is the speaker's verdict («"Pékin veut faire un
exemple"»; :func:`framing.find_phrases` has the clause model read it, see :func:`quoted_statement`). A denied outcome may be reached through an infinitive («sans annoncer d'accord»)
or a noun of lack («l'absence de rencontre»), and «ne fermer aucun canal» is a double negation that
keeps the channel open; a denied meeting frames the meeting's form (other),
a denied dialogue or outcome the failure of cooperation. A verb of reaction before the noun («a
salué un sommet», «rejette le cessez-le-feu») reports what a side did and evaluates nothing.
Each class is one small rule below; the words live in three data files under ``framing/data/``:

* ``talk_nouns.csv`` — head nouns (lemma, role talk / outcome / form, default frame);
* ``evaluative_words.csv`` — evaluative adjectives, adverbs, nouns and verbs (lemma,
  polarity in [-1, 1], frame or empty to take the noun's);
* ``outcome_verbs.csv`` — verbs of progress or settlement, failed when negated.

:func:`composed_matches` runs the rules on a tokenised text and returns matches shaped like
lexicon matches, so :func:`framing.find_phrases` scores them with the same valence shifters
(a negated «rompu» in «le canal n'est pas rompu» turns positive). A lexicon match always wins
over a composed one on the same words. :func:`framing.score_phrase` reads the evaluations and
the meetings too, as units beside the lexicon's.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

import pandas as pd

from framing.french import WORD_RE, fold, lemma, stopwords
from framing.phrases.lexicon import _NE, _SE, FRAMES, NEGATION_SCALAR, _Entry, _Pattern, third_group_forms
from framing.phrases.match import _Doc

#: How far an evaluative word may stand from its head noun, in tokens, within one clause:
#: after the noun (French adjectives and predicates follow: «les contacts entre diplomates
#: restent rares») and before it («une riche conversation»).
RIGHT_REACH = 6
LEFT_REACH = 3
#: Polarity of a negated outcome («aucun calendrier», «sans feuille de route»).
NEGATED_OUTCOME = -0.45
#: Polarity of a meeting announced, agreed or wished for («disposés à se voir»).
PROSPECTIVE_MEETING = 0.3
#: Longest quoted fragment (in words) read as a characterisation on its own.
QUOTED_WORDS = 4
#: Longest quoted sentence (in words) read as a verdict on its own (:func:`quoted_statement`).
STATEMENT_WORDS = 14

# Closed-class cues of the rules (grammar, not vocabulary: kept here, documented per rule).
_NEG_DET = frozenset({"aucun", "aucune", "nul", "nulle", "sans"})
#: «sans» in an adverb of manner: «ouvrir sans délai des pourparlers» negates no outcome.
_SANS_MANNER = frozenset({"délai", "délais", "retard", "tarder", "attendre", "cesse", "relâche", "doute", "détour",
                          "ambages", "ambiguïté", "équivoque"})
_NEG_DE = frozenset({"pas", "peu", "point", "guère", "ni"})
#: Nouns of a meeting: denied, they frame the meeting's form (other), not the failure of cooperation.
_MEETING_NOUNS = frozenset({"rencontre", "sommet", "réunion", "entretien", "entrevue", "visite", "appel",
                            "visioconférence", "vidéoconférence", "conférence"})
#: Nouns and prepositions of lack before «de»: «l'absence de rencontre», «faute d'accord»,
#: «à défaut d'accord».
_ABSENCE = frozenset({"absence", "faute", "défaut", "manque"})
_ABSENCE_FULL = frozenset({"total", "totale", "complet", "complète", "criant", "criante", "flagrant", "flagrante"})
_NEG_ANY = _NEG_DET | _NEG_DE | _ABSENCE
_NEG_PARTICLE = frozenset({"pas", "jamais", "plus", "rien", "guère", "point", "aucun", "aucune", "nullement", "nulle",
                           "personne"})
_NEG_SUBJECT = frozenset({"rien", "personne", "aucun", "aucune", "nul", "nulle"})
_DE = frozenset({"de", "d'", "du", "des"})
# infinitives through which «sans» still denies the outcome: «sans annoncer d'accord», «sans s'engager sur
# un cessez-le-feu» (reaching, stating or committing to an outcome)
_REACH = frozenset({"annoncer", "obtenir", "conclure", "signer", "trouver", "décrocher", "arracher", "engager",
                    "parvenir", "aboutir", "rédiger", "adopter", "publier", "fixer", "proposer", "dévoiler",
                    "présenter", "convenir", "accepter", "offrir", "évoquer", "mentionner", "prendre", "donner",
                    "tenir", "organiser"})
_MEET = frozenset({"rencontrer", "retrouver", "revoir", "reparler", "parler", "voir", "réunir",
                   "inviter", "entretenir"})
#: Working together, after a willing word: «prêt à recevoir», «disposé à négocier». Not «accueillir» (a third
#: party offering to host the summit: 1 of 17 hits coded in the dev sets) nor «travailler» (0 of 6).
_WORK = frozenset({"recevoir", "coopérer", "discuter", "négocier", "dialoguer"})
_WILLING = frozenset({"vouloir", "prêt", "disposé", "souhaiter", "espérer", "proposer", "accepter", "désireux",
                      "impatient", "convenir", "convenu", "décider", "décidé", "envisager", "promettre",
                      "demander", "réclamer", "solliciter", "attendre"})
#: Willing words that take a meeting noun but not a meeting verb: «attend une rencontre», not
#: «attendre de voir» (wait and see).
_AWAITING = frozenset({"attendre"})
#: Meetings a side may wish for, ask for or propose («vouloir une deuxième rencontre», «a demandé
#: une rencontre entre les deux présidents») and the words allowed before the noun.
_WISHED_MEETINGS = frozenset({"rencontre", "sommet", "entrevue", "tête-à-tête"})
_WISHED_GAP = frozenset({"un", "une", "le", "la", "l'", "nouveau", "nouvelle", "deuxième", "second", "seconde",
                         "troisième", "autre", "prochain", "prochaine", "rapide", "vrai", "vraie", "véritable",
                         "à", "au", "d'", "de"})
#: Meeting again, said of the other side: «il reverrait son homologue», «retrouvera Vladimir Poutine».
_AGAIN = frozenset({"revoir", "retrouver"})
_OTHER_SIDE = frozenset({"son", "sa", "leur"})
_MEET_PART = frozenset(v[:-2] + "é" for v in _MEET if v.endswith("er"))
_MEET_PREFIX = frozenset(v[:3] for v in _MEET)
_MEET_PART_FORMS = frozenset(p + e for p in _MEET_PART for e in ("", "e", "s", "es"))
# meeting_not_held: «(n'a pas eu) lieu», «(ne s'est jamais) tenu(e)(s)»; the lemma «tenir» too
_HELD_FORMS = ("lieu", "tenu", "tenue", "tenus", "tenues")
_REFLEXIVE = frozenset({"se", "s'", "nous", "vous"})
_PROSPECT = frozenset({"aller", "vouloir", "pouvoir", "convenir", "décider", "accepter", "prêt",
                       "disposé", "souhaiter", "espérer", "proposer", "envisager", "compter",
                       "projeter", "promettre", "désireux", "impatient", "convenu", "décidé"})
_PROSPECT_AFTER = frozenset({"prochainement", "bientôt", "rapidement", "mutuellement", "régulièrement", "enfin",
                             "nouveau"})
# the future tense (a meeting announced); not the conditional, which reports a plan («se retrouveraient»)
_FUTURE_ENDINGS = ("rai", "ras", "ra", "rons", "rez", "ront")
_QUOTE_OPEN = "«“\""
# stance_predicate: verbs that attribute a stance to a side («Moscou reste évasif», «il s'est dit
# satisfait»); plain «être» is left out (too common: «il est important de»). Reflexive ones need «se».
_STANCE_VERBS = frozenset({"rester", "demeurer", "sembler", "paraître", "apparaître"})
_STANCE_REFLEXIVE = frozenset({"montrer", "dire", "déclarer", "afficher", "avouer", "affirmer", "sentir",
                               "révéler"})
_STANCE_LEMMAS = _STANCE_VERBS | _STANCE_REFLEXIVE
_STANCE_WORDS = frozenset(
    [st + e for st in ("rest", "demeur", "sembl") for e in ("e", "es", "ent", "ait", "aient", "era", "eront", "erait",
                                                          "eraient", "é", "ée", "és", "ées")]
    + [st + e for st in ("appar", "par") for e in ("aît", "ait", "aissent", "aissait", "aissaient", "aîtra", "aitra",
                                                   "u", "ue", "us", "ues")])
# ... and whose subject is a side: a name (capitalised), a personal pronoun or a word for a party
_STANCE_SUBJECTS = frozenset({"il", "elle", "ils", "elles", "on", "je", "nous", "vous", "président", "présidente",
                              "ministre", "dirigeant", "dirigeante", "chancelier", "chancelière", "diplomate",
                              "délégation", "camp", "partie", "gouvernement", "administration", "capitale",
                              "homologue", "interlocuteur", "négociateur", "émissaire", "porte-parole", "chef",
                              "responsable", "premier", "leader", "dirigeants", "ministres", "présidents",
                              "diplomates", "délégations", "camps", "parties", "capitales", "négociateurs"})
#: Words allowed between the verb and the evaluative word: degree adverbs and short adverbs.
_STANCE_GAP = frozenset({"plus", "très", "assez", "bien", "fort", "si", "trop", "peu", "un", "tout", "toujours",
                         "encore", "pourtant", "néanmoins", "cependant", "donc", "alors", "particulièrement",
                         "plutôt", "beaucoup", "nettement", "franchement", "résolument", "visiblement",
                         "manifestement", "moins", "aussi", "relativement", "extrêmement"})


@dataclass(frozen=True)
class _Words:
    """The two word lists, as lookups by lemma."""

    nouns: dict  # lemma -> (role, frame)
    words: dict  # lemma -> (polarity, frame or "")
    multi: dict  # first word of a hyphenated or spaced noun -> [(folded words, (role, frame))]
    verbs: dict  # form of a verb of progress -> frame of its negation
    # the rules a token may start, as bits (_Bits), by lemma and by lower-cased form: filled as words come
    bits: tuple = field(init=False, compare=False, repr=False)

    def __post_init__(self):
        object.__setattr__(self, "bits", (_Bits(self, by_lemma=True), _Bits(self, by_lemma=False)))


# The rules' first words, one bit each: a single pass over a text's tokens finds where each rule
# may start (_starts), instead of one pass per rule.
_OUTCOME_NEG, _PROGRESS, _MEETING, _WILLING_AT, _MEETING_NEG, _HELD, _TALK_VERB, _NOUN, _STANCE, _NOTHING = (
    1 << k for k in range(10))


#: How many word forms a _Bits table keeps before it starts again (memory, not results).
_BITS_KEPT = 400_000


class _Bits(dict):
    """lemma (or lower-cased form) -> the bits of the rules that may start at a token of it, computed once."""

    def __init__(self, words: "_Words", by_lemma: bool):
        super().__init__()
        self.words, self.by_lemma = words, by_lemma

    def __missing__(self, w: str) -> int:
        if len(self) >= _BITS_KEPT:
            self.clear()  # bounded memory on a corpus of millions of word forms
        words = self.words
        if self.by_lemma:
            bits = ((_PROGRESS if w in words.verbs else 0) | (_MEETING | _MEETING_NEG if w in _MEET else 0)
                    | (_WILLING_AT if w in _WILLING else 0) | (_HELD if w == "tenir" else 0)
                    | (_TALK_VERB if w in _TALK_VERBS else 0) | (_NOUN if w in words.nouns else 0)
                    | (_STANCE if w in _STANCE_LEMMAS else 0))
        else:
            bits = ((_OUTCOME_NEG if w in _NEG_ANY else 0) | (_PROGRESS if w in words.verbs else 0)
                    | (_MEETING if w[:3] in _MEET_PREFIX else 0) | (_WILLING_AT if w in _WILLING else 0)
                    | (_MEETING_NEG if w in _MEET_PART_FORMS else 0) | (_HELD if w in _HELD_FORMS else 0)
                    | (_TALK_VERB if w in _TALK_FORMS else 0) | (_NOUN if w in words.nouns or w in words.multi else 0)
                    | (_STANCE if w in _STANCE_WORDS else 0) | (_NOTHING if w == "rien" else 0))
        self[w] = bits
        return bits


def _starts(doc: _Doc, words: "_Words", bit: int, lo: int = 0, hi: int | None = None) -> list[int]:
    """Tokens in [lo, hi) where the rule of ``bit`` may start, in text order.

    The bits of every token are read once per text (by lemma and by form) and kept in
    ``doc.memo``; each rule then reads its own positions from the few tokens that start any.

    >>> d = _Doc("Aucun calendrier, mais ils vont se retrouver.")
    >>> _starts(d, _bundled_words(), _OUTCOME_NEG), _starts(d, _bundled_words(), _MEETING, lo=1)
    ([0], [6])
    """
    got = doc.memo.get("rule starts")
    if got is None or got[0] is not words:
        by_lemma, by_form = words.bits
        hot = [(i, b) for i, b in enumerate(map(int.__or__, map(by_lemma.__getitem__, doc.lem),
                                                map(by_form.__getitem__, doc.low))) if b]
        got = doc.memo["rule starts"] = (words, hot)
    hi = doc.n if hi is None else hi
    return [i for i, b in got[1] if b & bit and lo <= i < hi]


def _read(name: str) -> pd.DataFrame:
    """A bundled word list; a malformed line is reported with the file and line."""
    from framing.datafiles import read_table

    return read_table(None, default=name, required=["lemma"], what="word list", ragged=True)


def load_talk_words() -> tuple[pd.DataFrame, pd.DataFrame]:
    """The bundled word lists of the compositional rules: (head nouns, evaluative words).

    Returns
    -------
    tuple of DataFrame
        ``talk_nouns.csv``: ``lemma``, ``role`` (talk / outcome / form), ``frame``, ``note``;
        ``evaluative_words.csv``: ``lemma``, ``polarity`` (float in [-1, 1]), ``frame`` (a
        frame, or "" for the noun's), ``note``.

    Raises
    ------
    ValueError
        Naming the file and line of a row with an unknown role or frame or a bad polarity.

    Examples
    --------
    >>> nouns, words = load_talk_words()
    >>> nouns.set_index("lemma").loc["dialogue", "role"], float(words.set_index("lemma").loc["rare", "polarity"])
    ('talk', -0.4)
    """
    nouns = _read("talk_nouns.csv")
    words = _read("evaluative_words.csv")
    for i, r in enumerate(nouns.itertuples(index=False)):
        if r.role not in ("talk", "outcome", "form") or r.frame not in FRAMES or not r.lemma:
            raise ValueError(f"talk_nouns.csv, data row {i + 1}: bad row {tuple(r)!r} "
                             f"(role talk/outcome/form, frame one of {', '.join(FRAMES)})")
    pols = []
    for i, r in enumerate(words.itertuples(index=False)):
        try:
            p = float(r.polarity)
        except ValueError:
            p = float("nan")
        if not -1 <= p <= 1 or (r.frame and r.frame not in FRAMES) or not r.lemma:
            raise ValueError(f"evaluative_words.csv, data row {i + 1}: bad row {tuple(r)!r} "
                             f"(polarity in [-1, 1], frame empty or one of {', '.join(FRAMES)})")
        pols.append(p)
    return nouns, words.assign(polarity=pols)


def _inflections(word: str) -> set[str]:
    """Forms the lemmatiser may leave as they are: participles, present tense, adverbs in -ment.

    >>> sorted(_inflections("adoucir")), sorted(_inflections("chaleureux"))
    (['adouci', 'adoucie', 'adoucies', 'adoucir', 'adoucis', 'adoucissent', 'adoucit'], ['chaleureuse', 'chaleureusement', 'chaleureuses', 'chaleureux', 'chaleureuxe', 'chaleureuxes', 'chaleureuxs', 'chaleureuxx'])
    """
    forms = {word}
    if " " in word or "-" in word or len(word) < 4:
        return forms
    if word.endswith("er"):
        st = word[:-2]
        forms |= {st + "é", st + "ée", st + "és", st + "ées", st + "e", st + "es", st + "ent"}
        k = st.rfind("é")
        if 0 < k < len(st) - 1 and len(st) - k <= 3 and not any(c in "aeiouyéè" for c in st[k + 1:]):
            grave = st[:k] + "è" + st[k + 1:]  # «régler» -> «règle», «règlent»; «céder» -> «cède»
            forms |= {grave + "e", grave + "es", grave + "ent"}
    elif word.endswith(("venir", "tenir")):  # «parvenir» -> «parvenu», «parvient»; «obtenir» -> «obtenu»
        st = word[:-4]
        forms |= {st + "enu", st + "enue", st + "enus", st + "enues", st + "ient", st + "iennent"}
    elif word.endswith("ir"):  # also «rouvrir», before its third-group forms (unlike the lexicon's: see issue 10)
        st = word[:-2]
        forms |= {st + "i", st + "ie", st + "is", st + "ies", st + "it", st + "issent"}
    elif (third := third_group_forms(word)) is not None:  # «produire» -> «produit», «conclure» -> «conclu»
        forms |= third
    elif word.endswith("re") and word[-3] in "dptv":  # «rompre» -> «rompu», «rompt»; «perdre» -> «perdu»
        st = word[:-2]
        forms |= {st + "u", st + "ue", st + "us", st + "ues", st + "t", st + "ent", st}
    else:  # an adjective: feminine and plural, and its adverb in -ment («solidement», «franchement»)
        forms |= {word + "s", word + "x", word + "e", word + "es"}
        for masc, fem in (("eux", "euse"), ("if", "ive"), ("c", "che"), ("el", "elle"), ("al", "ale"),
                          ("er", "ère"), ("en", "enne"), ("on", "onne"), ("et", "ète"), ("al", "aux"),
                          ("eau", "elle"), ("g", "gue"), ("ef", "ève"), ("eil", "eille"), ("ul", "ulle")):
            if word.endswith(masc):
                forms |= {word[: -len(masc)] + fem, word[: -len(masc)] + fem + "s"}
        for masc, fem in (("eux", "euse"), ("if", "ive"), ("c", "che"), ("el", "elle"), ("al", "ale"),
                          ("er", "ère"), ("en", "enne"), ("on", "onne"), ("et", "ète"), ("eau", "elle"),
                          ("g", "gue"), ("ef", "ève"), ("eil", "eille"), ("ul", "ulle")):
            if word.endswith(masc):
                forms.add(word[: -len(masc)] + fem + "ment")
                break
        else:
            if word.endswith(("ant", "ent")):
                forms.add(word[:-3] + ("amment" if word.endswith("ant") else "emment"))
            elif word.endswith(("é", "i", "u")):
                forms.add(word + "ment")
            else:
                forms.add(word + ("ment" if word.endswith("e") else "ement"))
    return forms


@lru_cache(maxsize=1)
def _bundled_words() -> _Words:
    nouns, words = load_talk_words()
    n, multi = {}, {}
    for r in nouns.itertuples(index=False):
        toks = [m.group() for m in WORD_RE.finditer(fold(r.lemma))]
        if len(toks) > 1:  # «tête-à-tête», «coup de fil»: matched word by word
            multi.setdefault(toks[0], []).append((tuple(toks), (r.role, r.frame)))
            continue
        for form in {fold(r.lemma), lemma(r.lemma)}:
            n[form] = (r.role, r.frame)
    w = {}
    for r in words.itertuples(index=False):
        # a row whose word is not its own lemma is a form and matches as written («attendra»)
        forms = _inflections(fold(r.lemma)) if lemma(r.lemma) == fold(r.lemma) else {fold(r.lemma)}
        for form in forms:
            w.setdefault(form, (float(r.polarity), r.frame))
    for v in multi.values():
        v.sort(key=lambda m: -len(m[0]))
    verbs = {}
    for r in _read("outcome_verbs.csv").itertuples(index=False):
        for form in _inflections(fold(r.lemma)) | {lemma(r.lemma)}:
            verbs[form] = r.frame
    return _Words(n, w, multi, verbs)


def _entry(rule: str, polarity: float, frame: str) -> _Entry:
    detail = "conflict" if frame == "conflict" else "diplomacy"
    return _Entry(_Pattern(f"rule:{rule}", ()), polarity, frame, detail, "framing")


def _is(doc: _Doc, i: int, words) -> bool:
    """Whether token ``i``, by its lemma or as written, is one of ``words``."""
    return doc.lem[i] in words or doc.low[i] in words


def _look(doc: _Doc, i: int, table: dict):
    got = table.get(doc.lem[i])
    if got is None:
        got = table.get(doc.low[i])
    return None if got is None or _idle(doc, i) else got


#: Titles an adjective qualifies instead of the talks: «l'envoyé spécial», «le procureur spécial».
_TITLES = frozenset({"envoyé", "envoyée", "envoyés", "émissaire", "émissaires", "procureur", "procureure",
                     "correspondant", "correspondante", "représentant", "représentante", "rapporteur",
                     "conseiller", "conseillère", "mission", "missions", "opération", "opérations", "édition"})


def _idle(doc: _Doc, i: int) -> bool:
    """Whether the evaluative word at token ``i`` is part of a fixed phrase that evaluates nothing.

    «l'envoyé spécial», «le long de la frontière» (along), «bien sûr», «bien que», «à plusieurs
    reprises» (how often), «en échange de» (in return for).

    >>> d = _Doc("Notre envoyé spécial a suivi à plusieurs reprises la trêve le long du front, bien sûr.")
    >>> [d.low[i] for i in range(d.n) if _idle(d, i)]
    ['spécial', 'reprises', 'long', 'bien']
    """
    lem = doc.lem[i]
    if lem == "spécial":
        return i > 0 and doc.low[i - 1] in _TITLES
    if lem == "long":
        return 0 < i < doc.n - 1 and doc.low[i - 1] in ("le", "au", "tout") and doc.low[i + 1] in _DE
    if lem == "bien":
        return i < doc.n - 1 and doc.low[i + 1] in ("sûr", "entendu", "que", "qu'")
    if lem == "reprise":
        return i > 0 and doc.low[i - 1] in _TIMES
    if lem == "échange":
        return i > 0 and doc.low[i - 1] == "en"  # «en échange d'une levée des sanctions»: in return for
    return False


#: Counts before «reprises»: «à plusieurs reprises» is how often, not a resumption.
_TIMES = frozenset({"plusieurs", "maintes", "deux", "trois", "quatre", "cinq", "nombreuses", "diverses",
                    "multiples", "différentes"})


def _noun_at(doc: _Doc, i: int, words: _Words):
    """(role, frame, last token) of a head noun starting at token ``i``, or None."""
    for toks, info in words.multi.get(doc.low[i], ()):
        last = i + len(toks) - 1
        if last < doc.n and all(doc.low[i + k] == t and (k == 0 or not doc.cut[i + k])
                                for k, t in enumerate(toks)):
            return info[0], info[1], last
    got = _look(doc, i, words.nouns)
    return None if got is None else (got[0], got[1], i)


#: Form nouns whose absence frames nothing: «sans fixer de date» (2 of 13 hits coded in the dev sets).
_UNNEGATED = frozenset({"date"})


def negated_outcome(doc: _Doc, words: _Words) -> list:
    """A negative determiner before a noun of the talks or their outcome: the talks produced nothing.

    «aucun calendrier», «sans feuille de route», «pas de tête-à-tête», «peu d'annonces», «l'absence
    de rencontre», «sans annoncer d'accord» (an infinitive of reaching an outcome between): negative,
    the noun's frame (cooperation for an outcome, other for the meeting's form).

    >>> d = _Doc("Aucun calendrier n'a été fixé, et pas de tête-à-tête.")
    >>> [(d.text[d.starts[ids[0]]:d.ends[ids[-1]]], e.frame) for e, ids, _ in negated_outcome(d, _bundled_words())]
    [('Aucun calendrier', 'cooperation'), ('pas de tête-à-tête', 'other')]
    """
    out = []
    low, cut, n = doc.low, doc.cut, doc.n
    for i in _starts(doc, words, _OUTCOME_NEG):
        w = low[i]
        if w in _NEG_DET:
            j0 = i + 1
            if w == "sans" and j0 < n and low[j0] in _SANS_MANNER:
                continue
        elif w in _NEG_DE and i + 1 < n and low[i + 1] in _DE and not cut[i + 1]:
            j0 = i + 2
            if w == "pas" and j0 < n and low[j0] == "même":  # «pas même un communiqué»
                j0 += 1
        elif w == "pas" and i + 1 < n and low[i + 1] == "même":
            j0 = i + 2
        elif w in _ABSENCE and i + 1 < n and low[i + 1] in _DE and not cut[i + 1]:
            j0 = i + 2  # «l'absence de véritable rencontre», «faute d'accord»
        elif w in _ABSENCE and i + 2 < n and low[i + 1] in _ABSENCE_FULL and low[i + 2] in _DE \
                and not cut[i + 1] and not cut[i + 2]:
            j0 = i + 3  # «l'absence totale de canal»
        else:
            continue
        reach = 3
        j = j0
        while j < min(j0 + reach, n):
            if cut[j]:
                break
            got = _noun_at(doc, j, words)
            if got is not None:
                if doc.lem[j] in _UNNEGATED:
                    break
                # a meeting that does not happen frames the meeting's form (PHRASES.md: «aucune rencontre
                # bilatérale prévue»); a dialogue or an outcome missing, the failure of cooperation
                frame = "other" if _is(doc, j, _MEETING_NOUNS) else got[1]
                pol = -NEGATED_OUTCOME if _closing_nothing(doc, i) else NEGATED_OUTCOME
                out.append((_entry("negated_outcome", pol, frame), [i, got[2]], False))
                break
            if doc.lem[j] == low[j] and low[j].endswith(("er", "ir")):
                if w != "sans" or low[j] not in _REACH or reach > 3:
                    break  # an infinitive: «sans tarder des négociations» negates no outcome
                reach = j - j0 + 4  # «sans annoncer d'accord», «sans s'engager sur un cessez-le-feu»
            j += 1
    return out


#: Verbs that close or refuse: «ne fermer aucun canal», «n'exclure aucune rencontre» keep them open.
_CLOSING = frozenset({"fermer", "exclure", "rejeter", "refuser", "écarter", "rompre", "couper", "interrompre"})


def _closing_nothing(doc: _Doc, i: int) -> bool:
    """Whether «aucun» at token ``i`` is the object of a negated closing verb: a double negation.

    >>> d = _Doc("Nous ne fermerons aucun canal avec Tokyo.")
    >>> _closing_nothing(d, 3)
    True
    """
    if i < 2 or doc.low[i] not in ("aucun", "aucune"):
        return False
    k = i - 1
    if not _is(doc, k, _CLOSING):
        return False
    return any(doc.low[m] in _NE for m in range(max(k - 3, 0), k))


def negated_progress(doc: _Doc, words: _Words) -> list:
    """A verb of progress or settlement under «ne … pas/jamais/plus/rien»: the talks did not move.

    «rien n'est réglé», «n'a pas été obtenu», «les positions n'ont pas bougé»: negative,
    cooperation (the failure of cooperation, PHRASES.md). Verbs: ``outcome_verbs.csv``.

    >>> d = _Doc("Sur l'Ukraine, rien n'est réglé. Tout a changé.")
    >>> [d.text[d.starts[ids[0]]:d.ends[ids[-1]]] for e, ids, _ in negated_progress(d, _bundled_words())]
    ["rien n'est réglé"]
    """
    out = []
    lem, low, cut, n = doc.lem, doc.low, doc.cut, doc.n
    verbs = words.verbs
    for j in _starts(doc, words, _PROGRESS):
        ne = next((k for k in range(j - 1, max(j - 5, -1), -1) if low[k] in _NE and doc.joined(k, j)), None)
        if ne is None:
            continue
        before = ne - 1 if ne > 0 and low[ne - 1] in _NEG_SUBJECT and not cut[ne] else None
        if before is None and ne > 2 and low[ne - 1] == "presque" and low[ne - 2] == "ou" \
                and low[ne - 3] in _NEG_SUBJECT and doc.joined(ne - 3, ne):
            before = ne - 3  # «rien ou presque n'a été décidé»
        after = any(low[k] in _NEG_PARTICLE for k in range(ne + 1, min(j + 3, n)) if not cut[k])
        if before is None and not after:
            continue  # an expletive «ne» («avant qu'il ne change»)
        frame = verbs.get(low[j]) or verbs.get(lem[j])
        out.append((_entry("negated_progress", NEGATED_OUTCOME, frame), [ne if before is None else before, j],
                    False))
    return out


def prospective_meeting(doc: _Doc, words: _Words) -> list:
    """A reciprocal meeting verb that is announced, agreed or wished for: the meeting's form, mildly warm.

    «ont convenu de se rencontrer», «vont se retrouver», «nous nous reverrons», «se voir
    prochainement»: positive, frame other.

    >>> d = _Doc("Les deux présidents vont se retrouver à Budapest. Ils se sont vus hier.")
    >>> [d.text[d.starts[ids[0]]:d.ends[ids[-1]]] for e, ids, _ in prospective_meeting(d, _bundled_words())]
    ['vont se retrouver']
    """
    out = []
    lem, low, cut, n = doc.lem, doc.low, doc.cut, doc.n
    for i in _starts(doc, words, _MEETING, lo=1):
        w = low[i]
        if lem[i] not in _MEET and w not in _MEET and w.rstrip("s").rstrip("e") not in _MEET_PART:
            if w[:3] not in _MEET_PREFIX or not w.endswith(_FUTURE_ENDINGS) or not any(
                    w.startswith(v[:-2]) for v in _MEET):
                continue
        # a reflexive pronoun just before, or before an auxiliary («se sont mutuellement invités»)
        refl = next((k for k in range(i - 1, max(i - 4, -1), -1)
                     if low[k] in _REFLEXIVE and doc.joined(k, i)), None)
        if refl is None:
            # «il reverrait son homologue»: meeting again, told in the future or the conditional
            if lem[i] in _AGAIN and low[i].endswith(_FUTURE_ENDINGS + ("rait", "raient")) and i + 2 < n \
                    and not cut[i + 1] and not cut[i + 2] and (low[i + 1] in _OTHER_SIDE or all(
                        doc.text[doc.starts[k]].isupper() for k in (i + 1, i + 2))):  # a person, not «Paris»
                out.append((_entry("prospective_meeting", PROSPECTIVE_MEETING, "other"), [i, i + 2], True))
            continue  # «prêt à recevoir»: see _willing below
        first, last = refl, i
        future = low[i].endswith(_FUTURE_ENDINGS) and not low[i].endswith("er")
        before = next((k for k in range(refl - 1, max(refl - 5, -1), -1)
                       if not cut[k + 1] and _is(doc, k, _PROSPECT)), None)
        after = next((k for k in list(range(refl + 1, i)) + list(range(i + 1, min(i + 3, n)))
                      if not cut[k] and low[k] in _PROSPECT_AFTER), None)
        if before is None and after is None and not future:
            continue
        if before is not None:
            first = before
        if after is not None:
            last = after
        out.append((_entry("prospective_meeting", PROSPECTIVE_MEETING, "other"), [first, last], True))
    seen = {ids[-1] for _, ids, _ in out}
    for k in _starts(doc, words, _WILLING_AT):
        # «prêt à recevoir», «veut le rencontrer», «disposé à négocier»
        for j in range(k + 1, min(k + 4, n)):
            if cut[j]:
                break
            w = lem[j] if lem[j] in _MEET or lem[j] in _WORK else low[j]
            if w in _MEET or w in _WORK:
                if j not in seen and lem[k] not in _AWAITING and low[k] not in _AWAITING:
                    frame = "other" if w in _MEET or w == "recevoir" else "cooperation"
                    out.append((_entry("prospective_meeting", PROSPECTIVE_MEETING, frame), [k, j], True))
                break
        else:
            # «vouloir une deuxième rencontre», «a demandé une rencontre»: a meeting wished for or asked
            for j in range(k + 1, min(k + 5, n)):
                if cut[j]:
                    break
                if _is(doc, j, _WISHED_MEETINGS):
                    if j > k + 1:
                        out.append((_entry("prospective_meeting", PROSPECTIVE_MEETING, "other"), [k, j], True))
                    break
                if low[j] not in _WISHED_GAP:
                    break
    out.sort(key=lambda m: m[1][0])
    return out


def negated_meeting(doc: _Doc, words: _Words) -> list:
    """A reciprocal meeting verb under «ne … pas/jamais/plus»: the sides did not meet.

    «ne se sont finalement pas réunis», «ils ne se sont jamais rencontrés», «ne se parlent plus»:
    negative, frame other (the meeting's form, PHRASES.md). The verb is plural (reciprocal):
    «il ne se voit pas président» is no meeting.

    >>> d = _Doc("Les deux hommes ne se sont finalement pas réunis. Ils se sont vus hier.")
    >>> [d.text[d.starts[ids[0]]:d.ends[ids[-1]]] for e, ids, _ in negated_meeting(d, _bundled_words())]
    ['ne se sont finalement pas réunis']
    """
    out = []
    lem, low, n = doc.lem, doc.low, doc.n
    for i in _starts(doc, words, _MEETING_NEG, lo=2):
        refl = next((k for k in range(i - 1, max(i - 5, -1), -1) if low[k] in _REFLEXIVE and doc.joined(k, i)), None)
        if refl is None or refl == 0 or low[refl - 1] not in _NE or not doc.joined(refl - 1, i):
            continue
        if not low[i].endswith(("ent", "s", "ons", "ez", "ont")):
            continue  # reciprocal needs a plural: «il ne se voit pas président» is no meeting
        if not any(low[k] in _NEG_PARTICLE for k in range(refl + 1, min(i + 2, n)) if doc.joined(refl, k)):
            continue
        out.append((_entry("negated_meeting", NEGATED_OUTCOME, "other"), [refl - 1, i], False))
    return out


def meeting_not_held(doc: _Doc, words: _Words) -> list:
    """A meeting noun whose meeting did not take place: «la rencontre n'a finalement pas eu lieu».

    «n'a pas eu lieu», «ne s'est jamais tenu», «n'aura pas lieu» with a meeting noun
    (:data:`_MEETING_NOUNS`) as its subject earlier in the clause: negative, frame other (the
    meeting's form, PHRASES.md). Without a meeting noun («l'attaque n'a pas eu lieu») nothing.

    >>> d = _Doc("La rencontre prévue n'a finalement pas eu lieu. L'attaque n'a pas eu lieu.")
    >>> [d.text[d.starts[ids[0]]:d.ends[ids[-1]]] for e, ids, _ in meeting_not_held(d, _bundled_words())]
    ["n'a finalement pas eu lieu"]
    >>> d = _Doc("Le sommet n'aura pas lieu. La réunion ne s'est jamais tenue.")
    >>> [d.text[d.starts[ids[0]]:d.ends[ids[-1]]] for e, ids, _ in meeting_not_held(d, _bundled_words())]
    ["n'aura pas lieu", "ne s'est jamais tenue"]
    >>> d = _Doc("Le sommet ne se tiendra pas. Il ne se tient pas pour battu.")
    >>> [d.text[d.starts[ids[0]]:d.ends[ids[-1]]] for e, ids, _ in meeting_not_held(d, _bundled_words())]
    ['ne se tiendra pas']
    """
    out = []
    lem, low, n = doc.lem, doc.low, doc.n
    for i in _starts(doc, words, _HELD, lo=2):
        # the verb («avoir lieu», «se tenir») up to three tokens before, past the negation and adverbs
        if low[i] == "lieu":
            verb = next((k for k in range(i - 1, max(i - 4, -1), -1) if lem[k] == "avoir"), None)
        elif lem[i] == "tenir" or low[i] in _HELD_FORMS:
            verb = next((k for k in range(i - 1, max(i - 4, -1), -1) if low[k] in ("s'", "se")), None)
        else:
            continue
        if verb is None:
            continue
        ne = next((k for k in range(verb, max(verb - 5, -1), -1) if low[k] in _NE), None)
        if ne is None or not doc.joined(ne, i):
            continue
        # the particle before the participle («n'a pas eu lieu») or after a simple tense («ne se tiendra pas»)
        neg = next((k for k in range(ne + 1, min(i + 2, n)) if low[k] in _NEG_PARTICLE and doc.joined(ne, k)), None)
        if neg is None:
            continue
        for k in range(ne - 1, max(ne - 11, -1), -1):
            if doc.cut[k + 1]:
                break
            if _is(doc, k, _MEETING_NOUNS):
                out.append((_entry("meeting_not_held", NEGATED_OUTCOME, "other"), [ne, max(i, neg)], False))
                break
    return out


#: Verbs of the talks that an adverb of manner evaluates («ont chaleureusement échangé»).
_TALK_VERBS = frozenset({"discuter", "parler", "échanger", "entretenir", "négocier", "dialoguer", "coopérer",
                         "converser", "collaborer", "travailler", "entendre", "rencontrer", "accueillir",
                         "recevoir", "reparler", "communiquer"})


# participles the lemmatiser keeps as they are («discuté», «entretenus»)
_TALK_FORMS = frozenset(f for v in _TALK_VERBS for f in (
    [v[:-2] + e for e in ("é", "ée", "és", "ées")] if v.endswith("er") else
    [v[:-2] + e for e in ("i", "ie", "is", "ies")] if v.endswith("ir") else []))
_TALK_FORMS |= {"entretenu", "entretenus", "entretenue", "entretenues", "entendu", "entendus", "reçu", "reçus",
                "reçue", "reçues"}


def evaluated_talk_verb(doc: _Doc, words: _Words) -> list:
    """An evaluative adverb of manner next to a verb of the talks: how they talked.

    «ont chaleureusement échangé», «se sont entretenus chaleureusement», «a été reçu froidement»,
    «ils s'entendent mal»: the adverb's polarity (an adverb in -ment derived from an
    evaluative adjective, or «bien»/«mal»), its frame or else cooperation; the adverb stands
    just before the verb or within two tokens after it.

    >>> d = _Doc("Les deux présidents ont chaleureusement échangé. Ils ont échangé des prisonniers.")
    >>> [d.text[d.starts[ids[0]]:d.ends[ids[-1]]] for e, ids, _ in evaluated_talk_verb(d, _bundled_words())]
    ['chaleureusement échangé']
    """
    out = []
    lem, low, cut, n = doc.lem, doc.low, doc.cut, doc.n
    for i in _starts(doc, words, _TALK_VERB):
        for j in [i - 1, i + 1, i + 2]:
            if not 0 <= j < n or (j > i and cut[j]) or (j < i and cut[i]):
                continue
            w = low[j]
            if not (w.endswith("ment") and len(w) > 6) and w not in ("bien", "mal"):
                if j == i + 1 and w not in _DE and w not in ("pas", "plus", "très", "si", "assez", "trop"):
                    break  # an object or a complement follows: «échangé des prisonniers»
                continue
            got = _look(doc, j, words.words)
            if got is None and w == "bien":
                got = (0.4, "")
            if got is not None and got[0]:
                out.append((_entry("evaluated_talk_verb", got[0], got[1] or "cooperation"), sorted([i, j]), True))
                break
    return out


def evaluated_talk(doc: _Doc, words: _Words) -> list:
    """An evaluative word within a few tokens of a head noun of the talks, in the same clause.

    «un dialogue ouvert», «les contacts restent rares», «la confiance s'effrite», «une
    riche conversation»: the word's polarity, its frame or else the noun's. The nearest
    evaluative word wins, after the noun first (French adjectives and predicates follow it).

    >>> d = _Doc("Selon Moscou, les contacts entre diplomates restent rares.")
    >>> [(d.text[d.starts[ids[0]]:d.ends[ids[-1]]], e.polarity) for e, ids, _ in evaluated_talk(d, _bundled_words())]
    [('contacts entre diplomates restent rares', -0.4)]
    """
    out = []
    text = doc.text
    for first, last, best, noun_frame in _evaluations(doc, words):
        pol, frame = _look(doc, best, words.words)
        ids = sorted({first, last, best})
        a, b = doc.ends[ids[0]], doc.starts[ids[-1]]
        if any(c in text[a:b] for c in "«»“”\""):
            ids = [best]  # «la proposition jugée "intéressante"»: the quoted word is the evaluation
        out.append((_entry("evaluated_talk", pol, frame or _signed_frame(noun_frame, pol)), ids, True))
        second = _coordinated_word(doc, best, words) if best > last else None
        if second is not None:  # «une discussion très ouverte et très honnête»: two evaluations, two phrases
            pol2, frame2 = _look(doc, second, words.words)
            out.append((_entry("evaluated_talk", pol2, frame2 or _signed_frame(noun_frame, pol2)), [second], True))
    return out


def _coordinated_word(doc: _Doc, j: int, words: _Words):
    """The evaluative word joined by «et» to the one at token ``j`` («ouverte et très honnête»), or None.

    >>> d = _Doc("Une discussion très ouverte et très honnête.")
    >>> d.low[_coordinated_word(d, 3, _bundled_words())]
    'honnête'
    """
    k = j + 1
    if k >= doc.n or doc.low[k] != "et" or doc.cut[k]:
        return None
    for m in range(k + 1, min(k + 4, doc.n)):
        if doc.cut[m]:
            return None
        if _look(doc, m, words.words) is not None:
            return m
        if doc.low[m] not in _STANCE_GAP:
            return None
    return None


def _signed_frame(noun_frame: str, polarity: float) -> str:
    """A noun's frame for an evaluation of this sign: trust praised is cooperation, its lack conflict.

    ``talk_nouns.csv`` gives «confiance» the frame conflict (its lack is conflict); a warm word on
    it («une confiance réelle», «un climat de confiance retrouvé») frames cooperation
    (PHRASES.md: trust is a rapprochement).

    >>> _signed_frame("conflict", 0.4), _signed_frame("conflict", -0.4), _signed_frame("other", 0.4)
    ('cooperation', 'conflict', 'other')
    """
    return "cooperation" if noun_frame == "conflict" and polarity > 0 else noun_frame


def _evaluations(doc: _Doc, words: _Words):
    """(noun's first token, noun's last token, evaluative word's token, noun's frame) of each head noun."""
    n = doc.n
    lem, low = doc.lem, doc.low
    for i in _starts(doc, words, _NOUN):
        noun = _noun_at(doc, i, words)
        if noun is None:
            continue
        best, end = None, noun[2]
        after = end + 1
        # the sides named right after the noun or after one plain adjective are skipped:
        # «les relations (diplomatiques) entre Paris et Alger se sont dégradées»
        for j in (end + 1, end + 2):
            past = _between_sides(doc, j)
            if past != j:
                after = past
                break
            if j >= n or doc.cut[j] or _look(doc, j, words.words) is not None:
                break
        for j in range(after, min(after + RIGHT_REACH, n)):
            if doc.cut[j]:
                break
            if _look(doc, j, words.words) is not None:
                if j + 1 < n and not doc.cut[j + 1] and _noun_at(doc, j + 1, words) is not None:
                    break  # «la rencontre a débuté par une riche discussion»: the word is the next noun's
                best = j  # after the noun a reaction is passive, an outcome «un geste salué», «une offre rejetée»
                break
        if best is None:
            for j in range(i - 1, max(i - 1 - LEFT_REACH, -1), -1):
                if doc.cut[j + 1]:
                    break
                if _look(doc, j, words.words) is not None:
                    if _reaction(doc, j):
                        break  # «a salué un sommet», «rejette le cessez-le-feu»: a reaction, reported
                    if low[j] == "rare":
                        break  # «une rare coopération» is unusual, not scarce («de rares contacts» are)
                    best = j
                    break
        if best is not None and _not_an_evaluation(doc, i, end, best):
            continue
        if best is not None:
            nxt = best + 1
            if doc.low[best].endswith("ment") and nxt < n and not doc.cut[nxt] and \
                    _look(doc, nxt, words.words) is not None:
                best = nxt  # «pas franchement idyllique», «vraiment constructif»: the adverb grades the word after it
            yield i, end, best, noun[1]


# «les échanges commerciaux»: trade, not the talks
_TRADE = frozenset({"commercial", "commerciaux", "commerciale", "commerciales", "économique", "économiques",
                    "financier", "financiers", "financière", "financières"})
# a word and a noun that make an idiom, not an evaluation of the talks: «bons plans» (good deals)
_IDIOMS = frozenset({("bon", "plan")})
# «ouvrir» as a beginning: «le sommet s'est ouvert», «une séquence ouverte par l'appel»
_OPEN = frozenset({"ouvrir", "ouvert", "ouverte", "ouverts", "ouvertes"})


def _not_an_evaluation(doc: _Doc, i: int, end: int, best: int) -> bool:
    """Whether the evaluative word at ``best`` does not evaluate the head noun at ``i``..``end``.

    >>> d = _Doc("Les échanges commerciaux se sont effondrés. Le sommet s'est ouvert lundi.")
    >>> _not_an_evaluation(d, 1, 1, 5), _not_an_evaluation(d, 7, 7, 10)
    (True, True)
    >>> d = _Doc("Un dialogue ouvert.")
    >>> _not_an_evaluation(d, 1, 1, 2)
    False
    """
    low = doc.low
    if doc.lem[i] == "échange" and end + 1 < doc.n and low[end + 1] in _TRADE:
        return True  # «une paix commerciale», «un accord commercial» stay the relation's
    if any((word, doc.lem[i]) in _IDIOMS for word in (doc.lem[best], low[best])):
        return True
    if _is(doc, best, _OPEN):
        if best > end and any(low[k] in _SE for k in range(end + 1, best)):
            return True  # reflexive: it began
        if best + 1 < doc.n and low[best + 1] == "par":
            return True  # passive with its agent: it was opened by
    return False


_ARTICLES = frozenset({"le", "la", "les", "l'", "leur", "leurs", "son", "sa", "ses"})


def _between_sides(doc: _Doc, j: int) -> int:
    """The token after an «entre X et Y» complement starting at ``j`` (``j`` itself when there is none).

    The two sides named after a head noun («les relations entre Washington et Moscou») are not
    its evaluation; the evaluative word is looked for after them, as far as after a bare noun.

    >>> d = _Doc("Le climat entre les États-Unis et la Russie ne s'est pas amélioré.")
    >>> d.low[_between_sides(d, 2)]
    'ne'
    """
    low, cut, n = doc.low, doc.cut, doc.n
    if j >= n or low[j] != "entre" or cut[j]:
        return j
    if j + 3 < n and low[j + 1] in ("les", "ces") and low[j + 2] == "deux" and doc.joined(j, j + 3):
        return j + 4  # «entre les deux pays»
    for k in range(j + 2, min(j + 7, n)):  # «et» within five tokens, in the same clause
        if cut[k]:
            return j
        if low[k] == "et":
            m = k + 1
            while m < n and m <= k + 4 and not cut[m] and (low[m] in _ARTICLES or doc.text[doc.starts[m]].isupper()
                                                          or doc.text[doc.starts[m] - 1] == "-"):
                m += 1
            return m if m > k + 1 else j
    return j


#: Verbs of a side's reaction to the talks or of their procedure: before a head noun they report what
#: a side did with it («a salué un sommet», «rejette le cessez-le-feu», «a signé une déclaration»),
#: the evaluation being the speaker's or none; verbs that change the talks («relancer un dialogue»,
#: «suspendre le mécanisme») still evaluate them.
_REACTION_VERBS = frozenset({"saluer", "féliciter", "réjouir", "accepter", "signer", "conclure", "rejeter",
                             "refuser", "estimer", "reporter", "proposer", "annoncer"})


def _reaction(doc: _Doc, j: int) -> bool:
    """Whether the evaluative word at token ``j`` is a verb of reaction (:data:`_REACTION_VERBS`).

    >>> d = _Doc("Il a salué un sommet. Ils veulent relancer le dialogue. Il s'est félicité.")
    >>> _reaction(d, 2), _reaction(d, 7), _reaction(d, 13)
    (True, False, True)
    """
    return doc.lem[j] in _REACTION_VERBS or doc.low[j] in _reaction_forms()


@lru_cache(maxsize=1)
def _reaction_forms() -> frozenset:
    # participles only («félicité», which the lemmatiser reads as a noun); «signe» is a noun
    participles = ("é", "ée", "és", "ées", "u")
    return frozenset(f for v in _REACTION_VERBS for f in _inflections(v) if f.endswith(participles))


def stance_predicate(doc: _Doc, words: _Words) -> list:
    """An evaluative word predicated of a side by a verb of stance: how a side stands toward the talks.

    «Moscou reste évasif», «Washington s'est montré plus conciliant», «il se dit très satisfait»:
    the word's polarity, its frame or else ``other`` (a side's stance, PHRASES.md). The verbs
    are «rester», «demeurer», «sembler», «paraître», «apparaître», and «se montrer», «se dire»,
    «se déclarer», «s'afficher»… with a reflexive pronoun; up to three degree adverbs may stand
    between the verb and the word.

    >>> d = _Doc("Moscou reste évasif. Le Kremlin s'est dit très satisfait. Il reste à Paris.")
    >>> [d.text[d.starts[ids[0]]:d.ends[ids[-1]]] for e, ids, _ in stance_predicate(d, _bundled_words())]
    ['reste évasif', "s'est dit très satisfait"]
    """
    out = []
    lem, low, cut, n = doc.lem, doc.low, doc.cut, doc.n
    cands = _starts(doc, words, _STANCE, hi=n - 1)
    for i in cands:
        v = lem[i]
        if v not in _STANCE_VERBS and low[i] not in _STANCE_WORDS:
            if v not in _STANCE_REFLEXIVE or not any(
                    low[k] in _REFLEXIVE and doc.joined(k, i) for k in range(max(i - 3, 0), i)):
                continue
            first = next(k for k in range(max(i - 3, 0), i) if low[k] in _REFLEXIVE and doc.joined(k, i))
        else:
            first = i
        if not _side_before(doc, first):
            continue  # «le prix du blé est resté stable»: not a side's stance
        for j in range(i + 1, min(i + 5, n)):
            if cut[j]:
                break
            got = _look(doc, j, words.words)
            if got is not None:
                out.append((_entry("stance_predicate", got[0], got[1] or "other"), [first, j], True))
                break
            if low[j] not in _STANCE_GAP and not (low[j].endswith("ment") and len(low[j]) > 6):
                break
    return out


def _side_before(doc: _Doc, i: int) -> bool:
    """Whether a side may be the subject of the verb at token ``i``: a name or a party within 5 tokens before."""
    stops = stopwords()
    for k in range(i - 1, max(i - 6, -1), -1):
        if doc.cut[k + 1]:
            break
        w = doc.low[k]
        if w in _STANCE_SUBJECTS or (doc.text[doc.starts[k]].isupper() and w not in stops):
            return True
    return False


def quoted_characterisation(doc: _Doc, words: _Words, score=None) -> list:
    """A short quoted fragment that evaluates on its own: a leader's word for the talks.

    «"très bonne"», «"robuste"», «"plutôt bien"»: up to :data:`QUOTED_WORDS` words between
    quote marks holding an evaluative word or a framing entry of the lexicon (through ``score``);
    polarity and frame from ``score`` (:func:`framing.score_phrase`) when given.

    >>> d = _Doc("Il a jugé l'échange « très constructif », puis il est parti.")
    >>> [d.text[d.starts[ids[0]]:d.ends[ids[-1]]] for e, ids, _ in quoted_characterisation(d, _bundled_words())]
    ['très constructif']
    """
    out = []
    text, starts, ends = doc.text, doc.starts, doc.ends
    for a, b in _quoted_spans(doc):
        if b - a > QUOTED_WORDS:
            continue
        for ids in _coordinated(doc, list(range(a, b))):
            hit = [j for j in ids if _look(doc, j, words.words) is not None]
            pol, frame = None, None
            if score is not None:
                s = score(text[starts[ids[0]]:ends[ids[-1]]])
                # an evaluation, not event vocabulary («"agression"» is the lexicon's, «"destruction"» not)
                if s.label != "neutral" and (hit or any(u.kind in ("framing", "litotes") for u in s.units)):
                    pol, frame = s.polarity, s.frame
            if pol is None and hit:  # the word alone: no head noun in the fragment to give it a frame
                pol, frame = _look(doc, hit[0], words.words)
                frame = frame or "cooperation"
            if pol is None and len(ids) <= 3 and any(doc.low[j] in _MANNER and not _idle(doc, j) for j in ids):
                # «"plutôt bien"», «"très mal"»: a verdict on its own (too common to be a word of the list)
                pol = next(_MANNER[doc.low[j]] for j in ids if doc.low[j] in _MANNER and not _idle(doc, j))
                if any(doc.low[j] in ("pas", "plutôt", "assez") for j in ids):
                    pol *= -0.74 if "pas" in [doc.low[j] for j in ids] else 0.8
                frame = "cooperation"
            if pol is None:
                continue
            out.append((_entry("quoted_characterisation", pol, frame), ids, False))
    return out


def _quoted_spans(doc: _Doc):
    """(first, end) token ranges between quote marks («…», “…”, "…"), in text order."""
    text, starts, ends = doc.text, doc.starts, doc.ends
    pos = 0
    while True:
        o = -1
        for ch in _QUOTE_OPEN:
            k = text.find(ch, pos)
            if k >= 0 and (o < 0 or k < o):
                o = k
        if o < 0:
            return
        close_chars = "»" if text[o] == "«" else "”" if text[o] == "“" else "\""
        c = text.find(close_chars, o + 1)
        if c < 0:
            return
        pos = c + 1
        a = bisect_left(starts, o + 1)
        b = bisect_left(starts, c)  # tokens a..b-1 inside
        if b > a and ends[b - 1] <= c:
            yield a, b


def quoted_statement(doc: _Doc, words: _Words, score=None, taken=frozenset(), read=None) -> list:
    """A short quoted sentence: a side's or an observer's own verdict, in their voice.

    «"Nous avons déjà été trompés une fois"», «"Le dialogue reste la seule voie"»: more than
    :data:`QUOTED_WORDS` and up to :data:`STATEMENT_WORDS` words between quote marks. Leaders and
    analysts are quoted in whole sentences because what they say of the talks is the story; the
    sentence is the shortest span that carries a verdict a word list cannot read. Polarity and
    frame come from ``score`` (:func:`framing.score_phrase`) when it reads a unit in the words;
    otherwise a sentence (a capital first) is kept as a neutral phrase of the cooperation frame
    (on the development sets, quoted sentences were coded cooperation about half the time, conflict
    and other a quarter each), and a fragment of the journalist's clause («réclame "la
    reconnaissance du peuple syrien"») is content, not a verdict, and is dropped. The rule runs
    last: a quote holding any other match (a token in ``taken``) is left to it.

    ``read``, a function of the sentence's text giving an object with ``polarity`` and
    ``frame``, reads the sentence instead, whether ``score`` found a unit in it or not (``score``
    still decides which fragments are kept). :func:`framing.find_phrases` passes the clause
    model's reading of a quoted clause (:meth:`~framing.phrases.clauses.ClauseModel.read`),
    which reads a whole sentence better than its strongest word does: leaving each
    development set out of the model's fit in turn, on the 377 quoted sentences matching a
    coded phrase, polarity 0.668 against 0.390 and frame 0.679 against 0.554; over the 32
    development sets, article tone rho 0.763 -> 0.770. (Keeping the words' polarity where the
    model reads none, as in «"Nous ne voulons pas d'une crise"», whose negation the model does
    not see, gave polarity 0.698 but tone rho 0.767.)

    >>> d = _Doc("« Nous avons déjà été trompés une fois », a rappelé le ministre.")
    >>> [d.text[d.starts[ids[0]]:d.ends[ids[-1]]] for e, ids, _ in quoted_statement(d, _bundled_words())]
    ['Nous avons déjà été trompés une fois']
    """
    out = []
    text, starts, ends = doc.text, doc.starts, doc.ends
    for a, b in _quoted_spans(doc):
        if not QUOTED_WORDS < b - a <= STATEMENT_WORDS or any(t in taken for t in range(a, b)):
            continue
        pol, frame = 0.0, "cooperation"
        sentence = text[starts[a]].isupper()
        if score is not None and not (read is not None and sentence):  # read replaces the score's reading
            s = score(text[starts[a]:ends[b - 1]])
            if s.units:
                pol, frame = s.polarity, s.frame
            elif not sentence:
                continue  # a fragment of the journalist's clause that scores nothing: content, not a verdict
        if read is not None:
            got = read(text[starts[a]:ends[b - 1]])
            pol, frame = round(got.polarity, 4) + 0.0, got.frame
        out.append((_entry("quoted_statement", pol, frame), list(range(a, b)), False))
    return out


#: Adverbs that are a verdict when quoted alone («"plutôt bien"»).
_MANNER = {"bien": 0.4, "mal": -0.4}


def _coordinated(doc: _Doc, ids: list) -> list:
    """A quoted fragment split at «et» and commas: two evaluations joined are two phrases (PHRASES.md).

    >>> d = _Doc("« Très bonne et productive »")
    >>> [[d.low[j] for j in part] for part in _coordinated(d, list(range(d.n)))]
    [['très', 'bonne'], ['productive']]
    """
    parts, cur = [], []
    for j in ids:
        if doc.low[j] == "et" or (cur and doc.cut[j]):
            if cur:
                parts.append(cur)
            cur = [] if doc.low[j] == "et" else [j]
            continue
        cur.append(j)
    if cur:
        parts.append(cur)
    return parts


#: Words after «rien» that make it no verdict on the talks: «rien à voir», «rien de plus», «rien au hasard»,
#: and the reader's «pour ne rien manquer» of a site's follow-us line.
_NOTHING_IDLE_NEXT = frozenset({"à", "au", "aux", "de", "du", "des", "que", "qu'", "pour", "manquer"})
#: Verbs of «rien ne …» that praise rather than deny: «des liens que rien ne peut rompre».
_NOTHING_PRAISE = frozenset({"pouvoir", "peut", "pourra", "pourrait", "empêcher", "empêche", "arrêter", "arrête"})
_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "u", "ue", "us", "i", "is", "it", "ite", "né", "fait")


def negated_nothing(doc: _Doc, words: _Words) -> list:
    """«ne … rien» or «rien ne …»: nothing came of the talks, negative, cooperation.

    «la rencontre n'a rien réglé», «un dialogue qui ne produit rien d'autre qu'un décor»,
    «rien n'a filtré» (PHRASES.md: the failure of cooperation). Not «rien à voir», «rien de
    plus», «ce n'est pas rien» (a lexicon entry), «que rien ne peut rompre» (praise). Nothing
    damaged is the reverse, positive: «rien n'est définitivement enterré», «ne rien casser».

    >>> d = _Doc("La rencontre n'a rien réglé. Cela n'a rien à voir. Rien n'a filtré.")
    >>> [d.text[d.starts[ids[0]]:d.ends[ids[-1]]] for e, ids, _ in negated_nothing(d, _bundled_words())]
    ["n'a rien réglé", "Rien n'a filtré"]
    """
    out = []
    low, cut, n = doc.low, doc.cut, doc.n
    for i in _starts(doc, words, _NOTHING):
        nxt = low[i + 1] if i + 1 < n and not cut[i + 1] else None
        if nxt in _NOTHING_IDLE_NEXT or (nxt == "d'" and not (i + 2 < n and low[i + 2] == "autre")):
            continue
        if nxt in _NE:  # «rien n'a filtré», «rien ne bouge»: the clause's verb after «ne»
            last = i + 1
            for j in range(i + 2, min(i + 6, n)):
                if cut[j] or low[j] in _NOTHING_PRAISE:
                    break
                last = j
                # through auxiliaries, modals, «plus» and adverbs to the verb: «rien ne devra plus
                # interrompre», «rien n'est définitivement enterré»
                if not (doc.lem[j] in _NOTHING_AUX or low[j] in _NEG_PARTICLE or
                        (low[j].endswith("ment") and len(low[j]) > 6)):
                    break
            if last > i + 1 and low[last] not in _NOTHING_PRAISE:
                out.append((_nothing_entry(doc, last), [i, last], False))
            continue
        # «n'a rien réglé», «ne produit rien»: «ne» just before, in the same clause
        ne = next((k for k in range(i - 1, max(i - 4, -1), -1) if low[k] in _NE and doc.joined(k, i)), None)
        if ne is None or low[i - 1] == "pas":
            continue
        last = i + 1 if nxt is not None and (nxt.endswith(_PARTICIPLE_ENDINGS) or _is(doc, i + 1, _SPOIL)) else i
        out.append((_nothing_entry(doc, last), [ne, last], False))
    return out


#: Auxiliaries and modals between «rien ne» and its verb.
_NOTHING_AUX = frozenset({"avoir", "être", "devoir", "pouvoir", "vouloir", "aller", "sembler"})
#: Verbs of damage: nothing damaged is a double negation, the talks spared («ne rien casser»).
_SPOIL = _CLOSING | {"casser", "enterrer", "gâcher", "compromettre", "abîmer", "briser", "bloquer", "détruire",
                     "ruiner", "saboter", "entraver", "perturber"}


#: Polarity of nothing damaged: the negated outcome turned once more by the negation scalar.
SPARED_OUTCOME = NEGATED_OUTCOME * NEGATION_SCALAR


def _nothing_entry(doc: _Doc, last: int) -> _Entry:
    """Nothing came of it (negative), or nothing was damaged (positive: «rien n'est enterré»)."""
    if _is(doc, last, _SPOIL):
        return _entry("negated_nothing", SPARED_OUTCOME, "cooperation")
    return _entry("negated_nothing", NEGATED_OUTCOME, "cooperation")


#: The rules, in priority order: an earlier rule's match wins over a later one on the same words.
RULES = (negated_outcome, negated_progress, negated_meeting, meeting_not_held, prospective_meeting, evaluated_talk,
         evaluated_talk_verb, stance_predicate, negated_nothing)


def head_nouns(doc: _Doc, ids) -> set:
    """The tokens among ``ids`` that are head nouns of the talks (``talk_nouns.csv``).

    A one-word lexicon entry on such a noun («la détente», «la coopération») gives way to a
    composed evaluation of it («la détente est illusoire», «la coopération est inexistante»):
    the evaluation is what frames the relation, the noun only names it.

    >>> sorted(head_nouns(_Doc("la détente est illusoire"), [1, 3]))
    [1]
    """
    nouns = _bundled_words().nouns
    return {i for i in ids if doc.low[i] in nouns or doc.lem[i] in nouns}


def composed_matches(doc: _Doc, taken: set, score=None, read=None) -> list:
    """Matches of every rule not overlapping ``taken`` tokens (lexicon matches) or each other.

    Returns (entry, token ids, shift) triples: ``shift`` says whether the valence shifters
    around the match still apply (False when the rule already read the negation).
    ``score`` reads a fragment's polarity and frame (:func:`framing.score_phrase`);
    ``read`` reads a quoted sentence (:func:`quoted_statement`).
    """
    words = _bundled_words()
    taken = set(taken)
    out = []
    cands = []
    for rule in RULES:
        cands += rule(doc, words)
    cands += quoted_characterisation(doc, words, score)
    for entry, ids, shift in cands:
        span = range(ids[0], ids[-1] + 1)
        if not taken.isdisjoint(span):
            continue
        taken.update(span)
        out.append((entry, ids, shift))
    out += quoted_statement(doc, words, score, taken, read)  # last: only quotes no other match touches
    out.sort(key=lambda m: m[1][0])
    return out
