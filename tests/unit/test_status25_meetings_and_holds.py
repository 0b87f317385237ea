"""Steps set by hand and posts held in Spanish, Portuguese, German, Dutch and French mail (invented mail):
a call or a visit proposed without an interview's noun, a slot to book, the next round named; a post held
with its title between, postponed, stopped "until further notice"; and the lookalikes that stay a receipt
(a silence announced as a no) or no meeting (a profile's purpose).
"""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status


def _mail(sender: str, subject: str, *paragraphs: str) -> dict[str, str]:
    return {"sender": sender, "subject": subject, "body": "\n\n".join(paragraphs)}


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
    ],
)
def test_a_meeting_set_by_hand_is_an_interview(mail):
    result = extract(**mail)
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.INTERVIEW), result


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                "Talento <talento@olivaresdelsur.es>",
                "Actualización sobre la vacante",
                "Hola Carmen,",
                "Hemos decidido posponer el proceso de selección para el puesto de Técnico Agrícola hasta "
                "el próximo año por motivos presupuestarios.",
                "Olivares del Sur",
            ),
            id="es_posponer_el_proceso",
        ),
        pytest.param(
            _mail(
                "Recursos Humanos <rrhh@tornilleriaebro.es>",
                "Proceso Jefe de Turno",
                "Hola Jesús,",
                "Por motivos internos, el proceso para Jefe de Turno está parado de momento. Te avisaremos "
                "si se retoma.",
                "Tornillería Ebro",
            ),
            id="es_proceso_parado",
        ),
        pytest.param(
            _mail(
                "Nerea Castillo <nerea@castilloweb.es>",
                "Re: Desarrollador WordPress",
                "Hola Óscar,",
                "El proyecto se ha cancelado, así que de momento no vamos a contratar a nadie. Siento las "
                "molestias.",
                "Nerea",
            ),
            id="es_no_vamos_a_contratar_a_nadie",
        ),
        pytest.param(
            _mail(
                "Julia Hahn <julia.hahn@gruenfeld-medien.de>",
                "Update zur Stelle Content Manager",
                "Hallo Tim,",
                "leider muss ich dir mitteilen, dass wir die Stelle als Content Manager aufgrund einer "
                "Umstrukturierung vorerst auf Eis legen.",
                "Viele Grüße\nJulia",
            ),
            id="de_title_between_the_post_and_its_hold",
        ),
        pytest.param(
            _mail(
                "Camille Roux <camille.roux@atelier-roux.fr>",
                "RE: Poste de graphiste",
                "Bonjour Inès,",
                "Je reviens vers vous : nous avons décidé de ne pas donner suite à ce recrutement pour le "
                "moment, faute de budget.",
                "Camille",
            ),
            id="fr_no_follow_up_to_the_hiring_itself",
        ),
        pytest.param(
            _mail(
                "HR <hr@textilhaus-linden.de>",
                "Ihre Bewerbung als Einkäufer",
                "Hallo Herr Frank,",
                "wir haben die Stelle leider vorerst zurückgestellt. Sobald sich etwas tut, melden wir uns.",
                "Textilhaus Linden",
            ),
            id="de_stelle_zurueckgestellt",
        ),
        pytest.param(
            _mail(
                "Werving <werving@waterschap-veen.nl>",
                "Vacature Beleidsadviseur",
                "Geachte mevrouw Bakker,",
                "De werving voor de functie Beleidsadviseur Mobiliteit is tot nader order uitgesteld.",
                "Waterschap Veen",
            ),
            id="nl_werving_tot_nader_order_uitgesteld",
        ),
        pytest.param(
            _mail(
                "Reclutamiento <reclutamiento@agrosierra.com.mx>",
                "Vacante Ingeniero Agrónomo",
                "Hola Rodrigo,",
                "Te informamos que la vacante de Ingeniero Agrónomo fue cerrada por la empresa sin "
                "contratación, debido a cambios en el área.",
                "AgroSierra",
            ),
            id="es_vacante_cerrada_sin_contratacion",
        ),
    ],
)
def test_a_post_held_or_dropped_is_withdrawn(mail):
    result = extract(**mail)
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.WITHDRAWN), result


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
    ("mail", "status"),
    [
        pytest.param(
            _mail(
                "Selección <seleccion@vinos-tormes.es>",
                "Tu candidatura",
                "Hola Laura,",
                "Por decisión de la dirección, el puesto no se va a cubrir finalmente.",
                "Vinos Tormes",
            ),
            Status.WITHDRAWN,
            id="es_puesto_no_se_va_a_cubrir",
        ),
        pytest.param(
            _mail(
                "Karriere <karriere@wendt-metall.de>",
                "Ihre Bewerbung",
                "Sehr geehrte Frau Weber,",
                "Die Stelle wird aus internen Gründen nicht mehr besetzt.",
                "Wendt Metall",
            ),
            Status.WITHDRAWN,
            id="de_stelle_wird_nicht_mehr_besetzt",
        ),
        pytest.param(
            _mail(
                "Recrutamento <vagas@grupo-jatoba.com.br>",
                "Sua candidatura",
                "Olá Ana,",
                "A vaga não será preenchida neste momento.",
                "Grupo Jatobá",
            ),
            Status.WITHDRAWN,
            id="pt_vaga_nao_sera_preenchida",
        ),
        pytest.param(
            _mail(
                "Recrutement <recrutement@maison-aubert.fr>",
                "Votre candidature",
                "Bonjour Claire,",
                "Le poste ne sera pas pourvu cette année.",
                "Maison Aubert",
            ),
            Status.WITHDRAWN,
            id="fr_poste_ne_sera_pas_pourvu",
        ),
        pytest.param(
            _mail(
                "Karriere <karriere@wendt-metall.de>",
                "Ihre Bewerbung",
                "Sehr geehrte Frau Weber,",
                "Können Sie am Dienstagvormittag zu uns ins Büro kommen?",
                "Wendt Metall",
            ),
            Status.INTERVIEW,
            id="de_zu_uns_ins_buero_kommen",
        ),
        pytest.param(
            _mail(
                "Recruitment <werken@hofstede-groep.nl>",
                "Je sollicitatie",
                "Beste Sanne,",
                "Graag nodigen we je uit op ons kantoor op maandag 12 mei om 14.00 uur.",
                "Hofstede Groep",
            ),
            Status.INTERVIEW,
            id="nl_split_verb_nodigen_uit_with_a_day_and_hour",
        ),
    ],
)
def test_a_step_or_hold_an_ats_words_in_one_sentence_is_read(mail, status):
    result = extract(**mail)
    assert (result.kind, result.status) == (Kind.APPLICATION, status), result


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


_HOLD_FRAMES = {
    "es": ("Selección <seleccion@orbe-textil.es>", "Tu candidatura", "Hola Sara,", "Orbe Textil"),
    "de": ("Recruiting <jobs@weidner-holz.de>", "Ihre Bewerbung", "Sehr geehrter Herr Roth,", "Weidner Holz"),
    "nl": ("Werving <werving@lindenhof-zorg.nl>", "Je sollicitatie", "Beste Romy,", "Lindenhof Zorg"),
    "fr": ("Recrutement <rh@bastide-vins.fr>", "Votre candidature", "Bonjour Hugo,", "Bastide Vins"),
}


@pytest.mark.parametrize(
    ("language", "hold"),
    [
        ("es", "Hemos detenido el proceso de selección por motivos presupuestarios."),
        ("de", "Das Auswahlverfahren wurde bis auf Weiteres ausgesetzt."),
        ("de", "Die Besetzung der Stelle wurde verschoben, bis das Budget feststeht."),
        ("nl", "We hebben de vacature even op pauze gezet."),
        ("nl", "De sollicitatieprocedure ligt tijdelijk stil."),
        ("fr", "Nous mettons ce recrutement entre parenthèses pour quelques mois."),
    ],
)
def test_a_hiring_process_paused_in_other_words_is_withdrawn(language, hold):
    sender, subject, greeting, signature = _HOLD_FRAMES[language]
    result = extract(sender=sender, subject=subject, body=f"{greeting}\n\n{hold}\n\n{signature}")
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.WITHDRAWN), result


def test_a_meeting_for_the_post_moved_is_no_hold():
    result = extract(
        sender="Recruiting <jobs@weidner-holz.de>",
        subject="Ihre Bewerbung",
        body="Sehr geehrter Herr Roth,\n\nIhr Vorstellungsgespräch für die Stelle wurde auf Donnerstag um 10 "
        "Uhr verschoben.\n\nWeidner Holz",
    )
    assert result.status is Status.INTERVIEW


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
