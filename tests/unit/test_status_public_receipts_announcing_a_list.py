"""A public body's receipt announcing the list of those admitted to a later step, to be published one day,
in the seven languages (invented mail): the step is nobody's yet, the application applied. A list already
out that names the reader, or an invitation beside it, still sets the step.
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
                "Recursos Humanos <empleo@consorcio-aguasclaras.es>",
                "Solicitud recibida - Técnico de Prevención",
                "Buenos días:",
                "Acusamos recibo de su solicitud para la plaza de Técnico de Prevención. El tribunal "
                "publicará la relación de aspirantes convocados a la fase de entrevista en nuestra web.",
                "Consorcio Aguas Claras",
            ),
            id="es",
        ),
        pytest.param(
            _mail(
                "Ufficio Personale <concorsi@azienda-valdarno.it>",
                "Conferma candidatura - Addetto Amministrativo",
                "Gentile candidata,",
                "confermiamo la ricezione della sua candidatura. L'elenco dei candidati convocati al "
                "colloquio sarà pubblicato sul sito istituzionale entro fine mese.",
                "Azienda Servizi Valdarno",
            ),
            id="it",
        ),
        pytest.param(
            _mail(
                "Recursos Humanos <rh@cm-serradoeste.pt>",
                "Candidatura recebida",
                "Exma. Senhora,",
                "Confirmamos a receção da sua candidatura. A lista dos candidatos admitidos à entrevista "
                "será publicada na página do município.",
                "Câmara Municipal de Serra do Este",
            ),
            id="pt",
        ),
        pytest.param(
            _mail(
                "Service RH <recrutement@agglo-vallee-verte.fr>",
                "Accusé de réception de votre candidature",
                "Madame,",
                "Nous accusons réception de votre candidature. La liste des candidats retenus pour "
                "l'entretien sera publiée sur notre site à l'issue de la présélection.",
                "Communauté d'agglomération de la Vallée Verte",
            ),
            id="fr",
        ),
        pytest.param(
            _mail(
                "Personalamt <personal@stadtwerke-kaltenau.de>",
                "Eingangsbestätigung Ihrer Bewerbung",
                "Sehr geehrter Herr Brandl,",
                "wir bestätigen den Eingang Ihrer Bewerbung. Die Liste der zum Vorstellungsgespräch "
                "eingeladenen Personen wird Anfang März auf unserer Website veröffentlicht.",
                "Stadtwerke Kaltenau",
            ),
            id="de",
        ),
        pytest.param(
            _mail(
                "HR <werken@gemeente-veldhoven-oost.nl>",
                "Ontvangstbevestiging sollicitatie",
                "Beste Lotte,",
                "Bedankt voor je sollicitatie. De lijst met kandidaten voor het eerste gesprek wordt na de "
                "sluitingsdatum op onze website gepubliceerd.",
                "Gemeente Veldhoven-Oost",
            ),
            id="nl",
        ),
        pytest.param(
            _mail(
                "Recruitment <jobs@harwick-council.gov.uk>",
                "Application received - Planning Officer",
                "Dear applicant,",
                "Thank you for your application for the Planning Officer post. The list of candidates "
                "invited to interview will be published on our website after the closing date.",
                "Harwick District Council",
            ),
            id="en",
        ),
    ],
)
def test_a_receipt_announcing_a_list_to_be_published_stays_applied(mail):
    result = extract(**mail)
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.APPLIED), result


def test_an_invitation_beside_the_published_list_is_the_readers_interview():
    result = extract(
        **_mail(
            "Selección <seleccion@consorcio-aguasclaras.es>",
            "Convocatoria a entrevista - Técnico de Prevención",
            "Estimada Sra. Rivas:",
            "Le convocamos a la entrevista personal el martes 14 de abril a las 10:00 en nuestra sede de "
            "la calle Mayor 12. La relación completa de convocados se publicará también en la web.",
            "Consorcio Aguas Claras",
        )
    )
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.INTERVIEW), result
