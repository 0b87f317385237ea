"""Wordings of ordinary ATS and employer mail the rules had not met (invented mail, written before the
fix and counted wrong on main): a rejection after the final round that declines to "extend an offer",
a next stage that is a test, not an interview, German firms' English "your application as <title>", a
subject's "role update" and a conditional offer's "subject to references" after the title.
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.models import Status

WORDINGS = [
    application_row(
        "declining_to_extend_an_offer_after_the_final_round_rejects",
        Status.REJECTED,
        "Amberly",
        "Senior Product Manager",
        sender="Amberly Recruiting <recruiting@amberly.com>",
        subject="Amberly - Senior Product Manager",
        body="Hi Priya,\n\nThank you for the time you spent with us during the final round interviews for "
        "the "
        "Senior Product Manager role. The team enjoyed meeting you. After a lot of deliberation we have made "
        "the difficult decision not to extend an offer.\n\nWe wish you all the best,\nAmberly Recruiting",
    ),
    application_row(
        "a_next_stage_made_of_reasoning_tests_is_an_assessment",
        Status.ASSESSMENT,
        "Mirelle Pharma",
        sender="Mirelle Pharma Graduate Recruitment <graduates@mirellepharma.com>",
        subject="Next stage: online assessments",
        body="Dear Priya,\n\nThank you for applying to the Mirelle Pharma Graduate Scientist programme. We "
        "are "
        "pleased to invite you to the next stage, which consists of online numerical and verbal reasoning "
        "tests provided by SHL. Please complete them within 5 days.\n\nKind regards,\nGraduate Recruitment "
        "Team",
    ),
    application_row(
        "an_invitation_to_the_next_stage_alone_is_still_an_interview",
        Status.INTERVIEW,
        "Mirelle Pharma",
        sender="Mirelle Pharma Graduate Recruitment <graduates@mirellepharma.com>",
        subject="Your application",
        body="Dear Priya,\n\nThank you for applying to Mirelle Pharma. We are pleased to invite you to the "
        "next "
        "stage of our process. Please let us know your availability next week.\n\nGraduate Recruitment Team",
    ),
    application_row(
        "your_application_as_a_title_without_an_article",
        Status.APPLIED,
        "Wolkenfeld",
        "Frontend Developer",
        sender="Wolkenfeld GmbH <jobs@wolkenfeld.jobs.personio.de>",
        subject="Your application as Frontend Developer",
        body="Dear Priya,\n\nthank you for your application as Frontend Developer at Wolkenfeld GmbH. We "
        "have "
        "received your documents and will get back to you as soon as possible.\n\nBest regards\n"
        "Your Wolkenfeld team",
    ),
    application_row(
        "a_subjects_role_update_is_no_part_of_the_title",
        Status.WITHDRAWN,
        "Ardent Robotics",
        "Controls Engineer",
        sender="Ardent Robotics Talent <talent@ardentrobotics.com>",
        subject="Controls Engineer role update",
        body="Hi Priya,\n\nI wanted to reach out with an update. Due to a shift in business priorities, we "
        "have put the Controls Engineer role on hold for the foreseeable future. We'll reach out if it "
        "reopens.\n\nBest,\nArdent Robotics Talent Team",
    ),
    application_row(
        "a_conditional_offers_terms_after_the_title_are_no_part_of_it",
        Status.OFFER,
        "Nettlefield Council",
        "Planning Officer",
        sender="Nettlefield Council HR <recruitment@nettlefield.gov.uk>",
        subject="Conditional offer of employment - Planning Officer",
        body="Dear Priya,\n\nFollowing your recent interview, I am pleased to make you a conditional offer "
        "of "
        "employment for the post of Planning Officer, subject to satisfactory references and a DBS check.\n\n"
        "Yours sincerely,\nRecruitment Team\nNettlefield Council",
    ),
    application_row(
        "a_portals_status_changed_to_in_review_is_applied_not_a_guessed_rejection",
        Status.APPLIED,
        "Brenholt Group",
        "Financial Analyst",
        sender="Brenholt Group <brenholt@successfactors.eu>",
        subject="Status update: Financial Analyst",
        body="Dear Priya,\n\nThe status of your application for Financial Analyst (Job Req ID 77812) has "
        "changed "
        "to: In Review.\n\nPlease log in to the career site to see details.\n\nBrenholt Group Recruiting",
    ),
    application_row(
        "still_being_reviewed_under_an_update_subject_is_applied",
        Status.APPLIED,
        "Marrowfield",
        sender="Marrowfield Careers <no-reply@marrowfield.com>",
        subject="An update on your application",
        body="Hi Priya,\n\nWe wanted to let you know that your application is still being reviewed by our "
        "team. "
        "We appreciate your patience.\n\nMarrowfield Careers",
    ),
    application_row(
        "a_hiring_managers_request_for_minutes_on_zoom_is_an_interview_and_her_own_role_no_title",
        Status.INTERVIEW,
        "Quorra Health",
        "Clinical Data Manager",
        sender="Elena Vasquez <evasquez@quorrahealth.org>",
        subject="Clinical Data Manager - conversation",
        body="Hi Priya,\n\nI'm the hiring manager for the Clinical Data Manager position and I was "
        "impressed by "
        "your background. Would you have 45 minutes on Monday or Tuesday for a Zoom conversation?\n\n"
        "Elena Vasquez\nDirector, Data Management\nQuorra Health",
    ),
    application_row(
        "not_taking_yours_further_rejects",
        Status.REJECTED,
        "Sablewood Games",
        "Gameplay Programmer",
        sender="Sablewood Games <careers@sablewoodgames.com>",
        subject="Sablewood Games | Gameplay Programmer",
        body="SABLEWOOD GAMES\n\nHi Priya,\n\nThank you for applying for the Gameplay Programmer position. "
        "We've "
        "now reviewed all applications and unfortunately we won't be taking yours further.\n\nThanks,\n"
        "Sablewood Games Recruitment\n\nFollow us: Twitter | Instagram | LinkedIn\nUnsubscribe",
    ),
    application_row(
        "cannot_consider_your_application_further_rejects",
        Status.REJECTED,
        "Baumwerk AG",
        "Business Analyst",
        sender="Baumwerk AG <karriere@baumwerk.de>",
        subject="Your application as Business Analyst",
        body="Dear Ms Raman,\n\nthank you very much for your application and your interest in Baumwerk AG. "
        "Unfortunately we have to inform you that we cannot consider your application further.\n\nKind "
        "regards\nBaumwerk AG Human Resources",
    ),
    application_row(
        "a_french_boards_confirmation_wishing_luck_in_the_search_is_applied",
        Status.APPLIED,
        "Transports Garnier",
        "Agent d'exploitation H/F",
        sender="HelloWork <candidature@hellowork.com>",
        subject="Confirmation de votre candidature",
        body="Bonjour,\n\nNous vous confirmons l'envoi de votre candidature à l'offre Agent d'exploitation "
        "H/F "
        "de l'entreprise Transports Garnier.\n\nBonne chance dans vos recherches !\nL'équipe HelloWork",
    ),
    application_row(
        "a_german_title_ends_before_jedoch_anderweitig",
        Status.REJECTED,
        "Sanitätshaus Vogt",
        "Kaufmännische Angestellte",
        sender="Petra Vogt <p.vogt@sanitaetshaus-vogt.de>",
        subject="Ihre Bewerbung",
        body="Sehr geehrte Frau Raman,\n\nnochmals vielen Dank für das angenehme Gespräch letzte Woche. Wir "
        "haben uns die Entscheidung nicht leicht gemacht, die Stelle als Kaufmännische Angestellte jedoch "
        "anderweitig besetzt.\n\nFür Ihre Zukunft alles Gute\nPetra Vogt\nSanitätshaus Vogt",
    ),
    application_row(
        "an_agency_passing_on_the_clients_wish_to_meet_names_the_client",
        Status.INTERVIEW,
        "Harbourview Capital",
        "Fund Accountant",
        sender="Sophie Grant <sophie.grant@kellerhayes.co.uk>",
        subject="Interview - Harbourview Capital",
        body="Hi Priya,\n\nGood news! Harbourview Capital would like to meet you for a first interview for "
        "the "
        "Fund Accountant position on Wednesday at 11am at their Canary Wharf office. Please confirm you're "
        "available.\n\nSophie\nKeller Hayes Recruitment",
    ),
    application_row(
        "an_employers_own_recruiting_team_naming_itself_stays_the_employer",
        Status.INTERVIEW,
        "Varnholt",
        "Systems Engineer",
        sender="Varnholt Recruiting <recruiting@varnholt.com>",
        subject="Interview invitation",
        body="Hi Priya,\n\nThank you for applying. Varnholt would like to invite you to an interview for the "
        "Systems Engineer role next week at our Fort Worth office.\n\nVarnholt Recruiting",
    ),
    application_row(
        "referred_to_the_hiring_manager_is_applied_not_a_guessed_rejection",
        Status.APPLIED,
        "Department of Veterans Affairs",
        "Program Analyst",
        sender="USAJOBS <no-reply@usajobs.gov>",
        subject="Application Status Update",
        body="Your application for Program Analyst with the Department of Veterans Affairs has been "
        "referred to "
        "the hiring manager for further consideration.\n\nThis does not mean you have been selected.",
    ),
    application_row(
        "not_referred_to_the_hiring_manager_rejects",
        Status.REJECTED,
        "Department of Veterans Affairs",
        "Program Analyst",
        sender="USAJOBS <no-reply@usajobs.gov>",
        subject="Application Status Update",
        body="Your application for Program Analyst with the Department of Veterans Affairs was reviewed. "
        "You were "
        "not referred to the hiring manager for further consideration.",
    ),
    application_row(
        "a_shops_run_together_domain_is_spelled_as_two_words",
        Status.REJECTED,
        "Greyfriars Coffee",
        sender="Tom Haskell <tom@greyfriarscoffee.com>",
        subject="Re: barista",
        body="Hey Priya, sorry we went with someone who had more latte art experience. Keep an eye on our "
        "insta "
        "for future openings!\n\nSent from my iPhone",
    ),
    application_row(
        "a_bookshops_owner_writing_from_its_domain",
        Status.INTERVIEW,
        "Tallis Books",
        sender="Ben Tallis <ben@tallisbooks.com>",
        subject="Re: Shop assistant position",
        body="Hi Priya, can you come in Saturday at 10 for a chat? Ask for me at the till.\n\nBen\n\nOn Tue, "
        "Nov 25, 2026 at 4:11 PM Priya Raman <priya.raman@gmail.com> wrote:\n> Hello, I'd like to apply for "
        "the shop assistant position advertised in your window. My CV is attached.\n> Best, Priya",
    ),
    application_row(
        "grabbing_minutes_for_a_phone_interview_is_an_interview",
        Status.INTERVIEW,
        "Wexford Analytics",
        sender="Jo Park <jo@wexfordanalytics.com>",
        subject="Your application",
        body="Hi Priya,\n\nThanks for applying to Wexford Analytics. Could we grab 20 minutes for a phone "
        "interview this week?\n\nJo",
    ),
    application_row(
        "around_tomorrow_for_a_quick_interview_is_an_interview",
        Status.INTERVIEW,
        "Brindle Studio",
        sender="Sam Reyes <sam@brindlestudio.com>",
        subject="Re: designer role",
        body="Hey Priya - loved your portfolio. Are you around tomorrow for a quick interview over video?\n\n"
        "Sam\nBrindle Studio",
    ),
    application_row(
        "lust_vorbeizukommen_is_an_interview",
        Status.INTERVIEW,
        "Café Sonne",
        sender="Anna Weber <anna@cafe-sonne.de>",
        subject="Deine Bewerbung",
        body="Hallo Priya,\n\ndanke für deine Bewerbung! Hast du Lust, nächste Woche auf ein kurzes "
        "Vorstellungsgespräch vorbeizukommen?\n\nViele Grüße\nAnna\nCafé Sonne",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), WORDINGS)
def test_reads_the_wording(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


def test_your_application_as_soon_as_possible_names_no_title():
    result = extract(
        sender="Careers <careers@halden-tech.com>",
        subject="Your application",
        body="Hi Priya,\n\nPlease complete your application as soon as possible at Halden Tech.\n\nCareers",
    )
    assert result.job_title is None, result


def test_a_domain_the_display_name_writes_as_one_word_stays_one():
    result = extract(
        sender="Tallisbooks <hello@tallisbooks.com>",
        subject="Your application",
        body="Hi Priya,\n\nThanks for applying to be a bookseller. Could you come in on Saturday for a "
        "chat?\n\n"
        "Tallisbooks",
    )
    assert result.company == "Tallisbooks", result
