"""LINE's documented limits that `messaging-api.yml` does not state as schema keywords.

Each check returns `{"property": "messages[0].text", "message": "…"}` items, like the
spec validator, so one 400 body can list both kinds of breach."""

from __future__ import annotations

import json
from typing import Any

MAX_TEXT_UTF16 = 5000
MAX_ALT_TEXT = 1500
MAX_QUICK_REPLY_LABEL = 20
MAX_TEMPLATE_ACTION_LABEL = 20
MAX_IMAGE_CAROUSEL_LABEL = 12
MAX_FLEX_BUTTON_LABEL = 40
MAX_DISPLAY_TEXT = 300
MAX_URI = 1000
URI_SCHEMES = ("http://", "https://", "line://", "tel:")
MAX_BUTTONS_TEXT = 160
MAX_BUTTONS_TEXT_WITH_TITLE_OR_IMAGE = 60
MAX_TEMPLATE_TITLE = 40
MAX_BUTTONS_ACTIONS = 4
CONFIRM_ACTIONS = 2
MAX_CONFIRM_TEXT = 240
MAX_CAROUSEL_COLUMNS = 10
MAX_CAROUSEL_TEXT = 120
MAX_CAROUSEL_ACTIONS = 3
MAX_FLEX_CAROUSEL_BUBBLES = 12
MAX_FLEX_BUBBLE_BYTES = 30_000
MAX_FLEX_CAROUSEL_BYTES = 50_000

Breach = dict[str, str]


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _breach(path: str, message: str) -> Breach:
    return {"property": path, "message": message}


def _too_long(path: str, value: Any, limit: int, unit: str = "characters") -> list[Breach]:
    if not isinstance(value, str):
        return []
    size = utf16_len(value) if unit == "UTF-16 code units" else len(value)
    if size > limit:
        return [_breach(path, f"must be at most {limit} {unit} (is {size})")]
    return []


def _non_empty(path: str, value: Any) -> list[Breach]:
    if isinstance(value, str) and not value.strip():
        return [_breach(path, "must not be empty")]
    return []


def action_breaches(action: Any, path: str, label_limit: int | None) -> list[Breach]:
    if not isinstance(action, dict):
        return []
    found: list[Breach] = []
    label = action.get("label")
    if label_limit is not None:
        if label is None and action.get("type") not in ("camera", "cameraRoll", "location"):
            found.append(_breach(f"{path}.label", "must be specified"))
        found += _non_empty(f"{path}.label", label)
        found += _too_long(f"{path}.label", label, label_limit)
    found += _too_long(f"{path}.displayText", action.get("displayText"), MAX_DISPLAY_TEXT)
    if action.get("type") == "uri":
        uri = action.get("uri")
        found += _too_long(f"{path}.uri", uri, MAX_URI)
        if isinstance(uri, str) and not uri.startswith(URI_SCHEMES):
            found.append(_breach(f"{path}.uri", "must be an http, https, line or tel URI"))
    if action.get("type") == "message":
        found += _non_empty(f"{path}.text", action.get("text"))
    return found


def _quick_reply_breaches(quick_reply: Any, path: str) -> list[Breach]:
    items = quick_reply.get("items") if isinstance(quick_reply, dict) else None
    if not isinstance(items, list):
        return []
    found: list[Breach] = []
    if not items:
        found.append(_breach(f"{path}.items", "must have at least 1 item"))
    for i, item in enumerate(items):
        if isinstance(item, dict):
            action_path = f"{path}.items[{i}].action"
            found += action_breaches(item.get("action"), action_path, MAX_QUICK_REPLY_LABEL)
    return found


def _actions_breaches(
    actions: Any, path: str, label_limit: int, least: int, most: int
) -> list[Breach]:
    if not isinstance(actions, list):
        return []
    found: list[Breach] = []
    if not least <= len(actions) <= most:
        wanted = str(most) if least == most else f"{least} to {most}"
        found.append(_breach(path, f"must have {wanted} actions (has {len(actions)})"))
    for i, action in enumerate(actions):
        found += action_breaches(action, f"{path}[{i}]", label_limit)
    return found


def _column_text_limit(column: dict[str, Any], plain_limit: int) -> int:
    if column.get("title") or column.get("thumbnailImageUrl"):
        return MAX_BUTTONS_TEXT_WITH_TITLE_OR_IMAGE
    return plain_limit


def _template_breaches(template: Any, path: str) -> list[Breach]:
    if not isinstance(template, dict):
        return []
    kind = template.get("type")
    found: list[Breach] = []
    if kind == "buttons":
        limit = _column_text_limit(template, MAX_BUTTONS_TEXT)
        found += _non_empty(f"{path}.text", template.get("text"))
        found += _too_long(f"{path}.text", template.get("text"), limit)
        found += _too_long(f"{path}.title", template.get("title"), MAX_TEMPLATE_TITLE)
        found += _actions_breaches(
            template.get("actions"),
            f"{path}.actions",
            MAX_TEMPLATE_ACTION_LABEL,
            1,
            MAX_BUTTONS_ACTIONS,
        )
    elif kind == "confirm":
        found += _non_empty(f"{path}.text", template.get("text"))
        found += _too_long(f"{path}.text", template.get("text"), MAX_CONFIRM_TEXT)
        found += _actions_breaches(
            template.get("actions"),
            f"{path}.actions",
            MAX_TEMPLATE_ACTION_LABEL,
            CONFIRM_ACTIONS,
            CONFIRM_ACTIONS,
        )
    elif kind in ("carousel", "image_carousel"):
        found += _carousel_breaches(template, path, kind)
    return found


def _carousel_breaches(template: dict[str, Any], path: str, kind: str) -> list[Breach]:
    columns = template.get("columns")
    if not isinstance(columns, list):
        return []
    found: list[Breach] = []
    if not 1 <= len(columns) <= MAX_CAROUSEL_COLUMNS:
        found.append(_breach(f"{path}.columns", f"must have 1 to {MAX_CAROUSEL_COLUMNS} columns"))
    counts = set()
    for i, column in enumerate(columns):
        if not isinstance(column, dict):
            continue
        column_path = f"{path}.columns[{i}]"
        if kind == "image_carousel":
            found += action_breaches(
                column.get("action"), f"{column_path}.action", MAX_IMAGE_CAROUSEL_LABEL
            )
            continue
        limit = _column_text_limit(column, MAX_CAROUSEL_TEXT)
        found += _too_long(f"{column_path}.text", column.get("text"), limit)
        found += _too_long(f"{column_path}.title", column.get("title"), MAX_TEMPLATE_TITLE)
        actions = column.get("actions")
        counts.add(len(actions) if isinstance(actions, list) else 0)
        found += _actions_breaches(
            actions, f"{column_path}.actions", MAX_TEMPLATE_ACTION_LABEL, 1, MAX_CAROUSEL_ACTIONS
        )
    if len(counts) > 1:
        found.append(
            _breach(f"{path}.columns", "every column must have the same number of actions")
        )
    return found


def _flex_node_breaches(node: Any, path: str) -> list[Breach]:
    """Walk a Flex container: empty texts, button labels, every action."""
    found: list[Breach] = []
    if isinstance(node, list):
        for i, item in enumerate(node):
            found += _flex_node_breaches(item, f"{path}[{i}]")
        return found
    if not isinstance(node, dict):
        return found
    kind = node.get("type")
    if kind == "text" and not node.get("contents"):
        if "text" not in node:
            found.append(_breach(f"{path}.text", "must be specified"))
        found += _non_empty(f"{path}.text", node.get("text"))
    for key, value in node.items():
        if key == "action":
            limit = MAX_FLEX_BUTTON_LABEL if kind == "button" else None
            found += action_breaches(value, f"{path}.action", limit)
        elif isinstance(value, dict | list):
            found += _flex_node_breaches(value, f"{path}.{key}")
    return found


def _flex_breaches(contents: Any, path: str) -> list[Breach]:
    if not isinstance(contents, dict):
        return []
    found: list[Breach] = []
    size = len(json.dumps(contents, ensure_ascii=False).encode("utf-8"))
    if contents.get("type") == "carousel":
        bubbles = contents.get("contents")
        if isinstance(bubbles, list) and not 1 <= len(bubbles) <= MAX_FLEX_CAROUSEL_BUBBLES:
            found.append(
                _breach(f"{path}.contents", f"must have 1 to {MAX_FLEX_CAROUSEL_BUBBLES} bubbles")
            )
        if size > MAX_FLEX_CAROUSEL_BYTES:
            found.append(_breach(path, f"must be at most {MAX_FLEX_CAROUSEL_BYTES} bytes"))
    elif size > MAX_FLEX_BUBBLE_BYTES:
        found.append(_breach(path, f"must be at most {MAX_FLEX_BUBBLE_BYTES} bytes"))
    return found + _flex_node_breaches(contents, path)


def message_breaches(message: Any, path: str) -> list[Breach]:
    if not isinstance(message, dict):
        return []
    kind = message.get("type")
    found: list[Breach] = []
    if kind == "text":
        found += _non_empty(f"{path}.text", message.get("text"))
        found += _too_long(f"{path}.text", message.get("text"), MAX_TEXT_UTF16, "UTF-16 code units")
    if kind in ("template", "flex", "imagemap"):
        found += _non_empty(f"{path}.altText", message.get("altText"))
        found += _too_long(f"{path}.altText", message.get("altText"), MAX_ALT_TEXT)
    if kind == "template":
        found += _template_breaches(message.get("template"), f"{path}.template")
    if kind == "flex":
        found += _flex_breaches(message.get("contents"), f"{path}.contents")
    if "quickReply" in message:
        found += _quick_reply_breaches(message["quickReply"], f"{path}.quickReply")
    return found


def messages_breaches(body: Any) -> list[Breach]:
    """Breaches in the `messages` of a reply or push body."""
    messages = body.get("messages") if isinstance(body, dict) else None
    if not isinstance(messages, list):
        return []
    found: list[Breach] = []
    for i, message in enumerate(messages):
        found += message_breaches(message, f"messages[{i}]")
    return found


RICH_MENU_MIN_WIDTH = 800
RICH_MENU_MAX_WIDTH = 2500
RICH_MENU_MIN_HEIGHT = 250
RICH_MENU_MIN_RATIO = 1.45
MAX_RICH_MENU_AREAS = 20
REQUIRED_RICH_MENU_FIELDS = ("size", "selected", "name", "chatBarText", "areas")


def _area_breaches(area: Any, path: str, width: int, height: int) -> list[Breach]:
    if not isinstance(area, dict):
        return []
    found = action_breaches(area.get("action"), f"{path}.action", None)
    bounds = area.get("bounds")
    if not isinstance(bounds, dict):
        return [*found, _breach(f"{path}.bounds", "must be specified")]
    x, y = bounds.get("x", 0), bounds.get("y", 0)
    w, h = bounds.get("width", 0), bounds.get("height", 0)
    if all(isinstance(v, int) for v in (x, y, w, h)) and (x + w > width or y + h > height):
        found.append(_breach(f"{path}.bounds", "must lie inside the rich menu"))
    return found


def rich_menu_breaches(body: Any) -> list[Breach]:
    """Rich menu rules from LINE's documentation: every field given, 800–2500 px wide,
    at least 250 px high, width/height ≥ 1.45, at most 20 areas, each inside the menu."""
    if not isinstance(body, dict):
        return []
    found = [_breach(f, "must be specified") for f in REQUIRED_RICH_MENU_FIELDS if f not in body]
    size = body.get("size")
    width = size.get("width") if isinstance(size, dict) else None
    height = size.get("height") if isinstance(size, dict) else None
    if isinstance(width, int) and isinstance(height, int):
        if not RICH_MENU_MIN_WIDTH <= width <= RICH_MENU_MAX_WIDTH:
            found.append(_breach("size.width", "must be between 800 and 2500"))
        if height < RICH_MENU_MIN_HEIGHT:
            found.append(_breach("size.height", "must be at least 250"))
        elif width / height < RICH_MENU_MIN_RATIO:
            found.append(_breach("size", "width / height must be at least 1.45"))
    areas = body.get("areas")
    if isinstance(areas, list):
        if len(areas) > MAX_RICH_MENU_AREAS:
            found.append(_breach("areas", f"must have at most {MAX_RICH_MENU_AREAS} areas"))
        if isinstance(width, int) and isinstance(height, int):
            for i, area in enumerate(areas):
                found += _area_breaches(area, f"areas[{i}]", width, height)
    return found
