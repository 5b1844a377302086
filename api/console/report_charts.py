"""The reports' charts as SVG drawn on the server by matplotlib (its SVG backend, text
kept as text so the page stays small), from exactly the cells the table shows: a hidden
count is not drawn, so a chart gives nothing away that its table hides."""

from __future__ import annotations

import io
from functools import cache, lru_cache

from api.console.report_tables import TOTAL, ReportTable
from api.console.sheet_pdf import FONT_CANDIDATES

COLOURS = ("#2f6db5", "#e08a2c", "#3f9a5b", "#b8483e", "#7a5fa8")
HIDDEN_COLOUR = "#c9ccd3"
HIDDEN_SERIES = "＊ 表示しない件数の合計"


def value(cell: str) -> float | None:
    """A shown cell as a number; None for 「*」「—」."""
    try:
        return float(cell.rstrip("%"))
    except ValueError:
        return None


@cache
def _matplotlib_ready() -> None:
    import matplotlib
    from matplotlib import font_manager

    matplotlib.use("svg")
    families = ["DejaVu Sans"]
    for path in FONT_CANDIDATES:
        if path.exists():
            font_manager.fontManager.addfont(str(path))
            families.insert(0, font_manager.FontProperties(fname=str(path)).get_name())
            break
    matplotlib.rcParams.update(
        {
            "svg.fonttype": "none",
            "svg.hashsalt": "tsunagu",
            "font.family": families,
            "font.size": 9,
            "axes.spines.top": False,
            "axes.spines.right": False,
        }
    )


def chart_svg(table: ReportTable) -> str:
    """The table's chart as an inline <svg> element."""
    rows = table.chart_rows
    series = tuple(
        (table.columns[j], tuple(value(cells[j]) for _, cells in rows)) for j in table.plotted
    )
    if table.chart == "stacked" and TOTAL in table.columns:
        # what the hidden cells add up to is the total less the cells shown: the table
        # gives it already, and the bar then stands as tall as its total
        total = table.columns.index(TOTAL)
        hidden = []
        for _, cells in rows:
            whole = value(cells[total])
            seen = sum(value(cells[j]) or 0.0 for j in table.plotted)
            hidden.append(None if whole is None else whole - seen)
        series = (*series, (HIDDEN_SERIES, tuple(hidden)))
    return _drawn(table.chart, table.title, tuple(label for label, _ in rows), series, table.unit)


Series = tuple[tuple[str, tuple[float | None, ...]], ...]


@lru_cache(maxsize=256)
def _drawn(kind: str, title: str, labels: tuple[str, ...], series: Series, unit: str) -> str:
    _matplotlib_ready()
    from matplotlib.figure import Figure

    tall = kind in ("heatmap", "barh")
    figure = Figure(figsize=(7.5, 5.2 if tall else 3.4), layout="constrained")
    axes = figure.subplots()
    positions = list(range(len(labels)))
    if kind == "heatmap":
        grid = [[v if v is not None else float("nan") for v in values] for _, values in series]
        # 0 is white, more is darker blue, a hidden count (「*」) grey: a hidden cell is not
        # an empty one.
        from matplotlib import colormaps

        shades = colormaps["Blues"].with_extremes(bad=HIDDEN_COLOUR)
        shown = [v for _, values in series for v in values if v is not None]
        # counts run from 0 up: an empty or all-hidden matrix keeps a scale of 0 to 1
        top = max([*shown, 1.0])
        image = axes.imshow(list(map(list, zip(*grid, strict=True))), cmap=shades, vmin=0, vmax=top)
        axes.set_xticks(positions, labels, rotation=60, ha="right")
        axes.set_yticks(positions, labels)
        figure.colorbar(image, ax=axes, label=unit)
    elif kind == "barh":  # one series, long labels: read down the side
        (_, values), *_ = series
        axes.barh(positions, [v or 0.0 for v in values], color=COLOURS[0])
        axes.set_yticks(positions, labels)
        axes.invert_yaxis()
        axes.set_xlabel(unit)
    elif kind == "lines":
        for (name, values), colour in zip(series, COLOURS, strict=False):
            points = [(x, v) for x, v in zip(positions, values, strict=True) if v is not None]
            axes.plot([x for x, _ in points], [v for _, v in points], "o-", label=name, c=colour)
        axes.set_xticks(positions, labels, rotation=45, ha="right")
        axes.set_ylabel(unit)
    else:
        stacked = kind == "stacked"
        width = 0.8 if stacked or len(series) == 1 else 0.8 / len(series)
        base = [0.0] * len(labels)
        colours = [
            HIDDEN_COLOUR if name == HIDDEN_SERIES else c
            for (name, _), c in zip(series, COLOURS * 2, strict=False)
        ]
        for n, ((name, values), colour) in enumerate(zip(series, colours, strict=True)):
            heights = [v or 0.0 for v in values]
            shift = 0.0 if stacked or len(series) == 1 else (n - (len(series) - 1) / 2) * width
            xs = [x + shift for x in positions]
            axes.bar(xs, heights, width, bottom=base if stacked else None, label=name, color=colour)
            if stacked:
                base = [b + h for b, h in zip(base, heights, strict=True)]
        rotate = 45 if len(labels) > 6 else 0
        axes.set_xticks(positions, labels, rotation=rotate, ha="right" if rotate else "center")
        axes.set_ylabel(unit)
    # Counts and hours are never below 0; with nothing above 0 (all zero or hidden) the
    # scale still runs to 1, and counts have whole-number ticks (no 「0.05 件」).
    tallest = max([v for _, values in series for v in values if v is not None] + [0.0])
    if kind in ("stacked", "bars", "lines"):
        axes.set_ylim(bottom=0, top=None if tallest > 0 else 1)
    elif kind == "barh":
        axes.set_xlim(left=0, right=None if tallest > 0 else 1)
    if unit == "件" and kind != "heatmap":
        from matplotlib.ticker import MaxNLocator

        whole = MaxNLocator(integer=True)
        (axes.xaxis if kind == "barh" else axes.yaxis).set_major_locator(whole)
    if kind in ("stacked", "bars", "lines") and len(series) > 1:
        axes.legend(fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    out = io.StringIO()
    figure.savefig(out, format="svg", metadata={"Title": title, "Date": None})
    drawn = out.getvalue()
    return drawn[drawn.index("<svg") :]
