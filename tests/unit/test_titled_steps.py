"""A step naming its role as no application at its employer does joins the one application open there,
flagged for review, unless the two titles are two posts of one role (tracker/titled_steps.py). Invented
names, in several of the languages read."""

from __future__ import annotations

from tests.builders import day
from tracker.match_keys import Candidates, MatchKeys
from tracker.matching import match_application, weak_join
from tracker.models import Application, EmailMessage, Extraction, Kind, Status
from tracker.names import company_key, title_key
from tracker.titled_steps import two_posts


def an_application(company: str, title: str, started: int, sender: str = "") -> Application:
    return Application(
        app_id=f"{company}-{title}",
        company=company,
        company_key=company_key(company),
        job_title=title,
        title_key=title_key(title),
        status=Status.APPLIED,
        applied_at=day(started),
        updated_at=day(started),
        sender_email=sender,
    )


def matched(
    applications: list[Application], status: str, company: str, title: str, on: int, sender: str = ""
) -> Application | None:
    reading = Extraction(Kind.APPLICATION, Status(status), company, title)
    keys = MatchKeys.of(reading, EmailMessage(f"m{on}", sender=sender))
    return match_application(keys, Status(status), day(on), None, applications, sender=sender)


def test_an_offer_naming_the_role_in_other_words_joins_the_one_open_application():
    receipt = an_application("Fernwick Labs", "Senior Platform Engineer", 1)
    assert (
        matched([receipt], "offer", "Fernwick Labs, Inc.", "Senior Software Engineer, Platform", 40)
        is receipt
    )


def test_a_rejection_whose_title_a_snippet_cut_short_joins_the_one_open_application():
    receipt = an_application("Maison Verlaine", "Contrôleuse budgétaire (H/F)", 2)
    assert matched([receipt], "rejected", "Maison Verlaine", "Contrôleu", 30) is receipt


def test_a_hiring_managers_invitation_naming_the_post_his_way_joins_the_one_open_application():
    receipt = an_application("Kornhaber Systemhaus GmbH", "Fachinformatiker Anwendungsentwicklung (m/w/d)", 3)
    invitation = matched([receipt], "interview", "Kornhaber Systemhaus", "Softwareentwickler Java", 12)
    assert invitation is receipt


def test_an_invitation_after_a_receipt_whose_title_was_read_wrong_joins_it():
    receipt = an_application("Zuidhaven Verzekeringen", "Uw sollicitatie ontvangen", 1)
    assert (
        matched([receipt], "interview", "Zuidhaven Verzekeringen", "Medewerker Klantenservice", 9) is receipt
    )
    solicitud = an_application("Lácteos Arguedas", "Gracias por tu interés", 1)
    assert matched([solicitud], "assessment", "Lácteos Arguedas", "Analista de Calidad", 6) is solicitud


def test_two_posts_of_one_role_stay_apart():
    receipt = an_application("Brightwell Retail", "Data Analyst - Marketing", 1)
    assert matched([receipt], "rejected", "Brightwell Retail", "Data Analyst - Finance", 20) is None
    tecnico = an_application("Laboratori Ressa", "Tecnico di laboratorio - Microbiologia", 1)
    assert matched([tecnico], "interview", "Laboratori Ressa", "Tecnico di laboratorio - Chimica", 8) is None


def test_two_posts_share_a_word_of_the_role_and_each_writes_its_own():
    assert two_posts(title_key("Data Analyst - Marketing"), title_key("Data Analyst - Finance"))
    assert not two_posts(title_key("Senior Ruby Developer"), title_key("Senior Systems Engineer"))
    assert not two_posts(
        title_key("Senior Platform Engineer"), title_key("Senior Software Engineer, Platform")
    )


def test_a_staffing_agencys_wording_of_its_clients_post_meets_the_clients_own_title():
    relayed = an_application(
        "Ferretti Arredi", "Magazziniere - Logistica", 1, sender="giulia@northbridge-recruitment.com"
    )
    invitation = matched([relayed], "interview", "Ferretti Arredi", "Magazziniere carrellista", 10)
    assert invitation is relayed


def test_a_receipt_for_another_role_is_another_submission():
    receipt = an_application("Fernwick Labs", "Senior Platform Engineer", 1)
    assert matched([receipt], "applied", "Fernwick Labs", "Site Reliability Engineer", 5) is None


def test_with_two_applications_open_the_step_is_kept_apart():
    first = an_application("Fernwick Labs", "Senior Platform Engineer", 1)
    second = an_application("Fernwick Labs", "Security Engineer", 2)
    assert matched([first, second], "interview", "Fernwick Labs", "Cloud Infrastructure Lead", 9) is None


def test_a_closed_application_takes_no_step_naming_another_role():
    receipt = an_application("Fernwick Labs", "Senior Platform Engineer", 1)
    receipt.status, receipt.final_status, receipt.closed_at = Status.REJECTED, Status.REJECTED, day(5)
    assert matched([receipt], "interview", "Fernwick Labs", "Cloud Infrastructure Lead", 9) is None


def test_the_join_is_flagged_for_review():
    receipt = an_application("Fernwick Labs", "Senior Platform Engineer", 1)
    reading = Extraction(
        Kind.APPLICATION, Status.OFFER, "Fernwick Labs", "Senior Software Engineer, Platform"
    )
    keys = MatchKeys.of(reading, EmailMessage("m1"))
    why = weak_join(receipt, Candidates(keys, day(40), [receipt]))
    assert why and "no application at this employer has" in why
    same = MatchKeys.of(
        Extraction(Kind.APPLICATION, Status.OFFER, "Fernwick Labs", "Senior Platform Engineer"),
        EmailMessage("m2"),
    )
    assert weak_join(receipt, Candidates(same, day(40), [receipt])) is None


def test_an_application_begun_by_a_step_takes_no_step_naming_another_role():
    # Two interviews from one employer and no receipt: which candidacies the reader has there is unknown.
    invited = an_application("Brackley Foods", "Quality Technician", 1)
    invited.first_response_at = day(1)
    assert matched([invited], "interview", "Brackley Foods", "Line Supervisor", 3) is None
    begun = an_application("Quintanar Logística", "Mozo de almacén", 1)
    begun.first_response_at = day(4)
    assert matched([begun], "rejected", "Quintanar Logística", "Carretillero", 9) is begun


def test_an_agency_whose_domain_says_its_trade_in_french_meets_the_clients_own_title():
    # "recrutement" is the trade in French as "recruitment", "reclutamiento", "recrutamento" are: the
    # client's step naming the post its own way joins the application the agency began.
    for sender, client, agency_title, client_title in (
        ("m.roy@boreal-recrutement.ca", "Fromagerie Saint-Azur", "Chargé(e) de marketing - Fromages",
         "Chargé(e) de marque, Azur Bio"),
        ("l.petit@cap-recrutement.fr", "Verreries Maubec", "Technicien de maintenance - Verre",
         "Technicien électromécanicien de ligne"),
        ("a.dumont@lysrecrutement.be", "Brasserie Haute-Sambre", "Responsable qualité - Brassage",
         "Responsable qualité et sécurité alimentaire"),
        ("c.favre@recrutement-leman.ch", "Horlogerie Valdaine SA", "Contrôleur de gestion - Industrie",
         "Contrôleur de gestion industriel"),
    ):  # fmt: skip
        relayed = an_application(client, agency_title, 1, sender=sender)
        assert matched([relayed], "interview", client, client_title, 10) is relayed, sender


def test_an_employers_own_recruiting_address_is_no_agency():
    # A subdomain names the employer's own hiring site: the registrable domain is the employer's.
    receipt = an_application(
        "Banque Lorvane", "Analyste crédit - Entreprises", 1, sender="noreply@recrutement.banquelorvane.fr"
    )
    assert matched([receipt], "interview", "Banque Lorvane", "Analyste crédit - Particuliers", 10) is None
