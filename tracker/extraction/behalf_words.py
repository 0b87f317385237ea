"""A third party's words for sending for another, in each language: after them, the employer.

A display name ("Skillsmetric on behalf of Nordwind Freight") and a signature's line ("Testwise – namens
Gemeente Ooststad") write the sender before them and the organisation it acts for after them.
"""

from __future__ import annotations

import re

ON_BEHALF_OF = re.compile(
    r"(?:^| )(?:on behalf of|namens|im (?:auftrag|namen) von|pour le compte de|au nom de|per conto di|"
    r"a nome di|en nombre de|por cuenta de|em nome de) ",
    re.I,
)
