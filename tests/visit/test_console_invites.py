"""Staff issue and revoke 民生委員 invite codes in the console: the code is shown once,
works once through LINE, and revoking it ends the registration and the 民生委員 menu."""

from __future__ import annotations

import re

from sqlalchemy import select

from cases.models import MinseiInvite
from tests.console.conftest import form_token
from tests.harness import Stack, linked_menu
from tests.visit.conftest import signed_in_staff
from tests.visit.test_registration import register

HELPER = "U" + "6" * 32


async def test_staff_issue_a_code_the_helper_registers_and_staff_revoke_it(stack: Stack) -> None:
    async with signed_in_staff(stack, "coordinator") as staff:
        form = await staff.get("/console/minsei")
        issued = await staff.post(
            "/console/minsei",
            data={
                "name": "民生 太郎",
                "district": "北区第3地区",
                "csrf_token": form_token(form.text),
            },
        )
        code = re.search(r'id="code">([A-Z0-9-]+)<', issued.text)
        assert code is not None, issued.text
        async with stack.services.session_factory() as db:
            (stored,) = await db.scalars(select(MinseiInvite))
            assert code.group(1) not in stored.code_hash
        assert code.group(1) not in (await staff.get("/console/minsei")).text, "shown once"

        said = await register(stack, HELPER, f"民生委員登録 {code.group(1)}")
        assert "民生委員として登録しました" in said
        await linked_menu(stack, HELPER, linked=True)
        listing = await staff.get("/console/minsei")
        assert "登録済み" in listing.text

        revoked = await staff.post(
            f"/console/minsei/{stored.id}/revoke", data={"csrf_token": form_token(listing.text)}
        )
        assert revoked.status_code == 303
        assert "取り消し済み" in (await staff.get("/console/minsei")).text
    await linked_menu(stack, HELPER, linked=False)
    await stack.tap(HELPER, "a=visit&v=start")
    (answer,) = await stack.replies(HELPER)
    assert "登録された民生委員の方がお使いいただけます" in answer["text"]


async def test_an_invite_needs_a_name_and_a_district(stack: Stack) -> None:
    async with signed_in_staff(stack, "admin") as staff:
        form = await staff.get("/console/minsei")
        refused = await staff.post(
            "/console/minsei",
            data={"name": " ", "district": "", "csrf_token": form_token(form.text)},
        )
    assert refused.status_code == 400 and "お名前と担当地区を入れてください" in refused.text
