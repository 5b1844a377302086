"""A number in a console address that names nothing (a case, an outbox message or an
invite that does not exist, zero, a negative number, the largest 32-bit number, or no
number at all: abc, 1.5, a full-width １) gets the
console's 「見つかりません」 page, never a server error — on every route that takes one,
on SQLite and on PostgreSQL."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import pytest

from tests.conftest import truncate_all
from tests.console.conftest import Console, console_on, form_token, sign_in
from tests.console.test_access import console_routes, form_for

NUMBER_IN_PATH = re.compile(r"\{\w+\}")  # {case_id}, {alert_id}…
MISSING = ("99999", "0", "-1", "2147483647", "abc", "1.5", "１", "1e3")


@pytest.fixture(params=["sqlite", "postgres"])
async def any_console(request: pytest.FixtureRequest) -> AsyncIterator[Console]:
    if request.param == "sqlite":
        url = request.getfixturevalue("sqlite_url")
    else:
        url = request.getfixturevalue("postgres_database")
        await truncate_all(url)
    async with console_on(url) as console:
        yield console


async def test_every_route_with_a_number_answers_404_for_one_that_names_nothing(
    any_console: Console,
) -> None:
    routes = sorted((m, p) for m, p in console_routes(any_console) if "{" in p)
    assert len(routes) >= 12, routes
    async with any_console.client() as client:
        token = await sign_in(client, "admin")
        for method, path in routes:
            for number in MISSING:
                url = NUMBER_IN_PATH.sub(number, path)
                if method == "GET":
                    response = await client.get(url)
                else:
                    data = {**form_for(path), "csrf_token": token}
                    response = await client.post(url, data=data)
                where = f"{method} {url} → {response.status_code}"
                assert response.status_code == 404, where
                assert "見つか" in response.text, where
                assert 'lang="ja"' in response.text, where  # the console's page, not JSON
        # Still signed in and working afterwards.
        listing = await client.get("/console/cases")
        assert listing.status_code == 200 and form_token(listing.text) == token


async def test_an_unknown_address_and_a_wrong_method_answer_in_japanese(
    any_console: Console,
) -> None:
    """An independent tester's finding: 「Not Found」 and JSON 「Method Not Allowed」."""
    async with any_console.client() as client:
        await sign_in(client, "admin")
        unknown = await client.get("/console/nope")
        wrong_method = await client.get("/console/cases/1/assign")
    assert unknown.status_code == 404 and "ページが見つかりません" in unknown.text
    assert wrong_method.status_code == 405 and "この画面からはできません" in wrong_method.text
    for page in (unknown, wrong_method):
        assert 'lang="ja"' in page.text and "Not Found" not in page.text
        assert "Method Not Allowed" not in page.text
