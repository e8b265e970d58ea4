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
