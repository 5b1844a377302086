"""The in-process classifier that answers when the Rasa server cannot.

Trained at install time (`tsunagu nlu fallback`, run by `make install`; kept on disk by
`nlu/fallback_cache.py`) from the same YAML files as Rasa: TF-IDF over character n-grams, a
multinomial logistic regression for the head (act or primary category), one-vs-rest
logistic regressions for the set of categories, and the crisis heads the Rasa component
uses too (`nlu/rasa_components/crisis_heads.py`, from ``data/crisis_cases.yml`` and the
corpus's ``data/crisis_written.yml``).
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
from threadpoolctl import threadpool_limits

from nlu.crisis import detect_crisis
from nlu.rasa_components.crisis_heads import CrisisCase, CrisisHeads, training_set
from nlu.scores import DEFAULT_CATEGORY_THRESHOLD, Scores, decode
from nlu.text_normal import normalize, without_long_numbers
from nlu.training_data import DATA_DIR, Example, read_all_crisis_cases, read_examples
from nlu.types import Understanding


def _head_name(example: Example) -> str:
    label = example.label
    return label.act if label.act is not None else str(label.primary)


def _vectorizer() -> TfidfVectorizer:
    return TfidfVectorizer(
        analyzer="char_wb",
        ngram_range=(1, 3),
        preprocessor=normalize,
        sublinear_tf=True,
        min_df=1,
    )


@dataclass(slots=True)
class FallbackClassifier:
    vectorizer: TfidfVectorizer
    head_model: LogisticRegression
    category_model: OneVsRestClassifier
    category_names: tuple[str, ...]
    crisis_heads: CrisisHeads
    threshold: float = DEFAULT_CATEGORY_THRESHOLD

    @classmethod
    def train(
        cls,
        examples: Sequence[Example],
        crisis_cases: Sequence[CrisisCase] = (),
        threshold: float = DEFAULT_CATEGORY_THRESHOLD,
    ) -> FallbackClassifier:
        # One BLAS/OpenMP thread: on a shared two-core machine the solvers' threads fought
        # each other and every other process (the set of categories took 36 s, not 2 s).
        with threadpool_limits(limits=1):
            return cls._train(examples, crisis_cases, threshold)

    @classmethod
    def _train(
        cls, examples: Sequence[Example], crisis_cases: Sequence[CrisisCase], threshold: float
    ) -> FallbackClassifier:
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
        crisis_set = training_set([example.text for example in examples], crisis_cases)
        return cls(
            vectorizer=vectorizer,
            head_model=head_model,
            category_model=category_model,
            category_names=tuple(str(name) for name in binarizer.classes_),
            crisis_heads=CrisisHeads.train(*crisis_set),
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
        features = self.vectorizer.transform([text])
        head_probabilities = self.head_model.predict_proba(features)[0]
        category_probabilities = np.asarray(self.category_model.predict_proba(features))[0]
        return Scores(
            heads={
                str(name): float(p)
                for name, p in zip(self.head_model.classes_, head_probabilities, strict=True)
            },
            categories={
                name: float(p)
                for name, p in zip(self.category_names, category_probabilities, strict=True)
            },
            crisis=self.crisis_heads.scores(text),
            crisis_thresholds=self.crisis_heads.thresholds_by_flag(),
            crisis_ask_floors=self.crisis_heads.ask_floors_by_flag(),
        )

    def understand_now(self, text: str) -> Understanding:
        return decode(text, self.scores(text), detect_crisis(text), "fallback", self.threshold)
