"""Status wording in Italian, French, German, Spanish, Dutch and Portuguese, by class (invented mail):
another candidate written with both genders ("otro(a) candidato(a)"), the post filled from within, a video
interview done alone at the reader's pace, a first chat offered by a person, a public call's register and
its post awarded to another, a post no longer filled with its title and reason between, a public
competition's written exam, a case set as the next step.
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.models import Status


@pytest.mark.parametrize(
    ("mail", "status", "company", "title"),
    [
        application_row(
            "es: another candidate with both genders in brackets",
            Status.REJECTED,
            "Ferreterías Ocampo",
            sender="Selección Ferreterías Ocampo <seleccion@ferreteriasocampo.mx>",
            subject="Sobre tu proceso",
            body="Hola Daniel:\n\nGracias por participar en el proceso para Encargado(a) de Almacén. El "
            "equipo decidió continuar con otro(a) candidato(a) con más experiencia en "
            "inventarios.\n\nSaludos,\nSelección\nFerreterías Ocampo",
        ),
        application_row(
            "es: another candidate with both genders after a slash",
            Status.REJECTED,
            "Clínica Dental Robledal",
            sender="Clínica Dental Robledal <rrhh@robledaldental.es>",
            subject="Tu candidatura",
            body="Hola Irene,\n\nTe agradecemos tu interés. Finalmente nos hemos decantado por otro/a "
            "candidato/a para el puesto de Higienista Dental.\n\nUn saludo,\nClínica Dental Robledal",
        ),
        application_row(
            "pt: another candidate with both genders in brackets",
            Status.REJECTED,
            "Padaria Estrela do Vale",
            sender="Padaria Estrela do Vale <rh@estreladovale.com.br>",
            subject="Retorno do processo",
            body="Olá Camila,\n\nAgradecemos a sua participação. Optamos por outro(a) candidato(a) para a "
            "vaga de Confeiteira.\n\nAbraços,\nPadaria Estrela do Vale",
        ),
        application_row(
            "nl: the post filled with an internal candidate",
            Status.REJECTED,
            "Woonzorg De Linde",
            sender="HR Woonzorg De Linde <hr@woonzorgdelinde.nl>",
            subject="Uw sollicitatie als activiteitenbegeleider",
            body="Beste meneer Bakker,\n\nDank voor het prettige gesprek. We hebben besloten de functie in "
            "te vullen met een interne kandidaat.\n\nMet vriendelijke groet,\nWoonzorg De Linde",
        ),
        application_row(
            "nl: the post filled from within, the verb last",
            Status.REJECTED,
            "Drukkerij Verbeek",
            sender="Drukkerij Verbeek <personeel@drukkerijverbeek.nl>",
            subject="Je sollicitatie",
            body="Hoi Sanne,\n\nBedankt voor je sollicitatie. De vacature van orderpicker wordt intern "
            "ingevuld.\n\nGroet,\nDrukkerij Verbeek",
        ),
        application_row(
            "fr: the post filled internally",
            Status.REJECTED,
            "Fromagerie Lachaume",
            sender="Fromagerie Lachaume <recrutement@lachaume.fr>",
            subject="Votre candidature",
            body="Bonjour Léa,\n\nMerci pour votre candidature. Le poste d'affineuse a finalement été pourvu "
            "en interne.\n\nCordialement,\nFromagerie Lachaume",
        ),
        application_row(
            "fr: an internal candidate chosen",
            Status.REJECTED,
            "Transports Morvan",
            sender="Transports Morvan <rh@transportsmorvan.fr>",
            subject="Votre candidature",
            body="Bonjour Hugo,\n\nAprès réflexion, nous avons privilégié une candidature interne pour le "
            "poste d'exploitant transport.\n\nCordialement,\nTransports Morvan",
        ),
        application_row(
            "es: the post covered with an internal candidate",
            Status.REJECTED,
            "Hotel Mirasierra",
            sender="Hotel Mirasierra <empleo@hotelmirasierra.es>",
            subject="Tu candidatura",
            body="Hola Sergio,\n\nGracias por tu tiempo. Hemos decidido cubrir la vacante con una candidata "
            "interna.\n\nUn saludo,\nHotel Mirasierra",
        ),
        application_row(
            "pt: the post filled internally",
            Status.REJECTED,
            "Cerâmica Ribafria",
            sender="Cerâmica Ribafria <rh@ribafria.pt>",
            subject="A sua candidatura",
            body="Olá Tiago,\n\nObrigado pelo seu interesse. A vaga de Técnico de Manutenção foi preenchida "
            "internamente.\n\nCumprimentos,\nCerâmica Ribafria",
        ),
    ],
)
def test_another_or_an_internal_candidate_chosen_is_a_rejection(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


@pytest.mark.parametrize(
    ("mail", "status", "company", "title"),
    [
        application_row(
            "es: a video interview answered at the reader's pace",
            Status.ASSESSMENT,
            "Ópticas Barranco",
            sender="Ópticas Barranco <talento@opticasbarranco.es>",
            subject="Siguiente paso: entrevista en video",
            body="Hola Marta:\n\nComo siguiente paso para Óptico/a Optometrista, te invitamos a una "
            "entrevista en video a tu ritmo. Tendrás tres días.\n\nÓpticas Barranco",
        ),
        application_row(
            "fr: a video interview to complete",
            Status.ASSESSMENT,
            "Maison Verlaque",
            sender="Maison Verlaque <talents@verlaque.fr>",
            subject="Prochaine étape",
            body="Bonjour Inès,\n\nPour la suite du processus, nous vous invitons à compléter un entretien "
            "vidéo avant vendredi.\n\nMaison Verlaque",
        ),
        application_row(
            "pt: a video interview at the reader's own pace",
            Status.ASSESSMENT,
            "Conservas Maré Alta",
            sender="Conservas Maré Alta <rh@marealta.pt>",
            subject="Próxima etapa",
            body="Olá Joana,\n\nA próxima etapa é uma entrevista em vídeo, que pode fazer ao seu ritmo até "
            "domingo.\n\nConservas Maré Alta",
        ),
        application_row(
            "es: a video interview held with a person stays an interview",
            Status.INTERVIEW,
            "Ópticas Barranco",
            sender="Ópticas Barranco <talento@opticasbarranco.es>",
            subject="Entrevista",
            body="Hola Marta:\n\nNos gustaría realizar una entrevista en video con nuestra gerente el lunes "
            "a las 10:00.\n\nÓpticas Barranco",
        ),
    ],
)
def test_a_video_interview_done_alone_is_an_assessment(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


@pytest.mark.parametrize(
    ("mail", "status", "company", "title"),
    [
        application_row(
            "it: a first chat asked in the conditional",
            Status.INTERVIEW,
            "Carpenteria Valsugana",
            sender="Franco Dellai <f.dellai@carpenteriavalsugana.it>",
            subject="R: candidatura saldatore",
            body="Buongiorno Davide,\n\nabbiamo ricevuto il suo curriculum. Le andrebbe di fare una prima "
            "chiacchierata la settimana prossima?\n\nFranco Dellai\nCarpenteria Valsugana S.r.l.",
        ),
        application_row(
            "it: a call offered on a named tool",
            Status.INTERVIEW,
            "Studio Grafico Lanterna",
            sender="Elisa Borin <elisa@studiolanterna.it>",
            subject="Re: candidatura grafica junior",
            body="Ciao Marta,\n\ngrazie per il portfolio, ci è piaciuto molto. Possiamo sentirci su Zoom "
            "giovedì pomeriggio?\n\nElisa\nStudio Grafico Lanterna",
        ),
    ],
)
def test_a_first_chat_offered_by_a_person_is_an_interview(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


@pytest.mark.parametrize(
    ("mail", "status", "company", "title"),
    [
        application_row(
            "es: a public call's register of the application",
            Status.APPLIED,
            "Universidad de Almenara",
            sender="Universidad de Almenara - Personal <personal@ualmenara.es>",
            subject="Convocatoria PTGAS-2026-04 - Registro de solicitud",
            body="Estimado/a aspirante:\n\nSe ha registrado su solicitud para la convocatoria PTGAS-2026-04 "
            "con número de registro 2026/11873.\n\nServicio de Personal\nUniversidad de Almenara",
        ),
        application_row(
            "es: a public call's post awarded to another",
            Status.REJECTED,
            "Universidad de Almenara",
            sender="Universidad de Almenara - Personal <personal@ualmenara.es>",
            subject="Convocatoria PTGAS-2026-04 - Resolución",
            body="Estimado/a aspirante:\n\nSe ha publicado la resolución definitiva. La plaza ha sido "
            "adjudicada a la persona aspirante con mayor puntuación.\n\nServicio de Personal\nUniversidad de "
            "Almenara",
        ),
        application_row(
            "de: a post no longer filled, its title and the reason between",
            Status.WITHDRAWN,
            "Stadtbäckerei Wendler",
            sender="Stadtbäckerei Wendler <bewerbung@wendler-baeckerei.de>",
            subject="Ihre Bewerbung",
            body="Hallo Frau Kraus,\n\nleider müssen wir Ihnen mitteilen, dass die Stelle Filialleiter "
            "(m/w/d) wegen einer Neuorganisation unserer Filialen nicht mehr besetzt wird.\n\nViele Grüße\n"
            "Stadtbäckerei Wendler",
        ),
        application_row(
            "pt: a public competition's written exam",
            Status.ASSESSMENT,
            "Município de Serra Alta",
            sender="Município de Serra Alta - Recursos Humanos <rh@cm-serraalta.pt>",
            subject="Notificação - Ref.ª 7/2026",
            body="Exmo. Senhor,\n\nFica notificado de que foi admitido ao procedimento concursal Ref.ª "
            "7/2026 e convocado para a realização da prova escrita, a 12 de março às 9h30.\n\n"
            "Município de Serra Alta",
        ),
        application_row(
            "nl: a case set as the next step",
            Status.ASSESSMENT,
            "Kaasboerderij Het Veld",
            sender="Kaasboerderij Het Veld <werk@kaashetveld.nl>",
            subject="Volgende stap",
            body="Hoi Lotte,\n\nDank voor je sollicitatie. De volgende stap is een praktijkcase: een plan "
            "voor onze webshop, uiterlijk vrijdag in te leveren.\n\nKaasboerderij Het Veld",
        ),
    ],
)
def test_public_calls_and_steps_named_by_their_noun(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


def test_a_meeting_arranged_with_the_reader_is_an_interview_whatever_test_the_title_names():
    result = extract(
        sender="Jana Roth <jana.roth@brueckner-personal.de>",
        subject="Ihre Bewerbung als Test Engineer (m/w/d)",
        body="Hallo Herr Lenz,\n\nvielen Dank für Ihre Bewerbung als Test Engineer (m/w/d). Ich würde mich "
        "gerne mit Ihnen zu einem kurzen Kennenlerngespräch per Video verabreden, ca. 30 Minuten. Bitte "
        "buchen Sie einen Termin in meinem Kalender.\n\nViele Grüße\nJana Roth\nBrückner Personal GmbH",
    )
    assert_reads_application(result, Status.INTERVIEW, "Brückner Personal GmbH", "Test Engineer (m/w/d)")
