from dataclasses import dataclass

import pytest

from templite import Template


@dataclass
class User:
    name: str
    age: int
    _secret: str = "hidden"


@pytest.fixture
def user():
    return User("Ada", 36)


@pytest.fixture
def render_text():
    def render(source, **context):
        return Template(source).render(context)

    return render
