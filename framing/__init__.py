"""framing: who is quoted, how events are framed and what outlets talk about.

A toolkit for researchers who compare how news outlets cover political events,
built for French news. Every stage takes a corpus table (one row per article,
see :func:`framing.load_corpus`) and returns a long table of findings keyed by
``doc_id`` and character offsets into the article text.

Public names are imported lazily, so ``import framing`` is instant and loads
no model or lexicon until a function is called.

>>> import framing
>>> corpus = framing.load_corpus("seeds")   # a folder of .txt files + metadata.csv
>>> len(corpus)
5
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS = {
    # corpus
    "load_corpus": "corpus",
    "CorpusError": "corpus",
    "CORPUS_COLUMNS": "corpus",
    # actors and quotes
    "load_actors": "actors",
    "resolve_actor": "actors",
    "load_cues": "quotes",
    "quotes_in": "quotes",
    "extract_quotes": "quotes",
    "Quote": "quotes",
    # framing phrases
    "load_lexicon": "phrases",
    "load_shifters": "phrases",
    "load_talk_words": "phrases",
    "score_phrase": "phrases",
    "PhraseScore": "phrases",
    "find_phrases": "phrases",
    "candidate_phrases": "phrases",
    "article_tone": "phrases",
    "phrase_voice": "phrases",
    # topics
    "TopicModel": "topics",
    "fit_topics": "topics",
    "topic_shares": "compare",
    "choose_k": "topics",
    # comparison statistics
    "quote_shares": "compare",
    "association": "compare",
    "phrase_polarity": "compare",
    "outlet_tone": "compare",
    "keyness": "compare",
    # plots and display
    "plot_quote_shares": "plots",
    "plot_phrase_polarity": "plots",
    "plot_outlet_tone": "plots",
    "plot_topic_shares": "plots",
    "plot_keyness": "plots",
    "save_figure": "plots",
    "figure_style": "plots",
    "show": "display",
    # problems carried by every result table
    "problems": "diagnostics",
    "concat": "diagnostics",
    # pipeline
    "run": "pipeline",
    # evaluation
    "score_quotes": "evaluation",
    "score_phrases": "evaluation",
    "score_tone": "evaluation",
    "match_spans": "evaluation",
    # validation: coding sheets and agreement
    "sample_for_coding": "validation",
    "write_coding_sheet": "validation",
    "read_coding_sheet": "validation",
    "agreement": "validation",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'framing' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"framing.{module}"), name)
    globals()[name] = value
    return value


def __dir__():
    return sorted(set(globals()) | set(__all__))
