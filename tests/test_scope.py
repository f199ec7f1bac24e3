"""Required vs preferred: cue words by direction, section headers, and non-requirement sections.

Each row is (text, family, expected) where expected lists, in text order, the
(key, requirement) of the entries found, key being the level / (min, max) / label.
"""

from __future__ import annotations

import pytest
import regex
from helpers import entries_of

from postingparse.rules.literals import full_path
from postingparse.rules.scope import RequirementScope
from postingparse.vocabulary import Vocabularies

KEYS = {
    "degrees": ("level", "requirement"),
    "experience": ("min_years", "max_years", "requirement"),
    "methodologies": ("label", "requirement"),
    "certifications": ("label", "requirement"),
}


def _found(text: str, family: str) -> list[tuple]:
    return [tuple(e.values()) for e in entries_of(text, family, KEYS[family])]


# Cues that govern what follows them in their sentence or bullet.
FORWARD_CUES = [
    ("Ideal applicants are knowledgeable in manufacturing methods like 6 Sigma, Lean and ISO.", "methodologies",
     [("six_sigma", "preferred"), ("lean", "preferred"), ("iso", "preferred")]),
    ("The employer prefers candidates with Six Sigma, SPC and related techniques.", "methodologies",
     [("six_sigma", "preferred"), ("spc", "preferred")]),
    ("Ideal applicants have 3-5 years of experience in food manufacturing.", "experience", [(3, 5, "preferred")]),
    ("Preferred: Lean Six Sigma Green Belt.", "methodologies", [("lean", "preferred"), ("six_sigma", "preferred")]),
    ("The ideal candidate will have a Master's degree in Industrial Engineering.", "degrees", [("master", "preferred")]),
    ("Nice to have: experience with Kaizen events.", "methodologies", [("kaizen", "preferred")]),
    ("Preferably a bachelor's degree in chemistry.", "degrees", [("bachelor", "preferred")]),
    ("Must have 5+ years of maintenance experience.", "experience", [(5, None, "required")]),
    ("Requires a high school diploma or GED.", "degrees", [("high_school", "required")]),
    ("Minimum of 3 years of experience in a quality role.", "experience", [(3, None, "required")]),
]

# Cues that govern what precedes them.
BACKWARD_CUES = [
    ("Six Sigma certification is a plus.", "methodologies", [("six_sigma", "preferred")]),
    ("Knowledge of SPC would be an asset.", "methodologies", [("spc", "preferred")]),
    ("Experience with HACCP is advantageous.", "methodologies", [("haccp", "preferred")]),
    ("Bachelor's degree in engineering preferred.", "degrees", [("bachelor", "preferred")]),
    ("Bachelor's degree (preferred)", "degrees", [("bachelor", "preferred")]),
    ("2+ years of supervisory experience desired.", "experience", [(2, None, "preferred")]),
    ("FMEA and PPAP experience a big plus.", "methodologies", [("fmea", "preferred"), ("ppap", "preferred")]),
    ("Familiarity with 5S is desirable.", "methodologies", [("5s", "preferred")]),
    ("Green Belt certification required.", "methodologies", [("six_sigma", "required")]),
    ("Experience in a GMP environment is a must.", "methodologies", [("gmp", "required")]),
]

# Two cues in one sentence: the nearest one that is not cut off by the other category wins.
CONFLICTING_CUES = [
    ("Bachelor's degree required, master's preferred.", "degrees", [("bachelor", "required"), ("master", "preferred")]),
    ("Master's degree preferred; bachelor's degree required.", "degrees", [("master", "preferred"), ("bachelor", "required")]),
    ("Requires 3 years of experience; 5 years of experience preferred.", "experience",
     [(3, None, "required"), (5, None, "preferred")]),
    ("Lean experience required, Six Sigma Black Belt a plus.", "methodologies",
     [("lean", "required"), ("six_sigma", "preferred")]),
    ("Bachelor's degree preferred but not required.", "degrees", [("bachelor", "preferred")]),
    ("Bachelor's degree or equivalent experience, preference for graduate level education such as an MBA.", "degrees",
     [("bachelor", "required"), ("master", "preferred")]),
    ("No degree required, but a bachelor's degree is preferred.", "degrees", [("none", "required"), ("bachelor", "preferred")]),
    ("Bachelor's degree in accounting; Master's degree preferred.", "degrees", [("bachelor", "required"), ("master", "preferred")]),
    # "X required: Y" labels X; Y takes a cue of its own clause, else that one too
    ("GED required: BS or BA strongly preferred", "degrees", [("high_school", "required"), ("bachelor", "preferred")]),
    ("High school diploma required: Associate's degree preferred.", "degrees",
     [("high_school", "required"), ("associate", "preferred")]),
    ("Bachelor's degree required: Law Degree, Masters Degree in public policy", "degrees",
     [("bachelor", "required"), ("professional", "required"), ("master", "required")]),
    ("2-3 years experience preferred: Call center experience", "experience", [(2, 3, "preferred")]),
    ("Required: Bachelor's degree, Master's preferred", "degrees", [("bachelor", "required"), ("master", "preferred")]),
]

# "Minimum" sizes a requirement without making one: a stronger cue or a preferred header decides.
WEAK_CUES = [
    ("Minimum 3 years of experience preferred.", "experience", [(3, None, "preferred")]),
    ("A minimum of 2+ years' experience in field sales (B2B), (Preferred)Ability to work independently", "experience",
     [(2, None, "preferred")]),
    ("Qualifications\nThe ideal candidate for this role should have\n A minimum of 2 years of experience in marketing.",
     "experience", [(2, None, "preferred")]),
    ("Nice to have:\n- A minimum of 5 years of experience in sales.", "experience", [(5, None, "preferred")]),
    ("Minimum 5 years of experience in sales.", "experience", [(5, None, "required")]),
    ("Minimum of 3 years of experience; 5 years of experience preferred.", "experience", [(3, None, "required"), (5, None, "preferred")]),
    ("Master's preferred, minimum of a bachelor's degree.", "degrees", [("master", "preferred"), ("bachelor", "required")]),
]

# A backward cue reaches back at most 150 characters: a bullet list flattened into one line by a
# scraper puts "... is a plus" far after requirements it does not govern; a real list before a cue is shorter.
BACKWARD_REACH = [
    ("Requirements\n 1+ years of overall general accounting experience ERP system experience Top notch analytical, "
     "quantitative and social skills Great attention to detail Highly organized and self-motivated Self-starter and "
     "strong ethical standards Demonstrated knowledge of Adjusting Journal Entries Microsoft Excel experience desired",
     "experience", [(1, None, "required")]),
    ("Basic qualifications: -Bachelors Degree in Computer Science or related field and 2+ years commercial coding "
     "experience -Strong CS fundamentals in object-oriented design, data structures, algorithms, problem solving, and "
     "complexity analysis -Experience with distributed systems, caching and persistence solutions is a plus",
     "degrees", [("bachelor", "required")]),
    ("Experience with SPC, FMEA, PPAP, APQP, 8D, Lean, Six Sigma, Kaizen, 5S, TPM, value stream mapping and root cause "
     "analysis is a plus.", "methodologies",
     [(label, "preferred") for label in ("spc", "fmea", "ppap", "apqp", "root_cause_analysis", "lean", "six_sigma",
                                         "kaizen", "5s", "tpm", "value_stream_mapping")]),
]

# Section headers give their category to the bullets below them, until the next header.
SECTIONS = [
    # "Minimum Entrance Requirements" ends the preferred section before it
    ("Preferred Character Traits:\nRecognizes issues\n\nMinimum Entrance Requirements:\n\nThree (3) years of full time "
     "professional experience in information assurance\nBachelor's degree from an accredited institution\n", "degrees",
     [("bachelor", "required")]),
    ("Preferred Character Traits:\nRecognizes issues\n\nMinimum Entrance Requirements:\n\nThree (3) years of full time "
     "professional experience in information assurance\n", "experience", [(3, None, "required")]),
    ("Requirements:\n- Bachelor's degree in mechanical engineering\n\nPreferred Qualifications:\n- Master's degree in engineering\n",
     "degrees", [("bachelor", "required"), ("master", "preferred")]),
    ("Minimum Qualifications:\n• 5+ years of experience in manufacturing\nPreferred Qualifications:\n• 8 years of experience in aerospace\n",
     "experience", [(5, None, "required"), (8, None, "preferred")]),
    ("Nice to have\n- Six Sigma Green Belt\n- Experience with SPC\n", "methodologies",
     [("six_sigma", "preferred"), ("spc", "preferred")]),
    ("Preferred Qualifications\nEducation:\n- Master's degree\nExperience:\n- Lean manufacturing\n", "degrees",
     [("master", "preferred")]),
    ("Preferred Qualifications\nEducation:\n- Master's degree\nExperience:\n- Lean manufacturing\n", "methodologies",
     [("lean", "preferred")]),
    ("Bonus Points:\n- Kaizen facilitation\nWhat You Bring:\n- Lean tools\n", "methodologies",
     [("kaizen", "preferred"), ("lean", "required")]),
    ("Preferred Qualifications:\n- Bachelor's degree required for this role\n", "degrees", [("bachelor", "required")]),
    ("PREFERRED SKILLS:\nLean Six Sigma certification\n", "methodologies", [("lean", "preferred"), ("six_sigma", "preferred")]),
    ("Responsibilities:\n- Lead Kaizen events on the line\n", "methodologies", [("kaizen", "required")]),
]

# Entries under headers that do not state requirements are dropped.
NON_REQUIREMENT_SECTIONS = [
    ("Benefits:\n- Tuition reimbursement toward your bachelor's degree\n", "degrees", []),
    ("What We Offer\n- Paid Six Sigma training\n", "methodologies", []),
    ("About Us:\nOur plant has run Lean and 5S programs for 20 years.\n", "methodologies", []),
    ("About Us\nWe are a proud ISO 9001 certified manufacturer.\nRequirements:\n- Knowledge of ISO 9001\n", "methodologies",
     [("iso", "required")]),
]

# A non-requirement section must not swallow the requirements that follow it (bugs caught on corpus-real).
SECTION_BUGS_CAUGHT = [
    ("Salary: competitive, plus bonus\nBachelor's degree in accounting required.", "degrees", [("bachelor", "required")]),
    ("Company Description\n" + "We build great products for our customers. " * 40 + "\nFive years of experience with SPC.",
     "methodologies", [("spc", "required")]),
    ("We Offer\n- Medical\n- Dental\nWhat You’ll Do On a Typical Day\n- Apply Lean tools on the line\n", "methodologies",
     [("lean", "required")]),
    ("Benefits\n- 401(k)\nSkills You Have\n- Bachelor's degree in engineering\n", "degrees", [("bachelor", "required")]),
    # A scraper flattened the posting into one line: "About The Company:" must not govern all of it.
    ("About The Company: We are a technology company. " + "We build marketing platforms for brands. " * 40
     + "Qualifications Ph.D. in Computer Science. 10+ years of practical experience applying ML.", "experience",
     [(10.0, None, "required")]),
]

# Longer phrases that contain a cue word but are not cues.
PSEUDO_CUES = [
    ("We are a preferred supplier to Six Sigma programs; experience with Six Sigma.", "methodologies",
     [("six_sigma", "required")]),
    ("Bachelor's degree is not required but 2 years of experience is.", "experience", [(2, None, "required")]),
    ("Must be willing to work overtime as required. Bachelor's degree.", "degrees", [("bachelor", "required")]),
    ("5 years of administration experience with one or more of the following tools in descending order of preference:",
     "experience", [(5, None, "required")]),
]

# A flattened bullet list (one line): a lower-case two-way cue that closes a bullet ("... preferred Ability to")
# looks back only, and a forward cue stops at an inline requirements label ("... Kafka Qualifications: -").
FLATTENED_BULLETS = [
    ("Valid driver's license required, CDL preferred Ability to weld and fabricate 1-3 years related work experience "
     "Willing to travel", "experience", [(1, 3, "required")]),
    ("Master's degree in Statistics or related fields preferred Ability to use quantitative methods BA/BS degree or "
     "equivalent practical experience 4+ years of experience in campaign measurement", "degrees",
     [("master", "preferred"), ("bachelor", "required")]),
    ("-Experience with the following advantageous: Angular JS, Bootstrap, Kafka Qualifications: -Bachelors degree in "
     "Computer Science or equivalent", "degrees", [("bachelor", "required")]),
    # a capitalised cue opens a list and still looks forward
    ("Perform version upgrades and install patches Desired Skills: Bachelor's degree in Computer Science", "degrees",
     [("bachelor", "preferred")]),
    ("Act with Integrity Strive for Excellence Additional Preferred Qualifications Lean Sigma expertise", "methodologies",
     [("six_sigma", "preferred"), ("lean", "preferred")]),
    ("others as required  Preferred Qualifications: Master of Business Administration or Juris Doctorate", "degrees",
     [("master", "preferred"), ("professional", "preferred")]),
    # a lower-case cue before a lower-case word still looks both ways
    ("Bachelor's degree preferred, with 3+ years of experience.", "experience", [(3, None, "preferred")]),
]

# A requirements header closes a benefits section, even after a benefits block already cut at its reach
# (which an unknown header must not stretch again over the requirements).
BENEFITS_THEN_REQUIREMENTS = [
    ("We Offer:\n- Medical and dental\n- 401(k)\nRequirements:\n- Valid driver's license\n", "certifications",
     [("drivers_license", "required")]),
    ("What we offer\n- Medical\n- Paid time off\nQualifications\n- Bachelor's degree in engineering\n", "degrees",
     [("bachelor", "required")]),
    ("Benefits\n- 401(k) match\n\nWhat you'll need\n- 3+ years of maintenance experience\n", "experience",
     [(3, None, "required")]),
    ("We Offer:\n- Medical\nLicenses/Certifications\n- Valid driver's license\n", "certifications",
     [("drivers_license", "required")]),
    ("We Offer:\n" + "- Paid time off, medical, dental and vision coverage\n" * 40
     + "Required Skills and Knowledge:\n- Must possess and maintain a valid driver's license.\n", "certifications",
     [("drivers_license", "required")]),
    ("Salary: competitive, with a signing bonus\nYour Responsibilities and Skills\n- 5 years of experience in welding\n",
     "experience", [(5, None, "required")]),
    # negatives: what stands under the benefits header stays out
    ("We Offer:\n- Tuition reimbursement toward your bachelor's degree\nRequirements:\n- High school diploma\n", "degrees",
     [("high_school", "required")]),
    ("Benefits\n- Paid Six Sigma Green Belt training\n- Company vehicle\n", "methodologies", []),
]

# Headers that say their level, before or after their topic; a form field under them follows them unless
# it says its own level.
LEVEL_HEADERS = [
    ("Licenses/Certifications Preferred\n- CDL Class A\n", "certifications", [("cdl_a", "preferred")]),
    ("Licenses/Certifications (Preferred):\n- CDL Class A\n", "certifications", [("cdl_a", "preferred")]),
    ("Licenses/Certifications Required\n- CDL Class A\n", "certifications", [("cdl_a", "required")]),
    ("Skills Desired\n- Web development experience\nEducation Level: Bachelors Degree\n", "degrees", [("bachelor", "preferred")]),
    ("Skills Desired\nEducation Level: Bachelors Degree required\n", "degrees", [("bachelor", "required")]),
    ("Must have\n- Lean manufacturing experience\n", "methodologies", [("lean", "required")]),
    ("Bonus points\n- Kaizen facilitation\n", "methodologies", [("kaizen", "preferred")]),
    ("It's Preferred If You Have\n\n2+ years experience in investment banking\n", "experience", [(2, None, "preferred")]),
    ("Desired Characteristics\n\n3 years of leadership experience\n", "experience", [(3, None, "preferred")]),
    ("Preferred Qualifications:\n- 8 years of experience\nExperience Required:\n- 5 years of experience in welding\n",
     "experience", [(8, None, "preferred"), (5, None, "required")]),
    ("Additional Desired Skills\nSAS, SPSS\nExposure to agile delivery methodologies\n", "methodologies",
     [("agile", "preferred")]),
    ("Other Preferred Qualifications\n- 2+ years of experience with BI tools\n", "experience", [(2, None, "preferred")]),
    ("Ways To Stand Out From The CrowdAdvanced degree in Computer Science\n", "degrees", [("master", "preferred")]),
    # an acronym glued to the header it follows: the header still opens its section
    ("Preferred QualificationsMS or PhD in statistics\n3+ years of experience in machine learning\n", "experience",
     [(3, None, "preferred")]),
    # negatives: a topic alone keeps the level around it; a sentence is no header
    ("Preferred Qualifications:\n- Six Sigma Green Belt\nCertifications:\n- CDL Class A\n", "certifications",
     [("six_sigma_green_belt", "preferred"), ("cdl_a", "preferred")]),
    ("Requirements:\n- Skills desired by our clients include Lean and 5S.\n", "methodologies",
     [("lean", "preferred"), ("5s", "preferred")]),
    ("Experience required for this role is 5 years of welding.\n", "experience", [(5, None, "required")]),
    # a level header over two topics joined by a slash, "and" or "&"
    ("Required Education/Experience\nAbility to learn design software\nDesired Education/Experience\n"
     "Two-year Associate degree in an applicable technical discipline\nOne (1) + years of design experience\n",
     "experience", [(1, None, "preferred")]),
    ("Desired Education/Experience\nTwo-year Associate degree in a technical discipline\n", "degrees",
     [("associate", "preferred")]),
    ("Preferred Education And Experience\n\nMaster's degree or equivalent.\n4-6 years managerial experience.\n",
     "experience", [(4, 6, "preferred")]),
    ("Minimum Education & Experience:\nHigh school diploma or GED\n", "degrees", [("high_school", "required")]),
    ("Desired Education / Skills:\nExperience working on an agile delivery team, using Scrum and Kanban.\n",
     "methodologies", [("agile", "preferred"), ("kanban", "preferred")]),
    ("Desired Experience and Capabilities\n\n Bachelor's degree in engineering and at least 1 year of industry experience\n",
     "degrees", [("bachelor", "preferred")]),
    # a county's "We Require" / "We Also Value" headers, the first ending the benefits text before it
    ("Benefits\nThis defined retirement benefit includes a 100% employer match on Day 1\n\nWe Require \n\nTwo years of "
     "purchasing work experienceHigh school diploma or GED\n\nWe Also Value \n\nAssociate's degree in purchasing\n"
     "Two years experience in procurement activities\n", "experience", [(2, None, "required"), (2, None, "preferred")]),
    ("Benefits\nThis defined retirement benefit includes a 100% employer match on Day 1\n\nWe Require \n\nTwo years of "
     "purchasing work experienceHigh school diploma or GED\n\nWe Also Value \n\nAssociate's degree in purchasing\n",
     "degrees", [("high_school", "required"), ("associate", "preferred")]),
    # "we value" inside a sentence is no header
    ("Requirements:\nWe value candidates with Lean experience.\n", "methodologies", [("lean", "required")]),
]

# A preferred header glued onto the end of the previous line starts a preferred section at the glue point;
# the line it is glued to keeps its own level.
GLUED_HEADERS = [
    ("Requirements\n- 3 years of Lean experience working in a team environment.Preferred Qualifications\n- Six Sigma Green Belt\n",
     "methodologies", [("lean", "required"), ("six_sigma", "preferred")]),
    ("Requirements\n- Bachelor's degree in mechanical engineerpreferred qualifications: Master's degree\n", "degrees",
     [("bachelor", "required"), ("master", "preferred")]),
    ("Requirements\n- Bachelor's degree in engineering.preferred qualifications:\n- Master's degree\n", "degrees",
     [("bachelor", "required"), ("master", "preferred")]),
    ("Education: Bachelor's degree in Computer SciencePREFERRED QUALIFICATIONS:R language, Python, Master's degree\n",
     "degrees", [("bachelor", "required"), ("master", "preferred")]),
    ("Requirements\n- 5 years of experience in a team environment.Preferred Qualifications: 8 years of experience in aerospace\n",
     "experience", [(5, None, "required"), (8, None, "preferred")]),
    # a header after the paragraph's last sentence, its first bullet's years glued on (normalisation breaks the line)
    ("ability to speak and write in english fluently and idiomatically. preferred skills5+ years of experience in product "
     "quality process development", "experience", [(5, None, "preferred")]),
    ("Minimum Qualifications3+ years of experience in Integration or Product test.Preferred Qualifications3+ years of "
     "experience in the following: Testing and systems validation", "experience", [(3, None, "required"), (3, None, "preferred")]),
    # negatives: a cue with a space before it, or one that is no header, is a cue as before
    ("Bachelor's degree in engineering preferred, master's degree a plus\n", "degrees",
     [("bachelor", "preferred"), ("master", "preferred")]),
    ("Requirements\n- Bachelor's degree; preferred experience includes SPC.\n", "degrees", [("bachelor", "required")]),
    ("Requirements\n- Bachelor's degree. Preferred experience is shown below.\n- 5 years of experience in welding\n",
     "experience", [(5, None, "required")]),
    # a preferred label with a colon inside a flattened line is no section: it would swallow the headers after it
    ("analysis, and ability to guide others. Preferred Qualifications:1.Designing. 13.Optical metrology experience "
     "preferred. Minimum Qualifications:Doctorate (Academic) with at least 2 years of experience. OR Master's Level "
     "Degree with at least 4 years of experience.", "experience", [(2, None, "required"), (4, None, "required")]),
]

# A line that starts with "or" / "and/or" continues the level of the line before it.
CONTINUATION_LINES = [
    ("Experience with SAP is a plus.\n\nor with at least 6 months of experience in a warehouse\n", "experience",
     [(0.5, None, "preferred")]),
    ("Bachelor's degree preferred.\nor an associate degree with 4 years of experience\n", "degrees",
     [("bachelor", "preferred"), ("associate", "preferred")]),
    ("Required: 3 years of experience in accounting.\nand/or 2 years of experience in auditing\n", "experience",
     [(3, None, "required"), (2, None, "required")]),
    # negatives: a continuation line with its own cue, or one after a line without a cue, keeps its own level
    ("Experience with SAP is a plus.\nor 2 years of experience in a warehouse required\n", "experience",
     [(2, None, "required")]),
    ("Preferred Qualifications:\n- Experience with SAP\n- or 2 years of warehouse experience\n", "experience",
     [(2, None, "preferred")]),
    ("Bachelor's degree in accounting.\nor an associate degree with 4 years of experience\n", "degrees",
     [("bachelor", "required"), ("associate", "required")]),
    ("Experience with SAP is a plus.\nOrganize 2 years of records for audit\n", "experience", []),
]

# A backward cue at the end of a flattened bullet of its own ("... Finance experience is a plus") does not reach
# back over the bullets before it: a bullet opens with a capital right after a lower-case word.
FLATTENED_BULLET_CUES = [
    ("A bachelor's degree in finance is required 5+ years of accounting experience Strong Excel skills Finance "
     "experience is a plus", "experience", [(5, None, "required")]),
    ("Requirements You LOVE pizza 2-5 years proven track record in a Marketing Analytics role Resourceful, able to "
     "self manage Experience with SQL is a plus", "experience", [(2, 5, "required")]),
    ("Requirements: 3-5 years of Business Analyst/Trust Accounting experience Bachelors degree in business or related "
     "field Excellent mathematical skills Experience with Salesforce preferred", "degrees", [("bachelor", "required")]),
    ("Experience in Python is required 5+ years of industry experience with 2+ years of Data Science management "
     "experience Finance and credit experience is a plus", "experience", [(5, None, "required"), (2, None, "required")]),
    # negatives: the cue's own bullet holds the entry, the capital is inside a name or an entry, or joins a phrase
    ("5+ years of experience with Oracle is a plus", "experience", [(5, None, "preferred")]),
    ("Lean and Six Sigma experience is a plus", "methodologies", [("lean", "preferred"), ("six_sigma", "preferred")]),
    ("Six Sigma Green Belt Lean Manufacturing experience preferred", "methodologies",
     [("six_sigma", "preferred"), ("lean", "preferred")]),
    ("Bachelor's degree in Supply Chain Management or 3-5 years related inventory Management experience preferred",
     "degrees", [("bachelor", "preferred")]),
    ("Bachelor's degree in Engineering or Finance experience is a plus", "degrees", [("bachelor", "preferred")]),
    # "an added value"
    ("knowledge of lean ci methodology is an added value.", "methodologies", [("lean", "preferred")]),
]

# A preferred label inside a flattened line after a sentence ends governs the rest of its line, not the lines below;
# a closing parenthesis glued to the next bullet ends the bullet before it.
INLINE_PREFERRED = [
    ("Education:\nBachelor's degree in business or a related field. Preferred: Master's degree in business or a related "
     "field. Agile and/or other project management certification.\nLicensure:\nNone", "certifications",
     [("agile_certification", "preferred"), ("project_management_certification", "preferred")]),
    ("Requirements: 5 years of ETL experience. Preferred: Financial and healthcare knowledge. 3 years of experience "
     "supporting service delivery.\n2 years of Tableau experience.", "experience",
     [(5, None, "required"), (3, None, "preferred"), (2, None, "required")]),
    ("BS degree in Computer Science or related field. Nice to have: Master's degree in Statistics. Strong communication "
     "skills.", "degrees", [("bachelor", "required"), ("master", "preferred")]),
    ("Must have 8-12 years of experience. Preferred Qualifications: presentation skills are desired. Usually requires "
     "Bachelors degree in a related discipline, with 4-8 years of experience.", "experience",
     [(8, 12, "required"), (4, 8, "required")]),
    # negatives: a label ending its line is a header already; "Bonus:" names pay; inside benefits nothing changes
    ("Requirements: BS degree required. Bonus: 10% of salary. 3 years of experience.", "experience",
     [(3, None, "required")]),
    ("Bachelor's degree in Accounting (CPA or MBA a plus)Royalty agreements and accounting experience a plus", "degrees",
     [("bachelor", "required"), ("master", "preferred")]),
]

# "but" opening the other side: a cue before it does not reach past it; one after it reaches back only where the
# other side holds no entry of its own. A "but" that only qualifies the cue changes nothing.
CONTRASTS = [
    ("Qualifications: (MS/PhD is preferred, but candidates with a BS and 5 years of experience will be considered)",
     "degrees", [("master", "preferred"), ("doctorate", "preferred"), ("bachelor", "required")]),
    ("Qualifications: (MS/PhD is preferred, but candidates with a BS and 5 years of experience will be considered)",
     "experience", [(5, None, "required")]),
    ("MS or PhD preferred but will consider a BS with 5+ years of relevant experience.", "degrees",
     [("master", "preferred"), ("doctorate", "preferred"), ("bachelor", "required")]),
    ("Requirements: Bachelor's degree preferred, but HS Diploma/GED and 1+ years of experience accepted", "degrees",
     [("bachelor", "preferred"), ("high_school", "required")]),
    ("Education: High School Diploma, but college degree preferred.", "degrees",
     [("high_school", "required"), ("bachelor", "preferred")]),
    # negatives
    ("Candidates with MS degrees and/or 5 years of post-graduate experience would be exceptionally well-qualified, but "
     "new graduates are also encouraged to apply.", "experience", [(5, None, "preferred")]),
    ("Bachelor's degree preferred, but not required.", "degrees", [("bachelor", "preferred")]),
    ("Advanced degree not required but preferred.", "degrees", [("master", "preferred")]),
    ("BS, BA degree (preferred but not required) or at least 3-4 years of relevant experience", "degrees",
     [("bachelor", "preferred")]),
    ("Desired Skills (not required but you will get exposure to some of these): Bachelor's Degree in Computer Science",
     "degrees", [("bachelor", "preferred")]),
]

# A company's header behind its name: "Data Ductus - Who we are".
COMPANY_HEADERS = [
    ("Data Ductus - Who we are\nWe solve problems in agile, scalable teams.\nThe Role\nExperience with Scrum.\n",
     "methodologies", [("agile", "required")]),
    ("Acme Foods | About Us\nWe have run Lean and 5S for years.\n", "methodologies", []),
    # negative: a dash inside a requirement line is no header
    ("Requirements\n- Lean manufacturing - who we are looking for knows it\n", "methodologies", [("lean", "required")]),
]

# A flattened requirements list: an inline header's cue looks forward only, a cue in parentheses that names its
# own words governs those words only, and a trailing "X preferred" item prefers X alone.
FLATTENED_SCOPE = [
    # a " * " bullet ends the reach of a cue that closes the item before it (wave 5); a header's cue still reaches on
    ("Warehouse Manager Requirements and Qualifications * High school diploma or equivalent; associate or bachelor's "
     "degree preferred * 7+ years of experience in a warehouse * Familiarity with inventory control",
     "experience", [(7, None, "required")]),
    ("Requirements * Bachelor's degree preferred * 3 years of experience in welding", "experience", [(3, None, "required")]),
    ("Requirements: Bachelor's degree preferred, 3 years of experience in welding", "experience", [(3, None, "preferred")]),
    ("Requirements * 3 years of experience in welding preferred * Forklift driving", "experience", [(3, None, "preferred")]),
    # a preferred upper rung after "with": the cue is said of that rung alone (wave 5)
    ("Desired Qualifications\nMinimum of 5 years of experience repairing saxophones with 10+ years preferredAccomplished "
     "saxophone player", "experience", [(5, None, "preferred"), (10, None, "preferred")]),
    ("Requirements: 5 years of experience in welding, with 10 years preferred.", "experience",
     [(5, None, "required"), (10, None, "preferred")]),
    ("Requirements: 5 years of experience in welding with a certification preferred.", "experience", [(5, None, "preferred")]),
    # "Preferred Qualifications" inside the line: the basic list before it stays required
    ("Basic Qualifications * Bachelor's degree in a business or technical discipline * 15 years of experience with 10 "
     "years of management experience * Willing to travel Preferred Qualifications * MBA with a focus in Operations",
     "degrees", [("bachelor", "required"), ("master", "preferred")]),
    ("Basic Qualifications * Bachelor's degree in a business or technical discipline * 15 years of experience with 10 "
     "years of management experience * Willing to travel Preferred Qualifications * MBA with a focus in Operations",
     "experience", [(15, None, "required"), (10, None, "required")]),
    ("Bachelor's degree in a quantitative field such as statistics, or equivalent work experience 7 plus years of "
     "relevant experience Preferred Skills PhD or MS in Computer Science", "degrees",
     [("bachelor", "required"), ("doctorate", "preferred"), ("master", "preferred")]),
    ("Master's degree in computer science or related fields Preferred Skills Hands on experience with Spark", "degrees",
     [("master", "required")]),
    # lower case in running text it still looks both ways
    ("Bachelor's degree preferred qualifications include SPC", "degrees", [("bachelor", "preferred")]),
    # a cue in parentheses after other words: about those words
    ("What You'll Bring With You Over 5 years of experience working with Splunk 2 or more years of experience with Big "
     "Data and Machine Learning (MLTK a big plus) Bachelor's degree in IT", "experience",
     [(5, None, "required"), (2, None, "required")]),
    ("4+ years of SQL experience (No-SQL experience is a plus)", "experience", [(4, None, "required")]),
    ("Minimum 5 years of programming experience (Python, R or similar) Preferred Qualifications Familiarity with SQL",
     "experience", [(5, None, "required")]),
    ("Proven working experience as a data analyst (pricing experience preferred) Exposure to data models BS in "
     "Mathematics or Statistics", "degrees", [("bachelor", "required")]),
    # ... but the cue alone in parentheses, or a degree's fields, qualify what they follow
    ("3+ years of experience with SAP (preferred)", "experience", [(3, None, "preferred")]),
    ("3+ years of experience with SAP (strongly preferred)", "experience", [(3, None, "preferred")]),
    ("A bachelor's degree (computer science, engineering, accounting, finance preferred) or equivalent work experience",
     "degrees", [("bachelor", "preferred")]),
    ("Bachelor's degree (in Life Sciences, Economics or Finance a plus)", "degrees", [("bachelor", "preferred")]),
    ("Bachelor's degree (MBA preferred)", "degrees", [("bachelor", "required"), ("master", "preferred")]),
    # a trailing "X preferred" item after a comma prefers X only
    ("Bachelor's degree in IT related field or equivalent experience, related technology certification preferred "
     "Ability to develop solutions", "degrees", [("bachelor", "required")]),
    # ... though the item holds a certification entry: only entries of the degree's own family continue a list
    ("Over 5 years of experience with Splunk Bachelor's degree in IT related field or equivalent experience, related "
     "technology certification preferred", "degrees", [("bachelor", "required")]),
    # ... while a bare noun after the comma names nothing of its own and continues the phrase before it
    ("* Lean/Six Sigma experience, certification would be a bonus", "methodologies",
     [("lean", "preferred"), ("six_sigma", "preferred")]),
    ("BS or MS with 5+ years industry experience or PhD with at least 2 years of postdoctoral experience, with "
     "industry experience preferred", "experience", [(5, None, "required"), (2, None, "required")]),
    ("4+ years' experience in a data analyst role, experience with web analytics is a plus", "experience",
     [(4, None, "required")]),
    ("3+ years of customer service and/or sales experience, Previous solar customer service or sales experience highly "
     "desired", "experience", [(3, None, "required")]),
    # ... while a list or the degree's own fields before the cue are all preferred
    ("Bachelor's degree in engineering, chemistry, or related field preferred", "degrees", [("bachelor", "preferred")]),
    ("Experience with advanced experimental design, time series forecasting, text mining, natural language processing "
     "and/or pricing experience is a plus", "methodologies", [("doe", "preferred")]),
    ("Experience with SPC, FMEA, and DOE preferred", "methodologies",
     [("spc", "preferred"), ("fmea", "preferred"), ("doe", "preferred")]),
    ("5+ years of experience, MBA preferred", "degrees", [("master", "preferred")]),
    ("Education: Bachelor degree- Computer Science, Computer Engineering, Software Engineering or STEM degree preferred",
     "degrees", [("bachelor", "preferred")]),
    ("Master degree or Bachelor degree + 3 years of equivalent work experience (STEM major or related field preferred)",
     "degrees", [("master", "preferred"), ("bachelor", "preferred")]),
    ("High School Diploma or equivalency, Fiber Optic Certification Training preferred, but not required.", "degrees",
     [("high_school", "required")]),
    # a cue that closes a flattened bullet before an amount of years looks back only
    ("Requirements: Bachelor's degree in a technical field preferred 4 - 6 years' experience in servicing gas equipment",
     "experience", [(4, 6, "required")]),
    ("QualificationsMaster's degree required 4+ years' directly applicable experience leveraging data", "degrees",
     [("master", "required")]),
    ("Here's what we're looking for:\nRecent college grad or preferred 2+ years' experience conducting statistical analyses",
     "experience", [(2, None, "preferred")]),
]

# A backward cue after a degree is said of that degree; it reaches an earlier level only where the levels are
# offered as alternatives ("or", "/", commas and other levels between them).
LEVELS_AND_THEIR_CUES = [
    ("Required Qualifications:\n\u2022Bachelor/Master degree in engineering, remote sensing, science or mathematics and, or "
     "geology with applicable experience, PhD desired but not required.", "degrees",
     [("bachelor", "required"), ("master", "required"), ("doctorate", "preferred")]),
    ("Must have strong C++ skills.BSEE, CE, CS or related technical degree with Masters or PhD degree preferred.", "degrees",
     [("bachelor", "required"), ("master", "preferred"), ("doctorate", "preferred")]),
    ("BS in Chemistry, MS preferred.", "degrees", [("bachelor", "required"), ("master", "preferred")]),
    ("Bachelor's degree in mechanical engineering with an MBA desired", "degrees",
     [("bachelor", "required"), ("master", "preferred")]),
    # negatives: alternatives share the cue
    ("Bachelor's or Master's degree preferred.", "degrees", [("bachelor", "preferred"), ("master", "preferred")]),
    ("BS, MS, or PhD in Chemistry preferred.", "degrees",
     [("bachelor", "preferred"), ("master", "preferred"), ("doctorate", "preferred")]),
    ("BS/MS in Chemical Engineering preferred", "degrees", [("bachelor", "preferred"), ("master", "preferred")]),
    ("Bachelor's degree in Engineering or Master's degree in Business preferred.", "degrees",
     [("bachelor", "preferred"), ("master", "preferred")]),
    ("Bachelor's degree in engineering, chemistry, or related field preferred", "degrees", [("bachelor", "preferred")]),
    ("Bachelor's degree required. PharmD, MD, PhD, MPH, an advance healthcare degree, or equivalent professional "
     "experience preferred", "degrees",
     [("bachelor", "required"), ("professional", "preferred"), ("doctorate", "preferred"), ("master", "preferred")]),
    # levels in a parenthesis are examples of the degree before them
    ("Required Experience\nAdvanced degree (PhD, MPH, NP, PharmD, etc.) highly preferred.", "degrees",
     [("master", "preferred"), ("doctorate", "preferred"), ("professional", "preferred")]),
    ("Candidates with advanced degrees (Associates, Bachelor's, and/or Master's) preferred, yet a High School diploma or "
     "GED is required", "degrees",
     [("master", "preferred"), ("associate", "preferred"), ("bachelor", "preferred"), ("high_school", "required")]),
]

# A cue alone in parentheses right after an entry is said of that entry: it looks back only.
PARENTHESISED_CUES = [
    ("Required:\nPhD (preferred) or MS in statistics, computer science or related mathematical disciplines", "degrees",
     [("doctorate", "preferred"), ("master", "required")]),
    ("Required:\nPhD (preferred) or MS in statistics with an emphasis on algorithmic implementation Minimum 5 years of "
     "experience developing statistical models", "experience", [(5, None, "required")]),
    ("Master's degree (strongly preferred) or Bachelor's degree with 5 years of experience", "degrees",
     [("master", "preferred"), ("bachelor", "required")]),
    # negatives: the entry it follows is still preferred, and one inside the group is governed by it
    ("3+ years of experience with SAP (preferred)", "experience", [(3, None, "preferred")]),
    ("Education: Bachelor's (Preferred)\nExperience: industry: 1 year (Preferred)", "experience", [(1, None, "preferred")]),
    ("Six Sigma Green Belt (preferred)", "methodologies", [("six_sigma", "preferred")]),
    ("Bachelor's degree (preferred) in engineering.", "degrees", [("bachelor", "preferred")]),
]

# Trap family: preferred counted as required. Levels the scope read as required where the posting says preferred,
# found on postings-large (session 7), with the other senses of the same words beside them.
PREFERRED_READ_AS_REQUIRED = [
    # "will receive priority consideration" looks back, "priority consideration will be given to" forward
    ("Candidates holding certifications in either Tableau or Salesforce Analytics will receive priority consideration.",
     "certifications", [("tableau", "preferred"), ("salesforce", "preferred")]),
    ("Priority consideration will be given to candidates with a PMP certification.", "certifications", [("pmp", "preferred")]),
    # a line labelled "advantage:" prefers what follows
    ("basic understanding of databases such as sql.\n\nadvantage: microsoft 365 certifications. (pl 900/600/400, ms 900)",
     "certifications", [("microsoft_certified", "preferred")]),
    ("Advantage: Lean Six Sigma Green Belt.", "methodologies", [("lean", "preferred"), ("six_sigma", "preferred")]),
    # a "Preferences" header
    ("Bachelor's degree in an analytic or technical field\n\nPREFERENCES\n\nPMP certification\nMaster's degree in Statistics",
     "degrees", [("bachelor", "required"), ("master", "preferred")]),
    ("Up to 10% domestic travel\nPreferences:\nSix Sigma Green Belt", "methodologies", [("six_sigma", "preferred")]),
    # a cut inside the entry's own words (a camel-case product, "Ph.D.") kept the cue after it out of reach
    ("ITIL, ServiceNow, or other ITSM related certifications are preferred", "certifications",
     [("itil", "preferred"), ("servicenow", "preferred")]),
    ("ServiceNow certification preferred", "certifications", [("servicenow", "preferred")]),
    ("A Ph.D. would be preferred.", "degrees", [("doctorate", "preferred")]),
    ("Master's degree required. Ph.D. is preferred.", "degrees", [("master", "required"), ("doctorate", "preferred")]),
    # "is required" / "is preferred" is said of the item before it: the item after it takes its own
    ("Bachelor of Science degree in a scientific discipline is required, Ph.D. is preferred", "degrees",
     [("bachelor", "required"), ("doctorate", "preferred")]),
    ("Bachelor's degree preferred, a Master's degree is required for senior roles.", "degrees",
     [("bachelor", "preferred"), ("master", "required")]),
    ("A Master's degree in Finance would be a distinct advantage.", "degrees", [("master", "preferred")]),
    # a weak "minimum" inside a label's item blocks no label
    ("Up to 80% travel required \xa0 Preferred: Minimum of 2 Full Life-cycle implementations of SuccessFactors "
     "Certification in at least one SuccessFactors module", "certifications", [("sap_certified", "preferred")]),
    ("Preferred: minimum of 2 years of experience in Lean manufacturing.", "experience", [(2, None, "preferred")]),
    # a cue alone in parentheses after the later of two levels offered is said of that level (wave 2's labels), unless
    # the levels share a degree noun or a slash
    ("MUST HAVE:\nMS or Ph.D (preferred) in engineering with an emphasis on robotics", "degrees",
     [("master", "required"), ("doctorate", "preferred")]),
    ("Minimum Qualifications\nMS or PhD (preferred) degree in a quantitative discipline", "degrees",
     [("master", "required"), ("doctorate", "preferred")]),
    ("Bachelor's or Master's degree (preferred)", "degrees", [("bachelor", "preferred"), ("master", "preferred")]),
    ("BS/MS (preferred) in Chemical Engineering", "degrees", [("bachelor", "preferred"), ("master", "preferred")]),
    # negatives: segments joined only inside a word, and a backward cue that closes an entry of its own stays in its bullet
    ("Qualifications\n\nHigh school diploma or equivalent\nDegree in Automotive Technology preferred but not required",
     "degrees", [("high_school", "required")]),
    ("* Valid Florida Driver License is required, pre-employment drug test, security license verification * High school "
     "diploma or GED preferred; college or technical/vocational school a plus", "certifications",
     [("drivers_license", "required"), ("security_guard_license", "required")]),
    # negatives: "priority" as a duty, "advantage" as a benefit, "preferred" of a shift, a location or a vendor
    ("Bachelor's degree required. Handle high priority tickets and set priorities for the team.", "degrees",
     [("bachelor", "required")]),
    ("Take advantage of our 401k and tuition reimbursement. Bachelor's degree required.", "degrees", [("bachelor", "required")]),
    ("Bachelor's degree. Our advantage: we train on Six Sigma and Lean from day one.", "degrees", [("bachelor", "required")]),
    ("Bachelor's degree required. Preferred shift: nights. Preferred location: Austin.", "degrees", [("bachelor", "required")]),
    ("We are a preferred vendor for ServiceNow. Requirements: ITIL certification", "certifications", [("itil", "required")]),
    ("A Bachelor's degree is required for this role.", "degrees", [("bachelor", "required")]),
    ("A Bachelor's degree is required to be considered.", "degrees", [("bachelor", "required")]),
]

TABLES = {
    "levels_and_their_cues": LEVELS_AND_THEIR_CUES,
    "parenthesised_cues": PARENTHESISED_CUES,
    "forward": FORWARD_CUES,
    "backward": BACKWARD_CUES,
    "conflicting": CONFLICTING_CUES,
    "weak": WEAK_CUES,
    "backward_reach": BACKWARD_REACH,
    "sections": SECTIONS,
    "non_requirement_sections": NON_REQUIREMENT_SECTIONS,
    "section_bugs_caught": SECTION_BUGS_CAUGHT,
    "pseudo": PSEUDO_CUES,
    "flattened_bullets": FLATTENED_BULLETS,
    "benefits_then_requirements": BENEFITS_THEN_REQUIREMENTS,
    "level_headers": LEVEL_HEADERS,
    "glued_headers": GLUED_HEADERS,
    "continuation_lines": CONTINUATION_LINES,
    "company_headers": COMPANY_HEADERS,
    "flattened_scope": FLATTENED_SCOPE,
    "flattened_bullet_cues": FLATTENED_BULLET_CUES,
    "contrasts": CONTRASTS,
    "inline_preferred": INLINE_PREFERRED,
    "preferred_read_as_required": PREFERRED_READ_AS_REQUIRED,
}


@pytest.mark.parametrize(
    "text,family,expected",
    [pytest.param(*row, id=f"{name}-{i}") for name, rows in TABLES.items() for i, row in enumerate(rows)],
)
def test_requirement_scope(text: str, family: str, expected: list[tuple]) -> None:
    assert _found(text, family) == expected


SCOPE = RequirementScope(None, Vocabularies())

HEADERS = [
    ("Preferred Qualifications:\n- x", ["preferred"]),
    ("**Minimum Requirements**\n- x", ["required"]),
    ("WHAT YOU BRING\n- x", ["required"]),
    ("About the Role\n- x", ["neutral"]),
    ("About Acme Foods, Inc.\nWe make snacks.", ["company"]),
    ("Benefits & Perks:\n- 401(k)", ["benefits"]),
    ("Qualifications\r\n- x", ["required"]),
    ("Requirements: Bachelor's degree", ["required"]),
    ("Preferred Qualifications\nEducation\n- x", ["preferred", "preferred"]),
    ("Responsibilities\nEducation\n- x", ["neutral", "neutral"]),
]
NOT_HEADERS = [
    "Our requirements are strict and our customers demand quality.",
    "Benefits include medical and dental coverage from day one.",
    "The preferred candidate has Lean experience.",
    "Education is important to us",
]


@pytest.mark.parametrize("text,categories", HEADERS)
def test_section_headers(text: str, categories: list[str]) -> None:
    assert [s.category for s in SCOPE.sections(text)] == categories


@pytest.mark.parametrize(
    "text",
    [row[0] for row in HEADERS] + NOT_HEADERS + [row[0] for row in GLUED_HEADERS]
    + [
        "İstanbul plant\nPreferred Qualifications:\n- x",  # "İ": no lower-cased copy, the case-insensitive regexes run
        "Skills required: ſix Sigma\nBenefits:\n- 401(k)",
        "team environment.Preferred Qualifications\n- x\nNICE TO HAVE SKILLS:\n- y",
        "in a team.Bonus skills  \r\nand desired preferred desired skills:",
    ]
    + [row[0] for row in INLINE_PREFERRED],
)
def test_sections_on_the_lowered_text_are_the_full_path_ones(text: str) -> None:
    """Header regexes run case-sensitively on the lower-cased text (titles taken from the text as written)."""
    with full_path():
        expected = SCOPE.sections(text)
    assert SCOPE.sections(text) == expected


@pytest.mark.parametrize("text", NOT_HEADERS)
def test_not_section_headers(text: str) -> None:
    assert SCOPE.sections(text) == []


@pytest.mark.parametrize(
    "text",
    [row[0] for rows in TABLES.values() for row in rows]
    + ["Hands on experience would be great.", "İstanbul office; Six Sigma is a plus", "x" * 300 + " preferred"],
)
def test_cue_prefilter_finds_what_a_full_scan_finds(text: str) -> None:
    full = [(m.start(), m.end()) for m in SCOPE._cues.finditer(text)]
    assert [(c.start, c.end) for c in SCOPE.cues(text)] == full


#: LinkedIn pages scraped whole end in lists of other jobs after the criteria block; none of it is the posting.
APPENDIX_EXAMPLES = [
    ("Requirements: Bachelor's degree in engineering.\nreferrals increase your chances of interviewing at Acme by 2x"
     "sign in to set job alerts for “process engineer” roles.intern - process engineer (studying bachelor degree)"
     "makati, philippines 3 days ago\nsales manager - 5 yrs exp in manufacturing/pasig, philippines 1 month ago",
     {"degrees": ["bachelor"], "experience": [], "industries": []}),
    ("Requirements: 3+ years of Six Sigma experience.\nget notified about new jobs.sign in to set job alerts for "
     "“quality engineer” roles.quality engineer (lean six sigma) - 2 yrs exp in food manufacturing/cebu 1 week ago",
     {"degrees": [], "experience": [3.0], "methodologies": ["six_sigma"], "industries": []}),
]


@pytest.mark.parametrize("text,expected", APPENDIX_EXAMPLES)
def test_a_boards_appendix_is_no_part_of_the_posting(text: str, expected: dict[str, list]) -> None:
    keys = {"degrees": "level", "experience": "min_years", "methodologies": "label", "industries": "label"}
    for family, values in expected.items():
        assert [e[keys[family]] for e in entries_of(text, family, (keys[family],))] == values, family
    assert SCOPE.sections(text)[-1].category == "appendix"


#: Section rows that open with a look-ahead restating what the rest of the row asks for (checked first: cheap):
#: the look-ahead, found at the start of the row, and lines on which the rows with and without it must agree.
GUARDED_ROWS = [
    (
        r"(?=[^\n]*:[ \t\r]*$)",
        [
            "The following certifications are preferred:",
            "The following certifications are preferred:  \r",
            "At least one of the following industry certifications is preferred:",
            "The following certifications are preferred: ISO 9001",  # the colon must end the line
            "Note: the following certifications are preferred",
            "The following certifications are preferred",
            "Licenses: the following licenses are preferred:",
            "Security specific certifications preferred, but not required:",
            "following preferred:\nnext line:",
            "",
        ],
    ),
    (
        r"(?=[\w&.,'’ ]{0,40}+[ \t]*+[-–—|])",
        [
            "Data Ductus - Who we are",
            "Acme | About Us",
            "Acme Foods, Inc.\t\t— Company Overview",
            "Acme" + " " * 60 + "- Who we are",  # spaces before the dash beyond the 40 name characters
            "A" * 40 + " - Who we are",
            "A" * 41 + " - Who we are",
            "A" * 39 + "\t - Our story",
            "Acme Foods makes snacks - who we are and what we do",
            "Acme: - Who we are",
            "Who we are",
            "-",
        ],
    ),
]


@pytest.mark.parametrize(
    "guard,line", [pytest.param(guard, line, id=f"{k}-{i}") for k, (guard, lines) in enumerate(GUARDED_ROWS) for i, line in enumerate(lines)]
)
def test_section_row_guards_change_no_match(guard: str, line: str) -> None:
    """A row matches the same with its leading look-ahead as without it, on the lower-cased line and as written."""
    rows = [row for row in Vocabularies().table("sections") if row["regex"].startswith(guard)]
    assert len(rows) == 1
    guarded = regex.compile(rows[0]["regex"], regex.IGNORECASE | regex.V0 | regex.MULTILINE)
    bare = regex.compile(rows[0]["regex"][len(guard) :], regex.IGNORECASE | regex.V0 | regex.MULTILINE)
    for text in (line, line.lower()):
        for at in range(len(text) + 1):
            got, want = guarded.match(text, at), bare.match(text, at)
            assert (got and got.span()) == (want and want.span()), (text, at)


# The flattened-bullet openings are found once per text and read per entry and cue; each reading must be what a
# search bounded by the entry's end and the cue gives (its look-ahead sees no further than the cue).
BULLET_TEXTS = [
    "is required 5+ years of accounting experience Strong Excel skills Finance experience is a plus",
    "certification (e.g., EPA, HVAC certification)Experience in refrigeration is preferred",
    "experience in Lean  Six Sigma Green Belt preferred   Strong writing Ab",
    "degree required tools Xy",
    "degree required tools Xy preferred",
    "skills\tManagement experience preferred, or Oracle Experience a plus (SAP)Bx",
    # Where a search for the spaces or the ")" before a capitalised word finds candidates that are no opening:
    "experience in Lean    Six Sigma preferred",  # four spaces
    "experience with and Strong skills or Excel",  # a joining word before the spaces
    "certified (2024)Ab and (EPA)Cd skills ) Ef",  # a digit, a capital or a space before the ")"
    "word \t Xy done  Ab1 Cde",
]


@pytest.mark.parametrize("text", BULLET_TEXTS)
def test_flattened_bullet_openings_read_as_a_bounded_search(text: str) -> None:
    from postingparse.rules import scope

    match_starts, match_ends = scope._flattened_bullet_starts(text)
    for lo in range(len(text) + 1):
        for cue_start in range(lo, len(text) + 1):
            bounded = [m.end() for m in scope._FLATTENED_BULLET_START.finditer(text, lo, cue_start)]
            read = [end for start, end in zip(match_starts, match_ends) if lo <= start < cue_start and end + 2 <= cue_start]
            assert read == bounded, (lo, cue_start)
