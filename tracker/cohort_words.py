"""The words a graduate scheme's or internship's intake is written with: the month or season before its
year ("September 2027", "Summer 2026") and the cohort's noun after it ("2027 Intake", "2026 Start").

Written once for the reading (title_cleaning keeps an intake in brackets with the title) and the
bookkeeping (compatible_spellings reads one as weaker than the role's words). It stands outside
tracker/extraction: the bookkeeping importing that package would run its __init__, which imports the
extractors, which import the bookkeeping (a cycle).
"""

from __future__ import annotations

# The months, January first, lowercase.
ENGLISH_MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
# The seasons a posting's cohort or intake is named by ("Summer 2026", "(Autumn 2026 Intake)").
ENGLISH_SEASONS = ("spring", "summer", "autumn", "fall", "winter")
# The nouns after an intake's year: "2027 Intake", "2026 Start", "2028 Entry", "2026 Cohort".
COHORT_NOUNS = ("intake", "start", "entry", "cohort")
