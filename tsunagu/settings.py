"""Settings read from the environment (and `.env`), with the names operators rely on."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from cases.encryption import KeyringError, parse_keyring

PROJECT_ROOT = Path(__file__).resolve().parent.parent
VAR_DIR = PROJECT_ROOT / "var"


# A key for HMAC-SHA256 is as strong as its bytes: LINE's channel secrets are 32 hex
# characters, and `secrets.token_hex(32)` makes a TSUNAGU_SECRET_KEY of 64.
MIN_SECRET_BYTES = 32
SECRETS_WITH_A_MINIMUM = ("LINE_CHANNEL_SECRET", "TSUNAGU_SECRET_KEY")


class MissingSecretError(RuntimeError):
    """A production start without a required secret, or with one too short to keep
    anything secret: told at start-up, not later."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore", case_sensitive=True)

    TSUNAGU_ENV: Literal["demo", "development", "test", "production"] = "development"
    LINE_CHANNEL_SECRET: str = ""
    LINE_CHANNEL_ACCESS_TOKEN: str = ""
    LINE_API_BASE_URL: str = "https://api.line.me"
    # How long one call to LINE may take before it counts as failed and is retried.
    LINE_API_TIMEOUT_SECONDS: float = 10.0
    # The calls a turn waits for only briefly: the "…" animation and the profile's
    # language at follow (without it the door speaks Japanese).
    LINE_COURTESY_TIMEOUT_SECONDS: float = 2.0
    # How an answer goes out. `push-only` (the default): every answer by push under its
    # retry key, exactly once through any crash. A city's account on LINE's 地方公共団体
    # プラン pays nothing per push. `reply-first`: the free reply API while the token is
    # young, push after — for an account on a metered plan; a worker killed while LINE
    # holds a reply can then make one answer arrive twice (a reply carries no proof).
    # docs/architecture.md, "Delivery you can prove".
    LINE_ANSWER_DELIVERY: Literal["reply-first", "push-only"] = "push-only"
    DATABASE_URL: str = Field(
        default_factory=lambda: f"sqlite+aiosqlite:///{VAR_DIR / 'tsunagu.db'}"
    )
    # PostgreSQL connections one process may hold (kept open, and more when busy), and how
    # long a caller waits for one past them before the pool's time-out error.
    DATABASE_POOL_SIZE: int = Field(default=10, ge=1)
    DATABASE_MAX_OVERFLOW: int = Field(default=10, ge=0)
    DATABASE_POOL_TIMEOUT_SECONDS: float = Field(default=30.0, gt=0)
    REDIS_URL: str | None = None
    # Redis connections one process may hold, and how long a caller waits for a free one
    # before failing with a pool time-out (logged as such; the webhook's event is recorded
    # in the database all the same, and the sweep queues it).
    REDIS_MAX_CONNECTIONS: int = Field(default=64, ge=1)
    REDIS_POOL_TIMEOUT_SECONDS: float = Field(default=2.0, gt=0)
    NLU_URL: str | None = None
    NLU_TIMEOUT_SECONDS: float = 1.5
    STAFF_LINE_GROUP_ID: str | None = None
    PUBLIC_BASE_URL: str = "http://127.0.0.1:8000"
    TSUNAGU_MUNICIPALITY: str = "okayama"
    TSUNAGU_SECRET_KEY: str = ""
    TSUNAGU_WORKERS: int = 4
    TSUNAGU_EMBEDDED_WORKER: bool = True
    # A `tsunagu worker` process yields the CPU to the api on a shared host: LINE wants
    # the webhook answered within 2 s, while turns wait safely in the queue (0: off).
    TSUNAGU_WORKER_NICE: int = 10
    TSUNAGU_LOG_LEVEL: str = "INFO"
    TSUNAGU_REDIS_PREFIX: str = "tsunagu"
    # The recovery sweep: how often, and how old an unanswered event must be to re-queue.
    TSUNAGU_SWEEP_SECONDS: float = 15.0
    TSUNAGU_SWEEP_STALE_SECONDS: float = 20.0
    # /health: one probe (Rasa's /status included) serves every caller for this long; an
    # unanswered event or a waiting outbox message older than the lag makes it degraded.
    TSUNAGU_HEALTH_CACHE_SECONDS: float = 3.0
    TSUNAGU_HEALTH_MAX_LAG_SECONDS: float = 120.0
    # Floods: turns per resident per window (crisis messages always pass), and failed
    # console sign-ins per window: per address, and per login id from any address.
    TSUNAGU_USER_RATE_LIMIT: int = 60
    TSUNAGU_USER_RATE_WINDOW_SECONDS: int = 60
    TSUNAGU_LOGIN_RATE_LIMIT: int = 10
    TSUNAGU_LOGIN_ACCOUNT_RATE_LIMIT: int = 10
    TSUNAGU_LOGIN_RATE_WINDOW_SECONDS: int = 600
    # The reverse proxies whose X-Forwarded-For / X-Forwarded-Proto are believed
    # (comma-separated addresses or networks, "*" for any). None by default: the address
    # that connected is the caller's.
    FORWARDED_ALLOW_IPS: str = ""
    # After the hand-off: staff are alerted of a resident's follow-up messages at most
    # once per case in this many minutes (the console shows every one unread).
    TSUNAGU_FOLLOWUP_ALERT_QUIET_MINUTES: float = 30.0
    # After how many days the resident who agreed at the hand-off is asked how it went.
    TSUNAGU_CHECKIN_DAYS: int = Field(default=14, ge=1, le=365)
    # Staff alerts (no personal data): e-mail, signed webhook, and the outbox's pace.
    SMTP_HOST: str | None = None
    SMTP_PORT: int = 25
    SMTP_FROM: str = "tsunagu@localhost"
    SMTP_USERNAME: str | None = None
    SMTP_PASSWORD: str | None = None
    SMTP_STARTTLS: bool = False
    ALERT_EMAIL_TO: str | None = None  # comma-separated
    ALERT_WEBHOOK_URL: str | None = None
    ALERT_WEBHOOK_SECRET: str = ""
    # A translation service for staff (LibreTranslate API); unset: nothing is sent out.
    TSUNAGU_TRANSLATE_URL: str | None = None
    TSUNAGU_TRANSLATE_API_KEY: str = ""
    # A crisis nobody acknowledged in the console within this many minutes is alerted
    # again on every channel, once per period, until someone does (0: never).
    ALERT_REALERT_MINUTES: float = 10.0
    # A resident whose message has waited this many seconds for a worker sees LINE's
    # loading animation (a reply is coming) until their turn answers (0: never).
    TSUNAGU_REPLY_COMING_SECONDS: float = 3.0
    OUTBOX_POLL_SECONDS: float = 0.5
    OUTBOX_RETRY_BASE_SECONDS: float = 5.0
    OUTBOX_RETRY_MAX_SECONDS: float = 600.0
    OUTBOX_MAX_ATTEMPTS: int = 10
    # Personal data at rest: `id:base64key` entries (32-byte AES keys), the first encrypts,
    # all decrypt (`tsunagu keys generate`, `tsunagu keys rotate`). Required in production;
    # elsewhere a key is generated once under var/ and kept there.
    TSUNAGU_DATA_KEYS: str = ""
    # Retention (days): closed cases are emptied to their provision record; drafts never
    # finished are deleted; transcripts of people with no open case are deleted; received
    # webhook events (copies of the transcript) are deleted once answered. 0 = keep.
    TSUNAGU_RETAIN_CLOSED_CASE_DAYS: int = 1825
    TSUNAGU_RETAIN_DRAFT_DAYS: int = 90
    TSUNAGU_RETAIN_TRANSCRIPT_DAYS: int = 365
    TSUNAGU_RETAIN_EVENT_DAYS: int = 30
    TSUNAGU_PURGE_EVERY_SECONDS: float = 3600.0

    @property
    def production(self) -> bool:
        return self.TSUNAGU_ENV == "production"

    @model_validator(mode="after")
    def _redis_pool_fits_the_workers(self) -> Settings:
        # Each worker task holds a connection while it waits on the queue (BLMOVE).
        if self.REDIS_URL and self.REDIS_MAX_CONNECTIONS <= self.TSUNAGU_WORKERS:
            raise ValueError(
                f"REDIS_MAX_CONNECTIONS ({self.REDIS_MAX_CONNECTIONS}) must be more than"
                f" TSUNAGU_WORKERS ({self.TSUNAGU_WORKERS}): each worker task keeps a Redis"
                " connection while it waits for the next event"
            )
        return self

    @model_validator(mode="after")
    def _secrets_present_in_production(self) -> Settings:
        if not self.production:
            return self
        missing = [
            name
            for name in (
                "LINE_CHANNEL_SECRET",
                "LINE_CHANNEL_ACCESS_TOKEN",
                "TSUNAGU_SECRET_KEY",
                "TSUNAGU_DATA_KEYS",
            )
            if not getattr(self, name)
        ]
        if missing:
            raise MissingSecretError(
                "tsunagu cannot start in production without: "
                + ", ".join(missing)
                + ". Set them in the environment or in .env (see README, 設定)."
            )
        short = [
            name
            for name in SECRETS_WITH_A_MINIMUM
            if len(getattr(self, name).encode("utf-8")) < MIN_SECRET_BYTES
        ]
        if short:
            raise MissingSecretError(
                "tsunagu cannot start in production with a secret shorter than "
                f"{MIN_SECRET_BYTES} bytes: "
                + ", ".join(short)
                + ". Use the channel secret LINE shows (32 characters) and a random key for "
                'TSUNAGU_SECRET_KEY (python -c "import secrets; print(secrets.token_hex(32))").'
            )
        try:
            parse_keyring(self.TSUNAGU_DATA_KEYS)
        except KeyringError as error:
            raise MissingSecretError(f"TSUNAGU_DATA_KEYS cannot be used: {error}") from error
        return self


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
