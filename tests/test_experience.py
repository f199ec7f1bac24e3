"""The experience family: amounts of experience, their ranges and domains, and what is not experience.

Each row is (text, expected entries); an expected entry gives (min_years, max_years, domain).
Rows are short sentences in real posting style.
"""

from __future__ import annotations

import time

import pytest
import spacy
from helpers import entries_of

from postingparse.rules.base import Context
from postingparse.rules.experience import ExperienceRules
from postingparse.rules.numbers import Numbers
from postingparse.rules.segments import Segments
from postingparse.vocabulary import Vocabularies, load_table

KEYS = ("min_years", "max_years", "domain")


def _found(text: str) -> list[tuple]:
    return [tuple(e.values()) for e in entries_of(text, "experience", KEYS)]


# The hand-labelled seed postings' phrasings, with their exact evidence text.
SEED_EXAMPLES = [
    ("A manufacturing company needs a production manager with a bachelor's degree in engineering and "
     "5-7 years of supervisory experience in a manufacturing setting.",
     [(5, 7, "supervisory", "5-7 years of supervisory experience")]),
    ("An alloy manufacturer is looking for a manager with a bachelor's degree and 3-5 years of experience in manufacturing.",
     [(3, 5, "manufacturing", "3-5 years of experience in manufacturing")]),
    ("A manager with a bachelor's degree, 2-5 years of electrical/mechanical experience, 3-6 years of manufacturing "
     "experience and 2-5 years of management experience.",
     [(2, 5, "electrical/mechanical", "2-5 years of electrical/mechanical experience"),
      (3, 6, "manufacturing", "3-6 years of manufacturing experience"),
      (2, 5, "management", "2-5 years of management experience")]),
    ("Individuals need a bachelor's degree in food science as well as at least five years in food manufacturing "
     "and three years in supervising.",
     [(5, None, "food manufacturing", "at least five years in food manufacturing"),
      (3, None, "supervising", "three years in supervising")]),
]

# Ways of writing an amount.
AMOUNTS = [
    # "≥" before the amount, the unit glued to the digits
    ("Requires a Ph.D. and 0-4 years of relevant postdoctoral or industrial experience or MS/ BS with ≥15yrs of industry "
     "experience.", [(0, 4, "postdoctoral or industrial"), (15, None, None)]),
    ("MS/ BS with ≥ 15 yrs of industry experience.", [(15, None, None)]),
    ("10yrs experience in maintenance.", [(10, None, "maintenance")]),
    ("Flyers printed in 10yrs of archives.", []),
    # words and digits that disagree state two amounts, each an entry (labelling guide); agreeing ones state one
    ("at least eight (5) years of experience in electrical engineering or equivalent advance studies.",
     [(5, None, "electrical engineering"), (8, None, "electrical engineering")]),
    ("Minimum of five (3) years Management experience, preferably in a long-term care setting",
     [(3, None, "management"), (5, None, "management")]),
    ("Five (5) years of experience in welding.", [(5, None, "welding")]),
    ("at least five (3-5) years of experience", [(3, 5, None)]),
    # a parenthesis inside the domain before "experience", after a degree glued on by a full stop
    ("What you will need:Bachelor's degree in Engineering.2-5 years prior industrial sales (B to B) or engineering "
     "experience preferred", [(2, 5, "industrial sales (b to b) or engineering")]),
    ("3+ years of front-end (React) development experience", [(3, None, "front-end (react) development")]),
    # the amount in parentheses alone
    ("A minimum of (3) years of experience in maintenance.", [(3, None, "maintenance")]),
    ("(4+) years of experience in maintenance.", [(4, None, "maintenance")]),
    ("(3-5) years of experience in welding.", [(3, 5, "welding")]),
    ("(two) years of technical experience.", [(2, None, "technical")]),
    ("5-7 years of experience required.", [(5, 7, None)]),
    ("5 – 7 years of experience in production.", [(5, 7, "production")]),
    ("5 — 7 years of experience in production.", [(5, 7, "production")]),
    ("5 to 7 years of experience in maintenance.", [(5, 7, "maintenance")]),
    ("3+ years of experience in quality control.", [(3, None, "quality control")]),
    ("At least five years of experience in plant operations.", [(5, None, "plant operations")]),
    ("Minimum of 5 years of experience in a GMP environment.", [(5, None, "gmp")]),
    ("Minimum 3 years experience as a maintenance technician.", [(3, None, "maintenance technician")]),
    ("Five (5) years of experience in welding.", [(5, None, "welding")]),
    ("Seven (7) years’ experience in regulated pharmaceutical industry.", [(7, None, "regulated pharmaceutical")]),
    ("5 yrs experience with PLC programming.", [(5, None, "plc programming")]),
    ("Over 10 years of experience in supply chain management.", [(10, None, "supply chain management")]),
    ("Up to 3 years of experience in a warehouse.", [(0, 3, "warehouse")]),
    ("6 months of experience operating a forklift.", [(0.5, None, "operating a forklift")]),
    ("1-2 years of experience in a production environment.", [(1, 2, "production")]),
    ("Two or more years of experience in food safety.", [(2, None, "food safety")]),
    ("10 years or more of experience in manufacturing.", [(10, None, "manufacturing")]),
    ("5 years plus experience in machining.", [(5, None, "machining")]),
    ("1 year 6 months of experience in assembly.", [(1.5, None, "assembly")]),
    ("5-8+ years of experience in process engineering.", [(5, None, "process engineering")]),
    ("7 - 10 plus years of experience in operations.", [(7, None, "operations")]),
    ("At least 3-5 years of experience in quality assurance.", [(3, 5, "quality assurance")]),
    ("5 or more years of experience in a supervisory role.", [(5, None, "supervisory")]),
    ("At least five (3-5) years of experience in logistics.", [(3, 5, "logistics")]),
    ("5 years' experience in CNC machining.", [(5, None, "cnc machining")]),
    ("5+ yrs exp in HVAC.", [(5, None, "hvac")]),
    ("10 years of progressive experience.", [(10, None, None)]),
    ("1-3 years of experience in a lab.", [(1, 3, "lab")]),
    ("Between 3 and 5 years of experience in sales.", [(3, 5, "sales")]),
    ("One to three years of experience in customer service.", [(1, 3, "customer service")]),
    ("Less than one year of experience is acceptable.", [(0, 1, None)]),
    ("18 months of experience in a call center.", [(1.5, None, "call center")]),
    ("A year of experience in retail.", [(1, None, "retail")]),
    ("At least a year of experience in a fast-paced kitchen.", [(1, None, "fast-paced kitchen")]),
    ("One and a half years of experience in data entry.", [(1.5, None, "data entry")]),
    ("A couple of years of experience in inventory control.", [(2, None, "inventory control")]),
    ("5 years minimum experience in tool and die.", [(5, None, "tool and die")]),
    ("Minimum 1-year experience with medical billing.", [(1, None, "medical billing")]),
    ("3~5 years of experience in injection molding.", [(3, 5, "injection molding")]),
    ("2 - 3 year(s) of working experience in manufacturing.", [(2, 3, "manufacturing")]),
    ("Twenty-five years of experience is not needed; 3 years of experience is.", [(25, None, None), (3, None, None)]),
]

# Where the domain comes from and where the evidence stops.
DOMAINS = [
    ("8+ years of total software engineering management experience (manager level).",
     [(8, None, "software engineering management")]),
    ("3+ years of related healthcare sales experience.", [(3, None, "healthcare sales")]),
    ("5+ years' management experience.", [(5, None, "management")]),
    ("5+ years as a Technical Project Manager.", [(5, None, "technical project manager")]),
    ("3+ years of experience managing high-performing software teams.",
     [(3, None, "managing high-performing software teams")]),
    ("10+ years of leading large teams.", [(10, None, "leading large teams")]),
    ("5+ years in a manufacturing environment.", [(5, None, "manufacturing")]),
    ("2+ years of experience in a similar role.", [(2, None, None)]),
    ("5 years of sales, sales support or account management experience.",
     [(5, None, "sales, sales support or account management")]),
    ("3 years of experience with SQL and Python.", [(3, None, "sql and python")]),
    ("5 years of experience in sales and marketing.", [(5, None, "sales and marketing")]),
    ("10 years working on production lines.", [(10, None, "production lines")]),
    ("4+ years in a software implementation role.", [(4, None, "software implementation")]),
    # a list closed by "and"/"or" is one domain; "or a related field" is not part of it
    ("A minimum of 2 years of experience in marketing, sales, or a related field.", [(2, None, "marketing, sales")]),
    ("2+ years experience in investment banking, consulting or any other analytically intensive role.",
     [(2, None, "investment banking, consulting")]),
    ("3+ years of experience with AWS, GCP, Azure, or another cloud service.",
     [(3, None, "aws, gcp, azure, or another cloud service")]),
    ("1+ year experience using relational databases, including Oracle.", [(1, None, "relational databases")]),
    ("4-8 years’ experience of Pharmaceuticals, Managed Markets Consulting or Managed Markets agencies.",
     [(4, 8, "pharmaceuticals, managed markets consulting or managed markets agencies")]),
]

# Experience named by a label before the amount, as job boards write it.
LABELS = [
    ("Experience: 5 - 7 years", [(5, 7, None)]),
    ("Experience: 2+ years", [(2, None, None)]),
    ("Required Experience: 3-5 Years", [(3, 5, None)]),
    ("REQUIRED EXPERIENCE: 3-5 YEARS", [(3, 5, None)]),
    ("İSTANBUL OFFICE. Experience: 4+ YRS", [(4, None, None)]),
    ("Years of experience: 3-5", [(3, 5, None)]),
    ("Project Management experience (4-7 years), Bachelor's degree in Computer Science.",
     [(4, 7, "project management")]),
    ("Software experience 1 year", [(1, None, "software")]),
    ("Experience: Operations management: 10 years (Preferred)", [(10, None, "operations management")]),
    ("Experience: instrumentation: 2 years (Required) CAD: 1 year (Required)",
     [(2, None, "instrumentation"), (1, None, "cad")]),
]

# Bullets as postings write them, several per line or glued together by a scraper.
BULLETS = [
    ("• 5+ years in a manufacturing environment\n• 2+ years in a lead role", [(5, None, "manufacturing"), (2, None, "lead")]),
    ("Bachelor's degree in Engineering.5+ years of experience in process engineering.",
     [(5, None, "process engineering")]),
    ("4+ years of experience with backend engineering.2+ years of experience with PHP",
     [(4, None, "backend engineering"), (2, None, "php")]),
    ("- 3 or more years of experience working within a manufacturing or military environment",
     [(3, None, "manufacturing or military")]),
    ("minimum of 3 years experience in the same field", [(3, None, None)]),
    ("at least 5 years of experience in design", [(5, None, "design")]),
]

# Amounts coordinated with one that has the context ("BS with 8+ years or MS with 6+ years of experience").
COORDINATED = [
    ("BS with 8+ years or MS with 6+ years or PhD with 3+ years of experience.",
     [(8, None, None), (6, None, None), (3, None, None)]),
    ("Minimum 5 years (with M.S. degree) or 3 years (with PhD) of industry experience in data science.",
     [(5, None, "data science"), (3, None, "data science")]),
    ("Four or more years of experience with a master's degree, or two or more years with a PhD.",
     [(4, None, None), (2, None, None)]),
    ("At least 2 years (if PhD) and 3+ years relevant work experience.", [(2, None, None), (3, None, None)]),
    ("With 6 months to 1 year work experience in a plant.", [(0.5, 1, "plant")]),
    ("3 years - 5 years of experience in sales.", [(3, 5, "sales")]),
    ("5+ years of experience in welding. Vacation after 2 years.", [(5, None, "welding")]),
    # a degree that labels the years after it with a colon, dash or "=": the years asked of its holders
    ("Experience: Bachelor's: 5 years; Master's: 3 years", [(5, None, None), (3, None, None)]),
    ("Education/Experience: BS - 5 yrs / MS - 3 yrs", [(5, None, None), (3, None, None)]),
    ("B.S. = 8+ years, M.S. = 5+ years", [(8, None, None), (5, None, None)]),
    ("High School Diploma: 3-5 years", [(3, 5, None)]),
    ("Master's -   3 years", [(3, None, None)]),  # spaces and tabs between the mark and the years
    ("Bachelor's:\t2-4 years", [(2, 4, None)]),
    ("PhD = 1 year, Master's: 3 years\n", [(1, None, None), (3, None, None)]),
    # a label that is no degree, a program's length, a span of days
    ("Drivers with a CDL - 5 years", []),
    ("Associate degree program (2 years) at our partner college.", []),
    ("MS - 365 days", []),
    # a preferred upper rung after "with" takes the domain of the entry it raises (wave 5)
    ("Minimum of 5 years of experience repairing saxophones with 10+ years preferredAccomplished saxophone player",
     [(5, None, "repairing saxophones"), (10, None, "repairing saxophones")]),
    ("5 years of experience in welding, with 10 years ideal.", [(5, None, "welding"), (10, None, "welding")]),
    # "with" years that are no rung: another domain, or no preference
    ("5 years of experience in welding with 2 years in a supervisory role.", [(5, None, "welding"), (2, None, "supervisory")]),
    ("5 years of experience in welding with 2 years on nights.", [(5, None, "welding")]),
    # a hard-wrapped line that breaks before the experience phrase's preposition (wave 5, am04 texts wrap at 70)
    ("REQUIRED QUALIFICATIONS:\r\n- Diploma of accomplished higher medical education and work experience\r\nin specialty "
     "field for at least 3 years;\r\n- Excellent organizational skills;", [(3, None, "specialty")]),
    ("- Relevant experience\nin 2010 we moved our plant here for 30 years", []),
    ("- Relevant experience\nIn addition, we have served clients for 30 years", []),
]

# Not experience: ages.
AGES = [
    ("Must be 18 years of age or older.", []),
    ("Applicants must be 18 years or older.", []),
    ("Must be at least 21 years old to drive company vehicles.", []),
    ("Candidates aged 18 years and over may apply.", []),
    ('Must be 18 years of age to drive company vehicles.', []),
    ('Applicants must be at least 21 years old.', []),
    ('Must be 18 years or older to apply.', []),
    ('Minimum age 18 years.', []),
]

# Not experience: the company's own history.
COMPANY_HISTORY = [
    # a staffing company's or a recruiter's tenure, glued to the text before or in a signature
    ("...to our members.About Acme StaffingWith over 20 years of staffing experience in the region, we place talent.", []),
    ("We are a company that combines over 15 years of experience in digital advertising with data science.", []),
    ("Regards, John Smith, Recruiter with over 20 years tech experience.", []),
    ("We have been serving customers for 30 years.", []),
    ("Founded 50 years ago, we build custom machinery.", []),
    ("Over 100 years of innovation in steel.", []),
    ("For more than 25 years we have supplied the auto industry.", []),
    ("With over 30 years of experience in the industry, our company is a leader in packaging.", []),
    ("Our team brings 50 years of combined experience to every project.", []),
    ("We are a family-owned business with 40 years in the plastics industry.", []),
    ("The company has 30 years of experience in metal stamping.", []),
    ('ManpowerGroup has served clients in 75 countries and has done so for over 70 years.', []),
    ('For more than 20 years, PointClickCare has been the backbone of senior care.', []),
    ('Family-owned for over 80 years, Lunds & Byerlys is a grocery retailer.', []),
    ('We have been in business for over 25 years specializing in damaged foundations.', []),
    ('Throughout our more than 50 years in cable television, Armstrong has been a leader in innovation.', []),
    ('With over 75 years of experience, we specialize in selling and installing refrigeration.', []),
    ('The company has been in existence for almost 15 years and is growing rapidly.', []),
    ('Named a San Diego Top Workplace for three years running.', []),
    ('Over the last 25 years we have opened our doors to a network of service pros.', []),
    ('We have 30-plus years serving manufacturers across the Midwest.', []),
    # an employer "of N years", though the sentence goes on to seek applicants (postings-large)
    ("Company Description A Pediatric practice of over 32 years in Northern Virginia seeking applicants for the Clinical "
     "Medical Assistant position.", []),
    ("We are a family business of 40 years serving Ohio, seeking candidates with 3+ years of experience.", [(3, None, None)]),
    ("A minimum of 5 years of experience in a firm of comparable size.", [(5, None, "firm of comparable size")]),
]

# Not experience: warranties, tenure benefits, contracts, timelines.
DURATIONS = [
    ("All equipment carries a 5 year warranty.", []),
    ("Benefits (401k) after 1 year.", []),
    ("401(k) match after 1 year of employment.", []),
    ("Benefits eligible after 90 days.", []),
    ("Sabbatical after 5 years of service.", []),
    ("This is a 2-year contract with possible extension.", []),
    ("12 month assignment, temp to hire.", []),
    ("Within 2 years of hire you will obtain a forklift certification.", []),
    ("The plant was remodeled 3 years ago.", []),
    ("Machines less than 5 years old.", []),
    ("Promotion review every 6 months.", []),
    ("Salary $50,000 - $90,000 per year.", []),
    ("24/7 operations with rotating shifts.", []),
    ("Worked at the plant 2012-2014.", []),
    ("A 4-year degree or equivalent experience is required.", []),
    ("Two years of college or technical school.", []),
    ("Paid time off increases with years of service.", []),
    ("15 days of paid vacation per year.", []),
    ("Must obtain certification within 12 months of hire.", []),
    ("This is a 6 month contract position.", []),
    ("Duration: 12 months + likely extension.", []),
    ("One year of education can be substituted for two years of college.", []),
    ("Best Places to Work 4 years in a row!", []),
    ("Leave conversion after 1 year.", []),
    ("6 months of paid parental leave for all employees.", []),
    ("Trainees complete an 18-month training program.", []),
    ("We offer a 6 months internship contract.", []),
    ('This is a 12 month + contract position.', []),
    ('Conversion to full-time at 6 months.', []),
    ('A one-year probationary period may be required.', []),
    ('Must pass a criminal background check (7-year felony + sex offender).', []),
    # a look-back period of a check or a record is no experience
    ('Employment is contingent upon the following: Clear seven (7) year background check', []),
    ('Must pass a 10 year background check and drug screen.', []),
    ('Must have a clean 7-year driving record.', []),
    ('Clean 3 year MVR required.', []),
    ('No felony convictions in a 7 year criminal history check.', []),
    ('While the internship is for a semester (3-6 months), some have established a career here.', []),
    ('Length of Contract: 3 years', []),
    ('Selected candidates should be ready to be onsite for 4-6 months for onboarding.', []),
    ('Retirement match provided after 1 year.', []),
    ('Paid leaves after 1 year.', []),
    ('Salary reviews are scheduled every six months.', []),
    ('Pay: $70,000 - $100,000 range / year salary, depending on experience.', []),
    ('These consist of 5 year activity & GAP verification, DBS or Access NI.', []),
    ('Must have a minimum of twelve (12) months of service in current position prior to applying.', []),
    ('Your graduation date must be within the 2 years preceding your application.', []),
    ('Typing certificates issued within the last four years will be honored.', []),
    ('Completion of one to two years of undergraduate coursework in Statistics.', []),
    ('Associate Degree from a two-year college or technical school preferred.', []),
    ('Education: 4 year degree.', []),
    ('Position is budgeted for a term of three years.', []),
    ('The program is a 24-month developmental role.', []),
    ('Most of our sales organization has been at Genesis10 for 7-15+ years.', []),
    ('Carry out spot-checks of recipient organizations for two years after assistance has been provided.', []),
    ('You will travel 100% for the first two years.', []),
    # a degree standing in for years is no amount asked
    ("A Master's may substitute for two years of experience.", []),
    ("A bachelor's degree may be substituted for a maximum of two years of the required experience.", []),
    ("An associate degree will be accepted in lieu of 2 years of experience.", []),
]

# Wave-3 families (issue 14). Under a requirements header, a bullet that opens with an amount is experience
# without the word: beside a domain ("with", "on", "using") or alone ("5 years minimum").
LISTED = [
    ("Requirements:\n- 4 years with PLC programming\n- 8 years on capital projects",
     [(4, None, "plc programming"), (8, None, "capital projects")]),
    ("Qualifications:\n5 years minimum\nBachelor's degree", [(5, None, None)]),
    ("Requirements:\nMinimum 3 years\nHigh school diploma", [(3, None, None)]),
    ("Qualification:\n2 yrs min with Tableau required\n1 yr with Alteryx a big plus",
     [(2, None, "tableau"), (1, None, "alteryx a big")]),
    ("Experience & Education\nMinimum 3-5 years with the Google Ads and Facebook Business manager platforms",
     [(3, 5, "google ads and facebook business")]),
    ("Preferred Qualifications:\n2+ years using MS SQL Server", [(2, None, "ms sql server")]),
    ("Requirements:\n6+ years of supervision in a machining environment", [(6, None, "supervision")]),
    # "involved with" names the domain anywhere
    ("-An additional 3-4 years involved with complex medium to large projects in a fast paced financial environment is expected.",
     [(3, 4, "complex medium")]),
    # an amount whose phrase a line break cut
    ("A great opportunity for a Data Scientist with 4+ years\nof relevant experience to work here.", [(4, None, None)]),
    ("Requirements:\n3+ years\n of regulated medical device work", [(3, None, None)]),
    ("Requirements:\r\n3+ years  \r\n  of regulated medical device work", [(3, None, None)]),
    ("Requirements:\n3+ years \n Bachelor's degree in engineering", [(3, None, None)]),
]

# ... and what stays out: the same shapes outside a requirements header, tenure, credit, timelines.
NOT_LISTED = [
    ("Responsibilities:\n- 4 years with the program\n", []),
    ("Benefits:\n5 years vesting\n", []),
    ("Requirements:\nMust be 18 years of age or older", []),
    ("The company was founded 10 years ago. Your 401k vests after 3 years.", []),
    ("Posted 5 days ago. 5 years in business.", []),
    # experience credit and substitutions are not amounts asked
    ("Applicants may receive three years' experience credit for a Master's degree.", []),
    ("A Master's may substitute for two years of experience.", []),
    # a name as the subject: the company's tenure
    ("Acme has over 25 years of dedicated staffing partnerships.", []),
    ("Acme Staffing brings 30 years of experience in light industrial placement.", []),
    ("We are a company that combines over 15 years of experience in digital advertising.", []),
    # ... but not where the sentence names the candidate
    ("The candidate has 5 years of experience in welding.", [(5, None, "welding")]),
    ("Qualifications/Experience Required\nTypically has 3 to 5 years of relevant technical or business work experience.",
     [(3, 5, "technical or business")]),
    # a label's value under a requirements header is no experience ("Duration:")
    ("Education Requirements:\nIn study for a Bachelor's of Science in Computer Science.\n\nDuration:\n1 Year+", []),
]

# Phrasings found wrong on real postings (corpus-real) and fixed.
BUGS_CAUGHT = [
    # the words "background", "driving" and "criminal" still name experience where they are its domain
    ("5 years background in manufacturing required.", [(5, None, "manufacturing")]),
    ("Must have 7 years driving a truck.", [(7, None, "driving a truck")]),
    ("3 years driving experience required.", [(3, None, "driving")]),
    # a bullet glued on at a full stop after a sentence about the company
    ("Our frontend stack is Javascript and React.8+ years of software engineering experience.",
     [(8, None, "software engineering")]),
    ("Established project management skills.3 Years previous leadership experience", [(3, None, "leadership")]),
    # company history in lower-cased text, and with the company as subject
    ("with over 30 years of experience in semiconductor innovation, we bring that purpose to life.", []),
    ("Caritas is a mission-driven organization with more than 30 years of experience. We deliver care.", []),
    # "company" and "in business" inside a requirement are not company history
    ("3 years of experience at a Fortune 500 company.", [(3, None, None)]),
    ("3 years of experience in business development, intellectual property matters and contract law.",
     [(3, None, "business development, intellectual property matters and contract law")]),
    ("A Business Data Analyst with 5-7 years in Business Data Analytics and handling financial data.",
     [(5, 7, "business data analytics")]),
    # a degree between the amount and "experience"
    ("4-year technical degree or equivalent experience", []),
    # "project", "combined", "responsible" right after the amount
    ("Minimum of 4 years project engineering experience in the heavy highway market.", [(4, None, "project engineering")]),
    ("5+ years combined experience in operations management, QA, and process improvement.",
     [(5, None, "operations management, qa, and process improvement")]),
    ("5+ years progressively responsible experience in the construction industry.", [(5, None, "construction")]),
    # a glued bullet ends the domain
    ("5+ years of experience within a pre-sales environment Outstanding presenting skills", [(5, None, "pre-sales")]),
    ("at least six (6) months experience as production engineer.is an advantage.", [(0.5, None, "production engineer")]),
    ("8-10 years commercial title underwriting experience requiredMultiple states", [(8, 10, "commercial title underwriting")]),
    # an experience word used by one entry is not a label for the next amount
    ("5+ years of energy industry experience5+ years of sales, sales support or account management experience",
     [(5, None, "energy"), (5, None, "sales, sales support or account management")]),
    ("3-to-5-year work experience on the same field.", [(3, 5, None)]),
    ("May consider 15+ years of industry related experience in lieu of college degree.", [(15, None, None)]),
    ("Desired Work Experience:  up to 3 years  Education/Experience: High School Diploma", [(0, 3, None)]),
    ("2+ years, experience in inspection and/or production", [(2, None, "inspection and/or production")]),
    ("Experience with Python (2+ years).", [(2, None, "python")]),
    ("Industry\nRetail\nExperience\n\n3+ years\nLocation", [(3, None, None)]),
    ("Minimum of 5 years of experience in managing teams required.", [(5, None, "managing teams")]),
    ("Minimum 5 years of experience in construction inspection of major public works projects.",
     [(5, None, "construction inspection")]),
    ("At least 5 years of in-depth experience with Salesforce.", [(5, None, "salesforce")]),
    ("Experience requirements: 10+ years Employment Type: Full-Time", [(10, None, None)]),
    ("We clean windows for high-end residential clients for over 35 years in the greater Omaha area.", []),
    ("With more than 40 years of field-tested experience, we deliver the solutions needed to protect society.", []),
    ("At least 8 years experience designing and building data processing/ETL pipelines.",
     [(8, None, "designing and building data processing/etl")]),
    ("Minimum of 4-6 years of relevant experience for a Sr. Research Analyst.", [(4, 6, None)]),
    ("Qualifications and Education RequirementsThree (3) years of experience in civil engineering.",
     [(3, None, "civil engineering")]),
    ("What We Need To SeeYou have a BS with 3+ years of relevant experience in big data analytics.",
     [(3, None, "big data analytics")]),
    ("We are in need of a Part-Time Ophthalmic Technician with at least 4 years of tech experience.", [(4, None, "tech")]),
    ("* Develop the organization with the right people * 10+ years of chemical industry experience *",
     [(10, None, "chemical")]),
    ("3 years of experience with a similar position in a company with inhouse production.", [(3, None, None)]),
    ("Or 3-4 years of equivalent experience. W2 only, no Corp to Corp. We are an equal opportunity employer.",
     [(3, 4, None)]),
    ("7 years of program management experience in a technical field.", [(7, None, "program management")]),
    ("From 10 up to 15 years of transportation system engineering expertise.",
     [(10, 15, "transportation system engineering")]),
    ("2 and above years work experience in an engineering firm.", [(2, None, "engineering")]),
    ("Preferably with 5 yrs & up experienced employees.", [(5, None, None)]),
    ("Have experience in 10 to 15 years in instrumentation and control engineering.",
     [(10, 15, "instrumentation and control engineering")]),
    ("SAN Storage Engineer with 3 to 5 years experience providing Hitachi and EMC storage administration services.",
     [(3, 5, "providing hitachi and emc storage")]),
    ("10+ years' experience in accounting or finance Excellent oral and written communications skills",
     [(10, None, "accounting or finance")]),
    ("5 to 7 years of progressively more responsible experience in Plant Engineering.", [(5, 7, "plant engineering")]),
    ("Must have 12+ months of training experience in a warehouse environment.", [(1, None, "training")]),
    ("One to three months related experience and/or training.", [(0.08, 0.25, None)]),
    ("Education and Experience:Five to Seven (5-7) years progressive responsibility in manufacturing.", [(5, 7, None)]),
    ("Trainees complete an 18-month training program before qualifying on their first unit.", []),
    ("Proven experience in UX design, typically 5-8 years.", [(5, 8, "ux design")]),
    ("Proficiency in project management tools, especially Jira and Confluence (3+ years); working knowledge of Miro.",
     [(3, None, None)]),
    ("Have at least 3-5 years of hands-on analytical chemistry in a GMP laboratory.", [(3, 5, "analytical chemistry")]),
    ("essential skills and experience:\nat least 3 years’ hands on experience in automation testing platforms",
     [(3, None, "automation testing platforms")]),
    ("minimum of 5+ years leading build/run team members.proficient in sdlc and agile methodology",
     [(5, None, "leading build/run team members")]),
    ("3+ years of consistent call center or relevant customer service experience required",
     [(3, None, "call center or relevant customer service")]),
    ("1-3 years related work experience Willing to travel out of town", [(1, 3, None)]),
    ("5+ years experience in pipeline/terminal operations   Competencies/Skills/Abilities",
     [(5, None, "pipeline/terminal operations")]),
    ("Up-through-the-ranks background.Four-plus years of experience with the Informatica suite, comprised of",
     [(4, None, "informatica suite")]),
    ("Ten-plus years of experience in plant maintenance.", [(10, None, "plant maintenance")]),
]


# Session-6 families: an amount in square brackets, a name with a leading dot (".NET") before "experience", an
# amount that closes the experience phrase after "for" ("experience in X for at least 5 years"), a word glued onto
# "experience", amounts coordinated across abbreviations ("M.S. with 6, or Ph.D. with 3 years"), and a company's
# tenure right after its "About <Name>" glued onto the sentence.
BRACKETS_AND_TRAILING_AMOUNTS = [
    ("Requirements:\n- minimum [5] years of experience working with plc systems in an industrial setting.",
     [(5, None, "plc systems")]),
    ("[2+] years of experience in welding", [(2, None, "welding")]),
    ("Minimum of 1 year of .NET Framework/VB or C# development experience.", [(1, None, "net framework/vb or c# development")]),
    ("work\nexperience in specialty field for at least 3 years;", [(3, None, "specialty")]),
    ("candidates with work experience in test automation for at least 5 years or higher.", [(5, None, "test automation")]),
    ("Previous experience as a construction site superintendent or in a similar role for a minimum of 5 years.",
     [(5, None, "construction site superintendent")]),
    ("Experienced in developing HW products and functional blocks for more than 7 years.",
     [(7, None, "developing hw products")]),
    ("master's degree in applied physics, with atleast3 years of professionalexperience in tribology.",
     [(3, None, "tribology")]),
    ("B.S. with 8+ years, M.S. with 6, or Ph.D. with 3 years of relevant experience", [(8, None, None), (3, None, None)]),
    ("Ph.D. with 2 years or M.S. with 5 years of industry experience", [(2, None, None), (5, None, None)]),
    ("Work with our members.About Acme StaffingWith over 20 years of staffing experience in light industrial", []),
    ("Qualifications: SQL skillsMinimum 5 years of experience in analytics", [(5, None, "analytics")]),
    ("3+ years quality management and / or quality engineering experience with strong supervisory skills",
     [(3, None, "quality management and / or quality engineering")]),
    ("4 years R & D experience", [(4, None, "r & d")]),
    # negatives: a citation in brackets, the company's own years after "for", a subject of its own in between
    ("see reference [3] for details on 5 years", []),
    ("With a strong commitment to the customer experience, Glastender has been serving the industry for over 50 years.", []),
    ("Previous experience in office work is a MUST!Grunwald Mechanical has served the Omaha area for more than 120 years.", []),
    ("Experience with our customers for 5 years gives you a bonus.", []),
    ("Bring experience in sales. Employees are eligible for 401k after 1 year.", []),
    ("5+ years of experience as a QA engineer with automation experience * Must work in Agile teams for 2+ years",
     [(5, None, "qa engineer")]),
    ("Must have 5 years. Dr. Smith has 3 years of experience.", []),
    ("5 years / experience", []),
]


# An amount, then a dash or a comma, then the experience phrase, or an experience label and a comma before the
# amount: job-board templates of postings-large (wave 7 hunt).
DASHED_AND_COMMA_LABELS = [
    ("Required:2-4 years – Experience working in Supply Chain, IT, or Finance2-4 years – Experience in Data analysis and Statistics",
     [(2, 4, "supply chain, it"), (2, 4, "data analysis and statistics")]),
    ("5 years - Relevant work experience in Analytics, technology or healthcare related field required",
     [(5, None, "analytics, technology or healthcare")]),
    ("1 year - Experience in normalizing data to ensure it is homogeneous", [(1, None, "normalizing data")]),
    # a degree inside the label is no part of the domain
    ("Master's Degree and job-related experience: 3 years", [(3, None, "job-related")]),
    ("Bachelor's degree plus supervisory experience - 5 years", [(5, None, "supervisory")]),
    # the dash and the comma never make a company's history or a slogan experience
    ("Founded 30 years ago - experience the difference.", []),
    ("We bring experience, 30 years of it, to every project.", []),
    ("Serving Ohio for 40 years - experience matters.", []),
]

# The years asked of a degree's holders: experience without the word where no neighbour lends it (wave 7 hunt).
DEGREE_CONDITIONED = [
    ("BS with ten (10) years of relevant experience, MS with eight (8) years; or PhD with five (5) years.",
     [(10, None, None), (8, None, None), (5, None, None)]),
    ("Requires 2 to 5 years with BS/BA or 0 to 2 years with MS/MA/MBA or 8 to 10 years with no degree.",
     [(2, 5, None), (0, 2, None), (8, 10, None)]),
    ("BS + 5 years of relevant work experience, MS + 4 years of relevant work experience, or PhD +2 years of relevant "
     "work experience", [(5, None, None), (4, None, None), (2, None, None)]),
    ("Typically requires a minimum of 5 years of related experience with a Bachelor's degree; or 3 years and a "
     "Master's degree; or a PhD without experience.", [(5, None, None), (3, None, None)]),
    ("At least 5 years of experience with data analysis. 3 years with a Master's degree.",
     [(5, None, "data analysis"), (3, None, None)]),
    ("IMG Systems, Inc. seeks Master’s+1yr/Bachelor’s+5yrs exp/equiv.", [(1, None, None), (5, None, None)]),
    # a degree beside an amount that is schooling, a programme's length, a benefit or arithmetic
    ("High school diploma and 2 years of college.", []),
    ("Bachelor's degree and 4 years of college coursework.", []),
    ("Associate degree program (2 years) at our partner college.", []),
    ("Associate degree (2 years) required.", []),
    ("Tuition reimbursement after 1 year for a bachelor's degree.", []),
    ("5+2 years warranty", []),
]

# An amount whose experience word a hard wrap put on the next line (wave 7 hunt): the break's look-ahead had no room
# for "experience" and only "of"/"in"/"with" lines were joined.
WRAPPED_BEFORE_EXPERIENCE = [
    ("related quantitative field; OR 6 years\nexperience in an advanced mathematical or statistical field.",
     [(6, None, "advanced mathematical or statistical")]),
    ("specialization in artificial intelligence and 3 years\nexperience\n• Experience working with Python", [(3, None, None)]),
    ("We were founded 30 years\nexperience matters", []),
    ("Benefits after 2 years\nexperience the difference", []),
    # a capitalised "Experience" opens the next bullet: the amount is not its
    ("SDS 2 = Three (3) years\nExperience in the financial industry preferred.", []),
]

# A preferred higher rung in brackets, inside or after the entry it raises; a label "(yrs.)"; a role called
# experienced with its years in brackets (wave 7 hunt, postings-large).
BRACKETED_RUNGS_AND_LABELS = [
    ("Have at least 3 years (5+ years is preferred) experience in Property Management (with at least 2 years in Retail "
     "or NNN properties).", [(3, None, "property management"), (5, None, "property management"), (2, None, "retail or nnn properties")]),
    ("Minimum 3 years (5 years preferred) of experience in welding.", [(3, None, "welding"), (5, None, "welding")]),
    ("✅ at least 6 months of experience in customer service or technical support (1–2 years preferred)\n✅ strong communication",
     [(0.5, None, "customer service or technical support"), (1, 2, "customer service or technical support")]),
    ("Experience (yrs.): 4-6 years directly related to the duties and responsibilities specified.", [(4, 6, None)]),
    ("here's what you'll need\n\nan experienced engineer (5+ years) that has well established power transmission experience",
     [(5, None, None)]),
    ("Experienced welders (2+ years) wanted.", [(2, None, None)]),
    # a bracketed amount that is no rung: another degree's years, a company's age
    ("3 years (2 years with a Master's) of experience in quality.", [(3, None, "quality"), (2, None, None)]),
    ("Our experienced team (25 years) serves you.", []),
    ("Minimum 3 years of experience in welding (2 years of which on nights).", [(3, None, "welding")]),
]

# Trap family: a company's age beside a degree or a dash stays history.
COMPANY_AGE_BESIDE_DEGREE = [
    ("For over 30 years and with a Bachelor's degree program of our own, Acme trains welders.", []),
    ("Acme has 25 years - experience you can trust.", []),
]


@pytest.mark.parametrize("text,expected", DASHED_AND_COMMA_LABELS + DEGREE_CONDITIONED + WRAPPED_BEFORE_EXPERIENCE + BRACKETED_RUNGS_AND_LABELS)
def test_dashed_labels_and_degree_conditioned_years(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text,expected", COMPANY_AGE_BESIDE_DEGREE)
def test_company_age_beside_a_degree_or_dash_is_no_experience(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text,expected", BRACKETS_AND_TRAILING_AMOUNTS)
def test_brackets_and_trailing_amounts(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text,expected", SEED_EXAMPLES)
def test_seed_examples(text, expected):
    found = [tuple(e.values()) for e in entries_of(text, "experience", KEYS + ("text",))]
    assert found == expected


@pytest.mark.parametrize("text,expected", AMOUNTS + DOMAINS + LABELS + BULLETS + COORDINATED)
def test_examples(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text,expected", LISTED)
def test_listed(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text,expected", NOT_LISTED)
def test_not_listed(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text,expected", AGES + COMPANY_HISTORY + DURATIONS)
def test_negatives(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize("text,expected", BUGS_CAUGHT)
def test_bugs_caught(text, expected):
    assert _found(text) == expected


NUMBERS = [("5", 5), ("1.5", 1.5), ("2½", 2.5), ("1 1/2", 1.5), ("five", 5), ("Twenty-five", 25), ("one and a half", 1.5),
           ("a couple of", 2), ("half a", 0.5), ("a", 1)]


@pytest.mark.parametrize("text,value", NUMBERS)
def test_numbers(text, value):
    assert Numbers(load_table("numbers")).value(text) == value


# Adversarial text: time must stay linear in the input (no catastrophic backtracking).
ADVERSARIAL = ["1" * 100_000, "5-" * 50_000 + " years", "years " * 20_000, "5 years " * 12_000, "5 years of " * 10_000,
               "5" + " " * 100_000 + "years", "at least " * 12_000 + "5 years", "a" * 100_000 + "5 years experience",
               "Experience: " * 10_000 + "5 years", "five (5) " * 10_000 + "years",
               # phrases cut by a line break (joined once per text), bullets under a requirements header
               "3+ years\n of work\n" * 6_000, "5+ years " * 12_000, "Requirements:\n" + "5 years minimum\n4 years with PLC programming\n" * 2_000]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=lambda t: t[:12])
def test_adversarial_text_is_fast(text):
    rules = ExperienceRules(spacy.blank("en"), Vocabularies())
    started = time.process_time()
    rules(None, Context(segments=Segments(text)))
    assert time.process_time() - started < 10


def test_degree_labels_are_searched_wherever_they_can_match() -> None:
    """The degree label before an amount ("Master's: 3 years") is searched only where its colon, "=" or dash ends the
    text before the amount: wherever the label's regex matches in a corpus window, that mark is found."""
    from pathlib import Path

    rules = ExperienceRules(spacy.blank("en"), Vocabularies())
    corpus = sorted((Path(__file__).resolve().parent.parent / "corpus" / "postings").glob("*.txt"))
    texts = [path.read_text(encoding="utf-8") for path in corpus]
    texts += ["Bachelor's: 5 years; Master's: 3 years", "BS - 5 yrs / MS - 3 yrs", "B.S. = 8+ years", "MBA:\n2 years",
              "Master's -   3 years", "Master's -    3 years", "PhD\t=\t1 year", "High School Diploma:\u20133 years"]
    matched = 0
    for text in texts:
        for end in range(1, len(text) + 1):
            lo = max(0, end - 60)
            if rules._degree_label_before.search(text, lo, end):
                matched += 1
                assert rules._label_mark_before.match(text, lo, end), text[lo:end]
    assert matched >= 7


# Trap family, preferred as required: a preferred rung in brackets leaves the entry it raises required.
RUNG_REQUIREMENTS = [
    ("Have at least 3 years (5+ years is preferred) experience in Property Management.",
     [(3, "required"), (5, "preferred")]),
    ("Minimum 3 years (5 years preferred) of experience in welding.", [(3, "required"), (5, "preferred")]),
    ("at least 6 months of experience in customer service (1–2 years preferred)", [(0.5, "required"), (1, "preferred")]),
]


@pytest.mark.parametrize("text,expected", RUNG_REQUIREMENTS)
def test_a_bracketed_preferred_rung_leaves_its_entry_required(text, expected):
    found = [(e["min_years"], e["requirement"]) for e in entries_of(text, "experience", ("min_years", "requirement"))]
    assert found == expected


# A company or benefits section that no header closes ends at a line asking for an amount of experience ("At least
# 1-3 years of ...", "2+ years of ..."); company history ("50 years of experience in ...") leaves it open.
COMPANY_SECTION_ENDS = [
    ("About Us\nWe build analytics for retailers.\n\nWhat A Great Candidate Looks Like:\n-----\nOutstanding analytical ability\n"
     "At least 1-3 years of industry experience\nIn-depth knowledge of Statistics", [(1, 3, None)]),
    ("About the Data Science & Analytics team\nThe team supports underwriting.\n1- 3 years of experience in an analytical role "
     "is required\nExperience with SQL", [(1, 3, "analytical")]),
    ("About Us\nFounded in 1970.\n50 years of experience in packaging and printing.\nWe ship worldwide.", []),
    ("About Us\nOver 50 years of experience in packaging and printing.\nWe ship worldwide.", []),
    ("Benefits\n401(k) match after 1 year\nTuition help for 2+ years of service", []),
]


@pytest.mark.parametrize("text,expected", COMPANY_SECTION_ENDS)
def test_a_line_asking_for_experience_ends_a_company_section(text, expected):
    assert _found(text) == expected


# A part of the experience just asked ("X years of experience, including Y years of ...": two entries).
PARTS_OF_EXPERIENCE = [
    ("* 7 years Concrete experience with at least 2 years' of that experience as a foreman",
     [(7, None, "concrete"), (2, None, "foreman")]),
    ("Minimum of 10 years of relevant experience at least five years of which is in a strategic business development role",
     [(10, None, None), (5, None, "strategic business development")]),
    ("with at least 3 years of experience in manufacturing industry, at least 1 year of which in a supervisory capacity, "
     "preferably with experience in maintenance operations", [(3, None, "manufacturing"), (1, None, "supervisory")]),
    # "of which" said of a company's years or a warranty
    ("The company was founded 40 years ago, of which 10 years in Ohio.", []),
    ("We have grown for 30 years, of which 10 years were in Ohio.", []),
    ("A 5-year warranty, of which 2 years are parts.", []),
]


@pytest.mark.parametrize("text,expected", PARTS_OF_EXPERIENCE)
def test_a_part_of_the_experience_asked_is_an_entry(text, expected):
    assert _found(text) == expected


# Substitution rates are no amounts asked (postings-large, civil-service postings).
SUBSTITUTION_RATES = [
    ("Clerical experience in medical records work may be substituted for a maximum of one year of the required experience "
     "on the basis of two months of such experience for one month of the required experience. Special Requirements: None.", []),
    ("Education may be substituted for the required experience at a rate of one year of education for six months of experience.", []),
    ("Three years of experience in records management; education may be substituted at the ratio of 30 semester hours for "
     "one year.", [(3, None, "records management")]),
]


@pytest.mark.parametrize("text,expected", SUBSTITUTION_RATES)
def test_substitution_rates_are_no_experience(text, expected):
    assert _found(text) == expected
