"""The written corpus (``corpus/*.jsonl``) as training files every engine reads.

Rasa learns only from ``data/nlu/*.yml``, so the corpus is written out as two generated
files (`tsunagu nlu corpus`; a test checks they match the corpus):

- ``data/nlu/written.yml``: every message with its intent (the act, or the categories with
  the primary first), for Rasa, the fallback classifier and the baseline alike;
- ``data/crisis_written.yml``: the corpus's crisis messages with their flags, and its calm
  messages the crisis rules flag, as hard negatives (the crisis heads learn both). The
  labels, given twice and settled by the guide, stand over the rules.

A corpus message that is word for word a message of a measuring set (the dev set
``shared/spec/examples.jsonl``, the held-out rounds: 「いいえ、ちがいます」 was written by
both) is left out, so nothing is ever trained on a text it is measured on.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from nlu.crisis import detect_crisis
from nlu.labels import Label, intent_of_label
from nlu.text_normal import normalize
from nlu.training_data import DATA_DIR, NLU_DIR, WRITTEN_CRISES

CORPUS_DIR = NLU_DIR / "corpus"
MEASURING_SETS = (
    NLU_DIR.parent.parent / "shared" / "spec" / "examples.jsonl",
    *sorted((NLU_DIR / "heldout").glob("round-*.jsonl")),
)
WRITTEN_EXAMPLES = DATA_DIR / "written.yml"
_HEADER = (
    "# Generated from nlu/corpus/*.jsonl by `tsunagu nlu corpus`; edit the corpus, not this.\n"
)


@dataclass(frozen=True, slots=True)
class CorpusMessage:
    text: str
    label: Label
    crisis: tuple[str, ...]


def _label(row: dict[str, Any]) -> Label:
    # An act comes first: 「ベトナムごが できる ひと いますか」 asks for a person (ask_human)
    # even where the labellers also noted the trouble behind it.
    act = row.get("act")
    if isinstance(act, str):
        return Label(act=act)
    categories = tuple(str(name) for name in row.get("categories") or ())
    primary = row.get("primary")
    return Label(categories=categories, primary=str(primary) if primary else None)


def _rows(path: Path) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def measured_texts() -> set[str]:
    """The normalised texts of every measuring set found on this machine."""
    return {
        normalize(str(row["text"]))
        for path in MEASURING_SETS
        if path.exists()
        for row in _rows(path)
    }


def read_corpus(corpus_dir: Path = CORPUS_DIR) -> list[CorpusMessage]:
    """Every labelled message of the corpus, file by file, but those it is measured on."""
    measured = measured_texts()
    messages = []
    for path in sorted(corpus_dir.glob("*.jsonl")):
        for row in _rows(path):
            text = " ".join(str(row["text"]).split())
            if normalize(text) not in measured:
                messages.append(CorpusMessage(text, _label(row), tuple(row.get("crisis") or ())))
    return messages


def examples_yaml(messages: list[CorpusMessage]) -> str:
    """Rasa's NLU format, one section per intent; a crisis without a trouble is left out."""
    by_intent: dict[str, list[str]] = {}
    for message in messages:
        if message.label.act is None and message.label.primary is None:
            continue
        texts = by_intent.setdefault(intent_of_label(message.label), [])
        if message.text not in texts:
            texts.append(message.text)
    sections = [
        f"- intent: {json.dumps(intent)}\n  examples: |\n"
        + "".join(f"    - {text}\n" for text in texts)
        for intent, texts in sorted(by_intent.items())
    ]
    return _HEADER + 'version: "3.1"\nnlu:\n' + "".join(sections)


def crisis_yaml(messages: list[CorpusMessage]) -> str:
    """The crisis cases the corpus teaches: its crises, and its calm messages the rules flag."""
    cases = [
        {"text": message.text, "flags": list(message.crisis)}
        for message in messages
        if message.crisis or detect_crisis(message.text)
    ]
    body = yaml.safe_dump({"cases": cases}, allow_unicode=True, sort_keys=False, width=1000)
    return _HEADER + body


def generated_files(corpus_dir: Path = CORPUS_DIR) -> dict[Path, str]:
    """Each generated file with the text it must hold."""
    messages = read_corpus(corpus_dir)
    return {WRITTEN_EXAMPLES: examples_yaml(messages), WRITTEN_CRISES: crisis_yaml(messages)}


def write_generated_files() -> list[Path]:
    """Write the generated files; the paths that changed."""
    changed = []
    for path, text in generated_files().items():
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed.append(path)
    return changed
