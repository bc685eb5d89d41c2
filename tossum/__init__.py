"""tossum: plain-language summaries of Terms of Service that flag the rights you grant, with evidence.

>>> import tossum
>>> summary = tossum.summarize("terms.md")            # offline by default
>>> print(summary.to_markdown())
>>> tossum.flags("terms.md")                           # only the flagged grants
>>> print(tossum.faq(summary, lang="fr").to_markdown())
"""

from __future__ import annotations

__version__ = "0.1.0"

from tossum.api import diff, faq, flags, summarize
from tossum.compare import Diff
from tossum.errors import InputError, ModelError, TossumError
from tossum.faq import Faq, FaqItem
from tossum.options import Options
from tossum.schema import Clause, ClauseSummary, Evidence, Flag, Grant, Reassurance, Summary

__all__ = [
    "Clause",
    "ClauseSummary",
    "Diff",
    "Evidence",
    "Faq",
    "FaqItem",
    "Flag",
    "Grant",
    "InputError",
    "ModelError",
    "Options",
    "Reassurance",
    "Summary",
    "TossumError",
    "__version__",
    "diff",
    "faq",
    "flags",
    "summarize",
]
