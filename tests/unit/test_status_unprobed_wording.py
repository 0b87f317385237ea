"""Status wording no earlier probe had met (invented mail, issue 14's held-back error "rejections in
ordinary employer wording read as applied"): six batches, each written per class before the rules'
answers to it were looked at. Voices: small firms, the public sector, universities, agencies, ATS
templates, HR people writing by hand, non-native English; seven languages.
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


BATCH_TWO = [
    # -- Rejections in ordinary employer wording.
    application_row(
        "decided_not_to_take_things_further",
        Status.REJECTED,
        "Hollis & Grant",
        sender="Claire Hollis <claire@hollisgrant.co.uk>",
        subject="Office Manager role",
        body="Dear Sam,\n\nThank you for coming in to see us on Tuesday. We have thought about it carefully "
        "and have decided not to take things further on this occasion.\n\nWith best wishes,\nClaire "
        "Hollis\nHollis & Grant",
    ),
    application_row(
        "it_is_not_good_news_this_time",
        Status.REJECTED,
        "Wrenfield Garden Centre",
        sender="Wrenfield Garden Centre <jobs@wrenfieldgardens.co.uk>",
        subject="Your application - Retail Assistant",
        body="Hi Sam,\n\nThanks for applying to join us at Wrenfield. I'm sorry it's not good news this "
        "time - we had a lot of applicants and the position is now taken by someone local with "
        "nursery experience.\n\nBest,\nJo\nWrenfield Garden Centre",
    ),
    application_row(
        "your_application_did_not_make_the_shortlist",
        Status.REJECTED,
        "Kestrel Energy",
        sender="Kestrel Energy Recruitment <recruitment@kestrelenergy.com>",
        subject="Kestrel Energy - Graduate Engineer",
        body="Dear Sam,\n\nThank you for your interest in our Graduate Engineer scheme. We received over 900 "
        "applications this year and, I'm sorry to say, yours didn't make the shortlist.\n\nKestrel "
        "Energy Early Careers",
    ),
    application_row(
        "a_decision_not_in_your_favour",
        Status.REJECTED,
        "Carrow Housing Association",
        sender="Carrow Housing Association <hr@carrowhousing.org.uk>",
        subject="Tenancy Officer - decision",
        body="Dear Sam,\n\nThank you for attending the interview for the Tenancy Officer post. The panel "
        "has reached its decision and I'm afraid on this occasion it is not in your favour.\n\nYours "
        "sincerely,\nHR Team\nCarrow Housing Association",
    ),
    application_row(
        "a_non_native_writer_says_the_profile_is_not_matching",
        Status.REJECTED,
        "Dravik Solutions",
        sender="Dravik Solutions <jobs@draviksolutions.com>",
        subject="Regarding your job application",
        body="Dear candidate,\n\nWe are sorry but your profile is not matching with our requirement at this "
        "moment for the QA Engineer position. We will keep your CV in our database.\n\nRegards,\nHR "
        "Department\nDravik Solutions",
    ),
    application_row(
        "a_federal_application_not_referred",
        Status.REJECTED,
        "Department of the Interior",
        sender="Department of the Interior <noreply@doi.gov>",
        subject="Application status - Program Analyst",
        body="Dear Applicant,\n\nThis is to notify you that your application for Program Analyst was "
        "reviewed and was not referred to the selecting official for further consideration.\n\n"
        "Department of the Interior Human Resources",
    ),
    application_row(
        "we_chose_to_progress_other_applications",
        Status.REJECTED,
        "Marston Legal",
        sender="Marston Legal Careers <careers@marstonlegal.com>",
        subject="Paralegal application",
        body="Dear Sam,\n\nThank you for your application for the Paralegal role. After careful review we "
        "have chosen to progress other applications whose experience more closely reflects the "
        "role.\n\nMarston Legal",
    ),
    application_row(
        "after_interview_another_candidates_experience_was_stronger",
        Status.REJECTED,
        "Linfield College",
        sender="Linfield College <hr@linfield.ac.uk>",
        subject="Lecturer in Accounting",
        body="Dear Sam,\n\nThank you very much for attending the interview for the Lecturer in Accounting "
        "post and for the excellent teaching session you delivered. The panel valued your time and "
        "your thoughtful answers.\n\nAfter much discussion, the panel felt that another candidate's "
        "industry experience was stronger for this particular role.\n\nWith thanks again,\nHR\n"
        "Linfield College",
    ),
    application_row(
        "you_were_not_the_successful_candidate",
        Status.REJECTED,
        "Brookvale Council",
        sender="Brookvale Council <jobs@brookvale.gov.uk>",
        subject="Your recent interview",
        body="Dear Sam,\n\nThank you for attending interview for the post of Parks Supervisor. "
        "Unfortunately, you were not the successful candidate on this occasion.\n\nBrookvale Council HR",
    ),
    application_row(
        "the_role_has_gone_to_an_internal_candidate",
        Status.REJECTED,
        "Sable Media",
        sender="Ben Osei <ben.osei@sablemedia.com>",
        subject="Content Editor",
        body="Hi Sam,\n\nI wanted to close the loop with you on the Content Editor role: it has gone to an "
        "internal candidate. Thanks so much for your patience through the process.\n\nBen\nSable Media",
    ),
    # -- The post withdrawn.
    application_row(
        "decided_not_to_proceed_with_the_recruitment",
        Status.WITHDRAWN,
        "Thornbury Academy",
        sender="Thornbury Academy <recruitment@thornbury.academy>",
        subject="Science Technician vacancy",
        body="Dear Applicant,\n\nThank you for applying for the Science Technician vacancy. The Academy "
        "has decided not to proceed with the recruitment for this role at this time.\n\nThornbury "
        "Academy",
    ),
    # -- Offers.
    application_row(
        "a_university_confirms_the_appointment",
        Status.OFFER,
        "University of Calder",
        sender="University of Calder <hr@calder.ac.uk>",
        subject="Lecturer in Law",
        body="Dear Dr Amadi,\n\nI am delighted to confirm your appointment as Lecturer in Law, subject to "
        "the receipt of satisfactory references and proof of your right to work.\n\nYours sincerely,\n"
        "Human Resources\nUniversity of Calder",
    ),
    application_row(
        "you_got_the_job_by_hand",
        Status.OFFER,
        "Marigold Bakery",
        sender="Rosa Marigold <rosa@marigoldbakery.com>",
        subject="Baker position",
        body="Hi Sam!\n\nI'm happy to let you know you got the job! Could you start on Monday at 6am? "
        "We'll sort out the paperwork then.\n\nRosa\nMarigold Bakery",
    ),
    application_row(
        "the_offer_only_in_the_subject",
        Status.OFFER,
        "Arden Accountants",
        sender="Arden Accountants <hr@ardenaccountants.co.uk>",
        subject="Offer - Junior Accountant",
        body="Dear Sam,\n\nPlease see the attached letter and return a signed copy by Friday.\n\n"
        "Arden Accountants",
    ),
    # -- Assessments named by vendor.
    application_row(
        "a_cubiks_assessment",
        Status.ASSESSMENT,
        "Halden Bank",
        sender="Halden Bank Careers <careers@haldenbank.com>",
        subject="Halden Bank - Analyst Programme",
        body="Dear Sam,\n\nThank you for applying. You are invited to complete a Cubiks online assessment "
        "within seven days.\n\nHalden Bank Graduate Recruitment",
    ),
    application_row(
        "an_alva_logic_test",
        Status.ASSESSMENT,
        "Norrsken Systems",
        sender="Norrsken Systems <jobs@norrsken.se>",
        subject="Next step in your application",
        body="Hi Sam,\n\nThanks for applying for the Platform Engineer role. Next up is a logic test and a "
        "personality questionnaire on Alva Labs; the link is below.\n\nNorrsken Systems",
    ),
    # -- Meetings without the word interview.
    application_row(
        "the_cto_would_like_a_conversation",
        Status.INTERVIEW,
        "Quillstone",
        sender="Emma Hart <emma@quillstone.io>",
        subject="Your application - Senior Backend Engineer",
        body="Hi Sam,\n\nThanks for your application! Our CTO would like to have a conversation with you "
        "about the Senior Backend Engineer role. Does Thursday at 11 work?\n\nEmma\nQuillstone",
    ),
    application_row(
        "can_we_jump_on_a_call",
        Status.INTERVIEW,
        "Harbourlight",
        sender="Nina Patel <nina@harbourlight.co>",
        subject="Re: Growth Marketer application",
        body="Hi Sam,\n\nLoved your application for the Growth Marketer role. Can we jump on a call early "
        "next week?\n\nNina\nHarbourlight",
    ),
    application_row(
        "de_a_visit_on_site",
        Status.INTERVIEW,
        "Brandt Maschinenbau",
        sender="Brandt Maschinenbau <karriere@brandt-maschinenbau.de>",
        subject="Ihre Bewerbung als Konstrukteur",
        body="Sehr geehrter Herr Yilmaz,\n\nIhre Unterlagen haben uns überzeugt. Wir möchten Sie gerne zu "
        "einem Vor-Ort-Termin in unserem Werk einladen.\n\nMit freundlichen Grüßen\nBrandt Maschinenbau",
    ),
    application_row(
        "fr_a_telephone_appointment_proposed",
        Status.INTERVIEW,
        "Cabinet Delorme",
        sender="Cabinet Delorme <recrutement@cabinet-delorme.fr>",
        subject="Votre candidature - Assistante juridique",
        body="Bonjour Madame Petit,\n\nJe vous propose un rendez-vous téléphonique jeudi à 11h afin de "
        "faire connaissance.\n\nBien à vous,\nCabinet Delorme",
    ),
    application_row(
        "es_meeting_at_the_office",
        Status.INTERVIEW,
        "Estudio Brisa",
        sender="Pablo Ruiz <pablo@estudiobrisa.es>",
        subject="Tu candidatura - Diseñador gráfico",
        body="Hola Sam,\n\nHemos visto tu portfolio y nos encanta. ¿Te parece si quedamos el martes a las "
        "10 en la oficina y charlamos un rato?\n\nPablo\nEstudio Brisa",
    ),
    application_row(
        "nl_shall_we_call",
        Status.INTERVIEW,
        "Dijkstra Installatietechniek",
        sender="Dijkstra Installatietechniek <werk@dijkstra-installatie.nl>",
        subject="Sollicitatie Servicemonteur",
        body="Hoi Sam,\n\nBedankt voor je sollicitatie. Zullen we volgende week even bellen om kennis te "
        "maken?\n\nGroet,\nDijkstra Installatietechniek",
    ),
    application_row(
        "it_a_video_chat",
        Status.INTERVIEW,
        "Studio Verdini",
        sender="Studio Verdini <lavoro@studioverdini.it>",
        subject="Candidatura - Grafico junior",
        body="Ciao Sam,\n\ngrazie per la candidatura. Ti va di fare due chiacchiere in videochiamata "
        "giovedì pomeriggio?\n\nStudio Verdini",
    ),
    application_row(
        "pt_we_would_like_to_talk",
        Status.INTERVIEW,
        "Lumiar Engenharia",
        sender="Lumiar Engenharia <rh@lumiarengenharia.pt>",
        subject="Candidatura - Engenheiro Civil",
        body="Olá Sam,\n\nObrigado pela sua candidatura. Gostaríamos de conversar consigo na terça-feira "
        "às 10h no nosso escritório.\n\nCumprimentos,\nLumiar Engenharia",
    ),
    # -- A status word that does not apply.
    application_row(
        "a_confirmation_warning_about_fake_offers",
        Status.APPLIED,
        "Greenleaf Foods",
        sender="Greenleaf Foods <careers@greenleaffoods.com>",
        subject="Application received - Quality Technician",
        body="Hi Sam,\n\nThank you for applying for Quality Technician. We have received your "
        "application.\n\nPlease note: Greenleaf Foods will never ask you to pay for an interview, and we "
        "never make a job offer over text message.\n\nGreenleaf Foods Talent",
    ),
    application_row(
        "a_confirmation_that_regrets_it_cannot_answer_everyone",
        Status.APPLIED,
        "Ostrander Group",
        sender="Ostrander Group <recruiting@ostrandergroup.com>",
        subject="Thank you for applying",
        body="Dear Sam,\n\nThank you for applying for the Procurement Specialist position. We regret that "
        "we are unable to respond to each applicant personally, but we will contact you should your "
        "profile match.\n\nOstrander Group",
    ),
    application_row(
        "a_confirmation_that_says_silence_means_no",
        Status.APPLIED,
        "Vantor Mobility",
        sender="Vantor Mobility <jobs@vantormobility.com>",
        subject="Application received",
        body="Hi Sam,\n\nThanks for applying to Vantor Mobility for the Fleet Coordinator role. If you do "
        "not hear from us within 30 days, please consider your application unsuccessful.\n\nVantor "
        "Mobility",
    ),
    application_row(
        "fr_a_confirmation_that_describes_a_negative_answer",
        Status.APPLIED,
        "Maison Ferrand",
        sender="Maison Ferrand <rh@maisonferrand.fr>",
        subject="Accusé de réception de votre candidature",
        body="Bonjour,\n\nNous avons bien reçu votre candidature. En cas de réponse négative, nous "
        "conserverons votre CV pendant deux ans.\n\nCordialement,\nMaison Ferrand",
    ),
    application_row(
        "es_a_confirmation_that_says_silence_means_no",
        Status.APPLIED,
        "Logística Turia",
        sender="Logística Turia <empleo@logisticaturia.es>",
        subject="Hemos recibido tu candidatura",
        body="Hola Sam,\n\nHemos recibido tu candidatura. Si no recibes respuesta en 15 días, entiende "
        "que tu candidatura no ha sido seleccionada.\n\nLogística Turia",
    ),
    application_row(
        "nl_a_confirmation_that_says_silence_means_no",
        Status.APPLIED,
        "Hoveniersbedrijf Groen",
        sender="Hoveniersbedrijf Groen <info@hoveniersbedrijfgroen.nl>",
        subject="Ontvangstbevestiging sollicitatie",
        body="Beste Sam,\n\nWe hebben je sollicitatie ontvangen. Mocht je binnen twee weken niets horen, "
        "dan is de vacature helaas aan iemand anders vergeven.\n\nHoveniersbedrijf Groen",
    ),
    application_row(
        "it_a_confirmation_that_describes_a_negative_outcome",
        Status.APPLIED,
        "Cantieri Moretti",
        sender="Cantieri Moretti <selezione@cantierimoretti.it>",
        subject="Conferma ricezione candidatura",
        body="Gentile Sam,\n\nabbiamo ricevuto la sua candidatura. In caso di esito negativo, non riceverà "
        "ulteriori comunicazioni.\n\nCantieri Moretti",
    ),
    application_row(
        "de_a_confirmation_that_says_silence_means_no",
        Status.APPLIED,
        "Hofmann Gastronomie",
        sender="Hofmann Gastronomie <jobs@hofmann-gastro.de>",
        subject="Deine Bewerbung ist eingegangen",
        body="Hallo Sam,\n\nwir haben deine Bewerbung erhalten. Solltest du innerhalb von drei Wochen nichts "
        "von uns hören, haben wir uns für andere Bewerber entschieden.\n\nDein Hofmann Team",
    ),
    # -- The status only in the subject.
    application_row(
        "an_unsuccessful_subject_over_a_portal_notice",
        Status.REJECTED,
        "Ellery Health",
        sender="Ellery Health <careers@elleryhealth.org>",
        subject="Unsuccessful application - Ref 4471",
        body="Dear applicant,\n\nA new message about your application is waiting for you. Please log in "
        "to the candidate portal to read it.\n\nEllery Health",
    ),
    application_row(
        "a_not_progressing_subject",
        Status.REJECTED,
        "Pryce Consulting",
        sender="Pryce Consulting <talent@pryceconsulting.com>",
        subject="Your application: not progressing",
        body="Dear Sam,\n\nThank you for your interest in Pryce Consulting.\n\nPryce Consulting Talent",
    ),
    # -- Rejections and withdrawals in other languages.
    application_row(
        "de_an_internal_candidate_chosen",
        Status.REJECTED,
        "Kraft Versicherungen",
        sender="Kraft Versicherungen <karriere@kraft-versicherungen.de>",
        subject="Ihre Bewerbung als Referentin Vertrieb",
        body="Sehr geehrte Frau Lang,\n\nwir haben uns entschlossen, die Stelle mit einer internen "
        "Kandidatin zu besetzen. Wir danken Ihnen für Ihr Interesse.\n\nKraft Versicherungen",
    ),
    application_row(
        "fr_the_post_given_to_an_internal_candidate",
        Status.REJECTED,
        "Transports Garnier",
        sender="Transports Garnier <rh@transports-garnier.fr>",
        subject="Votre candidature - Responsable d'exploitation",
        body="Bonjour,\n\nNous vous remercions de votre candidature. Le poste a été attribué à un "
        "collaborateur en interne.\n\nCordialement,\nTransports Garnier",
    ),
    application_row(
        "es_going_ahead_with_another_person",
        Status.REJECTED,
        "Clínica Mediterránea",
        sender="Clínica Mediterránea <rrhh@clinicamediterranea.es>",
        subject="Proceso de selección - Recepcionista",
        body="Hola Sam,\n\nGracias por participar en el proceso. Hemos decidido seguir adelante con otra "
        "persona para el puesto de Recepcionista.\n\nUn saludo,\nClínica Mediterránea",
    ),
    application_row(
        "nl_going_on_with_other_candidates",
        Status.REJECTED,
        "Van Leeuwen Advies",
        sender="Van Leeuwen Advies <hr@vanleeuwenadvies.nl>",
        subject="Je sollicitatie als Adviseur",
        body="Beste Sam,\n\nDank voor je sollicitatie en het fijne gesprek. We gaan verder met andere "
        "kandidaten die meer ervaring hebben in de zorgsector.\n\nMet vriendelijke groet,\nVan Leeuwen "
        "Advies",
    ),
    application_row(
        "pt_the_vacancy_cancelled",
        Status.WITHDRAWN,
        "Construtora Ipê",
        sender="Construtora Ipê <rh@construtoraipe.com.br>",
        subject="Processo seletivo - Técnico de Segurança",
        body="Olá Sam,\n\nInformamos que a vaga de Técnico de Segurança foi cancelada pela empresa. "
        "Agradecemos sua participação.\n\nConstrutora Ipê",
    ),
    application_row(
        "pt_did_not_advance_to_the_next_stage",
        Status.REJECTED,
        "Banco Aurora",
        sender="Banco Aurora <talentos@bancoaurora.com.br>",
        subject="Atualização da sua candidatura",
        body="Olá Sam,\n\nSua candidatura para Analista de Dados não avançou para a próxima etapa do "
        "processo.\n\nEquipe de Talentos\nBanco Aurora",
    ),
    application_row(
        "it_the_position_suspended",
        Status.WITHDRAWN,
        "Gruppo Bellini",
        sender="Gruppo Bellini <hr@gruppobellini.it>",
        subject="Candidatura - Responsabile logistica",
        body="Gentile Sam,\n\nle comunichiamo che la ricerca per la posizione di Responsabile logistica è "
        "stata sospesa.\n\nCordiali saluti,\nGruppo Bellini",
    ),
]

BATCH_THREE = [
    # -- The status only in the subject, the body empty or saying nothing (a recruiter's own mail).
    application_row(
        "a_recruiter_connecting_subject_with_no_body",
        Status.INTERVIEW,
        "Northwind",
        sender="Ava Brooks <ava.brooks@northwind.com>",
        subject="Connecting with Northwind - Data Engineer",
        body="",
    ),
    application_row(
        "a_subject_asking_to_schedule_time",
        Status.INTERVIEW,
        "Tessellate",
        sender="Omar Haddad <omar@tessellate.io>",
        subject="Scheduling time to chat - Tessellate Product Designer",
        body="",
    ),
    application_row(
        "a_subject_saying_next_steps_with_a_recruiter_screen",
        Status.INTERVIEW,
        "Kinetica",
        sender="Kinetica Recruiting <recruiting@kinetica.com>",
        subject="Kinetica: recruiter screen for Solutions Engineer",
        body="Hi Sam,\n\nPlease see the calendar hold.\n\nKinetica Recruiting",
    ),
    application_row(
        "a_subject_only_regret",
        Status.REJECTED,
        "Pellucid Labs",
        sender="Pellucid Labs <jobs@pellucidlabs.com>",
        subject="Pellucid Labs - we won't be moving forward",
        body="",
    ),
    application_row(
        "a_subject_only_position_cancelled",
        Status.WITHDRAWN,
        "Orison Health",
        sender="Orison Health <careers@orisonhealth.org>",
        subject="Requisition closed without hire: Clinical Data Manager",
        body="",
    ),
    application_row(
        "a_subject_only_assessment_by_vendor",
        Status.ASSESSMENT,
        "Varda Capital",
        sender="Varda Capital <noreply@vardacapital.com>",
        subject="Varda Capital Analyst Programme - your Pymetrics link",
        body="",
    ),
    application_row(
        "de_a_subject_only_rejection",
        Status.REJECTED,
        "Lindner Bau",
        sender="Lindner Bau <bewerbung@lindner-bau.de>",
        subject="Rückmeldung zu Ihrer Bewerbung - leider keine Zusage",
        body="",
    ),
    application_row(
        "fr_a_subject_only_invitation",
        Status.INTERVIEW,
        "Boulangeries Roux",
        sender="Boulangeries Roux <rh@boulangeries-roux.fr>",
        subject="Invitation à un entretien - Vendeuse",
        body="",
    ),
    # -- Rejections in ordinary employer wording.
    application_row(
        "we_have_appointed_someone",
        Status.REJECTED,
        "Ridgeway Trust",
        sender="Ridgeway Trust <jobs@ridgewaytrust.org.uk>",
        subject="Fundraising Officer",
        body="Dear Sam,\n\nThank you for your interest in the Fundraising Officer post. I am writing to let "
        "you know that we have now appointed to this role.\n\nBest wishes,\nRidgeway Trust",
    ),
    application_row(
        "the_recruitment_has_concluded_without_you",
        Status.REJECTED,
        "Calloway Partners",
        sender="Calloway Partners <careers@callowaypartners.com>",
        subject="Associate application",
        body="Dear Sam,\n\nThank you for applying to Calloway Partners. Having reviewed your application "
        "against the requirements of the Associate role, we will not be inviting you to the next "
        "stage.\n\nCalloway Partners Graduate Recruitment",
    ),
    application_row(
        "an_agency_says_the_client_has_gone_another_way",
        Status.REJECTED,
        "Blue Arrow Talent",
        sender="Kate Miller <kate.miller@bluearrowtalent.com>",
        subject="Feedback - Payroll Administrator",
        body="Hi Sam,\n\nI've had feedback from the client on the Payroll Administrator role. They liked "
        "your CV but have gone another way, as they need someone who has used Sage before.\n\nKate\n"
        "Blue Arrow Talent",
    ),
    application_row(
        "a_hospital_says_other_applicants_better_met_the_person_specification",
        Status.REJECTED,
        "Riverside Hospital",
        sender="Riverside Hospital Recruitment <recruitment@riversidehospital.nhs.uk>",
        subject="Application for Healthcare Assistant",
        body="Dear Sam,\n\nThank you for applying for the Healthcare Assistant vacancy. We had a high number "
        "of applications and the shortlisting panel selected those who best met the person "
        "specification. On this occasion you have not been shortlisted.\n\nRiverside Hospital",
    ),
    application_row(
        "a_manager_writes_it_did_not_work_out",
        Status.REJECTED,
        "Tidewater Coffee",
        sender="Marcus Lee <marcus@tidewatercoffee.com>",
        subject="barista job",
        body="hey Sam, thanks for coming by for the trial shift. it didn't work out for us this time, but "
        "feel free to apply again in the spring.\nMarcus\nTidewater Coffee",
    ),
    application_row(
        "a_non_native_writer_says_the_position_is_given",
        Status.REJECTED,
        "Kovač Trading",
        sender="Kovač Trading <office@kovactrading.com>",
        subject="Your application Sales Representative",
        body="Dear Sam,\n\nThank you for your application. Sorry, but we already give the position to "
        "other person. We keep your CV for future.\n\nBest regards,\nKovač Trading",
    ),
    application_row(
        "de_a_rejection_in_plain_words",
        Status.REJECTED,
        "Autohaus Becker",
        sender="Autohaus Becker <personal@autohaus-becker.de>",
        subject="Ihre Bewerbung als Kfz-Mechatroniker",
        body="Hallo Herr Kaya,\n\ndanke für Ihre Bewerbung. Wir können Ihnen die Stelle diesmal nicht "
        "anbieten, da wir uns für einen Bewerber mit mehr Erfahrung in der Elektromobilität entschieden "
        "haben.\n\nViele Grüße\nAutohaus Becker",
    ),
    application_row(
        "fr_we_will_not_follow_up",
        Status.REJECTED,
        "Éditions Moreau",
        sender="Éditions Moreau <contact@editions-moreau.fr>",
        subject="Candidature assistant éditorial",
        body="Bonjour,\n\nMerci pour votre candidature. Nous avons finalement choisi une personne dont le "
        "parcours est plus proche de nos besoins.\n\nBien cordialement,\nÉditions Moreau",
    ),
    application_row(
        "es_we_chose_someone_with_more_experience",
        Status.REJECTED,
        "Hotel Miramar",
        sender="Hotel Miramar <rrhh@hotelmiramar.es>",
        subject="Candidatura Recepcionista",
        body="Hola Sam,\n\nGracias por tu interés. Finalmente nos hemos quedado con una persona con más "
        "experiencia en hoteles.\n\nUn saludo,\nHotel Miramar",
    ),
    application_row(
        "nl_the_choice_fell_on_another",
        Status.REJECTED,
        "Zorggroep Amstelrand",
        sender="Zorggroep Amstelrand <sollicitaties@amstelrand.nl>",
        subject="Uw sollicitatie Verpleegkundige",
        body="Geachte mevrouw Jansen,\n\nDank voor uw sollicitatie. Na zorgvuldige afweging is onze keuze "
        "op een andere kandidaat gevallen.\n\nMet vriendelijke groet,\nZorggroep Amstelrand",
    ),
    application_row(
        "it_we_preferred_another_profile",
        Status.REJECTED,
        "Ottica Ranieri",
        sender="Ottica Ranieri <info@otticaranieri.it>",
        subject="Candidatura Addetto vendite",
        body="Buongiorno Sam,\n\ngrazie per averci inviato il curriculum. Abbiamo preferito un profilo con "
        "più esperienza nel settore ottico.\n\nCordiali saluti,\nOttica Ranieri",
    ),
    application_row(
        "pt_the_vacancy_was_filled_internally",
        Status.REJECTED,
        "Grupo Tavares",
        sender="Grupo Tavares <recrutamento@grupotavares.pt>",
        subject="Candidatura - Técnico Administrativo",
        body="Caro Sam,\n\nAgradecemos o seu interesse. A vaga foi ocupada por um colaborador interno.\n\n"
        "Com os melhores cumprimentos,\nGrupo Tavares",
    ),
    # -- Offers, assessments, meetings.
    application_row(
        "an_offer_in_principle_subject_to_checks",
        Status.OFFER,
        "Harbour City Council",
        sender="Harbour City Council <recruitment@harbourcity.gov.uk>",
        subject="Outcome of your interview - Planning Officer",
        body="Dear Sam,\n\nThank you for attending the interview. I am pleased to inform you that the panel "
        "would like to offer you the post, subject to pre-employment checks.\n\nHarbour City Council",
    ),
    application_row(
        "a_testgorilla_link_by_a_person",
        Status.ASSESSMENT,
        "Mosaic Travel",
        sender="Ella Ward <ella@mosaictravel.com>",
        subject="Customer Success role",
        body="Hi Sam,\n\nThanks for applying! Before we chat, could you do the short TestGorilla test at the "
        "link below?\n\nElla\nMosaic Travel",
    ),
    application_row(
        "an_invitation_to_a_panel_without_the_word",
        Status.INTERVIEW,
        "Westmoor University",
        sender="Westmoor University <hr@westmoor.ac.uk>",
        subject="Research Fellow - shortlisting outcome",
        body="Dear Dr Sato,\n\nI am pleased to let you know you have been shortlisted for the Research "
        "Fellow post. The panel will meet candidates on 12 May; please confirm you can attend.\n\nHR\n"
        "Westmoor University",
    ),
    application_row(
        "de_a_phone_call_proposed",
        Status.INTERVIEW,
        "Pflegedienst Sonnenschein",
        sender="Pflegedienst Sonnenschein <info@pflegedienst-sonnenschein.de>",
        subject="Ihre Bewerbung als Pflegefachkraft",
        body="Hallo Frau Novak,\n\nvielen Dank für Ihre Bewerbung! Wir würden gerne kurz mit Ihnen "
        "telefonieren. Passt Ihnen Mittwoch um 15 Uhr?\n\nPflegedienst Sonnenschein",
    ),
    application_row(
        "nl_a_coffee_proposed",
        Status.INTERVIEW,
        "Studio Noordlicht",
        sender="Studio Noordlicht <hallo@studionoordlicht.nl>",
        subject="Je sollicitatie als Ontwerper",
        body="Hoi Sam,\n\nLeuk dat je hebt gesolliciteerd! Heb je zin om volgende week een kop koffie te "
        "komen drinken bij ons op de studio?\n\nStudio Noordlicht",
    ),
    # -- A status word that does not apply.
    application_row(
        "a_receipt_whose_faq_mentions_offers_and_rejections",
        Status.APPLIED,
        "Corbel Insurance",
        sender="Corbel Insurance Careers <careers@corbelinsurance.com>",
        subject="Thanks for applying to Corbel Insurance",
        body="Hi Sam,\n\nWe've received your application for Underwriting Assistant.\n\nWhat happens next? "
        "Our team reviews every application. Candidates who are not progressed will hear from us by "
        "email, and successful candidates will be contacted to arrange an interview.\n\nCorbel "
        "Insurance",
    ),
    application_row(
        "a_receipt_naming_the_assessment_to_come",
        Status.APPLIED,
        "Fenwick Rail",
        sender="Fenwick Rail <apprenticeships@fenwickrail.co.uk>",
        subject="Application received - Engineering Apprenticeship",
        body="Dear Sam,\n\nThank you for applying for our Engineering Apprenticeship. If your application is "
        "shortlisted, you will be invited to complete an online assessment.\n\nFenwick Rail",
    ),
    application_row(
        "pt_a_receipt_saying_what_happens_otherwise",
        Status.APPLIED,
        "Loja Girassol",
        sender="Loja Girassol <vagas@lojagirassol.com.br>",
        subject="Recebemos sua candidatura",
        body="Olá Sam,\n\nRecebemos sua candidatura para Vendedor. Se o seu perfil for selecionado, "
        "entraremos em contato para agendar uma entrevista.\n\nLoja Girassol",
    ),
]

BATCH_FOUR = [
    # -- Rejections in ordinary employer wording.
    application_row(
        "we_have_had_a_lot_of_interest_and_decided_on_others",
        Status.REJECTED,
        "Oakridge Vets",
        sender="Oakridge Vets <practice@oakridgevets.co.uk>",
        subject="Veterinary Nurse application",
        body="Hi Sam,\n\nThanks for applying to Oakridge. We had a lot of interest in the role and have "
        "decided to offer interviews to applicants with more surgical experience.\n\nKind regards,\n"
        "Lucy\nOakridge Vets",
    ),
    application_row(
        "the_team_will_not_be_extending_an_interview",
        Status.REJECTED,
        "Parallax Games",
        sender="Parallax Games <jobs@parallaxgames.com>",
        subject="Your Parallax Games application",
        body="Hi Sam,\n\nThank you for your interest in the Gameplay Programmer position. After reviewing "
        "your portfolio, the team has decided it is not the right time to move your application "
        "forward.\n\nParallax Games",
    ),
    application_row(
        "a_rejection_that_says_we_are_unable_to_offer_you_a_place",
        Status.REJECTED,
        "Kingsmead College",
        sender="Kingsmead College Admissions and HR <hr@kingsmead.ac.uk>",
        subject="Learning Support Assistant",
        body="Dear Sam,\n\nThank you for your recent application. I am sorry to say that we are unable to "
        "take your application further at this time.\n\nKingsmead College",
    ),
    application_row(
        "an_ats_closing_the_candidacy",
        Status.REJECTED,
        "Veridian Bank",
        sender="Veridian Bank <do-not-reply@myworkday.com>",
        subject="Update regarding your Veridian Bank application",
        body="Dear Sam,\n\nThank you for your interest in the Operations Analyst position. We have reviewed "
        "your candidacy and have determined that we will not move forward at this time. Your "
        "application has been closed.\n\nVeridian Bank Talent Acquisition",
    ),
    application_row(
        "a_rejection_after_a_final_round_with_long_thanks",
        Status.REJECTED,
        "Helio Robotics",
        sender="Priya Nair <priya@heliorobotics.com>",
        subject="Thank you, Sam",
        body="Hi Sam,\n\nI wanted to thank you personally for the time and effort you put into our process, "
        "including the onsite last week. The team was genuinely impressed by your system design "
        "session and your questions for us.\n\nIn the end, we've made the difficult choice to extend the "
        "offer to someone whose background maps a little more closely to the robotics stack.\n\nPlease "
        "stay in touch.\n\nPriya\nHelio Robotics",
    ),
    application_row(
        "the_post_has_been_offered_elsewhere_by_hand",
        Status.REJECTED,
        "Fenwick Dental",
        sender="Dr Omar Fenwick <omar@fenwickdental.co.uk>",
        subject="Dental Nurse",
        body="Hello Sam,\n\nThank you for your application. I'm afraid the post has now been offered to "
        "another applicant and accepted.\n\nRegards,\nOmar Fenwick\nFenwick Dental",
    ),
    application_row(
        "a_non_native_writer_says_we_will_not_go_further",
        Status.REJECTED,
        "Tanaka Precision",
        sender="Tanaka Precision <recruit@tanakaprecision.com>",
        subject="Result of selection - Production Engineer",
        body="Dear Sam,\n\nThank you for interview last week. We are sorry, the result of selection is we "
        "cannot go further with you for Production Engineer.\n\nBest regards,\nTanaka Precision",
    ),
    application_row(
        "de_we_did_not_consider_your_application",
        Status.REJECTED,
        "Hansa Spedition",
        sender="Hansa Spedition <jobs@hansa-spedition.de>",
        subject="Ihre Bewerbung als Disponent",
        body="Sehr geehrter Herr Öztürk,\n\nnach sorgfältiger Prüfung haben wir uns entschieden, Ihre "
        "Bewerbung nicht weiter zu verfolgen.\n\nMit freundlichen Grüßen\nHansa Spedition",
    ),
    application_row(
        "fr_the_choice_went_to_another",
        Status.REJECTED,
        "Mutuelle Bretonne",
        sender="Mutuelle Bretonne <recrutement@mutuelle-bretonne.fr>",
        subject="Votre candidature - Conseiller clientèle",
        body="Bonjour Monsieur Le Gall,\n\nNous vous remercions pour votre participation à nos entretiens. "
        "Notre choix s'est porté sur un autre candidat.\n\nCordialement,\nMutuelle Bretonne",
    ),
    application_row(
        "es_the_process_ends_for_you",
        Status.REJECTED,
        "Seguros Atalaya",
        sender="Seguros Atalaya <seleccion@segurosatalaya.es>",
        subject="Proceso de selección - Gestor comercial",
        body="Hola Sam,\n\nTe agradecemos el tiempo dedicado. En esta ocasión tu candidatura no continúa en "
        "el proceso.\n\nUn saludo,\nSeguros Atalaya",
    ),
    application_row(
        "nl_we_are_not_continuing",
        Status.REJECTED,
        "Installatiebedrijf Vermeer",
        sender="Installatiebedrijf Vermeer <info@vermeer-installatie.nl>",
        subject="Sollicitatie Monteur",
        body="Beste Sam,\n\nBedankt voor je sollicitatie. We gaan helaas niet met je verder in de "
        "procedure.\n\nGroet,\nInstallatiebedrijf Vermeer",
    ),
    application_row(
        "it_the_position_has_been_assigned",
        Status.REJECTED,
        "Farmacia Lombardi",
        sender="Farmacia Lombardi <info@farmacialombardi.it>",
        subject="Candidatura Farmacista",
        body="Gentile Sam,\n\nla ringraziamo per la candidatura. La posizione è stata assegnata a un altro "
        "candidato.\n\nCordiali saluti,\nFarmacia Lombardi",
    ),
    application_row(
        "pt_we_will_not_continue_with_your_profile",
        Status.REJECTED,
        "Padaria Estrela",
        sender="Padaria Estrela <contato@padariaestrela.com.br>",
        subject="Vaga de Atendente",
        body="Oi Sam,\n\nObrigado pelo interesse! Nesse momento decidimos não seguir com o seu perfil.\n\n"
        "Padaria Estrela",
    ),
    # -- Withdrawn.
    application_row(
        "the_funding_fell_through",
        Status.WITHDRAWN,
        "Northfield Research Institute",
        sender="Northfield Research Institute <hr@northfield-institute.org>",
        subject="Postdoctoral Researcher position",
        body="Dear Dr Ito,\n\nI am writing to let you know that the funding for the Postdoctoral Researcher "
        "position has been withdrawn, so we are unable to make an appointment.\n\nNorthfield Research "
        "Institute",
    ),
    application_row(
        "es_the_vacancy_frozen",
        Status.WITHDRAWN,
        "Constructora Levante",
        sender="Constructora Levante <rrhh@constructoralevante.es>",
        subject="Tu candidatura - Jefe de obra",
        body="Hola Sam,\n\nTe informamos de que la vacante de Jefe de obra ha quedado congelada hasta nuevo "
        "aviso.\n\nConstructora Levante",
    ),
    # -- Offers with conditions.
    application_row(
        "a_provisional_offer",
        Status.OFFER,
        "Bramley Care Homes",
        sender="Bramley Care Homes <recruitment@bramleycare.co.uk>",
        subject="Senior Carer",
        body="Dear Sam,\n\nThank you for attending interview. I'm pleased to tell you that we would like to "
        "make you a provisional offer for the Senior Carer role, pending your DBS check.\n\nBramley "
        "Care Homes",
    ),
    application_row(
        "fr_a_promise_of_hiring",
        Status.OFFER,
        "Fromagerie Vial",
        sender="Fromagerie Vial <contact@fromagerie-vial.fr>",
        subject="Votre candidature - Vendeur",
        body="Bonjour Sam,\n\nNous avons le plaisir de vous proposer le poste de vendeur à partir du 2 "
        "mai, sous réserve de votre période d'essai.\n\nFromagerie Vial",
    ),
    # -- Assessments.
    application_row(
        "a_codesignal_general_coding_assessment",
        Status.ASSESSMENT,
        "Lattice Pay",
        sender="Lattice Pay Recruiting <recruiting@latticepay.com>",
        subject="Lattice Pay - next step",
        body="Hi Sam,\n\nThanks for your interest in Lattice Pay! Our next step is the CodeSignal General "
        "Coding Framework; you'll receive the invite shortly.\n\nLattice Pay",
    ),
    application_row(
        "de_an_online_test",
        Status.ASSESSMENT,
        "Rheinwerk Versicherung",
        sender="Rheinwerk Versicherung <karriere@rheinwerk-versicherung.de>",
        subject="Ihre Bewerbung als Trainee",
        body="Sehr geehrte Frau Demir,\n\nvielen Dank für Ihre Bewerbung. Im nächsten Schritt bitten wir "
        "Sie, einen Online-Test zu absolvieren.\n\nRheinwerk Versicherung",
    ),
    # -- Meetings without the word interview.
    application_row(
        "a_video_chat_with_the_founders",
        Status.INTERVIEW,
        "Lumen Dx",
        sender="Grace Kim <grace@lumendx.com>",
        subject="Lumen Dx - Operations Lead",
        body="Hi Sam,\n\nThanks for reaching out about the Operations Lead role. Our founders would love "
        "to hop on a video chat with you - here's my calendar link: https://cal.com/grace-lumendx\n\n"
        "Grace\nLumen Dx",
    ),
    application_row(
        "it_come_and_see_us",
        Status.INTERVIEW,
        "Trattoria Da Rino",
        sender="Trattoria Da Rino <info@trattoriadarino.it>",
        subject="Candidatura cameriere",
        body="Ciao Sam,\n\ngrazie per il curriculum. Passa a trovarci venerdì alle 17 così ci conosciamo.\n\n"
        "Rino\nTrattoria Da Rino",
    ),
    # -- A status word that does not apply.
    application_row(
        "a_receipt_with_a_rejection_in_its_privacy_notice",
        Status.APPLIED,
        "Ashgrove Homes",
        sender="Ashgrove Homes <careers@ashgrovehomes.com>",
        subject="Application received: Site Manager",
        body="Dear Sam,\n\nThank you for applying for Site Manager. We have received your application.\n\n"
        "Privacy: if your application is unsuccessful, we will delete your data after six months.\n\n"
        "Ashgrove Homes",
    ),
    application_row(
        "a_receipt_that_says_the_post_may_close_early",
        Status.APPLIED,
        "Hilltop Council",
        sender="Hilltop Council <jobs@hilltop.gov.uk>",
        subject="Application acknowledgement - Waste Officer",
        body="Dear Sam,\n\nWe acknowledge receipt of your application for Waste Officer. Please note that we "
        "reserve the right to close this vacancy early if we receive a high number of applications.\n\n"
        "Hilltop Council",
    ),
    application_row(
        "de_a_receipt_saying_no_answer_means_no",
        Status.APPLIED,
        "Bäckerei Krüger",
        sender="Bäckerei Krüger <info@baeckerei-krueger.de>",
        subject="Deine Bewerbung",
        body="Hallo Sam,\n\ndanke für deine Bewerbung, wir haben sie erhalten. Bitte hab Verständnis, dass "
        "wir bei einer Absage nicht jedem einzeln antworten können.\n\nBäckerei Krüger",
    ),
]

BATCH_FIVE = [
    application_row(
        "we_will_be_progressing_with_other_applicants",
        Status.REJECTED,
        "Stanton Architects",
        sender="Stanton Architects <studio@stantonarchitects.co.uk>",
        subject="Part II Architectural Assistant",
        body="Dear Sam,\n\nMany thanks for your application and portfolio. We will be progressing with "
        "applicants whose experience is closer to our residential work.\n\nBest wishes,\nStanton "
        "Architects",
    ),
    application_row(
        "you_have_not_been_successful_in_reaching_the_next_stage",
        Status.REJECTED,
        "Crown Prosecution Office",
        sender="Crown Prosecution Office Recruitment <recruitment@cpo-jobs.gov.uk>",
        subject="Your application: Paralegal Officer",
        body="Dear Sam,\n\nThank you for applying. I regret that you have not been successful in reaching "
        "the next stage of the process.\n\nRecruitment Team",
    ),
    application_row(
        "a_shop_says_we_found_our_person",
        Status.REJECTED,
        "Pinewood Books",
        sender="Hannah <hannah@pinewoodbooks.com>",
        subject="bookseller job",
        body="Hi Sam,\n\nThanks for dropping off your CV! We've actually found our person for the Saturday "
        "role, but I'll keep you in mind if anything else comes up.\n\nHannah\nPinewood Books",
    ),
    application_row(
        "the_hiring_team_decided_against",
        Status.REJECTED,
        "Arcturus Data",
        sender="Arcturus Data <talent@arcturusdata.com>",
        subject="Arcturus Data | Data Scientist",
        body="Hi Sam,\n\nThanks for interviewing with Arcturus Data. The hiring team has decided against "
        "moving forward with your candidacy.\n\nArcturus Data Talent",
    ),
    application_row(
        "we_have_decided_to_progress_with_someone_else",
        Status.REJECTED,
        "Kestrel Marine",
        sender="Jon Pike <jon.pike@kestrelmarine.com>",
        subject="Marine Engineer",
        body="Morning Sam,\n\nAppreciate you coming down to the yard. We've decided to go in another "
        "direction with the hire.\n\nCheers,\nJon\nKestrel Marine",
    ),
    application_row(
        "a_non_native_writer_says_the_application_is_refused",
        Status.REJECTED,
        "Bogdan Logistics",
        sender="Bogdan Logistics <hr@bogdanlogistics.ro>",
        subject="Answer for your application",
        body="Hello,\n\nWe inform you that your application for the Logistics Coordinator was refused by our "
        "management. Thank you.\n\nHR Bogdan Logistics",
    ),
    application_row(
        "the_application_will_not_progress",
        Status.REJECTED,
        "Sefton Water",
        sender="Sefton Water Careers <careers@seftonwater.co.uk>",
        subject="Your Sefton Water application",
        body="Dear Sam,\n\nThank you for applying for the Network Technician role. We have reviewed your "
        "application and, on this occasion, it will not progress further.\n\nSefton Water",
    ),
    application_row(
        "de_the_job_went_elsewhere",
        Status.REJECTED,
        "Café Lindenhof",
        sender="Café Lindenhof <hallo@cafe-lindenhof.de>",
        subject="Deine Bewerbung als Servicekraft",
        body="Hi Sam,\n\ndanke für deine Nachricht! Die Stelle ist inzwischen leider schon weg.\n\n"
        "Liebe Grüße\nCafé Lindenhof",
    ),
    application_row(
        "de_we_have_someone",
        Status.REJECTED,
        "Elektro Hahn",
        sender="Elektro Hahn <info@elektro-hahn.de>",
        subject="Bewerbung Elektriker",
        body="Hallo Herr Petrov,\n\ndanke für Ihre Bewerbung. Wir haben die Stelle zwischenzeitlich "
        "anderweitig vergeben und wünschen Ihnen viel Erfolg.\n\nElektro Hahn",
    ),
    application_row(
        "fr_we_will_not_continue_together",
        Status.REJECTED,
        "Agence Lumen",
        sender="Agence Lumen <jobs@agence-lumen.fr>",
        subject="Candidature Chargé de communication",
        body="Bonjour Sam,\n\nMerci pour ton temps lors de nos échanges. Nous avons décidé de ne pas aller "
        "plus loin ensemble pour ce poste.\n\nÀ bientôt,\nAgence Lumen",
    ),
    application_row(
        "es_the_position_is_no_longer_available_for_you",
        Status.REJECTED,
        "Panadería Sol",
        sender="Panadería Sol <hola@panaderiasol.es>",
        subject="Dependienta",
        body="Hola Sam,\n\nGracias por pasarte con tu currículum. Ya hemos encontrado a alguien para el "
        "puesto.\n\nUn abrazo,\nPanadería Sol",
    ),
    application_row(
        "nl_we_choose_not_to_invite_you",
        Status.REJECTED,
        "Woonstichting Delta",
        sender="Woonstichting Delta <vacatures@woonstichtingdelta.nl>",
        subject="Uw sollicitatie Woonconsulent",
        body="Geachte heer Bakker,\n\nDank voor uw belangstelling. De selectiecommissie heeft besloten u "
        "niet uit te nodigen voor een gesprek.\n\nWoonstichting Delta",
    ),
    application_row(
        "it_we_will_not_proceed",
        Status.REJECTED,
        "Studio Legale Conti",
        sender="Studio Legale Conti <segreteria@studiolegaleconti.it>",
        subject="Candidatura praticante",
        body="Gentile Sam,\n\nla ringraziamo per l'interesse. Al momento abbiamo già completato il team e "
        "non abbiamo posizioni disponibili.\n\nStudio Legale Conti",
    ),
    application_row(
        "pt_we_closed_the_process_with_another",
        Status.REJECTED,
        "Clínica Sorriso",
        sender="Clínica Sorriso <rh@clinicasorriso.com.br>",
        subject="Processo seletivo Recepcionista",
        body="Olá Sam,\n\nObrigado por participar. Encerramos o processo seletivo com a contratação de "
        "outra candidata.\n\nClínica Sorriso",
    ),
    # -- A status word that does not apply.
    application_row(
        "a_receipt_whose_footer_links_interview_tips",
        Status.APPLIED,
        "Brightline Rail",
        sender="Brightline Rail Careers <careers@brightlinerail.com>",
        subject="We've received your application",
        body="Hi Sam,\n\nThanks for applying for Station Supervisor. We'll review your application within "
        "two weeks.\n\nGetting ready? Read our guide to acing your interview at brightlinerail.com/"
        "careers.\n\nBrightline Rail",
    ),
    application_row(
        "a_receipt_mentioning_the_unsuccessful_by_policy",
        Status.APPLIED,
        "Pemberton NHS Foundation Trust",
        sender="Pemberton NHS Foundation Trust <jobs@pemberton.nhs.uk>",
        subject="Application received: Band 5 Physiotherapist",
        body="Dear Sam,\n\nThank you for your application. Due to the high volume of applications, we are "
        "only able to contact shortlisted candidates. If you have not heard within three weeks of the "
        "closing date, your application has been unsuccessful.\n\nPemberton NHS Foundation Trust",
    ),
    application_row(
        "es_a_receipt_saying_not_selected_means_silence",
        Status.APPLIED,
        "Viveros Albera",
        sender="Viveros Albera <empleo@viverosalbera.es>",
        subject="Candidatura recibida",
        body="Hola Sam,\n\nHemos recibido tu candidatura para Jardinero. Debido al volumen, solo "
        "contactaremos con las personas preseleccionadas.\n\nViveros Albera",
    ),
    application_row(
        "fr_a_receipt_that_mentions_a_refusal_by_policy",
        Status.APPLIED,
        "Clinique Saint-Roch",
        sender="Clinique Saint-Roch <recrutement@clinique-saintroch.fr>",
        subject="Accusé de réception",
        body="Madame,\n\nNous accusons réception de votre candidature. Sans réponse de notre part sous "
        "un mois, veuillez considérer que votre candidature n'a pas été retenue.\n\nClinique "
        "Saint-Roch",
    ),
]

BATCH_SIX = [
    application_row(
        "we_are_not_able_to_take_you_through",
        Status.REJECTED,
        "Glasshouse Media",
        sender="Glasshouse Media <people@glasshousemedia.com>",
        subject="Video Editor application",
        body="Hi Sam,\n\nThanks for applying. We're not able to take you through to the next round this "
        "time, but we enjoyed your showreel.\n\nGlasshouse Media",
    ),
    application_row(
        "the_panel_has_chosen_not_to_shortlist",
        Status.REJECTED,
        "Moorland District Council",
        sender="Moorland District Council <hr@moorland.gov.uk>",
        subject="Planning Technician - application outcome",
        body="Dear Sam,\n\nThank you for your application for the post of Planning Technician. Following "
        "shortlisting, I am writing to advise that your application has not been progressed.\n\n"
        "Human Resources\nMoorland District Council",
    ),
    application_row(
        "we_have_offered_the_role_and_it_has_been_accepted",
        Status.REJECTED,
        "Saltmarsh Brewery",
        sender="Tom Hale <tom@saltmarshbrewery.co.uk>",
        subject="Brewery Assistant",
        body="Hi Sam,\n\nThanks for coming in last week. Just to let you know we've offered the role to "
        "another candidate and they've accepted.\n\nCheers,\nTom\nSaltmarsh Brewery",
    ),
    application_row(
        "your_profile_is_not_what_we_are_looking_for",
        Status.REJECTED,
        "Copperline Studios",
        sender="Copperline Studios <jobs@copperline.studio>",
        subject="3D Artist application",
        body="Hi Sam,\n\nThank you for sending your work. Your profile isn't quite what we are looking for "
        "at the moment.\n\nCopperline Studios",
    ),
    application_row(
        "a_university_says_the_post_was_offered_to_the_preferred_candidate",
        Status.REJECTED,
        "University of Northmoor",
        sender="University of Northmoor <recruitment@northmoor.ac.uk>",
        subject="Lecturer in Economics - outcome of interview",
        body="Dear Dr Ali,\n\nThank you for attending the interview. The panel has now identified its "
        "preferred candidate, and I am sorry to let you know that it was not you on this occasion.\n\n"
        "University of Northmoor",
    ),
    application_row(
        "de_you_were_not_chosen",
        Status.REJECTED,
        "Stadt Rosenau",
        sender="Stadt Rosenau <personal@rosenau.de>",
        subject="Ihre Bewerbung: Bibliotheksassistenz",
        body="Sehr geehrte Frau Wolf,\n\nim Auswahlverfahren konnten wir Sie diesmal nicht berücksichtigen. "
        "Die Auswahl fiel auf eine Bewerberin mit Erfahrung in Schulbibliotheken.\n\nStadt Rosenau",
    ),
    application_row(
        "fr_we_chose_another_path",
        Status.REJECTED,
        "Studio Albâtre",
        sender="Studio Albâtre <bonjour@studio-albatre.fr>",
        subject="Candidature Graphiste",
        body="Bonjour Sam,\n\nMerci pour ton portfolio. Nous avons trouvé la personne qu'il nous fallait "
        "pour ce poste.\n\nBelle journée,\nStudio Albâtre",
    ),
    application_row(
        "es_we_will_not_count_on_you",
        Status.REJECTED,
        "Bodegas Serrano",
        sender="Bodegas Serrano <rrhh@bodegasserrano.es>",
        subject="Candidatura Enólogo",
        body="Estimado Sam,\n\nAgradecemos tu interés. En esta ocasión no vamos a contar con tu perfil para "
        "el puesto.\n\nBodegas Serrano",
    ),
    application_row(
        "nl_someone_else_was_a_better_match",
        Status.REJECTED,
        "Fietsenmakerij Wiel",
        sender="Fietsenmakerij Wiel <info@fietsenmakerijwiel.nl>",
        subject="Sollicitatie Fietsenmaker",
        body="Hoi Sam,\n\nDank je voor het langskomen. We hebben iemand aangenomen die net iets meer "
        "ervaring heeft met e-bikes.\n\nGroet,\nFietsenmakerij Wiel",
    ),
    application_row(
        "it_we_closed_the_search",
        Status.REJECTED,
        "Hotel Belvedere",
        sender="Hotel Belvedere <hr@hotelbelvedere.it>",
        subject="Candidatura Receptionist",
        body="Gentile Sam,\n\nla informiamo che la ricerca per la posizione di Receptionist si è conclusa "
        "con l'inserimento di un altro candidato.\n\nHotel Belvedere",
    ),
    application_row(
        "pt_your_profile_was_not_approved",
        Status.REJECTED,
        "Tecnova Sistemas",
        sender="Tecnova Sistemas <vagas@tecnova.com.br>",
        subject="Retorno do processo seletivo",
        body="Olá Sam,\n\nAgradecemos sua participação. Seu perfil não foi aprovado para a próxima fase "
        "do processo.\n\nTecnova Sistemas",
    ),
    application_row(
        "a_receipt_with_a_withdraw_link",
        Status.APPLIED,
        "Quarry Point Logistics",
        sender="Quarry Point Logistics <careers@quarrypoint.com>",
        subject="Thanks for applying to Quarry Point Logistics",
        body="Hi Sam,\n\nWe've received your application for Shift Lead. You can check your status or "
        "withdraw your application at any time in your candidate account.\n\nQuarry Point Logistics",
    ),
]

# Every row reads whole: the three kind misreads of the sixth session since the seventh
# (tests/unit/test_rules_extractor_kind_misreads.py), its five employer misreads likewise
# (tests/unit/test_rules_extractor_employer_misreads.py).
ALL_BATCHES = BATCH_ONE + BATCH_TWO + BATCH_THREE + BATCH_FOUR + BATCH_FIVE + BATCH_SIX


@pytest.mark.parametrize(("mail", "status", "company", "title"), ALL_BATCHES)
def test_unprobed_wording_reads_as_its_status(mail, status, company, title):
    read = extract(**mail)
    assert (read.kind, read.status) == (Kind.APPLICATION, status), read


@pytest.mark.parametrize(("mail", "status", "company", "title"), ALL_BATCHES)
def test_unprobed_wording_reads_whole(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)
