"""A LINE Messaging API emulator: records and validates every call the bot makes."""

from api.emulator.calls import Answer
from api.emulator.emulator import LineEmulator
from api.emulator.router import build_router

__all__ = ["Answer", "LineEmulator", "build_router"]
