import pytest

from tossum.templates import PROMPT_NAMES, load_prompt


@pytest.mark.parametrize("name", PROMPT_NAMES)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_prompts_ship_with_the_package(name: str, lang: str) -> None:
    prompt = load_prompt(name, lang)  # type: ignore[arg-type]
    assert prompt.version.startswith(f"{name}-{lang}-")
    assert prompt.system and prompt.user
    assert "{" in prompt.user  # a template with placeholders
