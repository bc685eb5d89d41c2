"""Stage 4 with a model: explanations written by any LangChain chat model, checked before use.

Clauses are packed into batches within a token budget (`tossum.packing`), sent concurrently with
retries and a per-call timeout, and answered as JSON that is parsed tolerantly and validated with
Pydantic. Every answer is matched to its clause id; a missing or invalid one is asked again on its own,
then replaced by the offline explanation with a visible note. Rights the model says a clause grants are
compared with the detector's grants: what the detector does not support is shown as unverified. Flags
always come from the detector. Answers are cached (`tossum.cache`).
"""

from __future__ import annotations

import asyncio
import json
import re
import sys
import threading
from collections.abc import Coroutine
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, Field, ValidationError

from tossum.cache import AnswerCache, cache_key
from tossum.explain import Explanation, OfflineExplainer, phrase
from tossum.language import Lang
from tossum.packing import DEFAULT_BUDGET, Piece, TokenCounter, pack, token_counter
from tossum.schema import FLAG_KINDS, BriefPoint, Clause, Grant, Reassurance
from tossum.templates import Prompt, load_prompt

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

T = TypeVar("T")


class ClaimedGrant(BaseModel):
    """A right the model says the clause grants."""

    grantor: str = "user"
    grantee: str = "provider"
    attributes: list[str] = Field(default_factory=list)


class ClauseReply(BaseModel):
    """The model's answer for one clause."""

    id: str
    explanation: str = Field(min_length=1)
    key_points: list[str] = Field(default_factory=list)
    grants: list[ClaimedGrant] = Field(default_factory=list)


class ExplainReply(BaseModel):
    clauses: list[ClauseReply]


class OverviewPoint(BaseModel):
    text: str = Field(min_length=1)
    clause: str | None = None


class OverviewReply(BaseModel):
    points: list[OverviewPoint]


@dataclass
class LLMSettings:
    """How to call the model."""

    concurrency: int = 4
    timeout: float = 60.0  # seconds a call
    retries: int = 2  # after the first attempt, on rate limits, server errors, timeouts
    backoff: float = 1.0  # seconds, doubled at each retry
    budget: int = DEFAULT_BUDGET  # tokens of clause text a call
    cache: AnswerCache | None = None
    progress: bool = False
    # How to ask for JSON: "json_schema" (OpenAI structured outputs), "json_object_schema" (llama.cpp and
    # other OpenAI-compatible servers: JSON mode constrained by a schema), or "none" (tolerant parsing).
    json_mode: str = "none"
    max_tokens_per_clause: int = 250


@dataclass
class CallStats:
    """What the run cost: calls made, tokens sent and received, answers taken from the cache."""

    calls: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    cached: int = 0
    failed_calls: int = 0
    notes: list[str] = field(default_factory=list)


@dataclass
class _Item:
    """One piece of a clause sent to the model, with the id it is known by in the prompt."""

    ident: str
    piece: Piece
    text: str
    key: str


class LLMExplainer:
    """Explains clauses with a chat model; the offline engine is the fallback for every clause."""

    def __init__(
        self,
        model: BaseChatModel,
        *,
        spec: str,
        lang: Lang,
        provider: str | None,
        settings: LLMSettings | None = None,
        counter: TokenCounter | None = None,
    ) -> None:
        self.model = model
        self.name = spec
        self.lang = lang
        self.settings = settings or LLMSettings()
        self.offline = OfflineExplainer(lang, provider)
        self.prompt = load_prompt("explain", lang)
        self.overview_prompt = load_prompt("overview", lang)
        self.counter = counter or token_counter(spec)
        self.stats = CallStats()

    # -- the Explainer interface -------------------------------------------------------------------

    def explain(
        self, text: str, clause: Clause, grants: list[Grant], reassurances: list[Reassurance]
    ) -> Explanation:
        """One clause (the batch path below is what the pipeline uses)."""
        return self.explain_all(text, [clause], {clause.index: grants}, {clause.index: reassurances})[0]

    def explain_all(
        self,
        text: str,
        clauses: list[Clause],
        grants: dict[int, list[Grant]],
        reassurances: dict[int, list[Reassurance]],
    ) -> list[Explanation]:
        """Every clause explained, by the model where it answered, else offline with a note."""
        offline = [
            self.offline.explain(text, c, grants.get(c.index, []), reassurances.get(c.index, []))
            for c in clauses
        ]
        to_send = [c for c in clauses if text[c.body_start : c.end].strip()]
        batches = [
            self._items(text, batch.pieces)
            for batch in pack(text, to_send, budget=self.settings.budget, counter=self.counter)
        ]
        answers: dict[str, ClauseReply] = {}
        pending: list[list[_Item]] = []
        for batch in batches:
            missing = []
            for item in batch:
                cached = self._cached(item)
                if cached is not None:
                    answers[item.ident] = cached
                    self.stats.cached += 1
                else:
                    missing.append(item)
            if missing:
                pending.append(missing)
        if pending:
            answers.update(_run(self._ask_all(pending)))
        parts_of = {item.piece.clause_index: item.piece.parts for batch in batches for item in batch}
        return [
            self._assemble(c, offline[i], answers, grants.get(c.index, []), parts_of)
            for i, c in enumerate(clauses)
        ]

    def overview(self, explanations: list[tuple[Clause, str]]) -> list[BriefPoint] | None:
        """The 'In brief' list from one reduce call over the explanations (not the raw text); None when
        the answer is unusable (the offline brief stays)."""
        block = "\n".join(
            f'<explanation id="{c.index}" section="{_attr(c.label)}">{_data(t)}</explanation>'
            for c, t in explanations
        )
        messages = _messages(self.overview_prompt, explanations=block)
        key = cache_key(self.name, self.overview_prompt.version, self.lang, block)
        cache = self.settings.cache
        try:
            cached = cache.get(key) if cache is not None else None
            if cached is not None:
                self.stats.cached += 1
                content = cached
            else:
                ids = [str(c.index) for c, _ in explanations]
                content = _run(self._call(messages, self._format(_overview_schema(ids), "overview"), 600))
            reply = OverviewReply.model_validate(parse_json(content))
            if cache is not None and cached is None:
                cache.put(key, content)
        except Exception:
            self.stats.notes.append("overview: the model's answer was unusable; the offline brief is shown")
            return None
        by_index = {str(c.index): c for c, _ in explanations}
        points = [
            BriefPoint(
                text=p.text.strip(), clause=by_index[p.clause].number, clause_index=by_index[p.clause].index
            )
            if p.clause in by_index
            else BriefPoint(text=p.text.strip())
            for p in reply.points
        ]
        return points if 3 <= len(points) <= 6 else None

    # -- planning (dry run) ------------------------------------------------------------------------

    def plan(self, text: str, clauses: list[Clause]) -> tuple[int, int, int]:
        """(pieces, calls, input tokens) a run would send, cache ignored, overview call included."""
        to_send = [c for c in clauses if text[c.body_start : c.end].strip()]
        batches = pack(text, to_send, budget=self.settings.budget, counter=self.counter)
        tokens = 0
        for batch in batches:
            items = self._items(text, batch.pieces)
            tokens += sum(self.counter.count(m) for m in _message_texts(self.prompt, _block(items)))
        pieces = sum(len(b.pieces) for b in batches)
        overview = sum(
            self.counter.count(m) for m in (self.overview_prompt.system, self.overview_prompt.user)
        )
        overview += pieces * 60  # an explanation is a few short sentences
        return pieces, len(batches) + 1, tokens + overview

    # -- calling -----------------------------------------------------------------------------------

    def _items(self, text: str, pieces: list[Piece]) -> list[_Item]:
        items = []
        for piece in pieces:
            ident = str(piece.clause_index) if piece.parts == 1 else f"{piece.clause_index}.{piece.part}"
            body = text[piece.start : piece.end]
            key = cache_key(self.name, self.prompt.version, self.lang, body)
            items.append(_Item(ident, piece, body, key))
        return items

    def _cached(self, item: _Item) -> ClauseReply | None:
        if self.settings.cache is None:
            return None
        value = self.settings.cache.get(item.key)
        if value is None:
            return None
        try:
            return ClauseReply.model_validate_json(value).model_copy(update={"id": item.ident})
        except ValidationError:
            return None

    async def _ask_all(self, batches: list[list[_Item]]) -> dict[str, ClauseReply]:
        semaphore = asyncio.Semaphore(max(1, self.settings.concurrency))
        progress = _Progress(sum(len(b) for b in batches), enabled=self.settings.progress)
        answers: dict[str, ClauseReply] = {}

        async def ask(items: list[_Item], *, alone: bool = False) -> None:
            async with semaphore:
                got = await self._ask(items)
            if got is None:  # the call itself failed after its retries: these clauses fall back
                progress.advance(len(items))
                return
            answers.update(got)
            missing = [i for i in items if i.ident not in got]
            progress.advance(len(items) - len(missing))
            if missing and not alone:
                await asyncio.gather(*(ask([i], alone=True) for i in missing))  # once more, each on its own
            elif missing:
                progress.advance(len(missing))

        try:
            await asyncio.gather(*(ask(b) for b in batches))
        finally:
            progress.close()
        return answers

    async def _ask(self, items: list[_Item]) -> dict[str, ClauseReply] | None:
        """The valid answers of one call, by clause id; None when the call failed."""
        messages = _messages(self.prompt, clauses=_block(items))
        try:
            schema = _explain_schema([i.ident for i in items])
            limit = 100 + self.settings.max_tokens_per_clause * len(items)
            content = await self._call(messages, self._format(schema, "clauses"), limit)
        except Exception as exc:  # every attempt failed: the clauses fall back
            self.stats.failed_calls += 1
            self.stats.notes.append(f"a call failed ({type(exc).__name__}); its clauses use the offline text")
            return None
        self.stats.output_tokens += self.counter.count(content)
        replies = parse_replies(content)
        wanted = {i.ident: i for i in items}
        got: dict[str, ClauseReply] = {}
        for reply in replies:
            item = wanted.get(reply.id.strip())
            if item is None or item.ident in got:
                continue
            got[item.ident] = reply
            if self.settings.cache is not None:
                self.settings.cache.put(item.key, reply.model_dump_json())  # committed at once: Ctrl-C safe
        return got

    def _format(self, schema: dict[str, Any], name: str) -> dict[str, Any]:
        """Per-call request options that make the model answer JSON of this shape, where it can."""
        mode = self.settings.json_mode
        if mode == "json_schema":
            return {
                "response_format": {
                    "type": "json_schema",
                    "json_schema": {"name": name, "schema": _strict(schema), "strict": True},
                }
            }
        if mode == "json_object_schema":
            return {"response_format": {"type": "json_object", "schema": schema}}
        return {}

    async def _call(
        self, messages: list[Any], request: dict[str, Any] | None = None, max_tokens: int = 0
    ) -> str:
        """One model call with a timeout, retried with exponential backoff."""
        kwargs = dict(request or {})
        if max_tokens and self.settings.json_mode != "none":
            kwargs["max_tokens"] = max_tokens
        self.stats.calls += 1
        self.stats.input_tokens += sum(self.counter.count(str(m.content)) for m in messages)
        delay = self.settings.backoff
        for attempt in range(self.settings.retries + 1):
            try:
                reply = await asyncio.wait_for(
                    self.model.ainvoke(messages, **kwargs), timeout=self.settings.timeout
                )
                return _text(reply.content)
            except Exception as exc:
                if attempt == self.settings.retries or not _retryable(exc):
                    raise
                await asyncio.sleep(delay)
                delay *= 2
        raise AssertionError("unreachable")

    # -- assembling --------------------------------------------------------------------------------

    def _assemble(
        self,
        clause: Clause,
        offline: Explanation,
        answers: dict[str, ClauseReply],
        grants: list[Grant],
        parts_of: dict[int, int],
    ) -> Explanation:
        if offline.category == "heading":
            return offline
        parts = sorted(
            (k, v) for k, v in answers.items() if k == str(clause.index) or k.startswith(f"{clause.index}.")
        )
        expected = parts_of.get(clause.index, 1)
        if not parts or len(parts) < expected:
            fallback = phrase(self.lang, "llm.fallback", model=self.name)
            return Explanation(offline.category, offline.text, offline.evidence, offline.facts, note=fallback)
        replies = [v for _, v in sorted(parts, key=lambda kv: _part_number(kv[0]))]
        text = " ".join(r.explanation.strip() for r in replies)
        unverified = _unverified(replies, grants)
        note: str | None = None
        if unverified:
            names = ", ".join(
                phrase(self.lang, f"attribute.{k}") if k in FLAG_KINDS else k for k in unverified
            )
            note = phrase(self.lang, "llm.unverified", claims=names)
        return Explanation(
            offline.category, text, offline.evidence, offline.facts, note=note, unverified=tuple(unverified)
        )


def _explain_schema(ids: list[str]) -> dict[str, Any]:
    """The answer's shape for these clauses: exactly one entry for each id."""
    grant = {
        "type": "object",
        "properties": {
            "grantor": {"type": "string", "enum": ["user", "provider", "other_users"]},
            "grantee": {"type": "string", "enum": ["user", "provider", "other_users", "third_parties"]},
            "attributes": {
                "type": "array",
                "items": {"type": "string", "enum": list(FLAG_KINDS)},
                "maxItems": 12,
            },
        },
        "required": ["grantor", "grantee", "attributes"],
        "additionalProperties": False,
    }
    entry = {
        "type": "object",
        "properties": {
            "id": {"type": "string", "enum": ids},
            "explanation": {"type": "string"},
            "key_points": {"type": "array", "items": {"type": "string"}, "maxItems": 4},
            "grants": {"type": "array", "items": grant, "maxItems": 3},
        },
        "required": ["id", "explanation", "key_points", "grants"],
        "additionalProperties": False,
    }
    clauses = {"type": "array", "items": entry, "minItems": len(ids), "maxItems": len(ids)}
    return {
        "type": "object",
        "properties": {"clauses": clauses},
        "required": ["clauses"],
        "additionalProperties": False,
    }


def _overview_schema(ids: list[str]) -> dict[str, Any]:
    point = {
        "type": "object",
        "properties": {"text": {"type": "string"}, "clause": {"type": "string", "enum": ids}},
        "required": ["text", "clause"],
        "additionalProperties": False,
    }
    points = {"type": "array", "items": point, "minItems": 3, "maxItems": 6}
    return {
        "type": "object",
        "properties": {"points": points},
        "required": ["points"],
        "additionalProperties": False,
    }


_UNSTRICT = ("minItems", "maxItems", "minLength", "maxLength")


def _strict(schema: Any) -> Any:
    """The schema without the keywords OpenAI's strict structured outputs do not accept."""
    if isinstance(schema, dict):
        return {k: _strict(v) for k, v in schema.items() if k not in _UNSTRICT}
    if isinstance(schema, list):
        return [_strict(v) for v in schema]
    return schema


def parse_json(content: str) -> Any:
    """JSON from a model's answer: plain, inside ``` fences, or the outermost {...} of a chattier one."""
    text = content.strip()
    fenced = re.search(r"```(?:json)?\s*(.*?)```", text, re.S)
    if fenced:
        text = fenced.group(1).strip()
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        start, end = text.find("{"), text.rfind("}")
        if start >= 0 and end > start:
            return json.loads(text[start : end + 1])
        raise


def parse_replies(content: str) -> list[ClauseReply]:
    """The valid clause answers in a reply; invalid entries are dropped (and asked again)."""
    try:
        data = parse_json(content)
    except (json.JSONDecodeError, ValueError):
        return []
    entries = data.get("clauses", []) if isinstance(data, dict) else data if isinstance(data, list) else []
    if isinstance(data, dict) and not entries and "id" in data:
        entries = [data]
    replies = []
    for entry in entries if isinstance(entries, list) else []:
        if isinstance(entry, dict) and "id" in entry:
            entry = {**entry, "id": str(entry["id"])}
        try:
            replies.append(ClauseReply.model_validate(entry))
        except ValidationError:
            continue
    return replies


def _unverified(replies: list[ClauseReply], grants: list[Grant]) -> list[str]:
    """Attributes the model says the user grants here that the detector did not find."""
    found = {k for g in grants if g.flagged for k in g.kinds}
    claims: list[str] = []
    for reply in replies:
        for claim in reply.grants:
            if claim.grantor != "user":
                continue
            for kind in claim.attributes or ["licence"]:
                if kind not in found and not (kind == "licence" and any(g.flagged for g in grants)):
                    claims.append(kind)
    return list(dict.fromkeys(claims))


def _part_number(ident: str) -> int:
    return int(ident.split(".", 1)[1]) if "." in ident else 0


def _block(items: list[_Item]) -> str:
    """The clauses as delimited data: text inside <clause> tags is never an instruction."""
    return "\n".join(f'<clause id="{i.ident}">\n{_data(i.text)}\n</clause>' for i in items)


def _data(text: str) -> str:
    # a document cannot close the data block early
    return re.sub(r"</?\s*(clause|explanation)\b", lambda m: m.group().replace("<", "&lt;"), text, flags=re.I)


def _attr(text: str) -> str:
    return text.replace('"', "'").replace("<", "&lt;")


def _message_texts(prompt: Prompt, block: str) -> list[str]:
    return [prompt.system, prompt.user.replace("{clauses}", block)]


def _messages(prompt: Prompt, **values: str) -> list[Any]:
    from langchain_core.messages import HumanMessage, SystemMessage

    user = prompt.user
    for key, value in values.items():
        user = user.replace("{" + key + "}", value)
    return [SystemMessage(content=prompt.system), HumanMessage(content=user)]


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # content blocks
        return "".join(b.get("text", "") if isinstance(b, dict) else str(b) for b in content)
    return str(content)


_FINAL_ERRORS = frozenset(
    {
        "AuthenticationError",
        "PermissionDeniedError",
        "BadRequestError",
        "NotFoundError",
        "UnprocessableEntityError",
    }
)


def _retryable(exc: BaseException) -> bool:
    """Rate limits, server errors, timeouts and dropped connections are worth another try; a refused
    key, a bad request or an unknown model are not."""
    return type(exc).__name__ not in _FINAL_ERRORS


def _run(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine from synchronous code, also when an event loop is already running (notebooks)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    result: list[T] = []
    errors: list[BaseException] = []

    def target() -> None:
        try:
            result.append(asyncio.run(coroutine))
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=target)
    thread.start()
    thread.join()
    if errors:
        raise errors[0]
    return result[0]


class _Progress:
    """A progress bar over clauses on standard error, only when it is a terminal."""

    def __init__(self, total: int, *, enabled: bool) -> None:
        self._bar: Any = None
        self._task: Any = None
        if enabled and sys.stderr.isatty() and total > 1:
            from rich.progress import Progress

            self._bar = Progress(transient=True)
            self._bar.start()
            self._task = self._bar.add_task("explaining", total=total)

    def advance(self, n: int) -> None:
        if self._bar is not None and n:
            self._bar.advance(self._task, n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()
