"""A job board's or portal's mail lays the employer and the title out rather than writing them in a
sentence: a title line, the employer's line, the place's line under the board's news (the first block is
the application's, a "similar jobs" list below is other employers'); an employer's news relayed in a sentence
the employer opens; a portal's quoted posting whose employer ends before its site's clause; and a board's
country site the lists hold under another suffix, never an employer."""

from tests.extraction_support import extract
from tracker.extraction import platforms
from tracker.extraction.text import Sender


def test_the_first_block_under_the_news_names_the_title_and_the_employer_not_the_similar_jobs() -> None:
    result = extract(
        "Hello Divya,\n\nApplication sent!\n\nPacking Supervisor\nTulsi Spice Exports Pvt. Ltd.\n"
        "Nashik, Maharashtra\n\nThe recruiter will get in touch if you are shortlisted.\n\n"
        "Similar jobs you might like\nStore Keeper\nGanga Agro Foods Pvt. Ltd.\nIndore, Madhya Pradesh\n",
        subject="Application sent successfully",
        sender="Naukri <info@naukri.com>",
    )
    assert result.company is not None and result.company.startswith("Tulsi Spice Exports")
    assert result.job_title == "Packing Supervisor"


def test_a_block_in_another_language_names_its_employer_with_its_legal_form_closing_the_line() -> None:
    result = extract(
        "Ciao Marta,\n\ncandidatura spedita!\n\nAddetta al banco gastronomia\nSalumificio Bertolini S.r.l.\n"
        "Modena\n\nOfferte simili\nCuoco capo partita\nRistorante Al Porto S.a.s.\nRimini\n",
        subject="Candidatura spedita",
        sender="InfoJobs <noreply@infojobs.it>",
    )
    assert result.company is not None and result.company.startswith("Salumificio Bertolini")
    assert result.job_title == "Addetta al banco gastronomia"


def test_a_block_without_a_legal_form_is_known_by_its_place_line() -> None:
    result = extract(
        "Application submitted\n\nWarehouse Associate\nCedar Ridge Supply\nSpokane, WA 99201\n\n"
        "The employer will reach out if there is a match.",
        subject="Application submitted",
        sender="Indeed <indeedapply@indeed.com>",
    )
    assert result.company == "Cedar Ridge Supply"
    assert result.job_title == "Warehouse Associate"


def test_a_board_relaying_an_employers_news_names_the_employer_in_every_language() -> None:
    cases = [
        ("Vinícola Campo Alto", "mudou a etapa da sua candidatura para Entrevista.", "gupy.com.br"),
        ("Fornace Valdarno", "ha aggiornato lo stato della tua candidatura.", "infojobs.it"),
        ("Bodegas Altamira", "ha cambiado el estado de tu candidatura.", "infojobs.net"),
        ("Kessler Landtechnik", "hat den Status Ihrer Bewerbung geändert.", "stepstone.de"),
        ("Fromagerie Duval", "a consulté votre candidature.", "indeed.fr"),
    ]
    for employer, news, domain in cases:
        result = extract(
            f"Bonjour,\n\n{employer} {news}", subject="Candidatura", sender=f"Board <n@{domain}>"
        )
        assert result.company == employer


def test_the_subject_naming_the_employer_that_looked_names_the_employer() -> None:
    result = extract(
        "An employer looked at your application\n\nStore Manager\nPine Hollow Outfitters Ltd\n",
        subject="Nadia, Pine Hollow Outfitters viewed your application",
        sender="SEEK <noreply@seek.com.au>",
    )
    assert result.company is not None and result.company.startswith("Pine Hollow Outfitters")


def test_a_portals_posting_line_ends_the_employer_before_its_site_clause() -> None:
    result = extract(
        "Sehr geehrte Frau Yilmaz,\n\nwir bestätigen den Eingang Ihrer Bewerbung auf die Stelle\n\n"
        '"Referentin Vergabe (m/w/d)"\nBundesanstalt für Bodenschutz, Dienststelle Kassel\n\n'
        "Mit freundlichen Grüßen",
        subject="Eingangsbestätigung",
        sender="Interamt <noreply@interamt.de>",
    )
    assert result.company == "Bundesanstalt für Bodenschutz"


def test_a_french_portals_posting_names_the_employer_before_its_site() -> None:
    result = extract(
        "Bonjour,\n\nVotre candidature au poste « Technicien de maintenance des bâtiments » a bien été "
        "enregistrée.\n\nCommunauté de communes du Val d'Oise, site Pontoise\n\nCordialement",
        subject="Confirmation de candidature",
        sender="Portail emploi <noreply@portail-emploi-public.fr>",
    )
    assert result.company == "Communauté de communes du Val d'Oise"


def test_a_boards_other_country_sites_are_the_board_never_a_piece_of_its_domain() -> None:
    for domain in ("computrabajo.com.pe", "bumeran.com.ve", "infojobs.com.mx", "naukri.co.in", "indeed.pt"):
        sender = Sender.parse(f"Board <noreply@{domain}>")
        assert platforms.is_job_board(sender), domain
        assert platforms.domain_employer(sender) is None, domain
    assert platforms.registrable_domain("mail.bumeran.com.ve") == "bumeran.com.ve"
    assert not platforms.is_job_board(Sender.parse("Acme <jobs@acmefoods.com.pe>"))


def test_a_board_relaying_without_an_employer_reads_no_fragment_of_its_domain() -> None:
    result = extract(
        "Hola Andrés,\n\nTu postulación fue enviada. Revisa el estado en www.bumeran.com.ve",
        subject="Postulación enviada",
        sender="Bumeran <noreply@bumeran.com.ve>",
    )
    assert result.company in (None, "") or "com" not in result.company.lower()


def test_a_block_without_a_title_line_gives_its_employer_and_never_the_news_as_title() -> None:
    result = extract(
        "Bewerbung versendet\nOstermann Gartenbau GmbH\nRegensburg\n\nViel Erfolg!",
        subject="Bewerbung versendet",
        sender="StepStone <noreply@stepstone.de>",
    )
    assert result.company is not None and result.company.startswith("Ostermann Gartenbau")
    assert result.job_title is None


def test_a_title_holding_an_application_noun_without_news_is_still_the_title() -> None:
    result = extract(
        "Application sent\n\nApplications Support Analyst\nBrightwater Utilities Ltd\nDerby\n",
        subject="Application sent",
        sender="Indeed <noreply@indeed.co.uk>",
    )
    assert result.job_title == "Applications Support Analyst"


def test_a_place_line_of_a_town_and_its_province_in_brackets_closes_the_block() -> None:
    result = extract(
        "Hola, Nuria:\n\nLa empresa ha visto tu candidatura a la oferta:\n\nAuxiliar de Almacén\n"
        "Conservas Miramar\nAlzira (Valencia)\n\nTe avisaremos de cualquier cambio.",
        subject="Tu candidatura ha cambiado de estado",
        sender="InfoJobs <noreply@infojobs.net>",
    )
    assert result.company == "Conservas Miramar"


def test_a_place_line_of_a_town_its_district_and_the_work_mode_closes_the_block() -> None:
    result = extract(
        "Iván, ¡tu postulación fue enviada!\n\nAnalista de Nómina\nGrupo Textil Tepeyac\n"
        "Ciudad de México, Coyoacán · Presencial\n\nCompleta tu perfil para destacar.",
        subject="Postulación registrada: Analista de Nómina",
        sender="Computrabajo <no-reply@computrabajo.com.mx>",
    )
    assert result.company == "Grupo Textil Tepeyac"


def test_a_valencian_cooperatives_legal_form_closes_the_employers_line() -> None:
    result = extract(
        "Hola, Nuria:\n\nLa empresa ha visto tu candidatura a la oferta:\n\nAuxiliar de Almacén\n"
        "Cítricos del Júcar, Coop. V.\nAlzira\n\nTe avisaremos de cualquier cambio.",
        subject="Tu candidatura ha cambiado de estado",
        sender="InfoJobs <noreply@infojobs.net>",
    )
    assert result.company is not None and result.company.startswith("Cítricos del Júcar")
