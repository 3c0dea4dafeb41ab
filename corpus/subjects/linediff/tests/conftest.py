import pytest


@pytest.fixture
def old_lines():
    return ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]


@pytest.fixture
def new_lines():
    return ["a", "B", "c", "d", "e", "f", "g", "h", "I", "j", "k"]


@pytest.fixture
def old_text(old_lines):
    return "".join(line + "\n" for line in old_lines)


@pytest.fixture
def new_text(new_lines):
    return "".join(line + "\n" for line in new_lines)


@pytest.fixture
def two_hunk_patch():
    return (
        "diff --git a/f.txt b/f.txt\n"
        "--- a/f.txt\t2024-01-01 10:00:00\n"
        "+++ b/f.txt\n"
        "@@ -1,4 +1,4 @@\n"
        " a\n"
        "-b\n"
        "+B\n"
        " c\n"
        " d\n"
        "@@ -7,4 +7,5 @@\n"
        " g\n"
        " h\n"
        "-i\n"
        "+I\n"
        " j\n"
        "+k\n"
    )
