"""The 民生委員's own rich menu: made once (found again by name), linked to each registered
民生委員 and unlinked when staff revoke them. Changes go through the outbox (channel
`richmenu`), written in the transaction that registered or revoked, so none is lost."""

from __future__ import annotations

import asyncio
from typing import Any, Final

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.line_api import LineApi, LineApiError
from bot.notify.channels import DeliveryError
from bot.richmenu import MenuButton, MenuSpec, menu_body, menu_image
from cases.casework.outbox import enqueue
from cases.minsei import revoke_invite
from cases.models import Resident
from handlers.visit.commands import HELPER_MENU

CHANNEL: Final = "richmenu"
MENU_NAME: Final = "tsunagu-minsei-iin"
# One row of three tall buttons: start a visit, my visits, an open visit.
HELPER_MENU_SPEC: Final = MenuSpec(
    name=MENU_NAME,
    chat_bar_text="民生委員メニュー",
    rows=(tuple(MenuButton(choice.label, choice.data, (40, 120, 80)) for choice in HELPER_MENU),),
    size=(2500, 843),
)


def queue_menu_change(db: AsyncSession, resident_id: int, kind: str) -> None:
    """`link` (registered) or `unlink` (revoked), delivered by the outbox."""
    enqueue(db, CHANNEL, kind, {"resident_id": resident_id}, priority=1)


async def revoke_helper(db: AsyncSession, invite_id: int, actor: str) -> bool:
    """Staff revoke an invite: the registration made with it ends and the 民生委員 menu
    is unlinked. True when someone had registered with it."""
    resident_id = await revoke_invite(db, invite_id, actor)
    if resident_id is not None:
        queue_menu_change(db, resident_id, "unlink")
    return resident_id is not None


class HelperMenuChannel:
    """The outbox lane that links and unlinks the 民生委員 menu."""

    name = CHANNEL

    def __init__(self, line: LineApi, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self.line = line
        self.session_factory = session_factory
        self._menu_id: str | None = None
        self._lock = asyncio.Lock()

    async def menu_id(self) -> str:
        async with self._lock:
            if self._menu_id is None:
                found = await self.line.rich_menu_ids(MENU_NAME)
                self._menu_id = (
                    found[0]
                    if found
                    else await self.line.create_rich_menu(
                        menu_body(HELPER_MENU_SPEC), menu_image(HELPER_MENU_SPEC)
                    )
                )
            return self._menu_id

    async def send(self, message_id: int, kind: str, payload: dict[str, Any]) -> None:
        async with self.session_factory() as db:
            resident = await db.get(Resident, payload["resident_id"])
        if resident is None:
            raise DeliveryError("resident gone", retryable=False)
        try:
            if kind == "link":
                await self.line.link_rich_menu(resident.line_user_id, await self.menu_id())
            else:
                await self.line.unlink_rich_menu(resident.line_user_id)
        except LineApiError as error:
            if error.status == 404 and kind == "link":
                self._menu_id = None  # the menu was deleted: make it again next time
            raise DeliveryError(str(error), error.retryable or error.status == 404) from error
