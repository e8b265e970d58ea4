"""The figures of ``framing run``: what each one shows (a spec), and drawing one into files.

:func:`figure_specs` turns the run's tables into a list of figure specs, plain dicts
that hold everything a figure needs (its table, the plot function's name and options,
its size, title and caption); :func:`render` draws one spec and returns its files as
bytes (PDF, SVG, PNG at 300 dpi, and a lighter PNG for ``report.html``). A spec needs
nothing but itself, so the figures of a Dask run are drawn on the workers, all at
once, and the files written by this process, wherever the workers are; a pandas run
draws them in the run's two helper processes (``framing.pipeline._helper_pool``).

Examples
--------
>>> import pandas as pd
>>> table = pd.DataFrame({"outlet": ["A", "B"], "n_articles": [3, 1]})
>>> spec = {"stem": "articles_per_outlet", "title": "The corpus", "caption": "Articles.",
...         "plot": "plot_articles_per_outlet", "table": table, "plot_kw": {"by": "outlet"},
...         "figure": {"group": 2, "labels": ["A", "B"]}}
>>> sorted(render(spec))
['.articles_per_outlet.report.png', 'articles_per_outlet.pdf', 'articles_per_outlet.png', 'articles_per_outlet.svg']
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from framing.outputs import slug

__all__ = ["figure_specs", "render", "REPORT_DPI"]

#: Resolution of the PNG files written beside the PDF and SVG.
FILE_DPI = 300
#: Resolution of the PNG copies embedded in ``report.html``: the PNG files, scaled down.
REPORT_DPI = 110


def figure_specs(results: dict, *, corpus_groups: list, groups: list, by: str, sides=None, n_sides: int = 1,
                 topic_labels: dict | None = None, n_topics: int = 0, key_groups=(), note: str = "") -> list[dict]:
    """The specs of the figures of a run, in the order of the report.

    Parameters
    ----------
    results : dict of DataFrame
        The run's tables (``articles_per_outlet``, ``quote_shares``, ``phrase_polarity``,
        ``outlet_tone``, ``topic_shares``, ``keyness``).
    corpus_groups : list
        Every group of the corpus (for the corpus figure); ``groups``: the groups compared
        (small ones pooled).
    sides : DataFrame, optional
        The actor dictionary (sides and colours of the quote figure).
    n_sides : int
        Sides with quotes (bars per group in the quote figure).
    key_groups : list
        Groups that get a key-word figure.
    note : str
        Appended to the captions of the comparison figures (pooled groups, hollow markers).
    """
    from framing.plots import height_cm_for

    labels = [str(g) for g in groups]
    n = len(groups)

    def spec(stem, title, caption, plot, table, figure, **plot_kw):
        return {"stem": stem, "title": title, "caption": caption, "plot": plot, "table": table,
                "plot_kw": {"by": by, **plot_kw}, "figure": figure}

    out = [
        spec("articles_per_outlet", "The corpus", "Number of articles per group.", "plot_articles_per_outlet",
             results["articles_per_outlet"], {"group": len(corpus_groups), "labels": list(map(str, corpus_groups))}),
        spec("quote_shares", "Who is quoted",
             "Share of each group's quotes by the speaker's side (n = quotes in the group); whiskers: 95% "
             "bootstrap intervals resampling articles within the group." + note, "plot_quote_shares",
             results["quote_shares"], {"group": n, "n_series": n_sides, "width": "double", "labels": labels},
             sides=sides),
        spec("phrase_polarity", "How it is framed: polarity",
             "Mean polarity of the framing phrases found in each group (−1 negative … +1 positive; n = phrases); "
             "whiskers: 95% article-bootstrap intervals." + note, "plot_phrase_polarity",
             results["phrase_polarity"], {"group": n, "labels": labels}, measure="polarity"),
        spec("phrase_frames", "How it is framed: conflict or cooperation",
             "Share of each group's framing phrases in the conflict and cooperation frames (n = phrases); "
             "whiskers: 95% intervals." + note, "plot_phrase_polarity",
             results["phrase_polarity"], {"group": n, "n_series": 2, "width": "double", "labels": labels},
             measure="frames"),
        spec("outlet_tone", "How it is framed: tone, and in whose voice",
             "Mean article tone toward the relation (framing phrases, net polarity weighted by strength and "
             "shrunk toward 0 for articles with few phrases; −1 cold … +1 warm), from the journalist's own "
             "phrases and from the phrases inside quotes; whiskers: 95% article-bootstrap intervals." + note,
             "plot_outlet_tone", results["outlet_tone"],
             {"group": n, "n_series": 3, "width": "double", "labels": labels}),
        spec("topic_shares", "What it talks about",
             f"Mean share of each of {n_topics} topics (LDA, labels from top words) in each group's articles "
             "(n = articles); whiskers: 95% article-bootstrap intervals." + note, "plot_topic_shares",
             results["topic_shares"], {"group": n, "width": "double", "labels": labels, "extra_height_cm": 1.5},
             labels=topic_labels or {}),
    ]
    keyness = results["keyness"]
    for group in key_groups:
        rows = keyness[keyness["group"] == group]
        item = spec(f"keyness_{slug(group)}", f"Key words: {group}",
                    "Words over-represented in this group against all others (log-likelihood G², "
                    "Benjamini–Hochberg adjusted).", "plot_keyness", rows,
                    {"width": "single", "height_cm": height_cm_for(max(min(len(rows), 15), 3))}, group=group)
        del item["plot_kw"]["by"]
        out.append(item)
    return out


def render(spec: dict) -> dict[str, bytes]:
    """Draw one figure spec; its files (``<stem>.pdf/.svg/.png``, ``.<stem>.report.png``) as bytes.

    Pure: nothing is written outside a temporary folder, so it runs on any Dask worker.
    """
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt
    from PIL import Image

    from framing import plots

    with plots.figure_style(), tempfile.TemporaryDirectory(prefix="framing-figure-") as tmp:
        size = dict(spec["figure"])
        if "group" in size:
            extra = size.pop("extra_height_cm", 0.0)
            fig, ax = plots.group_figure(size.pop("group"), **size)
            if extra:
                fig.set_figheight(fig.get_figheight() + extra / 2.54)
        else:
            fig, ax = plots.new_figure(size["width"], height_cm=size.get("height_cm"))
        getattr(plots, spec["plot"])(spec["table"], ax=ax, **spec["plot_kw"])
        stem = spec["stem"]
        folder = Path(tmp)
        plots.save_figure(fig, folder / stem, dpi=FILE_DPI)  # laid out once for the three files
        with Image.open(folder / f"{stem}.png") as full:  # the report's copy: the PNG file, scaled down
            scale = REPORT_DPI / FILE_DPI
            full.resize((max(1, round(full.width * scale)), max(1, round(full.height * scale))),
                        Image.Resampling.LANCZOS).save(folder / f".{stem}.report.png", format="png")
        plt.close(fig)
        return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


