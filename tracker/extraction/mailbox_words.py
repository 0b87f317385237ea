"""The words that make a mailbox, or a display name, a system's or a team's and no one person's: a
system's ("no-reply", "notifications", "mailer") and a team's ("careers", "talent", "recruiting", "hr",
"people"), in the languages read. They are looked for wherever they stand in the mailbox ("jobs-noreply",
"ats.notifications", "careers.team"), running together or not ("talentohumano", "hrteam"), but only where
they open a word: the letters inside another word are no team's ("Steamer", "Jobson", "Peoples")."""

from __future__ import annotations

import re

# A no-reply word anywhere (no one's name holds one: "myhr_donotreply"); a system's other words as words.
_SYSTEM = r"(?:no|do[-_.]?not)[-_.]?reply|(?<![^\W_])(?:notifications?|mailer)(?![^\W_])"
# A team's words opening a word of the mailbox or the name, run together with a short one or not; the short
# ones alone as words.
_TEAM = (
    r"(?<![^\W_])(?:hr|rh|jobs?|people)?(?:notifications?|mailer|career|carri[èe]re|karriere|carreira|"
    r"recruit|recrut|reclut|talent|hiring|team)|"
    r"(?<![^\W_])(?:hr|rh|jobs?|people)(?![^\W_])"
)
SYSTEM_MAILBOX = re.compile(_SYSTEM, re.I)
"""A system's mailbox, searched in its local part: "noreply", "jobs-noreply", "ats.notifications"."""
NO_PERSONS_MAILBOX = re.compile(f"{_SYSTEM}|{_TEAM}", re.I)
"""A system's or a team's, searched in a mailbox's local part or a display name: "careers.team",
"talent-acquisition", "Batiroc Carrières"."""
