"""The public surface: parse, Extractor, the spaCy component, vocabularies as data."""

from __future__ import annotations

import json
from importlib.metadata import entry_points

import pytest
import spacy
from spacy import displacy

import postingparse
from postingparse import Extractor, Posting

SAMPLE = (
    "An alloy manufacturer in Illinois is looking for an industrial production manager who has a bachelor's "
    "in industrial or mechanical engineering and 3-5 years of experience in manufacturing. Ideal applicants "
    "are knowledgeable in manufacturing methods like 6 Sigma, Lean and ISO."
)


def test_parse_returns_typed_posting_with_v1_shape() -> None:
    posting = postingparse.parse(SAMPLE, id="il")
    assert isinstance(posting, Posting)
    record = posting.to_dict()
    assert record["id"] == "il"
    assert set(record) >= {"id", "degrees", "experience", "industries", "methodologies"}
    json.dumps(record)  # JSON-serialisable as it stands
    assert [e.level for e in posting.degrees] == ["bachelor"]
    assert (posting.experience[0].min_years, posting.experience[0].max_years) == (3, 5)
    assert posting.min_years_required == 3
    assert posting.min_degree_level == "bachelor"


def test_posting_round_trips_through_dict() -> None:
    posting = postingparse.parse(SAMPLE, id="il")
    assert Posting.from_dict(posting.to_dict()) == posting


def test_pipe_streams_in_input_order_with_ids() -> None:
    texts = [SAMPLE, "No requirements here.", "Six Sigma Green Belt preferred."] * 5
    ids = [f"p{i}" for i in range(len(texts))]
    ex = Extractor()
    one = [p.to_dict() for p in ex.pipe(texts, ids=ids, batch_size=4)]
    assert [r["id"] for r in one] == ids
    assert one[0] == ex.parse(SAMPLE, id="p0").to_dict()


def test_pipe_with_two_processes_matches_one() -> None:
    texts = [SAMPLE, "Requires 2+ years of SPC experience.", "Lean on me."] * 4
    ex = Extractor()
    serial = [p.to_dict() for p in ex.pipe(texts, batch_size=3)]
    parallel = [p.to_dict() for p in ex.pipe(texts, batch_size=3, n_process=2)]
    assert parallel == serial


def test_chunked_pipe_gives_each_doc_the_record_of_its_own_parse() -> None:
    """`PostingParser.pipe` runs each step over a chunk of docs: every record (spans too) is the one-doc record,
    whatever the chunk size, with more docs than the per-text caches keep (`literals.RECENT`)."""
    from pathlib import Path

    from postingparse.rules.literals import RECENT

    corpus = sorted((Path(__file__).resolve().parent.parent / "corpus" / "postings").glob("*.txt"))
    texts = [path.read_text(encoding="utf-8") for path in corpus]
    texts = (texts * (RECENT // max(1, len(texts)) + 2))[: RECENT + 7]
    ex = Extractor()
    alone = [ex.parse(text).to_dict() for text in texts]
    for batch_size in (1, 5, len(texts)):
        assert [p.to_dict() for p in ex.pipe(texts, batch_size=batch_size)] == alone
    nlp = ex.nlp

    def spans(docs: list) -> list[list[tuple[int, int, str]]]:
        return [[(s.start_char, s.end_char, s.label_) for s in doc.spans["postingparse"]] for doc in docs]

    assert spans(list(nlp.pipe(texts[:12], batch_size=12))) == spans([nlp(text) for text in texts[:12]])


def test_component_works_in_any_english_pipeline() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("postingparse")
    doc = nlp(SAMPLE)
    assert isinstance(doc._.posting, Posting)
    labels = {span.label_ for span in doc.spans["postingparse"]}
    assert {"DEGREE", "EXPERIENCE", "INDUSTRY", "METHODOLOGY", "CUE_PREFERRED"} <= labels
    html = displacy.render(doc, style="span", options={"spans_key": "postingparse"})
    assert "METHODOLOGY" in html


def test_extractor_takes_a_users_pipeline() -> None:
    nlp = spacy.blank("en")
    ex = Extractor(nlp)
    assert ex.nlp is nlp and nlp.pipe_names == ["postingparse"]
    assert ex.parse(SAMPLE).degrees


def test_factory_is_registered_through_an_entry_point() -> None:
    names = {ep.name: ep.value for ep in entry_points(group="spacy_factories")}
    assert names.get("postingparse") == "postingparse.component:make_postingparse"


@pytest.mark.parametrize("bad,message", [(None, "NoneType"), (b"bytes", "decode"), (42, "int")])
def test_non_text_input_is_a_clear_error(bad: object, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        postingparse.parse(bad)  # type: ignore[arg-type]


def test_offsets_point_at_the_evidence() -> None:
    posting = postingparse.parse(SAMPLE)
    for entry in posting.entries():
        assert SAMPLE[entry.start : entry.end] == entry.text


def test_user_vocabulary_extends_the_bundled_one(tmp_path) -> None:
    (tmp_path / "methodologies.jsonl").write_text(
        json.dumps({"label": "kaizen", "pattern": "Kaizen Blitz Board"}) + "\n", encoding="utf-8"
    )
    ex = Extractor(data_dir=str(tmp_path))
    found = ex.parse("Experience running a Kaizen Blitz Board and SPC charts.").methodologies
    assert [(m.label, m.text) for m in found] == [("kaizen", "Kaizen Blitz Board"), ("spc", "SPC")]


def test_building_leaves_the_garbage_collector_as_it_was() -> None:
    """The collector is paused while a pipeline is built (`postingparse.startup`), and only then."""
    import gc

    from postingparse.startup import collector_paused

    was = gc.isenabled()
    try:
        gc.enable()
        with pytest.raises(ValueError):
            with collector_paused():
                assert not gc.isenabled()
                raise ValueError("a failed build")
        assert gc.isenabled()
        gc.disable()  # the caller's choice is kept
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()


def test_tokenizer_is_blank_englishs_with_the_slash_before_a_digit_split() -> None:
    from spacy.util import compile_infix_regex

    from postingparse.pipeline import blank_english

    ours, reference = blank_english(), spacy.blank("en")
    reference.tokenizer.infix_finditer = compile_infix_regex(
        [*reference.Defaults.infixes, r"(?<=[A-Za-z])/(?=[0-9])"]
    ).finditer
    text = "TPM/5S, Lean/6 Sigma and SPC/8D; B.S./M.S. in EE/CS, e.g. 3-5 yrs (U.S.) don't 24/7 ISO-9001:2015."
    assert [t.text for t in ours(text)] == [t.text for t in reference(text)]
    assert [t.text for t in ours("TPM/5S")] == ["TPM", "/", "5S"]
    assert ours.config.to_str() == spacy.blank("en").config.to_str()
