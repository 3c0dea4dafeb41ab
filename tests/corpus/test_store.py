"""The corpus store: spectra saved beside a case set read back exactly."""

from __future__ import annotations

from tflm.collect.runner import RunOptions, collect
from tflm.collect.spectrum import Spectrum
from tflm.corpus.store import load_spectrum, save_spectrum


def _same(a: Spectrum, b: Spectrum) -> bool:
    """Equal as far as the store keeps them (not a test's message or duration)."""
    def kept(s: Spectrum) -> dict[str, tuple[object, ...]]:
        return {t: (o.status, o.timed_out, o.crashed, o.exc_type, o.traceback) for t, o in s.outcomes.items()}

    return a.lines == b.lines and a.tests == b.tests and (a.matrix != b.matrix).nnz == 0 and kept(a) == kept(b)


def test_store_round_trips_a_spectrum(fixture_copy, tmp_path):
    project = fixture_copy("shapes")
    spectrum = collect(RunOptions(project=project)).spectrum
    save_spectrum(tmp_path / "case.npz", spectrum, {"case": "x"})
    loaded, meta = load_spectrum(tmp_path / "case.npz", project)
    assert meta["case"] == "x"
    assert _same(loaded, spectrum)
