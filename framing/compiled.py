"""Which modules of framing run compiled, and which compiled ones are older than their source.

An installation with a C compiler compiles the per-article text modules with Cython from
their ``.py`` files (``setup.py``); Python then imports the extension beside each ``.py``
file in its place. Results are the same either way; only the speed differs. In an editable
installation (``pip install -e .``, ``python3 tasks.py``) an extension built before an edit
of its ``.py`` file would still be the code that runs: :func:`stale_modules` names those, and
``python3 tasks.py build`` (or ``pip install -e .``) compiles them again.
"""

from __future__ import annotations

import sys
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
    return {name: ext for name, _, ext in _extensions(root)}


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
    return [name for name, source, ext in _extensions(root) if source.stat().st_mtime > ext.stat().st_mtime]


def imported_compiled() -> list[str]:
    """The framing modules this process has imported from an extension, not from their ``.py`` file.

    What ran compiled, where :func:`compiled_modules` says what is installed
    (``benchmarks/phrases_throughput.py`` prints it beside its figure).

    >>> set(imported_compiled()) <= set(compiled_modules())
    True
    """
    return sorted(name for name, module in list(sys.modules.items()) if name.startswith("framing.")
                  and str(getattr(module, "__file__", None) or "").endswith(tuple(EXTENSION_SUFFIXES)))


def _extensions(root: Path | None):
    """(module name, ``.py`` file, extension file) of each module of ``root`` with an extension beside it."""
    root = FRAMING_ROOT if root is None else Path(root)
    for source in sorted(root.rglob("*.py")):
        for suffix in EXTENSION_SUFFIXES:
            ext = source.with_name(source.stem + suffix)
            if ext.exists():
                yield ".".join(("framing",) + source.relative_to(root).with_suffix("").parts), source, ext
                break
