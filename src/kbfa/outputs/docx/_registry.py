"""The governance documents ``kbfa documents`` writes, and in which order.

Adding a document is one line in :data:`DOCUMENTS`: a name and a builder. A builder
is a function ``(governance, ctx) -> list[GeneratedDocument]`` (see
:mod:`kbfa.outputs.docx._context`); it starts each document with
:func:`~kbfa.outputs.docx._context.start_document`, writes it with the
:class:`~kbfa.outputs.docx._blocks.Writer` (named styles only, so the municipality's
template applies), and returns it with a file-name stem. The registry makes every
stem safe and unique; ``kbfa documents`` validates the template before any builder
runs and writes the files only after every builder has succeeded.
"""

from __future__ import annotations

from kbfa.model import Governance
from kbfa.outputs.docx._action_plan import build_action_plan
from kbfa.outputs.docx._agreement import build_agreements
from kbfa.outputs.docx._annual_cycle import build_annual_cycle
from kbfa.outputs.docx._context import BuildContext, Builder, GeneratedDocument
from kbfa.outputs.docx._filenames import safe_stem, unique_stems
from kbfa.outputs.docx._promise import build_promises
from kbfa.outputs.docx._structure import build_structure

__all__ = ["DOCUMENTS", "build_documents"]

#: (name, builder) in the order the files are written and listed.
DOCUMENTS: tuple[tuple[str, Builder], ...] = (
    ("struktur", build_structure),
    ("atgardsplan", build_action_plan),
    ("samverkansoverenskommelser", build_agreements),
    ("medborgarloften", build_promises),
    ("arshjul", build_annual_cycle),
)


def build_documents(
    g: Governance,
    ctx: BuildContext,
    registry: tuple[tuple[str, Builder], ...] = DOCUMENTS,
) -> list[GeneratedDocument]:
    """Every registered document for one municipality, with safe, unique file stems."""
    built = [doc for _name, builder in registry for doc in builder(g, ctx)]
    stems = unique_stems([safe_stem(d.stem) for d in built])
    return [GeneratedDocument(s, d.title, d.document) for s, d in zip(stems, built, strict=True)]
