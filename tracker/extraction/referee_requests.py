"""Mail that asks the reader about someone else's candidacy: the reader as a referee, or as a candidate's
former manager.

An employer checking a candidate's references writes to the referee in the words of its own hiring: the
candidate "has applied for the post", "has been shortlisted", "has been offered the position", an
interview date, a call to book. None of it is the reader's news: the reader is addressed in another role,
as the one who vouches. The structure says so, in any employer's words: the reader named as the candidate's
referee or reference ("has given your name as a referee", "listed you as a professional reference", "put
you down as his referee", "shared your details as her reference"), as the candidate's manager or colleague
("mentioned you as his former manager"), agreeing to act as one ("thank you for agreeing to act as a
referee for"), or a subject naming the person the reference is for ("Reference request - Ms Jane Doe",
"Reference check: Tom Reyes", "Employment verification for Amir Said"). The reader's own hire asks for
referees in the second person instead ("please send us two referees", "we have contacted your referees":
hire_steps.py), which none of these shapes holds.
"""

from __future__ import annotations

import re

from tracker.extraction.greeted_names import greeting_names
from tracker.extraction.match_words import MatchWords
from tracker.extraction.person_names import looks_like_person_name
from tracker.extraction.text import PreparedEmail

_REFEREE = r"(?:referee|reference|referentie|referenz|référen(?:ce|t)|referencia|referência|referente)s?"
# The candidate's act of naming the reader, done ("has given your name", "listed you", "mentioned you"):
# not the reader's own "give your number as a reference" when calling, nor a team that will "have you as
# their new manager".
_NAMED_BY_THE_CANDIDATE = (
    r"\b(?:given|gave|listed|named|mentioned|put|cited|nominated|provided|shared|included|added|supplied|"
    r"offered|suggested|identified|noted|used|indicated|submitted|entered|chose|chosen|proposed|"
    r"recommended|quoted) (?:(?:us|me) )?"
)
# The reader named in the candidate's words, in the seven languages: "given your name as a referee",
# "listed you as his reference", "mentioned you as her former line manager", "Sie als Referenz angegeben",
# "vous a cité comme référence", "te ha indicado como referencia", "u als referentie opgegeven", "o indicou
# como referência", "ti ha indicato come referente".
_READER_AS_REFEREE = re.compile(
    rf"{_NAMED_BY_THE_CANDIDATE}"
    r"(?:you|your (?:name|details|contact details|contact|email address|email|number))(?: down)? as "
    rf"(?:(?:a|an|one of (?:his|her|their)|his|her|their) )?(?:[\w-]+ ){{0,2}}?{_REFEREE}\b|"
    rf"{_NAMED_BY_THE_CANDIDATE}(?:you|your name) as (?:his|her|their) (?:[\w-]+ ){{0,2}}?"
    r"(?:manager|supervisor|line manager|"
    r"employer|colleague|mentor|teacher|tutor|lecturer|professor)\b|"
    rf"\b(?:agreed|agreeing|willing|offered) to (?:act|be|serve|stand) as (?:a |an |his |her |their )?"
    rf"{_REFEREE}\b|"
    rf"\bsie als {_REFEREE} (?:angegeben|genannt|benannt)|"
    rf"\b(?:vous|te) a (?:cité|citée|indiqué|indiquée|désigné|désignée|donné|donnée) comme {_REFEREE}|"
    rf"\b(?:le|la|te|lo) ha (?:indicado|señalado|dado|mencionado) como {_REFEREE}|"
    rf"\b(?:u|jou|je) (?:als|opgegeven als) {_REFEREE}|"
    rf"\b(?:o|a|te|lhe) (?:indicou|indicaram|apontou) como {_REFEREE}|"
    rf"\b(?:l'ha|ti ha|la ha|lo ha) (?:indicat[oa]|segnalat[oa]) come {_REFEREE}"
)
# What every match of _READER_AS_REFEREE holds: a referee's word (each of _REFEREE's has "refer" or
# "référ") or the reader taken "as his/her/their" manager. Most mail holds none; five of str's searches
# rule it out (tests/unit/test_referee_requests.py checks them against the pattern's matches).
_REFEREE_OR_MANAGER_WORDS = ("refer", "référ", " as his ", " as her ", " as their ")
# A subject naming whom the reference is for: "Reference request - Ms Jane Doe", "Referee check: Tom Reyes"
# (not the reader, whom a referencing service greets by the same name and tells of "your application").
_SUBJECT_FOR_SOMEONE = re.compile(
    r"^(?:(?:re|fw|fwd|aw|wg|tr|r|res):\s*)*(?:confidential\s+|your\s+)?"
    r"(?:reference|referee)(?:\s+(?:request|check|form|enquiry|inquiry|verification))?"
    r"\s*(?:for|re|regarding|about|[-–:|])\s*(?:(?:for|re|regarding)\s+)?(?P<name>.+)$",
    re.I,
)
_SUBJECT_PRECHECK = MatchWords(_SUBJECT_FOR_SOMEONE)
# The reader's own references: "as part of your application", "nominate your referees".
_THE_READERS_OWN = re.compile(r"\byour (?:\w+ )?(?:application|candidacy|referees|references|offer)\b")


def asks_about_someone_else(email: PreparedEmail) -> bool:
    """True when the mail addresses the reader as someone else's referee (this module's doc)."""
    body = email.body_lower
    if any(word in body for word in _REFEREE_OR_MANAGER_WORDS) and _READER_AS_REFEREE.search(body):
        return True
    if not _SUBJECT_PRECHECK.may_match(email.subject_lower):
        return False
    found = _SUBJECT_FOR_SOMEONE.match(email.subject.strip())
    if found is None or _THE_READERS_OWN.search(email.body_lower):
        return False
    name = found["name"].strip(" .:!?")
    greeted = {word.lower() for greeting in greeting_names(email.body) for word in greeting.split()}
    return looks_like_person_name(name) and not greeted & {word.lower() for word in name.split()}
