"""The 民生委員's own rich menu, linked to each registered 民生委員 and unlinked when staff
revoke them: the change is queued in the transaction that registered or revoked, and
`bot/menu_links.py` links the menu the user should then see."""

from __future__ import annotations

from typing import Final

from sqlalchemy.ext.asyncio import AsyncSession

from bot.menu_links import queue_menu_change
from bot.richmenu import MenuButton, MenuSpec
from cases.minsei import revoke_invite
from handlers.visit.commands import HELPER_MENU

MENU_NAME: Final = "tsunagu-minsei-iin"
# One row of three tall buttons: start a visit, my visits, an open visit.
HELPER_MENU_SPEC: Final = MenuSpec(
    name=MENU_NAME,
    chat_bar_text="民生委員メニュー",
    rows=(tuple(MenuButton(choice.label, choice.data, (40, 120, 80)) for choice in HELPER_MENU),),
    size=(2500, 843),
)


async def revoke_helper(db: AsyncSession, invite_id: int, actor: str) -> bool:
    """Staff revoke an invite: the registration made with it ends and the 民生委員 menu
    is unlinked. True when someone had registered with it."""
    resident_id = await revoke_invite(db, invite_id, actor)
    if resident_id is not None:
        queue_menu_change(db, resident_id, "unlink")
    return resident_id is not None
