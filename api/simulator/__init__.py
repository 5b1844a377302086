"""A LINE-like chat in the browser that talks to the bot through the real webhook."""

from api.simulator.router import build_router

__all__ = ["build_router"]
