"""Topic proportions per article and per outlet, with uncertainty.

What does each outlet talk about when it covers the event, and are the
differences real? This module fits a topic model on the content lemmas of the
articles (:func:`framing.french.content_lemmas`: simplemma lemmas, accents kept,
stop words, numbers, addresses and boilerplate lines left out; the article text
itself is never changed), gives each article its topic proportions and each
outlet its mean proportions with bootstrap intervals. It plays the part of R's
``stm`` workflow (``searchK`` -> fit -> ``labelTopics`` -> ``estimateEffect``)
for Python.

* :class:`TopicModel`: a scikit-learn style estimator (``fit`` / ``transform`` /
  ``fit_transform``, learned state ending in ``_``).
* :func:`fit_topics`: shortcut returning a fitted model.
* :func:`topic_shares`: mean share of every topic per outlet (or any column) with a
  95% percentile bootstrap interval resampling articles within each outlet;
  several fits (different seeds) can be pooled to add model uncertainty.
* :func:`choose_k`: held-out likelihood, semantic coherence and exclusivity per
  number of topics, like ``stm::searchK``.

Engine
------
Latent Dirichlet allocation (Blei, Ng & Jordan 2003) estimated by collapsed Gibbs
sampling in `tomotopy` (Lee 2019, MIT licence, C++ with wheels on PyPI, no model
download), with the asymmetric document-topic prior learned from the data
(Wallach, Mimno & McCallum 2009). On the project's recovery test (issue 6: known
topic mixtures over real French words, five outlets, 3,000 articles; worst error
of an outlet's mean share of a topic) the Python engines measured: scikit-learn
batch LDA 7.8 pp, online LDA 4.1 pp, NMF 12 pp, gensim 5.5-9 pp, tomotopy LDA
about 1 pp and the fastest. tomotopy's DMR model (outlet as metadata, closer to
STM's prevalence covariate) measured about the same on our generator (0.50 vs
0.62 pp on one run, 560 vs 700 docs/s) and aborts the whole Python process on a
metadata value it has not seen, so plain LDA is used. With the defaults below,
``benchmarks/topics_recovery.py`` gives 0.4-0.8 pp over six generated corpora.

A Gibbs chain started from random topics sits, one time in three on our
generator, for hundreds of sweeps in a mode with two topics merged and another
split (10-30 pp errors). The sampler therefore starts from the topics of a
non-negative matrix factorisation of the article x word counts (``init="nmf"``,
deterministic), which puts it in the right mode at once: 30-40 sweeps instead
of 8 random starts of 20 sweeps and 80-90 sweeps in the kept chain. On five
generated corpora of 3,000 articles ``fit`` + ``transform`` takes 8-14x less CPU
time than plain tomotopy LDA run 1,000 sweeps, with the same error (0.4-0.7 pp;
``benchmarks/topics_speed.py``).

Topic names
-----------
Columns of the document-topic table and values of the ``topic`` column are the
stable names ``topic_0``, ``topic_1``, ... (labels can change or collide; names
never do). Readable labels live in ``model.topic_labels_`` (a dict name -> label
that a researcher may overwrite) and are copied into ``theta.attrs["topic_labels"]``;
``shares["topic"].map(model.topic_labels_)`` adds them to any table.

Example
-------
>>> import framing
>>> corpus = framing.load_corpus("seeds")
>>> model = framing.fit_topics(corpus, 3, random_state=1)
>>> theta = model.transform(corpus)
>>> theta.shape, theta.sum(axis=1).round(6).tolist()
((5, 3), [1.0, 1.0, 1.0, 1.0, 1.0])
>>> framing.topic_shares(theta, corpus, by="outlet", n_boot=200).columns.tolist()
['outlet', 'topic', 'share', 'ci_low', 'ci_high', 'n_articles']
"""

from __future__ import annotations

import hashlib
import os
import warnings
from array import array
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator

from framing.diagnostics import attach

__all__ = ["TopicModel", "fit_topics", "topic_shares", "choose_k", "frex", "PROBLEM_COLUMNS", "SHARE_COLUMNS"]

PROBLEM_COLUMNS = ["doc_id", "problem"]
SHARE_COLUMNS = ["topic", "share", "ci_low", "ci_high", "n_articles"]  # after the `by` column
TOP_WORD_COLUMNS = ["topic", "rank", "word", "weight", "frex"]
CHOOSE_K_COLUMNS = ["k", "heldout_ll", "perplexity", "coherence", "exclusivity", "train_ll", "n_iter"]
_ENGINES = ("tomotopy",)
_INITS = ("nmf", "random")


# --------------------------------------------------------------------------- helpers


def _check_corpus(corpus, text_col: str, what: str, extra: Sequence[str] = ()) -> pd.DataFrame:
    if not isinstance(corpus, pd.DataFrame):
        raise TypeError(
            f"{what} expects a corpus table (pandas DataFrame with columns doc_id and {text_col!r}), "
            f"not {type(corpus).__name__}; load one with framing.load_corpus()."
        )
    missing = [c for c in ("doc_id", text_col, *extra) if c not in corpus.columns]
    if missing:
        raise ValueError(
            f"{what}: the corpus has no column(s) {missing}; it has {list(corpus.columns)}. "
            "Load it with framing.load_corpus() or pass text_col=/by= naming your columns."
        )
    ids = corpus["doc_id"].astype(str)
    dup = ids[ids.duplicated()]
    if len(dup):
        raise ValueError(f"{what}: doc_id must be unique; repeated: {sorted(set(dup))[:5]}")
    return corpus


def _resolve_stopwords(stopwords) -> frozenset[str] | None:
    """None -> bundled list; a path -> that file; an iterable of words -> bundled list plus them."""
    from framing import french

    if stopwords is None:
        return None
    if isinstance(stopwords, (str, Path)):
        return french.load_stopwords(stopwords)
    if isinstance(stopwords, frozenset):
        return stopwords
    return french.load_stopwords(extra=tuple(stopwords))


def _texts(corpus: pd.DataFrame, text_col: str):
    for doc_id, text in zip(corpus["doc_id"].astype(str), corpus[text_col]):
        yield doc_id, ("" if not isinstance(text, str) else text)


def _problems_frame(rows) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=PROBLEM_COLUMNS, dtype=object)


def _progress(iterable, *, total, desc, enabled):
    if not enabled:
        return iterable
    from tqdm.auto import tqdm

    return tqdm(iterable, total=total, desc=desc, leave=False, disable=total < 200)


def frex(topic_word: np.ndarray, *, weight: float = 0.5) -> np.ndarray:
    """FREX score of every word in every topic (Roberts, Stewart & Airoldi 2016).

    The weighted harmonic mean of a word's rank (as an empirical CDF within the
    topic) by frequency, ``beta[k, v]``, and by exclusivity,
    ``beta[k, v] / sum_j beta[j, v]`` (Bischof & Airoldi 2012), as in
    ``stm::labelTopics`` (without its James-Stein shrinkage of exclusivity).

    Parameters
    ----------
    topic_word : array (n_topics, n_words)
        Topic-word probabilities, rows summing to 1.
    weight : float
        Weight of exclusivity (``stm``'s ``frexw``; 0.5 labels topics, 0.7 in ``exclusivity``).

    Returns
    -------
    array (n_topics, n_words)
        Scores in (0, 1]; higher is frequent *and* exclusive.

    Examples
    --------
    >>> beta = np.array([[0.5, 0.3, 0.2], [0.1, 0.3, 0.6]])
    >>> frex(beta).round(2)
    array([[1.  , 0.67, 0.33],
           [0.33, 0.67, 1.  ]])
    """
    from scipy.stats import rankdata

    beta = np.asarray(topic_word, dtype=float)
    n_words = beta.shape[1]
    excl = beta / np.maximum(beta.sum(axis=0, keepdims=True), 1e-300)
    freq_score = rankdata(beta, axis=1) / n_words
    excl_score = rankdata(excl, axis=1) / n_words
    return 1.0 / (weight / excl_score + (1.0 - weight) / freq_score)


def _fingerprint(text: str) -> bytes:
    """A short digest of an article's text (to recognise articles seen in ``fit``)."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest()


def _assignment_shares(docs, k: int) -> np.ndarray:
    """Share of each document's words assigned to each topic in the sampler's state.

    Words left out of the vocabulary (topic -1) do not count; a document with no
    counted word gets a row of NaN.
    """
    out = np.full((len(docs), k), np.nan)
    for i, doc in enumerate(docs):
        z = np.asarray(doc.topics, dtype=np.int64)
        z = z[z >= 0]
        if len(z):
            out[i] = np.bincount(z, minlength=k)[:k] / len(z)
    return out


def _topic_sizes(engine) -> np.ndarray:
    """Share of the corpus's words assigned to each topic in the sampler's state."""
    counts = np.asarray(engine.get_count_by_topics(), dtype=float)
    return counts / max(counts.sum(), 1.0)


def _labels(names, top_frex_words) -> dict[str, str]:
    labels: dict[str, str] = {}
    seen: set[str] = set()
    for name, words in zip(names, top_frex_words):
        label = " · ".join(words) if len(words) else name
        if label in seen:
            label = f"{label} ({name})"
        seen.add(label)
        labels[name] = label
    return labels


# --------------------------------------------------------------------------- estimator


def _start_ll(model: "TopicModel", docs, seed: int, sweeps: int, prior=None) -> float:
    """Run one starting chain; its log-likelihood per word."""
    engine = model._new_engine(seed, docs, prior)
    engine.train(sweeps, workers=1)
    return float(engine.ll_per_word)


#: (model, docs, sweeps, prior) handed to forked workers during TopicModel._start_lls only.
_FORKED = None


def _forked_start_ll(seed: int) -> float:
    return _start_ll(_FORKED[0], _FORKED[1], seed, *_FORKED[2:])


def _transform_partition(part: pd.DataFrame, model: "TopicModel") -> pd.DataFrame:
    model.progress = False  # the worker's own copy of the model
    model.n_jobs = 1  # a Dask worker runs one thread: scale with workers, not threads
    return model.transform(part)


class TopicModel(BaseEstimator):
    """Topic model of a corpus of French news articles (LDA, scikit-learn style).

    Each article becomes the bag of its content lemmas
    (:func:`framing.french.content_lemmas`); latent Dirichlet allocation with an
    asymmetric, learned document-topic prior is fitted by collapsed Gibbs sampling
    in tomotopy. Sampling runs on a **single worker thread**, so the same
    ``random_state`` gives identical results on the same machine (tomotopy's
    multi-threaded samplers do not).

    Parameters
    ----------
    n_topics : int
        Number of topics K (see :func:`choose_k`).
    engine : {"tomotopy"}
        The estimation back end (the only one that met the project's recovery
        targets; see the module documentation).
    random_state : int
        Seed of the sampler (fitting and inference).
    n_iter : int
        Maximum Gibbs sweeps over the corpus when fitting (for the kept chain).
    init : {"nmf", "random"}
        Where the sampler starts. Gibbs sampling from random topics can sit for
        hundreds of sweeps in a poor mode (two topics merged, another split): on
        the recovery generator 17 chains in 48 were still there after 120 sweeps,
        with 8-27 pp errors. ``"nmf"`` (default) first factorises the article x word
        count matrix (NMF, Lee & Seung 1999, scikit-learn with the deterministic
        NNDSVDa start of Boutsidis & Gallopoulos 2008) and draws each word's first
        topic in proportion to its NMF loadings; on six generated corpora every
        chain was within 1 pp after 20 sweeps. Technically the loadings become
        tomotopy's per-topic word prior (the only way tomotopy takes a starting
        state): each word keeps the prior mass of the symmetric prior,
        ``n_topics * eta`` (0.08 pseudo-counts for 8 topics), only spread over the
        topics like its loadings, which is negligible beside the word's counts.
        ``"random"``: plain LDA from random topics; then use ``n_starts=8`` (the
        former default: with 5 starts 1 generated corpus in 8 still
        ended in a poor mode, with 8 none of 12 did).
    n_starts, start_iter : int
        ``n_starts`` chains with different seeds (the first is ``random_state``, the
        others derived from it) run ``start_iter`` sweeps each, and only the one
        with the highest log-likelihood goes on. ``n_starts=1`` (default) runs a
        single chain, which is enough with ``init="nmf"``.
    n_jobs : int or None
        Processes that run the starting chains side by side, and threads that
        infer the shares of new articles in :meth:`transform` (``None``: one per
        CPU core; ``1``: one after the other). Each chain is a single-threaded,
        seeded sampler and the kept chain is rebuilt from its seed, and tomotopy
        infers each article with its own seeded sampler, so results do not depend
        on ``n_jobs``. Parallel starts fork worker processes on Linux; elsewhere
        (macOS, Windows) they run one after the other. On Dask, each worker
        infers its partitions on one thread.
    tol : float
        Stop early when no topic's share of the corpus's words (the quantity the
        shares per outlet are made of) moved by ``tol`` or more over the last 10
        sweeps (checked every 10; 0.002 is 0.2 percentage point, about twice the
        sweep-to-sweep noise of a converged chain on 3,000 articles, while a chain
        still moving between modes shifts topics by whole points). The
        log-likelihood is not used: it keeps creeping up for hundreds of sweeps as
        rare words settle, long after the shares have stopped moving. 0 runs all
        ``n_iter`` sweeps (slower; a good check before publishing: the shares
        should not move).
    infer_iter : int
        Gibbs sweeps per article in :meth:`transform` (topics are held fixed).
    alpha, eta : float
        Initial document-topic prior (learned from the data during fitting) and the
        topic-word prior.
    min_df : int
        Words found in fewer articles are left out of the vocabulary.
    min_tokens : int
        Articles with fewer content lemmas (after stop words and boilerplate) get a
        row of NaN and a problem instead of topic shares.
    stopwords : None, path, frozenset or iterable of str
        None: the bundled list (``framing/data/stopwords.txt``); a path: your own
        file; a frozenset: used as is; any other iterable: words *added* to the
        bundled list (e.g. outlet names).
    text_col : str
        Column of the corpus holding the text.
    progress : bool
        Show tqdm progress bars on stderr for corpora of 200 articles or more.
    sample_size : int or None
        Fit on a seeded random sample of about this many articles
        (:func:`framing.engine.sample`: chosen by a hash of ``doc_id`` and
        ``random_state``, so the same articles with pandas and with Dask); None fits
        on every article. :meth:`transform` then gives every article its shares
        (inferred for articles outside the sample). A Dask corpus is fitted in this
        process on the sample (or on all its articles, read partition by partition),
        and :meth:`transform` of a Dask corpus infers the shares partition by
        partition on the workers.

    Notes
    -----
    **Topic shares.** The share of topic k in an article is the fraction of the
    article's content words assigned to k in the sampler's final state, not the
    posterior mean ``(n_dk + alpha_k) / (n_d + sum(alpha))``: the prior pulls every
    article toward the same mixture, which biased outlet mean shares by up to
    0.5 pp on the recovery benchmark (and halved its error when dropped). Articles
    of a few words therefore get coarse shares (multiples of 1/n); ``min_tokens``
    keeps the shortest out.

    Attributes
    ----------
    vocabulary_ : ndarray of str
        The lemmas of the model, in column order of ``topic_word_``.
    topic_word_ : ndarray (n_topics, n_words)
        Topic-word probabilities; rows sum to 1.
    theta_ : DataFrame
        Topic shares of the training articles (what :meth:`fit_transform` returns).
    alpha_ : ndarray (n_topics,)
        The learned document-topic prior.
    topic_names_ : list of str
        ``topic_0``, ``topic_1``, ... (the columns of :meth:`transform`).
    topic_labels_ : dict
        Topic name -> short label from its three highest-FREX words; overwrite
        entries freely (``model.topic_labels_["topic_2"] = "sanctions"``).
    doc_lengths_ : Series
        Content lemmas per training article (index ``doc_id``).
    problems_ : DataFrame
        Columns ``doc_id``, ``problem``: articles left out of the fit.
    n_iter_ : int
        Gibbs sweeps actually run.
    model_ : tomotopy.LDAModel
        The fitted engine model.

    Examples
    --------
    >>> corpus = pd.DataFrame({
    ...     "doc_id": ["a", "b", "c", "d"], "outlet": ["X", "X", "Y", "Y"],
    ...     "text": ["Les sanctions frappent le pétrole russe. Sanctions, pétrole, embargo."] * 2
    ...           + ["Le sommet de paix en Alaska. Sommet, paix, négociation, cessez-le-feu."] * 2})
    >>> model = TopicModel(2, random_state=0, min_df=1, min_tokens=1).fit(corpus)
    >>> theta = model.transform(corpus)
    >>> theta.shape, bool(np.allclose(theta.sum(axis=1), 1))
    ((4, 2), True)
    """

    def __init__(
        self,
        n_topics: int = 10,
        *,
        engine: str = "tomotopy",
        random_state: int = 0,
        n_iter: int = 500,
        init: str = "nmf",
        n_starts: int = 1,
        start_iter: int = 20,
        n_jobs: int | None = None,
        tol: float = 0.002,
        infer_iter: int = 30,
        alpha: float = 0.1,
        eta: float = 0.01,
        min_df: int = 2,
        min_tokens: int = 5,
        stopwords=None,
        text_col: str = "text",
        progress: bool = True,
        sample_size: int | None = None,
    ):
        self.n_topics = n_topics
        self.engine = engine
        self.random_state = random_state
        self.n_iter = n_iter
        self.init = init
        self.n_starts = n_starts
        self.start_iter = start_iter
        self.n_jobs = n_jobs
        self.tol = tol
        self.infer_iter = infer_iter
        self.alpha = alpha
        self.eta = eta
        self.min_df = min_df
        self.min_tokens = min_tokens
        self.stopwords = stopwords
        self.text_col = text_col
        self.progress = progress
        self.sample_size = sample_size

    # ----------------------------------------------------------------- fitting

    def _check_params(self):
        if self.engine not in _ENGINES:
            raise ValueError(f"engine must be one of {_ENGINES}, not {self.engine!r}")
        if not isinstance(self.n_topics, (int, np.integer)) or self.n_topics < 1:
            raise ValueError(f"n_topics must be a positive integer, not {self.n_topics!r}")
        if self.n_iter < 1 or self.infer_iter < 1 or self.n_starts < 1 or self.start_iter < 1:
            raise ValueError("n_iter, n_starts, start_iter and infer_iter must be at least 1")
        if self.init not in _INITS:
            raise ValueError(f"init must be one of {_INITS}, not {self.init!r}")
        if self.n_jobs is not None and int(self.n_jobs) < 1:
            raise ValueError(f"n_jobs must be None or a positive integer, not {self.n_jobs!r}")

    def _new_engine(self, seed: int, docs, prior=None):
        """A tomotopy LDA model holding the documents ``docs = (words, token_ids, offsets)``.

        ``prior`` (from :meth:`_nmf_prior`): word ids and their (K,) word priors, set
        before the first sweep so that the sampler starts from the NMF topics.
        """
        import tomotopy as tp

        engine = tp.LDAModel(
            k=int(self.n_topics),
            alpha=float(self.alpha),
            eta=float(self.eta),
            min_df=int(self.min_df),
            seed=int(seed),
        )
        words, token_ids, offsets = docs
        for start, end in zip(offsets[:-1], offsets[1:]):
            engine.add_doc(words[token_ids[start:end]].tolist())
        if prior is not None:
            for v, row in zip(*prior):
                engine.set_word_prior(words[v], row)
        return engine

    def _nmf_prior(self, docs):
        """Word priors that start the sampler from NMF topics (see ``init``).

        Non-negative matrix factorisation (Lee & Seung 1999; scikit-learn, NNDSVDa
        start of Boutsidis & Gallopoulos 2008, seeded by ``random_state``) of the
        article x word count matrix, over the words in ``min_df``+ articles. Each
        word's prior ``K * eta`` (the mass of the symmetric prior) is spread over the
        topics in proportion to the word's NMF loadings; tomotopy draws each token's
        first topic from its word's prior. Returns (word ids, list of K-float lists).

        The factorisation runs on one BLAS thread: with more, sums are taken in an
        order that depends on the thread count, and the topics would differ between
        machines, between a plain run and a Dask run, or with ``OMP_NUM_THREADS``.
        """
        from scipy import sparse
        from sklearn.decomposition import NMF
        from sklearn.exceptions import ConvergenceWarning
        from threadpoolctl import threadpool_limits

        words, token_ids, offsets = docs
        k = int(self.n_topics)
        lengths = np.diff(np.asarray(offsets, dtype=np.int64))
        rows = np.repeat(np.arange(len(lengths), dtype=np.int32), lengths)
        counts = sparse.csr_matrix((np.ones(len(token_ids), dtype=np.float32), (rows, token_ids)),
                                   shape=(len(lengths), len(words)))
        counts.sum_duplicates()
        used = np.flatnonzero(np.diff(counts.tocsc().indptr) >= max(int(self.min_df), 1))
        counts = counts[:, used]
        start = "nndsvda" if k <= min(counts.shape) else "random"  # NNDSVD needs K <= both dimensions
        nmf = NMF(k, init=start, max_iter=200, random_state=int(self.random_state))
        with threadpool_limits(limits=1), warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)  # a start, not an estimate: 200 steps do
            nmf.fit(counts)
        loadings = nmf.components_.astype(float) + 1e-9
        prior = k * float(self.eta) * loadings / loadings.sum(axis=0, keepdims=True)
        return used, prior.T.tolist()

    def _seeds(self) -> list[int]:
        """Sampler seeds of the starts: ``random_state`` first, then seeds derived from it."""
        more = np.random.SeedSequence(int(self.random_state)).generate_state(max(int(self.n_starts) - 1, 0))
        return [int(self.random_state)] + [int(x) for x in more]

    def fit(self, corpus: pd.DataFrame, y=None) -> TopicModel:
        """Fit the topics on the articles of ``corpus`` (one row per article).

        Articles with fewer than ``min_tokens`` content lemmas are left out and
        listed in ``problems_``. Articles are read one at a time and their lemmas
        kept as one array of word ids (4 bytes a token), never as Python lists of
        strings, so 100,000 articles of 200 words fit in well under 4 GiB.

        Returns
        -------
        TopicModel
            ``self``, fitted.
        """
        from framing import engine
        from framing.french import content_lemmas

        self._check_params()
        if engine.is_dask(corpus) or self.sample_size is not None:
            corpus = self._fit_sample(corpus)
        _check_corpus(corpus, self.text_col, "TopicModel.fit")
        stop = _resolve_stopwords(self.stopwords)
        self._stop = stop
        # the corpus as one array of word ids (4 bytes a token), not lists of strings
        index: dict[str, int] = {}
        token_ids = array("i")
        offsets = [0]
        ids: list[str] = []
        lengths = np.zeros(len(corpus), dtype=np.int64)
        kept = np.zeros(len(corpus), dtype=bool)
        problems = []
        rows = _progress(_texts(corpus, self.text_col), total=len(corpus), desc="topics: reading", enabled=self.progress)
        for i, (doc_id, text) in enumerate(rows):
            ids.append(doc_id)
            words = content_lemmas(text, stopwords=stop)
            lengths[i] = len(words)
            if len(words) < self.min_tokens:
                problems.append((doc_id, f"only {len(words)} content word(s) (min_tokens={self.min_tokens}): no topic shares"))
                continue
            known = list(map(index.get, words))
            if None in known:  # new words: give them the next ids
                for w in words:
                    index.setdefault(w, len(index))
                known = list(map(index.get, words))
            token_ids.extend(known)
            offsets.append(len(token_ids))
            kept[i] = True
        if not kept.any():
            raise ValueError(
                f"TopicModel.fit: no article has {self.min_tokens} or more content words "
                f"({len(corpus)} article(s)); check text_col={self.text_col!r} or lower min_tokens."
            )
        words = np.empty(len(index), dtype=object)
        words[list(index.values())] = list(index)
        del index
        docs = (words, np.frombuffer(token_ids, dtype=np.int32), offsets)
        engine, self.n_iter_ = self._train(docs, show=self.progress and len(corpus) >= 200)
        del docs, token_ids
        k = int(self.n_topics)
        self.model_ = engine
        self.topic_names_ = [f"topic_{j}" for j in range(k)]
        self.vocabulary_ = np.array(list(engine.used_vocabs), dtype=object)
        self._vocab_set = frozenset(self.vocabulary_)
        self.topic_word_ = np.array([engine.get_topic_word_dist(j) for j in range(k)], dtype=float)
        self.topic_word_ /= self.topic_word_.sum(axis=1, keepdims=True)
        self.alpha_ = np.asarray(engine.alpha, dtype=float)
        theta = np.full((len(corpus), k), np.nan)
        theta[kept] = _assignment_shares(engine.docs, k)
        for i in np.flatnonzero(kept & np.isnan(theta[:, 0])):
            problems.append((ids[i], f"none of its words occurs in {self.min_df}+ articles (min_df): no topic shares"))
        self.problems_ = _problems_frame(problems)
        self.doc_lengths_ = pd.Series(lengths, index=pd.Index(ids, name="doc_id", dtype=object), name="n_tokens")
        scores = frex(self.topic_word_)
        top = np.argsort(-scores, axis=1, kind="stable")[:, :3]
        self.topic_labels_ = _labels(self.topic_names_, [list(self.vocabulary_[t]) for t in top])
        self.theta_ = self._frame(theta, ids, self.problems_)
        self._seen = {doc_id: (i, _fingerprint(text)) for i, (doc_id, text) in enumerate(_texts(corpus, self.text_col))}
        return self

    def _train(self, docs, *, show: bool):
        """Multi-start Gibbs sampling; returns (engine, sweeps run by the kept chain).

        ``n_starts`` chains (seeds from :meth:`_seeds`) run ``start_iter`` sweeps each;
        the one with the highest log-likelihood per word goes on, in chunks of 10
        sweeps, until ``n_iter`` sweeps or convergence (no topic's share of the
        corpus's words moved by ``tol`` or more over the last chunk).
        """
        bar = None
        first = min(int(self.start_iter), int(self.n_iter)) if self.n_starts > 1 else 0
        if show:
            from tqdm.auto import tqdm

            total = int(self.n_starts) * first + int(self.n_iter) - first
            bar = tqdm(total=total, desc="topics: sampling", leave=False)
        seeds = self._seeds()
        prior = self._nmf_prior(docs) if self.init == "nmf" else None
        if first:
            lls = self._start_lls(seeds, docs, first, bar, prior)
            best = seeds[int(np.argmax(lls))]  # the first of equals: the same chain whatever the order of runs
            engine = self._new_engine(best, docs, prior)
            engine.train(first, workers=1)  # rebuilt from its seed: the same state as in the start
        else:
            engine = self._new_engine(seeds[0], docs, prior)
        done = first
        sizes = _topic_sizes(engine)
        while done < self.n_iter:
            step = min(10, self.n_iter - done)
            engine.train(step, workers=1)
            done += step
            if bar is not None:
                bar.update(step)
            before, sizes = sizes, _topic_sizes(engine)
            if self.tol > 0 and np.abs(sizes - before).max() < self.tol:
                break
        if bar is not None:
            bar.close()
        return engine, done

    def _jobs(self) -> int:
        """Processes or threads to use: ``n_jobs``, or one per CPU core when it is None."""
        return int(self.n_jobs) if self.n_jobs else (os.cpu_count() or 1)

    def _start_lls(self, seeds, docs, sweeps: int, bar, prior=None) -> list[float]:
        """Log-likelihood per word of each seed's chain after ``sweeps`` sweeps (in parallel where possible)."""
        import multiprocessing as mp
        import sys

        jobs = min(len(seeds), self._jobs())
        if jobs > 1 and sys.platform.startswith("linux"):  # fork is safe on Linux only
            global _FORKED
            _FORKED = (self, docs, sweeps, prior)  # read by the forked workers; cleared below
            try:
                with mp.get_context("fork").Pool(jobs) as pool:
                    lls = []
                    for ll in pool.imap(_forked_start_ll, seeds):
                        lls.append(ll)
                        if bar is not None:
                            bar.update(sweeps)
                    return lls
            finally:
                _FORKED = None
        lls = []
        for seed in seeds:
            lls.append(_start_ll(self, docs, seed, sweeps, prior))
            if bar is not None:
                bar.update(sweeps)
        return lls

    def _frame(self, theta: np.ndarray, ids, problems: pd.DataFrame) -> pd.DataFrame:
        frame = pd.DataFrame(theta, index=pd.Index(ids, name="doc_id", dtype=object), columns=list(self.topic_names_))
        frame.columns.name = "topic"
        attach(frame, problems.to_dict("records"), columns=PROBLEM_COLUMNS)
        frame.attrs["topic_labels"] = dict(self.topic_labels_)
        return frame

    # --------------------------------------------------------------- transform

    def _check_fitted(self):
        if not hasattr(self, "model_"):
            from sklearn.exceptions import NotFittedError

            raise NotFittedError("This TopicModel is not fitted yet: call fit(corpus) first.")

    def transform(self, corpus: pd.DataFrame) -> pd.DataFrame:
        """Topic shares of the articles of ``corpus`` (seen in ``fit`` or not).

        An article seen in :meth:`fit` (same ``doc_id`` and the very same text)
        gets its fitted shares from ``theta_``, so ``fit(c).transform(c)`` equals
        ``fit_transform(c)``. For any other article, topics are held fixed and its
        words are assigned to topics by ``infer_iter`` Gibbs sweeps (seeded: the
        same call gives the same table). Either way an article's share of a topic
        is the fraction of its content words (those in the model's vocabulary)
        assigned to it (see the class notes).

        Returns
        -------
        DataFrame
            Index ``doc_id`` (same order as ``corpus``), one column per topic
            (``topic_0``, ...), rows summing to 1. Articles with fewer than
            ``min_tokens`` content lemmas, or with no word of the model's
            vocabulary, get a row of NaN and a row in ``framing.problems(theta)``
            (columns ``doc_id``, ``problem``). ``attrs["topic_labels"]`` copies
            :attr:`topic_labels_`.
        """
        from framing import engine
        from framing.french import content_lemmas

        self._check_fitted()
        if engine.is_dask(corpus):  # one task per partition, the model sent to every worker
            meta = self._frame(np.empty((0, int(self.n_topics))), [], _problems_frame([]))
            return engine.map_articles(_transform_partition, corpus, meta=meta, progress_arg=None, model=self)
        _check_corpus(corpus, self.text_col, "TopicModel.transform")
        engine = self.model_
        vocab = self._vocab_set
        k = int(self.n_topics)
        theta = np.full((len(corpus), k), np.nan)
        ids: list[str] = []
        problems = []
        batch_docs, batch_rows = [], []
        seen = self._seen
        fitted = self.theta_.to_numpy()

        threads = self._jobs()

        def flush():
            if batch_docs:  # each article has its own seeded sampler: the same shares on any number of threads
                engine.infer(batch_docs, iterations=int(self.infer_iter), workers=threads)
                theta[batch_rows] = _assignment_shares(batch_docs, k)
                batch_docs.clear()
                batch_rows.clear()

        rows = _progress(_texts(corpus, self.text_col), total=len(corpus), desc="topics: inferring", enabled=self.progress)
        for i, (doc_id, text) in enumerate(rows):
            ids.append(doc_id)
            row = seen.get(doc_id)
            if row is not None and row[1] == _fingerprint(text) and not np.isnan(fitted[row[0], 0]):
                theta[i] = fitted[row[0]]
                continue
            words = content_lemmas(text, stopwords=self._stop)
            if len(words) < self.min_tokens:
                problems.append((doc_id, f"only {len(words)} content word(s) (min_tokens={self.min_tokens}): no topic shares"))
                continue
            known = [w for w in words if w in vocab]
            if not known:
                problems.append((doc_id, "none of its words is in the model's vocabulary: no topic shares"))
                continue
            batch_docs.append(engine.make_doc(known))
            batch_rows.append(i)
            if len(batch_docs) >= 2000:
                flush()
        flush()
        return self._frame(theta, ids, _problems_frame(problems))

    def _fit_sample(self, corpus) -> pd.DataFrame:
        """The articles the model is fitted on (see ``sample_size``), in pandas."""
        from framing import engine

        columns = [c for c in ("doc_id", self.text_col) if c in corpus.columns]
        return engine.sample(corpus, self.sample_size, random_state=int(self.random_state), columns=columns)

    def __getstate__(self):
        """Picklable (to send a fitted model to Dask workers): the tomotopy model as bytes."""
        state = self.__dict__.copy()
        if "model_" in state:
            state["model_"] = state["model_"].saves(full=False)
        return state

    def __setstate__(self, state):
        if isinstance(state.get("model_"), bytes):
            import tomotopy as tp

            state["model_"] = tp.LDAModel.loads(state["model_"])
        self.__dict__.update(state)

    def fit_transform(self, corpus: pd.DataFrame, y=None) -> pd.DataFrame:
        """Fit, then return the topic shares of the training articles (``theta_``).

        These are the fitted shares from the sampler's final state (what ``stm``
        reports), the same as ``fit(corpus).transform(corpus)``.
        """
        return self.fit(corpus).theta_.copy()

    # -------------------------------------------------------------- inspection

    def get_feature_names_out(self, input_features=None) -> np.ndarray:
        """Names of the output columns of :meth:`transform`: ``topic_0``, ``topic_1``, ..."""
        self._check_fitted()
        return np.array(self.topic_names_, dtype=object)

    def top_words(self, n: int = 10, *, by: str = "weight") -> pd.DataFrame:
        """The top ``n`` words of every topic, with probability and FREX.

        Parameters
        ----------
        n : int
            Words per topic.
        by : {"weight", "frex"}
            Rank words by probability in the topic (``weight``) or by FREX
            (frequent and exclusive words; Roberts, Stewart & Airoldi 2016, the
            score behind ``stm::labelTopics``; see :func:`frex`).

        Returns
        -------
        DataFrame
            Columns ``topic`` (name, e.g. ``topic_0``), ``rank`` (1 = top),
            ``word`` (lemma), ``weight`` (P(word | topic)), ``frex`` (in (0, 1]).
        """
        self._check_fitted()
        if by not in ("weight", "frex"):
            raise ValueError(f"by must be 'weight' or 'frex', not {by!r}")
        scores = frex(self.topic_word_)
        key = self.topic_word_ if by == "weight" else scores
        n = max(0, min(int(n), self.topic_word_.shape[1]))
        rows = []
        for j, name in enumerate(self.topic_names_):
            order = np.argsort(-key[j], kind="stable")[:n]
            for rank, v in enumerate(order, start=1):
                rows.append((name, rank, self.vocabulary_[v], float(self.topic_word_[j, v]), float(scores[j, v])))
        out = pd.DataFrame(rows, columns=TOP_WORD_COLUMNS)
        return out.astype({"topic": object, "rank": "int64", "word": object, "weight": "float64", "frex": "float64"})


def fit_topics(corpus: pd.DataFrame, n_topics: int, *, random_state: int = 0, **kw) -> TopicModel:
    """Fit a :class:`TopicModel` with ``n_topics`` topics on ``corpus`` and return it.

    ``kw`` are further :class:`TopicModel` options (``min_df=``, ``stopwords=`` ...).

    >>> from framing.synthetic import make_corpus
    >>> model = fit_topics(make_corpus(60, random_state=1), 4, random_state=1)
    >>> model.top_words(5).columns.tolist(), len(model.top_words(5))
    (['topic', 'rank', 'word', 'weight', 'frex'], 20)
    """
    return TopicModel(n_topics, random_state=random_state, **kw).fit(corpus)


# --------------------------------------------------------------------------- shares per group


def _align(reference: pd.DataFrame, other: pd.DataFrame) -> pd.DataFrame:
    """Reorder the topics of ``other`` to match ``reference`` (Hungarian matching on the
    correlation of the topic columns over their common articles)."""
    from scipy.optimize import linear_sum_assignment

    if other.shape[1] != reference.shape[1]:
        raise ValueError("topic_shares: every fit must have the same number of topics")
    common = reference.index.intersection(other.index)
    a = reference.loc[common].to_numpy(float)
    b = other.loc[common].to_numpy(float)
    ok = ~(np.isnan(a).any(axis=1) | np.isnan(b).any(axis=1))
    a, b = a[ok], b[ok]
    a = (a - a.mean(0)) / np.maximum(a.std(0), 1e-12)
    b = (b - b.mean(0)) / np.maximum(b.std(0), 1e-12)
    corr = a.T @ b / max(len(a), 1)
    _, cols = linear_sum_assignment(-corr)
    aligned = other.iloc[:, cols].copy()
    aligned.columns = reference.columns
    return aligned


def topic_shares(theta, corpus: pd.DataFrame, *, by: str = "outlet", n_boot: int = 1000, random_state: int = 0) -> pd.DataFrame:
    """Mean share of every topic per group of articles, with a 95% bootstrap interval.

    The share of a topic in a group is the mean of its share over the group's
    articles (each article counts once, as in ``stm::estimateEffect`` with a
    categorical covariate). The interval is the 2.5 and 97.5 percentiles of that
    mean over ``n_boot`` resamples of the group's articles with replacement
    (percentile bootstrap, Efron & Tibshirani 1993), so it shows how much the
    share would move with another sample of articles from the same outlet.

    **Model uncertainty** (optional): pass a list of tables from fits with
    different seeds (``[fit_topics(corpus, k, random_state=s).transform(corpus)
    for s in range(5)]``). Their topics are matched to the first fit's (Hungarian
    matching on the correlation of topic columns across articles); ``share`` is
    then the mean over fits, and every bootstrap resample also draws one fit at
    random, so the interval covers both article sampling and the variation of the
    topic model between seeds (a simple version of ``stm``'s method of composition).

    Parameters
    ----------
    theta : DataFrame or list of DataFrame
        Topic shares: index ``doc_id``, one column per topic (from
        :meth:`TopicModel.transform`). Rows of NaN (articles without shares) are
        left out and listed in ``framing.problems(theta)``.
    corpus : DataFrame
        The corpus table: ``doc_id`` and the ``by`` column.
    by : str
        Column of the corpus to group by.
    n_boot : int
        Bootstrap resamples (0: no interval, ci_low = ci_high = NaN; a group of one
        article has no interval either).
    random_state : int
        Seed of the resampling.

    Returns
    -------
    DataFrame
        One row per (group, topic), groups sorted, topics in column order:
        ``<by>`` (str), ``topic`` (str, e.g. ``topic_0``), ``share`` (mean share,
        0-1), ``ci_low``, ``ci_high`` (95% interval), ``n_articles`` (int, articles
        of the group with shares). ``framing.problems(table)`` (``doc_id``, ``problem``)
        lists articles left out.

    Examples
    --------
    >>> theta = pd.DataFrame({"topic_0": [0.9, 0.7, 0.2, 0.1], "topic_1": [0.1, 0.3, 0.8, 0.9]},
    ...                      index=pd.Index(["a", "b", "c", "d"], name="doc_id"))
    >>> corpus = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "outlet": ["Le Monde"] * 2 + ["RT France"] * 2})
    >>> topic_shares(theta, corpus, n_boot=200)[["outlet", "topic", "share", "n_articles"]]
          outlet    topic  share  n_articles
    0   Le Monde  topic_0   0.80           2
    1   Le Monde  topic_1   0.20           2
    2  RT France  topic_0   0.15           2
    3  RT France  topic_1   0.85           2
    """
    from framing import engine

    if engine.is_dask(theta):  # shares inferred on Dask: one row per article, small enough for pandas
        theta = engine.compute(theta)
    if engine.is_dask(corpus) and "doc_id" in corpus.columns and by in corpus.columns:
        corpus = engine.compute(corpus[list(dict.fromkeys(["doc_id", by]))]).reset_index(drop=True)
    fits = [theta] if isinstance(theta, pd.DataFrame) else list(theta)
    if not fits or not all(isinstance(t, pd.DataFrame) for t in fits):
        raise TypeError("topic_shares: theta must be a DataFrame from TopicModel.transform or a list of them")
    if not isinstance(corpus, pd.DataFrame) or "doc_id" not in corpus.columns or by not in corpus.columns:
        have = list(corpus.columns) if isinstance(corpus, pd.DataFrame) else type(corpus).__name__
        raise ValueError(f"topic_shares: the corpus needs columns 'doc_id' and {by!r}; it has {have}")
    if n_boot < 0:
        raise ValueError("n_boot must be 0 or more")
    ref = fits[0]
    ref_index = ref.index.astype(str)
    groups_of = pd.Series(corpus[by].to_numpy(), index=corpus["doc_id"].astype(str).to_numpy())
    if groups_of.index.duplicated().any():
        raise ValueError("topic_shares: doc_id must be unique in the corpus")
    unknown = ref_index.difference(groups_of.index)
    if len(unknown):
        raise ValueError(f"topic_shares: {len(unknown)} doc_id(s) of theta are not in the corpus, e.g. {list(unknown[:3])}")
    aligned = [ref.set_axis(ref_index, axis=0)]
    for other in fits[1:]:
        aligned.append(_align(aligned[0], other.set_axis(other.index.astype(str), axis=0)).reindex(ref_index))
    stack = np.stack([a.to_numpy(float) for a in aligned])  # (fits, docs, topics)
    valid = ~np.isnan(stack).any(axis=(0, 2))
    problems = [(d, "no topic shares (NaN row): left out of the group shares") for d in ref_index[~valid]]
    topics = [str(c) for c in ref.columns]
    group_values = np.array(["" if pd.isna(g) else str(g) for g in groups_of.reindex(ref_index)], dtype=object)
    rng = np.random.default_rng(random_state)
    n_fits, _, k = stack.shape
    rows = []
    for group in sorted(set(group_values[valid])):
        members = np.flatnonzero(valid & (group_values == group))
        data = stack[:, members, :]  # (fits, n, k)
        n = len(members)
        share = data.mean(axis=(0, 1))
        low = high = np.full(k, np.nan)
        if n_boot > 0 and n > 1:
            boots = np.empty((n_boot, k))
            chunk = max(1, 2_000_000 // max(n * k, 1))
            for start in range(0, n_boot, chunk):
                size = min(chunk, n_boot - start)
                fit_pick = rng.integers(0, n_fits, size=size)
                idx = rng.integers(0, n, size=(size, n))
                boots[start:start + size] = data[fit_pick[:, None], idx, :].mean(axis=1)
            low, high = np.percentile(boots, [2.5, 97.5], axis=0)
        for j, topic in enumerate(topics):
            rows.append((group, topic, share[j], low[j], high[j], n))
    out = pd.DataFrame(rows, columns=[by, *SHARE_COLUMNS])
    out = out.astype({by: object, "topic": object, "share": "float64", "ci_low": "float64",
                      "ci_high": "float64", "n_articles": "int64"})
    attach(out, _problems_frame(problems).to_dict("records"), columns=PROBLEM_COLUMNS)
    return out


# --------------------------------------------------------------------------- choosing K


def _coherence(top: np.ndarray, incidence) -> float:
    """Mean UMass coherence (Mimno et al. 2011) of topics given as rows of word ids."""
    values = []
    for words in top:
        cols = incidence[:, words]
        co = (cols.T @ cols).toarray()
        df = np.diag(co)
        c = 0.0
        for m in range(1, len(words)):
            for l in range(m):
                c += np.log((co[m, l] + 1.0) / max(df[l], 1.0))
        values.append(c)
    return float(np.mean(values))


def _exclusivity(topic_word: np.ndarray, m: int = 10) -> float:
    """Mean over topics of the summed FREX (weight 0.7) of its top ``m`` words, as ``stm::exclusivity``."""
    scores = frex(topic_word, weight=0.7)
    top = np.argsort(-topic_word, axis=1, kind="stable")[:, :m]
    return float(np.mean([scores[j, top[j]].sum() for j in range(len(top))]))


def choose_k(
    corpus: pd.DataFrame,
    ks: Sequence[int] = (5, 10, 15, 20),
    *,
    random_state: int = 0,
    heldout: float = 0.1,
    n_words: int = 10,
    progress: bool = True,
    **kw,
) -> pd.DataFrame:
    """Diagnostics to choose the number of topics, like ``stm::searchK``.

    For every K a :class:`TopicModel` is fitted on the articles not held out
    (a seeded random ``heldout`` fraction, at least one article). Then:

    * **held-out fit** by document completion (Wallach et al. 2009): the shares of a
      held-out article are inferred from every other of its words and the
      remaining words are scored; mean log-likelihood per word (higher is better)
      and its perplexity ``exp(-heldout_ll)`` (lower is better);
    * **semantic coherence** (Mimno et al. 2011, UMass): for the top ``n_words`` of
      each topic, ``sum log((D(v_i, v_j) + 1) / D(v_j))`` over the training articles,
      averaged over topics (higher: top words occur together more often);
    * **exclusivity**: summed FREX (weight 0.7) of each topic's top ``n_words``,
      averaged over topics, as ``stm::exclusivity`` (higher: topics share fewer words).

    Coherence favours few topics and exclusivity many: pick a K on the frontier
    that reads well (Roberts et al. 2014).

    Parameters
    ----------
    corpus : DataFrame
        The corpus table.
    ks : sequence of int
        Numbers of topics to try.
    random_state : int
        Seed of the split and of every fit.
    heldout : float
        Fraction of articles held out, in (0, 1).
    n_words : int
        Top words per topic for coherence and exclusivity.
    progress : bool
        Progress bar over ``ks`` on stderr.
    **kw
        Further :class:`TopicModel` options.

    Returns
    -------
    DataFrame
        One row per K: ``k``, ``heldout_ll``, ``perplexity``, ``coherence``,
        ``exclusivity``, ``train_ll`` (log-likelihood per word of the training
        articles), ``n_iter`` (Gibbs sweeps run).

    Examples
    --------
    >>> from framing.synthetic import make_corpus
    >>> table = choose_k(make_corpus(60, random_state=1), ks=(2, 4), progress=False)
    >>> table["k"].tolist(), "coherence" in table.columns
    ([2, 4], True)
    """
    from scipy import sparse

    from framing.french import content_lemmas

    if not 0 < heldout < 1:
        raise ValueError(f"heldout must be a fraction in (0, 1), not {heldout!r}")
    text_col = kw.get("text_col", "text")
    _check_corpus(corpus, text_col, "choose_k")
    n_docs = len(corpus)
    if n_docs < 2:
        raise ValueError("choose_k needs at least 2 articles (some are held out)")
    rng = np.random.default_rng(random_state)
    n_out = min(max(1, int(round(heldout * n_docs))), n_docs - 1)
    is_out = np.zeros(n_docs, dtype=bool)
    is_out[rng.choice(n_docs, size=n_out, replace=False)] = True
    train = corpus.iloc[np.flatnonzero(~is_out)]
    test = corpus.iloc[np.flatnonzero(is_out)]
    kw.setdefault("progress", False)
    stop = _resolve_stopwords(kw.get("stopwords"))
    test_words = [content_lemmas(t if isinstance(t, str) else "", stopwords=stop) for t in test[text_col]]
    rows = []
    from tqdm.auto import tqdm

    for k in tqdm(list(ks), desc="choose_k", leave=False, disable=not progress):
        model = TopicModel(int(k), random_state=random_state, **kw).fit(train)
        engine = model.model_
        index = {w: i for i, w in enumerate(model.vocabulary_)}
        # document completion on held-out articles
        total_ll, total_n = 0.0, 0
        docs, scored = [], []
        for words in test_words:
            known = [w for w in words if w in index]
            first, second = known[0::2], known[1::2]
            if not first or not second:
                continue
            docs.append(engine.make_doc(first))
            scored.append(np.array([index[w] for w in second]))
        if docs:
            shares, _ = engine.infer(docs, iterations=int(model.infer_iter), workers=1)
            for th, ids in zip(shares, scored):
                th = np.asarray(th, float) / np.sum(th)
                p = th @ model.topic_word_[:, ids]
                total_ll += float(np.log(p).sum())
                total_n += len(ids)
        heldout_ll = total_ll / total_n if total_n else np.nan
        # coherence on the training articles (binary article x word incidence)
        row_ids, col_ids = [], []
        for d, doc in enumerate(engine.docs):
            w = np.unique(np.asarray(doc.words))
            w = w[w < len(model.vocabulary_)]  # words pruned by min_df have ids past the vocabulary
            row_ids.append(np.full(len(w), d))
            col_ids.append(w)
        r = np.concatenate(row_ids)
        c = np.concatenate(col_ids)
        incidence = sparse.csc_matrix((np.ones(len(r)), (r, c)), shape=(len(engine.docs), len(model.vocabulary_)))
        top = np.argsort(-model.topic_word_, axis=1, kind="stable")[:, :n_words]
        rows.append((int(k), heldout_ll, float(np.exp(-heldout_ll)) if total_n else np.nan,
                     _coherence(top, incidence), _exclusivity(model.topic_word_, n_words),
                     float(engine.ll_per_word), int(model.n_iter_)))
    out = pd.DataFrame(rows, columns=CHOOSE_K_COLUMNS)
    return out.astype({"k": "int64", "n_iter": "int64"})
