"""The model file: one compressed ``.npz`` read with ``allow_pickle=False`` (loading cannot run
code), holding a JSON header and plain numeric and unicode arrays.

Header (``header``, a 0-d unicode array holding JSON)::

    {"format": "tflm.model", "version": 1, "feature_schema": <tflm.features.SCHEMA_VERSION>,
     "tflm_version": str, "created": ISO date, "hyperparameters": {...},
     "training": {"corpus", "cases", "subjects", "lines", "bug_lines", "hash", "seconds", ...},
     "structure": {...}, "heldout": {...} or null}

Arrays: the three discretizers (``disc.line.*``, ``disc.scope.*``, ``disc.program.*``), the
cluster arrays of the relational SPN (``rspn.*``) and its compiled class SPNs
(``spn.line.*``, ``spn.scope.*``, ``spn.program.*``).
"""

from __future__ import annotations

import io
import json
import os
import zipfile
import zlib
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from tflm import __version__
from tflm.errors import ModelError
from tflm.features import SCHEMA_VERSION
from tflm.model.discretize import Discretizer
from tflm.model.estimator import TFLM, check_is_fitted
from tflm.spn.compiled import CompiledSPN
from tflm.spn.relational import RelationalSPN

FORMAT = "tflm.model"
VERSION = 1
DEFAULT_MODEL = "default-model.npz"
_RSPN_ARRAYS = ("program_log_weight", "program_root", "scope_cluster", "scope_log_weight", "scope_root",
                "line_template", "line_log_prior", "line_log_count", "line_root")
_OPTIONAL_RSPN_ARRAYS = ("scope_log_count", "scope_buggy")  # the scope count template
_HINT = "Give a file written by `tflm train CORPUS -o MODEL`, or leave out --model to use the default model."


def save_model(model: TFLM, path: str | os.PathLike[str], *, heldout: dict[str, Any] | None = None) -> None:
    """Write ``model`` (fitted) to ``path`` atomically."""
    check_is_fitted(model)
    rspn = model.rspn_
    header = {
        "format": FORMAT,
        "version": VERSION,
        "feature_schema": SCHEMA_VERSION,
        "tflm_version": __version__,
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "hyperparameters": model.get_params(),
        "training": getattr(model, "training_", {}),
        "structure": getattr(model, "structure_", {}),
        "heldout": heldout if heldout is not None else getattr(model, "heldout_", None),
    }
    arrays: dict[str, np.ndarray] = {"header": np.array(json.dumps(header))}
    arrays.update(model.line_discretizer_.to_arrays("disc.line."))
    arrays.update(model.scope_discretizer_.to_arrays("disc.scope."))
    arrays.update(model.program_discretizer_.to_arrays("disc.program."))
    for name in _RSPN_ARRAYS:
        arrays["rspn." + name] = np.asarray(getattr(rspn, name))
    for name in _OPTIONAL_RSPN_ARRAYS:
        if getattr(rspn, name) is not None:
            arrays["rspn." + name] = np.asarray(getattr(rspn, name))
    for level, spns in (("line", rspn.line_spns), ("scope", rspn.scope_spns), ("program", rspn.program_spns)):
        if spns is not None:
            arrays.update(spns.to_arrays(f"spn.{level}."))
    buffer = io.BytesIO()
    np.savez_compressed(buffer, **arrays)  # type: ignore[arg-type]  # numpy types **kwds as allow_pickle
    target = Path(path)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    temporary.write_bytes(buffer.getvalue())
    os.replace(temporary, target)


def _read_arrays(source: Any, name: str) -> dict[str, np.ndarray]:
    try:
        with np.load(source, allow_pickle=False) as data:
            if not hasattr(data, "files"):
                raise ValueError("it is a single array, not an archive of arrays")
            return {key: data[key] for key in data.files}
    except FileNotFoundError:
        raise ModelError(f"The model file '{name}' does not exist.", hint=_HINT) from None
    except (OSError, ValueError, EOFError, KeyError, zipfile.BadZipFile, zlib.error) as exc:
        raise ModelError(f"'{name}' is not a readable tflm model file (expected an .npz archive written by "
                         f"tflm train, format {FORMAT} version {VERSION}): {exc}", hint=_HINT) from None


def read_header(arrays: dict[str, np.ndarray], name: str) -> dict[str, Any]:
    if "header" not in arrays:
        raise ModelError(f"'{name}' is an .npz archive but not a tflm model: it has no 'header' "
                         f"(expected format {FORMAT} version {VERSION}).", hint=_HINT)
    try:
        header = json.loads(str(arrays["header"]))
    except ValueError as exc:
        raise ModelError(f"'{name}': the model header is not valid JSON ({exc}).", hint=_HINT) from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise ModelError(f"'{name}' is not a tflm model: its header says format "
                         f"{header.get('format') if isinstance(header, dict) else header!r}, expected {FORMAT!r}.",
                         hint=_HINT)
    if header.get("version") != VERSION:
        raise ModelError(f"'{name}' is a tflm model of format version {header.get('version')!r}; this tflm reads "
                         f"version {VERSION}.", hint="Retrain it with this tflm: `tflm train CORPUS -o MODEL`.")
    if header.get("feature_schema") != SCHEMA_VERSION:
        raise ModelError(f"'{name}' was trained on features of schema version {header.get('feature_schema')!r}; this "
                         f"tflm computes schema version {SCHEMA_VERSION}.",
                         hint="Retrain it with this tflm: `tflm train CORPUS -o MODEL`.")
    return header


def _build(arrays: dict[str, np.ndarray], header: dict[str, Any]) -> TFLM:
    model = TFLM(**header["hyperparameters"])
    model.line_discretizer_ = Discretizer.from_arrays(arrays, "disc.line.")
    model.scope_discretizer_ = Discretizer.from_arrays(arrays, "disc.scope.")
    model.program_discretizer_ = Discretizer.from_arrays(arrays, "disc.program.")
    optional = {level: (CompiledSPN.from_arrays(arrays, f"spn.{level}.") if f"spn.{level}.kind" in arrays else None)
                for level in ("scope", "program")}
    parts: dict[str, Any] = {name: np.asarray(arrays["rspn." + name]) for name in _RSPN_ARRAYS}
    parts.update({name: (np.asarray(arrays["rspn." + name]) if "rspn." + name in arrays else None)
                  for name in _OPTIONAL_RSPN_ARRAYS})
    model.rspn_ = RelationalSPN(
        **parts,
        line_spns=CompiledSPN.from_arrays(arrays, "spn.line."),
        scope_spns=optional["scope"],
        program_spns=optional["program"],
    )
    model.training_ = header.get("training", {})
    model.structure_ = header.get("structure", {})
    model.heldout_ = header.get("heldout")
    model.header_ = header
    return model


def load_model(path: str | os.PathLike[str]) -> TFLM:
    """The model saved in ``path``. Raises :class:`ModelError` naming the file and what was
    expected when it is missing, truncated, of another format or schema version, or not a model."""
    name = os.fspath(path)
    if Path(name).is_dir():
        raise ModelError(f"'{name}' is a directory; a tflm model is one .npz file.", hint=_HINT)
    return _from_arrays(_read_arrays(name, name), name)


def _from_arrays(arrays: dict[str, np.ndarray], name: str) -> TFLM:
    header = read_header(arrays, name)
    try:
        return _build(arrays, header)
    except (KeyError, TypeError, ValueError) as exc:
        raise ModelError(f"'{name}' has a tflm model header but its arrays are incomplete or inconsistent: {exc}",
                         hint=_HINT) from None


def default_model_available() -> bool:
    return resources.files("tflm.model").joinpath(DEFAULT_MODEL).is_file()


def load_default_model() -> TFLM:
    """The model shipped with tflm (package data). Raises :class:`ModelError` when this copy of
    tflm has none."""
    resource = resources.files("tflm.model").joinpath(DEFAULT_MODEL)
    name = f"tflm/model/{DEFAULT_MODEL} (the default model)"
    if not resource.is_file():
        raise ModelError(f"This installation of tflm has no default model ({name} is missing).",
                         hint="Give one with --model PATH (train one with `tflm train CORPUS -o MODEL`).")
    return _from_arrays(_read_arrays(io.BytesIO(resource.read_bytes()), name), name)
