"""The post named only in the prose, under a subject that names none (invented mail): an owner's offer
"on board as X" with no article, "postularte para X", the welcome "en qualité de X" / "in qualità di X"
after where the reader is welcomed, and a public selection's "con il profilo di X".
"""

import pytest

from tests.extraction_support import extract


@pytest.mark.parametrize(
    ("subject", "body", "sender", "title"),
    [
        (
            "Re: saturday",
            "Hi Rowan,\n\nThanks again for the trial. We'd love to have you on board as Floor Supervisor. "
            "We can offer $61k, full time, starting in March.\n\nCheers,\nTamsin\nQuillwort Bistro",
            "Tamsin Oakhurst <tamsin@quillwortbistro.com.au>",
            "Floor Supervisor",
        ),
        (
            "Tu postulación en Varquena",
            "Hola Inés,\n\nGracias por el tiempo que dedicaste a postularte para "
            "Analista de Cobranzas Junior.\n\n"
            "Después de revisar tu perfil, decidimos avanzar con otras personas.\n\nEquipo de Varquena",
            "Varquena <no-reply@varquena.com.ar>",
            "Analista de Cobranzas Junior",
        ),
        (
            "Suite à nos échanges",
            "Bonjour Madame Lestrange,\n\nJ'ai le plaisir de vous confirmer notre souhait de vous "
            "accueillir au sein de la Fromagerie des Coteaux Brunes en qualité de "
            "Responsable Qualité Produits (H/F), en CDI, "
            "à compter du 2 mars.\n\nBien cordialement,\nOdile Ferrandier\nFromagerie des Coteaux Brunes",
            "Odile Ferrandier <o.ferrandier@coteauxbrunes.fr>",
            "Responsable Qualité Produits (H/F)",
        ),
        (
            "Bando n. 9/2027 – Comunicazione",
            "Gentile dott. Serra,\n\ncon riferimento alla Sua domanda di partecipazione al concorso "
            "pubblico per l'assunzione di n. 1 unità di personale con il profilo di "
            "Collaboratore Tecnico Enti di Ricerca, "
            'settore "Laboratori", si comunica che la S.V. è stata ammessa alla prova scritta.\n\n'
            "Ufficio Concorsi\nIstituto Zeltrani per le Misure Ottiche",
            "Portale Concorsi <noreply-concorsi@zeltrani.it>",
            "Collaboratore Tecnico Enti di Ricerca",
        ),
    ],
)
def test_the_post_named_in_the_prose_is_read(subject: str, body: str, sender: str, title: str) -> None:
    assert extract(subject=subject, body=body, sender=sender).job_title == title


def test_a_person_met_at_interview_is_no_title() -> None:
    body = (
        "Hi Rowan,\n\nGood news, see below from the client's team. They'd like to offer you the post!\n\n"
        "Thanks\nCallum\n\nCallum Brede\nRecruitment Consultant\nTrevanion Care Recruitment\n\n"
        "---------- Forwarded message ---------\nFrom: Resourcing Team <resourcing@wendlebury.gov.uk>\n"
        "Subject: Locum OT - Offer\nTo: Callum Brede <callum@trevanioncare.co.uk>\n\nHi Callum,\n\n"
        "Following Monday's interview with Orla Penhallow, we would like to offer Rowan Tressider the "
        "position of Lettings Negotiator (ref TLX-4418).\n\nKind regards\nResourcing Team\n"
        "Wendlebury Borough Council"
    )
    reading = extract(
        subject="FW: Locum OT - Offer", body=body, sender="Callum Brede <callum@trevanioncare.co.uk>"
    )
    assert reading.job_title == "Lettings Negotiator"
