"""A recruiting firm whose name and domain say no trade, told by its writer's post (invented mail): a
consultant whose trade is recruiting ("Senior Recruitment Consultant", "Consultora Sénior de Selección",
"Consultor de Recrutamento", "Consultante en recrutement", "Personalberaterin"), or a consultant of a field
over the firm's line naming the trade. The labelling rule: the company is the client the mail names, else
the agency; a subject filing the post before an organisation's name files it under its client."""

import pytest

from tests.extraction_support import application_row as relayed
from tests.extraction_support import assert_application_naming, extract
from tracker.models import Status

CONSULTANTS_CLIENTS = [
    relayed(
        "an_english_consultant_files_the_mail_under_the_client",
        Status.INTERVIEW,
        "Tendercroft Valves",
        sender="Perpetua Ashgrove <perpetua@harlowmere.example>",
        subject="Tendercroft Valves - Maintenance Planner",
        body="Hi Oisin,\n\nGreat news - they'd like to meet you on Tuesday 14th at 2pm at their "
        "Runcorn site. Can you confirm that works?\n\nThanks,\nPerpetua\n\nPerpetua Ashgrove\n"
        "Senior Recruitment Consultant | Engineering\nHarlowmere Partners\n00000 000000",
    ),
    relayed(
        "a_spanish_consultant_names_the_client_after_the_post",
        Status.REJECTED,
        "Cooperativa Rivadulla",
        sender="Itziar Olabarrieta <itziar.olabarrieta@altamarconsultores.example>",
        subject="Re: Analista de Crédito – Cooperativa Rivadulla",
        body="Hola Nerea:\n\nTe escribo para contarte que, tras las entrevistas, decidieron seguir con otra "
        "persona que ya conocía su sistema de riesgos.\n\nGracias por tu tiempo.\n\nUn saludo,\n\n"
        "Itziar Olabarrieta\nConsultora Sénior de Selección\nAltamar Consultores\nTel. 000 000 000",
    ),
    relayed(
        "a_brazilian_consultant_names_the_client_after_the_step",
        Status.INTERVIEW,
        "Laticínios Serra Azulada",
        sender="Wanderléia Tavares <wanderleia@jatoba.example>",
        subject="Entrevista – Laticínios Serra Azulada – Supervisor de Produção",
        body="Oi Cleber, tudo bem?\n\nA empresa gostou do seu perfil e quer conversar com você na "
        "quarta-feira às 14h, na fábrica de Pouso Alegre. Pode confirmar?\n\nAbraço,\n\n"
        "Wanderléia Tavares\nConsultor de Recrutamento\nJatobá Consultoria\n(00) 0000-0000",
    ),
    relayed(
        "a_french_consultant_names_the_client_after_the_post",
        Status.INTERVIEW,
        "Fromageries Ardelange",
        sender="Solène Kervarec <s.kervarec@valmorel.example>",
        subject="Comptable fournisseurs - Fromageries Ardelange",
        body="Bonjour Thibaut,\n\nl'entreprise souhaite vous rencontrer jeudi à 10h dans ses locaux de "
        "Poligny. Pouvez-vous me confirmer votre présence ?\n\nBien à vous,\n\nSolène Kervarec\n"
        "Consultante en recrutement\nValmorel Conseil\n00 00 00 00 00",
    ),
    relayed(
        "a_consultant_of_a_field_over_a_recruiting_firms_line",
        Status.REJECTED,
        "Thistlewick Botanic Trust",
        sender="Radegund Pilkes <radegund@ormsfield.example>",
        subject="RE: Glasshouse Supervisor – Thistlewick Botanic Trust",
        body="Hi Anselm,\n\nI'm afraid the trust have decided to appoint someone from their own team. "
        "Thank you for all your time on this one.\n\nBest,\nRadegund\n\nRadegund Pilkes\n"
        "Associate Consultant - Horticulture & Estates\nOrmsfield Recruitment\n00000 000000",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), CONSULTANTS_CLIENTS)
def test_a_firm_whose_writer_signs_as_a_recruiting_consultant_relays_the_client(mail, status, company, title):
    assert_application_naming(extract(**mail), company, status)


def test_a_consulting_firms_own_consultant_names_their_own_firm():
    result = extract(
        sender="Fenwick Adeyemi-Lowe <fenwick@brackwoodadvisory.example>",
        subject="Graduate Analyst - Brackwood Advisory",
        body="Hi Tamsin,\n\nthank you for your application for the Graduate Analyst role. We would like to "
        "invite you to an interview on Monday at 11am.\n\nKind regards,\n\nFenwick Adeyemi-Lowe\n"
        "Senior Consultant\nBrackwood Advisory\n00000 000000",
    )
    assert_application_naming(result, "Brackwood Advisory", Status.INTERVIEW)


# A subject's part carrying a post's gender mark is the post, though its nouns are an organisation's.
POSTS_WITH_THEIR_GENDER_MARK = [
    relayed(
        "a_german_agency_files_a_call_under_the_post",
        Status.INTERVIEW,
        "Riedkamp Personalvermittlung",
        sender="Hiltrud Oberwinkler <h.oberwinkler@riedkamp.example>",
        subject="Ihre Bewerbung – Zerspaner Feinwerktechnik (m/w/d)",
        body="Hallo Herr Tessendorf,\n\ngerne würde ich mit Ihnen telefonieren: Mittwoch um 14 Uhr zu einem "
        "kurzen Telefoninterview?\n\nViele Grüße\nHiltrud Oberwinkler\nRiedkamp Personalvermittlung\n"
        "Tel. 0000 000000",
    ),
    relayed(
        "an_austrian_agency_files_its_receipt_under_the_post",
        Status.APPLIED,
        "Ybbstal Personalservice",
        sender="Gundula Prankl <g.prankl@ybbstal-personalservice.example>",
        subject="Eingangsbestätigung – Schalungsbauer Hochbau (w/m/d)",
        body="Sehr geehrter Herr Kaltschmidinger,\n\nvielen Dank für Ihre Bewerbung. Wir melden uns in den "
        "nächsten Tagen.\n\nFreundliche Grüße\nGundula Prankl\nYbbstal Personalservice GmbH\n"
        "Tel. 00000 00000",
    ),
    relayed(
        "a_spanish_agency_files_its_receipt_under_the_post",
        Status.APPLIED,
        "Almoradí Trabajo Temporal",
        sender="Remedios Valcuervo <r.valcuervo@almoradi-ett.example>",
        subject="Acuse de recibo – Estucador Construcciones (h/m)",
        body="Hola Fulgencio:\n\nhemos recibido tu candidatura y te contactaremos en breve.\n\n"
        "Un saludo,\nRemedios Valcuervo\nAlmoradí Trabajo Temporal ETT\n000 000 000",
    ),
    relayed(
        "a_dutch_agency_files_its_receipt_under_the_post",
        Status.APPLIED,
        "Zeeveld Uitzendbureau",
        sender="Anouk Terpstra <anouk@zeeveld-uitzend.example>",
        subject="Je sollicitatie – Slager Vleeswarenfabriek (m/v)",
        body="Beste Sietse,\n\nbedankt voor je sollicitatie. We nemen snel contact met je op.\n\n"
        "Groet,\nAnouk Terpstra\nZeeveld Uitzendbureau\n000-0000000",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), POSTS_WITH_THEIR_GENDER_MARK)
def test_a_subjects_post_with_its_gender_mark_is_no_client(mail, status, company, title):
    assert_application_naming(extract(**mail), company, status)
