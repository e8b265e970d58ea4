"""Command line: ``framing run SOURCE --out DIR`` (also ``python -m framing``)."""

from __future__ import annotations

import argparse
import os
import sys
import warnings


def _formats(value: str) -> tuple[str, ...]:
    formats = tuple(f.strip().lower() for f in value.split(",") if f.strip())
    bad = [f for f in formats if f not in ("csv", "parquet")]
    if bad or not formats:
        raise argparse.ArgumentTypeError(f"--format takes csv, parquet or csv,parquet, not {value!r}")
    return formats


def build_parser() -> argparse.ArgumentParser:
    from framing import __version__

    parser = argparse.ArgumentParser(prog="framing", description="Quote, phrase and topic analysis of news outlets.")
    parser.add_argument("--version", action="version", version=f"framing {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    p_run = sub.add_parser("run", help="run the whole pipeline on a corpus and write tables and figures")
    p_run.add_argument("source", help="a folder of .txt files with metadata.csv, or a CSV/TSV/Parquet/JSONL table")
    p_run.add_argument("--out", default="figures", help="folder for figures and report.html (default: figures); "
                                                        "replaced as a whole at the end of a successful run")
    p_run.add_argument("--tables", default=None, help="folder for the tables (default: OUT/tables)")
    p_run.add_argument("--format", dest="formats", type=_formats, default=("csv", "parquet"),
                       help="table formats: csv, parquet or csv,parquet (default: both)")
    p_run.add_argument("--by", default="outlet", help="corpus column whose groups are compared (default: outlet)")
    p_run.add_argument("--actors", default=None, help="actor dictionary CSV (default: the bundled Trump-Putin one); "
                                                      "its sides are the sides of every table and figure")
    p_run.add_argument("--cues", default=None, help="speech-cue CSV (default: the bundled one)")
    p_run.add_argument("--lexicon", default=None, help="framing-phrase lexicon CSV (default: the bundled one)")
    p_run.add_argument("--n-boot", type=int, default=1000, help="bootstrap resamples per interval (default: 1000)")
    p_run.add_argument("--topics", type=int, default=None, help="number of topics (default: from corpus size)")
    p_run.add_argument("--seed", type=int, default=0, help="random seed (default: 0)")
    p_run.add_argument("--min-articles", type=int, default=1,
                       help="pool groups with fewer articles into 'other outlets (k)' in comparisons and figures "
                            "(default: 1, every group on its own)")
    p_run.add_argument("--max-group-figures", type=int, default=6,
                       help="draw per-group figures (key words) for this many of the largest groups (default: 6; "
                            "0 for every group)")
    p_run.add_argument("--month-first", action="store_true",
                       help="read numeric dates such as 02/05/2017 month first (default: day first, French style)")
    p_run.add_argument("--no-progress", action="store_true", help="hide progress bars")
    p_run.add_argument("--engine", choices=("pandas", "dask"), default="pandas",
                       help="pandas: one process (default); dask: per-article stages partition by partition "
                            "on a Dask cluster")
    p_run.add_argument("--scheduler", default=None, metavar="ADDRESS",
                       help="with --engine dask: address of a running Dask scheduler (default: start a "
                            "LocalCluster for the run)")
    p_run.add_argument("--workers", type=int, default=None, metavar="N",
                       help="with --engine dask: worker processes of the LocalCluster (default: one per core)")
    p_run.add_argument("--timings", default=None, metavar="FILE",
                       help="write the wall and CPU time of each step of the run to this JSON file")
    return parser


def _show_warning(message, category, filename, lineno, file=None, line=None):
    """A warning of the run as the command line prints it: ``framing: warning: ...`` on stderr."""
    print(f"framing: warning: {message}", file=sys.stderr)


def main(argv=None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.engine != "dask" and (args.scheduler or args.workers):
        parser.error("--scheduler and --workers go with --engine dask")

    os.environ.setdefault("MPLBACKEND", "Agg")  # a command line draws to files, never to a window
    from framing.corpus import CorpusError
    from framing.pipeline import run

    try:
        with warnings.catch_warnings():
            warnings.showwarning = _show_warning  # one line each, without the source line of the call
            run(args.source, out=args.out, tables=args.tables, by=args.by, n_boot=args.n_boot,
                n_topics=args.topics, random_state=args.seed, progress=not args.no_progress, actors=args.actors,
                cues=args.cues, lexicon=args.lexicon, formats=args.formats, min_articles=args.min_articles,
                max_group_figures=args.max_group_figures or None, dayfirst=not args.month_first,
                engine=args.engine, scheduler=args.scheduler, workers=args.workers, timings=args.timings)
    except CorpusError as exc:
        print(f"framing: cannot load {args.source}: {len(exc.problems)} problem(s)\n{exc}", file=sys.stderr)
        return 2
    except (OSError, ValueError) as exc:  # bad paths, unwritable folders, malformed dictionaries
        print(f"framing: {exc}", file=sys.stderr)
        return 2
    print(f"framing: wrote figures and report.html to {args.out}, tables to {args.tables or args.out + '/tables'}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
