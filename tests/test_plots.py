"""Publication figures: the Axes carry the table's values, labels, intervals and legends.

Checked on the Axes (bars, widths, error bar extents, tick labels, legend texts),
not on pixels; saving twice must give the same bytes.
"""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from framing.plots import (  # noqa: E402
    POLARITY_COLOURS, SIDE_COLOURS, figure_style, height_cm_for, new_figure, plot_keyness,
    plot_phrase_polarity, plot_quote_shares, plot_topic_shares, save_figure,
)

OUTLETS = ["Le Monde", "Le Figaro", "RT France", "Sputnik France", "L'Expression (Algérie)", "Radio-Canada",
           "Libération", "Mediapart", "Ouest-France", "La Croix", "Le Temps", "La Presse", "El Watan",
           "Jeune Afrique", "France 24"]
SIDES = ["kremlin", "white_house", "joint", "other", "unattributed"]


def quote_table(outlets, *, empty=()):
    rng = np.random.default_rng(0)
    rows = []
    for i, o in enumerate(outlets):
        shares = rng.dirichlet(np.ones(5) * 3)
        for s, share in zip(SIDES, shares):
            if o in empty:
                rows.append((o, s, 0, np.nan, np.nan, np.nan, 10 + i))
            else:
                rows.append((o, s, int(share * 40), share, max(0, share - 0.08), min(1, share + 0.1), 10 + i))
    return pd.DataFrame(rows, columns=["outlet", "side", "count", "share", "ci_low", "ci_high", "n_articles"])


def bar_containers(ax):
    return [c for c in ax.containers if isinstance(c, matplotlib.container.BarContainer)]


def whiskers(container):
    """(x_low, x_high) of each error bar of a barh container."""
    segs = container.errorbar.lines[2][0].get_segments()
    return [(s[0][0], s[1][0]) for s in segs]


@pytest.fixture
def fig_ax():
    with figure_style():
        fig, ax = new_figure("double", height_cm=10)
        yield fig, ax
    plt.close(fig)


def test_quote_shares_bars_equal_table_values(fig_ax):
    fig, ax = fig_ax
    table = quote_table(OUTLETS[:6])
    assert plot_quote_shares(table, ax=ax) is ax
    containers = bar_containers(ax)
    assert [c.patches[0].get_gid() for c in containers] == [f"side:{s}" for s in SIDES]
    for side, cont in zip(SIDES, containers):
        rows = table[table.side == side]
        assert len(cont.patches) == 6
        np.testing.assert_allclose([p.get_width() for p in cont.patches], rows["share"])
        np.testing.assert_allclose(whiskers(cont), rows[["ci_low", "ci_high"]].to_numpy())
        assert all(matplotlib.colors.same_color(p.get_facecolor(), SIDE_COLOURS[side]) for p in cont.patches)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    n_quotes = table.groupby("outlet")["count"].sum()  # the label counts the quotes a share is made of
    assert labels[0] == f"Le Monde (n={n_quotes['Le Monde']})" and labels[2] == f"RT France (n={n_quotes['RT France']})"
    assert ax.yaxis_inverted()  # first outlet on top
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["Kremlin", "White House", "Both sides", "Other", "Unattributed", "95% interval"]


def test_outlet_without_quotes_is_labelled_not_drawn(fig_ax):
    fig, ax = fig_ax
    table = quote_table(OUTLETS[:4], empty={"RT France"})
    plot_quote_shares(table, ax=ax)
    assert all(len(c.patches) == 3 for c in bar_containers(ax))
    assert "RT France (n=0)" in [t.get_text() for t in ax.get_yticklabels()]  # no quote to count
    assert [t.get_text() for t in ax.texts] == ["no quotes"]


def test_sides_without_quotes_are_left_out():
    table = quote_table(OUTLETS[:3])
    table.loc[table.side == "joint", ["count", "share", "ci_low", "ci_high"]] = 0
    fig, ax = plt.subplots()
    plot_quote_shares(table, ax=ax)
    assert "Both sides" not in [t.get_text() for t in ax.get_legend().get_texts()]
    plt.close(fig)


def test_plot_draws_only_on_the_axes_it_is_given():
    fig, (left, right) = plt.subplots(1, 2)
    plot_quote_shares(quote_table(OUTLETS[:3]), ax=right)
    assert not left.patches and not left.texts and left.get_legend() is None
    assert len(right.patches) == 15
    plt.close(fig)


@pytest.mark.parametrize("n, width", [(3, "single"), (6, "single"), (15, "double"), (15, "single")])
def test_labels_and_legend_do_not_overlap(n, width):
    table = quote_table(OUTLETS[:n])
    with figure_style():
        fig, ax = new_figure(width, height_cm=height_cm_for(n * 1.6))
        plot_quote_shares(table, ax=ax, title="Who is quoted")
        fig.canvas.draw()
        r = fig.canvas.get_renderer()
        boxes = [t.get_window_extent(r) for t in ax.get_yticklabels()]
        for a, b in zip(boxes, boxes[1:]):
            assert not a.overlaps(b)
        legend = ax.get_legend().get_window_extent(r)
        assert not legend.overlaps(ax.get_window_extent(r))
        assert not legend.overlaps(ax.title.get_window_extent(r))
        assert all(b.x0 >= 0 for b in boxes)  # labels inside the figure
        assert legend.x0 >= 0 and legend.x1 <= fig.bbox.x1 + 1
    plt.close(fig)


def polarity_table(outlets):
    rows = []
    for i, o in enumerate(outlets):
        v = (-1) ** i * 0.1 * (i + 1)
        rows += [(o, "polarity", v, v - 0.1, v + 0.12, 20, 8), (o, "conflict", 0.5, 0.4, 0.6, 20, 8),
                 (o, "cooperation", 0.3, 0.2, 0.45, 20, 8)]
    return pd.DataFrame(rows, columns=["outlet", "measure", "value", "ci_low", "ci_high", "n_phrases",
                                       "n_articles"])


def test_phrase_polarity_bars_signed_and_coloured(fig_ax):
    fig, ax = fig_ax
    table = polarity_table(OUTLETS[:5])
    plot_phrase_polarity(table, ax=ax)
    (cont,) = bar_containers(ax)
    pol = table[table.measure == "polarity"]
    np.testing.assert_allclose([p.get_width() for p in cont.patches], pol["value"])
    np.testing.assert_allclose(whiskers(cont), pol[["ci_low", "ci_high"]].to_numpy())
    for p, v in zip(cont.patches, pol["value"]):
        colour = POLARITY_COLOURS["negative" if v < 0 else "positive"]
        assert matplotlib.colors.same_color(p.get_facecolor(), colour)
    lo, hi = ax.get_xlim()
    assert lo == -hi and lo <= pol["ci_low"].min()
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Negative mean", "Positive mean",
                                                                    "95% interval"]


def test_phrase_frames_dodged_bars(fig_ax):
    fig, ax = fig_ax
    table = polarity_table(OUTLETS[:4])
    plot_phrase_polarity(table, ax=ax, measure="frames")
    conflict, cooperation = bar_containers(ax)
    assert [p.get_width() for p in conflict.patches] == [0.5] * 4
    assert [p.get_width() for p in cooperation.patches] == [0.3] * 4
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Conflict", "Cooperation", "95% interval"]
    with pytest.raises(ValueError, match="measure"):
        plot_phrase_polarity(table, ax=ax, measure="tone")


def test_topic_shares_small_multiples(fig_ax):
    fig, ax = fig_ax
    rng = np.random.default_rng(2)
    rows = []
    for o in OUTLETS[:6]:
        theta = rng.dirichlet(np.ones(4))
        rows += [(o, t, s, s * 0.8, s * 1.2, 30) for t, s in enumerate(theta)]
    table = pd.DataFrame(rows, columns=["outlet", "topic", "share", "ci_low", "ci_high", "n_articles"])
    labels = ["syrie · assad · régime", "sanctions · économie", "ingérence · élection", "corée · nucléaire"]
    plot_topic_shares(table, ax=ax, labels=labels)
    containers = bar_containers(ax)
    assert len(containers) == 4
    for t, cont in enumerate(containers):
        sub = table[table.topic == t]
        widths = np.array([p.get_width() for p in cont.patches])
        np.testing.assert_allclose(widths, sub["share"] * ax.framing_scale)
        assert {p.get_x() for p in cont.patches} == {ax.framing_columns[t]}
        lows = [lo for lo, _ in whiskers(cont)]
        np.testing.assert_allclose(lows, ax.framing_columns[t] + sub["ci_low"] * ax.framing_scale)
    heads = [t.get_text().replace("\n", " ") for t in ax.texts]
    assert [h.replace("\u00a0", " ") for h in heads] == labels
    assert ax.framing_scale * table["ci_high"].max() <= 1.0  # whiskers stay in their column


def keyness_table():
    return pd.DataFrame({
        "group": ["RT France"] * 4 + ["Le Monde"],
        "word": ["souveraineté", "dialogue", "constructif", "ingérence", "ingérence"],
        "count_target": [30, 20, 12, 2, 40], "count_reference": [5, 8, 4, 40, 2],
        "g2": [40.0, 18.5, 9.1, 30.2, 45.0], "p_value": [1e-9, 1e-5, 0.003, 1e-7, 1e-10],
        "p_adj": [4e-9, 2e-5, 0.08, 2e-7, 1e-10], "log_ratio": [2.5, 1.3, 1.5, -3.0, 4.0],
    })


def test_keyness_bars_signed_g2_and_significance(fig_ax):
    fig, ax = fig_ax
    plot_keyness(keyness_table(), ax=ax, group="RT France")
    (cont,) = bar_containers(ax)
    assert [p.get_width() for p in cont.patches] == [40.0, 18.5, 9.1, -30.2]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["souveraineté", "dialogue", "constructif", "ingérence"]
    dark, light = (matplotlib.colors.to_rgba(c) for c in ("#555555", "#C8C8C8"))
    assert [p.get_facecolor() for p in cont.patches] == [dark, dark, light, dark]
    assert "30 / 5" in [t.get_text() for t in ax.texts]
    assert ax.get_title() == "Key words: RT France vs. the rest"


def test_keyness_log_ratio_and_group_choice(fig_ax):
    fig, ax = fig_ax
    with pytest.raises(ValueError, match="group="):
        plot_keyness(keyness_table(), ax=ax)
    plot_keyness(keyness_table(), ax=ax, group="Le Monde", value="log_ratio")
    assert [p.get_width() for p in bar_containers(ax)[0].patches] == [4.0]


def test_save_figure_writes_identical_bytes_twice(tmp_path):
    table = quote_table(OUTLETS[:4])
    outputs = []
    for run in ("a", "b"):
        with figure_style():
            fig, ax = new_figure("single", height_cm=8)
            plot_quote_shares(table, ax=ax, title="Who is quoted")
            paths = save_figure(fig, tmp_path / run / "quote_shares")
        plt.close(fig)
        outputs.append({p.suffix: p.read_bytes() for p in paths})
    assert set(outputs[0]) == {".pdf", ".svg", ".png"}
    for suffix in outputs[0]:
        assert outputs[0][suffix] == outputs[1][suffix], suffix
    assert b"/FontFile2" in outputs[0][".pdf"]  # TrueType font embedded (pdf.fonttype 42)
    assert b"<text" in outputs[0][".svg"] and b"Kremlin" in outputs[0][".svg"]  # text stays text


def test_save_figure_keeps_the_area_of_a_tight_savefig(tmp_path):
    """Laid out once (fixed_layout), the PNG covers what savefig(bbox_inches="tight") covers."""
    from PIL import Image

    table = quote_table(OUTLETS[:6])
    with figure_style():
        fig, ax = new_figure("double", height_cm=9)
        plot_quote_shares(table, ax=ax, title="Who is quoted")
        ax.set_xlabel("A long axis label that reaches the right edge of the figure, on purpose")
        fig.savefig(tmp_path / "tight.png", dpi=300, bbox_inches="tight")
        save_figure(fig, tmp_path / "fixed", formats=("png",))
        assert type(fig.get_layout_engine()).__name__ == "ConstrainedLayoutEngine"  # put back
    plt.close(fig)
    tight, fixed = Image.open(tmp_path / "tight.png"), Image.open(tmp_path / "fixed.png")
    assert abs(tight.width - fixed.width) <= 0.01 * tight.width
    assert abs(tight.height - fixed.height) <= 0.01 * tight.height
    ink = np.asarray(fixed.convert("L")) < 200
    cols = np.flatnonzero(ink.any(axis=0))
    assert cols[0] > 0 and cols[-1] < fixed.width - 1  # nothing cut at the edges


def test_style_applies_only_inside_the_context():
    before = dict(matplotlib.rcParams)
    with figure_style():
        assert matplotlib.rcParams["axes.spines.top"] is False
        assert matplotlib.rcParams["pdf.fonttype"] == 42
    assert matplotlib.rcParams["axes.spines.top"] == before["axes.spines.top"]


def test_single_and_double_column_widths():
    fig, _ = new_figure("single")
    assert fig.get_figwidth() * 2.54 == pytest.approx(8.5)
    plt.close(fig)
    fig, _ = new_figure("double")
    assert fig.get_figwidth() * 2.54 == pytest.approx(17.5)
    plt.close(fig)


@pytest.mark.parametrize("n_topics, width", [(4, "single"), (8, "double"), (12, "double")])
def test_topic_headings_and_ticks_do_not_overlap(n_topics, width):
    words = ["syrie", "sanction", "ingérence", "nucléaire", "téléphone", "terrorisme", "otan", "ukraine",
             "élection", "économie", "diplomatie", "pétrole"]
    rows = [(o, t, 0.1, 0.05, 0.2, 20) for o in OUTLETS[:6] for t in range(n_topics)]
    table = pd.DataFrame(rows, columns=["outlet", "topic", "share", "ci_low", "ci_high", "n_articles"])
    labels = [f"{words[t]} · {words[(t + 5) % 12]} · {words[(t + 7) % 12]}" for t in range(n_topics)]
    with figure_style():
        fig, ax = new_figure(width, height_cm=height_cm_for(6) + 2)
        plot_topic_shares(table, ax=ax, labels=labels, title="Topics")
        fig.canvas.draw()
        r = fig.canvas.get_renderer()
        boxes = [t.get_window_extent(r) for t in ax.get_xticklabels()]
        assert all(not a.overlaps(b) for a, b in zip(boxes, boxes[1:]))
        heads = ax.texts
        if heads[0].get_rotation() == 0:
            boxes = [t.get_window_extent(r) for t in heads]
            assert all(not a.overlaps(b) for a, b in zip(boxes, boxes[1:]))
        else:  # parallel slanted lines: their distance must exceed the line height
            xs = [ax.transData.transform((t.get_position()[0], 0))[0] for t in heads]
            gap = min(b - a for a, b in zip(xs, xs[1:])) * np.sin(np.radians(heads[0].get_rotation()))
            lines = max(t.get_text().count("\n") + 1 for t in heads)
            assert gap > lines * heads[0].get_fontsize() * 1.15 * fig.dpi / 72
        assert not any(t.get_window_extent(r).overlaps(ax.title.get_window_extent(r)) for t in heads)
    plt.close(fig)


# --- many outlets, another study's sides, groups of one article ------------------------------------
def eu_china_table(outlets, n_articles):
    rng = np.random.default_rng(1)
    rows = []
    for o, n in zip(outlets, n_articles):
        shares = rng.dirichlet(np.ones(3) * 2)
        for s, share in zip(["eu", "china", "unattributed"], shares):
            lo, hi = (np.nan, np.nan) if n == 1 else (max(0, share - 0.1), min(1, share + 0.1))
            rows.append((o, s, int(round(share * 6 * n)), share, lo, hi, n))
    return pd.DataFrame(rows, columns=["outlet", "side", "count", "share", "ci_low", "ci_high", "n_articles"])


def test_side_colours_are_stable_and_from_the_dictionary():
    from framing.plots import OKABE_ITO, side_colours

    first = side_colours(["eu", "china", "joint", "other", "unattributed"])
    assert first["eu"] == OKABE_ITO["blue"] and first["china"] == OKABE_ITO["vermillion"]
    assert first == side_colours(["eu", "china", "joint", "other", "unattributed"])
    assert len(set(first.values())) == 5
    actors = pd.DataFrame({"side": ["eu", "eu", "china"], "actor": ["a", "b", "c"]})
    assert side_colours(actors) == {"eu": OKABE_ITO["blue"], "china": OKABE_ITO["vermillion"]}


def test_quote_shares_draw_the_dictionarys_sides_with_given_labels_and_colours(fig_ax):
    fig, ax = fig_ax
    table = eu_china_table(["Le Monde", "Xinhua", "RFI"], [3, 2, 4])
    plot_quote_shares(table, ax=ax, sides={"eu": "Union européenne", "china": "Chine"},
                      colors={"china": "#AA0000"})
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend[:2] == ["Union européenne", "Chine"] and not any("Kremlin" in t for t in legend)
    china = [c for c in bar_containers(ax) if c.patches[0].get_gid() == "side:china"][0]
    assert matplotlib.colors.same_color(china.patches[0].get_facecolor(), "#AA0000")
    fig2, ax2 = plt.subplots()
    plot_quote_shares(table, ax=ax2)  # defaults: sides from the table, colours from side_colours
    legend = [t.get_text() for t in ax2.get_legend().get_texts()]
    assert legend[:3] == ["EU", "China", "Unattributed"]
    plt.close(fig2)


def test_a_group_of_one_article_gets_a_hollow_marker_not_a_zero_width_interval(fig_ax):
    fig, ax = fig_ax
    table = eu_china_table(["Le Monde", "Atlantico"], [3, 1])
    plot_quote_shares(table, ax=ax)
    markers = [line for line in ax.lines if line.get_gid() == "no-interval"]
    assert sum(len(m.get_xdata()) for m in markers) == 3  # Atlantico's three sides
    for cont in bar_containers(ax):
        segs = cont.errorbar.lines[2][0].get_segments()
        drawn = [seg for seg in segs if len(seg) and np.isfinite(seg).all()]
        assert len(drawn) == 1  # Le Monde's whisker only; none (not a zero-width one) for Atlantico
    assert "no interval (one article)" in [t.get_text() for t in ax.get_legend().get_texts()]


def test_min_articles_leaves_small_groups_out_and_says_so(fig_ax):
    fig, ax = fig_ax
    table = eu_china_table(["Le Monde", "Atlantico", "RFI", "Marianne"], [3, 1, 4, 1])
    plot_quote_shares(table, ax=ax, min_articles=2)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert [lab.split(" (")[0] for lab in labels] == ["Le Monde", "RFI"]
    assert ax.framing_left_out == ["Atlantico", "Marianne"]
    assert "2 groups with fewer than 2 articles not drawn" in ax.get_xlabel()


def test_long_names_are_shortened_and_the_figure_grows_with_the_groups():
    from framing.plots import group_figure

    long = "Les Dernières Nouvelles d'Alsace, édition de Strasbourg"
    table = eu_china_table([long, "RFI"], [2, 2])
    fig, ax = group_figure(2, n_series=3, labels=[long])
    plot_quote_shares(table, ax=ax)
    label = ax.get_yticklabels()[0].get_text()
    assert label.startswith("Les Dernières Nouvelles d") and "…" in label and len(label) < 40
    assert fig.get_figwidth() * 2.54 == pytest.approx(17.5)  # long names: double column
    small, _ = group_figure(5, n_series=3)
    big, _ = group_figure(46, n_series=3)
    assert big.get_figheight() > 4 * small.get_figheight()
    # every bar keeps at least ~0.2 cm
    assert big.get_figheight() * 2.54 / (46 * 3) > 0.2
    for f in (fig, small, big):
        plt.close(f)


def test_topic_share_scale_is_numbered_once_not_100_percent_under_every_column(fig_ax):
    fig, ax = fig_ax
    rows = []
    for o in ["Le Monde", "Atlantico", "RFI"]:
        for t, share in zip(range(4), [0.7, 0.1, 0.1, 0.1]):
            rows.append((o, t, share, share - 0.05, share + 0.05, 3))
    table = pd.DataFrame(rows, columns=["outlet", "topic", "share", "ci_low", "ci_high", "n_articles"])
    plot_topic_shares(table, ax=ax)
    labels = [t.get_text() for t in ax.get_xticklabels()]
    numbered = [lab for lab in labels if lab]
    assert numbered[0] == "0" and len(numbered) <= 3
    assert labels.count("100%") <= 1
    assert "every column runs from 0 to" in ax.get_xlabel()


def test_group_order_in_articles_per_outlet_ignores_case():
    from framing.plots import plot_articles_per_outlet

    fig, ax = plt.subplots()
    table = pd.DataFrame({"outlet": ["le Point", "Le Monde", "courrier international"], "n_articles": [1, 1, 1]})
    plot_articles_per_outlet(table, ax=ax)
    top_down = [t.get_text() for t in ax.get_yticklabels()][::-1]  # ticks come bottom-up
    assert top_down == ["courrier international", "Le Monde", "le Point"]
    plt.close(fig)


def test_figure_style_leaves_interactive_mode_and_backend_alone():
    was = matplotlib.is_interactive()
    backend = matplotlib.get_backend()
    size = matplotlib.rcParams["font.size"]
    try:
        matplotlib.interactive(False)
        with figure_style():
            assert matplotlib.rcParams["font.size"] == 8
            matplotlib.interactive(True)  # what the notebook's inline backend does on the first figure
        assert matplotlib.is_interactive(), "a later figure in a notebook would not show"
        assert matplotlib.rcParams["font.size"] == size and matplotlib.get_backend() == backend
    finally:
        matplotlib.interactive(was)
