"""Italian boards, ATS, agencies and public competitions (invented mail): where they write the employer and
the post, and the steps they state without the usual words.

A board writes the employer after the title with "di", "presso", "c/o" or "per", in its subject or news
line; a subject opens with the employer that "cerca" the post; a posting line holds title, employer and
place between bars. A team line signs above its organisation, or beside it after a slash. An agency names
its client's site ("per la filiale di X"); a competition names its posts ("n. 1 posto di X").
"""

import pytest

from tests.extraction_support import application_row as row
from tests.extraction_support import assert_reads_application, extract
from tracker.extraction.italian_postings import italian_posting
from tracker.extraction.text import prepare
from tracker.models import EmailMessage, Kind, Status

MAIL = [
    row(
        "board_subject_writes_the_employer_after_di_and_a_place_after_a_dash",
        Status.APPLIED,
        "Serramenti Boschetti S.r.l.",
        "Montatore infissi",
        sender="InfoJobs <noreply@infojobs.it>",
        subject="Candidatura inviata: Montatore infissi di Serramenti Boschetti S.r.l. - Cremona",
        body="Ciao Piero,\nla tua candidatura è stata inviata all'azienda.\n\nIl team di InfoJobs",
    ),
    row(
        "board_sentence_writes_the_employer_after_presso",
        Status.APPLIED,
        "Distilleria Valcamonica",
        "Addetto imbottigliamento",
        sender="Trovolavoro <noreply@trovolavoro.it>",
        subject="Candidatura inviata",
        body="Ciao Ivo,\nla tua candidatura per Addetto imbottigliamento presso Distilleria Valcamonica è "
        "stata inviata.\n\nTrovolavoro",
    ),
    row(
        "board_writes_the_employer_after_c_o",
        Status.APPLIED,
        "Albergo Punta Rossa",
        "Portiere notturno",
        sender="Monster Italia <noreply@monster.it>",
        subject="Conferma candidatura - Portiere notturno c/o Albergo Punta Rossa",
        body="Gentile candidato,\nabbiamo ricevuto la tua candidatura.\n\nMonster",
    ),
    row(
        "subject_opens_with_the_employer_that_seeks_the_post",
        Status.APPLIED,
        "Oleificio Sassetti",
        "Addetta spedizioni",
        sender="Helplavoro <candidature@helplavoro.it>",
        subject="Oleificio Sassetti cerca Addetta spedizioni - candidatura ricevuta",
        body="Gentile Ada,\nla tua candidatura è stata trasmessa all'azienda.\n\nHelplavoro",
    ),
    row(
        "posting_line_holds_title_employer_and_place_between_bars",
        Status.APPLIED,
        "Maglificio Ronchetti",
        "Addetta rammendo",
        sender="Bakeca.it <noreply@bakeca.it>",
        subject="Candidatura confermata",
        body="Ciao Nadia,\nhai risposto a questo annuncio:\n\n"
        "Offerta: Addetta rammendo | Maglificio Ronchetti | Carpi (MO)\n\nL'inserzionista ti chiamerà.",
    ),
    row(
        "agency_names_its_clients_site",
        Status.INTERVIEW,
        "Ortofrutta Guidetti",
        None,
        sender="Marta Sala <m.sala@randstad.it>",
        subject="Candidatura Carrellista",
        body="Ciao Luca,\nstiamo selezionando per il magazzino di Ortofrutta Guidetti un Carrellista. "
        "Ti aspettiamo in filiale giovedì alle 10.\n\nMarta Sala\nRandstad Italia",
    ),
    row(
        "team_line_and_firm_on_one_line_split_by_slashes",
        Status.REJECTED,
        "Carpenteria Zanardi",
        None,
        sender="selezione@carpenteriazanardi.it",
        subject="Esito della sua candidatura",
        body="Gentile Sig. Neri,\nla sua candidatura non è stata selezionata per le fasi successive.\n\n"
        "Cordiali saluti\nUfficio Risorse Umane / Carpenteria Zanardi S.p.A. / Via Emilia 12, 40100 Bologna",
    ),
    row(
        "a_team_display_name_is_never_the_employer",
        Status.OFFER,
        "Unione Montana Alto Tevere",
        "Educatore nido",
        sender="Ufficio Risorse Umane <personale@umat.example>",
        subject="Graduatoria Educatore nido - chiamata",
        body="Gentile Sig.ra Fantoni,\nè invitata alla sottoscrizione del contratto individuale.\n\n"
        "Cordiali saluti\nUnione Montana Alto Tevere",
    ),
]


@pytest.mark.parametrize(("mail", "status", "company", "title"), MAIL)
def test_italian_postings_read_their_status_employer_and_post(mail, status, company, title):
    assert_reads_application(extract(**mail), status, company, title)


def _posting(subject: str, body: str = "", sender: str = "noreply@infojobs.it"):
    return italian_posting(prepare(EmailMessage(message_id="m1", sender=sender, subject=subject, body=body)))


def test_a_titles_own_capitalised_word_after_di_is_no_employer():
    # "Controller di Gestione": the one word after "di" is named nowhere else on its own.
    assert _posting("Candidatura inviata: Controller di Gestione", "La tua candidatura è stata inviata.") == (
        None,
        None,
    )


def test_a_sentence_before_di_is_no_title():
    employer, title = _posting(
        "Aggiornamento",
        "la ringraziamo per l'interesse dimostrato nei confronti di Fornaci Ghelfi. La sua candidatura è in "
        "valutazione.\nFornaci Ghelfi",
    )
    assert title is None


def test_a_place_after_presso_is_no_employer():
    assert _posting("La tua candidatura per Commesso presso Verona è stata inviata")[0] is None


def test_a_competitions_posts_name_the_title():
    assert _posting("Concorso pubblico per n. 2 posti di Istruttore tecnico cat. C - convocazione") == (
        None,
        "Istruttore tecnico",
    )


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ("abbiamo individuato profili più in linea con le esigenze della posizione.", Status.REJECTED),
        ("la informiamo che non è stato ammesso alla prova orale.", Status.REJECTED),
        ("saresti disponibile per una telefonata domani alle 11?", Status.INTERVIEW),
        ("scegli uno slot per una videochiamata con la nostra responsabile.", Status.INTERVIEW),
        ("ti inviamo un caso da svolgere entro venerdì.", Status.ASSESSMENT),
        ("è invitata alla firma del contratto individuale di lavoro.", Status.OFFER),
    ],
)
def test_italian_steps_without_their_usual_words(body, status):
    result = extract(
        sender="Selezione <selezione@cantierimorello.example>",
        subject="La sua candidatura per Saldatore",
        body=f"Gentile candidato,\n{body}\n\nCantieri Morello",
    )
    assert result.kind is Kind.APPLICATION and result.status is status, result


def test_a_public_notices_subject_names_the_post():
    posting = _posting("Avviso pubblico Tecnico di laboratorio - convocazione")
    assert posting == (None, "Tecnico di laboratorio")


def test_the_choice_fallen_on_another_candidate_is_a_rejection():
    result = extract(
        sender="hr@segheriacolli.example",
        subject="Candidatura Operaio segheria",
        body="Buongiorno Sig. Rossi,\nla scelta è ricaduta su un altro candidato.\n\nSegheria Colli",
    )
    assert result.status is Status.REJECTED, result


def test_a_summons_to_a_written_test_is_the_tests():
    result = extract(
        sender="Ufficio Personale <personale@comune.example.it>",
        subject="Concorso n. 1 posto di Istruttore amministrativo - convocazione prova scritta",
        body="Si comunica ai candidati ammessi che la prova scritta si terrà il 12 marzo alle ore 9:00.",
    )
    assert result.status is Status.ASSESSMENT, result


def test_a_recruiters_first_approach_asking_for_a_call_some_day_is_no_interview():
    result = extract(
        sender="Davide Conti <davide.conti@adecco.it>",
        subject="Magazziniere - zona Lodi",
        body="Ciao Sara,\nti scrivo da Adecco di Lodi per un ruolo di magazziniere.\n"
        "Saresti disponibile per una telefonata?\nDavide",
    )
    assert result.kind != Kind.APPLICATION


def test_an_agencys_signature_naming_its_legal_category_is_no_posting():
    # An Italian staffing agency signs with what it is by law: no post at "il Lavoro".
    body = "Grazie per esserti candidata.\nSaluti\nSole Impiego S.r.l. – Agenzia per il Lavoro"
    assert _posting("Abbiamo ricevuto la tua candidatura", body, "Sole <candidature@sole.example>") == (
        None,
        None,
    )


def test_a_firms_address_line_with_its_legal_form_is_no_three_field_posting():
    body = "Thank you for your candidacy.\nNorthpoint Freight B.V. | Havenweg 12 | Rotterdam"
    assert _posting("Thank you for applying!", body, "North <north@myworkday.com>") == (None, None)
