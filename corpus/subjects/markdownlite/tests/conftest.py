import pytest

from markdownlite import BlockParser, InlineRenderer, markdown_to_html


@pytest.fixture
def md():
    return markdown_to_html


@pytest.fixture
def inline():
    return InlineRenderer().render


@pytest.fixture
def parser():
    return BlockParser()
