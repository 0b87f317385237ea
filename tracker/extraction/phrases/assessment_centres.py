"""Assessment centres: a day of exercises, tests and group tasks, read as a test, not an interview.

The dataset's statuses (datasets README) make "interview" a conversation with a person and "assessment" a
test taken; an assessment centre (a written exercise, a case study, group tasks, psychometric tests) is the
latter, whatever invites to it, in the seven languages (en, de, fr, es, nl, pt, it). An interview's phrase
that names only the centre ("we'd like to invite you to our assessment centre", "Einladung zum
Assessment-Center") is read as the test; a live interview invited to beside it ("an interview with the hiring
manager, followed by our assessment centre") is still an interview, which outranks the test. A Superday, a
final round or a selection day stays interview: meetings with people. Words are lowercase, matched on
lowercased text.
"""

from __future__ import annotations

import re

ASSESSMENT_CENTRE = re.compile(
    r"\bassessment[- ]?(?:cent(?:re|er)s?|days?|dag(?:en)?|tag)\b"
    # French, Spanish, Portuguese: "centre d'évaluation", "centro de evaluación", "centro de avaliação". A
    # selection day by its own name ("Auswahltag", "giornata di selezione", "selectiedag") is a day of
    # meetings, as labellers read it: an interview.
    r"|\bcentre d'(?:é|e)valuation\b|\bcentro de (?:evaluaci(?:ó|o)n|avalia(?:çã|ca)o)\b"
)
# A centre behind the reader, in the words just before it: "Following the assessment centre, ...", "Thank
# you for attending our assessment centre", "nach dem Assessment-Center", "dopo l'assessment center": no news
# of it, the step it leads to is.
CENTRE_BEHIND = re.compile(
    r"\b(?:following|after|since|attend(?:ing|ed)|suite à|après|nach (?:dem|ihrem|unserem)|tras|después de|"
    r"após|depois d|dopo|na (?:het|afloop van))\b[^.!?\n]{0,30}$"
)
