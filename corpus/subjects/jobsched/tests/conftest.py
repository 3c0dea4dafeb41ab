import pytest

from jobsched import Job


@pytest.fixture
def pipeline():
    return [
        Job("fetch", 3, priority=1),
        Job("lint", 1),
        Job("build", 4, depends_on=("fetch",)),
        Job("test", 2, depends_on=("build",)),
        Job("docs", 2, depends_on=("fetch",)),
        Job("deploy", 1, depends_on=("test", "docs"), priority=5),
    ]
