"""Job-search mail in German, French, Spanish, Dutch, Portuguese and Italian that is no application: alerts,
recommendations, profile views, portal accounts, unfinished applications, newsletters, surveys.

Every row was written for this test (never copied from a dataset). None may become an application record.
"""

import pytest

from tests.extraction_support import extract
from tests.unit.test_rules_extractor_languages import ALERT, OTHER, case, check

# fmt: off
NOT_APPLICATIONS = [
    case(
        "Indeed <no-reply@indeed.com>",
        "Votre alerte emploi a été créée",
        "Bonjour,\n\nVotre alerte « Comptable - Rennes » a bien été créée. Vous recevrez les nouvelles "
        "offres "
        "par e-mail.",
        ALERT, name="fr alert created",
    ),
    case(
        "HelloWork <noreply@hellowork.com>",
        "Finalisez votre candidature",
        "Bonjour,\n\nVous avez commencé à postuler à l'offre Chauffeur PL (H/F) chez Transports Girard mais "
        "votre candidature n'est pas terminée. Finalisez-la en un clic.",
        OTHER, name="fr unfinished application",
    ),
    case(
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "5 conseils pour réussir ton entretien",
        "Hello Zoé,\n\nPréparer un entretien, ça s'apprend ! Voici nos conseils pour convaincre le "
        "recruteur.\n"
        "\nSe désabonner",
        OTHER, name="fr interview advice newsletter",
    ),
    case(
        "Apec <ne-pas-repondre@apec.fr>",
        "Bienvenue sur Apec.fr",
        "Bonjour,\n\nVotre compte a été créé. Complétez votre profil pour être visible des recruteurs.",
        OTHER, name="fr account created",
    ),
    case(
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Votre profil a été consulté par 3 recruteurs",
        "Bonjour Isabelle,\n\nVotre profil a été consulté 12 fois cette semaine, dont par 3 recruteurs.\n\n"
        "Voir qui a consulté votre profil",
        OTHER, name="fr profile views",
    ),
    case(
        "StepStone <noreply@stepstone.de>",
        "Ihr Profil wurde 5-mal angesehen",
        "Guten Tag,\n\nIhr Lebenslauf wurde diese Woche von 5 Unternehmen angesehen. Aktualisieren Sie Ihr "
        "Profil, um Ihre Chancen zu erhöhen.",
        OTHER, name="de profile views",
    ),
    case(
        "XING <noreply@xing.com>",
        "Schließen Sie Ihre Bewerbung ab",
        "Hallo Herr Wagner,\n\nSie haben Ihre Bewerbung als Rezeptionist (m/w/d) noch nicht abgeschlossen. "
        "Jetzt fortsetzen.",
        OTHER, name="de unfinished application",
    ),
    case(
        "karriere.at <newsletter@karriere.at>",
        "Die 7 häufigsten Fragen im Vorstellungsgespräch",
        "Hallo Deniz,\n\nSo bereitest du dich auf dein nächstes Vorstellungsgespräch vor: unsere Tipps.\n\n"
        "Newsletter abbestellen",
        OTHER, name="de interview tips",
    ),
    case(
        "Indeed <alert@indeed.de>",
        "Ihr Jobalarm wurde eingerichtet",
        "Guten Tag,\n\nIhr Jobalarm für Lagerhelfer in Köln ist aktiv. Wir schicken Ihnen neue Stellen per "
        "E-Mail.",
        ALERT, name="de alert created",
    ),
    case(
        "InfoJobs <noreply@infojobs.net>",
        "Completa tu perfil",
        "Hola Marta,\n\nLas empresas buscan perfiles completos. Completa tu CV y aumenta tus posibilidades.",
        OTHER, name="es complete your profile",
    ),
    case(
        "LinkedIn <jobalerts-noreply@linkedin.com>",
        "Tu alerta de empleo: Ingeniero de Datos",
        "30 nuevos empleos para Ingeniero de Datos en Madrid\n\nIngeniero de Datos\nCierzo Tech · Madrid\n"
        "Analista de Datos\nBanco Ribera · Madrid\n\nVer todos",
        ALERT, name="es linkedin alert",
    ),
    case(
        "Computrabajo <notificaciones@computrabajo.com>",
        "Empresas que están contratando",
        "Hola Valentina,\n\nEstas empresas están contratando ahora en Bogotá. ¡Postúlate "
        "ya!\n\nDistribuidora "
        "Andina - Auxiliar Contable\nBanco Sabana - Cajero",
        ALERT, name="es companies hiring",
    ),
    case(
        "Gupy <noreply@gupy.io>",
        "Complete sua candidatura",
        "Oi, Juliana!\n\nVocê começou a se candidatar para a vaga Assistente Administrativo(a), mas ainda "
        "não "
        "finalizou. Complete sua candidatura.",
        OTHER, name="pt unfinished application",
    ),
    case(
        "LinkedIn <jobalerts-noreply@linkedin.com>",
        "Vagas recomendadas para você",
        "Com base no seu perfil\n\nAnalista de Dados\nBanco Aurora · São Paulo\nCientista de Dados\nCapivara "
        "Tech · Remoto\n\nVer todas as vagas",
        ALERT, name="pt recommended",
    ),
    case(
        "InfoJobs <noreply@infojobs.it>",
        "Il tuo curriculum è stato visualizzato",
        "Ciao Luca,\n\nil tuo curriculum è stato visualizzato da 4 aziende questa settimana. Aggiorna il tuo "
        "profilo.",
        OTHER, name="it cv views",
    ),
    case(
        "Indeed <alert@indeed.it>",
        "Nuove offerte per Magazziniere",
        "Magazziniere\nLogistica Padana - Piacenza\nMulettista\nTrasporti Emilia - Parma\n\nCandidati ora",
        ALERT, name="it new offers",
    ),
    case(
        "Nationale Vacaturebank <noreply@nationalevacaturebank.nl>",
        "Maak je profiel compleet",
        "Hallo Sem,\n\nWerkgevers zoeken kandidaten zoals jij. Maak je profiel compleet en word gevonden.",
        OTHER, name="nl complete profile",
    ),
    case(
        "Indeed <alert@indeed.nl>",
        "Vacatures die bij je passen",
        "Chauffeur C/E\nVan der Wal Transport - Zwolle\nBezorger\nPostNL - Zwolle\n\nBekijk alle vacatures",
        ALERT, name="nl matching jobs",
    ),
    case(
        "Recruitee <survey@recruitee.com>",
        "Hoe was je sollicitatie bij Tulpveld?",
        "Hoi Daan,\n\nWe horen graag hoe je de sollicitatieprocedure bij Tulpveld hebt ervaren. Vul onze "
        "korte "
        "enquête in.",
        OTHER, name="nl survey",
    ),
]
# fmt: on


@pytest.mark.parametrize("sender, subject, body, kind, status, company, title", NOT_APPLICATIONS)
def test_job_search_mail_that_is_no_application(sender, subject, body, kind, status, company, title):
    check(extract(body, subject, sender), kind, status, company, title)
