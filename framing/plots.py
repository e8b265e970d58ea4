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
    "figure_style",
    "new_figure",
    "save_figure",
    "plot_articles_per_outlet",
]

#: Okabe–Ito colour-blind-safe palette.
OKABE_ITO = {
    "blue": "#0072B2", "vermillion": "#D55E00", "green": "#009E73", "purple": "#CC79A7",
    "orange": "#E69F00", "sky": "#56B4E9", "yellow": "#F0E442", "black": "#000000", "grey": "#999999",
}
#: Journal column widths in centimetres.
COLUMN_WIDTH_CM = {"single": 8.5, "double": 17.5}


@contextlib.contextmanager
def figure_style():
    """Apply the framing style inside a ``with`` block.

    >>> with figure_style():
    ...     fig, ax = new_figure("single")
    """
    import matplotlib.pyplot as plt

    with resources.as_file(resources.files("framing").joinpath("data", "framing.mplstyle")) as path:
        with plt.style.context(str(path)):
            yield


def new_figure(width: str | float = "single", *, height_cm: float | None = None, **kw):
    """A figure sized for a journal column: ``"single"`` (8.5 cm), ``"double"`` (17.5 cm) or cm.

    Returns ``(fig, ax)`` like :func:`matplotlib.pyplot.subplots` (extra keywords go to it).
    """
    import matplotlib.pyplot as plt

    w_cm = COLUMN_WIDTH_CM[width] if isinstance(width, str) else float(width)
    h_cm = height_cm if height_cm is not None else w_cm * 0.62
    return plt.subplots(figsize=(w_cm / 2.54, h_cm / 2.54), layout="constrained", **kw)


def save_figure(fig, path_stem, *, formats=("pdf", "svg", "png"), dpi: int = 300) -> list[Path]:
    """Write ``fig`` as PDF (TrueType fonts embedded), SVG (text as text) and PNG (300 dpi).

    Metadata dates and creator are cleared and the SVG hash salt fixed, so two runs
    write byte-identical files.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
    path_stem : str or Path
        Path without suffix; parent folders are created.

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
                                "svg.hashsalt": "framing"}):
        for fmt in formats:
            path = stem.with_suffix(f".{fmt}")
            fig.savefig(path, format=fmt, dpi=dpi, metadata=meta.get(fmt), bbox_inches="tight")
            written.append(path)
    return written


def plot_articles_per_outlet(table, *, ax=None):
    """Horizontal bars: number of articles per outlet.

    Parameters
    ----------
    table : DataFrame
        Columns ``outlet`` and ``n_articles`` (``framing.pipeline.corpus_summary``).
    ax : matplotlib Axes, optional

    Returns
    -------
    matplotlib.axes.Axes
    """
    import matplotlib.pyplot as plt

    ax = ax if ax is not None else plt.gca()
    data = table.sort_values(["n_articles", "outlet"], ascending=[True, False])
    ax.barh(data["outlet"], data["n_articles"], color=OKABE_ITO["blue"], height=0.6)
    ax.set_xlabel("Articles")
    ax.set_ylabel("")
    ax.set_title("Articles per outlet")
    ax.xaxis.get_major_locator().set_params(integer=True)
    for y, n in enumerate(data["n_articles"]):
        ax.annotate(f"{n}", (n, y), xytext=(2, 0), textcoords="offset points", va="center", fontsize=7)
    return ax
