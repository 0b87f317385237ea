"""Italian mail (invented mail): the steps a person or a public body writes, the receipts of a "domanda"
or a CV, and the names firms sign with.

A public body receives a "domanda" under its notice's long heading and revokes the notice itself; an
employer or an agency's client asks to meet the reader or for a few minutes on a day; a small firm wants
the reader "con noi"; a post covered internally or an application excluded is a rejection; a head
hunter who saw the reader's profile writes a cold contact. A partnership signs its trade name before its
partners ("X di Rossi G. & C. s.a.s."); a signer's post beside the firm ("Co-founder · X") is no post
applied for; a subject's step word ("Colloquio X - Analista") is no part of the employer's name; a Swiss
workload after its preposition ("al 100%") is no part of the title; Italy's recruiting systems are no
employer.
"""

import pytest

from tests.extraction_support import application_row as row
from tests.extraction_support import assert_reads_application, extract
from tracker.models import Kind, Status

MAIL = [
    row(
        "public_body_receives_a_domanda_under_its_notices_long_heading",
        Status.APPLIED,
        "Comune di Valbruna",
        sender="Servizio Personale <personale@comune.valbruna.it>",
        subject="Conferma presentazione domanda - Concorso 3/2026",
        body="Gentile candidata,\n\nla sua domanda per il concorso\n\nConcorso pubblico, per esami, per la "
        "copertura di n. 2 posti di Istruttore Amministrativo, categoria C, a tempo pieno e indeterminato, "
        "presso il Settore Servizi Demografici e Statistici del Comune di Valbruna (cod. C-03)\n\nè stata "
        "acquisita correttamente.\n\nServizio Personale\nComune di Valbruna",
    ),
    row(
        "employer_received_the_readers_cv",
        Status.APPLIED,
        "Fioralba",
        sender="Fioralba Selezione <lavora@fioralba.it>",
        subject="Il tuo CV",
        body="Ciao Marta,\n\nabbiamo ricevuto il tuo CV per la posizione di Addetta alle vendite. Lo "
        "leggeremo nei prossimi giorni.\n\nIl team di Fioralba",
    ),
    row(
        "public_body_revokes_its_notice",
        Status.WITHDRAWN,
        "Comune di Valbruna",
        sender="Servizio Personale <personale@comune.valbruna.it>",
        subject="Avviso di selezione per Educatore Asilo Nido - comunicazione",
        body="Gentile candidato,\n\nsi comunica che con determinazione n. 88 è disposta la revoca "
        "dell'avviso di selezione per Educatore Asilo Nido. La prova orale prevista per il 12 giugno "
        "non si terrà.\n\nServizio Personale\nComune di Valbruna",
    ),
    row(
        "public_body_writes_its_competition_was_annulled",
        Status.WITHDRAWN,
        "Comune di Valbruna",
        sender="Servizio Personale <personale@comune.valbruna.it>",
        subject="Concorso Istruttore Tecnico",
        body="Gentile candidata,\n\nle comunichiamo che il bando per Istruttore Tecnico è stato annullato "
        "per un errore materiale.\n\nServizio Personale\nComune di Valbruna",
    ),
    row(
        "agency_says_the_client_covered_the_post_internally",
        Status.REJECTED,
        "Corvino Search",
        sender="Elisa Marchi <e.marchi@corvinosearch.it>",
        subject="R: posizione Buyer",
        body="Ciao Andrea,\n\nil cliente ha deciso di coprire la posizione internamente, con una persona "
        "dell'ufficio acquisti.\n\nMi dispiace, ti chiamo appena ho altro.\n\nElisa\n\nElisa Marchi\n"
        "Corvino Search S.r.l.",
    ),
    row(
        "board_says_the_application_was_excluded",
        Status.REJECTED,
        "Pasticceria Gemma",
        sender="Lavori Qui <noreply@lavoriqui.it>",
        subject="La tua candidatura è stata esclusa dalla selezione",
        body="Ciao Luca,\n\nla tua candidatura per Pasticcere presso Pasticceria Gemma è stata esclusa dalla "
        "selezione.\n\nIl team di Lavori Qui",
    ),
    row(
        "agencys_client_wishes_to_meet_the_reader",
        Status.INTERVIEW,
        "Officine Tarlo",
        sender="Paolo Resta <p.resta@gentelavoro.it>",
        subject="RE: candidatura Manutentore",
        body="Ciao Sara,\n\nil responsabile di Officine Tarlo ha letto il tuo CV e vorrebbe incontrarti "
        "mercoledì 4 marzo alle 10:00 in stabilimento.\n\nPaolo",
    ),
    row(
        "agency_asks_for_minutes_on_a_day",
        Status.INTERVIEW,
        "Gente Lavoro",
        sender="Paolo Resta <p.resta@gentelavoro.it>",
        subject="La tua candidatura Magazziniere",
        body="Buongiorno Sara,\n\nho ricevuto la tua candidatura per Magazziniere. Avresti 10 minuti domani "
        "per una telefonata?\n\nPaolo Resta\nGente Lavoro S.p.A.",
    ),
    row(
        "small_firm_wants_the_reader_with_them",
        Status.OFFER,
        "Vetreria Solari",
        sender="Ugo Solari <ugo@vetreriasolari.it>",
        subject="proposta",
        body="Ciao Dario,\n\ndopo la prova di sabato ci piacerebbe averti con noi come vetraio. Contratto a "
        "tempo indeterminato, inizio il 2 maggio.\n\nUgo\nVetreria Solari",
    ),
    row(
        "startup_proposes_the_reader_join",
        Status.OFFER,
        "Nubila",
        sender="Irene Sarti <irene@nubila.io>",
        subject="La nostra proposta",
        body="Ciao Dario,\n\nsiamo felici di proporti di entrare in Nubila come Data Engineer.\n\nIrene",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), MAIL)
def test_italian_mail_reads_its_step_and_employer(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


@pytest.mark.parametrize(
    "body",
    [
        "Gentile Dott. Ferri,\n\nmi permetto di scriverLe dopo aver visto il Suo profilo su LinkedIn: stiamo "
        "seguendo, per un gruppo industriale, la ricerca di un Direttore Commerciale.\n\nUn cordiale saluto,"
        "\nMarco Lodi\nPartner\nLodi Executive Search S.r.l.",
        "Ciao Giada,\n\navendo notato il tuo profilo, ti scrivo perché sto seguendo per un cliente la "
        "ricerca di un Product Manager.\n\nMarco Lodi\nLodi Executive Search S.r.l.",
    ],
    ids=["after_seeing_the_profile", "having_noticed_the_profile"],
)
def test_a_head_hunter_who_saw_the_profile_writes_a_cold_contact(body):
    result = extract(sender="Marco Lodi <m.lodi@lodisearch.it>", subject="Opportunità riservata", body=body)
    assert result.kind is Kind.RECRUITER_OUTREACH


@pytest.mark.parametrize(
    "signature",
    [
        "Distilleria Pianelli di Pianelli A. & C. s.a.s.",
        "Distilleria Pianelli snc di Pianelli Aldo & C.",
        "Distilleria Pianelli S.a.s. di Pianelli Aldo & C.",
    ],
)
def test_a_partnership_signs_its_trade_name_before_its_partners(signature):
    result = extract(
        sender="Distilleria Pianelli <ufficio@distilleriapianelli.it>",
        subject="Colloquio",
        body="Gentile Sig.ra Neri,\n\nla invitiamo a un colloquio per il ruolo di Addetta alla "
        f"degustazione giovedì alle 15.\n\nCordiali saluti\n\n{signature}\nVia Roma 4, Asti",
    )
    assert result.company == "Distilleria Pianelli"


def test_a_signers_post_beside_the_firm_is_no_post_applied_for():
    result = extract(
        sender="Marta Celli <marta@lucerna.dev>",
        subject="Colloquio Lucerna - Backend Developer",
        body="Ciao Pietro,\n\nabbiamo letto la tua candidatura e ci piacerebbe conoscerti con un colloquio "
        "giovedì alle 11.\n\nA presto,\nMarta\n\nMarta Celli\nCo-founder & CEO · Lucerna",
    )
    assert (result.company, result.job_title) == ("Lucerna", "Backend Developer")


@pytest.mark.parametrize(
    ("post", "title"),
    [
        ("Magazziniere qualificato/a al 100%", "Magazziniere qualificato/a"),
        ("Cuoco capo partita all'80%", "Cuoco capo partita"),
        ("Comptable à 100%", "Comptable"),
    ],
)
def test_a_swiss_workload_after_its_preposition_is_no_part_of_the_title(post, title):
    result = extract(
        sender="Ufficio del Personale <personale@fiduciariamonti.ch>",
        subject="Sua candidatura",
        body=f"Egregio Signor Galli,\n\nabbiamo ricevuto la Sua candidatura per il posto di {post}.\n\n"
        "Distinti saluti\n\nFiduciaria Monti SA",
    )
    assert result.job_title == title


@pytest.mark.parametrize(
    ("sender", "footer"),
    [
        ('"Olmo Arredamenti - Lavora con noi" <noreply@zucchetti.it>', "Portale di recruiting Zucchetti"),
        ('"Olmo Arredamenti - Lavora con noi" <candidature@altamirahrm.com>', "Powered by Altamira HRM"),
    ],
)
def test_italian_recruiting_systems_send_for_the_employer(sender, footer):
    result = extract(
        sender=sender,
        subject="Candidatura registrata",
        body="Gentile candidato,\n\nla tua candidatura per l'annuncio Magazziniere è stata registrata "
        f"correttamente.\n\nGrazie per aver scelto Olmo Arredamenti.\n\n{footer}",
    )
    assert result.company == "Olmo Arredamenti"


def test_a_public_universitys_platform_named_beside_it_is_no_employer():
    result = extract(
        sender='"Università degli Studi di Roccalta - PICA" <noreply@pica.roccalta-cc.it>',
        subject="[PICA] Conferma presentazione domanda",
        body="Gentile Anna Riva,\n\nla sua domanda per la procedura di selezione per Tecnico di "
        "laboratorio è stata presentata correttamente.\n\nUniversità degli Studi di Roccalta",
    )
    assert result.kind is Kind.APPLICATION
    assert result.company == "Università degli Studi di Roccalta"
