"""A reply over the reader's own mail to the one hiring: the quote tells the post, the replier the employer.

A manager, an owner or a recruiter answers in a line ("Thanks Sam, we'll be in touch next week", "sorry,
we've filled the spot", "come by Monday at 7") above the mail the reader sent them: "On Tue 4 Mar, Sam Lee
<sam@...> wrote: > Hi, I'd like to apply for the line cook job you posted". The answer names no job; the
quoted mail does, written by someone other than the replier, as an applicant (in the applicant's own words:
applying, following up on their application) or about a post to the one who advertised it ("your ad for a
landscaper"), or, to a replier whose own domain names an organisation, about a post or the reader's CV
("any news on the receptionist job?"). A friend's answer to "thinking of applying to the warehouse job at
X, any good?" from a free mailbox is no employer's, and stays personal mail.
"""

from __future__ import annotations

import functools
import re

from tracker.email_reading.carried_markers import ENGLISH_REPLY_VERB
from tracker.extraction import phrases
from tracker.extraction.platforms import domain_employer
from tracker.extraction.quote_writers import unquoted, written_by_the_replier
from tracker.extraction.text import PreparedEmail, Sender
from tracker.extraction.title_slots import TitleCandidate

# Who wrote the quoted mail: Gmail's "On ..., Sam Lee <sam@x.com> wrote:", Outlook's "From: Sam Lee <...>",
# Apple's "On 9 Nov 2026, at 17:44, Sam Lee wrote:" (a name without its address).
_QUOTED_ADDRESS = re.compile(r"<([^<>@\s]+@[^<>\s]+)>")
# The quoted writer's name in an English header, Gmail's or Apple's ("On 4 Mar 2025, at 10:12, Sam Lee
# wrote:"). Not carried_mail's header reader: that one finds a header in a whole body, so it asks for the time
# a header holds and reads seven languages; here email_reading.cleanup has already cut the quote at its header
# (`PreparedEmail.quoted`), and only English's writer is read (other languages' headers would read more
# mail as quoting an application). The languages' words are carried_markers' in both.
_QUOTED_NAME = re.compile(
    rf"(?:^|, )(?:at [^,\n]{{3,12}}, )?([A-Z][\w'-]+(?: [A-Z][\w'-]+){{0,2}}) {ENGLISH_REPLY_VERB}:", re.M
)
_HEADER_CHARS = 250
# The post the quoted mail names to the one hiring: "apply for the line cook job", "the marine mechanic
# job", "your ad for a part time cleaner", "the graphic designer opening you posted".
_POST_NOUNS = r"(?:job|position|role|opening|vacancy|post|posting|requirement)"
_POST = re.compile(
    rf"\b(?:for|about|on|to) (?:the|your) (?P<slot>[\w'/-]+(?: [\w'/-]+){{0,3}}?) {_POST_NOUNS}\b|"
    r"\b(?:ad|advert|advertisement|posting|listing) for (?:a|an|the) (?P<ad>[\w'/-]+(?: [\w'/-]+){0,3}?)"
    # (The post's terms in brackets after it are none of its name: "a Dental Nurse (3 days a week)".)
    r"(?=[.,;!?\n]| (?:on|in|at|and|i|i'm|which|that|you)\b| \()",
    re.I,
)
# Said to the one who advertised: "saw your ad", "your advert for", "the job you posted".
_TO_THE_ADVERTISER = re.compile(
    rf"\byour (?:job )?(?:ad|advert|advertisement|posting|listing|vacancy)\b|"
    rf"\b{_POST_NOUNS} you (?:posted|advertised|put up|listed)\b",
    re.I,
)
# The reader's post or CV, named to a replier whose domain names an organisation.
_ABOUT_A_POST = re.compile(
    rf"\b(?:the|your) (?:[\w'/-]+ ){{0,3}}?{_POST_NOUNS}\b|\b(?:my|the) (?:cv|resume|résumé)\b|"
    r"\b(?:cv|resume|résumé) (?:is )?attached\b",
    re.I,
)
# A post's slot that is no post: "the same role", "a new job".
_NO_POST = frozenset({"same", "new", "other", "this", "that", "above", "advertised", "open", "current"})
# Above a post a reply's subject names (answered_applications.py): the reader's own words name it in full.
_QUOTED_POST_WEIGHT = 0.92


def quotes_the_readers_application(email: PreparedEmail) -> bool:
    """True when the mail answers, over its quote, the reader's own mail applying for or asking about a post
    to the one hiring."""
    if not email.quoted:
        return False
    employer_domain = domain_employer(email.sender) is not None
    return _quotes_an_application(email.sender.address, email.sender.name, employer_domain, email.quoted)


def quoted_writer(email: PreparedEmail) -> Sender | None:
    """Who wrote the mail a reply quotes, where its header line gives their address."""
    found = _QUOTED_ADDRESS.search(email.quoted, 0, _HEADER_CHARS)
    return Sender.parse(found.group(1)) if found else None


def quoted_post(email: PreparedEmail) -> list[TitleCandidate]:
    """The post the quoted mail of such a reply names, as a title hint."""
    if not quotes_the_readers_application(email):
        return []
    for found in _POST.finditer(_quoted_text(email.quoted)):
        post = found.group("slot") or found.group("ad")
        if post.split()[0].lower() not in _NO_POST:
            return [TitleCandidate(post, _QUOTED_POST_WEIGHT, False, post_slot=True)]
    return []


@functools.lru_cache(maxsize=64)
def _quotes_an_application(address: str, name: str, employer_domain: bool, quoted: str) -> bool:
    head = quoted[:_HEADER_CHARS]
    # The quote's writer: the header's address, else English's name ("On ..., Sam Lee wrote:").
    if (writer_address := _QUOTED_ADDRESS.search(head)) is not None:
        writer = f"<{writer_address.group(1)}>"
    elif (writer_name := _QUOTED_NAME.search(head)) is not None:
        writer = writer_name.group(1)
    else:
        return False
    if written_by_the_replier(writer, Sender(name=name, address=address)):
        return False  # the replier quoting themself
    text = _quoted_text(quoted)
    if _TO_THE_ADVERTISER.search(text) or phrases.scan(text.lower()).get("APPLICANT_VOICE"):
        return True
    return employer_domain and _ABOUT_A_POST.search(text) is not None


def _quoted_text(quoted: str) -> str:
    """The quoted mail's own lines: its "> " marks off, its header line left out."""
    lines = quoted.split("\n")
    return "\n".join(unquoted(line) for line in lines[1:])
