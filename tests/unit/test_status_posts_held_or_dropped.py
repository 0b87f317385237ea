"""Posts held or dropped in Spanish, Portuguese, German, Dutch and French mail (invented mail): the hiring
paused, postponed, stopped "until further notice" or not to be filled, the post's title between; and a
meeting for the post moved, which is no hold.
"""

import pytest

from tests.extraction_support import extract
from tests.extraction_support import mail_of_paragraphs as _mail
from tracker.models import Kind, Status


@pytest.mark.parametrize(
    "mail",
    [
        pytest.param(
            _mail(
                "Talento <talento@olivaresdelsur.es>",
                "Actualización sobre la vacante",
                "Hola Carmen,",
                "Hemos decidido posponer el proceso de selección para el puesto de Técnico Agrícola hasta "
                "el próximo año por motivos presupuestarios.",
                "Olivares del Sur",
            ),
            id="es_posponer_el_proceso",
        ),
        pytest.param(
            _mail(
                "Recursos Humanos <rrhh@tornilleriaebro.es>",
                "Proceso Jefe de Turno",
                "Hola Jesús,",
                "Por motivos internos, el proceso para Jefe de Turno está parado de momento. Te avisaremos "
                "si se retoma.",
                "Tornillería Ebro",
            ),
            id="es_proceso_parado",
        ),
        pytest.param(
            _mail(
                "Nerea Castillo <nerea@castilloweb.es>",
                "Re: Desarrollador WordPress",
                "Hola Óscar,",
                "El proyecto se ha cancelado, así que de momento no vamos a contratar a nadie. Siento las "
                "molestias.",
                "Nerea",
            ),
            id="es_no_vamos_a_contratar_a_nadie",
        ),
        pytest.param(
            _mail(
                "Julia Hahn <julia.hahn@gruenfeld-medien.de>",
                "Update zur Stelle Content Manager",
                "Hallo Tim,",
                "leider muss ich dir mitteilen, dass wir die Stelle als Content Manager aufgrund einer "
                "Umstrukturierung vorerst auf Eis legen.",
                "Viele Grüße\nJulia",
            ),
            id="de_title_between_the_post_and_its_hold",
        ),
        pytest.param(
            _mail(
                "Camille Roux <camille.roux@atelier-roux.fr>",
                "RE: Poste de graphiste",
                "Bonjour Inès,",
                "Je reviens vers vous : nous avons décidé de ne pas donner suite à ce recrutement pour le "
                "moment, faute de budget.",
                "Camille",
            ),
            id="fr_no_follow_up_to_the_hiring_itself",
        ),
        pytest.param(
            _mail(
                "HR <hr@textilhaus-linden.de>",
                "Ihre Bewerbung als Einkäufer",
                "Hallo Herr Frank,",
                "wir haben die Stelle leider vorerst zurückgestellt. Sobald sich etwas tut, melden wir uns.",
                "Textilhaus Linden",
            ),
            id="de_stelle_zurueckgestellt",
        ),
        pytest.param(
            _mail(
                "Werving <werving@waterschap-veen.nl>",
                "Vacature Beleidsadviseur",
                "Geachte mevrouw Bakker,",
                "De werving voor de functie Beleidsadviseur Mobiliteit is tot nader order uitgesteld.",
                "Waterschap Veen",
            ),
            id="nl_werving_tot_nader_order_uitgesteld",
        ),
        pytest.param(
            _mail(
                "Reclutamiento <reclutamiento@agrosierra.com.mx>",
                "Vacante Ingeniero Agrónomo",
                "Hola Rodrigo,",
                "Te informamos que la vacante de Ingeniero Agrónomo fue cerrada por la empresa sin "
                "contratación, debido a cambios en el área.",
                "AgroSierra",
            ),
            id="es_vacante_cerrada_sin_contratacion",
        ),
    ],
)
def test_a_post_held_or_dropped_is_withdrawn(mail):
    result = extract(**mail)
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.WITHDRAWN), result


@pytest.mark.parametrize(
    ("mail", "status"),
    [
        pytest.param(
            _mail(
                "Selección <seleccion@vinos-tormes.es>",
                "Tu candidatura",
                "Hola Laura,",
                "Por decisión de la dirección, el puesto no se va a cubrir finalmente.",
                "Vinos Tormes",
            ),
            Status.WITHDRAWN,
            id="es_puesto_no_se_va_a_cubrir",
        ),
        pytest.param(
            _mail(
                "Karriere <karriere@wendt-metall.de>",
                "Ihre Bewerbung",
                "Sehr geehrte Frau Weber,",
                "Die Stelle wird aus internen Gründen nicht mehr besetzt.",
                "Wendt Metall",
            ),
            Status.WITHDRAWN,
            id="de_stelle_wird_nicht_mehr_besetzt",
        ),
        pytest.param(
            _mail(
                "Recrutamento <vagas@grupo-jatoba.com.br>",
                "Sua candidatura",
                "Olá Ana,",
                "A vaga não será preenchida neste momento.",
                "Grupo Jatobá",
            ),
            Status.WITHDRAWN,
            id="pt_vaga_nao_sera_preenchida",
        ),
        pytest.param(
            _mail(
                "Recrutement <recrutement@maison-aubert.fr>",
                "Votre candidature",
                "Bonjour Claire,",
                "Le poste ne sera pas pourvu cette année.",
                "Maison Aubert",
            ),
            Status.WITHDRAWN,
            id="fr_poste_ne_sera_pas_pourvu",
        ),
        pytest.param(
            _mail(
                "Karriere <karriere@wendt-metall.de>",
                "Ihre Bewerbung",
                "Sehr geehrte Frau Weber,",
                "Können Sie am Dienstagvormittag zu uns ins Büro kommen?",
                "Wendt Metall",
            ),
            Status.INTERVIEW,
            id="de_zu_uns_ins_buero_kommen",
        ),
        pytest.param(
            _mail(
                "Recruitment <werken@hofstede-groep.nl>",
                "Je sollicitatie",
                "Beste Sanne,",
                "Graag nodigen we je uit op ons kantoor op maandag 12 mei om 14.00 uur.",
                "Hofstede Groep",
            ),
            Status.INTERVIEW,
            id="nl_split_verb_nodigen_uit_with_a_day_and_hour",
        ),
    ],
)
def test_a_step_or_hold_an_ats_words_in_one_sentence_is_read(mail, status):
    result = extract(**mail)
    assert (result.kind, result.status) == (Kind.APPLICATION, status), result


_HOLD_FRAMES = {
    "es": ("Selección <seleccion@orbe-textil.es>", "Tu candidatura", "Hola Sara,", "Orbe Textil"),
    "de": ("Recruiting <jobs@weidner-holz.de>", "Ihre Bewerbung", "Sehr geehrter Herr Roth,", "Weidner Holz"),
    "nl": ("Werving <werving@lindenhof-zorg.nl>", "Je sollicitatie", "Beste Romy,", "Lindenhof Zorg"),
    "fr": ("Recrutement <rh@bastide-vins.fr>", "Votre candidature", "Bonjour Hugo,", "Bastide Vins"),
}


@pytest.mark.parametrize(
    ("language", "hold"),
    [
        ("es", "Hemos detenido el proceso de selección por motivos presupuestarios."),
        ("de", "Das Auswahlverfahren wurde bis auf Weiteres ausgesetzt."),
        ("de", "Die Besetzung der Stelle wurde verschoben, bis das Budget feststeht."),
        ("nl", "We hebben de vacature even op pauze gezet."),
        ("nl", "De sollicitatieprocedure ligt tijdelijk stil."),
        ("fr", "Nous mettons ce recrutement entre parenthèses pour quelques mois."),
    ],
)
def test_a_hiring_process_paused_in_other_words_is_withdrawn(language, hold):
    sender, subject, greeting, signature = _HOLD_FRAMES[language]
    result = extract(sender=sender, subject=subject, body=f"{greeting}\n\n{hold}\n\n{signature}")
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.WITHDRAWN), result


def test_a_meeting_for_the_post_moved_is_no_hold():
    result = extract(
        sender="Recruiting <jobs@weidner-holz.de>",
        subject="Ihre Bewerbung",
        body="Sehr geehrter Herr Roth,\n\nIhr Vorstellungsgespräch für die Stelle wurde auf Donnerstag um 10 "
        "Uhr verschoben.\n\nWeidner Holz",
    )
    assert result.status is Status.INTERVIEW
