"""Learning the relational SPN: LearnRSPN's structure (:mod:`tflm.model.structure`), spflow's
LearnSPN for every class SPN, and the line class.

The line class of a program cluster is one LearnSPN per value of the bug indicator B: ``f_0`` on
the lines with B = 0 of all its scopes (shared by its scope clusters, so that "this scope's lines
look like lines of a failing function" is counted once, by the scope's own attributes, and not
once per line), ``f_1`` on the bug lines. A joint LearnSPN would split the rare B off as
independent (see the spflow note). Scope clusters that hold bugs get the count template ("k of
these lines are bugs", k drawn from the cluster's counts), the others the product template with
B = 1 impossible. Then ``f_0`` and ``f_1`` are fine-tuned discriminatively
(:mod:`tflm.model.finetune`) and compiled to numpy.

Importing this module imports torch and spflow.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import torch

from tflm.model.finetune import ScopeFactor, finetune_pair
from tflm.model.spflow_learn import learn_module
from tflm.model.structure import Plan, find_structure
from tflm.spn.compiled import CompiledSPN, merge
from tflm.spn.convert import compile_spflow
from tflm.spn.relational import COUNT, IID, RelationalSPN

IntArray = npt.NDArray[np.int64]
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Settings:
    relational: bool = True
    program_depth: int = 0
    scope_depth: int = 0
    min_programs: int = 200
    min_scopes: int = 200
    spn_min_instances: int = 300
    max_rows: int = 10000
    threshold: float = 0.3
    alpha: float = 0.5
    count_template: bool = True
    scope_count: bool = True
    max_bugs: int = 1
    finetune_epochs: int = 4
    finetune_lr: float = 0.03
    finetune_programs: int = 3000
    held_out_share: float = 0.15
    seed: int = 0


@dataclass
class Codes:
    """Discretized training data. Lines: ``line`` codes, labels ``y``, ``line_scope`` and
    ``line_program`` (global indices), ``candidate`` (some failing test ran the line);
    scopes: ``scope`` codes, ``scope_program``; programs: ``program`` codes and
    ``program_group`` (subject index, for held-out choices); ``*_cards`` per column."""

    line: IntArray
    y: npt.NDArray[np.bool_]
    line_scope: IntArray
    line_program: IntArray
    candidate: npt.NDArray[np.bool_]
    scope: IntArray
    scope_program: IntArray
    program: IntArray
    program_group: IntArray
    line_cards: IntArray
    scope_cards: IntArray
    program_cards: IntArray


class _Learner:
    """Counts the spflow calls for progress and seeds each one differently."""

    def __init__(self, settings: Settings, total: int, progress: Progress | None) -> None:
        self.settings = settings
        self.total = total
        self.done = 0
        self.report = progress or (lambda _stage, _done, _total: None)
        self.rng = np.random.default_rng(settings.seed)

    def module(self, rows: IntArray, data: IntArray, cards: IntArray, stage: str) -> Any:
        s = self.settings
        if rows.size > s.max_rows:
            rows = np.sort(self.rng.choice(rows, s.max_rows, replace=False))
        module = learn_module(data[rows], [int(k) for k in cards], min_instances=s.spn_min_instances,
                              threshold=s.threshold, alpha=s.alpha, sample_rows=4000, seed=s.seed + self.done)
        self.step(stage)
        return module

    def step(self, stage: str) -> None:
        self.done += 1
        self.report(stage, self.done, self.total)


def learn_rspn(codes: Codes, settings: Settings, progress: Progress | None = None) -> tuple[RelationalSPN, dict[str, Any]]:
    """The relational SPN learned from ``codes``, and a summary of its structure and learning."""
    torch.set_num_threads(1)
    plan = find_structure(codes, settings)
    C, Q = len(plan.program_clusters), len(plan.scope_clusters)
    finetuned = settings.finetune_epochs > 0
    # program and scope SPNs; f_0 and f_1 per program cluster and a step per scope cluster; epochs
    total = (C + Q if settings.relational else 0) + 2 * C + Q + (C * settings.finetune_epochs if finetuned else 0)
    learner = _Learner(settings, total, progress)
    program_spns: list[CompiledSPN] = []
    program_root = np.full(C, -1, dtype=np.int64)
    scope_root = np.full(Q, -1, dtype=np.int64)
    scope_modules: list[Any] = []
    if settings.relational:
        for c, programs in enumerate(plan.program_clusters):
            program_root[c] = len(program_spns)
            program_spns.append(compile_spflow(learner.module(programs, codes.program, codes.program_cards,
                                                              "program SPNs")))
        for q, (_, scopes, _) in enumerate(plan.scope_clusters):
            scope_root[q] = q
            scope_modules.append(learner.module(scopes, codes.scope, codes.scope_cards, "scope SPNs"))
    lines = _lines_by_scope_cluster(codes, plan)
    line = _line_class(codes, plan, lines, settings, learner, scope_modules)
    scope_spns = [compile_spflow(m) for m in scope_modules]  # after fine-tuning
    program_sizes = np.array([p.size for p in plan.program_clusters], dtype=np.float64)
    scope_cluster = np.array([c for c, _, _ in plan.scope_clusters], dtype=np.int64)
    scope_sizes = np.array([s.size for _, s, _ in plan.scope_clusters], dtype=np.float64)
    scope_buggy = np.array([holds for _, _, holds in plan.scope_clusters], dtype=bool)
    counted = settings.relational and settings.count_template and settings.scope_count
    # v_q: normalized within the program cluster, or within its bug-holding (clean) clusters.
    group = scope_cluster * 2 + (scope_buggy if counted else 0)
    per_group = np.bincount(group, weights=scope_sizes, minlength=2 * C)
    model = RelationalSPN(
        program_log_weight=np.log(program_sizes / codes.program.shape[0]),
        program_root=program_root,
        scope_cluster=scope_cluster,
        scope_log_weight=np.log(scope_sizes / per_group[group]),
        scope_root=scope_root,
        line_template=line["template"],
        line_log_prior=line["log_prior"],
        line_log_count=line["log_count"],
        line_root=line["root"],
        line_spns=merge(line["spns"]),
        scope_spns=merge(scope_spns) if scope_spns else None,
        program_spns=merge(program_spns) if program_spns else None,
        scope_log_count=_scope_log_count(codes, plan, settings.max_bugs) if counted else None,
        scope_buggy=scope_buggy if counted else None,
    )
    summary = {
        "program_clusters": C,
        "scope_clusters": Q,
        "scope_clusters_per_program_cluster": np.bincount(scope_cluster, minlength=C).tolist(),
        "line_bug_rate_per_scope_cluster": [float(np.exp(v)) for v in line["log_prior"][:, 1]],
        "nodes": {"line": model.line_spns.n_nodes,
                  "scope": model.scope_spns.n_nodes if model.scope_spns else 0,
                  "program": model.program_spns.n_nodes if model.program_spns else 0},
        "finetune": line["finetune"],
    }
    return model, summary


def _scope_log_count(codes: Codes, plan: Plan, max_scopes: int) -> npt.NDArray[np.float64]:
    """log r_c(k): the share of the programs of cluster c with k scopes holding a bug line (k
    capped at ``max_scopes``)."""
    bug_scopes = np.unique(codes.line_scope[codes.y])
    per_program = np.bincount(codes.scope_program[bug_scopes], minlength=codes.program.shape[0])
    out = np.empty((len(plan.program_clusters), max_scopes + 1))
    for c, programs in enumerate(plan.program_clusters):
        k = np.minimum(per_program[programs], max_scopes)
        with np.errstate(divide="ignore"):
            out[c] = np.log(np.bincount(k, minlength=max_scopes + 1) / k.size)
    return out


def _lines_by_scope_cluster(codes: Codes, plan: Plan) -> list[IntArray]:
    out = []
    for _, scopes, _ in plan.scope_clusters:
        inside = np.zeros(codes.scope.shape[0], dtype=bool)
        inside[scopes] = True
        out.append(np.flatnonzero(inside[codes.line_scope]))
    return out


def _line_class(codes: Codes, plan: Plan, lines: list[IntArray], settings: Settings, learner: _Learner,
                scope_modules: list[Any]) -> dict[str, Any]:
    """Line SPNs and templates of every scope cluster, program cluster by program cluster."""
    Q = len(plan.scope_clusters)
    root = np.full((Q, 2), -1, dtype=np.int64)
    template = np.full(Q, IID, dtype=np.int64)
    log_count = np.full((Q, settings.max_bugs + 1), -np.inf)
    with np.errstate(divide="ignore"):
        log_prior = np.log(np.array([[np.mean(~codes.y[ls]), np.mean(codes.y[ls])] for ls in lines]))
    spns: list[CompiledSPN] = []
    reports = []
    for c in range(len(plan.program_clusters)):
        members = [q for q in range(Q) if plan.scope_clusters[q][0] == c]
        every = np.concatenate([lines[q] for q in members])
        negatives = every[~codes.y[every]]
        positives = every[codes.y[every]]
        f0 = learner.module(negatives, codes.line, codes.line_cards, "line SPNs")
        f1 = learner.module(positives, codes.line, codes.line_cards, "line SPNs") if positives.size else None
        if f1 is not None and settings.finetune_epochs > 0:
            buggy = [q for q in members if plan.scope_clusters[q][2]]
            clean = [q for q in members if not plan.scope_clusters[q][2]]
            pair = None
            if scope_modules and len(buggy) == 1 and len(clean) == 1:
                # One cluster with bugs, one without: the scope factor of the objective is exact.
                pair = ScopeFactor(scope_modules[buggy[0]], scope_modules[clean[0]], codes.line_scope, codes.scope,
                                   np.bincount(codes.line_scope, minlength=codes.scope.shape[0]))
            reports.append(_finetune(codes, plan, c, f0, f1, settings, learner, pair))
        spns.append(compile_spflow(f0))
        zero = len(spns) - 1
        if f1 is not None:
            spns.append(compile_spflow(f1))
        for q in members:
            root[q, 0] = zero
            if not np.isfinite(log_prior[q, 1]):
                continue
            root[q, 1] = len(spns) - 1
            if settings.relational and settings.count_template and plan.scope_clusters[q][2]:
                # Every scope of this cluster holds a bug line: "k of its lines", k = 1..max_bugs.
                per_scope = np.bincount(codes.line_scope[lines[q][codes.y[lines[q]]]])
                k = np.minimum(per_scope[per_scope > 0], settings.max_bugs)
                template[q] = COUNT
                with np.errstate(divide="ignore"):
                    log_count[q] = np.log(np.bincount(k, minlength=settings.max_bugs + 1) / k.size)
        for q in members:
            learner.step("line SPNs")
    return {"root": root, "template": template, "log_prior": log_prior, "log_count": log_count, "spns": spns,
            "finetune": reports}


def _finetune(codes: Codes, plan: Plan, c: int, f0: Any, f1: Any, settings: Settings, learner: _Learner,
              scope: ScopeFactor | None) -> dict[str, Any]:
    """Fine-tune f0 and f1 of program cluster ``c`` on its programs' candidate lines, choosing the
    epoch on the programs of a seeded share of the subjects."""
    programs = plan.program_clusters[c]
    keep = codes.candidate | codes.y
    in_cluster = np.zeros(codes.program.shape[0], dtype=bool)
    in_cluster[programs] = True
    rows = np.flatnonzero(keep & in_cluster[codes.line_program])
    order = np.argsort(codes.line_program[rows], kind="stable")
    rows = rows[order]
    owners, starts = np.unique(codes.line_program[rows], return_index=True)
    groups = [g for g in np.split(rows, starts[1:]) if codes.y[g].any()]
    owner_of = np.array([codes.line_program[g[0]] for g in groups], dtype=np.int64)
    subjects = np.unique(codes.program_group[programs])
    rng = np.random.default_rng(settings.seed + 17)
    n_held = int(round(settings.held_out_share * subjects.size)) if subjects.size > 2 else 0
    held_subjects = rng.choice(subjects, n_held, replace=False) if n_held else np.zeros(0, dtype=np.int64)
    held_out = np.isin(codes.program_group[owner_of], held_subjects)
    return finetune_pair(f0, f1, codes.line, codes.y, groups, held_out, epochs=settings.finetune_epochs,
                         lr=settings.finetune_lr, seed=settings.seed, scope=scope,
                         max_programs=settings.finetune_programs,
                         progress=lambda _epoch, _total: learner.step("fine-tuning line SPNs"))
