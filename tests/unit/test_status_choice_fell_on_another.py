"""Rejections told as a choice that fell on someone else, someone unnamed taken on or described, or the
process gone on with others in the present tense or a split verb; and the same words deciding nothing
against the reader (invented mail, seven languages).
"""

import pytest

from tests.extraction_support import extract
from tests.extraction_support import mail_of_paragraphs as _mail
from tracker.extraction.phrases import rejection_shape
from tracker.models import Kind, Status


@pytest.mark.parametrize(
    "sentence",
    [
        # The choice's noun fallen on another.
        "after much thought our choice fell on a person who has already run a night team.",
        "nous avons porté notre choix sur une personne dont l'expérience en pâtisserie est plus longue.",
        "notre choix s'est porté sur un candidat qui connaît déjà nos fournisseurs.",
        "alla fine la scelta è caduta su una candidata che conosce già il nostro gestionale.",
        "la elección recayó en una persona que ya trabajó en bodegas de frío.",
        "a escolha recaiu sobre uma pessoa que já conhece a nossa frota.",
        "de keuze is gevallen op een kandidaat die al jaren met heftrucks werkt.",
        # Someone unnamed, taken on or described.
        "vorige week hebben we iemand aangeworven voor de avondploeg.",
        "wir haben inzwischen jemanden eingestellt, der bereits eine filiale geleitet hat.",
        "nous avons finalement recruté quelqu'un qui habite plus près de l'entrepôt.",
        "hemos encontrado a alguien cuyo perfil encaja mejor con el turno de noche.",
        "abbiamo assunto qualcuno che abita più vicino al cantiere.",
        # Gone on with others in the present, or German's split verb.
        "wir machen mit einem kollegen aus dem lager weiter, der schon länger staplerschein hat.",
        "voor nu kiezen we ervoor verder te gaan met kandidaten uit de regio.",
        "decidimos dar seguimento com candidatos(as) cujo percurso na área é mais longo.",
    ],
)
def test_a_choice_that_fell_on_another_is_a_rejection(sentence):
    assert rejection_shape.is_rejection_shaped(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # The choice fell on the reader: an offer, no rejection.
        "la scelta è caduta su di lei e siamo felici di proporle il contratto.",
        # A choice still to make, or described to everyone.
        "our choice will fall on the person who fits the shifts best.",
        "we zoeken iemand die al ervaring heeft met planning.",
        # Going on with the reader.
        "wir gehen mit ihnen weiter in die nächste runde.",
        "we kiezen ervoor om verder te gaan met jou in de volgende ronde.",
    ],
)
def test_the_same_words_deciding_nothing_against_the_reader_are_no_rejection(sentence):
    assert not rejection_shape.is_rejection_shaped(sentence)


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                "Ufficio Personale <personale@vetreriasalvadego.it>",
                "La tua candidatura - Magazziniere",
                "Ciao Dario,",
                "grazie per la tua candidatura e per la visita in magazzino di lunedì. Abbiamo valutato a "
                "lungo e la scelta alla fine è caduta su una persona che vive già in zona.",
                "Un caro saluto,\nUfficio Personale\nVetreria Salvadego",
            ),
            id="it_choice_fell_on_a_person",
        ),
        pytest.param(
            _mail(
                "RH Fromagerie Baudrillet <rh@fromagerie-baudrillet.fr>",
                "Votre candidature - Affineur",
                "Madame,",
                "Nous avons bien reçu votre candidature et vous en remercions. Nous avons lu chaque "
                "dossier avec soin et avons porté notre choix sur un profil dont l'expérience en affinage "
                "est plus longue.",
                "Nos salutations distinguées,\nService RH\nFromagerie Baudrillet",
            ),
            id="fr_choice_carried_to_a_person",
        ),
        pytest.param(
            _mail(
                "Team Werving Groenhove <werving@groenhove.nl>",
                "Je sollicitatie als Planner",
                "Hoi Sem,",
                "Leuk dat je wilde komen plannen bij Groenhove, we hebben je motivatie gelezen.",
                "Voor deze rol kiezen we ervoor verder te gaan met kandidaten die langer roosters maken.",
                "Groeten,\nTeam Werving Groenhove",
            ),
            id="nl_present_choice_to_go_on_with_others",
        ),
        pytest.param(
            _mail(
                "Ole Brandstetter <ole@kranichwerk.de>",
                "Re: Werkstudent Einkauf",
                "Hallo Mira,",
                "danke für deine Zeit am Montag. Nach langem Hin und Her machen wir mit einer Bewerberin "
                "weiter, die bereits drei Jahre im Einkauf war.",
                "Viele Grüße\nOle\nKranichwerk GmbH",
            ),
            id="de_gone_on_with_someone",
        ),
        pytest.param(
            _mail(
                "Recrutamento Vinhas do Sado <no-reply@vinhasdosado.pt>",
                "Processo seletivo - Enólogo(a)",
                "Prezado(a) Tomé,",
                "Obrigado pela sua candidatura à vaga de Enólogo(a) na nossa adega.",
                "Depois das entrevistas, escolhemos candidatos(as) cujas carreiras em vinhos tintos são "
                "mais longas.",
                "Atenciosamente,\nRecrutamento Vinhas do Sado",
            ),
            id="pt_gone_on_with_others_marked_inclusively",
        ),
        pytest.param(
            _mail(
                "Recruitment Kempenpost <jobs@kempenpost.be>",
                "Je kandidatuur bij Kempenpost",
                "Beste Lotte,",
                "Bedankt voor je sollicitatie als Ploegleider Depot.",
                "Ondertussen hebben we voor deze functie iemand aangeworven.",
                "Met vriendelijke groeten,\nRecruitment Kempenpost",
            ),
            id="nl_be_someone_taken_on",
        ),
    ],
)
def test_mail_telling_the_choice_fell_on_another_reads_as_a_rejected_application(mail):
    result = extract(**mail)
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.REJECTED), result
