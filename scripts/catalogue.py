"""The message catalogue for translators (gettext, one domain `tsunagu`, Japanese source).

    uv run python scripts/catalogue.py update        # the template, merged into every .po
    uv run python scripts/catalogue.py init vi       # a new language's .po
    uv run python scripts/catalogue.py compile       # the .mo files the bot reads at start

The template is `handlers/locales/tsunagu.pot`, made from `handlers/locale_keys.py`;
each language's file is `handlers/locales/<code>/LC_MESSAGES/tsunagu.po`."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from handlers.locale_keys import source_messages
from tsunagu.languages import DOMAIN, LOCALES, po_path

PROJECT = "tsunagu"
HEADER = (
    "# tsunagu: what the bot says to residents, Japanese as the source.\n"
    "# Made by scripts/catalogue.py from handlers/locale_keys.py; see docs/languages.md.\n"
    "#"
)


def template() -> Catalog:
    catalog = Catalog(
        project=PROJECT,
        locale=None,
        fuzzy=False,
        creation_date=_epoch(),
        revision_date=_epoch(),
        header_comment=HEADER,
        copyright_holder=PROJECT,
        version="0.1.0",
        msgid_bugs_address=f"{PROJECT}@localhost",
        last_translator=f"{PROJECT} <{PROJECT}@localhost>",
        language_team=f"{PROJECT} <{PROJECT}@localhost>",
    )
    for msgid, where in source_messages().items():
        flags = ("python-format",) if "{" in msgid else ()
        catalog.add(msgid, auto_comments=(where,), flags=flags)
    return catalog


def _epoch() -> datetime:
    return datetime(2026, 12, 1, tzinfo=UTC)


def _write(catalog: Catalog, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as out:
        write_po(out, catalog, width=0, omit_header=False, sort_output=False)


def _read(path: Path) -> Catalog:
    with path.open("rb") as source:
        return read_po(source)


def languages() -> list[str]:
    return sorted(p.name for p in LOCALES.iterdir() if (p / "LC_MESSAGES").is_dir())


def update() -> None:
    pot = template()
    _write(pot, LOCALES / f"{DOMAIN}.pot")
    for code in languages():
        catalog = _read(po_path(code))
        catalog.update(pot, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        _write(catalog, po_path(code))


def init(code: str) -> None:
    catalog = template()
    catalog.locale = None
    path = po_path(code)
    if path.exists():
        raise SystemExit(f"{path} exists: use update")
    _write(catalog, path)


def compile_all() -> None:
    for code in languages():
        catalog = _read(po_path(code))
        with po_path(code).with_suffix(".mo").open("wb") as out:
            write_mo(out, catalog, use_fuzzy=False)


def main(argv: list[str]) -> None:
    match argv:
        case ["update"]:
            update()
        case ["init", code]:
            init(code)
        case ["compile"]:
            compile_all()
        case _:
            raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
