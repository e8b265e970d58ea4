"""Writing a run's outputs so they can be trusted: staged, swapped into place, described.

:func:`framing.pipeline.run` writes every table, figure and the report into a
temporary sibling folder (``<out>.tmp-XXXX``) and only at the very end moves it into
place with two renames (the old folder aside, the new one in, the old one
deleted). So an interrupted or failed run leaves the previous complete output (or
nothing), never a mix of new and old files; and a run into a folder used before
never leaves files of the earlier run beside the new ones. Files in the folder that
``framing`` did not write (a ``README.md``, say) are kept: they are moved into the new
folder. What ``framing`` wrote is listed in ``framing-run.json``, with how the run
was made (:func:`provenance`).

Nothing here knows about quotes or topics: paths, tables and hashes only.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import hashlib
import json
import os
import re
import shutil
import tempfile
import unicodedata
from pathlib import Path

import pandas as pd

__all__ = ["OutputError", "MANIFEST", "TABLE_FORMATS", "check_output_folder", "staged_outputs", "write_table",
           "file_sha256", "dictionary_info", "provenance", "slug"]

#: The file, in every output folder, that lists what framing wrote there and how the run was made.
MANIFEST = "framing-run.json"
#: Table formats ``run`` can write.
TABLE_FORMATS = ("csv", "parquet")
_FIGURE_SUFFIXES = {".pdf", ".svg", ".png"}
_TABLE_SUFFIXES = {".csv", ".parquet"}


class OutputError(ValueError):
    """An output folder cannot be used (it is a file, not writable, or the current folder)."""


def check_output_folder(path, *, what: str = "--out") -> Path:
    """Check, before any work is done, that ``path`` can become an output folder; return it.

    Raises
    ------
    OutputError
        ``path`` is a file; a parent is a file; the nearest existing parent is not
        writable; or ``path`` is the current folder or one above it (whose content
        a run would replace).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "a-file"
    >>> _ = f.write_text("x")
    >>> check_output_folder(f)
    Traceback (most recent call last):
    ...
    framing.outputs.OutputError: --out ... is a file, not a folder: give the path of a folder (it is created if needed)
    """
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise OutputError(f"{what} {path} is a file, not a folder: give the path of a folder "
                          "(it is created if needed)")
    existing = path
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        raise OutputError(f"{what} {path}: {existing} is a file, so the folder cannot be created there")
    parent = path.parent if path.exists() else existing
    if not os.access(parent, os.W_OK | os.X_OK) or (path.exists() and not os.access(path, os.W_OK | os.X_OK)):
        raise OutputError(f"{what} {path}: {parent if not path.exists() or os.access(path, os.W_OK) else path} "
                          "is not writable: choose a folder you can write to")
    resolved, cwd = path.resolve(), Path.cwd().resolve()
    if resolved == cwd or resolved in cwd.parents:
        raise OutputError(f"{what} {path} is the current folder or one above it, whose content a run replaces: "
                          "give a dedicated output folder such as 'figures'")
    return path


def _framing_made(entry: Path, listed: set[str], known_stems: set[str]) -> bool:
    if entry.name in listed or entry.name in (MANIFEST, "report.html"):
        return True
    if entry.is_dir():
        return entry.name == "tables" and (entry / MANIFEST).exists()
    stem = entry.stem
    return (entry.suffix in _FIGURE_SUFFIXES | _TABLE_SUFFIXES) and (stem in known_stems or stem.startswith("keyness_"))


def _listed(folder: Path) -> set[str]:
    try:
        return set(json.loads((folder / MANIFEST).read_text(encoding="utf-8")).get("files", []))
    except (OSError, ValueError, AttributeError):
        return set()


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _swap_in(stage: Path, target: Path, known_stems: set[str]) -> None:
    """Replace ``target`` by ``stage``, carrying over the entries framing did not make."""
    # mkdtemp makes private (0700) folders; give the new one the old one's mode, or the usual one
    mode = target.stat().st_mode & 0o7777 if target.exists() else 0o777 & ~_umask()
    os.chmod(stage, mode)
    if target.exists():
        listed = _listed(target)
        for entry in sorted(target.iterdir()):
            if entry.name.startswith(f"{target.name}.tmp-") or entry.name.startswith(f"{target.name}.old-"):
                continue
            if not _framing_made(entry, listed, known_stems) and not (stage / entry.name).exists():
                os.replace(entry, stage / entry.name)
        trash = Path(tempfile.mkdtemp(prefix=f"{target.name}.old-", dir=target.parent))
        os.replace(target, trash / target.name)
        os.replace(stage, target)
        shutil.rmtree(trash, ignore_errors=True)
    else:
        os.replace(stage, target)


@contextlib.contextmanager
def staged_outputs(out, tables=None, *, known_stems=()):
    """Stage a run's outputs; move them into place only if the block ends without error.

    Parameters
    ----------
    out : str or Path
        The output folder (figures, report).
    tables : str or Path, optional
        The tables folder; ``<out>/tables`` by default. A folder inside ``out`` is
        staged with it; one elsewhere gets its own stage.
    known_stems : iterable of str
        File stems framing writes (for folders written before ``framing-run.json`` existed).

    Yields
    ------
    (Path, Path)
        Where to write the outputs and the tables during the run.
    """
    out = Path(out)
    tables = Path(tables) if tables is not None else out / "tables"
    known = set(known_stems)
    stages: list[tuple[Path, Path]] = []
    out.parent.mkdir(parents=True, exist_ok=True)
    stage_out = Path(tempfile.mkdtemp(prefix=f"{out.name}.tmp-", dir=out.parent))
    stages.append((stage_out, out))
    try:
        try:
            rel = tables.resolve().relative_to(out.resolve())
            stage_tables = stage_out / rel
        except ValueError:
            tables.parent.mkdir(parents=True, exist_ok=True)
            stage_tables = Path(tempfile.mkdtemp(prefix=f"{tables.name}.tmp-", dir=tables.parent))
            stages.append((stage_tables, tables))
        stage_tables.mkdir(parents=True, exist_ok=True)
        yield stage_out, stage_tables
    except BaseException:
        for stage, _ in stages:
            shutil.rmtree(stage, ignore_errors=True)
        raise
    for stage, target in reversed(stages):  # the separate tables folder first, the report last
        _swap_in(stage, target, known)


def write_table(table: pd.DataFrame, stem, formats=TABLE_FORMATS) -> list[Path]:
    """Write ``table`` as ``<stem>.csv`` and/or ``<stem>.parquet``; return the files.

    Parquet needs string column names (they are converted) and keeps the dtypes and
    ``attrs`` (problems travel as JSON records in the file's metadata).
    """
    stem = Path(stem)
    written = []
    for fmt in formats:
        path = stem.with_suffix(f".{fmt}")
        if fmt == "csv":
            table.to_csv(path, index=False)
        elif fmt == "parquet":
            frame = table.copy()
            frame.columns = [str(c) for c in frame.columns]
            frame.attrs = _jsonable(table.attrs)
            frame.to_parquet(path, index=False)
        else:
            raise ValueError(f"unknown table format {fmt!r}: choose from {TABLE_FORMATS}")
        written.append(path)
    return written


def _jsonable(attrs: dict) -> dict:
    out = {}
    for key, value in attrs.items():
        try:
            json.dumps(value)
        except (TypeError, ValueError):
            continue
        out[key] = value
    return out


def file_sha256(path) -> str:
    """SHA-256 of a file's bytes, in hex."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def dictionary_info(source, default: str) -> dict:
    """Name and SHA-256 of a dictionary file (``source``), or of the bundled ``framing/data/<default>``.

    >>> info = dictionary_info(None, "actors.csv")
    >>> info["name"], len(info["sha256"])
    ('actors.csv (bundled)', 64)
    """
    from importlib import resources

    if source is None:
        with resources.as_file(resources.files("framing").joinpath("data", default)) as path:
            return {"name": f"{default} (bundled)", "path": "", "sha256": file_sha256(path)}
    if isinstance(source, pd.DataFrame):
        data = source.to_csv(index=False).encode("utf-8")
        return {"name": "<DataFrame>", "path": "", "sha256": hashlib.sha256(data).hexdigest()}
    path = Path(source)
    return {"name": path.name, "path": str(path.resolve()), "sha256": file_sha256(path)}


def provenance(**fields) -> dict:
    """How a run was made: the fields given, plus the package version and the date (UTC).

    >>> sorted(provenance(n_boot=1000))
    ['created_utc', 'framing_version', 'n_boot', 'numpy', 'pandas', 'python']
    """
    import platform

    import numpy as np

    from framing import __version__

    info = dict(fields)
    info.update(framing_version=__version__, python=platform.python_version(), pandas=pd.__version__,
                numpy=np.__version__,
                created_utc=_dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat())
    return info


def slug(name: str) -> str:
    """A file-name-safe form of a group name (the ``keyness_<group>`` figures).

    >>> slug("L'Écho du Sud"), slug("RT en français")
    ('l-echo-du-sud', 'rt-en-francais')
    """
    ascii_name = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode("ascii")
    out = re.sub(r"[^0-9a-zA-Z]+", "-", ascii_name).strip("-").lower()
    return out or "group"
