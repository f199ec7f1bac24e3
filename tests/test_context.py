"""What the families share about a doc: the requirement levels read for a set of entries, once per doc."""

from __future__ import annotations

from copy import copy

import pytest

from postingparse.pipeline import default_extractor
from postingparse.rules.scope import RequirementScope

TEXTS = [
    "Valid driver's license required, CDL preferred. Forklift certification a plus.",
    "Requirements:\n- PMP certification\nPreferred:\n- CPA\n- PMP certification",
    "Benefits: tuition for your CPA.\nQualifications: CPA required; CMA preferred.",
]


def _certification_entries(text: str):
    extractor = default_extractor()
    doc = extractor.nlp.make_doc(text)
    entries, context = extractor.nlp.get_pipe("postingparse").match(doc)
    return doc, [e for e in entries if e.family == "certifications"], context


@pytest.mark.parametrize("text", TEXTS)
def test_requirement_levels_are_the_scopes_on_copies(text: str) -> None:
    doc, entries, context = _certification_entries(text)
    assert entries, text
    before = [copy(e) for e in entries]
    copies = [copy(e) for e in entries]
    kept, _, _ = context.requirement_scope.apply(doc, context.segments, copies, context.sections)
    expected = [c.requirement if any(c is k for k in kept) else None for c in copies]
    assert context.requirement_levels(doc, entries) == expected
    assert entries == before  # read on copies: the entries keep their own requirement


def test_requirement_levels_of_the_same_entries_are_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    doc, entries, context = _certification_entries(TEXTS[0])
    calls = []
    apply = RequirementScope.apply

    def counted(self, *args, **kwargs):
        calls.append(1)
        return apply(self, *args, **kwargs)

    monkeypatch.setattr(RequirementScope, "apply", counted)
    first = context.requirement_levels(doc, entries)
    again = context.requirement_levels(doc, list(reversed(entries)))  # the same set, in another order
    assert again == list(reversed(first))
    assert len(calls) == 1
    context.requirement_levels(doc, entries[:1])  # another set is read anew
    assert len(calls) == 2
