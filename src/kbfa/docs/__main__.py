"""Regenerate (or, with ``--check``, verify) the generated files of the repository.

Run from the repository root: ``python -m kbfa.docs`` writes the JSON Schema and the
generated documentation pages; ``python -m kbfa.docs --check`` exits 1 and names
every stale file without writing anything.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kbfa.docs._generated import REGEN_COMMAND, generated
from kbfa.errors import KbfaError
from kbfa.files import write_output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=REGEN_COMMAND, description=__doc__)
    parser.add_argument("--check", action="store_true", help="only report stale files")
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="repository root")
    args = parser.parse_args(argv)
    root: Path = args.root
    if not (root / "pyproject.toml").is_file() or not (root / "src" / "kbfa").is_dir():
        print(f"{root}: not the kbfa repository root (use --root)", file=sys.stderr)
        return 2
    stale = []
    for relative, make in generated().items():
        path = root / relative
        text = make()
        current = path.read_text(encoding="utf-8") if path.is_file() else None
        if current == text:
            continue
        stale.append(relative)
        if not args.check:
            try:
                write_output(path, text)
            except KbfaError as exc:
                print(exc, file=sys.stderr)
                return 2
    for relative in stale:
        print(("stale: " if args.check else "wrote: ") + relative)
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
