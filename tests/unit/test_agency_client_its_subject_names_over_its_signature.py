"""An agency filing its mail under its client's name (invented mail): the subject names the client
("Interview with X - Thursday", "Entrevista X – <post>", "<post> bij X – feedback", "X – <post> –
Termin"), the body speaks of the client unnamed, and the agency signs with its own name, domain and
display name. The labelling rule: the company is the client the mail names, else the agency; the one
subject naming it outweighs the agency's own say however often the agency signs. A subject naming only
the agency (shorter) or a date is no client."""

import pytest

from tests.extraction_support import application_row as relayed
from tests.extraction_support import assert_application_naming, extract
from tracker.models import Status

SUBJECTS_NAMING_THE_CLIENT = [
    relayed(
        "a_spanish_consultancy_files_the_interview_under_its_client",
        Status.INTERVIEW,
        "Conservas Ulloquera",
        sender="Begoña Olazabaleta | Quimera Talent <begona.olazabaleta@quimeratalent.example>",
        subject="Entrevista Conservas Ulloquera – Técnico/a de Calidad",
        body="Hola Ainhoa,\n\nComo te comenté por teléfono, el cliente ha revisado tu CV y quiere "
        "conocerte. Sería el jueves a las 10:00 en su planta, con la responsable de calidad.\n\n"
        "Un abrazo,\n\nBegoña Olazabaleta\nConsultora Senior\nQuimera Talent\nT. 900 000 111",
    ),
    relayed(
        "a_dutch_temp_agency_files_feedback_under_the_post_at_its_client",
        Status.REJECTED,
        "Scheepswerf Dronrijp",
        sender="Wietse Hoekstra | Lauwers Talent <wietse.hoekstra@lauwerstalent.example>",
        subject="Lasser TIG (m/v/x) bij Scheepswerf Dronrijp – terugkoppeling",
        body="Hoi Sjoerd,\n\nIk heb de terugkoppeling van de klant gekregen na je proefdag. Ze hebben "
        "uiteindelijk gekozen voor een kandidaat met meer ervaring in aluminium.\n\nIk hou je cv bij de "
        "hand voor andere opdrachten.\n\nGroet,\nWietse\n\nWietse Hoekstra\nIntercedent Techniek\n"
        "Lauwers Talent\n0519 000 000",
    ),
    relayed(
        "an_italian_agency_files_the_interview_under_its_client",
        Status.INTERVIEW,
        "Pastificio Varzelli",
        sender="Ottavia Brambillasca | Trivio Talent <o.brambillasca@triviotalent.example>",
        subject="Colloquio Pastificio Varzelli – Addetto/a Controllo Qualità",
        body="Buongiorno Gianmarco,\n\ncome anticipato al telefono, il cliente ha letto il suo CV e "
        "vorrebbe incontrarla giovedì alle 9:30 in stabilimento.\n\nMi conferma la disponibilità?\n\n"
        "Cordiali saluti,\n\nOttavia Brambillasca\nSenior Consultant\nTrivio Talent\nTel. 000 000 0000",
    ),
    relayed(
        "an_english_recruiter_files_the_interview_under_its_client",
        Status.INTERVIEW,
        "Tollymore Aerostructures",
        sender="Ffion Gwilliam | Kestrelmoor Talent <ffion.gwilliam@kestrelmoortalent.example>",
        subject="Tollymore Aerostructures - Quality Engineer - interview",
        body="Hi Declan,\n\nGreat news - the client has read your CV and wants to meet you on "
        "Wednesday at 11am at their site, about an hour with the quality manager.\n\nLet me know it "
        "works.\n\nFfion\n\nFfion Gwilliam\nSenior Consultant, Engineering\nKestrelmoor Talent\n"
        "01000 000000",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), SUBJECTS_NAMING_THE_CLIENT)
def test_the_client_an_agencys_subject_names_is_the_employer(mail, status, company, title):
    assert_application_naming(extract(**mail), company, status)


def test_an_agencys_subject_naming_the_agency_itself_keeps_the_agency():
    result = extract(
        sender="Ffion Gwilliam | Kestrelmoor Talent <ffion.gwilliam@kestrelmoortalent.example>",
        subject="Kestrelmoor Talent - Quality Engineer - interview",
        body="Hi Declan,\n\nGreat news - the client has read your CV and wants to meet you on "
        "Wednesday at 11am at their site.\n\nFfion\n\nFfion Gwilliam\nSenior Consultant\n"
        "Kestrelmoor Talent\n01000 000000",
    )
    assert_application_naming(result, "Kestrelmoor Talent", Status.INTERVIEW)
