from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CONFIGS = ROOT / "configs"
#: The four municipalities' own documents, beside the project (../shared/seeds).
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.fixture
def configs_dir() -> Path:
    return CONFIGS
