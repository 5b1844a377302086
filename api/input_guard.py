"""What a browser may send that PostgreSQL cannot take: a NUL character in any text, a
number in the path or the query beyond a 32-bit integer. Refused at the door with a 4xx,
instead of failing in the database with a 500."""

from __future__ import annotations

import re

from fastapi import HTTPException, Request

INTEGER = re.compile(r"[+-]?\d+")
LARGEST = 2**31 - 1
FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")
# Query fields read as text, never as a number (a phone number is all digits).
TEXT_QUERY_FIELDS = frozenset({"phone", "name", "number"})


def _out_of_range(value: str) -> bool:
    # The number as the route will read it: str.strip() also takes control characters
    # such as "\x1d" that int() refuses, so the stripped text is the one converted.
    text = value.strip()
    if not INTEGER.fullmatch(text):
        return False
    try:
        return abs(int(text)) > LARGEST
    except ValueError:
        return False


async def storable_input(request: Request) -> None:
    """A router dependency: 404 for a path number no row can have, 400 for a NUL or an
    out-of-range number in the query or a form field."""
    for value in request.path_params.values():
        if isinstance(value, str) and ("\x00" in value or _out_of_range(value)):
            raise HTTPException(404, "見つかりません")
    values = list(request.query_params.values())
    if request.method == "POST" and request.headers.get("content-type", "").startswith(FORMS):
        form = await request.form()  # Starlette keeps it for the route's own Form fields
        values += [v for v in form.values() if isinstance(v, str)]
    for value in values:
        if "\x00" in value:
            raise HTTPException(400, "入力に使えない文字が含まれています")
    numbers = (v for k, v in request.query_params.items() if k not in TEXT_QUERY_FIELDS)
    if any(_out_of_range(v) for v in numbers):
        raise HTTPException(400, "数が大きすぎます")
