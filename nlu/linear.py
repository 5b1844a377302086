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
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

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


class Row(NamedTuple):
    """One text's features: the columns it has and their weights (a sparse row)."""

    columns: np.ndarray
    values: np.ndarray


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """N-grams and their columns, as one sorted array of short strings: a tenth of the
    memory of a dict of a hundred thousand strings."""

    grams: np.ndarray  # sorted, fixed width
    columns: np.ndarray

    @classmethod
    def of(cls, columns: Mapping[str, int]) -> Vocabulary:
        grams = np.array(sorted(columns))
        return cls(grams, np.array([columns[str(gram)] for gram in grams], dtype=np.int64))

    def __len__(self) -> int:
        return int(self.grams.size)

    def known(self, grams: Sequence[str]) -> np.ndarray:
        """The columns of `grams` that are in the vocabulary, repeats kept."""
        width = self.grams.dtype.itemsize // 4  # letters: four bytes each
        cut = np.array([gram for gram in grams if len(gram) <= width], dtype=self.grams.dtype)
        if cut.size == 0 or self.grams.size == 0:
            return np.empty(0, dtype=np.int64)
        places = np.minimum(np.searchsorted(self.grams, cut), self.grams.size - 1)
        return np.asarray(self.columns[places[self.grams[places] == cut]])


@dataclass(frozen=True, slots=True)
class TfIdf:
    """Sub-linear counts of a text's n-grams (as `cut` makes them) × IDF, unit length."""

    vocabulary: Vocabulary
    idf: np.ndarray
    cut: Callable[[str], Sequence[str]]

    def row(self, text: str) -> Row:
        columns, counts = np.unique(self.vocabulary.known(self.cut(text)), return_counts=True)
        values = (1.0 + np.log(counts)) * self.idf[columns]
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
