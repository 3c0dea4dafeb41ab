import datetime as dt

import pytest

from envconfig import CastError, Secret, Setting, Spec
from envconfig.spec import MISSING


def test_setting_defaults():
    setting = Setting()
    assert setting.kind is str
    assert setting.default is MISSING
    assert repr(MISSING) == "MISSING"
    assert setting.has_default is False
    assert Setting(default=None).has_default is True


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"required": True, "default": 1}, "cannot have a default"),
        ({"kind": list, "separator": ""}, "need a separator"),
    ],
)
def test_setting_validation(kwargs, message):
    with pytest.raises(ValueError, match=message):
        Setting(**kwargs)


def test_setting_rejects_unknown_kind():
    with pytest.raises(TypeError, match="no caster"):
        Setting(kind=3)


@pytest.mark.parametrize(
    "setting, raw, expected",
    [
        (Setting(int), "8", 8),
        (Setting(list, item=int), "1, 2", [1, 2]),
        (Setting(list, separator="|"), "a|b", ["a", "b"]),
        (Setting(dt.timedelta), "2m", dt.timedelta(minutes=2)),
        (Setting(str, choices=("a", "b")), "b", "b"),
        (Setting(str.upper), "abc", "ABC"),
    ],
)
def test_setting_cast(setting, raw, expected):
    assert setting.cast(raw) == expected


def test_secret_setting_wraps_and_unwraps():
    setting = Setting(int, secret=True)
    assert setting.cast("12") == Secret(12)
    assert setting.cast(Secret("13")) == Secret(13)


def test_setting_cast_errors():
    with pytest.raises(CastError, match="'c' is not one of 'a', 'b'"):
        Setting(choices=("a", "b")).cast("c")
    with pytest.raises(CastError, match="invalid literal"):
        Setting(lambda raw: int(raw, 16) if raw else int("zz")).cast("")
    with pytest.raises(CastError, match="expected an integer"):
        Setting(int).cast("x")


@pytest.mark.parametrize("key", ["Debug", "1st", "db..host", "db.", "", "db-host"])
def test_spec_rejects_bad_keys(key):
    with pytest.raises(ValueError, match="invalid setting key"):
        Spec({key: Setting()})


def test_spec_rejects_non_settings_and_sections():
    with pytest.raises(TypeError, match="db: expected a Setting, got int"):
        Spec({"db": 5})
    with pytest.raises(ValueError, match="setting 'db' cannot also be a section"):
        Spec({"db": Setting(), "db.host": Setting()})


def test_spec_container_protocol(spec):
    assert len(spec) == 9
    assert list(spec)[:3] == ["db.host", "db.password", "db.port"]
    assert "db.port" in spec
    assert "db" not in spec
    assert spec["db.port"].default == 5432
    assert spec.secrets() == ["db.password"]


def test_spec_describe():
    spec = Spec(
        {
            "token": Setting(secret=True, default="abc"),
            "port": Setting(int, default=80, help="listen port"),
            "name": Setting(required=True),
            "extra": Setting(float),
        }
    )
    assert spec.describe() == [
        "extra (float, optional)",
        "name (str, required)",
        "port (int, default 80) - listen port",
        "token (str, optional)",
    ]
