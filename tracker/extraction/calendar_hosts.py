"""A scheduling tool's host line: the person who hosts the event and the organisation they host it for.

Calendly, GoodTime and the calendar invitations write the host or organizer beside their organisation:
"Host: Dana Reyes (Brightmoor Dental)", "Organizer: Dana Reyes, Brightmoor Dental", "Interviewer: Dana
Reyes from Brightmoor Dental". The person is one of the event's people, never the employer; the
organisation beside them is the employer the event is held for.
"""

from __future__ import annotations

import re

from tracker.extraction import platforms
from tracker.extraction.person_names import looks_like_person_name, without_honorifics
from tracker.extraction.places import only_places
from tracker.extraction.title import looks_like_title, names_a_person_role

# The line's label, then its value on the same line or the next one (Calendly sets the value under it).
_HOST_LINE = re.compile(
    r"^[ \t]*(?:host(?:ed by)?|organi[sz]er|interviewers?)[ \t]*:?[ \t]*\n?[ \t]*(?P<v>[^\n@:]{3,90})$",
    re.M | re.I,
)
# What joins the person to the organisation when no bracket does.
_JOINS = (", ", " from ", " at ", " @ ", " - ", " | ")
# The joins a list of people is written with too.
_LIST_JOINS = (", ", " - ", " | ")


def host_organisations(body: str) -> list[tuple[str, str]]:
    """Each host line's person and the organisation written beside them, in the order written."""
    if "host" not in body.lower() and "organi" not in body.lower() and "interviewer" not in body.lower():
        return []
    found = []
    for match in _HOST_LINE.finditer(body):
        pair = _person_and_organisation(match.group("v").strip())
        if pair:
            found.append(pair)
    return found


def _person_and_organisation(value: str) -> tuple[str, str] | None:
    join = "("
    if value.endswith(")") and "(" in value:
        person, _, organisation = value[:-1].partition("(")
    else:
        join = next((join for join in _JOINS if join in value), "")
        if not join:
            return None
        person, _, organisation = value.partition(join)
    person, organisation = person.strip(), organisation.strip()
    if not (looks_like_person_name(person) and organisation[:1].isupper()) or "(" in organisation:
        return None
    # In brackets or after "from" beside the host's own name, a name shaped as a person's is the
    # organisation's ("Fernway Creative"); after a comma it is the next person's ("Interviewers: Dana Lee,
    # Chris Park").
    if join in _LIST_JOINS and looks_like_person_name(organisation):
        return None
    # Not the host's post ("Dana Reyes (Talent Partner)") nor the tool itself.
    if names_a_person_role(organisation) or looks_like_title(organisation):
        return None
    if not _beside_the_host(person, organisation, join):
        return None
    if platforms.is_platform_name(organisation) or any(ch.isdigit() for ch in organisation):
        return None
    return person, organisation


# What a calendar writes beside a person that is about them, not whom they host for: their part in the
# event ("(Guest)", "(You)") and a generational suffix ("Jr.").
_ABOUT_THE_PERSON = frozenset(
    {"you", "me", "guest", "host", "organizer", "organiser", "external", "optional", "required", "jr", "sr",
     "ii", "iii"}
)  # fmt: skip
# A time zone a calendar writes beside a person or an event: an abbreviation or an offset ("CEST", "GMT+1",
# "UTC+05:30"), a zone's name ending in "Time", perhaps with its region ("Pacific Time", "Central European
# Time", "Eastern Time - US & Canada") or a zone database's "Region/City" ("Europe/Lisbon"). Only a zone's
# own letters and words: an organisation's initials end in "T" too ("BT", "NTT"), and its name in "Time".
_ZONE_LETTERS = r"[A-Z]{1,3}[SD]T|[PECM]T|UTC|GMT|CET|EET|WET|MSK|SGT|HKT"
_ZONE_WORDS = (
    r"Pacific|Eastern|Central|Mountain|Atlantic|Alaska|Hawaii|European|Western|Greenwich|Standard|Daylight|"
    r"Summer|Mean|Universal|India|Japan|China|Singapore|Australian|Gulf|Israel|Korea|Moscow|Brasilia"
)
_ZONE_REGIONS = r"Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc"
_TIME_ZONE = re.compile(
    rf"(?:{_ZONE_LETTERS})(?: ?[+-] ?\d{{1,2}}(?::?\d{{2}})?)?"
    rf"|(?:[A-Z][A-Za-z.]* ){{0,3}}(?:{_ZONE_WORDS}) Time(?: [-–] [^()\n]{{2,30}})?"
    rf"|(?:{_ZONE_REGIONS})/[A-Z][A-Za-z_]+(?:/[A-Z][A-Za-z_]+)?"
)
# A place's site beside it: "(London office)", "- Leeds site".
_SITE_OF_A_PLACE = re.compile(r"\s+(?:office|site|campus|hq|time)$", re.I)


def _beside_the_host(person: str, organisation: str, join: str) -> bool:
    """Whether what a host line writes beside the host is an organisation: not their part in the event
    ("(Guest)") nor their time zone ("(Pacific Time)"), not the letters they sign with ("Dana Reyes, PhD"),
    not a place or its office ("- London", "(Leeds office)")."""
    if organisation.lower().rstrip(".") in _ABOUT_THE_PERSON or names_a_time_zone(organisation):
        return False
    if join == ", " and without_honorifics(f"{person}, {organisation}") == person:
        return False  # "Dana Reyes, PhD", "Joan Pike, MSN, RN": a professional's letters
    return not only_places(_SITE_OF_A_PLACE.sub("", organisation))


def names_a_time_zone(text: str) -> bool:
    """True when `text` is a time zone as a calendar writes it: "CEST", "GMT+1", "Pacific Time"."""
    return bool(_TIME_ZONE.fullmatch(text))
