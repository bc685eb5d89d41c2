"""Shared paths and helpers. Tests use the project's own fixtures; ../shared is optional."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"
ZOOM = SHARED / "corpus" / "zoom-history"

EN_DOC = FIXTURES / "en" / "acme-terms.md"
FR_DOC = FIXTURES / "fr" / "conditions-exemple.md"
ZOOM_SEED = FIXTURES / "fr" / "zoom-seed-10.2-10.4.md"
FIXTURE_DOCS = [EN_DOC, FR_DOC, ZOOM_SEED]


def expected(doc: Path) -> dict[str, Any]:
    """The hand-written expectations beside a fixture document."""
    return json.loads(doc.with_suffix(".expected.json").read_text(encoding="utf-8"))


def zoom(date: str) -> Path:
    """A Zoom terms file from ../shared, or skip the test when the folder is absent."""
    path = ZOOM / f"zoom-{date}.md"
    if not path.exists():
        pytest.skip("../shared/corpus is not present")
    return path
