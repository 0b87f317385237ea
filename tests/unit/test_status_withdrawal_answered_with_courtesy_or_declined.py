"""The employer's answer over the reader's own withdrawal (invented mail), where the answer's words are a
rejection's only as courtesy: the file the reader withdrew is closed ("wir haben Ihre Bewerbung aus dem
Verfahren genommen", "hemos cerrado tu candidatura"), the reader is wished well ("alles Gute für Ihren
weiteren Weg"), a regret is for something else ("leider nicht selbstverständlich"). The withdrawal is the
news unless the answer tells of another candidate chosen or the post filled. And the reader may withdraw by
declining to go on, in the first person ("je préfère ne pas donner suite", "I've decided not to pursue",
"prefiero no seguir con el proceso"): the answer over it is withdrawn too.
"""

import pytest

from tests.extraction_support import extract_as_read as extract
from tests.extraction_support import mail_of_paragraphs as _mail
from tracker.models import Kind, Status

COURTESY = [
    pytest.param(
        _mail(
            "Hiltrud Wenzlaff <h.wenzlaff@kinderhaus-moosgrund.de>",
            "AW: Rücknahme meiner Bewerbung",
            "Liebe Frau Szepanski,",
            "schade, aber wir verstehen das gut. Danke für die schnelle Nachricht, das ist leider nicht "
            "immer so. Alles Gute für Ihren weiteren Weg!",
            "Herzliche Grüße\nHiltrud Wenzlaff\nKinderhaus Moosgrund",
            "-----Ursprüngliche Nachricht-----\nVon: Jorinde Szepanski <jorinde.szepanski@posteo.de>\n"
            "Gesendet: Dienstag, 3. März 2026 20:14\nAn: h.wenzlaff@kinderhaus-moosgrund.de\nBetreff: "
            "Rücknahme meiner Bewerbung\n\nLiebe Frau Wenzlaff,\n\nhiermit ziehe ich meine Bewerbung als "
            "Heilerziehungspflegerin zurück, da ich eine andere Stelle angenommen habe.\n\nViele Grüße\n"
            "Jorinde Szepanski",
        ),
        id="de_good_luck_and_a_regret_for_something_else",
    ),
    pytest.param(
        _mail(
            "Amadeus Prirsch <a.prirsch@gleisbau-ennstal.at>",
            "AW: Bewerbung Bauleiter",
            "Sehr geehrter Herr Kolleritsch,",
            "danke für Ihre offenen Worte. Wir haben Ihre Bewerbung wie gewünscht aus dem Verfahren "
            "genommen und den Termin am Freitag abgesagt. Alles Gute für Ihren weiteren Weg.",
            "Mit freundlichen Grüßen\nAmadeus Prirsch\nGleisbau Ennstal GmbH",
            "-----Ursprüngliche Nachricht-----\nVon: Notburga Kolleritsch <n.kolleritsch@gmx.at>\n"
            "Gesendet: Montag, 9. März 2026 08:02\nAn: a.prirsch@gleisbau-ennstal.at\nBetreff: Bewerbung "
            "Bauleiter\n\nSehr geehrter Herr Prirsch,\n\nich möchte meine Bewerbung leider zurückziehen.\n\n"
            "Mit freundlichen Grüßen\nNotburga Kolleritsch",
        ),
        id="de_at_file_taken_out_of_the_procedure",
    ),
    pytest.param(
        _mail(
            "Leocadia Urrutikoetxea <leocadia@sidreriaurrutiko.es>",
            "RE: Retiro de mi candidatura",
            "Hola Casilda:",
            "Lamentamos no poder contar contigo, pero entendemos tu decisión. Ya hemos cerrado tu "
            "candidatura en el sistema. ¡Mucha suerte en tu nueva etapa!",
            "Un abrazo,\nLeocadia\nSidrería Urrutiko",
            "De: Casilda Beorlegui <casilda.beorlegui@gmail.com>\nEnviado: lunes, 2 de marzo de 2026 19:40\n"
            "Para: leocadia@sidreriaurrutiko.es\nAsunto: Retiro de mi candidatura\n\nHola Leocadia:\n\n"
            "Quisiera retirar mi candidatura al puesto de Encargada de Sala.\n\nUn saludo,\nCasilda",
        ),
        id="es_file_closed_and_good_luck",
    ),
    pytest.param(
        _mail(
            "Crispin Hawtrey <crispin.hawtrey@ouseburn-instruments.co.uk>",
            "Re: Withdrawing my application",
            "Hi Perpetua,",
            "Thanks for letting us know so quickly. Unfortunately that means we won't be taking your "
            "application forward, so I've closed it on our system. Best of luck in the new role.",
            "Crispin",
            "On Tue, 10 Mar 2026 at 18:22, Perpetua Lowick <perpetua.lowick@outlook.com> wrote:\n> Hi "
            "Crispin,\n> I'd like to withdraw my application for the Calibration Technician role, as I've "
            "accepted another offer.\n> Best,\n> Perpetua",
        ),
        id="en_not_taken_forward_after_the_withdrawal",
    ),
]


@pytest.mark.parametrize("mail", COURTESY)
def test_a_courtesy_rejection_over_the_readers_withdrawal_is_withdrawn(mail):
    result = extract(**mail)
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.WITHDRAWN)


def test_another_candidate_chosen_over_the_readers_withdrawal_stays_a_rejection():
    mail = _mail(
        "Crispin Hawtrey <crispin.hawtrey@ouseburn-instruments.co.uk>",
        "Re: Withdrawing my application",
        "Hi Perpetua,",
        "Thanks for letting us know. In fact we had already offered the role to another candidate, who "
        "has accepted, so we would not have been able to take your application forward.",
        "Crispin",
        "On Tue, 10 Mar 2026 at 18:22, Perpetua Lowick <perpetua.lowick@outlook.com> wrote:\n> Hi "
        "Crispin,\n> I'd like to withdraw my application for the Calibration Technician role.\n> Best,\n"
        "> Perpetua",
    )
    assert extract(**mail).status is Status.REJECTED


DECLINED = [
    pytest.param(
        _mail(
            "Ombeline Ferracci <o.ferracci@tremplin-interim.fr>",
            "RE: Proposition de mission - Comptable fournisseurs",
            "Bonjour Gaspard,",
            "Bien noté, merci de m'avoir prévenue. J'ai informé le client ce matin. Votre dossier reste "
            "actif chez nous.",
            "Bonne continuation,\nOmbeline",
            "De : Gaspard Loubatières <gaspard.loubatieres@orange.fr>\nEnvoyé : mardi 3 mars 2026 21:05\n"
            "À : Ombeline Ferracci <o.ferracci@tremplin-interim.fr>\nObjet : Re: Proposition de mission - "
            "Comptable fournisseurs\n\nBonjour Ombeline,\n\nMerci pour cette proposition. Après réflexion, "
            "je préfère ne pas donner suite à la mission : je cherche un poste en CDI.\n\nCordialement,\n"
            "Gaspard",
        ),
        id="fr_agency_over_the_readers_decline",
    ),
    pytest.param(
        _mail(
            "Tamsin Greatorex <tamsin@fellgate-talent.co.uk>",
            "Re: Next steps - Estimator",
            "Hi Bartholomew,",
            "Completely understand, thanks for being upfront. I've let the client know and closed things "
            "off on my side.",
            "Tamsin",
            "On Wed, 4 Mar 2026 at 09:12, Bartholomew Ings <bart.ings@proton.me> wrote:\n> Hi Tamsin,\n> "
            "After a lot of thought I've decided not to pursue the Estimator role, as the commute would be "
            "too long.\n> Thanks,\n> Bart",
        ),
        id="en_recruiter_over_the_readers_decline",
    ),
    pytest.param(
        _mail(
            "Rigoberta Solórzano <rsolorzano@ferreteriaelcondor.com.mx>",
            "RE: Proceso Jefe de Almacén",
            "Hola Eusebio:",
            "Gracias por avisarnos con tiempo. Te deseamos mucho éxito.",
            "Saludos,\nRigoberta Solórzano\nFerretería El Cóndor",
            "De: Eusebio Tlapanco <eusebio.tlapanco@hotmail.com>\nEnviado: jueves, 5 de marzo de 2026 "
            "22:30\nPara: rsolorzano@ferreteriaelcondor.com.mx\nAsunto: Proceso Jefe de Almacén\n\nHola "
            "Rigoberta:\n\nHe decidido no seguir con el proceso, porque me quedo en mi empresa actual.\n\n"
            "Saludos,\nEusebio",
        ),
        id="es_employer_over_the_readers_decline",
    ),
    pytest.param(
        _mail(
            "Ilaria Scognamiglio <i.scognamiglio@pastificiovesuviano.it>",
            "R: Colloquio Responsabile Qualità",
            "Ciao Ruggero,",
            "nessun problema, grazie per avercelo detto. In bocca al lupo per tutto!",
            "Ilaria\nPastificio Vesuviano",
            "Il giorno mer 4 mar 2026 alle ore 19:50 Ruggero Annunziata <ruggero.annunziata@libero.it> ha "
            "scritto:\n> Ciao Ilaria,\n> ci ho pensato a lungo e ho deciso di non proseguire con la "
            "selezione.\n> Un saluto,\n> Ruggero",
        ),
        id="it_employer_over_the_readers_decline",
    ),
]


@pytest.mark.parametrize("mail", DECLINED)
def test_an_answer_over_the_reader_declining_to_go_on_is_withdrawn(mail):
    result = extract(**mail)
    assert (result.kind, result.status) == (Kind.APPLICATION, Status.WITHDRAWN)
