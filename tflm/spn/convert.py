"""Compile a network learned by spflow 1.1.0 into a :class:`CompiledSPN` (training side only).

spflow modules compute tensors of shape (batch, features, channels, repetitions). This compiler
walks the module tree and gives every (feature, channel) output of every module one scalar node:
a leaf layer over F variables is F categorical leaves; a ``Product`` multiplies its input's
features (one output per channel); ``Cat`` stacks its inputs' outputs along features (dim 1) or
channels (dim 2); a ``Sum`` mixes its input's channels with its weights, per feature. Only one
repetition is supported (``learn_spn`` builds none other). The result computes exactly what
spflow computes, in float64.

Importing this module imports torch and spflow: :mod:`tflm.spn` itself never does.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import torch
from spflow.modules.leaves.categorical import Categorical
from spflow.modules.ops.cat import Cat
from spflow.modules.products.product import Product
from spflow.modules.sums.sum import Sum

from tflm.spn.compiled import CompiledSPN, SPNBuilder

Grid = list[list[int]]  # node ids by [feature][channel]


def compile_spflow(module: Any, builder: SPNBuilder | None = None) -> CompiledSPN:
    """The spflow network ``module`` (one output) as a :class:`CompiledSPN` with one root."""
    own = builder or SPNBuilder()
    grid = _compile(module, own)
    if len(grid) != 1 or len(grid[0]) != 1:
        raise ValueError(f"the network has {len(grid)} x {len(grid[0]) if grid else 0} outputs; one was expected")
    return own.build([grid[0][0]])


def _compile(module: Any, builder: SPNBuilder) -> Grid:
    if isinstance(module, Categorical):
        return _leaves(module, builder)
    if isinstance(module, Product):
        inputs = _compile(module.inputs, builder)
        channels = len(inputs[0])
        return [[builder.product([inputs[f][c] for f in range(len(inputs))]) for c in range(channels)]]
    if isinstance(module, Cat):
        children: Any = module.inputs
        parts = [_compile(child, builder) for child in children]
        if module.dim == 1:
            return [row for part in parts for row in part]
        if module.dim == 2:
            return [[node for part in parts for node in part[f]] for f in range(len(parts[0]))]
        raise ValueError(f"Cat along dimension {module.dim} is not supported")
    if isinstance(module, Sum):
        inputs = _compile(module.inputs, builder)
        log_w = module.log_weights.detach().to(torch.float64).cpu().numpy()  # (F, IC, OC, R)
        _single_repetition(log_w.shape[3], module)
        return [[builder.sum(inputs[f], log_w[f, :, o, 0]) for o in range(log_w.shape[2])]
                for f in range(log_w.shape[0])]
    raise TypeError(f"cannot compile spflow module {type(module).__name__}: only Categorical leaves, "
                    "Product, Sum and Cat are supported")


def _leaves(leaf: Categorical, builder: SPNBuilder) -> Grid:
    logp = torch.log_softmax(leaf.logits.detach().to(torch.float64), dim=-1).cpu().numpy()  # (F, C, R, K)
    _single_repetition(logp.shape[2], leaf)
    variables = list(leaf.scope.query)
    return [[builder.leaf(variables[f], logp[f, c, 0]) for c in range(logp.shape[1])] for f in range(logp.shape[0])]


def _single_repetition(repetitions: int, module: Any) -> None:
    if repetitions != 1:
        raise ValueError(f"{type(module).__name__} has {repetitions} repetitions; only one is supported")


def log_likelihood_spflow(module: Any, codes: np.ndarray) -> np.ndarray:
    """spflow's own log-likelihoods of ``codes`` (-1: missing), shape (n_rows,), in float64.

    Used to check the compiled network against spflow."""
    data = torch.as_tensor(np.where(codes < 0, np.nan, codes).astype(np.float64))
    previous = torch.get_default_dtype()
    torch.set_default_dtype(torch.float64)
    try:
        module = module.to(torch.float64)
        with torch.no_grad():
            ll = module.log_likelihood(data)
    finally:
        torch.set_default_dtype(previous)
    return np.asarray(ll.reshape(ll.shape[0], -1)[:, 0].cpu().numpy(), dtype=np.float64)
