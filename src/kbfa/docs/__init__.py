"""Generated documentation: the configuration reference and the rule catalogue pages.

``python -m kbfa.docs`` rewrites every generated file of the repository (see
:mod:`kbfa.docs._generated`); the tests fail when one is stale.
"""

from kbfa.docs._generated import REGEN_COMMAND, generated

__all__ = ["REGEN_COMMAND", "generated"]
