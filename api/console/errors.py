"""Refusals and missing pages of the console as pages staff can read (the rest of the
app keeps FastAPI's JSON answers). A case number that names no case, wherever casework
finds out, is such a missing page."""

from http import HTTPStatus

from fastapi import FastAPI, Request
from fastapi.exception_handlers import (
    http_exception_handler,
    request_validation_exception_handler,
)
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.console.templating import build_templates
from cases.casework.status import CaseNotFound

SHOWN_AS_PAGES = frozenset({400, 403, 404, 405})
NO_SUCH_CASE = "ケースが見つかりません"
NO_SUCH_PAGE = "ページが見つかりません"
NOT_FROM_HERE = "この操作は、この画面からはできません。前の画面に戻って、ボタンからお試しください。"
# What the framework says by itself (in English), said in Japanese.
IN_JAPANESE = {
    (404, HTTPStatus.NOT_FOUND.phrase): NO_SUCH_PAGE,
    (405, HTTPStatus.METHOD_NOT_ALLOWED.phrase): NOT_FROM_HERE,
}
UNREADABLE_REQUEST = (
    "送られた内容を読み取れませんでした。前の画面に戻って、もう一度お試しください。"
)


def install_error_pages(app: FastAPI) -> None:
    templates = build_templates()

    async def handler(request: Request, error: Exception) -> Response:
        assert isinstance(error, StarletteHTTPException)
        if request.url.path.startswith("/console") and error.status_code in SHOWN_AS_PAGES:
            said = IN_JAPANESE.get((error.status_code, str(error.detail)), error.detail)
            return templates.TemplateResponse(
                request,
                "error.html",
                {"user": None, "status": error.status_code, "message": said},
                status_code=error.status_code,
                headers=error.headers,
            )
        return await http_exception_handler(request, error)

    async def no_such_case(request: Request, error: Exception) -> Response:
        return await handler(request, StarletteHTTPException(404, NO_SUCH_CASE))

    async def unreadable_address(request: Request, error: Exception) -> Response:
        # `/console/cases/abc`: an address that names nothing is a missing page, not a form
        # to correct.
        assert isinstance(error, RequestValidationError)
        if not request.url.path.startswith("/console"):
            return await request_validation_exception_handler(request, error)
        if any(part.get("loc", ("",))[0] == "path" for part in error.errors()):
            return await handler(request, StarletteHTTPException(404, NO_SUCH_PAGE))
        # A page number of 0 or 「abc」, a form sent without a field: a page staff can read,
        # not FastAPI's JSON.
        return await handler(request, StarletteHTTPException(400, UNREADABLE_REQUEST))

    app.add_exception_handler(StarletteHTTPException, handler)
    app.add_exception_handler(CaseNotFound, no_such_case)
    app.add_exception_handler(RequestValidationError, unreadable_address)
