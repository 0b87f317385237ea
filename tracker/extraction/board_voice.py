"""A job board's voice: it speaks of the employer in the third person ("the employer will contact you if
you are shortlisted", "the advertiser may be in touch"), or says what it is in its footer ("Kazihub is a
job platform", "Kazihub é uma plataforma de emprego", "Kazihub ist eine Jobbörse"). An employer's own mail
can speak so too ("the recruiter will be in touch"), so the voice alone tells no board: unknown_systems.py
takes a sender no list knows for a board only where its mail in this voice also names another organisation
where an employer's name stands; its own name (display name, footer, "Team Kazihub") is then no employer's."""

from __future__ import annotations

import re

# "the employer will contact you", "the advertiser may be in touch", "the hiring company will review".
_THIRD_PERSON_EMPLOYER = re.compile(
    r"\bthe (?:employer|advertiser|hiring company|recruiter)s? (?:will|may|might|can|could|would|should)"
    r"(?: now| soon| then| only)? (?:contact|review|reach out|get in touch|be in touch|respond|reply|"
    r"consider|view|call|let you know|decide)\b"
    # and in the other languages read: "l'employeur vous contactera", "der Arbeitgeber wird sich bei Ihnen
    # melden", "el empleador se pondrá en contacto", "de werkgever neemt contact met je op", "o empregador
    # entrará em contato", "l'azienda ti contatterà"
    r"|\b(?:l'employeur|le recruteur) (?:vous|te) (?:contactera|recontactera)\b"
    r"|\bder arbeitgeber wird sich bei (?:ihnen|dir) melden\b"
    r"|\bel (?:empleador|reclutador) (?:se pondr[aá] en contacto|te contactar[aá])\b"
    r"|\bde werkgever (?:neemt|zal) (?:contact|rechtstreeks contact)\b"
    r"|\bo (?:empregador|recrutador) (?:entrar[aá] em contacto|entrar[aá] em contato|vai entrar em contato)\b"
    r"|\bl'azienda (?:ti|la) contatter[aà]\b"
    # A board's word for the employer reading the candidacy, in the other languages read: "la empresa
    # revisará tu perfil", "a empresa vai analisar", "l'entreprise examinera", "l'azienda valuterà", "het
    # bedrijf neemt contact met je op".
    r"|\bla empresa (?:revisar[aá]|evaluar[aá]|analizar[aá]|se pondr[aá] en contacto|te contactar[aá]|"
    r"podr[aá] contactarte|ha visto|ha le[ií]do|ha revisado)\b"
    r"|\ba empresa (?:ir[aá] analisar|vai analisar|analisar[aá]|entrar[aá] em conta[ct]o|"
    r"poder[aá] entrar em conta[ct]o|visualizou)\b"
    r"|\bl['’](?:entreprise|annonceur) (?:examinera|étudiera|vous contactera|te contactera|a consulté)\b"
    r"|\bl['’]azienda (?:valuter[aà]|esaminer[aà]|ha visualizzato)\b"
    r"|\b(?:het bedrijf|de werkgever) (?:neemt|zal|kan) (?:zelf )?(?:contact|rechtstreeks contact)\b"
)
# Words every match holds: most mail has neither, and a substring test is far cheaper than the search.
_WORDS = (
    "the employer", "the advertiser", "the hiring company", "the recruiter", "l'employeur", "le recruteur",
    "der arbeitgeber", "el empleador", "el reclutador", "de werkgever", "o empregador",
    "o recrutador", "l'azienda", "a empresa", "entreprise", "annonceur", "azienda", "het bedrijf",
)  # fmt: skip

# A footer saying what the sender is, in the languages read: "X is a job board", "X is the leading talent
# marketplace", "X é uma plataforma de emprego", "X est un site d'emploi", "X ist eine Jobbörse", "X es una
# bolsa de trabajo", "X is een vacaturesite", "X è un portale di lavoro".
_SELF_DESCRIBED = re.compile(
    r"\bis (?:a|an|the)(?: leading| free| online| national| largest| specialist)? (?:job|jobs|career|careers|"
    r"hiring|recruiting|recruitment|talent|nurse|nursing|healthcare|tech) (?:board|platform|site|website|"
    r"marketplace|portal|network|search engine|app)\b"
    r"|\b(?:é|e) (?:uma|um|a|o) (?:plataforma|portal|site) (?:de|do) "
    r"(?:emprego|empregos|recrutamento|vagas)\b"
    r"|\best (?:une|un|la|le) (?:plateforme|site|portail|job ?board) (?:d'emploi|de recrutement|emploi)\b"
    r"|\bist (?:eine|ein|die|das) (?:jobbörse|stellenbörse|jobplattform|stellenportal|karriereplattform|"
    r"jobportal)\b"
    r"|\bes (?:una|un|la|el) (?:plataforma|portal|bolsa) de (?:empleo|trabajo|reclutamiento)\b"
    r"|\bis (?:een|de) (?:vacaturesite|vacaturebank|banenplatform|vacatureplatform|jobsite)\b"
    r"|\bè (?:una|un|il|la) (?:piattaforma|portale|sito) (?:di|per il) "
    r"(?:lavoro|recruiting|ricerca di lavoro)\b"
    # "You received this email because you applied through X / have an account on X": the sender is where
    # the reader applied, not whom to.
    r"|\byou(?: are)? receiv(?:e|ed|ing) this (?:email|e-mail|message|notification) because you (?:applied "
    r"(?:through|via|using)|have an account (?:on|with)|signed up (?:on|to|with)|registered (?:on|with))\b"
)
# Words one of which every match holds, asked first: English's verb and article ("is a job board"; a noun
# alone, "site" or "app", is in most mail: "website", "application"), the other languages' nouns ("jobbörse",
# "jobplattform", "site d'emploi", "vacaturesite") and the footer's "because you".
_SELF_WORDS = (
    "is a ", "is an ", "is the ", "plataforma", "plateforme", "site d", "site emploi", "portail", "job board",
    "jobboard", "börse", "plattform", "portal", "bolsa", "vacature", "banenplatform", "jobsite",
    "piattaforma", "sito", "because you",
)  # fmt: skip


def speaks_of_the_employer(body_lower: str) -> bool:
    """True when the text speaks of the employer in the third person, or says it is a job board, as a board
    does."""
    if any(word in body_lower for word in _WORDS) and _THIRD_PERSON_EMPLOYER.search(body_lower):
        return True
    return any(word in body_lower for word in _SELF_WORDS) and bool(_SELF_DESCRIBED.search(body_lower))
