"""Framing clauses the lexicon misses, found by a fitted model.

Many framing phrases hold no word of the lexicon: «on ne peut pas reporter ce qui n'a jamais
été fixé», «parler n'est pas négocier», «Poutine rafle la mise». The lexicon and the
composition rules (:mod:`framing.phrases.lexicon`, :mod:`framing.phrases.compose`) stay the
first reading; this module reads what they leave. A text is cut into **clauses** (sentences cut
at commas, semicolons, colons, brackets, dashes and quote marks: :func:`clause_spans_of`); a
clause that no lexicon phrase touches is scored by a logistic model over its words and word
pairs and whether it is quoted (:class:`ClauseModel`). A clause scored at or above the model's
threshold is a framing phrase; two more logistic models over the same features give its
polarity (P(positive) - P(negative)) and its frame.

The bundled model (``framing/data/clause_model.csv``, loaded by :func:`load_clause_model`)
was fitted by ``benchmarks/train_clause_model.py`` on the coded development sets of
constructed articles (``benchmarks/phrases_articles*``, never the held-out ones); its
README row says on what and how it was measured. A researcher can refit it on their own
coded articles and pass it to :func:`framing.find_phrases` (``clauses=``), or switch it off
(``clauses=False``).

Examples
--------
>>> text = "Les deux présidents se sont parlé. « Mais parler n'est pas négocier », note un diplomate."
>>> [text[s:e] for s, e in clause_spans_of(text)]
['Les deux présidents se sont parlé.', "Mais parler n'est pas négocier", 'note un diplomate.']
>>> sorted(clause_features("parler n'est pas négocier"))[:4]
['est', 'est pas', 'n', 'n est']
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from itertools import accumulate
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from os import PathLike

import numpy as np
import pandas as pd

from framing.datafiles import read_weights, write_weights

__all__ = ["CLAUSE_ENTRY", "ClauseModel", "ClauseReading", "clause_spans_of", "open_clauses", "clause_features", "load_clause_model"]

# a clause: a run of text up to a sentence's end (its final . ! ? … included, as in «Il a cédé.»), a
# line break, or one of , ; : ( ) « » " “ ” — – [ ]
_CLAUSE = re.compile(r"[^.!?…\n,;:()«»\"“”—–\[\]]+[.!?…]*")
_WORD = re.compile(r"\w+")
#: A clause shorter than this many words is not scored (a name, a date, «dit-il»).
MIN_WORDS = 2
#: A clause longer than this many words is not scored (a run-on line of a scraped page).
MAX_WORDS = 40
# the three extra columns of the design matrix, after the words
_QUOTED, _LENGTH, _BIAS = "__quoted__", "__length__", "__intercept__"
_POLARITIES = ("negative", "neutral", "positive")
#: The ``entry`` of a phrase read by the clause model in :func:`framing.find_phrases`.
CLAUSE_ENTRY = "model:clause"


def clause_spans_of(text: str) -> list[tuple[int, int]]:
    """Offsets of the clauses of ``text``: sentences cut at , ; : ( ) « » " — – [ ].

    Each span is stripped of white space and holds at least :data:`MIN_WORDS` words and at
    most :data:`MAX_WORDS`.

    >>> t = "Selon Moscou, la conversation a été « franche »."
    >>> [t[s:e] for s, e in clause_spans_of(t)]
    ['Selon Moscou', 'la conversation a été']
    """
    return [(a, b) for a, b, _ in _clauses(text)]


def _clauses(text: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, lower-cased words) of each clause of ``text``: the words are counted once and scored."""
    return [(a, b, words) for a, b in _pieces(text) if (words := _scored_words(text, a, b)) is not None]


def _scored_words(text: str, a: int, b: int) -> list[str] | None:
    """The lower-cased words of the piece ``text[a:b]``, or None when it has too few or too many to be scored."""
    words = _words(text[a:b])
    return words if MIN_WORDS <= len(words) <= MAX_WORDS else None


def _pieces(text: str):
    """Offsets of the pieces of ``text`` cut at :data:`_CLAUSE`'s marks, stripped, whatever their length."""
    for piece in _CLAUSE.finditer(text):
        raw = piece.group()
        yield piece.start() + (len(raw) - len(raw.lstrip())), piece.end() - (len(raw) - len(raw.rstrip()))


def open_clauses(text: str, taken) -> list[tuple[int, int]]:
    """The clauses of ``text`` (:func:`clause_spans_of`) that no span of ``taken`` touches.

    >>> t = "La rencontre fut cordiale, mais rien de plus."
    >>> [t[s:e] for s, e in open_clauses(t, [(13, 24)])]
    ['mais rien de plus.']
    """
    return [(a, b) for a, b, _ in _open(text, taken)]


def _open(text: str, taken) -> list[tuple[int, int, list[str]]]:
    """:func:`open_clauses` with each clause's lower-cased words."""
    taken = sorted(taken)
    starts = [s for s, _ in taken]
    reach = list(accumulate((e for _, e in taken), max))  # the furthest end among the first k spans
    out = []
    for a, b in _pieces(text):
        k = bisect_left(starts, b)  # the spans that start before the clause ends
        if (k == 0 or reach[k - 1] <= a) and (words := _scored_words(text, a, b)) is not None:
            out.append((a, b, words))  # words counted only for the clauses no phrase touches
    return out


def clause_features(text: str) -> set[str]:
    """The words (lower-cased) and adjacent word pairs of a clause: the model's features.

    >>> sorted(clause_features("Un pas important"))
    ['important', 'pas', 'pas important', 'un', 'un pas']
    """
    return {f if isinstance(f, str) else " ".join(f) for f in _features(_words(text))}


def _words(text: str) -> list[str]:
    """The words of a clause, lower-cased."""
    return _WORD.findall(text.lower())


def _features(words: list[str]) -> set:
    """The features of lower-cased words as the model looks them up: each word, and each pair of
    adjacent words as a tuple («un pas» is ``("un", "pas")``; no string is built for it)."""
    features = set(words)
    features.update(zip(words, words[1:]))
    return features


def _key(feature: str):
    """A feature of the weight table as :func:`_features` gives it: a word pair as a tuple."""
    return tuple(feature.split(" ")) if " " in feature else feature


def _terms(words: list[str]) -> tuple[set, float]:
    """A clause's features and its length term log(1 + number of words), as fit and read use them."""
    return _features(words), math.log1p(len(words))


@dataclass(frozen=True)
class ClauseReading:
    """What the model reads in one clause: P(framing), polarity in [-1, 1] and frame."""

    probability: float
    polarity: float
    frame: str


class ClauseModel:
    """Logistic models of framing clauses: is it a framing phrase, its polarity, its frame.

    Features: each word and adjacent word pair present (binary, the vector scaled to unit
    length), whether the clause is quoted, and log(1 + its number of words). Three
    scikit-learn ``LogisticRegression`` fits share them: detection (framing or not) on every
    training clause, polarity (negative / neutral / positive) and frame (cooperation /
    conflict / other) on the framing ones.

    Parameters
    ----------
    C : float
        Inverse regularisation strength of the three fits.
    min_count : int
        A feature seen in fewer training clauses is dropped.
    threshold : float
        P(framing) from which :meth:`read` keeps a clause.

    Examples
    --------
    >>> X = pd.DataFrame({"text": ["un pas important", "la réunion a lieu mardi",
    ...                            "un échec cuisant", "il pleut mardi"] * 5, "quoted": False})
    >>> y = pd.DataFrame({"framing": [True, False, True, False] * 5,
    ...                   "polarity": ["positive", "", "negative", ""] * 5,
    ...                   "frame": ["cooperation", "", "conflict", ""] * 5})
    >>> m = ClauseModel(C=10.0, min_count=1).fit(X, y)
    >>> r = m.read("un pas important", quoted=False)
    >>> r.probability > 0.5, r.polarity > 0, r.frame
    (True, True, 'cooperation')
    """

    def __init__(self, C: float = 1.0, min_count: int = 2, threshold: float = 0.5):
        self.C = C
        self.min_count = min_count
        self.threshold = threshold

    def get_params(self, deep: bool = True) -> dict:
        return {"C": self.C, "min_count": self.min_count, "threshold": self.threshold}

    def set_params(self, **params) -> "ClauseModel":
        for k, v in params.items():
            setattr(self, k, v)
        return self

    # -- fitting ---------------------------------------------------------------------------
    def _design(self, texts, quoted):
        from scipy.sparse import csr_matrix

        index = {_key(f): i for f, i in self.vocabulary_.items()}
        rows, cols, vals = [], [], []
        n = len(index)
        for r, (t, q) in enumerate(zip(texts, quoted)):
            features, length = _terms(_words(t))
            feats = [index[f] for f in features if f in index]
            scale = 1.0 / math.sqrt(len(feats)) if feats else 0.0
            rows += [r] * (len(feats) + 2)
            cols += feats + [n, n + 1]
            vals += [scale] * len(feats) + [float(bool(q)), length]
        return csr_matrix((vals, (rows, cols)), shape=(len(texts), n + 2))

    def fit(self, X: pd.DataFrame, y: pd.DataFrame) -> "ClauseModel":
        """Fit on clauses ``X`` (``text``, ``quoted``) and labels ``y`` (``framing``, ``polarity``, ``frame``).

        ``polarity`` and ``frame`` are read on the framing rows only (one of
        negative / neutral / positive and cooperation / conflict / other there). An optional
        boolean ``detect`` column marks the rows the detection fit reads (all by default): coded
        phrases themselves may teach polarity and frame without being clauses of a text.
        """
        from sklearn.linear_model import LogisticRegression

        missing = {"text", "quoted"} - set(X.columns) | {"framing", "polarity", "frame"} - set(y.columns)
        if missing:
            raise ValueError(f"ClauseModel.fit: missing columns {sorted(missing)}")
        if len(X) != len(y):
            raise ValueError(f"ClauseModel.fit: {len(X)} clauses but {len(y)} labels")
        framing = y["framing"].astype(bool).to_numpy()
        bad = set(y.loc[framing, "polarity"]) - set(_POLARITIES) | set(y.loc[framing, "frame"]) - {
            "cooperation", "conflict", "other"}
        if bad:
            raise ValueError(f"ClauseModel.fit: unknown polarity or frame labels {sorted(bad)}")
        detect = y["detect"].astype(bool).to_numpy() if "detect" in y.columns else np.ones(len(y), bool)
        if len(set(framing[detect])) < 2:
            raise ValueError("ClauseModel.fit: the detection rows need framing and non-framing clauses")
        counts: dict = {}
        for t in X["text"]:
            for f in clause_features(t):
                counts[f] = counts.get(f, 0) + 1
        kept = sorted(f for f, c in counts.items() if c >= self.min_count)
        self.vocabulary_ = {f: i for i, f in enumerate(kept)}
        D = self._design(X["text"].tolist(), X["quoted"].tolist())
        self.detect_ = LogisticRegression(C=self.C, max_iter=3000).fit(D[detect], framing[detect])
        pos = D[framing]
        self.polarity_ = LogisticRegression(C=self.C, max_iter=3000).fit(pos, y.loc[framing, "polarity"])
        self.frame_ = LogisticRegression(C=self.C, max_iter=3000).fit(pos, y.loc[framing, "frame"])
        self.weights_ = self._weight_table()
        self._lookup = None
        return self

    def _weight_table(self) -> pd.DataFrame:
        """One row per feature (and the three extra columns), one column per model output."""
        names = list(self.vocabulary_) + [_QUOTED, _LENGTH]
        table = {"feature": names + [_BIAS]}
        table["framing"] = np.r_[self.detect_.coef_[0], self.detect_.intercept_[0]]
        for model, labels in ((self.polarity_, _POLARITIES), (self.frame_, ("cooperation", "conflict", "other"))):
            coef, icpt = model.coef_, model.intercept_
            if len(model.classes_) == 2:  # one row of weights, for the second class
                coef, icpt = np.vstack([np.zeros_like(coef[0]), coef[0]]), np.r_[0.0, icpt[0]]
            for label in labels:  # a label never seen in training is never read
                k = list(model.classes_).index(label) if label in model.classes_ else None
                table[label] = np.r_[coef[k], icpt[k]] if k is not None else np.r_[
                    np.zeros(coef.shape[1]), -50.0]
        w = pd.DataFrame(table)
        return w[["feature", "framing", *_POLARITIES, "cooperation", "conflict", "other"]]

    # -- the data file -----------------------------------------------------------------------
    def to_csv(self, path, decimals: int = 4) -> None:
        """Write the weights (features whose every weight rounds to 0 are left out)."""
        write_weights(path, {"threshold": self.threshold, "C": self.C, "min_count": self.min_count}, self.weights_,
                      decimals=decimals, keep=[_QUOTED, _LENGTH, _BIAS])

    @classmethod
    def from_weights(cls, weights: pd.DataFrame, threshold: float = 0.5, source: str = "weights") -> "ClauseModel":
        """A model from a weight table (:meth:`to_csv`'s columns)."""
        need = ["feature", "framing", *_POLARITIES, "cooperation", "conflict", "other"]
        missing = [c for c in need if c not in weights.columns]
        if missing:
            raise ValueError(f"{source}: missing columns {missing}")
        extra = {_QUOTED, _LENGTH, _BIAS} - set(weights["feature"])
        if extra:
            raise ValueError(f"{source}: missing rows {sorted(extra)}")
        m = cls(threshold=threshold)
        m.weights_ = weights[need].reset_index(drop=True)
        return m

    @classmethod
    def read_csv(cls, path) -> "ClauseModel":
        """A model from a weight file written by :meth:`to_csv` (threshold on its first line)."""
        with open(path, encoding="utf-8") as fh:
            return cls._from_file(fh, str(path))

    @classmethod
    def _from_file(cls, fh, source: str) -> "ClauseModel":
        value, weights = read_weights(fh, source, "threshold")
        return cls.from_weights(weights, threshold=value, source=source)

    @property
    def _tables(self) -> tuple[dict, dict]:
        """(feature -> detection weight, feature -> the six polarity and frame weights)."""
        got = getattr(self, "_lookup", None)
        if got is None:
            w = self.weights_
            keys = [_key(f) for f in w["feature"]]
            rest = w[w.columns[2:]].to_numpy(dtype=float)
            got = self._lookup = (dict(zip(keys, w["framing"].astype(float))), dict(zip(keys, rest)))
        return got

    # -- reading -------------------------------------------------------------------------------
    def probability(self, text: str, quoted: bool) -> float:
        """P(framing) of one clause."""
        z = self.logit(text) + (self.quoted_weight if quoted else 0.0)
        return 1.0 / (1.0 + math.exp(-z))

    def logit(self, text: str) -> float:
        """The detection score of a clause, before its quotation counts (:attr:`quoted_weight`)."""
        return self.logit_words(_words(text))

    def logit_words(self, words: list[str]) -> float:
        """:meth:`logit` of a clause given as its lower-cased words (as :func:`_clauses` cut them)."""
        return self._score(self._tables[0], *_terms(words), quoted=False)

    @staticmethod
    def _score(table: dict, features: set, length: float, quoted: bool, total=math.fsum):
        """Intercept + length and quotation terms + the features' weights over sqrt(their number).

        ``table`` maps a feature to one weight (detection, summed by ``total``) or to an array
        of them (polarity and frame): the design of :meth:`fit` either way.
        """
        feats = [w for w in map(table.get, features) if w is not None]
        z = table[_BIAS] + table[_LENGTH] * length + (table[_QUOTED] if quoted else 0.0)
        if feats:
            z = z + total(feats) / math.sqrt(len(feats))
        return z

    @property
    def quoted_weight(self) -> float:
        """What a quoted clause adds to :meth:`logit`."""
        return self._tables[0][_QUOTED]

    @property
    def cut(self) -> float:
        """The threshold on the logit scale: a clause is kept when its logit reaches it."""
        t = self.threshold
        return -math.inf if t <= 0 else math.inf if t >= 1 else math.log(t / (1.0 - t))

    def read(self, text: str, quoted: bool) -> ClauseReading:
        """P(framing), polarity (P(positive) - P(negative)) and frame of one clause."""
        detect, rest = self._tables
        terms = _terms(_words(text))
        p = 1.0 / (1.0 + math.exp(-self._score(detect, *terms, quoted=quoted)))
        # summed exactly column by column, as fsum sums the detection weights: the order of a set's
        # features cannot change the result
        z = self._score(rest, *terms, quoted=quoted, total=lambda f: np.array([math.fsum(c) for c in zip(*f)]))
        pol = _softmax(z[0:3])
        frame = ("cooperation", "conflict", "other")[int(np.argmax(z[3:6]))]
        return ClauseReading(p, float(pol[2] - pol[0]), frame)


def _softmax(z):
    e = np.exp(z - np.max(z))
    return e / e.sum()


@lru_cache(maxsize=8)
def _bundled() -> ClauseModel:
    ref = resources.files("framing.data").joinpath("clause_model.csv")
    with ref.open("r", encoding="utf-8") as fh:
        return ClauseModel._from_file(fh, "framing/data/clause_model.csv")


def load_clause_model(model=None) -> ClauseModel:
    """The bundled clause model, a weight file written by :meth:`ClauseModel.to_csv`, or ``model`` itself.

    >>> load_clause_model().threshold > 0
    True
    """
    if model is None or model is True:
        return _bundled()
    if isinstance(model, ClauseModel):
        if not hasattr(model, "weights_"):
            raise ValueError("clauses=: this ClauseModel is not fitted (call fit first)")
        return model
    if isinstance(model, (str, PathLike)):
        return ClauseModel.read_csv(model)
    raise TypeError(f"clauses= takes True, False, None, a weight file or a ClauseModel, not {type(model).__name__}")
