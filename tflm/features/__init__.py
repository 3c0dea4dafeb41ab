"""Features of a failing program for the learned model: one row per executed line, per scope,
and one for the program (definitions and ranges in ``docs/features.md``).

``build_features(spectrum)`` is the one entry point; :class:`FeatureTable` saves to and loads
from plain numpy arrays (no pickle).
"""

from __future__ import annotations

from tflm.features.table import SCHEMA_VERSION, FeatureTable, build_features

__all__ = ["SCHEMA_VERSION", "FeatureTable", "build_features"]
