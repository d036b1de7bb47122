"""Loader command checks that fail before any data is read: the data folder, Neo4j and the report path."""

from __future__ import annotations

import socket
import time

from services.catalog.loader import cli


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_unreachable_neo4j_fails_in_seconds(monkeypatch, tmp_path, capsys):
    (tmp_path / "onet").mkdir()
    uri = f"bolt://127.0.0.1:{closed_port()}"
    monkeypatch.setenv("NEO4J_URI", uri)
    started = time.perf_counter()

    status = cli.main(["--data-dir", str(tmp_path), "--no-events", "--no-progress",
                       "--report", str(tmp_path / "report.json")])

    assert status == 1
    assert time.perf_counter() - started < 10
    error = capsys.readouterr().err
    assert f"NEO4J_URI={uri}" in error
    assert "unreachable" in error
    assert not (tmp_path / "report.json").exists()


def test_missing_data_dir_named(tmp_path, capsys):
    missing = tmp_path / "does-not-exist"

    status = cli.main(["--data-dir", str(missing), "--no-events"])

    assert status == 2
    error = capsys.readouterr().err
    assert f"data folder {missing}" in error
    assert "does not exist" in error
    assert "TRAILMAP_DATA_DIR or --data-dir" in error


def test_report_defaults_to_stack_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("TRAILMAP_STACK_DIR", str(tmp_path))

    assert cli.parse_args([]).report == tmp_path / cli.REPORT_NAME
    assert cli.parse_args(["--report", "/tmp/r.json"]).report.as_posix() == "/tmp/r.json"


def test_report_default_without_stack_dir(monkeypatch):
    monkeypatch.delenv("TRAILMAP_STACK_DIR", raising=False)

    assert cli.parse_args([]).report == cli.REPO_ROOT / ".stack" / cli.REPORT_NAME
