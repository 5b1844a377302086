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
    """Every module `path` imports, anywhere in it, by statement or by name (a constant
    given to `importlib.import_module` or `__import__`)."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            first = node.args[0]
            if name in ("import_module", "__import__") and isinstance(first, ast.Constant):
                yield str(first.value)


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
    """Every way `path` reaches for I/O: an import of an I/O module or library anywhere
    (inside a function too), a name imported from one through another module
    (`from x import sqlite3`), an import by name at run time, a file opened or read."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    banned = IO_MODULES | set(IO_LIBRARIES)
    for module in imported_modules(path):
        if module.split(".")[0] in banned:
            yield f"imports {module}"
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if alias.name in banned:
                    yield f"imports {alias.name} from {node.module} on line {node.lineno}"
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else None
            name = node.func.id if isinstance(node.func, ast.Name) else name
            if name in IO_CALLS:
                yield f"calls {name}() on line {node.lineno}"
            if name in ("import_module", "__import__"):
                yield f"imports by name on line {node.lineno}"
            if name == "getattr" and any(
                isinstance(arg, ast.Constant) and arg.value in IO_CALLS for arg in node.args
            ):
                yield f"reaches {node.args[1].value}() by name on line {node.lineno}"  # type: ignore[attr-defined]


def test_handlers_open_no_file_database_thread_or_process() -> None:
    """The 〒 book, the catalogues and the directory are read outside `handlers/`: by
    `nlu/extract/`, `tsunagu/` and `directory/` (each read once and kept), which handlers
    call; no module here opens a file, a database, a thread or a process itself."""
    found = [
        f"{path.relative_to(ROOT)} {what}"
        for path in sorted((ROOT / "handlers").rglob("*.py"))
        for what in io_in(path)
    ]
    assert found == []


def test_the_io_check_sees_what_it_forbids(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import sqlite3\nfrom threading import local\nopen('x').read()\n"
        "def f(p):\n"
        "    import sqlalchemy\n"
        "    from nlu.extract.places import sqlite3\n"
        "    importlib.import_module('os')\n"
        "    return getattr(p, 'read_text')()\n"
    )
    assert sorted(io_in(sample)) == sorted(
        [
            "imports sqlite3",
            "imports threading",
            "imports sqlalchemy",
            "imports os",
            "imports sqlite3 from nlu.extract.places on line 6",
            "calls open() on line 3",
            "imports by name on line 7",
            "reaches read_text() by name on line 8",
        ]
    )
