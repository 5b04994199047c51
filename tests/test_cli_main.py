"""The ``kbfa`` entry point: exit statuses that hold for every command."""

from __future__ import annotations

import argparse

import pytest

from kbfa.cli import _cmd_rules, _main, main


class TestUnexpectedErrors:
    def _broken(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Make `kbfa rules` fail with a bug (register() picks the handler up at parse time)."""

        def handler(args: argparse.Namespace) -> int:
            raise RuntimeError("trasig")

        monkeypatch.setattr(_cmd_rules, "run", handler)

    def test_bug_gives_a_message_not_a_traceback(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """An unexpected exception exits 2 with a one-line Swedish message, no traceback."""
        self._broken(monkeypatch)
        monkeypatch.delenv("KBFA_DEBUG", raising=False)
        assert main(["rules"]) == 2
        err = capsys.readouterr().err
        assert err.startswith("kbfa: internt fel (RuntimeError: trasig)")
        assert "Traceback" not in err

    def test_debug_shows_the_exception(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """With KBFA_DEBUG set, the exception propagates for a developer to see."""
        self._broken(monkeypatch)
        monkeypatch.setenv("KBFA_DEBUG", "1")
        with pytest.raises(RuntimeError, match="trasig"):
            main(["rules"])

    def test_help_lists_every_command(self, capsys: pytest.CaptureFixture[str]) -> None:
        """kbfa --help lists every subcommand the package ships."""
        assert main(["--help"]) == 0
        out = capsys.readouterr().out
        for name in _main.COMMANDS:
            assert name in out
