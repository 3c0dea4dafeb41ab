"""The compact store beside a case set: each case's spectrum, so training never re-runs tests.

One ``.npz`` per case (``<case set>/store/<case id>.npz``), written atomically, read with
``allow_pickle=False`` (loading cannot run code). Format ``tflm.store/1``:

=================  ==========================================================================
key                content
=================  ==========================================================================
``meta``           0-d unicode array holding a JSON object: ``schema``, ``case``, ``subject``,
                   ``kind``, ``omission``, ``bug_lines`` ([file, line] pairs), anything else
``files``          unicode (n_files,): project-relative source files
``line_file``      int32 (n_lines,): index into ``files``; ``line_no`` int32: 1-based line
``tests``          unicode (n_tests,): node ids of the ranked tests (columns)
``indptr``,        int32: the lines x tests boolean matrix in CSR form
``indices``
``outcome_ids``    unicode (n_outcomes,): every test with an outcome (ranked or not)
``status``         unicode (n_outcomes,): passed/failed/error/skipped/xfailed/xpassed
``flags``          int8 (n_outcomes,): bit 0 timed out, bit 1 crashed
``exc_type``       unicode (n_outcomes,): exception type of a failing test, else ""
``tb_test``,       int32 (n_frames,): traceback frames in source files, outermost first:
``tb_file``,       outcome index, file index, statement line
``tb_line``
=================  ==========================================================================
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, cast

import numpy as np
import scipy.sparse as sp

from tflm.collect.outcomes import Status, TestOutcome
from tflm.collect.sources import parse_source
from tflm.collect.spectrum import Spectrum
from tflm.errors import CorpusError
from tflm.types import LineId

SCHEMA = "tflm.store/1"
STORE_DIR = "store"


def spectrum_arrays(spectrum: Spectrum, meta: Mapping[str, Any]) -> dict[str, np.ndarray]:
    files = sorted({line.file for line in spectrum.lines} | {f.file for o in spectrum.outcomes.values() for f in o.traceback})
    file_index = {f: i for i, f in enumerate(files)}
    matrix = spectrum.matrix.tocsr()
    outcome_ids = sorted(spectrum.outcomes)
    outcomes = [spectrum.outcomes[t] for t in outcome_ids]
    tb = [(i, file_index[f.file], f.line) for i, o in enumerate(outcomes) for f in o.traceback]
    return {
        "meta": np.array(json.dumps({"schema": SCHEMA, **meta})),
        "files": np.array(files, dtype=str),
        "line_file": np.array([file_index[line.file] for line in spectrum.lines], dtype=np.int32),
        "line_no": np.array([line.line for line in spectrum.lines], dtype=np.int32),
        "tests": np.array(spectrum.tests, dtype=str),
        "indptr": matrix.indptr.astype(np.int32),
        "indices": matrix.indices.astype(np.int32),
        "outcome_ids": np.array(outcome_ids, dtype=str),
        "status": np.array([o.status for o in outcomes], dtype=str),
        "flags": np.array([int(o.timed_out) | (int(o.crashed) << 1) for o in outcomes], dtype=np.int8),
        "exc_type": np.array([o.exc_type or "" for o in outcomes], dtype=str),
        "tb_test": np.array([t[0] for t in tb], dtype=np.int32),
        "tb_file": np.array([t[1] for t in tb], dtype=np.int32),
        "tb_line": np.array([t[2] for t in tb], dtype=np.int32),
    }


def save_spectrum(path: Path, spectrum: Spectrum, meta: Mapping[str, Any]) -> None:
    """Write atomically: a reader never sees a half-written file."""
    buffer = io.BytesIO()
    arrays = spectrum_arrays(spectrum, meta)
    np.savez_compressed(buffer, **arrays)  # type: ignore[arg-type]  # numpy types **kwds as allow_pickle
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_bytes(buffer.getvalue())
    os.replace(temporary, path)


def read_meta(path: Path) -> dict[str, Any]:
    with np.load(path, allow_pickle=False) as data:
        return cast(dict[str, Any], json.loads(str(data["meta"])))


def load_spectrum(path: Path, project: Path | None = None) -> tuple[Spectrum, dict[str, Any]]:
    """The stored spectrum and its meta; with ``project`` (the case's ``buggy/``), its source files
    are parsed too, as static features need them."""
    try:
        with np.load(path, allow_pickle=False) as data:
            arrays = {key: data[key] for key in data.files}
    except (OSError, ValueError, KeyError) as exc:
        raise CorpusError(f"'{path}' is not a readable tflm store file: {exc}") from exc
    meta = json.loads(str(arrays["meta"]))
    if meta.get("schema") != SCHEMA:
        raise CorpusError(f"'{path}' has store schema {meta.get('schema')!r}; this tflm reads {SCHEMA}.",
                          hint="Rebuild the corpus with this version of tflm.")
    files = [str(f) for f in arrays["files"]]
    lines = [LineId(files[f], int(n)) for f, n in zip(arrays["line_file"], arrays["line_no"])]
    tests = [str(t) for t in arrays["tests"]]
    data = np.ones(len(arrays["indices"]), dtype=bool)
    matrix = sp.csr_array((data, arrays["indices"], arrays["indptr"]), shape=(len(lines), len(tests)))
    frames: dict[int, list[LineId]] = {}
    for t, f, n in zip(arrays["tb_test"], arrays["tb_file"], arrays["tb_line"]):
        frames.setdefault(int(t), []).append(LineId(files[f], int(n)))
    outcomes = {}
    for i, nodeid in enumerate(str(t) for t in arrays["outcome_ids"]):
        flags = int(arrays["flags"][i])
        outcomes[nodeid] = TestOutcome(
            nodeid=nodeid,
            status=cast(Status, str(arrays["status"][i])),
            timed_out=bool(flags & 1),
            crashed=bool(flags & 2),
            exc_type=str(arrays["exc_type"][i]) or None,
            traceback=tuple(frames.get(i, ())),
        )
    sources = {}
    if project is not None:
        sources = {f: parse_source(project, f) for f in files if (project / f).is_file()}
    root = project if project is not None else Path(".")
    return Spectrum(project=root, lines=lines, tests=tests, matrix=matrix, outcomes=outcomes, sources=sources), meta
