"""Persistent cache of LLM answers: SQLite in the user cache directory.

Keyed by model spec, prompt version, output language and the exact text sent, so a re-run of the same
document makes no call, and a change of prompt or model never reuses a stale answer. Each answer is
committed on its own (WAL journal): a run interrupted with Ctrl-C leaves the cache consistent and keeps
every answer that finished.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from pathlib import Path

SCHEMA = "CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, value TEXT NOT NULL, created REAL)"


def default_path() -> Path:
    """$TOSSUM_CACHE_DIR, else the platform's user cache directory (e.g. ~/.cache/tossum)."""
    folder = os.environ.get("TOSSUM_CACHE_DIR")
    if folder:
        return Path(folder) / "llm-cache.sqlite3"
    try:
        from platformdirs import user_cache_dir

        return Path(user_cache_dir("tossum")) / "llm-cache.sqlite3"
    except ImportError:
        return Path.home() / ".cache" / "tossum" / "llm-cache.sqlite3"


def cache_key(*parts: str) -> str:
    """A stable key from the parts (model, prompt version, language, text)."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8"))
        digest.update(b"\x00")
    return digest.hexdigest()


class AnswerCache:
    """get/put of JSON strings by key; safe to use from the threads of one process."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(SCHEMA)

    def get(self, key: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT value FROM answers WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def put(self, key: str, value: str) -> None:
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO answers (key, value, created) VALUES (?, ?, julianday('now'))",
                (key, value),
            )

    def close(self) -> None:
        with self._lock:
            self._db.close()
