"""Offers worded as a place given, one-way video and an unnamed next step (invented mail).

An offer need not say "offer": the employer gives the reader the post ("we'd like to extend you the
role", "nous souhaitons vous confier le poste", "wir möchten Ihnen die Stelle als X anbieten", "we
bieden je de functie aan"), counts on them for it ("queremos contar contigo para el puesto") or wants
them with us ("ci piacerebbe averti con noi"). A place in a talent pool, a board's "we'd love to have
you" and an invitation to apply are no offer. A video interview with no one on the other side (questions
on the screen, answers to the camera, no interviewer, the reader's own time) is a test, as the datasets'
labels say; a video call with a person stays an interview. Portuguese "a sua candidatura passou à fase
seguinte" with no step named is an application still in the process.
"""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status


def mail(name: str, status: Status | None, **fields: str):
    return pytest.param(fields, status, id=name)


READS = [
    mail(
        "english_post_extended",
        Status.OFFER,
        sender="Dana Patel <dana@harborline.io>",
        subject="Operations Lead",
        body="Hi Lee,\n\nWe're delighted to extend you the Operations Lead position at Harborline. "
        "Paperwork follows tomorrow.\n\nDana",
    ),
    mail(
        "french_post_entrusted",
        Status.OFFER,
        sender="RH Maison Perrin <rh@maisonperrin.fr>",
        subject="Poste de Comptable",
        body="Bonjour Mme Laurent,\n\nNous avons le plaisir de vous confier le poste de Comptable au sein "
        "de notre siège de Nantes.\n\nMaison Perrin",
    ),
    mail(
        "german_post_given_with_the_verb_last",
        Status.OFFER,
        sender="Jana Roth <j.roth@roth-technik.de>",
        subject="Ihre Bewerbung als Mechatroniker",
        body="Sehr geehrter Herr Kaya,\n\nwir möchten Ihnen die Stelle als Mechatroniker in unserem Werk "
        "Ulm gerne anbieten.\n\nMit freundlichen Grüßen\nJana Roth\nRoth Technik GmbH",
    ),
    mail(
        "dutch_place_given",
        Status.OFFER,
        sender="Wouter Smit <wouter@smitgroen.nl>",
        subject="Je sollicitatie als Hovenier",
        body="Hoi Daan,\n\nWe bieden je graag een plek aan als Hovenier in ons team in Zwolle.\n\nWouter\n"
        "Smit Groen",
    ),
    mail(
        "spanish_reader_counted_on_for_the_post",
        Status.OFFER,
        sender="Elena Vidal <elena@vidalarquitectos.es>",
        subject="Puesto de Delineante",
        body="Hola Sergio,\n\nDespués de las entrevistas, queremos contar contigo para el puesto de "
        "Delineante en nuestro estudio.\n\nElena Vidal",
    ),
    mail(
        "portuguese_post_offered_to_the_reader",
        Status.OFFER,
        sender="RH Padaria Aurora <rh@padariaaurora.com.br>",
        subject="Vaga de Confeiteiro",
        body="Olá Bruno,\n\nDecidimos oferecer-lhe a vaga de Confeiteiro na nossa loja de Santos.\n\n"
        "Queremos você no nosso time!\n\nPadaria Aurora",
    ),
    mail(
        "italian_wanted_with_us",
        Status.OFFER,
        sender="Paola Greco <paola@grecodesign.it>",
        subject="La tua candidatura - Grafico Junior",
        body="Ciao Sara,\n\nci piacerebbe averti con noi come Grafico Junior: ti mando la proposta "
        "domani.\n\nPaola Greco\nGreco Design",
    ),
    mail(
        "english_questions_on_screen_is_a_test",
        Status.ASSESSMENT,
        sender="Talent <talent@harborline.io>",
        subject="Video interview - Operations Lead",
        body="Hi Lee,\n\nThe next step is a video interview. The questions will appear on the screen and "
        "there is no interviewer: complete it on your own time this week.\n\nHarborline Talent",
    ),
    mail(
        "german_webcam_answers_without_a_person_is_a_test",
        Status.ASSESSMENT,
        sender="Karriere Roth Technik <karriere@roth-technik.de>",
        subject="Ihr Videointerview",
        body="Hallo Herr Kaya,\n\nwir laden Sie zu einem Videointerview ein: Sie beantworten drei Fragen "
        "per Webcam, ohne Gesprächspartner.\n\nRoth Technik GmbH",
    ),
    mail(
        "spanish_camera_answers_whenever_suits_is_a_test",
        Status.ASSESSMENT,
        sender="Talento Vidal <talento@vidalarquitectos.es>",
        subject="Videoentrevista",
        body="Hola Sergio,\n\nEl siguiente paso es una videoentrevista: responderás ante la cámara a tres "
        "preguntas cuando mejor te venga esta semana.\n\nVidal Arquitectos",
    ),
    mail(
        "portuguese_video_recorded_without_the_interview_word_is_a_test",
        Status.ASSESSMENT,
        sender="Recrutamento Padaria Aurora <rh@padariaaurora.com.br>",
        subject="Processo seletivo - Confeiteiro",
        body="Olá Bruno,\n\nNesta etapa do processo seletivo para Confeiteiro, você vai gravar um vídeo "
        "curto respondendo a duas perguntas.\n\nPadaria Aurora",
    ),
    mail(
        "italian_questions_on_screen_is_a_test",
        Status.ASSESSMENT,
        sender="Selezione Greco Design <hr@grecodesign.it>",
        subject="Video intervista",
        body="Ciao Sara,\n\nti invitiamo a una video intervista: vedrai le domande sullo schermo e "
        "risponderai quando preferisci.\n\nGreco Design",
    ),
    mail(
        "dutch_video_call_with_a_person_stays_an_interview",
        Status.INTERVIEW,
        sender="Wouter Smit <wouter@smitgroen.nl>",
        subject="Je sollicitatie als Hovenier: videogesprek",
        body="Hoi Daan,\n\nZullen we woensdag om 14:00 een videogesprek houden met mij en de "
        "uitvoerder?\n\nWouter",
    ),
    mail(
        "portuguese_next_phase_unnamed_is_still_applied",
        Status.APPLIED,
        sender="Recrutamento Farmácia Central <rh@farmaciacentral.pt>",
        subject="Candidatura - Técnico de Farmácia",
        body="Caro Miguel,\n\na sua candidatura para Técnico de Farmácia passou à fase seguinte. "
        "Entraremos em contacto em breve.\n\nFarmácia Central",
    ),
]


@pytest.mark.parametrize(("fields", "status"), READS)
def test_the_status_is_read_from_who_gives_what_to_whom(fields, status):
    result = extract(**fields)

    assert result.kind is Kind.APPLICATION
    assert result.status is status


NO_OFFER = [
    mail(
        "a_boards_we_would_love_to_have_you",
        None,
        sender="Indeed <alert@indeed.com>",
        subject="Harborline is hiring",
        body="Harborline would love to have you! Warehouse Associate - Reno. Apply now.",
    ),
    mail(
        "an_invitation_to_apply_to_the_post",
        None,
        sender="Selezione Partner <hr@selezionepartner.it>",
        subject="Invito a candidarti",
        body="Gentile Marco,\n\nabbiamo visto il tuo profilo su LinkedIn e ci piacerebbe averti con noi: "
        "ti invitiamo a candidarti per la posizione di Buyer presso un nostro cliente.",
    ),
]


@pytest.mark.parametrize(("fields", "status"), NO_OFFER)
def test_a_place_said_to_everyone_is_no_offer(fields, status):
    assert extract(**fields).status is not Status.OFFER
