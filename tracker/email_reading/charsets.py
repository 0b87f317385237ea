"""Bytes to text under any declared charset, never raising.

Mail in the wild declares charsets it doesn't use ("us-ascii" over UTF-8, nothing over Windows-1252),
names charsets Python doesn't know, or mixes encodings in one part. We try the declared charset,
then UTF-8 with each undecodable byte read as Windows-1252, which recovers nearly every real case.
"""

from __future__ import annotations

import codecs
import re

_FALLBACK_ERRORS = "tracker-cp1252-fallback"
# Beyond this many undecodable bytes the text is not UTF-8 with strays but Windows-1252 (or binary).
_MAX_STRAY_BYTES = 10_000

# Declared names that lie in a known way: browsers read these as their supersets too.
_CHARSET_ALIASES = {
    "us-ascii": "utf-8",
    "ascii": "utf-8",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "ks_c_5601-1987": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-unknown": "utf-8",
    "unknown-8bit": "utf-8",
}


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return bad.decode("cp1252", errors="replace"), error.end


codecs.register_error(_FALLBACK_ERRORS, _cp1252_fallback)


def decode_bytes(data: bytes, charset: str | None = None) -> str:
    """Decode `data` as `charset` when that works, else as UTF-8 with Windows-1252 for stray bytes."""
    if not data:
        return ""
    codec = _text_codec(charset)
    if codec is not None and codec != "utf-8":
        try:
            return data.decode(codec)
        except (UnicodeError, LookupError, ValueError, TypeError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # The fallback runs once per stray byte: fine for a few, over a second for 2 MB of binary.
    if data.decode("utf-8", errors="replace").count("\ufffd") > _MAX_STRAY_BYTES:
        return data.decode("cp1252", errors="replace")
    return data.decode("utf-8", errors=_FALLBACK_ERRORS)


# What surrogateescape makes of a byte it could not decode (0x80-0xff).
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")


def repair_surrogates(text: str) -> str:
    """Re-decode text that the stdlib read as ASCII with surrogate escapes (raw 8-bit headers)."""
    # A flag test, then one scan in C (a generator over the characters took most of a header's time).
    if text.isascii() or not _ESCAPED_BYTE.search(text):
        return text
    return decode_bytes(text.encode("utf-8", errors="surrogateescape"))


def _text_codec(charset: str | None) -> str | None:
    """The Python codec for a declared charset, or None when it is unknown or not a text encoding."""
    if not charset:
        return None
    name = charset.strip().strip("\"'").lower()
    name = _CHARSET_ALIASES.get(name, name)
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError, TypeError):
        return None
    # bytes-to-bytes codecs (base64, zlib, rot13...) are not text encodings.
    if not getattr(info, "_is_text_encoding", True):
        return None
    return info.name
