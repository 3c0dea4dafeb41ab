"""Collecting spectra: one traced pytest run of a project, per-test coverage and outcomes.

Kept import-free on purpose: :mod:`tflm.collect.plugin` is loaded inside the target interpreter,
which may not have numpy; import :mod:`tflm.collect.runner` for :func:`collect`.
"""
