"""A careers portal's mail that a candidate account or profile was created, or asking to activate it or to
confirm the e-mail address, in the seven languages (invented mail): no application and no alert, though it
offers to alert new postings and names "the jobs you have applied for" among what the account will show. A
receipt that also asks to activate the account stays the application's.
"""

import pytest

from tests.extraction_support import extract
from tests.extraction_support import mail_of_paragraphs as _mail
from tracker.models import Kind, Status

_ACCOUNT_MAIL = {
    "en": _mail(
        "Talent at Norvane Systems <norvane@myworkday.com>",
        "Welcome to the Norvane Systems Career Site",
        "Hello Priya,",
        "Your candidate account has been created. Sign in to finish applications you have started, "
        "update your profile and view the status of any jobs you have applied for.",
        "Norvane Talent Acquisition",
    ),
    "fr": _mail(
        "Espace candidat Transalpes <noreply@emploi.transalpes.fr>",
        "Bienvenue dans votre espace candidat",
        "Bonjour Hugo,",
        "Votre espace candidat Transalpes a bien été créé.",
        "Depuis votre espace, vous pourrez créer des alertes pour être informé des nouvelles offres.",
        "Pour activer votre compte, cliquez sur le lien ci-dessous.",
    ),
    "es": _mail(
        "Empleo Hidrocantábrica <noreply@hidrocantabrica.es>",
        "Bienvenido/a al Portal de Empleo",
        "Hola Andrés,",
        "Tu cuenta en el Portal de Empleo de Hidrocantábrica se ha creado correctamente.",
        "Desde tu perfil podrás crear alertas de empleo y guardar ofertas.",
    ),
    "pt": _mail(
        "Portal Vagas Ipê <naoresponda@vagasipe.com.br>",
        "Confirme seu e-mail para ativar sua conta",
        "Olá, Caio!",
        "Falta pouco para você se candidatar às vagas. Confirme seu endereço de e-mail no botão abaixo.",
        "Dica: complete seu currículo para receber vagas recomendadas.",
    ),
    "it": _mail(
        "Carriere Valbruna <noreply@carriere.valbruna.it>",
        "Attiva il tuo account",
        "Ciao Marta,",
        "il tuo profilo candidato sul portale Carriere Valbruna è stato creato. Per attivare il tuo account "
        "conferma il tuo indirizzo email.",
        "Potrai poi ricevere le nuove offerte di lavoro via email.",
    ),
    "nl": _mail(
        "Werken bij Kanaalzicht <noreply@werkenbij.kanaalzicht.nl>",
        "Activeer je account",
        "Hoi Bram,",
        "Je kandidaatprofiel bij Kanaalzicht is aangemaakt. Bevestig je e-mailadres om je account te "
        "activeren.",
        "Daarna ontvang je nieuwe vacatures in je mailbox.",
    ),
    "de": _mail(
        "Karriereportal Hellweg Werke <noreply@karriere.hellweg.de>",
        "Willkommen im Karriereportal",
        "Hallo Frau Lorenz,",
        "Ihr Bewerberprofil im Karriereportal der Hellweg Werke wurde erfolgreich angelegt. Bitte bestätigen "
        "Sie Ihre E-Mail-Adresse.",
        "Anschließend können Sie neue Stellenangebote per Jobabo erhalten.",
    ),
}


@pytest.mark.parametrize("language", sorted(_ACCOUNT_MAIL))
def test_a_portal_account_created_or_to_activate_is_other_mail(language):
    result = extract(**_ACCOUNT_MAIL[language])
    assert result.kind is Kind.OTHER, result


def test_a_receipt_asking_to_activate_the_account_stays_the_applications():
    result = extract(
        **_mail(
            "Empleo Hidrocantábrica <noreply@hidrocantabrica.es>",
            "Hemos recibido tu candidatura",
            "Hola Andrés,",
            "Hemos recibido tu candidatura para Técnico/a de Mantenimiento. Activa tu cuenta para seguir el "
            "estado de tu candidatura.",
        )
    )
    assert result.kind is Kind.APPLICATION, result
    assert result.status is Status.APPLIED, result
