"""postingparse: job-posting text in, structured requirement records out."""

from .startup import collector_paused

with collector_paused():  # importing spaCy makes ~100k objects: see `postingparse.startup`
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

#: pandas helpers, imported on first use so that ``import postingparse`` does not import pandas.
_LAZY = {
    "to_frame": "analysis",
    "extract_frame": "analysis",
    "summarize": "analysis",
    "tables": "frame",
    "show": "display",
}


def __getattr__(name: str) -> object:
    """The pandas helpers of `_LAZY`, imported from their module on first access."""
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
    "to_frame",
    "extract_frame",
    "summarize",
    "tables",
    "show",
    "__version__",
]
