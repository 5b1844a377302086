"""Reads the Rasa NLU training files (``data/nlu/*.yml``) into labelled examples."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from nlu.labels import Label, label_of_intent
from nlu.rasa_components.crisis_heads import CrisisCase, read_crisis_cases

NLU_DIR = Path(__file__).resolve().parent
DATA_DIR = NLU_DIR / "data" / "nlu"
CRISIS_CASES = NLU_DIR / "data" / "crisis_cases.yml"
# Generated from the written corpus (`nlu/corpus.py`): its crises and hard negatives.
WRITTEN_CRISES = NLU_DIR / "data" / "crisis_written.yml"


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    intent: str
    label: Label


def _example_lines(block: str) -> Iterable[str]:
    for line in block.splitlines():
        stripped = line.strip()
        if stripped.startswith("- "):
            text = stripped[2:].strip()
            if text:
                yield _plain_text(text)


def _intent_name(raw: object) -> str:
    # YAML 1.1 readers turn a bare `yes`/`no` into booleans; Rasa reads them as names.
    if raw is True:
        return "yes"
    if raw is False:
        return "no"
    return str(raw)


_ANNOTATION = re.compile(r"\[([^\]]+)\]\([^)]*\)|\[([^\]]+)\]\{[^}]*\}")


def _plain_text(text: str) -> str:
    # `[母](relative)` entity markup keeps its surface words only.
    return _ANNOTATION.sub(lambda match: match.group(1) or match.group(2), text)


def read_examples_file(path: Path) -> list[Example]:
    """The examples of one Rasa YAML file; sections other than intents are ignored."""
    document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    examples: list[Example] = []
    for section in document.get("nlu") or []:
        intent = section.get("intent")
        if intent is None:
            continue
        intent = _intent_name(intent)
        label = label_of_intent(intent)
        for text in _example_lines(str(section.get("examples", ""))):
            examples.append(Example(text=text, intent=intent, label=label))
    return examples


def training_files(data_dir: Path = DATA_DIR) -> list[Path]:
    return sorted(data_dir.glob("*.yml"))


def read_examples(data_dir: Path = DATA_DIR) -> list[Example]:
    """Every example under `data_dir`, in file order."""
    examples: list[Example] = []
    for path in training_files(data_dir):
        examples.extend(read_examples_file(path))
    return examples


def crisis_case_files(data_dir: Path = DATA_DIR) -> list[Path]:
    """The crisis case files beside `data_dir`: the written cases, then the corpus's."""
    candidates = (data_dir.parent / CRISIS_CASES.name, data_dir.parent / WRITTEN_CRISES.name)
    return [path for path in candidates if path.exists()]


def read_all_crisis_cases(data_dir: Path = DATA_DIR) -> list[CrisisCase]:
    """Every crisis case the crisis heads learn from."""
    return [case for path in crisis_case_files(data_dir) for case in read_crisis_cases(path)]
