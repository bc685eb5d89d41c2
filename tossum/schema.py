"""The data every stage passes on, and the JSON contract of `tossum summarize --format json`.

Offsets (`start`, `end`) always index the document text as read: decoded, newlines normalised to
``\\n`` (see `tossum.load`), so that ``text[start:end] == quote``.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from tossum.language import Lang

SCHEMA_VERSION = "1"

#: Attribute kinds that make a grant worth a flag when the user (or customer) makes it.
FLAG_KINDS: tuple[str, ...] = (
    "perpetual",
    "irrevocable",
    "sublicensable",
    "transferable",
    "worldwide",
    "royalty_free",
    "exclusive",
    "any_purpose",
    "ai_training",
    "survives_termination",
    "assignment",
    "moral_rights_waiver",
)
Party = Literal["user", "provider", "other_users", "third_parties", "provider_and_others", "unknown"]
Subject = Literal["user_content", "feedback", "data", "name_likeness", "software", "service", "other"]
Severity = Literal["high", "medium", "low"]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Evidence(_Model):
    """A verbatim span of the document."""

    quote: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Fact(Evidence):
    """Something a clause states (e.g. notice_days = 30), with the words that state it."""

    name: str
    value: str | None = None


class Clause(_Model):
    """A section of the document: its heading as written and the span it covers, heading included."""

    index: int = Field(description="Position in document order, from 0.")
    number: str | None = Field(description="Section number as written (e.g. '10.4', 'Article 5'), or null.")
    title: str | None = Field(description="Heading text without its number, or null (preamble).")
    path: list[str] = Field(default_factory=list, description="Numbers or titles of enclosing sections.")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    body_start: int = Field(ge=0, description="Offset where the text after the heading begins.")

    @property
    def label(self) -> str:
        """How a reader names this section: '10.4 Customer License Grant', 'Preamble', ..."""
        return " ".join(p for p in (self.number, self.title) if p) or ""


class Attribute(_Model):
    """One attribute of a grant (e.g. perpetual), with the words that state it."""

    kind: str
    evidence: Evidence


class Grant(_Model):
    """Rights given by one party to another in a clause, as the detector read them."""

    clause_index: int
    clause: str | None = Field(description="Section number as written, or null.")
    grantor: Party
    grantee: Party
    subject: Subject
    verb: Evidence = Field(description="The words that make the grant ('hereby grant', 'vous cédez').")
    sentence: Evidence = Field(description="The sentence (or list) the grant is made in.")
    attributes: list[Attribute] = Field(default_factory=list)
    negated: list[Attribute] = Field(
        default_factory=list, description="Attributes the text states the opposite of ('non-transferable')."
    )
    purposes: list[Evidence] = Field(default_factory=list)
    flagged: bool = Field(description="True when the user gives these rights to someone else.")
    severity: Severity | None = None
    explanation: str = ""

    @property
    def kinds(self) -> list[str]:
        """Attribute kinds in the canonical order."""
        present = {a.kind for a in self.attributes}
        return [k for k in FLAG_KINDS if k in present]


class Flag(_Model):
    """One flagged attribute of a grant the user makes, pointing at its evidence."""

    kind: str
    clause: str | None
    clause_index: int
    quote: str
    start: int
    end: int
    severity: Severity


class Reassurance(_Model):
    """A promise not to do something a grant could allow (e.g. no AI training without consent)."""

    kind: str
    clause: str | None
    clause_index: int
    quote: str
    start: int
    end: int
    explanation: str = ""


class ClauseSummary(_Model):
    """A section of the report: the clause, what kind of clause it is, and its plain explanation."""

    index: int
    number: str | None
    title: str | None
    path: list[str] = Field(default_factory=list)
    start: int
    end: int
    category: str = Field(description="Clause kind, e.g. 'grant', 'termination', 'governing_law', 'general'.")
    explanation: str
    evidence: list[Evidence] = Field(default_factory=list, description="Spans the explanation is built from.")
    facts: list[Fact] = Field(default_factory=list, description="Named facts read from the clause.")
    engine: str
    note: str | None = Field(default=None, description="Visible note, e.g. when an LLM answer was replaced.")
    unverified: list[str] = Field(
        default_factory=list, description="Rights the model claims here that tossum's detector did not find."
    )


class BriefPoint(_Model):
    """One line of the 'In brief' list, with the section it comes from."""

    text: str
    clause: str | None = None
    clause_index: int | None = None


class Summary(_Model):
    """The whole analysis of one document; `to_markdown()` and `to_json()` render it."""

    schema_version: str = SCHEMA_VERSION
    tossum_version: str
    source: str
    encoding: str
    characters: int
    language: Lang = Field(description="Language the document is written in.")
    output_language: Lang = Field(description="Language of the explanations.")
    title: str
    provider: str | None = Field(description="The service the terms are from, as named in the document.")
    engine: str = Field(description="What produced the explanations, e.g. 'offline'.")
    prompts: list[str] = Field(
        default_factory=list,
        description="Versions of the prompt templates a model was given (empty offline).",
    )
    brief: list[BriefPoint]
    grants: list[Grant]
    flags: list[Flag]
    reassurances: list[Reassurance]
    clauses: list[ClauseSummary]
    notes: list[str] = Field(default_factory=list)

    def to_markdown(self) -> str:
        """The report as Markdown, in `output_language`."""
        from tossum.render import render_markdown

        return render_markdown(self)

    def to_json(self, *, indent: int | None = 2) -> str:
        """The report as JSON following `json_schema()`."""
        return self.model_dump_json(indent=indent)

    @classmethod
    def json_schema(cls) -> dict[str, Any]:
        """JSON Schema of the output of `to_json()`."""
        return cls.model_json_schema()
