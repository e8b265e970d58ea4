"""Worst-case timing of framing.quotes: adversarial one-line texts of 10k, 40k and 100k characters.

Quote attribution must take at most 2 s of CPU per 100,000 characters on any text, so that one
badly scraped page never stalls a run over a million articles. Each pattern below is repeated
into a single line (no paragraph break, often no sentence break) and timed with
:func:`time.process_time` (CPU time of this process, one core):

    python benchmarks/quotes_adversarial.py [--sizes 10000 40000 100000] [--limit 2.0]

Prints a Markdown table (seconds per text) and, last, the worst rate in s per 100k characters.
Exits with status 1 when a text takes more than ``--limit`` s per 100k characters.
"""
from __future__ import annotations

import argparse
import sys
import time

# name -> a function of the wanted size giving one text of (about) that many characters
NAMES = ["Vladimir Poutine", "Donald Trump", "Sergueï Lavrov", "Dmitri Peskov", "Marco Rubio",
         "le président russe", "la Maison-Blanche", "le Kremlin"]


def _repeat(unit: str):
    return lambda n: (unit * (n // len(unit) + 1))[:n]


def _quoted_words(n: int) -> str:
    out, i = [], 0
    size = 0
    while size < n:
        w = f"«{chr(97 + i % 26)}» "
        out.append(w)
        size += len(w)
        i += 1
    return "".join(out)[:n]


def _cycle(words: list[str], sep: str, n: int) -> str:
    """``words`` repeated in turn, joined by ``sep``, cut to ``n`` characters."""
    out, size, i = [], 0, 0
    while size < n:
        w = words[i % len(words)]
        out.append(w)
        size += len(w) + len(sep)
        i += 1
    return sep.join(out)[:n]


def _one_sentence(n: int) -> str:
    words = ["les", "négociations", "sur", "la", "paix", "en", "Ukraine", "Poutine", "a", "déclaré", "que",
             "Trump", "selon", "le", "Kremlin", "affirme"]
    return _cycle(words, " ", n)


def _nested(n: int) -> str:
    unit = "«Il a dit “elle a dit «nous avons dit ‹oui›, a déclaré Poutine» selon Trump” a affirmé Lavrov» "
    return _repeat(unit)(n)


def _names(n: int) -> str:
    return _cycle(NAMES, ", ", n)


PATTERNS = {
    "`«paix» ` repeated": _repeat("«paix» "),
    "`«a» «b» «c» …`": _quoted_words,
    "`Poutine a déclaré : ` repeated": _repeat("Poutine a déclaré : "),
    "`— Poutine a déclaré — ` repeated": _repeat("— Poutine a déclaré — "),
    "a sentence then an unbalanced `» ` repeated": lambda n: (
        "Selon le Kremlin, les deux présidents ont parlé, a déclaré Poutine. " + "» " * n)[:n],
    "`selon Poutine, ` repeated": _repeat("selon Poutine, "),
    "one sentence, no punctuation": _one_sentence,
    "nested marks repeated": _nested,
    "names separated by commas": _names,
    "`«Nous voulons la paix», a déclaré Poutine. ` repeated": _repeat(
        "«Nous voulons la paix», a déclaré Poutine. "),
    "`Il a dit que ` repeated": _repeat("Il a dit que "),
    "`, a-t-il ajouté, ` repeated": _repeat(", a-t-il ajouté, "),
    "`\"` repeated": _repeat('"a '),
    "`” ` repeated": _repeat("” "),
    "`“a” ` repeated": _repeat("“a” "),
    "`Pour Poutine, ` repeated": _repeat("Pour Poutine, "),
    "`«Oui», a-t-il dit. ` repeated": _repeat("«Oui, bien sûr», a-t-il dit. "),
    "a subheading then an attributed quotation, repeated": _repeat(
        "«Un titre sans suite»\n«Nous voulons la paix et la sécurité», a déclaré Poutine.\n"),
    "`«Oui», a déclaré Trump. «Non», a-t-elle répondu. ` repeated": _repeat(
        "«Oui», a déclaré Trump. «Non, jamais», a-t-elle répondu. "),
    "`«Oui». C'est en ces termes que …` repeated": _repeat(
        "«Oui». C'est en ces termes que Poutine a qualifié la rencontre. "),
    "nested speakers repeated": _repeat("«Selon Trump, la paix est proche», a dit Poutine. "),
    "`«a b». ` repeated (short sentences)": _repeat("«a b». "),
    "`'ab cd' ` repeated (single quotes)": _repeat("'ab cd' "),
    "`Ce dernier a dit que …` repeated": _repeat("Ce dernier a dit que la paix est proche. "),
    "`«a»` one per line": _repeat("«a»\n"),
    "`le communiqué a indiqué que …` repeated": _repeat("Le communiqué a indiqué que tout va bien. "),
    "one quotation holding `Assad a dit : \"oui\" ` repeated": lambda n: (
        "«" + "Assad a dit : \"oui\" " * n)[:n - 1] + "»",
}


def time_one(text: str) -> float:
    from framing.quotes import quotes_in

    t0 = time.process_time()
    quotes_in(text)
    return time.process_time() - t0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 40_000, 100_000])
    ap.add_argument("--limit", type=float, default=2.0, help="allowed CPU seconds per 100,000 characters")
    args = ap.parse_args(argv)
    from framing.quotes import quotes_in

    quotes_in("«Bonjour», a déclaré Vladimir Poutine.")  # load dictionaries and lemmatiser once
    print("| pattern | " + " | ".join(f"{s // 1000}k chars" for s in args.sizes) + " |")
    print("|---|" + "---|" * len(args.sizes))
    worst = 0.0
    for name, make in PATTERNS.items():
        cells = []
        for size in args.sizes:
            dt = time_one(make(size))
            worst = max(worst, dt / size * 100_000)
            cells.append(f"{dt:.2f} s")
        print(f"| {name} | " + " | ".join(cells) + " |", flush=True)
    print(f"worst: {worst:.2f} s CPU per 100k characters (limit {args.limit} s)")
    return 0 if worst <= args.limit else 1


if __name__ == "__main__":
    sys.exit(main())
