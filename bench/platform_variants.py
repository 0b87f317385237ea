"""Variants of one email that a person reads exactly as the original (bench/platform_swap.py).

Pure functions over an `EmailMessage`; each changes the one thing it names and nothing a reader would
take differently:
- `unknown_platform`: a known applicant-tracking system's or job board's mail as an invented platform
  would send it (its address, the platform's name in the display name, subject and body, and its compact
  form in links); the employer's own words and tenant mailbox stay.
- `forwarded`: the mail as the user forwards it to themselves (Gmail's forward block, subject "Fwd: ",
  or Outlook's rule and header lines, "FW: ").
- `reply_on_top`: a short courtesy reply by the user above the original (Gmail's "On ... wrote:" and
  "> " quoting, subject "Re: ", or Outlook's rule and header lines, "RE: ").
- `wrapped`: the body hard-wrapped at 72 or 76 columns, as plain-text clients and ATS text parts send it.
- `html_only`: the body rendered into a marketing/ATS HTML layout (tables, a hidden preheader, a
  "View in browser" link, an unsubscribe footer with a street address) as a raw message with no
  text/plain part, for the real reading path (tracker.email_reading.parse_raw_email).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, replace
from datetime import datetime
from email.message import EmailMessage as MimeMessage
from email.policy import SMTP
from email.utils import format_datetime

from bench.swapping import Swap, compact, swap_text
from tracker.extraction.platforms import ats_tenant, is_job_board, platform_of
from tracker.extraction.text import Sender
from tracker.models import EmailMessage


@dataclass(frozen=True)
class Platform:
    """An invented platform: its name, the domain it mails from and its usual mailbox."""

    name: str
    domain: str
    mailbox: str


# Coined names no platform list holds; systems (for ATS mail) and boards (for job-board mail).
INVENTED_SYSTEMS = (
    Platform("Talentloop", "hire.talentloop.io", "notifications"),
    Platform("Recrutiva", "mail.recrutiva.com", "no-reply"),
    Platform("Hirevane", "hirevane.net", "noreply"),
    Platform("Pipeleaf", "notify.pipeleaf.co", "candidates"),
    Platform("Candora", "candora.app", "do-not-reply"),
)
INVENTED_BOARDS = (
    Platform("Jobvessel", "jobvessel.com", "alerts"),
    Platform("Worknook", "mail.worknook.io", "jobs-noreply"),
    Platform("Careerbay", "careerbay.net", "noreply"),
)

# Who forwards and replies: the mailbox's owner.
USER = "Robin Calder <robin.calder@gmail.com>"
# Replies that change nothing in what the mail says about the application, whatever its news.
COURTESY_REPLIES = (
    "Thank you for letting me know.",
    "Thanks for the update, much appreciated.",
    "Thank you, well received.",
)
_FALLBACK_DATE = "Mon, Mar 3, 2025 at 9:14 AM"
_FALLBACK_OUTLOOK_DATE = "Monday, March 3, 2025 9:14 AM"
# The mail clients whose forward and reply shapes the variants take, one chosen per row.
CLIENTS = ("gmail", "outlook")


def known_platform(email: EmailMessage) -> str | None:
    """The name of the platform list's ATS or job board that sent `email`, None for any other sender."""
    return platform_of(Sender.parse(email.sender))


def unknown_platform(email: EmailMessage, invented: Platform) -> EmailMessage | None:
    """`email` as `invented` would send it; None when its sender is no platform the lists know.

    The address becomes the invented platform's (a tenant's mailbox, "acme@myworkday.com", keeps its
    tenant); the known platform's name is replaced by the invented one in the display name, subject and
    body, as a whole word, and its compact form inside addresses and links ("boards.greenhouse.io")."""
    sender = Sender.parse(email.sender)
    known = platform_of(sender)
    if known is None:
        return None
    swap = Swap(known, invented.name)
    mailbox = ats_tenant(sender) or invented.mailbox
    name = swap_text(sender.name, swap)
    address = f"{mailbox}@{invented.domain}"
    return replace(
        email,
        sender=f"{name} <{address}>" if name else address,
        subject=swap_text(email.subject, swap),
        body=swap_text(email.body, swap),
    )


def invented_for(email: EmailMessage) -> tuple[Platform, ...]:
    """The invented platforms that fit the sender: boards for a job board's mail, systems otherwise."""
    return INVENTED_BOARDS if is_job_board(Sender.parse(email.sender)) else INVENTED_SYSTEMS


def still_names_platform(variant: EmailMessage, known: str) -> bool:
    """True when the variant still writes the known platform in a form the swap cannot reach (glued:
    "WorkdayRecruiting", "poweredbygreenhouse"): a reader, and the rules, could still see it."""
    text = "\n".join((variant.sender, variant.subject, variant.body))
    word = compact(known)
    return len(word) >= 3 and re.search(re.escape(word), text, re.I) is not None


def forwarded(email: EmailMessage, user: str = USER, client: str = "gmail") -> EmailMessage:
    """`email` as `user` forwards it to themselves: the forward block above the original, as Gmail or
    Outlook (`client`) writes it."""
    if client == "outlook":
        return replace(
            email, sender=user, subject=_prefixed("FW: ", email.subject), body=_outlook_block(email, user)
        )
    lines = ["---------- Forwarded message ---------", f"From: {email.sender}"]
    lines.append(f"Date: {_gmail_date(email.received_at)}")
    lines += [f"Subject: {email.subject}", f"To: {user}", "", email.body]
    return replace(
        email, sender=user, subject=_prefixed("Fwd: ", email.subject), body="\n".join(lines).rstrip()
    )


def reply_on_top(email: EmailMessage, reply: str, user: str = USER, client: str = "gmail") -> EmailMessage:
    """`user`'s short `reply` above the original: quoted as Gmail quotes it ("On ... wrote:", "> "), or
    under Outlook's rule and header lines (`client`)."""
    if client == "outlook":
        body = f"{reply}\n\n{_outlook_block(email, user)}"
        return replace(email, sender=user, subject=_prefixed("RE: ", email.subject), body=body)
    quoted = "\n".join(f"> {line}" if line else ">" for line in email.body.splitlines())
    header = f"On {_gmail_date(email.received_at)} {email.sender} wrote:"
    body = f"{reply}\n\n{header}\n{quoted}".rstrip()
    return replace(email, sender=user, subject=_prefixed("Re: ", email.subject), body=body)


def _outlook_block(email: EmailMessage, user: str) -> str:
    """The original under Outlook's rule and header lines, unquoted."""
    when = email.received_at
    sent = (
        _FALLBACK_OUTLOOK_DATE
        if when is None
        else f"{when.strftime('%A, %B')} {when.day}, {when.year} "
        + (f"{when.strftime('%I').lstrip('0')}:{when.strftime('%M %p')}")
    )
    lines = ["_" * 32, f"From: {email.sender}", f"Sent: {sent}", f"To: {user}", f"Subject: {email.subject}"]
    return "\n".join([*lines, "", email.body]).rstrip()


# The column plain-text mail is wrapped at by the clients and mailers that hard-wrap it (Outlook's and
# many ATSs' text parts at 76, Thunderbird at 72).
WRAP_COLUMNS = (72, 76)


def wrapped(email: EmailMessage, width: int = 76) -> EmailMessage:
    """`email` with its body hard-wrapped at `width` columns, as a plain-text client or an ATS's text part
    sends it: each long line broken at the last space before the column, nothing else changed."""
    lines: list[str] = []
    for line in email.body.split("\n"):
        while len(line) > width and " " in line[1 : width + 1]:
            cut = line.rindex(" ", 1, width + 1)
            lines.append(line[:cut])
            line = line[cut + 1 :]
        lines.append(line)
    return replace(email, body="\n".join(lines))


def html_only(email: EmailMessage, user: str = USER) -> bytes:
    """The raw message of `email` with its body rendered into a marketing/ATS HTML layout and no
    text/plain part."""
    message = MimeMessage(policy=SMTP)
    message["From"] = email.sender or "unknown@localhost"
    message["To"] = user
    message["Subject"] = email.subject
    if email.received_at is not None:
        message["Date"] = format_datetime(email.received_at)
    message.set_content(html_layout(email.body), subtype="html", charset="utf-8", cte="quoted-printable")
    return message.as_bytes()


def html_layout(body: str) -> str:
    """`body` as a typical marketing/ATS HTML email: a hidden preheader (the body's first words), a
    "View in browser" link, a logo, the paragraphs in nested layout tables, an unsubscribe footer."""
    paragraphs = [part for part in re.split(r"\n\s*\n", body.strip()) if part.strip()]
    cells = "".join(
        f'<p style="margin:0 0 16px 0">{"<br>".join(html.escape(line) for line in part.splitlines())}</p>'
        for part in paragraphs
    )
    preheader = html.escape(" ".join(body.split())[:90])
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title></title>'
        "<style>td{font-family:Arial,sans-serif}@media only screen and (max-width:600px)"
        '{.wrap{width:100%!important}}</style></head><body style="margin:0;padding:0">'
        '<div style="display:none;max-height:0;overflow:hidden;opacity:0">'
        f"{preheader}&zwnj;&nbsp;&zwnj;&nbsp;</div>"
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr>'
        '<td align="center" bgcolor="#f4f4f4">'
        '<table class="wrap" role="presentation" width="600" cellpadding="0" cellspacing="0">'
        '<tr><td align="right" style="font-size:11px;padding:8px">'
        '<a href="https://email.example.net/view/8f3a2c?utm_source=email">View in browser</a></td></tr>'
        '<tr><td style="padding:24px"><img src="https://email.example.net/logo.png" alt="" width="120" '
        'height="32" style="display:block;border:0"></td></tr>'
        f'<tr><td bgcolor="#ffffff" style="padding:24px;font-size:15px;line-height:22px">{cells}</td></tr>'
        '<tr><td align="center" style="padding:24px;font-size:11px;color:#888888">'
        "You are receiving this email because you have an account with us.<br>"
        '<a href="https://email.example.net/unsubscribe/8f3a2c">Unsubscribe</a> | '
        '<a href="https://email.example.net/privacy">Privacy Policy</a><br>'
        "548 Market St, Suite 300, San Francisco, CA 94104</td></tr>"
        "</table></td></tr></table></body></html>"
    )


def _prefixed(prefix: str, subject: str) -> str:
    return f"{prefix}{subject}" if subject else prefix.strip()


def _gmail_date(when: datetime | None) -> str:
    """'Tue, Dec 3, 2026 at 10:05 AM' as Gmail writes a quoted or forwarded message's date."""
    if when is None:
        return _FALLBACK_DATE
    hour = when.strftime("%I").lstrip("0")
    return f"{when.strftime('%a, %b')} {when.day}, {when.year} at {hour}:{when.strftime('%M %p')}"
