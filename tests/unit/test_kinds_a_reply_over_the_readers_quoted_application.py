"""A manager's or an owner's short reply over the reader's own quoted application is that application's
mail: the quote names the post, the reply sets the step (or none: still applied). A friend's reply to the
reader's musing about a job stays personal mail. Invented mail."""

from tracker.email_reading import email_from_fields
from tracker.extraction.rules import RulesExtractor
from tracker.models import Extraction, Kind, Status

_RULES = RulesExtractor()


def _read(subject: str, body: str, sender: str) -> Extraction:
    """The reading of mail as an export carries it: the quote below the reply kept apart from its body."""
    return _RULES.extract(email_from_fields("m1", sender, "2026-11-02 10:00:00", subject, body))


def _reply(answer: str, quoted: str, replier: str = "Tess Morgan <tess@quaysidedeli.co.uk>") -> Extraction:
    body = f"{answer}\n\nOn Mon, 2 Nov 2026 at 19:05, Robin Hale <robin.hale.77@gmail.com> wrote:\n> {quoted}"
    return _read("Re: hello", body, replier)


def test_a_reply_that_only_promises_news_over_the_readers_application_is_applied():
    result = _reply(
        "Hi Robin, thanks - I'll go through everything at the weekend and let you know.\nTess",
        "Hello, I'd like to apply for the sandwich maker job on your noticeboard. CV attached.",
    )

    assert result.kind is Kind.APPLICATION
    assert result.status is Status.APPLIED
    assert result.job_title is not None and result.job_title.lower() == "sandwich maker"


def test_a_reply_setting_a_day_and_hour_over_the_readers_application_is_an_interview():
    result = _reply(
        "Robin - can you pop in Thursday at 3? Ask for me at the counter.\nTess",
        "Hi, I saw your advert for a deli assistant and would love to be considered.",
    )

    assert result.kind is Kind.APPLICATION
    assert result.status is Status.INTERVIEW
    assert result.job_title is not None and result.job_title.lower() == "deli assistant"


def test_the_readers_question_about_a_post_answered_from_the_employers_domain_is_its_application():
    result = _reply(
        "Hi Robin, not yet I'm afraid, the owners are away until the 20th. Speak soon.\nTess",
        "Hi Tess, any news on the weekend supervisor job?",
    )

    assert result.kind is Kind.APPLICATION
    assert result.job_title is not None and result.job_title.lower() == "weekend supervisor"


def test_a_friends_reply_about_a_job_the_reader_only_thinks_of_stays_personal():
    result = _reply(
        "ha, go for it, their canteen is amazing. see you at five-a-side?",
        "thinking of applying to the stores job at Halden Foods, any good?",
        replier="Sam Ortiz <sam.ortiz@gmail.com>",
    )

    assert result.kind is Kind.OTHER


def test_the_repliers_own_earlier_mail_quoted_is_no_application_of_the_readers():
    result = _read(
        "Re: tickets",
        "Sorry, one more thing: bring the receipt.\n\nOn Mon, 2 Nov 2026 at 09:00, Tess Morgan "
        "<tess@quaysidedeli.co.uk> wrote:\n> Your order for the cake job is ready to collect.",
        "Tess Morgan <tess@quaysidedeli.co.uk>",
    )

    assert result.kind is not Kind.APPLICATION


def test_the_body_leaves_off_the_quoted_mail_that_the_email_keeps_apart():
    email = email_from_fields(
        "m1",
        "Tess Morgan <tess@quaysidedeli.co.uk>",
        "",
        "Re: hello",
        "Sorry Robin, we've taken someone on.\n\nOn Mon, 2 Nov 2026 at 19:05, Robin Hale <robin@example.com> "
        "wrote:\n> I'd like to apply for the deli assistant job.",
    )

    assert "apply" not in email.body
    assert email.quoted.startswith("On Mon, 2 Nov 2026")
    assert "deli assistant job" in email.quoted


def test_a_reply_filling_the_spot_over_the_readers_application_is_a_rejection():
    result = _reply(
        "Hi Robin, sorry, we've filled the spot now. Thanks for thinking of us!\nTess",
        "Hi Tess, following up on the CV I dropped in for the counter job.",
    )

    assert result.kind is Kind.APPLICATION
    assert result.status is Status.REJECTED


def test_a_person_at_the_employer_replying_about_a_post_with_no_step_leaves_it_applied():
    result = _read(
        "Re: Site Engineer",
        "Hi Robin,\n\nJust to say we haven't forgotten you: the directors are away and won't get to it "
        "until the end of the month.\n\nTess",
        "Tess Morgan <tess.morgan@quaysidebuild.co.uk>",
    )

    assert result.kind is Kind.APPLICATION
    assert result.status is Status.APPLIED


def test_a_friends_reply_naming_a_step_only_in_its_subject_is_personal_mail():
    result = _read(
        "Re: Re: Interview tomorrow",
        "You'll be great!! Ring me after x\n\nOn Sun, 1 Nov 2026 at 19:00, Robin <robin.h@gmail.com> "
        "wrote:\n> so nervous about tomorrow",
        "Jess Lowe <jess.lowe@gmail.com>",
    )

    assert result.kind is Kind.OTHER


def test_a_small_employers_reply_about_the_candidacy_from_free_mail_stays_an_application():
    result = _read(
        "R: Candidatura cameriere",
        "Ciao Marta, grazie, ti faccio sapere entro la settimana.\nPiero\n\nIl giorno lun 2 mar 2026, Marta "
        "Gatti <marta.gatti@gmail.com> ha scritto:\n> Buongiorno, vi scrivo per la posizione di cameriere",
        "Piero Sanna <piero.sanna73@gmail.com>",
    )

    assert result.kind is Kind.APPLICATION
