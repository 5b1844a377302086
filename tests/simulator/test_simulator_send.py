"""`POST /simulator/send` turns a resident's action into a signed event on the webhook."""

from __future__ import annotations

import httpx

from api.emulator import LineEmulator


async def test_send_signs_and_posts_through_the_webhook(
    echo_site: tuple[str, LineEmulator],
) -> None:
    url, _ = echo_site
    user = "U" + "5" * 32
    async with httpx.AsyncClient(base_url=url) as http:
        sent = await http.post(
            "/simulator/send", json={"user_id": user, "kind": "text", "text": "テスト"}
        )
        assert sent.status_code == 200
        assert sent.json()["webhook_status"] == 200
        assert len(sent.json()["webhookEventId"]) == 26
        bad = await http.post("/simulator/send", json={"user_id": "someone", "kind": "text"})
        assert bad.status_code == 422
        # A lone surrogate, as a script may send it: refused, never a 500.
        odd = await http.post(
            "/simulator/send",
            content=b'{"user_id": "%s", "kind": "text", "text": "\\ud800abc"}' % user.encode(),
            headers={"content-type": "application/json"},
        )
        assert odd.status_code == 422, odd.text
        inbound = (await http.get("/simulator/inbound", params={"user_id": user})).json()
    assert [e["text"] for e in inbound["entries"]] == ["テスト"]
