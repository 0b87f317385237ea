"""The words of a company's register line, which a sender's footer writes beside its name and address
("Werkstoffe GmbH · HRB 4711 · Amtsgericht Bremen", "Exemple SAS · RCS Lyon", "KvK 12345678").

One list for the readers that tell such a line (kind_evidence.py: a footer's marks are no job cards;
employer_signoffs.py: a legal name that a registration follows); each adds, beside it, the words only it
reads. Lowercase: a caller that reads mixed case says so in its pattern.
"""

from __future__ import annotations

# A register's court and seat (German), its number's label (German, Dutch, French), as an alternation.
REGISTER_WORDS = "hrb|amtsgericht|registergericht|sitz|kvk|rcs"
