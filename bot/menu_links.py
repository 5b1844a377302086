"""Which rich menu each LINE user sees, kept in step with what they are: a registered
民生委員 gets the 民生委員 menu (`bot/visit/helper_menu.py`); a resident who speaks a language
other than Japanese gets the residents' menu in it (`bot/richmenu.in_language`); everyone
else the default, Japanese one.

A change (registered, revoked, a language chosen) queues a row in the outbox (channel
`richmenu`) in the transaction that made it, so none is lost; the lane links (or
unlinks) from what the user is when it runs, so rows delivered late or twice still end
on the right menu. A menu is made the first time it is needed, found again by its name
and drawing (`drawn_as`): after a release that changed it, `relink_all` moves every user
on a menu of their own to the new one."""

from __future__ import annotations

import asyncio
from typing import Any, Final

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.line_api import LineApi, LineApiError
from bot.notify.channels import DeliveryError
from bot.richmenu import RESIDENT_MENU, MenuSpec, drawn_as, in_language, menu_body, menu_image
from cases.casework.outbox import enqueue
from cases.minsei import active_minsei
from cases.models import MinseiIin, Resident
from handlers.i18n import SOURCE, Catalogue

CHANNEL: Final = "richmenu"


def queue_menu_change(db: AsyncSession, resident_id: int, why: str) -> None:
    """The user's menu to be brought in step: `link` (registered as 民生委員), `unlink`
    (revoked), `language` (a language chosen) or `relink` (the menus changed in a
    release)."""
    enqueue(db, CHANNEL, why, {"resident_id": resident_id}, priority=1)


async def relink_all(session_factory: async_sessionmaker[AsyncSession]) -> int:
    """Queue every user who sees a menu of their own (a language other than Japanese, a
    registered 民生委員) to be linked again: to the menu as this release draws it. Returns
    how many."""
    async with session_factory() as db:
        helpers = select(MinseiIin.resident_id).where(MinseiIin.status == "active")
        own = await db.scalars(
            select(Resident.id).where(
                or_(
                    Resident.id.in_(helpers),
                    Resident.language.is_not(None) & (Resident.language != SOURCE),
                )
            )
        )
        ids = list(own)
        for resident_id in ids:
            queue_menu_change(db, resident_id, "relink")
        await db.commit()
    return len(ids)


class MenuLinks:
    """The outbox lane that links each user to the menu they should see."""

    name = CHANNEL

    def __init__(
        self,
        line: LineApi,
        session_factory: async_sessionmaker[AsyncSession],
        catalogue: Catalogue,
        helper_menu: MenuSpec,
    ) -> None:
        self.line = line
        self.session_factory = session_factory
        self.catalogue = catalogue
        self.helper_menu = helper_menu
        self._ids: dict[str, str] = {}
        self._lock = asyncio.Lock()

    async def menu_id(self, spec: MenuSpec) -> str:
        async with self._lock:
            name = drawn_as(spec)
            if name not in self._ids:
                found = await self.line.rich_menu_ids(name)
                body = menu_body(spec) | {"name": name}
                self._ids[name] = (
                    found[0] if found else await self.line.create_rich_menu(body, menu_image(spec))
                )
            return self._ids[name]

    async def menu_of(self, resident: Resident, db: AsyncSession) -> MenuSpec | None:
        """The menu the user should see; None for the default."""
        if await active_minsei(db, resident.id) is not None:
            return self.helper_menu
        language = resident.language or SOURCE
        if language == SOURCE or not self.catalogue.complete(language):
            return None
        return in_language(RESIDENT_MENU, self.catalogue, language)

    async def send(self, message_id: int, kind: str, payload: dict[str, Any]) -> None:
        async with self.session_factory() as db:
            resident = await db.get(Resident, payload["resident_id"])
            if resident is None:
                raise DeliveryError("resident gone", retryable=False)
            menu = await self.menu_of(resident, db)
            user = resident.line_user_id
        try:
            if menu is None:
                await self.line.unlink_rich_menu(user)
            else:
                await self.line.link_rich_menu(user, await self.menu_id(menu))
        except LineApiError as error:
            if error.status == 404 and menu is not None:
                self._ids.pop(drawn_as(menu), None)  # the menu was deleted: make it again next time
            raise DeliveryError(str(error), error.retryable or error.status == 404) from error
