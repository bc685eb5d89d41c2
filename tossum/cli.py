"""The `tossum` command: a thin client of the library API (it parses, calls, prints)."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from tossum import __version__
from tossum.api import diff as make_diff
from tossum.api import faq as make_faq
from tossum.errors import InputError, TossumError
from tossum.load import Document, decode_bytes, is_url
from tossum.options import Options
from tossum.pipeline import analyse, check_lang, plan, summarize
from tossum.schema import FLAG_KINDS, Summary

app = typer.Typer(
    name="tossum",
    help=(
        "Plain-language summaries of Terms of Service that flag the rights you grant, with verbatim "
        "evidence.\n\nExample: [bold]tossum summarize terms.md --lang fr -o resume.md[/bold]\n\n"
        "Runs fully offline by default: your document does not leave this machine."
    ),
    no_args_is_help=True,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
    add_completion=False,
)


class ReportFormat(str, Enum):
    md = "md"
    json = "json"


class FlagsFormat(str, Enum):
    text = "text"
    json = "json"


PathArg = Annotated[
    str,
    typer.Argument(
        help="The terms: a .md, .txt, .html, .pdf or .docx file, an http(s) URL, or - for standard input.",
        show_default=False,
    ),
]
LangOpt = Annotated[
    str | None,
    typer.Option(
        "--lang",
        "-l",
        help="Output language: fr or en. Default: the document's own language.",
        show_default=False,
    ),
]
ModelOpt = Annotated[
    str,
    typer.Option(
        "--model",
        "-m",
        envvar="TOSSUM_MODEL",
        help="offline (default: nothing leaves this machine), local (bundled SmolLM2, English), "
        "gguf:/path/model.gguf, or provider:model such as openai:gpt-4o-mini.",
    ),
]
BaseUrlOpt = Annotated[
    str | None,
    typer.Option(
        "--base-url",
        envvar="TOSSUM_BASE_URL",
        help="An OpenAI-compatible server (Ollama, vLLM, llama.cpp, LM Studio), with --model openai:NAME.",
        show_default=False,
    ),
]
OutOpt = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write to this file instead of standard output.", show_default=False),
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"tossum {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Plain-language Terms of Service summaries."""


@app.command("summarize", epilog="Example: tossum summarize terms.md --lang fr --format md -o report.md")
def summarize_cmd(
    path: PathArg,
    lang: LangOpt = None,
    model: ModelOpt = "offline",
    base_url: BaseUrlOpt = None,
    fmt: Annotated[
        ReportFormat, typer.Option("--format", "-f", help="md (report) or json (Summary).")
    ] = ReportFormat.md,
    output: OutOpt = None,
    concurrency: Annotated[int, typer.Option("--concurrency", min=1, help="Model calls at once.")] = 4,
    timeout: Annotated[
        float, typer.Option("--timeout", min=1.0, help="Seconds a model call may take.")
    ] = 60.0,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Neither read nor write the answer cache.")
    ] = False,
    budget: Annotated[
        int | None,
        typer.Option("--budget", min=50, help="Tokens of clause text a model call (default 2500)."),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Print clauses, batches, calls, tokens and cost; call nothing.")
    ] = False,
) -> None:
    """Explain every section of the terms in plain words and flag the grants to watch."""
    with user_errors():
        options = Options(
            lang=check_lang(lang),
            model=model,
            base_url=base_url,
            concurrency=concurrency,
            timeout=timeout,
            cache=not no_cache,
            budget=budget,
            progress=True,
        )
        source = _read(path)
        if dry_run:
            typer.echo(plan(source, options=replace(options, dry_run=True)).describe())
            return
        summary = summarize(source, options=options)
        _emit(summary.to_markdown() if fmt is ReportFormat.md else summary.to_json() + "\n", output)


@app.command(epilog="Example: tossum faq terms.md --lang en -o FAQ.md")
def faq(
    path: PathArg,
    lang: LangOpt = None,
    output: OutOpt = None,
    model: ModelOpt = "offline",
    base_url: BaseUrlOpt = None,
) -> None:
    """Answer the questions people ask about terms (forever? AI training? leaving?), citing sections."""
    with user_errors():
        options = Options(lang=check_lang(lang), model=model, base_url=base_url, progress=True)
        summary = summarize(_read(path), options=options)
        _emit(make_faq(summary).to_markdown(), output)


@app.command(epilog="Example: tossum flags terms.md --fail-on perpetual,ai_training")
def flags(
    path: PathArg,
    fmt: Annotated[FlagsFormat, typer.Option("--format", "-f", help="text or json.")] = FlagsFormat.text,
    fail_on: Annotated[
        str | None,
        typer.Option(
            "--fail-on",
            help="Comma-separated kinds: exit 1 when any of them is flagged. Kinds: " + ", ".join(FLAG_KINDS),
            show_default=False,
        ),
    ] = None,
) -> None:
    """Only the grant flags, instantly (no explanations). Exit 0, or 1 with --fail-on when one is found."""
    with user_errors():
        wanted = _kinds(fail_on)
        analysis = analyse(_read(path))
    detection = analysis.detection
    if fmt is FlagsFormat.json:
        payload = {
            "source": analysis.document.name,
            "flags": [f.model_dump() for f in detection.flags],
            "grants": [g.model_dump() for g in detection.grants],
            "reassurances": [r.model_dump() for r in detection.reassurances],
        }
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        for flag in detection.flags:
            typer.echo(
                f"{flag.clause or '-'}\t{flag.kind}\t{flag.severity}\t{flag.start}-{flag.end}\t{flag.quote}"
            )
    if wanted and any(f.kind in wanted for f in detection.flags):
        raise typer.Exit(1)


@app.command(epilog="Example: tossum diff terms-2023-03.md terms-2023-08.md --lang fr")
def diff(
    old: Annotated[str, typer.Argument(help="The earlier version (file, URL or -).", show_default=False)],
    new: Annotated[str, typer.Argument(help="The later version (file or URL).", show_default=False)],
    lang: LangOpt = None,
    fmt: Annotated[ReportFormat, typer.Option("--format", "-f", help="md or json.")] = ReportFormat.md,
    output: OutOpt = None,
) -> None:
    """What changed between two versions of the terms, above all in the rights you grant."""
    with user_errors():
        result = make_diff(_read(old), _read(new), lang=lang)
        _emit(result.to_markdown() if fmt is ReportFormat.md else result.to_json() + "\n", output)


@app.command()
def schema() -> None:
    """Print the JSON Schema of `tossum summarize --format json`."""
    typer.echo(json.dumps(Summary.json_schema(), indent=2))


def _kinds(fail_on: str | None) -> set[str]:
    if not fail_on:
        return set()
    kinds = {k.strip() for k in fail_on.split(",") if k.strip()}
    unknown = kinds - set(FLAG_KINDS)
    if unknown:
        raise TossumError(
            f"unknown kind(s) {', '.join(sorted(unknown))}; known: {', '.join(FLAG_KINDS)}",
            subject="--fail-on",
        )
    return kinds


def _read(path: str) -> Document | Path | str:
    if path == "-":
        return decode_bytes(sys.stdin.buffer.read(), name="<stdin>")
    if is_url(path):
        typer.echo(f"tossum: fetching {path}", err=True)
        return path
    return Path(path)


def _emit(text: str, output: Path | None) -> None:
    """Write the result; if the file cannot be written, say so and print the result instead."""
    if output is None:
        sys.stdout.write(text)
        return
    try:
        directory = output.parent if str(output.parent) else Path(".")
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=directory, delete=False, prefix=f".{output.name}."
        ) as handle:
            handle.write(text)
        os.replace(handle.name, output)
    except OSError as exc:
        sys.stdout.write(text)
        raise InputError(
            f"cannot be written ({exc.strerror or exc}); the result was printed instead", subject=str(output)
        ) from None


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn a TossumError into one line on stderr and its exit status (2), with no traceback."""
    try:
        yield
    except TossumError as exc:
        typer.echo(f"tossum: error: {exc}", err=True)
        raise typer.Exit(exc.exit_code) from None


def main() -> None:
    """Entry point of the `tossum` command."""
    app()
