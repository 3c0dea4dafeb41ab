"""Corpus subjects from real code nobody here wrote: pinned PyPI source distributions.

``python -m tflm.evaluation.external_subjects -o DIR`` downloads each project's sdist from
files.pythonhosted.org, checks its sha256 against the pin below, unpacks it and lays it out as a
tflm corpus subject (see :mod:`tflm.corpus.subjects`): ``DIR/<name>/`` holding the package at the
top level (a ``src/`` layout is flattened), the project's own tests under ``tests/``, a
``pytest.ini`` and the project's licence file. Each subject runs offline with
``python -m pytest`` from its directory using only the standard library and pytest; the few test
files that cannot are left out, each with its reason in :data:`PROJECTS` and in the printed
summary. Nothing here is committed: the subjects live wherever ``-o`` points (the team uses
``/work/external/subjects``).

Projects considered and not used, and why:

- docopt 0.6.2: the sdist holds no tests.
- jmespath 1.1.0: the sdist's tests import ``tests/__init__.py`` and read ``tests/compliance/``,
  neither of which is shipped.
- tabulate 0.10.0: many tests exercise numpy, pandas or wcwidth when present (they are imported
  inside test functions, so dropping files would not remove them).
- more-itertools 11.2.1: its suite takes ~24 s untraced (765 tests, 21,194 subtests;
  ``test_primes`` alone 12 s), past the corpus's 2 s per-test limit and too slow to run once per case.
- toolz 1.2.0: installed in the tflm environment (a Dask dependency), so a missed import path
  would silently test the installed copy instead of the mutant.
"""

from __future__ import annotations

import argparse
import hashlib
import shutil
import sys
import tarfile
import tempfile
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

FILES_HOST = "https://files.pythonhosted.org/packages/"


@dataclass(frozen=True)
class Project:
    """One pinned sdist and how to turn its unpacked tree into a subject.

    ``copy`` maps paths inside the sdist's top directory to paths inside the subject;
    ``dropped`` maps subject-relative test files to the reason they are left out.
    """

    name: str
    version: str
    url_path: str
    """Path below :data:`FILES_HOST`."""
    sha256: str
    licence: str
    copy: dict[str, str]
    dropped: dict[str, str] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return FILES_HOST + self.url_path


PROJECTS: tuple[Project, ...] = (
    Project(
        name="cachetools", version="8.0.1", licence="MIT",
        url_path="06/ce/d7ce62d82ec620e3b08538ce8948f4b3d7cb33829fc274413560004edd6d/cachetools-8.0.1.tar.gz",
        sha256="deb1d376d4d28c2f33f3e3058043b005e0af75c35c094bd54053e27d2906ad95",
        copy={"src/cachetools": "cachetools", "tests": "tests", "LICENSE": "LICENSE"},
        dropped={
            "tests/test_threading.py": "ten threads meeting at barriers with 10 s waits: a mutant "
                                       "that breaks the lock blocks for the whole wait, and the "
                                       "outcome depends on thread scheduling",
        },
    ),
    Project(
        name="inflection", version="0.5.1", licence="MIT",
        url_path="e1/7e/691d061b7329bc8d54edbf0ec22fbfb2afe61facb681f9aaa9bff7a27d04/inflection-0.5.1.tar.gz",
        sha256="1a29730d366e996aaacffb2f1f1cb9593dc38e2ddd30c91250c6dde09ea9b417",
        copy={"inflection": "inflection", "test_inflection.py": "tests/test_inflection.py", "LICENSE": "LICENSE"},
    ),
    Project(
        name="isodate", version="0.7.2", licence="BSD-3-Clause",
        url_path="54/4d/e940025e2ce31a8ce1202635910747e5a87cc3a6a6bb2d00973375014749/isodate-0.7.2.tar.gz",
        sha256="4cd1aa0f43ca76f4a6c6c0292a85f40b35ec2e43e315b59f06e6d32171a953e6",
        copy={"src/isodate": "isodate", "tests": "tests", "LICENSE": "LICENSE"},
    ),
    Project(
        name="parse", version="1.22.4", licence="MIT",
        url_path="9e/0f/4bada23d2848aaa61f3577181dbd83895fa49fb9beb406835ed7eaca1b96/parse-1.22.4.tar.gz",
        sha256="706d458feed5a81b02768d3156e8070baf6cee7d150a3a3c0cd43101a875c3b5",
        copy={"parse": "parse", "tests": "tests", "LICENSE": "LICENSE"},
    ),
    Project(
        name="six", version="1.17.0", licence="MIT",
        url_path="94/e7/b2c673351809dca68a0e064b6af791aa332cf192da575fd474ed7d6f16a2/six-1.17.0.tar.gz",
        sha256="ff70335d468e7eb6ec65b95b99d3a2836546063f63acc5171de367e834932a81",
        copy={"six.py": "six.py", "test_six.py": "tests/test_six.py", "LICENSE": "LICENSE"},
    ),
)

# The projects' own pytest settings are not copied: some add --cov or doctest options that need
# plugins or files we do not ship. -p no:cacheprovider keeps a plain run from writing into the subject.
PYTEST_INI = """\
[pytest]
testpaths = tests
addopts = -p no:cacheprovider
"""


class DownloadError(RuntimeError):
    """An sdist that could not be fetched or whose bytes do not match the pinned sha256."""


def fetch(project: Project, cache: Path) -> Path:
    """The sdist of ``project`` in ``cache`` (downloaded when missing), its sha256 checked."""
    archive = cache / project.url.rsplit("/", 1)[1]
    if not archive.exists():
        with urllib.request.urlopen(project.url, timeout=60) as response:  # noqa: S310 (pinned https URL)
            data = response.read()
        partial = archive.with_suffix(".part")
        partial.write_bytes(data)
        partial.replace(archive)
    digest = hashlib.sha256(archive.read_bytes()).hexdigest()
    if digest != project.sha256:
        raise DownloadError(
            f"The sdist of {project.name} {project.version} has sha256 {digest}; expected {project.sha256}. "
            f"Delete {archive} and run again, or check the pin."
        )
    return archive


def lay_out(project: Project, archive: Path, target: Path) -> list[str]:
    """Unpack ``archive`` and write the subject into ``target`` (replaced). Returns its test files."""
    with tempfile.TemporaryDirectory(prefix=f"tflm-sdist-{project.name}-") as tmp:
        with tarfile.open(archive) as tar:
            tar.extractall(tmp, filter="data")
        top = Path(tmp) / next(p.name for p in Path(tmp).iterdir() if p.is_dir())
        if target.exists():
            shutil.rmtree(target)
        target.mkdir(parents=True)
        for source, destination in project.copy.items():
            origin, dest = top / source, target / destination
            dest.parent.mkdir(parents=True, exist_ok=True)
            if origin.is_dir():
                shutil.copytree(origin, dest, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
            else:
                shutil.copy2(origin, dest)
    for rel in project.dropped:
        (target / rel).unlink()
    (target / "pytest.ini").write_text(PYTEST_INI, encoding="utf-8")
    (target / "SOURCE.txt").write_text(
        f"{project.name} {project.version} ({project.licence}), unmodified except for the layout\n"
        f"{project.url}\nsha256 {project.sha256}\n", encoding="utf-8")
    return sorted(p.relative_to(target).as_posix() for p in (target / "tests").rglob("test_*.py"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tflm.evaluation.external_subjects", description=__doc__.split("\n")[0])
    parser.add_argument("-o", "--output", type=Path, required=True, help="directory to write the subjects into")
    parser.add_argument("--cache", type=Path, help="where to keep the downloaded sdists (default: OUTPUT/.sdists)")
    parser.add_argument("--only", nargs="*", default=None, help="lay out only these projects")
    args = parser.parse_args(argv)
    out: Path = args.output.resolve()
    cache: Path = (args.cache or out / ".sdists").resolve()
    cache.mkdir(parents=True, exist_ok=True)
    for project in PROJECTS:
        if args.only is not None and project.name not in args.only:
            continue
        archive = fetch(project, cache)
        tests = lay_out(project, archive, out / project.name)
        print(f"{project.name} {project.version} ({project.licence}): {len(tests)} test files -> {out / project.name}")
        for rel, why in project.dropped.items():
            print(f"    dropped {rel}: {why}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
