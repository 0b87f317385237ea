"""What a mail writes around an employer's name that a person keeps or leaves off: the name's own "The"
("The Hartford"), a branch's town after a brand ("PulseFit Swindon"), a footer's registered name beside
the name the organisation trades under ("Copper Kettle Ltd" beside "Copper Kettle Café"). Used by
employer_display.display_name once a cluster of spellings is chosen.
"""

from __future__ import annotations

import re

from tracker.extraction.employer_candidates import Candidate, spelled_by_own_domain
from tracker.extraction.legal_forms import LEGAL_FORM_AT_END
from tracker.extraction.name_words import department_alternation
from tracker.extraction.person_names import names_an_organisation
from tracker.extraction.places import is_place, is_town
from tracker.extraction.text import PreparedEmail
from tracker.extraction.written_words import places, word_boundary, word_places

# "Norwich store", "our Swindon club": a word the mail names a site with.
_SITE_AFTER = re.compile(r" (?:store|branch|club|shop|restaurant|site|location|gym|outlet)\b", re.I)


def without_branch_town(name: str, forms: list[str], text: str, email: PreparedEmail) -> str:
    """ "Bean & Bramble" for "Bean & Bramble Norwich", "PulseFit" for "PulseFit Swindon": a brand's branch
    named by its town after the brand, where the brand alone is the organisation's (its domain spells it,
    or the mail writes it alone) and the town is the branch's (its mailbox, or "Norwich store"); a
    country's or region's arm of the brand ("Randstad Deutschland") likewise."""
    brand, _, town = name.rpartition(" ")
    if not brand or not town[:1].isupper() or not town.isalpha() or names_an_organisation(town):
        return name  # "Costa Coffee Store 4412": "Coffee" is the name's noun, no town
    if not spelled_by_own_domain(brand, email) and brand not in forms:
        return name
    lowered = town.lower()
    if email.sender.mailbox == lowered:
        return brand  # "swindon@pulsefit.co.uk": the branch's own mailbox
    if is_place(town) and not is_town(town):
        return brand  # "Randstad Deutschland" from randstad.de: a country's or region's arm of the brand
    return brand if any(_SITE_AFTER.match(text, at + len(town)) for at in word_places(town, text)) else name


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
