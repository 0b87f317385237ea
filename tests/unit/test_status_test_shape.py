"""Status of fresh mail in the eleventh session (invented mail, issue 14's status on real mail): a test asked
of the reader in wording no table holds, read from the sentence's shape (phrases/test_shape.py: the reader
or a request, a test's noun, an act of doing it or a deadline, "please return the questionnaire by
Friday", "el siguiente paso es una breve prueba"), the reader's first day dated ("Votre prise de poste est
prévue le 5 janvier"), the post offered by name ("on te propose le poste de chef de partie") and another
chosen by their trade ("le client a choisi un cariste qui avait déjà travaillé sur leur site"), a trial
shift as the meeting ("eine Probeschicht mitfahren") and a call pushed to another day. Each batch was
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
    "n_employer_verzet_gesprek": "APPLICANT_VOICE takes the employer's 'ik moet ons gesprek verzetten' "
    "for the applicant's "
    "(a shop's own domain, signed by its owner)",
    "f_employer_reporte_entretien": "APPLICANT_VOICE takes the employer's 'je dois reporter notre "
    "entretien' for the "
    "applicant's (a bakery writing from a free mailbox)",
    "e_printshop_owner_task_by_hand": "'have a go at a small job for us ... send it back': no test's noun "
    "(a job, a redesign)",
}
BATCH_ONE_READING_MISREAD = {
    "i_candidatura_non_selezionata": "the title is read as None (employers' and titles' reading)",
    "i_employer_sposta_colloquio": "the employer is read as 'Gino Bassi'; the title is read as None "
    "(employers' and titles' "
    "reading)",
    "d_arbeitsprobe_innerhalb_fuenf_tagen": "the employer is read as 'Kranich Werbung' (employers' and "
    "titles' reading)",
    "e_retail_manager_moved_interview": "the title is read as None (employers' and titles' reading)",
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
# The second batch, first look on main 83e07d4 (this session's test shape landed): FIX 7 of 19 wrong.
BATCH_TWO_FIX = [
    application_row(
        "i_universita_assegno_graduatoria",
        Status.OFFER,
        "Università di Trento",
        "Assegnista di ricerca",
        sender="Università di Trento - Ufficio Personale <personale@unitn.it>",
        subject="Esito selezione assegno di ricerca",
        body="Gentile dott.ssa Ferri,\n\nLe comunichiamo che è risultata vincitrice della selezione per "
        "l'assegno di ricerca in Ecologia. La presa di servizio è fissata per il 1° "
        "febbraio.\n\nUfficio Personale",
    ),
    application_row(
        "i_rifiuto_posizione_chiusa",
        Status.WITHDRAWN,
        "Studio Bellini",
        "Impiegata amministrativa",
        sender="Studio Bellini <info@studiobellini.it>",
        subject="Posizione impiegata amministrativa",
        body="Gentile Chiara,\n\nle scrivo per informarla che abbiamo deciso di non procedere più con "
        "l'assunzione per questa posizione: la ricerca è sospesa fino a nuovo "
        "avviso.\n\nCordiali saluti,\nAvv. Bellini",
    ),
    application_row(
        "s_consultora_prueba_ingles_telefono",
        Status.ASSESSMENT,
        "Tecnova Consulting",
        "Consultor SAP",
        sender="Marta Ruiz <marta.ruiz@tecnova.es>",
        subject="Consultor SAP - siguiente fase",
        body="Hola Jorge,\n\nEl siguiente paso es una breve prueba de nivel de inglés por teléfono con "
        "una de nuestras profesoras; te llamará el jueves entre las 10 y las 12.\n\nUn "
        "saludo,\nMarta",
    ),
    application_row(
        "n_hogeschool_proefcollege",
        Status.INTERVIEW,
        "Hogeschool Zeeland",
        "Docent Bedrijfskunde",
        sender="Hogeschool Zeeland <werkenbij@hz-zeeland.nl>",
        subject="Uitnodiging selectiedag Docent Bedrijfskunde",
        body="Beste Pieter,\n\nGraag nodigen wij je uit voor de selectiedag op donderdag 22 januari. Je "
        "verzorgt een proefcollege van 20 minuten, gevolgd door een gesprek met de commissie om "
        "11.00 uur.\n\nMet vriendelijke groet,\nHR Hogeschool Zeeland",
    ),
    application_row(
        "e_founder_take_home_no_rush",
        Status.ASSESSMENT,
        "Pebble Labs",
        "Frontend Engineer",
        sender="Dan Osei <dan@pebblelabs.dev>",
        subject="Re: Frontend Engineer",
        body="Hey Lina,\n\nLoved our chat. The next bit is a small take-home: build a tiny search page "
        "against our public API (spec in the repo below). No rush - anytime in the next week is "
        "fine, just reply with a GitHub link when you're "
        "done.\n\nhttps://github.com/pebblelabs/takehome\n\nDan",
    ),
    application_row(
        "d_stelle_nicht_besetzt_verfahren_eingestellt",
        Status.WITHDRAWN,
        "Landratsamt Oberau",
        "Sachbearbeiter",
        sender="Landratsamt Oberau <personal@lra-oberau.de>",
        subject="Stellenausschreibung Sachbearbeiter Bauamt",
        body="Sehr geehrter Herr Huber,\n\ndas Auswahlverfahren für die Stelle Sachbearbeiter im Bauamt "
        "wurde aus haushaltsrechtlichen Gründen eingestellt. Die Stelle wird vorerst nicht "
        "besetzt.\n\nMit freundlichen Grüßen\nLandratsamt Oberau, Personalstelle",
    ),
    application_row(
        "p_banco_assessment_online",
        Status.ASSESSMENT,
        "Banco Atlântida",
        "Analista de Crédito",
        sender="Recrutamento Banco Atlântida <recrutamento@bancoatlantida.pt>",
        subject="Processo de recrutamento - Analista de Crédito",
        body="Cara Beatriz,\n\nNo seguimento da sua candidatura, convidamo-la a realizar as provas de "
        "raciocínio numérico e verbal na nossa plataforma. Tem cinco dias para as "
        "concluir.\n\nEquipa de Recrutamento",
    ),
    application_row(
        "e_hotel_chain_application_withdrawn_on_request",
        Status.WITHDRAWN,
        "Aurelia Hotels",
        "Sous Chef",
        sender="Aurelia Hotels Careers <careers@aureliahotels.com>",
        subject="Your application has been withdrawn",
        body="Dear Marco,\n\nAs requested, we have withdrawn your application for the Sous Chef position "
        "at Aurelia Hotels Canary Wharf. You're welcome to apply for other roles at any "
        "time.\n\nAurelia Hotels Careers",
    ),
    application_row(
        "n_uitzendbureau_klant_kiest_ander",
        Status.REJECTED,
        "Van Os Logistiek",
        "Orderpicker",
        sender="Sanne | FlexWerk <sanne@flexwerk.nl>",
        subject="Orderpicker Van Os",
        body="Hoi Ahmed,\n\nVan Os heeft helaas gekozen voor een kandidaat die dichter bij het "
        "distributiecentrum woont. Ik hou je op de hoogte van nieuwe "
        "vacatures!\n\nGroetjes,\nSanne",
    ),
    application_row(
        "f_concours_epreuve_admissibilite",
        Status.ASSESSMENT,
        "Centre de gestion de la Sarthe",
        "Adjoint administratif",
        sender="CDG 72 Concours <concours@cdg72.fr>",
        subject="Convocation - épreuves écrites",
        body="Madame,\n\nVous êtes convoquée aux épreuves écrites d'admissibilité du concours d'adjoint "
        "administratif le jeudi 15 janvier à 8h30, salle des Fêtes du Mans. Munissez-vous de "
        "votre pièce d'identité.\n\nLe Président du Centre de gestion",
    ),
    application_row(
        "p_rejeicao_nao_avancar",
        Status.REJECTED,
        "Construtora Douro",
        "Engenheiro Civil",
        sender="Construtora Douro <rh@construtoradouro.pt>",
        subject="A sua candidatura",
        body="Caro Nuno,\n\nAgradecemos o seu interesse. Após análise, decidimos avançar com outros "
        "perfis cuja experiência em obra pública é mais próxima do que "
        "procuramos.\n\nCumprimentos,\nConstrutora Douro",
    ),
    application_row(
        "e_university_phd_offer_of_place",
        Status.OFFER,
        "University of Dunmore",
        "PhD Studentship in Marine Ecology",
        sender="Dunmore Doctoral College <doctoral@dunmore.ac.uk>",
        subject="PhD Studentship in Marine Ecology - decision",
        body="Dear Felix,\n\nFollowing your interview, I am delighted to offer you the fully funded PhD "
        "Studentship in Marine Ecology, starting 1 October. Your formal offer letter, with the "
        "stipend details, is attached.\n\nPlease accept or decline through the applicant portal "
        "by 20 December.\n\nDoctoral College",
    ),
    application_row(
        "f_restaurant_offre_cdi",
        Status.OFFER,
        "Brasserie du Port",
        "Chef de partie",
        sender="Brasserie du Port <contact@brasserieduport.fr>",
        subject="Poste de chef de partie",
        body="Bonjour Julien,\n\nAprès ta journée d'essai, toute l'équipe est d'accord : on te propose le "
        "poste de chef de partie en CDI, 39h, à partir du 2 février. On peut signer le contrat "
        "lundi si ça te va.\n\nSébastien",
    ),
    application_row(
        "n_online_assessment_herinnering",
        Status.ASSESSMENT,
        "Rijkswaterstaat",
        "Data-analist",
        sender="Rijkswaterstaat Werving <werving@rws-werken.nl>",
        subject="Herinnering: assessment Data-analist",
        body="Beste Mila,\n\nWe zien dat je de capaciteitentest voor de functie Data-analist nog niet "
        "hebt afgerond. Je kunt hem nog tot en met zondag 23.59 uur maken via je persoonlijke "
        "link.\n\nTeam Werving",
    ),
    application_row(
        "f_grande_ecole_entretien_deplace",
        Status.INTERVIEW,
        "Institut Polytechnique de Lorraine",
        "Ingénieur de recherche",
        sender="Service RH IPL <rh@ipl-lorraine.fr>",
        subject="Modification de votre entretien",
        body="Madame,\n\nEn raison d'une indisponibilité d'un membre du jury, votre entretien prévu le 8 "
        "janvier est déplacé au lundi 12 janvier à 10h, même salle.\n\nNous vous prions de nous "
        "excuser pour ce changement.\n\nService des ressources humaines",
    ),
    application_row(
        "f_agence_interim_mission_refusee_client",
        Status.REJECTED,
        "Logista Ouest",
        "Cariste",
        sender="Manon - Interim Plus <manon@interimplus.fr>",
        subject="Mission cariste Logista",
        body="Bonjour Kevin,\n\nLe client Logista Ouest a finalement choisi un cariste qui avait déjà "
        "travaillé sur leur site, donc ça ne se fera pas pour cette mission.\n\nJe reviens vers "
        "toi dès que j'ai autre chose.\n\nManon",
    ),
    application_row(
        "d_personaldienstleister_kunde_absage",
        Status.REJECTED,
        "Wendt Automotive",
        "Qualitätsprüfer",
        sender="Julia Kraus <j.kraus@personalpartner-sued.de>",
        subject="Rückmeldung Wendt Automotive",
        body="Hallo Herr Demir,\n\nich habe heute Rückmeldung von Wendt Automotive bekommen: Sie haben "
        "sich für einen Bewerber entschieden, der schon bei einem anderen Zulieferer als Prüfer "
        "gearbeitet hat.\n\nIch melde mich, sobald ich etwas Passendes habe.\n\nViele "
        "Grüße\nJulia Kraus",
    ),
    application_row(
        "e_council_receipt_with_test_description",
        Status.APPLIED,
        "Brackenshire County Council",
        "Planning Officer",
        sender="Brackenshire County Council <jobs@brackenshire.gov.uk>",
        subject="Thank you for your application - Planning Officer",
        body="Dear Applicant,\n\nThank you for applying for the role of Planning Officer. Shortlisted "
        "candidates will be asked to complete a written exercise on the day of interview.\n\nWe "
        "aim to let all applicants know the outcome within four weeks of the closing "
        "date.\n\nBrackenshire County Council",
    ),
]
# HOLD half: 6 of 19 wrong on main 83e07d4, 6 of 19 after the FIX half's mends.
BATCH_TWO_HOLD = [
    application_row(
        "s_rechazo_perfil_otro_momento",
        Status.REJECTED,
        "Viajes Albatros",
        "Agente de viajes",
        sender="Viajes Albatros RRHH <rrhh@viajesalbatros.es>",
        subject="Tu candidatura en Viajes Albatros",
        body="Hola Elena,\n\nGracias por participar en el proceso. Hemos valorado mucho tu perfil, pero "
        "en este momento nos decantamos por candidaturas con más experiencia en venta de "
        "cruceros.\n\nUn saludo,\nRRHH Viajes Albatros",
    ),
    application_row(
        "d_supermarkt_online_fragebogen",
        Status.ASSESSMENT,
        "Frischmarkt",
        "Verkäufer",
        sender="Frischmarkt Karriere <karriere@frischmarkt.de>",
        subject="Deine Bewerbung als Verkäufer (m/w/d)",
        body="Hallo Kevin,\n\ndanke für deine Bewerbung! Im nächsten Schritt füllst du bitte unseren "
        "kurzen Online-Fragebogen zu Arbeitszeiten und Situationen im Markt aus, der Link ist "
        "sieben Tage gültig.\n\nDein Frischmarkt-Team",
    ),
    application_row(
        "i_test_psicoattitudinale_link",
        Status.ASSESSMENT,
        "Supermercati Sole",
        "Addetto vendite",
        sender="Supermercati Sole Selezione <selezione@supersole.it>",
        subject="La tua candidatura - Addetto vendite",
        body="Ciao Sara,\n\ngrazie per esserti candidata. Come primo passo ti chiediamo di compilare il "
        "questionario psicoattitudinale online: ci vogliono circa 20 minuti e il link resta "
        "attivo fino a venerdì.\n\nTeam Selezione",
    ),
    application_row(
        "e_school_lesson_observation_invite",
        Status.INTERVIEW,
        "St Aidan's Primary School",
        "Class Teacher",
        sender="St Aidan's Primary School Office <office@staidans.sch.uk>",
        subject="Class Teacher (KS1) - shortlisting outcome",
        body="Dear Ms Rahman,\n\nI am pleased to let you know that you have been shortlisted for the post "
        "of Class Teacher. Interviews will take place on Wednesday 14 January; you will be "
        "asked to teach a 30-minute phonics lesson to Year 1 before your panel interview at "
        "1.30pm.\n\nYours sincerely,\nMrs J Okoro\nHeadteacher",
    ),
    application_row(
        "e_retailer_video_interview_live_teams",
        Status.INTERVIEW,
        "Halden Home",
        "Visual Merchandiser",
        sender="Halden Home Recruitment <recruitment@haldenhome.co.uk>",
        subject="Visual Merchandiser interview",
        body="Hi Zoe,\n\nYour interview with Priya, our regional VM lead, is booked for Monday 12 January "
        "at 10:00 over Microsoft Teams. The link is in the calendar invitation we have just "
        "sent.\n\nHalden Home Recruitment",
    ),
    application_row(
        "e_rejection_keep_on_file_no_decision_words",
        Status.REJECTED,
        "Marston Legal",
        "Paralegal",
        sender="Marston Legal Recruitment <recruitment@marstonlegal.co.uk>",
        subject="Paralegal application",
        body="Dear Aisha,\n\nThank you for your recent application for the Paralegal position. On this "
        "occasion your application has been unsuccessful.\n\nWe will retain your details for "
        "six months.\n\nMarston Legal",
    ),
    application_row(
        "s_cadena_hotelera_entrevista_grupal",
        Status.INTERVIEW,
        "Hoteles Marisol",
        "Camarero de pisos",
        sender="Hoteles Marisol Selección <seleccion@hotelesmarisol.es>",
        subject="Proceso de selección Camarero/a de pisos",
        body="Hola Rocío,\n\nTe confirmamos tu plaza en la dinámica de grupo del próximo martes 13 a las "
        "9:30 en el Hotel Marisol Playa. Trae el DNI y llega diez minutos antes.\n\nEquipo de "
        "Selección",
    ),
    application_row(
        "e_agency_client_went_internal",
        Status.REJECTED,
        "Coleridge Foods",
        "Production Planner",
        sender="Tom Bright <tom.bright@northgate-recruitment.co.uk>",
        subject="Production Planner - update",
        body="Hi Sarah,\n\nJust had feedback from Coleridge Foods on the Production Planner role - "
        "they've decided to promote someone from within the planning team, so they won't be "
        "taking any external candidates forward.\n\nSorry it's not better news, I'll keep you "
        "in mind for the next one.\n\nTom",
    ),
    application_row(
        "f_accuse_reception_plateforme",
        Status.APPLIED,
        "Groupe Hospitalier Loire",
        "Infirmier",
        sender="Groupe Hospitalier Loire <ne-pas-repondre@recrutement-ghl.fr>",
        subject="Accusé de réception de votre candidature",
        body="Bonjour,\n\nNous accusons réception de votre candidature au poste d'infirmier (H/F) en "
        "service de médecine. Elle sera étudiée avec attention par nos équipes.\n\nLa Direction "
        "des Ressources Humaines",
    ),
    application_row(
        "s_oferta_incorporacion_lunes",
        Status.OFFER,
        "Farmacia Central Ronda",
        "Auxiliar de farmacia",
        sender="Farmacia Central Ronda <farmacia@centralronda.es>",
        subject="Auxiliar de farmacia",
        body="Hola Lucía,\n\nNos gustó mucho la entrevista y queremos contar contigo como auxiliar de "
        "farmacia. ¿Podrías incorporarte el lunes 19? Te esperamos a las 9 para firmar el "
        "contrato.\n\nMaría José",
    ),
    application_row(
        "n_contract_aanbod_salaris",
        Status.OFFER,
        "Zorggroep Waterland",
        "Verpleegkundige",
        sender="Zorggroep Waterland <hr@zorggroepwaterland.nl>",
        subject="Jouw aanstelling",
        body="Beste Lotte,\n\nWat fijn dat je bij ons komt werken! In de bijlage vind je je "
        "arbeidsovereenkomst; je salaris bedraagt € 3.420 bruto per maand op basis van 32 "
        "uur.\n\nHartelijke groet,\nHR Zorggroep Waterland",
    ),
    application_row(
        "p_call_center_entrevista_remarcada",
        Status.INTERVIEW,
        "Contacta Serviços",
        "Operador de Call Center",
        sender="Contacta Serviços RH <rh@contacta.pt>",
        subject="Entrevista reagendada",
        body="Olá Tiago,\n\nPor motivos internos, tivemos de reagendar a sua entrevista para "
        "quinta-feira, 15 de janeiro, às 14h. Pedimos desculpa pelo incómodo.\n\nRH Contacta",
    ),
    application_row(
        "e_testvendor_reminder_hours_left",
        Status.ASSESSMENT,
        "Ostara Energy",
        "Graduate Trader",
        sender="Ostara Energy via Clevertest <reminders@clevertest.io>",
        subject="Reminder: your Ostara Energy assessment closes soon",
        body="Hello Arjun,\n\nYou have 48 hours left to finish the Graduate Trader numerical and logical "
        "reasoning battery that Ostara Energy sent you. Pick up where you left off here: "
        "https://clevertest.io/r/9q2\n\nClevertest Support",
    ),
    application_row(
        "d_zusage_vertrag_post",
        Status.OFFER,
        "Bäckerei Lindner",
        "Bäckereifachverkäuferin",
        sender="Bäckerei Lindner <info@baeckerei-lindner.de>",
        subject="Ihre Bewerbung",
        body="Liebe Frau Kaya,\n\nwir haben uns sehr über das Probearbeiten gefreut und möchten Sie gerne "
        "als Bäckereifachverkäuferin einstellen. Den Arbeitsvertrag schicken wir Ihnen diese "
        "Woche per Post.\n\nHerzliche Grüße\nFamilie Lindner",
    ),
    application_row(
        "e_recruiter_offer_verbal_then_paperwork",
        Status.OFFER,
        "Brennan Civil",
        "Site Engineer",
        sender="Kate Morgan <kate@keystone-talent.com>",
        subject="Brennan Civil - great news!",
        body="Hi Owen,\n\nBrennan Civil have come back and they want you for the Site Engineer job! "
        "They're offering £42,000 plus a van, and HR will send the contract over "
        "tomorrow.\n\nGive me a call when you can.\n\nKate",
    ),
    application_row(
        "e_charity_regret_other_applicant_experience",
        Status.REJECTED,
        "Riverside Food Bank",
        "Volunteer Coordinator",
        sender="Riverside Food Bank <hello@riversidefoodbank.org.uk>",
        subject="Volunteer Coordinator",
        body="Dear Michael,\n\nThank you for meeting with us on Tuesday. It was a close call, but the "
        "trustees have offered the post to someone with more experience of managing volunteers "
        "in a warehouse setting.\n\nWe really appreciated your time.\n\nAnne Price\nChair of "
        "Trustees",
    ),
    application_row(
        "i_agenzia_colloquio_cliente",
        Status.INTERVIEW,
        "Farmaceutici Adriatici",
        "Addetto al magazzino",
        sender="Giulia - LavoroSubito <giulia@lavorosubito.it>",
        subject="Colloquio Farmaceutici Adriatici",
        body="Ciao Davide,\n\nil cliente Farmaceutici Adriatici vorrebbe conoscerti mercoledì 14 alle "
        "10:30 nella sede di Ancona. Mi confermi che ci sei?\n\nGiulia",
    ),
    application_row(
        "e_vet_practice_shadow_day_not_test",
        Status.INTERVIEW,
        "Willowbank Vets",
        "Veterinary Nurse",
        sender="Harriet Cole <harriet@willowbankvets.co.uk>",
        subject="Veterinary Nurse - next step",
        body="Hi Georgia,\n\nThanks for your application, we'd love to get to know you. Would you be able "
        "to come in for a working interview next Thursday from 9 until 1? You'll spend the "
        "morning with our head nurse on the wards.\n\nBest wishes,\nHarriet\nPractice Manager, "
        "Willowbank Vets",
    ),
    application_row(
        "d_hochschule_probevortrag",
        Status.INTERVIEW,
        "Hochschule Rheinau",
        "Professur für Wirtschaftsinformatik",
        sender="Hochschule Rheinau Berufungsverfahren <berufungen@hs-rheinau.de>",
        subject="Berufungsverfahren Wirtschaftsinformatik",
        body="Sehr geehrte Frau Dr. Lang,\n\ndie Berufungskommission möchte Sie zu einem Probevortrag mit "
        "anschließendem Gespräch am Dienstag, dem 20. Januar, um 14 Uhr an die Hochschule "
        "einladen.\n\nMit freundlichen Grüßen\nDie Vorsitzende der Berufungskommission",
    ),
]
BATCH_TWO_FIX_NOT_APPLICATIONS = [
    pytest.param(
        dict(
            sender="Graduate Careers Weekly <newsletter@gradcareersweekly.com>",
            subject="5 ways to ace your online assessment",
            body="This "
            "week: five ways to ace your online assessment, plus the employers still hiring graduates in "
            "January. Read more on our site.",
        ),
        id="e_newsletter_assessment_tips",
    )
]
BATCH_TWO_STATUS_MISREAD = {
    "i_universita_assegno_graduatoria": "the kind: 'job words in a language no "
    "dev source holds' (an 'assegno di ricerca'); 'La presa di servizio è fissata per il 1° "
    "febbraio' names no reader, so no first day is read",
    "f_concours_epreuve_admissibilite": "the "
    "kind's job-word guard: 'an application, but nothing says it is for a job' (a concours; the "
    "status reads assessment)",
    "f_agence_interim_mission_refusee_client": "the "
    "kind: 'no job-search language' (an interim agency's 'mission'; the status reads rejected)",
    "s_rechazo_perfil_otro_momento": "'nos "
    "decantamos por candidaturas con más experiencia': 'decantarse' is no decision verb of the "
    "rejection shape",
    "e_recruiter_offer_verbal_then_paperwork": "'they "
    "want you for the Site Engineer job! They're offering £42,000': no offer shape holds a third "
    "party's offer of pay",
    "e_vet_practice_shadow_day_not_test": "'a "
    "working interview next Thursday from 9 until 1': 'until' hedges the sentence",
    "d_hochschule_probevortrag": "the "
    "kind's job-word guard: 'an application, but nothing says it is for a job' (a "
    "Berufungsverfahren; the status reads interview)",
}
BATCH_TWO_READING_MISREAD = {
    "s_cadena_hotelera_entrevista_grupal": "the title keeps the subject's inclusive 'Camarero/a de pisos' "
    "where the row has 'Camarero de pisos'",
    "i_rifiuto_posizione_chiusa": "the title is read as 'Posizione impiegata "
    "amministrativa' (employers' and titles' reading)",
    "s_consultora_prueba_ingles_telefono": "the "
    "employer is read as 'Tecnova' (employers' and titles' reading)",
    "n_hogeschool_proefcollege": "the "
    "title is read as 'Selectiedag Docent Bedrijfskunde' (employers' and titles' reading)",
    "e_hotel_chain_application_withdrawn_on_request": "the "
    "employer is read as 'Aurelia Hotels Canary Wharf' (employers' and titles' reading)",
    "n_uitzendbureau_klant_kiest_ander": "the "
    "employer is read as 'Sanne | FlexWerk'; the title is read as 'Orderpicker Van Os' (employers' "
    "and titles' reading)",
    "p_rejeicao_nao_avancar": "the title is read as None (employers' and titles' reading)",
    "e_university_phd_offer_of_place": "the "
    "employer is read as 'Doctoral College'; the title is read as None (employers' and titles' "
    "reading)",
    "n_online_assessment_herinnering": "the "
    "employer is read as 'Herinnering'; the title is read as 'Data-analist nog' (employers' and "
    "titles' reading)",
    "f_grande_ecole_entretien_deplace": "the "
    "employer is read as 'Service IPL'; the title is read as None (employers' and titles' reading)",
    "d_personaldienstleister_kunde_absage": "the title is read as None (employers' and titles' reading)",
    "e_school_lesson_observation_invite": "the "
    "employer is read as \"St Aidan's Primary School Office\" (employers' and titles' reading)",
    "n_contract_aanbod_salaris": "the title is read as None (employers' and titles' reading)",
    "p_call_center_entrevista_remarcada": "the title is read as None (employers' and titles' reading)",
    "e_testvendor_reminder_hours_left": "the title is read as None (employers' and titles' reading)",
    "i_agenzia_colloquio_cliente": "the "
    "employer is read as 'Giulia - LavoroSubito'; the title is read as None (employers' and titles' "
    "reading)",
}
BATCH_TWO_PARAPHRASES = [
    status_row(
        "next_step_en",
        Status.ASSESSMENT,
        sender="Acme <jobs@acme.com>",
        subject="Your application - Buyer",
        body="Hi "
        "Sam,\n\nThanks again for applying. What comes next is a written exercise on supplier "
        "negotiation, which we'll email over on Monday.\n\nAcme",
    ),
    status_row(
        "next_step_de",
        Status.ASSESSMENT,
        sender="Acme GmbH <jobs@acme.de>",
        subject="Ihre Bewerbung als Einkäufer",
        body="Hallo "
        "Herr Meyer,\n\nder nächste Schritt ist eine kurze Fallstudie zur Lieferantenauswahl, die "
        "wir Ihnen morgen zusenden.\n\nAcme GmbH",
    ),
    status_row(
        "next_step_it",
        Status.ASSESSMENT,
        sender="Acme <hr@acme.it>",
        subject="Candidatura Buyer",
        body="Gentile "
        "Marco,\n\nla fase successiva della selezione è una prova pratica di negoziazione con un "
        "nostro fornitore simulato.\n\nAcme",
    ),
    status_row(
        "test_day_en",
        Status.ASSESSMENT,
        sender="Acme <jobs@acme.com>",
        subject="Your application - Buyer",
        body="Dear "
        "Sam,\n\nYou are invited to sit the written numeracy test at our Leeds office on Tuesday 13 "
        "January at 9.30am.\n\nAcme HR",
    ),
    status_row(
        "test_day_es",
        Status.ASSESSMENT,
        sender="Acme <rrhh@acme.es>",
        subject="Tu candidatura - Comprador",
        body="Hola "
        "Ana,\n\nTe convocamos al examen teórico el miércoles 14 a las 10:00 en nuestras oficinas "
        "de Sevilla.\n\nAcme",
    ),
    status_row(
        "test_day_nl",
        Status.ASSESSMENT,
        sender="Acme <hr@acme.nl>",
        subject="Je sollicitatie - Inkoper",
        body="Beste "
        "Eva,\n\nJe bent van harte uitgenodigd voor de schriftelijke toets op donderdag 15 januari "
        "om 13.00 uur.\n\nAcme",
    ),
    status_row(
        "post_offered_de",
        Status.OFFER,
        sender="Acme GmbH <jobs@acme.de>",
        subject="Ihre Bewerbung als Einkäufer",
        body="Hallo "
        "Herr Meyer,\n\nnach den Gesprächen bieten wir Ihnen die Stelle als Einkäufer gerne zum 1. "
        "April an.\n\nAcme GmbH",
    ),
    status_row(
        "post_offered_es",
        Status.OFFER,
        sender="Acme <rrhh@acme.es>",
        subject="Tu candidatura - Comprador",
        body="Hola "
        "Ana,\n\nDespués de las entrevistas, te ofrecemos el puesto de compradora con incorporación "
        "en marzo.\n\nAcme",
    ),
    status_row(
        "post_offered_pt",
        Status.OFFER,
        sender="Acme <rh@acme.pt>",
        subject="Candidatura - Comprador",
        body="Olá "
        "Rui,\n\nDepois das entrevistas, temos o gosto de lhe oferecer a vaga de comprador na nossa "
        "equipa do Porto.\n\nAcme",
    ),
    status_row(
        "trade_en",
        Status.REJECTED,
        sender="Acme <jobs@acme.com>",
        subject="Your application - Buyer",
        body="Hi "
        "Sam,\n\nThe hiring manager has hired a buyer who already knows our suppliers, so we won't "
        "be taking things further.\n\nAcme",
    ),
    status_row(
        "trade_de",
        Status.REJECTED,
        sender="Acme GmbH <jobs@acme.de>",
        subject="Ihre Bewerbung als Einkäufer",
        body="Hallo "
        "Herr Meyer,\n\nwir haben eine Einkäuferin eingestellt, die bereits in unserer Branche "
        "gearbeitet hat.\n\nAcme GmbH",
    ),
    status_row(
        "trade_it",
        Status.REJECTED,
        sender="Acme <hr@acme.it>",
        subject="Candidatura Buyer",
        body="Gentile Marco,\n\nabbiamo scelto un buyer che ha già lavorato con i nostri fornitori.\n\nAcme",
    ),
    status_row(
        "look_offer_un_poste",
        None,
        sender="Claire Dupont <claire@talentcab.fr>",
        subject="Opportunité",
        body="Bonjour,\n\nJe "
        "suis consultante chez TalentCab et je vous propose un poste de responsable achats chez "
        "l'un de nos clients. Seriez-vous ouvert à un échange ?\n\nClaire",
    ),
    status_row(
        "look_next_step_interview",
        Status.INTERVIEW,
        sender="Acme <jobs@acme.com>",
        subject="Your application - Buyer",
        body="Hi "
        "Sam,\n\nThanks for completing the test. The next step is an interview with our head of "
        "buying on Thursday at 2pm.\n\nAcme",
    ),
]

# The third batch, first look on main 48761fc (both commits of this session in): FIX 7 of 15 wrong.
BATCH_THREE_FIX = [
    application_row(
        "n_gemeente_afwijzing_brief",
        Status.REJECTED,
        "Gemeente Deventer",
        "Adviseur Ruimte",
        sender="Gemeente Deventer <werkenbij@deventer.nl>",
        subject="Reactie op je sollicitatie",
        body="Beste Joris,\n\nDe selectiecommissie heeft alle brieven zorgvuldig gelezen. Jouw "
        "sollicitatie is niet geselecteerd voor een eerste gesprek.\n\nMet vriendelijke "
        "groet,\nTeam Werving & Selectie",
    ),
    application_row(
        "i_cantina_sociale_prova_cucina",
        Status.ASSESSMENT,
        "Cantina Sociale Valpolicella",
        "Cuoco",
        sender="Cantina Sociale Valpolicella <personale@cantinavalpo.it>",
        subject="Selezione cuoco",
        body="Buongiorno Matteo,\n\nLe proponiamo una prova in cucina sabato 17 gennaio alle 9:00: dovrà "
        "preparare un primo e un secondo a sua scelta.\n\nCordiali saluti,\nUfficio Personale",
    ),
    application_row(
        "s_bodega_prueba_cata",
        Status.ASSESSMENT,
        "Bodegas Valdeluz",
        "Sumiller",
        sender="Bodegas Valdeluz <rrhh@valdeluz.es>",
        subject="Proceso Sumiller",
        body="Hola Javier,\n\nPara la siguiente fase te proponemos una cata a ciegas de seis vinos en la "
        "bodega el jueves 15 a las 17:00; tendrás que redactar una ficha de cata de cada "
        "uno.\n\nUn saludo,\nRRHH Bodegas Valdeluz",
    ),
    application_row(
        "n_dierenarts_meeloopdag",
        Status.INTERVIEW,
        "Dierenkliniek Het Anker",
        "Dierenartsassistent",
        sender="Dierenkliniek Het Anker <info@hetanker-dierenkliniek.nl>",
        subject="Je sollicitatie",
        body="Hoi Noor,\n\nLeuk dat je hebt gesolliciteerd! Zou je een ochtend willen komen meelopen, "
        "bijvoorbeeld dinsdag 13 januari van 8.30 tot 12.00? Dan maken we daarna even tijd voor "
        "een gesprek.\n\nGroet,\nMarieke",
    ),
    application_row(
        "e_ski_school_offer_season",
        Status.OFFER,
        "Alpine Ascent Ski School",
        "Ski Instructor",
        sender="Alpine Ascent Ski School <staff@alpineascent.ch>",
        subject="Winter season 2026/27",
        body="Hi Max,\n\nGreat news - we'd like you on the team for the winter season as a ski "
        "instructor. You'll start on 12 December with our staff training week in "
        "Verbier.\n\nCheers,\nAnna",
    ),
    application_row(
        "e_museum_curator_interview_online_panel",
        Status.INTERVIEW,
        "Northern Museum of Textiles",
        "Assistant Curator",
        sender="Rebecca Lowe <r.lowe@nmtextiles.org>",
        subject="Assistant Curator interview",
        body="Dear Omar,\n\nThe panel would like to talk with you about the Assistant Curator post. Could "
        "you let me know which of these suits: Tuesday 20th at 11am or Wednesday 21st at 3pm? "
        "It will be on Zoom and last around 45 minutes.\n\nRebecca",
    ),
    application_row(
        "f_assurance_test_en_ligne_relance",
        Status.ASSESSMENT,
        "Mutuelle du Rhône",
        "Conseiller clientèle",
        sender="Mutuelle du Rhône Recrutement <recrutement@mutuelle-rhone.fr>",
        subject="Relance : votre test en ligne",
        body="Bonjour Camille,\n\nSauf erreur de notre part, vous n'avez pas encore complété le test de "
        "personnalité envoyé la semaine dernière. Il reste accessible jusqu'à dimanche "
        "soir.\n\nL'équipe Recrutement",
    ),
    application_row(
        "e_publisher_reschedule_call_employer",
        Status.INTERVIEW,
        "Fernleaf Books",
        "Editorial Assistant",
        sender="Tom Aldridge <tom@fernleafbooks.co.uk>",
        subject="Our call tomorrow",
        body="Hi Priya,\n\nI'm so sorry - I've been pulled into a sales meeting tomorrow afternoon. Could "
        "we push our call to Friday morning instead, say 10:30?\n\nTom\nFernleaf Books",
    ),
    application_row(
        "f_candidature_classee_sans_suite",
        Status.REJECTED,
        "Banque Lorraine",
        "Analyste crédit",
        sender="Banque Lorraine <recrutement@banque-lorraine.fr>",
        subject="Votre candidature - Analyste crédit",
        body="Madame,\n\nNous vous informons que votre candidature a été classée sans suite.\n\nNous vous "
        "remercions de l'intérêt porté à notre établissement.\n\nDirection des Ressources "
        "Humaines",
    ),
    application_row(
        "d_polizei_sporttest_termin",
        Status.ASSESSMENT,
        "Polizei Niedersachsen",
        "Polizeikommissaranwärter",
        sender="Polizei Niedersachsen Einstellungsberatung <bewerbung@polizei-nds.de>",
        subject="Einladung zum Auswahlverfahren",
        body="Sehr geehrter Herr Schmidt,\n\nSie sind zum Auswahlverfahren zugelassen. Der schriftliche "
        "Eignungstest und der Sporttest finden am 3. Februar in Hann. Münden statt; bitte "
        "melden Sie sich um 7:30 Uhr an der Pforte.\n\nIhre Einstellungsberatung",
    ),
    application_row(
        "d_fahrradkurier_probeschicht",
        Status.INTERVIEW,
        "Kurierwerk Leipzig",
        "Fahrradkurier",
        sender="Kurierwerk Leipzig <team@kurierwerk.de>",
        subject="Probeschicht",
        body="Hey Lukas,\n\ncool, dass du bei uns fahren willst! Hast du Lust, am Freitag ab 10 Uhr eine "
        "Probeschicht mitzufahren? Danach quatschen wir kurz im Büro.\n\nGruß\nMia",
    ),
    application_row(
        "i_startup_colloquio_spostato",
        Status.INTERVIEW,
        "Pixelnest",
        "UX Designer",
        sender="Chiara Rossi <chiara@pixelnest.it>",
        subject="Colloquio di domani",
        body="Ciao Giulia,\n\nmi è saltato un impegno: riusciamo a spostare il nostro colloquio a giovedì "
        "alle 16? Stesso link di Meet.\n\nChiara",
    ),
    application_row(
        "s_startup_no_seguimos",
        Status.REJECTED,
        "Flota App",
        "Backend Developer",
        sender="Irene de Flota <irene@flota.app>",
        subject="Backend Developer",
        body="Hola Dani,\n\nGracias por la prueba técnica, nos gustó el enfoque. Aun así, hemos decidido "
        "no seguir adelante contigo porque buscamos a alguien con más experiencia en Go.\n\nUn "
        "abrazo,\nIrene",
    ),
    application_row(
        "p_restaurante_periodo_experiencia",
        Status.OFFER,
        "Restaurante Tasca Velha",
        "Cozinheiro",
        sender="Tasca Velha <geral@tascavelha.pt>",
        subject="Cozinheiro",
        body="Olá Pedro,\n\nGostámos muito do teu dia à experiência. Queremos ficar contigo: podes "
        "começar na segunda-feira, dia 12, às 10h.\n\nAbraço,\nChef Rui",
    ),
    application_row(
        "s_ayuntamiento_lista_admitidos",
        Status.APPLIED,
        "Ayuntamiento de Tudela",
        "Auxiliar administrativo",
        sender="Ayuntamiento de Tudela <personal@tudela.es>",
        subject="Solicitud recibida - Auxiliar administrativo",
        body="Estimado/a aspirante:\n\nHemos recibido correctamente su solicitud para la plaza de "
        "Auxiliar administrativo. La lista provisional de admitidos se publicará en el tablón "
        "de anuncios.\n\nAyuntamiento de Tudela",
    ),
]
# HOLD half: 9 of 15 wrong on main 48761fc, 9 of 15 after the FIX half's mends.
BATCH_THREE_HOLD = [
    application_row(
        "f_theatre_regisseur_entretien_reporte",
        Status.INTERVIEW,
        "Théâtre du Levant",
        "Régisseur lumière",
        sender="Paul Girard <p.girard@theatredulevant.fr>",
        subject="Notre rendez-vous",
        body="Bonjour Nathan,\n\nune répétition a été ajoutée jeudi, je suis obligé de décaler notre "
        "rendez-vous. Est-ce que vendredi 14h vous irait ?\n\nPaul Girard\nDirecteur technique",
    ),
    application_row(
        "d_verlag_lektoratsprobe",
        Status.ASSESSMENT,
        "Lindenblatt Verlag",
        "Volontariat Lektorat",
        sender="Lindenblatt Verlag <bewerbung@lindenblatt-verlag.de>",
        subject="Ihre Bewerbung für das Volontariat",
        body="Liebe Frau Berger,\n\nals nächsten Schritt senden wir Ihnen eine Lektoratsprobe: Bitte "
        "redigieren Sie das beigefügte Kapitel und schicken Sie es uns bis Montag, 19. Januar, "
        "zurück.\n\nHerzliche Grüße\nLindenblatt Verlag",
    ),
    application_row(
        "e_football_club_offer_analyst",
        Status.OFFER,
        "Ashby Rovers FC",
        "Performance Analyst",
        sender="Ashby Rovers FC <recruitment@ashbyrovers.co.uk>",
        subject="Performance Analyst - offer",
        body="Hi Ben,\n\nThe manager was really impressed and we're delighted to confirm that the "
        "Performance Analyst role is yours. Your offer pack, including your salary of £34,000, "
        "is attached.\n\nAshby Rovers FC",
    ),
    application_row(
        "p_ong_nao_selecionada",
        Status.REJECTED,
        "Associação Mar Limpo",
        "Técnica de Projeto",
        sender="Associação Mar Limpo <geral@marlimpo.org>",
        subject="Candidatura Técnica de Projeto",
        body="Cara Sofia,\n\nObrigada pela entrevista. Infelizmente a direção optou por outra candidata, "
        "que já trabalhou connosco como voluntária.\n\nUm abraço,\nMarta",
    ),
    application_row(
        "d_klinik_labor_absage_andere",
        Status.REJECTED,
        "Klinikum Nordstadt",
        "MTLA",
        sender="Klinikum Nordstadt Personalabteilung <bewerbung@klinikum-nordstadt.de>",
        subject="Ihre Bewerbung als MTLA",
        body="Sehr geehrte Frau Wolf,\n\nwir danken Ihnen für das freundliche Gespräch. Nach reiflicher "
        "Überlegung haben wir die Stelle einer Bewerberin angeboten, deren Erfahrung in der "
        "Mikrobiologie besser zu unserem Labor passt.\n\nMit freundlichen Grüßen\nKlinikum "
        "Nordstadt",
    ),
    application_row(
        "e_translation_agency_test_translation",
        Status.ASSESSMENT,
        "Lingua Bridge",
        "Freelance Translator",
        sender="Lingua Bridge Vendor Team <vendors@linguabridge.com>",
        subject="Test translation - French to English",
        body="Dear Claire,\n\nThank you for registering your interest in working with us. Attached is our "
        "300-word test translation; kindly return it by 5pm UK time on Thursday.\n\nLingua "
        "Bridge Vendor Management",
    ),
    application_row(
        "p_consultora_teste_tecnico_agendado",
        Status.ASSESSMENT,
        "Nexo Consulting",
        "Programador Java",
        sender="Nexo Consulting Talent <talent@nexoconsulting.pt>",
        subject="Teste técnico agendado",
        body="Olá Inês,\n\nO seu teste técnico de Java ficou agendado para terça-feira, 13 de janeiro, às "
        "15h, por videochamada; terá 90 minutos para resolver os exercícios.\n\nEquipa Talent",
    ),
    application_row(
        "i_biblioteca_graduatoria_non_ammessa",
        Status.REJECTED,
        "Comune di Bergamo",
        "Bibliotecario",
        sender="Comune di Bergamo - Concorsi <concorsi@comune.bergamo.it>",
        subject="Esito prova scritta",
        body="Gentile candidata,\n\nla informiamo che non ha superato la prova scritta del concorso per "
        "Bibliotecario e pertanto non è ammessa alla prova orale.\n\nUfficio Concorsi",
    ),
    application_row(
        "e_ngo_rejection_close_second",
        Status.REJECTED,
        "Bright Futures Trust",
        "Fundraising Officer",
        sender="Bright Futures Trust <jobs@brightfutures.org>",
        subject="Fundraising Officer",
        body="Dear Hannah,\n\nThank you for your time last week. You were a very close second, but the "
        "panel felt another candidate's experience of major donors was a better fit for where "
        "we are.\n\nBest wishes,\nLiz Carter, Director",
    ),
    application_row(
        "e_cleaning_company_receipt",
        Status.APPLIED,
        "Sparkle Facilities",
        "Cleaning Supervisor",
        sender="Sparkle Facilities <jobs@sparklefm.co.uk>",
        subject="We've got your application",
        body="Hi Dean,\n\nThanks for applying to be a Cleaning Supervisor with Sparkle Facilities. Our "
        "team will look over your details and get back to you within 10 working "
        "days.\n\nSparkle Facilities",
    ),
    application_row(
        "e_airline_cabin_crew_not_progressing",
        Status.REJECTED,
        "Skylark Airways",
        "Cabin Crew",
        sender="Skylark Airways Careers <noreply@skylarkcareers.com>",
        subject="Your Skylark Airways application",
        body="Hi Jade,\n\nThank you for attending our cabin crew assessment day. Having reviewed "
        "everyone's performance, we won't be inviting you to the final interview stage on this "
        "occasion.\n\nSkylark Airways Recruitment",
    ),
    application_row(
        "n_scheepvaart_aanbod",
        Status.OFFER,
        "Rederij Noordzee",
        "Stuurman",
        sender="Rederij Noordzee <crewing@rederijnoordzee.nl>",
        subject="Aanbod stuurman",
        body="Beste Sven,\n\nWe bieden je graag de functie van tweede stuurman aan op de MV Waddenzee, "
        "per 1 maart. Het contract sturen we je volgende week toe.\n\nCrewing Rederij Noordzee",
    ),
    application_row(
        "f_fleuriste_embauche",
        Status.OFFER,
        "Atelier Pétales",
        "Fleuriste",
        sender="Atelier Pétales <bonjour@atelier-petales.fr>",
        subject="Ton poste à l'atelier",
        body="Coucou Emma,\n\nC'est validé de notre côté : tu commences chez nous le 6 janvier en CDD de "
        "six mois ! Je prépare le contrat cette semaine.\n\nÀ très vite,\nLéa",
    ),
    application_row(
        "e_zoo_keeper_practical_task_day",
        Status.ASSESSMENT,
        "Highmoor Zoo",
        "Animal Keeper",
        sender="Highmoor Zoo HR <hr@highmoorzoo.org.uk>",
        subject="Animal Keeper - practical assessment",
        body="Dear Callum,\n\nWe would like you to attend a practical assessment at the zoo on Saturday "
        "17 January at 8am, where you will complete a series of husbandry tasks alongside our "
        "senior keepers. Please wear sturdy boots.\n\nHighmoor Zoo HR",
    ),
    application_row(
        "e_railway_vacancy_closed_early",
        Status.WITHDRAWN,
        "Midshires Rail",
        "Station Assistant",
        sender="Midshires Rail Recruitment <careers@midshiresrail.co.uk>",
        subject="Station Assistant vacancy update",
        body="Dear Applicant,\n\nWe are writing to let you know that the Station Assistant vacancy at "
        "Derby has been withdrawn following a review of staffing levels. All applications will "
        "be closed.\n\nMidshires Rail",
    ),
]
BATCH_THREE_STATUS_MISREAD = {
    "s_bodega_prueba_cata": "'una cata a ciegas' is no test noun of the test "
    "shape, and the kind finds no job-search language",
    "e_publisher_reschedule_call_employer": "the "
    "kind's job-word guard: 'an application, but nothing says it is for a job' (the status reads "
    "interview: 'push our call to Friday')",
    "d_fahrradkurier_probeschicht": "the "
    "kind's job-word guard: 'an application, but nothing says it is for a job' (the status reads "
    "interview: 'eine Probeschicht mitzufahren')",
    "f_theatre_regisseur_entretien_reporte": "the "
    "kind's job-word guard: 'an application, but nothing says it is for a job' (the status reads "
    "interview: 'décaler notre rendez-vous')",
    "d_verlag_lektoratsprobe": "'Lektoratsprobe' "
    "is no test noun of the test shape (its compounds' first parts are listed)",
    "p_ong_nao_selecionada": "the "
    "kind's job-word guard: 'an application, but nothing says it is for a job' (the status reads "
    "rejected: 'optou por outra candidata')",
    "d_klinik_labor_absage_andere": "'haben "
    "wir die Stelle einer Bewerberin angeboten, deren Erfahrung ... besser passt': the dative "
    "'einer' and 'angeboten' are not in the rejection shape",
    "e_translation_agency_test_translation": "the "
    "kind reads 'registering your interest' as a portal account (the status reads assessment)",
    "p_consultora_teste_tecnico_agendado": "'O "
    "seu teste técnico ... ficou agendado ... por videochamada': the interview shape's video call "
    "outranks the test",
    "f_fleuriste_embauche": "the "
    "kind: 'job words in a language no dev source holds'; 'tu commences chez nous le 6 janvier en "
    "CDD' is no offer shape",
}
BATCH_THREE_READING_MISREAD = {
    "n_gemeente_afwijzing_brief": "the title is read as None (employers' and titles' reading)",
    "n_dierenarts_meeloopdag": "the title is read as None (employers' and titles' reading)",
    "e_ski_school_offer_season": "the title is read as None (employers' and titles' reading)",
    "n_scheepvaart_aanbod": "the title is read as None: 'de functie van tweede stuurman' ends on 'aan op "
    "de MV Waddenzee' (employers' and titles' reading)",
    "e_museum_curator_interview_online_panel": "the "
    "employer is read as 'Nmtextiles' (employers' and titles' reading)",
    "f_assurance_test_en_ligne_relance": "the title is read as None (employers' and titles' reading)",
    "d_polizei_sporttest_termin": "the "
    "employer is read as 'Polizei Niedersachsen Einstellungsberatung'; the title is read as None "
    "(employers' and titles' reading)",
    "i_startup_colloquio_spostato": "the title is read as None (employers' and titles' reading)",
    "s_startup_no_seguimos": "the employer is read as 'Irene de Flota' (employers' and titles' reading)",
    "p_restaurante_periodo_experiencia": "the "
    "employer is read as 'Tasca Velha' (employers' and titles' reading)",
    "e_airline_cabin_crew_not_progressing": "the title is read as None (employers' and titles' reading)",
    "e_zoo_keeper_practical_task_day": "the title is read as None (employers' and titles' reading)",
}
BATCH_THREE_PARAPHRASES = [
    status_row(
        "trial_shift_en",
        Status.INTERVIEW,
        sender="Acme <jobs@acme.com>",
        subject="Your application - Barista",
        body="Hi "
        "Sam,\n\nThanks for applying for the barista job. Could you come in for a trial shift on "
        "Saturday from 8 to 12?\n\nAcme Coffee",
    ),
    status_row(
        "trial_shift_fr",
        Status.INTERVIEW,
        sender="Acme <rh@acme.fr>",
        subject="Votre candidature - Serveur",
        body="Bonjour "
        "Léo,\n\nMerci pour votre candidature. Pouvez-vous venir faire une journée d'immersion en "
        "salle mardi à 11h ?\n\nAcme",
    ),
    status_row(
        "trial_shift_es",
        Status.ASSESSMENT,
        sender="Acme <rrhh@acme.es>",
        subject="Tu candidatura - Camarero",
        body="Hola "
        "Pablo,\n\nGracias por tu candidatura. ¿Te vendría bien un día de prueba en el restaurante "
        "el sábado a las 12?\n\nAcme",
    ),
    status_row(
        "push_call_en",
        Status.INTERVIEW,
        sender="Jo Park <jo@acme.com>",
        subject="Re: Analyst role",
        body="Hi "
        "Sam,\n\nApologies, something urgent came up - can we shift our interview to Monday at "
        "2pm?\n\nJo\nAcme",
    ),
    status_row(
        "push_call_en2",
        Status.INTERVIEW,
        sender="Jo Park <jo@acme.com>",
        subject="Re: Analyst role",
        body="Hi "
        "Sam,\n\nWould you mind if we pushed the call back to Thursday at 4pm? My flight got "
        "moved.\n\nJo\nAcme",
    ),
    status_row(
        "proposed_test_fr",
        Status.ASSESSMENT,
        sender="Acme <rh@acme.fr>",
        subject="Votre candidature - Comptable",
        body="Bonjour "
        "Léa,\n\nNous vous proposons un test de comptabilité dans nos locaux le mardi 13 janvier à "
        "10h.\n\nAcme RH",
    ),
    status_row(
        "proposed_test_pt",
        Status.ASSESSMENT,
        sender="Acme <rh@acme.pt>",
        subject="Candidatura - Contabilista",
        body="Olá "
        "Rui,\n\nPropomos-lhe uma prova prática de contabilidade na quarta-feira, dia 14, às "
        "10h.\n\nAcme",
    ),
    status_row(
        "proposed_test_it",
        Status.ASSESSMENT,
        sender="Acme <hr@acme.it>",
        subject="Candidatura Contabile",
        body="Gentile "
        "Marco,\n\nLe proponiamo un test di contabilità presso la nostra sede martedì alle "
        "10.\n\nAcme",
    ),
    status_row(
        "someone_more_es",
        Status.REJECTED,
        sender="Acme <rrhh@acme.es>",
        subject="Tu candidatura - Comprador",
        body="Hola "
        "Ana,\n\nHemos decidido contratar a alguien con más años en el sector, así que no "
        "seguiremos con tu candidatura.\n\nAcme",
    ),
    status_row(
        "someone_more_it",
        Status.REJECTED,
        sender="Acme <hr@acme.it>",
        subject="Candidatura Buyer",
        body="Gentile Marco,\n\nabbiamo scelto qualcuno con più esperienza nel settore alimentare.\n\nAcme",
    ),
    status_row(
        "someone_more_fr",
        Status.REJECTED,
        sender="Acme <rh@acme.fr>",
        subject="Votre candidature",
        body="Bonjour "
        "Léa,\n\nNous avons retenu quelqu'un avec plus d'expérience en audit pour ce poste.\n\nAcme "
        "RH",
    ),
    status_row(
        "look_trial_offer",
        Status.OFFER,
        sender="Acme <jobs@acme.com>",
        subject="Barista",
        body="Hi "
        "Sam,\n\nThanks for the trial shift on Saturday - we'd love you to join the team, starting "
        "Monday.\n\nAcme Coffee",
    ),
]
# The brief's 'not considered further' (its class 2), added after batch 1's HOLD half was read: its HOLD row
# e_rejection_wont_consider_further reads since (the HOLD figure in docs/accuracy.md is the one before).
CONSIDERED_FURTHER_PARAPHRASES = [
    status_row(
        "consider_1",
        Status.REJECTED,
        sender="Acme <jobs@acme.com>",
        subject="Buyer",
        body="Hi "
        "Sam,\n\nAfter reviewing all applications we will not consider your application further for "
        "the Buyer role.\n\nAcme",
    ),
    status_row(
        "consider_2",
        Status.REJECTED,
        sender="Acme <jobs@acme.com>",
        subject="Buyer",
        body="Dear "
        "Sam,\n\nI'm writing to confirm that your candidacy won't be considered any further in this "
        "recruitment.\n\nAcme HR",
    ),
    status_row(
        "consider_3",
        Status.REJECTED,
        sender="Acme <jobs@acme.com>",
        subject="Buyer",
        body="Dear Sam,\n\nWe are not able to consider you further for this vacancy.\n\nAcme HR",
    ),
    status_row(
        "look_consider",
        Status.APPLIED,
        sender="Acme <jobs@acme.com>",
        subject="Your application - Buyer",
        body="Dear "
        "Sam,\n\nThank you for applying. We will consider your application further once the closing "
        "date has passed.\n\nAcme HR",
    ),
]
PARAPHRASE_MISREAD = {
    "test_t3": "'it stays open until Sunday': 'until' hedges the sentence (a receipt's timetable)",
    "test_n1": "the ASSESSMENT table's 'completing the online assessment' is read after 'thank you for'",
    "test_n4": "a tester's duties ('complete test plans') match the ASSESSMENT table",
    "offer_o4": "the interview shape reads 'confirm ... so we can plan interviews' as the reader's interview",
}
ROWS = BATCH_ONE_FIX + BATCH_ONE_HOLD + BATCH_TWO_FIX + BATCH_TWO_HOLD + BATCH_THREE_FIX + BATCH_THREE_HOLD
STATUS_MISREAD = BATCH_ONE_STATUS_MISREAD | BATCH_TWO_STATUS_MISREAD | BATCH_THREE_STATUS_MISREAD
READING_MISREAD = BATCH_ONE_READING_MISREAD | BATCH_TWO_READING_MISREAD | BATCH_THREE_READING_MISREAD


@pytest.mark.parametrize(("mail", "status", "company", "title"), with_misreads(ROWS, STATUS_MISREAD))
def test_a_fresh_mail_reads_as_its_status(mail, status, company, title):
    read = extract(**mail)
    assert (read.kind, read.status) == (Kind.APPLICATION, status), read


@pytest.mark.parametrize(
    ("mail", "status", "company", "title"),
    with_misreads(ROWS, STATUS_MISREAD | READING_MISREAD),
)
def test_a_fresh_mail_reads_whole(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


@pytest.mark.parametrize("mail", BATCH_ONE_HOLD_NOT_APPLICATIONS + BATCH_TWO_FIX_NOT_APPLICATIONS)
def test_advice_on_tests_is_no_application(mail):
    assert extract(**mail).kind is not Kind.APPLICATION


@pytest.mark.parametrize(
    ("mail", "status"),
    with_misreads(
        TEST_PARAPHRASES
        + FIRST_DAY_PARAPHRASES
        + REJECTION_PARAPHRASES
        + BATCH_TWO_PARAPHRASES
        + BATCH_THREE_PARAPHRASES
        + CONSIDERED_FURTHER_PARAPHRASES,
        PARAPHRASE_MISREAD,
    ),
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
