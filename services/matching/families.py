"""Policy families: narrow groups of the glossary's subjects that co-hosts of one session
name it by, each department in its own: the tax bureau's "社会保险费申报缴纳辅导" is the
medical insurance bureau's "职工医保参保登记与缴费培训"; "稳就业惠企政策" is "稳岗返还" and
"一次性扩岗补助". Two titles in one family are kin, which is evidence, weaker than one
subject; how much it counts is learnt like every other level. Written from the glossary
alone, apart from the workloads the matcher is measured on.
"""

from collections import defaultdict
from collections.abc import Iterable

FAMILIES: dict[str, tuple[str, ...]] = {
    # --- Taxation -----------------------------------------------------------------------------
    "value-added-tax": (
        "value-added-tax",
        "vat-credit-refund",
        "vat-additional-deduction",
        "small-scale-taxpayer",
        "general-taxpayer",
    ),
    "invoices": (
        "invoices",
        "special-vat-invoice",
        "digital-e-invoice",
        "golden-tax-phase-iv",
    ),
    "tax-risk-and-inspection": (
        "tax-risk",
        "tax-inspection",
        "tax-fraud",
        "golden-tax-phase-iv",
    ),
    "corporate-income-tax": (
        "corporate-income-tax",
        "cit-annual-reconciliation",
        "small-business-tax-incentives",
        "rd-super-deduction",
    ),
    "individual-income-tax": (
        "individual-income-tax",
        "iit-annual-reconciliation",
        "iit-special-additional-deductions",
        "tax-withholding",
    ),
    "tax-and-fee-incentives": (
        "tax-and-fee-reduction",
        "six-taxes-two-fees",
        "small-business-tax-incentives",
        "vat-credit-refund",
    ),
    "property-and-behaviour-taxes": (
        "stamp-duty",
        "property-and-land-use-tax",
        "land-value-added-tax",
        "resource-tax",
        "environmental-protection-tax",
        "vehicle-purchase-tax",
        "tax-surcharges",
        "six-taxes-two-fees",
        "deed-tax",
        "farmland-occupation-tax",
    ),
    "tax-filing-and-e-services": (
        "tax-filing",
        "electronic-tax-bureau",
        "tax-registration",
        "tax-service-campaign",
    ),
    "tax-credit-and-bank-tax-loans": (
        "tax-credit-rating",
        "tax-credit-repair",
        "bank-tax-interaction",
    ),
    # --- Social insurance, labour and employment ------------------------------------------------
    "social-insurance-enrolment-and-contributions": (
        "social-insurance-contributions",
        "social-insurance",
        "insurance-enrolment",
        "pension-insurance",
        "medical-insurance",
        "employee-medical-insurance",
        "resident-medical-insurance",
        "unemployment-insurance",
        "work-injury-insurance",
        "maternity-insurance",
        "social-insurance-rate-reduction",
        "social-insurance-deferral",
    ),
    "pensions": (
        "pension-insurance",
        "enterprise-annuity",
        "personal-pension",
        "retirement-age",
    ),
    "work-injury-insurance-and-prevention": (
        "work-injury-insurance",
        "occupational-injury-protection",
        "occupational-health",
    ),
    "new-forms-of-employment": (
        "flexible-employment",
        "occupational-injury-protection",
    ),
    "labour-relations": (
        "labour-contract",
        "labour-dispatch",
        "labour-relations",
        "labour-dispute-arbitration",
        "collective-bargaining",
        "working-hours",
        "minimum-wage",
    ),
    "human-resources-service-industry": (
        "human-resources-services",
        "labour-dispatch",
    ),
    "wage-arrears-and-migrant-workers-wages": (
        "wage-arrears",
        "migrant-workers-wages",
        "construction-wage-accounts",
        "wage-guarantee-deposit",
        "real-name-workers",
    ),
    "employment-stabilisation": (
        "employment-services",
        "employment-subsidies",
        "job-stabilisation-refund",
        "social-insurance-rate-reduction",
    ),
    "recruitment-and-graduate-employment": (
        "recruitment-fairs",
        "spring-breeze-campaign",
        "graduate-employment",
        "employment-internships",
        "veterans-employment",
    ),
    "entrepreneurship-support": (
        "entrepreneurship-support",
        "entrepreneurship-guaranteed-loans",
        "incubators",
    ),
    "vocational-skills": (
        "vocational-skills-training",
        "skills-upgrading-subsidy",
        "skill-level-certification",
        "apprenticeship",
        "industry-education-integration",
    ),
    "talent": (
        "talent-policy",
        "professional-titles",
        "postdoctoral-workstations",
    ),
    "foreigners-working-in-china": (
        "foreigners-work-permit",
        "foreigners-residence-and-visa",
    ),
    # --- Medical insurance, drugs and devices -------------------------------------------------
    "pharmacy-and-medical-insurance-fund-compliance": (
        "drug-gsp",
        "drug-business-licence",
        "designated-pharmacies",
        "designated-medical-institutions",
        "medical-insurance-fund-supervision",
    ),
    "drug-manufacturing-and-safety": (
        "drug-regulation",
        "drug-gmp",
        "drug-gsp",
        "pharmacovigilance",
    ),
    "medical-insurance-pricing-and-procurement": (
        "volume-based-procurement",
        "medical-insurance-catalogue",
        "medical-service-pricing",
        "medical-insurance-payment-reform",
    ),
    "medical-insurance-services": (
        "cross-regional-medical-settlement",
        "medical-insurance-e-certificate",
        "social-security-card",
    ),
    "medical-devices": (
        "medical-devices",
        "medical-device-udi",
    ),
    "elderly-care-and-long-term-care": (
        "elderly-care-services",
        "long-term-care-insurance",
    ),
    # --- Market regulation --------------------------------------------------------------------
    "business-registration": (
        "business-registration",
        "company-deregistration",
        "business-licence",
        "licensing-reform",
        "individual-businesses",
        "company-law",
        "beneficial-ownership",
    ),
    "company-law-and-governance": (
        "company-law",
        "corporate-governance",
    ),
    "annual-reports": (
        "annual-reports",
        "foreign-investment-information-report",
    ),
    "enterprise-credit": (
        "credit-supervision",
        "credit-repair",
        "dishonesty-lists",
        "special-credit-report",
    ),
    "regulatory-enforcement": (
        "random-inspections",
        "lenient-enforcement",
        "enterprise-related-enforcement",
    ),
    "fair-competition": (
        "anti-monopoly",
        "anti-unfair-competition",
        "fair-competition-review",
        "market-access",
        "trade-secrets",
    ),
    "food-safety": (
        "food-safety",
        "food-safety-responsibility",
        "food-business-licence",
        "catering-food-safety",
        "campus-food-safety",
        "food-labelling",
        "edible-agricultural-products",  # their market sale is food safety's, by regulation
        "food-sampling",
        "food-production-licence",
        "food-workshops",
    ),
    "agricultural-product-quality": (
        "agricultural-product-quality",
        "edible-agricultural-products",
        "green-organic-food",
    ),
    "special-equipment": (
        "special-equipment",
        "elevator-safety",
    ),
    "product-quality": (
        "product-quality",
        "sampling-inspection",
        "product-quality-spot-checks",
        "compulsory-certification",
        "production-licence",
    ),
    "quality-infrastructure": (
        "quality-improvement",
        "metrology",
        "standardisation",
        "certification",
        "inspection-and-testing",
    ),
    "consumer-protection": (
        "consumer-protection",
        "prepaid-cards",
        "price-supervision",
        "advertising",
    ),
    "e-commerce-and-platforms": (
        "e-commerce",
        "e-commerce-law",
        "online-trading-regulation",
        "livestream-commerce",
        "short-video",
        "platform-economy",
    ),
    "intellectual-property": (
        "ip-protection",
        "patents",
        "trademarks",
        "copyright",
        "geographical-indications",
        "ip-management-standard",
        "trade-secrets",
    ),
    "brands": (
        "brand-building",
        "time-honoured-brands",
        "trademarks",
    ),
    # --- Work safety and emergencies ----------------------------------------------------------
    "work-safety-management": (
        "work-safety",
        "safety-responsibility",
        "work-safety-standardisation",
        "dual-prevention",
        "hazard-inspection",
        "safety-month",
    ),
    "safety-training-and-certified-operators": (
        "safety-training",
        "special-operations",
    ),
    "industry-and-trade-safety": (
        "industry-trade-safety",
        "dust-explosion",
        "confined-spaces",
        "hot-work",
    ),
    "hazardous-chemicals": (
        "hazardous-chemicals",
        "chemical-parks",
        "dangerous-goods-transport",
        "precursor-chemicals",
    ),
    "transport-safety": (
        "road-transport-safety",
        "dangerous-goods-transport",
    ),
    "fire-and-gas-safety": (
        "fire-safety",
        "electric-bicycle-safety",
        "gas-safety",
    ),
    "emergency-preparedness": (
        "emergency-plans",
        "emergency-management",
        "environmental-emergency",
        "work-accidents",
    ),
    "safety-expenses-and-liability-insurance": (
        "safety-expenses",
        "safety-liability-insurance",
    ),
    "project-safety-assessment": (
        "safety-assessment",
        "three-simultaneities",
    ),
    "occupational-health": (
        "occupational-health",
        "protective-equipment",
    ),
    "natural-disaster-prevention": (
        "natural-disaster-prevention",
        "lightning-protection",
    ),
    # --- Ecology, energy and carbon -----------------------------------------------------------
    "environmental-permitting-and-monitoring": (
        "environmental-impact-assessment",
        "pollutant-discharge-permit",
        "environmental-monitoring",
        "emission-standards",
        "three-simultaneities",
        "emission-rights-trading",
        "ecological-zoning-control",
    ),
    "solid-and-hazardous-waste": (
        "hazardous-waste",
        "solid-waste",
        "zero-waste-city",
        "circular-economy",
    ),
    "air-pollution": (
        "air-pollution",
        "vocs",
    ),
    "plastics-and-waste-sorting": (
        "plastic-pollution",
        "waste-sorting",
    ),
    "environmental-law-and-enforcement": (
        "environmental-protection",
        "environmental-enforcement",
    ),
    "environmental-disclosure-and-green-finance": (
        "environmental-disclosure",
        "esg",
        "green-finance",
    ),
    "carbon-peaking-and-neutrality": (
        "carbon-peaking-neutrality",
        "green-low-carbon",
        "carbon-emissions-trading",
        "carbon-accounting",
    ),
    "product-carbon-footprint": (
        "carbon-footprint",
        "cbam",
        "carbon-accounting",
    ),
    "energy-conservation": (
        "energy-saving",
        "energy-consumption-control",
        "energy-conservation-review",
    ),
    "green-manufacturing": (
        "green-factories",
        "green-manufacturing",
        "clean-production",
    ),
    "water-resources": (
        "water-conservation",
        "water-abstraction-permit",
        "resource-tax",
    ),
    "soil-and-water-conservation": (
        "soil-water-conservation",
        "soil-water-conservation-plan",
        "soil-water-conservation-fee",
    ),
    "new-energy-and-power-market": (
        "solar-pv",
        "energy-storage",
        "green-power",
        "green-power-trading",
        "green-certificate",
        "electricity-market",
        "hydrogen-energy",
    ),
    # --- Housing, construction and land -------------------------------------------------------
    "construction-quality-and-safety": (
        "construction-quality",
        "construction-safety",
        "high-risk-sub-projects",
    ),
    "construction-waste-and-dust": (
        "construction-waste",
        "construction-dust-control",
    ),
    "green-and-prefabricated-buildings": (
        "green-buildings",
        "prefabricated-buildings",
    ),
    "project-approvals": (
        "investment-project-filing",
        "construction-project-approval",
        "construction-permit",
    ),
    "real-estate": (
        "real-estate",
        "real-estate-registration",
    ),
    "urban-renewal-and-property-management": (
        "urban-renewal",
        "property-management",
    ),
    "industrial-land": (
        "industrial-land",
        "per-mu-efficiency",
        "land-supply",
    ),
    # --- Commerce, foreign trade and customs --------------------------------------------------
    "foreign-trade-stabilisation": (
        "foreign-trade",
        "foreign-trade-stabilisation",
        "foreign-trade-operator-filing",
        "export-tax-rebate",
        "export-credit-insurance",
        "import-export-licences",
    ),
    "cross-border-e-commerce": (
        "cross-border-e-commerce",
        "cbec-9610",
        "cbec-9710",
        "cbec-9810",
        "cbec-1210",
        "overseas-warehouses",
        "market-procurement-trade",
    ),
    "free-trade-agreements-and-origin": (
        "rcep",
        "free-trade-agreements",
        "rules-of-origin",
        "certificate-of-origin",
    ),
    "foreign-investment": (
        "foreign-investment",
        "foreign-profit-reinvestment",
        "foreign-investment-negative-list",
        "foreign-investment-information-report",
    ),
    "outbound-investment": (
        "outward-investment",
        "belt-and-road",
        "international-taxation",
    ),
    "trade-frictions-and-export-compliance": (
        "trade-remedies",
        "technical-trade-measures",
        "export-control",
    ),
    "trade-fairs": (
        "exhibitions",
        "canton-fair",
        "ciie",
        "ata-carnet",
    ),
    "bonded-and-processing-trade": (
        "processing-trade",
        "bonded-zones",
    ),
    "consumption-and-trade-in": (
        "consumption-promotion",
        "trade-in",
        "equipment-renewal",
    ),
    "foreign-exchange-and-cross-border-rmb": (
        "foreign-exchange",
        "exchange-rate-hedging",
        "cross-border-rmb",
    ),
    "customs-declaration": (
        "customs-clearance",
        "single-window",
        "tariff-classification",
        "customs-valuation",
        "tariffs",
    ),
    "customs-enterprise-credit-and-audit": (
        "aeo",
        "customs-audit",
        "customs-registration",
    ),
    "import-export-inspection-and-food": (
        "inspection-and-quarantine",
        "food-import-export-registration",
    ),
    # --- Industry, technology and data ---------------------------------------------------------
    "smart-and-digital-transformation": (
        "digital-transformation",
        "smart-manufacturing",
        "industrial-internet",
        "cloud-adoption",
        "informatisation-industrialisation-integration",
        "technological-transformation",
    ),
    "innovative-enterprise-cultivation": (
        "specialised-smes",
        "high-tech-enterprise",
        "tech-based-smes",
        "gazelle-and-unicorn-enterprises",
        "manufacturing-champions",
    ),
    "rd-incentives": (
        "rd-super-deduction",
        "rd-investment",
        "high-tech-enterprise",
        "tech-based-smes",
    ),
    "science-technology-programmes": (
        "science-technology-projects",
        "science-technology-awards",
        "rd-institutions",
        "innovation-vouchers",
    ),
    "technology-transfer": (
        "technology-transfer",
        "technology-contracts",
        "patent-commercialisation",
        "industry-academia-collaboration",
        "science-technology-commissioners",
    ),
    "new-industrialisation": (
        "new-industrialisation",
        "new-quality-productive-forces",
    ),
    "smes": (
        "smes",
        "small-micro-enterprises",
        "sme-payments",
    ),
    "software-and-xinchuang": (
        "software-industry",
        "xinchuang",
    ),
    "digital-infrastructure": (
        "computing-power",
        "five-g",
    ),
    "artificial-intelligence": (
        "artificial-intelligence",
        "generative-ai",
        "algorithm-filing",
    ),
    "data-compliance": (
        "data-security",
        "cross-border-data-transfer",
        "personal-information-protection",
    ),
    "cybersecurity": (
        "cybersecurity",
        "mlps",
        "critical-information-infrastructure",
        "commercial-cryptography",
    ),
    "data-elements-and-assets": (
        "data-assets",
        "data-elements",
        "dcmm",
    ),
    "statistics": (
        "statistical-reporting",
        "statistics-law",
        "economic-census",
        "statistical-inclusion",
        "above-designated-size",
    ),
    # --- Finance ------------------------------------------------------------------------------
    "sme-bank-financing": (
        "enterprise-financing",
        "bank-enterprise-matchmaking",
        "inclusive-finance",
        "first-loans",
        "loan-renewal",
        "credit-loans",
        "financing-guarantees",
        "loan-interest-subsidy",
    ),
    "tech-finance-and-ip-pledges": (
        "tech-finance",
        "ip-pledge-financing",
    ),
    "equity-investment-funds": (
        "venture-capital",
        "guidance-funds",
    ),
    "listing-and-capital-markets": (
        "ipo-listing",
        "beijing-stock-exchange",
        "neeq",
        "star-market",
        "chinext",
        "regional-equity-market",
        "shareholding-reform",
        "mergers-and-acquisitions",
    ),
    "financial-risk-prevention": (
        "illegal-fundraising",
        "telecom-fraud",
        "anti-money-laundering",
    ),
    # --- Agriculture --------------------------------------------------------------------------
    "agricultural-inputs": (
        "agricultural-inputs",
        "pesticides",
        "fertilisers",
        "seed-industry",
        "veterinary-drugs-and-feed",
    ),
    "livestock-farming": (
        "animal-husbandry",
        "veterinary-drugs-and-feed",
        "animal-epidemic-prevention",
    ),
    "grassland-eco-subsidy": (
        "grassland-eco-subsidy",
        "grazing-ban",
        "grass-livestock-balance",
    ),
    "new-agricultural-operators": (
        "farmer-cooperatives",
        "family-farms",
    ),
    "agricultural-processing": (
        "agricultural-processing",
        "prepared-dishes",
        "agricultural-leading-enterprises",
    ),
    "rural-collective-and-land-reform": (
        "rural-collective-economy",
        "rural-land-transfer",
    ),
    "agricultural-subsidies": (
        "farmland-and-grain",
        "agricultural-machinery",
        "agricultural-insurance",
    ),
    "logistics-and-rural-e-commerce": (
        "logistics",
        "cold-chain-logistics",
        "express-delivery",
        "rural-e-commerce",
        "county-commerce-system",
    ),
    "culture-and-rural-tourism": (
        "culture-and-tourism",
        "rural-tourism",
        "homestay-grading",
        "homestay-grade-review",
    ),
    # --- Procurement, business environment ----------------------------------------------------
    "government-procurement": (
        "government-procurement",
        "procurement-sme-support",
        "procurement-contract-financing",
    ),
    "bidding": (
        "bidding",
        "bid-rigging",
        "bid-bonds",
        "public-resource-trading",
        "government-procurement",
    ),
    "project-funding": (
        "special-bonds",
        "ultra-long-treasury-bonds",
        "central-budget-investment",
        "project-planning",
    ),
    "business-environment": (
        "business-environment",
        "government-services",
        "enterprise-appeals",
    ),
    "private-economy": (
        "private-economy",
        "entrepreneurs",
        "business-associations",
        "private-investment",
    ),
    "corporate-compliance-and-legal-services": (
        "corporate-compliance",
        "legal-services",
        "commercial-dispute-resolution",
    ),
}


def _index() -> dict[str, frozenset[str]]:
    found: defaultdict[str, set[str]] = defaultdict(set)
    for family, members in FAMILIES.items():
        for member in members:
            found[member].add(family)
    return {member: frozenset(families) for member, families in found.items()}


_FAMILIES_OF = _index()


def families_of(concepts: Iterable[str]) -> frozenset[str]:
    """The families the concepts belong to."""
    return frozenset().union(*(_FAMILIES_OF.get(concept, frozenset()) for concept in concepts))
