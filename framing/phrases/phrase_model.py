"""The phrase model: a fitted second reading of a phrase's polarity, over the rules' reading.

The lexicon and the rules (:mod:`framing.phrases.score`) read a phrase unit by unit. Coders
read the whole phrase: «un cessez-le-feu partiel, limité aux infrastructures» is neutral to
them although «cessez-le-feu» is warm, and «des sourires de circonstance» negative although no
unit says so. The phrase model learns when to keep the rules' label and when to change it: a
multinomial logistic regression (scikit-learn's ``LogisticRegression``, classes balanced) over

* the rules' reading: its label (one-hot), its polarity and the size of its polarity, each
  multiplied by :attr:`PhraseModel.weight` so that a small ``C`` does not wash it out;
* the phrase's lemmas (:func:`framing.french.lemma`, lower-cased) and adjacent lemma pairs,
  binary, scaled by 1 / sqrt(their number) as the clause model scales its words
  (:mod:`framing.phrases.clauses`).

This is stacking (Wolpert 1992, *Stacked generalization*, Neural Networks 5): the rules stay
the first reading and the model corrects it where labelled phrases show it errs.
:func:`framing.score_phrase` applies the bundled model (``model=True``, the default); its
``lexicon_label`` says what the rules alone gave. The bundled weights
(``framing/data/phrase_model.csv``) were fitted by ``benchmarks/train_phrase_model.py`` on the
development lists of constructed phrases and the coded phrases of the development article sets,
never on a held-out list or set; that script's ``--cv`` prints the leave-one-list-out figures.
A researcher can fit their own on coded phrases and pass it (``model=``), or switch it off
(``model=False``).

Only the polarity label is modelled. A frame model of the same design was tried and lowered
frame accuracy on fresh lists, so the frame stays the rules' reading, also where the model
changes the label.

Examples
--------
>>> sorted(phrase_features(["un", "pas", "important"]))
['important', 'pas', 'pas important', 'un', 'un pas']
>>> from framing.phrases.score import score_phrase
>>> phrases = ["une rencontre utile", "un climat tendu", "une rencontre prévue jeudi", "un échange fructueux"]
>>> rules = [score_phrase(p, model=False) for p in phrases]
>>> m = PhraseModel(C=10.0, min_count=1).fit(
...     phrases, ["positive", "negative", "neutral", "positive"], [(r.label, r.polarity) for r in rules])
>>> max(m.probabilities(["un", "échange", "utile"], "positive", 0.5).items(), key=lambda kv: kv[1])[0]
'positive'
"""

from __future__ import annotations

import math
from functools import lru_cache
from importlib import resources
from os import PathLike

import numpy as np
import pandas as pd

from framing.datafiles import read_weights, write_weights

__all__ = ["PhraseModel", "load_phrase_model", "phrase_features", "LABELS"]

#: The polarity labels, in the order of the weight table's columns.
LABELS = ("negative", "neutral", "positive")
# the rules' reading as features: the label (one-hot), the polarity and its size
_READING = ("__rules_negative__", "__rules_neutral__", "__rules_positive__", "__polarity__", "__strength__")
_BIAS = "__intercept__"


def phrase_features(lemmas) -> set[str]:
    """The lower-cased lemmas of a phrase and its adjacent lemma pairs: the model's word features.

    >>> sorted(phrase_features(["Le", "dialogue", "reprendre"]))
    ['dialogue', 'dialogue reprendre', 'le', 'le dialogue', 'reprendre']
    """
    words = [w.lower() for w in lemmas]
    return set(words).union(f"{a} {b}" for a, b in zip(words, words[1:]))


def _reading_values(label: str, polarity: float) -> list[float]:
    return [float(label == k) for k in LABELS] + [float(polarity), abs(float(polarity))]


class PhraseModel:
    """A multinomial logistic model of a phrase's polarity label over the rules' reading and its lemmas.

    Parameters
    ----------
    C : float
        Inverse regularisation strength of the logistic regression.
    min_count : int
        A word feature is kept when it occurs in at least this many training phrases.
    weight : float
        The rules' reading (label one-hot, polarity, size) is multiplied by this before the fit.

    Examples
    --------
    >>> m = PhraseModel(C=10.0, min_count=1).fit(
    ...     ["un dialogue fructueux", "une crise grave", "un sommet à Genève"],
    ...     ["positive", "negative", "neutral"], [("positive", 0.6), ("negative", -0.5), ("neutral", 0.0)])
    >>> p = m.probabilities(["un", "sommet", "à", "genève"], "neutral", 0.0)
    >>> max(p, key=p.get)
    'neutral'
    """

    def __init__(self, C: float = 1.0, min_count: int = 2, weight: float = 3.0):
        self.C = C
        self.min_count = min_count
        self.weight = weight

    def get_params(self, deep: bool = True) -> dict:
        return {"C": self.C, "min_count": self.min_count, "weight": self.weight}

    def set_params(self, **params) -> "PhraseModel":
        for k, v in params.items():
            setattr(self, k, v)
        return self

    # -- fitting ---------------------------------------------------------------------------
    def fit(self, phrases, labels, readings) -> "PhraseModel":
        """Fit on phrases (str), their coded polarity labels (negative / neutral / positive) and the rules' readings.

        ``readings``: the rules' reading of each phrase as (label, polarity) pairs, as
        ``score_phrase(phrase, model=False)`` gives them (``benchmarks/train_phrase_model.py``
        computes them so); passed in, so that this module does not depend on the scorer.
        """
        from scipy.sparse import csr_matrix, hstack
        from sklearn.linear_model import LogisticRegression

        from framing.phrases.match import _Doc

        phrases, labels = list(phrases), list(labels)
        if len(phrases) != len(labels):
            raise ValueError(f"PhraseModel.fit: {len(phrases)} phrases but {len(labels)} labels")
        bad = sorted(set(labels) - set(LABELS))
        if bad:
            raise ValueError(f"PhraseModel.fit: unknown labels {bad} (expected {list(LABELS)})")
        if len(set(labels)) < 2:
            raise ValueError("PhraseModel.fit: the labels need at least two classes")
        readings = list(readings)
        if len(readings) != len(phrases):
            raise ValueError(f"PhraseModel.fit: {len(phrases)} phrases but {len(readings)} readings")
        feats = [phrase_features(_Doc(p).lem) for p in phrases]
        counts: dict = {}
        for fs in feats:
            for f in fs:
                counts[f] = counts.get(f, 0) + 1
        vocab = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= self.min_count))}
        rows, cols, vals = [], [], []
        for r, fs in enumerate(feats):
            ids = [vocab[f] for f in fs if f in vocab]
            rows += [r] * len(ids)
            cols += ids
            vals += [1.0 / math.sqrt(len(ids))] * len(ids) if ids else []
        words = csr_matrix((vals, (rows, cols)), shape=(len(phrases), len(vocab)))
        reading = np.array([_reading_values(lab, pol) for lab, pol in readings]) * self.weight
        design = hstack([words, csr_matrix(reading)]).tocsr()
        model = LogisticRegression(C=self.C, max_iter=5000, class_weight="balanced").fit(design, labels)
        coef, icpt = model.coef_, model.intercept_
        if len(model.classes_) == 2:  # one row of weights, for the second class
            coef, icpt = np.vstack([np.zeros_like(coef[0]), coef[0]]), np.r_[0.0, icpt[0]]
        table = {"feature": list(vocab) + list(_READING) + [_BIAS]}
        for label in LABELS:  # a label never seen in training is never read
            k = list(model.classes_).index(label) if label in model.classes_ else None
            table[label] = np.r_[coef[k], icpt[k]] if k is not None else np.r_[np.zeros(coef.shape[1]), -50.0]
        self.weights_ = pd.DataFrame(table)
        self._lookup = None
        return self

    # -- the data file -----------------------------------------------------------------------
    def to_csv(self, path, decimals: int = 4) -> None:
        """Write the weights (word features whose every weight rounds to 0 are left out)."""
        write_weights(path, {"weight": self.weight, "C": self.C, "min_count": self.min_count}, self.weights_,
                      decimals=decimals, keep=[*_READING, _BIAS])

    @classmethod
    def from_weights(cls, weights: pd.DataFrame, weight: float = 3.0, source: str = "weights") -> "PhraseModel":
        """A model from a weight table (:meth:`to_csv`'s columns: feature, negative, neutral, positive)."""
        missing = [c for c in ("feature", *LABELS) if c not in weights.columns]
        if missing:
            raise ValueError(f"{source}: missing columns {missing}")
        absent = sorted({*_READING, _BIAS} - set(weights["feature"]))
        if absent:
            raise ValueError(f"{source}: missing rows {absent}")
        m = cls(weight=weight)
        m.weights_ = weights[["feature", *LABELS]].reset_index(drop=True)
        m._lookup = None
        return m

    @classmethod
    def read_csv(cls, path) -> "PhraseModel":
        """A model from a weight file written by :meth:`to_csv` (its weight on the first line)."""
        with open(path, encoding="utf-8") as fh:
            return cls._from_file(fh, str(path))

    @classmethod
    def _from_file(cls, fh, source: str) -> "PhraseModel":
        value, weights = read_weights(fh, source, "weight")
        return cls.from_weights(weights, weight=value, source=source)

    # -- reading -------------------------------------------------------------------------------
    @property
    def _table(self) -> dict:
        got = getattr(self, "_lookup", None)
        if got is None:
            w = self.weights_
            got = self._lookup = dict(zip(w["feature"], w[list(LABELS)].to_numpy(dtype=float)))
        return got

    def probabilities(self, lemmas, label: str, polarity: float) -> dict[str, float]:
        """P(negative), P(neutral), P(positive) of a phrase given its lemmas and the rules' reading."""
        if not hasattr(self, "weights_"):
            raise ValueError("PhraseModel: not fitted (call fit first)")
        table = self._table
        found = [w for w in map(table.get, phrase_features(lemmas) - {*_READING, _BIAS}) if w is not None]
        z = table[_BIAS].copy()
        if found:
            z += np.array([math.fsum(c) for c in zip(*found)]) / math.sqrt(len(found))
        for name, value in zip(_READING, _reading_values(label, polarity)):
            z += table[name] * value * self.weight
        e = np.exp(z - z.max())
        p = e / e.sum()
        return dict(zip(LABELS, map(float, p)))


@lru_cache(maxsize=2)
def _bundled() -> PhraseModel:
    ref = resources.files("framing.data").joinpath("phrase_model.csv")
    with ref.open("r", encoding="utf-8") as fh:
        return PhraseModel._from_file(fh, "framing/data/phrase_model.csv")


def load_phrase_model(model=None) -> PhraseModel | None:
    """The bundled phrase model (``None`` or ``True``), a weight file, a fitted :class:`PhraseModel`, or None for ``False``.

    >>> load_phrase_model().weight > 0
    True
    >>> load_phrase_model(False) is None
    True
    """
    if model is False:
        return None
    if model is None or model is True:
        return _bundled()
    if isinstance(model, PhraseModel):
        if not hasattr(model, "weights_"):
            raise ValueError("model=: this PhraseModel is not fitted (call fit first)")
        return model
    if isinstance(model, (str, PathLike)):
        return PhraseModel.read_csv(model)
    raise TypeError(f"model= takes True, False, None, a weight file or a PhraseModel, not {type(model).__name__}")
