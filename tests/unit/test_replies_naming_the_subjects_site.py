"""A recruiter's conversation whose subject names a site ("Interview - <hospital> - Thursday") while her first
mail names the employer in its text: the reply read from the subject alone names the site, which the first
mail read and set aside for its text's employer. One correspondent's conversation is one application: the
reply takes the first mail's employer (subject_threads._subject_names_of_earlier)."""

from __future__ import annotations

from tests.raw_inboxes import raw_mail, tracked_inbox

MAILS = [
    raw_mail(
        "en1",
        "Nadia Brook <nadia.brook@larchwoodstaffing.co.uk>",
        "2026-03-02T09:00:00Z",
        "Ward Clerk - CV submitted",
        "Hi Sam,\n\nAs discussed, I've sent your CV over to Pellbrook Healthcare for the "
        "Ward Clerk role.\n\nNadia Brook\nConsultant\nLarchwood Staffing",
    ),
    raw_mail(
        "en2",
        "Nadia Brook <nadia.brook@larchwoodstaffing.co.uk>",
        "2026-03-05T09:00:00Z",
        "Interview - Fenmoor Hospital - Thursday",
        "Hi Sam,\n\nGood news: Pellbrook Healthcare would like to interview you on Thursday "
        "at 11am at Fenmoor Hospital. Can you confirm?\n\nNadia Brook\nConsultant\nLarchwood "
        "Staffing",
    ),
    raw_mail(
        "en3",
        "Nadia Brook <nadia.brook@larchwoodstaffing.co.uk>",
        "2026-03-14T09:00:00Z",
        "RE: Interview - Fenmoor Hospital - Thursday",
        "Hi Sam,\n\nI've had feedback. Unfortunately they have decided not to take your "
        "application further this time.\n\nNadia",
    ),
    raw_mail(
        "fr1",
        "Claire Dumont <claire.dumont@cabinet-arvel.fr>",
        "2026-03-03T09:00:00Z",
        "Entretien - Clinique Saint-Rémy - mardi",
        "Bonjour Camille,\n\nBonne nouvelle : votre candidature au poste d'Assistante "
        "médicale chez Vitalia Santé a été retenue et ils souhaitent vous rencontrer "
        "mardi à 10h, à la Clinique Saint-Rémy. Pouvez-vous me confirmer ?\n\nClaire Dumont",
    ),
    raw_mail(
        "fr2",
        "Claire Dumont <claire.dumont@cabinet-arvel.fr>",
        "2026-03-13T09:00:00Z",
        "RE: Entretien - Clinique Saint-Rémy - mardi",
        "Bonjour Camille,\n\nJ'ai eu un retour de la Clinique Saint-Rémy. Malheureusement, "
        "ils ont décidé de ne pas donner suite à votre candidature.\n\nClaire",
    ),
    raw_mail(
        "es1",
        "Lucía Marín <lucia.marin@talentoboreal.es>",
        "2026-03-05T09:00:00Z",
        "Entrevista - Hospital San Telmo - jueves",
        "Hola Andrea,\n\n¡Buenas noticias! Tu candidatura para el puesto de Administrativa "
        "sanitaria en Sanitas Ebro ha avanzado y quieren entrevistarte el jueves a las "
        "10h en el Hospital San Telmo. ¿Me confirmas?\n\nLucía Marín",
    ),
    raw_mail(
        "es2",
        "Lucía Marín <lucia.marin@talentoboreal.es>",
        "2026-03-17T09:00:00Z",
        "RE: Entrevista - Hospital San Telmo - jueves",
        "Hola Andrea,\n\nHe tenido respuesta del Hospital San Telmo. Lamentablemente han "
        "decidido no seguir adelante con tu candidatura.\n\nLucía",
    ),
    raw_mail(
        "nl1",
        "Eva Smits <eva.smits@dekkerstaffing.nl>",
        "2026-03-04T09:00:00Z",
        "Gesprek - Ziekenhuis Westerhof - woensdag",
        "Hoi Daan,\n\ngoed nieuws: Zorggroep Ommeland wil je uitnodigen voor een gesprek "
        "voor de functie Medisch secretaresse op woensdag om 10 uur in Ziekenhuis "
        "Westerhof. Kun je bevestigen?\n\nEva Smits",
    ),
    raw_mail(
        "nl2",
        "Eva Smits <eva.smits@dekkerstaffing.nl>",
        "2026-03-16T09:00:00Z",
        "RE: Gesprek - Ziekenhuis Westerhof - woensdag",
        "Hoi Daan,\n\nik heb een terugkoppeling van Ziekenhuis Westerhof. Helaas hebben ze "
        "besloten je sollicitatie niet verder in behandeling te nemen.\n\nEva",
    ),
]


def test_a_reply_naming_the_subjects_site_stays_with_its_conversation(tmp_path):
    records = tracked_inbox(tmp_path, MAILS)
    groups = sorted((set(r["emails"]) for r in records), key=sorted)
    assert groups == [{"en1", "en2", "en3"}, {"es1", "es2"}, {"fr1", "fr2"}, {"nl1", "nl2"}]
    shown = {r["company"] for r in records}
    assert shown == {"Pellbrook Healthcare", "Vitalia Santé", "Sanitas Ebro", "Zorggroep Ommeland"}
