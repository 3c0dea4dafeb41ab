"""The wheel holds one top-level package, tflm, with cli/corpus/evaluation mapped inside it."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_has_only_tflm_at_top_level(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(tmp_path), str(ROOT)],
        capture_output=True, text=True,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    # build writes its intermediate tree next to the sources; it is ignored by git.
    wheel = next(tmp_path.glob("tflm-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    top = {name.split("/")[0] for name in names if not name.split("/")[0].endswith(".dist-info")}
    assert top == {"tflm"}
    for module in ["tflm/cli/main.py", "tflm/corpus/__init__.py", "tflm/evaluation/metrics.py",
                   "tflm/collect/plugin.py", "tflm/py.typed"]:
        assert module in names, module
    assert not any("/subjects/" in name for name in names)
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "tflm = tflm.cli.main:main" in zipfile.ZipFile(wheel).read(entry_points).decode()
