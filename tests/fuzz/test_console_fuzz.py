"""The console and the public pages under fuzzing: sign-in forms, every staff action with
odd form values and case numbers, case-list filters, odd paths and consent-page tokens.
Never a 5xx; afterwards the case still opens, its status is a real one, and staff still
sign in."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx
import pytest
from hypothesis import strategies as st

from bot.visit.links import CONSENT_PATH
from cases.casework.vocabulary import STATUSES
from cases.models import Case
from tests.console.conftest import PASSWORD, form_token, sign_in
from tests.fuzz import strategies as fuzz
from tests.fuzz.conftest import SignedInConsole
from tests.fuzz.tally import assert_no_server_errors, counted, drawn

pytestmark = [pytest.mark.postgres]

ACTIONS = tuple(fuzz.action_forms)


async def _sent(target: str, request: Any, case: object) -> tuple[int, object]:
    response: httpx.Response = counted(target, await request)
    return response.status_code, case


async def test_sign_in_with_anything(signed_in_console: SignedInConsole) -> None:
    transport = httpx.ASGITransport(app=signed_in_console.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        token = form_token((await client.get("/console/login")).text)
        forms = drawn(
            st.fixed_dictionaries(
                {},
                optional={
                    "login": st.sampled_from(("coordinator", "admin")) | fuzz.form_values,
                    "password": st.just(PASSWORD) | fuzz.form_values,
                    "csrf_token": st.just(token) | st.just(token) | fuzz.form_values,
                },
            ),
            1000,
        )
        answers = [
            await _sent("console sign-in", client.post("/console/login", data=form), form)
            for form in forms
        ]
    assert_no_server_errors("console sign-in", answers)
    statuses = {status for status, _ in answers}
    assert statuses <= {303, 400, 401, 403, 422}, statuses
    assert 401 in statuses and 403 in statuses  # wrong passwords and forged forms seen


async def test_every_staff_action_with_odd_values(signed_in_console: SignedInConsole) -> None:
    console = signed_in_console
    cases = drawn(
        st.tuples(
            st.sampled_from(ACTIONS),
            st.just(console.case_id) | st.just(console.case_id) | fuzz.ids,
            st.sampled_from(ACTIONS).flatmap(lambda a: fuzz.action_forms[a]),
            st.just(console.csrf) | st.just(console.csrf) | st.just(console.csrf) | fuzz.short_text,
        ),
        2200,
    )
    answers = []
    for action, case_id, form, csrf in cases:
        request = console.client.post(
            f"/console/cases/{case_id}/{action}", data={**form, "csrf_token": csrf}
        )
        answers.append(await _sent("console actions", request, (action, case_id, form)))
    assert_no_server_errors("console actions", answers)
    assert {status for status, _ in answers} <= {303, 400, 403, 404, 422}

    # Nothing broken: the case opens, its status is one staff know, staff still sign in.
    page = await console.client.get(f"/console/cases/{console.case_id}")
    assert page.status_code == 200
    async with console.services.session_factory() as db:
        case = await db.get(Case, console.case_id)
        assert case is not None and case.status in STATUSES
    transport = httpx.ASGITransport(app=console.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as admin:
        await sign_in(admin, "admin")


async def test_pages_queries_and_paths_with_anything(signed_in_console: SignedInConsole) -> None:
    console = signed_in_console
    # Found by this test once: numbers wrapped in control characters that str.strip()
    # removes and int() does not.
    found_before = [{"page": "1\x1d"}, {"page": "\x1c99999999999"}]
    queries = found_before + drawn(fuzz.case_list_queries, 1200)
    answers = [
        await _sent("console pages", console.client.get("/console/cases", params=q), q)
        for q in queries
    ]
    for segment in drawn(fuzz.url_segments, 500):
        path = f"/console/{quote(segment, safe='')}"
        answers.append(await _sent("console pages", console.client.get(path), path))
    for case_id in drawn(fuzz.ids, 200):
        path = f"/console/cases/{case_id}"
        answers.append(await _sent("console pages", console.client.get(path), path))
    assert_no_server_errors("console pages", answers)
    listing = await console.client.get("/console/cases")
    assert listing.status_code == 200 and f"/console/cases/{console.case_id}" in listing.text


async def test_public_pages_with_anything(signed_in_console: SignedInConsole) -> None:
    transport = httpx.ASGITransport(app=signed_in_console.app)
    answers = []
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as visitor:
        cases = drawn(
            st.tuples(fuzz.url_segments, fuzz.query_values, fuzz.form_values, fuzz.form_values),
            500,
        )
        for token, furigana, choice, signature in cases:
            path = f"{CONSENT_PATH}/{quote(token, safe='')}"
            page = visitor.get(path, params={"furigana": furigana, "large": furigana})
            answers.append(await _sent("public pages", page, path))
            answer = visitor.post(path, data={"choice": choice, "signature": signature})
            answers.append(await _sent("public pages", answer, path))
        for segment in drawn(fuzz.url_segments, 200):
            path = f"/{quote(segment, safe='')}"
            answers.append(await _sent("public pages", visitor.get(path), path))
    assert_no_server_errors("public pages", answers)
