"""What the language tests share: the browser for the simulator in other languages
(tests/browser.py), the catalogues as the bot reads them, and the app on either database."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from handlers.i18n import Catalogue
from tests.browser import browser
from tests.harness import Stack, running_stack
from tsunagu.languages import load_catalogue

__all__ = ["browser"]


@pytest.fixture(scope="module")
def words() -> Catalogue:
    return load_catalogue()


@pytest.fixture
async def stack(database_url: str) -> AsyncIterator[Stack]:
    async with running_stack(database_url) as running:
        yield running
