"""A head hunter's approach read from its parts, in wording the outreach phrases don't list.

Fresh batches of every language held recruiters' approaches that no OUTREACH phrase read and that fell to
"other" ("Je profiel sprong eruit", "Ihr Profil passt aus meiner Sicht sehr gut", "your name came up more than
once", "Estamos apoyando a una compañía minera"). Whatever the wording, an approach is built the same way:
a person writes, about a post, and says at least two of

- what it pays ("€75-85k", "£70,000", "Jahresbruttogehalt", "salaire", "renta bruta");
- why the reader: their profile, CV, background or name ("your profile", "Ihr Profil", "je cv", "tu perfil");
- for whom: a client left unnamed or a confidential search ("my client", "Mandant", "opdrachtgever",
  "retained by", "confidential", "vertraulich").

Read only where nothing else was (kind_without_news.kind_of_unread_mail): no application, news or step of
the reader's is named, so a receipt or an agency's update about a post applied to is never read here.
"""

from __future__ import annotations

import re

from tracker.extraction.person_names import looks_like_person_name
from tracker.extraction.text import PreparedEmail

# The kind's reason for an approach read here: mail no pattern read, which the readers of a person's words
# about the reader's own candidacy may still read as an application's (answered_steps.UNREAD_READINGS).
HEADHUNTER_APPROACH = "a head hunter's approach, read from its parts"
# A sum of money with its currency, or the words that name pay.
_PAY = re.compile(
    r"(?:[€£$]|\b(?:eur|chf|gbp|usd|r\$)) ?\d|\b\d[\d.,]{0,9} ?(?:k\b|€|£|eur\b|chf\b)|"
    r"\b(?:salary|package|base|compensation|gehalt|jahresbruttogehalt|vergütung|salaire|rémunération|"
    r"salario|sueldo|renta|salário|remuneração|salaris|bruto|stipendio|retribuzione|ral)\b"
)
# The reader's own record, the reason the writer came to them: "your profile", "Ihr Lebenslauf", "je cv",
# "tu experiencia", "il suo profilo", "your name came up".
_THE_READERS_RECORD = re.compile(
    r"\b(?:your|ihr|ihre|dein|deine|votre|ton|tu|su|je|jouw|uw|seu|teu|o seu|o teu|il tuo|il suo|tuo|suo) "
    r"(?:[\w-]+ ){0,2}?(?:profile|profil|perfil|profiel|profilo|background|cv|lebenslauf|werdegang|parcours|"
    r"experience|expérience|erfahrung|experiencia|experiência|ervaring|esperienza|name|nom|nombre|nome|naam)\b"
)
# A client the writer searches for, unnamed, or the search said confidential.
_FOR_A_CLIENT = re.compile(
    r"\b(?:client|clients|klant|opdrachtgever|kunde|kunden|mandant|mandanten|cliente|clientes|retained|"
    r"mandat|mandato|confidenti\w*|confidenci\w*|confidenzial\w*|vertraulich\w*|vertrouwelijk\w*|"
    r"riservat\w*|riservatezza|discreet\w*|discret\w*|discrezione|diskret\w*)\b"
)
# A network relaying the writer's message ("Kate Doe via LinkedIn"), or the writer's firm after a bar.
_RELAY_OR_FIRM = re.compile(r" (?:via|\|) .*$")
# How much of the mail is read: an approach says its parts before any signature's small print.
_READ = 2500


def approaches_the_reader(email: PreparedEmail) -> bool:
    """True when a person writes about a post saying at least two of its pay, the reader's profile and the
    client it is for (the parts of a head hunter's approach), as the first mail of its thread: an approach
    answers no mail of the reader's ("RE: your reply to the Data Analyst post" follows an application)."""
    if email.answers_a_mail or not looks_like_person_name(_RELAY_OR_FIRM.sub("", email.sender.name)):
        return False
    text = f"{email.subject_lower}\n{email.body_lower[:_READ]}"
    parts = (_PAY.search(text), _THE_READERS_RECORD.search(text), _FOR_A_CLIENT.search(text))
    return sum(part is not None for part in parts) >= 2
