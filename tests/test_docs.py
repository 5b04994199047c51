"""The documentation: generated pages are current, links resolve, examples are real."""

from __future__ import annotations

import io
import re
import shlex
from pathlib import Path

import pytest

from kbfa.cli._main import COMMANDS
from kbfa.config import loads
from kbfa.docs import REGEN_COMMAND, generated
from kbfa.docs.__main__ import main as regen
from kbfa.errors import ConfigError

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
PAGES = sorted(DOCS.glob("*.md"))
LINK = re.compile(r"\]\(([^)\s]+)\)")


def anchors(markdown: str) -> set[str]:
    """GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens."""
    out = set()
    for line in markdown.splitlines():
        if line.startswith("#") and not line.startswith("#!"):
            text = line.lstrip("#").strip().lower()
            text = re.sub(r"[^\w\- ]", "", text)
            out.add(text.replace(" ", "-"))
    return out


class TestGeneratedFiles:
    @pytest.mark.parametrize("relative", sorted(generated()))
    def test_is_current(self, relative: str) -> None:
        """Each generated file equals what the code generates now."""
        # A comparison with the code on purpose: a generated page must not drift from what
        # the code says; its content is read in review (the diff) and checked elsewhere.
        path = ROOT / relative
        current = path.read_text(encoding="utf-8") if path.is_file() else ""
        assert current == generated()[relative](), f"{relative} är inaktuell: kör `{REGEN_COMMAND}`"

    def test_regen_writes_missing_files_and_check_then_passes(self, tmp_path: Path) -> None:
        """In a fresh tree --check reports stale files without writing; a run writes them."""
        (tmp_path / "pyproject.toml").write_text("", encoding="utf-8")
        (tmp_path / "src" / "kbfa").mkdir(parents=True)
        for relative in generated():
            (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        assert regen(["--check", "--root", str(tmp_path)]) == 1
        assert not any((tmp_path / r).exists() for r in generated())
        assert regen(["--root", str(tmp_path)]) == 0
        assert regen(["--check", "--root", str(tmp_path)]) == 0

    def test_refuses_a_directory_that_is_not_the_repository(self, tmp_path: Path) -> None:
        """Run outside the repository root, the script writes nothing and exits 2."""
        assert regen(["--root", str(tmp_path)]) == 2
        assert list(tmp_path.iterdir()) == []

    def test_generated_pages_say_they_are_generated(self) -> None:
        """Every generated page starts with a note naming the command that writes it."""
        for relative in generated():
            if relative.endswith(".md"):
                first = (ROOT / relative).read_text(encoding="utf-8").splitlines()[0]
                assert REGEN_COMMAND in first, relative


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
class TestPages:
    def test_relative_links_resolve(self, page: Path) -> None:
        """Every relative link points at a file that exists, and an anchor at a heading."""
        text = page.read_text(encoding="utf-8")
        for target in LINK.findall(text):
            if target.startswith(("http://", "https://", "mailto:")):
                continue
            file_part, _, anchor = target.partition("#")
            linked = (page.parent / file_part).resolve() if file_part else page
            assert linked.exists(), f"{page.name}: {target}"
            if anchor and linked.suffix == ".md":
                assert anchor in anchors(linked.read_text(encoding="utf-8")), (
                    f"{page.name}: {target}"
                )

    def test_mentions_only_existing_commands(self, page: Path) -> None:
        """Every `kbfa <command>` the page shows is a command kbfa has."""
        text = page.read_text(encoding="utf-8")
        code = re.findall(r"```.*?```", text, flags=re.S) + re.findall(r"`[^`\n]+`", text)
        used = {m for span in code for m in re.findall(r"\bkbfa ([a-z]+)\b", span)}
        assert sorted(used - set(COMMANDS)) == []


class TestGettingStarted:
    def test_error_example_is_what_the_loader_says(self) -> None:
        """The error shown on the getting-started page is the loader's real message."""
        bodies = "".join(f'[[bodies]]\nid = "b{i}"\nname = "B"\nkind = "other"\n' for i in range(2))
        text = (
            '[municipality]\nname = "S"\norganisation = "s"\n'
            '[[organisations]]\nid = "s"\nname = "S"\nkind = "kommun"\n'
            + bodies
            + '[[bodies]]\nid = "b2"\nname = "B"\nkind = "other"\n'
            'cadence = [{ times = "tre", per = "year" }]\n'
        )
        with pytest.raises(ConfigError) as caught:
            loads(text, filename="configs/solbacka.toml")
        (problem,) = caught.value.problems
        shown = str(problem).split(":", 2)[2].strip()
        assert shown in (DOCS / "kom-igang.md").read_text(encoding="utf-8")

    def test_every_command_on_the_page_runs(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """Each `kbfa ...` line of the page's shell blocks runs as written, in order.

        They run in an empty directory with a configs/ folder, as a new user would;
        `kbfa check` exits 1 (the new file has gaps), the others 0; none is refused.
        """
        from kbfa.cli import main

        monkeypatch.setattr("sys.stdin", io.StringIO(""))
        monkeypatch.chdir(tmp_path)
        (tmp_path / "configs").mkdir()
        text = (DOCS / "kom-igang.md").read_text(encoding="utf-8")
        shell = "\n".join(
            b for lang, b in re.findall(r"```(\w+)\n(.*?)```", text, re.S) if lang == "sh"
        )
        lines = [x for x in shell.splitlines() if x.startswith("kbfa ") and "--version" not in x]
        assert len(lines) >= 6
        for line in lines:
            expected = 1 if line.startswith("kbfa check ") else 0
            assert main(shlex.split(line)[1:]) == expected, line
        assert (tmp_path / "efterlevnadsrapport.docx").stat().st_size > 0
        assert (tmp_path / "arshjul.ics").read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")
