"""Publication figures: ``plot_*(table, *, ax=None) -> Axes``, one style, one saver.

Plot functions draw on the ``ax`` they are given (or the current one) and return
it; they never compute findings, create files or show windows. The style lives in
``framing/data/framing.mplstyle`` and is applied with :func:`figure_style`, a context
manager (never at import). Colours come from the Okabe–Ito palette (Okabe & Ito
2008), which stays distinct for the common forms of colour blindness.
"""

from __future__ import annotations

import contextlib
from importlib import resources
from pathlib import Path

import matplotlib

__all__ = [
    "COLUMN_WIDTH_CM",
    "OKABE_ITO",
    "SIDE_COLOURS",
    "SIDE_LABELS",
    "POLARITY_COLOURS",
    "FRAME_COLOURS",
    "VOICE_COLOURS",
    "side_colour",
    "side_colours",
    "side_label",
    "SIDE_PALETTE",
    "group_figure",
    "figure_style",
    "new_figure",
    "height_cm_for",
    "save_figure",
    "plot_articles_per_outlet",
    "plot_quote_shares",
    "plot_phrase_polarity",
    "plot_outlet_tone",
    "plot_topic_shares",
    "plot_keyness",
]

#: Okabe–Ito colour-blind-safe palette.
OKABE_ITO = {
    "blue": "#0072B2", "vermillion": "#D55E00", "green": "#009E73", "purple": "#CC79A7",
    "orange": "#E69F00", "sky": "#56B4E9", "yellow": "#F0E442", "black": "#000000", "grey": "#999999",
}
#: One colour per side, the same in every figure and in :func:`framing.show`.
SIDE_COLOURS = {
    "kremlin": OKABE_ITO["vermillion"],
    "white_house": OKABE_ITO["blue"],
    "joint": OKABE_ITO["purple"],
    "other": OKABE_ITO["green"],
    "unattributed": "#BBBBBB",
}
#: How side labels read in legends.
SIDE_LABELS = {
    "kremlin": "Kremlin", "white_house": "White House", "joint": "Both sides", "other": "Other",
    "unattributed": "Unattributed",
}
#: Polarity of framing phrases (orange = negative, sky blue = positive), kept apart from the side colours.
POLARITY_COLOURS = {"negative": OKABE_ITO["orange"], "neutral": OKABE_ITO["grey"], "positive": OKABE_ITO["sky"]}
#: Frames of framing phrases: conflict goes with negative, cooperation with positive.
#: Voice of a framing phrase: the journalist's own wording, or inside a quote.
VOICE_COLOURS = {"journalist": OKABE_ITO["blue"], "quoted": OKABE_ITO["yellow"]}
FRAME_COLOURS = {"conflict": OKABE_ITO["orange"], "cooperation": OKABE_ITO["sky"]}
_SPARE_COLOURS = [OKABE_ITO[k] for k in ("orange", "sky", "yellow", "black")]
_NEUTRAL = "#555555"  # bars that carry no side, polarity or frame (topics, keyness)
_ERR_KW = {"ecolor": "#222222", "elinewidth": 0.7, "capsize": 1.6, "capthick": 0.7}

#: Journal column widths in centimetres.
COLUMN_WIDTH_CM = {"single": 8.5, "double": 17.5}


@contextlib.contextmanager
def figure_style():
    """Apply the framing style inside a ``with`` block; every other setting is left as it was.

    On exit the style's settings are undone, but the backend and interactive mode are
    left alone, so in a notebook every later figure still shows.

    >>> with figure_style():
    ...     fig, ax = new_figure("single")
    """
    import matplotlib.pyplot as plt

    # Save and restore the settings by hand rather than with plt.style.context: rc_context
    # would also restore ``interactive`` and ``backend`` as they were on entry, and in a
    # notebook the inline backend switches interactive mode on when the first figure is
    # drawn (inside the block); restoring "off" then hides every later figure.
    saved = {k: v for k, v in dict.items(matplotlib.rcParams) if k not in ("backend", "interactive")}
    try:
        with resources.as_file(resources.files("framing").joinpath("data", "framing.mplstyle")) as path:
            plt.style.use(str(path))
        yield
    finally:
        dict.update(matplotlib.rcParams, saved)


def new_figure(width: str | float = "single", *, height_cm: float | None = None, **kw):
    """A figure sized for a journal column: ``"single"`` (8.5 cm), ``"double"`` (17.5 cm) or cm.

    Returns ``(fig, ax)`` like :func:`matplotlib.pyplot.subplots` (extra keywords go to it).
    """
    import matplotlib.pyplot as plt

    w_cm = COLUMN_WIDTH_CM[width] if isinstance(width, str) else float(width)
    h_cm = height_cm if height_cm is not None else w_cm * 0.62
    return plt.subplots(figsize=(w_cm / 2.54, h_cm / 2.54), layout="constrained", **kw)


def height_cm_for(n_rows: int, *, per_row_cm: float = 0.55, base_cm: float = 2.4,
                  max_cm: float = 22.0) -> float:
    """A figure height in cm that gives each of ``n_rows`` labelled rows room to breathe.

    Pass it to :func:`new_figure`: ``new_figure("single", height_cm=height_cm_for(len(outlets)))``.

    >>> height_cm_for(6)
    5.7
    """
    return round(min(max_cm, base_cm + per_row_cm * max(1, int(n_rows))), 2)


def save_figure(fig, path_stem, *, formats=("pdf", "svg", "png"), dpi: int = 300, bbox_inches=None) -> list[Path]:
    """Write ``fig`` as PDF (TrueType fonts embedded), SVG (text as text) and PNG (300 dpi).

    Metadata dates and creator are cleared and the SVG hash salt fixed, so two runs
    write byte-identical files.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
    path_stem : str or Path
        Path without suffix; parent folders are created.
    bbox_inches : matplotlib Bbox, optional
        The area to save; by default the figure is laid out once and cropped to its
        tight bounding box (:func:`fixed_layout`), the same area in every format.

    Returns
    -------
    list of Path
        The files written.
    """
    stem = Path(path_stem)
    stem.parent.mkdir(parents=True, exist_ok=True)
    meta = {
        "pdf": {"Creator": None, "Producer": None, "CreationDate": None, "ModDate": None},
        "svg": {"Creator": None, "Date": None, "Format": None, "Type": None},
        "png": {"Software": None},
    }
    written = []
    with matplotlib.rc_context({"pdf.fonttype": 42, "ps.fonttype": 42, "svg.fonttype": "none",
                                "svg.hashsalt": "framing"}), \
            (contextlib.nullcontext(bbox_inches) if bbox_inches is not None else fixed_layout(fig, dpi)) as bbox:
        for fmt in formats:
            path = stem.with_suffix(f".{fmt}")
            fig.savefig(path, format=fmt, dpi=dpi, metadata=meta.get(fmt), bbox_inches=bbox)
            written.append(path)
    return written


@contextlib.contextmanager
def fixed_layout(fig, dpi: int = 300):
    """Lay ``fig`` out once (at ``dpi``) and yield its tight bounding box (inches, padded) for every save.

    ``savefig`` re-runs the layout engine and, with ``bbox_inches="tight"``, draws the
    figure twice for every file; inside this block the layout computed once holds, so
    each file costs one draw. The figure's layout engine is put back at the end.

    >>> fig, ax = new_figure()
    >>> with fixed_layout(fig) as bbox:
    ...     bool(bbox.width > 0)
    True
    >>> type(fig.get_layout_engine()).__name__
    'ConstrainedLayoutEngine'
    """
    shown_dpi = fig.dpi
    fig.set_dpi(dpi)  # text measured at the resolution of the files, as savefig itself would
    try:
        fig.draw_without_rendering()
        bbox = fig.get_tightbbox(fig.canvas.get_renderer()).padded(matplotlib.rcParams["savefig.pad_inches"])
    finally:
        fig.set_dpi(shown_dpi)
    engine = fig.get_layout_engine()
    with matplotlib.rc_context({"figure.autolayout": False, "figure.constrained_layout.use": False}):
        fig.set_layout_engine(None)  # no engine at all: savefig then draws once, at the positions found above
    try:
        yield bbox
    finally:
        fig.set_layout_engine(engine)


def plot_articles_per_outlet(table, *, ax=None, by: str = "outlet"):
    """Horizontal bars: number of articles per outlet (or other group).

    Parameters
    ----------
    table : DataFrame
        Columns ``<by>`` and ``n_articles`` (``framing.pipeline.corpus_summary``).
    ax : matplotlib Axes, optional
    by : str
        The group column.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import pandas as pd
    >>> ax = plot_articles_per_outlet(pd.DataFrame({"outlet": ["LCI", "RT France"], "n_articles": [1, 3]}))
    >>> [round(p.get_width()) for p in ax.patches]
    [1, 3]
    """
    import matplotlib.pyplot as plt

    ax = ax if ax is not None else plt.gca()
    data = table.sort_values(["n_articles", by], ascending=[True, False],
                             key=lambda col: col.astype(str).str.casefold() if col.name == by else col)
    import numpy as np

    ax.barh(np.arange(len(data)), data["n_articles"], color=OKABE_ITO["blue"], height=0.6)
    ax.set_yticks(np.arange(len(data)), [_short(g) for g in data[by]])
    ax.set_ylim(-0.5, len(data) - 0.5)
    ax.set_xlabel("Articles")
    ax.set_ylabel("")
    ax.set_title("Articles per outlet" if by == "outlet" else f"Articles per {by}")
    ax.xaxis.get_major_locator().set_params(integer=True)
    for y, n in enumerate(data["n_articles"]):
        ax.annotate(f"{n}", (n, y), xytext=(2, 0), textcoords="offset points", va="center", fontsize=7)
    return ax


# ----------------------------------------------------------------------------- shared helpers


#: Colours given, in order, to a dictionary's own sides (those not in :data:`SIDE_COLOURS`).
SIDE_PALETTE = [OKABE_ITO[k] for k in ("blue", "vermillion", "orange", "sky", "yellow", "black")]


def side_colours(sides) -> dict:
    """A colour for each side: :data:`SIDE_COLOURS` for the first study's and the generic sides,
    Okabe–Ito colours in :data:`SIDE_PALETTE` order for the others.

    The assignment depends only on the order of ``sides`` (an actor dictionary's
    sides, or an actor table), so the same dictionary gives the same colours in
    every figure.

    >>> side_colours(["eu", "china", "joint", "unattributed"])
    {'eu': '#0072B2', 'china': '#D55E00', 'joint': '#CC79A7', 'unattributed': '#BBBBBB'}
    """
    import pandas as pd

    if isinstance(sides, pd.DataFrame):
        sides = sides["side"]
    sides = list(dict.fromkeys(str(s) for s in sides))
    own = [s for s in sides if s not in SIDE_COLOURS]
    taken = {SIDE_COLOURS[s] for s in sides if s in SIDE_COLOURS}
    free = [c for c in SIDE_PALETTE if c not in taken] or SIDE_PALETTE
    out = {}
    for s in sides:
        out[s] = SIDE_COLOURS[s] if s in SIDE_COLOURS else free[own.index(s) % len(free)]
    return out


def side_label(side: str) -> str:
    """How a side reads in a legend: ``white_house`` -> "White House", ``eu`` -> "EU".

    >>> side_label("white_house"), side_label("eu"), side_label("china")
    ('White House', 'EU', 'China')
    """
    if side in SIDE_LABELS:
        return SIDE_LABELS[side]
    text = str(side).replace("_", " ")
    return text.upper() if len(text) <= 3 else text.capitalize()


def side_colour(side: str, *, others: list | tuple = ()) -> str:
    """Colour of a side label: :data:`SIDE_COLOURS`, or a spare Okabe–Ito colour for a new label.

    ``others`` lists the non-standard labels in use, so each gets its own spare colour.

    >>> side_colour("kremlin")
    '#D55E00'
    """
    if side in SIDE_COLOURS:
        return SIDE_COLOURS[side]
    extra = [o for o in others if o not in SIDE_COLOURS]
    i = extra.index(side) if side in extra else 0
    return _SPARE_COLOURS[i % len(_SPARE_COLOURS)]


def _axes(ax):
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    return plt.gca()


def _group_column(table, known, by):
    if by is not None:
        if by not in table.columns:
            raise ValueError(f"table has no column {by!r}; its columns are {list(table.columns)}")
        return by
    candidates = [c for c in table.columns if c not in known]
    if not candidates:
        raise ValueError(f"cannot tell the group column among {list(table.columns)}; pass by=")
    return candidates[0]


def _require(table, columns, what):
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise ValueError(f"{what} needs column(s) {missing}; the table has {list(table.columns)}")


def _ordered(values, order=None):
    seen = list(dict.fromkeys(values))
    if order is None:
        return seen
    missing = [v for v in order if v not in seen]
    if missing:
        raise ValueError(f"order names {missing}, which are not in the table ({seen})")
    return list(order)


#: Group names longer than this are shortened with "…" in axis labels (the tables keep them whole).
MAX_LABEL_CHARS = 30


def _short(name, limit: int = MAX_LABEL_CHARS) -> str:
    """``name`` cut to ``limit`` characters with an ellipsis.

    >>> _short("Les Dernières Nouvelles d'Alsace (édition de Strasbourg)")
    "Les Dernières Nouvelles d'Als…"
    """
    text = str(name)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _group_labels(table, by, groups, show_n, count=None):
    """Group names (shortened), with ``(n=…)``: the count a share is made of (quotes, phrases) or,
    without ``count``, the articles."""
    if not show_n:
        return [_short(g) for g in groups]
    if count is not None and count in table.columns:
        n = table.groupby(by, sort=False, dropna=False)[count].sum() if count == "count" else \
            table.groupby(by, sort=False, dropna=False)[count].max()
    elif "n_articles" in table.columns:
        n = table.groupby(by, sort=False, dropna=False)["n_articles"].first()
    else:
        return [_short(g) for g in groups]
    return [f"{_short(g)} (n={int(n.get(g, 0))})" for g in groups]


def _small_groups(table, by, min_articles):
    """Groups with fewer than ``min_articles`` articles (from the table's ``n_articles``)."""
    if not min_articles or int(min_articles) <= 1 or "n_articles" not in table.columns:
        return []
    n = table.groupby(by, sort=False, dropna=False)["n_articles"].first()
    return [g for g, k in n.items() if k < int(min_articles)]


def _without_small(table, by, min_articles):
    left_out = _small_groups(table, by, min_articles)
    return (table[~table[by].isin(left_out)] if left_out else table), left_out


def _left_out_note(ax, left_out, min_articles, what="groups"):
    """Say under the x label which groups were left out for having too few articles."""
    ax.framing_left_out = list(left_out)
    if left_out:
        label = ax.get_xlabel()
        note = f"{len(left_out)} {what} with fewer than {int(min_articles)} articles not drawn"
        ax.set_xlabel(f"{label}\n({note})" if label else f"({note})")


def _no_interval(low, high):
    import numpy as np

    return np.isnan(np.asarray(low, dtype=float)) | np.isnan(np.asarray(high, dtype=float))


def _barh_with_intervals(ax, y, vals, low, high, *, left=0.0, scale=1.0, **bar_kw):
    """Bars with whiskers where there is an interval; where there is none (one article), a hollow
    marker at the bar's end instead of a zero-width whisker that would look precise."""
    import numpy as np

    y, vals = np.asarray(y, dtype=float), np.asarray(vals, dtype=float)
    low, high = np.asarray(low, dtype=float), np.asarray(high, dtype=float)
    none = _no_interval(low, high)
    err = _errors(vals, low, high) * scale
    err[:, none] = np.nan  # no whisker, no cap
    bars = ax.barh(y, vals * scale, left=left, xerr=err, error_kw=_ERR_KW, **bar_kw)
    if none.any():
        ax.plot(left + vals[none] * scale, y[none], linestyle="none", marker="o", markersize=3.2,
                markerfacecolor="white", markeredgecolor="#222222", markeredgewidth=0.7, zorder=3,
                gid="no-interval")
    return bars, bool(none.any())


def _no_interval_handle():
    from matplotlib.lines import Line2D

    return Line2D([], [], linestyle="none", marker="o", markersize=3.2, markerfacecolor="white",
                  markeredgecolor="#222222", markeredgewidth=0.7, label="no interval (one article)")


def group_figure(n_groups: int, *, n_series: int = 1, width: str | float = "single", labels=()):
    """A figure sized for ``n_groups`` labelled rows of ``n_series`` bars each.

    Each group gets at least 0.42 cm and each bar 0.2 cm, so bars never become
    hairlines; a single-column figure becomes double-column when the group labels
    are long. Returns ``(fig, ax)``.

    >>> fig, ax = group_figure(46, n_series=4)
    >>> round(float(fig.get_figheight()) * 2.54, 1)
    44.4
    """
    per_group = max(0.42, 0.2 * n_series + 0.1)
    longest = max((len(str(x)) for x in labels), default=0)
    if width == "single" and longest > 22:
        width = "double"
    height = height_cm_for(n_groups, per_row_cm=per_group, base_cm=3.0, max_cm=120.0)
    return new_figure(width, height_cm=height)


def _errors(value, low, high):
    """Asymmetric error bar lengths; NaN bounds draw no whisker."""
    import numpy as np

    value, low, high = (np.asarray(x, dtype=float) for x in (value, low, high))
    lo = np.where(np.isnan(low), 0.0, np.clip(value - low, 0, None))
    hi = np.where(np.isnan(high), 0.0, np.clip(high - value, 0, None))
    return np.vstack([lo, hi])


def _interval_handle():
    from matplotlib.lines import Line2D

    return Line2D([], [], color=_ERR_KW["ecolor"], linewidth=_ERR_KW["elinewidth"], marker="|",
                  markersize=4, markeredgewidth=_ERR_KW["elinewidth"], label="95% interval")


def _legend(ax, handles, *, title=None, where="auto"):
    """Legend outside the plotting area: at the right in wide figures, above in a single column."""
    if where == "auto":
        where = "top" if ax.figure.get_figwidth() * 2.54 < 12 else "right"
    common = {"handles": handles, "title": title, "alignment": "left", "handlelength": 1.2,
              "handletextpad": 0.5, "labelspacing": 0.35, "borderaxespad": 0.0}
    if where == "top":
        from matplotlib.transforms import blended_transform_factory

        # Flush with the figure's left edge (over the group labels), just above the axes.
        longest = max(len(str(h.get_label())) for h in handles)
        budget = ax.figure.get_figwidth() * 72 * 0.95 / (7 * 0.55)  # characters across the figure
        ncols = next(n for n in (3, 2, 1) if n <= len(handles) and n * (longest + 5) <= budget or n == 1)
        anchor = blended_transform_factory(ax.figure.transFigure, ax.transAxes)
        legend = ax.legend(loc="lower left", bbox_to_anchor=(0.01, 1.02), bbox_transform=anchor, ncols=ncols,
                           columnspacing=1.0, **common)
        legend.framing_above = True
        legend.framing_rows = -(-len(handles) // ncols) + (1 if title else 0)
        return legend
    return ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), **common)


def _title(ax, title):
    """A title that clears a legend placed above the axes."""
    if not title:
        return
    legend = ax.get_legend()
    pad = 6.0
    if legend is not None and getattr(legend, "framing_above", False):
        try:
            renderer = ax.figure.canvas.get_renderer()
            pad += legend.get_window_extent(renderer).height * 72.0 / ax.figure.dpi + 4
        except AttributeError:  # a canvas without a renderer: estimate from the rows
            pad += 11.0 * legend.framing_rows + 6
    ax.set_title(title, pad=pad)


def _percent_axis(axis):
    from matplotlib.ticker import MaxNLocator, PercentFormatter

    axis.set_major_locator(MaxNLocator(nbins=5, steps=[1, 2, 2.5, 5, 10]))
    axis.set_major_formatter(PercentFormatter(xmax=1.0, decimals=0))


def _dodged_bars(ax, data, *, by, groups, series, colours, labels, value="share", low="ci_low",
                 high="ci_high", series_col="side", band=0.8, missing=None, empty=None):
    """Horizontal bars, one band per group, one bar per series inside it; returns the legend handles.

    ``missing``: a note written where a bar would stand when its value is NaN but the
    group has another bar; ``empty``: a note for a group without any bar (when not given,
    such a group is the caller's to note).
    """
    import numpy as np
    from matplotlib.patches import Patch

    k = len(series)
    h = band / max(k, 1)
    handles = []
    marked = False
    table = {name: data[data[series_col] == name].set_index(by).reindex(groups) for name in series}
    drawn = np.zeros(len(groups), dtype=bool)
    for rows in table.values():
        drawn |= ~np.isnan(rows[value].to_numpy(dtype=float))
    for j, name in enumerate(series):
        rows = table[name]
        vals = rows[value].to_numpy(dtype=float)
        y = np.arange(len(groups)) - band / 2 + h * (j + 0.5)
        ok = ~np.isnan(vals)
        if ok.any():
            _, none = _barh_with_intervals(ax, y[ok], vals[ok], rows[low].to_numpy(float)[ok],
                                           rows[high].to_numpy(float)[ok], height=h * 0.92, color=colours[name],
                                           label=labels[name], gid=f"{series_col}:{name}")
            marked = marked or none
        if missing:
            _note_empty(ax, y[~ok & drawn], missing)
        handles.append(Patch(facecolor=colours[name], label=labels[name]))
    if empty:
        _note_empty(ax, np.flatnonzero(~drawn), empty)
    ax.framing_no_interval = marked
    return handles


def _group_axis(ax, groups, labels):
    import numpy as np

    ax.set_yticks(np.arange(len(groups)), labels)
    ax.set_ylim(len(groups) - 0.5, -0.5)  # first group on top
    ax.tick_params(axis="y", length=0)
    ax.set_ylabel("")


def _note_empty(ax, positions, text):
    for y in positions:
        ax.annotate(text, (0, y), xytext=(3, 0), textcoords="offset points", va="center", ha="left",
                    fontsize=6.5, color="#555555", style="italic")


# ----------------------------------------------------------------------------- the four figures


def plot_quote_shares(table, *, ax=None, by: str | None = None, sides=None, colors=None, order=None,
                      show_n: bool = True, title: str | None = None, min_articles: int = 1):
    """Share of quotes per side and group: dodged horizontal bars with 95% intervals.

    Parameters
    ----------
    table : DataFrame
        :func:`framing.quote_shares` output: ``<by>, side, share, ci_low, ci_high``
        (and ``n_articles``, ``count``).
    ax : matplotlib Axes, optional
        Where to draw (the current Axes by default). Nothing else is touched.
    by : str, optional
        The group column; by default the first column that is not a known one.
    sides : list of str, dict or DataFrame, optional
        Sides to draw, in order: a list of labels, a dict ``{side: legend label}``,
        or the actor dictionary (its sides in order). By default every side with at
        least one quote, in the table's order (the dictionary's, see
        :func:`framing.compare.side_order`).
    colors : dict, optional
        ``{side: colour}``; sides not named get :func:`side_colours` of the sides drawn.
    order : list, optional
        Groups from top to bottom; by default as they come in the table.
    show_n : bool
        Add the number of quotes each group's shares are made of: ``Le Monde (n=12)``.
    title : str, optional
    min_articles : int
        Groups with fewer articles (``n_articles``) are not drawn; the x label says how many.

    Returns
    -------
    matplotlib.axes.Axes
        Bars carry ``gid="side:<side>"``; groups with no quote read "no quotes"; a share
        with no interval (a group of one article) has a hollow marker (``gid="no-interval"``)
        instead of a whisker. ``ax.framing_left_out`` lists the groups not drawn.
    """
    import numpy as np
    import pandas as pd

    known = {"side", "count", "share", "ci_low", "ci_high", "n_articles"}
    by = _group_column(table, known, by)
    _require(table, [by, "side", "share", "ci_low", "ci_high"], "plot_quote_shares")
    ax = _axes(ax)
    table, left_out = _without_small(table, by, min_articles)
    groups = _ordered(table[by], order)
    names = {}
    if isinstance(sides, pd.DataFrame):
        sides = [s for s in dict.fromkeys(sides["side"].astype(str))]
        sides = [s for s in dict.fromkeys(table["side"]) if s in sides] + \
            [s for s in dict.fromkeys(table["side"]) if s not in sides and table.loc[table["side"] == s, "count"].sum()]
    elif isinstance(sides, dict):
        names = {str(k): str(v) for k, v in sides.items()}
        sides = list(names)
    if sides is None:
        counts = table.groupby("side", sort=False)["count"].sum() if "count" in table else None
        sides = [s for s in dict.fromkeys(table["side"])
                 if counts is None or counts.get(s, 0) > 0]
    palette = side_colours(list(dict.fromkeys(table["side"])) + [s for s in sides if s not in set(table["side"])])
    colours = {s: (colors or {}).get(s, palette.get(s)) for s in sides}
    labels = {s: names.get(s) or side_label(s) for s in sides}
    data = table[table["side"].isin(sides)]
    handles = _dodged_bars(ax, data, by=by, groups=groups, series=sides, colours=colours, labels=labels)
    _group_axis(ax, groups, _group_labels(table, by, groups, show_n, count="count"))
    empty = table.groupby(by, sort=False)["share"].apply(lambda s: s.isna().all())
    _note_empty(ax, [i for i, g in enumerate(groups) if empty.get(g, False)], "no quotes")
    top = np.nanmax(np.r_[table["ci_high"].to_numpy(float), table["share"].to_numpy(float), 0.0])
    ax.set_xlim(0, min(1.0, max(0.1, top * 1.08)))
    _percent_axis(ax.xaxis)
    ax.set_xlabel("Share of the group's quotes (n = quotes in the group)")
    _left_out_note(ax, left_out, min_articles)
    extra = [_no_interval_handle()] if ax.framing_no_interval else []
    _legend(ax, handles + [_interval_handle()] + extra, title="Speaker's side")
    _title(ax, title)
    return ax


def plot_phrase_polarity(table, *, ax=None, by: str | None = None, measure: str = "polarity", order=None,
                         show_n: bool = True, title: str | None = None, min_articles: int = 1):
    """Framing phrases per group: mean polarity, or the share of each frame, with 95% intervals.

    Parameters
    ----------
    table : DataFrame
        :func:`framing.phrase_polarity` output: ``<by>, measure, value, ci_low, ci_high``.
    ax : matplotlib Axes, optional
    by : str, optional
        The group column (guessed as for :func:`plot_quote_shares`).
    measure : {"polarity", "frames"}
        ``"polarity"``: one bar per group from 0 to the mean polarity (orange below
        zero, sky blue above). ``"frames"``: dodged bars, the share of phrases with
        each frame (every measure other than ``polarity``).
    order : list, optional
        Groups from top to bottom.
    show_n : bool
        Add the number of framing phrases each group's value is made of: ``Le Monde (n=8)``.
    title : str, optional
    min_articles : int
        Groups with fewer articles (``n_articles``) are not drawn; the x label says how many.

    Returns
    -------
    matplotlib.axes.Axes
        A value with no interval (a group of one article) has a hollow marker
        (``gid="no-interval"``) instead of a whisker; ``ax.framing_left_out`` lists
        the groups not drawn.
    """
    import numpy as np
    from matplotlib.patches import Patch
    from matplotlib.ticker import MaxNLocator

    known = {"measure", "value", "ci_low", "ci_high", "n_phrases", "n_articles"}
    by = _group_column(table, known, by)
    _require(table, [by, "measure", "value", "ci_low", "ci_high"], "plot_phrase_polarity")
    if measure not in ("polarity", "frames"):
        raise ValueError(f"measure must be 'polarity' or 'frames', not {measure!r}")
    ax = _axes(ax)
    table, left_out = _without_small(table, by, min_articles)
    groups = _ordered(table[by], order)
    ax.framing_no_interval = False
    if measure == "polarity":
        rows = table[table["measure"] == "polarity"].set_index(by).reindex(groups)
        vals = rows["value"].to_numpy(float)
        ok = ~np.isnan(vals)
        y = np.arange(len(groups))
        colours = [POLARITY_COLOURS["negative"] if v < 0 else POLARITY_COLOURS["positive"] for v in vals[ok]]
        if ok.any():
            _, ax.framing_no_interval = _barh_with_intervals(
                ax, y[ok], vals[ok], rows["ci_low"].to_numpy(float)[ok], rows["ci_high"].to_numpy(float)[ok],
                height=0.6, color=colours, gid="measure:polarity")
        _note_empty(ax, y[~ok], "no framing phrases")
        ax.axvline(0, color="#333333", linewidth=0.7, zorder=1)
        bound = np.nanmax(np.abs(np.r_[rows["ci_low"].to_numpy(float), rows["ci_high"].to_numpy(float),
                                        vals, 0.1]))
        bound = min(1.0, np.ceil(bound * 1.1 * 10) / 10)
        ax.set_xlim(-bound, bound)
        ax.xaxis.set_major_locator(MaxNLocator(nbins=5, steps=[1, 2, 2.5, 5, 10], symmetric=True))
        ax.set_xlabel("Mean polarity of framing phrases (−1 negative, +1 positive; n = phrases)")
        handles = [Patch(facecolor=POLARITY_COLOURS["negative"], label="Negative mean"),
                   Patch(facecolor=POLARITY_COLOURS["positive"], label="Positive mean"),
                   _interval_handle()] + ([_no_interval_handle()] if ax.framing_no_interval else [])
        _legend(ax, handles)
    else:
        frames = [m for m in dict.fromkeys(table["measure"]) if m != "polarity"]
        if not frames:
            raise ValueError("the table has no frame measure (only 'polarity'); use measure='polarity'")
        spare = iter(c for c in _SPARE_COLOURS + [OKABE_ITO["green"], OKABE_ITO["purple"]]
                     if c not in FRAME_COLOURS.values())
        colours = {f: FRAME_COLOURS.get(f) or next(spare) for f in frames}
        labels = {f: str(f).replace("_", " ").capitalize() for f in frames}
        handles = _dodged_bars(ax, table, by=by, groups=groups, series=frames, colours=colours, labels=labels,
                               value="value", series_col="measure")
        empty = table.groupby(by, sort=False)["value"].apply(lambda s: s.isna().all())
        _note_empty(ax, [i for i, g in enumerate(groups) if empty.get(g, False)], "no framing phrases")
        data = table[table["measure"].isin(frames)]
        top = np.nanmax(np.r_[data["ci_high"].to_numpy(float), data["value"].to_numpy(float), 0.0])
        ax.set_xlim(0, min(1.0, max(0.1, top * 1.08)))
        _percent_axis(ax.xaxis)
        ax.set_xlabel("Share of the group's framing phrases (n = phrases)")
        extra = [_no_interval_handle()] if ax.framing_no_interval else []
        _legend(ax, handles + [_interval_handle()] + extra, title="Frame")
    _group_axis(ax, groups, _group_labels(table, by, groups, show_n, count="n_phrases"))
    _left_out_note(ax, left_out, min_articles)
    _title(ax, title)
    return ax


def plot_outlet_tone(table, *, ax=None, by: str | None = None, order=None, show_n: bool = True,
                     title: str | None = None):
    """Article tone per group, the journalist's framing beside the framing they quote.

    Parameters
    ----------
    table : DataFrame
        :func:`framing.outlet_tone` output: ``<by>, voice, tone, ci_low, ci_high``. The
        ``journalist`` and ``quoted`` rows are drawn side by side in each group's band
        (``all`` is in the table, not the figure). A voice without any phrase in a group
        (its ``tone`` is NaN) is marked «no phrase in this voice» where its bar would stand,
        and a group without any phrase «no framing phrases».
    ax : matplotlib Axes, optional
    by : str, optional
        The group column (guessed as for :func:`plot_quote_shares`).
    order : list, optional
        Groups from top to bottom.
    show_n : bool
        Add the number of articles to each group label.
    title : str, optional

    Returns
    -------
    matplotlib.axes.Axes
    """
    import numpy as np
    from matplotlib.ticker import MaxNLocator

    known = {"voice", "tone", "ci_low", "ci_high", "n_phrases", "n_articles"}
    by = _group_column(table, known, by)
    _require(table, [by, "voice", "tone", "ci_low", "ci_high"], "plot_outlet_tone")
    ax = _axes(ax)
    groups = _ordered(table[by], order)
    voices = ["journalist", "quoted"]
    labels = {"journalist": "Journalist's own phrases", "quoted": "Phrases inside quotes"}
    handles = _dodged_bars(ax, table, by=by, groups=groups, series=voices, colours=VOICE_COLOURS, labels=labels,
                           value="tone", series_col="voice", missing="no phrase in this voice",
                           empty="no framing phrases")
    data = table[table["voice"].isin(voices)]
    ax.axvline(0, color="#333333", linewidth=0.7, zorder=1)
    bound = np.nanmax(np.abs(np.r_[data["ci_low"].to_numpy(float), data["ci_high"].to_numpy(float),
                                    data["tone"].to_numpy(float), 0.1]))
    bound = min(1.0, np.ceil(bound * 1.1 * 10) / 10)
    ax.set_xlim(-bound, bound)
    ax.xaxis.set_major_locator(MaxNLocator(nbins=5, steps=[1, 2, 2.5, 5, 10], symmetric=True))
    ax.set_xlabel("Mean article tone toward the relation (−1 cold, hostile … +1 warm)")
    extra = [_no_interval_handle()] if getattr(ax, "framing_no_interval", False) else []
    _legend(ax, handles + [_interval_handle()] + extra, title="Voice")
    totals = table[table["voice"] == "all"] if "n_articles" in table.columns else table
    _group_axis(ax, groups, _group_labels(totals, by, groups, show_n))
    _title(ax, title)
    return ax


def _percent(x: float) -> str:
    return f"{x:.0%}" if round(x * 100) == x * 100 else f"{x:.1%}"


def _nice_step(top: float) -> float:
    """A round tick step (as a share) so that two steps cover ``top``."""
    for step in (0.01, 0.02, 0.025, 0.05, 0.1, 0.2, 0.25, 0.5):
        if 2 * step >= top:
            return step
    return 0.5


def plot_topic_shares(table, *, ax=None, by: str | None = None, topics=None, labels=None, order=None,
                      show_n: bool = True, title: str | None = None, wrap: int | None = None,
                      min_articles: int = 1):
    """Mean topic share per group and topic as small multiples: one column per topic, one row per group.

    Each column is a little bar chart on the same scale (two round ticks below
    it), so shares compare along a column (outlets) and across columns (topics);
    whiskers are the 95% intervals.

    Parameters
    ----------
    table : DataFrame
        :func:`framing.topic_shares` output: ``<by>, topic, share, ci_low, ci_high``.
    ax : matplotlib Axes, optional
    by : str, optional
        The group column (guessed as for :func:`plot_quote_shares`).
    topics : list, optional
        Topics to draw, in order (all by default).
    labels : dict or list, optional
        Column headings per topic (e.g. ``model.topic_labels_``); the topic values by default.
    order : list, optional
        Groups from top to bottom.
    show_n : bool
        Add the number of articles to each group label.
    title : str, optional
    wrap : int, optional
        Wrap headings at this many characters (by default, what fits the column).
    min_articles : int
        Groups with fewer articles (``n_articles``) are not drawn; the x label says how many.

    Returns
    -------
    matplotlib.axes.Axes
        Bars of topic ``t`` carry ``gid="topic:<t>"``; their widths are ``share`` times
        ``ax.framing_scale`` and they start at ``ax.framing_columns[t]``. The scale is
        labelled once, under the first column (0, one step, two steps); the other
        columns carry the same grid lines without repeating the numbers. A share with
        no interval (one article) has a hollow marker instead of a whisker.
    """
    import textwrap

    import numpy as np

    known = {"topic", "share", "ci_low", "ci_high", "n_articles"}
    by = _group_column(table, known, by)
    _require(table, [by, "topic", "share", "ci_low", "ci_high"], "plot_topic_shares")
    ax = _axes(ax)
    table, left_out = _without_small(table, by, min_articles)
    groups = _ordered(table[by], order)
    topics = _ordered(table["topic"], topics)
    if isinstance(labels, dict):
        heads = [str(labels.get(t, t)) for t in topics]
    elif labels is not None:
        labels = list(labels)
        heads = [str(labels[t]) if isinstance(t, (int, np.integer)) and 0 <= t < len(labels) else str(t)
                 for t in topics]
    else:
        heads = [f"Topic {t}" if isinstance(t, (int, np.integer)) else str(t) for t in topics]
    data = table[table["topic"].isin(topics)]
    if data.empty or not groups:  # every article too short to model: say so rather than draw nothing
        ax.text(0.5, 0.5, "No article has topic shares (all shorter than the model's min_tokens).",
                transform=ax.transAxes, ha="center", va="center", fontsize=7, color="#555555", style="italic")
        ax.set_xticks([])
        ax.set_yticks([])
        for spine in ax.spines.values():
            spine.set_visible(False)
        _title(ax, title)
        return ax
    top = float(np.nanmax(np.r_[data["ci_high"].to_numpy(float), data["share"].to_numpy(float), 0.01]))
    step = _nice_step(top)
    scale = 1.0 / (2 * step)  # a column is one unit wide and shows 0 .. 2 steps
    gap = 0.3
    # Width of one column in points, estimated before layout: the figure minus the group labels.
    group_labels = _group_labels(table, by, groups, show_n)
    label_pt = max(len(g) for g in group_labels) * 7 * 0.55 + 12
    col_pt = max(20.0, (ax.figure.get_figwidth() * 72 * 0.95 - label_pt) / max(1, len(topics)))
    if wrap is None:  # characters of a 7 pt heading that fit over a column and its gap
        wrap = max(6, int(col_pt / (7 * 0.52)))
    y = np.arange(len(groups))
    ticks, tick_labels, columns, n_lines = [], [], {}, 1
    no_interval = False
    for k, (t, head) in enumerate(zip(topics, heads)):
        left = k * (1 + gap)
        columns[t] = left
        rows = data[data["topic"] == t].set_index(by).reindex(groups)
        vals = rows["share"].to_numpy(float)
        ok = ~np.isnan(vals)
        for x in (left + 0.5, left + 1.0):
            ax.axvline(x, color="0.88", linewidth=0.5, zorder=0)
        ax.axvline(left, color="#333333", linewidth=0.6, zorder=1)
        if ok.any():
            _, none = _barh_with_intervals(ax, y[ok], vals[ok], rows["ci_low"].to_numpy(float)[ok],
                                           rows["ci_high"].to_numpy(float)[ok], left=left, scale=scale,
                                           height=0.62, color=_NEUTRAL, gid=f"topic:{t}")
            no_interval = no_interval or none
        if wrap < 12:  # narrow columns: slanted one-line headings that cannot collide
            head = textwrap.fill(head.replace(" · ", "\u00a0· "), 16, break_long_words=False)
            ax.text(left + 0.3, 1.01, head, transform=ax.get_xaxis_transform(), ha="left", va="bottom",
                    rotation=45, rotation_mode="anchor", fontsize=6, linespacing=1.0)
            longest = max(len(line) for line in head.split("\n"))
            n_lines = max(n_lines, 1 + int((longest * 6 * 0.55 + 6 * head.count("\n")) * 0.71 / 8.5))
        else:
            head = textwrap.fill(head.replace(" · ", "\u00a0· "), wrap, break_long_words=False)
            n_lines = max(n_lines, head.count("\n") + 1)
            ax.text(left + 0.5, 1.01, head, transform=ax.get_xaxis_transform(), ha="center", va="bottom",
                    fontsize=7, linespacing=1.05)
        # The scale is numbered under the first column only: the same numbers repeated under
        # every column read as if each column had its own scale (every tick "100%").
        ticks += [left, left + 0.5, left + 1.0]
        if k == 0:
            tick_labels += ["0", _percent(step) if col_pt >= 40 else "", _percent(2 * step)]
        else:
            tick_labels += ["", "", ""]
    ax.grid(False)
    ax.set_xticks(ticks, tick_labels)
    ax.tick_params(axis="x", labelsize=6)
    ax.set_xlim(-0.1, max(1.0, len(topics) * (1 + gap) - gap) + 0.05)
    _group_axis(ax, groups, group_labels)
    ax.spines["left"].set_visible(False)
    ax.set_xlabel(f"Mean topic share in the group's articles (n = articles); every column runs from 0 to "
                  f"{_percent(2 * step)}\n(whiskers: 95% intervals"
                  + ("; hollow marker: one article, no interval)" if no_interval else ")"))
    _left_out_note(ax, left_out, min_articles)
    ax.framing_scale = scale
    ax.framing_columns = columns
    ax.framing_no_interval = no_interval
    if title:
        ax.set_title(title, pad=8 + 8.5 * n_lines)
    return ax


def plot_keyness(table, *, ax=None, group=None, top: int = 15, value: str = "g2", alpha: float = 0.05,
                 title: str | None = None):
    """Key words of one group: horizontal bars of G² (or log ratio), the strongest on top.

    Parameters
    ----------
    table : DataFrame
        :func:`framing.keyness` output: ``group, word, g2, log_ratio, p_adj`` (and counts).
    ax : matplotlib Axes, optional
    group : label, optional
        Which target group to draw; needed when the table holds several.
    top : int
        Number of words (the first ``top`` rows of the group, i.e. the highest G²).
    value : {"g2", "log_ratio"}
        Bar length: G², signed by direction (negative = less frequent than in the
        rest of the corpus), or Hardie's log ratio.
    alpha : float
        Bars of words with ``p_adj < alpha`` (Benjamini–Hochberg) are dark, the others light.
    title : str, optional
        By default "Key words: <group> vs. the rest".

    Returns
    -------
    matplotlib.axes.Axes
        Words top to bottom; each bar's width is the plotted value; the text at the
        bar's end is ``count_target / count_reference``.
    """
    import numpy as np
    from matplotlib.patches import Patch

    _require(table, ["group", "word", "g2", "log_ratio", "p_adj"], "plot_keyness")
    if value not in ("g2", "log_ratio"):
        raise ValueError(f"value must be 'g2' or 'log_ratio', not {value!r}")
    present = list(dict.fromkeys(table["group"]))
    if group is None:
        if len(present) != 1:
            raise ValueError(f"the keyness table holds several groups {present}; choose one with group=")
        group = present[0]
    elif group not in present:
        raise ValueError(f"group {group!r} is not in the keyness table (it has {present})")
    ax = _axes(ax)
    data = table[table["group"] == group].head(top)
    signed = np.sign(data["log_ratio"].to_numpy(float))
    widths = data["g2"].to_numpy(float) * signed if value == "g2" else data["log_ratio"].to_numpy(float)
    sig = data["p_adj"].to_numpy(float) < alpha
    colours = [_NEUTRAL if s else "#C8C8C8" for s in sig]
    y = np.arange(len(data))
    ax.barh(y, widths, height=0.65, color=colours, gid="keyness")
    if {"count_target", "count_reference"} <= set(data.columns):
        for yi, w, a, b in zip(y, widths, data["count_target"], data["count_reference"]):
            ax.annotate(f"{int(a)} / {int(b)}", (w, yi), xytext=(2 if w >= 0 else -2, 0),
                        textcoords="offset points", va="center", ha="left" if w >= 0 else "right",
                        fontsize=6, color="#444444")
    ax.set_yticks(y, list(data["word"]))
    ax.set_ylim(len(data) - 0.5, -0.5)
    ax.tick_params(axis="y", length=0)
    if len(widths):
        lo, hi = min(0.0, float(np.min(widths))), max(0.0, float(np.max(widths)))
        pad = 0.2 * (hi - lo or 1.0)
        ax.set_xlim(lo - (1.4 * pad if lo < 0 else 0), hi + pad)
    ax.axvline(0, color="#333333", linewidth=0.7)
    xlabel = ("Log-likelihood G², signed (< 0: rarer than in the rest)" if value == "g2"
              else "Log ratio (log₂ of the ratio of relative frequencies)")
    if {"count_target", "count_reference"} <= set(data.columns):
        xlabel += "\nNumbers: occurrences in the group / in the rest"
    ax.set_xlabel(xlabel)
    handles = [Patch(facecolor=_NEUTRAL, label=f"FDR-adjusted p < {alpha:g}"),
               Patch(facecolor="#C8C8C8", label="Not significant")]
    _legend(ax, handles, title="Benjamini–Hochberg")
    _title(ax, title if title is not None else f"Key words: {group} vs. the rest")
    return ax
