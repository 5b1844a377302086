"""The in-process classifier that answers when the Rasa server cannot.

Trained at install time (`tsunagu nlu fallback`, run by `make install`; kept on disk by
`nlu/fallback_cache.py`) from the same YAML files as Rasa: TF-IDF over character n-grams, a
multinomial logistic regression for the head (act or primary category), one-vs-rest
logistic regressions for the set of categories, and the crisis heads the Rasa component
uses too (`nlu/rasa_components/crisis_heads.py`, from ``data/crisis_cases.yml`` and the
corpus's ``data/crisis_written.yml``).

scikit-learn trains them; what is kept, and what reads a message, is their arrays
(`nlu/linear.py`): a process that only reads never imports scikit-learn.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from nlu.crisis import detect_crisis
from nlu.linear import LinearHeads, TfIdf, Vocabulary, char_wb_grams
from nlu.rasa_components.crisis_heads import CrisisCase, CrisisHeads, crisis_grams, training_set
from nlu.romaji import read_as_japanese
from nlu.scores import DEFAULT_CATEGORY_THRESHOLD, Scores, decode
from nlu.text_normal import normalize, without_long_numbers
from nlu.training_data import DATA_DIR, Example, read_all_crisis_cases, read_examples
from nlu.types import Understanding

if TYPE_CHECKING:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier

NGRAMS = (1, 3)


def _head_name(example: Example) -> str:
    label = example.label
    return label.act if label.act is not None else str(label.primary)


def _vectorizer() -> TfidfVectorizer:
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(
        analyzer="char_wb",
        ngram_range=NGRAMS,
        preprocessor=normalize,
        sublinear_tf=True,
        min_df=1,
    )


@dataclass(frozen=True, slots=True)
class Fitted:
    """The scikit-learn models as trained, before they are kept as arrays."""

    vectorizer: TfidfVectorizer
    head_model: LogisticRegression
    category_model: OneVsRestClassifier
    category_names: tuple[str, ...]


def fit(examples: Sequence[Example]) -> Fitted:
    from sklearn.linear_model import LogisticRegression
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.preprocessing import MultiLabelBinarizer

    trouble = [example for example in examples if example.label.act is None]
    if not trouble:
        raise ValueError("no trouble examples to train the fallback classifier on")
    vectorizer = _vectorizer()
    matrix = vectorizer.fit_transform([example.text for example in examples])
    head_model = LogisticRegression(max_iter=2000, C=10.0, class_weight="balanced")
    head_model.fit(matrix, [_head_name(example) for example in examples])
    binarizer = MultiLabelBinarizer()
    targets = binarizer.fit_transform([example.label.categories for example in trouble])
    category_model = OneVsRestClassifier(
        LogisticRegression(max_iter=2000, C=10.0, class_weight="balanced")
    )
    category_model.fit(vectorizer.transform([example.text for example in trouble]), targets)
    names = tuple(str(name) for name in binarizer.classes_)
    return Fitted(vectorizer, head_model, category_model, names)


def grams(text: str) -> list[str]:
    """What the vectorizer cuts a text into: n-grams within the normalised text."""
    return char_wb_grams(normalize(text), *NGRAMS)


@dataclass(frozen=True, slots=True)
class FallbackClassifier:
    reading: TfIdf
    heads: LinearHeads
    categories: LinearHeads
    crisis_reading: TfIdf
    crisis: LinearHeads
    crisis_thresholds: Mapping[str, float]
    crisis_ask_floors: Mapping[str, float]
    threshold: float = DEFAULT_CATEGORY_THRESHOLD

    @classmethod
    def train(
        cls,
        examples: Sequence[Example],
        crisis_cases: Sequence[CrisisCase] = (),
        threshold: float = DEFAULT_CATEGORY_THRESHOLD,
    ) -> FallbackClassifier:
        from threadpoolctl import threadpool_limits

        # One BLAS/OpenMP thread: on a shared two-core machine the solvers' threads fought
        # each other and every other process (the set of categories took 36 s, not 2 s).
        with threadpool_limits(limits=1):
            fitted = fit(examples)
            crisis_set = training_set([example.text for example in examples], crisis_cases)
            crisis_heads = CrisisHeads.train(*crisis_set)
        return cls.kept(fitted, crisis_heads, threshold)

    @classmethod
    def kept(
        cls,
        fitted: Fitted,
        crisis_heads: CrisisHeads,
        threshold: float = DEFAULT_CATEGORY_THRESHOLD,
    ) -> FallbackClassifier:
        """The trained models as the arrays that read a message."""
        vectorizer = fitted.vectorizer
        head = fitted.head_model
        categories = fitted.category_model.estimators_
        features = crisis_heads.features
        return cls(
            reading=TfIdf(Vocabulary.of(vectorizer.vocabulary_), vectorizer.idf_, grams),
            heads=LinearHeads.of(
                tuple(str(name) for name in head.classes_), head.coef_, head.intercept_, True
            ),
            categories=LinearHeads.of(
                fitted.category_names,
                np.vstack([estimator.coef_[0] for estimator in categories]),
                np.array([estimator.intercept_[0] for estimator in categories]),
                False,
            ),
            crisis_reading=TfIdf(Vocabulary.of(features.vocabulary), features.idf, crisis_grams),
            crisis=LinearHeads.of(
                crisis_heads.flags, crisis_heads.weights, crisis_heads.bias, False
            ),
            crisis_thresholds=crisis_heads.thresholds_by_flag(),
            crisis_ask_floors=crisis_heads.ask_floors_by_flag(),
            threshold=threshold,
        )

    @classmethod
    def from_directory(cls, data_dir: Path = DATA_DIR) -> FallbackClassifier:
        """Trained on `data_dir`, or loaded from the on-disk cache of that training."""
        from nlu.fallback_cache import cached

        return cached(
            data_dir,
            lambda: cls.train(read_examples(data_dir), read_all_crisis_cases(data_dir)),
        )

    def scores(self, text: str) -> Scores:
        text = without_long_numbers(text)
        row = self.reading.row(text)
        return Scores(
            heads=self.heads.probabilities(row),
            categories=self.categories.probabilities(row),
            crisis=self.crisis.probabilities(self.crisis_reading.row(text)),
            crisis_thresholds=dict(self.crisis_thresholds),
            crisis_ask_floors=dict(self.crisis_ask_floors),
        )

    def understand_now(self, text: str) -> Understanding:
        text = read_as_japanese(text)
        return decode(text, self.scores(text), detect_crisis(text), "fallback", self.threshold)
