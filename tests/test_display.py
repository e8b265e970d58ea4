"""framing.show: the article as HTML, spans at the right offsets, text escaped."""

from html.parser import HTMLParser

import pandas as pd
import pytest

from framing.display import ArticleView, show
from framing.plots import SIDE_COLOURS


class SpanCollector(HTMLParser):
    """Text under each data-quote / data-speaker / data-phrase id, and the whole article text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.spans, self.text, self.in_text = [], {}, [], 0
        self.pieces = []  # (text, set of span keys covering it)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "div" and attrs.get("class") == "framing-text":
            self.in_text = 1
        elif self.in_text:
            self.in_text += 1
        keys = [(k, attrs[k]) for k in ("data-quote", "data-speaker", "data-phrase") if k in attrs]
        self.stack.append((keys, attrs))

    def handle_endtag(self, tag):
        self.stack.pop()
        if self.in_text:
            self.in_text -= 1

    def handle_data(self, data):
        if not self.in_text:
            return
        self.text.append(data)
        self.pieces.append((data, {k for keys, _ in self.stack for k in keys}))
        for keys, _ in self.stack:
            for key in keys:
                self.spans[key] = self.spans.get(key, "") + data


def parse(view):
    p = SpanCollector()
    p.feed(view.html())
    return p


TEXT = ("«C'est une «très bonne» conversation», a déclaré Donald Trump. Selon le Kremlin, les vents "
        "sont contraires.\nLire aussi : <script>alert('x')</script> & co")


def corpus():
    return pd.DataFrame({"doc_id": ["lci-1", "rt-2"], "outlet": ["LCI", "RT France"],
                         "date": pd.to_datetime(["2017-05-02", "2017-11-21"]),
                         "title": ["Trump & Poutine <en direct>", "Appel"], "text": [TEXT, "Rien."]})


def span(text, needle, start=0):
    s = text.index(needle, start)
    return s, s + len(needle)


def quotes_table():
    q_out = span(TEXT, "«C'est une «très bonne» conversation»")
    q_in = span(TEXT, "«très bonne»")
    trump = span(TEXT, "Donald Trump")
    kremlin = span(TEXT, "les vents sont contraires")
    return pd.DataFrame({
        "doc_id": ["lci-1"] * 3, "start": [q_out[0], q_in[0], kremlin[0]], "end": [q_out[1], q_in[1], kremlin[1]],
        "kind": ["direct", "direct", "indirect"], "speaker": ["Donald Trump", "Donald Trump", "le Kremlin"],
        "speaker_start": [trump[0], trump[0], TEXT.index("Kremlin")],
        "speaker_end": [trump[1], trump[1], TEXT.index("Kremlin") + 7],
        "side": ["white_house", "white_house", "kremlin"], "nested": [False, True, False],
    })


def phrases_table():
    # one phrase inside a quote, one across the nested quote's closing mark, one inside an indirect quote
    rows = [span(TEXT, "très bonne"), span(TEXT, "bonne» conversation"), span(TEXT, "vents sont contraires")]
    return pd.DataFrame({"doc_id": ["lci-1"] * 3, "start": [s for s, _ in rows], "end": [e for _, e in rows],
                         "polarity": [0.7, 0.6, -0.6], "label": ["positive", "positive", "negative"],
                         "frame": ["cooperation", "cooperation", "conflict"], "entry": ["bon", "bon conversation",
                                                                                      "vent contraire"]})


@pytest.fixture
def view():
    return show("lci-1", corpus=corpus(), quotes=quotes_table(), phrases=phrases_table())


def test_every_span_covers_exactly_its_offsets(view):
    found = parse(view).spans
    for i, q in quotes_table().iterrows():
        assert found[("data-quote", str(i))] == TEXT[q.start:q.end]
        assert found[("data-speaker", str(i))] == TEXT[q.speaker_start:q.speaker_end]
    for i, p in phrases_table().iterrows():
        assert found[("data-phrase", str(i))] == TEXT[p.start:p.end]


def test_the_whole_text_survives_unchanged(view):
    assert "".join(parse(view).text) == TEXT


@pytest.mark.parametrize("raw", ["<script>", "</script>", "<en direct>"])
def test_markup_in_text_and_title_is_escaped(view, raw):
    out = view.html()
    assert raw not in out
    assert "&lt;script&gt;alert(" in out and "Trump &amp; Poutine &lt;en direct&gt;" in out


def test_sides_and_polarity_are_coloured_and_explained(view):
    out = view.html()
    assert 'class="framing-quote framing-side-kremlin"' in out
    r, g, b = (int(SIDE_COLOURS["kremlin"][i:i + 2], 16) for i in (1, 3, 5))
    assert f"rgba({r},{g},{b},0.22)" in out
    legend = out[out.index("framing-legend"):out.index("framing-text")]
    for words in ("quote: White House", "quote: Kremlin", "speaker", "positive phrase", "negative phrase"):
        assert words in legend
    assert "neutral phrase" not in legend


def test_nested_quote_and_phrases_are_drawn_inside_their_quotes(view):
    pieces = parse(view).pieces
    under = lambda key: [keys for _, keys in pieces if key in keys]
    assert under(("data-quote", "1")) and all(("data-quote", "0") in k for k in under(("data-quote", "1")))
    assert all(("data-quote", "0") in k for k in under(("data-phrase", "0")))
    assert all(("data-quote", "2") in k for k in under(("data-phrase", "2")))
    # the phrase across the inner quote's closing mark is split: partly inside, partly outside quote 1
    crossing = under(("data-phrase", "1"))
    assert any(("data-quote", "1") in k for k in crossing) and any(("data-quote", "1") not in k for k in crossing)


def test_lookup_by_row_or_position_and_header():
    c = corpus()
    by_row = show(c.iloc[0], quotes=quotes_table())
    by_pos = show(0, corpus=c)
    assert by_row.doc_id == by_pos.doc_id == "lci-1"
    assert "LCI · 2017-05-02 · lci-1 · 3 quotes · 0 phrases" in by_row.html()
    assert isinstance(by_row, ArticleView) and by_row._repr_html_() == by_row.html()


def test_other_articles_findings_are_ignored():
    q = quotes_table().assign(doc_id="rt-2")
    v = show("lci-1", corpus=corpus(), quotes=q)
    assert "data-quote" not in v.html() and len(v.quotes) == 0


def test_offsets_outside_the_article_are_reported_not_drawn():
    q = quotes_table().head(1).assign(start=5, end=10_000)
    out = show("lci-1", corpus=corpus(), quotes=q).html()
    assert 'data-quote="0"' not in out
    assert "quote row 0: offsets 5–10000 are outside the article" in out


def test_unknown_side_gets_its_own_colour_and_label():
    q = quotes_table().head(1).assign(side="elysee")
    out = show("lci-1", corpus=corpus(), quotes=q).html()
    assert "quote: Elysee" in out and "framing-side-elysee" in out


def test_unknown_doc_id_is_named():
    with pytest.raises(ValueError, match="le-monde-9"):
        show("le-monde-9", corpus=corpus())


def test_another_studys_sides_get_the_figures_colours():
    from framing.plots import side_colours

    text = "« Un partenariat équilibré », a déclaré Ursula von der Leyen. Selon Pékin, le dialogue continue."
    corpus = pd.DataFrame({"doc_id": ["eu-1"], "outlet": ["Le Monde"], "title": [""], "text": [text]})
    quotes = pd.DataFrame({"doc_id": ["eu-1", "eu-1"], "start": [2, 70], "end": [27, 95],
                           "side": ["eu", "china"]})
    html_out = show("eu-1", corpus=corpus, quotes=quotes, sides=["eu", "china"]).html()
    colours = side_colours(["eu", "china", "joint", "other", "unattributed"])
    for side in ("eu", "china"):
        r, g, b = (int(colours[side][i:i + 2], 16) for i in (1, 3, 5))
        assert f"rgba({r},{g},{b}," in html_out.replace(", ", ",")
    assert "quote: EU" in html_out and "quote: China" in html_out and "Kremlin" not in html_out
