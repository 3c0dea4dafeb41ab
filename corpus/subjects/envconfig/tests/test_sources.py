import pytest

from envconfig import EnvSource, MappingSource, SourceError


def test_env_source_prefix_and_nesting(env_source):
    assert env_source.load() == {
        "db.password": "hunter2",
        "db.port": "7000",
        "debug": "yes",
        "workers.ports": "8001; 8002",
    }


def test_env_source_prefix_case_insensitive():
    source = EnvSource({"app_x": "1", "APP_": "bare", "APPLE": "no"}, prefix="app_")
    assert source.load() == {"x": "1"}


def test_env_source_without_prefix_and_custom_separator():
    source = EnvSource({"A.B": "1", "C": "2"}, separator=".")
    assert source.load() == {"a.b": "1", "c": "2"}


@pytest.mark.parametrize(
    "environ, message",
    [
        ({"P_DB": "x", "P_DB__HOST": "y"}, "'P_DB__HOST' nests under 'db', which already has a value"),
        ({"P_A__B__C": "x", "P_A__B": "y"}, "'P_A__B__C' nests under 'a.b'"),
        ({"P_A____B": "x"}, "empty segment"),
        ({"P___A": "x"}, "empty segment"),
        ({"P_X": "1", "p_x": "2"}, "duplicate key 'x'"),
    ],
)
def test_env_source_conflicts(environ, message):
    with pytest.raises(SourceError, match=message):
        EnvSource(environ, prefix="P_").load()


def test_env_source_parent_after_child_conflict():
    source = EnvSource({"B__C": "1", "b": "2"}, name="envy")
    with pytest.raises(SourceError, match="envy: 'b' conflicts with nested keys under it"):
        source.load()


def test_env_source_requires_separator():
    with pytest.raises(ValueError, match="separator must not be empty"):
        EnvSource({}, separator="")


def test_mapping_source_flattens(file_source):
    assert file_source.load() == {"db.host": "db.internal", "db.port": 6000, "http.timeout": 5, "log.level": "error"}


def test_mapping_source_keeps_empty_mapping_and_lists():
    source = MappingSource({"Opts": {}, "List": [1, {"a": 2}]})
    assert source.load() == {"opts": {}, "list": [1, {"a": 2}]}


def test_mapping_source_dotted_keys():
    source = MappingSource({"db.host": "h", "db": {"port": 1}}, dotted_keys=True)
    assert source.load() == {"db.host": "h", "db.port": 1}
    plain = MappingSource({"db.host": "h"})
    with pytest.raises(SourceError):
        MappingSource({"a..b": 1}, dotted_keys=True).load()
    assert plain.load() == {"db.host": "h"}


@pytest.mark.parametrize(
    "data, message",
    [
        ({1: "x"}, "keys must be strings, got 1"),
        ({"": 1}, "empty segment"),
        ({"a": 1, "A": 2}, "duplicate key 'a'"),
    ],
)
def test_mapping_source_errors(data, message):
    with pytest.raises(SourceError, match=message):
        MappingSource(data, name="cfg").load()


def test_mapping_source_requires_mapping():
    with pytest.raises(SourceError, match="f: expected a mapping, got list"):
        MappingSource([], name="f")
