"""Which modules of framing run compiled, and which compiled ones are older than their source.

An installation with a C compiler compiles the per-article text modules with Cython from
their ``.py`` files (``setup.py``); Python then imports the extension beside each ``.py``
file in its place. Results are the same either way; only the speed differs. In an editable
installation (``pip install -e .``, ``python3 tasks.py``) an extension built before an edit
of its ``.py`` file would still be the code that runs: :func:`stale_modules` names those, and
``python3 tasks.py build`` (or ``pip install -e .``) compiles them again.
"""

from __future__ import annotations

from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

#: The folder of the framing package.
FRAMING_ROOT = Path(__file__).resolve().parent


def compiled_modules(root: Path | None = None) -> dict[str, Path]:
    """Module name -> extension file, for each ``.py`` module of ``root`` with an extension beside it.

    ``root``: the folder of the framing package (this installation's by default).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     for name in ("match.py", "match" + EXTENSION_SUFFIXES[0], "tone.py"):
    ...         _ = (Path(d) / name).write_text("")
    ...     sorted(compiled_modules(Path(d)))
    ['framing.match']
    """
    root = FRAMING_ROOT if root is None else Path(root)
    found = {}
    for source in sorted(root.rglob("*.py")):
        for suffix in EXTENSION_SUFFIXES:
            ext = source.with_name(source.stem + suffix)
            if ext.exists():
                parts = source.relative_to(root).with_suffix("").parts
                found[".".join(("framing",) + parts)] = ext
                break
    return found


def stale_modules(root: Path | None = None) -> list[str]:
    """The compiled modules whose ``.py`` file is newer than their extension (an edit not compiled yet).

    >>> import os, tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     for name in ("voice.py", "voice" + EXTENSION_SUFFIXES[0], "tone.py", "tone" + EXTENSION_SUFFIXES[0]):
    ...         _ = (Path(d) / name).write_text("")
    ...     os.utime(Path(d) / ("voice" + EXTENSION_SUFFIXES[0]), (0, 0))  # compiled before its source was edited
    ...     stale_modules(Path(d))
    ['framing.voice']
    """
    root = FRAMING_ROOT if root is None else Path(root)
    return [name for name, ext in compiled_modules(root).items()
            if (root.joinpath(*name.split(".")[1:]).with_suffix(".py")).stat().st_mtime > ext.stat().st_mtime]
