"""The text's spelling of a sender's run-together label: "quillonhealth" shown as the "Quillon Health" the
mail writes, going on with the organisation's noun ("Harrow State University" for harrowstate.edu) or as
the longer name the text gives it ("University of California at Berkeley" for berkeley.edu).
"""

from __future__ import annotations

import re

from tracker.extraction.employer_candidates import SENDER, Candidate, own_domain_label
from tracker.extraction.employer_sender import with_organisation_noun
from tracker.extraction.employer_signoffs import ROLE_WORDS_AT_END
from tracker.extraction.name_reading import read_name, spelled_out
from tracker.extraction.person_names import names_an_organisation
from tracker.extraction.shortened_names import skeleton_spelling
from tracker.extraction.text import PreparedEmail

# A footer's lines, where a sender names itself as every mailer does; its legal line names the registered
# company ("Home & Hearth Retail Ltd, registered in England"), not the name the mail trades under.
_FOOTER_LINE = re.compile(
    r"^(?:©|\([cC]\)|[Cc]opyright\b)|\b(?:trademarks?|all rights reserved|unsubscribe|you are receiving|"
    r"you received this|this e-?mail was (?:sent|intended)|registered (?:in|office)|company (?:no|number)|"
    r"registergericht|handelsregister|au capital de)\b",
    re.I,
)
# A domain label spelled out in the text: as good as a mention, and the way to show the name.
SPELLED_OUT_WEIGHT = 1.0


def spelled_out_labels(email: PreparedEmail, candidates: list[Candidate]) -> list[Candidate]:
    """The text's spelling of each run-together sender label ("quillonhealth" -> "Quillon Health")."""
    found: list[Candidate] = []
    texts = (email.subject, email.body)
    if any(c.footer and not c.text_says for c in candidates):
        # The sender's own footer spells its label as the sender does ("© 2026 Jobnest Corporation", "You
        # are receiving Jobnest notification emails"): that is no text naming it.
        texts = (email.subject, "\n".join(line for line in email.lines if not _FOOTER_LINE.search(line)))
    own_label = own_domain_label(email)
    for candidate in candidates:
        name = candidate.name
        if candidate.from_text:
            continue
        if not name.islower() or " " in name:
            # "Colfaxandsons Roofing", the sender's domain with its trade word split off: the label is
            # still spelled as the text writes it ("Colfax & Sons Roofing").
            if candidate.place != SENDER or not own_label or name != with_organisation_noun(own_label):
                continue
            name = own_label
        spelled = spelled_out(name, texts)
        # Spelled only by the display name ("Laguna" in "Assicurazioni Laguna <laguna@myworkday.com>"):
        # the sender's say, which its whole display name already gives, not the text's.
        from_text = spelled is not None
        spelled = spelled or spelled_out(name, (email.sender.name,))
        if not spelled and email.quoted:
            # "larkspurmarket" written "Larkspur Market" in the earlier mail a reply quotes: the
            # sender's own name spelled, no new naming of it by this mail's text.
            spelled = spelled_out(name, (email.quoted,))
            if spelled:
                # The reader's own mail to the organisation writes its name whole ("bei der Wendelgard
                # Energie GmbH", "bij Kreekhoven Digital"): the label is that name's first word.
                spelled = _with_organisation_noun(spelled, email.quoted)
        if not spelled and (spelled := skeleton_spelling(name, f"{email.subject}\n{email.body}")):
            # "kstrl@myworkday.com" for the "Kestrel" the body names: the label is that word, shortened.
            from_text = True
            for label in candidates:
                if label.name == name:
                    label.name = spelled
        if spelled:
            if from_text:
                spelled = _with_organisation_noun(spelled, texts[1])
            fuller = _name_ending_with(spelled, candidates)
            if fuller:
                candidate.name = spelled = fuller  # "berkeley.edu": the University of California at Berkeley
            found.append(Candidate(spelled, SPELLED_OUT_WEIGHT, from_text, None if from_text else SENDER))
    return found


_SET_OFF = re.compile(r"\s[-–—|]\s")


def _with_organisation_noun(spelled: str, body: str) -> str:
    """ "harrowstate.edu" spelled "Harrow State" in "Harrow State University": the name goes on with the
    organisation's noun."""
    # Each place the text writes it: "Anna Berg" signs above "Berg Consulting".
    at = body.find(spelled)
    longer = None
    while at >= 0 and not longer:
        longer = read_name(body, at)
        if longer:
            # "Brisk Courier - Sous Chef hiring": the name ends at a dash or a bar set off by spaces.
            longer = _SET_OFF.split(longer, 1)[0]
            longer = ROLE_WORDS_AT_END.sub("", longer)  # "Brisk Courier HR" signs a department
        if not (longer and _goes_on_as_an_organisation(longer, spelled)):
            longer = None
            at = body.find(spelled, at + len(spelled))
    if longer:
        # Up to the organisation's last noun: "St. Aldric Medical Center Leadership Development" (a
        # programme's name going on) is "St. Aldric Medical Center".
        words, first = longer.split(), len(spelled.split())
        ends = [n for n in range(len(words), first, -1) if _organisation_noun(words[n - 1])]
        return " ".join(words[: ends[0]]) if ends else longer
    for noun in _NOUNS_BEFORE_A_NAME:
        if f"{noun}{spelled}" in body:
            return f"{noun}{spelled}"  # "marlowe.ac.uk" signed "University of Marlowe"
    return spelled


# An organisation's noun written before its name, which its domain leaves out.
_NOUNS_BEFORE_A_NAME = (
    "University of ",
    "City of ",
    "County of ",
    "Town of ",
    "Borough of ",
    "Stadt ",
    "Gemeinde ",
    "Universität ",
    "Université de ",
    "Universidad de ",
)


def _goes_on_as_an_organisation(longer: str, spelled: str) -> bool:
    tail = longer[len(spelled) :]
    return longer.startswith(spelled + " ") and (
        names_an_organisation(tail) or (tail == " System" and _SYSTEM_OF.search(spelled) is not None)
    )


# "Lakemoor Health" going on as "Lakemoor Health System": a hospital group's or a school district's name,
# "System" naming an organisation only after these.
_SYSTEM_OF = re.compile(r"\b(?:Health|Healthcare|Hospital|School|University)$")


def _organisation_noun(word: str) -> bool:
    """True for a noun organisations are named with ("Center", "Labs"); a digit or "&" is no noun."""
    return word.isalpha() and names_an_organisation(word)


def _name_ending_with(spelled: str, candidates: list[Candidate]) -> str | None:
    """The longer name the text gives a label it spells as its last word, if any."""
    ending = " " + spelled.lower()
    # The text's names, then the sender's display name ("Harbor Lane Foods <rh@lanefoods.com>").
    from_text = [c.name for c in candidates if c.from_text]
    displayed = [c.name for c in candidates if c.place == SENDER and not c.from_text and not c.name.islower()]
    # Two words only where the first is an organisation's ("Gemeente Utrecht" for "utrecht.nl"), not a
    # person's first name ("Anna Berg" for "berg.de").
    longer = (
        name
        for name in (*from_text, *displayed)
        if name.count(" ") >= 2 or (name.count(" ") == 1 and names_an_organisation(name.split()[0]))
    )
    return next((name for name in longer if name.lower().endswith(ending)), None)
