"""Readable text to the text worth reading: invisible characters out, replies and signatures trimmed."""

from __future__ import annotations

import re

from tracker.email_reading.carried_markers import (
    ENGLISH_REPLY_OPENER,
    ENGLISH_REPLY_VERB,
    FORWARD_MARKERS,
    HEADER_NEXT_WORDS,
    HEADER_SENDER_WORDS,
    ORIGINAL_MESSAGE_MARKERS,
    REPLY_OPENERS,
    REPLY_VERBS,
    VERB_FIRST_OPENERS,
    VERB_FIRST_VERBS,
    alternation,
)
from tracker.email_reading.signature_cards import card_head

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
# Every character _INVISIBLE maps, and only those (a unit test checks), in runs.
_TRANSLATED_RUN = re.compile(_NEEDS_TRANSLATION.pattern + "+")
_SPACE_RUN = re.compile(r" {2,}")
_LINE_EDGES = re.compile(r" *\n *")
_BLANK_LINES = re.compile(r"\n{3,}")

# Where an earlier message starts inside a reply: everything from here on is someone else's text.
_OTHER_OPENERS = alternation(tuple({*REPLY_OPENERS, *VERB_FIRST_OPENERS} - {ENGLISH_REPLY_OPENER}))
_OTHER_VERBS = alternation(tuple({*REPLY_VERBS, *VERB_FIRST_VERBS} - {ENGLISH_REPLY_VERB}))
_QUOTE_START = re.compile(
    rf"^(?:{ENGLISH_REPLY_OPENER}\b[^\n]{{4,200}}(?:\n[^\n]{{0,200}})?\b{ENGLISH_REPLY_VERB}:[ ]*$|"
    rf"(?:{_OTHER_OPENERS})\b[^\n]{{4,200}}"
    rf"(?:\n[^\n]{{0,200}})?\b(?:{_OTHER_VERBS})[^\n]{{0,80}}:[ ]*$|"
    rf"-{{2,}}[ ]*(?:{alternation(ORIGINAL_MESSAGE_MARKERS)})[ ]*-{{2,}}|"
    r"_{10,}\nFrom:[^\n]*\n|From:[^\n]{1,200}\n(?:To|Sent|Date|Cc):[^\n]*\n|(?:>[^\n]*\n)+>|"
    rf"^(?-i:{alternation(HEADER_SENDER_WORDS)}) ?:[^\n]{{1,200}}\n"
    rf"(?-i:{alternation(HEADER_NEXT_WORDS)}) ?:[^\n]*\n)",
    re.M | re.I,
)
_FORWARD_MARKER = re.compile(alternation(FORWARD_MARKERS), re.I)
_MIN_KEPT_CHARS = 20
# A reply that only thanks or acknowledges ("Thank you for letting me know.", "Thanks, Tuesday works.")
# adds nothing to the message it quotes: that message is what the reader wants, as in a forward. One
# that changes the course ("Thanks, but I'd like to withdraw") is the newest news and stays alone.
_COURTESY_CHARS = 80
_COURTESY_REPLY = re.compile(
    r"(?:many |muchas |mil |molte |muito )?(?:thanks?|thank you|great|ok(?:ay)?|noted|perfect|got it|"
    r"received|sounds good|much appreciated|appreciated?|danke|vielen dank|merci|gracias|grazie|dank je|"
    r"obrigad[oa])\b",
    re.I,
)
_CHANGES_COURSE = re.compile(
    r"withdr[ae]w|declin|accept|cancel|reschedul|no longer|not interested|zurück|absag|\?", re.I
)
# Every _QUOTE_START alternative contains one of these; without any, the pattern can't match.
_QUOTE_MARKERS = tuple(
    word.lower()
    for word in (*REPLY_VERBS, *VERB_FIRST_VERBS, *ORIGINAL_MESSAGE_MARKERS, "from:", ">")
    + tuple(f"\n{word}{colon}" for word in HEADER_SENDER_WORDS for colon in (":", " :"))
)
_SIGNATURE_START = re.compile(r"^-- ?\n", re.M)
# A company's letterhead under the "-- " delimiter ("Acme GmbH, Registergericht Ulm HRB 7012", "Acme Ltd is a
# company registered in England", "Exemple SAS au capital de 50 000 euros - RCS Lyon"): often the only place
# an ATS's mail names the employer, so such a signature is kept (its delimiter dropped).
_LETTERHEAD = re.compile(
    r"(?i:registergericht|amtsgericht|handelsregister|sitz der gesellschaft|registered in|registered office|"
    r"company (?:no|number)\b|au capital de|siège social|kamer van koophandel|registro mercantil|"
    r"registro (?:delle )?imprese)|\b(?:HRB|RCS|KvK|CIF|NIF|CNPJ|P\. ?IVA)\b"
)
# A posting's summary under the delimiter, its first line labelling the post ("Vacature: X", "Position: X",
# "Poste : X", "Stelle: X", "Puesto: X", "Vaga: X", "Posizione: X"): an agency's footer naming the role (and
# its client) the mail above speaks of without a name, kept as a letterhead is.
_POSTING_SUMMARY = re.compile(
    r"\A\s*(?i:vacature|functie|vacancy|position|role|job|post|poste|emploi|stelle|puesto|cargo|vacante|vaga|"
    r"posizione|ruolo)[ \t]?:[ \t]*\S"
)
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


# A form's label cell: one to three words of letters, only the first capitalised ("Company", "Job title",
# "Stelle"); a name of two words or more capitalises each ("Stadtwerke Grünau GmbH" beside its town).
_LABEL_CELL = re.compile(r"[^\W\d_][^\W\d_A-ZÀ-Þ]*(?:[ /-][^\W\d_A-ZÀ-Þ]+){0,2}")
_LABEL_CELL_CHARS = 30
# A table a converter wrote as text, one row a line: "| Position | Avionics Technician |".
_PIPE_ROW = re.compile(r"^\|[ ]*([^|\n]+?)[ ]*\|[ ]*([^|\n]+?)[ ]*\|[ ]*$", re.M)


def is_label_cell(cell: str) -> bool:
    """True when a table's cell reads as a form's label ("Company") before the cell of its value."""
    return len(cell) <= _LABEL_CELL_CHARS and _LABEL_CELL.fullmatch(cell) is not None


def labelled_rows(text: str) -> str:
    """`text` with each text table's row of a label and its value written "Position: Avionics Technician",
    as the readers of labelled lines expect (other rows as they are)."""
    if not (text.startswith("|") or "\n|" in text):
        return text
    return _PIPE_ROW.sub(lambda row: f"{row[1]}: {row[2]}" if is_label_cell(row[1]) else row[0], text)


def normalise_text(text: str) -> str:
    """Invisible characters removed, odd spaces folded, one blank line at most between paragraphs."""
    # Each step only when needed: most text is already clean, and substring tests are far cheaper.
    if _NEEDS_TRANSLATION.search(text):
        # Only the runs that need it: str.translate with a table that deletes characters looks every
        # character up one by one (a tenth of a microsecond each), and these are a few in a long text.
        text = _TRANSLATED_RUN.sub(_translated, text)
    if "  " in text:
        text = _SPACE_RUN.sub(" ", text)
    if " \n" in text or "\n " in text:
        text = _LINE_EDGES.sub("\n", text)
    if "\n\n\n" in text:
        text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


def _translated(run: re.Match[str]) -> str:
    return run.group().translate(_INVISIBLE)


def trim_replies_and_signature(text: str) -> str:
    """The newest message only: quoted replies and a '-- ' signature cut off (never the whole text)."""
    return _trimmed(text)[0]


def _trimmed(text: str) -> tuple[str, int | None]:
    """The newest message, and where the message it quotes starts (None when it quotes none)."""
    cut = len(text)
    lowered = text.lower()
    patterns = [_SIGNATURE_START] if "\n--" in text else []
    if any(marker in lowered for marker in _QUOTE_MARKERS):
        patterns.append(_QUOTE_START)
    quoted = False
    signature = None
    for pattern in patterns:
        match = pattern.search(text)
        if match and 0 < match.start() <= cut:
            cut, quoted = match.start(), pattern is _QUOTE_START
            signature = None if quoted else match
    kept = text[:cut]
    if signature is not None and (letterhead := _letterhead(text, signature.end(), len(patterns) > 1)):
        kept = f"{kept.rstrip()}\n\n{letterhead}"
    # A forward's own words are usually empty: the forwarded message is what the reader wants.
    if cut < len(text) and (
        len(kept.strip()) >= _MIN_KEPT_CHARS
        and not _FORWARD_MARKER.search(kept)
        and not (quoted and is_courtesy_reply(kept.strip()))
    ):
        text = kept
    if "sent from my" in lowered:
        text = _MOBILE_FOOTER.sub("", text)
    return text.rstrip(), cut if quoted else None


def _letterhead(text: str, start: int, may_quote: bool) -> str:
    """The signature from `start` up to any quoted message below it, when it is a company's letterhead; else
    the head of a person's card that opens it (signature_cards.py)."""
    quote = _QUOTE_START.search(text, start) if may_quote else None
    block = text[start : quote.start() if quote else len(text)]
    if _LETTERHEAD.search(block) or _POSTING_SUMMARY.match(block):
        return block.strip()
    return card_head(block)


# Plain text hard-wrapped by its sender (Outlook's and many ATSs' text parts at 76 columns, Thunderbird at
# 72): its longest breakable line is within these columns, and a sentence runs on over line breaks.
_WRAP_COLUMNS = range(60, 81)
_WRAPPED_LINES = 2
# Wrapped text's longest line is near the column it was wrapped at (72, 76).
_USUAL_COLUMN = 68
# A line that opens a list item, a quote or a labelled field ("Time: ...") starts anew, wherever the line
# above ends.
# A calendar's date line under the event's name ("Monday June 29, 2026 ⋅ 2pm") starts anew too.
_ITEM_START = re.compile(
    r"[-*•>–·]|\d{1,2}[.)] |[A-Z][\w-]*(?: [\w-]+){0,2} ?: |"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? "
    r"(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d)"
)


def unwrap_lines(text: str) -> str:
    """`text` with the lines a hard wrap broke joined again ("Thank you for applying for the Quality\n
    Inspector position" -> one line): a line is joined to the one above when the above is as long as the
    wrap left it, that is when the next line's first word would not have fit beside it. A sentence
    ending the line above with a capital after it, a blank line, a list item, a quote or a labelled field
    are kept apart. Text whose long lines run past the columns is no wrapped text and is left as it is."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    # A word longer than the column (a link) stands alone on a line of its own, whatever its length.
    breakable = [len(line) for line in lines if " " in line]
    width = max(breakable, default=0)
    if width not in _WRAP_COLUMNS:
        return text
    pairs = list(zip(lines, lines[1:], strict=False))
    broken = [_broken_at_width(above, line, width) for above, line in pairs]
    # Several lines cut at the column in the middle of a sentence (no full stop at their end), the column
    # where wraps put it or lowercase going on below one: a wrapped text. Otherwise (a layout of short
    # lines and items, one long line) only a sentence seen going on is joined.
    cuts = [
        (above, line)
        for cut, (above, line) in zip(broken, pairs, strict=True)
        if cut and (above[-1] not in ".!?:" or line[0].islower())
    ]
    wrapped = len(cuts) >= _WRAPPED_LINES and (
        width >= _USUAL_COLUMN or any(line[0].islower() for _, line in cuts)
    )
    joined = [lines[0]]
    for cut, (above, line) in zip(broken, pairs, strict=True):
        goes_on = (
            cut
            and (_may_go_on(above, line) if wrapped else _goes_on(above, line))
            and not (above[-1] in ".!?:" and line[0].isupper())
        )
        joined.append(" " if goes_on else "\n")
        joined.append(line)
    return "".join(joined)


def _broken_at_width(above: str, line: str, width: int) -> bool:
    """True when a wrap at `width` would have put `line`'s first word on a line of its own: the word
    does not fit beside `above`. A link alone on its line is no sentence to go on, nor one going on."""
    word = line.split(" ", 1)[0]
    return " " in above and bool(word) and len(above) + 1 + len(word) > width >= len(word)


def _may_go_on(above: str, line: str) -> bool:
    """True unless `line` opens a list item, a quote or a labelled field ("- Analyst" under a sentence is
    no item)."""
    if not _ITEM_START.match(line):
        return True
    return line[0] in "-–" and not above.endswith(":") and above[0] not in "-–"


def _goes_on(above: str, line: str) -> bool:
    """True when `line` carries on the sentence `above` left open: in lowercase, after a comma, or to the
    full stop `above` lacks."""
    return line[0].islower() or above[-1] == "," or (above[-1].isalnum() and line[-1] in ".!?")


def is_courtesy_reply(reply: str) -> bool:
    """True when `reply` only thanks or acknowledges, changing nothing of what it quotes."""
    return (
        len(reply) <= _COURTESY_CHARS
        and _COURTESY_REPLY.match(reply) is not None
        and _CHANGES_COURSE.search(reply) is None
    )


def readable_body(text: str) -> str:
    """The body as `EmailMessage.body` carries it: normalised, newest message only, within budget."""
    return readable_text(text)[0]


# Enough of a quoted message for who wrote it and what it asked ("On Tue, Sam Lee <...> wrote: > I'd like to
# apply for the line cook job you posted"), not a thread's history.
QUOTED_CHAR_BUDGET = 600


def readable_text(text: str) -> tuple[str, str]:
    """The body as `EmailMessage.body` carries it, and the start of the message it quotes as
    `EmailMessage.quoted` does (its header line first; "" when the body quotes none)."""
    if not text:
        return "", ""
    text = normalise_text(text[: BODY_CHAR_BUDGET * 4])
    body, quote_at = _trimmed(text)
    quoted = "" if quote_at is None else text[quote_at : quote_at + QUOTED_CHAR_BUDGET]
    if _WEB_VIEW_MARK.search(body, 0, _WEB_VIEW_LINE_CHARS):
        body = _WEB_VIEW_LINES.sub("", body, count=1)
    return body[:BODY_CHAR_BUDGET], quoted
