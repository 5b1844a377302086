"""Which cases a signed-in person may open: admin and coordinator every case, agency
staff only the cases provided to their agency while a basis stands."""

# Annotations are evaluated as written (no postponed annotations): FastAPI reads the
# per-router dependencies in them.

from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import Depends
from sqlalchemy.ext.asyncio import AsyncSession

from api.console.auth import Database, Forbidden
from cases.casework.sharing import agency_may_view, cases_visible_to_agency
from cases.staff import SignedIn


async def may_open_case(db: AsyncSession, user: SignedIn, case_id: int) -> bool:
    if user.sees_every_case:
        return True
    return user.agency_id is not None and await agency_may_view(db, case_id, user.agency_id)


async def visible_case_ids(db: AsyncSession, user: SignedIn) -> list[int] | None:
    """None for everyone who sees every case; the ids for agency staff."""
    if user.sees_every_case:
        return None
    return await cases_visible_to_agency(db, user.agency_id) if user.agency_id else []


def case_access_dependency(
    db_dependency: Database, signed_in: Callable[..., Awaitable[SignedIn]]
) -> Callable[..., Awaitable[SignedIn]]:
    """The signed-in user, when they may open the case of the path's `case_id`."""

    async def case_access(
        case_id: int,
        user: Annotated[SignedIn, Depends(signed_in)],
        db: Annotated[AsyncSession, Depends(db_dependency)],
    ) -> SignedIn:
        if not await may_open_case(db, user, case_id):
            raise Forbidden("このケースを見る権限がありません")
        return user

    return case_access
