"""Status of fresh mail in the eleventh session (invented mail, issue 14's status on real mail): a test asked
of the reader in wording no table holds, read from the sentence's shape (phrases/test_shape.py: the reader
or a request, a test's noun, an act of doing it or a deadline, "please return the questionnaire by
Friday"), and the reader's first day dated ("Votre prise de poste est prévue le 5 janvier"). Each batch was
written in seven languages before the rules' answers to it were seen, then split with
`random.Random(15).shuffle` into a FIX half (the rules were mended from its misreadings) and a HOLD half
(measured before and after, never read to design a rule); docs/accuracy.md has both halves' figures. The
paraphrases are the helper's own rewordings of the classes, and lookalikes the shapes must leave alone.
"""

import pytest

from tests.extraction_support import application_row, assert_reads_application, extract, with_misreads
from tracker.extraction.phrases import test_shape
from tracker.models import Kind, Status


def status_row(name: str, status: Status | None, **mail: str):
    """A paraphrase: the mail as sent and the status it states (None: no application's mail)."""
    return pytest.param(mail, status, id=name)


# The eleventh session's first batch, FIX half: 8 of 20 statuses or kinds wrong on main 6d049a3.
BATCH_ONE_FIX = [
    application_row(
        "p_gerente_conversar_terca",
        Status.INTERVIEW,
        "Loja Bela Casa",
        "Assistente de loja",
        sender="Loja Bela Casa <lojas@belacasa.pt>",
        subject="Candidatura assistente de loja",
        body="Olá Marta,\n\nA gerente da loja gostaria de conversar consigo na terça-feira às 10h30. "
        "Pode confirmar?\n\nObrigada,\nBela Casa",
    ),
    application_row(
        "i_prova_pratica_entro_lunedi",
        Status.ASSESSMENT,
        "Officine Rinaldi",
        "Tecnico CAD",
        sender="Officine Rinaldi <selezione@officinerinaldi.it>",
        subject="Candidatura Tecnico CAD",
        body="Gentile Marco,\n\nLe chiediamo di svolgere una prova pratica online entro lunedì: "
        "troverà il link di accesso qui sotto.\n\nCordiali saluti,\nUfficio Selezione",
    ),
    application_row(
        "i_candidatura_non_selezionata",
        Status.REJECTED,
        "Comune di Ferrara",
        "Istruttore amministrativo",
        sender="Comune di Ferrara <concorsi@comune.fe.it>",
        subject="Esito selezione",
        body="Gentile candidata,\n\nla informiamo che la sua candidatura non è stata selezionata per "
        "il prosieguo della selezione.\n\nCordiali saluti,\nUfficio Personale",
    ),
    application_row(
        "i_employer_sposta_colloquio",
        Status.INTERVIEW,
        "Trattoria Da Gino",
        "Cameriere",
        sender="Gino Bassi <trattoriadagino@gmail.com>",
        subject="Colloquio di giovedì",
        body="Ciao Luca,\n\ndevo purtroppo spostare il nostro colloquio di giovedì per un "
        "imprevisto. Ti andrebbe bene venerdì alle 9?\n\nGino",
    ),
    application_row(
        "i_proposta_assunzione_stagione",
        Status.OFFER,
        "Hotel Dolomiti",
        "Cameriere di sala",
        sender="Hotel Dolomiti <personale@hoteldolomiti.it>",
        subject="Stagione invernale",
        body="Gentile Andrea,\n\nsiamo lieti di proporle l'assunzione come cameriere di sala per la "
        "stagione invernale, con inizio il 20 dicembre.\n\nCordiali saluti,\nHotel Dolomiti",
    ),
    application_row(
        "s_no_ha_pasado_siguiente_fase",
        Status.REJECTED,
        "Grupo Alcorán",
        "Técnico de mantenimiento",
        sender="Grupo Alcorán RRHH <rrhh@grupoalcoran.es>",
        subject="Tu candidatura: Técnico de mantenimiento",
        body="Hola Pablo,\n\nTe escribimos para comunicarte que tu candidatura no ha pasado a la "
        "siguiente fase del proceso de selección.\n\nGracias por tu interés y mucha "
        "suerte.\nRRHH Grupo Alcorán",
    ),
    application_row(
        "n_opdracht_uiterlijk_maandag",
        Status.ASSESSMENT,
        "Studio Lint",
        "Social media medewerker",
        sender="Studio Lint <hallo@studiolint.nl>",
        subject="Sollicitatie social media medewerker",
        body="Hoi Eva,\n\nAls volgende stap vragen we je een korte opdracht uit te werken: een "
        "social-mediaplan voor onze winkel. Graag uiterlijk maandag "
        "terugsturen.\n\nGroetjes,\nStudio Lint",
    ),
    application_row(
        "d_arbeitsprobe_innerhalb_fuenf_tagen",
        Status.ASSESSMENT,
        "Werbeagentur Kranich",
        "Grafikdesigner",
        sender="Lena Kranich <lena@kranich-werbung.de>",
        subject="Ihre Bewerbung als Grafikdesigner",
        body="Hallo Herr Adler,\n\nIhre Mappe hat uns gefallen. Als nächsten Schritt möchten wir Sie "
        "um eine kleine Arbeitsprobe bitten: Entwerfen Sie bitte ein Plakat für unser "
        "Sommerfest und schicken Sie es uns innerhalb von fünf Tagen zurück.\n\nBeste "
        "Grüße\nLena Kranich",
    ),
    application_row(
        "s_prueba_sql_72_horas",
        Status.ASSESSMENT,
        "Fintonic Labs",
        "Analista de datos",
        sender="Equipo de Talento Fintonic Labs <talento@fintoniclabs.es>",
        subject="Siguiente paso: Analista de datos",
        body="Hola Lucía,\n\nTe invitamos a realizar una prueba técnica de SQL. Tienes 72 horas para "
        "completarla desde el enlace que encontrarás abajo.\n\nUn saludo,\nEquipo de Talento",
    ),
    application_row(
        "d_employer_verschiebt_gespraech",
        Status.INTERVIEW,
        "Tischlerei Brandt",
        "Tischler",
        sender="Holger Brandt <info@tischlerei-brandt.de>",
        subject="Unser Termin am Donnerstag",
        body="Hallo Herr Kowalski,\n\nich muss unser Gespräch am Donnerstag leider verschieben, ich "
        "muss kurzfristig zu einer Baustelle nach Ulm. Passt Ihnen Montag um 10 Uhr in der "
        "Werkstatt?\n\nViele Grüße\nHolger Brandt",
    ),
    application_row(
        "f_test_logique_dici_le_15",
        Status.ASSESSMENT,
        "Groupe Verlaine",
        "Chargé de clientèle",
        sender="Groupe Verlaine Recrutement <recrutement@groupe-verlaine.fr>",
        subject="Votre candidature - Chargé de clientèle",
        body="Bonjour Madame Roux,\n\nNous vous invitons à passer un test de logique en ligne d'ici "
        "le 15 décembre. Le lien d'accès ci-dessous reste valable 7 "
        "jours.\n\nCordialement,\nL'équipe Recrutement\nGroupe Verlaine",
    ),
    application_row(
        "e_retail_manager_moved_interview",
        Status.INTERVIEW,
        "Pennywise Stores",
        "Assistant Store Manager",
        sender="Kerry Dunn <kerry.dunn@pennywisestores.co.uk>",
        subject="Change to your interview time",
        body="Hi Leon,\n\nApologies, our area manager has had to move your interview to Wednesday "
        "10th at 11:00 instead of Tuesday. Same place: the staff entrance at the back of the "
        "Leeds Kirkgate store.\n\nLet me know if that's a problem.\n\nKerry\nStore Manager, "
        "Pennywise Stores",
    ),
    application_row(
        "s_hostal_pasarte_viernes",
        Status.INTERVIEW,
        "Hostal La Brisa",
        "Recepcionista",
        sender="Hostal La Brisa <hola@hostallabrisa.es>",
        subject="Re: Recepcionista",
        body="Hola Marta,\n\n¿Podrías pasarte por el hostal el viernes a las 11 para charlar con la "
        "encargada? Estamos en la calle Mayor 14.\n\nGracias,\nJavi",
    ),
    application_row(
        "e_hotel_cancels_interview_post_on_hold",
        Status.WITHDRAWN,
        "Marlowe Hotels",
        "Night Auditor",
        sender="Marlowe Hotels Recruitment <jobs@marlowehotels.com>",
        subject="Your interview on Monday",
        body="Dear Chloe,\n\nI'm sorry to say we have to cancel your interview on Monday. The Night "
        "Auditor position at our Bath hotel has been put on hold while the finance team is "
        "restructured.\n\nWe will keep your details and contact you if the role "
        "reopens.\n\nBest regards,\nMarlowe Hotels Recruitment",
    ),
    application_row(
        "f_candidature_ne_sera_pas_poursuivie",
        Status.REJECTED,
        "Mutuelle Armor",
        "Gestionnaire de sinistres",
        sender="Mutuelle Armor <rh@mutuelle-armor.fr>",
        subject="Votre candidature au poste de Gestionnaire de sinistres",
        body="Madame,\n\nAprès examen attentif, votre candidature ne sera pas poursuivie dans le "
        "cadre de ce recrutement. Nous conservons toutefois votre profil dans notre "
        "vivier.\n\nBien cordialement,\nService RH, Mutuelle Armor",
    ),
    application_row(
        "d_stadt_eingangsbestaetigung",
        Status.APPLIED,
        "Stadt Nordheim",
        "Sachbearbeiter Bürgerservice",
        sender="Stadt Nordheim Personalamt <personal@nordheim.de>",
        subject="Eingangsbestätigung Ihrer Bewerbung",
        body="Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Bewerbung als Sachbearbeiter/in "
        "Bürgerservice bei der Stadt Nordheim. Ihre Unterlagen sind vollständig bei uns "
        "eingegangen. Nach Ablauf der Bewerbungsfrist melden wir uns bei Ihnen.\n\nStadt "
        "Nordheim - Personalamt",
    ),
    application_row(
        "e_agency_client_excel_test_sit",
        Status.ASSESSMENT,
        "Hollins & Webb",
        "Accounts Assistant",
        sender="Rachel at Fieldstone Recruitment <rachel@fieldstone-rec.co.uk>",
        subject="Hollins & Webb - Excel test",
        body="Morning Ben,\n\nGood news, Hollins & Webb liked your CV for the Accounts Assistant "
        "job. Before they meet anyone they ask every candidate to sit a 20-minute Excel test at "
        "our office. Could you sit it on Tuesday morning, say "
        "9:30?\n\nThanks,\nRachel\nFieldstone Recruitment",
    ),
    application_row(
        "n_employer_verzet_gesprek",
        Status.INTERVIEW,
        "Fietsenwinkel De Spaak",
        "Fietsenmaker",
        sender="Joost de Vries <joost@despaak.nl>",
        subject="Ons gesprek",
        body="Hoi Daan,\n\nIk moet ons gesprek van woensdag helaas verzetten, er komt een levering. "
        "Kan je ook vrijdag om 14.00 uur?\n\nGroet,\nJoost",
    ),
    application_row(
        "f_mairie_candidature_retenue_prise_de_poste",
        Status.OFFER,
        "Mairie de Saint-Aubin",
        "Agent d'accueil",
        sender="Mairie de Saint-Aubin <rh@saint-aubin.fr>",
        subject="Votre candidature au poste d'agent d'accueil",
        body="Madame,\n\nSuite à la commission de recrutement, j'ai le plaisir de vous annoncer que "
        "votre candidature au poste d'agent d'accueil a été retenue. Votre prise de poste est "
        "prévue le 5 janvier.\n\nLe service des ressources humaines vous contactera pour les "
        "formalités.\n\nLe Maire",
    ),
    application_row(
        "f_employer_reporte_entretien",
        Status.INTERVIEW,
        "Boulangerie Martin",
        "Vendeuse",
        sender="Sophie Martin <boulangerie.martin@orange.fr>",
        subject="Notre entretien de mardi",
        body="Bonjour Inès,\n\nje dois malheureusement reporter notre entretien de mardi, j'ai un "
        "imprévu de dernière minute. Seriez-vous disponible jeudi à 15h à la boutique ?\n\nBien "
        "à vous,\nSophie Martin",
    ),
]
# HOLD half: 4 of 20 wrong on main 6d049a3, 3 of 20 after the FIX half's mends.
BATCH_ONE_HOLD = [
    application_row(
        "e_thanks_for_test_now_interview",
        Status.INTERVIEW,
        "Aldwick Water",
        "Graduate Engineer",
        sender="Aldwick Water Early Careers <earlycareers@aldwickwater.co.uk>",
        subject="Graduate Engineer - next stage",
        body="Hi Kiran,\n\nThanks for completing the numerical reasoning test last week. We're "
        "pleased to say you have passed and we'd like to invite you to a video interview with "
        "two of our engineers on 8 January.\n\nPlease book a slot using the link "
        "below.\n\nAldwick Water Early Careers",
    ),
    application_row(
        "e_cafe_owner_offer_start_on_fifth",
        Status.OFFER,
        "The Copper Kettle",
        "Barista",
        sender="Maggie Lowe <maggie@thecopperkettle.cafe>",
        subject="Barista job",
        body="Hi Tom!\n\nIt was lovely having you in yesterday. We'd love to have you join the team "
        "at The Copper Kettle as a barista - can you start on the 5th? Pay is £12.60 an hour, "
        "Wednesday to Sunday.\n\nJust reply and let me know.\nMaggie",
    ),
    application_row(
        "n_capaciteitentoets_voor_vrijdag",
        Status.ASSESSMENT,
        "Gemeente Leeuwarden",
        "Beleidsmedewerker",
        sender="Gemeente Leeuwarden <werken@leeuwarden.nl>",
        subject="Je sollicitatie: Beleidsmedewerker",
        body="Beste Sanne,\n\nWil je de online capaciteitentoets vóór vrijdag maken? Je ontvangt de "
        "inloglink in een aparte mail.\n\nMet vriendelijke groet,\nTeam Werving",
    ),
    application_row(
        "n_niet_verder_meenemen",
        Status.REJECTED,
        "Bakkerij Van Dijk",
        "Verkoopmedewerker",
        sender="Bakkerij Van Dijk <personeel@bakkerijvandijk.nl>",
        subject="Je sollicitatie",
        body="Beste Tim,\n\nNa zorgvuldige afweging hebben we besloten je sollicitatie niet verder "
        "mee te nemen in de procedure.\n\nWe wensen je veel succes.\nBakkerij Van Dijk",
    ),
    application_row(
        "d_online_test_bis_freitag",
        Status.ASSESSMENT,
        "Hanse Logistik",
        "Disponent",
        sender="Hanse Logistik Personal <bewerbung@hanse-logistik.de>",
        subject="Ihre Bewerbung als Disponent (m/w/d)",
        body="Sehr geehrter Herr Schulte,\n\nvielen Dank für Ihr Interesse. Bitte bearbeiten Sie bis "
        "Freitag, 12. Dezember, unseren kurzen Online-Test zum Zahlenverständnis. Den Zugang "
        "finden Sie unter folgendem Link; die Bearbeitung dauert etwa 30 Minuten.\n\nMit "
        "freundlichen Grüßen\nIhr Personalteam\nHanse Logistik GmbH",
    ),
    application_row(
        "p_recebemos_candidatura",
        Status.APPLIED,
        "Bela Casa",
        "Assistente de loja",
        sender="Bela Casa <lojas@belacasa.pt>",
        subject="Candidatura recebida",
        body="Olá Marta,\n\nRecebemos a sua candidatura para Assistente de loja. Vamos analisá-la e "
        "entraremos em contacto brevemente.\n\nBela Casa",
    ),
    application_row(
        "p_teste_ingles_ate_quinta",
        Status.ASSESSMENT,
        "Lusoframe",
        "Assistente administrativa",
        sender="Recrutamento Lusoframe <recrutamento@lusoframe.pt>",
        subject="Candidatura - Assistente administrativa",
        body="Cara Joana,\n\nGostaríamos que fizesse um teste de inglês online até quinta-feira. O "
        "acesso é feito pelo link abaixo.\n\nCom os melhores cumprimentos,\nRecrutamento "
        "Lusoframe",
    ),
    application_row(
        "e_council_receipt_library",
        Status.APPLIED,
        "Westmere Borough Council",
        "Library Assistant",
        sender="Westmere Borough Council <noreply@jobs.westmere.gov.uk>",
        subject="Application received - Library Assistant",
        body="Dear Priya Shah,\n\nThank you for applying for the Library Assistant post at Westmere "
        "Borough Council. We will review applications after the closing date of 9 January and "
        "aim to contact shortlisted candidates within three weeks.\n\nWestmere Borough Council "
        "Recruitment",
    ),
    application_row(
        "e_university_panel_see_you_for_interview",
        Status.INTERVIEW,
        "Harland University",
        "Lecturer in Economics",
        sender="Harland University Recruitment <recruitment@harland.ac.uk>",
        subject="Lecturer in Economics - invitation",
        body="Dear Dr Meyer,\n\nThe selection panel would be pleased to see you for interview on "
        "Thursday 15 January at 14:30 in Room 2.14 of the Marsh Building. You will be asked to "
        "give a 15-minute teaching presentation.\n\nPlease confirm your attendance by replying "
        "to this email.\n\nRecruitment Team\nHarland University",
    ),
    application_row(
        "f_cas_pratique_sous_48h",
        Status.ASSESSMENT,
        "Atelier Numérique",
        "Développeur web",
        sender="Atelier Numérique <jobs@atelier-numerique.fr>",
        subject="Développeur web - prochaine étape",
        body="Bonjour Karim,\n\nMerci pour votre candidature. Nous vous proposons une mise en "
        "situation : un cas pratique à rendre sous 48 heures, que vous recevrez par mail demain "
        "matin.\n\nÀ bientôt,\nAtelier Numérique",
    ),
    application_row(
        "s_vacante_cancelada",
        Status.WITHDRAWN,
        "Clínica Dental Sonrisa",
        "Recepcionista",
        sender="Clínica Dental Sonrisa <empleo@clinicasonrisa.es>",
        subject="Proceso de selección Recepcionista",
        body="Estimada Ana,\n\nLamentablemente, la vacante de Recepcionista ha quedado cancelada por "
        "cambios internos, por lo que cerramos el proceso de selección.\n\nGracias por tu "
        "tiempo.\nClínica Dental Sonrisa",
    ),
    application_row(
        "e_rejection_wont_consider_further",
        Status.REJECTED,
        "Brightlane Media",
        "Marketing Coordinator",
        sender="Brightlane Media Careers <careers@brightlane.media>",
        subject="Marketing Coordinator at Brightlane Media",
        body="Hi Ella,\n\nThank you for taking the time to apply for the Marketing Coordinator "
        "role.\n\nAfter careful review, we won't be considering your application further. This "
        "was a hard decision with so many good applicants.\n\nWe wish you the best with your "
        "search.\nThe Brightlane Media team",
    ),
    application_row(
        "e_civil_service_sift_will_not_progress",
        Status.REJECTED,
        "Department for Rural Affairs",
        "Policy Adviser",
        sender="Civil Service Jobs <noreply@csjobs.service.gov.uk>",
        subject="Application update: Policy Adviser (HEO)",
        body="Dear Applicant,\n\nThank you for applying for Policy Adviser (HEO) at the Department "
        "for Rural Affairs.\n\nThe panel has now completed the sift. Having reviewed your "
        "statement against the behaviours, the panel concluded that your application will not "
        "progress to the interview stage for this campaign.\n\nYour sift score was 3 "
        "(Acceptable) for Delivering at Pace.\n\nCivil Service Jobs",
    ),
    application_row(
        "e_printshop_owner_task_by_hand",
        Status.ASSESSMENT,
        "Inkwell Print Co",
        "Graphic Designer",
        sender="Dot Harper <dot@inkwellprint.co.uk>",
        subject="Re: Graphic Designer",
        body="Hi Sam,\n\nThanks for sending your portfolio over, I liked the poster work a "
        "lot.\n\nBefore I ask you in, I'd like you to have a go at a small job for us: redesign "
        "the price list we hand out at the counter (the current one is attached, it's awful). "
        "Send it back to me within three days if you can.\n\nCheers,\nDot\nInkwell Print Co",
    ),
    application_row(
        "d_rejection_nicht_weiter_verfolgen",
        Status.REJECTED,
        "Stadtwerke Lindau",
        "Sachbearbeiter Abrechnung",
        sender="Stadtwerke Lindau <karriere@stadtwerke-lindau.de>",
        subject="Ihre Bewerbung: Sachbearbeiter Abrechnung",
        body="Sehr geehrte Frau Yilmaz,\n\nnach sorgfältiger Prüfung Ihrer Unterlagen müssen wir "
        "Ihnen mitteilen, dass wir Ihre Bewerbung im weiteren Auswahlverfahren nicht weiter "
        "verfolgen werden.\n\nWir wünschen Ihnen für Ihren weiteren Weg alles "
        "Gute.\n\nStadtwerke Lindau GmbH\nPersonalabteilung",
    ),
    application_row(
        "e_case_study_submit_slides_by_monday",
        Status.ASSESSMENT,
        "Greyfield Retail",
        "Pricing Analyst",
        sender="Omar Siddiqui <omar.siddiqui@greyfieldretail.com>",
        subject="Pricing Analyst - next part of the process",
        body="Hi Nadia,\n\nAs the next part of the process we'd ask you to put together a short "
        "pricing case study on one of our own-label ranges. The brief is attached; please "
        "submit your slides by 9am on Monday.\n\nBest,\nOmar\nHead of Pricing, Greyfield Retail",
    ),
    application_row(
        "e_university_post_not_shortlisted",
        Status.REJECTED,
        "University of Calderbridge",
        "Research Technician",
        sender="Calderbridge HR Recruitment <recruitment@calderbridge.ac.uk>",
        subject="Research Technician (ref 4471) - outcome",
        body="Dear Dr Okafor,\n\nThank you for your interest in the post of Research Technician in "
        "the School of Biosciences.\n\nFollowing the shortlisting meeting, I am writing to let "
        "you know that your application was not shortlisted on this occasion. We received a "
        "very large number of strong applications.\n\nYours sincerely,\nHR Recruitment "
        "Team\nUniversity of Calderbridge",
    ),
    application_row(
        "p_nao_vai_seguir_proxima_fase",
        Status.REJECTED,
        "Hotel Atlântico",
        "Rececionista",
        sender="Hotel Atlântico RH <rh@hotelatlantico.pt>",
        subject="A sua candidatura",
        body="Caro Rui,\n\nInformamos que a sua candidatura não vai seguir para a próxima fase do "
        "processo de recrutamento.\n\nAgradecemos o seu interesse.\nHotel Atlântico",
    ),
    application_row(
        "e_vendor_questionnaire_return_by_friday",
        Status.ASSESSMENT,
        "Corvid Insurance",
        "Claims Handler",
        sender="Brambleworth Assessments <noreply@brambleworth-assess.com>",
        subject="Corvid Insurance - your next step",
        body="Dear Jordan,\n\nCorvid Insurance has asked us to send you their work-style "
        "questionnaire for the Claims Handler vacancy. Please return the completed "
        "questionnaire by Friday 12 December.\n\nYou can access it via the link below; it takes "
        "about 25 minutes and saves as you "
        "go.\n\nhttps://portal.brambleworth-assess.com/c/71kd\n\nBrambleworth Assessments, on "
        "behalf of Corvid Insurance",
    ),
]
BATCH_ONE_HOLD_NOT_APPLICATIONS = [
    pytest.param(
        dict(
            sender="University Careers Service <careers@uni-mail.ac.uk>",
            subject="Webinar: how to pass psychometric tests",
            body="Hello,\n\nJoin our webinar on Thursday at 6pm: how to prepare for and complete "
            "psychometric tests used by graduate employers. Register via the careers "
            "portal.\n\nCareers Service",
        ),
        id="e_careers_service_webinar_on_tests",
    )
]
BATCH_ONE_STATUS_MISREAD = {
    "d_employer_verschiebt_gespraech": "the kind's job-word guard: 'an application, but nothing says it "
    "is for a job' (a carpenter "
    "moving 'unser Gespräch'; the status reads interview)",
    "s_hostal_pasarte_viernes": "the kind's job-word guard: 'an application, but nothing says it is for a "
    "job' ('pasarte "
    "por el hostal ... para charlar'; the status reads interview)",
    "n_employer_verzet_gesprek": "APPLICANT_VOICE takes the employer's 'ik moet ons gesprek verzetten' "
    "for the applicant's "
    "(a shop's own domain, signed by its owner)",
    "f_employer_reporte_entretien": "APPLICANT_VOICE takes the employer's 'je dois reporter notre "
    "entretien' for the "
    "applicant's (a bakery writing from a free mailbox)",
    "p_teste_ingles_ate_quinta": "'Gostaríamos que fizesse um teste': the formal third-person subjunctive "
    "names no reader "
    "the test shape knows",
    "e_rejection_wont_consider_further": "'we won't be considering your application further': considering "
    "is no going-on verb of the "
    "rejection shape",
    "e_printshop_owner_task_by_hand": "'have a go at a small job for us ... send it back': no test's noun "
    "(a job, a redesign)",
}
BATCH_ONE_READING_MISREAD = {
    "p_gerente_conversar_terca": "the title is read as 'Assistente' (employers' and titles' reading)",
    "i_candidatura_non_selezionata": "the title is read as None (employers' and titles' reading)",
    "i_employer_sposta_colloquio": "the employer is read as 'Gino Bassi'; the title is read as None "
    "(employers' and titles' "
    "reading)",
    "i_proposta_assunzione_stagione": "the title is read as None (employers' and titles' reading)",
    "d_arbeitsprobe_innerhalb_fuenf_tagen": "the employer is read as 'Kranich Werbung' (employers' and "
    "titles' reading)",
    "s_prueba_sql_72_horas": "the employer is read as 'Talento Fintonic Labs' (employers' and titles' "
    "reading)",
    "e_retail_manager_moved_interview": "the title is read as None (employers' and titles' reading)",
    "d_stadt_eingangsbestaetigung": "the employer is read as 'Stadt Nordheim Personalamt'; the title is "
    "read as "
    "'Sachbearbeiter/in Bürgerservice' (employers' and titles' reading)",
    "e_agency_client_excel_test_sit": "the employer is read as 'Fieldstone Rec' (employers' and titles' "
    "reading)",
    "n_niet_verder_meenemen": "the title is read as None (employers' and titles' reading)",
    "d_online_test_bis_freitag": "the employer is read as 'Hanse Logistik GmbH' (employers' and titles' "
    "reading)",
    "e_civil_service_sift_will_not_progress": "the title is read as 'Policy Adviser (HEO)' (employers' "
    "and titles' reading)",
    "p_nao_vai_seguir_proxima_fase": "the title is read as None (employers' and titles' reading)",
}
TEST_PARAPHRASES = [
    status_row(
        "test_t1",
        Status.ASSESSMENT,
        sender="Acme Careers <careers@acme.com>",
        subject="Data Analyst application",
        body="Hi Sam,\n\nThanks for applying to the Data Analyst role. We'd like you to sit our "
        "forty-minute online numerical and verbal reasoning assessment before 5pm on "
        "Thursday.\n\nAcme Careers",
    ),
    status_row(
        "test_t2",
        Status.ASSESSMENT,
        sender="Acme Careers <careers@acme.com>",
        subject="Data Analyst application",
        body="Hi Sam,\n\nThank you for your application. Attached you'll find a small exercise built "
        "around our sales data; kindly send it back to us within four working days.\n\nAcme "
        "Careers",
    ),
    status_row(
        "test_t3",
        Status.ASSESSMENT,
        sender="Acme Careers <careers@acme.com>",
        subject="Data Analyst application",
        body="Hi Sam,\n\nYour personalised link to the situational judgement questionnaire for the "
        "Graduate scheme is below - it stays open until "
        "Sunday.\n\nhttps://acme.example/q/1\n\nAcme Careers",
    ),
    status_row(
        "test_t4",
        Status.ASSESSMENT,
        sender="Acme GmbH <jobs@acme.de>",
        subject="Ihre Bewerbung",
        body="Hallo Frau Weber,\n\nfür den nächsten Schritt senden wir Ihnen eine kleine Fallstudie "
        "zu, die Sie uns bitte bis zum 18. Dezember zurückschicken.\n\nAcme GmbH",
    ),
    status_row(
        "test_t5",
        Status.ASSESSMENT,
        sender="Acme <rh@acme.fr>",
        subject="Votre candidature",
        body="Bonjour,\n\nVous trouverez ci-dessous le lien vers l'épreuve écrite de comptabilité, à "
        "réaliser avant le 20 décembre.\n\nAcme RH",
    ),
    status_row(
        "test_t6",
        Status.ASSESSMENT,
        sender="Acme <rrhh@acme.es>",
        subject="Tu candidatura",
        body="Hola Ana,\n\nComo siguiente paso, te enviamos un ejercicio práctico que deberás "
        "entregar en un plazo de cinco días.\n\nAcme",
    ),
    status_row(
        "test_t7",
        Status.ASSESSMENT,
        sender="Acme <hr@acme.nl>",
        subject="Je sollicitatie",
        body="Beste Eva,\n\nHierbij ontvang je de link naar de digitale toets; je kunt hem tot en "
        "met donderdag maken.\n\nAcme",
    ),
    status_row(
        "test_t8",
        Status.ASSESSMENT,
        sender="Acme <rh@acme.pt>",
        subject="Candidatura",
        body="Olá Rui,\n\nPedimos-lhe que responda ao questionário técnico no link abaixo até "
        "sexta-feira.\n\nAcme",
    ),
    status_row(
        "test_t9",
        Status.ASSESSMENT,
        sender="Acme <hr@acme.it>",
        subject="Candidatura",
        body="Gentile Marco,\n\nin allegato trova l'esercitazione tecnica da restituire compilata "
        "entro venerdì.\n\nAcme",
    ),
    status_row(
        "test_n1",
        Status.APPLIED,
        sender="Acme Careers <careers@acme.com>",
        subject="Your application",
        body="Hi Sam,\n\nThank you for completing the online assessment and for your application; "
        "our team will review everything and be in touch.\n\nAcme Careers",
    ),
    status_row(
        "test_n2",
        None,
        sender="Careers Hub <news@careershub.com>",
        subject="Ace your next test",
        body="Hi,\n\nJoin our free webinar on Thursday to learn how to prepare for psychometric "
        "tests - register via the link below.\n\nCareers Hub",
    ),
    status_row(
        "test_n3",
        Status.APPLIED,
        sender="Acme Careers <careers@acme.com>",
        subject="Your application",
        body="Hi Sam,\n\nThanks for applying for the Driver role. No test is needed for this role; "
        "we will review your licence details and be in touch.\n\nAcme Careers",
    ),
    status_row(
        "test_n4",
        Status.APPLIED,
        sender="Acme Careers <careers@acme.com>",
        subject="Your application",
        body="Hi Sam,\n\nThank you for applying to be a QA Tester. In this role you will test new "
        "releases and complete test plans before each launch.\n\nWe will review your "
        "application shortly.\n\nAcme Careers",
    ),
    status_row(
        "test_n5",
        Status.REJECTED,
        sender="Acme Careers <careers@acme.com>",
        subject="Your application",
        body="Hi Sam,\n\nThanks for taking our assessment. Unfortunately we have decided not to move "
        "forward with your application.\n\nAcme Careers",
    ),
]
FIRST_DAY_PARAPHRASES = [
    status_row(
        "offer_o1",
        Status.OFFER,
        sender="Acme <jobs@acme.com>",
        subject="Warehouse Operative",
        body="Hi Sam,\n\nGreat to speak earlier. Your first day will be Monday 12 January at 8am - "
        "report to the gatehouse and ask for Kev.\n\nAcme",
    ),
    status_row(
        "offer_o2",
        Status.OFFER,
        sender="Acme GmbH <jobs@acme.de>",
        subject="Lagerist",
        body="Hallo Herr Meyer,\n\nIhr erster Arbeitstag ist der 2. März; bitte bringen Sie "
        "Sicherheitsschuhe mit.\n\nAcme GmbH",
    ),
    status_row(
        "offer_o3",
        Status.OFFER,
        sender="Acme <rrhh@acme.es>",
        subject="Mozo de almacén",
        body="Hola Pablo,\n\nTu fecha de incorporación será el lunes 12 de enero a las 8:00.\n\nAcme",
    ),
    status_row(
        "offer_o4",
        Status.APPLIED,
        sender="Acme <jobs@acme.com>",
        subject="Your application for Warehouse Operative",
        body="Hi Sam,\n\nThanks for applying for the Warehouse Operative role. Please confirm your "
        "earliest start date by Monday so we can plan interviews.\n\nAcme",
    ),
]
REJECTION_PARAPHRASES = [
    status_row(
        "rej_r1",
        Status.REJECTED,
        sender="Acme <jobs@acme.com>",
        subject="Your application",
        body="Dear Sam,\n\nI'm writing to let you know that your application for the Data Analyst "
        "post has not been successful at this stage.\n\nRegards,\nAcme",
    ),
    status_row(
        "rej_r2",
        Status.REJECTED,
        sender="Acme <jobs@acme.com>",
        subject="Your application",
        body="Hi Sam,\n\nWe have reviewed your candidacy carefully and it will not be moving on to "
        "the next round of the process.\n\nAcme HR",
    ),
    status_row(
        "rej_r3",
        Status.REJECTED,
        sender="Acme <jobs@acme.com>",
        subject="Warehouse Operative",
        body="Hello,\n\nYou have not been shortlisted for the Warehouse Operative vacancy this time.\n\nAcme",
    ),
    status_row(
        "rej_r4",
        Status.REJECTED,
        sender="Acme <jobs@acme.com>",
        subject="Office Manager",
        body="Dear Sam,\n\nAfter review by the hiring manager, your application for Office Manager "
        "was not selected to go further in our recruitment process.\n\nAcme Talent",
    ),
    status_row(
        "rej_r5",
        Status.REJECTED,
        sender="Acme <jobs@acme.com>",
        subject="Your application",
        body="Dear Sam,\n\nWe regret to say that your profile has not been retained for further "
        "consideration for the Nurse role.\n\nAcme",
    ),
    status_row(
        "rej_r6",
        Status.REJECTED,
        sender="Acme GmbH <jobs@acme.de>",
        subject="Ihre Bewerbung",
        body="Sehr geehrter Herr Meyer,\n\nIhre Bewerbung als Lagerist wurde im Auswahlverfahren "
        "leider nicht weiter berücksichtigt.\n\nAcme GmbH",
    ),
    status_row(
        "rej_r7",
        Status.REJECTED,
        sender="Acme GmbH <jobs@acme.de>",
        subject="Ihre Bewerbung",
        body="Hallo Tim,\n\nmit deiner Bewerbung als Barista geht es für dich bei uns leider nicht "
        "weiter.\n\nDein Acme-Team",
    ),
    status_row(
        "rej_r8",
        Status.REJECTED,
        sender="Acme <rh@acme.fr>",
        subject="Votre candidature",
        body="Bonjour,\n\nVotre candidature au poste de comptable n'a pas été sélectionnée pour la "
        "phase suivante.\n\nAcme RH",
    ),
    status_row(
        "rej_r9",
        Status.REJECTED,
        sender="Acme <rh@acme.fr>",
        subject="Votre candidature",
        body="Bonjour Léa,\n\nNous avons le regret de vous informer que vous n'avez pas été "
        "présélectionnée pour ce poste.\n\nAcme",
    ),
    status_row(
        "rej_r10",
        Status.REJECTED,
        sender="Acme <rrhh@acme.es>",
        subject="Tu candidatura",
        body="Hola Ana,\n\nTu candidatura para el puesto de Administrativa no ha sido seleccionada "
        "para continuar en el proceso.\n\nAcme",
    ),
    status_row(
        "rej_r11",
        Status.REJECTED,
        sender="Acme <hr@acme.nl>",
        subject="Je sollicitatie",
        body="Beste Eva,\n\nJe sollicitatie voor de functie van Receptionist is helaas niet door "
        "naar de volgende ronde.\n\nAcme",
    ),
    status_row(
        "rej_r12",
        Status.REJECTED,
        sender="Acme <hr@acme.nl>",
        subject="Je sollicitatie",
        body="Beste Eva,\n\nWe hebben besloten dat je niet verder gaat in de selectieprocedure voor "
        "Kok.\n\nAcme",
    ),
    status_row(
        "rej_r13",
        Status.REJECTED,
        sender="Acme <rh@acme.pt>",
        subject="Candidatura",
        body="Olá Rui,\n\nA sua candidatura à vaga de Técnico não foi selecionada para avançar no "
        "processo.\n\nAcme",
    ),
    status_row(
        "rej_r14",
        Status.REJECTED,
        sender="Acme <hr@acme.it>",
        subject="Candidatura",
        body="Gentile Marco,\n\nla sua candidatura per il ruolo di Magazziniere non è stata ritenuta "
        "idonea a proseguire nella selezione.\n\nAcme",
    ),
    status_row(
        "rej_r15",
        Status.REJECTED,
        sender="Acme <hr@acme.it>",
        subject="Candidatura",
        body="Ciao Luca,\n\npurtroppo non sei stato scelto per passare alla fase successiva.\n\nAcme",
    ),
    status_row(
        "rej_r16",
        Status.REJECTED,
        sender="Acme <jobs@acme.com>",
        subject="Office role",
        body="Hi Sam,\n\nThe panel has decided your application won't progress any further this time "
        "round.\n\nAcme",
    ),
]
PARAPHRASE_MISREAD = {
    "test_t3": "'it stays open until Sunday': 'until' hedges the sentence (a receipt's timetable)",
    "test_t8": "the kind reads 'questionário' as a survey about a past step (the status reads assessment)",
    "test_n1": "the ASSESSMENT table's 'completing the online assessment' is read after 'thank you for'",
    "test_n4": "a tester's duties ('complete test plans') match the ASSESSMENT table",
    "offer_o4": "the interview shape reads 'confirm ... so we can plan interviews' as the reader's interview",
}
ROWS = BATCH_ONE_FIX + BATCH_ONE_HOLD


@pytest.mark.parametrize(
    ("mail", "status", "company", "title"), with_misreads(ROWS, BATCH_ONE_STATUS_MISREAD)
)
def test_a_fresh_mail_reads_as_its_status(mail, status, company, title):
    read = extract(**mail)
    assert (read.kind, read.status) == (Kind.APPLICATION, status), read


@pytest.mark.parametrize(
    ("mail", "status", "company", "title"),
    with_misreads(ROWS, BATCH_ONE_STATUS_MISREAD | BATCH_ONE_READING_MISREAD),
)
def test_a_fresh_mail_reads_whole(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


@pytest.mark.parametrize("mail", BATCH_ONE_HOLD_NOT_APPLICATIONS)
def test_a_webinar_on_tests_is_no_application(mail):
    assert extract(**mail).kind is not Kind.APPLICATION


@pytest.mark.parametrize(
    ("mail", "status"),
    with_misreads(TEST_PARAPHRASES + FIRST_DAY_PARAPHRASES + REJECTION_PARAPHRASES, PARAPHRASE_MISREAD),
)
def test_a_paraphrase_reads_as_its_status(mail, status):
    read = extract(**mail)
    if status is None:
        assert read.kind is not Kind.APPLICATION, read
    else:
        assert (read.kind, read.status) == (Kind.APPLICATION, status), read


@pytest.mark.parametrize(
    "sentence",
    [
        "please return the completed questionnaire by friday 12 december.",
        "could you sit a 20-minute excel test at our office on tuesday?",
        "bitte bearbeiten sie unseren online-test innerhalb von drei tagen.",
        "als volgende stap vragen we je een korte opdracht uit te werken.",
        "pedimos-lhe que responda ao questionário técnico no link abaixo até sexta-feira.",
    ],
)
def test_a_test_asked_of_the_reader_is_test_shaped(sentence):
    assert test_shape.is_test_shaped(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "thank you for completing the numerical test last week.",
        "no test is needed for this role, please send your licence by friday.",
        "please submit your timesheet for your assignment at meridian by monday.",
        "join our webinar on thursday: how to complete psychometric tests, link below.",
        "please complete our candidate experience survey questionnaire by friday.",
        "other candidates are still completing the assessment, so please bear with us until friday.",
    ],
)
def test_a_test_behind_negated_or_not_the_readers_is_not_test_shaped(sentence):
    assert not test_shape.is_test_shaped(sentence)


def test_a_test_named_then_asked_for_as_it():
    named = "before they meet anyone they ask every candidate to sit a 20-minute excel test at our office."
    assert test_shape.asks_to_do_it(named, " could you sit it on tuesday morning, say 9:30?")
    assert not test_shape.asks_to_do_it(named, " we will be in touch next week.")
