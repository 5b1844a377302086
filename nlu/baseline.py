"""The yardstick: TF-IDF over character n-grams and logistic regressions, nothing else.

Trained on the same files as the real engines (``data/nlu``, ``data/crisis_cases.yml``,
``data/crisis_written.yml``),
with no crisis rules, no lexicon, no calibrated thresholds and no extra features. An
engine is worth its weight only by its margin over this one on a held-out set
(`tsunagu nlu evaluate FILE --engine baseline`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier
from sklearn.preprocessing import MultiLabelBinarizer

from nlu.categories import CRISIS_FLAGS
from nlu.rasa_components.crisis_heads import CrisisCase, training_set
from nlu.scores import Scores, decode
from nlu.training_data import DATA_DIR, Example, read_all_crisis_cases, read_examples
from nlu.types import Understanding

PLAIN_THRESHOLD = 0.5
# The yardstick keeps the category threshold it was first measured with; it is not tuned.
BASELINE_CATEGORY_THRESHOLD = 0.3


def _vectorizer() -> TfidfVectorizer:
    return TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True)


def _logistic(balanced: bool = False) -> LogisticRegression:
    return LogisticRegression(max_iter=2000, class_weight="balanced" if balanced else None)


def _one_vs_rest(
    matrix: object,
    label_sets: Sequence[Sequence[str]],
    classes: Sequence[str] | None = None,
    balanced: bool = False,
) -> tuple[OneVsRestClassifier, list[str]]:
    binarizer = MultiLabelBinarizer(classes=classes)
    targets = binarizer.fit_transform(label_sets)
    model = OneVsRestClassifier(_logistic(balanced))
    model.fit(matrix, targets)
    return model, [str(name) for name in binarizer.classes_]


@dataclass(slots=True)
class BaselineClassifier:
    vectorizer: TfidfVectorizer
    head_model: LogisticRegression
    category_model: OneVsRestClassifier
    category_names: list[str]
    crisis_vectorizer: TfidfVectorizer
    crisis_model: OneVsRestClassifier
    crisis_names: list[str]

    @classmethod
    def train(
        cls, examples: Sequence[Example], crisis_cases: Sequence[CrisisCase]
    ) -> BaselineClassifier:
        texts = [example.text for example in examples]
        vectorizer = _vectorizer()
        matrix = vectorizer.fit_transform(texts)
        head_model = _logistic()
        head_model.fit(
            matrix,
            [
                example.label.act if example.label.act is not None else str(example.label.primary)
                for example in examples
            ],
        )
        trouble = [example for example in examples if example.label.act is None]
        category_model, category_names = _one_vs_rest(
            vectorizer.transform([example.text for example in trouble]),
            [example.label.categories for example in trouble],
        )
        crisis_texts, crisis_flags, _ = training_set(texts, crisis_cases)  # unweighted
        crisis_vectorizer = _vectorizer()
        crisis_model, crisis_names = _one_vs_rest(
            # Balanced: a few hundred crises among thousands of calm messages.
            crisis_vectorizer.fit_transform(crisis_texts),
            crisis_flags,
            CRISIS_FLAGS,
            balanced=True,
        )
        return cls(
            vectorizer,
            head_model,
            category_model,
            category_names,
            crisis_vectorizer,
            crisis_model,
            crisis_names,
        )

    @classmethod
    def from_directory(cls, data_dir: Path = DATA_DIR) -> BaselineClassifier:
        return cls.train(read_examples(data_dir), read_all_crisis_cases(data_dir))

    def understand_now(self, text: str) -> Understanding:
        features = self.vectorizer.transform([text])
        heads = self.head_model.predict_proba(features)[0]
        categories = np.asarray(self.category_model.predict_proba(features))[0]
        crisis = np.asarray(
            self.crisis_model.predict_proba(self.crisis_vectorizer.transform([text]))
        )[0]
        crisis_scores = {name: float(p) for name, p in zip(self.crisis_names, crisis, strict=True)}
        scores = Scores(
            heads={str(n): float(p) for n, p in zip(self.head_model.classes_, heads, strict=True)},
            categories={n: float(p) for n, p in zip(self.category_names, categories, strict=True)},
            crisis=crisis_scores,
            crisis_thresholds=dict.fromkeys(crisis_scores, PLAIN_THRESHOLD),
        )
        return decode(text, scores, (), "baseline", BASELINE_CATEGORY_THRESHOLD)
