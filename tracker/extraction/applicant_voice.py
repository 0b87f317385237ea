"""Whether the reader wrote the mail, as the applicant: "Please find attached my CV", "Tuesday works for
me". The kind rules (kind_rules.py) read such mail as the reader's own, not an employer's news.

Two structures decide who writes a voice phrase, not one more phrase: the mailbox (a personal one: a
free mailbox, or a domain made of the writer's own name, "hello@jordanlee.dev"; any person's for a voice
about their own application, "I would like to apply") and whom the writer
addresses before it (an employer names the reader's application or CV in the second person: "danke für
Ihre Bewerbung. Donnerstag passt mir gut", "Thanks for your CV. I'm free Thursday").
"""

from __future__ import annotations

import re
import unicodedata

from tracker.email_reading.carried_markers import (
    FORWARD_MARKERS,
    ORIGINAL_MESSAGE_MARKERS,
    REPLY_VERBS,
    VERB_FIRST_VERBS,
)
from tracker.extraction import platforms, reader_words
from tracker.extraction.kind_evidence import Evidence
from tracker.extraction.person_names import looks_like_person_name
from tracker.extraction.text import PreparedEmail, Sender

# The reader's papers named by the one who received them: "thanks for your CV", "bring your résumé".
_THE_READERS_CV = re.compile(
    r"\byour (?:cv|resume|résumé)\b|\bihr(?:en)? lebenslauf\b|\bdein(?:en)? lebenslauf\b|\bvotre cv\b|"
    r"\bton cv\b|\btu (?:cv|currículum)\b|\bje cv\b|\bo (?:seu|teu) (?:cv|currículo)\b|"
    r"\bil (?:tuo|suo) (?:cv|curriculum)\b"
)
# The reader's application named to them ("Ihre Bewerbung", "you applied for"), not the writer's own
# ("meiner Bewerbung als", "ma candidature au poste") nor a process ("le processus de recrutement").
# (Not the applicant's "thank you for considering me".)
_SECOND_PERSON = re.compile(
    r"\b(?:you(?:'ve| have)? (?:recently )?applied|"
    rf"{reader_words.alternation(reader_words.POSSESSIVE, reader_words.DUTCH_POSSESSIVE)})\b"
)
# News told in the first person is the writer's own: "so I've accepted another offer".
_FIRST_PERSON_BEFORE = re.compile(r"\b(?:i|i've|i have|ich|ich habe|j'ai|yo|he|ik|heb|eu|io|ho)\s+$")
# What a reply's or a forward's header holds (carried_mail.py reads which message is carried).
_CARRIED_MARKS = (*FORWARD_MARKERS, *ORIGINAL_MESSAGE_MARKERS, *REPLY_VERBS, *VERB_FIRST_VERBS)
# A voice phrase about the writer's own application or papers, which no employer says of itself
# ("I would like to apply", "hiermit bewerbe ich mich", "following up on my application"); "Tuesday
# works for me" is said on both sides.
_OWN_APPLICATION = re.compile(
    r"apply|application|bewerb|candidat|sollicit|\bcv\b|resume|résumé|lebenslauf|curricul|currículo|postul|"
    # Accepting an offer: "I'm delighted to accept", "ich nehme Ihr Angebot gerne an"; thanking for one's
    # interview: "muchas gracias por la entrevista de ayer".
    r"accept|angebot|aanbod|offre|oferta|proposta|offerta|interview|gespräch|entretien|entrevista|colloquio|"
    r"gesprek"
)
# A university's mailboxes for its students and graduates ("stud.uni-heidelberg.de", "student.harwell.ac.uk",
# "etu.univ-lyon.fr", "alumnos.upm.es", "alunos.ulisboa.pt", "studenti.unimi.it"): a person's own, no
# hiring's (an employer at a university writes from its staff's or its HR's domain).
_STUDENTS_MAILBOX = re.compile(
    r"(?:^|\.)(?:stud|students?|studenten|studenti|studium|etu|etud|etudiants?|alumni|alumnos|alumnes|alunos|"
    r"estudiantes)\."
)
# Mailboxes of a system or of hiring: an employer named after its founder writes from these
# ("careers@hugoboss.com"), a person's own domain from "hello@", "contact@" or their name.
_SYSTEM_MAILBOX = re.compile(
    r"no-?reply|do-?not-?reply|career|job|recruit|talent|hiring|hr\b|people|bewerbung|karriere|personal|"
    r"selec|empleo|emploi|rrhh|rh\b|recrut|selezione|lavora|werving|vacature|vagas|trabalhe"
)


def written_by_the_applicant(email: PreparedEmail, evidence: Evidence) -> bool:
    """True when the writer speaks as the applicant before any employer's news or any word to the
    reader as the applicant, from a mailbox that names no employer (the reader's own)."""
    voice_at = evidence.applicant_voice_at
    if voice_at is None:
        return False
    body = email.body_lower
    # News in the writer's own sentence is theirs: "purtroppo non potrò essere presente al colloquio".
    news = [
        at
        for at in (evidence.confirmation_at, evidence.news_at)
        if at is not None
        and at < voice_at
        and any(mark in body[at:voice_at] for mark in ".!?\n")
        and not _FIRST_PERSON_BEFORE.search(body, max(0, at - 12), at)
    ]
    if news:
        return False
    # Up to the end of the voice's paragraph: a reply's quoted invitation below it names "your CV" too.
    paragraph_end = body.find("\n\n", voice_at)
    if paragraph_end < 0:
        paragraph_end = len(body)
    if any(
        found.start() < paragraph_end and _SECOND_PERSON.search(body, max(0, found.start() - 8), found.end())
        for found in email.body_hits.get("APPLICATION_REFERENCE", ())
    ):
        return False  # "danke für Ihre Bewerbung. Donnerstag passt mir gut": the employer's answer
    if _THE_READERS_CV.search(body, 0, paragraph_end):
        return False  # "Thanks for your CV. I'm free Thursday", "Tuesday works. Bring your CV": its reader
    if (
        platforms.domain_employer(email.sender) is None
        or _a_personal_domain(email.sender)
        or _STUDENTS_MAILBOX.search(email.sender.domain)
    ):
        return True  # "Der Termin am Donnerstag passt mir sehr gut" from "@stud.uni-heidelberg.de"
    # From a university's or a current employer's address ("j.lee@student.harwell.ac.uk"): a person, no
    # hiring mailbox, applying in their own words, not quoting them ("Thanks, received. On Tue ... Robin
    # wrote: > please find attached my application" is the employer's answer).
    before_the_voice = body[:voice_at]
    if "\n>" in before_the_voice or any(mark in before_the_voice for mark in _CARRIED_MARKS):
        return False
    return (
        any(_OWN_APPLICATION.search(voice.group(0)) for voice in email.body_hits["APPLICANT_VOICE"])
        and looks_like_person_name(email.sender.name)
        and not _SYSTEM_MAILBOX.search(f"{email.sender.local} {email.sender.name.lower()}")
        and _signed_by_the_sender(email, voice_at)
        and not _signs_for_the_mailbox_owner(email)
    )


def tells_their_own_step(email: PreparedEmail, evidence: Evidence) -> bool:
    """True when a person writing from their own mailbox tells a step as their own, in the first person
    and to nobody named in the second: "Je serai présente jeudi à 10h pour l'entretien. Camille Roche"
    from laposte.net (an employer inviting names the reader: "pouvez-vous venir", "we'll see you")."""
    step_at = evidence.process_at
    if step_at is None or evidence.confirmation_at is not None or evidence.news_at is not None:
        return False
    sender = email.sender
    if not (
        platforms.domain_employer(sender) is None
        or _a_personal_domain(sender)
        or _STUDENTS_MAILBOX.search(sender.domain)
    ):
        return False
    if not looks_like_person_name(sender.name) or _SYSTEM_MAILBOX.search(
        f"{sender.local} {sender.name.lower()}"
    ):
        return False
    body = email.body_lower
    sentence_start = max(body.rfind(mark, 0, step_at) for mark in ".!?\n") + 1
    ends = [at for at in (body.find(mark, step_at) for mark in ".!?\n") if at >= 0]
    sentence = body[sentence_start : min(ends, default=len(body))]
    dutch = bool(_DUTCH_WORDS.search(body))
    first_person = _FIRST_PERSON.search(sentence) or (not dutch and _FRENCH_JE.search(sentence))
    second_person = _YOU.search(sentence) or (dutch and _DUTCH_JE.search(sentence))
    return (
        bool(first_person)
        and not second_person
        and not _THE_READERS_CV.search(body)
        and (_signed_by_the_sender(email, step_at))
    )


# The writer as the one who acts, in the seven languages (not "je", French's "I" and Dutch's "you").
_FIRST_PERSON = re.compile(r"\b(?:i|i'll|i'm|i've|i'd|ich|yo|ik|eu|io)\b|\bj'")
_FRENCH_JE = re.compile(r"\bje\b")
_DUTCH_JE = re.compile(rf"\b(?:{reader_words.alternation(reader_words.DUTCH)})\b")
_DUTCH_WORDS = re.compile(r"\b(?:het|een|niet|voor|bij|ook|wij|jullie|graag|naar)\b")
# The reader addressed (reader_words.py), but Dutch's forms, read only in Dutch mail (above), and the words
# as often a third person's ("su equipo", "lhe" for him): a writer speaking of their own step to nobody
# names its reader in none.
_YOU = re.compile(
    rf"\b(?:{reader_words.alternation(reader_words.EVERY_FORM, leaving_out=reader_words.THIRD_PERSON_TOO)})\b"
)


def _signed_by_the_sender(email: PreparedEmail, voice_at: int) -> bool:
    """True when the sender's first name signs the words after the voice and does not open them as their
    addressee: "... my CV. Kind regards, Jordan Lee" from Jordan Lee (an employer's "Thanks, received"
    carries the reader's "Hi Mara, please find attached my application ... Best, Robin" to Mara)."""
    first_name = email.sender.name.split()[0].lower()
    body = email.body_lower
    greeting = body[: body.find("\n") if "\n" in body else len(body)]
    named = re.compile(rf"\b{re.escape(first_name)}\b")
    return bool(named.search(body, voice_at)) and not named.search(greeting)


def _signs_for_the_mailbox_owner(email: PreparedEmail) -> bool:
    """True when, under the sender's name, the sign-off names the organisation whose domain the mail comes
    from: "Eva de Boer / HR-adviseur / Hoogland Installatietechniek" from "@hoogland-installatie.nl". The
    writer speaks for the mailbox's owner, the one who hires, so "ik moet ons gesprek verzetten" is the
    employer moving the meeting (a student's "@student.harwell.ac.uk" signs with their own name)."""
    label = platforms.domain_employer(email.sender)
    if label is None:
        return False
    label = _folded(label)
    if len(label) < _SHORTEST_LABEL:
        return False
    first_name = email.sender.name.split()[0].lower()
    tail = email.lines[-_SIGN_OFF_LINES:]
    for at, line in enumerate(tail):
        if line.lower().split()[:1] != [first_name]:
            continue
        for below in tail[at + 1 : at + 1 + _SIGN_OFF_LINES_BELOW_NAME]:
            # "Hoogland Installatietechniek" for "hoogland-installatie", "Verdier" for "maisonverdier".
            folded = _folded(below)
            if folded.startswith(label) or (len(folded) >= _SHORTEST_LABEL and folded in label):
                return True
    return False


# A sign-off: the writer's name, a role line, the organisation (and a line of address or phone).
_SIGN_OFF_LINES = 6
_SIGN_OFF_LINES_BELOW_NAME = 3
# A domain label too short to be read inside a line's letters ("hb.de" in "HBase").
_SHORTEST_LABEL = 4


def _folded(text: str) -> str:
    """`text` lowercased without accents or anything but letters: "Núñez-Ruiz" -> "nunezruiz"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in decomposed if "a" <= char <= "z")


def _a_personal_domain(sender: Sender) -> bool:
    """True when the sender's domain is made of the sender's own name ("Jordan Lee <hello@jordanlee.dev>",
    "Hugo Martin <contact@hugo-martin.fr>"), from no system's or hiring's mailbox: a person's own site,
    not a business named after them ("dave@mercerplumbing.co.uk")."""
    words = [_folded(word) for word in sender.name.split()]
    words = [word for word in words if word]
    # "Grupo Alcora <seleccion@grupoalcora.com>": an organisation's domain is made of its name too.
    if len(words) < 2 or _SYSTEM_MAILBOX.search(sender.local) or not looks_like_person_name(sender.name):
        return False
    label = _folded(platforms.registrable_domain(sender.domain).split(".")[0])
    first, last = words[0], words[-1]
    return label in {first + last, last + first, first[0] + last, "".join(words)}
