import datetime as dt

import pytest

from envconfig import (
    Config,
    ConfigError,
    EnvSource,
    InvalidConfigError,
    MappingSource,
    MissingKeyError,
    Secret,
    Setting,
    Spec,
    load,
)


def test_layering_and_origins(spec, file_source, env_source):
    config = load(spec, file_source, env_source)
    assert config["db.host"] == "db.internal"
    assert config["db.port"] == 7000
    assert config["debug"] is True
    assert config["http.timeout"] == dt.timedelta(seconds=5)
    assert config["http.ratio"] == 0.5
    assert config["workers.queues"] == ["default"]
    assert config["workers.ports"] == [8001, 8002]
    assert config["log.level"] == "error"
    assert config["db.password"] == Secret("hunter2")
    assert [config.origin(key) for key in ("db.host", "db.port", "http.ratio", "log.level")] == [
        "file", "env", "default", "file",
    ]


def test_later_source_wins_order(spec, file_source, env_source):
    config = load(spec, env_source, file_source)
    assert config["db.port"] == 6000
    assert config.origin("db.port") == "file"


def test_missing_required_and_bad_values(spec):
    source = MappingSource({"db": {"port": "abc"}, "log": {"level": "trace"}}, name="f")
    with pytest.raises(InvalidConfigError) as info:
        load(spec, source)
    assert info.value.problems == {
        "db.password": "required setting is missing",
        "db.port": "expected an integer, got 'abc' (from f)",
        "log.level": "'trace' is not one of 'debug', 'info', 'error' (from f)",
    }
    assert str(info.value).startswith("3 invalid setting(s): db.password: required setting is missing; db.port:")
    assert isinstance(info.value, ConfigError)


def test_unknown_keys(spec, env_source):
    extra = MappingSource({"db": {"user": "x"}}, name="file")
    assert "db.user" not in load(spec, env_source, extra)
    with pytest.raises(InvalidConfigError) as info:
        load(spec, env_source, extra, allow_unknown=False)
    assert info.value.problems == {"db.user": "unknown setting (from file)"}


def test_optional_without_default_is_none():
    config = load(Spec({"name": Setting()}))
    assert config["name"] is None
    assert config.origin("name") == "default"


def test_repr_masks_secrets(spec, env_source):
    config = load(spec, env_source)
    text = repr(config)
    assert "hunter2" not in text
    assert "db.password=Secret('******')" in text
    assert text.startswith("Config(db.host='localhost', db.password=Secret('******'), db.port=7000, debug=True")
    assert config.reveal("db.password") == "hunter2"
    assert config.reveal("db.port") == 7000


def test_lookup_errors(spec, env_source):
    config = load(spec, env_source)
    with pytest.raises(MissingKeyError, match="no setting named 'db.user'"):
        config["db.user"]
    with pytest.raises(KeyError):
        config.origin("nope")
    with pytest.raises(MissingKeyError, match="no section named 'cache'"):
        config.section("cache")
    assert config.get("db.user") is None
    assert config.get("db.user", 1) == 1
    assert str(MissingKeyError()) == "missing key"


def test_section(spec, env_source):
    db = load(spec, env_source).section("db")
    assert list(db) == ["host", "password", "port"]
    assert db["port"] == 7000
    assert db.origin("host") == "default"
    assert len(db) == 3
    assert "port" in db


def test_as_dict(spec, env_source):
    config = load(spec, env_source)
    masked = config.as_dict()
    assert masked["db"] == {"host": "localhost", "password": Secret("hunter2"), "port": 7000}
    assert masked["log"] == {"level": "info"}
    assert config.as_dict(reveal=True)["db"]["password"] == "hunter2"
    assert sorted(masked) == ["db", "debug", "http", "log", "workers"]


def test_config_equality():
    assert Config({"a": 1}, {"a": "x"}) == Config({"a": 1}, {"a": "y"})
    assert Config({"a": 1}, {}) != {"a": 1}


def test_env_only_end_to_end():
    spec = Spec({"server.port": Setting(int, required=True), "server.tls": Setting(bool, default=False)})
    config = load(spec, EnvSource({"SVC_SERVER__PORT": "443", "SVC_SERVER__TLS": "on"}, prefix="SVC_"))
    assert config.as_dict() == {"server": {"port": 443, "tls": True}}
