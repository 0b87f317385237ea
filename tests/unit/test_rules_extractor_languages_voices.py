"""Mail in six languages written by a person rather than an ATS (invented): a carpenter's workshop, a
bakery, a café, a trattoria; the decision in their own words, and the employer spelled as the mail
signs it when the address writes it without accents, with "oe" for "ö" or its words in another order.
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.extraction.name_reading import spelled_out
from tracker.models import Status

VOICES = [
    application_row(
        "de_another_colleague_chosen_rejects",
        Status.REJECTED,
        "Holzbau Vogt",
        sender="Katrin Vogt <k.vogt@holzbau-vogt.de>",
        subject="Ihre Bewerbung als Zimmerer",
        body="Hallo Herr Lee,\n\nvielen Dank für Ihre Bewerbung. Wir haben uns inzwischen für einen anderen "
        "Kollegen entschieden, der schon bei uns ausgeholfen hat. Alles Gute für Sie!\n\nKatrin Vogt\n"
        "Holzbau Vogt GmbH",
    ),
    application_row(
        "de_hast_du_zeit_fuer_ein_telefonat_invites",
        Status.INTERVIEW,
        "Kiesel App",
        "Frontend Developer",
        sender="Jonas Berg <jonas@kieselapp.de>",
        subject="Kennenlernen?",
        body="Hi Sam,\n\ndanke für deine Bewerbung als Frontend Developer! Hast du nächste Woche Zeit "
        "für ein "
        "kurzes Telefonat? Dienstag oder Mittwoch Nachmittag würde bei uns passen.\n\nJonas\nKiesel App",
    ),
    application_row(
        "de_the_post_already_given_away_rejects_and_the_domain_spells_the_umlaut",
        Status.REJECTED,
        "Möbel Kraft",
        sender="bewerbung@moebel-kraft.de",
        subject="Ihre Bewerbung",
        body="Sehr geehrter Herr Lee,\n\ndie von Ihnen angefragte Stelle als Verkäufer ist leider bereits "
        "vergeben.\n\nMöbel Kraft",
    ),
    application_row(
        "de_the_domain_writes_the_signed_words_in_another_order",
        Status.OFFER,
        "Kita Lichtblick",
        sender="hr@lichtblick-kita.de",
        subject="Zusage",
        body="Liebe Frau Lee,\n\nwir freuen uns sehr, Ihnen die Stelle als Erzieherin anbieten zu können! "
        "Den "
        "Vertrag schicken wir Ihnen in den nächsten Tagen zu.\n\nKita Lichtblick",
    ),
    application_row(
        "fr_someone_found_for_the_post_rejects",
        Status.REJECTED,
        "Boulangerie Martin",
        sender="Claire Martin <claire@boulangerie-martin.fr>",
        subject="Candidature vendeuse",
        body="Bonjour,\n\nMerci pour votre candidature. Nous avons finalement trouvé quelqu'un "
        "pour le poste de "
        "vendeuse. Bonne continuation !\n\nClaire\nBoulangerie Martin",
    ),
    application_row(
        "es_another_person_taken_rejects_and_the_writers_accented_name_is_no_employer",
        Status.REJECTED,
        "Cafetería Olivo",
        sender="Lucía Gómez <lucia@cafeteriaolivo.es>",
        subject="Puesto de camarero",
        body="Hola Sam,\n\ngracias por pasarte. Al final hemos cogido a otra persona para el puesto de "
        "camarero. ¡Mucha suerte!\n\nLucía\nCafetería Olivo",
    ),
    application_row(
        "es_a_subject_opening_with_entrevista_names_no_employer",
        Status.INTERVIEW,
        "Brisa Fintech",
        "Analista de Datos",
        sender="talento@fintech-brisa.com",
        subject="Entrevista - Analista de Datos",
        body="Hola Sam,\n\nNos gustaría conocerte. ¿Tienes disponibilidad el martes a las 11h para una "
        "videollamada sobre el puesto de Analista de Datos?\n\nBrisa Fintech",
    ),
    application_row(
        "es_selected_for_the_post_is_an_offer",
        Status.OFFER,
        "Hotel Marina",
        "Recepcionista",
        sender="seleccion@hotelmarina.es",
        subject="Oferta",
        body="Estimada Sam,\n\nNos complace comunicarte que has sido seleccionada para el puesto de "
        "Recepcionista. Te enviaremos el contrato esta semana.\n\nHotel Marina",
    ),
    application_row(
        "nl_someone_else_hired_rejects",
        Status.REJECTED,
        "Bakkerij De Vries",
        sender="Pieter de Vries <pieter@bakkerij-devries.nl>",
        subject="Sollicitatie",
        body="Hoi Sam,\n\nBedankt voor je sollicitatie als bakker. We hebben inmiddels iemand anders "
        "aangenomen. Succes!\n\nPieter\nBakkerij De Vries",
    ),
    application_row(
        "it_a_person_already_found_rejects",
        Status.REJECTED,
        "Trattoria Rossi",
        sender="Marco Rossi <marco@trattoriarossi.it>",
        subject="Cameriere",
        body="Ciao Sam,\n\ngrazie per la tua candidatura. Purtroppo abbiamo già trovato una persona per il "
        "posto di cameriere. In bocca al lupo!\n\nMarco\nTrattoria Rossi",
    ),
    application_row(
        "de_could_you_come_by_for_a_talk_invites",
        Status.INTERVIEW,
        "Richter Elektrotechnik",
        sender="Thomas Richter <t.richter@richter-elektro.de>",
        subject="Ihre Bewerbung",
        body="Guten Tag Herr Lee,\n\nkönnten Sie am Montag um 9 Uhr zu einem kurzen Gespräch bei uns "
        "vorbeikommen?\n\nGruß\nThomas Richter\nRichter Elektrotechnik",
    ),
    application_row(
        "de_a_trial_day_is_a_test",
        Status.ASSESSMENT,
        "Fahrradladen Kurbel",
        sender="jobs@fahrradladen-kurbel.de",
        subject="Probearbeiten",
        body="Hallo Sam,\n\nwir würden dich gern zum Probearbeiten am Samstag einladen. Passt dir 10 Uhr?\n\n"
        "Fahrradladen Kurbel",
    ),
    application_row(
        "de_a_post_filled_from_within_rejects_and_no_sentence_is_a_title",
        Status.REJECTED,
        "Brotzeit GmbH",
        None,
        sender="hr@brotzeit-gmbh.de",
        subject="Rückmeldung zu Ihrer Bewerbung",
        body="Sehr geehrte Frau Lee,\n\nwir haben uns entschieden, die Position intern zu besetzen.\n\n"
        "Brotzeit GmbH",
    ),
    application_row(
        "de_we_would_like_to_hire_you_is_an_offer",
        Status.OFFER,
        "Praxis Dr. Weber",
        sender="Sabine <sabine@praxis-weber.de>",
        subject="MFA Stelle",
        body="Liebe Frau Lee,\n\nwir möchten Sie gerne einstellen! Wann könnten Sie anfangen?\n\nSabine "
        "Weber\nPraxis Dr. Weber",
    ),
    application_row(
        "fr_we_would_like_to_hire_you_is_an_offer",
        Status.OFFER,
        "Fleurs Sophie",
        sender="Sophie <sophie@fleurs-sophie.fr>",
        subject="Vendeuse fleuriste",
        body="Bonjour,\n\nBonne nouvelle : nous aimerions vous embaucher ! Pouvez-vous commencer lundi ?\n\n"
        "Sophie, Fleurs Sophie",
    ),
    application_row(
        "es_the_place_already_covered_rejects",
        Status.REJECTED,
        "Clínica Dental Sol",
        sender="rrhh@clinicadental-sol.es",
        subject="Tu candidatura",
        body="Hola Sam,\n\nLamentablemente la plaza ya está cubierta. Gracias por tu interés.\n\nClínica "
        "Dental Sol",
    ),
    application_row(
        "nl_the_post_filled_in_inverted_order_rejects",
        Status.REJECTED,
        "Kantoor Vos",
        sender="hr@kantoor-vos.nl",
        subject="Je sollicitatie",
        body="Beste Sam,\n\nHelaas is de functie inmiddels vervuld.\n\nKantoor Vos",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), VOICES)
def test_a_persons_mail_in_six_languages(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


@pytest.mark.parametrize(
    ("label", "text", "spelled"),
    [
        ("moebelkraft", "Grüße, Möbel Kraft", "Möbel Kraft"),
        ("strassenbau", "Ihr Team von Straßenbau Huber", "Straßenbau"),
        ("cafeteriaolivo", "Lucía\nCafetería Olivo", "Cafetería Olivo"),
        ("fintech-brisa", "Saludos,\nBrisa Fintech", "Brisa Fintech"),
        ("crumbandcrust", "Best wishes, Oliver (Crumb & Crust)", "Crumb & Crust"),
    ],
)
def test_an_address_label_finds_the_spelling_its_text_signs_with(label, text, spelled):
    assert spelled_out(label, [text]) == spelled


def test_an_address_label_spells_nothing_the_text_does_not_write():
    assert spelled_out("moebelkraft", ["Grüße, Möbelhaus Kraftwerk"]) is None
    assert spelled_out("fintech-brisa", ["Saludos,\nBrisa Capital"]) is None
