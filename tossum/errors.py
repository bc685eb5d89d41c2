"""Errors meant for the user: each names what it is about and becomes one line on the command line."""

from __future__ import annotations


class TossumError(Exception):
    """Base class for problems the user can act on (bad input, unusable model, ...)."""

    exit_code = 2

    def __init__(self, problem: str, *, subject: str | None = None) -> None:
        self.problem = problem
        self.subject = subject
        super().__init__(f"{subject}: {problem}" if subject else problem)


class InputError(TossumError):
    """The document cannot be read as text: missing, a directory, empty, binary, too large, undecodable."""


class ModelError(TossumError):
    """The model spec cannot be resolved or used."""
