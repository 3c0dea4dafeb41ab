"""Discriminative fine-tuning of the line SPNs (Gens and Domingos, 2012): keep the structure
LearnSPN found, move the parameters towards the conditional likelihood of where the bugs are.

Maximum likelihood fits f_0 and f_1 (the line SPNs for B = 0 and B = 1) as densities; with
categorical leaves under few clusters that counts correlated evidence (Ochiai, Jaccard and their
ranks move together) several times. What ranking needs is the ratio f_1 / f_0 within a program, so
the parameters (leaf logits and sum-node weights, which stay normalized: the networks remain
distributions and inference stays exact) are fitted by gradient descent on

    - sum over programs of  log  sum_{bug lines l} r_l / sum_{candidate lines m} r_m,
      r_l = f_1(x_l) / f_0(x_l) * Q_1(x_s) / (Q_0(x_s) n_s)     (s: the scope of l, n_s its lines)

the model's own probability of the observed bug location given "exactly one bug in the program",
restricted to the candidate lines (lines some failing test executed, and the bug lines): with
one scope cluster that holds bugs (SPN ``Q_1``, count template) and one that does not (``Q_0``),
every other scope must be in the second and the bug's scope in the first with k = 1, which leaves
exactly these factors. Without the scope SPNs (the line-level model) the scope factor is 1. Maximum likelihood gives the starting point; Adam takes the steps; the
parameters of the epoch with the lowest loss on held-out subjects (never on the scored ones) are
kept.

Importing this module imports torch.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
import torch

IntArray = npt.NDArray[np.int64]


def _batches(groups: Sequence[IntArray], order: IntArray, rows_per_batch: int) -> list[list[IntArray]]:
    out, current, size = [], [], 0
    for i in order:
        current.append(groups[int(i)])
        size += groups[int(i)].size
        if size >= rows_per_batch:
            out.append(current)
            current, size = [], 0
    if current:
        out.append(current)
    return out


class ScopeFactor:
    """The scope SPNs of the cluster that holds bugs and of the one that does not, with each
    line's scope (global index), the scopes' codes and their numbers of lines."""

    def __init__(self, q1: Any, q0: Any, line_scope: IntArray, scope_codes: IntArray, scope_size: IntArray) -> None:
        self.q1, self.q0 = q1, q0
        self.line_scope, self.scope_codes, self.scope_size = line_scope, scope_codes, scope_size

    def parameters(self) -> list[Any]:
        return list(self.q1.parameters()) + list(self.q0.parameters())

    def __call__(self, rows: IntArray) -> torch.Tensor:
        scopes, inverse = np.unique(self.line_scope[rows], return_inverse=True)
        x = torch.as_tensor(self.scope_codes[scopes].astype(np.float64))
        per_scope = (self.q1.log_likelihood(x).reshape(-1) - self.q0.log_likelihood(x).reshape(-1)
                     - torch.log(torch.as_tensor(self.scope_size[scopes].astype(np.float64))))
        picked: torch.Tensor = per_scope[torch.as_tensor(inverse)]
        return picked


def _listwise_loss(f0: Any, f1: Any, codes: IntArray, y: npt.NDArray[np.bool_], batch: list[IntArray],
                   scope: ScopeFactor | None = None) -> torch.Tensor:
    """Mean over the batch's programs of -log P(the bug lines | exactly one bug)."""
    rows = np.concatenate(batch)
    owner = torch.as_tensor(np.repeat(np.arange(len(batch)), [b.size for b in batch]))
    x = torch.as_tensor(codes[rows].astype(np.float64))
    score = f1.log_likelihood(x).reshape(-1) - f0.log_likelihood(x).reshape(-1)
    if scope is not None:
        score = score + scope(rows)
    top = torch.zeros(len(batch), dtype=score.dtype).scatter_reduce(0, owner, score.detach(), reduce="amax",
                                                                    include_self=False)
    weight = torch.exp(score - top[owner])
    total = torch.zeros(len(batch), dtype=score.dtype).index_add(0, owner, weight)
    bugs = torch.zeros(len(batch), dtype=score.dtype).index_add(0, owner, weight * torch.as_tensor(y[rows]))
    return -(torch.log(bugs) - torch.log(total)).mean()


def finetune_pair(f0: Any, f1: Any, codes: IntArray, y: npt.NDArray[np.bool_], groups: Sequence[IntArray],
                  held_out: npt.NDArray[np.bool_], *, epochs: int, lr: float, seed: int,
                  scope: ScopeFactor | None = None, progress: Callable[[int, int], None] | None = None,
                  rows_per_batch: int = 4096, max_programs: int | None = None) -> dict[str, Any]:
    """Fine-tune the spflow modules ``f0`` and ``f1`` (and the scope SPNs of ``scope``) in place
    on ``groups`` (row indices into ``codes``, one array per program, each holding a bug line);
    ``held_out`` (len(groups),) marks the programs used only to choose the epoch. With
    ``max_programs``, each epoch steps through a fresh seeded sample of at most that many
    training programs, and the epoch is chosen on a fixed sample of at most a quarter of it, so
    the cost of fine-tuning stops growing with the corpus. Returns what happened."""
    previous = torch.get_default_dtype()
    torch.set_default_dtype(torch.float64)
    try:
        rng = np.random.default_rng(seed)
        fit = np.flatnonzero(~held_out)
        check = np.flatnonzero(held_out)
        per_epoch = fit.size if max_programs is None else min(fit.size, max_programs)
        if max_programs is not None and check.size > max(1, max_programs // 4):
            check = np.sort(rng.choice(check, max(1, max_programs // 4), replace=False))
        modules = [f0, f1] + ([scope.q1, scope.q0] if scope is not None else [])
        params = [p for m in modules for p in m.parameters() if p.requires_grad]
        optimizer = torch.optim.Adam(params, lr=lr)
        scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=max(1, epochs))

        def held_out_loss() -> float:
            if check.size == 0:
                return float("nan")
            with torch.no_grad():
                losses = [float(_listwise_loss(f0, f1, codes, y, b, scope)) * len(b)
                          for b in _batches(groups, check, rows_per_batch)]
            return sum(losses) / check.size

        best = held_out_loss()
        history = [best]
        best_state = [copy.deepcopy(m.state_dict()) for m in modules]
        best_epoch = 0
        for epoch in range(1, epochs + 1):
            for batch in _batches(groups, rng.permutation(fit)[:per_epoch], rows_per_batch):
                loss = _listwise_loss(f0, f1, codes, y, batch, scope)
                optimizer.zero_grad()
                loss.backward()  # type: ignore[no-untyped-call]  # torch leaves backward untyped
                optimizer.step()
            scheduler.step()
            current = held_out_loss()
            history.append(current)
            if not current >= best:  # also true while there is nothing held out (NaN)
                best, best_epoch = current, epoch
                best_state = [copy.deepcopy(m.state_dict()) for m in modules]
            if progress:
                progress(epoch, epochs)
        for module, state in zip(modules, best_state):
            module.load_state_dict(state)
        return {"epochs": epochs, "best_epoch": best_epoch, "held_out_loss": [round(v, 5) for v in history],
                "fit_programs": int(fit.size), "programs_per_epoch": int(per_epoch),
                "held_out_programs": int(check.size)}
    finally:
        torch.set_default_dtype(previous)
