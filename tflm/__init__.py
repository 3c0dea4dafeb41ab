"""tflm: probabilistic fault localization for Python.

Kept free of heavy imports: ``tflm --help`` and the pytest plugin that runs inside the target
interpreter must not pay for numpy, scikit-learn or torch.
"""

from __future__ import annotations

__version__ = "0.1.0"
