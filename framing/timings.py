"""Where the time of a run goes: a stopwatch of named steps (``framing run --timings FILE``).

A :class:`Stopwatch` records, for each step the pipeline marks, the wall-clock time
since the run started and the CPU time this process used, so a researcher can see
which stage to give more machines (or a smaller sample) on a large corpus. With
Dask the stages overlap: the per-article stages run on the workers while this
process fits the topic model, so a step's time is what this process waited or
worked, and ``cpu_s`` leaves out the workers' CPU.

Examples
--------
>>> watch = Stopwatch()
>>> watch.mark("load")
>>> watch.table()[["step"]].to_dict("records")
[{'step': 'load'}]
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pandas as pd

__all__ = ["Stopwatch"]


class Stopwatch:
    """Wall and CPU time of named steps, from the moment it is made.

    ``mark(step)`` closes the step that ran since the previous mark (or the start).
    ``table()`` has one row per step: ``step``, ``wall_s`` (seconds of wall-clock time
    the step took), ``cpu_s`` (CPU seconds of this process during the step) and
    ``at_s`` (wall seconds since the start when it ended).
    """

    def __init__(self):
        self._t0 = self._last = time.perf_counter()
        self._c_last = time.process_time()
        self._rows: list[dict] = []

    def mark(self, step: str) -> None:
        now, cpu = time.perf_counter(), time.process_time()
        self._rows.append({"step": str(step), "wall_s": now - self._last, "cpu_s": cpu - self._c_last,
                           "at_s": now - self._t0})
        self._last, self._c_last = now, cpu

    def table(self) -> pd.DataFrame:
        return pd.DataFrame(self._rows, columns=["step", "wall_s", "cpu_s", "at_s"])

    def write(self, path, **info) -> Path:
        """Write the steps (and ``info``, e.g. the engine) as JSON to ``path``."""
        path = Path(path)
        rows = [{k: (round(v, 3) if isinstance(v, float) else v) for k, v in r.items()} for r in self._rows]
        path.write_text(json.dumps({**info, "steps": rows}, indent=1) + "\n", encoding="utf-8")
        return path
