"""`track` files one sender organisation's mail under one employer (tracker/inbox_names.py).

Readings are given (a stub extractor): each test says only what each mail was read as and who sent it.
"""

from __future__ import annotations

from tests.builders import application_email
from tests.given_readings import mail, tracked_records
from tracker.employer_sites import SITE_IN_A_RECEIPT
from tracker.models import EmailMessage, Extraction
from tracker.sender_clients import (
    CLIENT_BY_REQUISITION,
    CLIENT_BY_ROLE,
    CLIENT_BY_WRITER,
    CLIENT_IN_SUBJECT,
    CLIENT_OF_SHARED_MAILBOX,
    OWN_CANDIDACY_BY_ROLE,
)
from tracker.sender_organisations import sender_organisations


def tracked(*mails: tuple[EmailMessage, Extraction]) -> list[tuple[set[str], str, str | None]]:
    """Each record's emails, company and review flag."""
    return [(emails, record.company, record.needs_review) for emails, record in tracked_records(mails)]


def groups(*mails: tuple[EmailMessage, Extraction]) -> list[set[str]]:
    return [emails for emails, _, _ in tracked(*mails)]


def test_a_hiring_managers_reply_from_the_employers_domain_joins_its_application():
    assert groups(
        (
            mail("m1", 0, "Tallowmere Joinery Srl <info@tallowmere.example>"),
            application_email("applied", "Tallowmere Joinery Srl", "Cabinet Maker"),
        ),
        (
            mail("m2", 5, "Oreste Valli <info@tallowmere.example>"),
            application_email("offer", "Oreste Valli", None),
        ),
    ) == [{"m1", "m2"}]


def test_a_groups_name_from_the_employers_domain_is_the_employers_spelling():
    records = tracked(
        (
            mail("m1", 0, "Fonderie Castelvero <jobs@castelvero.example>"),
            application_email("applied", "Fonderie Castelvero S.p.A.", "Quality Inspector"),
        ),
        (
            mail("m2", 9, "Gruppo Castelvero <hr@castelvero.example>"),
            application_email("rejected", "Gruppo Castelvero", "Quality Inspector"),
        ),
    )
    assert [(emails, company) for emails, company, _ in records] == [
        ({"m1", "m2"}, "Fonderie Castelvero S.p.A.")
    ]


def test_an_ats_tenant_in_the_links_keeps_one_employer_for_mail_naming_none():
    link = "https://wrenholt.wd3.myworkdayjobs.com/en-US/Careers"
    assert groups(
        (
            mail("m1", 0, "Wrenholt Labs <wrenholt@myworkday.com>", body=f"Thanks for applying. {link}"),
            application_email("applied", "Wrenholt Labs", "Lab Technician"),
        ),
        (
            mail("m2", 4, "Talent Acquisition <noreply@myworkday.com>", body=f"A next step: {link}/test"),
            application_email("assessment", None, None),
        ),
    ) == [{"m1", "m2"}]


def test_the_tenant_of_a_path_and_of_a_host_are_read_from_the_links():
    lever = mail("m1", 0, "Team <no-reply@hire.lever.co>", body="See https://jobs.lever.co/quillbright/2b1c")
    recruitee = mail(
        "m2", 0, "Team <noreply@recruitee.com>", body="https://harrowgate.recruitee.com/o/planner"
    )
    assert "org:quillbright" in sender_organisations(lever)
    assert "org:harrowgate" in sender_organisations(recruitee)


def test_an_ats_host_the_sender_writes_as_ties_its_mail_to_the_employers_domain():
    assert groups(
        (
            mail("m1", 0, "Harwick Feinmechanik GmbH <jobs@harwick-feinmechanik.jobs.personio.de>"),
            application_email("applied", "Harwick Feinmechanik GmbH", "Mechatroniker (m/w/d)"),
        ),
        (
            mail("m2", 9, "Petra Lenz <p.lenz@harwick-feinmechanik.example>"),
            application_email("interview", "Petra Lenz", None),
        ),
    ) == [{"m1", "m2"}]


def test_an_ats_host_writing_a_word_of_the_name_short_of_its_compound_ties_the_domains_mail():
    # The host writes "Kunststoffe", the display name the compound "Kunststofftechnik": one firm; the
    # recruiter's mail from the firm's domain reads only the domain's words.
    assert groups(
        (
            mail("m1", 0, "Brenner Kunststofftechnik GmbH <jobs@brenner-kunststoffe.jobs.personio.de>"),
            application_email("applied", "Brenner Kunststofftechnik GmbH", "Verfahrensmechaniker (m/w/d)"),
        ),
        (
            mail("m2", 9, "Ines Roth <i.roth@brenner-kunststoffe.example>"),
            application_email("interview", "Brenner Kunststoffe", "Verfahrensmechaniker"),
        ),
    ) == [{"m1", "m2"}]


def test_an_ats_host_the_sender_does_not_write_as_is_the_systems_own():
    for sender in (
        "Harwick Feinmechanik <noreply@notifications.recruitee.com>",
        "Talent Team <jobs@harwick-feinmechanik.jobs.personio.de>",
    ):
        assert not [key for key in sender_organisations(mail("m1", 0, sender)) if key.startswith("org:")]


def test_an_ats_mail_linking_several_tenants_names_none():
    alert = mail(
        "m1",
        0,
        "Jobs <noreply@recruitee.com>",
        body="https://aaberg.recruitee.com https://brisk.recruitee.com",
    )
    assert sender_organisations(alert) == ()


def test_a_tenant_spelling_the_employers_domain_is_one_sender():
    assert groups(
        (
            mail(
                "m1",
                0,
                "Scheepswerf Ostrand <noreply@recruitee.com>",
                body="https://ostrand.recruitee.com/o/x",
            ),
            application_email("applied", "Scheepswerf Ostrand", "Planner"),
        ),
        (
            mail("m2", 20, "Team HR Ostrand <hr@ostrand.example>"),
            application_email("rejected", "Ostrand", "Planner"),
        ),
    ) == [{"m1", "m2"}]


def test_two_firms_sharing_a_word_from_one_domain_stay_two_employers():
    logistica = (
        mail("m1", 0, "Bellandi Logistica <jobs@bellandi.example>"),
        application_email("applied", "Bellandi Logistica", None),
    )
    arredi = (
        mail("m2", 1, "Bellandi Arredi <jobs@bellandi.example>"),
        application_email("applied", "Bellandi Arredi", None),
    )
    group_first = (
        mail("m0", 0, "Gruppo Bellandi <jobs@bellandi.example>"),
        application_email("applied", "Gruppo Bellandi", None),
    )
    assert groups(logistica, arredi) == [{"m1"}, {"m2"}]
    records = tracked(group_first, logistica, arredi)
    assert [(emails, company) for emails, company, _ in records if emails != {"m0"}] == [
        ({"m1"}, "Bellandi Logistica"),
        ({"m2"}, "Bellandi Arredi"),
    ]


def test_an_ats_tenant_naming_two_employers_leaves_mail_naming_none_as_read():
    records = groups(
        (
            mail("m1", 0, "Portal <automation@someats.smartrecruiters.com>"),
            application_email("applied", "Harwick Aerospace", "Engineer"),
        ),
        (
            mail("m2", 1, "Portal <automation@someats.smartrecruiters.com>"),
            application_email("applied", "Harwick Aerospace", "Engineer"),
        ),
        (
            mail("m3", 2, "Portal <automation@someats.smartrecruiters.com>"),
            application_email("applied", "Penlow Defence", "Analyst"),
        ),
        (
            mail("m4", 3, "Portal <automation@someats.smartrecruiters.com>"),
            application_email("rejected", None, None),
        ),
    )
    assert {"m4"} in records


def test_an_agencys_mail_naming_itself_joins_the_client_its_writer_named_flagged():
    recruiter = "Jorien Smit <jorien@flexbaan-west.example>"
    records = tracked(
        (mail("m1", 0, recruiter), application_email("interview", "Meerkoel Opslag B.V.", "Teamleider")),
        (mail("m2", 6, recruiter), application_email("offer", "Flexbaan West", None)),
    )
    assert [(emails, company, review) for emails, company, review in records] == [
        ({"m1", "m2"}, "Meerkoel Opslag B.V.", CLIENT_BY_WRITER)
    ]


def test_an_agencys_news_naming_its_role_joins_the_one_client_of_that_role_flagged():
    records = tracked(
        (
            mail("m1", 0, "Dario Fenu <d.fenu@lavoroponte.example>"),
            application_email("interview", "Cantine Sorrisi", "Magazziniere"),
        ),
        (
            mail("m2", 7, "Lavoro Ponte <noreply@lavoroponte.example>"),
            application_email("rejected", "Lavoro Ponte", "Magazziniere"),
        ),
    )
    assert [(emails, review) for emails, _, review in records] == [({"m1", "m2"}, CLIENT_BY_ROLE)]


def test_an_agencys_shared_mailbox_receipt_joins_the_one_client_its_recruiter_named_after_it_flagged():
    recruiter = "Femke Dijkstra <femke@werkhaven.example>"
    records = tracked(
        (
            mail("m1", 0, "Werkhaven <vacatures@werkhaven.example>"),
            application_email("applied", "Werkhaven", "Accountmanager"),
        ),
        (mail("m2", 4, recruiter), application_email("interview", "Werkhaven", None)),
        (mail("m3", 9, recruiter), application_email("interview", "Koelhuis Rijnmond B.V.", None)),
    )
    assert records == [({"m1", "m2", "m3"}, "Koelhuis Rijnmond B.V.", CLIENT_OF_SHARED_MAILBOX)]


def test_an_agencys_shared_mailbox_receipt_after_the_client_was_named_is_another_submission():
    recruiter = "Femke Dijkstra <femke@werkhaven.example>"
    records = tracked(
        (
            mail("m1", 0, recruiter),
            application_email("interview", "Koelhuis Rijnmond B.V.", "Accountmanager"),
        ),
        (
            mail("m2", 8, "Werkhaven <vacatures@werkhaven.example>"),
            application_email("applied", "Werkhaven", "Planner"),
        ),
    )
    assert [(emails, company) for emails, company, _ in records] == [
        ({"m1"}, "Koelhuis Rijnmond B.V."),
        ({"m2"}, "Werkhaven"),
    ]


def test_an_agencys_shared_mailbox_receipt_for_another_role_keeps_the_agency():
    recruiter = "Femke Dijkstra <femke@werkhaven.example>"
    records = tracked(
        (
            mail("m1", 0, "Werkhaven <noreply@werkhaven.example>"),
            application_email("applied", "Werkhaven", "Planner"),
        ),
        (
            mail("m2", 9, recruiter),
            application_email("interview", "Koelhuis Rijnmond B.V.", "Accountmanager"),
        ),
    )
    assert [(emails, company) for emails, company, _ in records] == [
        ({"m1"}, "Werkhaven"),
        ({"m2"}, "Koelhuis Rijnmond B.V."),
    ]


def test_a_no_reply_or_help_mailbox_in_any_language_is_nobodys_tenant():
    for address in ("naoresponda@gupy.io", "noresponder@gupy.io", "ne-pas-repondre@gupy.io"):
        ats = mail("m1", 0, f"Ferragens Vidal <{address}>", body="https://ajuda.gupy.io/faq")
        assert not [key for key in sender_organisations(ats) if key.startswith("org:")], address


def test_an_ats_mailbox_several_employers_send_through_files_none_under_another():
    firm_a = application_email("applied", "Ferragens Vidal", "Analista de Custos")
    firm_b = application_email("applied", "Laticínios Ponte Alta", "Assistente Fiscal")
    mails = (
        (mail("m1", 0, "Ferragens Vidal <naoresponda@gupy.io>"), firm_a),
        (mail("m2", 1, "Laticínios Ponte Alta <naoresponda@gupy.io>"), firm_b),
        (mail("m3", 2, "Ferragens Vidal <naoresponda@gupy.io>"), firm_a),
    )
    assert tracked(*mails) == [
        ({"m1", "m3"}, "Ferragens Vidal", None),
        ({"m2"}, "Laticínios Ponte Alta", None),
    ]


def test_a_countrys_industry_or_cooperative_level_is_no_employers_name():
    from tracker.extraction.platforms import registrable_domain

    assert registrable_domain("mail.acoslaguna.ind.br") == "acoslaguna.ind.br"
    assert registrable_domain("rh.valeverde.coop.br") == "valeverde.coop.br"
    assert "org:acoslaguna" in sender_organisations(mail("m1", 0, "Rita Paz <rita@acoslaguna.ind.br>"))


def receipt(msg_id: str, on: int, role: str, site: str) -> tuple[EmailMessage, Extraction]:
    body = (
        f"Dear Morgan,\n\nWe have received your application for {role} at {site}.\n\nLindqvist Health Careers"
    )
    return (
        mail(
            msg_id,
            on,
            "Lindqvist Health <lindqvisthealth@myworkday.com>",
            f"Application received - {role}",
            body,
        ),
        application_email("applied", "Lindqvist Health", role),
    )


def test_a_step_naming_the_site_a_receipt_wrote_its_role_at_is_filed_under_the_receipts_employer_flagged():
    records = tracked(
        receipt("m1", 0, "Pharmacy Technician", "Lindqvist Riverside Hospital"),
        (
            mail("m2", 5, "Oskar Berg <oskar.berg@lindqvistriverside.example>"),
            application_email("interview", "Lindqvist Riverside Hospital", None),
        ),
    )
    assert records == [({"m1", "m2"}, "Lindqvist Health", SITE_IN_A_RECEIPT)]


def test_a_site_no_receipt_writes_or_one_applied_to_stays_its_own_employer():
    unwritten = tracked(
        receipt("m1", 0, "Pharmacy Technician", "Lindqvist Riverside Hospital"),
        (
            mail("m2", 5, "Oskar Berg <oskar.berg@lindqvistnorth.example>"),
            application_email("interview", "Lindqvist North Clinic", None),
        ),
    )
    assert [company for _, company, _ in unwritten] == ["Lindqvist Health", "Lindqvist North Clinic"]
    applied_there = tracked(
        receipt("m1", 0, "Pharmacy Technician", "Lindqvist Riverside Hospital"),
        (
            mail("m2", 2, "Lindqvist Riverside Hospital <jobs@lindqvistriverside.example>"),
            application_email("applied", "Lindqvist Riverside Hospital", "Porter"),
        ),
        (
            mail("m3", 5, "Oskar Berg <oskar.berg@lindqvistriverside.example>"),
            application_email("interview", "Lindqvist Riverside Hospital", "Porter"),
        ),
    )
    assert [(emails, company) for emails, company, _ in applied_there] == [
        ({"m1"}, "Lindqvist Health"),
        ({"m2", "m3"}, "Lindqvist Riverside Hospital"),
    ]


def test_the_receipts_employer_written_short_or_a_word_inside_another_is_no_site():
    from tracker.employer_sites import sites_in_receipts

    step = mail("m2", 5, "Gus Amari <gus@anotherfirm.example>")
    for company in ("Lindqvist", "Lindqvist Health System", "Lindqvist River"):
        items = [
            receipt("m1", 0, "Pharmacy Technician", "Lindqvist Riverside Hospital"),
            (step, application_email("interview", company, None)),
        ]
        assert sites_in_receipts(items) == {}, company


def test_an_agency_whose_domain_writes_its_trade_words_as_initials_relays_its_client():
    recruiter = "Tobias Brandt <tobias@brandt-pb.example>"
    records = tracked(
        (mail("m1", 0, recruiter), application_email("applied", "Kühlhaus Rheinfeld GmbH", "Disponent")),
        (mail("m2", 6, recruiter), application_email("interview", "Brandt Personalberatung Bayern", None)),
    )
    assert records == [({"m1", "m2"}, "Kühlhaus Rheinfeld GmbH", CLIENT_BY_WRITER)]


def test_a_domain_of_a_name_shortened_to_initials_spells_it():
    from tracker.sender_spellings import spelled_by_a_label

    assert spelled_by_a_label("de kuiper werving and selectie", {"dekuiperws"})
    assert spelled_by_a_label("brandt personalberatung bayern", {"brandtpb"})
    assert not spelled_by_a_label("brandt personalberatung bayern", {"brandtp"})
    assert not spelled_by_a_label("abc personal bayern", {"abcpb"})


def test_a_domain_writing_the_name_with_its_legal_form_glued_on_spells_it():
    from tracker.sender_spellings import spelled_by_a_label

    assert spelled_by_a_label("vientonorte", {"vientonorteett"})
    assert spelled_by_a_label("hollmann kaltetechnik", {"hollmannkaltetechnikgmbh"})
    assert spelled_by_a_label("arcobaleno servizi", {"arcobalenoservizisrl"})
    assert not spelled_by_a_label("vientonorte", {"vientonortesur"})


def test_a_domain_writing_an_agencys_first_words_without_its_trade_spells_it():
    from tracker.sender_spellings import spelled_by_a_label

    assert spelled_by_a_label("kessel and brun personalberatung", {"kesselbrun"})
    assert spelled_by_a_label("ortega vidal executive search", {"ortegavidal"})
    # An employer's label writing its first words is as often a unit's or a site's beside it.
    assert not spelled_by_a_label("ashcombe vision partners", {"ashcombevision"})


def test_an_agencys_own_name_news_whose_subject_writes_one_of_its_clients_is_that_clients_flagged():
    consultant = "Dr. Ulrike Kessel <u.kessel@kessel-brun.example>"
    records = tracked(
        (
            mail("m1", 0, consultant, "Weidacher Antriebe – Teamleiter Montage"),
            application_email("interview", "Weidacher Antriebe", "Teamleiter Montage"),
        ),
        (
            mail("m2", 3, consultant, "Ostler Verpackung – Schichtleiter"),
            application_email("interview", "Ostler Verpackung GmbH", "Schichtleiter"),
        ),
        (
            mail("m3", 20, consultant, "Neuigkeiten Weidacher"),
            application_email("rejected", "Kessel & Brun Personalberatung GmbH", None),
        ),
    )
    assert [(emails, company, review) for emails, company, review in records] == [
        ({"m1", "m3"}, "Weidacher Antriebe", CLIENT_IN_SUBJECT),
        ({"m2"}, "Ostler Verpackung GmbH", None),
    ]


def test_an_employers_own_name_mail_whose_subject_writes_one_of_its_sites_stays_the_employers():
    office = "Brookfall County Schools <personnel@brookfallcountyschools.example>"
    records = tracked(
        (
            mail("m1", 0, "Anna Pike <apike@brookfallcountyschools.example>", "Interview - Art Teacher"),
            application_email("interview", "Quarry Hill Elementary", "Art Teacher"),
        ),
        (
            mail("m2", 2, "Leo Tran <ltran@brookfallcountyschools.example>", "Interview - Music Teacher"),
            application_email("interview", "Saltmarsh Middle School", "Music Teacher"),
        ),
        (
            mail("m3", 9, office, "Offer - Art Teacher, Quarry Hill Elementary"),
            application_email("offer", "Brookfall County Schools", None),
        ),
    )
    assert ({"m3"}, "Brookfall County Schools", None) in records


def test_an_agency_whose_domain_carries_its_legal_form_relays_its_client_in_every_mail():
    recruiter = "Irene Cuesta - Vientonorte ETT <icuesta@vientonorte-ett.example>"
    records = tracked(
        (mail("m1", 0, recruiter), application_email("interview", "Vientonorte ETT", "Mozo de almacén")),
        (mail("m2", 5, recruiter), application_email("interview", "Conservas Albarda", "Mozo de almacén")),
        (mail("m3", 12, recruiter), application_email("rejected", "Vientonorte ETT", "Mozo de almacén")),
    )
    assert [(emails, company) for emails, company, _ in records] == [
        ({"m1", "m2", "m3"}, "Conservas Albarda")
    ]


def test_a_reply_reading_the_domains_squashed_name_and_initials_is_the_named_employers():
    manager = "Nadia Frost <nadia@kestrelvalleyhc.example>"
    records = tracked(
        (
            mail("m1", 0, manager),
            application_email("interview", "Kestrel Valley Home Care", "Care Coordinator"),
        ),
        (mail("m2", 9, manager), application_email("rejected", "Kestrelvalleyhc", "Care Coordinator")),
    )
    assert [(emails, company) for emails, company, _ in records] == [
        ({"m1", "m2"}, "Kestrel Valley Home Care")
    ]


def test_a_name_a_receipt_writes_only_in_passing_is_no_site_of_its_role():
    from tracker.employer_sites import sites_in_receipts

    body = (
        "Dear Morgan,\n\nWe have received your application for Cabin Crew at Norland Air.\n\n"
        "Earn points on every flight with your Norland Bank card.\n\nNorland Air Careers"
    )
    receipt_mail = mail("m1", 0, "Norland Air <careers@norlandair.example>", "Application received", body)
    items = [
        (receipt_mail, application_email("applied", "Norland Air", "Cabin Crew")),
        (
            mail("m2", 5, "Ada Quist <ada.quist@norlandbank.example>"),
            application_email("interview", "Norland Bank", "Teller"),
        ),
    ]
    assert sites_in_receipts(items) == {}


def test_a_known_agencys_client_named_short_is_the_client_it_named_in_full():
    # "Talent Partners" marks a staffing agency: its mail is relayed, but a client named two ways is one.
    recruiter = "Noor Haddad <noor.haddad@ridgewaytalentpartners.example>"
    records = tracked(
        (mail("m1", 0, recruiter), application_email("interview", "Stichting Welwater Wonen", "Planner")),
        (mail("m2", 3, recruiter), application_email("applied", "Corbel Freight Systems", "Dispatcher")),
        (mail("m3", 12, recruiter), application_email("rejected", "Welwater Wonen", None)),
    )
    assert [(emails, company) for emails, company, _ in records] == [
        ({"m1", "m3"}, "Stichting Welwater Wonen"),
        ({"m2"}, "Corbel Freight Systems"),
    ]


def test_a_known_agencys_two_clients_sharing_a_word_stay_two():
    recruiter = "Noor Haddad <noor.haddad@ridgewaytalentpartners.example>"
    records = tracked(
        (mail("m1", 0, recruiter), application_email("interview", "Welwater Logistics", "Planner")),
        (mail("m2", 3, recruiter), application_email("interview", "Welwater Bank", "Teller")),
        (mail("m3", 12, recruiter), application_email("rejected", "Welwater Group", None)),
    )
    assert [(emails, company) for emails, company, _ in records] == [
        ({"m1"}, "Welwater Logistics"),
        ({"m2"}, "Welwater Bank"),
        ({"m3"}, "Welwater Group"),
    ]


def test_an_agencys_title_less_news_reading_a_first_name_is_the_client_its_subject_writes_flagged():
    recruiter = "Noor Haddad <noor.haddad@ridgeway-recruitment.example>"
    records = tracked(
        (
            mail("m1", 0, recruiter, "Submitted - Pellworth Foods Inc. Buyer"),
            application_email("applied", "Pellworth Foods Inc.", "Buyer"),
        ),
        (
            mail("m2", 2, recruiter, "Castlebay Marine - Estimator"),
            application_email("applied", "Castlebay Marine", "Estimator"),
        ),
        # "Heard back from Tamsin": the client's hiring manager read as the employer.
        (mail("m3", 9, recruiter, "Pellworth feedback"), application_email("rejected", "Tamsin", None)),
    )
    assert records == [
        ({"m1", "m3"}, "Pellworth Foods Inc.", CLIENT_IN_SUBJECT),
        ({"m2"}, "Castlebay Marine", None),
    ]


def test_a_subject_writing_two_clients_first_word_or_only_the_agency_names_no_client():
    recruiter = "Noor Haddad <noor.haddad@ridgeway-recruitment.example>"
    companies = [
        company
        for _, company, _ in tracked(
            (mail("m1", 0, recruiter), application_email("applied", "Pellworth Foods", "Buyer")),
            (mail("m2", 2, recruiter), application_email("applied", "Pellworth Marine", "Estimator")),
            (mail("m3", 9, recruiter, "Pellworth feedback"), application_email("rejected", "Tamsin", None)),
            (mail("m4", 9, recruiter, "Ridgeway update"), application_email("rejected", None, None)),
        )
    ]
    assert companies.count("Pellworth Foods") == companies.count("Pellworth Marine") == 1


def test_a_subject_writing_a_client_whose_name_opens_with_a_particle_writes_its_first_two_words():
    # "Van Aalst", "De Graaf": the name's first word alone is a particle any name may open with.
    recruiter = "Mirte Jansen <mirte@jansen-werving.example>"
    records = tracked(
        (
            mail("m1", 0, recruiter, "Voorgesteld: De Graaf Bouw"),
            application_email("applied", "De Graaf Bouw", "Werkvoorbereider"),
        ),
        (
            mail("m2", 2, recruiter, "Kessel Logistiek - Planner"),
            application_email("applied", "Kessel Logistiek", "Planner"),
        ),
        # The news names only the client's contact; the subject writes the client as people say it.
        (mail("m3", 9, recruiter, "De Graaf"), application_email("rejected", "Hanneke", None)),
    )
    assert records == [
        ({"m1", "m3"}, "De Graaf Bouw", CLIENT_IN_SUBJECT),
        ({"m2"}, "Kessel Logistiek", None),
    ]


def test_a_particle_alone_in_a_subject_names_no_client():
    recruiter = "Mirte Jansen <mirte@jansen-werving.example>"
    companies = [
        company
        for _, company, _ in tracked(
            (mail("m1", 0, recruiter), application_email("applied", "De Graaf Bouw", "Werkvoorbereider")),
            (mail("m2", 2, recruiter), application_email("applied", "Kessel Logistiek", "Planner")),
            (mail("m3", 9, recruiter, "Update van de week"), application_email("rejected", "Hanneke", None)),
        )
    ]
    assert "De Graaf Bouw" in companies and companies.count("De Graaf Bouw") == 1


def test_an_agencys_mail_reading_a_stray_word_joins_its_own_candidacy_for_that_role_flagged():
    first, second = (
        "Wiebke Ornstedt <w.ornstedt@quellbrunn-personal.example>",
        ("Till Ahrensfelde <t.ahrensfelde@quellbrunn-personal.example>"),
    )
    records = tracked(
        (mail("m1", 0, first), application_email("interview", "Ebbeskamp Kältetechnik GmbH", "Monteur")),
        (mail("m2", 3, second), application_email("applied", "Ablauf", "Kalkulator Stahlbau (m/w/d)")),
        (mail("m3", 4, second), application_email("interview", "Quellbrunn Personal", "Kalkulator Stahlbau")),
    )
    assert [(emails, company, review) for emails, company, review in records] == [
        ({"m1"}, "Ebbeskamp Kältetechnik GmbH", None),
        ({"m2", "m3"}, "Quellbrunn Personal", OWN_CANDIDACY_BY_ROLE),
    ]


def test_an_agencys_mail_reading_a_stray_word_for_a_clients_role_is_not_its_own_candidacy():
    first, second = (
        "Wiebke Ornstedt <w.ornstedt@quellbrunn-personal.example>",
        ("Till Ahrensfelde <t.ahrensfelde@quellbrunn-personal.example>"),
    )
    records = tracked(
        (mail("m1", 0, first), application_email("interview", "Ebbeskamp Kältetechnik GmbH", "Monteur")),
        (mail("m2", 3, second), application_email("applied", "Quellbrunn Personal", "Monteur")),
        (mail("m3", 4, second), application_email("interview", "Ablauf", "Monteur")),
    )
    assert all(review != OWN_CANDIDACY_BY_ROLE for _, _, review in records)


_VARGA = "Ottilie Brenchley <ottilie@brenchley-varga.example>"


def test_a_recruiters_own_name_mail_for_a_role_her_client_never_named_is_the_agencys_own_candidacy():
    # She put the reader forward at her one client for one post, then for another whose client she keeps
    # undisclosed: that mail names the agency and a role no client's mail names, so it is no client's.
    records = tracked(
        (
            mail("m1", 0, _VARGA, "Rigging Planner - Harnwell Ropeworks"),
            application_email("applied", "Harnwell Ropeworks Ltd", "Rigging Planner"),
        ),
        (
            mail("m2", 6, _VARGA, "Stores Supervisor - a marine supplier"),
            application_email("applied", "Brenchley Varga", "Stores Supervisor"),
        ),
        (
            mail("m3", 9, "Indeed <indeedapply@indeed.com>"),
            application_email("applied", "Brenchley Varga", "Stores Supervisor"),
        ),
    )
    assert [(emails, company) for emails, company, _ in records] == [
        ({"m1"}, "Harnwell Ropeworks Ltd"),
        ({"m2", "m3"}, "Brenchley Varga"),
    ]


def test_a_recruiters_own_name_mail_whose_subject_writes_her_clients_name_or_role_is_that_clients():
    # A role read from her own post under her name is no other candidacy where the subject says whose it is.
    records = tracked(
        (
            mail("m1", 0, _VARGA, "Rigging Planner - Harnwell Ropeworks"),
            application_email("applied", "Harnwell Ropeworks Ltd", "Rigging Planner"),
        ),
        (
            mail("m2", 6, _VARGA, "Harnwell - interview request"),
            application_email("interview", "Brenchley Varga", "Senior Consultant - Marine Desk"),
        ),
        (
            mail("m3", 9, _VARGA, "Feedback: Rigging Planner"),
            application_email("rejected", "Brenchley Varga", "Senior Consultant - Marine Desk"),
        ),
    )
    assert [company for _, company, _ in records] == ["Harnwell Ropeworks Ltd"] * len(records)


def test_a_recruiters_own_name_mail_for_her_clients_role_written_another_way_is_that_clients():
    records = tracked(
        (
            mail("m1", 0, _VARGA, "Your application"),
            application_email("applied", "Harnwell Ropeworks Ltd", "Senior Rigging Planner"),
        ),
        (
            mail("m2", 6, _VARGA, "Next steps"),
            application_email("interview", "Brenchley Varga", "Sr. Rigging Planner"),
        ),
    )
    assert [(emails, company) for emails, company, _ in records] == [({"m1", "m2"}, "Harnwell Ropeworks Ltd")]


def test_a_recruiters_mail_reading_her_own_name_whole_is_no_client_of_her_employer():
    # An Italian surname with its elided particle weighs as an organisation's name, not a person's: read
    # whole as her display name writes it, it is still her, and her employer's mail is not an agency's.
    recruiter = "Ottavia Dall'Ermo <ottavia.dallermo@verbanella.example>"
    records = tracked(
        (
            mail("m1", 0, "Verbanella Conserve <verbanella@myworkday.com>"),
            application_email("applied", "Verbanella Conserve", "Export Planner"),
        ),
        (mail("m2", 8, recruiter), application_email("interview", "Verbanella Conserve", "Export Planner")),
        (mail("m3", 9, recruiter), application_email("interview", "Ottavia Dall'Ermo", "Export Planner")),
    )
    assert [(emails, company) for emails, company, _ in records] == [
        ({"m1", "m2", "m3"}, "Verbanella Conserve")
    ]


def test_an_agencys_branch_mail_carrying_the_reference_its_recruiters_client_mail_carries_is_that_clients():
    # The branch's receipt and its rejection name only the agency (a title a gender written otherwise, or
    # none); its recruiter's interview names the client; all three carry the agency's code for the post.
    branch, recruiter = (
        "Quadrivio Impiego - Filiale Lodi <lodi@quadrivioimpiego.example>",
        "Serena Bottazzi <s.bottazzi@quadrivioimpiego.example>",
    )
    records = tracked(
        (mail("m1", 0, branch), application_email("applied", "Quadrivio Impiego", None, "QDV-2093")),
        (
            mail("m2", 6, recruiter),
            application_email("interview", "Torneria Vallesina S.r.l.", "Addetta Acquisti", "QDV-2093"),
        ),
        (
            mail("m3", 20, branch),
            application_email("rejected", "Quadrivio Impiego", "Addetto/a Acquisti", "QDV-2093"),
        ),
        (
            mail("m4", 21, branch),
            application_email("applied", "Quadrivio Impiego", "Magazziniere", "QDV-2140"),
        ),
    )
    assert records == [
        ({"m1", "m2", "m3"}, "Torneria Vallesina S.r.l.", CLIENT_BY_REQUISITION),
        ({"m4"}, "Quadrivio Impiego", None),
    ]
