"""How `make test` shares the tests between pytest-xdist's processes (``-n``,
``--dist loadgroup``): tests that are independent go wherever a process is free; tests
that share one heavy thing stay in one process, so the run starts it once:

- every test that talks to the real Rasa server (``rasa`` marker or the ``rasa_server``
  fixture): one Rasa server per run, not one per process;
- the fault tests (``faults`` marker): they kill and cut real processes and count what
  survives, so they run one after the other rather than two at once on two cores. They
  spend most of their time waiting out the outages they make, which is why `make test`
  starts one process more than the machine has cores.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest


def _talks_to_rasa(item: pytest.Item) -> bool:
    return item.get_closest_marker("rasa") is not None or "rasa_server" in getattr(
        item, "fixturenames", ()
    )


def _breaks_processes(item: pytest.Item) -> bool:
    return item.get_closest_marker("faults") is not None


GROUPS: tuple[tuple[str, Callable[[pytest.Item], bool]], ...] = (
    ("rasa", _talks_to_rasa),
    ("faults", _breaks_processes),
)


def group_shared_servers(items: list[pytest.Item]) -> None:
    for item in items:
        for name, belongs in GROUPS:
            if belongs(item):
                item.add_marker(pytest.mark.xdist_group(name))
                break
