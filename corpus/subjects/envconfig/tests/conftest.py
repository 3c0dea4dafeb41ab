import datetime as dt

import pytest

from envconfig import EnvSource, MappingSource, Setting, Spec


@pytest.fixture
def spec():
    return Spec(
        {
            "debug": Setting(bool, default=False, help="verbose logging"),
            "db.host": Setting(str, default="localhost"),
            "db.port": Setting(int, default=5432),
            "db.password": Setting(str, required=True, secret=True),
            "http.timeout": Setting(dt.timedelta, default="30s"),
            "http.ratio": Setting(float, default=0.5),
            "workers.queues": Setting(list, item=str, default="default"),
            "workers.ports": Setting(list, item=int, separator=";", default=None),
            "log.level": Setting(str, default="info", choices=("debug", "info", "error")),
        }
    )


@pytest.fixture
def file_source():
    return MappingSource(
        {"db": {"host": "db.internal", "port": 6000}, "http": {"timeout": 5}, "log": {"level": "error"}},
        name="file",
    )


@pytest.fixture
def env_source():
    return EnvSource(
        {
            "APP_DB__PORT": "7000",
            "APP_DB__PASSWORD": "hunter2",
            "APP_DEBUG": "yes",
            "APP_WORKERS__PORTS": "8001; 8002",
            "OTHER_VALUE": "ignored",
        },
        prefix="APP_",
    )
