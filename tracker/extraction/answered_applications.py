"""A person answering the reader's own CV or application by hand, in words no board or ATS uses.

At a small employer (a joinery, a bakery, a winery, a town hall) the owner or a manager writes back from
their own mailbox: "I got your CV, could you come by the workshop Thursday?", "He recibido tu currículum.
¿Puedes venir mañana?", "ho ricevuto il tuo curriculum, passa pure in officina", "Leuk dat je gereageerd
hebt op onze vacature". Such mail names no job word the kind rules know (the CV was sent for one), yet it
answers what the reader sent: it is their application's mail. Said in the second person of the reader's
CV, papers or answer to the writer's vacancy, in the seven languages.
"""

from __future__ import annotations

import functools
import re

from tracker.extraction.person_names import looks_like_person_name
from tracker.extraction.quoted_applications import quotes_the_readers_application
from tracker.extraction.text import PreparedEmail
from tracker.extraction.title_slots import TitleCandidate

_CV = (
    r"(?:cv|c\.v\.|resume|résumé|curriculum(?: vitae)?|currículum|currículo|curriculo|lebenslauf|"
    r"(?:bewerbungs)?unterlagen|portfolio)"
)
# The reader's CV received or thanked for, or the reader's answer to the writer's vacancy, by language:
# "thanks for (sending over) your CV", "got your CV", "j'ai bien reçu votre CV", "danke für Ihre
# Unterlagen", "gracias por tu currículum", "he recibido tu CV", "ho ricevuto il tuo curriculum", "grazie
# per il suo interesse per il posto", "recebi o seu CV", "je reactie op de vacature", "gereageerd op onze
# vacature".
_ANSWERED = re.compile(
    r"\b(?:"
    rf"(?:thanks|thank you) (?:so much )?for (?:sending (?:over |in |through )?|dropping (?:off |in )?)?"
    rf"(?:your|the) (?:email and )?{_CV}\b|"
    rf"(?:got|received|had a look at|read through|looked at|been through) your {_CV}\b|"
    rf"(?:j'ai|nous avons|on a) (?:bien )?reçu (?:votre|ton) {_CV}|merci pour (?:votre|ton) {_CV}|"
    rf"(?:danke|vielen dank|herzlichen dank) für (?:ihre|deine|ihren|deinen|die|den) (?:zugesandten )?{_CV}|"
    rf"(?:ihre|deine|ihren|deinen) {_CV} (?:haben wir |habe ich )?(?:erhalten|bekommen)|"
    rf"(?:(?:he|hemos) recibido|recibí|recibimos) (?:tu|su) {_CV}|"
    rf"gracias por (?:enviarnos |mandarnos )?(?:tu|su) {_CV}|"
    rf"(?:ho|abbiamo) (?:ricevuto|visto|letto) (?:il )?(?:tuo|suo) {_CV}|"
    rf"grazie per (?:il )?(?:tuo|suo) {_CV}|"
    r"grazie per il (?:tuo|suo) interesse per (?:il posto|la posizione)|"
    rf"(?:recebi|recebemos) o (?:seu|teu) {_CV}|obrigad[oa] pelo (?:seu|teu) {_CV}|"
    r"agrade[cç]o o (?:seu |teu )?interesse na vaga|"
    rf"(?:bedankt|dank(?:je|u)?(?: wel)?) voor (?:je|jouw|uw) {_CV}|"
    r"(?:je|jouw|uw) (?:reactie|sollicitatie) op (?:onze|de) vacature|"
    r"(?:gereageerd|reageerde|gesolliciteerd) (?:hebt |heeft )?op (?:onze|de) vacature"
    r")"
)


def answers_the_readers_cv(email: PreparedEmail) -> bool:
    """True when a person writes back about the CV or the answer to a vacancy the reader sent them, in
    words or over the reader's quoted mail (quoted_applications.py)."""
    return _answers(email.sender.name, email.body_lower) or quotes_the_readers_application(email)


# Asked of one mail by its kind, its step, its employer and its title's hint: answered once a mail (the
# search tries every place of the body).
@functools.lru_cache(maxsize=64)
def _answers(sender_name: str, body_lower: str) -> bool:
    return looks_like_person_name(sender_name) and bool(_ANSWERED.search(body_lower))


# A subject that names the post the reader wrote about, by a word for the application or the post before
# it ("Bewerbung Dachdecker", "Oferta de cocinero", "candidature caviste", "Poste de serveuse") or a post's
# noun after it ("Landscaper job", "Junior designer role").
_POST_LEAD_IN = re.compile(
    r"^(?:(?:ihre |deine |your |votre |tu |su |je |uw |la tua |la sua |a sua )?"
    r"(?:bewerbung|application|candidature|candidatura|postulaci[óo]n|sollicitatie|solicitud)"
    r"(?: (?:als|as|for|pour|para|al|como|voor|per|come|à|a))?(?: (?:the|le|la|el|de|het|il|o|a|un|une|una))?"
    r"|(?:oferta|offre|offerta|vaga|poste|puesto|posizione|posto|functie|vacature|stelle|job|role|position)"
    r"(?: (?:de|di|d'|of|van|als|do|da|voor|for|as))?(?: (?:the|a|an|un|una|uma|een))?)\s+(?=\w)",
    re.I,
)
_POST_NOUN_AFTER = re.compile(r"\s+(?:job|role|position|vacancy|post|stelle|vacature)\s*$", re.I)
_A_TRADE = re.compile(r"^[^\W\d_][\w'-]*(?: [^\W\d_][\w'-]*)?$")
_SHORT_POST = re.compile(r"^[^\W\d_][\w'/-]*(?: [\w'/-]+){0,3}$")
# A reply's subject naming what the reader sent or asked, not the post: "Re: Your CV", "AW: Meine
# Unterlagen", "Re: Enquiry", "RES: Meu currículo".
_NAMES_NO_POST = re.compile(
    r"\b(?:your|my|our|ihre?|deine?|meine?|je|uw|mijn|seu|sua|meu|minha|votre|mon|ma|tu|su)\b|"
    r"\b(?:cv|resume|résumé|curriculum|currículo|lebenslauf|unterlagen|portfolio|portfólio|letter|brief|"
    r"message|mail|e-?mail|enquiry|inquiry|question|application|bewerbung|sollicitatie|candidatura|"
    r"candidature)\b",
    re.I,
)
# Below every place the reading already trusts: the body's own naming of the post wins.
_REPLIED_POST_WEIGHT = 0.9


def subject_post(email: PreparedEmail) -> list[TitleCandidate]:
    """The post a person answering the reader's CV names in the subject, as a title hint: after a word for
    the application or the post, any word (a trade no role list holds: "Dachdecker"); before a post's noun
    or as a reply's whole subject, only a role ("Welder job", "Re: meccanico")."""
    if not answers_the_readers_cv(email):
        return []
    subject = email.subject.strip(" .:!?")
    lead_in = _POST_LEAD_IN.match(subject)
    post_noun = _POST_NOUN_AFTER.search(subject)
    post = subject[lead_in.end() if lead_in else 0 : post_noun.start() if post_noun else len(subject)]
    if (
        not _SHORT_POST.match(post)
        or _NAMES_NO_POST.search(post)
        or _written_longer(post.lower(), email.body_lower)
    ):
        return []
    if lead_in:
        return [TitleCandidate(post, _REPLIED_POST_WEIGHT, False, post_slot=True)]
    # Before a post's noun stand "Dream Job" and "New position" too: there only a role's word is a post. A
    # reply's whole subject of a word or two under an answer that states a step is the post the reader
    # wrote about, in any trade ("Re: Bench joiner", "AW: Fliesenleger", "Re: charpentier").
    if email.answers_a_mail and not post_noun and _A_TRADE.match(post):
        return [TitleCandidate(post, _REPLIED_POST_WEIGHT, False, post_slot=True)]
    if post_noun or email.answers_a_mail:
        return [TitleCandidate(post, _REPLIED_POST_WEIGHT, True, post_slot=True)]
    return []


_NEXT_WORD = re.compile(r" (?!(?:job|role|position|vacancy|post)\b)[^\W\d_]")


def _written_longer(post: str, body: str) -> bool:
    """True when the body writes the subject's post with more words after it ("Warehouse job" over "the
    warehouse operative job"): the body's own naming of the post is the fuller one."""
    at = body.find(post)
    while at >= 0:
        if _NEXT_WORD.match(body, at + len(post)):
            return True
        at = body.find(post, at + 1)
    return False
