"""A corpus (case set) as labelled training programs, without re-running tests.

Each case's spectrum comes from the corpus store (``<corpus>/store/<case id>.npz``, written by
``tflm corpus build``); a case without one is run once under coverage. Features are cached per
case beside the store, in ``<corpus>/store/features-v<SCHEMA_VERSION>/<case id>.npz``, together
with the line labels, the size and modification time of the store file they came from and a hash
of ``bug.json``, so a second training run reads arrays only and a rebuilt or relabelled case is
recomputed.

Labels: each ``bug.json`` bug line, mapped to the statement line the spectrum ranks (continuation
lines of a multi-line statement count as its first line). A bug line that no test executed has
no row and so no positive label.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np

from tflm.collect.spectrum import Spectrum
from tflm.corpus.store import STORE_DIR, load_spectrum
from tflm.errors import CorpusError, TflmError
from tflm.evaluation.cases import Case, case_name, find_cases, load_case
from tflm.features import SCHEMA_VERSION, FeatureTable, build_features
from tflm.model.data import LabelledProgram, line_labels
from tflm.types import LineId

CACHE_DIR = f"features-v{SCHEMA_VERSION}"
_CACHE_KEYS = ("labels", "stamp", "counts", "target_file", "target_line")


def bug_targets(case: Case, spectrum: Spectrum) -> list[LineId]:
    """The case's bug lines as the statement lines of the spectrum."""
    targets = []
    for line in case.bug_lines:
        source = spectrum.sources.get(line.file)
        statement = source.statement_of.get(line.line) if source else None
        targets.append(LineId(line.file, statement if statement is not None else line.line))
    return targets


def _stamp(store: Path, bug_json: Path) -> str:
    """What a cache entry was computed from: the store file (size, time) and the labels."""
    labels = hashlib.sha256(bug_json.read_bytes()).hexdigest()[:16]
    if not store.exists():
        return f"run:{labels}"
    stat = store.stat()
    return f"{stat.st_size}:{stat.st_mtime_ns}:{labels}"


def _subject(case: Case, corpus: Path) -> str:
    subject = case.extra.get("subject")
    if isinstance(subject, str) and subject:
        return subject
    parent = case.root.parent
    return str(parent.name if parent != corpus else case.root.name)


def load_program(corpus: Path, root: Path, *, timeout: float = 60.0) -> LabelledProgram:
    """One case as a labelled program, from the feature cache when it is current."""
    case = load_case(root, case_name(corpus, root))
    store = corpus / STORE_DIR / f"{root.name}.npz"
    cache = corpus / STORE_DIR / CACHE_DIR / f"{root.name}.npz"
    stamp = _stamp(store, root / "bug.json")
    subject = _subject(case, corpus)
    if cache.exists():
        try:
            with np.load(cache, allow_pickle=False) as data:
                arrays = {key: data[key] for key in data.files}
            if (all(k in arrays for k in _CACHE_KEYS) and str(arrays["stamp"]) == stamp
                    and int(arrays["schema_version"]) == SCHEMA_VERSION):
                targets = tuple(LineId(str(f), int(n)) for f, n in zip(arrays["target_file"], arrays["target_line"]))
                return LabelledProgram(table=FeatureTable.from_npz_dict(arrays), labels=arrays["labels"].astype(bool),
                                       subject=subject, case=case.name, targets=targets,
                                       counts=np.asarray(arrays["counts"], dtype=np.float64))
        except (OSError, ValueError, KeyError):
            pass  # a damaged or stale cache entry is recomputed
    if store.exists():
        spectrum, _ = load_spectrum(store, project=case.project)
    else:
        from tflm.collect.runner import RunOptions, collect

        spectrum = collect(RunOptions(project=case.project, python=case.python, timeout=timeout,
                                      pytest_args=case.test_args)).spectrum
    table = build_features(spectrum)
    targets = tuple(bug_targets(case, spectrum))
    labels = line_labels(table, targets)
    c = spectrum.counts()
    counts = np.stack([c.ef, c.ep, c.nf, c.np_], axis=1).reshape(-1, 4)
    cache.parent.mkdir(parents=True, exist_ok=True)
    temporary = cache.with_name(f".{cache.name}.{os.getpid()}.tmp")
    with open(temporary, "wb") as f:
        np.savez(f, **table.to_npz_dict(), labels=labels, stamp=np.array(stamp), counts=counts,  # type: ignore[arg-type]  # numpy types **kwds as allow_pickle
                 target_file=np.array([t.file for t in targets], dtype=str),
                 target_line=np.array([t.line for t in targets], dtype=np.int64))
    os.replace(temporary, cache)
    return LabelledProgram(table=table, labels=labels, subject=subject, case=case.name, targets=targets, counts=counts)


def _load_one(args: tuple[Path, Path, float]) -> LabelledProgram | str:
    corpus, root, timeout = args
    try:
        return load_program(corpus, root, timeout=timeout)
    except TflmError as exc:
        return f"{case_name(corpus, root)}: {exc.message}"


def load_corpus(corpus: Path, *, jobs: int = 1, timeout: float = 60.0,
                progress: Callable[[int, int], None] | None = None) -> tuple[list[LabelledProgram], list[str]]:
    """Every case of ``corpus`` as a labelled program, in case order, and the cases that could
    not be read (with why). Raises :class:`CorpusError` when there is no case, or no bug line
    among the executed lines of all cases."""
    try:
        roots = find_cases(corpus)
    except TflmError as exc:
        raise CorpusError(f"'{corpus}' is not a usable corpus: {exc.message}", hint=exc.hint) from None
    programs: list[LabelledProgram] = []
    problems: list[str] = []
    tasks = [(corpus, root, timeout) for root in roots]
    if jobs > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            results = pool.map(_load_one, tasks, chunksize=8)
            for i, result in enumerate(results):
                _collect(result, programs, problems)
                if progress:
                    progress(i + 1, len(tasks))
    else:
        for i, task in enumerate(tasks):
            _collect(_load_one(task), programs, problems)
            if progress:
                progress(i + 1, len(tasks))
    if not programs:
        raise CorpusError(f"The corpus '{corpus}' has no readable case ({len(problems)} could not be read).",
                          hint=problems[0] if problems else None)
    if not any(p.labels.any() for p in programs):
        raise CorpusError(f"The corpus '{corpus}' has {len(programs)} cases but no bug line among their executed "
                          "lines: there is nothing to learn from.",
                          hint="Check the bug.json files: their lines must be lines the failing tests run.")
    return programs, problems


def _collect(result: LabelledProgram | str, programs: list[LabelledProgram], problems: list[str]) -> None:
    if isinstance(result, str):
        problems.append(result)
    else:
        programs.append(result)


def describe(programs: list[LabelledProgram]) -> dict[str, object]:
    """Counts for messages and the model file."""
    return {
        "cases": len(programs),
        "subjects": len({p.subject for p in programs}),
        "lines": int(sum(p.labels.size for p in programs)),
        "bug_lines": int(sum(int(p.labels.sum()) for p in programs)),
        "cases_without_executed_bug_line": int(sum(1 for p in programs if not p.labels.any())),
    }

