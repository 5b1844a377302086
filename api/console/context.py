"""What every console route shares: the database, who is signed in, the templates, the
cookie policy, the login guard and the city's agencies."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from functools import cached_property

from fastapi.templating import Jinja2Templates
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from api.console.access import case_access_dependency
from api.console.auth import (
    CookiePolicy,
    Database,
    LoginGuard,
    OpenDoor,
    database,
    require_role,
    signed_in_dependency,
)
from api.console.templating import build_templates
from api.console.transcript_view import TranslationMemory
from bot.notify.routing import AlertRouting
from cases.staff import SignedIn
from handlers.i18n import Catalogue
from tsunagu.languages import load_catalogue
from tsunagu.translation import NoTranslation, Translator

Dependency = Callable[..., Awaitable[SignedIn]]


@dataclass(frozen=True, slots=True)
class AgencyOption:
    id: str
    name: str


@dataclass(frozen=True, slots=True)
class CityChoices:
    """From the city's directory pack: the agencies staff may assign, and the 区."""

    agencies: tuple[AgencyOption, ...] = ()
    wards: tuple[str, ...] = ()


def city_choices(municipality: str) -> CityChoices:
    try:
        from directory.loader import load_directory

        directory = load_directory(municipality)
    except Exception:  # a city without a pack still gets a console
        return CityChoices()
    return CityChoices(
        tuple(AgencyOption(a.id, a.name) for a in directory.agencies),
        tuple(w.name for w in directory.municipality.wards),
    )


@dataclass
class ConsoleContext:
    session_factory: async_sessionmaker[AsyncSession]
    municipality: str
    secure_cookies: bool
    login_guard: LoginGuard = field(default_factory=OpenDoor)
    templates: Jinja2Templates = field(default_factory=build_templates)
    routing: AlertRouting = field(default_factory=AlertRouting)
    # A Japanese rendering of what a resident wrote in another language (`tsunagu/translation.py`).
    translator: Translator = field(default_factory=NoTranslation)

    def __post_init__(self) -> None:
        # Pages name an agency as the city's directory does, never by its id.
        self.templates.env.globals["agency_name"] = self.agency_name

    def agency_name(self, agency_id: str) -> str:
        return next((a.name for a in self.city.agencies if a.id == agency_id), agency_id)

    @cached_property
    def translation_memory(self) -> TranslationMemory:
        """Renderings of residents' messages already got (`transcript_view.py`)."""
        return TranslationMemory()

    @cached_property
    def catalogue(self) -> Catalogue:
        """What the bot says, in every language (for the line under a translated reply)."""
        return load_catalogue()

    @cached_property
    def db(self) -> Database:
        return database(self.session_factory)

    @cached_property
    def cookies(self) -> CookiePolicy:
        return CookiePolicy(self.secure_cookies)

    @cached_property
    def signed_in(self) -> Dependency:
        return signed_in_dependency(self.db)

    @cached_property
    def case_access(self) -> Dependency:
        return case_access_dependency(self.db, self.signed_in)

    @cached_property
    def city_staff(self) -> Dependency:
        """Admin and coordinator: every case, sharing decisions, the outbox."""
        return require_role(self.signed_in, "admin", "coordinator")

    @cached_property
    def city(self) -> CityChoices:
        return city_choices(self.municipality)
