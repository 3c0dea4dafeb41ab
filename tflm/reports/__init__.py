"""Renderers of a :class:`tflm.localization.Localization`: text, JSON, CSV."""
