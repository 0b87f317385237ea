"""Who wrote the mail a reply quotes, read the same way by every reader of a quote (quoted_messages.py,
quoted_applications.py): the quote's lines without their quote marks, and whether its writer is the replier
quoting themself (the same address, or the replier's display name holding the writer's name), whose quote
repeats their own mail."""

from __future__ import annotations

import re

from tracker.extraction.text import Sender

# An address in a header's writer: "Sam Lee <sam@x.com>", "sam@x.com".
_ADDRESS = re.compile(r"<?\s*[^<>\s@]+@[^<>\s]+\s*>?")


def unquoted(line: str) -> str:
    """A quoted line without its quote marks: "> > Hi Sam" is "Hi Sam"."""
    return line.lstrip("> ")


def written_by_the_replier(writer: str, sender: Sender) -> bool:
    """True when a quote's `writer` ("Sam Lee", "Sam Lee <sam@x.com>", "<sam@x.com>") is the replier: the
    same address, or, the writer's name given, one the replier's display name holds word for word ("Sam Lee"
    in "Sam Lee | Acme Bakery")."""
    address = _ADDRESS.search(writer)
    if address is not None and address.group().strip("<> ").lower() == sender.address:
        return True
    name = " ".join(_ADDRESS.sub("", writer).strip(" \"'").lower().split())
    replier = " ".join(sender.name.strip(" \"'").lower().split())
    return bool(name) and bool(replier) and f" {name} " in f" {replier} "
