"""The README and the pages it links: short enough to read, and every link resolves."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers.paths import PROJ_ROOT

PAGES = [PROJ_ROOT / "README.md", *sorted((PROJ_ROOT / "docs").glob("*.md")), PROJ_ROOT / "data" / "README.md",
         PROJ_ROOT / "data" / "reference" / "README.md"]
#: A Markdown link or image: [text](target) or ![text](target), the target without a title.
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")


def _anchor(heading: str) -> str:
    """The anchor a code host makes of a heading: lower case, punctuation dropped, spaces as «-»."""
    return re.sub(r"\s", "-", re.sub(r"[^\w\s-]", "", heading.strip().lower()))


def anchors(page: Path) -> set[str]:
    text = re.sub(r"```.*?```", "", page.read_text(encoding="utf-8"), flags=re.S)  # no headings in code
    return {_anchor(m.group(1)) for m in re.finditer(r"^#+\s+(.+)$", text, re.M)}


def links(page: Path) -> list[str]:
    text = re.sub(r"```.*?```", "", page.read_text(encoding="utf-8"), flags=re.S)
    return LINK.findall(text)


def test_the_readme_is_short_and_shows_a_figure():
    readme = PROJ_ROOT / "README.md"
    assert readme.stat().st_size < 6 * 1024
    images = [t for t in re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", readme.read_text(encoding="utf-8"))]
    assert images and all((PROJ_ROOT / t).is_file() and t.endswith((".png", ".svg")) for t in images)


def test_the_readme_gives_the_two_commands():
    text = (PROJ_ROOT / "README.md").read_text(encoding="utf-8")
    assert "make run" in text and "make test" in text


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(PROJ_ROOT)))
def test_every_link_resolves(page):
    assert page.is_file()
    for target in links(page):
        if re.match(r"[a-z]+:", target):  # an address on the web: not fetched (no network at run time)
            continue
        path, _, anchor = target.partition("#")
        goal = (page.parent / path).resolve() if path else page
        assert goal.exists(), f"{page.name}: {target} does not exist"
        if anchor:
            assert goal.suffix == ".md" and anchor in anchors(goal), f"{page.name}: no heading #{anchor} in {goal.name}"


def test_the_link_checker_catches_a_broken_link(tmp_path):
    page = tmp_path / "page.md"
    page.write_text("# Title\n\n[there](missing.md) [here](#title) [not here](#nothing)\n", encoding="utf-8")
    assert links(page) == ["missing.md", "#title", "#nothing"]
    assert not (tmp_path / "missing.md").exists()
    assert "title" in anchors(page) and "nothing" not in anchors(page)
