"""A follow-up from its employer's own domain that names the employer as nothing that is one, or spells it
another way, joins the application that domain's mail began (tracker/sender_domains.py), whatever order
the mail arrives in; a domain two employers' mail came from, a platform's, a free-mail provider's or a
staffing agency's is no evidence."""

from __future__ import annotations

import itertools

import pytest

from tests.builders import an_email, application_email
from tests.unit.test_recording import Tracker
from tracker.sender_domains import alike_at_domain, own_domain, spelled_alike

CAREERS = '"Quillmoor Engineering Careers" <careers@quillmoor-eng.co.uk>'
MANAGER = '"Tom Reddy" <tom.reddy@quillmoor-eng.co.uk>'
TITLE = "Graduate Structural Engineer"


def _shown(tracker: Tracker) -> list[tuple]:
    return sorted(
        (a.company, a.job_title or "", a.status.value, bool(a.needs_review)) for a in tracker.applications
    )


def _in_every_order(*mails) -> list[list[tuple]]:
    shown = []
    for order in itertools.permutations(mails):
        tracker = Tracker()
        for sender, on, extraction in order:
            tracker.receive(an_email(on=on, sender=sender), extraction)
        shown.append(_shown(tracker))
    return shown


def _receipt(company: str = "Quillmoor Engineering", sender: str = CAREERS, title: str = TITLE, on: int = 1):
    return sender, on, application_email("applied", company, title)


@pytest.mark.parametrize(
    ("sender", "read_as"),
    [
        (MANAGER, "Tom Reddy"),  # the hiring manager writing by hand
        ('"Personalabteilung" <bewerbung@quillmoor-eng.co.uk>', "Personalabteilung"),
        ('"Recursos Humanos" <empleo@quillmoor-eng.co.uk>', "Recursos Humanos"),
        ('"Quillmoor" <no-reply@quillmoor-eng.co.uk>', None),  # no employer read at all
        ('"JobsPortal" <careers@quillmoor-eng.co.uk>', "JobsPortal"),  # a portal's name
        ('"careers.quillmoor-eng.co.uk" <no-reply@quillmoor-eng.co.uk>', "careers.quillmoor-eng.co.uk"),
        ('"Quillmoor" <no-reply@quillmoor-eng.co.uk>', "Unknown employer"),
    ],
)
def test_a_follow_up_naming_no_employer_from_the_employers_own_domain_joins_its_application(sender, read_as):
    follow_up = (sender, 8, application_email("interview", read_as, None))
    for shown in _in_every_order(_receipt(), follow_up):
        assert shown == [("Quillmoor Engineering", TITLE, "interview", False)]


@pytest.mark.parametrize(
    ("read_as", "sender"),
    [
        ("Quillmoor Eng", '"Quillmoor Eng" <no-reply@quillmoor-eng.co.uk>'),  # a name cut short
        ("Quillmoor Mail", '"Quillmoor Mail" <no-reply@quillmoor-eng.co.uk>'),  # a mail word glued on
        ("Quillmoorengineering", '"Jobs" <no-reply@quillmoor-eng.co.uk>'),  # its words squashed
    ],
)
def test_the_employer_spelled_another_way_from_its_own_domain_is_one_application(read_as, sender):
    follow_up = (sender, 8, application_email("rejected", read_as, None))
    for shown in _in_every_order(_receipt(), follow_up):
        assert shown == [("Quillmoor Engineering", TITLE, "rejected", False)]


def test_a_squashed_name_of_some_of_its_words_joins_with_the_title_written_the_same():
    receipt = _receipt(
        "Brackenhill Aged Care", '"Brackenhill Aged Care" <jobs@brackenhillcare.com.au>', "Registered Nurse"
    )
    interview = (
        '"Brackenhillcare People Team" <people@brackenhillcare.com.au>',
        6,
        application_email("interview", "Brackenhillcare", "Registered Nurse"),
    )
    for shown in _in_every_order(receipt, interview):
        assert shown == [("Brackenhill Aged Care", "Registered Nurse", "interview", False)]


def test_a_word_dropped_from_the_middle_of_the_name_is_the_same_employer():
    sender = '"Hospital Beneficente São Bento" <rh@hbsaobento.org.br>'
    receipt = _receipt("Hospital Beneficente São Bento", sender, "Técnico de Enfermagem")
    interview = (
        '"Hospital São Bento" <rh@hbsaobento.org.br>',
        7,
        application_email("interview", "Hospital São Bento", None),
    )
    for shown in _in_every_order(receipt, interview):
        assert shown == [("Hospital Beneficente São Bento", "Técnico de Enfermagem", "interview", False)]


def test_a_domain_two_employers_mail_came_from_names_neither():
    group = "recruitment@staldric.org.uk"
    general = _receipt("St Aldric General Hospital", f'"St Aldric General Hospital" <{group}>', "Staff Nurse")
    children = _receipt(
        "St Aldric Children's Hospital", f'"St Aldric Children\'s Hospital" <{group}>', "Porter", on=2
    )
    untitled = (f'"Recruitment Team" <{group}>', 9, application_email("rejected", "Recruitment Team", None))
    for shown in _in_every_order(general, children, untitled):
        assert len(shown) == 3, shown
        assert ("St Aldric General Hospital", "Staff Nurse", "applied", False) in shown
        assert ("St Aldric Children's Hospital", "Porter", "applied", False) in shown


def test_two_open_applications_at_the_domains_employer_keep_an_untitled_follow_up_apart_flagged():
    sender = '"Harlow Digital" <talent@harlowdigital.io>'
    data, product = (
        _receipt("Harlow Digital", sender, "Data Analyst"),
        _receipt("Harlow Digital", sender, "Product Analyst", 2),
    )
    update = (
        '"People Team" <talent@harlowdigital.io>',
        9,
        application_email("rejected", "People Team", None),
    )
    for shown in _in_every_order(data, product, update):
        assert len(shown) == 3 and sum(flagged for *_, flagged in shown) == 1, shown


def test_two_employers_sharing_a_first_word_from_their_own_domains_stay_apart():
    freight = _receipt(
        "Eastwick Freight", '"Eastwick Freight" <recruitment@eastwickfreight.com>', "Team Leader"
    )
    council = _receipt(
        "Eastwick Borough Council", '"Eastwick Borough Council" <jobs@eastwick.gov.uk>', "Planning Officer", 2
    )
    outcome = (
        '"Eastwick" <recruitment@eastwickfreight.com>',
        9,
        application_email("rejected", "Eastwick", "Team Leader"),
    )
    for shown in _in_every_order(freight, council, outcome):
        assert ("Eastwick Freight", "Team Leader", "rejected", False) in shown
        assert ("Eastwick Borough Council", "Planning Officer", "applied", False) in shown


def test_a_named_employer_that_is_no_spelling_of_the_domains_is_never_merged_by_it():
    other = (
        '"Jobs" <no-reply@quillmoor-eng.co.uk>',
        8,
        application_email("interview", "Harbourline Marine", None),
    )
    for shown in _in_every_order(_receipt(), other):
        assert [company for company, *_ in shown] == ["Harbourline Marine", "Quillmoor Engineering"]


@pytest.mark.parametrize(
    "sender",
    [
        "Greenhouse <no-reply@greenhouse.io>",  # a platform sends for every employer
        "Northgate Recruitment <jobs@northgate-recruitment.co.uk>",  # an agency relays many clients
    ],
)
def test_a_domain_that_sends_for_many_employers_is_no_evidence(sender):
    # (A free mail provider's domain is anyone's; a person's own address there is one writer's:
    # tests/unit/test_grouping_an_agencys_hold_and_news_with_their_application.py.)
    assert own_domain(sender) == ""
    receipt = _receipt("Velmont Foods", sender, "Production Planner")
    other = (sender, 5, application_email("interview", None, None))
    for shown in _in_every_order(receipt, other):
        assert len(shown) == 2, shown


def test_spellings_alike_are_told_from_two_names_each_with_a_word_the_other_lacks():
    assert spelled_alike("quillmoor eng", "quillmoor engineering")
    assert spelled_alike("quillmoor engineering", "quillmoor eng")
    assert spelled_alike("bellecombe distribution", "groupe bellecombe distribution")
    assert spelled_alike("ferncastle logistics dfw7", "ferncastle logistics")
    assert spelled_alike("brackenhillcare", "brackenhill aged care")
    assert not spelled_alike("st aldric childrens hospital", "st aldric general hospital")
    assert not spelled_alike("pinebrook dental", "pinebrook health")
    assert not spelled_alike("", "pinebrook health")


def test_a_word_written_short_of_its_compound_is_one_spelling():
    # A domain's "Antriebe" of the legal name's "Antriebstechnik", "Logistik" of "Logistics": the word's
    # stem (six letters or more) begins the other, its last letter given way to the compound's joint.
    assert spelled_alike("hellmar antriebe", "hellmar antriebstechnik")
    assert spelled_alike("ostrava logistik", "ostrava logistics")
    # Not two compounds of one stem, nor a short word's other ending.
    assert not spelled_alike("bauer medizintechnik", "bauer medizinprodukte")
    assert not spelled_alike("kessel bauen", "kessel bauteile")


def test_a_domain_writing_its_employer_as_initials_of_its_weighty_words_is_one_employer():
    # The first and last words' initials, some between: a word left out ("coastal", "cotiere de la"), perhaps
    # another word of the domain's beside them ("hmr ops").
    assert alike_at_domain("hmr", "halden coastal marine research")
    assert alike_at_domain("hmr ops", "halden coastal marine research")
    assert alike_at_domain("armd", "agence regionale cotiere de la mobilite douce")
    assert alike_at_domain("quillmoor eng", "quillmoor engineering")  # spelled alike, as before
    # Not the first word's or not the last word's initial; nor two names of many words each.
    assert not alike_at_domain("cmr", "halden coastal marine research")
    assert not alike_at_domain("hcm", "halden coastal marine research")
    assert not alike_at_domain("st aldric childrens hospital", "st aldric general hospital")
    assert not alike_at_domain("hr", "halden coastal marine research")  # two letters are no initials
    assert not spelled_alike("hmr", "halden coastal marine research")  # only where one domain ties them


INITIALS_RECEIPT = '"Halden Coastal Marine Research" <jobs@hcmr-marine.example>'
INITIALS_WRITER = '"Ola Brekke" <ola.brekke@hcmr-marine.example>'


def test_a_follow_up_naming_its_employer_by_its_domains_initials_joins_the_receipts_application():
    receipt = (
        INITIALS_RECEIPT,
        1,
        application_email("applied", "Halden Coastal Marine Research", "Field Technician (12 months)"),
    )
    follow_up = (INITIALS_WRITER, 9, application_email("interview", "Hcmr Marine", "Field Technician"))
    for shown in _in_every_order(receipt, follow_up):
        assert [(company, status) for company, _, status, _ in shown] == [
            ("Halden Coastal Marine Research", "interview")
        ]
