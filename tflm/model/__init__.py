"""The Tractable Fault Localization Model: learning (``TFLM.fit``, which needs torch and spflow,
the ``train`` extra) and the model file; inference runs on numpy only (:mod:`tflm.spn`).

Importing this package never imports torch or spflow.
"""

from __future__ import annotations

from tflm.model.data import LabelledProgram
from tflm.model.estimator import TFLM, check_is_fitted
from tflm.model.io import default_model_available, load_default_model, load_model, save_model

__all__ = [
    "TFLM",
    "LabelledProgram",
    "check_is_fitted",
    "default_model_available",
    "load_default_model",
    "load_model",
    "save_model",
]
