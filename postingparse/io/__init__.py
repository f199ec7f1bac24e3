"""Readers and writers for the batch command: files in, records, tables and error logs out.

A posting's way through a batch: `Inputs` finds the files and reads them into
`Item`s (``sources.py``, ``documents.py`` for one-posting files, ``rows.py``
for tabular and JSON files); `extract_items` runs the extractor over them in
order (``parallel.py``); the writers (``writers.py``) write records, summaries
and long tables; ``resume.py`` finds what an interrupted run already wrote;
`run_batch` (``batch.py``) ties them together for ``postingparse extract``;
``cluster.py`` runs the extraction and the writers on a Dask cluster instead (``--dask``).
``encoding.py`` decodes input bytes (UTF-8, else Windows-1252 with a warning), and
``readback.py`` reads back what ``extract`` wrote (records, tables, summaries) and the
posting texts of any input, for ``summarize``, ``report``, ``tables`` and ``evaluate``.
"""

from .batch import BatchError, BatchOptions, BatchReport, records_to_tables, run_batch
from .items import Item, ReadOptions, Source
from .parallel import extract_items
from .readback import Outputs, ReadbackError, posting_texts, read_outputs
from .resume import ResumeError
from .sources import Inputs

__all__ = [
    "Inputs",
    "Item",
    "ReadOptions",
    "Source",
    "extract_items",
    "run_batch",
    "records_to_tables",
    "BatchOptions",
    "BatchReport",
    "BatchError",
    "ResumeError",
    "Outputs",
    "ReadbackError",
    "read_outputs",
    "posting_texts",
]
