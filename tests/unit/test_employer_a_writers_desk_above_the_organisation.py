"""A writer signs with their name, their post and their organisation (invented mail): what the post
names after its role word, "Senior Consultant - Tidal Energy", "Recruiter, Wound Care & Hospice",
"Intercedent Havenlogistiek", is their desk at the organisation signed on the line below (the one the
sender's domain spells), never the employer; in an agency's mail naming no client the agency is the
employer. An organisation the post names and the text names again stays the employer."""

import pytest

from tests.extraction_support import assert_application_naming, extract_as_read
from tracker.models import Status
from tracker.names import same_company

DESKS = [
    pytest.param(
        "Ottilie Brannagh <ottilie.b@quarrendonsearch.example>",
        "Your application - Subsea Controls Engineer",
        "Hi Sam,\n\nI've now had feedback from my client. Unfortunately they have decided not to progress "
        "your application for the Subsea Controls Engineer role.\n\nKind regards,\nOttilie\n\n"
        "Ottilie Brannagh\nSenior Consultant - Tidal Energy\nQuarrendon Search Ltd\n"
        "14 Mill Row, Bristol BS1 4QT",
        Status.REJECTED,
        "Quarrendon Search Ltd",
        id="an_english_agencys_consultant_names_her_desk_after_a_dash",
    ),
    pytest.param(
        "Dwayne Okonkwo-Reyes <dokonkwo@telvanormedstaff.example>",
        "Wound care RN - interview",
        "Hi Jordan,\n\nThe facility would like to interview you for the Wound Care RN (night shift) "
        "assignment on Tuesday at 10am CT by phone.\n\nThanks,\nDwayne\n\nDwayne Okonkwo-Reyes\n"
        "Recruiter, Wound Care & Hospice\nTelvanor Medical Staffing\nTulsa, OK | (918) 555-0162",
        Status.INTERVIEW,
        "Telvanor Medical Staffing",
        id="an_american_recruiter_names_his_field_after_a_comma",
    ),
    pytest.param(
        "Fenna Stoelinga <fenna@brugwachter-uitzend.example>",
        "Gesprek bij onze opdrachtgever",
        "Hoi Daan,\n\nOnze opdrachtgever wil je graag uitnodigen voor een gesprek voor de functie "
        "Havenmedewerker op donderdag 9 april om 10:00 uur.\n\nGroetjes,\n\nFenna Stoelinga\n"
        "Intercedent Havenlogistiek\nBrugwachter Uitzendbureau\nM: 06 12 34 56 78",
        Status.INTERVIEW,
        "Brugwachter Uitzendbureau",
        id="a_dutch_intercedent_names_her_sector_after_her_post",
    ),
    pytest.param(
        "Wiebke Hollstein <w.hollstein@kranzfeld-personal.example>",
        "Ihre Bewerbung als Lebensmitteltechniker",
        "Guten Tag Herr Brandl,\n\nleider hat sich unser Kunde für einen anderen Bewerber entschieden. "
        "Wir können Ihre Bewerbung als Lebensmitteltechniker daher nicht weiter berücksichtigen.\n\n"
        "Mit freundlichen Grüßen\n\nWiebke Hollstein\nPersonalberaterin | Brauerei & Getränke\n"
        "Kranzfeld Personal GmbH\nTel. 0711 555 0190",
        Status.REJECTED,
        "Kranzfeld Personal GmbH",
        id="a_german_consultant_names_her_branch_after_a_bar",
    ),
    pytest.param(
        "Harshvardhan Oberoi <harsh.o@somvarimanpower.example>",
        "Update - Claims Manager",
        "Dear Anil,\n\nThank you for attending the second round. Unfortunately our client has decided "
        "to go ahead with another candidate for the Claims Manager position.\n\nThanks & Regards,\n"
        "Harshvardhan Oberoi\nTalent Consultant - Insurance Vertical\nSomvari Manpower Services\n"
        "Pune - 411001",
        Status.REJECTED,
        "Somvari Manpower Services",
        id="an_indian_consultant_names_his_vertical",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body", "status", "company"), DESKS)
def test_a_desk_on_the_writers_post_line_is_no_employer(sender, subject, body, status, company):
    result = extract_as_read(sender, subject, body)
    assert_application_naming(result, company, status)


def test_an_organisation_the_post_names_and_the_text_names_again_stays_the_employer():
    result = extract_as_read(
        "Marisol Oosterwoldt <m.oosterwoldt@ferncastlegroup.example>",
        "Your application to Ferncastle Robotics",
        "Dear Kit,\n\nThank you for your application to Ferncastle Robotics for the Controls Technician "
        "role. We have received it and will be in touch.\n\nBest regards,\nMarisol Oosterwoldt\n"
        "Talent Partner, Ferncastle Robotics\nFerncastle Group plc",
    )
    assert result.company is not None and same_company(result.company, "Ferncastle Robotics"), result.company


def test_an_employer_named_in_the_first_sentence_above_its_team_stays_the_employer():
    result = extract_as_read(
        "Quennell Orchards <careers@quennellorchards.example>",
        "Application received - Packhouse Supervisor",
        "Dear Jordan,\nThank you for applying for the Packhouse Supervisor position at Quennell Fruit "
        "Farms.\n"
        "Quennell Recruitment Team",
    )
    assert result.company is not None and same_company(result.company, "Quennell Fruit Farms"), result.company
