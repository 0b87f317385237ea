"""What a mail writes around an employer's name that a person keeps or leaves off: the name's own "The"
("The Hartford"), a branch's town after a brand ("PulseFit Swindon"), a country's registered arm of a brand
("Brand Ireland Ltd.", "Brand International GmbH", "Banque X du Canada"), a footer's registered name beside
the name the organisation trades under ("Copper Kettle Ltd" beside "Copper Kettle Café"). Used by
employer_display.display_name once a cluster of spellings is chosen.
"""

from __future__ import annotations

import re

from tracker.extraction.agency_trades import names_an_agency
from tracker.extraction.brand_names import written_alone
from tracker.extraction.employer_candidates import Candidate, spelled_by_own_domain
from tracker.extraction.legal_forms import LEGAL_FORM_AT_END, written_with_legal_form
from tracker.extraction.name_words import department_alternation
from tracker.extraction.person_names import names_an_organisation
from tracker.extraction.places import is_city, is_country, is_place, is_town
from tracker.extraction.site_places import without_site_place
from tracker.extraction.text import PreparedEmail
from tracker.extraction.written_words import places, word_boundary, word_places

# "Norwich store", "our Swindon club": a word the mail names a site with.
_SITE_AFTER = re.compile(r" (?:store|branch|club|shop|restaurant|site|location|gym|outlet)\b", re.I)


def without_branch_town(name: str, forms: list[str], text: str, email: PreparedEmail) -> str:
    """ "Bean & Bramble" for "Bean & Bramble Norwich", "PulseFit" for "PulseFit Swindon": a brand's branch
    named by its town after the brand, where the brand alone is the organisation's (its domain spells it,
    or the mail writes it alone) and the town is the branch's (its mailbox, "Norwich store", or the domain
    spelling a brand that is no institution's: "Pixelvane Lyon" from pixelvane.com); a country's or region's
    arm of the brand ("Randstad Deutschland", "Brand Ireland Ltd.") likewise (without_registered_arm)."""
    arm = without_registered_arm(name, text, email)
    if arm is not None:
        return arm
    site = without_site_place(name, forms, email)
    if site != name:
        return site
    brand, _, town = name.rpartition(" ")
    if not brand or not town[:1].isupper() or not town.isalpha() or names_an_organisation(town):
        return name  # "Costa Coffee Store 4412": "Coffee" is the name's noun, no town
    if spelled_by_own_domain(brand, email) and is_city(town) and not names_an_organisation(brand):
        # "Pixelvane Lyon" from pixelvane.com: the brand's site in that town; an institution's noun names
        # it with its town ("Technikum Donau Linz" from technikum-donau.at).
        return brand
    if brand not in forms:
        return name
    lowered = town.lower()
    if email.sender.mailbox == lowered:
        return brand  # "swindon@pulsefit.co.uk": the branch's own mailbox
    return brand if any(_SITE_AFTER.match(text, at + len(town)) for at in word_places(town, text)) else name


# The word by which a registered name says its company is the brand's arm abroad or worldwide ("Hadrava
# International GmbH", "Nortek Internacional S.A."), in the seven languages.
_INTERNATIONAL = frozenset(
    {"international", "internacional", "internationale", "internazionale", "internationaal"}
)
# A joining word before a country in a registered name: "Caisse Boréale du Canada", "Banco X do Brasil".
_COUNTRY_JOINERS = frozenset({"of", "du", "de", "del", "di", "do", "da", "von", "van"})
# A country's name runs to three words ("United Arab Emirates", "Bosnia and Herzegovina" is four: rare).
_MAX_PLACE_WORDS = 3


def without_registered_arm(name: str, text: str, email: PreparedEmail) -> str | None:
    """ "Quorvane" for "Quorvane Ireland Ltd.", "Meltrix" for "Meltrix Schweiz AG", "Caisse Boréale" for
    "Caisse Boréale du Canada", "Hadrava" for "Hadrava International GmbH": the legal name of a brand's arm in
    one country, a region or the world, which a person writes as the brand, where the mail writes the brand
    so (_brand_of_its_own). A region or "International" after the brand is an arm only where the mail writes
    the name with a legal form ("Brand EMEA Ltd"); without one it may be the name's own ("X Bank
    International"). A town is none: "Corella Orchards Pty. Ltd." is an orchard's name. None when the name
    is no such arm or the mail never writes its brand alone."""
    legal = LEGAL_FORM_AT_END.search(name)
    stem = name[: legal.start()] if legal else name
    words = stem.split()
    registered: bool | None = None  # whether the mail writes the name with a legal form, asked once
    for count in range(min(_MAX_PLACE_WORDS, len(words) - 1), 0, -1):
        qualifier = " ".join(words[-count:])
        bare = qualifier[1:-1] if qualifier[:1] == "(" and qualifier[-1:] == ")" else qualifier  # "(Schweiz)"
        if not bare[:1].isupper():
            continue
        if not is_country(bare):
            worldwide = count == 1 and bare.lower() in _INTERNATIONAL
            # A region ("Bayern", "EMEA"), never a town: many a town's name is a common word ("Orchards").
            if not worldwide and (not is_place(bare) or is_town(bare) or names_an_organisation(bare)):
                continue
            if registered is None:
                registered = legal is not None or written_with_legal_form(stem, text)
            if not registered:
                continue
        brand_words = words[:-count]
        if len(brand_words) > 1 and brand_words[-1] in _COUNTRY_JOINERS:
            brand_words = brand_words[:-1]
        brand = " ".join(brand_words).rstrip(",")
        next_word = words[len(brand_words)].strip("()")
        if _written_in_a_sentence(stem, text):
            return None
        if _brand_of_its_own(brand, next_word, text, email):
            return brand
        if registered is None:
            registered = legal is not None or written_with_legal_form(stem, text)
        return _domains_brand_before_its_trade(brand, next_word, text, email) if registered else None
    return None


# At most this many words of the arm's trade between the brand and its country: "Airlines", "Reifen",
# "Consultants"; more is a description of its own.
_MAX_ARM_TRADE_WORDS = 2
# A word of the arm's trade: capitalised letters ("Reifen", "Comunicações"), never an initial or a digit.
_ARM_TRADE_WORD = re.compile(r"[A-ZÀ-Þ][^\W\d_]{2,}")


def _domains_brand_before_its_trade(arm: str, next_word: str, text: str, email: PreparedEmail) -> str | None:
    """ "Norvik" for "Norvik Reifen Deutschland GmbH", "Aerolis Airlines International S.A.", "Tessera
    Consultants International GmbH" signed from norvik.com: a country's or the world's arm of a brand
    registered with the words of its trade before the country, which a person writes as the brand its
    own domain spells, where the mail writes the brand with its trade only so (never "Norvik Reifen"
    alone) and the trade is no recruiting firm's ("Kessling Personaldienstleistungen Deutschland GmbH" is
    known so)."""
    words = arm.split()
    if written_alone(arm, next_word, f"{email.sender.name}\n{text}"):
        return None  # "bei Norvik Reifen": the name the mail uses for the arm
    for count in range(1, min(_MAX_ARM_TRADE_WORDS, len(words) - 1) + 1):
        brand, trade = " ".join(words[:-count]), words[-count:]
        if not all(_ARM_TRADE_WORD.fullmatch(word) for word in trade):
            return None
        if spelled_by_own_domain(brand, email):
            return None if names_an_agency(" ".join(trade)) or _lone_organisation_word(brand) else brand
    return None


def _written_in_a_sentence(stem: str, text: str) -> bool:
    """True when a sentence names the arm ("applying to Brand UK Ltd, part of ..."): the name the mail uses,
    not a signature's or footer's registration of it."""
    return any(_OWN_ARTICLE_BEFORE.search(text[max(0, at - 20) : at]) for at in word_places(stem, text))


def _brand_of_its_own(brand: str, next_word: str, text: str, email: PreparedEmail) -> bool:
    """True when the mail names `brand` alone: its own domain spells it, or its display name or text writes
    it without the word after it ("bei Brand"). A reading of it is no sign: a signature's reader cuts the
    country off a line the mail writes only whole ("Brand Arbeit Austria GmbH")."""
    if not brand or _lone_organisation_word(brand):
        return False
    if spelled_by_own_domain(brand, email):
        return True
    written = f"{email.sender.name}\n{text}"
    if "(" in written:
        written = written.replace("(", "")  # "Brand (Schweiz) AG" writes the brand with its country too
    return written_alone(brand, next_word, written)


def _lone_organisation_word(brand: str) -> bool:
    """ "Bank", "Universität": one word saying what kind of organisation, no brand of its own."""
    return " " not in brand and names_an_organisation(brand)


# "applying to The Hartford", "a career at The Body Shop": a capital "The" after a sentence's lowercase
# word is the name's own (a sentence's article is lowercase there); not a team's ("contact The Acme Team").
_OWN_ARTICLE_BEFORE = re.compile(r"(?:^|[\s(])[a-zà-ÿ]+ $")
_TEAM_WORD_AFTER = re.compile(rf" (?:{department_alternation(capitalised=True)})\b")


def with_own_article(name: str, text: str) -> str:
    """ "The Hartford", "The Coca-Cola Company": the name with the "The" the mail writes as part of it in
    running text or on a signature's line of its own, and never leaves off (the dev labels keep it so,
    docs/DESIGN.md; as a legal form is shown); a sign-off's "The Acme Team" does not."""
    written = f"The {name}"
    if name.startswith(("The ", "the ")) or written not in text:
        return name  # the usual case, told without a pattern
    if any(text[max(0, at - 4) : at].lower() != "the " for at in word_places(name, text)):
        return name  # "Lantern Group Careers" beside "at The Lantern Group": written without it too
    for at in places(written, text):
        end = at + len(written)
        if not word_boundary(text, at) or (end < len(text) and (text[end].isalnum() or text[end] in "&-'’")):
            continue
        # A line of its own signing ("Gemma\nThe Tanner's Arms"), or running text.
        signs = (at == 0 or text[at - 1] == "\n") and (end == len(text) or text[end] == "\n")
        if signs or (
            _OWN_ARTICLE_BEFORE.search(text[max(0, at - 20) : at]) and not _TEAM_WORD_AFTER.match(text, end)
        ):
            return written
    return name


def trading_spellings(cluster: list[Candidate]) -> list[Candidate]:
    """The cluster without a footer's registered name where the organisation calls itself otherwise: a
    legal line's "Copper Kettle Ltd" or "Home & Hearth Retail Ltd" confirms the employer signing as
    "Copper Kettle Café" or "Home & Hearth", but a person writes the name it trades under. A footer's
    name that only adds a legal form to that name ("Baumann Holzbau AG") is still its spelling."""
    if not any(c.footer for c in cluster):
        return cluster  # the usual case
    trading = {_without_legal_form(c.name) for c in cluster if not c.footer and not c.name.islower()}
    kept = [c for c in cluster if not c.footer or _without_legal_form(c.name) in trading]
    return kept if trading and kept else cluster


def _without_legal_form(name: str) -> str:
    return LEGAL_FORM_AT_END.sub("", name).lower()
