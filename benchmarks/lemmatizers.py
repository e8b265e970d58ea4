"""Which French lemmatiser should framing use? spaCy fr_core_news_sm vs simplemma.

Measures, on the bundled seed articles (``seeds/``):

* speed: words per second of ``framing.french.lemma`` (simplemma, dictionary lookup;
  cold cache and warm) and of spaCy's ``fr_core_news_sm`` pipeline restricted to what
  its lemmatiser needs (tok2vec, morphologizer, attribute_ruler, lemmatizer);
* agreement: share of spaCy's alphabetic tokens on which both give the same lemma
  (all words and content words, NOUN/VERB/ADJ/ADV by spaCy's tags), with the most
  frequent disagreements;
* accuracy on a small hand-checked list of French news words in context (below),
  including ambiguous forms (``avions`` noun vs verb) where spaCy's tagger could win.

Then prints the choice: simplemma unless spaCy is clearly more accurate (by 5 points
or more on the hand-checked list and on content words it disagrees on). Run::

    .venv/bin/python benchmarks/lemmatizers.py
"""

from __future__ import annotations

import sys
import time
from collections import Counter

import framing
from framing import french

# (sentence, word as written, correct lemma), checked by hand against a dictionary.
GOLD = [
    ("Les négociations ont échoué à Riyad.", "négociations", "négociation"),
    ("Les négociations ont échoué à Riyad.", "échoué", "échouer"),
    ("Poutine a déclaré que la guerre continuerait.", "déclaré", "déclarer"),
    ("Poutine a déclaré que la guerre continuerait.", "continuerait", "continuer"),
    ("Les avions russes ont survolé la mer Noire.", "avions", "avion"),
    ("Nous avions prévu un cessez-le-feu.", "avions", "avoir"),
    ("Les sanctions américaines visent le pétrole.", "américaines", "américain"),
    ("Trump s'est entretenu avec Poutine.", "entretenu", "entretenir"),
    ("Les pourparlers de paix reprendront lundi.", "reprendront", "reprendre"),
    ("Les troupes se sont retirées de Koursk.", "retirées", "retirer"),
    ("Il faut que Kiev cède des territoires.", "cède", "céder"),
    ("Les dirigeants européens sont inquiets.", "dirigeants", "dirigeant"),
    ("Les dirigeants européens sont inquiets.", "inquiets", "inquiet"),
    ("Ils craignent une escalade.", "craignent", "craindre"),
    ("Des frappes de drones ont visé Kharkiv.", "frappes", "frappe"),
    ("Le Kremlin a salué un appel constructif.", "salué", "saluer"),
    ("Les mesures prises par Washington.", "prises", "prendre"),
    ("Les accords conclus à Minsk.", "conclus", "conclure"),
    ("Ils veulent la paix.", "veulent", "vouloir"),
    ("Les journaux russes ont relayé ses propos.", "journaux", "journal"),
    ("Nous devons agir vite.", "devons", "devoir"),
    ("Les rencontres bilatérales se multiplient.", "bilatérales", "bilatéral"),
    ("Il a menacé de nouvelles sanctions.", "nouvelles", "nouveau"),
    ("Les Russes sont venus en nombre.", "venus", "venir"),
    ("Zelensky a été tenu à l'écart.", "tenu", "tenir"),
    ("Le président a souligné ses efforts.", "efforts", "effort"),
    ("Les Européens ont réagi avec prudence.", "réagi", "réagir"),
    ("Cette conversation téléphonique a duré deux heures.", "duré", "durer"),
    ("Les échanges ont été francs.", "francs", "franc"),
    ("Les yeux du monde sont tournés vers Moscou.", "yeux", "œil"),
]
CONTENT_POS = {"NOUN", "VERB", "ADJ", "ADV"}


def load_spacy():
    import spacy

    return spacy.load("fr_core_news_sm", exclude=["parser", "ner", "senter"])


def main() -> int:
    corpus = framing.load_corpus("seeds")
    texts = list(corpus["text"])
    n_words = sum(len(french.tokens(t)) for t in texts)
    repeat = 20

    t0 = time.perf_counter()
    french.lemma("maisons")  # simplemma loads its French dictionary on first use
    simplemma_load_s = time.perf_counter() - t0
    french.lemma.cache_clear()
    t0 = time.perf_counter()
    for t in texts:
        french.lemmas(t)
    cold = n_words / (time.perf_counter() - t0)
    t0 = time.perf_counter()
    for _ in range(repeat):
        for t in texts:
            french.lemmas(t)
    warm = n_words * repeat / (time.perf_counter() - t0)

    t0 = time.perf_counter()
    nlp = load_spacy()
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    docs = list(nlp.pipe(texts))
    for _ in range(2):
        list(nlp.pipe(texts))
    spacy_wps = sum(len(d) for d in docs) * 3 / (time.perf_counter() - t0)

    print(f"seed articles: {len(texts)}, {n_words} words")
    print(f"speed simplemma (framing.french.lemmas): {cold:,.0f} words/s cold cache, {warm:,.0f} warm "
          f"(plus {simplemma_load_s:.1f} s to load its dictionary)")
    print(f"speed spaCy fr_core_news_sm: {spacy_wps:,.0f} words/s (plus {load_s:.1f} s to load the model)")

    same = total = same_content = total_content = 0
    diffs: Counter = Counter()
    for doc in docs:
        for tok in doc:
            if not tok.is_alpha:
                continue
            a = tok.lemma_.lower()
            b = french.lemma(tok.text)
            total += 1
            same += a == b
            if tok.pos_ in CONTENT_POS:
                total_content += 1
                same_content += a == b
                if a != b:
                    diffs[(tok.text.lower(), b, a, tok.pos_)] += 1
    print(f"agreement: {100 * same / total:.1f}% of {total} words; "
          f"{100 * same_content / total_content:.1f}% of {total_content} content words (NOUN/VERB/ADJ/ADV)")
    print("most frequent disagreements on content words (word: simplemma | spaCy [POS] x count):")
    for (word, b, a, pos), n in diffs.most_common(12):
        print(f"  {word}: {b} | {a} [{pos}] x{n}")

    ok_simple = ok_spacy = 0
    misses = []
    for sentence, word, gold in GOLD:
        doc = nlp(sentence)
        tok = next(t for t in doc if t.text == word)
        s_lem, p_lem = french.lemma(word), tok.lemma_.lower()
        ok_simple += s_lem == gold
        ok_spacy += p_lem == gold
        if s_lem != gold or p_lem != gold:
            misses.append(f"  {word!r} in {sentence!r}: gold {gold}, simplemma {s_lem}, spaCy {p_lem}")
    acc_simple, acc_spacy = 100 * ok_simple / len(GOLD), 100 * ok_spacy / len(GOLD)
    print(f"accuracy on {len(GOLD)} hand-checked news words in context: simplemma {acc_simple:.0f}%, spaCy {acc_spacy:.0f}%")
    print("\n".join(misses))

    spacy_better = acc_spacy - acc_simple >= 5
    choice = "spaCy fr_core_news_sm" if spacy_better else "simplemma"
    print(f"choice: {choice} ({warm / spacy_wps:.0f}x faster warm, {cold / spacy_wps:.0f}x cold; "
          f"accuracy {acc_simple:.0f}% vs {acc_spacy:.0f}%; no model to load"
          + ("" if not spacy_better else "; spaCy is clearly more accurate") + ")")
    return 0


if __name__ == "__main__":
    sys.exit(main())
