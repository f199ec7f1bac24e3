"""Rule tables for the industries family's wrong entries: real phrasing -> (label, naics, role) entries.

Each table is one family of errors read on the board check (`benchmarks/board_industries.py`) and the
published sets' errors, with the phrasing that made a wrong entry (now none, or the right role or code)
beside the phrasing that must keep its entry.
"""

from __future__ import annotations

import pytest
from helpers import entries_of

KEYS = ("label", "naics", "role")


def emp(label: str, naics: str | None) -> dict:
    """An expected employer entry."""
    return {"label": label, "naics": naics, "role": "employer"}


def exp(label: str, naics: str | None) -> dict:
    """An expected experience entry."""
    return {"label": label, "naics": naics, "role": "experience"}


#: An industry the company sets out to change is its market (a software maker "changing the health care
#: industry"), not its own industry; "the future of" an industry, a leader in it and one "transforming" it
#: stay the employer's.
SERVED_BY_CHANGE = [
    ("As one of the top behavioral health EHR providers in the country, Qualifacts Systems, Inc. has been "
     "changing the health care industry since our founding in 2000.", []),
    ("Passionate about precision medicine and advancing the healthcare industry? Recent advancements in "
     "underlying technology have finally made it possible.", []),
    ("You have a passion to connect with, understand, and shape the healthcare industry.", []),
    ("Have a genuine interest in working for a mission-driven company and improving the healthcare industry.", []),
    # kept: the company's own industry ("transforming" or "revolutionizing" an industry is said of its own)
    ("Angi is transforming the home services industry, creating an environment for homeowners.",
     [emp("home_services", "238")]),
    ("As a leader in the automotive industry, we are looking for a driven, diligent individual.",
     [emp("automotive", "3361")]),
    ("We are shaping the future of the lighting industry.", [emp("electrical_equipment_manufacturing", "335")]),
    ("Join a global leader in the semiconductor industry.", [emp("semiconductor_manufacturing", "3344")]),
]

#: A setting named in general (where something is used or found) or where the work is done: no entry.
WORKPLACE_IN_GENERAL = [
    ("You will perform research on business level data analytics and informatics used in a healthcare setting.", []),
    ("Remain compliant with personnel regulations typically found in an acute care hospital setting.", []),
    ("Our products are being designed to herald the transition of adoptive cell therapy from a hospital based "
     "treatment to outpatient therapy.", []),
    ("Control and maintain temperature. This work is done on the refinery.", []),
    ("Work Conditions: Job is performed in an industrial plant environment.", []),
    ("Work is performed in a laboratory and/or a clinical environment with exposure to electrical office equipment.", []),
    ("Most duties are performed at a hospital or clinic.", []),
    # kept: the employer's own site, a place based somewhere
    ("We are a community hospital based in Dayton, Ohio.", [emp("hospitals", "622")]),
    ("Work will be conducted in an office environment at our manufacturing facility in Hallam, NE.",
     [emp("manufacturing", "31-33")]),
    ("Experience working in a manufacturing environment is required.", [exp("manufacturing", "31-33")]),
]

#: A track record in a setting is experience in it, not the employer's industry.
TRACK_RECORD = [
    ("Demonstrated success leading a team within a warehouse environment.", [exp("warehousing", "493")]),
    ("A proven track record in a manufacturing setting.", [exp("manufacturing", "31-33")]),
    # kept: no track record
    ("You will lead a team within our warehouse environment.", [emp("warehousing", "493")]),
]

#: Boilerplate that names a bank or a regulator: scam warnings, pay deposits, compound adjectives.
BOILERPLATE = [
    ("Apto Solutions will never request personal identifiable information (bank, credit card, etc.) before "
     "you are hired.", []),
    ("We never ask for your bank account details during the interview process.", []),
    ("Federal employees are required to have federal payments made by direct deposit to a financial "
     "institution of your choosing.", []),
    ("An applicant who meets the definition of a mortgage loan originator and is employed by a federal "
     "agency-regulated institution will need to register.", []),
    # kept
    ("Bachelor’s degree preferred but not required, minimum 2 years Management experience, preferably in a hotel "
     "environment.", [exp("accommodation", "721")]),
    ("We are a community bank serving Central Ohio.", [emp("banking", "5221")]),
    ("We are a financial institution headquartered in Salt Lake City.", [emp("finance_insurance", "52")]),
]

#: A company's IT environment is its computer systems (a department), not an industry.
DEPARTMENT = [
    ("Understand the competitive marketplace, IT environment, claims operations, and data challenges to "
     "deliver solutions.", []),
    # kept: experience in such an environment
    ("Think about the average SMB’s IT environment—it’s a messy spaghetti of vendors, suppliers, and services.", []),
    # kept: experience or knowledge of such an environment
    ("Experience working in an IT environment.", [exp("information_technology", "51")]),
    ("Understanding of Change Management processes in a large IT environment", [exp("information_technology", "51")]),
]

#: The company's own call center is a department, not an industry; a market's
#: changing conditions and a workplace assigned to the worker are no industry either.
OWN_FUNCTION = [
    ("Provide engaging and compassionate customer service within a dynamic call center environment. Effectively "
     "utilize tools.", []),
    ("How many people do we need to staff hour by hour for our call center? Work with multiple business stakeholders.",
     []),
    ("The access team needs to evolve in response to a rapidly changing payer and policy environment.", []),
    ("Ensure that managed technical data and documents of assigned manufacturing site, chemical plant, supply chain "
     "and distribution location are up to date.", []),
    # kept
    ("Company Description Jade of Spades Inc. is a completely remote call center, established in 2014.",
     [emp("business_support_services", "5614")]),
    ("Two years of experience in a call center environment.", [exp("business_support_services", "5614")]),
    ("The intern's purpose is to assist Great Lakes Credit Union to live out our Vision, “To be the members’ trusted "
     "financial partner”.", [emp("finance_insurance", "52")]),
    ("We're hiring smart thinkers and doers who want to work for a leader and innovator in the challenging, "
     "ever-changing healthcare space.", [emp("healthcare", "62")]),
    ("The company operates multiple manufacturing and distribution facilities across Europe.",
     [emp("manufacturing", "31-33")]),
    ("Kavaliro is a leader in the financial services industry.", [emp("finance_insurance", "52")]),
]

#: Other parties and topics: a nearby business the job deals with, an employee discount, a business's problems,
#: a business line's results, the customers the company equips, the dynamics of an industry.
OTHER_PARTIES_AND_TOPICS = [
    ("Once or twice per week transport children from a local elementary school and once or twice per month "
     "transporting children on field trips.", []),
    ("From a user reviewing a neighborhood coffee shop to requesting a repair quote with a photo.", []),
    ("Employees also enjoy a generous discount at our retail market/cafe/oyster bars and wholesale pricing on seafood.",
     []),
    ("Computer-based software tools and statistical indices that solve real estate business problems through robust "
     "data.", []),
    ("Present insights to Management Team to assess performance of retail business.", []),
    ("You will empower leaders in finance, technology, and consumer goods with data to shape their long term "
     "strategy.", []),
    ("You will be working with enterprise networks supporting our national defense and other government agencies.",
     []),
    ("Data that we use to understand the dynamics of the automotive Lending industry.", []),
    ("Experience in international organizations including experience in working with the Government, civil society "
     "and donor counterparts.", []),
    ("For a candidate to be found minimally qualified, they are evaluated against a strict set of requirements "
     "defined by the government client.", []),
    ("Execution of assigned commercial and government client downstream development tasks.", []),
    ("At BCBSRI, diversity and inclusion strengthen our ability to meet the challenges of today's healthcare "
     "industry.", []),
    # kept
    ("Our government client is seeking a Program Analyst in Washington, DC.", [emp("public_administration", "92")]),
    ("We are a leading defense contractor.", [emp("defense", "3364")]),
    ("Experience in the public sector is a plus.", [exp("public_administration", "92")]),
    ("Our restaurant business is growing.", [emp("restaurants_food_service", "722")]),
    ("This role is responsible for the profitable and safe growth of our fleet services business at the highest "
     "level.", [emp("repair_maintenance", "811")]),
    ("In Tennessee, a manufacturing company needs a production manager.", [emp("manufacturing", "31-33")]),
]

#: Goods words that name no industry: a machine's settings, the accident a claim is about.
GOODS_WORDS = [
    ("Optimizing machine efficiency by adjusting machinery and equipment settings as needed.", []),
    ("We specialize in Motor Vehicle Accidents, Worker's Compensation, Veterans Administration and "
     "Commercial Insurance claims.", []),
    # kept
    ("We are a machinery manufacturer in Ohio.", [emp("machinery_manufacturing", "333")]),
    ("Experience in the motor vehicle industry.", [exp("automotive", "3361")]),
]

#: Goods and skills read as an industry: a fleet of scooters (not trucking), a platform used (not hosting), a
#: "security company" whose posting speaks of breaches (cybersecurity, not guards).
AMBIGUOUS_WORDS = [
    ("We provide a fleet of electric, shared scooters that can be accessed via smartphone.", []),
    ("Experience with Salesforce.com or other cloud computing platform", []),
    ("Palo Alto Networks is the fastest-growing security company in history. We offer the chance to be part of an "
     "important mission: ending breaches and protecting our way of digital life.", [emp("cybersecurity", "5415")]),
    # kept
    ("We operate a fleet of 300 tractors and 900 trailers across the Midwest.", [emp("trucking", "484")]),
    ("We are a security company providing unarmed security officers to commercial properties.",
     [emp("security_services", "5616")]),
]

#: A kind of building named as the project is not the industry worked in.
PROJECT_KIND = [
    ("This senior level is ideal for someone with 20 years in construction, especially in high-end hotel and "
     "casino developments.", [exp("construction", "23")]),
    ("Experience managing hospital construction projects.", []),
    # kept
    ("Experience in the hotel industry.", [exp("accommodation", "721")]),
]

#: The specific code the text states, not the sector's: a theme park is 7131, a casino 7132.
SPECIFIC_CODE = [
    ("Requirements: 5+ years of maintenance including direct experience in an industrial, plant, manufacturing, "
     "theme park or transportation maintenance environment.",
     [exp("manufacturing", "31-33"), exp("amusement_parks", "7131"), exp("transportation_warehousing", "48-49")]),
    ("Join our team on a busy casino floor.", [emp("gambling", "7132")]),
    ("We are a nonprofit museum in San Francisco.", [emp("museums", "712")]),
    ("We are a private golf club in Scottsdale.", [emp("recreation_facilities", "7139")]),
    ("We are a sports and entertainment company.", [emp("arts_entertainment_recreation", "71")]),
]


@pytest.mark.parametrize(
    "text,expected",
    SERVED_BY_CHANGE + WORKPLACE_IN_GENERAL + TRACK_RECORD + BOILERPLATE + DEPARTMENT + OWN_FUNCTION + OTHER_PARTIES_AND_TOPICS + GOODS_WORDS
    + AMBIGUOUS_WORDS + PROJECT_KIND + SPECIFIC_CODE,
)
def test_precision_families(text, expected):
    assert entries_of(text, "industries", KEYS) == expected
