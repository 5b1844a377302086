"""Reading a message with trained linear models, in NumPy alone.

The fallback classifier is trained with scikit-learn at install time, then kept as the
plain arrays its models learnt: the character n-grams' IDF, each head's weights and bias.
A worker reads messages with them and never imports scikit-learn or SciPy (some 100 MB
of modules), so a worker stays small and starts at once. What a text becomes here is what
scikit-learn's `TfidfVectorizer(analyzer="char_wb", sublinear_tf=True)` makes of it, and a
head's probabilities are those of its `LogisticRegression` (`tests/nlu/test_linear.py`
holds the two to the same numbers).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np

_WHITE_SPACES = re.compile(r"\s\s+")
# The weights are kept in single precision: half the memory, and a probability moves by
# less than a millionth.
STORED = np.float32


def char_wb_grams(text: str, low: int, high: int) -> list[str]:
    """Each word padded with a space on each side, cut into n-grams of `low`–`high`
    letters; a word shorter than n gives its one padded n-gram once."""
    grams: list[str] = []
    for word in _WHITE_SPACES.sub(" ", text).split():
        padded = f" {word} "
        for size in range(low, high + 1):
            offset = 0
            grams.append(padded[offset : offset + size])
            while offset + size < len(padded):
                offset += 1
                grams.append(padded[offset : offset + size])
            if offset == 0:
                break
    return grams


@dataclass(frozen=True, slots=True)
class Row:
    """One text's features: the columns it has and their weights (a sparse row)."""

    columns: np.ndarray
    values: np.ndarray


@dataclass(frozen=True, slots=True)
class CharGrams:
    """TF-IDF over character n-grams within words: sub-linear counts × IDF, unit length."""

    vocabulary: Mapping[str, int]
    idf: np.ndarray
    preprocess: Callable[[str], str]
    low: int = 1
    high: int = 3

    def row(self, text: str) -> Row:
        known = self.vocabulary
        counts = Counter(
            known[gram]
            for gram in char_wb_grams(self.preprocess(text), self.low, self.high)
            if gram in known
        )
        columns = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        tf = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
        values = (1.0 + np.log(tf)) * self.idf[columns]
        norm = float(np.sqrt(values @ values))
        return Row(columns, values / norm if norm else values)


@dataclass(frozen=True, slots=True)
class LinearHeads:
    """Logistic regressions over the same features: `softmax` over names that exclude
    one another (one head answers), else each name's own sigmoid (several may)."""

    names: tuple[str, ...]
    weights: np.ndarray  # one row per name
    bias: np.ndarray
    softmax: bool

    @classmethod
    def of(
        cls, names: tuple[str, ...], weights: np.ndarray, bias: np.ndarray, softmax: bool
    ) -> LinearHeads:
        stored = np.ascontiguousarray(weights, dtype=STORED)
        return cls(names, stored, np.asarray(bias, dtype=np.float64), softmax)

    def probabilities(self, row: Row) -> dict[str, float]:
        scores = self.weights[:, row.columns] @ row.values + self.bias
        if self.softmax:
            exp = np.exp(scores - scores.max())
            chances = exp / exp.sum()
        else:
            chances = 1.0 / (1.0 + np.exp(-scores))
        return dict(zip(self.names, map(float, chances), strict=True))
