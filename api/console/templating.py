"""Jinja2 templates of the console, with the labels staff read and times in JST."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from api.console.auth import CSRF_FIELD
from api.console.record_words import action_words, actor_words, detail_words, scope_words
from api.console.transcript_view import TRANSLATION_MISSING
from cases import checkins
from cases.casework import vocabulary
from cases.staff import ROLES
from handlers.handoff import checkin as checkin_words
from handlers.i18n import LANGUAGES
from handlers.messages import UNSHOWN_MARKS
from nlu.categories import CATEGORY_LABELS

HERE = Path(__file__).parent
JST = ZoneInfo("Asia/Tokyo")


def jst(value: datetime | None, shown: str = "%Y-%m-%d %H:%M") -> str:
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=ZoneInfo("UTC"))
    return value.astimezone(JST).strftime(shown)


def jst_day(value: datetime | None) -> str:
    """A day staff chose (a 支援会議's 開催日): the date alone, no invented time."""
    return jst(value, "%Y-%m-%d")


# Marks that turn the direction of the text after them (U+202A–U+202E, U+2066–U+2069):
# typed before a name, they make staff read 「htimS madA」 for 「Adam Smith」. Control
# characters (a bell, an escape) are dropped with them.


def shown_as_typed(value: Any) -> Any:
    """Every value a page shows, without direction marks (its letters in the order typed)
    or control characters."""
    if isinstance(value, Markup):
        return Markup(str(value).translate(UNSHOWN_MARKS))
    if isinstance(value, str):
        return value.translate(UNSHOWN_MARKS)
    return value


def build_templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    env = templates.env
    env.finalize = shown_as_typed  # before any template is compiled
    env.filters["jst"] = jst
    env.filters["jst_day"] = jst_day
    env.filters["scope_words"] = scope_words
    env.filters["action_words"] = action_words
    env.globals.update(actor_words=actor_words, detail_words=detail_words)
    env.globals.update(
        CSRF_FIELD=CSRF_FIELD,
        STATUS_LABELS=vocabulary.STATUS_LABELS,
        LANGUAGE_NAMES={language.code: language.name for language in LANGUAGES},
        TRANSLATION_MISSING=TRANSLATION_MISSING,
        URGENCY_LABELS=vocabulary.URGENCY_LABELS,
        BASIS_LABELS=vocabulary.BASIS_LABELS,
        CONSENT_STATUS_LABELS=vocabulary.CONSENT_STATUS_LABELS,
        CONSENT_METHOD_LABELS=vocabulary.CONSENT_METHOD_LABELS,
        CONSENT_CHANNEL_LABELS=vocabulary.CONSENT_CHANNEL_LABELS,
        CONSENT_TEXT_LABELS=vocabulary.CONSENT_TEXT_LABELS,
        GRANTOR_LABELS=vocabulary.GRANTOR_LABELS,
        PERSON_GRANTORS=vocabulary.PERSON_GRANTORS,
        PERSON_CONSENT_LABELS=vocabulary.PERSON_CONSENT_LABELS,
        ORIGIN_LABELS=vocabulary.ORIGIN_LABELS,
        CRISIS_FLAG_LABELS=vocabulary.CRISIS_FLAG_LABELS,
        MODEL_ONLY_MARK=vocabulary.MODEL_ONLY_MARK,
        DANGER_TO_ANOTHER=vocabulary.DANGER_TO_ANOTHER,
        DANGER_TO_BOTH=vocabulary.DANGER_TO_BOTH,
        ALERT_KIND_LABELS={**vocabulary.ALERT_KIND_LABELS, **checkins.ALERT_LABELS},
        CHECKIN_ANSWER_LABELS=checkin_words.ANSWERS,
        CHECKIN_CANCEL_LABELS=checkins.CANCEL_LABELS,
        CATEGORY_LABELS=CATEGORY_LABELS,
        ROLES=ROLES,
        ROLE_LABELS=vocabulary.ROLE_LABELS,
        CLOSING_REASONS=vocabulary.CLOSING_REASONS,
    )
    return templates
