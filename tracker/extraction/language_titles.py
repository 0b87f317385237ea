"""Job titles in the subjects European job mail uses, and the news and steps the subjects write around them.

German ATS subjects put the title after "Ihre Bewerbung (als | für die Position | auf die Stelle)",
French after "Votre candidature au poste de", Spanish after "Tu candidatura para el puesto de",
Dutch after "Je sollicitatie als", Portuguese after "A sua candidatura para a vaga de", Italian
after "La tua candidatura per la posizione di". What trails a title there is not part of it: the
date applied ("vom 20.11.2025"), a reference number, the working time ("Vollzeit", "temps plein",
"jornada completa"), the employer ("bei Beispiel"): language_title_tags.py cuts those off every title, and
title_gender_marks.py reads its gender mark.
"""

from __future__ import annotations

import re

from tracker.extraction.phrases.tables import accents_optional, word_list
from tracker.extraction.text import PreparedEmail
from tracker.extraction.title_slots import TitleCandidate, names_a_post_before_employer
from tracker.extraction.title_subject_steps import post_after_step, step_head_end, without_step_head
from tracker.step_titles import names_a_step

_ROLE_NOUN = (
    r"(?:stelle|stellenanzeige|position|job|rolle|vakanz|poste|offre|puesto|posición|vacante|oferta|functie|"
    r"vacature|positie|"
    r"rol|vaga|cargo|posição|posizione|ruolo|figura)"
)
# What the mail is, before the application noun: "Terugkoppeling sollicitatie X", "Esito della tua
# candidatura X".
_NEWS_HEAD = (
    r"(?:(?:terugkoppeling|reactie|update|uitslag|resultaat|feedback|retour|réponse|respuesta|actualización|retorno|"
    r"stand van zaken|voortgang|status|"
    r"atualização|resposta|esito|aggiornamento|riscontro)\s+(?:(?:op|over|van|on|sur|à|a|de|da|do|della|sulla|"
    r"alla|di|en)\s+)?)?"
)
_SUBJECT_TITLE = re.compile(
    accents_optional(
        r"^(?:[^:|]{0,40}[:|-]\s*)?(?:(?:ihre|deine|eure|update zu[rm]? (?:ihrer|deiner)|"
        r"feedback zu (?:ihrer|deiner)|rückmeldung zu (?:ihrer|deiner)|absage (?:zu )?(?:ihrer|deiner)|"
        r"status (?:ihrer|deiner)|"
        # "Bewerbungseingang: IT Consultant": the news compounded with the word, not a title's first letters.
        r"zwischenstand zu (?:ihrer|deiner)) )?bewerbung(?:seingang|sbestätigung|seingangsbestätigung)?\b"
        # A public employer's posting named by its number: "Ausschreibung Nr. 12/2025 Sachbearbeiter/in".
        r"|^(?:stellen)?ausschreibung(?=\s+(?:nr\.?\s*)?\d)"
        # And French's posting words before its number: "Affichage 2026-12 - X", "Concours n° 04 - X".
        r"|^(?:affichage|concours|poste)(?=\s+(?:n°\s*|no\.?\s*)?\d)"
        # (A public body's kind of selection is no title: "Processo Seletivo Simplificado - Edital 4/2026".)
        r"|^proceso (?:de selección|selectivo)"
        r"|^processo seletivo(?: (?:simplificado|público|unificado|especial)\b)?"
        r"|^processo (?:di selezione|selettivo)|^processus de (?:recrutement|sélection)"
        # The application's noun in French, Spanish, Dutch, Portuguese and Italian, after what the mail is
        # ("Terugkoppeling sollicitatie X"); "Esito selezione Infermiere": a public body's selection.
        rf"|^{_NEWS_HEAD}(?:(?:(?:votre|ta) )?candidature"
        r"|(?:(?:tu|su) )?(?:candidatura|solicitud|postulación|inscripción)"
        # Flemish mail's "kandidatuur"; a process or a post named before its title ("Procedure
        # Klantcontactmedewerker", "Vacature Projectcontroller", "Vacante Analista de Nómina"); Latin
        # America's search named before its post ("Búsqueda Analista Contable").
        r"|(?:(?:je|jouw|uw) )?"
        # ("Vacaturenummer 2026-031: X": the posting's number compounded, its number read after.)
        r"(?:sollicitatie|selectieprocedure|sollicitatieprocedure|kandidatuur|procedure|"
        r"vacature(?:nummer|nr\.?)?|vacante|"
        r"búsqueda)"
        r"|(?:(?:a )?(?:sua|tua) )?candidatura"
        # A CV sent by hand to a small employer, its reply's subject: "RE: Currículo - Redatora".
        r"|(?:envio (?:de|do) )?currículo"
        r"|(?:(?:la )?(?:tua|sua) )?candidatura"
        r"|selezione)"
    ),
    re.I,
)
# What may stand between "Ihre Bewerbung" and the title: "als", "für die Position", "au poste de".
_LEAD_IN = re.compile(
    accents_optional(
        r"^\s*(?:(?:envoyée|reçue|transmise|confirmée|confirmada|confirmado|confermata|bevestigd|enviada|"
        r"verstuurd|ingediend|gesendet|enviado|"
        r"recibida|recebida|verzonden|ontvangen|inviata|exitosa|exitoso|registrada|registrado|"
        r"ricevuta|realizada|efetuada|submetida|concluída|gesendet|versendet|übermittelt|eingegangen|eingereicht|"
        r"erhalten|bestätigt)\b\s*)?"
        # "Votre candidature en alternance - Assistant marketing": the contract before the title.
        rf"(?:en (?:alternance|stage|cdi|cdd|apprentissage)\s*[-:–]\s*)?"
        rf"(?:(?:als|für|auf|um|zu|au|pour|à|a|para|al|voor|naar|op|per|alla|ao|da|en tant que|como|comme|"
        rf"come)\s+)?"
        # "voor de functie": Dutch "de" is an article only after its preposition.
        rf"(?:(?:die|den|das|der|le|la|el|het|o|il|lo|eine[nr]?|ein|une?|un[ao]|uma|een|unsere[nr]?|onze|"
        rf"(?<=voor )de|"
        rf"(?<=naar )de|(?<=op )de)\s+|l')?"
        rf"(?:ausgeschriebene[n]?\s+)?(?:{_ROLE_NOUN}\b\s*)?"
        # The posting's number before its post ("Vacature V2025-031 Handhaver", "Ausschreibung Nr. 12/2025
        # Sachbearbeiter/in"): three digits or more, or numbers joined, not a year alone ("Trainee 2026").
        rf"(?:(?:nr\.?|no\.?)\s*)?(?P<code>(?!(?:19|20)\d\d\s)[a-z]{{0,3}}-?(?:\d{{3,}}|\d+[/.-]\d)[\d/.-]*"
        rf"\s*[-:–]?\s+)?"
        rf"(?:(?:als|de|van|di)\s+|d')?[:\-–]?\s*"
        rf"(?:(?:kennzahl|referenznummer|ausschreibungsnummer|"
        rf"ref\.?)\s*:?\s*\d[\d/.]*(?:\s*-\s*\d+)?\s*[-:]?\s*)?"
    ),
    re.I,
)
# "Ihre Bewerbung wurde von X angesehen", "Votre candidature a été envoyée à X": news, no title after the
# head; "Ihre Bewerbung als X wurde erfolgreich versendet": the news after the title.
_VERB_AFTER_HEAD = re.compile(r"^\s*(?:wurde|wird|ist|a été|a bien été)\s", re.I)
# "Candidatura para Contabilista recebida": the news as a participle alone, in lowercase, after the title.
_NEWS_TAIL = re.compile(
    r"\s+(?:wurde|wird|ist|a été|a bien été|ha sido|fue|foi|è stata|è stato|is|werd|wordt)\s+\S.*$|"
    r"\s+(?-i:recebida|recibida|reçue|ricevuta|ontvangen|eingegangen|enviada|envoyée|inviata|confirmada|"
    r"confirmée|confermata)\s*$",
    re.I,
)
# A lead-in that names the post ("als", "au poste de", "per il ruolo di"): any noun after it is the title;
# after a bare preposition ("Sua candidatura para X") only a role's word is.
_LEAD_IN_NAMES_POST = re.compile(rf"\b(?:als|como|comme|come|en tant que|{_ROLE_NOUN})\b", re.I)
# The employer closes some subjects: "Ihre Bewerbung bei Beispiel", "... chez Exemple".
_EMPLOYER_TAIL = re.compile(r"(?:^|\s+)(?:bei|beim|chez|au sein de|bij|presso|at|@)\s+\S.*$", re.I)
_SUBJECT_WEIGHT = 3.2
_LOWERCASE_SUBJECT_WEIGHT = 2.4
# A lead-in that is the subject's separator alone: ": ", " - ", " – ".
_SEPARATOR_ONLY = re.compile(r"\s*[:\-–|]\s*")
_BRACKETS = re.compile(r"\s*\([^()]*\)")
_ROLE_NOUN_FIRST = re.compile(rf"{_ROLE_NOUN}\b", re.I)
# "Candidatura - Rif. VLT/2026/03", "Ihre Bewerbung: Kennziffer 2026-07": the posting's reference, no post.
_REFERENCE_FIRST = re.compile(
    r"(?:r[eé]f(?:erence|erenz)?|rif(?:erimento)?|kennziffer|job[ -]?id|req(?:uisition)?|code|"
    r"c[oó]d(?:igo|ice)?|id|nr|no|n°|n[uú]mero|vacature-?id|stellen-?id)\b",
    re.I,
)

# "Candidature non retenue - X": the news right after the word for the application.
_NEWS_AFTER_HEAD = re.compile(
    r"^\s*(?:non retenue|retenue|refusée|acceptée|rechazada|aceptada|afgewezen|abgelehnt|rifiutata|recusada|"
    r"no seleccionad[ao]|não (?:aprovad|selecionad)[ao]|non selezionat[ao]|niet geselecteerd)"
    r"\s*[:\-–]\s*",
    re.I,
)
# "... Analista de datos: actualización": an update's label closing the subject; "... (6 mois) : Non retenue":
# the status a board's sentence gives after the offer's title.
NEWS_AT_END = re.compile(
    r"\s*[:\-–|]\s*(?:actualización|mise à jour|aktualisierung|update|atualização|aggiornamento|status|"
    r"estado|statut|eingangsbestätigung|bestätigung|zwischennachricht|accusé de réception|confirmation|"
    r"non retenue?|refusée?|abgelehnt|nicht berücksichtigt|réponse(?: négative| défavorable)?|refus|absage|"
    r"zusage|esito|resultado|résultat|ergebnis|uitslag|resultaat|outcome|"
    # The step it invites to, after the post: "Ihre Bewerbung als X – Einladung zum Erstgespräch",
    # "Candidature X - Convocation à un entretien", "Sollicitatie X | Uitnodiging eerste gesprek".
    r"(?:einladung|uitnodiging|convocation|invitation|convocatoria|convite|convocazione|invito)"
    r"(?: [\w'-]+){0,4}|"
    rf"{word_list('title_news_after_separator')})\s*$",
    re.I,
)
# "Absage/Rejection DevOps Engineer": the news a subject states before the title.
LEADING_NEWS = re.compile(
    # ("Ausschreibung Lektor/in": the posting named before its post.)
    r"^(?:absage|zusage|rückmeldung|refus|rechazo|afwijzing|esito|entretien|ontvangstbevestiging|"
    r"(?:stellen)?ausschreibung|"
    # "Einladung Vorstellungsgespräch X", "Einladung zur Hospitation: X": the invitation and what to.
    r"(?:einladung(?: zu[mr]?)?(?: (?:einem |ihrem |persönlichen |ersten |zweiten )*)?)?"
    r"(?:(?:vorstellungs|kennenlern|bewerbungs|auswahl)?gespräch|hospitation(?:stag)?|probearbeit(?:en|stag)?)|"
    r"einladung|eingangsbestätigung|zwischenbescheid|zwischennachricht|"
    r"accusé de réception|"
    # "Uitnodiging sollicitatiegesprek X", "Convite para entrevista - X", "Invito a colloquio X".
    r"uitnodiging(?: voor)?(?: een)?(?: (?:sollicitatie|kennismakings|eerste |tweede )?gesprek)?|"
    r"sollicitatiegesprek|kennismakingsgesprek|kennismaking|convite(?: para)?(?: (?:a |uma )?entrevista)?|"
    r"invito(?: a| al| per)?(?: (?:un )?colloquio)?|invitación(?: a)?(?: (?:una )?entrevista)?|"
    # "Terugkoppeling gesprek X", "Resultaat selectieprocedure X", "Uitnodiging assessment X": the news first.
    r"(?:terugkoppeling|feedback|resultaat|uitslag)(?: (?:op |van )?(?:je |jouw |uw |het |de )?"
    r"(?:sollicitatie|(?:sollicitatie|kennismakings|eerste |tweede )?gesprek|selectieprocedure|assessment))?|"
    r"(?:uitnodiging (?:voor )?(?:een |het )?)?(?:assessment|arbeidsvoorwaardengesprek|vervolggesprek|"
    r"tweede gesprek|selectiegesprek)|afwijzing(?: sollicitatie)?|"
    r"entrevista|colloquio)(?:\s*/\s*\w+)?\s*[:\-–]?\s+(?=\S)",
    re.I,
)


def subject_titles(email: PreparedEmail) -> list[TitleCandidate]:
    """The title a German, French, Spanish, Dutch, Portuguese or Italian subject states, as a hint."""
    # "Esito della tua candidatura X" reads whole; "Afwijzing sollicitatie Data Analist" without its news.
    subject = email.subject
    head = _SUBJECT_TITLE.match(subject)
    if not head:
        # The longer of the news and the step that open it ("Uitnodiging assessment day X"); with no word
        # for the application after them, the rest is the post ("Convocatoria entrevista Recepcionista").
        news = LEADING_NEWS.match(subject)
        subject = subject[max(news.end() if news else 0, step_head_end(subject)) :]
        if news:  # "Einladung: Zweitgespräch X": the step the invitation names, after its news
            subject = without_step_head(subject)
        head = _SUBJECT_TITLE.match(subject)
        if not head:
            return post_after_step(NEWS_AT_END.sub("", subject)) if subject != email.subject else []
    rest = subject[head.end() :]
    if _VERB_AFTER_HEAD.match(rest):
        return []
    rest = _NEWS_TAIL.sub("", _NEWS_AFTER_HEAD.sub("", rest))
    length_with_news = len(rest)
    rest = NEWS_AT_END.sub("", rest)
    news_after = len(rest) < length_with_news
    lead_in = _LEAD_IN.match(rest)
    names_post = False
    if lead_in:
        rest = rest[lead_in.end() :]
        # A lead-in naming the post, or the posting's number: its post's name follows.
        names_post = bool(lead_in["code"] or _LEAD_IN_NAMES_POST.search(lead_in.group(0)))
    with_employer = rest
    rest = _EMPLOYER_TAIL.sub("", rest).strip(" \"'„“”«»:-–")
    if len(rest) < 2:
        return []
    # "Je sollicitatie voor magazijnier bij Logistiek Desmet": between the application's word and the
    # employer named after it stands the post, a role's word or not.
    if len(rest) < len(with_employer.strip()):
        names_post = names_post or names_a_post_before_employer(lead_in.group(0) if lead_in else "", rest)
    if not names_post and (news_after or (lead_in and _SEPARATOR_ONLY.fullmatch(lead_in.group(0)))):
        # "Ihre Bewerbung: Duales Studium Maschinenbau (B.Eng.) 2026": the subject's segment after the
        # news is the post's, whatever its words, where two or more words name no step and no news of the
        # post ("Ihre Bewerbung - Stelle besetzt"); so is the segment between the application's word and
        # the news after a separator ("Candidatura Encarregado de Obra | Convite").
        words = _BRACKETS.sub("", rest)
        names_post = (
            " " in words
            and words[0].isupper()
            and not _ROLE_NOUN_FIRST.match(words)
            and not names_a_step(words)
            and not _REFERENCE_FIRST.match(words)
        )
    # Right after the word for the application stands the post ("Candidature barista"). Written all in
    # lowercase ("Re: vacature monteur", the applicant's own words) it yields to a post the body's
    # sentence names ("onze vacature voor Servicemonteur Warmtepompen").
    weight = _LOWERCASE_SUBJECT_WEIGHT if rest.islower() else _SUBJECT_WEIGHT
    return [TitleCandidate(rest, weight, not names_post, post_slot=True)]
