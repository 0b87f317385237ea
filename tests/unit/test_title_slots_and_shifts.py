"""Where a post is named in Dutch, German and hand-written English mail (invented mail and titles): after "de
functie:" with its colon, after a German posting's number, between a Dutch subject's application and the
employer it names (in lowercase too), after "de baan als" and "een proefdag als", before a main clause
inverted after it ("voor de functie X vragen we je"); a reply's subject in the applicant's own lowercase
words yields to the post the employer's sentence names; a Dutch shift after a dash ("- avondploeg") is the
post's working time; a person's "the X spot" names the post X, and "our new X" and "to work with us as a
X" the post X, where a reply's subject naming the reader's CV names none; Dutch school and trade posts,
German trades and health care's assistants by their initials ("leerkracht", "loodgieter", "Tischlerin",
"ZFA") are roles' words.
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.extraction.title_slots import names_a_post_before_employer
from tracker.models import Status

ROWS = [
    application_row(
        "Dutch: the post after 'de functie:' with its colon",
        Status.REJECTED,
        "Bouwbedrijf Terlaak",
        "Uitvoerder Infra",
        sender="Team Talent Bouwbedrijf Terlaak <talent@terlaakbouw.nl>",
        subject="Afwijzing sollicitatie",
        body="Beste Wout,\n\nBedankt voor je sollicitatie naar de functie: Uitvoerder Infra (40 "
        "uur).\n\nHelaas moeten we je laten weten dat je niet door bent naar de volgende "
        "ronde.\n\nGroet,\nBouwbedrijf Terlaak",
    ),
    application_row(
        "German: a posting's number before its quoted post",
        Status.REJECTED,
        "Stadtverwaltung Ebersau",
        "Sachbearbeitung Elterngeld (m/w/d)",
        sender="Stadtverwaltung Ebersau <personal@ebersau.de>",
        subject="Ihre Bewerbung",
        body="Sehr geehrte Frau Kuhn,\n\nwir danken Ihnen für Ihre Bewerbung auf die Stellenausschreibung "
        "Nr. 41/2026 „Sachbearbeitung Elterngeld (m/w/d)“. Leider können wir Sie nicht "
        "berücksichtigen.\n\nMit freundlichen Grüßen\nStadtverwaltung Ebersau",
    ),
    application_row(
        "Dutch: a reply's lowercase subject yields to the post the body names",
        Status.INTERVIEW,
        "Installatietechniek Brouwer",
        "Servicemonteur Zonnepanelen",
        sender="Installatietechniek Brouwer <info@brouwer-installatie.nl>",
        subject="Re: vacature monteur",
        body="Hoi Stijn,\n\nBedankt voor je reactie op onze vacature voor Servicemonteur Zonnepanelen. "
        "Heb je woensdag om 10 uur tijd om langs te komen?\n\nGroet,\nGert Brouwer\nInstallatietechniek "
        "Brouwer",
    ),
    application_row(
        "Dutch: a lowercase post between the application and the employer in the subject",
        Status.APPLIED,
        "Dakdekkersbedrijf Verbrugge",
        "Dakdekker",
        sender="Jobs <noreply@jobs-vlaanderen.example>",
        subject="Je sollicitatie voor dakdekker bij Dakdekkersbedrijf Verbrugge",
        body="Dag Jens,\n\nJe sollicitatie werd verstuurd naar Dakdekkersbedrijf Verbrugge.\n\nSucces!",
    ),
    application_row(
        "Dutch: the job named after 'de baan als'",
        Status.INTERVIEW,
        "Stukadoorsbedrijf Hendriks",
        "Stukadoor",
        sender="Wim Hendriks <wim@hendriks-stukadoors.nl>",
        subject="Re: Sollicitatie",
        body="Hoi Daan,\n\nTop dat je interesse hebt in de baan als stukadoor bij ons. Kom je dinsdag om "
        "half 9 even langs?\n\nWim Hendriks\nStukadoorsbedrijf Hendriks",
    ),
    application_row(
        "Dutch: a shift after the post's dash",
        Status.APPLIED,
        "Distributiecentrum Wolters",
        "Orderpicker - nachtploeg",
        sender="Werving Distributiecentrum Wolters <werving@dcwolters.nl>",
        subject="Bedankt voor je sollicitatie!",
        body="Hi Sem,\n\nBedankt voor je sollicitatie voor de functie 'Orderpicker - nachtploeg'. We "
        "nemen snel contact op.\n\nTeam Distributiecentrum Wolters",
    ),
    application_row(
        "English by hand: 'the X spot'",
        Status.INTERVIEW,
        "Brasswing",
        "Founding Designer",
        sender="Ines Marlow <ines@brasswing.io>",
        subject="Intro",
        body="Hey Theo - Ines here, CEO at Brasswing. Saw you applied for the Founding Designer spot. "
        "Want to hop on a call Thursday at 3pm?\n\nInes",
    ),
    application_row(
        "Dutch: a main clause inverted after the post",
        Status.ASSESSMENT,
        "Woonzorg Hoogland",
        "Teamleider Wonen",
        sender="Recruitment Woonzorg Hoogland <recruitment@woonzorghoogland.nl>",
        subject="Assessment",
        body="Beste Anouk,\n\nAls volgende stap in de procedure voor de functie Teamleider Wonen vragen we "
        "je een online assessment te maken. Je ontvangt de link per mail.\n\nRecruitment Woonzorg Hoogland",
    ),
    application_row(
        "Dutch: a trial day named with its post",
        Status.ASSESSMENT,
        "Eetcafé De Zwaan",
        "Zelfstandig werkend kok",
        sender="Eetcafé De Zwaan <info@eetcafedezwaan.nl>",
        subject="Re: sollicitatie",
        body="Hoi Bram,\n\nBedankt voor je mail. Kun je vrijdag om 14.00 uur langskomen voor een proefdag "
        "als zelfstandig werkend kok?\n\nGroet,\nPeter\nEetcafé De Zwaan",
    ),
    application_row(
        "English by hand: 'to work with us as a X'",
        Status.INTERVIEW,
        "Fernhill Gardens",
        "Tree surgeon",
        sender="Ellen Shaw <ellen@fernhillgardens.co.uk>",
        subject="Re: Position",
        body="Hi Jamal,\n\nThanks for applying to work with us as a tree surgeon. We'd like to meet you "
        "Wednesday at 9am at the yard.\n\nEllen\nFernhill Gardens",
    ),
    application_row(
        "English by hand: 'join us as our new X'",
        Status.OFFER,
        "Harrow Lane Vets",
        "Practice Manager",
        sender="Bea Lowry <bea@harrowlanevets.co.uk>",
        subject="Good news!",
        body="Hi Sophie,\n\nWe'd love for you to join us as our new Practice Manager, starting 1 June. I'll "
        "send the contract over this week.\n\nBea\nHarrow Lane Vets",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), ROWS)
def test_the_post_is_read_where_the_mail_names_it(
    mail: dict[str, str], status: Status, company: str, title: str
) -> None:
    assert_reads_application(extract(**mail), status, company, title)


def test_a_kind_of_post_or_a_team_before_the_employer_is_no_post_name() -> None:
    assert names_a_post_before_employer("voor ", "heftruckchauffeur")
    assert not names_a_post_before_employer("voor een ", "stage")
    assert not names_a_post_before_employer("für ", "unser Team")
    assert not names_a_post_before_employer("voor ", "als u vragen heeft")


def test_an_article_before_the_employer_names_no_post_in_the_subject() -> None:
    result = extract(
        subject="Je sollicitatie voor een stage bij Drukkerij Ambacht",
        body="Dag Lotte,\n\nJe sollicitatie werd verstuurd naar Drukkerij Ambacht.",
        sender="Jobs <noreply@jobs-vlaanderen.example>",
    )
    assert result.job_title is None


def test_a_capitalised_new_is_the_posts_own_word() -> None:
    result = extract(
        sender="Bea Lowry <bea@harrowlanevets.co.uk>",
        subject="Offer",
        body="Hi Sophie,\n\nWe'd love for you to join us as our New Business Manager. I'll send the contract "
        "over this week.\n\nBea\nHarrow Lane Vets",
    )
    assert result.job_title == "New Business Manager"


@pytest.mark.parametrize(
    ("subject", "title"),
    [
        ("Sollicitatie leerkracht groep 7", "Leerkracht groep 7"),
        ("Sollicitatie loodgieter", "Loodgieter"),
        ("Ihre Bewerbung: Tischlerin", "Tischlerin"),
        ("Bewerbung ZFA", "ZFA"),
    ],
)
def test_a_trade_or_a_school_post_is_read_from_the_subject(subject: str, title: str) -> None:
    result = extract(
        sender="Directie De Vlonder <directie@obs-devlonder.nl>",
        subject=subject,
        body="Beste Lieke,\n\nDank je wel voor je sollicitatie. We willen je graag uitnodigen voor een "
        "gesprek op maandag om 15.30 uur.\n\nGroet,\nDirectie",
    )
    assert result.job_title == title, result


def test_a_firm_named_by_its_trade_stays_the_employer() -> None:
    result = extract(
        sender="Hovenier Schouten <info@hovenierschouten.nl>",
        subject="Re: Sollicitatie",
        body="Hoi Daan,\n\nBedankt voor je sollicitatie. Kom je dinsdag om half 9 even langs?\n\nGroet,\n"
        "Jan\nHovenier Schouten",
    )
    assert result.company == "Hovenier Schouten"


@pytest.mark.parametrize("subject", ["Re: Your CV", "Re: My application", "AW: Meine Unterlagen"])
def test_a_replys_subject_naming_what_the_reader_sent_names_no_post(subject: str) -> None:
    result = extract(
        sender="Ben Carter <ben@carterandlee.co.uk>",
        subject=subject,
        body="Hi Sara,\n\nThanks for your CV. Could you come in for a chat on Friday at 11?\n\nBen\n"
        "Carter & Lee",
    )
    assert result.job_title is None, result
