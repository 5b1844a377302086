"""Every flow the bot can hold and the commands of every state, put together into the
dispatcher the runtime uses (`build_dispatcher`). `handlers/flow.py` says what a flow is."""

from __future__ import annotations

from handlers.commands import AHEAD
from handlers.data_rights import DataRightsFlow
from handlers.flow import Flow
from handlers.handoff.after import CaseFollowUps
from handlers.handoff.directory_suggester import hours_of_agencies, suggest_from_directory
from handlers.handoff.flow import HandoffFlow
from handlers.intake.flow import IntakeFlow
from handlers.search import SearchFlow
from handlers.turn import Dispatcher
from handlers.visit.consent import VisitHandoffFlow
from handlers.visit.dispatch import visit_commands
from handlers.visit.flow import VisitFlow


def registered_flows() -> dict[str, Flow]:
    flows: dict[str, Flow] = {}
    flows["handoff"] = HandoffFlow(suggest_from_directory)
    flows["intake"] = IntakeFlow(then=flows["handoff"])
    flows["search"] = SearchFlow()
    flows["data_rights"] = DataRightsFlow()
    flows["visit_handoff"] = VisitHandoffFlow(suggest_from_directory)
    return flows


def build_dispatcher() -> Dispatcher:
    flows = registered_flows()
    visits = VisitFlow(then=flows["visit_handoff"])
    return Dispatcher(
        {**flows, visits.name: visits},
        after_handoff=CaseFollowUps(hours_of_agencies),
        ahead=(*visit_commands(visits), *AHEAD),
    )
