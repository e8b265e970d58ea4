"""Discovery: recurring expressions not yet in the lexicon, to help grow it."""

from __future__ import annotations

import math

import pandas as pd

from framing.french import content_text, stopwords
from framing.phrases.lexicon import _get_index
from framing.phrases.match import _Doc, _find

CANDIDATE_COLUMNS = {
    "group": "object", "phrase": "object", "lemmas": "object", "n": "int64",
    "count": "int64", "n_docs": "int64", "score": "float64", "keyness": "float64",
    "example": "object",
}


def _empty(columns: dict) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series([], dtype=d) for c, d in columns.items()})


def _check_corpus(corpus, needed) -> None:
    if not isinstance(corpus, pd.DataFrame):
        raise TypeError("expected a corpus table (DataFrame); see framing.load_corpus")
    missing = [c for c in needed if c not in corpus.columns]
    if missing:
        raise ValueError(
            f"the corpus table lacks column(s) {', '.join(missing)}; "
            f"load it with framing.load_corpus or add them"
        )


def _g2(a: float, b: float, c: float, d: float) -> float:
    """Signed log-likelihood G2 (Rayson & Garside 2000): a of c tokens in the group, b of d in the rest."""
    e1 = c * (a + b) / (c + d)
    e2 = d * (a + b) / (c + d)
    g = 0.0
    if a > 0:
        g += a * math.log(a / e1)
    if b > 0:
        g += b * math.log(b / e2)
    g *= 2.0
    return g if a / c >= (b / d if d else 0.0) else -g


def candidate_phrases(
    corpus: pd.DataFrame,
    *,
    by: str | None = "outlet",
    min_count: int = 2,
    top: int = 50,
    lexicon=None,
    max_n: int = 3,
    progress: bool = True,
) -> pd.DataFrame:
    """Recurring multiword expressions not yet in the lexicon, to help grow it.

    Bigrams and trigrams of lemmas are collected inside clauses (never across
    punctuation or boilerplate lines, see :func:`framing.french.content_text`);
    n-grams that begin or end with a stop word, a number or a capitalised word inside the
    clause (a name: «Vladimir Poutine», «Maison Blanche») are skipped, and so is every
    n-gram overlapping a lexicon match. Each is scored by NLTK's collocation finders
    with the **likelihood ratio** (Dunning 1993) over the whole corpus, and by its
    **keyness** in each group against the rest (signed log-likelihood G2, Rayson &
    Garside 2000; positive when the group uses it more than the others).

    Parameters
    ----------
    corpus : DataFrame
        The corpus table (``doc_id``, ``text`` and the ``by`` column).
    by : str or None
        Column defining groups (outlets by default); None for one group "all".
    min_count : int
        Minimal count of an n-gram in a group.
    top : int
        Rows kept per group.
    lexicon : str, Path or DataFrame, optional
        Entries already known (the bundled lexicon by default).
    max_n : int
        Longest n-gram (2 or 3).
    progress : bool
        Show a progress bar on stderr.

    Returns
    -------
    DataFrame
        Per group, the ``top`` candidates ordered by ``score`` (then keyness):

        ========  =======  ============================================================
        group     str      value of the ``by`` column ("all" when ``by`` is None)
        phrase    str      the most frequent surface form
        lemmas    str      the lemma n-gram, space-separated (usable as a pattern)
        n         int64    number of words
        count     int64    occurrences in the group
        n_docs    int64    documents of the group that use it
        score     float64  likelihood ratio of the collocation over the whole corpus
        keyness   float64  signed G2 of the group against the rest (0 with one group)
        example   str      ``doc_id: clause`` of its first occurrence in the group
        ========  =======  ============================================================

        Same columns and dtypes when there is no candidate.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["X", "X"],
    ...     "text": ["Une valse hésitante.", "Encore une valse hésitante."]})
    >>> candidate_phrases(corpus, progress=False)[["group", "lemmas", "count"]].values.tolist()
    [['X', 'valse hésitant', 2]]
    """
    from collections import Counter, defaultdict

    from nltk.collocations import (BigramAssocMeasures, BigramCollocationFinder,
                                   TrigramAssocMeasures, TrigramCollocationFinder)
    from tqdm.auto import tqdm

    needed = ["doc_id", "text"] + ([by] if by else [])
    _check_corpus(corpus, needed)
    if max_n not in (2, 3):
        raise ValueError(f"max_n must be 2 or 3, got {max_n!r}")
    if min_count < 1 or top < 1:
        raise ValueError("min_count and top must be positive")
    index = _get_index(lexicon)
    stops = stopwords()
    groups = corpus[by].fillna("").astype(str).tolist() if by else ["all"] * len(corpus)

    def bad_end(doc: _Doc, i: int, run_start: int) -> bool:
        lem, low = doc.lem[i], doc.low[i]
        if lem in stops or low in stops or not lem[0].isalpha() or len(low) < 2:
            return True
        # a capitalised word inside a clause is a name («Vladimir Poutine»), not framing
        return i != run_start and doc.text[doc.starts[i]].isupper()

    sequences = []  # lists of lemmas (runs inside a clause, outside lexicon matches)
    counts: dict[str, Counter] = defaultdict(Counter)  # group -> ngram -> count
    docs: dict[tuple, set] = defaultdict(set)  # (group, ngram) -> doc ids
    surfaces: dict[tuple, dict] = defaultdict(dict)  # (group, ngram) -> surface form -> count
    examples: dict[tuple, str] = {}
    totals: Counter = Counter()
    overall: Counter = Counter()  # ngram -> count in every group
    it = zip(corpus["doc_id"].tolist(), corpus["text"].tolist(), groups)
    for doc_id, text, group in tqdm(it, total=len(corpus), disable=not progress,
                                    desc="candidates", unit="doc"):
        if not isinstance(text, str) or not text:
            continue
        ct = content_text(text)
        doc = _Doc(ct)
        n = len(doc)
        totals[group] += n
        covered = set()
        for _, ids in _find(doc, index):
            covered.update(range(ids[0], ids[-1] + 1))
        runs, cur = [], []
        for i in range(n):
            if i in covered or (cur and not doc.joined(i - 1, i)):
                if len(cur) > 1:
                    runs.append(cur)
                cur = []
            if i not in covered:
                cur.append(i)
        if len(cur) > 1:
            runs.append(cur)
        for run in runs:
            sequences.append([doc.lem[i] for i in run])
            clause = ct[doc.starts[run[0]]: doc.ends[run[-1]]]
            bad = [bad_end(doc, i, run[0]) for i in run]
            for size in range(2, max_n + 1):
                for k in range(len(run) - size + 1):
                    if bad[k] or bad[k + size - 1]:
                        continue
                    ids = run[k: k + size]
                    a, b = ids[0], ids[-1]
                    key = tuple(doc.lem[i] for i in ids)
                    counts[group][key] += 1
                    overall[key] += 1
                    docs[(group, key)].add(doc_id)
                    forms = surfaces[(group, key)]
                    surface = ct[doc.starts[a]: doc.ends[b]]
                    forms[surface] = forms.get(surface, 0) + 1
                    examples.setdefault((group, key), f"{doc_id}: {clause[:200]}")

    scores: dict[tuple, float] = {}
    finders = [(BigramCollocationFinder, BigramAssocMeasures)]
    if max_n == 3:
        finders.append((TrigramCollocationFinder, TrigramAssocMeasures))
    for finder_cls, measures in finders:
        finder = finder_cls.from_documents(sequences)
        finder.apply_freq_filter(min_count)
        for gram, value in finder.score_ngrams(measures.likelihood_ratio):
            scores[gram] = float(value)

    rows = []
    all_tokens = sum(totals.values())
    for group in sorted(counts):
        c = totals[group]
        d = all_tokens - c
        cands = []
        for key, cnt in counts[group].items():
            if cnt < min_count or key not in scores:
                continue
            keyness = _g2(cnt, overall[key] - cnt, c, d) if d > 0 else 0.0
            cands.append((scores[key], keyness, key, cnt))
        cands.sort(key=lambda x: (-x[0], -x[1], x[2]))
        for score, keyness, key, cnt in cands[:top]:
            rows.append({
                # the most frequent surface form (the first seen among equals)
                "group": group, "phrase": max(surfaces[(group, key)].items(), key=lambda sc: sc[1])[0],
                "lemmas": " ".join(key), "n": len(key), "count": cnt,
                "n_docs": len(docs[(group, key)]), "score": score, "keyness": keyness,
                "example": examples[(group, key)],
            })
    if not rows:
        return _empty(CANDIDATE_COLUMNS)
    return pd.DataFrame(rows, columns=list(CANDIDATE_COLUMNS)).astype(CANDIDATE_COLUMNS)
