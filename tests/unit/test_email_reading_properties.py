"""Bad input never raises: generated MIME (random structure, encodings, charsets, garbage) always reads."""

import base64
import quopri
from datetime import datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.email_reading import charsets as charsets_module
from tracker.email_reading import cleanup, email_from_fields, headers, parse_date, parse_raw_email
from tracker.email_reading.cleanup import BODY_CHAR_BUDGET
from tracker.email_reading.html_text import html_to_text
from tracker.extraction import RulesExtractor
from tracker.models import EmailMessage, Extraction

PROPERTY_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

charsets = st.sampled_from(
    [
        "utf-8",
        "us-ascii",
        "iso-8859-1",
        "windows-1252",
        "shift_jis",
        "koi8-r",
        "utf-16",
        "x-made-up",
        "base64",
        "",
    ]
)
transfer_encodings = st.sampled_from(
    ["7bit", "8bit", "binary", "base64", "quoted-printable", "x-uuencode", "bogus"]
)
content_types = st.sampled_from(
    [
        "text/plain",
        "text/html",
        "text/enriched",
        "application/octet-stream",
        "image/png",
        "message/rfc822",
        "text",
    ]
)
texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300) | st.sampled_from(
    ["<p>Thank you for applying</p>", "=C3=A9t=C3=A9 =\n", "Unfortunately, we", "<div style="]
)
header_values = st.one_of(
    texts.map(lambda t: t.replace("\r", " ").replace("\n", " ")),
    st.sampled_from(
        ["=?utf-8?B?SGVsbG8=?=", "=?utf-8?Q?caf=C3=A9?=", "=?bogus?X?zz?=", "=?utf-8?B?@@@?=", "b'x\\xff'"]
    ),
)


def encode_payload(text: str, charset: str, encoding: str, garbage: bytes) -> bytes:
    try:
        data = text.encode(charset or "utf-8", errors="replace")
    except LookupError:
        data = text.encode("utf-8", errors="replace")
    data += garbage
    if encoding == "base64":
        return base64.encodebytes(data)
    if encoding == "quoted-printable":
        return quopri.encodestring(data)
    return data


@st.composite
def mime_parts(draw, depth: int = 0) -> bytes:
    """One MIME entity (headers + body), possibly multipart with nested parts."""
    if depth < 3 and draw(st.booleans()):
        boundary = draw(st.sampled_from(["b1", "==boundary==", "x" * 70, ""]))
        subtype = draw(st.sampled_from(["mixed", "alternative", "related", "bogus"]))
        children = draw(st.lists(mime_parts(depth + 1), max_size=3))
        body = b"".join(b"--" + boundary.encode() + b"\r\n" + child + b"\r\n" for child in children)
        if draw(st.booleans()):
            body += b"--" + boundary.encode() + b"--\r\n"
        header = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\r\n'.encode()
        return header + b"\r\n" + body
    charset, encoding = draw(charsets), draw(transfer_encodings)
    headers = (
        f"Content-Type: {draw(content_types)}; charset={charset}\r\nContent-Transfer-Encoding: {encoding}\r\n"
    )
    if draw(st.booleans()):
        headers += 'Content-Disposition: attachment; filename="a.txt"\r\n'
    payload = encode_payload(draw(texts), charset, encoding, draw(st.binary(max_size=40)))
    return headers.encode() + b"\r\n" + payload


@st.composite
def raw_emails(draw) -> bytes:
    headers = "".join(
        f"{name}: {draw(header_values)}\r\n"
        for name in ("From", "Subject", "Date", "Message-ID")
        if draw(st.booleans())
    )
    raw = headers.encode("utf-8", errors="surrogateescape") + b"MIME-Version: 1.0\r\n" + draw(mime_parts())
    if draw(st.booleans()):  # corrupt a few bytes anywhere
        position = draw(st.integers(min_value=0, max_value=max(0, len(raw) - 1)))
        raw = raw[:position] + draw(st.binary(min_size=1, max_size=8)) + raw[position + 1 :]
    return raw


def assert_well_formed(email: EmailMessage) -> None:
    assert isinstance(email, EmailMessage)
    assert all(
        isinstance(value, str) for value in (email.message_id, email.sender, email.subject, email.body)
    )
    assert len(email.body) <= BODY_CHAR_BUDGET
    assert email.received_at is None or email.received_at.tzinfo is not None


@PROPERTY_SETTINGS
@given(raw_emails())
def test_generated_mime_always_reads_to_an_email_message(raw):
    assert_well_formed(parse_raw_email(raw))


@PROPERTY_SETTINGS
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_always_read_to_an_email_message(raw):
    assert_well_formed(parse_raw_email(raw, message_id="m"))


@PROPERTY_SETTINGS
@given(
    st.one_of(st.none(), texts, st.integers()),
    header_values,
    header_values,
    header_values,
    st.one_of(st.none(), texts, st.binary(max_size=300).map(lambda b: b.decode("latin-1"))),
)
def test_loose_fields_always_read_to_an_email_message(message_id, sender, date, subject, body):
    assert_well_formed(email_from_fields(message_id, sender, date, subject, body))


@PROPERTY_SETTINGS
@given(st.text(max_size=60))
def test_parse_date_returns_none_or_an_aware_datetime(text):
    parsed = parse_date(text)
    assert parsed is None or (isinstance(parsed, datetime) and parsed.tzinfo is not None)


@PROPERTY_SETTINGS
@given(st.text(max_size=500))
def test_html_to_text_always_returns_text(html):
    assert isinstance(html_to_text(html), str)


visible_words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=1)


@PROPERTY_SETTINGS
@given(
    st.lists(
        st.tuples(visible_words, st.sampled_from(["p", "div", "span", "b", "a", "li", "h2", "td", "center"])),
        min_size=1,
        max_size=20,
    ),
    st.sampled_from(["<script>var hidden = 1;</script>", "<style>p { color: red }</style>", ""]),
)
def test_html_to_text_keeps_every_visible_word_in_order_and_nothing_unseen(cells, unseen):
    html = (
        "<html><body>" + unseen + "".join(f"<{tag}>{word}</{tag}> " for word, tag in cells) + "</body></html>"
    )
    # A cell of one word before another is a label written with its colon ("Role: Analyst").
    assert html_to_text(html).replace(": ", " ").split() == [word for word, _ in cells]


@PROPERTY_SETTINGS
@given(raw_emails())
def test_the_rules_extractor_reads_any_email_without_raising(raw):
    result = RulesExtractor().extract(parse_raw_email(raw))
    assert isinstance(result, Extraction)
    assert 0.0 <= result.confidence <= 1.0
    assert result.is_application or (
        result.status is None and result.company is None and result.job_title is None
    )


# Characters the shortcuts below look for, mixed with plain text.
_ODD_CHARACTERS = "\r\n\t\x00\x07\x0b\x0c\x1c\x1f\x7f\x85\xa0\xad\u034f\u1680"
_ODD_CHARACTERS += "\u200b\u200d\u2009\u2028\u202f\u3000\ufeff"
odd_texts = st.text(alphabet=st.sampled_from([*_ODD_CHARACTERS, "a", "é", " ", "\udce9", "\udc80", "x"]))


def test_normalising_touches_exactly_the_characters_its_table_maps():
    mapped = {chr(code) for code in cleanup._INVISIBLE}
    found = {chr(code) for code in range(0x110000) if cleanup._NEEDS_TRANSLATION.match(chr(code))}
    assert found == mapped


@PROPERTY_SETTINGS
@given(odd_texts)
def test_normalising_run_by_run_gives_what_translating_the_whole_text_gives(text):
    # The runs translated one by one (a shortcut for speed) against the whole text translated.
    whole = text.translate(cleanup._INVISIBLE)
    assert cleanup._TRANSLATED_RUN.sub(cleanup._translated, text) == whole


@PROPERTY_SETTINGS
@given(odd_texts)
def test_header_shortcuts_give_what_the_full_steps_give(text):
    assert (bool(headers._HAS_CONTROL.search(text))) == (text.translate(headers._CONTROL) != text)
    escaped = any("\udc80" <= ch <= "\udcff" for ch in text)
    raw = text.encode("utf-8", errors="surrogateescape") if escaped else b""
    repaired = charsets_module.decode_bytes(raw) if escaped else text
    assert charsets_module.repair_surrogates(text) == repaired
