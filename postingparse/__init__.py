"""postingparse: job-posting text in, structured requirement records out."""

from .pipeline import Extractor, build_pipeline, parse
from .record import (
    DEGREE_LEVELS,
    DegreeEntry,
    Entry,
    ExperienceEntry,
    IndustryEntry,
    MethodologyEntry,
    Posting,
)
from .vocabulary import Vocabularies, load_table

__version__ = "0.1.0"

__all__ = [
    "parse",
    "Extractor",
    "build_pipeline",
    "Posting",
    "Entry",
    "DegreeEntry",
    "ExperienceEntry",
    "IndustryEntry",
    "MethodologyEntry",
    "DEGREE_LEVELS",
    "Vocabularies",
    "load_table",
    "__version__",
]
