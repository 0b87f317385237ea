"""A step whose reading took a line of its text for the post (a body's line, the post's sentence run on)
is its employer's role that its subject writes whole or that begins the title read; dashes and each
language's "and" are read alike (tracker/written_titles.py), in `track` over a whole inbox."""

from __future__ import annotations

from tests.builders import application_email
from tests.given_readings import mail, tracked_records


def grouped(records) -> list[set[str]]:
    return [emails for emails, _ in records]


def test_a_rejection_naming_its_role_with_another_dash_stays_with_it_though_it_names_the_other_open_role():
    ats = "Quabbelsdorf Feinmechanik <karriere@quabbelsdorf.example>"
    employer = "Quabbelsdorf Feinmechanik"
    body = (
        "Guten Tag Frau Ellerbrock,\n\nfür die Stelle Prüftechnikerin – Messraum haben wir uns anders "
        "entschieden. Ihre Bewerbung als Konstrukteurin Vorrichtungsbau prüfen wir noch.\n"
    )
    mails = [
        (
            mail("m1", 0, ats, "Eingangsbestätigung"),
            application_email("applied", employer, "Prüftechnikerin - Messraum"),
        ),
        (
            mail("m2", 2, ats, "Eingangsbestätigung"),
            application_email("applied", employer, "Konstrukteurin Vorrichtungsbau"),
        ),
        (
            mail("m3", 20, ats, "Ihre Bewerbung", body),
            application_email("rejected", employer, "Prüftechnikerin - Messraum"),
        ),
    ]
    assert grouped(tracked_records(mails)) == [{"m1", "m3"}, {"m2"}]


def test_a_french_invitation_whose_subject_names_the_post_joins_it_though_a_line_of_its_body_was_read():
    employer = "Brasserie Ollivaux-Kerjean"
    body = (
        "Bonjour Madame Trévédy,\n\nNous vous attendons jeudi à 10h sur le site de Quimperlé.\n"
        "Badge visiteur à retirer à l'accueil.\n\nGwenaëlle Pennarun\nResponsable du recrutement\n"
    )
    mails = [
        (
            mail("m1", 0, "Brasserie Ollivaux-Kerjean <rh@ollivaux-kerjean.example>", "Candidature reçue"),
            application_email("applied", employer, "Technicien de maintenance industrielle H/F"),
        ),
        (
            mail(
                "m2",
                11,
                "Gwenaëlle Pennarun <g.pennarun@ollivaux-kerjean.example>",
                "Entretien – Technicien de maintenance industrielle H/F",
                body,
            ),
            application_email("interview", employer, "Badge visiteur à retirer à l'accueil"),
        ),
    ]
    records = tracked_records(mails)
    assert grouped(records) == [{"m1", "m2"}]
    assert records[0][1].job_title == "Technicien de maintenance industrielle H/F"


def test_an_english_invitation_whose_subject_names_the_role_joins_it_though_the_gates_line_was_read():
    ats = "Harrowgate Tramways <jobs@harrowgate-tramways.example>"
    employer = "Harrowgate Tramways"
    body = "Hi Priyanka,\n\nThursday 2pm suits us. Please sign in at Depot Gate B on Calder Row.\n\nBarnaby\n"
    mails = [
        (
            mail("m1", 0, ats, "Application received"),
            application_email("applied", employer, "Fleet Maintenance Planner"),
        ),
        (
            mail("m3", 1, ats, "Application received"),
            application_email("applied", employer, "Depot Safety Coordinator"),
        ),
        (
            mail(
                "m2",
                9,
                "Barnaby Okonkwo-Leigh <barnaby@harrowgate-tramways.example>",
                "Interview: Fleet Maintenance Planner",
                body,
            ),
            application_email("interview", employer, "Depot Gate B on Calder Row"),
        ),
        (  # a confirmation keeps the role it read, whatever its subject names
            mail("m4", 10, ats, "Also applied after Fleet Maintenance Planner", "Thanks for applying."),
            application_email("applied", employer, "Overhead Line Inspector"),
        ),
    ]
    assert grouped(tracked_records(mails)) == [{"m1", "m2"}, {"m3"}, {"m4"}]


def test_a_spanish_step_whose_title_ran_on_past_the_role_written_with_y_joins_the_role_it_begins_with():
    employer = "Conservas Altamirano"
    body = (
        "Hola Maite:\n\nNos gustaría conocerte para el puesto de Técnica de Calidad y Medio Ambiente para la "
        "planta de Requena. ¿Te viene bien el lunes?\n"
    )
    mails = [
        (
            mail(
                "m1",
                0,
                "Empleaplus <avisos@empleaplus.example>",
                "Candidatura enviada a Conservas Altamirano",
            ),
            application_email("applied", employer, "Técnica de Calidad & Medio Ambiente"),
        ),
        (
            mail(
                "m3",
                2,
                "Empleaplus <avisos@empleaplus.example>",
                "Candidatura enviada a Conservas Altamirano",
            ),
            application_email("applied", employer, "Auxiliar de Laboratorio"),
        ),
        (
            mail("m2", 12, "Rocío Altamirano <rocio@conservas-altamirano.example>", "Entrevista", body),
            application_email(
                "interview", employer, "Técnica de Calidad y Medio Ambiente para la planta de Requena"
            ),
        ),
    ]
    assert grouped(tracked_records(mails)) == [{"m1", "m2"}, {"m3"}]


def test_an_italian_step_writing_e_for_the_postings_ampersand_joins_that_role():
    employer = "Oleificio Zanfretta"
    body = (
        "Gentile Ludovica,\n\nla invitiamo a un colloquio per il ruolo di Responsabile Acquisti e "
        "Logistica per il nuovo magazzino di Imperia, martedì alle 15.\n"
    )
    mails = [
        (
            mail("m1", 0, "Lavorami <avvisi@lavorami.example>", "Candidatura inviata a Oleificio Zanfretta"),
            application_email("applied", employer, "Responsabile Acquisti & Logistica"),
        ),
        (
            mail("m2", 14, "Ottavio Zanfretta <ottavio@zanfretta.example>", "Colloquio", body),
            application_email(
                "interview", employer, "Responsabile Acquisti e Logistica per il nuovo magazzino di Imperia"
            ),
        ),
    ]
    assert grouped(tracked_records(mails)) == [{"m1", "m2"}]


def test_a_dutch_invitation_whose_subject_writes_the_role_with_long_dashes_joins_it():
    employer = "Zuivelcoöperatie Wadloper"
    mails = [
        (
            mail(
                "m1",
                0,
                "Zuivelcoöperatie Wadloper <vacatures@wadloper.example>",
                "Bedankt voor je sollicitatie",
            ),
            application_email("applied", employer, "Coördinator Klantenservice - Regio Oost"),
        ),
        (
            mail(
                "m2",
                8,
                "Femke Hoogeveen-Tjalma <f.hoogeveen@wadloper.example>",
                "Uitnodiging — Coördinator Klantenservice — Regio Oost",
                "Hoi Sanne,\n\nWe zien je graag op het kantoor in Dokkum, ingang via de Zuiderstraat.\n",
            ),
            application_email("interview", employer, "Kantoor in Dokkum"),
        ),
    ]
    assert grouped(tracked_records(mails)) == [{"m1", "m2"}]
