"""Titles in German, Dutch and Portuguese mail (invented mail and titles): a German post named in the
genitive after the post's noun ("die Stelle einer Wissenschaftlichen Mitarbeiterin") is the post in its
own form; a formal letter's subject label ("Betreft:", "Betreff:") is no part of the subject; a posting's
number before the post ("Vacature V2026-014 X") and a status phrase before the application's word ("Stand
van zaken sollicitatie X") are no part of the title; a Portuguese post after "na posição de", "no cargo
de", "a vaga para", on the line under "Você se candidatou à vaga:" and before the writer's "aqui" is read,
an internship ("Estágio") is a post, and a technical challenge ("Desafio técnico") is a step.
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.extraction.german_post_cases import in_its_own_case
from tracker.models import Status


@pytest.mark.parametrize(
    ("named", "post"),
    [
        ("einer Wissenschaftlichen Mitarbeiterin (m/w/d)", "Wissenschaftliche Mitarbeiterin (m/w/d)"),
        ("des Lagerleiters", "Lagerleiter"),
        ("eines Technischen Zeichners", "Technischer Zeichner"),
        ("des Praktikanten (m/w/d)", "Praktikant (m/w/d)"),
        ("eines Leitenden Oberarztes", "Leitender Oberarzt"),
        ("des Sachbearbeiters Einkauf (m/w/d)", "Sachbearbeiter Einkauf (m/w/d)"),
        ("der Kaufmännischen Leitung", "Kaufmännische Leitung"),
        ("einer/eines Bauingenieurin/Bauingenieurs (m/w/d)", "Bauingenieurin/Bauingenieur (m/w/d)"),
    ],
)
def test_a_german_post_named_in_the_genitive_is_the_post_in_its_own_form(named: str, post: str) -> None:
    assert in_its_own_case(named) == post


@pytest.mark.parametrize("title", ["Data Analyst", "Der Bergdoktor Fan", "des", "Disponent (m/w/d)"])
def test_a_title_without_a_declined_article_stays(title: str) -> None:
    assert in_its_own_case(title) == title


ROWS = [
    application_row(
        "German: the post after the post's noun in the genitive",
        Status.APPLIED,
        "Hochschule Weidenau",
        "Wissenschaftliche Mitarbeiterin (m/w/d)",
        sender="Hochschule Weidenau <personal@hs-weidenau.de>",
        subject="Ihre Bewerbung - Kennziffer 31/2026",
        body="Sehr geehrte Frau Dr. Albers,\n\nvielen Dank für Ihre Bewerbung auf die ausgeschriebene Stelle "
        "einer Wissenschaftlichen Mitarbeiterin (m/w/d) am Institut für Hydrologie.\n\nMit freundlichen "
        "Grüßen\nHochschule Weidenau",
    ),
    application_row(
        "German: a masculine post's genitive",
        Status.REJECTED,
        "Gasthof Lindenhain",
        "Küchenleiter",
        sender="Gasthof Lindenhain <jobs@lindenhain-gasthof.de>",
        subject="Ihre Bewerbung",
        body="Guten Tag Herr Roth,\n\nvielen Dank für Ihr Interesse an der ausgeschriebenen Position des "
        "Küchenleiters. Leider haben wir uns für einen anderen Bewerber entschieden.\n\nGasthof Lindenhain",
    ),
    application_row(
        "Dutch: a letter's subject label before the application",
        Status.APPLIED,
        "Gemeente Wolderveen",
        "Junior Jurist",
        sender="Gemeente Wolderveen <werving@wolderveen.nl>",
        subject="Betreft: sollicitatie Junior Jurist",
        body="Geachte heer Dekker,\n\nHierbij bevestigen wij de ontvangst van uw brief. Wij laten u binnen "
        "drie weken weten of u wordt uitgenodigd.\n\nMet vriendelijke groet,\nGemeente Wolderveen",
    ),
    application_row(
        "Dutch: a status phrase before the application's word",
        Status.APPLIED,
        "Waterbedrijf Lekdal",
        "Senior Procesanalist",
        sender="Team Werving Waterbedrijf Lekdal <werving@lekdalwater.nl>",
        subject="Stand van zaken sollicitatie Senior Procesanalist",
        body="Beste Ruud,\n\nWe zijn nog met de selectie bezig. Uiterlijk donderdag hoor je van ons.\n\n"
        "Team Werving",
    ),
    application_row(
        "Dutch: the posting's number between the post's noun and its name",
        Status.APPLIED,
        "Gemeente Wolderveen",
        "Toezichthouder Bouwen",
        sender="Gemeente Wolderveen <werving@wolderveen.nl>",
        subject="Sollicitatie vacature V2026-014 Toezichthouder Bouwen",
        body="Geachte mevrouw Smits,\n\nHierbij bevestigen wij de ontvangst van uw sollicitatie.\n\n"
        "Met vriendelijke groet,\nGemeente Wolderveen",
    ),
    application_row(
        "German: a public posting named by its number",
        Status.REJECTED,
        "Landratsamt Oberhain",
        "Sachbearbeiter/in Gewerbeaufsicht",
        sender="Landratsamt Oberhain <bewerbung@lra-oberhain.de>",
        subject="Ausschreibung Nr. 17/2026 Sachbearbeiter/in Gewerbeaufsicht",
        body="Sehr geehrter Herr Winter,\n\nleider müssen wir Ihnen mitteilen, dass Ihre Bewerbung nicht "
        "berücksichtigt werden konnte.\n\nMit freundlichen Grüßen\nLandratsamt Oberhain",
    ),
    application_row(
        "Portuguese: the post after 'na posição de', in lowercase",
        Status.REJECTED,
        "Laticínios Serra Azul",
        "Analista de suprimentos",
        sender="RH Laticínios Serra Azul <rh@serraazul-laticinios.com.br>",
        subject="Retorno do processo seletivo",
        body="Olá Bruna,\n\nAgradecemos seu interesse em fazer parte do nosso time na posição de analista de "
        "suprimentos. Infelizmente não seguiremos com sua candidatura.\n\nRH Laticínios Serra Azul",
    ),
    application_row(
        "Portuguese: the writer's 'aqui' after the post",
        Status.INTERVIEW,
        "Estúdio Marola",
        "Ilustrador Júnior",
        sender="Paula Reis <paula.reis@estudiomarola.com.br>",
        subject="Re: vaga de ilustração",
        body="Oi Caio, tudo bem?\n\nObrigada por se candidatar para a vaga de Ilustrador Júnior aqui no "
        "Estúdio Marola. Podemos conversar na quarta às 16h?\n\nAbs,\nPaula",
    ),
    application_row(
        "Portuguese: a technical challenge before the post in the subject",
        Status.ASSESSMENT,
        "Cooperfin",
        "Pessoa Desenvolvedora Android",
        sender="Recrutamento Cooperfin <jobs@cooperfin.com.br>",
        subject="Desafio técnico - Pessoa Desenvolvedora Android",
        body="Olá Lívia,\n\nParabéns! Você avançou para a etapa do desafio técnico. Você tem 5 dias para "
        "entregar.\n\nTime de Recrutamento Cooperfin",
    ),
    application_row(
        "Portuguese: the post after 'a vaga para'",
        Status.REJECTED,
        "Mercearia Boa Safra",
        "Repositor de Hortifrúti",
        sender="RH Mercearia Boa Safra <rh@boasafra.com.br>",
        subject="Retorno da sua candidatura",
        body="Olá Jonas,\n\nInfelizmente a vaga para Repositor de Hortifrúti foi preenchida.\n\nRH Mercearia "
        "Boa Safra",
    ),
    application_row(
        "Portuguese: an internship programme in the subject",
        Status.REJECTED,
        "Transportadora Rumo Sul",
        "Programa de Estágio 2027",
        sender="Pessoas Transportadora Rumo Sul <pessoas@rumosul.com.br>",
        subject="Programa de Estágio 2027 | Resultado",
        body="Olá Igor,\n\nAgradecemos sua participação no nosso processo. Infelizmente você não seguirá "
        "para a próxima fase.\n\nPessoas Transportadora Rumo Sul",
    ),
    application_row(
        "Portuguese board: the post on the line under 'Você se candidatou à vaga:'",
        Status.APPLIED,
        "Construtora Horizonte Azul",
        "Técnico em Edificações",
        sender="Vagas <noreply@vagas-portal.example>",
        subject="Candidatura confirmada",
        body="Olá Anderson,\n\nVocê se candidatou à vaga:\n\nTécnico em Edificações\nConstrutora Horizonte "
        "Azul\n\nAcompanhe o processo pelo site.",
    ),
    application_row(
        "Austrian German: a teacher's compound in the genitive",
        Status.INTERVIEW,
        "Gemeinde Thalbach",
        "Kindergartenpädagogin",
        sender="Gemeinde Thalbach <personal@thalbach.at>",
        subject="Ihre Bewerbung",
        body="Sehr geehrte Frau Huber,\n\nvielen Dank für Ihre Bewerbung um die Stelle einer "
        "Kindergartenpädagogin. Wir laden Sie zu einem Vorstellungsgespräch am 3. Juni um 9 Uhr ein.\n\nMit "
        "freundlichen Grüßen\nGemeinde Thalbach",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), ROWS)
def test_the_post_is_read_without_its_case_label_or_number(
    mail: dict[str, str], status: Status, company: str, title: str
) -> None:
    assert_reads_application(extract(**mail), status, company, title)
