"""`tsunagu directory …` commands."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

from directory.calendar_jp import JST
from directory.models import CityPack
from directory.yaml_source import DATA_DIR

app = typer.Typer(
    help="The agency directory: validate, suggest, search, export, import.", no_args_is_help=True
)

DATA_DIR_OPTION = typer.Option(DATA_DIR, "--data-dir", help="Folder of the YAML packs.")
# The city's pack, as the server's TSUNAGU_MUNICIPALITY says (read here, not through the
# settings of `tsunagu/`: the directory imports nothing of the rooms above it).
MUNICIPALITY_OPTION = typer.Option(
    "okayama", "--municipality", envvar="TSUNAGU_MUNICIPALITY", help="Pack."
)


def _moment(value: str | None) -> datetime:
    if value is None:
        return datetime.now(JST)
    moment = datetime.fromisoformat(value)
    return moment.replace(tzinfo=JST) if moment.tzinfo is None else moment


@app.command()
def validate(
    municipality: str | None = typer.Option(None, help="One pack (default: every pack)."),
    data_dir: Path = DATA_DIR_OPTION,
) -> None:
    """Check the YAML packs; exit code 1 with one line per problem. Then, per pack, how
    many resident-facing agencies have no number of their own (what the city should fill in)."""
    from directory.loader import pack_names, validate_packs
    from directory.yaml_source import read_model

    names = [municipality] if municipality else list(pack_names(data_dir))
    problems = validate_packs(names, data_dir)
    if problems:
        typer.echo(f"{len(problems)} 件の問題があります:", err=True)
        for problem in problems:
            typer.echo(f"  {problem}", err=True)
        raise typer.Exit(1)
    typer.echo(f"ok: {', '.join(names)} と hotlines.yaml に問題はありません")
    for name in names:
        typer.echo(contact_report(name, read_model(data_dir / f"{name}.yaml", CityPack)))


def contact_report(name: str, pack: CityPack) -> str:
    """「okayama: 住民向け 51 機関のうち 32 機関に直通の電話がありません（…）」."""
    from directory.contact import agencies_without_direct_contact, resident_facing

    facing = sum(resident_facing(agency) for agency in pack.agencies)
    missing = agencies_without_direct_contact(pack)
    line = f"{name}: 住民向け {facing} 機関のうち {len(missing)} 機関に直通の電話がありません"
    if missing:
        shown = "、".join(agency.id for agency in missing)
        line += f"（カードでは担当部署か市の代表番号を案内します: {shown}）"
    return line


@app.command()
def suggest(
    categories: str = typer.Option(..., help="Comma-separated category ids, e.g. care,income."),
    municipality: str = MUNICIPALITY_OPTION,
    district: str | None = typer.Option(None, help="福祉区 or 区, e.g. 北区中央."),
    age: int | None = typer.Option(None, help="Age of the person concerned."),
    at: str | None = typer.Option(None, help="ISO date-time (default now, Asia/Tokyo)."),
    primary: str | None = typer.Option(None, help="The main category (◎)."),
    as_json: bool = typer.Option(False, "--json", help="Print the JSON contract."),
    data_dir: Path = DATA_DIR_OPTION,
) -> None:
    """Suggest agencies for the troubles, in order, each with a reason."""
    from directory.loader import load_directory
    from directory.router import suggest as route
    from directory.suggestion_json import suggestion_json
    from directory.suggestion_table import suggestion_table

    directory = load_directory(municipality, data_dir)
    wanted = [c.strip() for c in categories.split(",") if c.strip()]
    suggestion = route(directory, wanted, primary, age, district, _moment(at))
    if as_json:
        typer.echo(json.dumps(suggestion_json(suggestion), ensure_ascii=False, indent=2))
    else:
        typer.echo(suggestion_table(suggestion))


@app.command()
def search(
    words: Annotated[str, typer.Argument(help="Words as a resident would type them, e.g. 認知症.")],
    municipality: str = MUNICIPALITY_OPTION,
    data_dir: Path = DATA_DIR_OPTION,
) -> None:
    """Which categories and agencies the words point to (the 「相談窓口を探す」 search)."""
    from directory.keywords import search_words
    from directory.loader import load_directory

    result = search_words(load_directory(municipality, data_dir), words)
    typer.echo(
        json.dumps(
            {"categories": list(result.categories), "agencies": list(result.agency_ids)},
            ensure_ascii=False,
            indent=2,
        )
    )


@app.command("export")
def export_command(
    out_dir: Annotated[Path, typer.Argument(help="Folder to write the CSV tables into.")],
    file_format: str = typer.Option("hsds", "--format", help="Only hsds (Open Referral 3.0)."),
    municipality: str = MUNICIPALITY_OPTION,
    data_dir: Path = DATA_DIR_OPTION,
) -> None:
    """Write the pack as Open Referral HSDS 3.0 CSV tables."""
    from directory.hsds.export import export_hsds
    from directory.loader import load_directory

    _only_hsds(file_format)
    counts = export_hsds(load_directory(municipality, data_dir).pack, out_dir)
    typer.echo(", ".join(f"{name} {count}" for name, count in counts.items()))


@app.command("import")
def import_command(
    in_dir: Annotated[Path, typer.Argument(help="Folder with the HSDS CSV tables.")],
    out_file: Annotated[Path, typer.Argument(help="YAML pack to write.")],
    file_format: str = typer.Option("hsds", "--format", help="Only hsds (Open Referral 3.0)."),
) -> None:
    """Read HSDS 3.0 CSV tables back into a YAML pack (run validate on it afterwards)."""
    from directory.hsds.reader import read_hsds
    from directory.pack_writer import write_pack

    _only_hsds(file_format)
    pack = read_hsds(in_dir)
    write_pack(pack, out_file)
    typer.echo(f"{len(pack.agencies)} 機関を {out_file} に書きました")


def _only_hsds(file_format: str) -> None:
    if file_format != "hsds":
        typer.echo(f"対応している形式は hsds だけです（{file_format}）", err=True)
        raise typer.Exit(2)
