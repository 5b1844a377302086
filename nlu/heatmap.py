"""The confusion heat-map of heads (primary category or act): expected rows, found columns."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import numpy as np

from nlu.evaluation import head_names


def confusion(pairs: Sequence[tuple[str, str]]) -> tuple[tuple[str, ...], np.ndarray]:
    """Names (vocabulary first, then any other name seen) and the count matrix."""
    names = list(head_names())
    for expected, found in pairs:
        for name in (expected, found):
            if name not in names:
                names.append(name)
    index = {name: position for position, name in enumerate(names)}
    matrix = np.zeros((len(names), len(names)), dtype=int)
    for expected, found in pairs:
        matrix[index[expected], index[found]] += 1
    return tuple(names), matrix


def write_heatmap(pairs: Sequence[tuple[str, str]], path: Path, title: str) -> Path:
    names, matrix = confusion(pairs)
    figure, axes = plt.subplots(figsize=(10, 9))
    axes.imshow(matrix, cmap="Blues")
    axes.set_xticks(range(len(names)), labels=names, rotation=90)
    axes.set_yticks(range(len(names)), labels=names)
    axes.set_xlabel("predicted")
    axes.set_ylabel("expected")
    axes.set_title(title)
    peak = matrix.max() or 1
    for row, column in zip(*np.nonzero(matrix), strict=True):
        value = matrix[row, column]
        colour = "white" if value > peak / 2 else "black"
        axes.text(column, row, str(value), ha="center", va="center", color=colour, fontsize=8)
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=100)
    plt.close(figure)
    return path
