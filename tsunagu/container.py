"""The composition root: builds every adapter from the settings and wires them together."""

from __future__ import annotations

import asyncio
import functools
import importlib
import logging
import threading
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from redis.asyncio import BlockingConnectionPool, Redis
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.apply import EffectApplier
from bot.case_desk import CaseDesk
from bot.flood import FloodGuard
from bot.heartbeat import Heartbeat
from bot.line_api import LineApi
from bot.notify.dispatcher import OutboxDispatcher
from bot.queue import EventQueue, InProcessQueue, RedisQueue
from bot.ratelimit import LoginRateGuard, build_limiter
from bot.realert import CrisisRealerts
from bot.reception import Reception
from bot.reply_coming import ReplyComing
from bot.runtime import Runtime
from bot.visit.desk import VisitDesk
from bot.visit.links import ConsentLinks
from bot.worker import Worker
from cases.db import PoolSize, make_engine, make_session_factory
from directory.hotlines import load_hotline_file
from handlers.context import TurnContext
from handlers.registry import build_dispatcher
from nlu.classifier_loader import ClassifierLoader
from nlu.crisis import compiled_rules
from nlu.interpreter import Interpreter
from tsunagu.data_keys import install_data_keys
from tsunagu.languages import load_catalogue
from tsunagu.memory import freeze_what_started
from tsunagu.notifications import alert_routing, build_outbox
from tsunagu.retention import build_housekeeping
from tsunagu.settings import Settings
from tsunagu.signing_key import signing_key

log = logging.getLogger(__name__)
JST = ZoneInfo("Asia/Tokyo")

DEMO_CHANNEL_SECRET = "demo-channel-secret"
DEMO_ACCESS_TOKEN = "demo-channel-access-token"


def effective_line_settings(settings: Settings) -> tuple[str, str, str]:
    """(secret, token, API base URL). Outside production, missing values point the bot at
    its own LINE emulator, so the demo needs nothing set by hand."""
    secret = settings.LINE_CHANNEL_SECRET
    token = settings.LINE_CHANNEL_ACCESS_TOKEN
    base = settings.LINE_API_BASE_URL
    if not settings.production:
        secret = secret or DEMO_CHANNEL_SECRET
        token = token or DEMO_ACCESS_TOKEN
        if settings.TSUNAGU_ENV == "demo" and base == "https://api.line.me":
            base = settings.PUBLIC_BASE_URL.rstrip("/") + "/emulator"
    return secret, token, base


def uses_emulator(settings: Settings) -> bool:
    return not settings.production and "/emulator" in effective_line_settings(settings)[2]


def build_interpreter(settings: Settings, loader: ClassifierLoader) -> Interpreter:
    from nlu.interpreters import build_interpreter as interpreter_for

    return interpreter_for(settings.NLU_URL, settings.NLU_TIMEOUT_SECONDS, loader)


def municipality_prefecture(municipality: str) -> str | None:
    try:
        from directory.loader import load_directory
    except ImportError:
        return None
    try:
        return str(load_directory(municipality).municipality.prefecture)
    except Exception:
        return None


class TurnParts:
    """What a turn needs beyond what answers a webhook, loaded in a thread once the server
    runs: the crisis patterns, the LINE SDK's reply models, the directory packs, then the
    fallback classifier. A turn waits for the first three (`ready`: seconds at most; a
    crisis answer needs them too); it waits for the classifier only if it reads free text
    and is not a crisis (`ClassifierLoader`). Once all are in, what start-up made is kept
    out of the collector's walks (`memory.freeze_what_started`)."""

    def __init__(self, classifier: ClassifierLoader, municipality: str) -> None:
        self.classifier = classifier
        self._municipality = municipality
        self._loaded: Future[None] = Future()
        self._started = False
        self._lock = threading.Lock()

    def start(self, turns_here: bool = True) -> None:
        """Load the parts in a thread; the classifier too when this process runs turns
        (`turns_here`; else it loads only if a message comes to need it)."""
        with self._lock:
            if self._started:
                return
            self._started = True
        if not turns_here:
            self.classifier.not_needed_here()
        threading.Thread(
            target=self._load, args=(turns_here,), name="turn-parts", daemon=True
        ).start()

    def _load(self, turns_here: bool = True) -> None:
        try:
            compiled_rules()
            importlib.import_module("bot.render")
            municipality_prefecture(self._municipality)
            load_hotline_file()  # read once, before any crisis needs it
        except Exception as error:  # a turn then loads what it needs itself
            log.warning("warm-up incomplete (%s)", type(error).__name__)
        finally:
            if not self._loaded.done():  # a stack closed before the warm-up ended
                self._loaded.set_result(None)
            if turns_here:
                self.classifier.when_loaded(freeze_what_started)
                self.classifier.start()
            else:
                freeze_what_started()

    async def ready(self) -> None:
        """Wait until the parts every turn needs are loaded (starting them if need be):
        a turn that imported them itself would hold the event loop, and every webhook
        ack with it, on the warm-up's import lock."""
        self.start()
        await asyncio.wrap_future(self._loaded)


@dataclass
class Services:
    settings: Settings
    engine: AsyncEngine
    session_factory: async_sessionmaker[AsyncSession]
    redis: Redis | None
    queue: EventQueue
    reception: Reception
    line: LineApi
    interpreter: Interpreter
    runtime: Runtime
    worker: Worker
    outbox: OutboxDispatcher
    channel_secret: str
    # What the first turns need, loaded beside the running server (`warm_up`).
    prepared: TurnParts
    extras: dict[str, Any] = field(default_factory=dict)

    def warm_up(self, turns_here: bool = True) -> None:
        """Load what the first turns need, in a thread: the server answers meanwhile. An
        api whose workers run apart (`turns_here` False) loads no classifier."""
        self.prepared.start(turns_here)

    async def close(self) -> None:
        await self.worker.stop()
        await self.outbox.stop()
        await self.line.close()
        close_interpreter = getattr(self.interpreter, "aclose", None)
        if close_interpreter is not None:
            await close_interpreter()
        if self.redis is not None:
            await self.redis.aclose()
        await self.engine.dispose()


def visit_desk(settings: Settings) -> VisitDesk:
    links = ConsentLinks(settings.PUBLIC_BASE_URL, signing_key(settings))
    return VisitDesk(alert_routing(settings), links)


def redis_client(settings: Settings) -> Redis | None:
    """A client whose connections are bounded (`REDIS_MAX_CONNECTIONS`): a caller past the
    bound waits for one to come free, for `REDIS_POOL_TIMEOUT_SECONDS` at most, instead of
    failing at once as the default pool does."""
    if not settings.REDIS_URL:
        return None
    pool = BlockingConnectionPool.from_url(
        settings.REDIS_URL,
        max_connections=settings.REDIS_MAX_CONNECTIONS,
        timeout=settings.REDIS_POOL_TIMEOUT_SECONDS,
    )
    return Redis.from_pool(pool)  # closed with the client


def build_services(
    settings: Settings,
    classifier: ClassifierLoader | None = None,
) -> Services:
    install_data_keys(settings)
    secret, token, base = effective_line_settings(settings)
    engine = make_engine(
        settings.DATABASE_URL,
        PoolSize(
            settings.DATABASE_POOL_SIZE,
            settings.DATABASE_MAX_OVERFLOW,
            settings.DATABASE_POOL_TIMEOUT_SECONDS,
        ),
    )
    session_factory = make_session_factory(engine)
    redis = redis_client(settings)
    prefix = settings.TSUNAGU_REDIS_PREFIX
    queue: EventQueue = RedisQueue(redis, prefix) if redis is not None else InProcessQueue()
    line = LineApi(
        base, token, settings.LINE_API_TIMEOUT_SECONDS, settings.LINE_COURTESY_TIMEOUT_SECONDS
    )
    prepared = TurnParts(classifier or ClassifierLoader(), settings.TSUNAGU_MUNICIPALITY)
    interpreter = build_interpreter(settings, prepared.classifier)
    # Read from the directory packs at the first turn, not while the server starts.
    prefecture = functools.cache(lambda: municipality_prefecture(settings.TSUNAGU_MUNICIPALITY))

    def context() -> TurnContext:
        return TurnContext(
            now=datetime.now(JST),
            municipality=settings.TSUNAGU_MUNICIPALITY,
            prefecture=prefecture(),
            checkin_days=settings.TSUNAGU_CHECKIN_DAYS,
        )

    limiter = build_limiter(redis, prefix)
    routing = alert_routing(settings)
    visits = visit_desk(settings)
    cases = CaseDesk(routing, timedelta(minutes=settings.TSUNAGU_FOLLOWUP_ALERT_QUIET_MINUTES))
    runtime = Runtime(
        session_factory,
        line,
        interpreter,
        build_dispatcher(),
        context,
        EffectApplier(routing, cases, visits),
        desk=visits,
        cases=cases,
        flood_guard=FloodGuard(
            limiter, settings.TSUNAGU_USER_RATE_LIMIT, settings.TSUNAGU_USER_RATE_WINDOW_SECONDS
        ),
        before_turn=prepared.ready,
        replies=settings.LINE_ANSWER_DELIVERY == "reply-first",
        catalogue=load_catalogue(),
    )
    worker = Worker(
        queue,
        runtime,
        session_factory,
        concurrency=settings.TSUNAGU_WORKERS,
        sweep_every=settings.TSUNAGU_SWEEP_SECONDS,
        stale_after=timedelta(seconds=settings.TSUNAGU_SWEEP_STALE_SECONDS),
        housekeeping=build_housekeeping(settings, session_factory),
        realerts=CrisisRealerts(session_factory, alert_routing(settings)),
        heartbeat=(
            Heartbeat(redis, prefix, interpreter, queue, settings.TSUNAGU_WORKERS)
            if redis is not None
            else None
        ),
        reply_coming=(
            ReplyComing(session_factory, line, settings.TSUNAGU_REPLY_COMING_SECONDS)
            if settings.TSUNAGU_REPLY_COMING_SECONDS > 0
            else None
        ),
    )
    return Services(
        settings=settings,
        engine=engine,
        session_factory=session_factory,
        redis=redis,
        queue=queue,
        reception=Reception(engine, queue),
        line=line,
        interpreter=interpreter,
        runtime=runtime,
        worker=worker,
        outbox=build_outbox(settings, line, session_factory),
        channel_secret=secret,
        prepared=prepared,
        extras={
            "login_guard": LoginRateGuard(
                limiter,
                settings.TSUNAGU_LOGIN_RATE_LIMIT,
                settings.TSUNAGU_LOGIN_RATE_WINDOW_SECONDS,
                account_limit=settings.TSUNAGU_LOGIN_ACCOUNT_RATE_LIMIT,
            )
        },
    )
