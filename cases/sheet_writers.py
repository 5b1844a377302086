"""Who wrote each stored sheet (`consulter.relation`), read by migrations that place rows
from what their sheet says: the sheets are opened with the installed keyring, and only
the relation leaves this function, never the sheet."""

from __future__ import annotations

import json

import sqlalchemy as sa

from cases.encryption import installed_keyring, is_envelope


def sheet_writers(bind: sa.engine.Connection) -> dict[int, str | None]:
    """Each sheet's `consulter.relation` (None when the sheet does not say, or the
    keyring cannot open it)."""
    keyring = installed_keyring()
    writers: dict[int, str | None] = {}
    for sheet_id, stored in bind.execute(sa.text("SELECT id, data FROM intake_sheets")):
        raw = stored if isinstance(stored, str) else json.dumps(stored)
        try:
            plain = keyring.decrypt_text(raw) if is_envelope(raw) else raw
            data = json.loads(plain)
        except (ValueError, TypeError):
            data = None
        consulter = data.get("consulter") if isinstance(data, dict) else None
        relation = consulter.get("relation") if isinstance(consulter, dict) else None
        writers[int(sheet_id)] = str(relation) if relation else None
    return writers
