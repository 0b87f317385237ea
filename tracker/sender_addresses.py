"""The display name and the address of a From header, read safely and fast."""

from __future__ import annotations

import re
from email.utils import parseaddr


def split_sender(sender: str) -> tuple[str, str]:
    """(display name, address) of a From header; ('', '') when it can't be read.

    The stdlib recurses once per ':' (group syntax), so a crafted header exhausts the stack.
    """
    # "Roe, Jane <jane.roe@acme.com>" unquoted: parseaddr would read "Roe" as an address of its own; and
    # "Acme@myworkday.com <acme@myworkday.com>" (an address written as the display name) as the address.
    angle = _ANGLE_ADDRESS.match(sender)
    if angle and ("," in angle["name"] or "@" in angle["name"]) and '"' not in angle["name"]:
        return angle["name"].strip(), angle["address"]
    plain = _NAMED_ADDRESS.fullmatch(sender) or _BARE_ADDRESS.fullmatch(sender)
    if plain:
        return plain.groupdict().get("name") or "", plain["address"]
    try:
        return parseaddr(sender)
    except RecursionError:
        return "", ""


_ANGLE_ADDRESS = re.compile(r"^(?P<name>[^<>]*)<(?P<address>[^<>@\s]+@[^<>\s]+)>\s*$")
# The common shapes, "Jane Doe <jane.doe@acme.com>" and "jobs@acme.com": words and spaces, an address
# of dotted words. The stdlib's parser (pure Python: a good part of reading a short mail) reads them
# just so; anything else (quotes, commas, comments, dots in the name) goes to it.
_DOTTED_WORDS = r"[\w%+-]+(?:\.[\w%+-]+)*@[\w-]+(?:\.[\w-]+)*"
_NAMED_ADDRESS = re.compile(rf" *(?:(?P<name>[\w'&-]+(?: [\w'&-]+)*) *)?<(?P<address>{_DOTTED_WORDS})>")
_BARE_ADDRESS = re.compile(rf" *(?P<address>{_DOTTED_WORDS}) *")


def sender_address(sender: str) -> str:
    """The bare address of a From header ('' when there is none: "Acme Careers" is only a name)."""
    address = split_sender(sender)[1].lower()
    return address if "@" in address else ""


def sender_domain(sender: str) -> str:
    """The domain of a From header's address ('' when there is none)."""
    address = sender_address(sender)
    return address.rsplit("@", 1)[-1] if "@" in address else ""
