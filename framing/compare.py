"""Statistics that compare outlets: tables of findings in, tables of statistics out.

Every function here takes the long tables the stages produce (quotes, phrases,
topic proportions) together with the corpus table, groups articles by a corpus
column (``by="outlet"`` by default) and returns a tidy DataFrame. Nothing here
draws (see :mod:`framing.plots`) and the tests come from scipy and statsmodels.

Uncertainty
-----------
Intervals are 95% **percentile bootstrap** intervals (Efron & Tibshirani 1993,
ch. 13) that resample **articles** within each group, never single quotes or
phrases: quotes of one article are not independent (one article quotes the same
speaker many times), so the article is the unit of resampling (a cluster
bootstrap). Each resample draws as many articles as the group has, with
replacement; the statistic is recomputed on the resampled articles (a ratio of
sums: quotes of a side over all quotes, sum of polarities over number of
phrases). Resamples in which the denominator is zero (no quote drawn at all) are
left out of the percentiles. A group with a single article gets no interval
(NaN): resampling one article always returns it, and a zero-width interval would
claim a certainty the data cannot give. With ``random_state`` an int, each group draws from
its own generator seeded by ``(random_state, group name)``, so adding an outlet to
the corpus never changes another outlet's interval.

Public functions
----------------
:func:`quote_shares`, :func:`association`, :func:`phrase_polarity`, :func:`outlet_tone`,
:func:`topic_shares` (from :mod:`framing.topics`) and :func:`keyness`.
"""

from __future__ import annotations

import warnings
import zlib
from collections import Counter
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from framing import engine

__all__ = [
    "SIDE_ORDER",
    "GENERIC_SIDES",
    "pool_small_groups",
    "min_articles_for",
    "side_order",
    "QUOTE_SHARE_COLUMNS",
    "PHRASE_POLARITY_COLUMNS",
    "OUTLET_TONE_COLUMNS",
    "KEYNESS_COLUMNS",
    "quote_shares",
    "association",
    "Association",
    "phrase_polarity",
    "outlet_tone",
    "topic_shares",
    "keyness",
]

#: Order of the side labels of the first study (Trump–Putin); used only when those labels occur.
SIDE_ORDER = ("kremlin", "white_house", "joint", "other", "unattributed")
#: Sides every actor dictionary gives besides its own: several sides, nobody known, no speaker.
GENERIC_SIDES = ("joint", "other", "unattributed")
#: Columns of :func:`quote_shares` after the grouping column.
QUOTE_SHARE_COLUMNS = ["side", "count", "share", "ci_low", "ci_high", "n_articles"]
#: Columns of :func:`phrase_polarity` after the grouping column.
PHRASE_POLARITY_COLUMNS = ["measure", "value", "ci_low", "ci_high", "n_phrases", "n_articles"]
#: Columns of :func:`outlet_tone` after the grouping column.
OUTLET_TONE_COLUMNS = ["voice", "tone", "ci_low", "ci_high", "n_phrases", "n_articles"]
#: Columns of :func:`keyness`.
KEYNESS_COLUMNS = ["group", "word", "count_target", "count_reference", "g2", "p_value", "p_adj",
                   "log_ratio"]

_CI = (2.5, 97.5)
_CHUNK = 4_000_000  # resample weights held in memory at once (n_boot x n_articles entries)


# ----------------------------------------------------------------------------- helpers


def _require(table: pd.DataFrame, columns, name: str, hint: str) -> None:
    if not isinstance(table, pd.DataFrame):
        raise TypeError(f"{name} must be a pandas DataFrame ({hint}), not {type(table).__name__}")
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise ValueError(f"{name} lacks column(s) {missing}; it needs {list(columns)} ({hint}). "
                         f"It has {list(table.columns)}.")


def _article_groups(corpus: pd.DataFrame, by: str) -> tuple[pd.Series, list]:
    """doc_id -> group label, and the sorted group labels."""
    _require(corpus, ["doc_id", by], "corpus", "framing.load_corpus output; `by` names a column")
    if not corpus["doc_id"].is_unique:
        dup = corpus.loc[corpus["doc_id"].duplicated(), "doc_id"].unique()[:5].tolist()
        raise ValueError(f"corpus has duplicate doc_id values {dup}; ids must be unique")
    groups = pd.Series(corpus[by].to_numpy(), index=corpus["doc_id"].astype(str).to_numpy(), name=by)
    labels = sort_groups(pd.unique(groups), pooled=corpus.attrs.get("pooled_group"))
    return groups, labels


def _require_columns(table, columns, name: str) -> None:
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise ValueError(f"{name} lacks column(s) {missing}; it needs {list(columns)}. It has {list(table.columns)}.")


def _dask_groups(corpus, by: str) -> pd.DataFrame:
    """The ``doc_id`` and ``by`` columns of a (Dask) corpus, in pandas: small, no text."""
    if not engine.is_dask(corpus):
        return corpus
    _require_columns(corpus, ["doc_id", by], "corpus")
    return engine.compute(corpus[["doc_id", by]]).reset_index(drop=True)


def sort_groups(labels, *, pooled=None) -> list:
    """Group labels sorted without regard to case or accents ("le Monde" next to "Le Figaro"); a pooled
    "other outlets (k)" group last.

    >>> sort_groups(["le Point", "Libération", "La Croix", "other outlets (3)"], pooled="other outlets (3)")
    ['La Croix', 'le Point', 'Libération', 'other outlets (3)']
    """
    import unicodedata

    def key(v):
        text = str(v)
        folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").casefold()
        return (v == pooled, pd.isna(v) if not isinstance(v, str) else False, folded, text)

    return sorted(labels, key=key)


def min_articles_for(corpus: pd.DataFrame, *, by: str = "outlet", most: int = 40) -> int:
    """The smallest ``min_articles`` of :func:`pool_small_groups` that leaves at most ``most`` groups.

    The pooled group counts as one. A corpus of 360 outlets, most with one or two articles,
    draws a figure row for each; this is the pooling that keeps a figure readable (1 when
    the corpus has ``most`` groups or fewer).

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": list("abcdef"), "outlet": ["LCI"] * 3 + ["RFI", "RTL", "TF1"]})
    >>> min_articles_for(c, most=2), min_articles_for(c, most=4)
    (2, 1)
    """
    if most < 2:
        raise ValueError(f"most must be at least 2 (a group and the pooled one), not {most}")
    sizes = corpus[by].value_counts(dropna=False).to_numpy()
    k = 1
    while True:
        kept = int((sizes >= k).sum())
        if kept + (kept < len(sizes)) <= most:
            return k
        k += 1


def pool_small_groups(corpus: pd.DataFrame, *, by: str = "outlet", min_articles: int = 1,
                      small: str = "pool") -> pd.DataFrame:
    """Pool (or leave out) groups with fewer than ``min_articles`` articles.

    Parameters
    ----------
    corpus : DataFrame
        The corpus table.
    by : str
        The group column.
    min_articles : int
        Groups with fewer articles are small (1: none is).
    small : {"pool", "drop"}
        ``"pool"``: small groups become one group labelled ``"other outlets (k)"``
        (``k`` groups pooled; ``"other <by> values (k)"`` for another column);
        ``"drop"``: their articles are left out.

    Returns
    -------
    DataFrame
        The corpus with the ``by`` column relabelled (or rows left out); ``attrs``
        ``"pooled_group"`` (the pooled label or None), ``"small_groups"`` (the small
        groups' labels) and ``"min_articles"``.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": list("abcd"), "outlet": ["LCI", "LCI", "RFI", "RTL"]})
    >>> pooled = pool_small_groups(c, min_articles=2)
    >>> list(pooled["outlet"]), pooled.attrs["small_groups"]
    (['LCI', 'LCI', 'other outlets (2)', 'other outlets (2)'], ['RFI', 'RTL'])
    """
    if small not in ("pool", "drop"):
        raise ValueError(f"small must be 'pool' or 'drop', not {small!r}")
    if by not in corpus.columns:
        raise ValueError(f"by={by!r} is not a column of the corpus; it has {list(corpus.columns)}")
    out = corpus.copy()
    out.attrs = dict(corpus.attrs)
    sizes = corpus[by].value_counts(dropna=False)
    small_groups = sort_groups([g for g, n in sizes.items() if n < int(min_articles)])
    out.attrs.update(pooled_group=None, small_groups=[str(g) for g in small_groups], min_articles=int(min_articles))
    if not small_groups:
        return out
    mask = corpus[by].isin(small_groups)
    if small == "drop":
        return out[~mask.to_numpy()]
    label = f"other outlets ({len(small_groups)})" if by == "outlet" else f"other {by} values ({len(small_groups)})"
    out[by] = out[by].astype(object).where(~mask, label)
    out.attrs["pooled_group"] = label
    return out


def _prepare(corpus, findings, by, min_articles, small):
    """Pool small groups; keep only findings of articles still in the corpus."""
    if min_articles is None or int(min_articles) <= 1:
        return corpus, findings
    corpus = pool_small_groups(corpus, by=by, min_articles=min_articles, small=small)
    if findings is not None and small == "drop":
        findings = findings[findings["doc_id"].astype(str).isin(corpus["doc_id"].astype(str))]
    return corpus, findings


def side_order(sides, *, dictionary=None) -> list[str]:
    """The order of side labels in tables and figures: the dictionary's own sides, then the generic ones.

    ``dictionary`` (an actor table or a list of its sides, in order) fixes the study's
    sides; without it, the first study's sides come in :data:`SIDE_ORDER` order and
    others sorted. :data:`GENERIC_SIDES` come last.

    >>> side_order(["china", "unattributed", "eu"], dictionary=["eu", "china"])
    ['eu', 'china', 'joint', 'other', 'unattributed']
    """
    own = []
    if dictionary is not None:
        listed = dictionary["side"] if isinstance(dictionary, pd.DataFrame) else dictionary
        own = [s for s in dict.fromkeys(map(str, listed)) if s not in GENERIC_SIDES]
    seen = [s for s in dict.fromkeys(map(str, sides)) if s not in GENERIC_SIDES and s not in own]
    first = [s for s in SIDE_ORDER if s in seen]
    return own + first + sorted(set(seen) - set(first)) + list(GENERIC_SIDES)


def _check_doc_ids(table: pd.DataFrame, groups: pd.Series, name: str) -> None:
    unknown = pd.Index(table["doc_id"].astype(str).unique()).difference(groups.index)
    if len(unknown):
        raise ValueError(f"{name} has {len(unknown)} doc_id value(s) not in the corpus, e.g. "
                         f"{unknown[:5].tolist()}; pass the corpus the {name} were extracted from")


def _rng_for(random_state, group) -> np.random.Generator:
    """A generator per group: seeded by (random_state, group name) when random_state is an int."""
    if isinstance(random_state, np.random.Generator):
        return random_state
    if random_state is None:
        return np.random.default_rng()
    return np.random.default_rng([int(random_state), zlib.crc32(str(group).encode("utf-8"))])


def _ratio(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(den > 0, num / np.where(den > 0, den, 1), np.nan)


def _bootstrap_ratio(num: np.ndarray, den: np.ndarray, *, n_boot: int, rng: np.random.Generator):
    """Ratio of sums ``num.sum(0) / den.sum()`` with a 95% percentile interval over articles.

    ``num`` is (n_articles, k), ``den`` is (n_articles,). Resampling n articles with
    replacement gives each article a count (how often it was drawn), so a resample's
    sums are a matrix product of counts and values. The counts of a block of
    resamples come from one ``rng.integers`` draw and one ``np.bincount`` (vectorised,
    chunked to bound memory): the same distribution as ``rng.choice(n, n)`` per
    resample, many times faster than ``rng.multinomial`` for large groups.
    """
    n, k = num.shape
    est = _ratio(num.sum(axis=0), np.full(k, den.sum()))
    if n < 2 or n_boot <= 0:  # one article says nothing about between-article variation
        nan = np.full(k, np.nan)
        return est, nan, nan.copy()
    stats = np.empty((n_boot, k))
    step = max(1, _CHUNK // n)
    for lo in range(0, n_boot, step):
        hi = min(n_boot, lo + step)
        draws = rng.integers(0, n, size=(hi - lo, n))
        draws += (np.arange(hi - lo) * n)[:, None]  # one bin range per resample
        weights = np.bincount(draws.ravel(), minlength=(hi - lo) * n).reshape(hi - lo, n).astype(float)
        stats[lo:hi] = _ratio(weights @ num, (weights @ den)[:, None])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN columns: no quotes at all
        low, high = np.nanpercentile(stats, _CI, axis=0)
    return est, low, high


# ----------------------------------------------------------------------------- quotes


def quote_shares(quotes: pd.DataFrame, corpus: pd.DataFrame, *, by: str = "outlet", n_boot: int = 1000,
                 random_state=0, sides=None, min_articles: int = 1, small: str = "pool") -> pd.DataFrame:
    """Share of quotes given to each side, per group of articles, with bootstrap intervals.

    Parameters
    ----------
    quotes : DataFrame
        :func:`framing.extract_quotes` output; columns ``doc_id`` and ``side`` are used
        (a missing or empty side counts as ``"unattributed"``). Filter it first to
        compare only some quotes (e.g. ``quotes[quotes.kind == "direct"]``).
    corpus : DataFrame
        The corpus the quotes come from; every article counts, quoted or not.
    by : str
        Corpus column that defines the groups (``"outlet"``, ``"event"`` ...).
    n_boot : int
        Bootstrap resamples (0 gives no intervals: NaN).
    random_state : int, numpy Generator or None
        Seed of the resampling (see the module notes: one stream per group).
    sides : list of str or DataFrame, optional
        The study's sides in order (the actor dictionary, or its ``side`` column):
        they get a row even when nobody on that side is quoted. By default the
        sides found in ``quotes`` (see :func:`side_order`).
    min_articles : int
        Groups with fewer articles are pooled into one ``"other outlets (k)"`` group
        (``small="pool"``) or left out (``small="drop"``); see :func:`pool_small_groups`.
    small : {"pool", "drop"}

    Returns
    -------
    DataFrame
        One row per (group, side), every group of the corpus (sorted without regard
        to case; a pooled group last) and every side (the dictionary's or the ones
        found, then ``joint``, ``other``, ``unattributed``; see :func:`side_order`), columns:

        ``<by>``
            the group;
        ``side``
            the side label;
        ``count`` (int)
            quotes of that side in the group (0 for groups without quotes);
        ``share`` (float)
            ``count`` over all quotes of the group (NaN when the group has no quote);
        ``ci_low``, ``ci_high`` (float)
            95% percentile bootstrap interval of ``share``, resampling the group's
            articles (not its quotes);
        ``n_articles`` (int)
            articles in the group.

    Examples
    --------
    >>> corpus = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["Le Monde", "Le Monde", "RT France"]})
    >>> quotes = pd.DataFrame({"doc_id": ["a", "a", "b"], "side": ["kremlin", "white_house", "kremlin"]})
    >>> t = quote_shares(quotes, corpus, n_boot=200)
    >>> t[t.side == "kremlin"][["outlet", "count", "share", "n_articles"]].round(3).to_dict("records")
    [{'outlet': 'Le Monde', 'count': 2, 'share': 0.667, 'n_articles': 2}, {'outlet': 'RT France', 'count': 0, 'share': nan, 'n_articles': 1}]
    """
    weights = None
    if engine.is_dask(quotes) or engine.is_dask(corpus):  # a Dask group-by: one row per (article, side)
        corpus = _dask_groups(corpus, by)
        _require_columns(quotes, ["doc_id", "side"], "quotes")
        quotes = engine.compute(quotes[["doc_id", "side"]].groupby(["doc_id", "side"], dropna=False).size()
                                .rename("n").reset_index())
        weights = "n"  # one row per (article, side), with its count of quotes
    _require(quotes, ["doc_id", "side"], "quotes", "framing.extract_quotes output")
    corpus, quotes = _prepare(corpus, quotes, by, min_articles, small)
    groups, labels = _article_groups(corpus, by)
    _check_doc_ids(quotes, groups, "quotes")
    side = quotes["side"].astype(object).where(quotes["side"].notna(), "")
    side = side.map(lambda s: str(s).strip() or "unattributed")
    sides = side_order(set(side), dictionary=sides)
    weights = np.ones(len(quotes), dtype=np.int64) if weights is None else quotes[weights].to_numpy()
    counts = (pd.Series(weights).groupby([quotes["doc_id"].astype(str).to_numpy(), side.to_numpy()]).sum()
              .unstack(fill_value=0)
              .reindex(index=groups.index, columns=sides, fill_value=0))
    frames = []
    for label in labels:
        mask = (groups == label).to_numpy() if not pd.isna(label) else groups.isna().to_numpy()
        num = counts.to_numpy()[mask].astype(float)
        est, low, high = _bootstrap_ratio(num, num.sum(axis=1), n_boot=n_boot, rng=_rng_for(random_state, label))
        frames.append(pd.DataFrame({
            by: [label] * len(sides), "side": sides, "count": num.sum(axis=0).astype("int64"),
            "share": est, "ci_low": low, "ci_high": high, "n_articles": np.int64(mask.sum()),
        }))
    if not frames:
        return _empty([by] + QUOTE_SHARE_COLUMNS, {"count": "int64", "n_articles": "int64"})
    out = pd.concat(frames, ignore_index=True)
    out[by] = out[by].astype(corpus[by].dtype) if corpus[by].dtype != "object" else out[by].astype(object)
    out["side"] = out["side"].astype(object)
    return out


def _empty(columns, ints=None) -> pd.DataFrame:
    ints = ints or {}
    return pd.DataFrame({c: pd.Series([], dtype=ints.get(c, "float64" if c not in ("side", "measure", "word",
                                                                                       "group") else object))
                         for c in columns})


# ----------------------------------------------------------------------------- association


@dataclass(frozen=True)
class Association:
    """Result of :func:`association` on a contingency table.

    Attributes
    ----------
    chi2, chi2_p : float
        Pearson's χ² and its p-value (``scipy.stats.chi2_contingency``).
    g2, g2_p : float
        The G-test (log-likelihood ratio) statistic and its p-value
        (``chi2_contingency(..., lambda_="log-likelihood")``).
    dof : int
        Degrees of freedom, ``(rows - 1) * (columns - 1)``.
    cramers_v : float
        Cramér's V (``scipy.stats.contingency.association``), 0 = no association, 1 = complete.
    n : int
        Total count.
    min_expected : float
        Smallest expected count under independence.
    observed, expected, residuals : DataFrame
        Observed counts, expected counts and **adjusted standardized residuals**
        (Agresti 2007, §2.4.5; ``statsmodels`` ``Table.standardized_resids``): about
        N(0, 1) under independence, so a cell beyond ±1.96 has notably more (+) or
        fewer (−) observations than independence predicts.
    dropped : tuple
        Row and column labels removed because their total was zero.
    """

    chi2: float
    chi2_p: float
    g2: float
    g2_p: float
    dof: int
    cramers_v: float
    n: int
    min_expected: float
    observed: pd.DataFrame = field(repr=False)
    expected: pd.DataFrame = field(repr=False)
    residuals: pd.DataFrame = field(repr=False)
    dropped: tuple = ()

    @property
    def table(self) -> pd.DataFrame:
        """Tidy summary: one row per test, columns ``test, statistic, dof, p_value, cramers_v, n, min_expected``."""
        return pd.DataFrame({
            "test": ["chi2", "g2"], "statistic": [self.chi2, self.g2], "dof": [self.dof, self.dof],
            "p_value": [self.chi2_p, self.g2_p], "cramers_v": [self.cramers_v] * 2, "n": [self.n] * 2,
            "min_expected": [self.min_expected] * 2,
        })

    def residuals_long(self) -> pd.DataFrame:
        """Residuals as a long table: ``<row>, <column>, observed, expected, residual``."""
        rows = self.observed.index.name or "row"
        cols = self.observed.columns.name or "column"
        long = self.observed.stack().rename("observed").to_frame()
        long["expected"] = self.expected.stack()
        long["residual"] = self.residuals.stack()
        long.index.names = [rows, cols]
        return long.reset_index()


def association(table: pd.DataFrame, *, rows: str | None = None, columns: str | None = None,
                count: str = "count", correction: bool = True) -> Association:
    """Test whether two categorical variables are associated (e.g. outlet and side).

    Parameters
    ----------
    table : DataFrame
        Either a contingency table of counts (index = row categories, columns =
        column categories), or a long table with a ``count`` column (e.g. the output
        of :func:`quote_shares`), pivoted on ``rows`` x ``columns``.
    rows, columns : str, optional
        Long table only: the two category columns; by default the first two
        columns other than ``count``.
    count : str
        Long table only: the column of counts.
    correction : bool
        Yates' continuity correction when ``dof == 1`` (scipy's default), applied to
        both χ² and G.

    Returns
    -------
    Association
        Frozen dataclass: ``chi2``, ``chi2_p``, ``g2``, ``g2_p``, ``dof``, ``cramers_v``,
        ``n``, ``min_expected``, ``observed``, ``expected``, ``residuals`` (DataFrames
        shaped like the table) and ``.table``, a tidy one-row-per-test summary.

    Warns
    -----
    UserWarning
        When an expected count is below 5: the χ² approximation is then unreliable
        (Cochran 1954); merge small categories or use an exact test.

    Notes
    -----
    Rows or columns whose total is zero (an outlet without quotes, a side nobody
    speaks for) are dropped before testing and listed in ``dropped``.

    Examples
    --------
    >>> counts = pd.DataFrame({"kremlin": [30, 10], "white_house": [10, 30]}, index=["RT France", "Le Monde"])
    >>> res = association(counts)
    >>> round(res.chi2, 2), res.dof, round(res.cramers_v, 2)
    (18.05, 1, 0.5)
    >>> res.residuals.round(2).loc["RT France", "kremlin"]
    np.float64(4.47)
    """
    from scipy.stats import chi2_contingency
    from scipy.stats.contingency import association as _cramer
    from statsmodels.stats.contingency_tables import Table

    if not isinstance(table, pd.DataFrame):
        raise TypeError(f"association() needs a DataFrame (contingency or long with a {count!r} column), "
                        f"not {type(table).__name__}")
    if count in table.columns:
        others = [c for c in table.columns if c != count]
        rows = rows or others[0]
        columns = columns or next(c for c in others if c != rows)
        _require(table, [rows, columns, count], "table", "a long table of counts")
        observed = table.pivot_table(index=rows, columns=columns, values=count, aggfunc="sum", fill_value=0,
                                     sort=False, observed=True)
    else:
        observed = table.copy()
    observed = observed.apply(pd.to_numeric, errors="raise")
    values = observed.to_numpy(dtype=float)
    if np.isnan(values).any() or (values < 0).any() or not np.allclose(values, np.round(values)):
        raise ValueError("association() needs non-negative whole counts in every cell")
    keep_r = values.sum(axis=1) > 0
    keep_c = values.sum(axis=0) > 0
    dropped = tuple(observed.index[~keep_r]) + tuple(observed.columns[~keep_c])
    observed = observed.loc[keep_r, keep_c].astype("int64")
    if observed.shape[0] < 2 or observed.shape[1] < 2:
        raise ValueError(f"association() needs at least 2 rows and 2 columns with non-zero totals; "
                         f"got {observed.shape[0]} x {observed.shape[1]} after dropping empty ones {list(dropped)}")
    obs = observed.to_numpy()
    chi2, chi2_p, dof, expected = chi2_contingency(obs, correction=correction)
    g2, g2_p, _, _ = chi2_contingency(obs, correction=correction, lambda_="log-likelihood")
    v = _cramer(obs, method="cramer")
    resid = Table(obs, shift_zeros=False).standardized_resids
    min_exp = float(expected.min())
    if min_exp < 5:
        n_small = int((expected < 5).sum())
        warnings.warn(f"{n_small} of {expected.size} expected counts are below 5 (smallest {min_exp:.2f}): "
                      "the chi-squared and G-test p-values are unreliable; merge small categories or use "
                      "an exact test", UserWarning, stacklevel=2)
    frame = lambda a: pd.DataFrame(np.asarray(a, dtype=float), index=observed.index, columns=observed.columns)
    return Association(chi2=float(chi2), chi2_p=float(chi2_p), g2=float(g2), g2_p=float(g2_p), dof=int(dof),
                       cramers_v=float(v), n=int(obs.sum()), min_expected=min_exp, observed=observed,
                       expected=frame(expected), residuals=frame(resid), dropped=dropped)


# ----------------------------------------------------------------------------- phrases


def phrase_polarity(phrases: pd.DataFrame, corpus: pd.DataFrame, *, by: str = "outlet", n_boot: int = 1000,
                    random_state=0, frames: tuple[str, ...] = ("conflict", "cooperation"), min_articles: int = 1,
                    small: str = "pool") -> pd.DataFrame:
    """Mean polarity of framing phrases and share of each frame, per group, with intervals.

    Parameters
    ----------
    phrases : DataFrame
        :func:`framing.find_phrases` output; columns ``doc_id``, ``polarity`` (in
        [-1, 1], negation already applied) and ``frame`` are used.
    corpus : DataFrame
        The corpus the phrases come from.
    by : str
        Corpus column that defines the groups.
    n_boot : int
        Bootstrap resamples (0: no intervals).
    random_state : int, numpy Generator or None
        Seed of the resampling (one stream per group).
    frames : tuple of str
        Frame labels whose shares are reported.
    min_articles : int
        Groups with fewer articles are pooled or left out (see :func:`pool_small_groups`).
    small : {"pool", "drop"}

    Returns
    -------
    DataFrame
        One row per (group, measure), columns:

        ``<by>``
            the group;
        ``measure``
            ``"polarity"`` (mean polarity over the group's phrases, each phrase
            weighing the same) then one row per frame label (``"conflict"``,
            ``"cooperation"``): the share of the group's phrases with that frame
            (phrases with any other frame count in the denominator);
        ``value``, ``ci_low``, ``ci_high`` (float)
            the estimate and its 95% percentile bootstrap interval resampling the
            group's articles (NaN when the group has no phrase);
        ``n_phrases`` (int)
            phrases found in the group's articles (with a polarity, for ``polarity``);
        ``n_articles`` (int)
            articles in the group.

    Examples
    --------
    >>> corpus = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["LCI", "RT France"]})
    >>> phrases = pd.DataFrame({"doc_id": ["a", "a", "b"], "polarity": [-0.6, 0.2, 0.7],
    ...                         "frame": ["conflict", "conflict", "cooperation"]})
    >>> t = phrase_polarity(phrases, corpus, n_boot=0)
    >>> t[["outlet", "measure", "value", "n_phrases"]].round(2).to_dict("records")[:3]
    [{'outlet': 'LCI', 'measure': 'polarity', 'value': -0.2, 'n_phrases': 2}, {'outlet': 'LCI', 'measure': 'conflict', 'value': 1.0, 'n_phrases': 2}, {'outlet': 'LCI', 'measure': 'cooperation', 'value': 0.0, 'n_phrases': 2}]
    """
    if engine.is_dask(phrases):
        _require_columns(phrases, ["doc_id", "polarity", "frame"], "phrases")
    else:
        _require(phrases, ["doc_id", "polarity", "frame"], "phrases", "framing.find_phrases output")
    if engine.is_dask(phrases) or engine.is_dask(corpus):
        corpus = _dask_groups(corpus, by)
    corpus, phrases = _prepare(corpus, phrases, by, min_articles, small)
    groups, labels = _article_groups(corpus, by)
    if engine.is_dask(phrases):  # the same sums per article, by a Dask group-by
        pol = phrases["polarity"].astype("float64")
        parts = phrases[["doc_id"]].assign(pol_sum=pol.fillna(0.0), pol_n=(~pol.isna()).astype("int64"), n=1,
                                           **{f: (phrases["frame"] == f).astype("int64") for f in frames})
        per_doc = engine.compute(parts.groupby("doc_id").sum())
        per_doc.index = per_doc.index.astype(str)
        _check_doc_ids(per_doc.reset_index(), groups, "phrases")
    else:
        _check_doc_ids(phrases, groups, "phrases")
        doc = phrases["doc_id"].astype(str)
        pol = pd.to_numeric(phrases["polarity"], errors="coerce")
        per_doc = pd.DataFrame({
            "pol_sum": pol.fillna(0.0).groupby(doc).sum(),
            "pol_n": pol.notna().groupby(doc).sum(),
            "n": doc.groupby(doc).size(),
        })
        for f in frames:
            per_doc[f] = (phrases["frame"].astype(object) == f).groupby(doc).sum()
    per_doc = per_doc.reindex(groups.index, fill_value=0).astype(float)
    measures = ["polarity", *frames]
    out = []
    for label in labels:
        mask = (groups == label).to_numpy() if not pd.isna(label) else groups.isna().to_numpy()
        sub = per_doc.to_numpy()[mask]
        cols = {c: sub[:, i] for i, c in enumerate(per_doc.columns)}
        rng = _rng_for(random_state, label)
        p_est, p_lo, p_hi = _bootstrap_ratio(cols["pol_sum"][:, None], cols["pol_n"], n_boot=n_boot, rng=rng)
        if frames:
            f_num = np.column_stack([cols[f] for f in frames])
            f_est, f_lo, f_hi = _bootstrap_ratio(f_num, cols["n"], n_boot=n_boot, rng=rng)
        else:
            f_est = f_lo = f_hi = np.empty(0)
        out.append(pd.DataFrame({
            by: [label] * len(measures), "measure": measures,
            "value": np.r_[p_est, f_est], "ci_low": np.r_[p_lo, f_lo], "ci_high": np.r_[p_hi, f_hi],
            "n_phrases": np.r_[cols["pol_n"].sum(), np.full(len(frames), cols["n"].sum())].astype("int64"),
            "n_articles": np.int64(mask.sum()),
        }))
    if not out:
        return _empty([by] + PHRASE_POLARITY_COLUMNS, {"n_phrases": "int64", "n_articles": "int64"})
    res = pd.concat(out, ignore_index=True)
    res["measure"] = res["measure"].astype(object)
    if corpus[by].dtype == "object":
        res[by] = res[by].astype(object)
    return res


def outlet_tone(tone: pd.DataFrame, corpus: pd.DataFrame, *, by: str = "outlet", n_boot: int = 1000,
                random_state=0, min_articles: int = 1, small: str = "pool") -> pd.DataFrame:
    """Mean article tone per group, overall and by voice, with article-bootstrap intervals.

    Parameters
    ----------
    tone : DataFrame
        :func:`framing.article_tone` output (``doc_id``, ``tone``, ``n_phrases``,
        ``tone_journalist``, ``n_journalist``, ``tone_quoted``, ``n_quoted``).
    corpus : DataFrame
        The corpus the tones come from.
    by : str
        Corpus column that defines the groups.
    n_boot : int
        Bootstrap resamples (0: no intervals).
    random_state : int, numpy Generator or None
        Seed of the resampling (one stream per group).
    min_articles : int
        Groups with fewer articles are pooled or left out (see :func:`pool_small_groups`).
    small : {"pool", "drop"}

    Returns
    -------
    DataFrame
        One row per (group, voice), columns:

        ``<by>``
            the group;
        ``voice``
            ``"all"`` (the article's tone), ``"journalist"`` (the tone of the journalist's
            own phrases) and ``"quoted"`` (the tone of the phrases inside quotes);
        ``tone``, ``ci_low``, ``ci_high`` (float)
            the mean tone over the group's articles and its 95% percentile bootstrap
            interval resampling articles. For ``all`` every article counts (one without
            a framing phrase has tone 0); for a voice, the articles with at least one
            phrase in that voice (NaN when there are none);
        ``n_phrases`` (int)
            framing phrases of that voice in the group;
        ``n_articles`` (int)
            articles the mean is taken over.

    Examples
    --------
    >>> corpus = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["LCI", "LCI"]})
    >>> tone = pd.DataFrame({"doc_id": ["a", "b"], "tone": [0.5, -0.1], "n_phrases": [3, 1],
    ...     "tone_journalist": [0.2, -0.1], "n_journalist": [1, 1], "tone_quoted": [0.6, 0.0], "n_quoted": [2, 0]})
    >>> outlet_tone(tone, corpus, n_boot=0)[["voice", "tone", "n_articles"]].round(2).values.tolist()
    [['all', 0.2, 2], ['journalist', 0.05, 2], ['quoted', 0.6, 1]]
    """
    need = ["doc_id", "tone", "n_phrases", "tone_journalist", "n_journalist", "tone_quoted", "n_quoted"]
    _require(tone, need, "tone", "framing.article_tone output")
    corpus, tone = _prepare(corpus, tone, by, min_articles, small)
    groups, labels = _article_groups(corpus, by)
    _check_doc_ids(tone, groups, "tone")
    per_doc = tone.assign(doc_id=tone["doc_id"].astype(str)).set_index("doc_id")[need[1:]]
    per_doc = per_doc.reindex(groups.index).fillna(0.0).astype(float)
    voices = [("all", "tone", "n_phrases"), ("journalist", "tone_journalist", "n_journalist"),
              ("quoted", "tone_quoted", "n_quoted")]
    out = []
    for label in labels:
        mask = (groups == label).to_numpy() if not pd.isna(label) else groups.isna().to_numpy()
        sub = per_doc[mask]
        rng = _rng_for(random_state, label)
        for voice, col, ncol in voices:
            has = np.ones(len(sub)) if voice == "all" else (sub[ncol].to_numpy() > 0).astype(float)
            num = (sub[col].to_numpy() * has)[:, None]
            est, lo, hi = _bootstrap_ratio(num, has, n_boot=n_boot, rng=rng) if has.sum() else (
                np.array([np.nan]), np.array([np.nan]), np.array([np.nan]))
            out.append({by: label, "voice": voice, "tone": float(est[0]), "ci_low": float(lo[0]),
                        "ci_high": float(hi[0]), "n_phrases": int(sub[ncol].sum()), "n_articles": int(has.sum())})
    res = pd.DataFrame(out, columns=[by] + OUTLET_TONE_COLUMNS)
    res = res.astype({"voice": object, "tone": "float64", "ci_low": "float64", "ci_high": "float64",
                      "n_phrases": "int64", "n_articles": "int64"})
    if corpus[by].dtype == "object":
        res[by] = res[by].astype(object)
    return res


# ----------------------------------------------------------------------------- topics


def topic_shares(theta, corpus, *, by: str = "outlet", n_boot: int = 1000, random_state=0, min_articles: int = 1,
                 small: str = "pool", **kw):
    """Mean topic share per group with bootstrap intervals: :func:`framing.topics.topic_shares`.

    Re-exported here so that every comparison lives in one module; the topic
    stage is imported only when this is called. ``min_articles`` and ``small``
    pool or leave out small groups first (see :func:`pool_small_groups`).
    """
    from framing.topics import topic_shares as _topic_shares

    if engine.is_dask(theta):  # one row per article: small enough for pandas
        theta = engine.compute(theta)
    corpus = _dask_groups(corpus, by)
    if min_articles is not None and int(min_articles) > 1:
        corpus = pool_small_groups(corpus, by=by, min_articles=min_articles, small=small)
        if small == "drop" and isinstance(theta, pd.DataFrame):
            keep = set(corpus["doc_id"].astype(str))
            theta = theta[[str(d) in keep for d in theta.index]] if "doc_id" not in theta.columns else \
                theta[theta["doc_id"].astype(str).isin(keep)]
    out = _topic_shares(theta, corpus, by=by, n_boot=n_boot, random_state=random_state, **kw)
    if by in out.columns:  # the same group order as every other comparison
        order = {g: i for i, g in enumerate(sort_groups(pd.unique(out[by]), pooled=corpus.attrs.get("pooled_group")))}
        out = out.sort_values(by, key=lambda col: col.map(order), kind="stable").reset_index(drop=True)
    return out


# ----------------------------------------------------------------------------- keyness


def _group_counts(corpus, groups, labels, stopwords, progress):
    from framing.french import content_lemmas

    texts = corpus["text"].astype(str).to_numpy()
    per_group = {label: Counter() for label in labels}
    iterator = zip(groups.to_numpy(), texts)
    if progress:
        from tqdm.auto import tqdm

        iterator = tqdm(iterator, total=len(texts), desc="keyness: counting lemmas", unit="article",
                        disable=None)
    for label, text in iterator:
        key = label if label in per_group else next(k for k in per_group if pd.isna(k) and pd.isna(label))
        per_group[key].update(content_lemmas(text, stopwords=stopwords))
    return per_group


def _partition_counts(part: pd.DataFrame, by: str, stopwords) -> dict:
    from framing.french import content_lemmas

    out: dict = {}
    for label, text in zip(part[by].to_numpy(), part["text"].astype(str).to_numpy()):
        out.setdefault(label, Counter()).update(content_lemmas(text, stopwords=stopwords))
    return out


def keyness(corpus: pd.DataFrame, *, by: str = "outlet", target=None, min_count: int = 5, top: int | None = 20,
            stopwords: frozenset[str] | None = None, progress: bool = True, min_articles: int = 1,
            small: str = "pool") -> pd.DataFrame:
    """Key words of a group against the rest of the corpus: log-likelihood G², log ratio, BH-adjusted p.

    Words are the content lemmas of each article (:func:`framing.french.content_lemmas`:
    boilerplate lines, URLs, numbers and stop words left out). For each word, the
    target group is compared with all other articles (the reference corpus).

    Statistics
    ----------
    * **G²**: Dunning's (1993) log-likelihood ratio computed on the **full four-cell
      contingency table** (word / other words x target / reference), i.e.
      ``2 Σ O ln(O/E)`` over the four cells, exactly what
      ``scipy.stats.chi2_contingency(table, correction=False, lambda_="log-likelihood")``
      returns (computed for all words at once with ``scipy.stats.power_divergence``).
      It is slightly larger than the two-term variant of Rayson & Garside (2000)
      used by some corpus tools, which leaves out the "other words" cells.
      p-values from χ² with 1 degree of freedom.
    * **p_adj**: Benjamini–Hochberg false discovery rate over all words tested for
      the group (``statsmodels.stats.multitest.multipletests(method="fdr_bh")``),
      before keeping the ``top`` rows.
    * **log_ratio**: Hardie's (2014) effect size, ``log2`` of the ratio of relative
      frequencies (target / reference); a zero count is replaced by 0.5. +1 means
      twice as frequent in the target.

    Parameters
    ----------
    corpus : DataFrame
        The corpus table (``doc_id``, ``text`` and the ``by`` column).
    by : str
        Corpus column that defines the groups.
    target : label or list of labels, optional
        The group(s) to describe; by default every group in turn against the rest.
    min_count : int
        Words seen fewer times in target + reference are not tested.
    top : int or None
        Keep the ``top`` words over-represented in each target (``log_ratio > 0``),
        by decreasing G²; ``None`` keeps every tested word, over- and under-represented.
    stopwords : frozenset of str, optional
        Stop words (see :func:`framing.french.load_stopwords`); the bundled list by default.
    progress : bool
        Progress bar on stderr while counting lemmas.
    min_articles : int
        Groups with fewer articles are pooled or left out (see :func:`pool_small_groups`).
    small : {"pool", "drop"}

    Returns
    -------
    DataFrame
        Columns ``group`` (the target), ``word`` (lemma), ``count_target``,
        ``count_reference`` (int), ``g2``, ``p_value``, ``p_adj``, ``log_ratio`` (float);
        sorted by group, then decreasing ``g2``.

    Examples
    --------
    >>> corpus = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "outlet": ["X", "X", "Y", "Y"],
    ...     "text": ["Guerre froide et tension.", "La guerre, encore la guerre.",
    ...              "Une coopération utile.", "Coopération et dialogue."]})
    >>> k = keyness(corpus, target="X", min_count=2, progress=False)
    >>> k[["word", "count_target", "count_reference"]].to_dict("records")
    [{'word': 'guerre', 'count_target': 3, 'count_reference': 0}]
    >>> round(k.loc[0, "g2"], 2), round(k.loc[0, "log_ratio"], 2)
    (np.float64(4.73), np.float64(2.26))
    """
    from scipy.stats import power_divergence
    from statsmodels.stats.multitest import multipletests

    full = corpus
    if engine.is_dask(corpus):
        _require_columns(corpus, ["doc_id", "text", by], "corpus")
        corpus = _dask_groups(corpus, by)
    else:
        _require(corpus, ["doc_id", "text", by], "corpus", "framing.load_corpus output")
    unpooled = corpus
    corpus, _ = _prepare(corpus, None, by, min_articles, small)
    groups, labels = _article_groups(corpus, by)
    if len(labels) < 2:
        raise ValueError(f"keyness() compares a group with the rest of the corpus, but column {by!r} has "
                         f"{len(labels)} group(s); it needs at least 2")
    if target is None:
        targets = labels
    else:
        targets = list(target) if isinstance(target, (list, tuple, set, pd.Index, np.ndarray)) else [target]
        unknown = [t for t in targets if t not in labels]
        if unknown:
            raise ValueError(f"target {unknown} not among the values of {by!r}: {labels}")
    if engine.is_dask(full):  # lemmas counted partition by partition, the counts added up
        import dask

        tasks = [dask.delayed(_partition_counts)(part, by, stopwords) for part in full[[by, "text"]].to_delayed()]
        counts = {label: Counter() for label in labels}
        # the group of each original label once small groups are pooled (None: left out)
        regroup = dict(zip(unpooled[by], corpus[by])) if len(unpooled) == len(corpus) else {
            g: g for g in corpus[by]}
        for part in dask.compute(*tasks):
            for label, c in part.items():
                group = regroup.get(label)
                if group is not None:
                    counts[group].update(c)
    else:
        counts = _group_counts(corpus, groups, labels, stopwords, progress)
    total = Counter()
    for c in counts.values():
        total.update(c)
    vocab = sorted(total)
    tot = np.array([total[w] for w in vocab], dtype=float)
    frames = []
    for label in targets:
        a = np.array([counts[label][w] for w in vocab], dtype=float)
        b = tot - a
        keep = (a + b) >= min_count
        a, b = a[keep], b[keep]
        words = [w for w, k in zip(vocab, keep) if k]
        c, d = float(sum(counts[label].values())), float(tot.sum() - sum(counts[label].values()))
        if not words or c == 0 or d == 0:
            continue
        n = c + d
        observed = np.column_stack([a, b, c - a, d - b])
        row1, row2 = a + b, n - (a + b)
        expected = np.column_stack([row1 * c / n, row1 * d / n, row2 * c / n, row2 * d / n])
        g2, p = power_divergence(observed, expected, ddof=2, axis=1, lambda_="log-likelihood")
        p_adj = multipletests(p, method="fdr_bh")[1]
        log_ratio = np.log2((np.where(a > 0, a, 0.5) / c) / (np.where(b > 0, b, 0.5) / d))
        frame = pd.DataFrame({"group": [label] * len(words), "word": words, "count_target": a.astype("int64"),
                              "count_reference": b.astype("int64"), "g2": g2, "p_value": p, "p_adj": p_adj,
                              "log_ratio": log_ratio})
        frame = frame.sort_values(["g2", "word"], ascending=[False, True], kind="stable")
        if top is not None:
            frame = frame[frame["log_ratio"] > 0].head(top)
        frames.append(frame)
    if not frames:
        return _empty(KEYNESS_COLUMNS, {"count_target": "int64", "count_reference": "int64"})
    out = pd.concat(frames, ignore_index=True)
    out["word"] = out["word"].astype(object)
    out["group"] = out["group"].astype(object)
    return out
