"""What a config file may contain, told from the model: JSON Schema, key catalogue, starter.

Sits above the config layer: it reads the model's classes and the loader's tables
(references, requirement keys) and writes nothing but text files (through
:mod:`kbfa.files`).
"""

from kbfa.schema._descriptions import CLASSES, FIELDS, REQUIREMENT_KINDS, Doc
from kbfa.schema._init import SCHEMA_FILENAME, InitResult, write_starter
from kbfa.schema._init import describe as describe_init
from kbfa.schema._jsonschema import DRAFT, ID_PATTERN, TEXT_PATTERN, build_schema, schema_text
from kbfa.schema._sources import SOURCES, Source, source_label, sources_text
from kbfa.schema._starter import StarterInput, municipality_id, starter_text
from kbfa.schema._starter import problems as starter_problems

__all__ = [
    "CLASSES",
    "DRAFT",
    "FIELDS",
    "ID_PATTERN",
    "REQUIREMENT_KINDS",
    "SCHEMA_FILENAME",
    "SOURCES",
    "TEXT_PATTERN",
    "Doc",
    "InitResult",
    "Source",
    "StarterInput",
    "build_schema",
    "describe_init",
    "municipality_id",
    "schema_text",
    "source_label",
    "sources_text",
    "starter_problems",
    "starter_text",
    "write_starter",
]
