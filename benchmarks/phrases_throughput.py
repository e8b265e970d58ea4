"""Throughput of framing.find_phrases on generated French news-like text (one core).

Generates a corpus of at least 20 MB by recombining sentence templates and
vocabulary typical of French political news (seeded, so the text is the same on every
run; about half the sentences carry framing phrases, which gives more matches per
kilobyte than the seed articles), then times ``find_phrases`` over it and prints
megabytes per second (MB = 10**6 bytes of UTF-8 text) of CPU time of the process (the
figure for one core, robust to other jobs on the machine) and of wall-clock time.
``find_phrases`` is given the quotes table (``quotes=``, computed once before the timing
as a pipeline does), so the figure covers phrase finding, scoring and voice, not quote
attribution. The target (issue 10) is >= 1.5 MB/s. The figure depends on whether setup.py
compiled the phrase modules (it does wherever a C compiler is found; about 1.3 times faster):
the last line says which modules ran compiled (see ``framing.compiled``).

Usage::

    .venv/bin/python benchmarks/phrases_throughput.py [--mb 20] [--no-clauses]

``--no-clauses`` times the lexicon and the rules alone (``find_phrases(..., clauses=False)``).
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

import pandas as pd

import framing
from framing.compiled import imported_compiled

SUBJECTS = ["Le président russe", "Donald Trump", "Vladimir Poutine", "La Maison Blanche", "Le Kremlin",
            "Le chef de la diplomatie américaine", "Moscou", "Washington", "Les deux dirigeants",
            "Le ministre des Affaires étrangères", "La porte-parole du gouvernement", "Les Européens"]
VERBS = ["a affirmé", "a déclaré", "a souligné", "estime", "a rappelé", "a dénoncé", "a salué", "craint",
         "a évoqué", "juge", "a annoncé", "a regretté"]
OBJECTS = ["les vents contraires", "un regain de tension", "une très bonne conversation", "de nombreux désaccords",
           "la coopération pour la Syrie", "un dialogue de sourds", "les sanctions économiques",
           "la situation humanitaire à Alep", "le processus de paix", "les frappes américaines",
           "une désescalade durable", "l'importance de la lutte contre le terrorisme", "la réforme constitutionnelle",
           "le sommet du G20 à Hambourg", "les élections présidentielles", "la souveraineté de la Syrie",
           "des relations qui restent tendues", "un rapprochement inattendu", "la menace nucléaire nord-coréenne",
           "le prix du pétrole", "le sort des réfugiés", "l'intégrité territoriale de l'Ukraine"]
TAILS = ["selon un communiqué du Kremlin", "a-t-il ajouté", "dans un entretien téléphonique",
         "lors d'une conférence de presse", "mardi soir", "sans donner plus de détails",
         "mais aucun accord n'a été trouvé", "malgré les divergences persistantes", "en marge du sommet",
         "alors que les négociations piétinent", "sur un air de guerre froide", "au terme de deux heures d'échanges"]


FILLERS = ["Le président russe a reçu son homologue syrien à Sotchi le 20 novembre.",
           "La réunion s'est tenue dans la résidence présidentielle, au bord de la mer Noire.",
           "Plusieurs ministres participaient à la délégation, dont le chef de l'état-major.",
           "Les deux dirigeants doivent se retrouver en marge du sommet de l'APEC au Vietnam.",
           "La Maison Blanche a publié un compte rendu de quelques lignes en fin de journée.",
           "Le Kremlin a indiqué que l'appel avait été organisé à l'initiative de Washington.",
           "Selon l'agence Ria Novosti, la conversation a duré près d'une heure.",
           "Les élections présidentielles sont prévues au printemps prochain.",
           "La question de la Corée du Nord a également été abordée par les deux présidents.",
           "Le texte de la résolution 2254 prévoit une transition politique en Syrie.",
           "Les ministres des Affaires étrangères se retrouveront à Genève la semaine prochaine.",
           "Le porte-parole du Kremlin, Dmitri Peskov, n'a pas donné plus de précisions."]


def generate(mb: float, seed: int = 0) -> pd.DataFrame:
    rng = random.Random(seed)
    docs, size, k = [], 0, 0
    target = int(mb * 1e6)
    while size < target:
        sentences = []
        for _ in range(rng.randint(15, 40)):
            if rng.random() < 0.5:  # about half the sentences of an article carry no framing phrase
                sentences.append(rng.choice(FILLERS))
                continue
            s = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}, {rng.choice(TAILS)}."
            if rng.random() < 0.2:
                s = f"«{s[:-1]}», {rng.choice(VERBS)} {rng.choice(SUBJECTS).lower()}."
            sentences.append(s)
        text = "\n\n".join(" ".join(sentences[i:i + 4]) for i in range(0, len(sentences), 4))
        docs.append({"doc_id": f"gen-{k:06d}", "text": text})
        size += len(text.encode("utf-8"))
        k += 1
    return pd.DataFrame(docs)


def main(argv: list[str]) -> None:
    mb = float(argv[argv.index("--mb") + 1]) if "--mb" in argv else 20.0
    corpus = generate(mb)
    n_bytes = sum(len(t.encode("utf-8")) for t in corpus["text"])
    quotes = framing.extract_quotes(corpus, progress=False)  # computed once, as the pipeline does
    framing.find_phrases(corpus.head(20), quotes=quotes, progress=False)  # load the lexicon, warm the lemma cache
    t0, c0 = time.perf_counter(), time.process_time()
    found = framing.find_phrases(corpus, quotes=quotes, progress=False, clauses="--no-clauses" not in argv)
    dt, dc = time.perf_counter() - t0, time.process_time() - c0
    seeds = framing.load_corpus(Path(__file__).resolve().parents[1] / "seeds")
    seed_kb = sum(len(t.encode("utf-8")) for t in seeds["text"]) / 1e3
    seed_rate = len(framing.find_phrases(seeds, progress=False)) / seed_kb
    quoted = (found["voice"] == "quoted").mean() if len(found) else 0.0
    print(f"{len(corpus)} documents, {n_bytes / 1e6:.1f} MB, {len(found)} matches "
          f"({len(found) / (n_bytes / 1e3):.1f} per kB, {quoted:.0%} inside quotes; "
          f"the seed articles have {seed_rate:.1f} per kB)")
    print(f"find_phrases throughput: {n_bytes / 1e6 / dc:.2f} MB/s of CPU time on one core "
          f"({n_bytes / 1e6 / dt:.2f} MB/s wall clock, {dt:.1f} s)")
    compiled = imported_compiled()
    print("compiled modules: " + (", ".join(compiled) if compiled else "none (pure Python)"))


if __name__ == "__main__":
    main(sys.argv[1:])
