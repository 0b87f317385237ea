"""Message-IDs in the style each kind of sender really uses, and Gmail-style message/thread ids."""

from __future__ import annotations

import random
import string
import zlib
from datetime import datetime

_B64 = string.ascii_letters + string.digits + "+_-"
_HEX = "0123456789abcdef"


def message_id(rng: random.Random, style: str, domain: str, when: datetime) -> str:
    """A unique Message-ID header value ("<...@...>") shaped like `style`'s mail servers make them."""
    ms = int(when.timestamp() * 1000)
    if style == "gmail":
        return f"<CA{_pick(rng, _B64, 12)}+{_pick(rng, _B64, 30)}={_pick(rng, _B64, 8)}@mail.gmail.com>"
    if style == "outlook":
        prefix = rng.choice(["BN8PR", "SA1PR", "CH2PR", "DM6PR"])
        host = f"{prefix}{rng.randint(10, 19)}MB{rng.randint(1000, 9999)}"
        return f"<{host}{_pick(rng, _HEX, 32).upper()}@{host}.namprd{rng.randint(10, 19)}.prod.outlook.com>"
    if style == "java":
        serial = f"{rng.randint(10**8, 10**10)}.{rng.randint(10**5, 10**7)}.{ms}"
        return f"<{serial}.JavaMail.app@prod-mail0{rng.randint(1, 9)}.{domain}>"
    if style == "sendgrid":
        return f"<{_pick(rng, _B64, 22)}@{domain}>"
    if style == "ses":
        parts = "-".join(_pick(rng, _HEX, n) for n in (8, 4, 4))
        return f"<0100{ms:012x}-{parts}-000000@email.amazonses.com>"
    if style == "linkedin":
        serial = f"{rng.randint(10**9, 10**10)}.{rng.randint(1000, 9999)}.{ms}"
        return f"<{serial}@ltx1-app{rng.randint(1000, 9999)}.prod.linkedin.com>"
    if style == "calendar":
        return f"<calendar-{_pick(rng, _HEX, 8)}-{_pick(rng, _HEX, 4)}-{_pick(rng, _HEX, 12)}@google.com>"
    return f"<{ms}.{_pick(rng, _HEX, 10)}@{domain}>"


def gmail_id(when: datetime, message_id: str) -> str:
    """A 16-hex-digit id like Gmail's: the send time in milliseconds, then bits from the Message-ID."""
    ms = int(when.timestamp() * 1000)
    return f"{(ms << 20) | (zlib.crc32(message_id.encode()) & 0xFFFFF):016x}"


def _pick(rng: random.Random, alphabet: str, length: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(length))
