"""Word documents (python-docx): the compliance report and the governance documents.

Importing this package imports python-docx; command modules import it inside their
handler so that ``kbfa --help`` and ``kbfa check`` stay fast.
"""

from kbfa.outputs.docx._appendix import build_appendix, coordinator_appendix
from kbfa.outputs.docx._context import BuildContext, Builder, GeneratedDocument
from kbfa.outputs.docx._follow_up import build_follow_up
from kbfa.outputs.docx._lagesbild import build_lagesbild
from kbfa.outputs.docx._outline import outline, text_of
from kbfa.outputs.docx._registry import DOCUMENTS, build_documents
from kbfa.outputs.docx._report import build_report, compliance_report
from kbfa.outputs.docx._report_parts import ReportIdentity
from kbfa.outputs.docx._save import document_bytes, end_without_blank_page
from kbfa.outputs.docx._template import (
    REQUIRED_STYLES,
    Template,
    cleaning_notice,
    load_template,
)
from kbfa.outputs.docx._write import write_documents

__all__ = [
    "DOCUMENTS",
    "REQUIRED_STYLES",
    "BuildContext",
    "Builder",
    "GeneratedDocument",
    "ReportIdentity",
    "Template",
    "build_appendix",
    "build_documents",
    "build_follow_up",
    "build_lagesbild",
    "build_report",
    "cleaning_notice",
    "compliance_report",
    "coordinator_appendix",
    "document_bytes",
    "end_without_blank_page",
    "load_template",
    "outline",
    "text_of",
    "write_documents",
]
