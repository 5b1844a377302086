"""The main menu: the choices offered whenever the person is not inside a flow."""

from __future__ import annotations

from handlers import catalog
from handlers.messages import Choice
from handlers.postback import payload

CONSULT = Choice(catalog.MENU_CONSULT, payload("menu", v="consult"))
SEARCH = Choice(catalog.MENU_SEARCH, payload("menu", v="search"))
HUMAN = Choice(catalog.MENU_HUMAN, payload("human"))
EMERGENCY = Choice(catalog.MENU_EMERGENCY, payload("emergency"))

NEW_CONSULTATION = Choice(catalog.MENU_NEW_CONSULTATION, payload("menu", v="new"))

MAIN_MENU: tuple[Choice, ...] = (CONSULT, SEARCH, HUMAN, EMERGENCY)
# While a handed-off case is open: what is written goes to it; a new sheet only on purpose.
CASE_MENU: tuple[Choice, ...] = (NEW_CONSULTATION, SEARCH, HUMAN, EMERGENCY)
