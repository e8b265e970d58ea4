"""Quote attribution: who is quoted, in which form, and on which side.

A fast rule system over regular expressions and lemmas (no parser). It follows the
annotation guidelines of the project (``GUIDELINES.md`` beside the seed gold). Each step
has its own module, in the order they run:

``marks``
    Quote marks (« », “ ”, " ", and ‘ ’ / ' ' when clearly used as marks) are paired
    within a paragraph; AFP inner quotes ``+…+`` are not marks. An opening mark left
    unclosed (or a stray closing one) is reported as a problem, never silently dropped.
``sentences``
    Sentences are cut at final punctuation outside quotations, at line breaks and at
    glued subheadings (``…des discussions.«Vladimir``); a run-on "sentence" longer than
    :data:`~framing.quotes.sentences.MAX_SENTENCE` characters is cut into pieces, so the
    work per text stays linear in its length.
``cues``
    Speech cues come from ``framing/data/cues.csv``: speech verbs by lemma, each with the
    frames it can introduce (que-clause, inverted incise, colon/quotation, noun-phrase
    complement, de/à + infinitive, pour-complement), attribution markers (*selon*,
    *d'après* …) and communiqué nouns; inflected forms through ``simplemma`` lemmas and
    generated regular conjugations.
``document``
    One article indexed once (marks, sentences, words, actor aliases) for the steps below.
``constructions``
    One function per French reporting construction: the incise (``«…», a déclaré X``),
    the colon (``X a déclaré : «…»``), the que-clause, *selon X*, de + infinitive, the
    stance noun phrase, the cleft (``C'est en ces termes que X …``), quotations with no
    cue (``Poutine : «…»``, a clause subject, a continuation).
``speakers``
    The noun phrase of an incise, the clause subject before the verb (apposition and
    relative clauses skipped), the source of *selon X*; pronouns (``il``, ``a-t-il
    ajouté``, ``ce dernier``) resolved to the nearest compatible named speaker before (a
    sentence opening on a pronoun names no new subject; "a-t-il ajouté" is the one who spoke
    before); «son homologue» is the counterpart of the one named before, or the leader of the
    country its adjective names.
``sides``
    Actors and sides from an actor dictionary (:mod:`framing.actors`); a joint readout
    scoped by the next sentence's incise; nested rows; continuations.
``attribute``
    :func:`quotes_in`: runs the steps, resolves containment (one row per speech act)
    and nesting (reported speech inside another with a distinct speaker gets its own
    row with ``nested=True``, a quotation inside a quotation too:
    ``«Assad nous a dit : "…"», a déclaré Peskov``).

Short capitalised spans (``«Etat islamique»``, ``«Air Force One»``) and one-word scare
quotes are not quotes. Problems inside an article (an unclosed «, a stray », a quotation
cut off by the end of the text) are never dropped silently: :func:`quote_problems` lists
them for one text and :func:`extract_quotes` attaches them to its table
(``framing.problems(table)``: ``doc_id``, ``start``, ``problem``), so the quote table keeps
its fixed columns. A quotation left open at the very end of a text is still extracted (what
exists of it, ``unattributed``), as the guidelines ask.

Any text takes time linear in its length (``benchmarks/quotes_adversarial.py`` times
pathological ones); news runs at about 2 MB/s on one core
(``benchmarks/quotes_throughput.py``); ``benchmarks/score_quotes_sets.py`` scores the
rules on the gold sets (with :mod:`framing.evaluation`).

>>> [(q.kind, q.quote, q.speaker, q.side) for q in quotes_in(
...     "«Nous avons eu une très bonne conversation», a déclaré Donald Trump.")]
[('direct', 'Nous avons eu une très bonne conversation', 'Donald Trump', 'white_house')]
"""

from __future__ import annotations

import pandas as pd

from framing.actors import actor_index
from framing.diagnostics import attach
from framing.quotes.attribute import INT_COLUMNS, PROBLEM_COLUMNS, QUOTE_COLUMNS, Quote, attributed_quotes, collector_paused, quotes_in
from framing.quotes.cues import cue_set, load_cues
from framing.quotes.document import Document
from framing.quotes.marks import quote_problems

__all__ = ["Quote", "QUOTE_COLUMNS", "PROBLEM_COLUMNS", "load_cues", "quotes_in", "quote_problems",
           "extract_quotes"]

def _empty_quotes() -> pd.DataFrame:
    frame = pd.DataFrame({c: pd.Series(dtype=object) for c in QUOTE_COLUMNS})
    for c in INT_COLUMNS:
        frame[c] = frame[c].astype("int64")
    frame["nested"] = frame["nested"].astype(bool)
    return frame


def extract_quotes(corpus: pd.DataFrame, *, actors=None, cues=None, text_col: str = "text",
                   progress: bool = True) -> pd.DataFrame:
    """Reported speech in every article of a corpus table.

    Parameters
    ----------
    corpus : DataFrame
        The corpus table (see :func:`framing.load_corpus`): needs ``doc_id`` and ``text_col``.
    actors : str, Path or DataFrame, optional
        Actor dictionary (see :func:`framing.load_actors`); sides are its labels, plus
        ``joint`` and ``unattributed``.
    cues : str, Path or DataFrame, optional
        Speech cues (see :func:`load_cues`).
    text_col : str
        Column holding the article text.
    progress : bool
        Show a progress bar on stderr.

    Returns
    -------
    DataFrame
        One row per reported speech act, columns ``doc_id`` (str), ``start``, ``end``
        (int64 offsets into the article text), ``quote`` (``text[start:end]``), ``kind``
        (``direct``/``indirect``/``mixed``), ``speaker`` (as written, "" if none),
        ``speaker_start``, ``speaker_end`` (int64, -1 if none), ``actor`` (canonical, ""
        if unresolved), ``side``, ``cue`` (the verb or marker), ``nested`` (bool).
        Same columns and dtypes when empty. ``framing.problems(table)`` lists unclosed
        or stray quote marks (``doc_id``, ``start``, ``problem``).
        A Dask corpus gives a Dask DataFrame with the same columns and dtypes (see
        :mod:`framing.engine`; ``framing.engine.compute`` keeps the problems).

    Examples
    --------
    >>> corpus = pd.DataFrame({"doc_id": ["a"], "text": ["«C'est fini», a déclaré le Kremlin."]})
    >>> extract_quotes(corpus, progress=False)[["quote", "speaker", "side"]].values.tolist()
    [["C'est fini", 'le Kremlin', 'kremlin']]
    """
    from framing import engine
    if engine.is_dask(corpus):  # one task per partition (framing.engine)
        return engine.map_articles(extract_quotes, corpus, meta=_empty_quotes(), actors=actors, cues=cues,
                                   text_col=text_col)
    if not isinstance(corpus, pd.DataFrame):
        raise TypeError("extract_quotes expects a corpus DataFrame (see framing.load_corpus)")
    missing = [c for c in ("doc_id", text_col) if c not in corpus.columns]
    if missing:
        raise ValueError(f"corpus lacks column(s) {missing}; it needs doc_id and {text_col!r} "
                         f"(see framing.load_corpus)")
    idx = actor_index(actors)
    cs = cue_set(cues)
    rows, probs = [], []
    it = zip(corpus["doc_id"].tolist(), corpus[text_col].tolist())
    if progress:
        from tqdm.auto import tqdm
        it = tqdm(it, total=len(corpus), desc="quotes", unit="doc")
    for doc_id, text in it:
        doc_id = "" if doc_id is None else str(doc_id)
        if not isinstance(text, str) or not text.strip():
            continue
        with collector_paused():
            doc = Document(text, cs, idx)
            found = attributed_quotes(doc)
        for s, p in doc.problems:
            probs.append({"doc_id": doc_id, "start": s, "problem": p})
        for q in found:
            rows.append({"doc_id": doc_id, "start": q.start, "end": q.end, "quote": q.quote, "kind": q.kind,
                         "speaker": q.speaker, "speaker_start": q.speaker_start, "speaker_end": q.speaker_end,
                         "actor": q.actor, "side": q.side, "cue": q.cue, "nested": q.nested})
    if rows:
        frame = pd.DataFrame(rows, columns=QUOTE_COLUMNS)
        for c in QUOTE_COLUMNS:
            if c in INT_COLUMNS:
                frame[c] = frame[c].astype("int64")
            elif c == "nested":
                frame[c] = frame[c].astype(bool)
            else:
                frame[c] = frame[c].astype(object)
    else:
        frame = _empty_quotes()
    return attach(frame, probs, columns=PROBLEM_COLUMNS)
