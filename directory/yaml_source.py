"""Read one YAML pack into a pydantic model, turning every failure into `Problem`s."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from directory.problems import DirectoryError, Problem, problems_from_validation

DATA_DIR = Path(__file__).resolve().parent / "data"

ModelT = TypeVar("ModelT", bound=BaseModel)
# libyaml when present (about ten times faster), the pure-Python loader otherwise.
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_model(path: Path, model: type[ModelT]) -> ModelT:
    """Parse `path` as `model`; raise `DirectoryError` naming the file, path and problem."""
    name = path.name
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=SafeLoader)
    except FileNotFoundError:
        raise DirectoryError([Problem(name, "", "ファイルが見つかりません")]) from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{mark.line + 1}行目" if mark is not None else ""
        raise DirectoryError([Problem(name, where, f"YAML として読めません: {error}")]) from None
    if not isinstance(raw, dict):
        raise DirectoryError([Problem(name, "", "最上位がマッピングではありません")])
    try:
        return model.model_validate(raw)
    except ValidationError as error:
        raise DirectoryError(problems_from_validation(name, raw, error)) from None
