"""A multi-label intent classifier for Rasa: linear models over the sparse features.

Rasa runs this module from ``.venv-rasa`` (Python 3.10) with ``nlu/`` on its path, so it
imports only Rasa, NumPy, SciPy and scikit-learn, never the rest of tsunagu.

Training intents name a conversation act (``greet``) or the troubles of a message, primary
first (``care+debt+income``). From the sentence features of the featurizers before it
(``CountVectorsFeaturizer``), weighted by sub-linear TF-IDF, the component learns

- a *head* classifier: multinomial logistic regression over the act or primary category;
- one binary logistic regression per category (one-vs-rest) for the set of troubles.

It also trains the crisis heads of ``crisis_heads.py`` (one logistic regression per crisis
flag, from ``crisis_cases`` plus every training example as a non-crisis one), a second
signal beside the crisis rules, which run outside Rasa.

``/model/parse`` then answers ``intent`` (the decoded multi-intent, e.g. ``care+income``),
``intent_ranking`` (the heads with their probabilities), ``categories`` (each category's
own probability) and ``crisis_scores`` (each flag's probability and its threshold). The
weights are stored as plain arrays (no pickles).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.nlu.featurizers.featurizer import Featurizer
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.linear_model import LogisticRegression

from .crisis_heads import CrisisHeads, read_crisis_cases, training_set

log = logging.getLogger(__name__)

CATEGORIES_KEY = "categories"
CRISIS_KEY = "crisis_scores"
WEIGHTS_FILE = "weights.npz"
NAMES_FILE = "names.json"


def _sentence_matrix(messages: list[Message], width: int | None) -> scipy.sparse.csr_matrix:
    rows = []
    for message in messages:
        sentence = message.get_sparse_features(TEXT)[1]
        if sentence is None:
            rows.append(scipy.sparse.csr_matrix((1, width or 0)))
        else:
            rows.append(scipy.sparse.csr_matrix(sentence.features))
    return scipy.sparse.vstack(rows).tocsr()


def _sublinear_tf(counts: scipy.sparse.csr_matrix) -> scipy.sparse.csr_matrix:
    weighted = counts.astype(np.float64)
    weighted.data = 1.0 + np.log(np.maximum(weighted.data, 1.0))
    return weighted


def _l2_rows(matrix: scipy.sparse.csr_matrix) -> scipy.sparse.csr_matrix:
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0.0] = 1.0
    return scipy.sparse.csr_matrix(scipy.sparse.diags(1.0 / norms) @ matrix)


def _softmax(scores: np.ndarray) -> np.ndarray:
    shifted = np.exp(scores - scores.max(axis=1, keepdims=True))
    return np.asarray(shifted / shifted.sum(axis=1, keepdims=True))


def _sigmoid(scores: np.ndarray) -> np.ndarray:
    return np.asarray(1.0 / (1.0 + np.exp(-scores)))


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class MultiLabelIntentClassifier(GraphComponent, IntentClassifier):
    """Act or primary category (multinomial) plus the set of categories (one-vs-rest)."""

    @classmethod
    def required_components(cls) -> list[type]:
        return [Featurizer]

    @staticmethod
    def required_packages() -> list[str]:
        return ["sklearn"]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {
            "C": 10.0,  # inverse regularisation strength of every logistic regression
            "category_threshold": 0.4,  # a category joins the intent from this probability
            "intent_split_symbol": "+",
            "max_iter": 3000,
            "acts": [],  # intents that are conversation acts, not troubles
            # the written crisis case files (paths from the project dir; one or a list)
            "crisis_cases": None,
        }

    def __init__(
        self, config: dict[str, Any], model_storage: ModelStorage, resource: Resource
    ) -> None:
        self.config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self.idf = np.zeros(0)
        self.head_names: list[str] = []
        self.head_weights = np.zeros((0, 0))
        self.head_bias = np.zeros(0)
        self.category_names: list[str] = []
        self.category_weights = np.zeros((0, 0))
        self.category_bias = np.zeros(0)
        self.acts: set[str] = set(self.config["acts"])
        self.crisis_heads: CrisisHeads | None = None

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> MultiLabelIntentClassifier:
        return cls(config, model_storage, resource)

    # -- training ---------------------------------------------------------------------

    def _split(self, intent: str) -> list[str]:
        return str(intent).split(self.config["intent_split_symbol"])

    def _logistic(self) -> LogisticRegression:
        return LogisticRegression(
            C=self.config["C"], max_iter=self.config["max_iter"], class_weight="balanced"
        )

    def _features(self, messages: list[Message]) -> scipy.sparse.csr_matrix:
        counts = _sentence_matrix(messages, self.idf.shape[0] or None)
        weighted = _sublinear_tf(counts) @ scipy.sparse.diags(self.idf)
        return _l2_rows(scipy.sparse.csr_matrix(weighted))

    def _fit_idf(self, counts: scipy.sparse.csr_matrix) -> None:
        document_frequency = np.bincount(counts.indices, minlength=counts.shape[1])
        documents = counts.shape[0]
        self.idf = np.log((1.0 + documents) / (1.0 + document_frequency)) + 1.0

    def _fit_heads(self, features: scipy.sparse.csr_matrix, heads: list[str]) -> None:
        model = self._logistic().fit(features, heads)
        self.head_names = [str(name) for name in model.classes_]
        if len(self.head_names) == 2:  # sklearn keeps one row for two classes
            self.head_weights = np.vstack([-model.coef_[0], model.coef_[0]]) / 2.0
            self.head_bias = np.array([-model.intercept_[0], model.intercept_[0]]) / 2.0
        else:
            self.head_weights, self.head_bias = model.coef_, model.intercept_

    def _fit_categories(self, features: scipy.sparse.csr_matrix, sets: list[list[str]]) -> None:
        names = sorted({name for parts in sets for name in parts})
        weights, biases = [], []
        for name in names:
            target = np.array([name in parts for parts in sets])
            if target.all():
                weights.append(np.zeros(features.shape[1]))
                biases.append(10.0)
                continue
            model = self._logistic().fit(features, target)
            weights.append(model.coef_[0])
            biases.append(float(model.intercept_[0]))
        self.category_names = names
        self.category_weights = np.vstack(weights)
        self.category_bias = np.array(biases)

    def _fit_crisis(self, texts: list[str]) -> None:
        if not self.config["crisis_cases"]:
            return
        files = self.config["crisis_cases"]
        paths = [files] if isinstance(files, str) else list(files)
        cases = [case for path in paths for case in read_crisis_cases(Path(path))]
        self.crisis_heads = CrisisHeads.train(*training_set(texts, cases))

    def train(self, training_data: TrainingData) -> Resource:
        examples = [m for m in training_data.intent_examples if m.get(INTENT) and m.get(TEXT)]
        if not examples:
            log.debug("no intent examples: %s stays untrained", type(self).__name__)
            return self._resource
        counts = _sentence_matrix(examples, None)
        self._fit_idf(counts)
        features = self._features(examples)
        parts = [self._split(m.get(INTENT)) for m in examples]
        self._fit_heads(features, [p[0] for p in parts])
        trouble = [i for i, p in enumerate(parts) if p[0] not in self.acts]
        self._fit_categories(features[trouble], [parts[i] for i in trouble])
        self._fit_crisis([str(m.get(TEXT)) for m in examples])
        self.persist()
        return self._resource

    # -- prediction -------------------------------------------------------------------

    def _decoded_intent(self, head: str, categories: dict[str, float]) -> str:
        if head in self.acts or head not in self.category_names:
            return head
        threshold = self.config["category_threshold"]
        others = sorted(name for name, p in categories.items() if p >= threshold and name != head)
        symbol: str = self.config["intent_split_symbol"]
        return symbol.join([head, *others])

    def process(self, messages: list[Message]) -> list[Message]:
        if not self.head_names:
            return messages
        features = self._features(messages)
        heads = _softmax(np.asarray(features @ self.head_weights.T) + self.head_bias)
        categories = _sigmoid(np.asarray(features @ self.category_weights.T) + self.category_bias)
        for message, head_row, category_row in zip(messages, heads, categories, strict=True):
            self._set_crisis(message)
            ranking: list[dict[str, Any]] = sorted(
                (
                    {"name": name, "confidence": float(p)}
                    for name, p in zip(self.head_names, head_row, strict=True)
                ),
                key=lambda entry: -float(entry["confidence"]),
            )
            category_scores = {
                name: float(p) for name, p in zip(self.category_names, category_row, strict=True)
            }
            best = ranking[0]
            intent = {
                "name": self._decoded_intent(str(best["name"]), category_scores),
                "confidence": best["confidence"],
            }
            message.set(INTENT, intent, add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
            message.set(
                CATEGORIES_KEY,
                [
                    {"name": name, "confidence": p}
                    for name, p in sorted(category_scores.items(), key=lambda item: -item[1])
                ],
                add_to_output=True,
            )
        return messages

    def _set_crisis(self, message: Message) -> None:
        if self.crisis_heads is None:
            return
        thresholds = self.crisis_heads.thresholds_by_flag()
        floors = self.crisis_heads.ask_floors_by_flag()
        scores = self.crisis_heads.scores(str(message.get(TEXT) or ""))
        message.set(
            CRISIS_KEY,
            [
                {
                    "name": flag,
                    "confidence": p,
                    "threshold": thresholds[flag],
                    "ask_from": floors[flag],
                }
                for flag, p in scores.items()
            ],
            add_to_output=True,
        )

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    # -- storage ----------------------------------------------------------------------

    def persist(self) -> None:
        with self._model_storage.write_to(self._resource) as directory:
            arrays: dict[str, Any] = {
                "idf": self.idf,
                "head_weights": self.head_weights,
                "head_bias": self.head_bias,
                "category_weights": self.category_weights,
                "category_bias": self.category_bias,
                **(self.crisis_heads.arrays() if self.crisis_heads else {}),
            }
            np.savez(directory / WEIGHTS_FILE, **arrays)
            names = {
                "heads": self.head_names,
                "categories": self.category_names,
                "acts": sorted(self.acts),
                **(self.crisis_heads.names() if self.crisis_heads else {}),
            }
            (directory / NAMES_FILE).write_text(json.dumps(names), encoding="utf-8")

    @classmethod
    def load(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> MultiLabelIntentClassifier:
        component = cls(config, model_storage, resource)
        try:
            with model_storage.read_from(resource) as directory:
                arrays = np.load(directory / WEIGHTS_FILE, allow_pickle=False)
                names = json.loads((directory / NAMES_FILE).read_text(encoding="utf-8"))
        except (ValueError, FileNotFoundError):
            log.warning("no trained weights for %s: it will not classify", resource.name)
            return component
        component.idf = arrays["idf"]
        component.head_weights = arrays["head_weights"]
        component.head_bias = arrays["head_bias"]
        component.category_weights = arrays["category_weights"]
        component.category_bias = arrays["category_bias"]
        component.head_names = list(names["heads"])
        component.category_names = list(names["categories"])
        component.acts = set(names["acts"])
        if "crisis_flags" in names:
            component.crisis_heads = CrisisHeads.from_arrays(arrays, names)
        return component
