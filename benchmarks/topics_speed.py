"""Speed and accuracy of TopicModel against plain tomotopy LDA, on five generated corpora.

The target of issue 13: on five generated corpora of 3,000 articles, 8 topics and
5 outlets (the generator of ``benchmarks/topics_recovery.py``: known topic mixtures
over real French lemmas, half of the tokens inflected), the worst outlet mean-share
error <= 1.0 pp and ``fit`` + ``transform`` >= 6x as fast as plain tomotopy LDA
(``tomotopy.LDAModel(k=8)``, library defaults, ``train(1000, workers=1)``) in the
same run, on the same articles.

Per seed (generator seed; the topic model's ``random_state`` is 0 for both) it prints:

* ``error``: worst outlet mean-share error of ``TopicModel(8)`` ``fit`` + ``transform``
  (pp; topics matched to the true ones as in ``topics_recovery.py``);
* ``blank``: articles without shares, and how many of them truly have fewer content
  lemmas than ``min_tokens``;
* CPU seconds of ours (this process **plus** any forked start workers, from
  ``resource.getrusage(RUSAGE_CHILDREN)``) and of the baseline, and their ratio
  (the fair measure on a shared 2-core machine: the baseline uses one thread);
* wall seconds of both and their ratio (ours may use two processes for its starts).

Lemmatising is counted for ours (``fit`` reads the raw text) but not for the
baseline, which gets the already lemmatised words (as in ``topics_recovery.py``).

Usage::

    .venv/bin/python benchmarks/topics_speed.py               # seeds 1-5
    .venv/bin/python benchmarks/topics_speed.py --seeds 1 2 --option n_starts=4
"""

from __future__ import annotations

import argparse
import ast
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import framing  # noqa: E402
from topics_recovery import cpu_seconds, generate, match_topics, plain_tomotopy  # noqa: E402


def worst_error(theta_hat, model, theta, outlet, phi, vocab) -> float:
    cols = match_topics(model, phi, vocab)
    values = theta_hat.to_numpy()[:, cols]
    ok = ~np.isnan(values).any(axis=1)
    n_out = outlet.max() + 1
    realised = np.array([theta[outlet == o].mean(axis=0) for o in range(n_out)])
    fitted = np.array([values[ok & (outlet == o)].mean(axis=0) for o in range(n_out)])
    return 100 * float(np.abs(fitted - realised).max())


def run_seed(seed: int, args, options: dict) -> dict:
    corpus, theta, outlet, _, phi, vocab = generate(args.docs, n_topics=args.topics, doc_len=args.doc_len,
                                                    n_vocab=args.vocab, seed=seed)
    c0, t0 = cpu_seconds(), time.perf_counter()
    model = framing.TopicModel(args.topics, random_state=0, progress=False, **options).fit(corpus)
    theta_hat = model.transform(corpus)
    ours_cpu, ours_wall = cpu_seconds() - c0, time.perf_counter() - t0
    error = worst_error(theta_hat, model, theta, outlet, phi, vocab)
    blank = np.isnan(theta_hat.to_numpy()).any(axis=1)
    short = model.doc_lengths_.to_numpy() < model.min_tokens
    row = {"seed": seed, "error": error, "blank": int(blank.sum()), "blank_short": int((blank & short).sum()),
           "sweeps": int(model.n_iter_), "ours_cpu": ours_cpu, "ours_wall": ours_wall}
    if args.baseline:
        row["base_cpu"], row["base_wall"] = plain_tomotopy(corpus["text"], args.topics, seed=0)
    return row


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3, 4, 5], help="generator seeds")
    parser.add_argument("--docs", type=int, default=3000)
    parser.add_argument("--topics", type=int, default=8)
    parser.add_argument("--len", type=int, default=200, dest="doc_len")
    parser.add_argument("--vocab", type=int, default=3000)
    parser.add_argument("--no-baseline", dest="baseline", action="store_false",
                        help="skip plain tomotopy (to try options quickly)")
    parser.add_argument("--option", action="append", default=[], metavar="NAME=VALUE",
                        help="a TopicModel option, e.g. n_starts=4 (repeatable)")
    args = parser.parse_args(argv)
    options = {}
    for item in args.option:
        name, value = item.split("=", 1)
        options[name] = ast.literal_eval(value)
    print(f"TopicModel({args.topics}, random_state=0{''.join(f', {k}={v!r}' for k, v in options.items())}) "
          f"on {args.docs} generated articles x {args.doc_len} tokens; baseline: plain tomotopy LDA, "
          "defaults, 1 worker, 1,000 iterations. CPU = this process + forked workers.")
    head = f"{'seed':>4} {'error pp':>8} {'blank':>9} {'sweeps':>6} {'ours CPU':>8} {'ours wall':>9}"
    if args.baseline:
        head += f" {'base CPU':>8} {'base wall':>9} {'x CPU':>6} {'x wall':>6}"
    print(head, flush=True)
    rows = []
    for seed in args.seeds:
        r = run_seed(seed, args, options)
        rows.append(r)
        line = (f"{r['seed']:>4} {r['error']:>8.2f} {r['blank']:>4} ({r['blank_short']:>2}) {r['sweeps']:>6} "
                f"{r['ours_cpu']:>8.1f} {r['ours_wall']:>9.1f}")
        if args.baseline:
            line += (f" {r['base_cpu']:>8.1f} {r['base_wall']:>9.1f} {r['base_cpu'] / r['ours_cpu']:>6.1f}"
                     f" {r['base_wall'] / r['ours_wall']:>6.1f}")
        print(line, flush=True)
    err = [r["error"] for r in rows]
    summary = f"worst error {max(err):.2f} pp (mean {np.mean(err):.2f}; target <= 1.0)"
    if args.baseline:
        x_cpu = [r["base_cpu"] / r["ours_cpu"] for r in rows]
        x_wall = [r["base_wall"] / r["ours_wall"] for r in rows]
        summary += (f"; speed-up in CPU time {min(x_cpu):.1f}-{max(x_cpu):.1f}x, in wall time "
                    f"{min(x_wall):.1f}-{max(x_wall):.1f}x (target >= 6)")
    print(summary)
    return 0


if __name__ == "__main__":
    sys.exit(main())
