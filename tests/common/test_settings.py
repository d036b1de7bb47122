"""Settings validation names the variable and the fix."""

import pytest

from services.common.settings import ServiceSettings, SettingsError, load_settings


def test_bad_neo4j_uri_names_variable(monkeypatch):
    monkeypatch.setenv("NEO4J_URI", "http://localhost:7474")

    with pytest.raises(SettingsError) as error:
        load_settings(ServiceSettings)

    assert "NEO4J_URI" in str(error.value)
    assert "bolt://" in str(error.value)


def test_bad_kafka_bootstrap_names_variable(monkeypatch):
    monkeypatch.setenv("KAFKA_BOOTSTRAP", "localhost")

    with pytest.raises(SettingsError) as error:
        load_settings(ServiceSettings)

    assert "KAFKA_BOOTSTRAP" in str(error.value)
    assert "127.0.0.1:9092" in str(error.value)


def test_password_unset_means_no_auth(monkeypatch):
    monkeypatch.delenv("NEO4J_PASSWORD", raising=False)

    assert load_settings(ServiceSettings).neo4j_auth is None


@pytest.mark.parametrize("variable, value", [
    ("KAFKA_BOOTSTRAP", "host:99999"),
    ("KAFKA_BOOTSTRAP", "host:0"),
    ("NEO4J_URI", "bolt://"),
    ("NEO4J_URI", "bolt://host:notaport"),
])
def test_malformed_address_rejected(monkeypatch, variable, value):
    monkeypatch.setenv(variable, value)

    with pytest.raises(SettingsError) as error:
        load_settings(ServiceSettings)

    assert variable in str(error.value)


def test_empty_password_means_no_auth(monkeypatch):
    monkeypatch.setenv("NEO4J_PASSWORD", "")

    assert load_settings(ServiceSettings).neo4j_auth is None
