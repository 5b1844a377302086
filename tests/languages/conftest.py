"""The browser for the simulator in other languages (tests/browser.py)."""

from __future__ import annotations

from tests.browser import browser

__all__ = ["browser"]
