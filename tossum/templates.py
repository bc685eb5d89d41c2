"""Prompt templates: files in `prompts/` (shipped as `tossum.prompts`), one per prompt and language."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from tossum.errors import TossumError
from tossum.language import LANGS, Lang

PROMPT_NAMES = ("explain", "overview", "faq")
_FRONT_MATTER = re.compile(r"\A---\n(?P<meta>.*?)\n---\n", re.S)
_PART = re.compile(r"^## (system|user)\n", re.M)


@dataclass(frozen=True)
class Prompt:
    """A system and a user template; `version` goes into the output and the cache key."""

    name: str
    lang: Lang
    version: str
    system: str
    user: str


@cache
def load_prompt(name: str, lang: Lang) -> Prompt:
    """Read `prompts/{name}.{lang}.md` from the installed package."""
    if name not in PROMPT_NAMES or lang not in LANGS:
        raise TossumError(f"no prompt '{name}' in language '{lang}'", subject="prompts")
    text = resources.files("tossum.prompts").joinpath(f"{name}.{lang}.md").read_text(encoding="utf-8")
    front = _FRONT_MATTER.match(text)
    if not front:
        raise TossumError("has no front matter (---)", subject=f"prompts/{name}.{lang}.md")
    meta = dict(line.split(":", 1) for line in front.group("meta").splitlines() if ":" in line)
    parts = _PART.split(text[front.end() :])
    sections = {parts[i]: parts[i + 1].strip() for i in range(1, len(parts) - 1, 2)}
    return Prompt(
        name=name,
        lang=lang,
        version=meta["version"].strip(),
        system=sections["system"],
        user=sections["user"],
    )
