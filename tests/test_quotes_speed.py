"""Quote attribution takes time linear in the length of any text, however it is shaped.

Each pathological one-line text below (the shapes of ``benchmarks/quotes_adversarial.py``) is 40,000
characters long; the contract is 2 s of CPU per 100,000 characters, so 0.8 s here. The bound checked is
generous (2.5 s) because the machine running the tests may be shared, and the time is CPU time of this
process (:func:`time.process_time`). A quadratic rule takes tens of seconds on these texts.
"""

import sys
import time
from pathlib import Path

import pytest

from framing.quotes import quotes_in

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from quotes_adversarial import PATTERNS  # noqa: E402

SIZE = 40_000
BOUND = 2.5  # CPU seconds for 40,000 characters (the contract is 0.8 s)


@pytest.fixture(scope="module", autouse=True)
def warm():
    quotes_in("«Bonjour», a déclaré Vladimir Poutine.")  # dictionaries and lemmatiser loaded once


@pytest.mark.parametrize("name", list(PATTERNS))
def test_any_text_takes_linear_time(name):
    text = PATTERNS[name](SIZE)
    assert len(text) == SIZE
    t0 = time.process_time()
    rows = quotes_in(text)
    dt = time.process_time() - t0
    assert dt < BOUND, f"{name}: {dt:.2f} s CPU for {SIZE} characters"
    assert all(text[q.start:q.end] == q.quote for q in rows)


def test_a_long_run_on_sentence_is_cut_but_its_quotes_kept():
    # a scraped page without punctuation, with a real quotation in the middle
    filler = "les négociations sur la paix en Ukraine se poursuivent " * 60
    text = filler + "«Nous voulons la paix», a déclaré Vladimir Poutine. " + filler
    rows = [q for q in quotes_in(text) if q.quote == "Nous voulons la paix"]
    assert len(rows) == 1 and rows[0].side == "kremlin"


def test_the_garbage_collector_is_switched_back_on_after_each_text():
    import gc

    import pandas as pd

    import framing

    assert gc.isenabled()
    quotes_in("«Nous voulons la paix», a déclaré Vladimir Poutine.")
    assert gc.isenabled()
    framing.extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": ["«Oui», a dit Lavrov."]}), progress=False)
    assert gc.isenabled()
    gc.disable()
    try:
        quotes_in("«Oui», a dit Lavrov.")
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()


# The speed-ups give the same results as the plain forms they replace, on French text written for
# these tests (with the characters that could tell them apart: ’ « » NBSP, Turkish İ, Greek Σ, an
# emoji and a mathematical letter outside the Basic Multilingual Plane, numbers, elisions).
FRENCH = [
    "«Nous avons eu une très bonne conversation», a déclaré Donald Trump. Aujourd’hui, l'OTAN s'inquiète.",
    "Selon le Kremlin, Vladimir Poutine a affirmé que la Russie était prête\u00a0: «Nous ne céderons pas.»",
    "Recep Tayyip Erdoğan a reçu à İstanbul le ministre grec, qui a cité Σωκράτης : «La paix d’abord».",
    "Washington’s envoy a dit 3,5 fois «non» 🙂, a-t-il ajouté. Le 𝐊remlin a démenti mardi.",
    "Il a rencontré Donald Trump à Helsinki. Les sanctions, a estimé la Maison-Blanche, resteront en place.",
]


def test_the_letters_spelled_out_are_those_of_the_unicode_class():
    import re

    from framing.quotes.words import WORD_SPLIT, bmp_patterns
    letters, split = bmp_patterns()
    for cp in range(0x10000):
        ch = chr(cp)
        assert (WORD_SPLIT.fullmatch(ch) is None) == (letters.fullmatch(ch) is None), hex(cp)
    plain = re.compile(r"([^\W\d_]+(?:['’](?=[^\W\d_]))?|\d+(?:[.,]\d+)*)")
    for text in FRENCH:
        if not re.search("[\U00010000-\U0010ffff]", text):
            assert split.split(text) == plain.split(text)


def test_words_are_those_of_the_french_tokeniser():
    from framing.french import tokens
    from framing.quotes.words import toks_in
    for text in FRENCH:
        assert [(t.start, t.end, t.text) for t in toks_in(text, 0, len(text))] == \
            [(t.start, t.end, t.text) for t in tokens(text)]


def test_the_sentence_filter_read_in_place_matches_it_sentence_by_sentence():
    from framing.actors import actor_index
    from framing.quotes.cues import cue_set
    from framing.quotes.document import Document
    for text in FRENCH + ["\n".join(FRENCH)]:
        doc = Document(text, cue_set(None), actor_index(None))
        assert doc.worth_flags() == [doc.worth(text[a:b]) for a, b in doc.sents]
        assert any(doc.worth_flags())


def test_the_person_pattern_matches_where_its_look_behind_form_did():
    import re

    from framing.quotes.words import PERSON
    before = re.compile(r"(?<![\w'’-])" + PERSON.pattern.replace(r"(?<![\w'’-][A-ZÉÈ])", "", 1))
    for text in FRENCH + ["l'Élysée Macron-Dupont, d'Emmanuel Macron et Jean-Luc Mélenchon"]:
        for pos in range(len(text)):
            assert [m.span() for m in PERSON.finditer(text, pos)] == [m.span() for m in before.finditer(text, pos)]


def test_the_single_quote_patterns_match_where_their_look_behind_forms_did():
    import re

    from framing.quotes.marks import SINGLE_OPENING, SINGLE_QUOTED
    behind = r"(?<![^\s(\[:]['‘])"
    opening = re.compile(r"(?<![^\s(\[:])" + SINGLE_OPENING.pattern.replace(behind, "", 1))
    quoted = re.compile(r"(?<![^\s(\[:])" + SINGLE_QUOTED.pattern.replace(behind, "", 1))
    lines = FRENCH + ["'Je n'ai pas fait ça.' Et puis (‘non’) :'oui' l'a dit", "'a' 'bc' d'e ‘Le tsar’ x"]
    for line in lines:
        for pos in range(len(line)):
            assert [m.span() for m in SINGLE_OPENING.finditer(line, pos)] == \
                [m.span() for m in opening.finditer(line, pos)]
            assert [m.span() for m in SINGLE_QUOTED.finditer(line, pos)] == [m.span() for m in quoted.finditer(line, pos)]


@pytest.mark.parametrize("line", FRENCH + [
    "Lire aussi : Sommet d'Helsinki, ce qu'il faut retenir", "Publié le 16 juillet 2018 à 12h05", "ADVERTISEMENT",
    "Photo : Sputnik / Alexeï Droujinine", "Un sommet à Helsinki (AFP)", "date 2017-01-05", "", "   ",
    "Lire aussi : " + "mot " * 30, "© AFP", "12:45", "Et aussi", "Et aussi les autres sujets"])
def test_furniture_lines_are_the_boilerplate_lines(line):
    from framing.french import is_boilerplate_line
    from framing.quotes.attribute import furniture_line
    assert furniture_line(line) == is_boilerplate_line(line)


@pytest.mark.parametrize("text,bmp", [("Aujourd’hui, «non» 3,5 İΣ", True), ("\ud800 seul", True), ("", True),
                                      ("Le 𝐊remlin", False), ("Oui 🙂", False)])
def test_in_bmp_finds_characters_outside_the_basic_plane(text, bmp):
    import re

    from framing.quotes.words import in_bmp
    assert in_bmp(text) is bmp is (re.search("[\U00010000-\U0010ffff]", text) is None)
