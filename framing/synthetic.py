"""A synthetic French news corpus with known outlet differences, for tests, benchmarks and dry runs.

Real corpora cannot ship with the package (copyright), yet notebooks, tests and
benchmarks need hundreds of articles from several outlets to exercise every
stage. :func:`make_corpus` writes them from sentence templates: each outlet has
its own propensity to quote the Kremlin or the White House, its own share of
conflict and cooperation phrases and its own topic mix, so the comparisons have
real differences to find. The text is constructed (no article is copied), and
the same ``random_state`` gives the same corpus.

>>> corpus = make_corpus(6, random_state=1)
>>> list(corpus.columns[:6]), len(corpus)
(['doc_id', 'outlet', 'date', 'event', 'title', 'text'], 6)
"""

from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["make_corpus", "make_news", "OUTLETS"]

#: Outlet -> (probability that a quote is from the Kremlin side, probability of a conflict phrase)
OUTLETS = {
    "Le Quotidien": (0.35, 0.55),
    "La Gazette": (0.50, 0.45),
    "RT en français": (0.80, 0.30),
    "Le Courrier": (0.25, 0.70),
    "L'Écho du Sud": (0.55, 0.40),
    "Radio Nord": (0.40, 0.60),
}

_KREMLIN = ["Vladimir Poutine", "le Kremlin", "Dmitri Peskov", "le président russe", "Sergueï Lavrov",
            "le porte-parole du Kremlin", "Iouri Ouchakov"]
_WHITE_HOUSE = ["Donald Trump", "la Maison-Blanche", "le président américain", "Marco Rubio",
                "le secrétaire d'État américain", "Karoline Leavitt"]
_DIRECT = [
    "« {c} », a déclaré {s}.",
    "{S} a affirmé : « {c} ».",
    "« {c} », a souligné {s} devant la presse.",
    "« {c} », a indiqué {s} dans un communiqué.",
]
_INDIRECT = [
    "{S} a assuré que {c}.",
    "Selon {s}, {c}.",
    "{S} a estimé que {c}.",
    "D'après {s}, {c}.",
]
_CONTENT_DIRECT = [
    "Nous voulons une paix durable en Ukraine",
    "Cette conversation a été franche et utile",
    "Les sanctions ne resteront pas sans réponse",
    "Le dialogue doit continuer au plus haut niveau",
    "Nous ne céderons pas aux pressions",
    "Un sommet pourrait avoir lieu dans les prochaines semaines",
]
_CONTENT_INDIRECT = [
    "les deux pays devaient renouer le dialogue",
    "la situation en Syrie restait préoccupante",
    "un accord sur le nucléaire était encore possible",
    "les négociations avançaient lentement",
    "la coopération contre le terrorisme serait renforcée",
]
_CONFLICT = ["Malgré les vents contraires, les discussions se poursuivent.",
             "Le regain de tension entre Moscou et Washington inquiète les chancelleries.",
             "Le torchon brûle entre les deux capitales.",
             "De nombreux désaccords subsistent sur le dossier ukrainien.",
             "Un dialogue de sourds s'est installé entre les deux camps."]
_COOPERATION = ["Les deux dirigeants ont eu une très bonne conversation.",
                "Les deux pays s'efforcent de coordonner leurs diplomaties.",
                "Une coopération pour la Syrie semble possible.",
                "Les échanges ont été constructifs selon les diplomates.",
                "Les deux capitales ont décidé d'enterrer la hache de guerre."]
#: topic -> vocabulary sentences
_TOPICS = {
    "syrie": ["La guerre en Syrie et le sort de Bachar el-Assad occupent les diplomates.",
              "Les réfugiés syriens attendent une solution politique à Damas et à Alep."],
    "ukraine": ["Le front ukrainien et le Donbass restent au cœur des discussions.",
                "Kiev réclame des garanties de sécurité et un cessez-le-feu durable."],
    "sanctions": ["Les sanctions économiques frappent les exportations russes de pétrole et de gaz.",
                  "Le rouble et les marchés réagissent aux nouvelles mesures commerciales."],
    "elections": ["L'ingérence présumée dans l'élection présidentielle américaine fait débat au Congrès.",
                  "L'enquête du procureur spécial sur la campagne électorale se poursuit."],
}
_TITLES = {"syrie": "la Syrie", "ukraine": "l'Ukraine", "sanctions": "les sanctions", "elections": "les élections"}
#: outlet -> topic weights (same order as _TOPICS)
_TOPIC_MIX = {
    "Le Quotidien": [0.4, 0.3, 0.2, 0.1],
    "La Gazette": [0.25, 0.25, 0.25, 0.25],
    "RT en français": [0.5, 0.1, 0.3, 0.1],
    "Le Courrier": [0.1, 0.5, 0.2, 0.2],
    "L'Écho du Sud": [0.3, 0.2, 0.4, 0.1],
    "Radio Nord": [0.15, 0.35, 0.1, 0.4],
}


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def make_corpus(n_articles: int = 300, *, outlets: list[str] | None = None, random_state: int = 0,
                sentences: int = 12) -> pd.DataFrame:
    """Generate a corpus table of constructed French news articles.

    Parameters
    ----------
    n_articles : int
        Number of articles, spread evenly over the outlets.
    outlets : list of str, optional
        Subset of :data:`OUTLETS` (all six by default).
    random_state : int
        Seed: the same seed gives the same corpus.
    sentences : int
        Approximate number of sentences per article (about 20 words each).

    Returns
    -------
    pandas.DataFrame
        The corpus table of :func:`framing.load_corpus` (``doc_id, outlet, date, event,
        title, text, source_file, source_offset``).
    """
    from framing.corpus import load_corpus

    rng = np.random.default_rng(random_state)
    names = list(outlets or OUTLETS)
    unknown = set(names) - set(OUTLETS)
    if unknown:
        raise ValueError(f"unknown outlet(s) {sorted(unknown)}; choose from {sorted(OUTLETS)}")
    topics = list(_TOPICS)
    rows = []
    start = pd.Timestamp("2017-05-02")
    for i in range(n_articles):
        outlet = names[i % len(names)]
        p_kremlin, p_conflict = OUTLETS[outlet]
        mix = rng.dirichlet(np.asarray(_TOPIC_MIX[outlet]) * 8)
        parts = []
        for _ in range(sentences):
            r = rng.random()
            if r < 0.3:
                pool = _KREMLIN if rng.random() < p_kremlin else _WHITE_HOUSE
                speaker = pool[rng.integers(len(pool))]
                if rng.random() < 0.5:
                    template = _DIRECT[rng.integers(len(_DIRECT))]
                    content = _CONTENT_DIRECT[rng.integers(len(_CONTENT_DIRECT))]
                else:
                    template = _INDIRECT[rng.integers(len(_INDIRECT))]
                    content = _CONTENT_INDIRECT[rng.integers(len(_CONTENT_INDIRECT))]
                parts.append(template.format(s=speaker, S=_cap(speaker), c=content))
            elif r < 0.45:
                pool = _CONFLICT if rng.random() < p_conflict else _COOPERATION
                parts.append(pool[rng.integers(len(pool))])
            else:
                topic = topics[rng.choice(len(topics), p=mix)]
                pool = _TOPICS[topic]
                parts.append(pool[rng.integers(len(pool))])
        title = f"Trump et Poutine : {_TITLES[topics[int(np.argmax(mix))]]} au menu"
        paragraphs = [" ".join(parts[k:k + 4]) for k in range(0, len(parts), 4)]
        rows.append({
            "doc_id": f"synth-{i:05d}",
            "outlet": outlet,
            "date": (start + pd.Timedelta(days=int(rng.integers(0, 3000)))).strftime("%Y-%m-%d"),
            "event": "synthetic Trump-Putin call",
            "title": title,
            "text": title + "\n\n" + "\n\n".join(paragraphs) + "\n",
        })
    return load_corpus(pd.DataFrame(rows))


_FUNCTION_WORDS = ("le", "la", "les", "de", "des", "du", "et", "en", "à", "au", "pour", "dans", "sur", "avec",
                   "qui", "que", "un", "une", "par", "plus", "mais", "ne", "pas", "son", "leur", "cette", "ont",
                   "est", "a", "été", "aux", "ce", "se", "il", "elle", "ils")
_BOILERPLATE = ["Lire aussi : {t}", "Publié le {d}", "Voir aussi", "(Avec AFP)", "Sur le même sujet"]


def _french_words(n_words: int, rng: np.random.Generator) -> list[str]:
    """``n_words`` real French word forms (lower case, 4+ letters) from simplemma's dictionary."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    table = DefaultDictionaryFactory().get_dictionary("fr")
    forms = sorted({(f.decode() if isinstance(f, bytes) else f) for f in table})
    forms = [f for f in forms if f.isalpha() and f.islower() and len(f) >= 4]
    return list(rng.choice(forms, size=min(n_words, len(forms)), replace=False))


def make_news(n_articles: int = 300, *, words: tuple[int, int] = (300, 700), outlets: list[str] | None = None,
              random_state: int = 0, vocabulary: int = 8000) -> pd.DataFrame:
    """Generate realistic-length constructed French news articles (for speed and scale tests).

    Like :func:`make_corpus` (the same speakers, quote templates, framing phrases and
    outlet differences), but each article has a headline and several paragraphs of
    ``words`` words (drawn uniformly in the range), with running text made of French
    function words and real French word forms from simplemma's dictionary (Zipf
    frequencies, a different ranking per topic), so that the vocabulary, the token
    counts and the lemmatiser's work resemble real news; about one article in five
    carries a page-furniture line («Lire aussi : ...», «(Avec AFP)»). The text is
    not meant to be read.

    Parameters
    ----------
    n_articles : int
        Number of articles, spread evenly over the outlets.
    words : (int, int)
        Smallest and largest number of words of an article.
    outlets : list of str, optional
        Subset of :data:`OUTLETS` (all six by default).
    random_state : int
        Seed: the same seed gives the same corpus.
    vocabulary : int
        Number of distinct running-text word forms.

    Returns
    -------
    pandas.DataFrame
        The corpus table of :func:`framing.load_corpus`.

    Examples
    --------
    >>> corpus = make_news(4, random_state=1)
    >>> len(corpus), all(300 <= len(t.split()) <= 760 for t in corpus["text"])
    (4, True)
    """
    from framing.corpus import load_corpus

    rng = np.random.default_rng(random_state)
    names = list(outlets or OUTLETS)
    unknown = set(names) - set(OUTLETS)
    if unknown:
        raise ValueError(f"unknown outlet(s) {sorted(unknown)}; choose from {sorted(OUTLETS)}")
    topics = list(_TOPICS)
    vocab = np.array(_french_words(vocabulary, rng), dtype=object)
    zipf = 1.0 / np.arange(1, len(vocab) + 1)
    rankings = [rng.permutation(len(vocab)) for _ in topics]
    cdf = np.cumsum(zipf) / zipf.sum()
    function_words = np.array(_FUNCTION_WORDS, dtype=object)
    start = pd.Timestamp("2017-05-02")
    rows = []
    for i in range(n_articles):
        outlet = names[i % len(names)]
        p_kremlin, p_conflict = OUTLETS[outlet]
        mix = rng.dirichlet(np.asarray(_TOPIC_MIX[outlet]) * 8)
        target = int(rng.integers(words[0], words[1] + 1))
        sentences, n_words = [], 0
        while n_words < target:
            r = rng.random()
            if r < 0.15:
                pool = _KREMLIN if rng.random() < p_kremlin else _WHITE_HOUSE
                speaker = pool[rng.integers(len(pool))]
                if rng.random() < 0.5:
                    s = _DIRECT[rng.integers(len(_DIRECT))].format(
                        s=speaker, S=_cap(speaker), c=_CONTENT_DIRECT[rng.integers(len(_CONTENT_DIRECT))])
                else:
                    s = _INDIRECT[rng.integers(len(_INDIRECT))].format(
                        s=speaker, S=_cap(speaker), c=_CONTENT_INDIRECT[rng.integers(len(_CONTENT_INDIRECT))])
            elif r < 0.23:
                pool = _CONFLICT if rng.random() < p_conflict else _COOPERATION
                s = pool[rng.integers(len(pool))]
            elif r < 0.33:
                pool = _TOPICS[topics[rng.choice(len(topics), p=mix)]]
                s = pool[rng.integers(len(pool))]
            else:  # running text: function words and topic words
                k = rng.choice(len(topics), p=mix)
                length = int(rng.integers(10, 26))
                content = vocab[rankings[k][np.minimum(np.searchsorted(cdf, rng.random(length)), len(vocab) - 1)]]
                func = function_words[rng.integers(len(function_words), size=length)]
                body = np.where(rng.random(length) < 0.45, func, content)
                s = _cap(" ".join(body)) + ("," if rng.random() < 0.1 else "") + "."
            sentences.append(s)
            n_words += len(s.split())
        paragraphs, pos = [], 0
        while pos < len(sentences):
            size = int(rng.integers(2, 6))
            paragraphs.append(" ".join(sentences[pos:pos + size]))
            pos += size
        date = start + pd.Timedelta(days=int(rng.integers(0, 3000)))
        title = f"Trump et Poutine : {_TITLES[topics[int(np.argmax(mix))]]} au menu"
        if rng.random() < 0.2:
            extra = _BOILERPLATE[rng.integers(len(_BOILERPLATE))].format(t=title, d=date.strftime("%d/%m/%Y"))
            paragraphs.insert(int(rng.integers(1, len(paragraphs) + 1)), extra)
        rows.append({
            "doc_id": f"news-{i:07d}",
            "outlet": outlet,
            "date": date.strftime("%Y-%m-%d"),
            "event": "synthetic Trump-Putin call",
            "title": title,
            "text": title + "\n\n" + "\n\n".join(paragraphs) + "\n",
        })
    return load_corpus(pd.DataFrame(rows))
