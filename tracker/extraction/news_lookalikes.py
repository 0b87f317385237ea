"""Mail that reads like news of an application and carries none: a board asking whether the reader
heard back ("You applied to X two weeks ago. Did you hear back?"), a CV sent to a review service ("We've
received your resume"), a referral still to apply on ("Nina referred you for Staff Engineer: submit your
application"), an employer's newsletter to those who applied in the past. Each states no rejection, step
or offer; read only where the mail states none.
"""

from __future__ import annotations

import re

from tracker.extraction.phrases import interview_shape
from tracker.extraction.phrases.lookalike_shapes import (
    ASKS_IF_HEARD_BACK,
    CV_REVIEW,
    DATA_DELETED,
    TO_PAST_APPLICANTS,
    WHY_THIS_MAIL,
)
from tracker.extraction.text import PreparedEmail

# Someone put the reader forward for a role; the application is still the reader's to make.
_REFERRED_FOR = re.compile(
    r"\b(?:has |have )?referred you (?:for|to)\b|\brecommended you for\b|\bte ha recomendado para\b|"
    r"\bvous a (?:recommandé|coopté)|\bhat sie (?:für|als) [^.\n]{0,40}empfohlen|"
    r"\bheeft je (?:aanbevolen|voorgedragen)|\bindicou (?:você|voce) para\b|"
    r"\bti ha (?:segnalato|raccomandato|consigliato) per\b"
)

# What a referral asks of the one referred ("Jamie referred you ... your application is now with our team"
# is the application itself).
_APPLY_STILL_TO_DO = re.compile(
    r"\bto be considered\b|\b(?:submit|complete|send) (?:your|an) application\b|\bapply (?:with|using|via|"
    r"through|here|now)\b|\benv[ií]a tu candidatura\b|\binscr[ií]bete\b|\bpost[úu]late\b|\bpostulez\b|"
    r"\bpour postuler\b|\benvoyez votre candidature\b|\bbewerben sie sich\b|\bjetzt bewerben\b|"
    r"\bbewirb dich\b|\bsolliciteer\b|\bstuur je sollicitatie\b|\bcandidate-se\b|"
    r"\benvie sua candidatura\b|\bcandidati (?:ora|qui|tramite|entro)\b|\binvia la tua candidatura\b"
)

# A careers site's data-retention notice to one who applied long ago: "You applied ... more than two
# years ago ... we will delete your candidate profile" (a confirmation's own retention note is no such
# recall: it applied just now).
_LONG_AGO = re.compile(
    r"\b(?:more than|over) (?:\w+ ){0,2}(?:months?|years?) ago\b|"
    r"\bhace (?:más de )?(?:\w+ )?(?:meses|años?)\b|"
    r"\bvor (?:über |mehr als )?(?:\w+ )?(?:monaten|jahren)\b|\bil y a (?:plus de )?(?:\w+ )?(?:mois|ans)\b|"
    r"\b(?:maanden|jaar) geleden\b|\bhá mais de\b|\b(?:mesi|anni) fa\b"
)


def to_past_applicants(email: PreparedEmail) -> int | None:
    """Where the mail says it writes to the reader as one who applied in the past (or gives that as its
    reason for writing), or None."""
    found = [
        hits[0].start()
        for hits in (email.body_hits.get(TO_PAST_APPLICANTS), email.body_hits.get(WHY_THIS_MAIL))
        if hits
    ]
    return min(found, default=None)


def looks_like_news(email: PreparedEmail, confirms: bool) -> str | None:
    """Why the mail only looks like an application's news, or None. `confirms`: its body or subject
    reads as a confirmation (a referral's mail confirms nothing: "thanks for applying through Nina's
    referral" is the application itself)."""
    text = email.body_lower or email.subject_lower
    # The phrase scan's finds in that text (lookalike_shapes.py): a search of each over a whole body
    # tried every place of it.
    hits = email.body_hits if email.body_lower else email.subject_hits
    if confirms and hits.get(ASKS_IF_HEARD_BACK):
        return "a question whether the reader heard back"
    # In the subject or the text (no match spans a line break).
    if confirms and (email.subject_hits.get(CV_REVIEW) or hits.get(CV_REVIEW)):
        return "a CV sent to a review service"
    if confirms and hits.get(DATA_DELETED) and _LONG_AGO.search(text):
        return "a notice that data of an old application will be deleted"
    if not confirms and _REFERRED_FOR.search(text) and _APPLY_STILL_TO_DO.search(text):
        return "a referral the reader has yet to apply on"
    return None


# A job the reader saved, not applied to: "The job you saved is no longer accepting applications".
_SAVED_JOB = re.compile(
    r"\b(?:that |which )?you(?:'ve| have)? saved\b|\bsaved jobs?\b|\bdie sie gespeichert\b|"
    r"\bque vous avez (?:sauvegardée?|enregistrée?)\b|\bque (?:has )?guardad[oa]\b|\bque guardaste\b|"
    r"\bdie je hebt opgeslagen\b|\bque você salvou\b|\bche hai salvato\b"
)


def about_a_saved_job(email: PreparedEmail) -> bool:
    """True when the mail is about a job the reader saved (its closing reads as a rejection)."""
    return bool(_SAVED_JOB.search(email.body_lower or email.subject_lower))


# Employers at large, and a modal: "recruiters can find you", "dann kunnen werkgevers je uitnodigen",
# "le aziende potranno contattarti". A step they may take is a profile's or a community's promise.
_EMPLOYERS_AT_LARGE = re.compile(
    r"\b(?:employers|companies|recruiters|hiring managers|arbeitgeber|unternehmen|personaler|recruiter|"
    r"employeurs|entreprises|recruteurs|empleadores|empresas|reclutadores|werkgevers|bedrijven|"
    r"empregadores|recrutadores|aziende|imprese|datori di lavoro|selezionatori)\b"
)
_MAY = re.compile(
    r"\b(?:can|could|may|might|will be able to|können|könnten|pourront|peuvent|pourraient|puissent|podrán|"
    r"pueden|podrían|puedan|kunnen|zullen|podem|poderão|possam|possono|potranno|potrebbero|possano)\b"
)


# German puts the modal last: "damit Arbeitgeber Sie zu einem Vorstellungsgespräch einladen können".
_MAY_AT_THE_CLAUSE_END = re.compile(r"[^.,;!?\n]{0,60}?\b(?:können|könnten|kunnen)\s*(?:[.,;!?\n]|$)")
# A mailing list's way out: mail to a subscriber (an employer's own step is no subscription).
_UNSUBSCRIBE = re.compile(
    r"\bunsubscribe\b|\bmanage (?:your )?(?:email |e-mail )?preferences\b|\b(?:newsletter )?abbestellen\b|"
    r"\babmelden\b|\bse (?:désabonner|désinscrire)\b|\bdésinscription\b|\bdarse de baja\b|"
    r"\bdejar de recibir\b|\bafmelden\b|\buitschrijven\b|\bcancelar (?:a )?(?:inscrição|subscrição)\b|"
    r"\bdisiscriviti\b|\bannulla l'iscrizione\b"
)


# Those a step is for, at large: "Former colleagues who rejoin skip the first interview round".
_PEOPLE_AT_LARGE = re.compile(
    r"\b(?:candidates|applicants|graduates|colleagues|employees|alumni|those|people|anyone|everyone) "
    r"(?:who|that)\b|\b(?:bewerber(?:innen)?|kandidat(?:inn)?en),? die\b|\b(?:les candidats|ceux) qui\b|"
    r"\b(?:los|las) candidat[oa]s que\b|\bquienes\b|\bkandidaten die\b|\bos candidatos que\b|"
    r"\bi candidati che\b|\bchi (?:si candida|rientra)\b"
)


# A step taught, not taken: "how to answer", "wie man überzeugt", "comment réussir", "cómo superar", "como
# responder", "come affrontare" (a Romance "como"/"come" before an infinitive only: "come da accordi, il
# colloquio" is "as agreed"; not German "wie Sie wissen", "as you know").
_HOW_TO = re.compile(
    r"\bhow (?:best )?to\b|\bwie man\b|\b(?:comment|cómo|como|come) [a-zà-ú]+(?:ar|er|ir|re)\b"
)
# The reader's own step: "your interview", "Ihr Vorstellungsgespräch", "votre entretien".
_THE_READERS_BEFORE = re.compile(
    r"\b(?:your|ihr(?:e[mnrs]?)?|dein(?:e[mnrs]?)?|votre|ton|tu|su|je|jouw|uw|seu|sua|tuo|tua|suo)\s+(?:[\w-]+\s+)?$"
)


def a_step_offered_at_large(email: PreparedEmail, step_at: int) -> bool:
    """True when the step at `step_at` is no employer's step of the reader's: its sentence has employers at
    large as who may take it ("Add your work history and recruiters can invite you to interviews") or
    people at large as who it is for ("Former colleagues who rejoin skip the first interview round"), or
    the mail is a mailing list's ("the topics that come up most in technical interviews ... Unsubscribe")."""
    body = email.body_lower
    sentence_start = max(body.rfind(mark, 0, step_at) for mark in ".!?\n:") + 1
    sentence = body[sentence_start:step_at]
    if _EMPLOYERS_AT_LARGE.search(sentence) and (
        _MAY.search(sentence) or _MAY_AT_THE_CLAUSE_END.match(body, step_at)
    ):
        return True
    if _PEOPLE_AT_LARGE.search(sentence):
        return True
    if _HOW_TO.search(sentence) and not _THE_READERS_BEFORE.search(body, max(0, step_at - 16), step_at):
        return True  # a careers office's "sessão sobre como responder às perguntas numa entrevista"
    unsubscribe = _UNSUBSCRIBE.search(body, step_at)
    if not unsubscribe:
        return False
    # An ATS's invitation carries an unsubscribe footer too: a writer who speaks as "we" or "I" and offers
    # the step to the reader in its sentence ("Danach machen wir einen technischen Test") is the employer.
    ends = [at for at in (body.find(mark, step_at) for mark in ".!?\n") if at >= 0]
    to_the_reader = interview_shape.READER.search(body, sentence_start, min(ends, default=len(body)))
    return not (to_the_reader and _THE_WRITER.search(body, 0, unsubscribe.start()))


# The writer speaking for themselves or their employer, in the seven languages (not Dutch "je": "you");
# the reader addressed is interview_shape.READER.
_THE_WRITER = re.compile(r"\b(?:we|i|wir|ich|nous|nosotros|nosotras|wij|ik|nós|eu|noi|io)\b")
