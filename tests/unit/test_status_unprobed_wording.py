"""Status wording no earlier probe had met (invented mail, issue 14's held-back error "rejections in
ordinary employer wording read as applied"): batch one, written per class before the rules were looked
at. Voices: small firms, the public sector, universities, agencies, ATS templates, HR people writing
by hand, non-native English; seven languages.
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract
from tracker.models import Kind, Status

BATCH_ONE = [
    # -- Rejections in ordinary employer wording.
    application_row(
        "a_small_firm_says_it_will_not_take_the_application_further",
        Status.REJECTED,
        "Brightwater Design",
        sender="Anna Kowal <anna@brightwaterdesign.co.uk>",
        subject="Junior Designer",
        body="Hi Jamie,\n\nThanks so much for sending over your portfolio. We've had a look and "
        "sadly we won't be taking your application any further this time, as we need someone with "
        "more print experience.\n\nAll the best,\nAnna\nBrightwater Design",
    ),
    application_row(
        "a_council_says_the_application_was_not_shortlisted",
        Status.REJECTED,
        "Eastfield Borough Council",
        sender="Eastfield Borough Council <recruitment@eastfield.gov.uk>",
        subject="Your application: Housing Officer (Ref HO-2231)",
        body="Dear Applicant,\n\nThank you for your application for the post of Housing Officer. The "
        "shortlisting panel has now met and I am sorry to say that on this occasion you have not been "
        "shortlisted for interview.\n\nYours faithfully,\nHR Services\nEastfield Borough Council",
    ),
    application_row(
        "a_university_says_the_panel_chose_applicants_closer_to_the_criteria",
        Status.REJECTED,
        "University of Ashford",
        sender="University of Ashford <jobs@ashford.ac.uk>",
        subject="Research Assistant in Ecology - outcome",
        body="Dear Dr Mensah,\n\nThank you for applying for the Research Assistant in Ecology post. The "
        "selection panel received a large number of strong applications and has invited to interview "
        "those who most closely met the essential criteria. I'm afraid your application was not "
        "among them.\n\nKind regards,\nHuman Resources\nUniversity of Ashford",
    ),
    application_row(
        "a_non_native_writer_says_the_company_cannot_continue_with_you",
        Status.REJECTED,
        "Veltrix Software",
        sender="Veltrix Software HR <hr@veltrix.io>",
        subject="About your application Java Developer",
        body="Hello,\n\nThank you for apply to Veltrix. We are inform you that after review we will not "
        "continue with your candidature for Java Developer position. We wish you success in the "
        "future.\n\nBest regards\nHR team Veltrix Software",
    ),
    application_row(
        "an_ats_says_the_team_decided_to_pursue_other_candidates",
        Status.REJECTED,
        "Lumen Health",
        sender="Lumen Health <no-reply@greenhouse.io>",
        subject="Thank you for your application to Lumen Health",
        body="Hi Sam,\n\nThank you for your interest in the Data Analyst position at Lumen Health. Our team "
        "has reviewed your application and we have decided to pursue other candidates for this "
        "role.\n\nWe appreciate the time you invested.\n\nLumen Health Recruiting",
    ),
    application_row(
        "a_recruiter_says_the_client_will_not_be_progressing",
        Status.REJECTED,
        "Harrow Talent",
        sender="Priya Shah <priya@harrowtalent.com>",
        subject="Quick update - Finance Analyst",
        body="Hi Sam,\n\nJust a quick one - I heard back from the client on the Finance Analyst role and "
        "unfortunately they've decided to go with candidates who have more audit experience.\n\nKeep "
        "in touch,\nPriya\nHarrow Talent",
    ),
    application_row(
        "no_longer_being_considered_by_hand",
        Status.REJECTED,
        "Greystone Logistics",
        sender="Tom Reilly <treilly@greystonelogistics.com>",
        subject="Warehouse Supervisor",
        body="Hello,\n\nI wanted to let you know that your application for Warehouse Supervisor is no longer "
        "being considered. Thank you for your interest in Greystone Logistics.\n\nTom Reilly\nHR",
    ),
    application_row(
        "a_rejection_after_interviews_that_thanks_at_length",
        Status.REJECTED,
        "Orchard Labs",
        sender="Maya Chen <maya@orchardlabs.com>",
        subject="Following up - Product Manager",
        body="Hi Sam,\n\nThank you so much for the time you spent with us over the last few weeks. "
        "Everyone who met you enjoyed the conversations, and your case presentation was one of the "
        "most thoughtful we saw. We really appreciate the energy you brought to every round.\n\nThis "
        "was a very hard decision, but we have decided to offer the role to a candidate whose experience "
        "is closer to what the team needs right now.\n\nI hope our paths cross again.\n\nMaya\nOrchard Labs",
    ),
    application_row(
        "we_will_not_be_moving_ahead_with_your_profile",
        Status.REJECTED,
        "Cobalt Retail",
        sender="Cobalt Retail Careers <careers@cobaltretail.com>",
        subject="Your application to Cobalt Retail",
        body="Dear Sam,\n\nThank you for applying for the Store Manager role. After reviewing your profile, "
        "we have concluded that we will not be moving ahead with it at this stage.\n\nCobalt Retail "
        "Talent Acquisition",
    ),
    application_row(
        "the_status_only_in_the_subject_rejects",
        Status.REJECTED,
        "Northgate Bank",
        sender="Northgate Bank <talent@northgatebank.com>",
        subject="Your application was not successful - Credit Analyst",
        body="Dear Sam,\n\nThank you for your interest in Northgate Bank.\n\nNorthgate Bank Talent Team",
    ),
    application_row(
        "a_startup_founder_says_it_is_not_a_yes",
        Status.REJECTED,
        "Pebble",
        sender="Jonas Berg <jonas@pebble.ai>",
        subject="Re: Founding Engineer",
        body="Hey Sam,\n\nReally enjoyed chatting. After talking it over with the team, we're going to "
        "hold off on moving forward with you for the founding engineer role - we need someone more "
        "senior on infra.\n\nRooting for you,\nJonas",
    ),
    # -- The post cancelled, put on hold, closed without a hire.
    application_row(
        "the_vacancy_cancelled_by_a_school",
        Status.WITHDRAWN,
        "St Mary's Primary School",
        sender="St Mary's Primary School <office@stmarys-primary.org.uk>",
        subject="Teaching Assistant vacancy",
        body="Dear Applicant,\n\nThank you for applying for the Teaching Assistant vacancy. Due to a change "
        "in our staffing needs, this vacancy has now been cancelled and we will not be recruiting to "
        "the post.\n\nKind regards,\nSchool Office\nSt Mary's Primary School",
    ),
    application_row(
        "the_hiring_put_on_hold_by_a_startup",
        Status.WITHDRAWN,
        "Fernway",
        sender="Fernway Talent <talent@fernway.com>",
        subject="Update on the Backend Engineer role",
        body="Hi Sam,\n\nI wanted to give you a quick update. We have put hiring for the Backend Engineer "
        "role on hold while we finalise next year's plan, so we are pausing all interviews for now.\n\n"
        "Fernway Talent",
    ),
    application_row(
        "the_search_closed_without_a_hire",
        Status.WITHDRAWN,
        "Meridian Trust",
        sender="Meridian Trust <careers@meridiantrust.org>",
        subject="Finance Officer recruitment",
        body="Dear Sam,\n\nThank you for your interest in the Finance Officer post. We have closed this "
        "recruitment without making an appointment and will review the role before advertising "
        "again.\n\nMeridian Trust HR",
    ),
    # -- Offers with conditions.
    application_row(
        "a_conditional_offer_subject_to_references",
        Status.OFFER,
        "Kingsbridge NHS Trust",
        sender="Kingsbridge NHS Trust <recruitment@kingsbridge.nhs.uk>",
        subject="Conditional offer - Staff Nurse",
        body="Dear Sam,\n\nFollowing your recent interview, I am pleased to make you a conditional offer "
        "of employment for the post of Staff Nurse, subject to satisfactory references and an "
        "occupational health check.\n\nRecruitment Team\nKingsbridge NHS Trust",
    ),
    application_row(
        "an_offer_pending_a_background_check",
        Status.OFFER,
        "Atlas Freight",
        sender="Dana Ruiz <dana.ruiz@atlasfreight.com>",
        subject="Good news!",
        body="Hi Sam,\n\nGreat news - the team would like to bring you on board as our new Dispatcher! "
        "The offer is contingent on a clean background check and drug screen, which our vendor will "
        "reach out about.\n\nDana\nAtlas Freight",
    ),
    # -- Assessments named by vendor.
    application_row(
        "a_codility_task_by_link",
        Status.ASSESSMENT,
        "Trellis Systems",
        sender="Trellis Systems <recruiting@trellis.dev>",
        subject="Next step: coding task",
        body="Hi Sam,\n\nThanks for applying to Trellis Systems. As a next step, please solve the Codility "
        "task we sent to your inbox within 5 days.\n\nTrellis Recruiting",
    ),
    application_row(
        "an_shl_questionnaire",
        Status.ASSESSMENT,
        "Rowan Insurance",
        sender="Rowan Insurance Careers <careers@rowaninsurance.com>",
        subject="Graduate Programme - online step",
        body="Dear Sam,\n\nThank you for your application to the Rowan Insurance Graduate Programme. We "
        "would now like you to complete the SHL questionnaire using the link below before 12 March.\n\n"
        "Rowan Insurance Early Careers",
    ),
    application_row(
        "pymetrics_games",
        Status.ASSESSMENT,
        "Harlow Partners",
        sender="Harlow Partners <earlycareers@harlowpartners.com>",
        subject="Your application - next stage",
        body="Dear Sam,\n\nCongratulations on progressing. The next stage of our process is to play the "
        "Pymetrics games, which take around 25 minutes.\n\nHarlow Partners Early Careers",
    ),
    application_row(
        "a_hackerrank_invitation_from_an_ats",
        Status.ASSESSMENT,
        "Quanta Robotics",
        sender="Quanta Robotics <no-reply@lever.co>",
        subject="Quanta Robotics: HackerRank invitation",
        body="Hi Sam,\n\nYou have been invited to a HackerRank challenge for the Software Engineer role. "
        "You will have 90 minutes once you begin.\n\nQuanta Robotics",
    ),
    # -- Interview invitations without the word interview.
    application_row(
        "a_call_with_the_hiring_manager",
        Status.INTERVIEW,
        "Bluefin Analytics",
        sender="Rachel Green <rachel@bluefinanalytics.com>",
        subject="Data Engineer - next steps",
        body="Hi Sam,\n\nThanks for applying! The hiring manager would like to set up a 30-minute call with "
        "you this week. Here is a link to grab a slot: https://cal.bluefin.com/rachel\n\nRachel\n"
        "Bluefin Analytics",
    ),
    application_row(
        "meet_the_team_on_site",
        Status.INTERVIEW,
        "Copperleaf Studio",
        sender="Copperleaf Studio <hello@copperleafstudio.com>",
        subject="Come meet the team",
        body="Hi Sam,\n\nWe liked your application for the UX Designer role and would love for you to come "
        "meet the team at our studio next Tuesday at 2pm.\n\nCopperleaf Studio",
    ),
    # -- A status word that does not apply: confirmations.
    application_row(
        "a_confirmation_that_explains_what_happens_if_not_selected",
        Status.APPLIED,
        "Dovecote Insurance",
        sender="Dovecote Insurance <careers@dovecote.com>",
        subject="We received your application",
        body="Dear Sam,\n\nThank you for applying for the Claims Handler role. We have received your "
        "application. If you are not selected for an interview, you will receive an email from us within "
        "four weeks.\n\nDovecote Insurance Recruitment",
    ),
    application_row(
        "a_confirmation_with_advice_about_rejection",
        Status.APPLIED,
        "Lindqvist Engineering",
        sender="Lindqvist Engineering <jobs@lindqvist.se>",
        subject="Application received: Mechanical Engineer",
        body="Hello Sam,\n\nYour application for Mechanical Engineer has been received. Please note that "
        "due to the volume of applications, unsuccessful candidates will not be contacted "
        "individually.\n\nLindqvist Engineering",
    ),
    application_row(
        "a_confirmation_that_mentions_the_offer_stage",
        Status.APPLIED,
        "Pinecrest Hotels",
        sender="Pinecrest Hotels <jobs@pinecresthotels.com>",
        subject="Thanks for applying to Pinecrest Hotels",
        body="Hi Sam,\n\nThanks for applying for Front Desk Agent. Our process has three steps: a short "
        "phone screen, an interview with the hotel manager and, for the chosen candidate, a job "
        "offer. We'll be in touch within a week.\n\nPinecrest Hotels",
    ),
    # -- German.
    application_row(
        "de_a_small_firm_says_it_decided_for_someone_else",
        Status.REJECTED,
        "Schreinerei Holzmann",
        sender="Schreinerei Holzmann <info@holzmann-schreinerei.de>",
        subject="Ihre Bewerbung als Tischler",
        body="Hallo Herr Weber,\n\nvielen Dank für Ihre Bewerbung. Wir haben uns inzwischen für jemand "
        "anderen entschieden.\n\nViele Grüße\nKlaus Holzmann\nSchreinerei Holzmann",
    ),
    application_row(
        "de_kennenlerngespraech_invites",
        Status.INTERVIEW,
        "Nordlicht Medien",
        sender="Nordlicht Medien <jobs@nordlicht-medien.de>",
        subject="Ihre Bewerbung als Redakteur",
        body="Hallo Frau Schulz,\n\nvielen Dank für Ihre Bewerbung. Wir würden Sie gerne zu einem "
        "Kennenlerngespräch am Donnerstag, 14 Uhr, in unser Büro einladen.\n\nBeste Grüße\nNordlicht Medien",
    ),
    application_row(
        "de_the_post_will_not_be_filled",
        Status.WITHDRAWN,
        "Stadtwerke Elbtal",
        sender="Stadtwerke Elbtal <personal@stadtwerke-elbtal.de>",
        subject="Ihre Bewerbung als Sachbearbeiter",
        body="Sehr geehrte Frau Klein,\n\naufgrund interner Umstrukturierungen wird die ausgeschriebene "
        "Stelle nicht besetzt. Wir bedanken uns für Ihr Interesse.\n\nMit freundlichen Grüßen\n"
        "Stadtwerke Elbtal",
    ),
    application_row(
        "de_a_confirmation_that_describes_a_rejection_by_mail",
        Status.APPLIED,
        "Kessler Logistik",
        sender="Kessler Logistik <bewerbung@kessler-logistik.de>",
        subject="Eingangsbestätigung",
        body="Sehr geehrter Herr Braun,\n\nwir haben Ihre Bewerbung erhalten. Im Falle einer Absage "
        "informieren wir Sie selbstverständlich per E-Mail.\n\nIhr Kessler Logistik Recruiting",
    ),
    # -- French.
    application_row(
        "fr_a_rejection_that_keeps_the_cv",
        Status.REJECTED,
        "Atelier Lumière",
        sender="Atelier Lumière <recrutement@atelier-lumiere.fr>",
        subject="Votre candidature - Assistant commercial",
        body="Bonjour,\n\nNous vous remercions pour l'intérêt porté à notre entreprise. Après étude, votre "
        "profil ne correspond pas aux besoins actuels du poste. Nous conservons votre CV.\n\n"
        "Cordialement,\nAtelier Lumière",
    ),
    application_row(
        "fr_entretien_without_the_word_invite",
        Status.INTERVIEW,
        "Groupe Vernier",
        sender="Groupe Vernier <rh@groupe-vernier.fr>",
        subject="Votre candidature - Comptable",
        body="Bonjour Madame Martin,\n\nVotre candidature a retenu notre attention. Seriez-vous disponible "
        "mardi prochain à 10h pour un échange avec notre directrice financière ?\n\nCordialement,\n"
        "Groupe Vernier",
    ),
    application_row(
        "fr_the_recruitment_put_on_hold",
        Status.WITHDRAWN,
        "Société Marivaux",
        sender="Société Marivaux <emploi@marivaux.fr>",
        subject="Votre candidature - Chef de projet",
        body="Bonjour,\n\nNous vous informons que le recrutement pour le poste de Chef de projet est "
        "suspendu jusqu'à nouvel ordre.\n\nBien cordialement,\nSociété Marivaux",
    ),
    # -- Spanish.
    application_row(
        "es_other_profiles_fit_better",
        Status.REJECTED,
        "Grupo Almenara",
        sender="Grupo Almenara <empleo@grupoalmenara.es>",
        subject="Tu candidatura para Técnico de Soporte",
        body="Hola Sam,\n\nGracias por tu interés en Grupo Almenara. Tras revisar todas las candidaturas, "
        "hemos optado por otros perfiles que se ajustan más a lo que buscamos.\n\nUn saludo,\n"
        "Equipo de Selección",
    ),
    application_row(
        "es_a_call_with_the_team",
        Status.INTERVIEW,
        "Navalia Tech",
        sender="Lucía Ortega <lucia@navaliatech.com>",
        subject="Tu candidatura - Desarrollador Frontend",
        body="Hola Sam,\n\nNos ha gustado mucho tu perfil. ¿Te vendría bien una videollamada el miércoles "
        "con el equipo para conocernos?\n\nLucía\nNavalia Tech",
    ),
    # -- Dutch.
    application_row(
        "nl_we_have_chosen_another_candidate",
        Status.REJECTED,
        "Bakkerij de Korenschoof",
        sender="Bakkerij de Korenschoof <info@korenschoof.nl>",
        subject="Sollicitatie verkoopmedewerker",
        body="Beste Sam,\n\nBedankt voor je sollicitatie. We hebben gekozen voor een andere kandidaat. "
        "Veel succes met je zoektocht!\n\nGroet,\nBakkerij de Korenschoof",
    ),
    application_row(
        "nl_the_vacancy_withdrawn",
        Status.WITHDRAWN,
        "Gemeente Westerdal",
        sender="Gemeente Westerdal <werkenbij@westerdal.nl>",
        subject="Uw sollicitatie Beleidsmedewerker",
        body="Geachte heer De Vries,\n\nDe vacature Beleidsmedewerker is ingetrokken vanwege een "
        "herziening van de formatie. Wij danken u voor uw belangstelling.\n\nMet vriendelijke groet,\n"
        "Gemeente Westerdal",
    ),
    # -- Portuguese.
    application_row(
        "pt_the_process_closed_with_another_candidate",
        Status.REJECTED,
        "Vila Nova Seguros",
        sender="Vila Nova Seguros <rh@vilanovaseguros.com.br>",
        subject="Processo seletivo - Analista Financeiro",
        body="Olá Sam,\n\nAgradecemos sua participação no processo seletivo. Informamos que optamos por "
        "seguir com outro candidato neste momento.\n\nAtenciosamente,\nVila Nova Seguros",
    ),
    application_row(
        "pt_a_conversation_with_the_manager",
        Status.INTERVIEW,
        "Estrela Digital",
        sender="Estrela Digital <talentos@estreladigital.com.br>",
        subject="Sua candidatura - Designer",
        body="Olá Sam,\n\nGostamos do seu portfólio! Queremos marcar um bate-papo com a gestora da área na "
        "sexta-feira às 15h.\n\nAbraços,\nEstrela Digital",
    ),
    # -- Italian.
    application_row(
        "it_colloquio_conoscitivo_invites",
        Status.INTERVIEW,
        "Officine Sartori",
        sender="Officine Sartori <hr@officinesartori.it>",
        subject="La sua candidatura - Tecnico manutentore",
        body="Gentile Sam,\n\nla ringraziamo per la candidatura. Saremmo lieti di incontrarla presso la "
        "nostra sede lunedì alle 9:30 per un primo colloquio conoscitivo.\n\nCordiali saluti,\n"
        "Officine Sartori",
    ),
    application_row(
        "it_the_selection_went_to_other_profiles",
        Status.REJECTED,
        "Ferri Alimentari",
        sender="Ferri Alimentari <selezione@ferrialimentari.it>",
        subject="Esito candidatura - Addetto qualità",
        body="Gentile candidato,\n\nla ringraziamo per l'interesse. Dopo attenta valutazione, la selezione "
        "si è orientata su profili maggiormente in linea con le esigenze della posizione.\n\nCordiali "
        "saluti,\nFerri Alimentari",
    ),
]


# Rows whose status reads right but whose employer does not (company.py, not the status rules).
EMPLOYER_MISREAD = {
    "the_vacancy_cancelled_by_a_school": "the signature's 'School Office' is read as the employer",
}


def _with_employer_marks(rows):
    marked = []
    for row in rows:
        if row.id in EMPLOYER_MISREAD:
            mark = pytest.mark.xfail(strict=True, reason=EMPLOYER_MISREAD[row.id])
            row = pytest.param(*row.values, id=row.id, marks=mark)
        marked.append(row)
    return marked


@pytest.mark.parametrize(("mail", "status", "company", "title"), BATCH_ONE)
def test_status_wording_of_batch_one_reads_as_its_status(mail, status, company, title):
    read = extract(**mail)
    assert (read.kind, read.status) == (Kind.APPLICATION, status), read


@pytest.mark.parametrize(("mail", "status", "company", "title"), _with_employer_marks(BATCH_ONE))
def test_status_wording_of_batch_one_reads_whole(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
