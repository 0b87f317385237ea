"""How Italian, French, German, Spanish, Dutch and Portuguese mail names the post, by class (invented mail):
a bracket of the post's own name ("(ISO 14001)", "(Ssr.)", "(SAP)") read whole; an offer naming the
employer between its verb and the post ("averti con noi in X come Y", "que te unas a X como Y"); the
post's function or role as a field ("Fonction :", "Ruolo:"); Flemish "kandidatuur" and "jobrol"; what a post
is for after it ("para a nossa fábrica", "per la nostra sede di"); a public body's posts by their number
("n. 3 posti di X", "incarichi a tempo determinato di X", "carreira e categoria de X"); an inclusive form
in brackets ("Técnico(a)", "Reclutador(a)") only ever a person's role.
"""

import pytest

from tests.extraction_support import extract
from tracker.extraction.title_cleaning import clean_title
from tracker.extraction.title_shape import names_a_person_role


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
            "Bonjour,\n\nNous avons étudié votre dossier pour le poste de Technicien Méthodes (ISO 14001). "
            "Malheureusement, nous ne pouvons pas y donner suite.\n\nPlasturgie Nord",
            "Technicien Méthodes (ISO 14001)",
        ),
        (
            "Talento Sur <talento@surlana.com.ar>",
            "Entrevista",
            "Hola Juan, ¿qué tal?\n\nVimos tu CV para la búsqueda de Analista de Costos (Ssr.) y nos "
            "gustaría charlar con vos en una entrevista el jueves a las 11 hs.\n\nSur Lana",
            "Analista de Costos (Ssr.)",
        ),
        (
            "ASL Monte <concorsi@aslmonte.it>",
            "Avviso pubblico 12/2025 - convocazione",
            "Gentile dottoressa,\n\nper la selezione relativa all'incarico a tempo determinato di "
            '"Tecnico di Laboratorio Biomedico (Cat. D)" il colloquio si svolgerà il 3 marzo 2026 alle 10.'
            "\n\nASL Monte",
            "Tecnico di Laboratorio Biomedico (Cat. D)",
        ),
        (
            "RH Plasturgie Nord <rh@plasturgie-nord.fr>",
            "Information concernant le poste de Technicien Méthodes",
            "Madame,\n\nLe recrutement pour le poste de Technicien Méthodes (ISO 9001 / IATF 16949) est "
            "interrompu pour le moment.\n\nPlasturgie Nord",
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
            "Caro Luca,\n\nè deciso: ci piacerebbe averti con noi in Ferri Impianti come Tecnico Frigorista "
            "a partire da marzo. La proposta di assunzione è in allegato.\n\nPaolo",
            "Tecnico Frigorista",
        ),
        (
            "Ana Ruiz <ana@lumbreestudio.es>",
            "Oferta",
            "Hola Marta,\n\nqueremos ofrecerte el puesto: nos encantaría que te sumes a Lumbre Estudio como "
            "Diseñadora UX (producto). Mañana te llega la oferta con el contrato.\n\nAna",
            "Diseñadora UX (producto)",
        ),
        (
            "Joana Reis <joana@hotelmar.pt>",
            "Proposta",
            "Caro Pedro,\n\na equipa ficou muito bem impressionada e queremos contar contigo como Empregado "
            "de Mesa no Hotel Mar. Segue a proposta em anexo.\n\nJoana Reis",
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
            "Bonjour,\n\nVotre candidature est enregistrée.\n\nFonction : Analyste budgétaire (m/f/x)\n"
            "Service : Direction du budget\n\nCordialement",
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
            "Dag Tom,\n\nMerci voor je kandidatuur als calculator. Na overleg gaan we helaas niet verder "
            "met je profiel.\n\nJan Peeters\nBouw Peeters NV",
            "Calculator",
        ),
        (
            "uw sollicitatie",
            "Dag Tom,\n\nHelaas: we kiezen ervoor om de functie van projectleider intern in te vullen.\n\n"
            "Jan Peeters\nBouw Peeters NV",
            "Projectleider",
        ),
        (
            "Uitnodiging sollicitatiegesprek",
            "Dag Sam,\n\nBedankt voor je sollicitatie. Je cv voor de jobrol als Magazijnverantwoordelijke "
            "is goed ontvangen en we nodigen je uit voor een gesprek op dinsdag 14 oktober om 10u.\n\n"
            "Jan Peeters\nBouw Peeters NV",
            "Magazijnverantwoordelijke",
        ),
        (
            "Aanbod",
            "Beste Eva,\n\nNa de gesprekken bieden we je graag de functie aan van Klinisch Analist (m/v/x) "
            "binnen onze afdeling Labo.\n\nBouw Peeters NV",
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
            "Olá Ana,\n\nGostaríamos de a conhecer melhor: a sua candidatura à vaga de Técnico de Qualidade "
            "(HACCP) para a nossa fábrica de Braga passou à entrevista, na terça-feira às 10h.\n\nSerra",
            "Técnico de Qualidade (HACCP)",
        ),
        (
            "Recursos Humanos Lusomar <rh@lusomar.pt>",
            "Caro Rui,\n\nQueremos falar consigo sobre a vaga de Coordenador Logístico para o armazém novo "
            "do Porto: pode vir a uma entrevista na quinta-feira às 14h?\n\nLusomar",
            "Coordenador Logístico",
        ),
        (
            "Selezione Ferri <selezione@ferrimeccanica.it>",
            "Buongiorno,\n\ngrazie: il suo CV per la posizione di Tecnico Manutentore per la nostra sede di "
            "Brescia è arrivato e lo stiamo valutando.\n\nFerri Meccanica",
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
            "Gentile candidata,\n\nLa ringraziamo per la domanda relativa agli incarichi a tempo "
            "determinato di Dirigente Medico - Cardiologia: il colloquio si terrà il 3 marzo 2026.\n\n"
            "ASL Monte",
            "Dirigente Medico - Cardiologia",
        ),
        (
            "Comune di Valdoro <personale@comune.valdoro.it>",
            "Gentile candidato,\n\nil bando per n. 2 posti di Istruttore Amministrativo, al quale è ammesso, "
            "prevede una prova scritta il 12/03/2026 alle ore 9:00.\n\nUfficio Personale",
            "Istruttore Amministrativo",
        ),
        (
            "Município de Pedra Alta <rh@cm-pedraalta.pt>",
            "Exma. Senhora,\n\nInformamos que foi admitida no concurso para a categoria de Assistente "
            "Técnico (Área Administrativa). A prova escrita decorre no dia 9 de março.\n\nMunicípio de "
            "Pedra Alta",
            "Assistente Técnico (Área Administrativa)",
        ),
        (
            "Studio Bianchi <info@studiobianchi.it>",
            "Buongiorno,\n\nabbiamo letto il CV che ci ha mandato sul nostro annuncio per impiegata "
            "amministrativa, ma abbiamo scelto un altro profilo.\n\nStudio Bianchi",
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


@pytest.mark.parametrize(
    "text",
    ["Técnico(a) de Almacén", "Contador(a) Sr.", "Peón(a) de Obra", "Recrutador(a) Técnico", "Reclutadora"],
)
def test_an_inclusive_form_in_brackets_or_a_recruiters_noun_names_a_persons_role(text):
    assert names_a_person_role(text)


@pytest.mark.parametrize("text", ["Grupo Ribera (a) Madrid", "Distribuidora Selva"])
def test_an_organisations_name_is_no_inclusive_form(text):
    assert not names_a_person_role(text)


def test_a_subjects_inclusive_post_after_the_step_is_the_title():
    result = extract(
        sender="Lorena Vidal <lvidal@almacenesduero.example>",
        subject="Entrevista - Reclutador(a) de Sucursal",
        body="Hola Iván:\n\n¿Podrías conectarte el jueves a las 12:00 por videollamada para platicar?\n\n"
        "Saludos,\nLorena Vidal\nAlmacenes Duero",
    )
    assert result.job_title == "Reclutador(a) de Sucursal"
