"""An employer the sender only abbreviates, which the mail writes in full (invented mail): an acronym in the
display name beside the signature's full name, a domain's label run together from the name's words or their
initials. The tracker shows the name as the mail writes it, unless the mail itself uses the short form."""

import pytest

from tests.extraction_support import extract

_WITHDRAWN = (
    "Dear Applicant\n\nYour application for the post of Senior Clerk (Ref: KDC/HR/03/2026) refers. The post "
    "has been withdrawn due to budget constraints.\n\nRegards\n\nT. Nkosi\nManager: Human Resources\n"
)


def test_an_acronym_in_the_display_name_is_the_name_the_signature_writes():
    body = _WITHDRAWN + "Kellerman District Council"
    sender = '"HR Recruitment - KDC" <recruitment@kdc.example.gov.za>'
    assert extract(sender=sender, subject="Withdrawal of post", body=body).company == (
        "Kellerman District Council"
    )


def test_an_acronym_the_mail_uses_as_the_name_stays():
    body = (
        "Hi Sam,\n\nThanks for applying to KDC! We have received your application for Data Analyst.\n\n"
        "KDC Recruiting\nKellerman Data Consulting Ltd, 4 Dock Road, Leeds"
    )
    sender = "KDC Careers <careers@kdc.example.com>"
    assert extract(sender=sender, subject="Application received", body=body).company == "KDC"


def test_a_spanish_acronym_skips_the_particles_of_the_name():
    body = (
        "Hola Ana,\n\nGracias por tu postulación al puesto de Analista de Compras. Te invitamos a una "
        "entrevista el martes 4 a las 10:00.\n\nSaludos,\nMarta Ruiz\nDistribuidora Textil del Norte"
    )
    sender = '"Reclutamiento DTN" <rh@dtn.example.mx>'
    assert extract(sender=sender, subject="Entrevista", body=body).company == "Distribuidora Textil del Norte"


@pytest.mark.parametrize(
    ("sender", "signature", "employer"),
    [
        (  # the name's first words whole, the rest by their initials
            "Pim van Rood <pim@vanrood-ws.example.nl>",
            "Pim van Rood | Van Rood Werving & Selectie",
            "Van Rood Werving & Selectie",
        ),
        (  # the name's last word put first
            "Olly Hale <olly@studiohaleandpine.example.co.uk>",
            "Olly Hale\nCreative Director\nHale & Pine Studio",
            "Hale & Pine Studio",
        ),
    ],
)
def test_a_domain_label_run_together_is_the_name_the_mail_writes(sender, signature, employer):
    body = (
        f"Hi Grace,\n\nShall we call on Friday at 11:30 about the role? It takes 20 minutes.\n\n{signature}"
    )
    assert extract(sender=sender, subject="Call on Friday", body=body).company == employer


@pytest.mark.parametrize(
    ("sender", "body", "acronym"),
    [
        pytest.param(  # the writer's own name, its initials the acronym
            '"JDM Recruitment" <recruitment@jdm.example.co.uk>',
            "Dear Jordan,\n\nWe have received your application for the Finance Officer post.\n\n"
            "Kind regards,\nJames D Miller\nRecruitment Team",
            "JDM",
            id="the_writers_name",
        ),
        pytest.param(  # a step of the hiring asked of the reader
            '"PCA Recruitment" <recruitment@pca.example.org.uk>',
            "Dear Jordan,\n\nThank you for applying for the Finance Officer post. Please complete the Pre "
            "Contract Assessment before Friday.\n\nRecruitment Team",
            "PCA",
            id="a_step_of_the_hiring",
        ),
    ],
)
def test_words_whose_initials_make_the_acronym_but_name_no_organisation_leave_it(sender, body, acronym):
    company = extract(sender=sender, subject="Application received - Finance Officer", body=body).company
    assert company == acronym


def test_a_domain_label_spelled_by_words_a_persons_name_is_made_of_is_still_the_organisation():
    body = (
        "Hoi Sanne,\n\nZoals afgesproken: zullen we dinsdag 14 oktober om 10:30 bellen? Reken op zo'n 15 "
        "minuten.\n\nGr. Rick\n\nRick van Loon | Van Loon Werving & Selectie"
    )
    sender = "Rick van Loon <rick@vanloon-ws.nl>"
    assert extract(sender=sender, subject="Belafspraak", body=body).company == "Van Loon Werving & Selectie"


def test_an_acronym_leaves_out_an_article_after_the_joining_word():
    body = (
        "Dear Candidate,\n\nWe acknowledge receipt of your application for the above competition in the "
        "Bureau of the Tidewater Grain Regulator.\n\nCompetition Reference: BTGR/AO/31/07\n\n"
        "Recruitment Unit\nBureau of the Tidewater Grain Regulator"
    )
    sender = "BTGR Recruitment <jobs@btgr.example.ie>"
    assert extract(sender=sender, subject="Acknowledgement - BTGR/AO/31/07", body=body).company == (
        "Bureau of the Tidewater Grain Regulator"
    )


@pytest.mark.parametrize(
    "signature",
    [
        "Ufficio Reclutamento\nIstituto Superiore di Studi sulle Torbiere Alpine (ISSTA)",
        "Ufficio Reclutamento\nISSTA – Istituto Superiore di Studi sulle Torbiere Alpine",
    ],
)
def test_an_acronym_set_beside_its_full_name_defines_it_and_names_nobody_alone(signature):
    body = (
        "Gentile candidata,\n\nsi comunica che la S.V. è ammessa alla prova scritta del concorso n. 9/2026 "
        f"per il profilo di Tecnologo, il giorno 4 giugno alle ore 9:30.\n\nDistinti saluti\n\n{signature}"
    )
    sender = "ISSTA – Portale Concorsi <concorsi@issta.example.it>"
    assert extract(sender=sender, subject="Bando n. 9/2026 – prova scritta", body=body).company == (
        "Istituto Superiore di Studi sulle Torbiere Alpine"
    )


def test_an_acronym_of_a_letterhead_in_capitals_with_an_elided_article():
    body = (
        "AGENZIA VALLIGIANA PER L'ORTICOLTURA DELLE TERRAZZE\nUfficio Personale\n\nGentile candidata,\n\n"
        "si comunica che la S.V. è ammessa alla prova scritta della selezione n. 3/2026 per Tecnico Agrario, "
        "il giorno 9 marzo alle ore 10:00.\n\nIl Responsabile del procedimento"
    )
    sender = "AVOT – Ufficio Personale <selezioni@avot.example.it>"
    assert extract(sender=sender, subject="Avviso n. 3/2026 – Ricevuta domanda", body=body).company == (
        "Agenzia Valligiana per l'Orticoltura delle Terrazze"
    )


def test_a_belgian_intercommunal_body_is_no_person_for_its_three_capitalised_words():
    body = (
        "Madame,\n\nNous accusons bonne réception de votre candidature dans le cadre de l'appel "
        "IQBV/REC/2026/04 – Gestionnaire de dossiers.\n\nVeuillez agréer, Madame, nos salutations "
        "distinguées.\n\nService du Personnel\nIntercommunale Quaregnon de Bassin-Vireux"
    )
    sender = "IQBV – Service du Personnel <recrutement@iqbv.example.be>"
    assert extract(sender=sender, subject="Votre candidature – IQBV/REC/2026/04", body=body).company == (
        "Intercommunale Quaregnon de Bassin-Vireux"
    )


def test_an_acronym_with_its_place_is_shown_as_the_full_name_the_mail_writes_with_the_place():
    body = (
        "Madame,\n\nSuite à l'examen de votre candidature au poste de Technicienne de laboratoire, vous êtes "
        "convoquée à un entretien le mardi 3 mars 2026 à 10h30, Centre Hospitalier Intercommunal "
        "Vallée-Ormoise, 4 rue des Saules.\n\nLa Directrice des Ressources Humaines"
    )
    sender = "CHI Vallée-Ormoise – Direction des Ressources Humaines <drh@chi-vallee-ormoise.example.fr>"
    assert extract(sender=sender, subject="Convocation à un entretien", body=body).company == (
        "Centre Hospitalier Intercommunal Vallée-Ormoise"
    )
