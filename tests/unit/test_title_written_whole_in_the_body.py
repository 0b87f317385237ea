"""The subject names the post short, the letter under it names the same post whole (invented mail, several
languages and writers): every word of the subject's title in its order, an acronym as its words' initials,
with more of the post's own words around them. The fuller writing is the title; a sentence, a site or terms
running on after the post are not the post's own."""

from __future__ import annotations

import pytest

from tests.extraction_support import extract_as_read


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        pytest.param(
            "g.vandersloot@hallerbeek-transport.example",
            "Votre candidature – Chef d'équipe quai (matin)",
            "Bonjour Monsieur Okonkwo-Laval,\n\nJe reviens vers vous concernant le poste de Chef d'équipe "
            "Quai de matin (H/F/X) pour notre plateforme. Nous souhaitons vous rencontrer jeudi.\n\nBien "
            "cordialement,\nGwenaëlle Vandersloot\nHallerbeek Transport",
            "Chef d'équipe Quai de matin (H/F/X)",
            id="french-subject-short-body-with-gender-mark",
        ),
        pytest.param(
            "talent@brisloe-water.example",
            "Interview invitation - Claims Handler",
            "Hi Radomir,\n\nThe hiring team would like to meet you about the Senior Motor Claims Handler "
            "role "
            "on Monday.\n\nBest,\nAoife\nBrisloe Water",
            "Senior Motor Claims Handler",
            id="english-capitalised-words-before",
        ),
        pytest.param(
            "personal@moorwacht-kliniken.example",
            "Ihre Bewerbung: Stationsleitung Geriatrie",
            "Sehr geehrte Frau Thielemann-Ayodele,\n\nvielen Dank für Ihre Bewerbung als Stationsleitung "
            "(m/w/d) Geriatrie. Wir laden Sie gern zu einem Gespräch ein.\n\nMit freundlichen Grüßen\n"
            "Moorwacht Kliniken",
            "Stationsleitung (m/w/d) Geriatrie",
            id="german-gender-mark-inside",
        ),
        pytest.param(
            "seleccion@conservas-larrabide.example",
            "Tu candidatura: Técnico Calidad (turno tarde)",
            "Hola Eneko:\n\nGracias por tu candidatura al puesto de Técnico de Calidad Alimentaria de turno "
            "tarde (H/M). Revisaremos tu perfil en los próximos días.\n\nUn saludo,\nConservas Larrabide",
            "Técnico de Calidad Alimentaria de turno tarde (H/M)",
            id="spanish-words-between-and-gender-mark",
        ),
        pytest.param(
            "hr@quintavalle-arredi.example",
            "Candidatura Management Accountant",
            "Ciao Serafina,\n\nabbiamo ricevuto la tua candidatura per la posizione di Part-Qualified "
            "Management Accountant. Ti contatteremo a breve.\n\nUn saluto,\nQuintavalle Arredi",
            "Part-Qualified Management Accountant",
            id="italian-capitalised-words-before",
        ),
    ],
)
def test_the_body_writes_the_subjects_post_whole(sender, subject, body, title):
    assert extract_as_read(sender, subject, body).job_title == title


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        pytest.param(
            "jobs@ferrowick-pumps.example",
            "Re: Service Engineer",
            "Hi Tomasz,\n\nRegarding Service Engineer Pumps: the hiring manager would like to meet you on "
            "Friday.\n\nRegards,\nFerrowick Pumps",
            "Service Engineer",
            id="a-sentences-opening-word",
        ),
        pytest.param(
            "rh@maison-pellerade.example",
            "Candidature Assistant comptable",
            "Bonjour Maëlys,\n\nMerci pour votre candidature au poste d'Assistant comptable (CDD 12 mois). "
            "Nous revenons vers vous rapidement.\n\nCordialement,\nMaison Pellerade",
            "Assistant comptable",
            id="terms-in-a-bracket",
        ),
    ],
)
def test_what_runs_on_after_the_post_is_not_its_fuller_name(sender, subject, body, title):
    assert extract_as_read(sender, subject, body).job_title == title
