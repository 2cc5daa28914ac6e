"""The charts: troop numbers, withdrawals and casualties, the base-transfer timeline, and a map.

Every chart is a function of the events table (``data/processed/events.csv``) that returns the
figure and the table of what it plots; :func:`save` writes ``NAME.png``, ``NAME.svg`` and
``NAME.csv`` side by side, byte for byte the same on every run. Arabic labels are given to
matplotlib as they are: matplotlib >= 3.11 shapes Arabic and lays it out right to left itself.
Colours are the Okabe–Ito palette (safe for colour-blind readers) and every series also has its
own marker, so the charts read in grey scale; done things are filled marks, plans hollow ones.
"""

from __future__ import annotations

import datetime as dt
import io as _io
import json
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

from helpers import io  # noqa: E402
from helpers.extract.records import AGREEMENT_FORCE  # noqa: E402
from helpers.paths import FIGURES_DIR, REFERENCE_DIR  # noqa: E402

OKABE_ITO = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000"]
MARKERS = ["o", "s", "D", "^", "v", "P", "X", "*"]
FIGURES = ("troop_presence", "troop_withdrawal", "casualties")
#: What the timeline and the map say of a base that ``reference/bases.csv`` does not list.
UNLISTED_LABEL = "not in the gazetteer"
SOURCE_LINE = "Source: Arabic news articles in {folder}, extracted by this project (events.csv); each mark links to a quoted sentence."
STYLE = {
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "svg.hashsalt": "iraq-drawdown",
    "svg.fonttype": "path",
    "figure.dpi": 100,
}


def _date(value: str) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _number(value: str) -> float | None:
    return float(value) if value not in ("", None) else None


def _series_style(keys: list[str]) -> dict[str, tuple[str, str]]:
    """A colour and a marker for each series key, in a fixed order."""
    return {k: (OKABE_ITO[i % len(OKABE_ITO)], MARKERS[i % len(MARKERS)]) for i, k in enumerate(sorted(keys))}


def _figure_frame(events: pd.DataFrame, types) -> pd.DataFrame:
    """The figure events as plottable rows: where (x from .. to) and how many (y low .. high)."""
    rows = []
    for e in events[events["event_type"].isin(types)].itertuples():
        lo, hi = _date(e.date_earliest), _date(e.date_latest)
        x = hi or lo
        low, high = _number(e.count_low), _number(e.count_high)
        y = _number(e.count)
        if x is None or (y is None and low is None):
            continue
        rows.append({
            "event_id": e.event_id, "event_type": e.event_type, "status": e.status,
            "series": f"{e.nationality} {e.force}".strip(), "nationality": e.nationality, "force": e.force,
            "x": x, "x_from": lo or x, "x_to": hi or x, "count": y,
            "count_low": low, "count_high": high if high is not None else low,
            "sources": int(e.source_count), "doc_ids": e.doc_ids, "within": e.within if isinstance(e.within, str) else "",
        })
    columns = ["event_id", "event_type", "status", "series", "nationality", "force", "x", "x_from", "x_to",
               "count", "count_low", "count_high", "sources", "doc_ids", "within"]
    return pd.DataFrame(rows, columns=columns).sort_values(["series", "x", "event_id"], kind="stable").reset_index(drop=True)


def _empty(ax, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#555555")
    ax.set_xticks([])
    ax.set_yticks([])


def _finish(fig, ax, title: str, folder: str) -> None:
    ax.set_title(title, loc="left", fontsize=11, fontweight="bold")
    fig.text(0.01, 0.01, SOURCE_LINE.format(folder=folder), fontsize=7, color="#555555", ha="left", va="bottom")


def _date_axis(ax) -> None:
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=7))
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b\n%Y"))


def _fmt(n: float) -> str:
    return f"{n:,.0f}"


def troop_levels(events: pd.DataFrame, folder: str = "data/raw") -> tuple[plt.Figure, pd.DataFrame]:
    """Standing troop figures over time, one series per nationality and force.

    A point at each figure's date (a bar across its window when the date is imprecise), a
    vertical bar across its range when the count is vague, and a step line joining the figures
    of one series. A planned level ("خفض عددهم إلى 2500 بحلول …") is a hollow point, labelled
    so below it, off the line: the line joins only what was reported.
    """
    data = _figure_frame(events, ("troop_presence",))
    with plt.rc_context(STYLE):
        fig, ax = plt.subplots(figsize=(9, 5.2))
        if data.empty:
            _empty(ax, "No troop figures in these articles")
            _finish(fig, ax, "No standing troop figures were found", folder)
            return fig, data
        styles = _series_style(list(data["series"].unique()))
        for series, rows in data.groupby("series", sort=True):
            colour, marker = styles[series]
            exact = rows[rows["count"].notna() & (rows["status"] != "planned")]
            if len(exact) > 1:
                # dashed: the figure is known only where it was reported
                ax.step(exact["x"], exact["count"], where="post", color=colour, alpha=0.6, linewidth=1.2, linestyle="--")
            for r in rows.itertuples():
                y = r.count if r.count == r.count else (r.count_low + r.count_high) / 2
                # a window's two sides as time spans: matplotlib adds them to the date itself
                xerr = [[r.x - r.x_from], [r.x_to - r.x]] if r.x_from != r.x_to else None
                yerr = [[y - r.count_low], [r.count_high - y]] if r.count_low != r.count_high else None
                solid = r.count == r.count and r.status != "planned"
                ax.errorbar([r.x], [y], xerr=xerr, yerr=yerr, fmt=marker, color=colour, markersize=7,
                            capsize=3, markerfacecolor=colour if solid else "white")
                label = _fmt(y) if r.count == r.count else f"{_fmt(r.count_low)}–{_fmt(r.count_high)}"
                label = f"planned: {label}" if r.status == "planned" else label
                # a plan's label below its point: a level planned is often reported too, at its height
                below = r.status == "planned"
                ax.annotate(f"{label} ({r.sources} src)", (r.x, y), textcoords="offset points", xytext=(6, -12 if below else 6),
                            fontsize=8, color=colour)
            ax.plot([], [], marker=marker, color=colour, linestyle="-", label=series)
        ax.set_ylabel("troops")
        ax.set_ylim(bottom=0)
        _date_axis(ax)
        ax.legend(title="series (nationality, force)", fontsize=8, title_fontsize=8, loc="upper right")
        _finish(fig, ax, _troop_title(data), folder)
        fig.subplots_adjust(bottom=0.14)
    return fig, data


def _troop_title(data: pd.DataFrame) -> str:
    """The finding: the longest exact series, first reported figure to last (plans aside)."""
    exact = data[data["count"].notna() & (data["status"] != "planned")]
    if exact.empty:
        return "Troop figures: ranges and plans only"
    series = exact.groupby("series").size().sort_values(ascending=False, kind="stable").index[0]
    rows = exact[exact["series"] == series].sort_values("x")
    first, last = rows.iloc[0], rows.iloc[-1]
    if len(rows) == 1:
        return f"{series}: {_fmt(first['count'])} reported in {first['x']:%B %Y}"
    return f"{series} in Iraq: {_fmt(first['count'])} in {first['x']:%B %Y}, {_fmt(last['count'])} by {last['x']:%B %Y}"


def withdrawals_and_casualties(events: pd.DataFrame, folder: str = "data/raw") -> tuple[plt.Figure, pd.DataFrame]:
    """Withdrawals (done, ongoing, planned) and casualties, by nationality, counts with ranges.

    Filled bars for what happened or is happening, hatched hollow bars for plans; a vague count
    ("المئات") is a bar to its lower bound with a line on to its upper bound.
    """
    data = _figure_frame(events, ("troop_withdrawal", "casualties"))
    with plt.rc_context(STYLE):
        fig, axes = plt.subplots(1, 2, figsize=(10, 4.8), gridspec_kw={"width_ratios": [3, 1.2]})
        styles = _series_style(list(data["nationality"].unique()))
        for ax, kind, title in ((axes[0], "troop_withdrawal", "withdrawals"), (axes[1], "casualties", "killed")):
            rows = data[data["event_type"] == kind].reset_index(drop=True)
            ax.set_title(title, fontsize=10, loc="left")
            if rows.empty:
                _empty(ax, f"no {title} found")
                continue
            labels = [f"{r.series}, {r.status}\n{r.x:%b %Y}" for r in rows.itertuples()]
            for i, r in enumerate(rows.itertuples()):
                colour, _ = styles[r.nationality]
                exact = r.count == r.count
                value = r.count if exact else r.count_low
                hollow = r.status == "planned"
                ax.barh(i, value, color="white" if hollow else colour, edgecolor=colour, hatch="//" if hollow else None, height=0.6)
                if not exact:
                    ax.plot([r.count_low, r.count_high], [i, i], color=colour, linewidth=2)
                    ax.plot([r.count_high], [i], marker="|", color=colour, markersize=12)
                text = _fmt(value) if exact else f"{_fmt(r.count_low)}–{_fmt(r.count_high)}"
                ax.text(value if exact else r.count_high, i, f"  {text}", va="center", fontsize=8)
            ax.set_yticks(range(len(rows)), labels, fontsize=8)
            ax.set_ylim(len(rows) - 0.5, -0.5)
            ax.set_xlabel("troops")
            ax.set_xlim(0, max(rows["count_high"].max(), rows["count"].max(skipna=True) if rows["count"].notna().any() else 0) * 1.25)
        withdrawals = data[data["event_type"] == "troop_withdrawal"]
        planned = int((withdrawals["status"] == "planned").sum())
        # each one killed once: not again in an event that holds them (events.mark_within)
        killed = data.loc[(data["event_type"] == "casualties") & (data["within"] == ""), "count"].sum()
        finding = (f"{len(withdrawals) - planned} withdrawals under way or done, {planned} planned; "
                   f"{killed:.0f} service members killed") if not data.empty else "No withdrawals or casualties were found"
        fig.suptitle(finding, x=0.01, ha="left", fontsize=11, fontweight="bold")
        fig.text(0.01, 0.01, SOURCE_LINE.format(folder=folder), fontsize=7, color="#555555", ha="left", va="bottom")
        fig.subplots_adjust(left=0.2, right=0.97, bottom=0.16, top=0.86, wspace=0.75)
    return fig, data


def _timeline_frame(events: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for e in events[events["event_type"] == "base_transfer"].itertuples():
        lo, hi = _date(e.date_earliest), _date(e.date_latest)
        rows.append({
            "event_id": e.event_id, "base_id": e.base_id, "base": f"{e.base_name_en or UNLISTED_LABEL}  {e.base_name_ar}",
            "status": e.status, "date": _date(e.date), "date_from": lo, "date_to": hi,
            "sources": int(e.source_count), "doc_ids": e.doc_ids,
        })
    columns = ["event_id", "base_id", "base", "status", "date", "date_from", "date_to", "sources", "doc_ids"]
    return pd.DataFrame(rows, columns=columns).sort_values(["base_id", "status", "event_id"], kind="stable").reset_index(drop=True)


def base_timeline(events: pd.DataFrame, folder: str = "data/raw") -> tuple[plt.Figure, pd.DataFrame]:
    """One row per base; filled marks for handovers, hollow spans for plans, the sources on each
    mark, and the end of the combat mission as a line (on its own panel when it is far away)."""
    data = _timeline_frame(events)
    undated = data[data[["date", "date_from", "date_to"]].isna().all(axis=1)]
    data = data.drop(undated.index).reset_index(drop=True)  # nothing says where on the time axis
    missions = events[(events["event_type"] == "mission_change") & (events["date_latest"] != "")]
    with plt.rc_context(STYLE):
        if data.empty:
            fig, ax = plt.subplots(figsize=(9, 3))
            _note_undated(fig, len(undated))
            _empty(ax, "No base handovers in these articles")
            _finish(fig, ax, "No base handovers were found", folder)
            return fig, data
        known = [d for d in pd.concat([data["date"], data["date_from"], data["date_to"]]) if d is not None and d == d]
        start, end = min(known) - dt.timedelta(days=7), max(known) + dt.timedelta(days=10)
        mission_ends = sorted((_date(m.date_latest), m.status, m.force) for m in missions.itertuples())
        mission_dates = [d for d, _, _ in mission_ends]
        far = [d for d in mission_dates if d > end + dt.timedelta(days=60)]
        panels = 2 if far else 1
        # at least the height that leaves room under the axis for its dates and the source line
        fig, axes = plt.subplots(1, panels, figsize=(10, max(2.6, 1.2 + 0.55 * data["base"].nunique())), sharey=True,
                                 gridspec_kw={"width_ratios": [5, 1]} if far else None, squeeze=False)
        _note_undated(fig, len(undated))
        ax = axes[0][0]
        bases = sorted(data["base"].unique(), key=lambda b: min(d for d in data.loc[data["base"] == b, ["date_from", "date_to", "date"]].stack() if d is not None and d == d))
        y_of = {b: i for i, b in enumerate(bases)}
        for r in data.itertuples():
            y = y_of[r.base]
            when = r.date or r.date_to or r.date_from
            if r.status == "planned":
                lo = r.date_from or start
                hi = r.date_to or end
                ax.plot([lo, hi], [y, y], color=OKABE_ITO[1], linewidth=6, alpha=0.35, solid_capstyle="butt")
                known = [d for d in (r.date_from, r.date_to) if d]
                ax.plot(known, [y] * len(known), linestyle="none", marker="o", markerfacecolor="white", markeredgecolor=OKABE_ITO[1], markersize=9)
                if not r.date_to:  # open end: the plan has no date by which it is due
                    ax.plot([hi], [y], marker=">", color=OKABE_ITO[1], markersize=7)
                ax.annotate(f"planned · {r.sources}", ((lo + (hi - lo) / 2), y), textcoords="offset points", xytext=(0, 9), ha="center", fontsize=8, color=OKABE_ITO[1])
            else:
                if r.date_from and r.date_to and r.date_from != r.date_to:
                    ax.plot([r.date_from, r.date_to], [y, y], color=OKABE_ITO[0], linewidth=2)
                ax.plot([when], [y], marker="s", color=OKABE_ITO[0], markersize=10)
                ax.annotate(f"{when:%d %b} · {r.sources}", (when, y), textcoords="offset points", xytext=(0, -15), ha="center", fontsize=8, color=OKABE_ITO[0])
        ax.set_yticks(range(len(bases)), bases)
        ax.set_ylim(-0.8, len(bases) - 0.3)
        ax.invert_yaxis()
        ax.set_xlim(start, end)
        _date_axis(ax)
        ax.tick_params(axis="x", labelsize=8)
        for d, status, force in mission_ends:
            target = axes[0][1] if d in far else ax
            target.axvline(d, color="black", linestyle="--" if force != AGREEMENT_FORCE else ":", linewidth=1)
            label = (f"agreement to end the\ncombat mission, {d:%d %b %Y}" if force == AGREEMENT_FORCE
                     else f"end of the combat\nmission, {d:%d %b %Y}" if status != "planned" else f"combat mission to\nend by {d:%d %b %Y}")
            target.annotate(label, (d, -0.75), fontsize=8, ha="center", va="top", backgroundcolor="white")
        if far:
            right = axes[0][1]
            right.set_xlim(min(far) - dt.timedelta(days=10), max(far) + dt.timedelta(days=10))
            right.xaxis.set_major_formatter(mdates.DateFormatter("%d %b %Y"))
            right.set_xticks(far)
            right.tick_params(axis="x", labelsize=8)
            right.spines["left"].set_visible(False)
            right.tick_params(axis="y", left=False)
        ax.plot([], [], marker="s", color=OKABE_ITO[0], linestyle="none", label="handed over: day · number of sources")
        ax.plot([], [], marker="o", markerfacecolor="white", markeredgecolor=OKABE_ITO[1], linestyle="none", label="planned: window · number of sources")
        fig.legend(fontsize=8, loc="upper left", bbox_to_anchor=(0.3, 0.92), ncols=2, frameon=False)
        fig.suptitle(_timeline_title(data), x=0.01, ha="left", fontsize=11, fontweight="bold")
        fig.text(0.01, 0.01, SOURCE_LINE.format(folder=folder), fontsize=7, color="#555555", ha="left", va="bottom")
        fig.subplots_adjust(left=0.3, right=0.97, bottom=0.2, top=0.78, wspace=0.08)
    return fig, data


def _note_undated(fig, n: int) -> None:
    if n:
        fig.text(0.99, 0.01, f"{n} base event(s) without any date not shown", ha="right", va="bottom", fontsize=7, color="#555555")


def _timeline_title(data: pd.DataFrame) -> str:
    done = data[data["status"] == "completed"].dropna(subset=["date"])
    if done.empty:
        return "Base handovers reported"
    first, last, n = done["date"].min(), done["date"].max(), done["base_id"].nunique()
    overtaken = [r.base.split("  ")[0] for r in data[data["status"] == "planned"].itertuples()
                 if r.date_from and any(d.date and d.date < r.date_from for d in done[done["base_id"] == r.base_id].itertuples())]
    if first == last:
        when = f"on {first:%d %B %Y}"
    else:
        when = f"between {first:%d %B}{'' if first.year == last.year else f' {first:%Y}'} and {last:%d %B %Y}"
    title = f"{n} base{'' if n == 1 else 's'} handed over {when}"
    return title + (f"; {', '.join(overtaken)} ahead of its plan" if overtaken else "")


def read_outline(path: Path = REFERENCE_DIR / "iraq_outline.geojson") -> list[list[tuple[float, float]]]:
    """Rings of (lon, lat) of the outline of Iraq, from the bundled Natural Earth file."""
    shapes = json.loads(Path(path).read_text(encoding="utf-8"))
    rings = []
    for feature in shapes["features"]:
        geometry = feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        for polygon in polygons:
            rings.append([tuple(p) for p in polygon[0]])
    return rings


def base_map(events: pd.DataFrame, folder: str = "data/raw") -> tuple[plt.Figure, pd.DataFrame]:
    """The bases on an outline of Iraq, coloured by the date of their handover, labelled."""
    data = _timeline_frame(events)
    coords = events[events["event_type"] == "base_transfer"][["base_id", "latitude", "longitude", "base_name_en", "base_name_ar"]].drop_duplicates("base_id")
    done = data[data["status"] == "completed"].groupby("base_id")["date"].min()
    coords = coords.assign(handed_over=coords["base_id"].map(done)).sort_values("base_id").reset_index(drop=True)
    with plt.rc_context(STYLE):
        fig, ax = plt.subplots(figsize=(8.5, 6.2))
        for ring in read_outline():
            xs, ys = zip(*ring)
            ax.plot(xs, ys, color="#777777", linewidth=1)
        ax.set_aspect("equal")
        ax.set_xlabel("longitude")
        ax.set_ylabel("latitude")
        placed_bases = coords[coords["latitude"] != ""]
        if len(placed_bases) < len(coords):
            fig.text(0.99, 0.035, f"{len(coords) - len(placed_bases)} base(s) {UNLISTED_LABEL}, not shown",
                     ha="right", fontsize=7, color="#555555")
        if placed_bases.empty:
            ax.text(44, 33, "No bases of the gazetteer in these articles", ha="center")
        else:
            dated = placed_bases[placed_bases["handed_over"].notna()]
            undated = placed_bases[placed_bases["handed_over"].isna()]
            if not dated.empty:
                days = [mdates.date2num(d) for d in dated["handed_over"]]
                # one day alone: a month around it, not the years matplotlib would spread it over
                low, high = (min(days), max(days)) if min(days) < max(days) else (days[0] - 15, days[0] + 15)
                points = ax.scatter(dated["longitude"].astype(float), dated["latitude"].astype(float), c=days,
                                    cmap="cividis", vmin=low, vmax=high, s=80, marker="s", edgecolor="black", zorder=3)
                bar = fig.colorbar(points, ax=ax, shrink=0.6, format=mdates.DateFormatter("%d %b %Y"))
                bar.set_label("handed over")
            if not undated.empty:
                ax.scatter(undated["longitude"].astype(float), undated["latitude"].astype(float), s=80, marker="o",
                           facecolor="white", edgecolor="black", zorder=3, label="planned only")
                ax.legend(fontsize=8, loc="lower left")
            placed: list[tuple[float, float]] = []
            for r in placed_bases.sort_values("longitude").itertuples():
                x, y = float(r.longitude), float(r.latitude)
                when = f"\n{r.handed_over:%d %b %Y}" if r.handed_over == r.handed_over and r.handed_over else ""
                # labels go right of the mark, and below it where a base just west took that space
                crowded = any(abs(x - px) < 2.5 and abs(y - py) < 0.8 for px, py in placed)
                ax.annotate(f"{r.base_name_en}\n{r.base_name_ar}{when}", (x, y), textcoords="offset points",
                            xytext=(8, -40) if crowded else (8, -4), fontsize=8)
                placed.append((x, y))
        title = _map_title(coords)
        _finish(fig, ax, title, folder)
        fig.text(0.01, 0.035, "Outline of Iraq: Natural Earth 1:110m (public domain).", fontsize=7, color="#555555")
        fig.subplots_adjust(bottom=0.12)
    return fig, coords


def _map_title(coords: pd.DataFrame) -> str:
    dated = coords[coords["handed_over"].notna()].sort_values("handed_over")
    if dated.empty:
        return "Bases named in the articles (no handover dated)"
    first, last = dated.iloc[0], dated.iloc[-1]
    if len(dated) == 1:
        # a name in Arabic script leads with a Latin word, so that the title reads left to right
        return f"{first['base_name_en'] or 'Unlisted base ' + first['base_name_ar']} handed over on {first['handed_over']:%d %B %Y}"
    return f"{len(dated)} bases handed over, {first['handed_over']:%d %B} to {last['handed_over']:%d %B %Y}"


def save(fig: plt.Figure, data: pd.DataFrame, name: str, folder: Path = FIGURES_DIR) -> dict[str, Path]:
    """Write NAME.png, NAME.svg and NAME.csv, the same bytes on every run; close the figure."""
    folder = Path(folder)
    written = {}
    for ext, metadata in (("png", {"Software": None}), ("svg", {"Date": None, "Creator": None})):
        buffer = _io.BytesIO()
        with plt.rc_context(STYLE):
            fig.savefig(buffer, format=ext, metadata=metadata, dpi=150)
        written[ext] = io.write_bytes_atomic(folder / f"{name}.{ext}", buffer.getvalue())
    written["csv"] = io.write_csv(data, folder / f"{name}.csv")
    plt.close(fig)
    return written
