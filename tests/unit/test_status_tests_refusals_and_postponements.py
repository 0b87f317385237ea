"""Steps and holds in English, French, Spanish, Italian, Dutch and Portuguese mail, by class (invented mail):
a test asked now with the interview named as what follows it ("after that comes the second interview",
"the results will be discussed at the interview", "candidates clearing the test will be called"), an
invitation refused in French,
Spanish and Dutch ("nous ne sommes pas en mesure de vous convier", "geen aanleiding om u uit te nodigen"),
a post filled named between verb and noun ("we've filled the dental nurse position"), a competition
postponed until further notice, Quebec's "mis sur la glace" and "ne pas combler le poste", and a job
named by Dutch's everyday word ("de baan").
"""

import pytest

from tests.extraction_support import extract
from tracker.models import Kind, Status


def _mail(sender: str, subject: str, body: str) -> dict[str, str]:
    return {"sender": sender, "subject": subject, "body": body}


_TEST_BEFORE_THE_INTERVIEW = [
    pytest.param(
        _mail(
            "Werving <werving@polderlicht.nl>",
            "Capaciteitentest",
            "Beste Noor,\n\nAls volgende stap vragen we je een online capaciteitentest te maken via "
            "https://test.polderlicht.nl/q7, uiterlijk donderdag 3 april. Daarna volgt het tweede "
            "gesprek.\n\nMet vriendelijke groet",
        ),
        id="nl: then comes the second interview",
    ),
    pytest.param(
        _mail(
            "Selectie <selectie@dijkgraaf-advies.nl>",
            "Online assessment",
            "Beste kandidaat,\n\nOnderdeel van de procedure is een online persoonlijkheidsvragenlijst van "
            "ongeveer 40 minuten, in te vullen vóór vrijdag 11 april: https://dijkgraaf.assess.nl/x2. De "
            "uitslag bespreken we met je tijdens het vervolggesprek.\n\nSucces!",
        ),
        id="nl: the results discussed at the next interview",
    ),
    pytest.param(
        _mail(
            "Talent Team <talent@quillmarsh.io>",
            "Next step: coding test",
            "Hi Priya,\n\nYou've been shortlisted for the Platform Engineer role. The next step is a "
            "60-minute online coding test on HackerRank: https://hr.example/t/k1. Please complete it by 20 "
            "May. After the test, we will schedule a technical interview with the successful "
            "candidates.\n\nQuillmarsh",
        ),
        id="en: an interview with the successful candidates after the test",
    ),
    pytest.param(
        _mail(
            "Kiran M | Tarvana HR <kiran@tarvana.in>",
            "Online test - Data Engineer",
            "Dear Candidate,\n\nYour profile has been shortlisted. Kindly attend the online technical test "
            "(75 mins) between 3 and 5 June: https://assess.tarvana.in/t/9. Candidates clearing the test "
            "will be called for a technical interview.\n\nRegards,\nKiran",
        ),
        id="en: candidates clearing the test will be called",
    ),
    pytest.param(
        _mail(
            "Recruiting <jobs@ferrowick.com>",
            "Ferrowick - case study",
            "Hi Ana,\n\nAs a next step, please find attached a take-home case study. Send your answers back "
            "within 5 days; we will discuss your solution in the final interview.\n\nFerrowick Recruiting",
        ),
        id="en: the solution discussed in the final interview",
    ),
    pytest.param(
        _mail(
            "Selezione <sel@vetreria-olmo.it>",
            "Caso di studio",
            "Ciao Dario,\n\ncome prossimo step ti chiediamo di svolgere un caso di studio entro venerdì 4 "
            "aprile. Successivamente ne discuteremo insieme in un colloquio con il team.\n\nVetreria Olmo",
        ),
        id="it: a case study, then an interview",
    ),
]


@pytest.mark.parametrize("mail", _TEST_BEFORE_THE_INTERVIEW)
def test_a_test_asked_before_the_interview_it_leads_to_is_an_assessment(mail):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.ASSESSMENT, result


def test_an_interview_set_for_a_day_after_a_test_passed_stays_an_interview():
    result = extract(
        sender="Recruiting <jobs@ferrowick.com>",
        subject="Interview invitation",
        body="Hi Ana,\n\nThanks for completing the coding test. Then, we'd like to invite you to a technical "
        "interview on Tuesday 10 June at 2pm.\n\nFerrowick Recruiting",
    )
    assert result.status is Status.INTERVIEW, result


_REJECTIONS = [
    pytest.param(
        _mail(
            "RH <rh@clinique-verlaine.fr>",
            "Votre candidature",
            "Bonjour,\n\nAprès étude de votre dossier, nous ne sommes pas en mesure de vous convier à un "
            "entretien.\n\nRH",
        ),
        id="fr: not able to invite you to an interview",
    ),
    pytest.param(
        _mail(
            "RRHH <rrhh@clinica-albaida.es>",
            "Tu candidatura",
            "Hola,\n\nTras revisar tu candidatura, no vamos a convocarte a la fase de entrevistas.\n\nRRHH",
        ),
        id="es: we will not call you to the interviews",
    ),
    pytest.param(
        _mail(
            "HR <hr@zorggroep-lindehof.nl>",
            "Je sollicitatie",
            "Beste Daan,\n\nWij zien geen aanleiding om u uit te nodigen voor een gesprek.\n\n"
            "Met vriendelijke groet,\nHR",
        ),
        id="nl: no grounds to invite you",
    ),
    pytest.param(
        _mail(
            "Orla Brennan <orla@harbourview-dental.ie>",
            "Your application - Dental Nurse",
            "Hi Sam,\n\nThanks again for applying. Just a quick note to say we've filled the dental nurse "
            "position at our Clontarf practice.\n\nBest of luck,\nOrla",
        ),
        id="en: we've filled the named position",
    ),
]


@pytest.mark.parametrize("mail", _REJECTIONS)
def test_an_invitation_refused_or_a_post_filled_is_a_rejection(mail):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.REJECTED, result


_HOLDS = [
    pytest.param(
        _mail(
            "Recruitment <recruitment@glenmorrow.gov.uk>",
            "Ref GM-118 Estates Officer",
            "Dear Applicant,\n\nFurther to your application for the post of Estates Officer, the above "
            "competition has been postponed until further notice. No interviews will take place at this "
            "time.\n\nHR Services",
        ),
        id="en: postponed until further notice",
    ),
    pytest.param(
        _mail(
            "Nathalie Roy <nroy@scierie-laval.qc.ca>",
            "Affichage – Commis aux comptes",
            "Bonjour M. Gagné,\n\nJe fais suite à votre candidature. Le processus est mis sur la glace pour "
            "le moment, et la direction a décidé de ne pas combler le poste cette année.\n\nNathalie Roy",
        ),
        id="fr (Quebec): on ice, the post not to be filled",
    ),
]


@pytest.mark.parametrize("mail", _HOLDS)
def test_a_post_put_off_with_no_date_is_withdrawn(mail):
    result = extract(**mail)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.WITHDRAWN, result


def test_a_meeting_postponed_to_a_new_day_is_no_hold():
    result = extract(
        sender="Recruitment <recruitment@glenmorrow.gov.uk>",
        subject="Interview - Estates Officer",
        body="Dear Sam,\n\nYour interview for the position of Estates Officer has been postponed to "
        "Tuesday 4 March at 10:00.\n\nHR Services",
    )
    assert result.status is Status.INTERVIEW, result


@pytest.mark.parametrize(
    ("subject", "body", "status"),
    [
        (
            "Goed nieuws!",
            "Hoi Daan,\n\nWe willen je de baan aanbieden! Ik bel je morgen om het contract door te "
            "nemen.\n\nAnouk",
            Status.OFFER,
        ),
        (
            "Tweede gesprek",
            "Hoi Daan,\n\nWe willen je graag nog een keer spreken, nu met onze directeur. Ik stuur je een "
            "Teams-uitnodiging voor donderdag 14:00.\n\nAnouk",
            Status.INTERVIEW,
        ),
    ],
)
def test_a_dutch_person_naming_the_job_in_everyday_words_writes_application_mail(subject, body, status):
    result = extract(sender="Anouk Visser <anouk@visser-meubelmakers.nl>", subject=subject, body=body)
    assert result.kind is Kind.APPLICATION, result
    assert result.status is status, result
