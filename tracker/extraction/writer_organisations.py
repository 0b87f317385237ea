"""The organisation in the writer's own signature block: "Elena Vasquez, PhD\nAssociate Professor\nState
University", "Greg Fox\nHead Chef\nThe Copper Kettle", "Maya\nHR Advisor Pellow Insurance". The lines under
the writer's name (or first name) hold her post, her unit and her organisation; the organisation is the one
that is neither post, unit nor team. (employer_signoffs.py reads the team lines, closings and footers that
sign a mail; company.py asks this only where nothing else in the text names the employer.)
"""

from __future__ import annotations

import re

from tracker.extraction.building_names import names_a_building, opens_an_address
from tracker.extraction.employer_candidates import own_domain_label, whole_name
from tracker.extraction.employer_signoffs import ROLE_WORDS_AT_END, SIGNATURE_MAX_CHARS
from tracker.extraction.person_names import looks_like_person_name, names_an_organisation, without_honorifics
from tracker.extraction.public_bodies import is_unit_name
from tracker.extraction.signature_lines import is_department_word
from tracker.extraction.signers_posts import (
    is_signers_post,
    organisation_after_post,
    organisation_before_post,
    signs_as_organisation,
)
from tracker.extraction.squashed_names import run_together
from tracker.extraction.street_lines import is_street_line
from tracker.extraction.team_words import is_team
from tracker.extraction.text import PreparedEmail
from tracker.extraction.title import names_a_person_role
from tracker.names import without_accents

# The signature's last lines, and how many lines under the writer's name the organisation may stand.
_SIGNATURE_TAIL_LINES = 6
_SIGNATURE_BLOCK_LINES = 2


def organisation_under_writer(email: PreparedEmail) -> str | None:
    """ "Elena Vasquez, PhD\nAssociate Professor\nState University": the organisation in the writer's
    signature block. Read only where nothing else in the text names the employer: a signature's legal
    name is often longer than the one the mail goes by."""
    lines = email.lines[-_SIGNATURE_TAIL_LINES:]
    # A hand-written mail's writer often signs with the first name alone ("Sam" from "Dr Sam Whitlock").
    first_names = {word for word in without_honorifics(email.sender.name).split()[:1] if word.istitle()}
    for at, line in enumerate(lines):
        if looks_like_person_name(line) or line in first_names:
            # "Greg Fox\nHead Chef\nThe Copper Kettle": under the writer's post, the next name is the
            # organisation's, whatever its words (a post and a unit may stand between).
            post_above = False
            # "Director, Certificated Personnel\nLakeside Unified School District": the organisation a post's
            # line names is its unit where an organisation signs below it.
            after_a_post = None
            # A line left undecided (no post, team nor organisation's mark): the organisation's where the
            # address opens under it ("Direção Técnica\nLar Quinta do Vale\nRua do Souto 18").
            undecided = None
            for count, below in enumerate(lines[at + 1 : at + 2 + _SIGNATURE_BLOCK_LINES], 1):
                if opens_an_address(below) or is_street_line(below):
                    if undecided is not None and undecided[0] == count - 1:
                        return undecided[1]
                    break  # "22 Vicarage Lane", "Quellweg 4": the address, below the names
                if count > _SIGNATURE_BLOCK_LINES and not post_above:
                    break
                if len(below) > SIGNATURE_MAX_CHARS:
                    continue
                if is_signers_post(below):
                    post_above = True
                    continue
                if after_post := organisation_after_post(below, line) or organisation_before_post(
                    below, line
                ):
                    after_a_post, post_above = after_a_post or after_post, True  # "Founder, Brasswing"
                    continue
                name = whole_name(below)
                # "Carla Nunes\nGente & Gestão\nGuapuruvu Agronegócios": the team, then its organisation.
                if (
                    not name
                    or is_department_word(name)
                    or is_team(name)
                    or _unit_above_university(name, lines)
                ):
                    post_above = post_above or bool(name)
                    if not name and _names_with_small_words(below):
                        undecided = (count, _before_its_trade(below))  # "EHPAD Les Mauves du Vergelin"
                    continue
                if names_a_building(name) and opens_an_address(
                    "".join(lines[at + count + 1 : at + count + 2])
                ):
                    if _office_building(name, email):
                        break  # "Kelland House" from brackenfold.co.uk: where the firm's office stands
                    return name  # "Thornbury House" over "22 Vicarage Lane": a home named for its building
                if post_above and signs_as_organisation(name, line):
                    return ROLE_WORDS_AT_END.sub("", name) or name
                organisation = _without_role_before(name)
                if not organisation or (
                    organisation != name
                    and _organisation_line_below(lines[at + count + 1 : at + count + 2], email)
                ):
                    # "Consultant Senior Supply Chain": the post, its rank after its noun; "Consultante
                    # Office & Projects" over "Orneau Conseil SA": the post, its field after its noun.
                    post_above = True
                    continue
                if (
                    organisation == name
                    and (_ROLE_NOUN_WORD.fullmatch(name.split()[-1]) or _GERMAN_ROLE_END.search(name))
                    and names_a_person_role(name)
                ):
                    continue  # "Clinic Coordinator\nMaple Grove Dental": the post, then the organisation
                if organisation != name or names_an_organisation(name) or _spelled_from_domain(name, email):
                    return ROLE_WORDS_AT_END.sub("", organisation) or organisation
                undecided = (count, _before_its_trade(organisation))
            if after_a_post:
                return after_a_post
    return None


# A name whose small words no name pattern joins ("Résidence du Lac", "Haus am See", "Stichting de Linde"):
# two capitalised words or more, nothing but letters between them.
_CAPITALISED_WORD = re.compile(r"\b[A-ZÀ-Þ][\w'’-]*")


def _names_with_small_words(line: str) -> bool:
    """Whether `line` may be a name the name patterns do not read: two capitalised words or more, no post,
    team or department among them."""
    return (
        len(_CAPITALISED_WORD.findall(line)) >= 2
        and len(line.split()) <= _SMALL_WORDS_NAME_MAX
        and not is_signers_post(line)
        and not is_team(line)
        and not names_a_person_role(line)
        and not any(ch.isdigit() for ch in line)
    )


_SMALL_WORDS_NAME_MAX = 7
# "Cours Rameline - école privée": the name, then what it is after a dash or a bar.
_TRADE_AFTER = re.compile(r"\s+[-–—|]\s+.*$")


def _before_its_trade(line: str) -> str:
    """The organisation's name on its line, without the trade or kind a dash or a bar adds after it."""
    return _TRADE_AFTER.sub("", line.strip(" ,")) or line.strip(" ,")


def _organisation_line_below(below: tuple[str, ...], email: PreparedEmail) -> bool:
    """Whether the line under a role's noun and the words after it ("Beraterin Finanz & Controlling") is the
    organisation's own ("Halvorsen Personal AG"): then those words were the post's field, written after its
    noun as French, Spanish, Italian and German posts write it, and no organisation."""
    line = below[0] if below else ""
    return line[:1].isupper() and (names_an_organisation(line) or _spelled_from_domain(line, email))


def _office_building(building: str, email: PreparedEmail) -> bool:
    """Whether a building heading the writer's address is her office's, not her organisation's: mail from an
    organisation's own domain that does not spell the building's name ("Kelland House" from
    brackenfold.co.uk; "Thornbury House" from thornburycare.co.uk is the home's)."""
    label = own_domain_label(email)
    return bool(label) and run_together(without_accents(building.split()[0])).lower() not in (label or "")


def _unit_above_university(name: str, lines: tuple[str, ...]) -> bool:
    """ "Department of Chemistry" signed above "University of Wexmoor": the unit, not the employer."""
    return is_unit_name(name) and any("University" in line or "College" in line for line in lines)


def _spelled_from_domain(name: str, email: PreparedEmail) -> bool:
    """ "Guapuruvu Agronegócios" signing mail from guapuruvu.agr.br: a line opening with the domain label."""
    label = own_domain_label(email) or ""
    return len(label) >= _LABEL_MIN_CHARS and run_together(without_accents(name)).startswith(label)


_LABEL_MIN_CHARS = 4


# "HR Advisor Pellow Insurance", "Talent Acquisition Partner Acme Bank", "HR-adviseur Boschwijk Zorg": the
# writer's role written before the organisation on one line, no separator between them. Only these
# words make the role: a name holding a role noun of its own ("Acme Consultant Services") keeps it.
_ROLE_NOUNS = (
    r"(?:hr-)?(?:advisor|adviser|adviseur|partner|manager|recruiter|specialist|coordinator|officer|generalist|"
    r"consultant|assistant|administrator|associate|executive|sourcer)(?:in|e)?"
)
_ROLE_NOUN_WORD = re.compile(rf"(?i:{_ROLE_NOUNS})")
# A German or Swiss writer's post under their name, compounded with its field: "HR-Fachfrau",
# "Personalreferentin", "HR Business Partnerin", "Sachbearbeiterin Personal" is a post's noun and its unit.
_GERMAN_ROLE_END = re.compile(
    r"(?i:(?:fachfrau|fachmann|referent|assistent|berater|sachbearbeiter|partner|leiter|kauffrau|kaufmann)"
    r"(?:in)?(?: (?:personal|hr|recruiting))?)$"
)
# A rank written after the role's noun: "Consultant Senior", "Consultora Sénior", "Recruiter Junior".
_RANK_WORD = re.compile(r"(?i:senior|s[ée]nior|junior|sr\.?|jr\.?|principal|confirm[ée]e?)")
_ROLE_PREFIX_WORD = re.compile(
    r"(?i:hr|human|resources|talent|acquisition|attraction|people|recruit(?:ment|ing)|senior|junior|sr\.?|"
    rf"lead|principal|business|practice|office|hiring|campus|graduate|global|regional|{_ROLE_NOUNS})"
)


def _without_role_before(name: str) -> str:
    """`name` without a role its writer put before it on the line ("HR Advisor Pellow Insurance"); empty
    where the whole line is the post, its rank after its noun ("Consultant Senior Supply Chain & Logistique",
    "Consultora Sénior Talento": French and Spanish order)."""
    words = name.split()
    ends = [at for at, word in enumerate(words[:-1]) if _ROLE_NOUN_WORD.fullmatch(word)]
    if not ends or not all(_ROLE_PREFIX_WORD.fullmatch(word) for word in words[: ends[-1]]):
        return name
    if _RANK_WORD.fullmatch(words[ends[-1] + 1]):
        return ""
    # Nobody writes a role before their own name: what follows it is the organisation.
    return " ".join(words[ends[-1] + 1 :])
