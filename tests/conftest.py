from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, settings

ROOT = Path(__file__).resolve().parents[1]
CONFIGS = ROOT / "configs"
#: The four municipalities' own documents, beside the project (../shared/seeds).
SEEDS = ROOT.parent / "shared" / "seeds"


# Hypothesis's timing checks measure the machine, not kbfa: on a loaded CI machine (CI runs
# two Pythons side by side on two cores) an example over its 200 ms deadline, or a strategy
# slow to draw its first examples (seen once here: 2.2 s for one draw while another suite
# ran), failed a test whose property held. Speed is measured by benchmarks/run.py instead.
settings.register_profile("kbfa", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("kbfa")


@pytest.fixture
def configs_dir() -> Path:
    return CONFIGS


if "MUTANT_UNDER_TEST" in os.environ:
    # Under mutmut (tests/README.md, "Mutation testing"), pytest runs several times in one
    # process: once to learn which test calls which function, once clean, then once per
    # mutant in a fork. Hypothesis would take the second run of a test method for a second
    # executor (the health check guards against state shared between executors, which
    # these tests do not keep), and its example database would let one mutant's examples
    # find the next; so under mutmut the check is off and there is no database. Each
    # property draws at most 5 examples there (with --hypothesis-seed=0 from pyproject):
    # a surviving mutant runs every test that calls the mutated function, and at full
    # strength the properties take most of the time those tests need.
    def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
        for item in items:
            test = getattr(getattr(item, "obj", None), "__func__", getattr(item, "obj", None))
            own = getattr(test, "_hypothesis_internal_use_settings", None)
            if own is None:
                continue
            test._hypothesis_internal_use_settings = settings(  # type: ignore[union-attr]
                own,
                database=None,
                max_examples=min(own.max_examples, 5),
                # A mutant that makes a property fail is killed by the first failing
                # example; shrinking it (re-running the evaluation hundreds of times) only
                # made mutmut time the test out, 30 s a mutant.
                phases=[p for p in own.phases if p is not Phase.shrink],
                # Two workers share the machine: a slow example is no failure (a deadline
                # would count a mutant as killed for the load, not for its behaviour).
                deadline=None,
                suppress_health_check=[*own.suppress_health_check, HealthCheck.differing_executors],
            )
