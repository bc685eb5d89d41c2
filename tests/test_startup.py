import subprocess
import sys

from conftest import EN_DOC


def test_offline_path_never_imports_llm_libraries() -> None:
    code = (
        "import sys, tossum, tossum.cli\n"
        f"s = tossum.summarize({str(EN_DOC)!r}); tossum.faq(s); tossum.flags({str(EN_DOC)!r})\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('langchain', 'langchain_core', 'langchain_openai', 'openai', 'tiktoken', 'llama_cpp'))\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
