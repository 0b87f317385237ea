"""A public competition's or a board's summary wraps the post's name in what is no part of it: the post's
number in the competition before it, the posting's code in a bracket after it, and the town with the
remote option. Invented mail by invented writers, in Portuguese, Spanish, Italian and French."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract
from tracker.extraction.title_cleaning import clean_title


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        (
            "Concursos Orvalhinho <avisos@orvalhinho-concursos.org.br>",
            "Inscrição confirmada – Edital nº 07/2026",
            "Prezado(a) candidato(a),\n\nConfirmamos a sua inscrição no Concurso Público da Prefeitura de "
            "Xerém dos Gansos.\n\nInscrição: 88123\nCargo: 118 – Técnico em Agrimensura\nLocal de prova: a "
            "divulgar\n\nEsta é uma mensagem automática.",
            "Técnico em Agrimensura",
        ),
        (
            "Oposiciones Valdequemado <oposiciones@valdequemado-empleo.es>",
            "Solicitud de inscripción recibida",
            "Estimada aspirante:\n\nHemos recibido su solicitud de participación en el proceso selectivo "
            "de la convocatoria 2026.\n\n"
            "Plaza: 07 - Auxiliar Administrativo de Archivo\nTurno: libre\n\nUn saludo,\nTribunal "
            "Calificador",
            "Auxiliar Administrativo de Archivo",
        ),
        (
            "Ufficio Concorsi Borgoceno <concorsi@borgoceno-selezioni.it>",
            "Ammissione alla prova scritta",
            "Gentile candidata,\n\nla informiamo che è stata ammessa alla prova scritta.\n\nPosizione: 3 – "
            "Istruttore Tecnico Geometra\nData: da definire\n\nCordiali saluti\nL'ufficio concorsi",
            "Istruttore Tecnico Geometra",
        ),
        (
            "Centre de gestion Aubrevanne <concours@cdg-aubrevanne.fr>",
            "Confirmation d'inscription au concours",
            "Madame,\n\nNous accusons réception de votre dossier d'inscription.\n\nPoste : 42 - Rédacteur "
            "territorial principal\nSession : 2026\n\nLe service concours",
            "Rédacteur territorial principal",
        ),
    ],
)
def test_a_competitions_number_before_the_post_is_no_part_of_it(sender, subject, body, title) -> None:
    assert extract(sender=sender, subject=subject, body=body).job_title == title


@pytest.mark.parametrize(
    ("raw", "title", "code"),
    [
        ("Analista de Compras Pleno (Cód. 4410)", "Analista de Compras Pleno", "4410"),
        ("Desarrollador Java (q5512093)", "Desarrollador Java", "q5512093"),
        ("Comptable fournisseurs (N° 2231)", "Comptable fournisseurs", "2231"),
    ],
)
def test_a_postings_code_in_a_bracket_after_the_post_is_its_code(raw, title, code) -> None:
    assert clean_title(raw) == (title, code)


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        (
            "Quarzolino Tecnologia <talentos@quarzolino.pt>",
            "Recebemos a sua candidatura",
            "Olá Joana,\n\nObrigado pela sua candidatura à vaga de Designer de Produto Sénior (Coimbra ou "
            "remoto). Vamos analisá-la com atenção.\n\nEquipa de Talento\nQuarzolino Tecnologia",
            "Designer de Produto Sénior",
        ),
        (
            "Brumaverde Software <empleo@brumaverde.es>",
            "Candidatura recibida: Ingeniera de Datos (Sevilla o teletrabajo)",
            "Hola Nerea,\n\nHemos recibido tu candidatura. La revisaremos en los próximos días.\n\nEquipo de "
            "Personas\nBrumaverde Software",
            "Ingeniera de Datos",
        ),
        (
            "Pontelunghi Sistemi <lavora@pontelunghi.it>",
            "Candidatura ricevuta",
            "Ciao Ilaria,\n\ngrazie per la tua candidatura per la posizione di Sviluppatore Backend "
            "(Bologna o da remoto). Ti faremo sapere.\n\nIl team HR\nPontelunghi Sistemi",
            "Sviluppatore Backend",
        ),
        (
            "Vercolane Conseil <recrutement@vercolane.fr>",
            "Votre candidature",
            "Bonjour Maëlle,\n\nNous avons bien reçu votre candidature pour le poste de Chargée de mission "
            "climat (Lille / télétravail) et reviendrons vers vous.\n\nL'équipe "
            "recrutement\nVercolane Conseil",
            "Chargée de mission climat",
        ),
    ],
)
def test_a_town_with_its_remote_option_in_a_bracket_is_no_part_of_the_post(sender, subject, body, title):
    assert extract(sender=sender, subject=subject, body=body).job_title == title


@pytest.mark.parametrize(
    "raw",
    ["Operário de Linha (Turno B)", "Técnico (Nível 2)", "Analista (Sénior)", "24 Horas Assistente"],
)
def test_a_post_without_a_wrapper_is_left_whole(raw: str) -> None:
    assert clean_title(raw)[0] == raw


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        (
            "Océane Brindejonc <o.brindejonc@quincailleriemorvandelle.fr>",
            "Votre candidature",
            "Bonjour Yanis,\n\nMerci d'avoir postulé pour le poste de Magasinier cariste (remplacement d'un "
            "congé parental, 8 mois) chez Quincaillerie Morvandelle. Pourriez-vous m'indiquer vos "
            "disponibilités pour un entretien?\n\nBien à vous,\nOcéane Brindejonc",
            "Magasinier cariste",
        ),
        (
            "Gualtiero Pennisi <g.pennisi@forniturepennisi.it>",
            "Candidatura ricevuta",
            "Gentile Sara,\n\ngrazie per la sua candidatura per la posizione di Addetta alla contabilità "
            "(sostituzione maternità, sei mesi) presso la nostra sede. La contatteremo a breve.\n\nCordiali "
            "saluti\nGualtiero Pennisi\nForniture Pennisi",
            "Addetta alla contabilità",
        ),
        (
            "Eulalia Arizmendi <earizmendi@conservasbarbate.es>",
            "Tu candidatura",
            "Hola Andrés:\n\nGracias por tu candidatura al puesto de Mozo de almacén (sustitución por baja, "
            "tres meses). Te llamaremos esta semana para una entrevista.\n\nUn saludo,\nEulalia Arizmendi\n"
            "Conservas Barbate",
            "Mozo de almacén",
        ),
        (
            "Josué Tavareda <josue.tavareda@moagemfaria.pt>",
            "A sua candidatura",
            "Olá Beatriz,\n\nObrigado pela sua candidatura à vaga de Técnica Administrativa (substituição de "
            "licença, 6 meses). Vamos analisá-la com atenção.\n\nCumprimentos,\nJosué Tavareda\nMoagem Faria",
            "Técnica Administrativa",
        ),
    ],
)
def test_a_remark_whose_bracket_the_title_left_open_is_no_part_of_the_post(sender, subject, body, title):
    assert extract(sender=sender, subject=subject, body=body).job_title == title
