"""A person's card under the "-- " delimiter: their name, then their post and the organisation they write
for ("-- \\nPriya Raman\\nTalent Partner | Hollowbrook Foods\\n+1 555 0100"). Mail clients set a person's
own signature under that delimiter (Gmail's plain text does), and written by hand it is often the one place
naming the employer: the card's short lines are kept, its long ones (a disclaimer, a quote) are not.
"""

from __future__ import annotations

import re

# The card opens with its writer's name, perhaps with a form of address or letters after it, alone on its
# line or before the rest of the card on the same one: "Dr Sam Whitlock", "Tom", "Greg Fox | Founder".
# Across Europe and Latin America the name often follows the writer's professional title ("Dott.ssa Anna
# Greco", "Arch. Paolo Neri", "Lic. Ana Ruiz", "Eng.ª Rita Sousa", "Dipl.-Ing. Eva Roth", "ir. Joost de
# Wit"), and a surname may hold a lowercase particle ("Anouk van der Berg", "Luca di Stefano").
_TITLES = (
    r"Dr|Prof|Mr|Mrs|Ms|Mx|Dott|Dr\.ssa|Dott\.ssa|Prof\.ssa|Ing|Arch|Arq|Geom|Avv|Rag|Lic|Lcda|Dra|Eng|Mag|"
    r"Dipl\.-[A-Z][a-z]{1,5}|ir|ing|drs|mr|dr|Me"
)
_PARTICLE = r"(?:van|von|de|der|den|di|da|del|della|dos|das|du|ten|ter|zu)"
_NAME_OPENING = re.compile(
    rf"(?:(?:{_TITLES})\.?(?:ª|º)? )?[A-Z][\w'’-]*(?:(?: {_PARTICLE}){{0,2}} [A-Z][\w'’.-]*){{0,3}}"
    r"(?:,? [A-Z][A-Za-z]{1,5})?(?:$|[ \t]*[|,·•–—-][ \t])"
)
_CARD_LINES = 6
_CARD_LINE_CHARS = 70


def card_head(block: str) -> str:
    """The short lines opening `block` (the text under the delimiter) when its first line opens with a
    name, up to the first long or empty line; "" when it opens with anything else."""
    lines = block.strip().split("\n")
    if not _NAME_OPENING.match(lines[0].strip()):
        return ""
    card = []
    for line in lines[:_CARD_LINES]:
        line = line.strip()
        if not line or len(line) > _CARD_LINE_CHARS:
            break
        card.append(line)
    return "\n".join(card)
