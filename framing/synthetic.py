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

__all__ = ["make_corpus", "make_news", "OUTLETS", "write_study_folder", "STUDY_OUTLETS"]

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


def _outlet_names(outlets) -> list[str]:
    """The outlets asked for (all of :data:`OUTLETS` by default), refusing unknown names."""
    names = list(outlets or OUTLETS)
    unknown = set(names) - set(OUTLETS)
    if unknown:
        raise ValueError(f"unknown outlet(s) {sorted(unknown)}; choose from {sorted(OUTLETS)}")
    return names


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
    names = _outlet_names(outlets)
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
    names = _outlet_names(outlets)
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


# ----------------------------------------------------------------------------- a messy real-study folder
#: Outlet names of a realistic many-outlet corpus: long, accented, some lower-case first letters.
STUDY_OUTLETS = [
    "Le Monde", "Le Figaro", "Libération", "Les Échos", "La Croix", "L'Humanité", "Le Parisien",
    "Ouest-France", "Sud Ouest", "La Voix du Nord", "Le Progrès", "La Dépêche du Midi", "Le Télégramme",
    "Les Dernières Nouvelles d'Alsace", "L'Est Républicain", "Nice-Matin", "La Provence", "Midi Libre",
    "Le Dauphiné libéré", "Le Républicain lorrain", "France 24", "RFI", "France Info", "BFM TV", "LCI",
    "Europe 1", "RTL", "France Inter", "Mediapart", "Le Point", "L'Express", "Marianne", "Challenges",
    "L'Opinion", "Atlantico", "Le Temps (Genève)", "La Libre Belgique", "Le Soir", "Tribune de Genève",
    "Jeune Afrique", "L'Orient-Le Jour", "Le Devoir (Montréal)", "La Presse", "courrier international",
    "ouest-france.fr édition du soir", "Agence Xinhua (service en français)",
]
_EU = ["Ursula von der Leyen", "la Commission européenne", "Emmanuel Macron", "Josep Borrell",
       "la présidente de la Commission", "Bruxelles"]
_CHINA = ["Xi Jinping", "Pékin", "Wang Yi", "le président chinois", "le ministère chinois des Affaires étrangères",
          "Li Qiang"]
_EU_CHINA_SAID = ["Nous voulons un partenariat équilibré", "Le dialogue reste la seule voie",
                  "Les droits de douane ne régleront rien", "Nos entreprises doivent être traitées équitablement",
                  "La relation traverse une période difficile"]
_EU_CHINA_INDIRECT = ["les échanges commerciaux devaient être rééquilibrés",
                      "les véhicules électriques seraient au cœur du sommet",
                      "la coopération sur le climat restait possible"]
_EU_CHINA_TOPICS = [
    "Les droits de douane sur les véhicules électriques chinois pèsent sur les constructeurs européens.",
    "Le déficit commercial de l'Union avec la Chine atteint un niveau record selon Eurostat.",
    "La question de Taïwan et de la mer de Chine méridionale reste sensible.",
    "Les panneaux solaires et les batteries importés de Chine inquiètent l'industrie européenne.",
    "La guerre en Ukraine et le soutien de Pékin à Moscou divisent les diplomates.",
    "Le climat et la transition énergétique offrent un terrain d'entente aux deux puissances.",
]
_EU_CHINA_FRAMES = ["Malgré les vents contraires, le dialogue se poursuit.",
                    "Le regain de tension entre Bruxelles et Pékin inquiète les marchés.",
                    "Les deux dirigeants ont eu une très bonne conversation.",
                    "Un dialogue de sourds s'est installé entre les deux capitales.",
                    "Les échanges ont été constructifs selon les diplomates."]
_FURNITURE_TOP = ["ADVERTISEMENT", "date {iso}", "Publié le {fr} à {h}h{m:02d}", "Photos : AFP / Ludovic Marin",
                  "Mis à jour le {fr}"]
_FURNITURE_END = ["Lire aussi : L'Union et la Chine face aux droits de douane", "© {outlet}",
                  "Abonnez-vous pour lire la suite", "(AFP)"]
_FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
              "octobre", "novembre", "décembre"]
_FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def write_study_folder(path, *, n_articles: int = 54, n_outlets: int = 46, random_state: int = 0) -> "Path":
    """Write a messy, realistic many-outlet study folder: ``.txt`` files and a ``metadata.csv``.

    It is what a researcher's first real corpus looks like, to test the whole
    pipeline and look at its figures: EU–China coverage (quotes of
    ``Ursula von der Leyen``, ``Xi Jinping``, ...), ``n_outlets`` outlets with long
    and accented names (a few with several articles, most with one), dates typed
    the French way in a column headed ``Date`` (``02/05/2017``, ``lundi 2 mai 2017``,
    ``12 mars 2025 à 14h``, ``2017-05-02T10:00``), page furniture and crawl artefacts
    (``ADVERTISEMENT``, ``date 2017-01-05``, «Publié le …», «© …», ``(AFP)``), and a
    few one-paragraph articles that start with «Publié le …» or end with «(AFP)».

    Parameters
    ----------
    path : str or Path
        Folder to create (it must not hold a ``metadata.csv`` already).
    n_articles, n_outlets : int
        Articles and outlets (``n_outlets`` at most ``len(STUDY_OUTLETS)``).
    random_state : int
        The same seed writes the same folder.

    Returns
    -------
    Path
        The folder. ``metadata.csv`` has columns ``file, outlet, Date, event`` and the
        true date of each article, ISO, in ``true_date`` (to check how dates were read).
    """
    from pathlib import Path

    if n_outlets > len(STUDY_OUTLETS):
        raise ValueError(f"n_outlets={n_outlets}: at most {len(STUDY_OUTLETS)} outlets are named")
    folder = Path(path)
    folder.mkdir(parents=True, exist_ok=True)
    if (folder / "metadata.csv").exists():
        raise FileExistsError(f"{folder / 'metadata.csv'} exists: give an empty folder")
    rng = np.random.default_rng(random_state)
    outlets = STUDY_OUTLETS[:n_outlets]
    # every outlet once, then the remaining articles to the first few outlets
    assigned = list(outlets) + [outlets[i % 4] for i in range(max(0, n_articles - n_outlets))]
    assigned = assigned[:n_articles]
    meta = ["file,outlet,Date,event,true_date"]
    for i, outlet in enumerate(assigned):
        day = pd.Timestamp("2017-04-01") + pd.Timedelta(days=int(rng.integers(0, 3000)))
        hour, minute = int(rng.integers(6, 22)), int(rng.integers(0, 60))
        fr = f"{day.day} {_FR_MONTHS[day.month - 1]} {day.year}"
        form = i % 5
        written = [day.strftime("%d/%m/%Y"), f"{_FR_DAYS[day.day_of_week]} {fr}", f"{fr} à {hour}h",
                   day.strftime("%Y-%m-%d") + f"T{hour:02d}:{minute:02d}", fr][form]
        parts = []
        for _ in range(int(rng.integers(6, 12))):
            r = rng.random()
            if r < 0.35:
                pool = _EU if rng.random() < 0.5 else _CHINA
                who = pool[int(rng.integers(len(pool)))]
                if rng.random() < 0.6:
                    said = _EU_CHINA_SAID[int(rng.integers(len(_EU_CHINA_SAID)))]
                    parts.append(f"« {said} », a déclaré {who}.")
                else:
                    said = _EU_CHINA_INDIRECT[int(rng.integers(len(_EU_CHINA_INDIRECT)))]
                    parts.append(f"Selon {who}, {said}.")
            elif r < 0.5:
                parts.append(_EU_CHINA_FRAMES[int(rng.integers(len(_EU_CHINA_FRAMES)))])
            else:
                parts.append(_EU_CHINA_TOPICS[int(rng.integers(len(_EU_CHINA_TOPICS)))])
        fill = {"iso": day.strftime("%Y-%m"), "fr": fr, "h": hour, "m": minute, "outlet": outlet}
        title = ["L'Union européenne et la Chine cherchent un terrain d'entente",
                 "Bruxelles et Pékin face à la guerre commerciale",
                 "Xi Jinping reçu par les dirigeants européens"][i % 3]
        if i % 9 == 4:  # one paragraph that starts with furniture words: it must keep its content
            text = f"Publié le {fr} à {hour}h{minute:02d}. " + " ".join(parts) + "\n"
        elif i % 9 == 7:  # one paragraph ending with (AFP)
            text = " ".join(parts) + " (AFP)\n"
        else:
            top = [_FURNITURE_TOP[j].format(**fill) for j in sorted(rng.choice(len(_FURNITURE_TOP), 2, False))]
            end = _FURNITURE_END[int(rng.integers(len(_FURNITURE_END)))].format(**fill)
            paragraphs = [" ".join(parts[k:k + 3]) for k in range(0, len(parts), 3)]
            text = "\n".join(top + [title, ""] + paragraphs + [end]) + "\n"
        name = f"art{i:03d}.txt"
        (folder / name).write_text(text, encoding="utf-8")
        quoted = outlet.replace('"', '""')
        meta.append(f'{name},"{quoted}","{written}",EU-China summit,{day.strftime("%Y-%m-%d")}')
    (folder / "metadata.csv").write_text("\n".join(meta) + "\n", encoding="utf-8")
    return folder
