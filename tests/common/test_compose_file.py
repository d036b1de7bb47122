"""docker-compose.yml is checked structurally here, because these machines have no compose plugin."""

import importlib.util
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def compose():
    return yaml.safe_load((REPO / "docker-compose.yml").read_text())


def test_compose_runs_official_images(compose):
    services = compose["services"]

    assert services["neo4j"]["image"].startswith("neo4j:5.26")
    assert services["kafka"]["image"].startswith("apache/kafka:4.")


def test_compose_commands_name_real_modules(compose):
    for name, service in compose["services"].items():
        command = service.get("command")
        if not isinstance(command, list):
            continue
        module = command[command.index("-m") + 1] if "-m" in command else command[1].split(":")[0]

        assert importlib.util.find_spec(module) is not None, f"service {name} runs missing module {module}"


def test_compose_requires_signing_key(compose):
    gateway_env = compose["services"]["gateway"]["environment"]

    assert gateway_env["TRAILMAP_GATEWAY_SIGNING_KEY"].startswith("${TRAILMAP_GATEWAY_SIGNING_KEY:?")


@pytest.mark.skipif(shutil.which("docker") is None, reason="no docker client")
def test_compose_config_when_plugin_exists(tmp_path):
    probe = subprocess.run(["docker", "compose", "version"], capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip("docker client has no compose plugin")

    result = subprocess.run(["docker", "compose", "-f", str(REPO / "docker-compose.yml"), "config", "--quiet"],
                            capture_output=True, text=True,
                            env={"TRAILMAP_DATA_DIR": str(tmp_path), "TRAILMAP_GATEWAY_SIGNING_KEY": "x" * 40,
                                 "PATH": "/usr/bin:/bin:/usr/local/bin"})

    assert result.returncode == 0, result.stderr
