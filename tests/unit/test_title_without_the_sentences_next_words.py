"""A title read out of a sentence ends where the sentence goes on about the application: a negated verb
("não seguirá", "no continuará", "non proseguirà"), the step the process moves the reader to ("to the
next stage", "alla fase successiva"), a first person taking the sentence on ("... role and I would"), or a
small word left where an agency's or employer's name after it was cut ("via <agency>", "do <bank>").
Invented mail, written from the class; each case failed before title_sentence_ends.py."""

import pytest

from tests.extraction_support import extract
from tracker.extraction.title_cleaning import clean_title
from tracker.extraction.title_sentence_ends import without_sentence_going_on
from tracker.models import Kind
from tracker.names import same_title


def mail(name: str, sender: str, subject: str, body: str, title: str):
    """One invented mail and the title a person reads in it."""
    return pytest.param(sender, subject, body, title, id=name)


MAILS = [
    mail(
        "portuguese_negated_verb_in_the_subject",
        "Quintarra Cerâmicas <noreply@quintarra-vagas.com.br>",
        "Sua candidatura para Técnico de Manutenção Pleno não seguirá para as próximas etapas",
        "",
        "Técnico de Manutenção Pleno",
    ),
    mail(
        "spanish_negated_verb_in_the_subject",
        "Lavandera Textil <empleo@lavanderatextil.es>",
        "Tu candidatura para Jefe de Turno de Tintorería no continuará en el proceso",
        "",
        "Jefe de Turno de Tintorería",
    ),
    mail(
        "english_next_stage_after_the_post",
        "Brackwater Mutual Early Careers <earlycareers@brackwatermutual.co.uk>",
        "Next step: your online assessment",
        "Hi Robin,\n\nGood news - we'd like to move your application for our Pensions Graduate Scheme "
        "(Bristol) to the next stage.\n\nThe next step is an online assessment. Please complete it by "
        "Friday.\n\nBrackwater Mutual Early Careers",
        "Pensions Graduate Scheme",
    ),
    mail(
        "italian_next_phase_after_the_post",
        "Ferraluce Recruiting <recruiting@ferraluce.it>",
        "Prossimo passo: test online",
        "Ciao Marta,\n\nabbiamo il piacere di ammettere la tua candidatura per Analista Controllo di "
        "Gestione (Modena) alla fase successiva della selezione: un test online di 40 minuti da "
        "completare entro venerdì.\n\nFerraluce Recruiting",
        "Analista Controllo di Gestione",
    ),
    mail(
        "english_first_person_after_the_role_noun",
        "Petra Lindqvist <petra.lindqvist@norrbake.se>",
        "Bakery Operations Lead - interview",
        "Dear Sam,\n\nthank you for your application to Norrbake. I am the hiring manager for the Bakery "
        "Operations Lead role and I would like to meet you for a first interview of about 45 minutes.\n\n"
        "Could you let me know which of these times suits you?\n- Tuesday 10:00\n- Wednesday 14:00\n\n"
        "Petra Lindqvist\nHead of Bakery Operations\nNorrbake AB",
        "Bakery Operations Lead",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body", "title"), MAILS)
def test_title_ends_before_the_sentences_next_words(sender: str, subject: str, body: str, title: str) -> None:
    result = extract(sender=sender, subject=subject, body=body)
    assert result.kind is Kind.APPLICATION, result
    assert same_title(result.job_title, title), result.job_title


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        pytest.param("Analista de Crédito não foi selecionada", "Analista de Crédito", id="pt_negation"),
        pytest.param("Responsable Qualité ne sera pas retenue", "Responsable Qualité", id="fr_negation"),
        pytest.param("Fleet Coordinator will not be progressing", "Fleet Coordinator", id="en_negation"),
        pytest.param(
            "Magazijnmedewerker niet door naar de volgende ronde", "Magazijnmedewerker", id="nl_negation"
        ),
        pytest.param("Addetto Paghe non proseguirà", "Addetto Paghe", id="it_negation"),
        pytest.param("Verkoopadviseur naar de volgende ronde", "Verkoopadviseur", id="nl_next_round"),
        pytest.param("Lagerist (m/w/d) in die nächste Runde", "Lagerist (m/w/d)", id="de_next_round"),
        pytest.param("Chargé de clientèle à l'étape suivante", "Chargé de clientèle", id="fr_next_step"),
        pytest.param("Data Steward position and we", "Data Steward", id="en_first_person_we"),
        pytest.param("Medior Tekenaar via", "Medior Tekenaar", id="nl_small_word_left_by_a_cut"),
        pytest.param("Estagiário de Finanças do", "Estagiário de Finanças", id="pt_small_word_left_by_a_cut"),
    ],
)
def test_the_sentences_next_words_are_cut(raw: str, title: str) -> None:
    assert clean_title(raw)[0] == title


@pytest.mark.parametrize(
    "title",
    [
        "Personal Laboral no Docente",
        "Pessoal não docente",
        "Collaboratore non vedente",
        "Addetto alla fase di confezionamento",
        "Head of Research and Development",
        "Software Engineer I and II",
        "Técnico de Laboratorio",
    ],
)
def test_a_posts_own_words_stay(title: str) -> None:
    assert without_sentence_going_on(title) == title
