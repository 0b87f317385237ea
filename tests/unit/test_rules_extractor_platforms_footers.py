"""A job board's or a system's own footer is no employer (invented mail).

A board no list knows signs its mail as every mailer does: "© 2026 Jobnest Corporation, 1 Main St",
"You are receiving Jobnest notification emails", "Jobnest and the Jobnest logo are trademarks". That
footer names the sender, which the display name and the domain already say: it is the sender's word,
not the text agreeing with it, so the employer the subject and the text name ("Your application was
viewed by X", "X viewed your application", "sent to X") is read. An employer's own mail with its own
copyright line stays its own (bench/platform_swap.py's unknown-platform transform measures the class
on the dev set).
"""

import pytest

from tests.extraction_support import application_row as row
from tests.extraction_support import assert_reads_application, extract
from tracker.models import Status

FOOTERS = [
    row(
        "a_board_telling_who_viewed_the_application_above_its_copyright_line",
        Status.APPLIED,
        "Halden Optics",
        "Optical Test Engineer",
        sender="Gigrove <jobs-noreply@mail.gigrove.io>",
        subject="Your application was viewed by Halden Optics",
        body="Your application was viewed by Halden Optics\nOptical Test Engineer\nHalden Optics · "
        "Tucson, AZ\n\nYou are receiving Gigrove notification emails.\nUnsubscribe\n© 2026 Gigrove "
        "Corporation, 500 Harbor Way, Oakland, CA 94607.",
    ),
    row(
        "the_employer_viewed_your_application_above_the_boards_address_line",
        Status.APPLIED,
        "Marrow & Pine",
        "Pastry Chef",
        sender="Workpath <notifications@workpath.app>",
        subject="Marrow & Pine viewed your application",
        body="Good news, Robin! Marrow & Pine viewed your application for Pastry Chef.\nKeep your "
        "profile up to date to stand out.\n\nWorkpath Inc., 1 Main St, Suite 200, Boston, MA "
        "02110\nUnsubscribe | Privacy",
    ),
    row(
        "sent_to_the_employer_under_a_copyright_with_a_year_range",
        Status.APPLIED,
        "Brightwater Freight",
        "Logistics Coordinator",
        sender="Jobquarry <no-reply@jobquarry.com>",
        subject="Application sent: Logistics Coordinator",
        body="Your application was sent to Brightwater Freight.\nLogistics Coordinator\nBrightwater "
        "Freight - Savannah, GA\n\nGood luck with your application!\n\nCopyright © 2019-2026 "
        "Jobquarry Inc. All rights reserved.",
    ),
    row(
        "you_applied_to_the_employer_above_the_boards_trademark_lines",
        Status.APPLIED,
        "Tessaro Labs",
        "Data Engineer",
        sender="Hirebloom <hello@hirebloom.co>",
        subject="You applied to Tessaro Labs",
        body="Hi Robin,\nYou applied to Data Engineer at Tessaro Labs. The employer will contact you "
        "directly if they want to move forward.\n\nHirebloom and the Hirebloom logo are trademarks "
        "of Hirebloom Ltd.\n© 2026 Hirebloom Ltd, 20 Old Street, London EC1V 9AB",
    ),
    row(
        "the_employer_is_reviewing_your_application_above_a_c_in_brackets_footer",
        Status.APPLIED,
        "Fennick Dental",
        "Dental Assistant",
        sender="Skillmarket Jobs <jobs@skillmarket.net>",
        subject="Fennick Dental is reviewing your application",
        body="Fennick Dental is reviewing your application for Dental Assistant.\nWe'll let you know as "
        "soon as there's an update.\n\n(c) 2026 Skillmarket Inc. | 44 Elm Street, Denver, CO",
    ),
    row(
        "a_rejection_relayed_by_a_board_signing_as_a_corporation",
        Status.REJECTED,
        "Orla Biotech",
        "Lab Technician II",
        sender="Careernest <notify@careernest.io>",
        subject="An update on your application to Orla Biotech",
        body="Unfortunately, Orla Biotech has decided not to move forward with your application for Lab "
        "Technician II.\nDon't be discouraged: new jobs are posted every day.\n\n© 2026 Careernest "
        "Corporation. 77 Pine Ave, Austin TX.",
    ),
    row(
        "a_german_boards_card_above_its_gmbh_footer",
        Status.APPLIED,
        "Wendler Haustechnik GmbH",
        "Anlagenmechaniker SHK (m/w/d)",
        sender="Stellenhafen <noreply@stellenhafen.de>",
        subject="Deine Bewerbung wurde versendet",
        body="Deine Bewerbung wurde erfolgreich an Wendler Haustechnik GmbH gesendet.\nAnlagenmechaniker "
        "SHK (m/w/d)\nWendler Haustechnik GmbH - Kassel\n\n© 2026 Stellenhafen GmbH, "
        "Friedrichstraße 10, 10117 Berlin",
    ),
    row(
        "a_french_boards_sent_to_above_its_sas_footer",
        Status.APPLIED,
        "Maison Lefèvre",
        "Comptable Fournisseurs",
        sender="Emploizo <ne-pas-repondre@emploizo.fr>",
        subject="Votre candidature a bien été envoyée",
        body="Votre candidature pour le poste de Comptable Fournisseurs a bien été envoyée à Maison "
        "Lefèvre.\nBonne chance !\n\n© 2026 Emploizo SAS - 12 rue de la Paix, 75002 Paris",
    ),
    row(
        "an_interview_wish_relayed_above_the_boards_inc_footer",
        Status.INTERVIEW,
        "Calloway Roofing",
        "Roofing Estimator",
        sender="Jobharbor <messages@jobharbor.com>",
        subject="Calloway Roofing wants to interview you",
        body="Calloway Roofing would like to interview you for the Roofing Estimator position.\nReply on "
        "Jobharbor to pick a time.\n\n© 2026 Jobharbor, Inc. 2100 Geng Road, Palo Alto, CA",
    ),
    row(
        "a_dutch_boards_sent_to_above_its_bv_footer",
        Status.APPLIED,
        "Van Dijk Logistiek",
        "Magazijnmedewerker",
        sender="Talentmarkt <info@talentmarkt.nl>",
        subject="Je sollicitatie is verstuurd",
        body="Je sollicitatie voor Magazijnmedewerker is verstuurd naar Van Dijk "
        "Logistiek.\nSucces!\n\n© 2026 Talentmarkt B.V., Stationsplein 1, Utrecht",
    ),
    row(
        "the_employer_in_the_subject_only_and_the_board_in_the_footer",
        Status.APPLIED,
        "Linwood Credit Union",
        None,
        sender="Opusjobs <alerts@opusjobs.io>",
        subject="Your application at Linwood Credit Union",
        body="Application submitted\nMember Service Representative\nWe'll notify you when Linwood Credit "
        "Union responds.\n\n© 2026 Opusjobs Inc.",
    ),
    row(
        "an_employers_own_mail_with_its_own_copyright_stays_its_own",
        Status.APPLIED,
        "Corvane Inc.",
        "Field Service Technician",
        sender="Corvane Careers <careers@corvane.com>",
        subject="Thank you for applying",
        body="Thank you for applying for the Field Service Technician role. Our team will review your "
        "application.\n\n© 2026 Corvane Inc. All rights reserved.",
    ),
    row(
        "an_employer_named_only_by_its_sender_and_its_footer_stays",
        Status.APPLIED,
        "Pellham Group Ltd",  # as its footer writes it (the name's last noun "Group" read since 2026-12-03)
        "Junior Accountant",
        sender="Pellham Group <no-reply@pellhamgroup.com>",
        subject="Application received",
        body="We have received your application for Junior Accountant. We will be in touch.\n\n© 2026 "
        "Pellham Group Ltd",
    ),
    row(
        "a_spanish_boards_seen_by_above_its_sl_footer",
        Status.APPLIED,
        "Grupo Alcaraz",
        None,
        sender="Vacanteo <noreply@vacanteo.es>",
        subject="Tu candidatura ha sido vista",
        body="¡Buenas noticias! Tu candidatura a Técnico de Mantenimiento ha sido vista por Grupo "
        "Alcaraz.\n\n© 2026 Vacanteo S.L. - Calle Mayor 5, Madrid",
    ),
    row(
        "a_german_boards_viewed_by_above_its_gmbh_footer",
        Status.APPLIED,
        "Kroll Elektrotechnik",
        "Elektroniker (m/w/d)",
        sender="Findwerk <service@findwerk.de>",
        subject="Ihre Bewerbung wurde angesehen",
        body="Ihre Bewerbung als Elektroniker (m/w/d) wurde von Kroll Elektrotechnik angesehen.\n\n© "
        "2026 Findwerk GmbH · Impressum · Datenschutz",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), FOOTERS)
def test_the_senders_own_footer_does_not_outweigh_the_employer_the_text_names(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
