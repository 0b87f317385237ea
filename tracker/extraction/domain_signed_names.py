"""The organisation a person's signature block names and the sender's own domain spells: two independent
sayings of one employer, as sure as a name gets in mail a person writes.

"Dana Kerr\nPlant Manager\nOsterley & Vance Ltd – Precision Castings\nUnit 4, ..." from @osterleyvance.co.uk,
"Talent Lead, EMEA\nBrightwater Shipping Pte. Ltd." from @brightwater.com.sg, "Fenmoor Unified School
District" from @fenmoorusd.org, "St Columba's Catholic Primary School" from @stcolumbas-school.org.uk: the
signature's organisation line, whatever its layout ("Org – trade", "Org | address", "Org (Reg. No ...)"),
whose words make the domain's label (run together, by initials, or some inner words left out). The
writer's name, post, team and address lines spell no employer and are not asked.
"""

from __future__ import annotations

import dataclasses
import re

from tracker.extraction.agency_trades import is_agency_domain, names_an_agency
from tracker.extraction.building_names import opens_an_address
from tracker.extraction.employer_agencies import speaks_of_a_client
from tracker.extraction.employer_candidates import Candidate, own_domain_label, tidy_employer_name
from tracker.extraction.employer_matching import same_employer
from tracker.extraction.legal_forms import LEGAL_FORM_AT_END, LEGAL_FORM_AT_END_ANY_CASE
from tracker.extraction.mailbox_words import SYSTEM_MAILBOX
from tracker.extraction.name_words import DEPARTMENT_WORDS, LEFT_OUT_OF_INITIALS, NAME_ARTICLES
from tracker.extraction.organisation_units import organisation_over_unit
from tracker.extraction.person_names import looks_like_person_name, names_an_organisation
from tracker.extraction.platforms import is_generic_mailbox
from tracker.extraction.signers_posts import is_signers_post
from tracker.extraction.squashed_names import capitals_initials
from tracker.extraction.street_lines import is_street_line
from tracker.extraction.team_words import TEAM_NOUNS, TEAM_OPENS, is_team
from tracker.extraction.text import PreparedEmail
from tracker.extraction.title import names_a_person_role
from tracker.extraction.valedictions import signature_start
from tracker.extraction.written_expansions import label_letters, spells_label
from tracker.names import company_key

# Two sayings agreeing: more than any one place of the text names an employer with.
DOMAIN_SIGNED_WEIGHT = 3.0
SIGNED_BY_DOMAIN = "signed by domain"
# The weight of the anchors that name an employer in a sentence ("the team at X", "feedback from X").
_STRONG_TEXT_WEIGHT = 2.5
# The signature's lines below the valediction (or the mail's last lines, unsigned), and how long an
# organisation's line is (a disclaimer's is longer).
_BLOCK_LINES = 8
_MAX_LINE = 90
_MAX_WORDS = 8
_MIN_LABEL = 4
# The words a name's kind of business takes before the part its domain spells ("Brouwerij Het").
_MAX_KIND_WORDS = 2
# The small words a public body's long name joins its words with, which its acronym leaves out: "Hochschule
# für Technik", "Universidad de los Andes", "Università degli Studi", "Serviços Municipalizados de Água".
_LEFT_OUT_OF_ACRONYMS = LEFT_OUT_OF_INITIALS | NAME_ARTICLES | {
    "für", "los", "las", "dos", "das", "degli", "dei", "delle", "dello", "voor", "het", "pour", "per", "para",
}  # fmt: skip
_FEWEST_INITIALS = 2
# The fewest letters a domain keeps of a word it cuts short ("farma" of "Farmacéutica").
_SHORTEST_CUT = 4
# How a German address writes an umlaut and "ß": "Mühle" is "muehle" in mühle's own domain.
_UMLAUT_ADDRESS_SPELLINGS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
)
# What sets an organisation apart from its trade, address or registration on its line.
_SEGMENT_BREAK = re.compile(r"\s+[|·•–—-]\s+|\s*[(,]\s*")
# What follows a town on an address's line: its province or state (bracketed, or as letters) and its
# postcode (Canada's, the UK's, the Netherlands', a number): "Valcresse (Québec) J0T 2K0", "Harrowby, NY
# 12084", "Oldervalk 3512 BR". The town a domain spells there is where the organisation is, not its name.
_AFTER_A_TOWN = re.compile(
    r"(?:\s*(?:\([^()\n]{1,40}\)|,?\s*[A-Z]{2}))?,?\s*"
    r"(?:[A-Z]\d[A-Z] ?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|\d{4} ?[A-Z]{2})\s*"
    # A number alone is a postcode after a province or state only (not "Vortex 2026", an edition's year).
    r"|(?:\s*\([^()\n]{1,40}\)|,?\s*[A-Z]{2})\s*\d{4,5}(?:-\d{4})?\s*"
)
_WEB = ("://", "www.")
# "Institut für Werkstoffkunde e.V. (IWKM)": the acronym a line writes after the name.
_ACRONYM_AFTER = re.compile(r"\s*\((?P<a>[A-ZÄÖÜ][A-ZÄÖÜ0-9&]{1,8})\)")
# "The Acme People Team": a team's sign-off, employer_signoffs.py's to read.
_TEAM_WORD = re.compile(r"(?i:teams?)")


def with_domain_signed_name(candidates: list[Candidate], email: PreparedEmail) -> None:
    """Adds the signature's organisation that the sender's own domain spells, if any, spelled as another
    reading of the text already spells it (its legal form, its brand: employer_display.py chooses among
    the text's own spellings), else as the signature writes it."""
    found = _domain_signed_name(email)
    if found is None:
        return
    signed, at = found
    name = tidy_employer_name(signed)  # "Marlow Foods HR": the organisation, not its department
    if name is not None:
        # "Faculty of Law" signed above "University of Vellano": the organisation the unit belongs to.
        name = organisation_over_unit(name, email)
    if name is None or _other_employer_named(candidates, name) or _sent_for_another(email, name):
        return
    key = company_key(name)
    spelled = next((c.name for c in candidates if c.text_says and company_key(c.name) == key), name)
    label = own_domain_label(email)
    acronym = _acronym_after(signed, email.body, at)
    if (label and not same_employer(name, label)) or acronym:
        # "Brouwerij De Kraanvogel" signed from kraanvogel.be: the label alone, wherever it was read, is
        # this organisation's name cut to its last word; "... Materialprüfung e.V. (IWKM)": the acronym the
        # line writes after the name, wherever it was read, is that name shortened.
        candidates[:] = [
            dataclasses.replace(c, name=spelled) if label_letters(c.name) in (label, acronym) else c
            for c in candidates
        ]
    candidates.append(Candidate(spelled, DOMAIN_SIGNED_WEIGHT, True, ("body", at, SIGNED_BY_DOMAIN)))


def _acronym_after(signed: str, body: str, at: int) -> str:
    """The acronym the signature's line writes in brackets right after the organisation's name ("... e.V.
    (IWKM)"), lowercased as label_letters spells a name; "" without one."""
    line_start = body.find(signed, at)
    if line_start < 0:
        return ""
    written = _ACRONYM_AFTER.match(body, line_start + len(signed))
    return written.group("a").lower() if written else ""


def _sent_for_another(email: PreparedEmail, name: str) -> bool:
    """Whether a shared mailbox sends under another organisation's name ("Copperline Home Goods
    <invitations@...>" over a vendor's footer): the display name, not the footer, names the employer."""
    display = email.sender.name.strip()
    return bool(display) and is_generic_mailbox(email.sender.mailbox) and not same_employer(display, name)


def _other_employer_named(candidates: list[Candidate], name: str) -> bool:
    """Whether the text names another organisation where the strongest words name an employer ("heard back
    from X", "the hiring manager at X"): a writer relaying someone else's step signs with their own firm."""
    return any(
        c.text_says
        and c.weight >= _STRONG_TEXT_WEIGHT
        and c.place is not None
        and c.place[0] in ("subject", "body")
        and not same_employer(c.name, name)
        for c in candidates
    )


def _domain_signed_name(email: PreparedEmail) -> tuple[str, int] | None:
    """(the organisation, where its line is in the body) that the signature names and the sender's own
    domain spells, else None."""
    label = own_domain_label(email)
    if not label or len(label) < _MIN_LABEL or not email.lines or SYSTEM_MAILBOX.search(email.sender.local):
        return None  # a system's mail: a vendor's sign-off spells its own domain, not the employer's
    if is_agency_domain(email.sender.domain) or speaks_of_a_client(email):
        return (
            None  # an agency's own name and domain agree too, and the client its text names is the employer
        )
    start = signature_start(email)
    lines = email.lines[start : start + _BLOCK_LINES] if start is not None else email.lines[-_BLOCK_LINES:]
    writer = email.sender.name.split(" ", 1)[0].lower()
    for line in lines:
        name = _organisation_spelling(line, label, writer)
        if name and not names_an_agency(line):  # "Brookfield Recruitment Ltd"
            return name, max(email.body.rfind(line), 0)
    return None


def _organisation_spelling(line: str, label: str, writer: str) -> str | None:
    """The part of a signature `line` naming an organisation whose words spell `label`, else None."""
    if len(line) > _MAX_LINE or "@" in line or any(mark in line for mark in _WEB):
        return None
    if not line[:1].isupper() or opens_an_address(line) or is_street_line(line):
        return None  # "Lindenhofweg 3" from lindenhof.de: the street named for it, where it sits
    segments = [segment.strip(" )") for segment in _SEGMENT_BREAK.split(line)]
    if _AFTER_A_TOWN.fullmatch(line, len(segments[0])):
        return None  # an address's town line
    # "Farmacéutica del Noroeste, S.A. de C.V.": the legal form after the comma makes the name before it an
    # organisation's, however person-shaped.
    formed = len(segments) > 1 and LEGAL_FORM_AT_END.search(line) is not None
    for at, segment in enumerate(segments):
        unformed = _organisation_words(segment, writer, formed)
        if not unformed or (
            len(unformed) == 1 and not unformed[0].isupper() and label_letters(unformed[0]) != label
        ):
            continue  # "Luigi" from luigistrattoria.it: one word is the whole label, an acronym or a name
        if (
            _spells(label, unformed)
            or _initials_spell(label, unformed)
            or _shortened_words_spell(label, unformed)
        ):
            # "Lakeview Community Health Trust (LCHT)": the name the acronym the domain spells shortens.
            acronym = (
                at > 0
                and segment.isupper()
                and (
                    capitals_initials(segments[0]).startswith(segment.lower())
                    or _letters_in_order(segment, segments[0])
                )
            )
            if acronym and not _organisation_words(segments[0], writer):
                return None
            # As written, its legal form too: employer_display.py shows it where the mail never leaves it off.
            return (segments[0] if acronym else segment).strip(" ,")
    return None


def _letters_in_order(acronym: str, name: str) -> bool:
    """True when the `acronym` written after `name` takes its letters from it in order, the first being the
    name's own first letter: German's compounds give an acronym letters from inside a word ("IWKM" of
    "Institut für Werkstoffkunde und Materialprüfung"), which the words' initials alone miss (the way
    abbreviations are told beside their long forms, Schwartz and Hearst's)."""
    letters = acronym.lower()
    written = name.lower()
    if len(letters) < _FEWEST_INITIALS or not written.startswith(letters[0]):
        return False
    at = 0
    for letter in letters:
        at = written.find(letter, at) + 1
        if at == 0:
            return False
    return True


def _organisation_words(segment: str, writer: str, formed: bool = False) -> list[str] | None:
    """The words of a signature line's `segment` without its legal form, where it may name an organisation:
    not the writer's name, a person's, a team's or a post."""
    words = segment.split()
    # A public body's long name counts its joining words for nothing ("Serviços Municipalizados de Água e
    # Saneamento de Vila Nova da Ribeira").
    named = [word for word in words if word.lower() not in _LEFT_OUT_OF_ACRONYMS]
    if not words or len(named) > _MAX_WORDS or not segment[:1].isupper() or words[0].lower() == writer:
        return None  # the writer's own name, letters after it ("Rhys Vaughan RIBA")
    legal = LEGAL_FORM_AT_END.search(segment)
    unformed = segment[: legal.start()].split() if legal else words
    # "Tanjung Emas Berhad": a legal form makes a person-shaped name an organisation's.
    if not unformed or (legal is None and not formed and looks_like_person_name(segment)):
        return None
    if _TEAM_WORD.fullmatch(words[-1]) or is_team(segment) or is_signers_post(segment):
        return None
    # A trade's word that is also a post's ("Farmacéutica") is the name's where a legal form follows it.
    return None if names_a_person_role(segment) and not formed else unformed


def _spells(label: str, words: list[str]) -> bool:
    """True when the organisation's `words` make `label` (as written, or with a German address's spelling of
    its umlauts: "Bergmühle Käserei" from bergmuehle.ch)."""
    written = " ".join(words)
    spellings = [words]
    if not written.isascii() and written != (addressed := written.translate(_UMLAUT_ADDRESS_SPELLINGS)):
        spellings.append(addressed.split())
    return any(
        same_employer(" ".join(spelling), label)
        or _words_spell(label, spelling)
        or _tail_spells(label, spelling)
        for spelling in spellings
    )


def _initials_spell(label: str, words: list[str]) -> bool:
    """True when `label` is the initials of the name's first words, then its other words whole: a public
    body's domain shortens its long name so ("Hochschule für angewandte Wissenschaften Mittelweser" from
    haw-mittelweser.de, "Universitair Ziekenhuis Kempenland" from uzkempenland.be, "Universidad Pública de los
    Llanos" from upllanos.es), or is its initials alone, three or more ("Universidade Federal do Vale do
    Tocantins" from ufvt.edu.br). A small joining word gives its initial or none ("Hochschule für Gestaltung"
    is "hfg"), and is left out of the words written whole."""
    letters = _label_words(words)
    # (where in the label the initials so far end, how many of them name words), after each word.
    reached = {(0, 0)}
    for at, (word, joining) in enumerate(letters):
        whole = "".join(rest for rest, joins in letters[at:] if not joins)
        if whole and any(used >= _FEWEST_INITIALS and label[end:] == whole for end, used in reached):
            return True
        following = {(end, used) for end, used in reached} if joining else set()
        following |= {
            (end + 1, used + (not joining)) for end, used in reached if label.startswith(word[0], end)
        }
        reached = following
        if not reached:
            return False
    return any(end == len(label) and used > _FEWEST_INITIALS for end, used in reached)


def _label_words(words: list[str]) -> list[tuple[str, bool]]:
    """Each of the name's words as a label writes it (label_letters), and whether it is a joining word its
    acronym leaves out; words a label cannot write left out."""
    letters = [(label_letters(word), word.lower() in _LEFT_OUT_OF_ACRONYMS) for word in words]
    return [(word, joining) for word, joining in letters if word]


def _shortened_words_spell(label: str, words: list[str]) -> bool:
    """True when `label` is the name's words each whole or cut short (four letters or more), its joining
    words left out, the first word used and one used whole: a domain shortens a long word so ("Farmacéutica
    del Noroeste" from farmanoroeste.com.mx, "Atlântico Cerâmica" from atlanticceramica.pt)."""
    letters = _label_words(words)
    if len(letters) < 2:
        return False
    # (where in the label the words so far end, whether one was used whole), after each word.
    reached: set[tuple[int, bool]] = {(0, False)}
    for word, joining in letters:
        following = set(reached) if joining else set()
        for end, whole in reached:
            if label.startswith(word, end):
                following.add((end + len(word), True))
            following |= {
                (end + cut, whole)
                for cut in range(_SHORTEST_CUT, len(word))
                if label.startswith(word[:cut], end)
            }
        reached = following
    return (len(label), True) in reached


def _tail_spells(label: str, words: list[str]) -> bool:
    """True when `label` is the name's last word or words after the kind of business it opens with
    ("Brouwerij De Kraanvogel" from kraanvogel.be, "Bäckerei Sommerfeld" from sommerfeld.de, "Hotel
    Villa Stella" from villastella.it); a legal form written lowercase ("bv", "gmbh") is left off, each
    word left out (one or two) is capitalised and no team's, and one word kept is the whole label."""
    legal = LEGAL_FORM_AT_END_ANY_CASE.search(" ".join(words))
    if legal is not None and legal.start() > 0:
        words = " ".join(words)[: legal.start()].split()
    for at in range(1, min(len(words), _MAX_KIND_WORDS + 1)):
        skipped = words[at - 1]
        if (
            not skipped[:1].isupper()
            or not names_an_organisation(words[0])  # "Ihr Pflegedienst X": a sign-off's possessive
            or skipped.lower() in TEAM_NOUNS
            or skipped.lower() in DEPARTMENT_WORDS
            or TEAM_OPENS.opens(skipped)
        ):
            return False  # "Team Kraanvogel", "Personalabteilung Hanse Logistik AG": a team's line
        tail = words[at:]
        if (label_letters(tail[0]) == label) if len(tail) == 1 else _words_spell(label, tail):
            return True
    return False


def _words_spell(label: str, words: list[str]) -> bool:
    """True when `label` is made of `words` in order (written_expansions.spells_label): the first whole, each
    other whole, by its initial or left out ("St Aidan's Church of England Academy" makes "staidansacademy",
    "Fenmoor Unified School District" "fenmoorusd"), at least two words used."""
    return spells_label(words, label, any_left_out=True, fewest_words=2, last_first=False)
