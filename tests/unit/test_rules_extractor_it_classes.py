"""Italian job mail by class: what the common ATS and job boards send, employers' rejections in their own
words, the later stages, job alerts, and mail that lost its accents.

Every row was written for this test (never copied from a dataset): the kind, status, employer and title a
person reads in it.
"""

import pytest

from tests.extraction_support import extract
from tests.unit.test_rules_extractor_languages import (
    ALERT,
    APP,
    APPLIED,
    ASSESSMENT,
    INTERVIEW,
    OFFER,
    REJECTED,
    WITHDRAWN,
    case,
    check,
)

# fmt: off
CONFIRMATIONS = [
    case(
        "Assicurazioni Laguna <laguna@myworkday.com>",
        "Grazie per la tua candidatura",
        "Gentile Marco,\n\ngrazie per esserti candidato alla posizione di Attuario Junior presso "
        "Assicurazioni "
        "Laguna. Il nostro team valuterà il tuo profilo e ti ricontatterà in caso di esito positivo.\n\n"
        "Cordiali saluti,\nTalent Acquisition",
        APP, APPLIED, "Assicurazioni Laguna", "Attuario Junior", "workday esserti candidato",
    ),
    case(
        "Dolomia <no-reply@hire.lever.co>",
        "Abbiamo ricevuto la tua candidatura",
        "Ciao Giulia,\n\nabbiamo ricevuto la tua candidatura per il ruolo di Data Engineer in Dolomia. Ti "
        "faremo sapere al più presto.\n\nA presto,\nIl team di Dolomia",
        APP, APPLIED, "Dolomia", "Data Engineer", "lever ruolo di",
    ),
    case(
        "Pasticceria Fiore <noreply@smartrecruiters.com>",
        "La tua candidatura per Commessa di Negozio",
        "Gentile Sara,\n\nla ringraziamo per l'interesse dimostrato verso Pasticceria Fiore. La sua "
        "candidatura "
        "per la posizione Commessa di Negozio è stata ricevuta.\n\nCordiali saluti",
        APP, APPLIED, "Pasticceria Fiore", "Commessa di Negozio", "smartrecruiters posizione without di",
    ),
    case(
        "LinkedIn <jobs-noreply@linkedin.com>",
        "La tua candidatura è stata inviata a Dolomia",
        "La tua candidatura è stata inviata a Dolomia\n\nSviluppatore Backend\nDolomia · Milano, Lombardia, "
        "Italia\n\nOfferte di lavoro consigliate\nDevOps Engineer\nNuvolari Cloud · Torino",
        APP, APPLIED, "Dolomia", "Sviluppatore Backend", "linkedin it card",
    ),
    case(
        "Indeed <indeedapply@indeed.com>",
        "Candidatura inviata: Magazziniere",
        "Candidatura inviata\n\nMagazziniere\nLogistica Padana S.r.l. - Piacenza\n\nI seguenti elementi sono "
        "stati inviati a Logistica Padana S.r.l.:\nCV",
        APP, APPLIED, "Logistica Padana", "Magazziniere", "indeed it",
    ),
    case(
        "InfoJobs <noreply@infojobs.it>",
        "Ti sei candidato all'offerta Cameriere di sala",
        "Ciao Luca,\n\nti sei candidato con successo all'offerta Cameriere di sala di Trattoria "
        "Bellavista.\n\n"
        "Offerte simili\nAiuto cuoco - Osteria del Ponte",
        APP, APPLIED, None, "Cameriere di sala", "infojobs it",
    ),
]

REJECTIONS = [
    case(
        "Assicurazioni Laguna <laguna@myworkday.com>",
        "Aggiornamento sulla tua candidatura",
        "Gentile Marco,\n\nti ringraziamo per l'interesse. Purtroppo abbiamo deciso di non proseguire con la "
        "tua candidatura per questa posizione.\n\nTi auguriamo il meglio per il tuo percorso professionale.",
        APP, REJECTED, "Assicurazioni Laguna", None, "non proseguire",
    ),
    case(
        "Dolomia <no-reply@hire.lever.co>",
        "La tua candidatura in Dolomia",
        "Ciao Giulia,\n\ndopo un'attenta valutazione abbiamo scelto di procedere con altri candidati il cui "
        "profilo è più in linea con le esigenze del ruolo. Conserveremo il tuo CV per future opportunità.",
        APP, REJECTED, "Dolomia", None, "procedere con altri candidati, cv kept",
    ),
    case(
        "Pasticceria Fiore <noreply@smartrecruiters.com>",
        "Esito della selezione",
        "Gentile Sara,\n\nsiamo spiacenti di comunicarle che la sua candidatura non è stata selezionata.\n\n"
        "Cordiali saluti,\nPasticceria Fiore",
        APP, REJECTED, "Pasticceria Fiore", None, "siamo spiacenti",
    ),
    case(
        "Risorse Umane Nuvolari <hr@nuvolari-cloud.it>",
        "Candidatura DevOps Engineer",
        "Gentile Paolo,\n\nla posizione per la quale si era candidato è stata già coperta. La ringraziamo "
        "per "
        "il tempo dedicato.\n\nNuvolari Cloud",
        APP, REJECTED, "Nuvolari Cloud", None, "posizione coperta",
    ),
    case(
        "Dolomia <no-reply@hire.lever.co>",
        "Riscontro sulla tua candidatura",
        "Ciao Giulia,\n\nanche se il tuo profilo è molto interessante, al momento non ci sono i presupposti "
        "per proseguire insieme.\n\nUn caro saluto,\nDolomia",
        APP, REJECTED, "Dolomia", None, "non ci sono i presupposti",
    ),
]

LATER_STAGES = [
    case(
        "Assicurazioni Laguna <laguna@myworkday.com>",
        "Invito a colloquio - Attuario Junior",
        "Gentile Marco,\n\nsiamo lieti di invitarti a un colloquio conoscitivo in videochiamata giovedì 10 "
        "dicembre alle 15:00.\n\nCordiali saluti,\nTalent Acquisition",
        APP, INTERVIEW, "Assicurazioni Laguna", "Attuario Junior", "invito a colloquio",
    ),
    case(
        "Dolomia <no-reply@hire.lever.co>",
        "Test tecnico",
        "Ciao Giulia,\n\ncome prossimo passo ti chiediamo di completare un test tecnico online entro "
        "venerdì.\n\n"
        "A presto,\nDolomia",
        APP, ASSESSMENT, "Dolomia", None, "test tecnico",
    ),
    case(
        "Pasticceria Fiore <noreply@smartrecruiters.com>",
        "Proposta di assunzione",
        "Gentile Sara,\n\nsiamo lieti di offrirle la posizione di Commessa di Negozio. In allegato trova la "
        "lettera di assunzione.\n\nCordiali saluti",
        APP, OFFER, "Pasticceria Fiore", None, "proposta di assunzione",
    ),
    case(
        "Risorse Umane Nuvolari <hr@nuvolari-cloud.it>",
        "Aggiornamento posizione",
        "Gentile Paolo,\n\nla informiamo che la ricerca per la posizione di DevOps Engineer è stata "
        "sospesa.\n\n"
        "Nuvolari Cloud",
        APP, WITHDRAWN, "Nuvolari Cloud", None, "ricerca sospesa",
    ),
]

NOT_APPLICATIONS = [
    case(
        "LinkedIn <jobalerts-noreply@linkedin.com>",
        "Nuove offerte di lavoro per Data Engineer",
        "Offerte di lavoro in linea con le tue preferenze\n\nData Engineer\nDolomia · Milano\nBig Data "
        "Engineer\nNuvolari Cloud · Torino\n\nVedi tutte le offerte",
        ALERT, name="linkedin nuove offerte",
    ),
    case(
        "Indeed <alert@indeed.com>",
        "Offerte di lavoro che potrebbero interessarti",
        "Magazziniere\nLogistica Padana - Piacenza\nCarrellista\nTrasporti Emilia - Parma\n\nCandidati ora",
        ALERT, name="indeed potrebbero interessarti",
    ),
]

MIXED = [
    case(
        "Dolomia <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Dolomia",
        "Hi Giulia,\n\nThank you for applying for the Sviluppatrice Frontend position at Dolomia. We will "
        "review your application.\n\nDolomia Recruiting",
        APP, APPLIED, "Dolomia", "Sviluppatrice Frontend", "english template, italian title",
    ),
    case(
        "Pasticceria Fiore <noreply@smartrecruiters.com>",
        "Esito candidatura",
        "Gentile Sara,\n\npurtroppo la sua candidatura non e stata selezionata per il proseguimento.\n\n"
        "Cordiali saluti",
        APP, REJECTED, "Pasticceria Fiore", None, "accents lost",
    ),
]
# fmt: on


@pytest.mark.parametrize(
    "sender, subject, body, kind, status, company, title",
    CONFIRMATIONS + REJECTIONS + LATER_STAGES + NOT_APPLICATIONS + MIXED,
)
def test_italian_mail_by_class(sender, subject, body, kind, status, company, title):
    check(extract(body, subject, sender), kind, status, company, title)


# Where Italian mail names the employer and the title: subjects alone, agencies, signatures.
# fmt: off
PLACES = [
    case(
        "Risorse Umane <hr@dolomia.it>",
        "Esito negativo candidatura - Data Engineer",
        "",
        APP, REJECTED, "Dolomia", "Data Engineer", "subject-only rejection",
    ),
    case(
        "Gi Group <noreply@gigroup.it>",
        "La tua candidatura",
        "Ciao Luca,\n\nin merito alla tua candidatura per l'annuncio Magazziniere per il nostro cliente "
        "Logistica Padana, vorremmo fissare un colloquio telefonico.\n\nGi Group Piacenza",
        APP, INTERVIEW, "Logistica Padana", "Magazziniere", "agency names its client",
    ),
    case(
        "Selezione <selezione@pasticceriafiore.it>",
        "Candidatura ricevuta",
        "Gentile Sara,\n\nabbiamo ricevuto la sua candidatura.\n\nUfficio Risorse Umane\nPasticceria Fiore "
        "S.r.l.",
        APP, APPLIED, "Pasticceria Fiore", None, "hr office signs",
    ),
]
# fmt: on


@pytest.mark.parametrize("sender, subject, body, kind, status, company, title", PLACES)
def test_italian_mail_names_employer_and_title_where_it_does(
    sender, subject, body, kind, status, company, title
):
    check(extract(body, subject, sender), kind, status, company, title)
