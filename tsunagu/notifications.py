"""Builds the outbox dispatcher and the alert routing from the settings."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.line_api import LineApi
from bot.menu_links import MenuLinks
from bot.notify.channels import Channel
from bot.notify.dispatcher import OutboxDispatcher, RetryPolicy
from bot.notify.email import EmailChannel, SmtpSettings
from bot.notify.line_group import LineGroupChannel
from bot.notify.resident import ResidentChannel
from bot.notify.routing import AlertRouting
from bot.notify.webhook import WebhookChannel
from bot.realert import realert_every
from bot.visit.helper_menu import HELPER_MENU_SPEC
from tsunagu.languages import load_catalogue
from tsunagu.settings import Settings


def alert_routing(settings: Settings) -> AlertRouting:
    channels = []
    if settings.STAFF_LINE_GROUP_ID:
        channels.append("line_group")
    if settings.SMTP_HOST and settings.ALERT_EMAIL_TO:
        channels.append("email")
    if settings.ALERT_WEBHOOK_URL:
        channels.append("webhook")
    return AlertRouting(
        tuple(channels), settings.PUBLIC_BASE_URL, realert_every(settings.ALERT_REALERT_MINUTES)
    )


def unheard_alerts_warning(settings: Settings) -> str | None:
    """Said at start when no channel outside the console carries staff alerts."""
    if alert_routing(settings).channels:
        return None
    return (
        "no staff alert channel is configured (STAFF_LINE_GROUP_ID, SMTP_HOST with "
        "ALERT_EMAIL_TO, or ALERT_WEBHOOK_URL): alerts, crises included, reach staff only "
        "in the console's alerts view, /console/alerts"
    )


def build_outbox(
    settings: Settings, line: LineApi, session_factory: async_sessionmaker[AsyncSession]
) -> OutboxDispatcher:
    catalogue = load_catalogue()
    channels: list[Channel] = [
        ResidentChannel(line, session_factory, catalogue),
        MenuLinks(line, session_factory, catalogue, HELPER_MENU_SPEC),
    ]
    if settings.STAFF_LINE_GROUP_ID:
        channels.append(LineGroupChannel(line, settings.STAFF_LINE_GROUP_ID))
    if settings.SMTP_HOST and settings.ALERT_EMAIL_TO:
        recipients = tuple(a.strip() for a in settings.ALERT_EMAIL_TO.split(",") if a.strip())
        smtp = SmtpSettings(
            host=settings.SMTP_HOST,
            port=settings.SMTP_PORT,
            sender=settings.SMTP_FROM,
            recipients=recipients,
            username=settings.SMTP_USERNAME,
            password=settings.SMTP_PASSWORD,
            starttls=settings.SMTP_STARTTLS,
        )
        channels.append(EmailChannel(smtp))
    if settings.ALERT_WEBHOOK_URL:
        channels.append(WebhookChannel(settings.ALERT_WEBHOOK_URL, settings.ALERT_WEBHOOK_SECRET))
    policy = RetryPolicy(
        base_seconds=settings.OUTBOX_RETRY_BASE_SECONDS,
        max_seconds=settings.OUTBOX_RETRY_MAX_SECONDS,
        max_attempts=settings.OUTBOX_MAX_ATTEMPTS,
    )
    return OutboxDispatcher(session_factory, channels, policy, settings.OUTBOX_POLL_SECONDS)
