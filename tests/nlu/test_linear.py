"""The fallback classifier reads a message with its models' arrays alone (NumPy): the
same probabilities as the scikit-learn models it was trained as, and no scikit-learn or
SciPy in a process that only reads."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from nlu.fallback import FallbackClassifier, fit
from nlu.linear import Vocabulary
from nlu.rasa_components.crisis_heads import CrisisHeads, training_set
from nlu.text_normal import without_long_numbers
from nlu.training_data import read_all_crisis_cases, read_examples

DEV = Path(__file__).resolve().parents[3] / "shared" / "spec" / "examples.jsonl"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def dev_texts() -> list[str]:
    lines = DEV.read_text(encoding="utf-8").splitlines()
    texts = [without_long_numbers(json.loads(line)["text"]) for line in lines]
    return [*texts, "", "　", "〒700-0913 ０８６（２３４）５６７８", "a" * 3000]


def test_the_arrays_read_as_the_trained_models(dev_texts: list[str]) -> None:
    examples = read_examples()[::7]  # a seventh of the data: the same code, faster
    fitted = fit(examples)
    crisis = training_set([e.text for e in examples], read_all_crisis_cases()[::3])
    heads = CrisisHeads.train(*crisis)
    kept = FallbackClassifier.kept(fitted, heads)
    matrix = fitted.vectorizer.transform(dev_texts)
    head_chances = fitted.head_model.predict_proba(matrix)
    categories = np.asarray(fitted.category_model.predict_proba(matrix))
    crisis_chances = heads.probabilities(dev_texts)
    for index, text in enumerate(dev_texts):
        row = kept.reading.row(text)
        expected_row = matrix[index].toarray()[0]
        assert set(row.columns) == set(np.flatnonzero(expected_row))
        assert np.allclose(expected_row[row.columns], row.values)
        read_heads = kept.heads.probabilities(row)
        read_categories = kept.categories.probabilities(row)
        for column, name in enumerate(fitted.head_model.classes_):
            assert abs(read_heads[str(name)] - head_chances[index, column]) < 1e-5
        for column, name in enumerate(fitted.category_names):
            assert abs(read_categories[name] - categories[index, column]) < 1e-5
        read_crisis = kept.crisis.probabilities(kept.crisis_reading.row(text))
        for column, flag in enumerate(heads.flags):
            assert abs(read_crisis[flag] - crisis_chances[index, column]) < 1e-5
    # The heads' own reading (the Rasa component's) is their training features' too.
    by_matrix = np.asarray(heads.features.matrix(dev_texts) @ heads.weights.T) + heads.bias
    assert np.allclose(crisis_chances, 1.0 / (1.0 + np.exp(-by_matrix)))


def test_a_vocabulary_finds_its_grams_and_nothing_else() -> None:
    vocabulary = Vocabulary.of({"介": 4, "介護": 0, " 介": 2, "護 ": 1, "abc": 3})
    found = vocabulary.known(["介護", "介護", "護", "abcd", "ab", " 介", "", "zzz"])
    assert sorted(found.tolist()) == [0, 0, 2]
    assert vocabulary.known([]).size == 0 and len(vocabulary) == 5


def test_a_process_that_reads_imports_no_scikit_learn_or_scipy() -> None:
    FallbackClassifier.from_directory()  # trained and cached here if `make install` was not run
    script = (
        "import sys\n"
        "from nlu.fallback import FallbackClassifier\n"
        "c = FallbackClassifier.from_directory()\n"
        "u = c.understand_now('母の介護がつらくて、家賃も払えません')\n"
        "assert 'care' in u.categories, u\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sklearn', 'scipy'}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]", done.stderr
