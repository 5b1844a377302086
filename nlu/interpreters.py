"""Which interpreter a worker gets: Rasa backed by the in-process classifier, or the
classifier alone. The port and the rules' floor are `nlu.interpreter`'s."""

from __future__ import annotations

from nlu.classifier_loader import ClassifierLoader, FallbackInterpreter
from nlu.hybrid import HybridInterpreter
from nlu.interpreter import Interpreter
from nlu.rasa_client import RasaClient
from nlu.rasa_interpreter import RasaInterpreter


def build_interpreter(
    nlu_url: str | None, timeout: float, loader: ClassifierLoader | None = None
) -> Interpreter:
    """Rasa at `nlu_url` backed by the fallback classifier; without a URL, the fallback
    alone (state "degraded"). Crisis rules run first in every case. The classifier comes
    from `loader` (by default the installed one), which loads it beside the server."""
    loader = loader or ClassifierLoader()
    if not nlu_url:
        return FallbackInterpreter(loader)
    rasa = RasaInterpreter(RasaClient(nlu_url, timeout), in_process=loader.scores_if_loaded)
    return HybridInterpreter(rasa, loader)
