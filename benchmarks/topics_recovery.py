"""Recovery benchmark for framing.topics: do we find the topic shares we planted?

Documents are generated from known topic mixtures (the LDA generative model) over
real French words:

* the vocabulary is ``--vocab`` lemmas drawn from simplemma's French dictionary
  (lower-case words of 4+ letters that are their own lemma and not stop words);
  half of the tokens are written as a random inflected form of their lemma
  (``négociations``, ``affirmait``...), so lemmatisation is exercised;
* topic-word distributions ~ Dirichlet(0.05) over the vocabulary;
* five outlets, each with its own topic prevalence ``p_o`` ~ Dirichlet(1);
  every article of outlet ``o`` has mixture ``theta_d`` ~ Dirichlet(4 p_o);
* ``--len`` tokens per article.

Printed figures (targets of issue 6):

* worst outlet mean-share error: max over (outlet, topic) of |mean fitted share -
  mean true share| in percentage points, after matching fitted topics to true ones
  (Hungarian matching, ``scipy.optimize.linear_sum_assignment``, on the Hellinger
  distance between topic-word distributions), for ``fit`` + ``transform`` of the
  ``--docs`` articles (the fitted shares, same as ``fit_transform``) and for
  ``transform`` of ``--unseen`` further articles of the same outlets (inferred);
  target <= 2.0 pp;
* documents per second of ``fit`` + ``transform`` (reading, fitting, shares);
  target >= 400; and of ``transform`` alone on the unseen articles;
* coverage of the 95% intervals of ``topic_shares`` over the (outlet, topic) cells,
  of the realised true mean share and of the outlet's prevalence ``p_o``; target >= 90%;
* peak memory: max resident set size of the process and of the largest forked start
  worker (``resource.getrusage``; two workers run at once on two cores,
  generation included), and with ``--tracemalloc`` the peak of Python allocations
  during fitting; target < 4 GiB at ``--docs 100000``.

Usage::

    .venv/bin/python benchmarks/topics_recovery.py             # 3,000 articles
    .venv/bin/python benchmarks/topics_recovery.py --docs 100000
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
import tracemalloc

import numpy as np
import pandas as pd
from scipy.optimize import linear_sum_assignment

import framing
from framing.french import lemma, stopwords

OUTLETS = ["Le Monde", "Le Figaro", "Libération", "RT France", "L'Humanité"]


def french_vocabulary(n_words: int, rng: np.random.Generator):
    """``n_words`` real French lemmas and, for each, the inflected forms that lemmatise back to it."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    table = DefaultDictionaryFactory().get_dictionary("fr")
    stop = stopwords()
    forms: dict[str, list[str]] = {}
    for form, lem in table.items():
        form = form.decode() if isinstance(form, bytes) else form
        lem = lem.decode() if isinstance(lem, bytes) else lem
        if form.isalpha() and form.islower():
            forms.setdefault(lem, []).append(form)
    candidates = sorted(
        w for w in forms if w.isalpha() and w.islower() and len(w) >= 4 and w not in stop and lemma(w) == w
    )
    words = list(rng.choice(candidates, size=n_words, replace=False))
    inflected = []
    for w in words:
        ok = sorted(f for f in forms[w] if f not in stop and lemma(f) == w)
        inflected.append(ok or [w])
    return words, inflected


def generate(n_docs: int, *, n_topics: int = 8, n_outlets: int = 5, doc_len: int = 200,
             n_vocab: int = 3000, seed: int = 1):
    """Articles from known mixtures; returns (corpus, true theta, outlet index, prevalences, phi, vocab)."""
    rng = np.random.default_rng(seed)
    vocab, inflected = french_vocabulary(n_vocab, rng)
    counts = np.array([len(f) for f in inflected])
    offsets = np.concatenate([[0], np.cumsum(counts)[:-1]])
    all_forms = np.array([f for fs in inflected for f in fs], dtype=object)
    lemmas_arr = np.array(vocab, dtype=object)
    phi = rng.dirichlet(np.full(n_vocab, 0.05), n_topics)
    phi_cdf = np.cumsum(phi, axis=1)
    prevalence = rng.dirichlet(np.ones(n_topics), n_outlets)
    outlet = np.arange(n_docs) % n_outlets
    theta = np.empty((n_docs, n_topics))
    for o in range(n_outlets):
        members = outlet == o
        theta[members] = rng.dirichlet(4.0 * prevalence[o], members.sum())
    texts = []
    chunk = 2000
    for start in range(0, n_docs, chunk):
        th = theta[start:start + chunk]
        m = len(th)
        cdf = np.cumsum(th, axis=1)
        z = (rng.random((m, doc_len))[:, :, None] > cdf[:, None, :]).sum(axis=2)
        z = np.minimum(z, n_topics - 1)
        ids = np.empty((m, doc_len), dtype=np.int64)
        for k in range(n_topics):
            mask = z == k
            ids[mask] = np.minimum(np.searchsorted(phi_cdf[k], rng.random(mask.sum())), n_vocab - 1)
        use_form = rng.random((m, doc_len)) < 0.5
        form_idx = offsets[ids] + (rng.random((m, doc_len)) * counts[ids]).astype(np.int64)
        for i in range(m):
            row = np.where(use_form[i], all_forms[form_idx[i]], lemmas_arr[ids[i]])
            texts.append(" ".join(row) + ".")
    corpus = pd.DataFrame({
        "doc_id": [f"doc{i:06d}" for i in range(n_docs)],
        "outlet": np.array(OUTLETS * (n_outlets // len(OUTLETS) + 1), dtype=object)[outlet],
        "text": pd.Series(texts, dtype=object),
    })
    return corpus, theta, outlet, prevalence, phi, vocab


def cpu_seconds() -> float:
    """CPU seconds of this process and of its finished children (forked start workers, if any)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def plain_tomotopy(texts, n_topics: int, *, seed: int = 0) -> tuple[float, float]:
    """(CPU, wall) seconds of plain tomotopy LDA on the texts' content lemmas.

    Library defaults but ``k`` and the seed, one worker, 1,000 iterations. Lemmatising is
    not counted (it is for framing's ``fit``), so the comparison favours the baseline.
    """
    import tomotopy as tp

    from framing.french import content_lemmas

    words = [content_lemmas(t) for t in texts]
    c0, t0 = cpu_seconds(), time.perf_counter()
    plain = tp.LDAModel(k=n_topics, seed=seed)
    for w in words:
        if w:
            plain.add_doc(w)
    plain.train(1000, workers=1)
    return cpu_seconds() - c0, time.perf_counter() - t0


def match_topics(model: framing.TopicModel, phi: np.ndarray, vocab: list[str]) -> np.ndarray:
    """Column order of the fitted topics that best matches the true topics (Hungarian, Hellinger)."""
    index = {w: i for i, w in enumerate(model.vocabulary_)}
    est = np.zeros_like(phi)
    for j, w in enumerate(vocab):
        if w in index:
            est[:, j] = model.topic_word_[:, index[w]]
    est /= np.maximum(est.sum(axis=1, keepdims=True), 1e-12)
    cost = np.sqrt(((np.sqrt(phi)[:, None, :] - np.sqrt(est)[None, :, :]) ** 2).sum(axis=2))
    _, cols = linear_sum_assignment(cost)
    return cols


def evaluate(name, theta_hat, corpus, model, truth, seconds, n_boot, *, target=True):
    true_theta, outlet, prevalence, phi, vocab = truth
    cols = match_topics(model, phi, vocab)
    est = theta_hat.iloc[:, cols]
    est.columns = [f"topic_{k}" for k in range(phi.shape[0])]
    values = est.to_numpy()
    ok = ~np.isnan(values).any(axis=1)
    n_out = len(prevalence)
    realised = np.array([true_theta[outlet == o].mean(axis=0) for o in range(n_out)])
    fitted = np.array([values[ok & (outlet == o)].mean(axis=0) for o in range(n_out)])
    worst = 100 * np.abs(fitted - realised).max()
    worst_pop = 100 * np.abs(fitted - prevalence).max()
    print(f"[{name}] worst outlet mean-share error: {worst:.2f} pp (target <= 2.0; "
          f"vs outlet prevalence p_o: {worst_pop:.2f} pp); {ok.sum()} of {len(ok)} articles with shares")
    print(f"[{name}] speed: {len(corpus) / seconds:.0f} docs/s ({seconds:.1f} s"
          + (f", {model.n_iter_} sweeps; target >= 400)" if target else ")"))
    if n_boot:
        t0 = time.perf_counter()
        shares = framing.topic_shares(est, corpus, by="outlet", n_boot=n_boot, random_state=0)
        t_boot = time.perf_counter() - t0
        row_of = {o: OUTLETS[o % len(OUTLETS)] for o in range(n_out)}
        cover_real = cover_pop = 0
        for o in range(n_out):
            sub = shares[shares["outlet"] == row_of[o]].set_index("topic")
            for k in range(phi.shape[0]):
                lo, hi = sub.loc[f"topic_{k}", ["ci_low", "ci_high"]]
                cover_real += lo <= realised[o, k] <= hi
                cover_pop += lo <= prevalence[o, k] <= hi
        cells = n_out * phi.shape[0]
        print(f"[{name}] 95% interval coverage: {100 * cover_real / cells:.0f}% of {cells} (outlet, topic) cells "
              f"for the realised true share, {100 * cover_pop / cells:.0f}% for the prevalence p_o "
              f"(target >= 90%); mean width {100 * (shares.ci_high - shares.ci_low).mean():.2f} pp; "
              f"topic_shares took {t_boot:.2f} s for {n_boot} resamples")
    return worst


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=3000)
    parser.add_argument("--topics", type=int, default=8)
    parser.add_argument("--len", type=int, default=200, dest="doc_len")
    parser.add_argument("--vocab", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=1, help="seed of the generator")
    parser.add_argument("--random-state", type=int, default=0, help="seed of the topic model")
    parser.add_argument("--unseen", type=int, default=3000,
                        help="further articles from the same outlets, not used in fit, for transform")
    parser.add_argument("--n-boot", type=int, default=1000)
    parser.add_argument("--baseline", action="store_true",
                        help="also time plain tomotopy LDA (library defaults, one worker, 1,000 iterations) on "
                             "the same articles and print how many times faster fit + transform is")
    parser.add_argument("--tracemalloc", action="store_true",
                        help="also trace Python allocations (slows fitting; speeds are then not comparable)")
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    corpus, theta, outlet, prevalence, phi, vocab = generate(
        args.docs + args.unseen, n_topics=args.topics, doc_len=args.doc_len, n_vocab=args.vocab, seed=args.seed)
    print(f"generated {args.docs} + {args.unseen} unseen articles x {args.doc_len} tokens, {args.topics} topics, "
          f"{args.vocab} French lemmas in {time.perf_counter() - t0:.1f} s; e.g. {corpus.text[0][:80]!r}")
    n = args.docs
    train, unseen = corpus.iloc[:n], corpus.iloc[n:]
    del corpus
    if args.tracemalloc:
        tracemalloc.start()
    t0 = time.perf_counter()
    c0 = cpu_seconds()
    model = framing.TopicModel(args.topics, random_state=args.random_state, progress=False).fit(train)
    theta_hat = model.transform(train)
    ours = time.perf_counter() - t0
    ours_cpu = cpu_seconds() - c0
    evaluate("fit + transform", theta_hat, train, model, (theta[:n], outlet[:n], prevalence, phi, vocab),
             ours, args.n_boot)
    print(f"[fit + transform] {ours:.1f} s wall, {ours_cpu:.1f} s CPU (this process and any forked start workers)")
    if args.baseline:
        base_cpu, base = plain_tomotopy(train["text"], args.topics, seed=args.random_state)
        print(f"[baseline] plain tomotopy LDA, defaults, 1 worker, 1,000 iterations: {base:.1f} s wall, "
              f"{base_cpu:.1f} s CPU; fit + transform is {base / ours:.1f}x as fast in wall time, "
              f"{base_cpu / ours_cpu:.1f}x in CPU time (target >= 6)")
    print(f"[fit + transform] same table as fit_transform: {theta_hat.equals(model.theta_)}")
    if args.unseen:
        t0 = time.perf_counter()
        theta_new = model.transform(unseen)
        evaluate(f"transform of {args.unseen} unseen articles", theta_new, unseen, model,
                 (theta[n:], outlet[n:], prevalence, phi, vocab), time.perf_counter() - t0, args.n_boot, target=False)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024**2  # KiB -> GiB
    # the starting chains run in forked workers (TopicModel n_jobs): count the largest of them too,
    # as if it ran beside the main process at its peak (an upper bound on the pair's resident memory)
    rss_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024**2
    extra = ""
    if args.tracemalloc:
        extra = f", Python allocations peak {tracemalloc.get_traced_memory()[1] / 1024**3:.2f} GiB"
        tracemalloc.stop()
    print(f"peak memory: {rss:.2f} GiB resident (whole process, generator included), largest start worker "
          f"{rss_children:.2f} GiB; together at most {rss + 2 * rss_children:.2f} GiB with two workers "
          f"(target < 4 GiB){extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
