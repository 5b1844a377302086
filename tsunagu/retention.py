"""The retention policy and its periodic purge, from the settings."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.checkins import CheckInSender
from bot.housekeeping import Housekeeping
from cases.retention import RetentionPolicy
from tsunagu.settings import Settings


def retention_policy(settings: Settings) -> RetentionPolicy:
    return RetentionPolicy(
        closed_case_days=settings.TSUNAGU_RETAIN_CLOSED_CASE_DAYS,
        draft_days=settings.TSUNAGU_RETAIN_DRAFT_DAYS,
        transcript_days=settings.TSUNAGU_RETAIN_TRANSCRIPT_DAYS,
        event_days=settings.TSUNAGU_RETAIN_EVENT_DAYS,
    )


def build_housekeeping(
    settings: Settings, session_factory: async_sessionmaker[AsyncSession]
) -> Housekeeping:
    return Housekeeping(
        session_factory,
        retention_policy(settings),
        settings.TSUNAGU_PURGE_EVERY_SECONDS,
        checkins=CheckInSender(session_factory),
    )
