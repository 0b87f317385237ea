"""How mail clients mark a message carried inside another, in the languages the reading knows.

One table for the two readers of these marks: email_reading.cleanup, which cuts the quoted message off a
reply (the newest message is what a reply says), and extraction.carried_mail, which reads the message a
forward or a courtesy reply carries (what the user passed on is what they want read).
"""

from __future__ import annotations

import re

# A forward's marker line: Gmail's "---------- Forwarded message ---------", Apple's "Begin forwarded
# message:", Yahoo's "----- Forwarded Message -----", and their translations.
FORWARD_MARKERS = (
    "forwarded message", "begin forwarded message", "weitergeleitete nachricht", "message transféré",
    "mensaje reenviado", "messaggio inoltrato", "doorgestuurd bericht", "mensagem encaminhada",
)  # fmt: skip
# Outlook's rule over the original in a reply or a forward: "-----Original Message-----".
ORIGINAL_MESSAGE_MARKERS = (
    "original message", "ursprüngliche nachricht", "message d'origine", "mensaje original",
    "messaggio originale", "oorspronkelijk bericht", "mensagem original",
)  # fmt: skip
# A reply's header line: "On <date>, <sender> wrote:", "Le <date>, <sender> a écrit :", "Am <date> schrieb
# <sender>:", "El ... escribió:", "Il ... ha scritto:", "Op ... schreef:", "Em ... escreveu:"; Apple Mail's
# Portuguese "No dia ..., <sender> escreveu:" and Dutch "Op ... heeft <sender> het volgende geschreven:".
# English's opener and verb are named: email_reading.cleanup reads English's header apart (over two lines),
# and extraction.quoted_applications reads only English's writer.
ENGLISH_REPLY_OPENER = "On"
ENGLISH_REPLY_VERB = "wrote"
REPLY_OPENERS = (ENGLISH_REPLY_OPENER, "Le", "El", "Il", "Op", "Em", "No dia")
REPLY_VERBS = (
    ENGLISH_REPLY_VERB, "a écrit", "escribió", "ha scritto", "schreef", "escreveu", "het volgende geschreven"
)  # fmt: skip
# German and Dutch put the verb before the sender: "Am <date> schrieb <sender>:", "Op <date> schreef
# <sender>:".
VERB_FIRST_OPENERS = ("Am", "Op")
VERB_FIRST_VERBS = ("schrieb", "schreef")
# Outlook's header over the original in the other languages: "De: <sender>" then "Enviado:", "Para:"...
# ("Von:" / "Gesendet:", "De :" / "Envoyé :", "Da:" / "Inviato:", "Van:" / "Verzonden:").
HEADER_SENDER_WORDS = ("De", "Von", "Van", "Da")
HEADER_NEXT_WORDS = (
    "Enviado", "Enviada", "Para", "Data", "Fecha", "Gesendet", "An", "Datum", "Envoyé", "À", "Date",
    "Inviato", "Verzonden", "Aan", "Verstuurd", "Cc",
)  # fmt: skip
# The header's subject line, English's too: "Subject:", "Betreff:", "Objet :", "Oggetto:".
HEADER_SUBJECT_WORDS = ("Subject", "Betreff", "Objet", "Asunto", "Oggetto", "Onderwerp", "Assunto")


def alternation(words: tuple[str, ...]) -> str:
    """The words as one regex alternation, longest first (no word is a prefix that hides a longer one)."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
