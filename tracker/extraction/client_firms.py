"""An agency's client, named as a firm by its legal form in the agency's own words (German or English).

A Personalberater or a staffing agency writes its client the way a firm is written in German: its name
closed by its legal form, wherever the sentence puts it ("das Feedback von der Brunnhuber Logistik GmbH
zu Ihrem Gespräch", "Mandant: Oberholz Antriebe AG, Regensburg", "Ihr Profil liegt der Personalleitung
der Seewald Kunststoff KG vor", a subject's "Disponent (m/w/d) bei Kranich Spedition GmbH"). The form
makes it an organisation whatever words stand around it, so no phrase table need list the sentence. In
mail from an agency (employer_agencies.is_agency_sender), a firm named so in the subject or in the text
above the writer's closing is its client unless it is the agency itself: its domain, its display name or
the signature under the closing spell it (the legal footer below the closing names the agency, its
general partner and its register, never the client). An English-speaking recruiter writes its client
the same way ("the Board of Harcombe Minerals plc", "I submitted you to Quayle Brothers Co.", "feedback
from Tallis Marine Pty Ltd"): the English forms close a name as the German ones do.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from tracker.extraction.agency_trades import names_an_agency
from tracker.extraction.employer_agencies import is_agency_sender
from tracker.extraction.employer_candidates import Candidate, add_candidate
from tracker.extraction.greeting_words import GERMAN_CLOSING_WORDS
from tracker.extraction.squashed_names import run_together
from tracker.extraction.subject_named_clients import the_one_beside_the_agency
from tracker.extraction.text import PreparedEmail

# A client named by its legal form weighs as "bei unserem Kunden, der X GmbH" does.
CLIENT_FIRM_WEIGHT = 3.0
# Where such a name was read (the side of its place): the mail is an agency's, whose own name is no client.
CLIENT_FIRM = "client firm"
# The German-speaking and the English legal forms, each a word of its own ("AG" in "AGB" is none; "Co."
# closes a name only with its dot: "Co Durham" is a county).
_FORM = re.compile(
    r"(?<=\s)(?:GmbH & Co\. KG|GmbH & Co KG|gGmbH|GmbH|mbH|AG|KG|SE|OHG|UG|AöR|e\. ?V\.|"
    r"(?:Pty|Pte|Pvt|Private)\.? (?:Ltd|Limited)\.?|Ltd\.?|Limited|LLC|L\.L\.C\.|Inc\.?|plc|PLC|LLP|Co\.|"
    r"Corp\.)(?=$|[\s,.;:)!?])"
)
# Substrings every form holds: most mail holds none, and the search is then skipped.
_FORM_WORDS = (
    "GmbH", "mbH", "AG", "KG", "SE", "OHG", "UG", "AöR", "V.", "Ltd", "Limited", "LLC", "L.L.C.", "Inc",
    "plc", "PLC", "LLP", "Co.", "Corp.",
)  # fmt: skip
# The writer's closing ("Mit freundlichen Grüßen", "Viele Grüße", "LG", "Best regards"): below it the
# signature and the legal footer name the agency.
_CLOSING = re.compile(
    rf"^[ \t]*(?:{GERMAN_CLOSING_WORDS}|(?:lg|mfg|vg)\b|"
    r"(?:with )?(?:best|kind|warm)(?:est)? regards\b|regards\b|"
    # A line that is only an English closing: "Cheers,", "Best,", "Many thanks" (not "Thanks for ...").
    r"(?:cheers|best|thanks|many thanks|(?:yours )?sincerely)[,!.]?[ \t]*$)",
    re.I | re.M,
)
# Words before a firm's name that are no part of it: articles, prepositions, the words for a client or a
# firm, a sentence's opening ("Die Kranich Spedition GmbH hat", "bei der Firma Oberholz AG").
_BEFORE_THE_NAME = frozenset(
    {
        "der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einer", "bei", "beim", "von",
        "vom", "für", "mit", "an", "am", "zur", "zum", "im", "in", "aus", "über", "unser", "unsere",
        "unserem", "unseren", "unserer", "unseres", "mein", "meine", "meinem", "meinen", "meiner", "ihr",
        "ihre", "ihrem", "ihren", "ihrer", "firma", "mandant", "mandantin", "mandanten", "kunde", "kunden",
        "kundin", "unternehmen", "arbeitgeber", "auftraggeber", "auftraggeberin", "herr", "herrn", "frau",
        "und", "oder", "sowie", "als", "bzw", "wie", "dass", "ob", "wenn", "heute", "gestern", "leider",
        "gerne", "gern", "auch", "nun", "jetzt", "bereits", "sehr", "geehrter", "geehrte", "hallo", "liebe",
        "lieber", "guten", "tag", "ich", "wir", "sie", "du", "es", "er", "hat", "haben", "ist", "sind",
        "wurde", "wird", "möchte", "möchten", "würde", "würden", "personalleitung", "geschäftsführung",
        "personalabteilung", "fachabteilung", "position", "stelle", "rolle", "vakanz", "job",
        # An English sentence's capitalised opening before the name: "Great news: Quayle Brothers Co.".
        "the", "our", "my", "your", "their", "client", "hi", "hello", "dear", "good", "great", "news",
        "i", "we", "they", "update", "unfortunately", "congratulations", "re", "fw", "fwd", "submission",
        "feedback",
    }
)  # fmt: skip
_MOST_WORDS = 5
# "&" and "+" join a firm's words ("Hagedorn & Pietsch Armaturen GmbH"); "-" is inside a word.
_JOINING = frozenset({"&", "+"})
_SIGNATURE_LINES = 8


def add_client_firms(found: list[Candidate], email: PreparedEmail) -> None:
    """An agency's client firms, named by their legal form in the subject or above the closing."""
    body_end = _closing_at(email.body)
    texts = (("subject", email.subject), ("body", email.body[:body_end]))
    if not any(word in text for _, text in texts for word in _FORM_WORDS):
        return
    firms = [
        (place, at, name)
        for place, text in texts
        for form in _FORM.finditer(text)
        if (read := _firm_before(text, form.start(), form.group(0))) is not None
        for at, name in (read,)
    ]
    if not firms or not _from_an_agency(email, body_end):
        return
    sender, signature = _agency_spellings(email, body_end)
    for place, at, name in firms:
        letters = run_together(name.rsplit(" ", 1)[0] if " " in name else name)
        if len(letters) > 2 and not (
            any(letters in spelling or spelling in letters for spelling in sender)
            or any(letters in line for line in signature)
        ):
            add_candidate(found, name, CLIENT_FIRM_WEIGHT, (place, at, CLIENT_FIRM))


def names_a_client_firm(candidates: list[Candidate]) -> bool:
    """Whether a client firm was read: the mail is an agency's relaying its client's process."""
    return any(c.place is not None and c.place[2] == CLIENT_FIRM for c in candidates)


def client_firm_over_agency(
    best: list[Candidate],
    clusters: Sequence[list[Candidate]],
    is_weak: Callable[[list[Candidate]], bool],
) -> list[Candidate] | None:
    """The one cluster read as an agency's client firm, where the agency's own say (`best`, backed by the
    sender) won: its display name, domain and signature repeat its name ("Hays", "Hays AG", "hays.de")
    against a client its text names once ("handelt es sich um die Brückner Maschinenbau GmbH"), though it
    only relays its client's process. None where no client firm, or several, stand beside it; `is_weak`
    passes over one naming only a place, a platform or a system."""
    return the_one_beside_the_agency(
        best, clusters, lambda cluster: names_a_client_firm(cluster) and not is_weak(cluster)
    )


def _from_an_agency(email: PreparedEmail, body_end: int) -> bool:
    """Whether an agency writes: as employer_agencies tells it, or by its trade in the writer's signature
    under the closing, above a legal footer that pushes it out of the last lines ("Kaltenbach
    Personalberatung GmbH" over its address, its register and its managing directors)."""
    return is_agency_sender(email) or names_an_agency(f"{email.sender.name} {email.body[body_end:]}")


def _closing_at(body: str) -> int:
    """Where the writer's first closing line stands (the end of the body where none does)."""
    closing = _CLOSING.search(body)
    return closing.start() if closing else len(body)


def _firm_before(text: str, form_at: int, form: str) -> tuple[int, str] | None:
    """(where the name starts, the name with its form) for the capitalised words right before a legal
    form on its line: "von der Brunnhuber Logistik GmbH" -> "Brunnhuber Logistik GmbH"."""
    line_start = text.rfind("\n", 0, form_at) + 1
    words = text[line_start:form_at].split(" ")
    if words and words[-1] == "":
        words.pop()
    kept: list[str] = []
    for word in reversed(words):
        if len(kept) >= _MOST_WORDS or not word:
            break
        if word in _JOINING and kept:
            kept.append(word)
            continue
        if not word[0].isupper() and not word[0].isdigit() or word.lower() in _BEFORE_THE_NAME:
            break
        if word[-1] in ",;:!?)(\"'" or word[0] in "(\"'":
            break
        kept.append(word)
    while kept and kept[-1] in _JOINING:
        kept.pop()
    if not kept:
        return None
    name = " ".join(reversed(kept))
    return form_at - len(name) - 1, f"{name} {form}"


def _agency_spellings(email: PreparedEmail, body_end: int) -> tuple[list[str], list[str]]:
    """The agency's own names run together: its domain's label and its display name (a client's name may
    hold either), then its signature's lines (which hold the agency's name and more)."""
    lines = email.body[body_end:].split("\n") if body_end < len(email.body) else []
    signature = [run_together(line) for line in (lines or email.lines[-_SIGNATURE_LINES:])]
    return agency_sender_spellings(email), [s for s in signature if len(s) > 2]


def spells_the_agency(letters: str, own: list[str]) -> bool:
    """Whether a name run together (`letters`) holds one of the agency's own spellings `own`
    (agency_sender_spellings) or is held by one: the agency naming itself, its office or its team, never
    its client ("the team at Calder Search", "Calder Search Leeds")."""
    return any(spelling in letters or letters in spelling for spelling in own)


def agency_sender_spellings(email: PreparedEmail) -> list[str]:
    """The sending agency's own names run together, as a client's name may hold either: its domain's first
    label and its display name (three letters or more)."""
    sender = [run_together(email.sender.domain.split(".")[0]), run_together(email.sender.name)]
    return [s for s in sender if len(s) > 2]
