"""The house of docs/architecture.md: imports go one way only, and `handlers/` loads no I/O
library, so the conversation can be read, tested and changed without a server."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# What each room must never import (the arrows of the house point the other way).
NEVER_IMPORTS: dict[str, set[str]] = {
    "bot": {"api"},
    "handlers": {"api", "bot"},
    "cases": {"api", "bot", "handlers"},
    "directory": {"api", "bot", "handlers", "cases", "tsunagu"},
    "nlu": {"api", "bot", "handlers", "cases", "directory", "tsunagu"},
}
# The twelve お困りごと are the project's shared vocabulary: the directory names its
# agencies' fields with them.
SHARED_VOCABULARY = {"nlu.categories"}
IO_LIBRARIES = ("fastapi", "starlette", "linebot", "sqlalchemy", "redis", "httpx")


def imported_modules(path: Path) -> Iterator[str]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module


def test_imports_follow_the_arrows_of_the_house() -> None:
    wrong = [
        f"{path.relative_to(ROOT)} imports {module}"
        for room, banned in NEVER_IMPORTS.items()
        for path in sorted((ROOT / room).rglob("*.py"))
        for module in imported_modules(path)
        if module.split(".")[0] in banned and module not in SHARED_VOCABULARY
    ]
    assert wrong == []


PROBE = f"""
import importlib, pkgutil, sys
import handlers
for module in pkgutil.walk_packages(handlers.__path__, "handlers."):
    importlib.import_module(module.name)
loaded = sorted({{name.split(".")[0] for name in sys.modules}} & set({IO_LIBRARIES!r}))
print(",".join(loaded))
"""


def test_importing_every_handler_loads_no_io_library() -> None:
    probe = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert probe.stdout.strip() == "", f"handlers/ imports {probe.stdout.strip()}"


# Beyond the network libraries: files, databases, threads and processes are effects too.
IO_MODULES = {
    "os",
    "io",
    "pathlib",
    "shutil",
    "tempfile",
    "sqlite3",
    "threading",
    "multiprocessing",
    "subprocess",
    "socket",
    "asyncio",
}
IO_CALLS = {"open", "read_text", "read_bytes", "write_text", "write_bytes"}


def io_in(path: Path) -> Iterator[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for module in imported_modules(path):
        if module.split(".")[0] in IO_MODULES:
            yield f"imports {module}"
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else None
            name = node.func.id if isinstance(node.func, ast.Name) else name
            if name in IO_CALLS:
                yield f"calls {name}() on line {node.lineno}"


def test_handlers_open_no_file_database_thread_or_process() -> None:
    """The 〒 book, the catalogues and the directory are read outside `handlers/` (by
    `nlu/extract/`, `tsunagu/` and `directory/`) and passed in."""
    found = [
        f"{path.relative_to(ROOT)} {what}"
        for path in sorted((ROOT / "handlers").rglob("*.py"))
        for what in io_in(path)
    ]
    assert found == []


def test_the_io_check_sees_what_it_forbids(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import sqlite3\nfrom threading import local\nopen('x').read()\n")
    assert list(io_in(sample)) == [
        "imports sqlite3",
        "imports threading",
        "calls open() on line 3",
    ]
