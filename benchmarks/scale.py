"""Scale benchmark: time and peak memory of `framing run`, stage by stage, in-process and on Dask.

N realistic articles are generated (:func:`framing.synthetic.make_news`: a headline and several
paragraphs of 300-700 words with quotes, framing phrases and running French text) and written as a
folder of ``.txt`` files with a ``metadata.csv``, the format researchers load. Then:

* ``framing run`` (the command line, in a child process) on that folder, with ``--engine pandas``
  and/or ``--engine dask --workers W``: wall time, CPU time (of the run and every process it
  started, from ``resource.getrusage(RUSAGE_CHILDREN)``) and peak memory (the largest sum of the
  proportional set size, PSS, of the run's whole process tree, sampled with psutil every 50 ms, or
  less often when a reading is slow (the sampler stays under a tenth of a core): pages
  shared by forked processes are counted once);
* with ``--stages``, each stage on its own in this process (pandas) or on a LocalCluster (Dask):
  loading, quotes, phrases, candidate phrases (sample), topics (fit on the sample + shares of every
  article), comparisons with bootstrap, keyness; wall time, CPU time and peak memory of the
  process tree (this process and its Dask workers) during the stage.

Usage::

    .venv/bin/python benchmarks/scale.py --articles 20000                    # pandas and Dask
    .venv/bin/python benchmarks/scale.py --articles 2000 --engine pandas --stages

The machine is shared: compare CPU times as well as wall times, and run it when the machine is calm.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pandas as pd
import psutil


class PeakMemory:
    """Largest total memory (PSS) of a process tree, sampled in a thread."""

    def __init__(self, pid: int | None = None, every: float = 0.05):
        self.pid = pid or os.getpid()
        self.every = every
        self.peak = 0
        self._stop = threading.Event()

    def _total(self) -> int:
        try:
            root = psutil.Process(self.pid)
            procs = [root, *root.children(recursive=True)]
        except psutil.NoSuchProcess:
            return 0
        total = 0
        for p in procs:
            try:  # proportional set size: pages shared by forked processes counted once
                total += p.memory_full_info().pss
            except psutil.Error:
                pass
        return total

    def _run(self):
        while not self._stop.is_set():
            t0 = time.perf_counter()
            self.peak = max(self.peak, self._total())
            # reading PSS walks every mapping of the processes: on a large run it costs tens of ms,
            # so wait ten times as long as the reading took (the sampler stays under 10% of a core)
            self._stop.wait(max(self.every, 10 * (time.perf_counter() - t0)))

    def __enter__(self):
        self.peak = self._total()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._total())

    @property
    def gib(self) -> float:
        return self.peak / 1024**3


def write_folder(corpus: pd.DataFrame, folder: Path) -> float:
    """The corpus as ``.txt`` files + ``metadata.csv``; returns the megabytes of text written."""
    folder.mkdir(parents=True, exist_ok=True)
    size = 0
    for doc_id, text in zip(corpus["doc_id"], corpus["text"]):
        data = text.encode("utf-8")
        (folder / f"{doc_id}.txt").write_bytes(data)
        size += len(data)
    meta = corpus[["doc_id", "outlet", "date", "event"]].copy()
    meta.insert(0, "file", meta.pop("doc_id") + ".txt")
    meta["date"] = meta["date"].dt.strftime("%Y-%m-%d")
    meta.to_csv(folder / "metadata.csv", index=False)
    return size / 1e6


def run_cli(folder: Path, out: Path, engine: str, workers: int) -> dict:
    cmd = [sys.executable, "-m", "framing", "run", str(folder), "--out", str(out), "--no-progress"]
    if engine == "dask":
        cmd += ["--engine", "dask", "--workers", str(workers)]
    env = dict(os.environ, MPLBACKEND="Agg", PYTHONHASHSEED="0")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    with PeakMemory(proc.pid) as mem:
        _, err = proc.communicate()
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode:
        raise SystemExit(f"framing run failed ({proc.returncode}):\n{err.decode()[-3000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall_s": wall, "cpu_s": cpu, "peak_gib": mem.gib}


def stages(folder: Path, engine: str, workers: int) -> list[dict]:
    """Each stage on its own: (stage, wall_s, cpu_s and peak_gib of the process tree)."""
    import framing
    from framing import compare
    from framing import engine as eng
    from framing import pipeline

    rows = []
    client = eng.get_client(workers=workers) if engine == "dask" else None

    def tree_cpu() -> float:
        """CPU seconds of this process, its live children (Dask workers) and its waited-for children."""
        total = 0.0
        me = psutil.Process()
        for p in [me, *me.children(recursive=True)]:
            try:
                t = p.cpu_times()
                total += t.user + t.system
            except psutil.Error:
                pass
        done = resource.getrusage(resource.RUSAGE_CHILDREN)
        return total + done.ru_utime + done.ru_stime

    def timed(name, func):
        t0, c0 = time.perf_counter(), tree_cpu()
        with PeakMemory() as mem:
            value = func()
        rows.append({"engine": engine, "stage": name, "wall_s": time.perf_counter() - t0,
                     "cpu_s": tree_cpu() - c0, "peak_gib": mem.gib})
        print(f"  {engine:6s} {name:22s} {rows[-1]['wall_s']:7.1f} s wall {rows[-1]['cpu_s']:7.1f} s CPU "
              f"{mem.gib:5.2f} GiB", flush=True)
        return value

    try:
        if engine == "dask":
            data = timed("load (lazy + persist)", lambda: framing.load_corpus(folder, engine="dask").persist())
            corpus = timed("metadata to client", lambda: eng.compute(data.drop(columns=["text"])))
        else:
            data = corpus = timed("load", lambda: framing.load_corpus(folder))
        held = {}

        def quotes_stage():
            lazy = framing.extract_quotes(data, progress=False)
            held["quotes"] = lazy.persist() if engine == "dask" else lazy  # kept for find_phrases
            return eng.compute(held["quotes"])

        quotes = timed("quotes", quotes_stage)
        phrases = timed("phrases", lambda: eng.compute(framing.find_phrases(data, quotes=held["quotes"],
                                                                           progress=False)))
        timed("candidate phrases", lambda: framing.candidate_phrases(
            eng.sample(data, pipeline.CANDIDATE_SAMPLE, columns=["text", "outlet"]), by="outlet", min_count=2,
            top=30, progress=False))

        def topics():
            model = framing.fit_topics(data, pipeline.default_n_topics(len(corpus)), progress=False,
                                       sample_size=pipeline.TOPIC_SAMPLE)
            return eng.compute(model.transform(data))

        theta = timed("topics", topics)
        timed("comparisons", lambda: (compare.quote_shares(quotes, corpus), compare.phrase_polarity(phrases, corpus),
                                      compare.topic_shares(theta, corpus)))
        timed("keyness", lambda: compare.keyness(data, min_count=5, top=20, progress=False))
    finally:
        if client is not None:
            cluster = client.cluster
            client.close()
            cluster.close()
    return rows


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--engine", choices=("pandas", "dask", "both"), default="both")
    parser.add_argument("--workers", type=int, default=2, help="Dask LocalCluster workers (default 2)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--words", default="150-300",
                        help="words per article, LOW-HIGH (default 150-300: about 1.7 kB of text per article, "
                             "the 34 MB per 20,000 articles of issue 13's own corpus; make_news's default "
                             "is 300-700)")
    parser.add_argument("--stages", action="store_true", help="also time each stage on its own")
    parser.add_argument("--no-run", action="store_true", help="skip the whole `framing run`")
    args = parser.parse_args(argv)

    from framing.synthetic import make_news

    engines = ["pandas", "dask"] if args.engine == "both" else [args.engine]
    with tempfile.TemporaryDirectory(prefix="framing-scale-") as tmp:
        tmp = Path(tmp)
        t0 = time.perf_counter()
        low, high = map(int, args.words.split("-"))
        corpus = make_news(args.articles, words=(low, high), random_state=args.seed)
        mb = write_folder(corpus, tmp / "corpus")
        words = corpus["text"].str.split().str.len()
        print(f"{args.articles} generated articles, {mb:.1f} MB of text, {words.mean():.0f} words on average "
              f"({words.min()}-{words.max()}), written in {time.perf_counter() - t0:.1f} s; "
              f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}", flush=True)
        del corpus
        results = {}
        if not args.no_run:
            for engine in engines:
                res = run_cli(tmp / "corpus", tmp / f"out-{engine}", engine, args.workers)
                results[engine] = res
                label = engine if engine == "pandas" else f"dask, {args.workers} workers"
                print(f"framing run ({label}): {res['wall_s']:.1f} s wall, {res['cpu_s']:.1f} s CPU (all processes), "
                      f"peak memory {res['peak_gib']:.2f} GiB (PSS of the process tree); "
                      f"{args.articles / res['wall_s']:.0f} articles/s, {mb / res['wall_s']:.2f} MB/s", flush=True)
            if len(results) == 2:
                print(f"Dask speed-up over one process: {results['pandas']['wall_s'] / results['dask']['wall_s']:.2f}x "
                      f"(wall time; load average now {os.getloadavg()[0]:.2f})")
                same = all((tmp / "out-pandas" / "tables" / p.name).read_bytes() == p.read_bytes()
                           for p in (tmp / "out-dask" / "tables").glob("*.csv"))
                print(f"same tables from both engines: {same}")
        if args.stages:
            print("stages:")
            for engine in engines:
                stages(tmp / "corpus", engine, args.workers)
    return 0


if __name__ == "__main__":
    sys.exit(main())
