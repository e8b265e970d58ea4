"""Throughput of framing.quotes on French news-like text (prints MB/s).

Generates at least 20 MB of deterministic (seeded) French news-like articles mixing
attributed quotations, incises, *selon X*, que-clauses, names in guillemets, AFP
``+…+`` inner quotes, NBSP before punctuation and plain narrative sentences, then
times :func:`framing.quotes_in` over all of them on one core (CPU time of this process,
:func:`time.process_time`, so other work on the machine does not count). Dictionaries are
loaded once before timing.

    python benchmarks/quotes_throughput.py [--mb 20] [--seed 0]
"""
from __future__ import annotations

import argparse
import random
import time

SPEAKERS = ["Vladimir Poutine", "Donald Trump", "le Kremlin", "la Maison-Blanche", "le président russe",
            "le porte-parole du Kremlin, Dmitri Peskov", "Sergueï Lavrov", "un responsable américain",
            "Volodymyr Zelensky", "le président turc", "Marco Rubio", "la diplomatie russe", "M. Trump"]
VERBS = ["a déclaré", "a affirmé", "a indiqué", "a souligné", "a estimé", "a ajouté", "a assuré",
         "a dénoncé", "a rappelé", "a précisé", "a expliqué", "a martelé"]
CLAUSES = ["les négociations sur l'Ukraine devaient se poursuivre", "la rencontre avait été constructive",
           "aucune décision n'avait été prise concernant les sanctions", "le dialogue restait indispensable",
           "la situation en Syrie exigeait une solution politique", "un nouveau sommet était envisageable"]
QUOTES = ["Nous avons eu une très bonne conversation", "Il n'y aura pas de compromis sur ce point",
          "La balle est dans le camp de Washington", "Nous voulons la paix, mais pas à n'importe quel prix",
          "C'est une chasse aux sorcières", "Les discussions ont été franches et utiles"]
NARRATIVE = ["Les marchés ont réagi avec prudence à l'annonce de l'entretien téléphonique.",
             "La rencontre s'est tenue dans un palais des congrès sous haute surveillance.",
             "Le groupe «Etat islamique» a revendiqué l'attaque dans la nuit de mardi.",
             "Les observateurs notent un net refroidissement des relations depuis l'automne.",
             "Lire aussi : Sommet d'Helsinki, ce qu'il faut retenir",
             "L'avion présidentiel «Air Force One» s'est posé en fin de matinée.",
             "Plusieurs centaines de manifestants se sont rassemblés devant l'ambassade."]


def article(rng: random.Random) -> str:
    parts = [f"{rng.choice(SPEAKERS).capitalize()} et les sanctions\u00a0: {rng.choice(CLAUSES)}", ""]
    for _ in range(rng.randint(6, 12)):
        r = rng.random()
        sp, v, c, q = rng.choice(SPEAKERS), rng.choice(VERBS), rng.choice(CLAUSES), rng.choice(QUOTES)
        if r < 0.2:
            s = f"«{q}», {v} {sp}."
        elif r < 0.35:
            s = f"{sp[0].upper() + sp[1:]} {v} que {c}."
        elif r < 0.45:
            s = f"Selon {sp}, {c}."
        elif r < 0.55:
            s = f"{c[0].upper() + c[1:]}, {v} {sp}. \"{q}\", a-t-il ajouté."
        elif r < 0.62:
            s = f"{sp[0].upper() + sp[1:]} {v}\u00a0: «{q} +sans gloire+.»"
        else:
            s = " ".join(rng.choice(NARRATIVE) for _ in range(rng.randint(1, 3)))
        parts.append(s if rng.random() < 0.7 else s + " " + rng.choice(NARRATIVE))
    return "\n\n".join(parts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=20.0, help="megabytes of text to generate (>= 20)")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    import framing
    from framing.quotes import quotes_in

    rng = random.Random(args.seed)
    texts, size = [], 0
    while size < args.mb * 1_000_000:
        t = article(rng)
        texts.append(t)
        size += len(t.encode("utf-8"))
    quotes_in(texts[0])  # load dictionaries and lemmatiser once
    t0 = time.process_time()
    n = 0
    for t in texts:
        n += len(quotes_in(t))
    dt = time.process_time() - t0
    print(f"{len(texts)} articles, {size / 1e6:.1f} MB, {n} quotes in {dt:.1f} s CPU: "
          f"{size / 1e6 / dt:.2f} MB/s (framing {framing.__version__})")


if __name__ == "__main__":
    main()
