"""tossum's LLM path against two baselines, through a local endpoint with a fixed latency per call.

Document: Zoom's terms of 2023-07-27 (../shared/corpus). Endpoint: bench/fake_llm_server.py on
127.0.0.1 (1 s a call by default). Measured in one run, each with its calls, tokens and wall time:

* tossum: `tossum.summarize(..., model="openai:bench", base_url=...)`: batched, 4 calls at once, plus
  one overview call; its prompt overhead is the tokens sent beyond the clause text itself;
* (a) one call per clause, in sequence, same system prompt;
* (b) LangChain map-reduce summarisation: RecursiveCharacterTextSplitter chunks (the defaults of the
  classic summarize chain's use: 4,000-character chunks), a map call per chunk (`batch`, 4 at once),
  then one reduce call;
* tossum again with the answer cache warm: wall time and calls of a re-run.

    python bench/llm_bench.py [--latency 1.0] [--document PATH]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from fake_llm_server import Server

import tossum
from tossum.load import read_file
from tossum.options import Options
from tossum.packing import pack, token_counter
from tossum.segment import segment_document
from tossum.templates import load_prompt

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "zoom-history" / "zoom-2023-07-27.md"


def run_tossum(path: Path, url: str, cache: bool) -> float:
    start = time.perf_counter()
    tossum.summarize(
        path,
        options=Options(
            model="openai:bench", base_url=url, cache=cache, concurrency=4, announce=lambda message: None
        ),
    )
    return time.perf_counter() - start


def run_per_clause(text: str, url: str) -> float:
    from langchain_core.messages import HumanMessage, SystemMessage
    from langchain_openai import ChatOpenAI

    model = ChatOpenAI(model="bench", base_url=url, api_key="not-needed", max_retries=0)  # type: ignore[arg-type]
    prompt = load_prompt("explain", "en")
    start = time.perf_counter()
    for clause in segment_document(text):
        body = text[clause.body_start : clause.end]
        if body.strip():
            model.invoke([SystemMessage(prompt.system), HumanMessage(body)])
    return time.perf_counter() - start


def run_map_reduce(text: str, url: str) -> float:
    from langchain_core.messages import HumanMessage
    from langchain_openai import ChatOpenAI
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    model = ChatOpenAI(model="bench", base_url=url, api_key="not-needed", max_retries=0)  # type: ignore[arg-type]
    chunks = RecursiveCharacterTextSplitter(chunk_size=4000, chunk_overlap=0).split_text(text)
    start = time.perf_counter()
    maps = model.batch(
        [
            [HumanMessage(f"Write a concise summary of the following:\n\n{chunk}\n\nCONCISE SUMMARY:")]
            for chunk in chunks
        ],
        config={"max_concurrency": 4},
    )
    joined = "\n\n".join(str(m.content) for m in maps)
    model.invoke([HumanMessage(f"Combine these summaries into a final summary:\n\n{joined}")])
    return time.perf_counter() - start


def clause_tokens(text: str) -> int:
    """Tokens of the clause text tossum sends (the body of every section that has one)."""
    counter = token_counter("openai:bench")
    clauses = [c for c in segment_document(text) if text[c.body_start : c.end].strip()]
    return sum(p.tokens for b in pack(text, clauses, counter=counter) for p in b.pieces)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--latency", type=float, default=1.0)
    parser.add_argument("--document", type=Path, default=DEFAULT)
    args = parser.parse_args()
    text = read_file(args.document).text
    os.environ["TOSSUM_CACHE_DIR"] = tempfile.mkdtemp(prefix="tossum-bench-")
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        os.environ.pop(name, None)
    rows = []
    for label, runner in (
        ("tossum (batched, 4 at once)", lambda url: run_tossum(args.document, url, cache=False)),
        ("(a) one call per clause, sequential", lambda url: run_per_clause(text, url)),
        ("(b) LangChain map-reduce summary", lambda url: run_map_reduce(text, url)),
    ):
        server = Server(args.latency)
        wall = runner(server.url)
        rows.append((label, server.counters.snapshot(), wall))
        server.stop()
    server = Server(args.latency)
    run_tossum(args.document, server.url, cache=True)  # warm the cache
    before = server.counters.snapshot()["calls"]
    rerun = run_tossum(args.document, server.url, cache=True)
    rerun_calls = server.counters.snapshot()["calls"] - before
    server.stop()

    size = len(text.encode()) / 1024
    print(f"document: {args.document.name} ({size:.0f} KiB); latency {args.latency} s a call")
    print(f"{'run':38} {'calls':>6} {'input tok':>10} {'output tok':>10} {'wall s':>8}")
    for label, counts, wall in rows:
        print(
            f"{label:38} {counts['calls']:>6} {counts['prompt_tokens']:>10} {counts['completion_tokens']:>10}"
            f" {wall:>8.1f}"
        )
    print(f"{'tossum re-run, cache warm':38} {rerun_calls:>6} {'':>10} {'':>10} {rerun:>8.2f}")
    ours, per_clause = rows[0], rows[1]
    body = clause_tokens(text)
    overhead = (ours[1]["prompt_tokens"] - body) / body
    sent = ours[1]["prompt_tokens"]
    print(f"\nclause text: {body} tokens; tossum sent {sent}: prompt overhead {overhead:.0%}")
    print(f"speed-up over one call per clause: {per_clause[2] / ours[2]:.1f}x")
    ok = overhead <= 0.30 and per_clause[2] / ours[2] >= 3 and rerun < 1 and rerun_calls == 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
