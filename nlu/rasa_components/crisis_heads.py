"""Crisis flags as a second signal: one logistic regression per flag over character n-grams.

The crisis rules (``nlu/crisis.py``) come first and decide alone what they find; these
heads may only add a flag the rules missed. They learn from the written crisis cases
(``data/crisis_cases.yml``: crises with their flags, and hard negatives) plus every
ordinary training example (``data/nlu``) as a negative. An ordinary example that is a
crisis is written among the cases too, so it is never learnt as a negative.

Each flag's threshold is chosen on the training data alone: out-of-fold probabilities
from a stratified cross-validation, and the lowest threshold at which the out-of-fold
alarms on messages without that flag stay within `FALSE_ALARM_RATE` of them and the
precision reaches `MIN_PRECISION`. ``examples.jsonl`` is never used.

The module imports only NumPy and PyYAML, and SciPy and scikit-learn when it trains, so
the Rasa component (in ``.venv-rasa``) and the in-process fallback classifier share it,
and a process that only reads never imports the last two. Features are computed
here rather than by a scikit-learn vectorizer so that both environments (and their
scikit-learn versions) read a text the same way, and the model is plain arrays.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import yaml

if TYPE_CHECKING:
    import scipy.sparse
    from sklearn.linear_model import LogisticRegression

CRISIS_FLAGS: tuple[str, ...] = ("suicide", "violence", "child_danger", "medical_emergency")
NGRAM_RANGE = (1, 3)
C = 10.0
FOLDS = 5
FALSE_ALARM_RATE = 0.002
# The middle band: from this out-of-fold share of alarms on messages without the flag the
# bot asks whether it is a danger now (chosen on the dev set and held-out rounds 1–2).
ASK_RATE = 0.01
MIN_PRECISION = 0.9
_KATAKANA = "".join(chr(code) for code in range(ord("ァ"), ord("ヶ") + 1))
_HIRAGANA = "".join(chr(code - ord("ァ") + ord("ぁ")) for code in range(ord("ァ"), ord("ヶ") + 1))
_KANA = str.maketrans(_KATAKANA, _HIRAGANA)


@dataclass(frozen=True, slots=True)
class CrisisCase:
    text: str
    flags: tuple[str, ...]


def read_crisis_cases(path: Path) -> list[CrisisCase]:
    """The written cases of `path` (``cases: [{text, flags}]``)."""
    document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return [
        CrisisCase(text=str(case["text"]), flags=tuple(case.get("flags") or ()))
        for case in document.get("cases") or []
    ]


def crisis_view(text: str) -> str:
    """NFKC, lower case, no white space, katakana as hiragana (「リスカ」 = 「りすか」)."""
    folded = unicodedata.normalize("NFKC", text).lower().translate(_KANA)
    return "".join(folded.split())


def _ngrams(text: str) -> Iterable[str]:
    view = crisis_view(text)
    low, high = NGRAM_RANGE
    for size in range(low, high + 1):
        for start in range(len(view) - size + 1):
            yield view[start : start + size]


def crisis_grams(text: str) -> list[str]:
    """The n-grams the heads read a text as."""
    return list(_ngrams(text))


# A calm message written on purpose beside a crisis (「今日の仕事はもう終わりにしたい」) teaches
# more than an ordinary one: it weighs this many ordinary examples.
HARD_NEGATIVE_WEIGHT = 3.0


def training_set(
    ordinary_texts: Sequence[str], cases: Sequence[CrisisCase]
) -> tuple[list[str], list[tuple[str, ...]], list[float]]:
    """The cases with their flags, then every ordinary text that is not a case, unflagged;
    and each one's weight (a written hard negative weighs `HARD_NEGATIVE_WEIGHT`)."""
    written = {crisis_view(case.text) for case in cases}
    texts = [case.text for case in cases]
    flags = [case.flags for case in cases]
    weights = [1.0 if case.flags else HARD_NEGATIVE_WEIGHT for case in cases]
    for text in dict.fromkeys(ordinary_texts):
        if crisis_view(text) not in written:
            texts.append(text)
            flags.append(())
            weights.append(1.0)
    return texts, flags, weights


@dataclass(slots=True)
class _Features:
    vocabulary: dict[str, int]
    idf: np.ndarray

    @classmethod
    def fit(cls, texts: Sequence[str]) -> _Features:
        vocabulary: dict[str, int] = {}
        document_frequency: Counter[int] = Counter()
        for text in texts:
            for gram in set(_ngrams(text)):
                index = vocabulary.setdefault(gram, len(vocabulary))
                document_frequency[index] += 1
        frequency = np.array([document_frequency[i] for i in range(len(vocabulary))], float)
        idf = np.log((1.0 + len(texts)) / (1.0 + frequency)) + 1.0
        return cls(vocabulary, idf)

    def row(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """One text's columns and weights, as a row of `matrix` holds them."""
        counts = Counter(self.vocabulary[gram] for gram in _ngrams(text) if gram in self.vocabulary)
        columns = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        tf = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
        values = (1.0 + np.log(tf)) * self.idf[columns]
        norm = float(np.sqrt(values @ values)) or 1.0
        return columns, values / norm

    def matrix(self, texts: Sequence[str]) -> scipy.sparse.csr_matrix:
        """Sub-linear TF × IDF, each row of unit length; unseen n-grams are dropped."""
        import scipy.sparse

        rows, columns, values = [], [], []
        for row, text in enumerate(texts):
            counts = Counter(
                self.vocabulary[gram] for gram in _ngrams(text) if gram in self.vocabulary
            )
            weights = {i: (1.0 + np.log(n)) * self.idf[i] for i, n in counts.items()}
            norm = float(np.sqrt(sum(w * w for w in weights.values()))) or 1.0
            for column, weight in weights.items():
                rows.append(row)
                columns.append(column)
                values.append(weight / norm)
        shape = (len(texts), len(self.vocabulary))
        return scipy.sparse.csr_matrix((values, (rows, columns)), shape=shape)


def _logistic() -> LogisticRegression:
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, solver="liblinear", class_weight="balanced")


def _out_of_fold(
    matrix: scipy.sparse.csr_matrix, target: np.ndarray, weights: np.ndarray, seed: int
) -> np.ndarray:
    """Each row's probability from a model that did not see its label."""
    from sklearn.model_selection import StratifiedKFold

    probabilities = np.zeros(matrix.shape[0])
    folds = StratifiedKFold(n_splits=FOLDS, shuffle=True, random_state=seed)
    for train_rows, test_rows in folds.split(np.zeros(matrix.shape[0]), target):
        model = _logistic().fit(
            matrix[train_rows], target[train_rows], sample_weight=weights[train_rows]
        )
        probabilities[test_rows] = model.predict_proba(matrix[test_rows])[:, 1]
    return probabilities


def choose_threshold(probabilities: np.ndarray, target: np.ndarray) -> float:
    """The lowest out-of-fold probability that, taken as the threshold, keeps the alarms
    on negatives within `FALSE_ALARM_RATE` and the precision at `MIN_PRECISION`."""
    negatives = int((~target).sum())
    allowed = FALSE_ALARM_RATE * negatives
    for candidate in np.unique(probabilities[target]):
        raised = probabilities >= candidate
        false_alarms = int((raised & ~target).sum())
        hits = int((raised & target).sum())
        if false_alarms <= allowed and hits >= MIN_PRECISION * (hits + false_alarms):
            return float(candidate)
    return 1.0


def choose_ask_floor(probabilities: np.ndarray, target: np.ndarray, threshold: float) -> float:
    """The lowest probability (at most `threshold`) from which the out-of-fold probabilities
    of messages without the flag reach it no more often than `ASK_RATE`."""
    negatives = np.sort(probabilities[~target])[::-1]
    allowed = int(ASK_RATE * negatives.size)
    floor = float(negatives[allowed]) + 1e-9 if allowed < negatives.size else 0.0
    return min(threshold, floor)


@dataclass(slots=True)
class CrisisHeads:
    """Per-flag probabilities of a crisis, and the thresholds chosen by cross-validation."""

    features: _Features
    weights: np.ndarray
    bias: np.ndarray
    thresholds: np.ndarray
    ask_floors: np.ndarray
    flags: tuple[str, ...] = CRISIS_FLAGS

    @classmethod
    def train(
        cls,
        texts: Sequence[str],
        flag_sets: Sequence[Sequence[str]],
        sample_weights: Sequence[float] | None = None,
        seed: int = 0,
    ) -> CrisisHeads:
        features = _Features.fit(texts)
        matrix = features.matrix(texts)
        weighed = (
            np.ones(len(texts))
            if sample_weights is None
            else np.asarray(sample_weights, dtype=float)
        )
        weights, biases, thresholds, floors = [], [], [], []
        for flag in CRISIS_FLAGS:
            target = np.array([flag in flags for flags in flag_sets])
            if target.sum() < FOLDS:
                raise ValueError(f"too few written cases of {flag} to train its head")
            out_of_fold = _out_of_fold(matrix, target, weighed, seed)
            thresholds.append(choose_threshold(out_of_fold, target))
            floors.append(choose_ask_floor(out_of_fold, target, thresholds[-1]))
            model = _logistic().fit(matrix, target, sample_weight=weighed)
            weights.append(model.coef_[0])
            biases.append(float(model.intercept_[0]))
        return cls(
            features, np.vstack(weights), np.array(biases), np.array(thresholds), np.array(floors)
        )

    def probabilities(self, texts: Sequence[str]) -> np.ndarray:
        """One row per text, one column per flag (read without SciPy: a worker reads)."""
        rows = []
        for text in texts:
            columns, values = self.features.row(text)
            rows.append(self.weights[:, columns] @ values + self.bias)
        scores = np.array(rows).reshape(len(texts), len(self.flags))
        return np.asarray(1.0 / (1.0 + np.exp(-scores)))

    def scores(self, text: str) -> dict[str, float]:
        return dict(zip(self.flags, map(float, self.probabilities([text])[0]), strict=True))

    def thresholds_by_flag(self) -> dict[str, float]:
        return dict(zip(self.flags, map(float, self.thresholds), strict=True))

    def ask_floors_by_flag(self) -> dict[str, float]:
        """Where each flag's middle band starts: the bot asks, it does not alarm."""
        return dict(zip(self.flags, map(float, self.ask_floors), strict=True))

    def raised(self, text: str) -> tuple[str, ...]:
        """The flags whose probability reaches its threshold."""
        thresholds = self.thresholds_by_flag()
        return tuple(flag for flag, p in self.scores(text).items() if p >= thresholds[flag])

    # -- plain arrays, for storage without pickles --------------------------------------

    def arrays(self) -> dict[str, np.ndarray]:
        return {
            "crisis_idf": self.features.idf,
            "crisis_weights": self.weights,
            "crisis_bias": self.bias,
            "crisis_thresholds": self.thresholds,
            "crisis_ask_floors": self.ask_floors,
        }

    def names(self) -> dict[str, Any]:
        return {"crisis_flags": list(self.flags), "crisis_vocabulary": self.features.vocabulary}

    @classmethod
    def from_arrays(cls, arrays: Mapping[str, np.ndarray], names: Mapping[str, Any]) -> CrisisHeads:
        return cls(
            features=_Features(dict(names["crisis_vocabulary"]), np.asarray(arrays["crisis_idf"])),
            weights=np.asarray(arrays["crisis_weights"]),
            bias=np.asarray(arrays["crisis_bias"]),
            thresholds=np.asarray(arrays["crisis_thresholds"]),
            # A model stored before the middle band had none: it starts at the threshold.
            ask_floors=np.asarray(arrays.get("crisis_ask_floors", arrays["crisis_thresholds"])),
            flags=tuple(names["crisis_flags"]),
        )
