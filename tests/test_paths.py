"""Alternative requirement paths: phrasing families, through the real `parse`, and their scoring."""

from __future__ import annotations

import pytest

from postingparse import parse
from postingparse.evaluate import evaluate
from postingparse.record import Posting

N = None

# text -> the set of (degree, min_years) paths
PATHS = [
    # degree-conditioned years, degree first
    ("BS with 5+ years of experience, or MS with 3+ years of experience, or PhD with 1+ years of experience.",
     {("bachelor", 5.0), ("master", 3.0), ("doctorate", 1.0)}),
    ("Minimum Qualifications: Bachelor of Science and 5 years' data science experience OR Master of Science "
     "and 3 years' data science experience.", {("bachelor", 5.0), ("master", 3.0)}),
    ("Bachelor's degree in Biological Sciences or related field with 4+ years related experience OR M.S. in "
     "Biological Sciences or related field with 1-2 years research experience is required",
     {("bachelor", 4.0), ("master", 1.0)}),
    # the unit said once for the list
    ("B.S. with 8+ years, M.S. with 6, or Ph.D. with 3 years of relevant experience.",
     {("bachelor", 8.0), ("master", 6.0), ("doctorate", 3.0)}),
    ("BS with 2 publications, or MS with 1 patent.", set()),
    # years first, then the degree
    ("Typically requires a minimum of 7 years of related experience with a bachelor's degree; or 5 years and a "
     "master's degree; or 4 years with a PhD.", {("bachelor", 7.0), ("master", 5.0), ("doctorate", 4.0)}),
    # a degree named without years, as one of the alternatives
    ("Ph.D in Computer Science, Statistics or related field, or MS with 3+ years of experience",
     {("doctorate", N), ("master", 3.0)}),
    # years with no degree as one of the alternatives
    ("Seven (7) years of work experience analyzing crime data; OR\nGraduation from an accredited college with an "
     "Associate's degree, plus five (5) years of work experience analyzing crime data; OR\nGraduation from an "
     "accredited college with a Bachelor's degree, plus three (3) years of work experience analyzing crime data",
     {("none", 7.0), ("associate", 5.0), ("bachelor", 3.0)}),
    # experience in lieu of the degree: "commensurate", "demonstrated relevant progressive" experience
    ("Education:\n4-year undergraduate degree or demonstrated relevant progressive experience\n", {("bachelor", N), ("none", N)}),
    ("Education/CertificationFour year college in a quantitative field such as Computer Science or commensurate work "
     "experience. MUST HAVE at least three (3) years of industry experience as a Data Engineer", {("bachelor", 3.0), ("none", N)}),
    # experience in lieu of the degree, with the years asked besides
    ("Bachelor's degree required or an equivalent combination of education and experience.\n"
     "5 years' project management experience required.", {("bachelor", 5.0), ("none", N)}),
    ("Bachelor's degree or substitute years of job experience. 3 to 5 years experience with storage.",
     {("bachelor", 3.0), ("none", N)}),
    # a degree in lieu of years
    ("Minimum 5 years of experience in construction inspection. A degree (Bachelors or higher) in Civil "
     "Engineering can be substituted for up to two (2) years of the required experience.",
     {("none", 5.0), ("bachelor", 3.0)}),
    ("3 years of experience required, or a degree in lieu of 2 years of experience.",
     {("none", 3.0), ("bachelor", 1.0)}),
    ("Minimum 5 years of experience. A bachelor's degree may be substituted for up to two (2) years of the "
     "required experience.", {("none", 5.0), ("bachelor", 3.0)}),
    ("Bachelor's degree from an accredited four year institution required.\n3-5 years experience required. "
     "Will accept Master's Degree in lieu of experience.", {("bachelor", 3.0), ("master", N)}),
    # wave-3 families (issue 14). A degree or years in its place, with no "equivalent" ("Bachelor's degree or
    # 3-5 years related experience"): the degree alone, or the years without it, whatever cue follows.
    ("Job Requirements Bachelor's degree in Supply Chain Management or 3-5 years related inventory Management "
     "experience preferred.", {("bachelor", N), ("none", 3.0)}),
    ("Position Requirements:\n\n• Bachelor's degree or 1+ years of related analytical experience required.",
     {("bachelor", N), ("none", 1.0)}),
    ("They come from a Degree in Information Systems or 6-8 years of general analytical experience.",
     {("bachelor", N), ("none", 6.0)}),
    # "or equivalent (work) experience" with no number: the degree, or experience in its place; a diploma listed
    # with a trade school is the lowest way in
    ("Requirements: BA/BS degree or equivalent practical experience. 4+ years of experience in campaign measurement.",
     {("bachelor", 4.0), ("none", N)}),
    ("* 2 yrs+ FT work experience * Education: High school diploma, Trade School or equivalent work experience in "
     "Automotive *", {("high_school", 2.0), ("none", N)}),
    ("Requirements: Bachelor's and 6+ years of relevant experience or Master's and 4+ years. Additional experience "
     "may be considered in lieu of degree.", {("bachelor", 6.0), ("master", 4.0), ("none", N)}),
    # long field lists between a degree and its years
    ("Minimum Requirements: Bachelor's degree in Computer Science, Operations Research, Mathematics, Statistics, "
     "Economics, Engineering or a related field and 5 years of progressive, post-baccalaureate related work "
     "experience; or a Master's degree in Computer Science, Operations Research, Mathematics, Statistics, Economics, "
     "Engineering or a related field and 4 years of related work experience.", {("bachelor", 5.0), ("master", 4.0)}),
    # degree-and-years pairs in sentences of their own: said to be alternatives, or nothing else between them
    ("Primary Requirements: Ph.D. or foreign equivalent in Computer Science, Statistics, Engineering or related "
     "field plus one year of research experience in the job offered as a Research Engineer.Alternative "
     "Requirements: Master's degree or foreign equivalent in Computer Science, Statistics, Engineering or related "
     "field plus three years of research experience.", {("doctorate", 1.0), ("master", 3.0)}),
    ("bachelor's degree in mechanical/electrical/electronics engineering with 2 years of manufacturing experience in "
     "related field. diploma in mechanical / electrical engineering with minimum 5 years working experience in "
     "related field can apply.", {("bachelor", 2.0), ("associate", 5.0)}),
    # years alone, then years named for a higher degree in the next sentence
    ("Education:\n\nRequires BS/BA degree in a related field\n\nExperience/Skills:\nAt least 5 years of experience with "
     "quantitative and qualitative data interpretation and analysis. 3 years with a Master's degree.\n",
     {("bachelor", 5.0), ("master", 3.0)}),
    ("At least 5 years of experience with data analysis. Bachelor's degree with 3 years of Python preferred.", set()),
    # an abbreviation with years after "with" is a degree ("BS with 10+ years")
    ("Ph.D. in Cell Biology or related field with 2+ years, or MS with 5+ years, or BS with 10+ years of relevant "
     "experience.", {("doctorate", 2.0), ("master", 5.0), ("bachelor", 10.0)}),
    # a ladder of "With <degree>: <years>" rungs, whatever headers or bullets stand between them
    ("Experience\nRequired:\nWith Bachelor's Degree: 6-8 years of traditional data analysis.\n2+ years of applied "
     "predictive modeling in a business setting.\nPreferred:\nWith Master's Degree: 4 years of traditional data "
     "analysis.\nEquivalent Experience:\nWith High School Diploma/GED: 12 years of traditional data analysis.",
     {("bachelor", 6.0), ("master", 4.0), ("high_school", 12.0)}),
    ("EXPERIENCE: Required: With High School Diploma: At least 10 years of collecting and analyzing data "
     "Preferred:With Associate's Degree: 7 years of collecting and analyzing dataWith Bachelor's Degree: 5 years of "
     "collecting and analyzing data",
     {("high_school", 10.0), ("associate", 7.0), ("bachelor", 5.0)}),
    ("Required: With Bachelor's Degree: 3-5 years of experience in SAS programming.", set()),
    # a ladder without "with": the colon, dash or "=" after the degree labels its years
    ("Experience: Bachelor's: 5 years; Master's: 3 years", {("bachelor", 5.0), ("master", 3.0)}),
    ("Education/Experience: BS - 5 yrs / MS - 3 yrs", {("bachelor", 5.0), ("master", 3.0)}),
    ("Minimum Requirements: Bachelor's degree - 5 years of engineering experience; Master's degree - 3 years of "
     "engineering experience; Ph.D. - 1 year of engineering experience.",
     {("bachelor", 5.0), ("master", 3.0), ("doctorate", 1.0)}),
    ("Years of experience by degree: B.S. = 8+ years, M.S. = 5+ years", {("bachelor", 8.0), ("master", 5.0)}),
    # one rung is no ladder; a glued bullet dash after a degree names one way in only
    ("Bachelor's degree: 4 years of experience in accounting.", set()),
    ("Qualifications:- Bachelor's Degree- 3+ years of Magento experience- Master's degree a plus", set()),
    ("With a Master's degree: strong communication skills. With a Bachelor's degree: 5 years of experience.", set()),
    # "3 or more years" beside the last of degrees coordinated with "and/or"; the others take the years asked besides
    ("An Associate's Degree in Drafting, and/or a Bachelor's Degree in Engineering Technology, and/or a high school "
     "diploma and 3 or more years drafting course work or equivalent technical experience. A minimum of 3 years "
     "substation physical design experience.",
     {("associate", 3.0), ("bachelor", 3.0), ("high_school", 3.0)}),
    # "N or more years"; the levels named first and then given years each are those paths, not one more
    ("Typically requires a bachelors degree, masters degree or PhD in engineering and progressive engineering "
     "experience as follows; six or more years of experience with a bachelors degree, four or more years of "
     "experience with a masters degree, or two or more years with a PhD.",
     {("bachelor", 6.0), ("master", 4.0), ("doctorate", 2.0)}),
    ("Bachelor's degree with 9 or more years' experience in information technology\nOR\nMaster's Degree with 7 or "
     "more years' experience in information technology", {("bachelor", 9.0), ("master", 7.0)}),
    # an equivalent that follows a degree is the degree's; one inside a list after years is those years'
    ("BS in Computer Science or equivalent experience with eight (8) years of experience; MS in Computer Science or "
     "equivalent experience with five (5) years of experience.", {("bachelor", 8.0), ("master", 5.0), ("none", N)}),
    ("B.S. with 4 years experience or M.S. with 1 year of experience in computer science, bioinformatics or relevant "
     "experience", {("bachelor", 4.0), ("master", 1.0)}),
    ("Must have an undergraduate (BS) or postgraduate (MS/Ph.D.) degree in Statistics, Mathematics or equivalent "
     "work experience AND a minimum of 5 years of professional work experience", {("bachelor", 5.0), ("none", N)}),
    # which amount a path takes: the low end of a range before the degree
    ("Requires 2 to 5 years with BS/BA or 0 to 2 years with MS/MA/MBA.", {("bachelor", 2.0), ("master", 0.0)}),
    ("Bachelor's degree and generally 5 years of experience in a related field OR Master's degree and generally 2-4 "
     "years of experience in a related field.", {("bachelor", 5.0), ("master", 2.0)}),
    # years alone, then "OR" and a degree offered instead of them
    ("Qualifications\n\n2 years of professional experience in an analyst role OR Associate's degree or Bachelor's "
     "degree\nDemonstrated ability to learn", {("none", 2.0), ("associate", N)}),
    ("3 years of experience or a Bachelor's degree in accounting.", {("none", 3.0), ("bachelor", N)}),
    ("5 years of experience in sales, or a related field. Bachelor's degree required.", set()),
    # a high school diploma with experience in its place, said in words (a bare "or equivalent" there is a GED)
    ("EDUCATION And/or EXPERIENCE\nHigh school diploma or general education degree (GED); and one year dealership "
     "warehouse experience and/or training; or equivalent combination of education and experience.",
     {("high_school", 1.0), ("none", N)}),
    ("High school diploma or GED and 2 years of customer service experience, or an equivalent combination of "
     "education and experience.", {("high_school", 2.0), ("none", N)}),
    ("High School Diploma or equivalent required. 2 years of warehouse experience.", set()),
    # years offered in place of the diploma after a semicolon
    ("High School Diploma or general education degree (GED); or three (3) to five (5) years related experience "
     "and/or training; or equivalent combination of education and experience.", {("high_school", N), ("none", 3.0)}),
    ("Bachelor's degree; or 4 years of related experience.", {("bachelor", N), ("none", 4.0)}),
    ("High school diploma or equivalent and 3 years of experience.", set()),
    # not paths: the same degree with other years for another job level; a degree word that repeats the one before
    ("Basic Qualifications for level 2:\nBA or BS in Statistics or related field and a minimum of 2 years of related "
     "experience\n\nBasic Qualifications for level 3:\nBA or BS in Statistics or related field and a minimum of 5 "
     "years of related experience", set()),
    ("Requires a Bachelor's degree in Business Administration or related degree and 2+ years experience in project "
     "management.", set()),
    # not paths: one degree and years; required vs preferred; a student's status
    ("Bachelor's degree required; 5+ years of experience.", set()),
    ("Bachelor's degree required, Master's preferred. 3+ years of experience in manufacturing.", set()),
    ("Bachelor's degree in engineering and 5 years of experience in plant operations.", set()),
    ("We offer tuition assistance toward your bachelor's degree after 2 years of service.", set()),
    ("No degree? No problem. Founded 10 years ago, we vest after 3 years.", set()),
    # "or equivalent experience" after a diploma that already names its GED is experience in its place (wave 5);
    # a bare "or equivalent" after a diploma is the GED, no path
    ("Educational Requirements: High school diploma / GED or equivalent experience. Technician/Industrial Laborer Skills",
     {("high_school", N), ("none", N)}),
    ("High school diploma or GED, or equivalent work experience; 2 years of forklift experience.",
     {("high_school", 2.0), ("none", N)}),
    ("High school diploma or equivalent; 2 years of forklift experience.", set()),
    ("High school diploma or equivalent experience.", set()),
    # a degree only preferred still trades against experience offered right beside it (wave 5)
    ("The Ideal Candidate Will Possess The Following Qualifications Bachelor's degree or equivalent work experience "
     "(not required) Excellent written and verbal communication skills", {("bachelor", N), ("none", N)}),
    ("Master's degree or equivalent experience preferred.", {("master", N), ("none", N)}),
    # ... not a preferred degree with experience asked in another sentence
    ("Bachelor's degree preferred. 3 years of experience or equivalent experience.", set()),
    # a preferred degree with experience offered in its place on its own line, whatever stands between (paths2, wave 7)
    ("Minimum Requirements:\nAssociates degree in Social Work, Psychology or other related field preferred, or equivalent "
     "combination of education and work experience.\nJob Type: Full-time", {("associate", N), ("none", N)}),
    ("Experience and Education Requirements\nBachelor’s degree (preferred emphasis in computer science or MIS) or equivalent "
     "experiences\nMinimum 5 years of experience in supporting ETL", {("bachelor", 5.0), ("none", N)}),
    ("What you’ll bring to the table\nMS or PhD (preferred) in a scientific discipline or equivalent experience as a Field "
     "Application Scientist", {("master", N), ("none", N)}),
    ("Education Requirement\nUndergraduate degree or equivalent combination of education and work experience\nYears of "
     "Experience Requirement\n5+ years of data analysis experience is required", {("bachelor", 5.0), ("none", N)}),
    # ... not years in between, nor a preference beside a required degree
    ("Bachelor's degree preferred; 3+ years of experience or equivalent combination of education and experience.", set()),
    ("Bachelor's degree required.\nPreferred Qualifications:\nAdvanced degree or 5+ years relevant experience", set()),
    # the cue in the next lines names the education it stands for; "equivalent in work experience"
    ("Master’s Degree in Computer Science, Applied Math or a related field. Or an equivalent combination of education and "
     "work experience.\n2+ years of experience developing machine learning solutions.", {("master", 2.0), ("none", N)}),
    ("High school diploma or general education degree (GED).\n6-12 months of related experience and/or training; or "
     "equivalent combination of education and experience.", {("high_school", 0.5), ("none", N)}),
    ("What We Look For:\n- Bachelor’s Degree or equivalent in work experience\n- 3 to 5 yrs experience in computer science",
     {("bachelor", 3.0), ("none", N)}),
    # the degree's own years, not the most years asked elsewhere
    ("Typical qualifications would be a Bachelor’s degree in statistics or a related field plus 2+ years of applicable "
     "experience. Any equivalent combination of education and experience that provides the required knowledge and skills "
     "is qualifying.\nRequirements:\n5+ years of SQL.", {("bachelor", 2.0), ("none", N)}),
    # experience in the degree's place said other ways: "or equivalent education and experience", "may be substituted
    # by ... experience", "experience ... may be substituted for the education", "In lieu of degree, ... experience"
    ("Requirements\nBachelor's Degree (or equivalent education and experience) in Human Resources or related field\n5+ "
     "years of Human Resource Management experience", {("bachelor", 5.0), ("none", N)}),
    ("• Master’s or higher degree (may be substituted by relevant work experience) in applied mathematics, physics\n• 3+ "
     "years of experience", {("master", 3.0), ("none", N)}),
    ("Requirements\nAssociates degree in HR or related field, preferred (experience and/or other training/certification "
     "may be substituted for the education)\n5+ years of HR, payroll and benefits experience required.",
     {("associate", 5.0), ("none", N)}),
    ("4 to 6 years of related DevOps experience. BA/BS in Computer Science or related technical field. (In lieu of "
     "degree, relevant work experience). Solid communication skills", {("bachelor", 4.0), ("none", N)}),
    # ... and for a preferred degree in the next lines, where the cue names the degree
    ("Education\nMaster's Degree Preferred In: Statistics, Computer Science, or other quantitative fields\nAdditional "
     "experience will be considered in lieu of an advanced degree.\nExperience\nOne to three years of experience",
     {("master", 1.0), ("none", N)}),
    ("Education\nMaster's Degree Preferred\nExperience\nOne to three years of experience\nAdditional experience will be "
     "considered in lieu of an advanced degree.", set()),
    # a degree that "can substitute for experience", preferred or not
    ("Required Experience:\n1-3 years of relevant work experience\nRequired Education:\nMinimum requirement of BA/BS in "
     "economics, Masters Degree can substitute for experience.", {("bachelor", 1.0), ("master", N)}),
    ("High School degree.\nSix (6) months experience in a medical field.\nHigher educational degree/training may substitute "
     "for experience.", {("high_school", 0.5), ("bachelor", N)}),
    ("Bachelor's degree required. Master's degree preferred. Master's degree holders may apply for the senior role.", set()),
    # years alone beside a degree offered with fewer years ask no degree
    ("Typically requires six (6) or more years of relevant work experience OR a Bachelor's degree in accounting/finance "
     "and two (2) years of Big 4 experience.", {("none", 6.0), ("bachelor", 2.0)}),
    # years that stand for the degree: additional ones add to the years asked besides, a total does not
    ("Requires 3 years of relevant experience.\nBachelor's degree in Engineering, Computer Science or related field. 4 "
     "additional years of experience may be substituted in lieu of a degree", {("bachelor", 3.0), ("none", 7.0)}),
    ("Bachelor's Degree. (4 years of experience may be substituted in lieu of a degree).\n10 years of experience in data "
     "science or a related field.", {("bachelor", 10.0), ("none", 14.0)}),
    ("Hiring Requirements\nBachelors degree and 7 years of cloud engineering/architecture experience is required.\nIn lieu "
     "of degree, 9 years of cloud engineering/architecture experience.", {("bachelor", 7.0), ("none", 9.0)}),
    ("Bachelor's degree in a related field. Three years in an analyst position.\nIn lieu of a degree, an additional 4 years "
     "of experience may be considered.", {("bachelor", 3.0), ("none", 7.0)}),
]


@pytest.mark.parametrize("text, expected", PATHS)
def test_paths(text: str, expected: set) -> None:
    posting = parse(text)
    assert {(p.degree, p.min_years) for p in posting.paths} == expected
    for path in posting.paths:
        assert text[path.start:path.end] == path.text
        assert all(0 <= i < len(posting.degrees) for i in path.degree_entries)
        assert all(0 <= i < len(posting.experience) for i in path.experience_entries)


def test_paths_link_their_entries() -> None:
    posting = parse("BS with 5 years of experience, or MS with 3 years of experience.")
    by_degree = {p.degree: p for p in posting.paths}
    assert posting.degrees[by_degree["master"].degree_entries[0]].level == "master"
    assert posting.experience[by_degree["master"].experience_entries[0]].min_years == 3.0


def test_substitution_says_what_it_replaces() -> None:
    posting = parse("Bachelor's degree required or an equivalent combination of education and experience. "
                    "5 years of project management experience required.")
    assert {p.degree: p.replaces for p in posting.paths} == {"bachelor": None, "none": "degree"}


@pytest.mark.parametrize("record, expected", [
    ({"degrees": [], "experience": [], "paths": []}, {}),
    ({"degrees": [{"level": "bachelor", "text": "BS", "start": 0, "end": 2}],
      "experience": [{"min_years": 4.0, "text": "4 years", "start": 5, "end": 12}]}, {"bachelor": 4.0}),
    ({"paths": [{"degree": "bachelor", "min_years": 5.0, "text": "x", "start": 0, "end": 1},
                {"degree": "master", "min_years": 3.0, "text": "x", "start": 0, "end": 1},
                {"degree": "doctorate", "min_years": 4.0, "text": "x", "start": 0, "end": 1},
                {"degree": "none", "min_years": None, "text": "x", "start": 0, "end": 1}]},
     {"bachelor": 5.0, "master": 3.0, "doctorate": 3.0}),
])
def test_min_years_by_degree(record: dict, expected: dict) -> None:
    assert Posting.from_dict({"id": "p", **record}).min_years_by_degree == expected


def test_paths_are_additive_and_round_trip() -> None:
    posting = parse("BS with 5 years of experience, or MS with 3 years of experience.", id="a")
    record = posting.to_dict()
    assert list(record)[:5] == ["id", "degrees", "experience", "industries", "methodologies"]
    assert Posting.from_dict(record).to_dict() == record


def test_frame_and_summarize_years_by_degree() -> None:
    from postingparse.analysis import summarize, to_frame

    postings = [
        parse("BS with 5+ years of experience, or MS with 3+ years of experience.", id="a"),
        parse("Bachelor's degree required; 3+ years of experience.", id="b"),
        parse("Forklift operator wanted.", id="c"),
    ]
    frame = to_frame(postings)
    assert frame["min_years_by_degree"].tolist() == [{"bachelor": 5.0, "master": 3.0}, {"bachelor": 3.0}, {}]
    assert frame["min_years_required"].iloc[:2].tolist() == [5.0, 3.0] and frame["min_years_required"].isna().iloc[2]
    summary = summarize(frame)
    assert summary.loc["all", "years_median_bachelor"] == 4.0
    assert summary.loc["all", "years_median_master"] == 3.0
    assert summary["years_median_doctorate"].isna().all()


def test_evaluate_scores_paths_only_where_gold_carries_them() -> None:
    text = "BS with 5 years of experience, or MS with 3 years of experience."
    path = {"text": text, "start": 0, "end": len(text)}
    gold = [
        {"id": "a", "text": text, "paths": [{"degree": "bachelor", "min_years": 5, **path},
                                            {"degree": "master", "min_years": 2, **path}]},
        {"id": "b", "text": "Bachelor's degree required.", "paths": []},
    ]
    result = evaluate(gold)
    counts = result.counts["paths"]
    assert (counts.tp, counts.fp, counts.fn) == (1, 1, 1)
    assert set(result.counts) == {"paths"}
    v1 = evaluate([{"id": "c", "text": text, "degrees": [], "experience": [], "industries": [], "methodologies": []}])
    assert "paths" not in v1.counts


def test_a_run_of_hundreds_of_pairs_is_no_list_of_alternatives():
    """Hostile or repeated text: a path's evidence is its whole list, so a list of hundreds would be copied into
    each of its paths; no posting states more than a handful of ways to qualify."""
    unit = "Bachelor's degree in engineering and 3-5 years of experience in manufacturing; or "
    posting = parse(unit * 300)
    assert posting.paths == []
    assert parse(unit * 2 + "Master's degree and 1 year of experience.").paths
