"""The Tractable Fault Localization Model as an estimator: hyperparameters in ``__init__``,
learning in :meth:`TFLM.fit`, exact inference afterwards.

Fitting imports torch and spflow (inside :meth:`TFLM.fit`); a fitted or loaded model computes
with numpy only.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import asdict
from typing import Any

import numpy as np
import numpy.typing as npt

from tflm.errors import ModelError, NotFittedError
from tflm.features import SCHEMA_VERSION, FeatureTable
from tflm.model.data import LabelledProgram, digest, stack
from tflm.model.discretize import Discretizer, fit_discretizer
from tflm.spn.relational import Evidence, Posterior, RelationalSPN, evaluate, posterior

Progress = Callable[[str, int, int], None]


def check_is_fitted(model: TFLM) -> None:
    if getattr(model, "rspn_", None) is None:
        raise NotFittedError(
            "This TFLM is not fitted yet: call fit() with training programs, or load a model file.",
            hint="Train one with `tflm train CORPUS -o MODEL`.",
        )


class TFLM:
    """A relational sum-product network over Program > Scope > Line (see ``docs/model.md``).

    Hyperparameters: ``relational`` (False: the line-level SPN alone, one cluster, no scope or
    program evidence); ``n_bins`` (bins per line and scope feature; program features get half);
    ``alpha`` (add-alpha smoothing of every categorical leaf); ``program_depth`` and
    ``scope_depth`` (how many times LearnRSPN may split the programs, and the scopes on each side
    of the holds-a-bug split, in two); ``min_programs``/``min_scopes`` (smallest cluster);
    ``spn_min_instances`` (spflow's ``min_instances_slice``: no instance clustering below it);
    ``max_rows`` (rows sampled to learn one class SPN); ``threshold`` (dependence above which
    variables are not split apart); ``template`` (``count``: a buggy scope holds 1..``max_bugs``
    bug lines, which compete; ``iid``: independent lines); ``scope_template`` (``count``: a
    program holds 1..``max_bugs`` faulty scopes, which compete; ``iid``: scopes independent given
    the program's cluster; only with the relational model and the line count template);
    ``finetune_epochs``, ``finetune_lr`` and ``finetune_programs`` (discriminative fine-tuning of
    the line SPNs: epochs, 0 for maximum likelihood only; Adam's step; training programs sampled
    per epoch); ``at_least_one`` (condition posteriors on "the program holds at least one bug" by
    default); ``seed``.

    Fitted attributes: ``rspn_``, ``line_discretizer_``, ``scope_discretizer_``,
    ``program_discretizer_``, ``training_`` (what it was trained on) and ``structure_``.
    """

    rspn_: RelationalSPN
    line_discretizer_: Discretizer
    scope_discretizer_: Discretizer
    program_discretizer_: Discretizer
    training_: dict[str, Any]
    structure_: dict[str, Any]
    heldout_: dict[str, Any] | None
    header_: dict[str, Any]

    def __init__(self, *, relational: bool = True, n_bins: int = 8, alpha: float = 0.5, program_depth: int = 0,
                 scope_depth: int = 0, min_programs: int = 200, min_scopes: int = 200, spn_min_instances: int = 300,
                 max_rows: int = 10000, threshold: float = 0.3, template: str = "count", max_bugs: int = 1,
                 scope_template: str = "count", finetune_epochs: int = 4, finetune_lr: float = 0.03,
                 finetune_programs: int = 3000, at_least_one: bool = True,
                 seed: int = 0) -> None:
        self.relational = relational
        self.n_bins = n_bins
        self.alpha = alpha
        self.program_depth = program_depth
        self.scope_depth = scope_depth
        self.min_programs = min_programs
        self.min_scopes = min_scopes
        self.spn_min_instances = spn_min_instances
        self.max_rows = max_rows
        self.threshold = threshold
        self.template = template
        self.max_bugs = max_bugs
        self.scope_template = scope_template
        self.finetune_epochs = finetune_epochs
        self.finetune_lr = finetune_lr
        self.finetune_programs = finetune_programs
        self.at_least_one = at_least_one
        self.seed = seed

    def get_params(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in _PARAMS}

    def _validate_params(self) -> None:
        checks = [
            ("n_bins", isinstance(self.n_bins, int) and self.n_bins >= 2, "a whole number >= 2"),
            ("alpha", isinstance(self.alpha, (int, float)) and self.alpha > 0, "a number > 0"),
            ("program_depth", isinstance(self.program_depth, int) and self.program_depth >= 0, "a whole number >= 0"),
            ("scope_depth", isinstance(self.scope_depth, int) and self.scope_depth >= 0, "a whole number >= 0"),
            ("min_programs", isinstance(self.min_programs, int) and self.min_programs >= 1, "a whole number >= 1"),
            ("min_scopes", isinstance(self.min_scopes, int) and self.min_scopes >= 1, "a whole number >= 1"),
            ("spn_min_instances", isinstance(self.spn_min_instances, int) and self.spn_min_instances >= 2,
             "a whole number >= 2"),
            ("max_rows", isinstance(self.max_rows, int) and self.max_rows >= 10, "a whole number >= 10"),
            ("threshold", isinstance(self.threshold, (int, float)) and 0 < self.threshold <= 1, "a number in (0, 1]"),
            ("template", self.template in ("count", "iid"), "'count' or 'iid'"),
            ("scope_template", self.scope_template in ("count", "iid"), "'count' or 'iid'"),
            ("max_bugs", isinstance(self.max_bugs, int) and self.max_bugs >= 1, "a whole number >= 1"),
            ("finetune_epochs", isinstance(self.finetune_epochs, int) and self.finetune_epochs >= 0,
             "a whole number >= 0"),
            ("finetune_programs", isinstance(self.finetune_programs, int) and self.finetune_programs >= 1,
             "a whole number >= 1"),
            ("finetune_lr", isinstance(self.finetune_lr, (int, float)) and self.finetune_lr > 0, "a number > 0"),
        ]
        for name, ok, expected in checks:
            if not ok:
                raise ValueError(f"The '{name}' hyperparameter must be {expected}. Got {getattr(self, name)!r} instead.")

    def fit(self, programs: Sequence[LabelledProgram], progress: Progress | None = None,
            corpus: str | None = None) -> TFLM:
        """Learn from labelled programs (at least one bug line among them). ``corpus`` is only
        recorded. Returns ``self``."""
        from tflm.model.learn import Codes, Settings, learn_rspn

        self._validate_params()
        if not programs:
            raise ValueError("fit needs at least one labelled program. Got none.")
        started = time.perf_counter()
        data = stack(programs)
        if not data.y.any():
            raise ValueError("The training programs hold no bug line among their executed lines; nothing to learn.")
        scope_bug = np.bincount(data.line_scope[data.y], minlength=data.X_scope.shape[0]) > 0
        self.line_discretizer_ = fit_discretizer(data.X_line, data.line_names, n_bins=self.n_bins, positive=data.y)
        self.scope_discretizer_ = fit_discretizer(data.X_scope, data.scope_names, n_bins=self.n_bins,
                                                  positive=scope_bug)
        self.program_discretizer_ = fit_discretizer(data.X_program, data.program_names,
                                                    n_bins=max(2, self.n_bins // 2))
        subjects = {name: i for i, name in enumerate(sorted({p.subject for p in programs}))}
        ef_share = data.line_names.index("ef_share") if "ef_share" in data.line_names else None
        codes = Codes(
            line=self.line_discretizer_.transform(data.X_line), y=data.y, line_scope=data.line_scope,
            line_program=data.line_program,
            candidate=(data.X_line[:, ef_share] > 0) if ef_share is not None else np.ones(data.y.size, dtype=bool),
            scope=self.scope_discretizer_.transform(data.X_scope), scope_program=data.scope_program,
            program=self.program_discretizer_.transform(data.X_program),
            program_group=np.array([subjects[p.subject] for p in programs], dtype=np.int64),
            line_cards=self.line_discretizer_.cards, scope_cards=self.scope_discretizer_.cards,
            program_cards=self.program_discretizer_.cards)
        settings = Settings(relational=self.relational, program_depth=self.program_depth,
                            scope_depth=self.scope_depth, min_programs=self.min_programs,
                            min_scopes=self.min_scopes, spn_min_instances=self.spn_min_instances,
                            max_rows=self.max_rows, threshold=self.threshold, alpha=float(self.alpha),
                            count_template=self.template == "count", scope_count=self.scope_template == "count",
                            max_bugs=self.max_bugs,
                            finetune_epochs=self.finetune_epochs, finetune_lr=float(self.finetune_lr),
                            finetune_programs=self.finetune_programs, seed=self.seed)
        self.rspn_, self.structure_ = learn_rspn(codes, settings, progress)
        self.training_ = {
            "corpus": corpus,
            "cases": len(programs),
            "subjects": len({p.subject for p in programs}),
            "lines": int(data.y.size),
            "bug_lines": int(data.y.sum()),
            "hash": digest(programs),
            "seconds": round(time.perf_counter() - started, 1),
            "settings": asdict(settings),
        }
        return self

    # --- inference (numpy only) ----------------------------------------------------------

    def _check_table(self, table: FeatureTable) -> None:
        check_is_fitted(self)
        if table.schema_version != SCHEMA_VERSION:
            raise ModelError(f"The feature table has schema version {table.schema_version}; this tflm computes "
                             f"version {SCHEMA_VERSION}.")
        for level, names, disc in (("line", table.line_names, self.line_discretizer_),
                                   ("scope", table.scope_names, self.scope_discretizer_),
                                   ("program", table.program_names, self.program_discretizer_)):
            if tuple(names) != disc.names:
                raise ModelError(f"The model was trained on other {level} features than this tflm computes.",
                                 hint="Retrain it with `tflm train` (or use a model made for this version).")

    def evidence(self, table: FeatureTable, *, hide: dict[str, Sequence[str]] | None = None,
                 hide_lines: npt.NDArray[np.bool_] | None = None) -> Evidence:
        """The class SPNs evaluated on ``table``. ``hide`` maps a level (line, scope, program) to
        feature names treated as unknown (marginalized); with ``hide_lines`` (n_lines,), the line
        features are hidden on those lines only."""
        self._check_table(table)
        line_codes = self.line_discretizer_.transform(table.X_line.reshape(-1, len(table.line_names)))
        scope_codes = self.scope_discretizer_.transform(table.X_scope.reshape(-1, len(table.scope_names)))
        program_codes = self.program_discretizer_.transform(table.x_program.reshape(1, -1))[0]
        for level, names in (hide or {}).items():
            disc = {"line": self.line_discretizer_, "scope": self.scope_discretizer_,
                    "program": self.program_discretizer_}[level]
            columns = np.array([disc.names.index(n) for n in names], dtype=np.int64)
            if level == "line":
                rows = np.ones(line_codes.shape[0], dtype=bool) if hide_lines is None else hide_lines
                line_codes[np.ix_(rows, columns)] = -1
            elif level == "scope":
                scope_codes[:, columns] = -1
            else:
                program_codes[columns] = -1
        return evaluate(self.rspn_, line_codes, table.line_scope, scope_codes, program_codes)

    def posterior(self, table: FeatureTable, *, not_bug: npt.NDArray[np.bool_] | None = None,
                  at_least_one: bool | None = None, evidence: Evidence | None = None) -> Posterior:
        """Exact posteriors of every line and scope of ``table`` (see :func:`tflm.spn.relational.posterior`)."""
        check_is_fitted(self)
        ev = evidence if evidence is not None else self.evidence(table)
        return posterior(self.rspn_, ev, not_bug=not_bug,
                         at_least_one=self.at_least_one if at_least_one is None else at_least_one)

    def predict_proba(self, table: FeatureTable, *, not_bug: npt.NDArray[np.bool_] | None = None) -> npt.NDArray[np.float64]:
        """P(B_l = 1 | evidence) for every row of ``table.lines``, shape (n_lines,)."""
        return self.posterior(table, not_bug=not_bug).line

    @property
    def rspn(self) -> RelationalSPN:
        check_is_fitted(self)
        return self.rspn_

    @property
    def discretizers(self) -> tuple[Discretizer, Discretizer, Discretizer]:
        check_is_fitted(self)
        return self.line_discretizer_, self.scope_discretizer_, self.program_discretizer_


_PARAMS = ("relational", "n_bins", "alpha", "program_depth", "scope_depth", "min_programs", "min_scopes",
           "spn_min_instances", "max_rows", "threshold", "template",
           "max_bugs", "scope_template", "finetune_epochs", "finetune_lr", "finetune_programs", "at_least_one", "seed")
