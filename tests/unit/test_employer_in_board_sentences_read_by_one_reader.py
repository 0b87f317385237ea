"""A job board's sentences are read by one reader whose shapes come from one table per language: every
language's "<employer> viewed your application" and the Spanish boards' whole sentences naming the post,
weighed by one pair and asked for in one place (board_blocks.board_hints)."""

from tracker.extraction import board_sentences
from tracker.extraction.board_blocks import BOARD_EMPLOYER_WEIGHT, BOARD_TITLE_WEIGHT, board_hints
from tracker.extraction.rules import RulesExtractor
from tracker.extraction.text import prepare
from tracker.models import EmailMessage


def _mail(body: str, sender: str, subject: str = "") -> EmailMessage:
    return EmailMessage(message_id="m1", sender=sender, subject=subject, body=body)


def test_every_language_we_read_has_a_table_of_board_sentences() -> None:
    assert set(board_sentences.LANGUAGES) == {"en", "es", "pt", "it", "de", "fr", "nl"}


def test_a_spanish_boards_sentence_names_employer_and_post_weighed_as_every_board_layout() -> None:
    mail = _mail(
        "Hola Irene,\nAlmacenes Ortuño Hermanos revisó tu postulación a la vacante Mozo de almacén "
        "en Zaragoza y decidió continuar.\n",
        "Computrabajo <notificaciones@computrabajo.com>",
    )
    employers, titles = board_hints(prepare(mail))
    assert employers[0] == ("Almacenes Ortuño Hermanos", BOARD_EMPLOYER_WEIGHT, True)
    assert [(title.raw, title.weight) for title in titles] == [("Mozo de almacén", BOARD_TITLE_WEIGHT)]


def test_an_employer_relaying_news_in_any_language_is_read_by_the_same_reader() -> None:
    for employer, news in (
        ("Tallerwerk Brandt", "hat Ihre Bewerbung angesehen."),
        ("Fromagerie Laurent", "a consulté votre candidature."),
        ("Bakkerij Smit", "heeft je sollicitatie bekeken."),
        ("Copperline Dental", "viewed your application."),
    ):
        employers, _ = board_hints(prepare(_mail(f"{employer} {news}", "Indeed <no-reply@indeed.com>")))
        assert employers == [(employer, BOARD_EMPLOYER_WEIGHT, True)]


def test_mail_no_board_sends_is_not_read_as_a_boards_sentence() -> None:
    mail = _mail(
        "La empresa Ferralla Norte ha visto tu candidatura a la oferta:\nFerrallista\nBurgos\n", "x@gmail.com"
    )
    assert board_sentences.shaped_posting(prepare(mail)) == (None, None)
    assert board_sentences.relayed_employers(prepare(mail)) == []


def test_the_spanish_news_is_one_list_read_by_the_relayed_reader_and_the_whole_sentences() -> None:
    # "cambió el estado de tu postulación" was the relayed list's news only: the whole sentence now reads
    # its post too, and the stage the status moved to is no part of the post.
    mail = _mail(
        "Hola Sam,\nEditorial Lumbre ha cambiado el estado de tu candidatura en la oferta "
        "Correctora de estilo a: Finalista.\n",
        "InfoJobs <noreply@infojobs.net>",
    )
    assert board_sentences.shaped_posting(prepare(mail)) == ("Editorial Lumbre", "Correctora de estilo")
    # and "X vio tu CV", the whole sentences' news, names the employer to the relayed reader too.
    mail = _mail("Hola Rosa,\nConservas Del Pacífico vio tu CV.\n", "Bumeran <no-reply@bumeran.com.pe>")
    assert board_sentences.relayed_employers(prepare(mail)) == ["Conservas Del Pacífico"]


def test_a_participle_clause_before_the_news_names_no_employer_and_glues_nothing_on() -> None:
    body = (
        "Dear Tamsin,\n\nthank you for your interest in the Lab Scheduler role at Quenby Marrowfield Optics. "
        "Having reviewed your application, our hiring manager would like to meet you.\n\nPlease pick a slot "
        "below.\n\nKind regards,\nOrla Brennick\nTalent Partner\nQuenby Marrowfield Optics"
    )
    mail = _mail(body, "Orla Brennick <no-reply@mail.personio.de>", "Quenby Marrowfield Optics: interview")
    assert board_sentences.relayed_employers(prepare(mail)) == []
    assert RulesExtractor().extract(mail).company == "Quenby Marrowfield Optics"
