"""Employers and job titles we invented for the name-swap bench (bench/name_swap.py), by shape.

None is a real employer the rules were written from, and none appears in the dev mail: they stand for
the names of the held-back mail, which the rules never met. Each shape is a way employers or roles are
really named; the bench reports its accuracy per shape, so a shape the reader rejects or cuts shows.
"""

from __future__ import annotations

# Employer names by shape.
EMPLOYERS: dict[str, tuple[str, ...]] = {
    "coined word": ("Quillmore", "Veltrana", "Zorvex", "Ambrelle", "Corvanta", "Plexivo", "Trevaine"),
    "two words": ("Brantley Voss", "Hartwell Pike", "Calder Rowe", "Merrin Faulk", "Tolland Creed"),
    "X & Y": ("Hollis & Crane", "Pryor & Wendt", "Maddox & Lyle", "Fenwick & Dale", "Orme & Baxter"),
    "X Group/Labs/Health": (
        "Tidewater Labs",
        "Corvel Group",
        "Brightwell Health",
        "Kestrel Analytics",
        "Silverpine Energy",
        "Oakhaven Logistics",
    ),
    "institution": (
        "University of Tarnmoor",
        "Wexford Valley Hospital",
        "Greyfield College",
        "St. Aldric Medical Center",
        "Lindale County Council",
    ),
    "legal form": (
        "Harwick GmbH",
        "Vallone S.A.",
        "Pembry Ltd",
        "Ostrava Systems Inc.",
        "Kellner AG",
        "Ferrand SAS",
        "Tollan LLC",
    ),
    "acronym": ("QTX", "VJR", "HXL", "NDQ", "ZBT"),
    "possessive": ("Marlow's", "Dunmore's", "Petrie's", "Hadley's Market"),
    "dotted brand": ("Nuvio.ai", "Ledgerly.io", "Plantwise.com", "Fundara.co"),
    "non-English": (
        "Bäckerei Lindholm",
        "Groupe Vallorin",
        "Grupo Castellar",
        "Stadtwerke Rauenfels",
        "Maison Dufrenne",
        "Società Aurelia",
    ),
}

# Job titles by language, then shape. German titles are written as German postings write them.
TITLES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "plain": (
            "Logistics Coordinator",
            "Actuarial Analyst",
            "Grant Writer",
            "Cost Estimator",
            "Payroll Specialist",
            "Lighting Technician",
        ),
        "one word": ("Sommelier", "Cartographer", "Dispatcher", "Paralegal", "Arborist", "Underwriter"),
        "level": (
            "Senior Reliability Engineer",
            "Junior Tax Associate",
            "Geospatial Analyst II",
            "Staff Firmware Engineer",
            "Lead Claims Adjuster",
        ),
        "comma": (
            "Analyst, Revenue Operations",
            "Manager, Vendor Relations",
            "Associate, Credit Risk",
            "Engineer, Build Infrastructure",
        ),
        "head of": (
            "Head of Partner Marketing",
            "Director of Field Operations",
            "Head of Customer Insights",
            "Director of Clinical Quality",
        ),
        "acronym": (
            "QA Automation Engineer",
            "HRIS Analyst",
            "SOC Analyst",
            "ETL Developer",
            "GIS Technician",
        ),
        "X & Y": (
            "Research & Development Chemist",
            "Sales & Marketing Assistant",
            "Health & Safety Officer",
            "Learning & Development Partner",
        ),
        "trainee": (
            "Supply Chain Intern",
            "Summer Intern, Treasury",
            "Graduate Trainee Actuary",
            "Hydrology Co-op Student",
        ),
    },
    "de": {
        "compound": (
            "Sachbearbeiter Lohnbuchhaltung",
            "Projektleiter Tiefbau",
            "Fachinformatiker Systemintegration",
            "Disponent Nahverkehr",
        ),
        "gendered": (
            "Mitarbeiter:in Kundenservice",
            "Referent*in Öffentlichkeitsarbeit",
            "Entwickler:in Embedded Systems",
            "Sachbearbeiterin Einkauf",
        ),
        "student": (
            "Werkstudent Controlling",
            "Praktikum Produktmanagement",
            "Trainee Vertrieb",
            "Werkstudentin Personalwesen",
        ),
        "English": ("Junior Data Engineer", "Software Tester", "Release Manager", "Key Account Manager"),
        "one word": ("Lagerlogistiker", "Bilanzbuchhalterin", "Pflegefachkraft", "Zerspanungsmechaniker"),
    },
}
