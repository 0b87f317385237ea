"""How Italian, French, German, Spanish, Dutch and Portuguese mail names the post, by class (invented mail):
a bracket of the post's own name ("(ISO 14001)", "(Ssr.)", "(SAP)") read whole; an offer naming the
employer between its verb and the post ("averti con noi in X come Y", "que te unas a X como Y"); the
post's function or role as a field ("Fonction :", "Ruolo:"); Flemish "kandidatuur" and "jobrol"; what a post
is for after it ("para a nossa fábrica", "per la nostra sede di"); a public body's posts by their number
("n. 3 posti di X", "incarichi a tempo determinato di X", "carreira e categoria de X").
"""

import pytest

from tests.extraction_support import extract
from tracker.extraction.title_cleaning import clean_title


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        ("Technicien Méthodes (ISO 14001)", "Technicien Méthodes (ISO 14001)"),
        ("Ingénieur Qualité (ISO 9001 / IATF 16949)", "Ingénieur Qualité (ISO 9001 / IATF 16949)"),
        ("Analyst (Req 12345)", "Analyst"),
        ("Analyst (12345)", "Analyst"),
    ],
)
def test_a_standards_number_in_the_posts_bracket_is_no_requisition(raw, title):
    assert clean_title(raw)[0] == title


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        (
            "RH Plasturgie Nord <rh@plasturgie-nord.fr>",
            "Votre candidature",
            "Bonjour,\n\nSuite à votre candidature au poste de Technicien Méthodes (ISO 14001), nous vous "
            "informons que nous ne pouvons pas y donner suite.\n\nCordialement,\nPlasturgie Nord",
            "Technicien Méthodes (ISO 14001)",
        ),
        (
            "Talento Sur <talento@surlana.com.ar>",
            "Entrevista",
            "Hola Juan,\n\nTe escribimos porque nos interesó tu perfil para la búsqueda de Analista de "
            "Costos (Ssr.) y queremos coordinar una entrevista el martes a las 10 hs.\n\nSaludos,\nSur Lana",
            "Analista de Costos (Ssr.)",
        ),
        (
            "ASL Monte <concorsi@aslmonte.it>",
            "Avviso pubblico 12/2025 - convocazione",
            "Gentile candidata,\n\ncon riferimento all'avviso pubblico n. 12/2025 per il conferimento di "
            'incarico a tempo determinato di "Tecnico di Laboratorio Biomedico (Cat. D)", Le comunichiamo '
            "che è stata ammessa al colloquio.\n\nData: 3 marzo 2026\n\nUfficio Concorsi\nASL Monte",
            "Tecnico di Laboratorio Biomedico (Cat. D)",
        ),
        (
            "RH Plasturgie Nord <rh@plasturgie-nord.fr>",
            "Information concernant le poste de Technicien Méthodes",
            "Madame,\n\nSuite à votre candidature au poste de Technicien Méthodes (ISO 9001 / IATF 16949), "
            "nous vous informons que le recrutement est suspendu.\n\nCordialement,\nPlasturgie Nord",
            "Technicien Méthodes (ISO 9001 / IATF 16949)",
        ),
    ],
)
def test_a_bracket_of_the_posts_own_name_is_read_whole(sender, subject, body, title):
    assert extract(sender=sender, subject=subject, body=body).job_title == title


def test_a_bracket_a_list_writes_after_another_post_of_the_same_name_is_not_added():
    result = extract(
        sender="Ferri Logistica <selezione@ferrilogistica.it>",
        subject="Candidatura ricevuta - Magazziniere",
        body="Gentile candidato,\n\nabbiamo ricevuto la sua candidatura.\n\nAltre offerte:\nMagazziniere "
        "(Notturno)\nCarrellista\n\nFerri Logistica",
    )
    assert result.job_title == "Magazziniere"


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        (
            "Paolo Ferri <paolo@ferriimpianti.it>",
            "Proposta di assunzione",
            "Ciao Luca,\n\nsono felice di dirti che vorremmo averti con noi in Ferri Impianti come Tecnico "
            "Frigorista.\n\nTi mando la lettera con i dettagli.\n\nPaolo",
            "Tecnico Frigorista",
        ),
        (
            "Ana Ruiz <ana@lumbreestudio.es>",
            "Oferta",
            "Hola Marta,\n\nnos hace mucha ilusión decirte que queremos que te unas a Lumbre Estudio como "
            "Diseñadora UX (producto).\n\nTe enviamos el contrato y la oferta esta semana.\n\nAna",
            "Diseñadora UX (producto)",
        ),
        (
            "Joana Reis <joana@hotelmar.pt>",
            "Proposta",
            "Olá Pedro,\n\nTenho o gosto de lhe comunicar que gostaríamos de contar consigo como "
            "Empregado de Mesa no Hotel Mar.\n\nAguardo a sua resposta até sexta-feira.\n\nJoana Reis",
            "Empregado de Mesa",
        ),
        (
            "Claire Martin <claire@atelier-vigne.fr>",
            "Proposition",
            "Bonjour Paul,\n\nNous serions ravis de vous accueillir chez Atelier Vigne comme Chef de cave "
            "adjoint.\n\nVous trouverez la proposition en pièce jointe.\n\nClaire",
            "Chef de cave adjoint",
        ),
    ],
)
def test_an_offer_naming_the_employer_before_the_post_reads_the_post(sender, subject, body, title):
    result = extract(sender=sender, subject=subject, body=body)
    assert result.status == "offer"
    assert result.job_title == title


def test_joining_as_a_part_of_the_team_names_no_post():
    result = extract(
        sender="Ana Ruiz <ana@lumbreestudio.es>",
        subject="Oferta",
        body="Hola Marta,\n\ntras la entrevista, queremos ofrecerte el puesto de Diseñadora UX. Esperamos "
        "contar contigo como parte del equipo pronto.\n\nUn abrazo,\nAna",
    )
    assert result.job_title == "Diseñadora UX"


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        (
            "Portail emploi public <noreply@emploi-public.be>",
            "Confirmation de votre candidature",
            "Bonjour,\n\nNous avons bien reçu votre candidature pour la sélection suivante :\n\n"
            "Numéro de sélection : ABC123\nFonction : Analyste budgétaire (m/f/x)\nEmployeur : SPF Finances\n"
            "Lieu : Namur\n\nCordialement",
            "Analyste budgétaire (m/f/x)",
        ),
        (
            "Studio Verdi <info@studioverdi.it>",
            "Proposta di assunzione",
            "Ciao Sara,\n\ndopo il colloquio siamo felici di proporti l'assunzione. Ti riassumo la proposta:"
            "\n\nRuolo: Geometra junior\nContratto: tempo indeterminato\n\nA presto,\nStudio Verdi",
            "Geometra junior",
        ),
    ],
)
def test_the_posts_function_or_role_as_a_field_is_the_title(sender, subject, body, title):
    assert extract(sender=sender, subject=subject, body=body).job_title == title


@pytest.mark.parametrize(
    ("subject", "body", "title"),
    [
        (
            "uw kandidatuur",
            "Dag Tom,\n\nBedankt voor je kandidatuur als calculator en voor het gesprek van vorige week.\n\n"
            "We hebben beslist om niet verder te gaan.\n\nJan Peeters\nBouw Peeters NV",
            "Calculator",
        ),
        (
            "uw sollicitatie",
            "Dag Tom,\n\nWe hebben intussen beslist om de functie van projectleider in te vullen met een "
            "interne kandidaat.\n\nMet vriendelijke groeten,\nJan Peeters\nBouw Peeters NV",
            "Projectleider",
        ),
        (
            "Uitnodiging sollicitatiegesprek",
            "Dag Sam,\n\nBedankt voor je sollicitatie. De klant voor de jobrol als Magazijnverantwoordelijke "
            "nodigt je graag uit voor een gesprek op dinsdag 14 oktober om 10u.\n\nGroetjes,\nJan Peeters\n"
            "Bouw Peeters NV",
            "Magazijnverantwoordelijke",
        ),
        (
            "Aanbod",
            "Beste Eva,\n\nMet genoegen bieden wij je de functie aan van Klinisch Analist (m/v/x) binnen de "
            "dienst Labo.\n\nMet vriendelijke groeten,\nBouw Peeters NV",
            "Klinisch Analist (m/v/x)",
        ),
    ],
)
def test_flemish_names_the_application_and_the_post_its_own_way(subject, body, title):
    result = extract(sender="Jan Peeters <jan@bouwpeeters.be>", subject=subject, body=body)
    assert result.job_title == title


@pytest.mark.parametrize(
    ("sender", "body", "title"),
    [
        (
            "Talentos Serra <rh@serraverde.pt>",
            "Olá Ana,\n\nNa sequência da sua candidatura à vaga de Técnico de Qualidade (HACCP) para a nossa "
            "fábrica, convidamos para entrevista na terça-feira às 10h.\n\nCumprimentos,\nSerra Verde",
            "Técnico de Qualidade (HACCP)",
        ),
        (
            "Recursos Humanos Lusomar <rh@lusomar.pt>",
            "Caro Rui,\n\nNa sequência da sua candidatura à vaga de Coordenador Logístico para o projecto de "
            "expansão no Porto, gostaríamos de o convidar para uma entrevista na quinta-feira às 14h.\n\n"
            "Cumprimentos,\nLusomar",
            "Coordenador Logístico",
        ),
        (
            "Selezione Ferri <selezione@ferrimeccanica.it>",
            "Gentile candidato,\n\nabbiamo ricevuto la sua candidatura per la posizione di Tecnico "
            "Manutentore per la nostra sede di Brescia.\n\nCordiali saluti\nFerri Meccanica",
            "Tecnico Manutentore",
        ),
    ],
)
def test_what_the_post_is_for_after_it_is_no_part_of_it(sender, body, title):
    assert extract(sender=sender, subject="Candidatura", body=body).job_title == title


@pytest.mark.parametrize(
    ("sender", "body", "title"),
    [
        (
            "ASL Monte <concorsi@aslmonte.it>",
            "Gentile candidata,\n\ncon riferimento all'avviso pubblico per il conferimento di incarichi a "
            "tempo determinato di Dirigente Medico - Cardiologia, Le comunichiamo che è stata ammessa al "
            "colloquio.\n\nData: 3 marzo 2026\n\nUfficio Concorsi\nASL Monte",
            "Dirigente Medico - Cardiologia",
        ),
        (
            "Comune di Valdoro <personale@comune.valdoro.it>",
            "Si comunica che la S.V. è ammessa alla prova scritta per la copertura di n. 2 posti di "
            "Istruttore Amministrativo.\n\nLa prova si terrà il 12/03/2026 alle ore 9:00.\n\nUfficio "
            "Personale",
            "Istruttore Amministrativo",
        ),
        (
            "Município de Pedra Alta <rh@cm-pedraalta.pt>",
            "Exma. Senhora,\n\nAcusamos a receção da sua candidatura ao procedimento concursal para ocupação "
            "de 2 postos de trabalho na carreira e categoria de Assistente Técnico (Área Administrativa), em "
            "regime de contrato.\n\nDivisão de Recursos Humanos\nMunicípio de Pedra Alta",
            "Assistente Técnico (Área Administrativa)",
        ),
        (
            "Studio Bianchi <info@studiobianchi.it>",
            "Buongiorno,\n\nla ringraziamo per aver risposto al nostro annuncio per impiegata "
            "amministrativa. Abbiamo scelto un altro profilo.\n\nCordiali saluti\nStudio Bianchi",
            "Impiegata amministrativa",
        ),
    ],
)
def test_a_public_bodys_posts_by_their_number_name_the_post(sender, body, title):
    assert extract(sender=sender, subject="Comunicazione", body=body).job_title == title


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "Olá Rui,\n\nObrigado pela sua candidatura à oportunidade Analista de Dados (Python) – Ref. "
            "NT-118.\n\nCumprimentos,\nNorte Talent",
            "Analista de Dados (Python)",
        ),
        (
            "Ciao Luca,\n\ngrazie per la tua candidatura all'opportunità Sviluppatore Backend presso Arco "
            "Group.\n\nIl team HR",
            "Sviluppatore Backend",
        ),
        (
            "Bonjour,\n\nMerci pour votre candidature à l'opportunité Chargé de mission RSE chez Lumen.\n\n"
            "L'équipe RH",
            "Chargé de mission RSE",
        ),
        (
            "Hola Ana,\n\nGracias por tu candidatura a la oportunidad Técnico de Soporte en Bilbao.\n\n"
            "Equipo de Talento",
            "Técnico de Soporte",
        ),
        ("Hola Ana,\n\nGracias por tu candidatura a la oportunidad que publicamos.\n\nEquipo", None),
    ],
)
def test_the_application_to_the_opportunity_by_its_name_names_the_post(body, title):
    result = extract(sender="Talento Norte <rrhh@talentonorte.es>", subject="Candidatura recibida", body=body)
    assert result.job_title == title
