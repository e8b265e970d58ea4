"""An HTML view of one article for notebooks: quotes by side, speakers, framing phrases.

``framing.show(doc_id, corpus=corpus, quotes=quotes, phrases=phrases)`` returns an
:class:`ArticleView`; Jupyter displays it through ``_repr_html_`` (like spaCy's
displaCy, it is rendered from plain data: the corpus row and the findings tables).

How spans are drawn
-------------------
* a **quote** gets a light background in its side's colour (the colours of
  :data:`framing.plots.SIDE_COLOURS`, the same as in the figures); a quote inside a
  quote stacks a second tint over the first, so nesting reads as a darker band;
* its **speaker** is underlined in the same colour;
* a **framing phrase** gets a coloured frame: orange when negative, sky blue when
  positive, grey when neutral (:data:`framing.plots.POLARITY_COLOURS`); the journalist's
  own phrases are in bold, phrases inside a quote are not, and the tooltip gives the voice
  and the quoted speaker's side.

Spans may overlap in any way (nested quotes, a phrase inside a quote, a phrase
across a quote boundary): the text is cut at every span boundary and each piece
is wrapped in the spans that cover it, each carrying ``data-quote`` /
``data-speaker`` / ``data-phrase`` with the row's position, so the pieces of one
span can be found again. All text is HTML-escaped; offsets that fall outside the
article are listed under the text instead of being drawn.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

import pandas as pd

__all__ = ["show", "ArticleView"]

_POLARITY_LABELS = ("negative", "neutral", "positive")


def _rgba(hex_colour: str, alpha: float) -> str:
    h = hex_colour.lstrip("#")
    r, g, b = (int(h[i:i + 2], 16) for i in (0, 2, 4))
    return f"rgba({r},{g},{b},{alpha})"


def _voice_tip(r: dict) -> str:
    """«voice: quoted (kremlin)» / «voice: journalist» for a phrase row, "" without a voice."""
    voice = r.get("voice")
    if voice not in ("journalist", "quoted"):
        return ""
    side = r.get("side")
    side = side.replace("_", " ") if isinstance(side, str) and side else ""
    return f"voice: {voice}" + (f" ({side})" if voice == "quoted" and side else "")


def _esc(value) -> str:
    return html.escape("" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value),
                       quote=True)


@dataclass(frozen=True, eq=False)
class ArticleView:
    """One article with its quotes and phrases; displays as HTML in notebooks.

    Attributes
    ----------
    doc_id, text, title, outlet, date : str
        From the corpus row.
    quotes, phrases : DataFrame
        The rows of the findings tables for this article (possibly empty).
    """

    doc_id: str
    text: str
    title: str = ""
    outlet: str = ""
    date: str = ""
    quotes: pd.DataFrame = field(default_factory=pd.DataFrame, repr=False)
    phrases: pd.DataFrame = field(default_factory=pd.DataFrame, repr=False)
    sides: tuple = ()

    def __repr__(self) -> str:
        return (f"ArticleView(doc_id={self.doc_id!r}, outlet={self.outlet!r}, {len(self.text)} characters, "
                f"{len(self.quotes)} quotes, {len(self.phrases)} phrases)")

    # ------------------------------------------------------------------ spans

    def spans(self) -> tuple[list[dict], list[str]]:
        """The spans to draw (dicts with ``kind, start, end, row, ...``) and the problems found."""
        from framing.compare import side_order
        from framing.plots import POLARITY_COLOURS, side_colours

        n = len(self.text)
        spans, problems = [], []

        def ok(kind, i, start, end):
            try:
                start, end = int(start), int(end)
            except (TypeError, ValueError):
                problems.append(f"{kind} row {i}: offsets {start!r}, {end!r} are not integers")
                return None
            if not 0 <= start < end <= n:
                problems.append(f"{kind} row {i}: offsets {start}–{end} are outside the article (0–{n})")
                return None
            return start, end

        q = self.quotes
        if len(q):
            sides = [("unattributed" if pd.isna(s) or str(s).strip() == "" else str(s))
                     for s in (q["side"] if "side" in q else [""] * len(q))]
            # the same colours as the figures: the dictionary's sides in order (side_colours)
            palette = side_colours(side_order(set(sides), dictionary=list(self.sides) or None))
            for i, (row, side) in enumerate(zip(q.itertuples(index=False), sides)):
                r = row._asdict()
                colour = palette[side]
                pos = ok("quote", i, r.get("start"), r.get("end"))
                if pos:
                    tip = " · ".join(str(x) for x in (
                        r.get("kind"), side.replace("_", " "),
                        f"speaker: {r.get('speaker')}" if r.get("speaker") else "no speaker",
                        f"actor: {r.get('actor')}" if r.get("actor") else "",
                        f"cue: {r.get('cue')}" if r.get("cue") else "") if x)
                    spans.append({"kind": "quote", "start": pos[0], "end": pos[1], "row": i, "side": side,
                                  "colour": colour, "tip": tip})
                s_start, s_end = r.get("speaker_start", -1), r.get("speaker_end", -1)
                if s_start is not None and not pd.isna(s_start) and int(s_start) >= 0:
                    pos = ok("speaker of quote", i, s_start, s_end)
                    if pos:
                        spans.append({"kind": "speaker", "start": pos[0], "end": pos[1], "row": i, "side": side,
                                      "colour": colour, "tip": f"speaker ({side.replace('_', ' ')})"})
        p = self.phrases
        for i, row in enumerate(p.itertuples(index=False) if len(p) else ()):
            r = row._asdict()
            pos = ok("phrase", i, r.get("start"), r.get("end"))
            if not pos:
                continue
            label = r.get("label")
            if label not in _POLARITY_LABELS:
                pol = r.get("polarity")
                label = ("neutral" if pol is None or pd.isna(pol) or pol == 0
                         else "negative" if pol < 0 else "positive")
            tip = " · ".join(str(x) for x in (
                f"entry: {r.get('entry')}" if r.get("entry") else "",
                f"polarity {float(r['polarity']):+.2f}" if r.get("polarity") is not None
                and not pd.isna(r.get("polarity")) else "",
                f"frame: {r.get('frame')}" if r.get("frame") else "",
                _voice_tip(r),
                "negated" if r.get("negated") is True else "") if x)
            voice = r.get("voice") if r.get("voice") in ("journalist", "quoted") else ""
            spans.append({"kind": "phrase", "start": pos[0], "end": pos[1], "row": i, "label": label,
                          "colour": POLARITY_COLOURS[label], "tip": tip, "voice": voice})
        return spans, problems

    # ------------------------------------------------------------------ HTML

    def _open(self, span: dict) -> str:
        kind, tip = span["kind"], _esc(span["tip"])
        if kind == "quote":
            style = f"background:{_rgba(span['colour'], 0.22)};border-radius:2px"
            return (f'<span class="framing-quote framing-side-{_esc(span["side"])}" data-quote="{span["row"]}" '
                    f'style="{style}" title="{tip}">')
        if kind == "speaker":
            style = (f"text-decoration:underline;text-decoration-color:{span['colour']};"
                     "text-decoration-thickness:2px;text-underline-offset:2px")
            return (f'<span class="framing-speaker" data-speaker="{span["row"]}" style="{style}" '
                    f'title="{tip}">')
        style = f"box-shadow:0 0 0 1.5px {span['colour']};border-radius:3px"
        voice = span.get("voice")
        if voice == "journalist":  # the journalist's own framing: bold, so it stands out from quotes
            style += ";font-weight:bold"
        return (f'<span class="framing-phrase framing-polarity-{span["label"]}'
                f'{" framing-voice-" + voice if voice else ""}" data-phrase="{span["row"]}" '
                f'style="{style}" title="{tip}">')

    def _body(self, spans: list[dict]) -> str:
        text = self.text
        cuts = sorted({0, len(text), *(s["start"] for s in spans), *(s["end"] for s in spans)})
        order = {"quote": 0, "speaker": 1, "phrase": 2}
        # outer spans first: quotes (longest first), then speakers, then phrases
        ranked = sorted(spans, key=lambda s: (order[s["kind"]], s["start"], -s["end"], s["row"]))
        out = []
        for a, b in zip(cuts, cuts[1:]):
            piece = html.escape(text[a:b], quote=False)
            covering = [s for s in ranked if s["start"] <= a and b <= s["end"]]
            out.append("".join(self._open(s) for s in covering) + piece + "</span>" * len(covering))
        return "".join(out)

    def _legend(self, spans: list[dict]) -> str:
        from framing.plots import POLARITY_COLOURS, side_label

        chips = []
        sides = list(dict.fromkeys(s["side"] for s in spans if s["kind"] == "quote"))
        colours = {s["side"]: s["colour"] for s in spans if s["kind"] == "quote"}
        for side in sides:
            label = side_label(side)
            chips.append(f'<span style="background:{_rgba(colours[side], 0.22)};padding:0 4px;'
                         f'border-radius:2px">quote: {_esc(label)}</span>')
        if any(s["kind"] == "speaker" for s in spans):
            chips.append('<span style="text-decoration:underline;text-decoration-thickness:2px;'
                         'text-underline-offset:2px">speaker</span> (underlined in the side\'s colour)')
        labels = list(dict.fromkeys(s["label"] for s in spans if s["kind"] == "phrase"))
        for label in _POLARITY_LABELS:
            if label in labels:
                chips.append(f'<span style="box-shadow:0 0 0 1.5px {POLARITY_COLOURS[label]};'
                             f'border-radius:3px;padding:0 3px">{label} phrase</span>')
        if any(s["kind"] == "phrase" and s.get("voice") == "journalist" for s in spans):
            chips.append('<span style="font-weight:bold">bold phrase</span>: the journalist\'s own words '
                         '(the others lie inside a quote)')
        if not chips:
            chips.append("no quotes or phrases to show")
        return ('<div class="framing-legend" style="font-size:0.85em;margin:0.3em 0 0.6em 0;'
                'display:flex;flex-wrap:wrap;gap:0.9em">' + "".join(chips) + "</div>")

    def html(self) -> str:
        """The article as an HTML fragment (what notebooks display)."""
        spans, problems = self.spans()
        head = " · ".join(_esc(x) for x in (self.outlet, self.date, self.doc_id) if x)
        n_q = sum(1 for s in spans if s["kind"] == "quote")
        n_p = sum(1 for s in spans if s["kind"] == "phrase")
        parts = ['<div class="framing-show" style="font-family:Georgia,serif;line-height:1.6;max-width:48em">']
        if self.title:
            parts.append(f'<div style="font-weight:bold;font-size:1.1em">{_esc(self.title)}</div>')
        parts.append(f'<div style="color:#555;font-size:0.85em">{head} · {n_q} quotes · {n_p} phrases</div>')
        parts.append(self._legend(spans))
        parts.append(f'<div class="framing-text" style="white-space:pre-wrap">{self._body(spans)}</div>')
        if problems:
            items = "".join(f"<li>{_esc(p)}</li>" for p in problems)
            parts.append(f'<div class="framing-problems" style="color:#a00;font-size:0.85em">Not drawn:'
                         f"<ul>{items}</ul></div>")
        parts.append("</div>")
        return "".join(parts)

    def _repr_html_(self) -> str:
        return self.html()


def _row_from(corpus_row_or_doc_id, corpus):
    key = corpus_row_or_doc_id
    if isinstance(key, pd.DataFrame):
        if len(key) != 1:
            raise ValueError(f"show() takes one article; got a table of {len(key)} rows")
        return key.iloc[0]
    if isinstance(key, pd.Series):
        return key
    if isinstance(key, dict):
        return pd.Series(key)
    if hasattr(key, "_asdict"):  # a row from corpus.itertuples()
        return pd.Series(key._asdict())
    if corpus is None:
        raise ValueError("show() needs corpus= to look up the article "
                         f"{key!r}; or pass a corpus row instead")
    ids = corpus["doc_id"].astype(str)
    hit = corpus[ids == str(key)]
    if len(hit):
        return hit.iloc[0]
    if isinstance(key, int) and not isinstance(key, bool) and -len(corpus) <= key < len(corpus):
        return corpus.iloc[key]
    raise ValueError(f"no article with doc_id {key!r} in the corpus (ids such as {ids.head(3).tolist()})")


def show(corpus_row_or_doc_id, *, corpus: pd.DataFrame | None = None, quotes: pd.DataFrame | None = None,
         phrases: pd.DataFrame | None = None, sides=None) -> ArticleView:
    """Show an article with its quotes (by side, speaker underlined) and framing phrases (by polarity).

    Parameters
    ----------
    corpus_row_or_doc_id : str, int or row
        A ``doc_id``, a position in ``corpus``, or a corpus row (``corpus.iloc[0]``,
        a one-row DataFrame or a row of ``corpus.itertuples()``).
    corpus : DataFrame, optional
        The corpus table; needed when a ``doc_id`` or position is given.
    quotes : DataFrame, optional
        :func:`framing.extract_quotes` output (``doc_id, start, end, side`` and,
        when present, ``speaker_start, speaker_end, kind, speaker, actor, cue``).
    phrases : DataFrame, optional
        :func:`framing.find_phrases` output (``doc_id, start, end`` and ``label`` or
        ``polarity``; ``entry``, ``frame`` in the tooltips).
    sides : list or DataFrame, optional
        The study's sides in order, or its actor dictionary (:func:`framing.load_actors`),
        so that quotes get the same colours as in the figures
        (:func:`framing.plots.side_colours`); by default the sides found.

    Returns
    -------
    ArticleView
        Displayed as HTML by Jupyter; ``.html()`` gives the fragment as a string.

    Examples
    --------
    >>> corpus = pd.DataFrame({"doc_id": ["a"], "outlet": ["LCI"], "title": ["Appel"],
    ...     "text": ["«Une très bonne conversation», a déclaré Trump."]})
    >>> quotes = pd.DataFrame({"doc_id": ["a"], "start": [0], "end": [29], "side": ["white_house"],
    ...                        "speaker_start": [41], "speaker_end": [46]})
    >>> view = show("a", corpus=corpus, quotes=quotes)
    >>> 'data-speaker="0"' in view.html() and "Trump" in view.html()
    True
    """
    row = _row_from(corpus_row_or_doc_id, corpus)
    if "text" not in row.index or "doc_id" not in row.index:
        raise ValueError(f"the article row needs 'doc_id' and 'text'; it has {list(row.index)}")
    doc_id = str(row["doc_id"])

    def rows_of(table, name, needed):
        if table is None:
            return pd.DataFrame()
        missing = [c for c in needed if c not in table.columns]
        if missing:
            raise ValueError(f"{name} lacks column(s) {missing}; it needs {needed}")
        return table[table["doc_id"].astype(str) == doc_id].reset_index(drop=True)

    date = row.get("date", "")
    date = "" if date is None or (not isinstance(date, str) and pd.isna(date)) else (
        date.strftime("%Y-%m-%d") if hasattr(date, "strftime") else str(date))
    text_of = lambda k: "" if k not in row.index or pd.isna(row[k]) else str(row[k])
    return ArticleView(doc_id=doc_id, text=str(row["text"]), title=text_of("title"), outlet=text_of("outlet"),
                       date=date, quotes=rows_of(quotes, "quotes", ["doc_id", "start", "end"]),
                       phrases=rows_of(phrases, "phrases", ["doc_id", "start", "end"]),
                       sides=tuple(dict.fromkeys(map(str, sides["side"] if isinstance(sides, pd.DataFrame)
                                                      else (sides or ())))))
