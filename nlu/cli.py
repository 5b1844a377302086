"""`tsunagu nlu …` commands."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Annotated

import typer

from nlu.engines import ENGINE_NAMES, EngineName
from nlu.environment import PROJECT_ROOT

app = typer.Typer(help="NLU: train, predict, evaluate, serve the Rasa model.", no_args_is_help=True)

EngineOption = Annotated[
    str, typer.Option("--engine", help="rasa, fallback or baseline (the yardstick).")
]


def _nlu_url() -> str | None:
    """The Rasa server the api would use (`NLU_URL`), read from the environment: `nlu/`
    imports nothing of `tsunagu/`."""
    return os.environ.get("NLU_URL") or None


def _check_engine(engine: str) -> EngineName:
    for name in ENGINE_NAMES:
        if engine == name:
            return name
    raise typer.BadParameter("choose " + ", ".join(ENGINE_NAMES), param_hint="--engine")


@app.command()
def setup(force: bool = typer.Option(False, help="Rebuild even if nothing changed.")) -> None:
    """Build .venv-rasa (Python 3.10, uv) from nlu/requirements-rasa.txt; skip when unchanged."""
    from nlu.environment import SETUP_LOG, ensure_env, environment_is_current, venv_dir
    from nlu.warmup import record_duration

    if environment_is_current() and not force:
        typer.echo(f"{venv_dir()} is up to date")
        return
    started = time.monotonic()
    ensure_env(force=force)
    elapsed = time.monotonic() - started
    record_duration("environment", elapsed)
    typer.echo(f"{venv_dir()} ready in {elapsed:.0f} s (log: {SETUP_LOG})")


@app.command()
def train(force: bool = typer.Option(False, help="Train even if the data is unchanged.")) -> None:
    """Train the Rasa model when config, domain or data changed."""
    from nlu.model_store import TRAIN_LOG, current_model
    from nlu.model_store import train as train_model
    from nlu.warmup import record_duration

    cached = current_model()
    if cached is not None and not force:
        typer.echo(f"model is up to date: {cached}")
        return
    started = time.monotonic()
    path = train_model(force=force)
    elapsed = time.monotonic() - started
    record_duration("model", elapsed)
    typer.echo(f"trained {path} in {elapsed:.0f} s (log: {TRAIN_LOG})")


@app.command()
def corpus() -> None:
    """Write the written corpus (nlu/corpus/*.jsonl) out as training files for every engine."""
    from nlu.corpus import write_generated_files

    changed = write_generated_files()
    typer.echo("\n".join(f"wrote {path}" for path in changed) or "training files are up to date")


@app.command()
def fallback() -> None:
    """Train the fallback classifier into its cache (make install runs it); skip if current."""
    from nlu.build_fallback import build, describe

    typer.echo(describe(*build()))


@app.command()
def serve(port: int = typer.Option(5005, help="Port for the Rasa HTTP API.")) -> None:
    """Train if needed and run the Rasa server until interrupted."""
    from nlu.server import RasaServer, ensure_model

    with RasaServer(ensure_model(), port) as server:
        typer.echo(f"rasa is serving on {server.url} (Ctrl+C to stop)")
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


@app.command()
def predict(engine: EngineOption = "rasa") -> None:
    """Read JSON lines with "text" (and "id") on stdin; write predictions on stdout."""
    from nlu.engines import understand_all
    from nlu.records import prediction_record, read_inputs, write_records

    inputs = list(read_inputs(sys.stdin))
    understandings = understand_all(
        [record["text"] for record in inputs], _check_engine(engine), _nlu_url()
    )
    write_records(
        (
            prediction_record(record.get("id"), understanding)
            for record, understanding in zip(inputs, understandings, strict=True)
        ),
        sys.stdout,
    )


@app.command()
def evaluate(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="Labelled JSON lines.")],
    engine: EngineOption = "rasa",
    heatmap: Annotated[
        Path | None,
        typer.Option(
            help="Where to write the confusion heat-map (default: var/nlu-confusion-ENGINE.png)."
        ),
    ] = None,
    predictions: Annotated[
        Path | None, typer.Option(help="Also write the predictions here.")
    ] = None,
) -> None:
    """Per-category precision/recall/F1, micro/macro F1, main and act accuracy, crisis."""
    from nlu.engines import understand_all
    from nlu.evaluation import evaluate as score
    from nlu.evaluation import format_report
    from nlu.heatmap import write_heatmap
    from nlu.records import prediction_record, read_inputs, write_records

    chosen = _check_engine(engine)
    with file.open(encoding="utf-8") as lines:
        gold = list(read_inputs(lines))
    understandings = understand_all([record["text"] for record in gold], chosen, _nlu_url())
    predicted = [
        prediction_record(record.get("id"), understanding)
        for record, understanding in zip(gold, understandings, strict=True)
    ]
    report = score(gold, predicted)
    typer.echo(f"engine: {chosen}")
    typer.echo(format_report(report))
    target = heatmap or PROJECT_ROOT / "var" / f"nlu-confusion-{chosen}.png"
    write_heatmap(report.head_pairs, target, f"{file.name} — {chosen}")
    typer.echo(f"heat-map: {target}")
    if predictions is not None:
        with predictions.open("w", encoding="utf-8") as out:
            write_records(predicted, out)


if __name__ == "__main__":
    # `python -m nlu.cli …`: the same commands without importing the rest of `tsunagu`
    # (make's steps: on a busy two-core machine that import alone took 7 s).
    app()
