"""Command line: ``framing run SOURCE --out DIR`` (also ``python -m framing``)."""

from __future__ import annotations

import argparse
import os
import sys


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="framing", description="Quote, phrase and topic analysis of news outlets.")
    sub = parser.add_subparsers(dest="command", required=True)
    p_run = sub.add_parser("run", help="run the whole pipeline on a corpus and write tables and figures")
    p_run.add_argument("source", help="a folder of .txt files with metadata.csv, or a CSV/TSV/Parquet/JSONL table")
    p_run.add_argument("--out", default="figures", help="folder for figures (default: figures)")
    p_run.add_argument("--tables", default=None, help="folder for CSV tables (default: OUT/tables)")
    p_run.add_argument("--by", default="outlet", help="corpus column whose groups are compared (default: outlet)")
    p_run.add_argument("--n-boot", type=int, default=1000, help="bootstrap resamples per interval (default: 1000)")
    p_run.add_argument("--topics", type=int, default=None, help="number of topics (default: from corpus size)")
    p_run.add_argument("--seed", type=int, default=0, help="random seed (default: 0)")
    p_run.add_argument("--no-progress", action="store_true", help="hide progress bars")
    p_run.add_argument("--engine", choices=("pandas", "dask"), default="pandas",
                       help="pandas: one process (default); dask: per-article stages partition by partition "
                            "on a Dask cluster")
    p_run.add_argument("--scheduler", default=None, metavar="ADDRESS",
                       help="with --engine dask: address of a running Dask scheduler (default: start a "
                            "LocalCluster for the run)")
    p_run.add_argument("--workers", type=int, default=None, metavar="N",
                       help="with --engine dask: worker processes of the LocalCluster (default: one per core)")
    args = parser.parse_args(argv)
    if args.engine != "dask" and (args.scheduler or args.workers):
        parser.error("--scheduler and --workers go with --engine dask")

    os.environ.setdefault("MPLBACKEND", "Agg")  # a command line draws to files, never to a window
    from framing.corpus import CorpusError
    from framing.pipeline import run

    try:
        run(args.source, out=args.out, tables=args.tables, by=args.by, n_boot=args.n_boot,
            n_topics=args.topics, random_state=args.seed, progress=not args.no_progress,
            engine=args.engine, scheduler=args.scheduler, workers=args.workers)
    except CorpusError as exc:
        print(f"framing: cannot load {args.source}: {len(exc.problems)} problem(s)\n{exc}", file=sys.stderr)
        return 2
    except (FileNotFoundError, ValueError) as exc:
        print(f"framing: {exc}", file=sys.stderr)
        return 2
    print(f"framing: wrote figures to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
