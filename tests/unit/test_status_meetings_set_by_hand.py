"""Steps set by hand in Spanish, Portuguese, German, Dutch and French mail (invented mail): a call or a
visit proposed without an interview's noun, a slot to book, the next round named, a meeting the writer
settles at a day and an hour; and the lookalikes that stay a receipt (a silence announced as a no, those
invited in general, whether the reader is invited) or no meeting (a profile's purpose, a doctor's visit).
"""

import pytest

from tests.extraction_support import extract
from tests.extraction_support import mail_of_paragraphs as _mail
from tracker.models import Kind, Status


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                "Noelia Campos <noelia.campos@verdeluz.es>",
                "Verdeluz | Técnica de Marketing",
                "Hola Paula,",
                "¡Gracias por tu candidatura! Queremos dar el siguiente paso: una videollamada con la "
                "responsable del equipo. Te dejo aquí mi calendario para que elijas el hueco que mejor te "
                "venga.",
                "Noelia",
            ),
            id="es_next_step_a_video_call",
        ),
        pytest.param(
            _mail(
                "Marina Ortiz <marina.ortiz@bodegasolana.es>",
                "Bodega Solana - Sumiller",
                "Hola Raúl,",
                "Nos gustaría quedar contigo para charlar sobre la vacante de Sumiller. ¿Podrías el "
                "miércoles a las 17:00 en la bodega?",
                "Marina",
            ),
            id="es_quedar_contigo",
        ),
        pytest.param(
            _mail(
                "Beatriz Olmo <beatriz@olmoeventos.es>",
                "Coordinadora de eventos",
                "Hola Nerea,",
                "¿Tienes un rato esta semana para una llamada? Me gustaría contarte más sobre el puesto.",
                "Beatriz",
            ),
            id="es_un_rato_para_una_llamada",
        ),
        pytest.param(
            _mail(
                "Joaquín Beltrán <jbeltran@talleresbeltran.es>",
                "Mecánico",
                "Buenas Luis,",
                "Hemos visto tu currículum para el puesto de mecánico. Si te parece, vente mañana por el "
                "taller a las 9 y hablamos.",
                "Joaquín",
            ),
            id="es_si_te_parece_vente_manana",
        ),
        pytest.param(
            _mail(
                "RH Café Rossio <rh@caferossio.pt>",
                "Candidatura Barista",
                "Olá Sara,",
                "Recebemos o seu CV e gostaríamos de a conhecer. Consegue passar cá no sábado de manhã, por "
                "volta das 11h?",
                "Café Rossio",
            ),
            id="pt_gostariamos_de_a_conhecer",
        ),
        pytest.param(
            _mail(
                "Jeroen Bakker <jeroen.bakker@kanaalwerken.nl>",
                "Re: Sollicitatie Werkvoorbereider",
                "Hallo Thijs,",
                "Dank voor je cv. Ik zou graag een keer met je kennismaken. Schikt donderdagmiddag om 15:30 "
                "op ons kantoor in Zwolle?",
                "Jeroen",
            ),
            id="nl_kennismaken_donderdagmiddag",
        ),
        pytest.param(
            _mail(
                "Linda Mulder <linda@kantoormulder.nl>",
                "Sollicitatie assistent-accountant",
                "Beste Noor,",
                "Bedankt voor je sollicitatie. We willen je graag beter leren kennen. Wanneer zou je tijd "
                "hebben voor een kop koffie op kantoor?",
                "Linda",
            ),
            id="nl_leren_kennen_over_koffie",
        ),
        pytest.param(
            _mail(
                "Claire Dubois <claire.dubois@vergers-isere.fr>",
                "Votre candidature - Responsable qualité",
                "Bonjour Antoine,",
                "Votre parcours a retenu toute notre attention et nous souhaitons vous rencontrer. "
                "Seriez-vous disponible mardi prochain à 14h dans nos locaux ?",
                "Claire Dubois",
            ),
            id="fr_answering_the_readers_candidature_is_no_cold_contact",
        ),
        pytest.param(
            _mail(
                "Katrin Wolf <katrin.wolf@gruenhof-gaertnerei.de>",
                "Re: Bewerbung Gärtnerin",
                "Hallo Frau Schulz,",
                "passt Ihnen Mittwoch, 14 Uhr? Dann zeige ich Ihnen auch gleich die Gärtnerei.",
                "Katrin Wolf",
            ),
            id="de_passt_ihnen_mittwoch_14_uhr",
        ),
        pytest.param(
            _mail(
                "Recruiting <recruiting@blaufels.io>",
                "Nächste Runde",
                "Hi Jonas,",
                "du bist eine Runde weiter! Als Nächstes steht ein Gespräch mit unserem CTO an. Buch dir "
                "gern einen Slot über den Link.",
                "Blaufels",
            ),
            id="de_next_round_and_a_slot_to_book",
        ),
        pytest.param(
            _mail(
                "Anouk Kramer <anouk@kramerthuiszorg.nl>",
                "Sollicitatie verzorgende",
                "Hoi Fleur,",
                "Zou je volgende week dinsdag om 10 uur kunnen? Dan kun je meteen even kennismaken met het "
                "team.",
                "Anouk",
            ),
            id="nl_zou_je_dinsdag_kunnen_to_meet_the_team",
        ),
        pytest.param(
            _mail(
                "Peter de Wit <peter.dewit@dewit-timmerwerk.nl>",
                "Re: Sollicitatie timmerman",
                "Hallo Youssef,",
                "Ben je morgenochtend beschikbaar voor een belletje? Ik bel je rond 9 uur.",
                "Peter",
            ),
            id="nl_beschikbaar_voor_een_belletje",
        ),
        pytest.param(
            _mail(
                "Iris Jansen <iris@jansenadvies.nl>",
                "Re: sollicitatie",
                "Hoi Bram,",
                "Leuk! Zullen we donderdag om 16.00 uur even videobellen? Ik stuur je een link.",
                "Iris",
            ),
            id="nl_zullen_we_donderdag_videobellen",
        ),
        pytest.param(
            _mail(
                "Iris Jansen <iris@jansenadvies.nl>",
                "Re: sollicitatie",
                "Hoi Bram,",
                "Komt maandagochtend om 9 uur je uit? Dan kun je ook het team ontmoeten.",
                "Iris",
            ),
            id="nl_komt_maandagochtend_je_uit_to_meet_the_team",
        ),
    ],
)
def test_a_meeting_set_by_hand_is_an_interview(mail):
    result = extract(**mail)
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.INTERVIEW), result


def test_a_silence_announced_as_a_no_in_dutch_is_still_a_receipt():
    result = extract(
        sender="Werken bij Rivierweide <vacatures@rivierweide.nl>",
        subject="Ontvangstbevestiging sollicitatie",
        body="Beste Sem,\n\nBedankt voor je sollicitatie als Logistiek Medewerker. Als je profiel aansluit, "
        "nemen we binnen twee weken contact met je op. Hoor je niets, dan ben je helaas niet "
        "geselecteerd.\n\nRivierweide",
    )
    assert result.status is Status.APPLIED


def test_a_profiles_purpose_in_dutch_is_no_meeting():
    result = extract(
        sender="Werkhaven Recruitment <recruitment@werkhaven.nl>",
        subject="We hebben je sollicitatie ontvangen",
        body="Hoi Kim,\n\nBedankt voor je sollicitatie. Maak je profiel compleet, zodat onze recruiters je "
        "beter leren kennen.\n\nWerkhaven",
    )
    assert result.status is Status.APPLIED


def test_a_silence_read_as_another_chosen_in_dutch_is_still_a_receipt():
    result = extract(
        sender="HR <hr@kaasmakerij-oost.nl>",
        subject="Sollicitatie ontvangen",
        body="Hoi Noah,\n\nBedankt voor je reactie! Heb je na twee weken niets gehoord, dan is de vacature "
        "helaas aan iemand anders gegeven.\n\nKaasmakerij Oost",
    )
    assert result.status is Status.APPLIED


def test_those_invited_in_a_german_relative_clause_are_candidates_in_general():
    result = extract(
        sender="HR <hr@klinik-am-brunnen.de>",
        subject="Ihre Bewerbung",
        body="Sehr geehrte Frau Jung,\n\nwir haben Ihre Bewerbung erhalten. Die Auswahl der Kandidatinnen "
        "und Kandidaten, die wir zu einem Vorstellungsgespräch einladen, erfolgt nach Ende der "
        "Bewerbungsfrist.\n\nKlinik am Brunnen",
    )
    assert result.status is Status.APPLIED


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                "Elena Martín <elena.martin@grupoatlas.es>",
                "Re: Candidatura Analista",
                "Hola Pablo,",
                "Te confirmo: martes a las 12:00 en nuestra oficina de la calle Gran Vía 30.",
                "Elena",
            ),
            id="es_te_confirmo_a_day_an_hour_an_address",
        ),
        pytest.param(
            _mail(
                "Jonas Keller <jonas.keller@keller-technik.de>",
                "AW: Bewerbung Servicetechniker",
                "Hallo Herr Yilmaz,",
                "prima, dann sehen wir uns am Donnerstag um 14 Uhr bei uns in der Werkstatt.",
                "Jonas Keller",
            ),
            id="de_dann_sehen_wir_uns_in_der_werkstatt",
        ),
        pytest.param(
            _mail(
                "Jonas Keller <jonas.keller@keller-technik.de>",
                "AW: Bewerbung Servicetechniker",
                "Hallo Herr Yilmaz,",
                "Dienstag um 9 Uhr passt bei uns. Bitte melden Sie sich am Empfang.",
                "Jonas Keller",
            ),
            id="de_passt_bei_uns_then_the_front_desk",
        ),
        pytest.param(
            _mail(
                "Sanne Visser <sanne@visserbouw.nl>",
                "RE: Sollicitatie calculator",
                "Hoi Tim,",
                "Ik bel je morgen rond 11 uur even op.",
                "Sanne",
            ),
            id="nl_ik_bel_je_morgen",
        ),
        pytest.param(
            _mail(
                "Carla Mendes <carla.mendes@grupolusa.pt>",
                "RE: Candidatura Técnico",
                "Olá Pedro,",
                "Fica então marcado para quinta-feira às 14h no nosso escritório.",
                "Carla",
            ),
            id="pt_fica_marcado",
        ),
        pytest.param(
            _mail(
                "Julie Martin <julie.martin@groupe-alpin.fr>",
                "RE: Candidature assistante",
                "Bonjour Léa,",
                "Je vous appellerai demain vers 14h.",
                "Julie",
            ),
            id="fr_je_vous_appellerai",
        ),
        pytest.param(
            _mail(
                "Frank Ebert <f.ebert@ebert-fensterbau.de>",
                "Bewerbung Monteur",
                "Hallo Herr Demir,",
                "kommen Sie doch einfach am Montag um 7 Uhr in die Werkstatt, dann schauen wir mal.",
                "Frank Ebert",
            ),
            id="de_kommen_sie_doch_am_montag",
        ),
    ],
)
def test_a_meeting_the_writer_settles_at_a_day_and_hour_is_an_interview(mail):
    result = extract(**mail)
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.INTERVIEW), result


def test_a_doctors_appointment_settled_at_a_day_and_hour_is_no_application():
    result = extract(
        sender="Praxis Dr. Weber <praxis@dr-weber.de>",
        subject="Ihr Termin",
        body="Hallo Frau Kaya,\n\ndann sehen wir uns am Donnerstag um 14 Uhr in der Praxis.\n\n"
        "Praxis Dr. Weber",
    )
    assert result.kind is Kind.OTHER


def test_a_meeting_settled_only_if_selected_stays_a_receipt():
    result = extract(
        sender="Recruiting <jobs@ostbau.de>",
        subject="Eingangsbestätigung",
        body="Hallo Herr Ott,\n\nvielen Dank für Ihre Bewerbung. Sollten Sie ausgewählt werden, sehen wir "
        "uns am Donnerstag um 14 Uhr im Büro.\n\nOstbau",
    )
    assert result.status is Status.APPLIED


def test_latin_americas_preterite_receipt_is_applied():
    result = extract(
        sender="Reclutamiento <reclutamiento@bancoplata.com.ar>",
        subject="Recibimos tu CV",
        body="Hola Sofía,\n\nRecibimos tu CV para la búsqueda de Analista de Crédito. Si tu perfil se "
        "ajusta, nos comunicaremos con vos.\n\nBanco Plata",
    )
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.APPLIED), result


def test_the_offers_papers_shared_by_hand_are_an_offer():
    result = extract(
        sender="Mariana Cruz <mariana.cruz@grupomaya.com.mx>",
        subject="Propuesta laboral",
        body="Hola Luis,\n\n¡Felicidades! Nos da mucho gusto compartirte la propuesta laboral para el puesto "
        "de Analista de Datos. Adjunto encontrarás el detalle.\n\nMariana",
    )
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.OFFER), result


def test_whether_the_reader_is_invited_is_no_invitation():
    result = extract(
        sender="Personalamt <personal@landkreis-tannenberg.de>",
        subject="Eingangsbestätigung",
        body="Sehr geehrte Frau Berger,\n\nIhre Bewerbung ist bei uns eingegangen. Sie erhalten nach Ablauf "
        "der Frist eine Nachricht, ob Sie zu einem Vorstellungsgespräch eingeladen werden.\n\nIm Auftrag",
    )
    assert result.status is Status.APPLIED
