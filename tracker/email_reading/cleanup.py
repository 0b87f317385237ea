"""Readable text to the text worth reading: invisible characters out, replies and signatures trimmed."""

from __future__ import annotations

import re

# Far more than any confirmation, rejection or invitation needs; keeps pathological mail cheap.
BODY_CHAR_BUDGET = 20_000

# Every Unicode space but "\n" is translated below, so the rules never see a run of spaces: several of
# their patterns put two "\s*" side by side, which is quadratic over a long run.
_NEEDS_TRANSLATION = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f\u034f\u200b-\u200f\u2060-\u2064\ufeff\u00ad\u180e\u17b4\u17b5\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v\r\x85\u1680\u2028\u2029]"
)
_INVISIBLE = dict.fromkeys(
    map(
        ord,
        "\u034f\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e\u17b4\u17b5",
    ),
    None,
)
_SPACE_LIKE = dict.fromkeys(
    map(
        ord,
        "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\f\v",
    ),
    " ",
)
_INVISIBLE.update(_SPACE_LIKE)
_INVISIBLE[ord("\r")] = None
_INVISIBLE.update(dict.fromkeys(map(ord, "\x85\u2028\u2029"), "\n"))  # line and paragraph separators
_INVISIBLE[ord("\u1680")] = " "
_INVISIBLE.update(dict.fromkeys([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F], None))
_SPACE_RUN = re.compile(r" {2,}")
_LINE_EDGES = re.compile(r" *\n *")
_BLANK_LINES = re.compile(r"\n{3,}")

# Where an earlier message starts inside a reply: everything from here on is someone else's text.
_QUOTE_START = re.compile(
    r"^(?:On\b[^\n]{4,200}(?:\n[^\n]{0,200})?\bwrote:[ ]*$|(?:Le|El|Am|Il|"
    r"Op)\b[^\n]{4,200}(?:\n[^\n]{0,200})?\b(?:a écrit|escribió|schrieb|ha scritto|"
    r"schreef)[^\n]{0,80}:[ ]*$|-{2,}[ ]*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|"
    r"Mensaje original)[ ]*-{2,}|_{10,}\nFrom:[^\n]*\n|From:[^\n]{1,200}\n(?:To|Sent|Date|Cc):[^\n]*\n|"
    r"(?:>[^\n]*\n){2,})",
    re.M | re.I,
)
_FORWARD_MARKER = re.compile(
    r"forwarded message|begin forwarded|weitergeleitete nachricht|message transféré", re.I
)
_MIN_KEPT_CHARS = 20
# A reply that only thanks or acknowledges ("Thank you for letting me know.", "Thanks, Tuesday works.")
# adds nothing to the message it quotes: that message is what the reader wants, as in a forward. One
# that changes the course ("Thanks, but I'd like to withdraw") is the newest news and stays alone.
_COURTESY_CHARS = 80
_COURTESY_REPLY = re.compile(
    r"(?:many )?(?:thanks?|thank you|great|ok(?:ay)?|noted|perfect|got it|received|"
    r"sounds good|much appreciated|appreciated?|danke|vielen dank|merci|gracias|grazie|dank je|obrigad[oa])"
    r"\b",
    re.I,
)
_CHANGES_COURSE = re.compile(
    r"withdr[ae]w|declin|accept|cancel|reschedul|no longer|not interested|zurück|absag|\?", re.I
)
# Every _QUOTE_START alternative contains one of these; without any, the pattern can't match.
_QUOTE_MARKERS = (
    "wrote:", "schrieb", "a écrit", "escribió", "ha scritto", "schreef", "original message",
    "ursprüngliche nachricht", "message d'origine", "mensaje original", "from:", ">",
)  # fmt: skip
_SIGNATURE_START = re.compile(r"^-- ?\n", re.M)
_MOBILE_FOOTER = re.compile(r"^Sent from my (?:iPhone|iPad|Android|mobile|BlackBerry)[^\n]*$", re.M | re.I)


# A layout's first lines offering its web version ("View in browser", "Having trouble viewing this email?
# View it online", "E-Mail im Browser anzeigen"): the mail's chrome, not its text. The line under them
# is where an ATS heads its mail with the employer's name.
_WEB_VIEW_LINE_CHARS = 120
_WEB_VIEW_MARK = re.compile(r"(?i)browser|online|web ?version|navigat|en ligne|trouble viewing")
_WEB_VIEW_LINES = re.compile(
    r"\A(?:[^\n]{0,60}?\b(?:view (?:this (?:e-?mail|message) |it |the e-?mail |)(?:in (?:your |a |the )?"
    r"browser|online|as a web ?page)|web ?version|open (?:it )?in (?:your |a )?browser|"
    r"im browser (?:anzeigen|ansehen|öffnen|lesen)|online (?:ansehen|anzeigen|lesen)|"
    r"(?:voir|afficher) (?:la version en ligne|"
    r"dans (?:le|votre) navigateur)|ver en (?:el |tu )?navegador|visualizza (?:nel browser|online)|"
    r"trouble viewing)\b[^\n]{0,60}(?:\n|\Z))+",
    re.I,
)


def normalise_text(text: str) -> str:
    """Invisible characters removed, odd spaces folded, one blank line at most between paragraphs."""
    # Each step only when needed: most text is already clean, and substring tests are far cheaper.
    if _NEEDS_TRANSLATION.search(text):
        text = text.translate(_INVISIBLE)
    if "  " in text:
        text = _SPACE_RUN.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = _LINE_EDGES.sub("\n", text)
    if "\n\n\n" in text:
        text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


def trim_replies_and_signature(text: str) -> str:
    """The newest message only: quoted replies and a '-- ' signature cut off (never the whole text)."""
    cut = len(text)
    lowered = text.lower()
    patterns = [_SIGNATURE_START] if "\n--" in text else []
    if any(marker in lowered for marker in _QUOTE_MARKERS):
        patterns.append(_QUOTE_START)
    quoted = False
    for pattern in patterns:
        match = pattern.search(text)
        if match and 0 < match.start() <= cut:
            cut, quoted = match.start(), pattern is _QUOTE_START
    kept = text[:cut]
    # A forward's own words are usually empty: the forwarded message is what the reader wants.
    if cut < len(text) and (
        len(kept.strip()) >= _MIN_KEPT_CHARS
        and not _FORWARD_MARKER.search(kept)
        and not (quoted and is_courtesy_reply(kept.strip()))
    ):
        text = kept
    if "sent from my" in lowered:
        text = _MOBILE_FOOTER.sub("", text)
    return text.rstrip()


def is_courtesy_reply(reply: str) -> bool:
    """True when `reply` only thanks or acknowledges, changing nothing of what it quotes."""
    return (
        len(reply) <= _COURTESY_CHARS
        and _COURTESY_REPLY.match(reply) is not None
        and _CHANGES_COURSE.search(reply) is None
    )


def readable_body(text: str) -> str:
    """The body as `EmailMessage.body` carries it: normalised, newest message only, within budget."""
    if not text:
        return ""
    text = normalise_text(text[: BODY_CHAR_BUDGET * 4])
    text = trim_replies_and_signature(text)
    if _WEB_VIEW_MARK.search(text, 0, _WEB_VIEW_LINE_CHARS):
        text = _WEB_VIEW_LINES.sub("", text, count=1)
    return text[:BODY_CHAR_BUDGET]
