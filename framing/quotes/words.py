"""French word lists, patterns and tokens shared by the rules."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from framing.actors import _key
from framing.french import FAST_WORD_RE, WORD_SPLIT, bmp_patterns, in_bmp, lemma, split_words, tokens


AUX = frozenset("a ai as avons avez ont avait avaient avais aura auront aurait auraient eut est sont "
                 "était étaient sera seront serait seraient fut suis sommes avoir ayant".split())
ETRE = frozenset("est sont était étaient sera seront serait seraient fut suis sommes".split())
DET = frozenset("le la les l' un une des du au aux sa son ses leur leurs cette ce cet ces notre nos "
                 "votre vos mon ma mes quelques plusieurs toute tout tous toutes aucun aucune chaque".split())
NP_START = DET | {"à", "d'", "de"}
REFLEXIVE = frozenset("se s' me m' te t' nous vous".split())
CLITICS = frozenset("lui leur le la l' les se s' y en ne n' me m' te t' nous vous".split())
SUBJ_PRON = {"il": "m", "elle": "f", "ils": "pl", "elles": "pl", "on": "", "celui-ci": "m", "celle-ci": "f",
              "ceux-ci": "pl", "lui": "m", "eux": "pl", "ce dernier": "m", "cette dernière": "f",
              "ces derniers": "pl"}
REL = frozenset("qui que qu' dont où laquelle lequel lesquels lesquelles auquel duquel quand lorsque "
                 "lorsqu' si car mais puis alors comme".split())
NOT_COMP = frozenset("plutôt autant ainsi alors bien tandis avant dès parce afin sans pour sorte tant plus moins autre "
                      "même si aussi après pendant depuis jusqu' ne n' tel telle mieux davantage".split())
ADVERBS = frozenset("également aussi ainsi encore notamment alors ensuite enfin déjà toutefois cependant "
                     "pourtant néanmoins surtout désormais aujourd'hui hier mardi lundi mercredi jeudi "
                     "vendredi samedi dimanche soir matin plus tard récemment "
                     "ailleurs lui-même elle-même officiellement publiquement clairement fermement "
                     "nouveau fois également".split())
CUT = frozenset("dans lors devant sur à au aux en après avant depuis alors lorsque lorsqu' pendant "
                 "quand mardi lundi mercredi jeudi vendredi samedi dimanche hier cité citée cités interrogé "
                 "interrogée via qui selon pour contre lui-même elle-même ce cette mais et puis tout "
                 "avant-hier aujourd'hui".split())
ANAPHORIC = frozenset("communiqué texte document source déclaration note président dirigeant chef "
                       "message compte-rendu readout présidence assistant conseiller porte-parole ministre "
                       "diplomate parole ministère ministre porte responsable émissaire envoyé négociateur "
                       "entourage interlocuteur".split())
PREP = frozenset("sur dans lors devant en pour par avec via depuis après avant pendant contre sans chez "
                   "vers lorsque lorsqu' quand si comme".split())
PRONOUNS = frozenset("je j' tu il elle on nous vous ils elles ce c' ça cela ceci".split())
DOCUMENTS = frozenset("communiqué texte document déclaration note message compte-rendu readout".split())
ASIDE = re.compile(r"(?:de (?:son|leur) côté|pour (?:sa|leur) part|quant à (?:lui|elle|eux)|en effet|lui aussi|"
                    r"elle aussi|par ailleurs|de nouveau|à nouveau|une nouvelle fois|en outre|une fois de plus|"
                    r"d['’]emblée|d['’]abord|à son tour|à leur tour|encore une fois|en substance|pour finir)"
                    r"[\s\u00a0\u202f]*,?[\s\u00a0\u202f]*", re.IGNORECASE)
MID_ASIDE = re.compile(r",[\s\u00a0\u202f]*(?:lui|elle|eux|elles|pour (?:sa|leur) part|de (?:son|leur) côté|"
                        r"quant à (?:lui|elle|eux)|lui aussi|elle aussi|toutefois|cependant|pourtant|néanmoins|"
                        r"en effet|d['’]ailleurs|par ailleurs|notamment|également|aussi|ensuite|encore|enfin|"
                        r"à son tour|de nouveau|à nouveau|une nouvelle fois|dans un communiqué|dans un tweet|"
                        r"sur son réseau(?: social)?|sur Twitter|sur X|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche)"
                        r"[\s\u00a0\u202f]*,[\s\u00a0\u202f]*$", re.IGNORECASE)
ON_SOURCE = re.compile(r"[\s\u00a0\u202f]*(?:de|dans|auprès d[eu']|du côté d[eu']|à|au|chez)[\s\u00a0\u202f]*"
                        r"([^,;:.!?«»\"“”()\d]{2,70})")
SOURCE_WORDS = re.compile(r"\b(?:sources?|entourage|équipe|services|délégation|camp)\b", re.IGNORECASE)
TAIL_STOP = frozenset("qui que qu' dont où lors avant après en selon dans devant sur à au aux pour par lequel laquelle "
                       "lesquels lesquelles mardi lundi mercredi jeudi vendredi samedi dimanche hier soir matin "
                       "cité citée interrogé interrogée mais et car puis tout ce cette le la les un une son sa ses".split())
LABEL = re.compile(r"[\s\u00a0\u202f]*([^\W\d_][^:«»\"“”\n.!?,;]{1,40}?)[\s\u00a0\u202f]*:[\s\u00a0\u202f]*(?=\S)")
PERSON = re.compile(r"([A-ZÉÈ](?<![\w'’-][A-ZÉÈ])[a-zéèêëïîôç]+(?:-[A-ZÉ][a-zéèêëïîôç]+)?)[ \u00a0]+"
                     r"((?:de |van |von |Le |La |De |Al-|El-)?[A-ZÉÈ][a-zéèêëïîôç'’-]+)(?![\w'’])")
NOT_FIRST_NAMES = frozenset("le la les un une des du de selon pour lire dans plus après avant depuis mais et "
                             "à a en au aux ce cette ces son sa ses leur lors quant pendant face outre côté "
                             "monsieur madame sciences nations maison union conseil etat état".split())
ANTECEDENT_CUT = frozenset("contre à au aux avec par pour sur dans vers chez entre que qu' qui et".split())
EXPERTS = ("universitaire|politologue|chercheur|chercheuse|analyste|expert|experte|spécialiste|historien|"
            "historienne|professeur|professeure|diplomate|observateur|observatrice|économiste|sociologue|"
            "géopolitologue|ancien ambassadeur|ancienne ambassadrice|éditorialiste|commentateur|commentatrice")
CITED = re.compile(r"[\s\u00a0\u202f]*(?:cité|citée|cités|citées|interrogé|interrogée|interrogés|joint|jointe|"
                    r"contacté|contactée)[^,;:.!?«»]{0,60},")
NOT_SPEAKER_DET = frozenset("toute tout tous toutes aucun aucune chaque plusieurs ces ce cette cet nul nulle".split())
CONJ_QUE = frozenset("tandis alors parce bien dès pendant même ainsi sorte".split())
WEAK_NP = frozenset("afficher manifester exprimer formuler émettre".split())
POSSESSIVE = frozenset("son sa ses leur leurs notre nos".split())
# prepositions heading the position-carrying complement of a stance verb ("plaider pour un
# cessez-le-feu", "insister sur la nécessité de …"); the content starts after the preposition
NP_PREP = {"plaider": ("pour", "contre", "en"), "se prononcer": ("pour", "contre", "en"),
            "militer": ("pour", "contre", "en"), "insister": ("sur",)}
# adjectives of position after "se dire / se déclarer" ("s'est dit favorable à …")
STANCE_ADJ = frozenset("favorable favorables opposé opposée opposés opposées hostile hostiles prêt prête prêts "
                        "prêtes ouvert ouverte ouverts ouvertes disposé disposée disposés disposées "
                        "convaincu convaincue convaincus convaincues confiant confiante confiants confiantes "
                        "optimiste optimistes pessimiste pessimistes satisfait satisfaite satisfaits satisfaites "
                        "déterminé déterminée déterminés déterminées résolu résolue résolus résolues "
                        "certain certaine certains certaines sûr sûre sûrs sûres".split())
STANCE_NOUNS = frozenset("souhait volonté désir espoir intention détermination attachement soutien opposition "
                          "importance nécessité gratitude inquiétude préoccupation regret engagement refus "
                          "satisfaction reconnaissance".split())
SOURCE_NOUNS = frozenset("source responsable diplomate expert analyste observateur communiqué agence journal "
                          "quotidien hebdomadaire média presse télévision chaîne site porte-parole porte parole "
                          "ministère ministre président présidence gouvernement service autorité proche entourage "
                          "conseiller témoin officiel spécialiste rapport document texte déclaration dirigeant "
                          "chef état-major armée diplomatie fonctionnaire enquêteur procureur juge élu sénateur "
                          "député opposition parti organisation ong institut émissaire envoyé négociateur "
                          "interlocuteur information compte-rendu lettre message tweet publication homologue".split())
# speech verbs saying their speaker goes on ("a-t-il ajouté"): their pronoun is the one who spoke before
CONTINUING = frozenset("ajouter poursuivre continuer renchérir enchaîner compléter insister conclure "
                       "répéter réitérer".split())
CONNECT = frozenset("mais et or donc ainsi pourtant cependant toutefois puis enfin alors".split())
DASHES = "—–"
NO_CUE = object()
WORD_CHAR = re.compile(r"\w")
STOP_GAP = re.compile(r"[;:.!?()«»]")
STOP_GAP_COMMA = re.compile(r"[;:.!?()«»,]")
INF_END = re.compile(r"(er|ir|re|oir)$")
PART_END = re.compile(r"(é|ée|és|ées)$")
PUNCT_GAP = re.compile(r"[,;:.!?()«»\"“”\[\]—–\n]")
INV = re.compile(r"^-(?:t-)?(il|elle|ils|elles|on)\b")
DET_BEFORE = re.compile(r"(?:\b(?:[Ll]e|[Ll]a|[Ll]es|[Uu]n|[Uu]ne|[Dd]es|MM?\.|Mme|[Cc]e|[Cc]et|[Cc]ette|[Ss]on|[Ss]a)[ \u00a0]+|\b[Ll]['’])$")
ABBR_TOKEN = re.compile(r"^(?:M|MM|Mme|Mmes|Dr|Pr|St|Ste|[A-Z])$")
# matched at a sentence start (CLEFT.match(text, s0, s1): no slice of the sentence)
CLEFT = re.compile(r"\W*(?:c['’]est|ce sont|voilà)\s+(?:en ces termes|ainsi|avec ces mots|par ces mots|"
                    r"en ces mots|de cette manière|de cette façon|en substance)\s+qu", re.IGNORECASE)


class Tok(NamedTuple):
    """A word of the text with its offsets and its folded form (computed once)."""

    start: int
    end: int
    text: str
    lower: str
    key: str | None  # the actor-matching key (None for articles and titles)


def toks_in(text: str, a: int, b: int) -> list[Tok]:
    """Word tokens of ``text[a:b]``, offsets into ``text``: those of :func:`framing.french.tokens`.

    >>> [(t.text, t.lower) for t in toks_in("Aujourd’hui, l'OTAN.", 0, 20)]
    [('Aujourd’', "aujourd'"), ('hui', 'hui'), ("l'", "l'"), ('OTAN', 'otan')]
    """
    # framing.french.word_spans's loop, fused with the cache lookups: toks_in runs for every clause
    # the quote rules read, and building the three lists first costs 5% of extract_quotes
    piece = text[a:b]
    parts = split_words(piece)  # gap, word, …, gap (cut in C)
    out = []
    get, new, append = _WORD_INFO.get, tuple.__new__, out.append
    pos = a + len(parts[0])
    for k in range(1, len(parts), 2):
        w = parts[k]
        n = e = len(w)
        if n > 8 and w[-1] in "'’":  # an apostrophe after 8 letters or more is no elision
            w = w[:-1]
            e -= 1
        info = get(w)
        if info is None:
            if len(_WORD_INFO) > 200_000:
                _WORD_INFO.clear()  # a cache of a pure function: bounded, results unchanged
            info = _WORD_INFO[w] = (w.lower().replace("’", "'").replace("ʼ", "'").replace("`", "'"), _key(w))
        append(new(Tok, (pos, pos + e, w) + info))
        pos += n + len(parts[k + 1])
    return out


_WORD_INFO: dict[str, tuple] = {}  # word -> (folded form, actor key)


FINAL_MARK = re.compile(r"[.!?,;…]$")


def name_like(content: str) -> bool:
    """«Etat islamique», «Air Force One», «Truth Social»: short, capitalised, no final punctuation."""
    words = FAST_WORD_RE.findall(content)  # the words of framing.french.tokens (only their number and first letter count)
    return 0 < len(words) <= 4 and words[0][:1].isupper() and not FINAL_MARK.search(content)


@lru_cache(maxsize=50_000)
def names_document(speaker: str) -> bool:
    """Whether a speaker phrase is a document ("le communiqué", "la déclaration commune")."""
    return any(lemma(t.text) in DOCUMENTS for t in tokens(speaker)[:3])


def is_infinitive(word: str) -> bool:
    if word[:1].isupper():
        return False
    low = word.lower()
    if low in ("avoir", "être"):
        return True
    return bool(INF_END.search(low)) and lemma(low) == low and len(low) > 4


def fold(s: str) -> str:
    return s.lower().replace("’", "'")
