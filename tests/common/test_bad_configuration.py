"""Bad configuration fails with a message that names the setting and the fix."""

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))

import stack  # noqa: E402  (scripts/stack.py, standard library only)


def test_missing_jar_cache_names_setting(tmp_path, monkeypatch):
    monkeypatch.setenv("TRAILMAP_JAR_CACHE", str(tmp_path / "empty-cache"))
    monkeypatch.setenv("TRAILMAP_STACK_DIR", str(tmp_path / "stack"))
    settings = stack.load_settings()

    with pytest.raises(stack.StackError) as error:
        stack.start_neo4j(settings)

    assert "TRAILMAP_JAR_CACHE" in str(error.value)
    assert "stack.py fetch" in str(error.value)


def test_port_in_use_names_setting(tmp_path):
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        env = dict(os.environ, TRAILMAP_STACK_DIR=str(tmp_path / "stack"), NEO4J_BOLT_PORT=str(port))

        result = subprocess.run([sys.executable, str(REPO / "scripts" / "stack.py"), "start", "neo4j"],
                                env=env, capture_output=True, text=True, timeout=120)

    assert result.returncode == 2
    assert f"port {port}" in result.stderr
    assert "NEO4J_BOLT_PORT" in result.stderr


def test_invalid_port_value_names_setting(tmp_path):
    env = dict(os.environ, TRAILMAP_STACK_DIR=str(tmp_path / "stack"), KAFKA_PORT="ninety")

    result = subprocess.run([sys.executable, str(REPO / "scripts" / "stack.py"), "status"],
                            env=env, capture_output=True, text=True, timeout=60)

    assert result.returncode == 2
    assert "KAFKA_PORT='ninety'" in result.stderr


def test_unreachable_neo4j_names_setting():
    env = dict(os.environ, NEO4J_URI="bolt://127.0.0.1:1")

    result = subprocess.run([sys.executable, "-m", "services.common.schema"], cwd=REPO,
                            env=env, capture_output=True, text=True, timeout=120)

    assert result.returncode == 1
    assert "NEO4J_URI" in result.stderr


def test_unreachable_kafka_names_setting():
    env = dict(os.environ, KAFKA_BOOTSTRAP="127.0.0.1:1")

    result = subprocess.run([sys.executable, "-m", "services.common.topics"], cwd=REPO,
                            env=env, capture_output=True, text=True, timeout=120)

    assert result.returncode == 1
    assert "KAFKA_BOOTSTRAP" in result.stderr


def test_stale_pid_file_is_not_signalled(tmp_path):
    stack_dir = tmp_path / "stack"
    (stack_dir / "neo4j").mkdir(parents=True)
    bystander = subprocess.Popen(["sleep", "60"], start_new_session=True)
    (stack_dir / "neo4j" / "pid").write_text(str(bystander.pid))
    env = dict(os.environ, TRAILMAP_STACK_DIR=str(stack_dir))

    try:
        result = subprocess.run([sys.executable, str(REPO / "scripts" / "stack.py"), "stop", "neo4j"],
                                env=env, capture_output=True, text=True, timeout=60)
        still_running = bystander.poll() is None
    finally:
        bystander.kill()

    assert "not running" in result.stdout
    assert still_running


def test_same_kafka_ports_name_both_settings(tmp_path, monkeypatch):
    monkeypatch.setenv("TRAILMAP_STACK_DIR", str(tmp_path / "stack"))
    monkeypatch.setenv("KAFKA_PORT", "29392")
    monkeypatch.setenv("KAFKA_CONTROLLER_PORT", "29392")
    settings = stack.load_settings()

    with pytest.raises(stack.StackError) as error:
        stack.start_kafka(settings)

    assert "KAFKA_PORT and KAFKA_CONTROLLER_PORT" in str(error.value)
