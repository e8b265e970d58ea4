"""pytest setup for the whole repository: the doctests of compiled modules, and a guard against stale ones.

Where ``setup.py`` compiled a module (``framing.compiled``), Python imports its extension in
place of the ``.py`` file that pytest collects doctests from; ``PY_IGNORE_IMPORTMISMATCH``
lets pytest take the docstrings from the module Python imports, so the doctests run on the
code that runs. An extension older than its source would test code that is no longer
there: the run stops and says how to rebuild.
"""

import os

import pytest

os.environ.setdefault("PY_IGNORE_IMPORTMISMATCH", "1")


def pytest_sessionstart(session):
    from framing.compiled import stale_modules

    stale = stale_modules()
    if stale:
        pytest.exit("compiled modules older than their source: " + ", ".join(stale)
                    + "; run `python3 tasks.py build` (or `pip install -e .`), or delete their extensions",
                    returncode=2)
