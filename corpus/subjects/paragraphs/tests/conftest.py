import pytest

from paragraphs import LayoutOptions


@pytest.fixture
def fox_text():
    return "The quick brown fox jumps over the lazy dog and keeps running far away"


@pytest.fixture
def hard_wrapped():
    return (
        "Lorem ipsum dolor\n"
        "sit amet, consec-\n"
        "tetur adipiscing.\n"
        "\n"
        "   \n"
        "Second paragraph\n"
        "  with indented line.\n"
    )


@pytest.fixture
def narrow_options():
    return LayoutOptions(width=10, indent="> ", subsequent_indent="  ")
