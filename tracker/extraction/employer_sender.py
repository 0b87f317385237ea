"""The employer a sender names: display name ("Acme Careers"), own domain (acme.com), ATS tenant.

Platforms (Workday, Greenhouse, LinkedIn...) and generic names ("HR Services", "Career Site")
name nobody. An ATS relays a recruiter's mail under the recruiter's name ("Priya Costa
<no-reply@greenhouse.io>"): a person-shaped display name on a relay is a weak hint, which the text
must confirm.
"""

from __future__ import annotations

import functools
import re

from tracker.extraction import platforms
from tracker.extraction.display_names import (
    GENERIC_NAMES,
    PERSON_FROM,
    display_employer,
    holds_hiring_words,
    platforms_own_team,
)
from tracker.extraction.person_names import looks_like_person_name, names_an_organisation
from tracker.extraction.phrases.tables import word_list
from tracker.extraction.text import Sender
from tracker.names import without_accents

# What a display name names is display_names.py's; its readers import it from here too.
__all__ = [
    "DISPLAY_WEIGHT", "DOMAIN_WEIGHT", "GENERIC_NAMES", "PERSON_FROM", "RELAYED_PERSON_WEIGHT",
    "TENANT_WEIGHT", "display_employer", "holds_hiring_words", "platforms_own_team", "sender_employers",
    "with_organisation_noun", "writes_from_shared_mailbox",
]  # fmt: skip

_CALENDAR = re.compile(r"calendar", re.I)
# Words no person signs with: a system mailbox's.
_MAILBOX = re.compile(r"\b(?:no[- ]?reply|do[- ]?not[- ]?reply|notifications?|mailer)\b", re.I)
_ADDRESS = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
DISPLAY_WEIGHT = 2.5
DOMAIN_WEIGHT = 1.2
TENANT_WEIGHT = 0.8
# At most a tenant's weight: alone it names nobody, beside the text it can still agree.
RELAYED_PERSON_WEIGHT = TENANT_WEIGHT


# A sender writes mail after mail (an ATS's tenant, a recruiter): each is read once a pass.
@functools.lru_cache(maxsize=4096)
def sender_employers(sender: Sender, system: str | None = None) -> tuple[tuple[str, float], ...]:
    """Employer names the sender suggests, each with how much to trust it. `system`: the label of the
    sender's domain when it is a system no list knows (platforms.system_label): then it names nobody,
    in the address or the display name ("GE Aerospace Hirevane Notifications"), and the mailbox is the
    employer's tenant."""
    if _CALENDAR.search(sender.local):
        return ()  # a calendar system sends the invitation, whoever the employer is
    found: list[tuple[str, float]] = []
    name = _without_word(sender.name, system) if system else sender.name
    display = display_employer(name, sender.local)
    domain = None if system else platforms.domain_employer(sender)
    if display is None and domain and (first := sender.name.split(" ", 1)[0]).lower() == domain:
        # "Next Careers <careers@next.co.uk>": a brand that is a common word, which its own domain spells.
        display = first if first[:1].isupper() and first.lower() not in GENERIC_NAMES else None
    if display and _personal_mailbox(display, sender, domain):
        display = None  # "Oliver <oliver@crumbandcrust.com>": a person's own mailbox at the employer
    if display and system and display.lower().replace(" ", "") == sender.local:
        display = None  # "noreply vrtx <vrtx@talentloop.io>": the tenant mailbox again, read below
    if display and not platforms.is_platform_name(display):
        # A person's name relayed by an ATS, or a display name without its address: the text must confirm.
        # "Brantley Voss Careers", "No Reply (Brantley Voss)" are mailboxes of an employer so named,
        # whatever its shape.
        relayed_person = (
            (platforms.platform_of(sender) is not None or system is not None or not sender.address)
            and looks_like_person_name(display)
            and not names_an_organisation(sender.name)
            and not _MAILBOX.search(sender.name)
        )
        found.append((display, RELAYED_PERSON_WEIGHT if relayed_person else DISPLAY_WEIGHT))
    elif own_team := platforms_own_team(sender.name):
        found.append((own_team, DISPLAY_WEIGHT))  # "Oracle Talent Acquisition": the platform hires for itself
    elif _ADDRESS.match(sender.name):
        # "Workday@acme.com <acme@myworkday.com>": the display name is itself an address;
        # "RobertHalf@myworkday.com": its local part spells the employer in capitals.
        embedded_sender = Sender.parse(sender.name)
        embedded_domain = platforms.domain_employer(embedded_sender)
        if system and embedded_domain and system in embedded_domain:
            embedded_domain = None  # "RobertHalf@myhirevane.com <roberthalf@hirevane.net>"
        embedded = embedded_domain or _camel_case_name(sender.name.split("@")[0])
        if embedded:
            found.append((embedded, DOMAIN_WEIGHT))
    if domain:
        # "kestrelbank.com": a domain ending in an organisation's noun spells two words, unless the
        # display name writes it as one ("brightledger <...@brightledger.com>").
        spelled_as_one = display is not None and display.lower().replace(" ", "") == domain
        found.append(((not spelled_as_one and with_organisation_noun(domain)) or domain, DOMAIN_WEIGHT))
    tenant = platforms.tenant_on_system(sender) if system else platforms.ats_tenant(sender)
    if tenant and system and _named_mailbox(tenant, sender.name):
        tenant = None  # "Priya Nair <priya@...>" writing for a client: her own mailbox, no tenant's
    if tenant:
        spelled = with_organisation_noun(tenant)
        # "golubcapital@myworkday.com": a tenant that ends in an organisation's noun is a name.
        found.append((spelled, DOMAIN_WEIGHT) if spelled else (tenant, TENANT_WEIGHT))
    return tuple(found)


def _named_mailbox(mailbox: str, display: str) -> bool:
    """True when a person's display name spells the mailbox: "priya", "pnair", "priyanair" of "Priya Nair"."""
    if not looks_like_person_name(display) or holds_hiring_words(display):
        return False  # "Citi Human Resources <citi@...>": a department's mailbox, named for its organisation
    words = [without_accents(word).lower() for word in display.split() if word.isalpha()]
    if len(words) < 2:
        return False
    first, last = words[0], words[-1]
    return mailbox in (first, last, first + last, first[0] + last, first + last[0])


def _without_word(display: str, word: str) -> str:
    """`display` without the word `word` (any case): "GE Aerospace Hirevane Notifications" ->
    "GE Aerospace Notifications"; an address in it is left whole."""
    if "@" in display:
        return display
    return " ".join(part for part in display.split() if part.lower() != word)


def _personal_mailbox(display: str, sender: Sender, domain: str | None) -> bool:
    """True for "Oliver <oliver@crumbandcrust.com>", "Kim de Vries <kim@flexwerk-uitzend.nl>", "Lena Brandt
    <l.brandt@...>": a name whose own address spells it (first name, surname, or both, initials allowed) at
    an employer's domain that is not the name's. One word alone is a first name; a longer name is shaped
    like a person's. The person writes; the organisation is the domain's or the signature's."""
    display = _in_given_order(display)
    one_word = " " not in display
    if domain is None or not (display.isalpha() if one_word else looks_like_person_name(display)):
        return False
    # A hyphen joins a name's parts ("Anne-Sophie", "Ní-Bhriain"): each is a word the address may spell.
    words = [without_accents(part).lower() for part in re.split(r"[\s-]+", display) if part.isalpha()]
    if not words:
        return False
    first, last = words[0], words[-1]
    local, label = sender.local.lower(), domain.replace("-", "")
    # A domain spelling the name makes it the organisation's: a longer name's any word ("Kim Flexwerk
    # <kim@flexwerk.nl>"); one word only as the whole label ("Acme <acme@acme.com>"), for a word the label
    # begins with shortens the name the domain spells in full ("Oliver <oliver@oliversbakery.com>").
    if (local == label) if one_word else (first in label or last in label):
        return False
    parts = [part for part in re.split(r"[._-]", local) if part]
    # "maryjo.kessler@" for "Mary-Jo Kessler": a hyphenated name run together.
    run_together = {without_accents(word).lower().replace("-", "") for word in display.split()}
    spelled_in_parts = bool(parts) and all(
        part in words or part in run_together or (len(part) == 1 and part in (first[0], last[0]))
        for part in parts
    )
    # "asm@" or "as@" for "Anne-Sophie Marchetti": the initials of the whole name or of its given name.
    initials = "".join(word[0] for word in words)
    by_initials = len(words) > 1 and (local == initials or (len(words) > 2 and local == initials[:-1]))
    return (
        spelled_in_parts
        or by_initials
        or local in (first + last, first[0] + last, first + last[0], last + first[0])
    )


# A directory's "Surname, Given" with a middle initial or none: "Okafor, Ngozi A", "Brandt, Lena".
_DIRECTORY_ORDER = re.compile(
    r"^(?P<surname>[^\W\d_][\w'’-]{1,30}), (?P<given>[^\W\d_][\w'’-]{1,30})(?: [A-Z]\.?)?$"
)


def _in_given_order(display: str) -> str:
    """ "Okafor, Ngozi A" as "Ngozi Okafor": a mail directory's order, surname first, read as the name."""
    directory = _DIRECTORY_ORDER.match(display)
    return f"{directory['given']} {directory['surname']}" if directory else display


# An organisation's shared mailboxes, named after no person.
_SHARED_MAILBOX = re.compile(
    r"^(?:info|jobs?|careers?|office|contact|kontakt|hello|hallo|mail|post|team|hr|admin|bewerbung(?:en)?|"
    r"karriere|personal|recruiting|recruitment|vacatures|emploi|empleo|vagas|lavoro|rh|rrhh|"
    # The hiring mailboxes of each language: "selezione@", "recrutement@", "sollicitaties@", "selecao@".
    r"selezione|candidature|candidatures|recrutement|recrutamento|seleccion|selecao|sollicitaties?|werving|"
    r"personeel)$"
)


_WORD_START = 4


def writes_from_shared_mailbox(sender: Sender, signed: str | None) -> bool:
    """True for "Tobias Kessler <info@brauhaus-kessler.de>" signing "Tobias Kessler" (or "Tobias"): a
    person writing from the employer's shared mailbox, whose own domain names the employer. The signature
    tells the person from a name shaped like one ("Stadt Linz <personal@...>", "Brauhaus Kern").
    """
    name = sender.name.strip()
    first = name.split(" ", 1)[0]
    label = platforms.domain_employer(sender)
    return (
        signed is not None
        and label is not None
        and _SHARED_MAILBOX.match(sender.local.lower()) is not None
        and looks_like_person_name(name)
        and signed.split()[:1] == [first]
        # "Kaufhaus Lindner <bewerbung@kaufhaus-lindner.de>", "Supermercados Sol <rh@supersol...>": a
        # domain spelling the name's first word (or its start) is the organisation's, signing as itself.
        and without_accents(first[:_WORD_START]).lower() not in label
    )


_CAMEL_CASE = re.compile(r"^(?:[A-Z][a-z]+){2,4}$")
_ORGANISATION_NOUN_AT_END = re.compile(
    # (Not a department's mailbox: "graduaterecruitment@", "campustalent@".)
    r"^(?!(?:graduate|campus|student|university|early)(?:people|talent|resourcing|staffing|recruitment)$)"
    r"([a-z]{3,})(capital|health|healthcare|energy|labs|software|systems|solutions|technologies|group|"
    r"partners|insurance|robotics|financial|bank|pharma|analytics|consulting|motors|airlines|aerospace|"
    # A shop's, a practice's or a trade's: "greyfriarscoffee.com", "tallisbooks.com", "hollandplumbing.co.uk".
    r"coffee|books|bakery|foods|dental|media|studios?|logistics|legal|homes|construction|plumbing|salon|"
    r"kitchen|pharmacy|clinic|brewing|brewery|fitness|builders|roofing|marine|hotels?|travel|games|farms|"
    r"gardens|interiors|architects|engineering|electrical|printing|events|veterinary|films|pictures|"
    r"productions|pottery|distillery|winery|vineyards?|bistro|restaurant|dairy|florists?|nursery|publishing|"
    r"solicitors|accountants|surveyors|haulage|freight|removals|joinery|landscaping|farm|vets|cafe|housing|design|"
    r"bakehouse|academy|hospice|opticians|garage|kitchens|nurseries|lettings|estates|carpentry|"
    # An agency's: "brightsidepeople.co.uk", "harbourtalent.com".
    r"people|talent|resourcing|staffing|recruitment)$"
)


_CAMEL_CASE_JOIN = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _camel_case_name(text: str) -> str | None:
    """'RobertHalf' -> 'Robert Half'."""
    if not _CAMEL_CASE.match(text):
        return None
    return _CAMEL_CASE_JOIN.sub(" ", text)


def with_organisation_noun(label: str) -> str | None:
    """'halvercapital' -> 'Halver Capital', 'constructoraandina' -> 'Constructora Andina'; None when the label
    neither ends in an organisation's noun nor opens with a Spanish, Portuguese or Italian kind of
    business."""
    if match := _ORGANISATION_NOUN_AT_END.match(label.lower()):
        # "northreachfreightlogistics": the brand before the noun may end in a noun of its own, or be a
        # family firm ("pellowandsonsroofing" -> "Pellow & Sons Roofing").
        brand = match.group(1)
        inner = _TRADE_AT_END.match(brand)
        spelled = _family_firm(brand) or (
            f"{inner[1].capitalize()} {inner[2].capitalize()}" if inner else None
        )
        return f"{spelled or brand.capitalize()} {match.group(2).capitalize()}"
    if family := _family_firm(label.lower()):
        return family
    if match := _BUSINESS_NOUN_AT_START.match(label.lower()):
        kind, joining, brand = match.groups()
        return (
            f"{kind.capitalize()} {joining} {brand.capitalize()}"
            if joining
            else f"{kind.capitalize()} {brand.capitalize()}"
        )
    return None


# A trade written before the organisation's noun ("northreachfreightlogistics", "kelsodesignstudio"): only
# words no place or family name ends in ("mossbankfarm" is "Mossbank Farm", not "Moss Bank Farm").
_TRADE_AT_END = re.compile(
    r"^([a-z]{3,})(freight|haulage|plumbing|electrical|roofing|construction|design|media|digital|dental|"
    r"marketing|property|software|building)$"
)
# A family firm's name run together: "pellowandsons", "pryceandco", "marlowandpartners".
_FAMILY_FIRM = re.compile(r"^([a-z]{3,})and(sons|daughters|co|partners)$")
# A word ending in "land" before the firm's noun ("islandco", "highlandco": "Island Co", not "Isl & Co"): a
# consonant then "l" ends no surname ("Hall", "Bell", "Paul" and "Karl" end otherwise).
_LAND_WORD = re.compile(r"[^aeiourl]l$")


# "pritchardandlake", "lakeandpritchard": two partners' surnames joined by "and".
_PARTNERS_FIRM = re.compile(r"^([a-z]{3,})and([a-z]{3,})$")


def partners_firm(label: str, writer: str) -> str | None:
    """ "pritchardandlake" from "Owen Pritchard" -> "Pritchard & Lake": a firm named for two partners, one
    of them the writer whose surname the label writes before or after its "and"; else None."""
    match = _PARTNERS_FIRM.match(label)
    surnames = {word.lower() for word in writer.split()[1:] if word.isalpha()}
    if match is None or not surnames.intersection(match.groups()):
        return None
    return f"{match[1].capitalize()} & {match[2].capitalize()}"


def _family_firm(label: str) -> str | None:
    """ "pellowandsons" -> "Pellow & Sons"; None for a label no family firm's name runs together."""
    match = _FAMILY_FIRM.match(label)
    if match is None or _LAND_WORD.search(match[1]):
        return None
    return f"{match[1].capitalize()} & {match[2].capitalize()}"


# "constructoraandina", "talleresgalicia": the kind of business, then a brand of four letters or more;
# "bancadelvolturno", "drogariadossantos": a joining word between them ("Banca del Volturno"), kept in
# lowercase as the name writes it, where a brand of five letters or more follows it ("hoteldelmar" and
# "pasticceriadelfino" keep their brand whole).
_BUSINESS_NOUN_AT_START = re.compile(
    rf"^({word_list('leading_business_nouns')})(?:(del|della|dei|degli|dos|das)(?=[a-z]{{5}}))?([a-z]{{4,}})$"
)
