"""Rich menus held by the emulator: created menus, their images, the default, and the
menu linked to each user."""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass, field
from typing import Any

IMAGE_TYPES = ("image/png", "image/jpeg")
MAX_IMAGE_BYTES = 1_000_000


class RichMenuError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass
class _Menu:
    body: dict[str, Any]
    image: bytes | None = None
    image_type: str | None = None


@dataclass
class RichMenus:
    _menus: dict[str, _Menu] = field(default_factory=dict)
    default_id: str | None = None
    user_links: dict[str, str] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def create(self, body: dict[str, Any]) -> str:
        menu_id = "richmenu-" + secrets.token_hex(16)
        with self._lock:
            self._menus[menu_id] = _Menu(dict(body))
        return menu_id

    def _menu(self, menu_id: str) -> _Menu:
        menu = self._menus.get(menu_id)
        if menu is None:
            raise RichMenuError(404, "Not found")
        return menu

    def describe(self, menu_id: str) -> dict[str, Any]:
        with self._lock:
            return {"richMenuId": menu_id, **self._menu(menu_id).body}

    def all(self) -> list[dict[str, Any]]:
        with self._lock:
            return [{"richMenuId": i, **m.body} for i, m in self._menus.items()]

    def set_image(self, menu_id: str, content_type: str, data: bytes) -> None:
        kind = content_type.split(";")[0].strip().lower()
        if kind not in IMAGE_TYPES:
            raise RichMenuError(415, "The image must be image/jpeg or image/png")
        if not data:
            raise RichMenuError(400, "The image is empty")
        if len(data) > MAX_IMAGE_BYTES:
            raise RichMenuError(413, "The image must be at most 1 MB")
        with self._lock:
            menu = self._menu(menu_id)
            if menu.image is not None:
                raise RichMenuError(400, "An image has already been uploaded to the richmenu")
            menu.image, menu.image_type = data, kind

    def image(self, menu_id: str) -> tuple[bytes, str]:
        with self._lock:
            menu = self._menu(menu_id)
            if menu.image is None or menu.image_type is None:
                raise RichMenuError(404, "Not found")
            return menu.image, menu.image_type

    def _ready(self, menu_id: str) -> None:
        if self._menu(menu_id).image is None:
            raise RichMenuError(400, "must upload richmenu image before applying it to user")

    def set_default(self, menu_id: str) -> None:
        with self._lock:
            self._ready(menu_id)
            self.default_id = menu_id

    def cancel_default(self) -> None:
        with self._lock:
            self.default_id = None

    def link(self, user_id: str, menu_id: str) -> None:
        with self._lock:
            self._ready(menu_id)
            self.user_links[user_id] = menu_id

    def unlink(self, user_id: str) -> None:
        with self._lock:
            self.user_links.pop(user_id, None)

    def delete(self, menu_id: str) -> None:
        with self._lock:
            self._menu(menu_id)
            del self._menus[menu_id]
            if self.default_id == menu_id:
                self.default_id = None
            self.user_links = {u: m for u, m in self.user_links.items() if m != menu_id}

    def menu_for(self, user_id: str) -> str | None:
        """The menu a user sees: their own link, else the default."""
        with self._lock:
            return self.user_links.get(user_id, self.default_id)

    def shown_to(self, user_id: str) -> dict[str, Any] | None:
        """The menu object LINE shows `user_id` (their link, else the default), if any."""
        with self._lock:
            menu_id = self.user_links.get(user_id, self.default_id)
            if menu_id is None:
                return None
            return {"richMenuId": menu_id, **self._menus[menu_id].body}

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            menus = [
                {
                    "richMenuId": i,
                    **m.body,
                    "image": {"contentType": m.image_type, "bytes": len(m.image)}
                    if m.image is not None
                    else None,
                }
                for i, m in self._menus.items()
            ]
            return {"richmenus": menus, "default": self.default_id, "links": dict(self.user_links)}

    def clear(self) -> None:
        with self._lock:
            self._menus.clear()
            self.default_id = None
            self.user_links.clear()
