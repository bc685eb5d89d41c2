"""Resolve a model spec into the engine that explains clauses: the one place that knows the specs.

    offline                    the deterministic engine (default); nothing leaves the machine
    openai:gpt-4o-mini         any provider:model that LangChain's init_chat_model knows
    openai:NAME + base_url     any OpenAI-compatible server (Ollama, vLLM, llama.cpp server, LM Studio)
    local                      the bundled SmolLM2-135M GGUF through llama-cpp-python (English only)
    gguf:/path/to/model.gguf   any local GGUF file

Provider SDKs are imported here only, on the path that needs them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from tossum.errors import ModelError
from tossum.explain import Explanation, OfflineExplainer
from tossum.language import Lang
from tossum.schema import Clause, Grant, Reassurance

if TYPE_CHECKING:
    from tossum.options import Options

OFFLINE_SPECS = frozenset({"offline", ""})
DEFAULT_ENDPOINTS = {
    "openai": "https://api.openai.com/v1",
    "anthropic": "https://api.anthropic.com",
    "mistralai": "https://api.mistral.ai",
    "google_genai": "https://generativelanguage.googleapis.com",
}
# USD per million tokens (input, output), for --dry-run estimates; other models get no estimate.
PRICES = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "gpt-4.1": (2.00, 8.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1-nano": (0.10, 0.40),
    "o4-mini": (1.10, 4.40),
}


class Explainer(Protocol):
    """What the pipeline needs from an engine: a name and the explanations of all clauses."""

    name: str

    def explain_all(
        self,
        text: str,
        clauses: list[Clause],
        grants: dict[int, list[Grant]],
        reassurances: dict[int, list[Reassurance]],
    ) -> list[Explanation]: ...


@dataclass(frozen=True)
class ResolvedModel:
    """A spec resolved: the engine, where documents go (None: nowhere), and what it may cost."""

    explainer: Any  # OfflineExplainer or tossum.llm.LLMExplainer
    endpoint: str | None
    prices: tuple[float, float] | None = None

    @property
    def remote(self) -> bool:
        return self.endpoint is not None and not self.endpoint.startswith("local process")


def resolve_model(
    spec: str | Any, *, lang: Lang, provider: str | None, options: Options | None = None
) -> ResolvedModel:
    """The engine for `spec` (a spec string, or a LangChain chat model object), ready for `lang`."""
    from tossum.options import Options

    options = options or Options()
    if not isinstance(spec, str):  # a chat model the caller built: tossum cannot know where it sends
        name = str(getattr(spec, "model_name", None) or getattr(spec, "model", None) or type(spec).__name__)
        return _llm(
            spec, name, lang, provider, options, f"the chat model you supplied ({type(spec).__name__})"
        )
    spec = spec.strip()
    if spec.lower() in OFFLINE_SPECS:
        return ResolvedModel(OfflineExplainer(lang, provider), None)
    chat_model, endpoint, english_only = _chat_model(spec, options)
    if english_only and lang != "en":
        raise ModelError(
            "writes English only; use --lang en, or another model for French", subject=f"model '{spec}'"
        )
    name = spec.split(":", 1)[-1]
    prices = PRICES.get(name) if spec.startswith("openai:") and not options.base_url else None
    json_mode = "none"
    if spec.startswith("openai:"):
        json_mode = "json_object_schema" if options.base_url else "json_schema"
    elif spec == "local" or spec.startswith("gguf:"):
        json_mode = "json_object_schema"
    return _llm(chat_model, spec, lang, provider, options, endpoint, prices, json_mode)


def _llm(
    chat_model: Any,
    spec: str,
    lang: Lang,
    provider: str | None,
    options: Options,
    endpoint: str,
    prices: tuple[float, float] | None = None,
    json_mode: str = "none",
) -> ResolvedModel:
    from tossum.cache import AnswerCache
    from tossum.llm import LLMExplainer, LLMSettings
    from tossum.packing import DEFAULT_BUDGET

    in_process = endpoint.startswith("local process")  # one model in this process: one call at a time
    settings = LLMSettings(
        concurrency=1 if in_process else options.concurrency,
        timeout=options.timeout,
        retries=options.retries,
        budget=options.budget or DEFAULT_BUDGET,
        cache=AnswerCache() if options.cache else None,
        progress=options.progress,
        json_mode=json_mode,
    )
    explainer = LLMExplainer(chat_model, spec=spec, lang=lang, provider=provider, settings=settings)
    return ResolvedModel(explainer, endpoint, prices)


def _chat_model(spec: str, options: Options) -> tuple[Any, str, bool]:
    if spec == "local" or spec.startswith("gguf:"):
        try:
            from tossum.local_model import LlamaCppChatModel, bundled_gguf
        except ImportError:
            raise ModelError(
                "needs the LLM extras: pip install 'tossum[llm,local]'", subject=f"model '{spec}'"
            ) from None
        path = bundled_gguf() if spec == "local" else spec.split(":", 1)[1]
        return LlamaCppChatModel(model_path=str(path)), f"local process ({path})", spec == "local"
    if ":" not in spec:
        raise ModelError(
            "is not a model spec: use offline, local, gguf:/path/model.gguf or provider:model "
            "(e.g. openai:gpt-4o-mini)",
            subject=f"model '{spec}'",
        )
    provider, name = spec.split(":", 1)
    model: Any
    try:
        if options.base_url:
            if provider != "openai":
                raise ModelError(
                    "--base-url needs an openai:NAME spec (any OpenAI-compatible server)",
                    subject=f"model '{spec}'",
                )
            from langchain_openai import ChatOpenAI

            key = os.environ.get("OPENAI_API_KEY") or "not-needed"  # local servers accept any key
            model = ChatOpenAI(
                model=name,
                base_url=options.base_url,
                api_key=key,  # type: ignore[arg-type]
                timeout=options.timeout,
                max_retries=0,
            )
            return model, options.base_url, False
        from langchain.chat_models import init_chat_model

        extra: dict[str, Any] = {"api_key": "dry-run: no call is made"} if options.dry_run else {}
        model = init_chat_model(spec, timeout=options.timeout, max_retries=0, **extra)
    except ModelError:
        raise
    except ImportError:
        raise ModelError(
            "needs the LLM extra: pip install 'tossum[llm]'", subject=f"model '{spec}'"
        ) from None
    except Exception as exc:  # unknown provider, missing API key, ...
        raise ModelError(f"cannot be used: {exc}", subject=f"model '{spec}'") from None
    return model, DEFAULT_ENDPOINTS.get(provider, f"the {provider} API"), False
