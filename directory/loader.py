"""Load a city's pack with the hotlines, checked; the result is cached per city."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from directory.crosscheck import check_hotlines, check_pack, duplicate_ids
from directory.hotline_models import HotlineFile
from directory.models import Agency, CityPack, Municipality
from directory.problems import DirectoryError, Problem
from directory.yaml_source import DATA_DIR, read_model

HOTLINES_NAME = "hotlines"


@dataclass(frozen=True)
class Directory:
    """One city's agencies (with indexes) and the hotlines its residents can call."""

    pack_id: str
    pack: CityPack
    hotlines: HotlineFile
    agencies_by_id: dict[str, Agency] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "agencies_by_id", {agency.id: agency for agency in self.pack.agencies}
        )

    @property
    def municipality(self) -> Municipality:
        return self.pack.municipality

    @property
    def agencies(self) -> tuple[Agency, ...]:
        return self.pack.agencies

    def agency(self, agency_id: str) -> Agency:
        return self.agencies_by_id[agency_id]


def pack_names(data_dir: Path = DATA_DIR) -> tuple[str, ...]:
    """City pack ids found in the data folder (`okayama`, `fujisawa`, `iga`)."""
    return tuple(
        sorted(path.stem for path in data_dir.glob("*.yaml") if path.stem != HOTLINES_NAME)
    )


def _read_all(
    names: Sequence[str], data_dir: Path
) -> tuple[dict[str, CityPack], HotlineFile | None, list[Problem]]:
    problems: list[Problem] = []
    packs: dict[str, CityPack] = {}
    hotlines: HotlineFile | None = None
    try:
        hotlines = read_model(data_dir / f"{HOTLINES_NAME}.yaml", HotlineFile)
    except DirectoryError as error:
        problems.extend(error.problems)
    for name in names:
        try:
            packs[name] = read_model(data_dir / f"{name}.yaml", CityPack)
        except DirectoryError as error:
            problems.extend(error.problems)
    return packs, hotlines, problems


def _cross_problems(packs: dict[str, CityPack], hotlines: HotlineFile | None) -> list[Problem]:
    problems: list[Problem] = []
    ids: dict[str, list[tuple[str, str]]] = {}
    hotline_ids: set[str] = set()
    if hotlines is not None:
        hotline_file = f"{HOTLINES_NAME}.yaml"
        problems.extend(check_hotlines(hotline_file, hotlines))
        hotline_ids = {record.id for record in hotlines.hotlines}
        ids[hotline_file] = [(f"hotlines[{i}].id", r.id) for i, r in enumerate(hotlines.hotlines)]
    for name, pack in packs.items():
        file = f"{name}.yaml"
        problems.extend(check_pack(file, pack, hotline_ids))
        ids[file] = [(f"agencies[{i}].id", a.id) for i, a in enumerate(pack.agencies)] + [
            (f"places_to_belong[{i}].id", p.id) for i, p in enumerate(pack.places_to_belong)
        ]
    return problems + duplicate_ids(ids)


def _checked(
    names: Sequence[str], data_dir: Path
) -> tuple[dict[str, CityPack], HotlineFile | None, list[Problem]]:
    unknown = [name for name in names if not (data_dir / f"{name}.yaml").exists()]
    if unknown:
        known = ", ".join(pack_names(data_dir))
        message = f"この自治体のデータはありません（{known}）"
        return {}, None, [Problem(f"{name}.yaml", "", message) for name in unknown]
    # ids must be unique across every file, so the other packs are read as well.
    packs, hotlines, problems = _read_all(pack_names(data_dir), data_dir)
    problems += _cross_problems(packs, hotlines)
    wanted = {f"{name}.yaml" for name in names} | {f"{HOTLINES_NAME}.yaml"}
    return packs, hotlines, [p for p in problems if p.file in wanted]


def validate_packs(names: Sequence[str] | None = None, data_dir: Path = DATA_DIR) -> list[Problem]:
    """Every problem in the given packs (all when None) and the hotline list; [] when valid."""
    chosen = tuple(names) if names is not None else pack_names(data_dir)
    return _checked(chosen, data_dir)[2]


@lru_cache(maxsize=8)
def load_directory(municipality: str, data_dir: Path = DATA_DIR) -> Directory:
    """The checked directory of one city; raises `DirectoryError` listing every problem."""
    packs, hotlines, problems = _checked([municipality], data_dir)
    if problems or hotlines is None:
        raise DirectoryError(problems)
    return Directory(pack_id=municipality, pack=packs[municipality], hotlines=hotlines)


def city_hall_phone(municipality: str) -> str | None:
    """The city's main number from its pack; None when the pack has none (or no pack)."""
    try:
        return load_directory(municipality).municipality.city_hall.phone
    except (DirectoryError, OSError):
        return None
