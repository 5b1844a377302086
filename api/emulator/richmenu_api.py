"""The rich menu operations: create, image upload and download, default, per-user link."""

from __future__ import annotations

from collections.abc import Callable

from api.emulator.calls import Answer, Call, error
from api.emulator.richmenus import RichMenus

Operation = Callable[[RichMenus, Call], Answer]


def _create(menus: RichMenus, call: Call) -> Answer:
    return Answer(200, {"richMenuId": menus.create(call.body)})


def _validate(menus: RichMenus, call: Call) -> Answer:
    return Answer(200, {})


def _set_image(menus: RichMenus, call: Call) -> Answer:
    menus.set_image(call.params["richMenuId"], call.headers.get("content-type", ""), call.raw)
    return Answer(200, {})


def _get_image(menus: RichMenus, call: Call) -> Answer:
    data, content_type = menus.image(call.params["richMenuId"])
    return Answer(200, data, content_type=content_type)


def _get(menus: RichMenus, call: Call) -> Answer:
    return Answer(200, menus.describe(call.params["richMenuId"]))


def _list(menus: RichMenus, call: Call) -> Answer:
    return Answer(200, {"richmenus": menus.all()})


def _delete(menus: RichMenus, call: Call) -> Answer:
    menus.delete(call.params["richMenuId"])
    return Answer(200, {})


def _set_default(menus: RichMenus, call: Call) -> Answer:
    menus.set_default(call.params["richMenuId"])
    return Answer(200, {})


def _get_default(menus: RichMenus, call: Call) -> Answer:
    if menus.default_id is None:
        return error(404, "no default richmenu")
    return Answer(200, {"richMenuId": menus.default_id})


def _cancel_default(menus: RichMenus, call: Call) -> Answer:
    menus.cancel_default()
    return Answer(200, {})


def _link(menus: RichMenus, call: Call) -> Answer:
    menus.link(call.params["userId"], call.params["richMenuId"])
    return Answer(200, {})


def _unlink(menus: RichMenus, call: Call) -> Answer:
    menus.unlink(call.params["userId"])
    return Answer(200, {})


def _of_user(menus: RichMenus, call: Call) -> Answer:
    menu_id = menus.user_links.get(call.params["userId"])
    if menu_id is None:
        return error(404, "the user has no richmenu")
    return Answer(200, {"richMenuId": menu_id})


RICH_MENU_OPERATIONS: dict[str, Operation] = {
    "createRichMenu": _create,
    "validateRichMenuObject": _validate,
    "setRichMenuImage": _set_image,
    "getRichMenuImage": _get_image,
    "getRichMenu": _get,
    "getRichMenuList": _list,
    "deleteRichMenu": _delete,
    "setDefaultRichMenu": _set_default,
    "getDefaultRichMenuId": _get_default,
    "cancelDefaultRichMenu": _cancel_default,
    "linkRichMenuIdToUser": _link,
    "unlinkRichMenuIdFromUser": _unlink,
    "getRichMenuIdOfUser": _of_user,
}
