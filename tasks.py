#!/usr/bin/env python3
"""Set up and run framing from a fresh clone, with nothing but python3.

    python3 tasks.py run    # create .venv, install framing, run the pipeline on seeds/
    python3 tasks.py test   # create .venv, install framing with test extras, run the tests
    python3 tasks.py build  # compile again the modules setup.py compiles (after editing one)

The virtual environment is created once in .venv and reinstalled only when
pyproject.toml or setup.py changes, so both commands can be run again and again. Where
setup.py compiled a module and its .py file was edited since, both commands compile it
again before they run (framing.compiled.stale_modules).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")


def sh(*cmd: str) -> None:
    print("+", " ".join(cmd), flush=True)
    env = dict(os.environ, MPLBACKEND="Agg", PYTHONHASHSEED="0")
    subprocess.run(cmd, cwd=ROOT, env=env, check=True)


def ensure_env(extras: str) -> bool:
    """Create .venv and install framing[extras] unless already done for this pyproject.toml and setup.py.

    Compiles again the modules older than their source. True when it installed or compiled.
    """
    if not PY.exists():
        print(f"creating {VENV}", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + (ROOT / "setup.py").read_bytes()
                            + extras.encode()).hexdigest()
    stamp = VENV / f".framing-installed-{extras or 'base'}"
    if stamp.exists() and stamp.read_text() == digest:
        if stale():
            build()
            return True
        return False
    sh(str(PY), "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    target = f".[{extras}]" if extras else "."
    sh(str(PY), "-m", "pip", "install", "--quiet", "-e", target)
    stamp.write_text(digest)
    return True


def stale() -> list[str]:
    """The compiled modules of framing older than their .py file (framing.compiled.stale_modules)."""
    code = "from framing.compiled import stale_modules; print(' '.join(stale_modules()))"
    got = subprocess.run([str(PY), "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return got.stdout.split()


def build() -> None:
    """Compile framing's compiled modules again (setup.py), in place, without touching its dependencies."""
    sh(str(PY), "-m", "pip", "install", "--quiet", "--no-deps", "-e", ".")


def main(argv: list[str]) -> int:
    task = argv[0] if argv else "help"
    try:
        if task == "run":
            ensure_env("")
            sh(str(BIN / "framing"), "run", "seeds", "--out", "figures", "--tables", "data/processed")
        elif task == "build":
            if not ensure_env(""):  # it compiled already what was stale
                build()
        elif task == "test":
            ensure_env("dev")
            sh(str(PY), "-m", "pytest", *argv[1:])
        else:
            print(__doc__)
            return 0 if task in ("help", "-h", "--help") else 2
    except subprocess.CalledProcessError as exc:
        return exc.returncode or 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
