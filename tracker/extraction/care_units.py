"""A hospital's unit or service, or a clinical specialty, written after a post with a dash.

"Registered Nurse - Emergency Department", "Clinical Nurse - Acute Medical Unit", "Physiotherapist -
Musculoskeletal": the unit is where the post is worked and part of how health services name it (one
employer advertises the same grade in many units), so it is the title's, never the employer, though it
stands where "Title - Employer" puts an employer. One vocabulary (word_lists.toml `care_units`), each
specialty with or without a unit's noun after it ("Day Surgery Unit", "Perioperative Services"); a health
system's business departments likewise (`care_business_units`: "Patient Access Services", "Revenue Cycle").
"""

from __future__ import annotations

import re

from tracker.extraction.phrases.tables import word_list

# A ward's floor and wing, before or after the unit's name: "Medicine 4B", "6 West PCU", "4 North".
_FLOOR = r"\d{1,2} ?[a-z]?|\d{1,2} (?:north|south|east|west)"
_CARE_UNIT = re.compile(
    rf"(?:the )?(?:(?:{_FLOOR}) )?(?:{word_list('care_units')}|{word_list('care_business_units')})"
    r"(?: (?:unit|department|dept\.?|ward|wards|services?|service line|team|theatres?|suite|program(?:me)?|"
    rf"division|directorate|clinics?))?(?: (?:{_FLOOR}))?",
    re.I,
)
# A reference after the unit ("Emergency Department (QH-5501)") is no part of it.
_BRACKETED_TAIL = re.compile(r"\s*\([^()]*\)\s*$")


def is_care_unit(name: str) -> bool:
    """Whether `name` is only a hospital unit or a clinical specialty ("Emergency Department", "Mental
    Health", "Day Surgery Unit", "Medicine 4B", "6 West PCU"), never an organisation's name."""
    name = _BRACKETED_TAIL.sub("", name).strip(" .,;:-–")
    return bool(name) and _CARE_UNIT.fullmatch(name) is not None
