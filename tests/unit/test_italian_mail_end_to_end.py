"""Italian job-search mail end to end (invented mail): the status, employer and post an employer, an agency
or a board writes, and the kind of the mail around a search that is no application.

A post keeps a dash of its own after the post's noun ("la posizione di Stage - Marketing Digitale") and ends
at a step's day ("... il giorno 22 novembre", "... entro venerdì"); a contract offered "come" a post names
it; Italy's trades name a post though no other word says so ("Candidatura Installatore Fotovoltaico"); an
agency writing "per conto di" a firm, or of "la nostra azienda cliente" X, relays X's step; a hire called
off ("non procedere più con l'inserimento") is a withdrawal; "la lettera d'offerta" is an offer. A public
body's impersonal "si comunica che" is news, no Spanish "if"; a recorded "videointervista" is a test; an
Italian town's province after it ("Bologna BO") is a place. A legal form is shown as elsewhere: left off
where the sender's domain spells the name without it.
"""

import pytest

from tests.extraction_support import application_row as row
from tests.extraction_support import assert_reads_application, extract
from tests.extraction_support import not_application_of_kind as not_application
from tracker.models import Kind, Status

MAIL = [
    row(
        "a_posts_own_dash_after_the_posts_noun",
        Status.APPLIED,
        "Zafferano Dolciaria S.r.l.",
        "Stage - Marketing Digitale",
        sender="Lavora con noi <noreply@zafferanodolciaria.it>",
        subject="Grazie per esserti candidata",
        body="Ciao Sara,\ngrazie per esserti candidata alla posizione di Stage – Marketing Digitale presso "
        "Zafferano Dolciaria S.r.l.\nValuteremo il tuo profilo e ti faremo sapere.\n\nIl team HR",
    ),
    row(
        "the_interviews_day_ends_the_post",
        Status.INTERVIEW,
        # "Soc. Coop. Sociale" is the social cooperative's legal form, left off as the domain spells the name.
        "La Sorgente",
        "Educatrice Professionale",
        sender="Personale <personale@lasorgente-coop.it>",
        subject="Convocazione",
        body="Gentile Ilaria,\nla convochiamo per un colloquio individuale per la posizione di Educatrice "
        "Professionale il giorno 22 novembre alle ore 9:00 presso la nostra sede.\n\nUfficio Personale\n"
        "La Sorgente Soc. Coop. Sociale",
    ),
    row(
        "the_tests_deadline_ends_the_post",
        Status.ASSESSMENT,
        "Assicurazioni Maestrale",
        "Consulente Assicurativo",
        sender="Talent Acquisition <ta@assicurazionimaestrale.it>",
        subject="Questionario di personalità",
        body="Gentile Michele,\nla invitiamo a compilare il questionario di personalità previsto dal "
        "processo di selezione per la posizione di Consulente Assicurativo entro venerdì 20.\n\n"
        "Assicurazioni Maestrale S.p.A.",
    ),
    row(
        "a_contract_offered_as_the_post",
        Status.OFFER,
        "Studio Dentistico Orsini",
        "Assistente Studio Dentistico",
        sender="Roberta Orsini <roberta.orsini@studioorsini.it>",
        subject="Proposta",
        body="Ciao Sofia,\ndopo i colloqui siamo felici di proporti un contratto a tempo indeterminato come "
        "Assistente Studio Dentistico, a partire da ottobre. Fammi sapere se accetti.\n\nRoberta Orsini\n"
        "Studio Dentistico Orsini",
    ),
    row(
        "the_offer_letter_elided",
        Status.OFFER,
        "Brezzo",
        "Product Designer",
        sender="HR <hr@brezzo.io>",
        subject="La tua lettera d'offerta",
        body="Ciao Irene,\nè un piacere inviarti la lettera d'offerta per la posizione di Product "
        "Designer. Ti chiediamo di restituircela firmata entro venerdì.\n\nBenvenuta in Brezzo!\n"
        "Il team People",
    ),
    row(
        "a_trade_named_in_the_subject_alone",
        Status.REJECTED,
        "Sole di Maremma",
        "Installatore Fotovoltaico",
        sender="HR <hr@soledimaremma.it>",
        subject="Candidatura Installatore Fotovoltaico",
        body="Ciao Nicola,\nti ringraziamo per il tempo dedicato al colloquio. Al momento non ci sono le "
        "condizioni per proseguire insieme.\nUn caro saluto,\nSole di Maremma",
    ),
    row(
        "an_agency_writing_on_behalf_of_a_firm_it_names",
        Status.INTERVIEW,
        "Pastificio Val di Sole S.r.l.",
        "Impiegata Amministrativa",
        sender="Selezione <selezione@persea-hr.it>",
        subject="Candidatura Impiegata Amministrativa",
        body="Gentile Marta,\nla contatto per conto di Pastificio Val di Sole S.r.l., per il quale stiamo "
        "selezionando la figura di Impiegata Amministrativa. La sua candidatura è stata selezionata per un "
        "primo colloquio telefonico giovedì alle 14.\n\nPersea - Ricerca e Selezione",
    ),
    row(
        "an_agency_names_our_client_firm",
        Status.INTERVIEW,
        "Cartotecnica Benacense S.p.A.",
        "Operaio/a Turnista",
        sender="Gi Group <selezione.verona@gigroup.com>",
        subject="Convocazione colloquio",
        body="Buongiorno Ivan,\nsiamo lieti di invitarla a un colloquio per la posizione di Operaio/a "
        "Turnista presso la nostra azienda cliente Cartotecnica Benacense S.p.A., martedì 8 alle ore 10 "
        "presso la nostra filiale di Verona.\n\nGi Group S.p.A.",
    ),
    row(
        "an_agencys_unnamed_client_leaves_the_agency",
        Status.INTERVIEW,
        "LavoroPronto",
        "Magazziniere",
        sender="Filiale Bergamo <bergamo@lavoropronto.it>",
        subject="Colloquio Magazziniere",
        body="Buongiorno Alessio,\nin merito alla sua candidatura per la posizione di Magazziniere per "
        "azienda cliente operante nel settore alimentare, la invitiamo a un colloquio presso la nostra "
        "filiale lunedì 3 alle ore 9:30.\n\nLavoroPronto S.p.A. - Agenzia per il Lavoro\nFiliale di Bergamo",
    ),
    row(
        "the_hire_itself_called_off",
        Status.WITHDRAWN,
        "Pelletteria Arnina",
        "Addetta al taglio",
        sender="HR <hr@pelletteriaarnina.it>",
        subject="Candidatura Addetta al taglio",
        body="Buongiorno Giada,\nle scriviamo per informarla che abbiamo deciso di non procedere più con "
        "l'inserimento di questa figura: la posizione di Addetta al taglio è stata chiusa per motivi "
        "aziendali.\n\nPelletteria Arnina S.r.l.",
    ),
]


MAIL += [
    row(
        "a_person_chosen_instead_after_the_interview",
        Status.REJECTED,
        "Ottica Veneri",
        "Ottico",
        sender="Federica Veneri <federica@otticaveneri.it>",
        subject="Re: Colloquio Ottico",
        body="Ciao Marco,\nti ringrazio ancora per il colloquio di martedì. Abbiamo valutato con attenzione "
        "tutti i candidati e abbiamo deciso di proseguire con un'altra persona.\nTi auguro tutto il "
        "meglio.\n\nFederica\nOttica Veneri",
    ),
    row(
        "a_public_competitions_impersonal_notice",
        Status.REJECTED,
        "Comune di Valdorsa",
        "Istruttore Amministrativo",
        sender="Concorsi <concorsi@comune.valdorsa.it>",
        subject="Esito prova orale",
        body="Gentile candidata,\nsi comunica che non è stata ammessa alla prova orale del concorso per "
        "Istruttore Amministrativo.\n\nComune di Valdorsa",
    ),
    row(
        "a_recorded_video_interview_is_a_test",
        Status.ASSESSMENT,
        "Banca del Pasubio",
        "Addetta Sportello",
        sender="Recruiting <noreply@hirevue.com>",
        subject="Videointervista - Banca del Pasubio",
        body="Gentile Sara,\nBanca del Pasubio la invita a completare una videointervista registrata per la "
        "posizione di Addetta Sportello. Ha tempo fino a domenica per completarla.\n\nBanca del Pasubio",
    ),
    row(
        "starting_as_the_post",
        Status.OFFER,
        "Torrefazione Sambuco",
        "Barista",
        sender="Camilla <camilla@torrefazionesambuco.it>",
        subject="Benvenuto!",
        body="Ciao Pietro,\nabbiamo deciso: sei dei nostri! Ti aspettiamo lunedì per iniziare come "
        "Barista.\n\nCamilla\nTorrefazione Sambuco",
    ),
    row(
        "a_boards_card_with_the_towns_province",
        Status.REJECTED,
        "Pasticceria Gherardi",
        "Pasticcere",
        sender="Indeed <donotreply@indeed.com>",
        subject="Un aggiornamento dalla Pasticceria Gherardi",
        body="Un aggiornamento sulla tua candidatura\nPasticcere\nPasticceria Gherardi - Bologna BO\n\n"
        "Grazie per il tuo interesse. Purtroppo abbiamo deciso di non proseguire con la tua candidatura.",
    ),
]

MAIL += [
    row(
        "a_postings_reference_after_the_subjects_dash",
        Status.APPLIED,
        "Valvole Moscardi",
        "Tecnico Commerciale Estero",
        sender="Talent <noreply@successfactors.eu>",
        subject="Conferma di ricezione candidatura - Rif. 2024-118",
        body="Gentile Giorgio,\nti confermiamo di aver ricevuto la tua candidatura per la posizione Tecnico "
        "Commerciale Estero (Rif. 2024-118).\n\nValvole Moscardi S.p.A.",
    ),
    row(
        "an_agencys_client_taking_the_reader_on",
        Status.OFFER,
        "Umana",
        "Operatrice di Linea",
        sender="Umana <filiale.brescia@umana.it>",
        subject="Proposta di lavoro",
        body="Ciao Nadia,\nl'azienda cliente per cui hai fatto il colloquio vorrebbe inserirti come "
        "Operatrice di Linea con contratto in somministrazione di 3 mesi. Ti va di passare in filiale per "
        "firmare?\n\nUmana - Filiale di Brescia",
    ),
    row(
        "a_shops_domain_run_together_and_its_owners_sign_off",
        Status.INTERVIEW,
        "Birrificio Tasso",
        "Magazziniere",
        sender="Marco <marco@birrificiotasso.it>",
        subject="Re: Candidatura magazziniere",
        body="Ciao Davide, ho letto il tuo cv. Puoi passare domani alle 15 in birrificio così facciamo due "
        "chiacchiere?\nMarco - Birrificio Tasso",
    ),
    row(
        "a_subject_alone_names_the_step_and_a_trade",
        Status.INTERVIEW,
        "Tipografia Ginepro",
        "Grafico",
        sender="Selezione <selezione@tipografiaginepro.it>",
        subject="Convocazione colloquio - Grafico",
        body="",
    ),
    row(
        "a_restaurants_domain_run_together",
        Status.REJECTED,
        "Ristorante Belvento",
        None,
        sender="Laura <laura@ristorantebelvento.it>",
        subject="Re: Candidatura cameriera",
        body="Ciao Martina, grazie per il curriculum ma abbiamo già trovato una persona per la sala. In "
        "bocca al lupo!\nLaura",
    ),
]

MAIL += [
    row(
        "an_interview_passed_and_a_contract_proposed",
        Status.OFFER,
        "Autolinee Cembra",
        "Autista",
        sender="Selezione <selezione@autolineecembra.it>",
        subject="Esito positivo colloquio",
        body="Gentile Marco,\nsiamo lieti di comunicarle l'esito positivo del colloquio per la posizione di "
        "Autista. Le proponiamo un contratto a tempo determinato di 6 mesi con inizio il 1 marzo.\n\n"
        "Autolinee Cembra S.r.l.",
    ),
]

MAIL += [
    row(
        "the_subject_names_the_post_then_the_firm_after_a_dash",
        Status.APPLIED,
        "Ferraresi Meccanica S.p.A.",
        "Addetto/a Logistica",
        sender="Recruiting <noreply@inrecruiting.com>",
        subject="Candidatura per Addetto/a Logistica - Ferraresi Meccanica S.p.A.",
        body="Gentile Martina,\ngrazie per la candidatura. La valuteremo con attenzione.\n\nUfficio "
        "Selezione",
    ),
    row(
        "a_signers_role_before_the_firms_dash_is_no_post",
        Status.INTERVIEW,
        "Trasporti Ginestri S.r.l.",
        "Impiegata Logistica",
        sender="Elena Sassi <elena.sassi@trasportiginestri.it>",
        subject="Colloquio",
        body="Gentile Marta,\nla invitiamo a un colloquio per la posizione di Impiegata Logistica giovedì "
        "alle ore 10.\n\nElena Sassi\nHR Manager - Trasporti Ginestri S.r.l.",
    ),
    row(
        "a_clinics_signature",
        Status.INTERVIEW,
        "Casa di Cura Santa Lucia",
        "Infermiere",
        sender="Ufficio Personale <personale@clinica-privata.example.it>",
        subject="Convocazione colloquio Infermiere",
        body="Gentile Dott. Rossi,\nLa invitiamo a sostenere un colloquio per la posizione di Infermiere il "
        "giorno 5 maggio alle ore 11:00.\nLa preghiamo di confermare la Sua presenza.\n\n"
        "Casa di Cura Santa Lucia",
    ),
]

MAIL += [
    row(
        "an_internship_named_with_its_article",
        Status.APPLIED,
        "Gruppo Morandini",
        "Tirocinio in Amministrazione e Controllo",
        sender="Stage <stage@grupporiva-tirocini.it>",
        subject="Conferma",
        body="Ciao Luca,\nabbiamo ricevuto la tua candidatura per il Tirocinio in Amministrazione e "
        "Controllo. Ti contatteremo entro due settimane.\n\nGruppo Morandini",
    ),
]

MAIL += [
    row(
        "a_tailors_run_together_domain_and_a_subject_alone",
        Status.REJECTED,
        "Sartoria Rovelli",
        None,
        sender="Risorse Umane <hr@sartoriarovelli.it>",
        subject="Esito negativo selezione",
        body="",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), MAIL)
def test_italian_mail_reads_its_status_employer_and_post(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


NOT_APPLICATIONS = [
    not_application(
        "a_saved_searchs_new_adverts",
        Kind.JOB_ALERT,
        sender="Annunci Lavoro <noreply@annuncilavoro.example.it>",
        subject="Nuovi annunci per: impiegata amministrativa",
        body="Ecco i nuovi annunci di lavoro per la tua ricerca impiegata amministrativa a Padova\n\n"
        "Impiegata amministrativa - Studio Lattes - Padova\n"
        "Addetta contabilità - Corvino S.r.l. - Vigonza\n\nVedi tutti gli annunci",
    ),
]


NOT_APPLICATIONS += [
    not_application(
        "an_application_not_yet_sent",
        Kind.OTHER,
        sender="Lavora con noi <noreply@inrecruiting.com>",
        subject="Non hai completato la candidatura",
        body="Gentile utente,\nla sua candidatura non è stata ancora inviata. Per completarla accedi alla "
        "tua area riservata.\n\nDistillerie Brenni",
    ),
]

NOT_APPLICATIONS += [
    not_application(
        "a_banks_mortgage_and_its_meeting",
        Kind.OTHER,
        sender="Banca Valsassina <info@bancavalsassina.it>",
        subject="La tua richiesta di mutuo",
        body="Gentile cliente,\nabbiamo ricevuto la sua richiesta di mutuo. La sua pratica è in lavorazione "
        "e sarà ricontattato da un nostro consulente per un colloquio in filiale.\n\nBanca Valsassina",
    ),
    not_application(
        "a_universitys_career_day",
        Kind.OTHER,
        sender="Ateneo <placement@ateneo.example.it>",
        subject="Career Day: iscriviti!",
        body="Cari studenti,\nil 15 aprile si terrà il Career Day di Ateneo: oltre 60 aziende incontreranno "
        "i candidati e sarà possibile sostenere brevi colloqui conoscitivi. Iscriviti entro il 10 "
        "aprile.\n\nUfficio Job Placement",
    ),
    not_application(
        "a_head_hunters_confidential_search",
        Kind.RECRUITER_OUTREACH,
        sender="Paolo Ferri <paolo.ferri@ferri-executive.it>",
        subject="Proposta di collaborazione",
        body="Buongiorno Ing. Conti,\nsono Paolo Ferri, head hunter. Sto seguendo una ricerca riservata per "
        "la posizione di Plant Manager per conto di un gruppo industriale del settore automotive. Il suo "
        "profilo ha attirato la mia attenzione: avrebbe 15 minuti per una telefonata conoscitiva?\n\nPaolo "
        "Ferri",
    ),
]

NOT_APPLICATIONS += [
    not_application(
        "an_employers_we_are_hiring",
        Kind.JOB_ALERT,
        sender="Careers Corbezzolo <careers@corbezzolo.it>",
        subject="Stiamo assumendo! Scopri le nostre posizioni aperte",
        body="Ciao,\nCorbezzolo è in crescita e stiamo cercando nuovi talenti in tutta Italia. Scopri le "
        "posizioni aperte e candidati sul nostro sito.\n\nIl team Corbezzolo",
    ),
    not_application(
        "an_agencys_cold_job_proposal",
        Kind.RECRUITER_OUTREACH,
        sender="Chiara Gatti <chiara.gatti@lavorofacile-staff.it>",
        subject="Proposta di lavoro Operaio Generico",
        body="Ciao Ahmed, sono Chiara, agenzia per il lavoro. Abbiamo una posizione aperta come Operaio "
        "Generico su turni a Pavia per una nostra azienda cliente. Se sei interessato rispondimi.",
    ),
]


@pytest.mark.parametrize(("mail", "kind"), NOT_APPLICATIONS)
def test_italian_mail_around_a_search_is_no_application(mail, kind):
    assert extract(**mail).kind is kind


def test_a_hold_is_no_rejection_though_the_post_is_closed_for_good_reason():
    result = extract(
        sender="Recruiting <recruiting@oleificiobrezza.it>",
        subject="Aggiornamento selezione Contabile",
        body="Gentile Simona,\nla posizione di Contabile è stata chiusa per motivi organizzativi.\n\n"
        "Oleificio Brezza",
    )
    assert result.status is Status.WITHDRAWN


def test_a_scheduling_tools_confirmed_is_no_employer():
    result = extract(
        sender="Calendly <notifications@calendly.com>",
        subject="Confermato: Colloquio conoscitivo con Marta Riva",
        body="Ciao Paolo,\nil tuo evento è stato programmato.\nColloquio conoscitivo\nmercoledì 5 febbraio, "
        "11:00 - 11:30\nGoogle Meet",
    )
    assert result.status is Status.INTERVIEW
    assert result.company != "Confermato"


def _hr_mail(sentence: str) -> dict[str, str]:
    return {
        "sender": "Ufficio HR <hr@torrefazionebrivio.it>",
        "subject": "Candidatura Impiegata Amministrativa",
        "body": f"Gentile Laura,\nla ringraziamo per l'interesse verso la nostra azienda. {sentence}\n"
        "Cordiali saluti\n\nTorrefazione Brivio S.r.l.",
    }


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        (
            "Abbiamo ritenuto di privilegiare altri profili, più vicini alle esigenze attuali.",
            Status.REJECTED,
        ),
        ("La informiamo che la posizione è stata assegnata internamente.", Status.REJECTED),
        (
            "Con rammarico le comunichiamo che non abbiamo potuto accogliere la sua candidatura.",
            Status.REJECTED,
        ),
        ("Al momento il suo profilo non risulta in linea con le nostre esigenze.", Status.REJECTED),
        ("Dopo il colloquio abbiamo deciso di orientarci diversamente.", Status.REJECTED),
        ("L'assunzione per questa posizione è stata rimandata al prossimo anno.", Status.WITHDRAWN),
        ("La figura non è più necessaria e la selezione è stata chiusa senza assunzioni.", Status.WITHDRAWN),
        # A receipt that will not answer everyone decides nothing.
        (
            "Purtroppo non potremo rispondere a tutti: la contatteremo se il profilo è in linea.",
            Status.APPLIED,
        ),
    ],
    ids=[
        "others_preferred",
        "given_inside",
        "not_taken_up",
        "not_in_line_for_now",
        "gone_another_way",
        "hire_put_off",
        "post_no_longer_needed",
        "no_answer_to_all",
    ],
)
def test_polite_italian_decisions_and_holds(sentence, status):
    assert extract(**_hr_mail(sentence)).status is status


def test_a_title_ends_at_an_unaccented_weekday():
    result = extract(
        sender="Ufficio HR <hr@torrefazionebrivio.it>",
        subject="Colloquio",
        body="Gentile Laura,\nla invitiamo a un colloquio conoscitivo per la posizione di Impiegata "
        "Amministrativa lunedi 3 marzo alle ore 10 presso la nostra sede.\n\nTorrefazione Brivio S.r.l.",
    )
    assert result.status is Status.INTERVIEW
    assert result.job_title == "Impiegata Amministrativa"
