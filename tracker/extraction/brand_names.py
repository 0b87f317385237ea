"""The form of an employer's name a person writes in a tracker, among the forms one mail uses.

A mail names its employer several ways: the brand in its text ("bei Brightlane"), the legal or
descriptive form in the signature ("Brightlane International Services"), the letterhead's capitals
("KTB ENGINEERING CONSULTANTS WIEN"), an abbreviation ("an der FH Donautal" beside "Fachhochschule
Donautal"). A person types the brand: without a descriptive tail that only says what kind of company
it is, a city or the letterhead's capitals; but whole where the words after the brand are part of the
name ("Lumera Telekom", "Corvex Storage", "Meridian Consultancy Services").

The rules choose among the forms the mail itself writes; they never invent a shorter name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tracker.extraction.name_reading import STOP_WORDS
from tracker.extraction.name_words import CONNECTORS
from tracker.extraction.places import is_town
from tracker.extraction.shortened_names import abbreviation_written
from tracker.extraction.squashed_names import run_together
from tracker.extraction.team_signed_brands import (
    fuller_than_its_team,
    written_beyond_its_team,
    written_only_as_a_teams_head,
)
from tracker.extraction.written_words import case_folded, word_boundary, word_places

# Nouns that close a descriptive tail of two words or more: what kind of company a brand is, not which
# one ("Harlowe Insurance Group", "Clairval Services International", "quintbyte Custom Software
# Solutions"). One such word alone may be the name's ("Clear Signal Services"), but for a group's.
_FILLER_NOUNS = {
    "group", "gruppe", "groupe", "grupo", "gruppo", "groep", "holding", "holdings", "international",
    "services", "solutions", "investments", "worldwide", "enterprises",
}  # fmt: skip
# A group's noun in each language (Dutch "Groep" too): "X Groep" signs for the brand "X" the mail writes.
_GROUP_NOUNS = {"group", "gruppe", "groupe", "grupo", "gruppo", "groep", "holding", "holdings"}
# A link or an address, where a domain's or a tenant's label is written, not the brand.
_LINK_OR_ADDRESS = re.compile(
    r"(?:https?://|www\.)[^\s<>]{1,2000}|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}"
)
# Nouns that only say "a company" ("Korrin Technologies", "Ferlac Industries", "Cisco Systems"): the
# brand before them is what a person writes, so a short form is never lengthened by them.
GENERIC_NOUNS = _FILLER_NOUNS | {
    "technologies", "technology", "industries", "industrie", "systems", "company", "corporation", "global",
}  # fmt: skip
# Legal forms after a tail ("Brenner Holdings, Inc."): the key drops them, the tail's last noun is before.
LEGAL_WORDS = {
    "inc", "llc", "llp", "lp", "ltd", "limited", "plc", "corp", "corporation", "co", "gmbh", "mbh", "ag",
    "se", "sa", "sas", "sarl", "srl", "sl", "spa", "bv", "nv", "kg", "og", "eu", "ev", "private", "pvt",
    "lda", "ltda",
    # The words before "Ltd" or after the name in Singapore's, Australia's and Malaysia's forms ("Pte. Ltd.",
    # "Pty Ltd", "Sdn Bhd").
    "pte", "pty", "sdn", "bhd",
}  # fmt: skip
# At most this many words lengthen a short form into the name the organisation signs with
# ("Lumera" -> "Lumera Telekom"); longer additions are a department or a tagline.
_MAX_NAME_TAIL = 2
# A city after the noun of a firm's name on its letterhead: "KTB Engineering Consultants Wien".
_FIRM_NOUNS = (
    r"consultants|consulting|solutions|services|software|systems|technologies|technology|engineering|"
    r"partners|group|gruppe|holding|labs|robotics|analytics|digital|media|logistics|gmbh|mbh|ag|kg|og|e\.u\.|ltd|inc|llc|sas|sarl|s\.a\.|b\.v\."
)
_CITY_AFTER_FIRM = re.compile(
    rf"^.*(?i:\b(?:{_FIRM_NOUNS}))(?P<city>,?\s+(?P<town>[A-ZÀ-Þ][\w.'-]*(?:\s+(?:am\s+)?[A-ZÀ-Þ][\w.'-]*){{0,2}}))$"
)
_LETTER_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")
# Legal forms keep their own capitals when a letterhead's name is written in a person's case, and when
# a domain's label is capitalised (employer_display.py).
LEGAL_CASE = {
    "gmbh": "GmbH", "mbh": "mbH", "ltd": "Ltd", "inc": "Inc", "corp": "Corp", "co": "Co", "ag": "AG",
    "kg": "KG", "llc": "LLC", "bv": "BV", "nv": "NV", "sa": "SA",
}  # fmt: skip
_ACRONYM_LETTERS = 3


def brand_form(
    name: str, forms: Iterable[str], text: str, sender_name: str = "", signed: Iterable[str] = ()
) -> str:
    """The form of `name` a person types, chosen among `forms` (every spelling of this employer the
    mail gives: its text's readings, the sender's display name and domain labels; `signed` are those
    by which the organisation names itself, in its signature or display name); `text` is the mail's
    subject and body."""
    forms = list(dict.fromkeys(form for form in forms if form))
    name = _nominative(_without_city(name))
    name = _without_leading_group(name, forms, f"{sender_name}\n{text}")
    signed = [form for form in signed if form]
    # The text without its links is made only for a fuller signed name to test (most mail has none).
    kinds_of_company = [form for form in signed if _kind_of_company_after(name, form)]
    name = (
        _without_filler_tail(name, forms, f"{sender_name}\n{text}")
        or (kinds_of_company and fuller_than_its_team(name, kinds_of_company, _prose(text)))
        or _with_name_tail(name, forms, signed, text, sender_name)
    )
    return abbreviation_written(name, text) or person_case(name, text)


def _words(name: str) -> list[str]:
    return name.replace(",", " ").split()


def _tail_after(short: str, long: str) -> list[str] | None:
    """The words `long` adds after `short` ("Lumera", "Lumera Telekom" -> ["Telekom"]), else None."""
    if len(long) <= len(short) or long[: len(short)].lower() != short.lower():
        return None  # the usual case, told without splitting words
    short_words, long_words = _words(short), _words(long)
    if len(long_words) <= len(short_words):
        return None
    if [w.lower() for w in long_words[: len(short_words)]] != [w.lower() for w in short_words]:
        return None
    return long_words[len(short_words) :]


def _without_legal(words: list[str]) -> list[str]:
    words = list(words)
    while words and words[-1].lower().replace(".", "") in LEGAL_WORDS:
        words.pop()
    return words


def _is_filler(tail: list[str]) -> bool:
    """True when the tail only says what kind of company the brand is ("Insurance Group", "Holdings")."""
    words = [word.lower() for word in _without_legal(tail)]
    return bool(words) and (words[-1] in _FILLER_NOUNS if len(words) >= 2 else words[0] in _GROUP_NOUNS)


# The fewest words a registered name adds after its brand to describe the trade ("Indústria de
# Plásticos", "Società Agricola Cooperativa", "Trasporti e Logistica"): a letterhead's description, which
# a person leaves off as they leave "Insurance Group" off. Two words may still be the name's ("Lumera
# Telekom Austria", "Pixel Digital Media"), so a description is longer.
_DESCRIPTION_WORDS = 3
# The words by which a description says it is a company, in the languages a letterhead writes it.
_COMPANY_WORDS = {
    "company", "società", "societa", "sociedade", "sociedad", "société", "societe", "compañía", "companhia",
    "gesellschaft", "cooperativa", "cooperative", "coopérative", "genossenschaft",
}  # fmt: skip


def is_description(tail: list[str]) -> bool:
    """True when the tail describes the brand's trade as a registered name does: three words or more (a
    legal form aside) of letters only, one of them a joining word ("Indústria de Plásticos, Lda.") or a
    company's ("Società Agricola Cooperativa"). A name's own words are kept: "Teaching Hospitals NHS
    Foundation Trust" says which trust, "KVB – Kärntner Verlagsbund" (an acronym, a dash, its words) joins
    a second name."""
    words = _without_legal(tail)
    return (
        len(words) >= _DESCRIPTION_WORDS
        and all(word.isalpha() for word in words)
        and any(word.islower() or word.lower() in _COMPANY_WORDS for word in words)
    )


def _kind_of_company_after(brand: str, form: str) -> bool:
    """True when `form` is `brand` and a tail saying what kind of company it is ("Pharma Services",
    "Retail Group", "Motion Systems B.V."): no town ("... Wien"), document's words ("Offer Letter") or
    sentence going on ("... Ltd has been sent to the employer")."""
    tail = _without_legal(_tail_after(brand, form) or [])
    if not tail or not (tail[0][:1].isupper() and tail[-1][:1].isupper()):
        return False
    return _without_city(form) == form and (tail[-1].lower() in GENERIC_NOUNS or is_description(tail))


def _without_filler_tail(name: str, forms: list[str], text: str) -> str | None:
    """ "Brightlane International Services" -> "Brightlane" when the mail also names it "Brightlane"
    alone (its text or its display name, not only its domain's or tenant's label): the shortest such
    brand; None when there is none. So is "Lumera Digital", a unit the mail writes only at the head of its
    hiring team's name ("Lumera Digital Recruiting"), beside "the role at Lumera"."""
    brands = []
    # Written alone outside the mail's links and addresses: there a domain's or a tenant's label is written
    # ("brightlane.wd3.myworkday.com"), shortened as its owner likes, not the brand. The text without its
    # links is made when a brand is first looked for in it: most names have no tail to test, and taking
    # the links out of a whole mail was most of this step.
    prose: str | None = None
    # "Lumera Digital" read from its team's "Lumera Digital Recruiting" only: a unit heading the team.
    teams_unit: bool | None = None
    for form in forms:
        tail = _tail_after(form, name)
        if tail and not (_is_filler(tail) or is_description(tail)):
            teams_unit = written_only_as_a_teams_head(name, text) if teams_unit is None else teams_unit
        filler = tail is not None and (_is_filler(tail) or is_description(tail))
        if tail and (filler or teams_unit):
            prose = _prose(text) if prose is None else prose
            if (
                written_alone(form, tail[0], prose)
                and written_beyond_its_team(form, tail[0], prose)
                # A team's unit gives way to the brand a sentence names ("the role at Lumera"), not to a
                # line's ("Lumera, 100 Main St").
                and (filler or _named_in_a_sentence(form, prose))
            ):
                brands.append(" ".join(_words(name)[: len(_words(name)) - len(tail)]))
    # A domain label runs the brand's words together ("quintbyte", "brightlane"): the name's first
    # words spell it.
    labels = {form.replace("-", "") for form in forms if form.islower() and " " not in form}
    words = _words(name) if labels and " " in name else []
    for count in range(1, len(words)):
        brand = " ".join(words[:count])
        # "Holloway Retail Group" from hollowayretail.co.uk: a domain leaves a lone "Group" off as it
        # leaves spaces out, and an ATS tenant ("hollowayretail@myworkday.com") shortens the name as it
        # likes, so only the mail writing the brand without the tail drops it.
        if run_together(brand) in labels and _is_filler(words[count:]):
            prose = _prose(text) if prose is None else prose
            if written_alone(brand, words[count], prose):
                brands.append(brand)
    if not brands:
        brands = _capitals_used_alone(name, text) or _lowercase_logo(name)
    return min(brands, key=len) if brands else None


# A lowercase word just before a name on its line: a sentence names it ("at Lumera", "chez Lumera").
_SENTENCE_BEFORE = re.compile(r"(?:^|[\s(])[a-zà-ÿ]+ $")


def _named_in_a_sentence(brand: str, text: str) -> bool:
    """True when `text` writes `brand` after a sentence's lowercase word ("the role at Lumera.")."""
    return any(_SENTENCE_BEFORE.search(text, max(0, at - 24), at) for at in word_places(brand, text))


def _prose(text: str) -> str:
    """`text` without its links and addresses, where a brand is looked for written alone: there a
    domain's or a tenant's label is written ("brightlane.wd3.myworkday.com"), shortened as its owner
    likes, not the brand."""
    return _LINK_OR_ADDRESS.sub(" ", text) if "@" in text or "//" in text or "www." in text else text


def _without_leading_group(name: str, forms: list[str], text: str) -> str:
    """ "Groupe Solvane" -> "Solvane" when the mail also names the brand alone ("votre intérêt pour
    Solvane"): the group's noun before it only says it is a group. Kept where the mail never does ("Grupo
    Ordal")."""
    head, _, brand = name.partition(" ")
    if head.lower() not in _GROUP_NOUNS or not brand:
        return name
    brand_words = _without_legal(_words(brand))
    alone = " ".join(brand_words).lower()
    # Read alone, and written so: not an address's label, nor a spelling of it in "Groupe Orlane".
    brand = " ".join(brand_words)
    read_alone = any(form.lower() == alone and not form.islower() for form in forms)
    written_alone = re.search(rf"(?<!{re.escape(head)} )\b{re.escape(brand)}\b", text, re.I)
    return brand if read_alone and written_alone else name


def written_alone(brand: str, next_word: str, text: str) -> bool:
    """True when the mail writes `brand` somewhere without the tail after it ("an Brightlane gezeigt"),
    not only as the first words of the longer name (a reading cut short)."""
    if not (brand.isascii() and next_word.isascii()):
        return bool(re.search(rf"\b{re.escape(brand)}\b(?! {re.escape(next_word)}\b)", text, re.I))
    # The same search without compiling it: an ASCII pattern ignoring case, in the case-folded text.
    brand, tail, text = brand.lower(), f" {next_word.lower()}", case_folded(text)
    after = len(brand) + len(tail)
    return any(
        not (text.startswith(tail, at + len(brand)) and word_boundary(text, at + after))
        for at in word_places(brand, text)
    )


def _capitals_used_alone(name: str, text: str) -> list[str]:
    """ "VARDA" written alone in the mail ("auf unserem VARDA LinkedIn Account") beside "VARDA Insurance
    Group": a brand in capitals is no common word, so any use of it alone is the brand's. Never written
    alone, the whole name is kept ("KESTREL Solutions Group" may be how the employer is known)."""
    words = _words(name)
    if len(words) < 2 or not words[0].isupper() or len(words[0]) <= _ACRONYM_LETTERS:
        return []
    first = words[0]
    if not _is_filler(words[1:]):
        return []
    # re.search(rf"\b{re.escape(first)}\b(?! {re.escape(words[1])})", text), without compiling it
    tail, end = f" {words[1]}", len(first)
    return [first] if any(not text.startswith(tail, at + end) for at in word_places(first, text)) else []


def _lowercase_logo(name: str) -> list[str]:
    """ "quintbyte Custom Software Solutions" -> "quintbyte": a brand set in lowercase, as its logo writes
    it, before a tagline in capitals that only says what the company does."""
    words = _words(name)
    if len(words) < 3 or not words[0].isalpha() or not words[0].islower():
        return []
    if not all(word[:1].isupper() for word in words[1:]) or not _is_filler(words[1:]):
        return []
    return [words[0]]


def _with_name_tail(name: str, forms: list[str], signed: list[str], text: str, sender_name: str = "") -> str:
    """ "Lumera" -> "Lumera Telekom" when the organisation signs with the fuller name (its signature,
    its display name; "Korrin Technologies Inc." gives "Korrin Technologies") and the mail writes it,
    whose added words are a name's (not a filler tail, a department or the subject's "Application
    Received"), nor written only as its hiring team's head ("Lumera Digital Recruiting", "Lumera Digital
    Hiring": the team's unit, not the name): the short form is the fuller name cut short. A name ending
    in its legal form is whole."""
    if _without_legal(_words(name)) != _words(name):
        return name
    longer = []
    for form in signed:
        tail = _tail_after(name, form)
        words = _without_legal(tail) if tail else []
        if (
            words
            and form in text
            and len(words) <= _MAX_NAME_TAIL
            and not any(word.lower() in STOP_WORDS for word in words)
            and all(word[:1].isupper() and word.isalpha() for word in words)
            and not any(word.lower() in GENERIC_NOUNS for word in words)
            and not any(_cut_short(form, other) for other in forms)
            and _without_city(form) == form
            and not written_only_as_a_teams_head(form, f"{sender_name}\n{text}")
        ):
            longer.append(" ".join(_words(form)[: len(_words(name)) + len(words)]))
    return max(longer, key=len) if longer else name


def _cut_short(form: str, other: str) -> bool:
    """True when `other` goes on where `form` stops with more than a legal form: `form` was read short."""
    tail = _tail_after(form, other)
    return bool(tail and _without_legal(tail))


# "bei der Österreichischen Nordbahn", "der Deutschen Fernbahn": a German name's adjective declined after
# its article; a person writes the name's own form ("Österreichische Nordbahn").
_DECLINED_ADJECTIVE = re.compile(r"^([A-ZÄÖÜ][a-zäöüß]*(?:isch|lich|tsch)e)n(?= [A-ZÄÖÜ])")
# "von den Stadtwerken Nordheim", "bei den Wasserwerken Lindau": a works' plural in the dative.
_DECLINED_WORKS = re.compile(r"^([A-ZÄÖÜ][a-zäöüß]+werke)n(?= [A-ZÄÖÜ])")


def _nominative(name: str) -> str:
    # Only where the declined ending is ("...en "): the pattern, substituted, is tried at every place.
    if "en " not in name:
        return name
    return _DECLINED_WORKS.sub(r"\1", _DECLINED_ADJECTIVE.sub(r"\1", name))


def _without_city(name: str) -> str:
    """ "KTB Engineering Consultants Wien" -> "KTB Engineering Consultants": the firm's office city."""
    match = _CITY_AFTER_FIRM.search(name)
    return name[: match.start("city")] if match and is_town(match.group("town")) else name


def person_case(name: str, text: str = "") -> str:
    """A letterhead's capitals in a person's case: "KTB ENGINEERING CONSULTANTS" -> "KTB Engineering
    Consultants". Short words stay capitals (acronyms), so does a word the mail writes in capitals
    elsewhere ("TORLA"); a name of one word is left as it is ("VARDA"); the small words joining a name's
    words are lowercase after its first ("MAISON DU CAFÉ DE LA GARE" -> "Maison du Café de la Gare")."""
    words = _LETTER_WORD.findall(name)
    if len(words) < 2 or not name.isupper() or all(len(word) <= _ACRONYM_LETTERS for word in words):
        return name
    elsewhere = text.replace(name, " ")

    def cased(match: re.Match[str]) -> str:
        word = match.group(0)
        if word.lower() in LEGAL_CASE:
            return LEGAL_CASE[word.lower()]
        if match.start() > 0 and word.lower() in CONNECTORS:
            return word.lower()  # "SOCIÉTÉ DES EAUX DU LITTORAL": "Société des Eaux du Littoral"
        if len(word) <= _ACRONYM_LETTERS or any(word_places(word, elsewhere)):
            return word
        return "-".join(part.capitalize() for part in word.split("-"))

    return _LETTER_WORD.sub(cased, name)
