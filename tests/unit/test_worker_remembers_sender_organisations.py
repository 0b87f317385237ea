"""The worker's memory of sender organisations (tracker/organisation_slots.py): mail recorded one at a time
is filed as `track` files a whole inbox's (tracker/inbox_names.py), in either order of arrival."""

from __future__ import annotations

import copy
import functools
from itertools import permutations

from tests.builders import application_email, day
from tracker.memory_store import MemoryApplicationStore
from tracker.models import EmailMessage, Extraction
from tracker.organisation_slots import OrganisationSlots, organisation_key
from tracker.recording import record_email
from tracker.sender_organisations import sender_organisations

USER = "u1"
LINK = "https://boards.greenhouse.io/quarrendon/jobs/5501"


def mail(
    message_id: str, on: int, sender: str, body: str = "", subject: str = "Your application"
) -> EmailMessage:
    return EmailMessage(message_id=message_id, sender=sender, subject=subject, body=body, received_at=day(on))


def record_all(*mails: tuple[EmailMessage, Extraction]) -> MemoryApplicationStore:
    store = MemoryApplicationStore()
    for email, extraction in mails:
        store.in_transaction(
            USER, functools.partial(record_email, email=email, extraction=extraction, now=day(100))
        )
    return store


def grouped(store: MemoryApplicationStore) -> dict[tuple[str, ...], str]:
    """Each application's message ids, with the employer it shows."""
    return {
        tuple(sorted(e.message_id for e in store.list_events(USER, a.app_id))): a.company
        for a in store.list_applications(USER)
    }


RECEIPT = (
    mail(
        "r1",
        1,
        "Quarrendon Optics <no-reply@greenhouse.io>",
        f"View the posting: {LINK}",
        "Thank you for applying to Quarrendon Optics",
    ),
    application_email("applied", "Quarrendon Optics", "Test Engineer"),
)
RECRUITER = (
    mail("r2", 5, "Priya Anand <priya.anand@quarrendon.com>"),
    application_email("interview", None, None),
)
TALENT_TEAM = (
    mail("r3", 9, "Talent Team <careers@quarrendon.com>"),
    application_email("rejected", "Talent Team", None),
)


def test_a_recruiters_mail_naming_no_employer_joins_the_application_her_firms_ats_receipt_named():
    assert grouped(record_all(RECEIPT, RECRUITER, TALENT_TEAM)) == {("r1", "r2", "r3"): "Quarrendon Optics"}


def test_the_same_mail_ends_in_one_application_in_every_order_of_arrival():
    for order in permutations((RECEIPT, RECRUITER, TALENT_TEAM)):
        assert grouped(record_all(*order)) == {("r1", "r2", "r3"): "Quarrendon Optics"}, order


def test_weak_mail_that_came_first_is_kept_as_naming_the_employer_for_every_later_replan():
    store = record_all(RECRUITER, RECEIPT)
    offer = mail(
        "r4", 12, "Quarrendon Optics <no-reply@greenhouse.io>", LINK, "Your offer from Quarrendon Optics"
    )
    later = (offer, application_email("offer", "Quarrendon Optics", "Test Engineer"))
    store.in_transaction(USER, lambda tx: record_email(tx, later[0], later[1], now=day(100)))
    (application,) = store.list_applications(USER)
    companies = {e.message_id: e.company for e in store.list_events(USER, application.app_id)}
    assert companies["r2"] == "Quarrendon Optics"


def test_a_person_writing_through_the_ats_under_her_own_name_joins_the_employer_its_links_name():
    receipt = (
        mail(
            "p1",
            1,
            "Averley Energy <no-reply@hire.lever.co>",
            "https://jobs.lever.co/averley/5f2c",
            "Thanks for applying to Averley Energy",
        ),
        application_email("applied", "Averley Energy", "Grid Analyst"),
    )
    invitation = (
        mail("p2", 6, "Tom Whitcombe <no-reply@hire.lever.co>", "https://jobs.lever.co/averley/5f2c/book"),
        application_email("interview", "Tom Whitcombe", None),
    )
    for order in ((receipt, invitation), (invitation, receipt)):
        assert grouped(record_all(*order)) == {("p1", "p2"): "Averley Energy"}


def test_a_sender_that_named_two_employers_leaves_its_weak_mail_as_read():
    schools = "Lakeview Schools HR <hr@lakeviewschools.org>"
    store = record_all(
        (mail("s1", 1, schools), application_email("applied", "Northgate Primary School", "Teacher")),
        (mail("s2", 2, schools), application_email("applied", "Ridgeview Academy", "Supervisor")),
        (mail("s3", 3, schools), application_email("interview", None, None)),
    )
    assert ("s3",) in grouped(store)


def test_two_firms_sharing_a_word_on_one_tenant_stay_two_and_their_weak_mail_joins_neither():
    tenant = "ferrario@myworkday.com"
    store = record_all(
        (mail("f1", 1, f"Ferrario Logistica <{tenant}>"), application_email("applied", "Ferrario Logistica")),
        (
            mail("f2", 2, f"Ferrario Arredamenti <{tenant}>"),
            application_email("applied", "Ferrario Arredamenti"),
        ),
        (mail("f3", 3, f"Talent Acquisition <{tenant}>"), application_email("rejected", None, None)),
    )
    assert set(grouped(store)) == {("f1",), ("f2",), ("f3",)}


def test_a_known_staffing_agencys_mail_is_left_to_the_relay_rules():
    agency = mail("a1", 1, "Giulia Neri <giulia.neri@randstad.it>")
    slots = OrganisationSlots(agency, sender_organisations(agency))
    assert slots.slots == []
    # Recorded after the agency's mail naming a client, its mail naming none stays as read: the agency is
    # not one employer's sender.
    client = (agency, application_email("applied", "Pastificio Dall'Olio", "Magazziniere"))
    weak = (
        mail("a2", 4, "Giulia Neri <giulia.neri@randstad.it>"),
        application_email("interview", None, None),
    )
    store = record_all(client, weak)
    read_as = [
        event.company
        for application in store.list_applications(USER)
        for event in store.list_events(USER, application.app_id)
        if event.message_id == "a2"
    ]
    assert read_as == [None]
    assert not [key for key in store.employer_aliases(USER) if key.startswith(organisation_key(""))]


def test_a_strong_reading_alike_to_the_senders_employer_takes_its_first_spelling():
    store = record_all(
        (
            mail("g1", 1, "Bragante Mobili <hr@bragante.it>"),
            application_email("applied", "Officine Bragante"),
        ),
        (mail("g2", 4, "Bragante <hr@bragante.it>"), application_email("rejected", "Gruppo Bragante", None)),
    )
    assert grouped(store) == {("g1", "g2"): "Officine Bragante"}


def test_a_message_recorded_twice_changes_nothing_the_second_time():
    store = record_all(RECRUITER, RECEIPT, TALENT_TEAM)
    before = copy.deepcopy(store._users)
    for email, extraction in (RECRUITER, RECEIPT, TALENT_TEAM):
        again = functools.partial(record_email, email=email, extraction=extraction, now=day(101))
        outcome = store.in_transaction(USER, again)
        assert outcome.duplicate
    assert store._users == before


def test_the_organisations_placeholder_names_its_employer_once_recorded():
    store = record_all(RECEIPT)
    assert store.employer_aliases(USER)[organisation_key("org:quarrendon")].startswith("Quarrendon Optics\t")


def test_weak_mail_filed_under_the_first_employer_is_read_again_as_itself_when_an_earlier_second_is_named():
    tenant = "hollins@myworkday.com"
    first = (
        mail("h1", 1, f"Hollins Bakery <{tenant}>", subject="Thank you for applying to Hollins Bakery"),
        application_email("applied", "Hollins Bakery", "Baker"),
    )
    weak = (mail("h3", 9, f"Talent Acquisition <{tenant}>"), application_email("rejected", None, None))
    second = (
        mail("h2", 2, f"Hollins Dairy <{tenant}>", subject="Thank you for applying to Hollins Dairy"),
        application_email("applied", "Hollins Dairy", "Driver"),
    )
    for order in permutations((first, weak, second)):
        assert set(grouped(record_all(*order))) == {("h1",), ("h2",), ("h3",)}, order


def test_weak_mail_from_before_its_sender_named_an_employer_stays_as_read():
    tenant = "tolland@myworkday.com"
    earlier = (mail("t1", 1, f"Talent Acquisition <{tenant}>"), application_email("rejected", None, None))
    receipt = (
        mail("t2", 5, f"Tolland Foods <{tenant}>", subject="Thank you for applying to Tolland Foods"),
        application_email("applied", "Tolland Foods", "Planner"),
    )
    for order in ((earlier, receipt), (receipt, earlier)):
        assert set(grouped(record_all(*order))) == {("t1",), ("t2",)}


def test_an_agency_no_list_knows_leaves_its_mail_naming_no_client_as_read_flagged():
    agency = "Ilse Brouwer <ilse@vantivewerving.nl>"
    store = record_all(
        (
            mail("v1", 1, agency, subject="Vantive Werving: je inschrijving"),
            application_email("applied", "Vantive Werving", "Planner"),
        ),
        (
            mail("v2", 3, agency, subject="Voorstel bij Koelhuis Rijnmond"),
            application_email("interview", "Koelhuis Rijnmond", "Planner"),
        ),
        (mail("v3", 6, agency), application_email("rejected", None, None)),
    )
    (untitled,) = [a for a in store.list_applications(USER) if a.job_title is None]
    assert untitled.needs_review


def test_a_shorter_spelling_recorded_before_the_senders_fullest_joins_it_in_every_order():
    receipt = (
        mail(
            "k1",
            1,
            "Scheepswerf Hooghalen <noreply@recruitee.com>",
            "https://hooghalen.recruitee.com/o/lasser",
            "Bedankt voor je sollicitatie bij Scheepswerf Hooghalen",
        ),
        application_email("applied", "Scheepswerf Hooghalen", "Lasser"),
    )
    invitation = (
        mail("k2", 5, "Marieke Kok <m.kok@hooghalen.nl>"),
        application_email("interview", "Hooghalen", None),
    )
    rejection = (
        mail("k3", 9, "Marieke Kok <m.kok@hooghalen.nl>"),
        application_email("rejected", "Hooghalen", None),
    )
    for order in permutations((receipt, invitation, rejection)):
        assert grouped(record_all(*order)) == {("k1", "k2", "k3"): "Scheepswerf Hooghalen"}, order


def test_a_message_id_with_spaces_round_trips_through_the_placeholder():
    """`track`'s .eml fallback id is a file name: its spaces do not split the placeholder's fields."""
    ats = "tolland@myworkday.com"
    for weak_id in ("Re Interview.eml", "Re\tOffer now.eml"):
        weak = (mail(weak_id, 6, f"Talent Acquisition <{ats}>"), application_email("rejected", None, None))
        strong = (
            mail("s1", 5, f"Tolland Foods <{ats}>", subject="Thank you for applying to Tolland Foods"),
            application_email("applied", "Tolland Foods", "Planner"),
        )
        for order in ((weak, strong), (strong, weak)):
            assert grouped(record_all(*order)) == {tuple(sorted(("s1", weak_id))): "Tolland Foods"}, order


def test_two_employers_recruiters_of_one_name_on_one_ats_are_two_writers():
    """A person writing through an ATS is remembered with the tenant its links name, where they name one."""
    at_acme = mail("a", 1, "Jane Smith <no-reply@greenhouse.io>", "https://boards.greenhouse.io/acme/jobs/1")
    at_globex = mail(
        "g", 2, "Jane Smith <no-reply@greenhouse.io>", "https://boards.greenhouse.io/globex/jobs/2"
    )
    writers = [
        key for key in sender_organisations(at_acme) + sender_organisations(at_globex) if "writer:" in key
    ]
    assert len(writers) == 2 and len(set(writers)) == 2


def test_a_groups_name_read_as_one_firms_is_read_again_as_itself_once_a_second_firm_is_named():
    """`track` leaves a sender naming two firms' mail as read: "Gruppo Ferraris" stays, in every order."""
    tenant = "ferraris@myworkday.com"

    def receipt(message_id: str, on: int, name: str, title: str) -> tuple[EmailMessage, Extraction]:
        sent = mail(message_id, on, f"{name} <{tenant}>", subject=f"Thank you for applying to {name}")
        return sent, application_email("applied", name, title)

    firms = (
        receipt("L", 1, "Ferraris Logistica", "Driver"),
        receipt("G", 2, "Gruppo Ferraris", "Clerk"),
        receipt("A", 3, "Ferraris Arredamenti", "Joiner"),
    )
    for order in permutations(firms):
        assert grouped(record_all(*order)) == {
            ("L",): "Ferraris Logistica",
            ("G",): "Gruppo Ferraris",
            ("A",): "Ferraris Arredamenti",
        }, [email.message_id for email, _ in order]


def test_a_title_one_of_the_senders_mails_named_read_as_the_employer_is_weak():
    """`track` reads a sender's mail against every title its mail named: "Warehouse Operative", the role
    of the sender's receipt, read as the employer of its next mail is no second employer."""
    ats = "hollinbrook@myworkday.com"
    receipt = (
        mail("h1", 1, f"Hollinbrook Foods <{ats}>", subject="Thank you for applying to Hollinbrook Foods"),
        application_email("applied", "Hollinbrook Foods", "Warehouse Operative"),
    )
    update = (
        mail("h2", 4, f"Recruiting <{ats}>", subject="Your application"),
        application_email("rejected", "Warehouse Operative", None),
    )
    later = (
        mail("h3", 6, f"Recruiting <{ats}>", subject="Your application"),
        application_email("interview", None, None),
    )
    store = record_all(receipt, update, later)
    assert set(grouped(store).values()) == {"Hollinbrook Foods"}


def test_weak_mail_joins_whatever_the_order_its_employers_mail_arrives_in():
    """Weak mail dated before the first strong mail recorded keeps waiting: an earlier one re-plans it."""
    ats = "tolland@myworkday.com"
    weak = (mail("W", 3, f"Talent Acquisition <{ats}>"), application_email("rejected", None, None))

    def receipt(message_id: str, on: int) -> tuple[EmailMessage, Extraction]:
        sent = mail(
            message_id, on, f"Tolland Foods <{ats}>", subject="Thank you for applying to Tolland Foods"
        )
        return sent, application_email("applied", "Tolland Foods", "Planner")

    for order in permutations((weak, receipt("S1", 5), receipt("S2", 1))):
        assert grouped(record_all(*order)) == {("S1", "S2", "W"): "Tolland Foods"}, [
            e.message_id for e, _ in order
        ]
