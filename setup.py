"""Build hook of framing: the per-article text modules compiled with Cython where possible.

framing is a pure Python package. When the build has Cython (pyproject.toml asks for it)
and a C compiler, the modules of :data:`COMPILED` are also compiled from the same source
files into C extensions, which Python imports in their place: ``find_phrases`` then runs
about 1.3 times faster (``benchmarks/phrases_throughput.py``; callgrind counts 21-24% fewer
instructions). Nothing else changes: the same code, the same results, the same tests.

Without a compiler, or with ``FRAMING_PURE=1`` in the environment, the build keeps the pure
Python modules and says so on stderr. ``framing.compiled.compiled_modules()`` tells which
modules run compiled, and ``stale_modules()`` which extensions are older than their
source (an editable install keeps them beside the ``.py`` files: rebuild after an edit
with ``python3 tasks.py build``, or ``pip install -e .`` again).
"""

from __future__ import annotations

import os
import sys

from setuptools import setup
from setuptools.command.build_ext import build_ext

#: The modules compiled: every stage of find_phrases, and the tokeniser they share.
COMPILED = [
    "framing/french.py",
    "framing/phrases/match.py",
    "framing/phrases/compose.py",
    "framing/phrases/clauses.py",
    "framing/phrases/score.py",
    "framing/phrases/voice.py",
]


class OptionalBuildExt(build_ext):
    """build_ext that keeps the pure Python module when an extension does not compile."""

    def run(self):
        try:
            super().run()
        except Exception as exc:  # no compiler at all: the package stays pure Python
            print(f"framing: not compiled ({exc}); the pure Python modules are used", file=sys.stderr)

    def build_extension(self, ext):
        try:
            super().build_extension(ext)
        except Exception as exc:
            print(f"framing: {ext.name} not compiled ({exc}); its pure Python module is used", file=sys.stderr)


def extensions() -> list:
    if os.environ.get("FRAMING_PURE"):
        print("framing: FRAMING_PURE is set; the pure Python modules are used", file=sys.stderr)
        return []
    try:
        from Cython.Build import cythonize
    except ImportError:
        print("framing: Cython is not installed; the pure Python modules are used", file=sys.stderr)
        return []
    # annotation_typing off: the annotations document, they do not constrain (a frozenset where
    # a set is annotated stays valid); no __test__ table: pytest finds the doctests as it does in
    # the .py files
    directives = {"language_level": 3, "binding": True, "annotation_typing": False, "autotestdict": False}
    return cythonize(COMPILED, build_dir="build/cython", quiet=True, compiler_directives=directives)


setup(ext_modules=extensions(), cmdclass={"build_ext": OptionalBuildExt})
