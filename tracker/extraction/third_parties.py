"""Third parties writing about an employer's process in their own name: an assessment or test platform, a
background-check or screening firm, any sender acting for an employer it names.

Such a sender is no employer: it writes for every employer that buys its service. It tells what it is in
its own words, not in a list of its names:
- its display name writes it acting for another ("Skillsmetric on behalf of Acme", "Testwise namens Acme");
- the text writes it acting for an organisation the text names ("on behalf of Acme", "in opdracht van
  Acme", "im Auftrag von Acme", "pour le compte de Acme", "at the request of Acme"), or that organisation
  asking it, by its name or as "us", to act ("Acme has asked Quizmo to run the next step", "Acme heeft ons
  gevraagd", "Acme nous a demandé de");
- its trade is a vendor's, in its domain or display name ("ClearPath Screening", "Psicotest Pro",
  "acme-assessments.io"), or a test's word in its display name ("TestMeester", "Pruebasplus Test").
Then its domain's label is read as a system's (unknown_systems.unknown_system): its own names are never the
employer, the organisation it names is, and where it names none the employer is unknown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tracker.extraction import platforms
from tracker.extraction.employer_matching import same_employer
from tracker.extraction.match_words import MatchWords
from tracker.extraction.person_names import looks_like_person_name
from tracker.extraction.squashed_names import run_together
from tracker.extraction.text import PreparedEmail

# Words a sender acting for another writes before the other's name, in the seven languages.
_ACTING_FOR = (
    "on behalf of", "at the request of", "namens", "in opdracht van", "op verzoek van", "im auftrag von",
    "im auftrag der", "im auftrag des", "pour le compte de", "pour le compte d'", "à la demande de",
    "en nombre de", "a petición de", "em nome de", "em nome da", "em nome do", "per conto di",
    "per conto della", "per conto del",
    # And each language's other ways: "su incarico di", "por encargo de", "a pedido da", "im Namen der",
    # "au nom de".
    "su incarico di", "su incarico della", "su incarico del", "por encargo de", "a pedido de", "a pedido da",
    "a pedido do", "im namen von", "im namen der", "im namen des", "au nom de", "au nom d'",
)  # fmt: skip
_ACTING_IN_TEXT = re.compile(rf"\b(?:{'|'.join(re.escape(words) for words in _ACTING_FOR)}) ")
# The words one of which every acting phrase holds, from the pattern: most mail has none.
_ACTING_PRECHECK = MatchWords(_ACTING_IN_TEXT)


def _whom(language: str) -> str:
    """The one asked, a few words, as a group named for the `language` (the alternatives' names differ)."""
    return rf"(?P<{language}>[^\W\d_][\w&'.-]*(?: [\w&'.-]+){{0,3}}?)"


# An organisation the text names asking the sender to act, written after its name: "<Acme> has asked
# <Quizmo|us> to", "<Acme> heeft <ons> gevraagd", "<Acme> hat <uns> beauftragt", "<Acme> a demandé à
# <Quizmo> de", "<Acme> nous a demandé de", "<Acme> ha pedido a <Quizmo> que", "<Acme> pediu-nos", "<Acme>
# ha chiesto a <Quizmo> di". The one asked is a few words, bounded: the match stays linear.
_ASKING_THE_SENDER = re.compile(
    rf" (?:(?:has|have|had) )?(?:asked|engaged|commissioned|appointed|partnered with) {_whom('en')} to "
    rf"| heeft {_whom('nl')} (?:gevraagd|ingeschakeld)\b"
    rf"| hat {_whom('de')} (?:beauftragt|gebeten)\b"
    rf"| a (?:demandé à|chargé) {_whom('fr')} d[e']| (?P<fr_us>nous) a (?:demandé|chargés?) d[e']"
    rf"| (?:ha pedido|pidió|ha encargado|encargó) a {_whom('es')} (?:que|de)\b"
    r"| (?P<es_us>nos) (?:ha pedido|pidió)\b"
    rf"| (?:pediu|solicitou) (?:à|ao|a) {_whom('pt')} (?:que|para)\b| (?:pediu|solicitou)-(?P<pt_us>nos)\b"
    rf"| ha (?:chiesto|affidato) (?:a|ad) {_whom('it')} d[i']| (?P<it_us>ci) ha chiesto\b"
)
# The sender as "us", the one asked, in the seven languages.
_US = frozenset({"us", "ons", "uns", "nous", "nos", "ci"})
_ASKING_PRECHECK = MatchWords(_ASKING_THE_SENDER)
# A vendor's trade in its (run-together) domain label or display name: what it does for employers. Not
# "assessor-": a Portuguese "Assessoria Contábil" (an accounting firm), an Italian "Assessorato" hire for
# themselves.
_VENDOR_TRADE = re.compile(r"screening|assess(?!or)|testing|psychometr|psicotest|backgroundcheck")
# A test vendor's word in its display name, whole ("Pruebasplus Test") or opening a compound ("TestMeester",
# "Toetswijzer"): not in a run-together label, where "testo", "brightcontest", "fastest" hold the letters.
_TEST_WORD = re.compile(r"\b(?:tests?|(?:test|toets)[^\W\d_]{4,})\b")
# How far after the acting words the organisation's name is looked for.
_NAME_WINDOW = 80


def vendor_label(email: PreparedEmail, names: Sequence[str]) -> str | None:
    """The label of the sender's domain when the sender is a third party acting for an employer (this
    module's doc); `names` are the organisations the text names. None for a listed platform, free mail, a
    person's own mailbox, or a sender acting for nobody but itself."""
    sender = email.sender
    label = platforms.domain_employer(sender)
    if not label or len(label) < 3 or platforms.platform_of(sender):
        return None
    display = sender.name.strip().lower()
    if _displays_acting_for_another(display, label):
        return label
    if _VENDOR_TRADE.search(label) or (
        display
        and not looks_like_person_name(sender.name)
        and (_VENDOR_TRADE.search(run_together(display)) or _TEST_WORD.search(display))
    ):
        return label
    texts = [
        text
        for text in (email.subject_lower, email.body_lower)
        if _ACTING_PRECHECK.may_match(text) or _ASKING_PRECHECK.may_match(text)
    ]
    if not texts and not _INVITING_PRECHECK.may_match(email.body_lower):
        return None
    others = [name for name in names if not same_employer(name, label) and run_together(name) != label]
    # Acting for a person is no sign ("on behalf of Jane Doe"); a name asking the sender by name or as "us"
    # is one whether or not it reads as a person's ("Harbour Bakeries has asked us to run").
    organisations = [name.lower() for name in others if not looks_like_person_name(name)]
    others = [name.lower() for name in others]
    if any(_acts_for(text, organisations) or _asks_the_sender(text, others, label) for text in texts):
        return label
    return label if _invited_by(email.body, organisations) else None


def _invited_by(body: str, organisations: list[str]) -> bool:
    """Whether one of `organisations` (lowercased) is written inviting the reader ("Banca Serra ti invita a
    completare il test"): the sender runs that organisation's step."""
    if not organisations or not _INVITING_PRECHECK.may_match(body.lower()):
        return False
    return any(
        _ARTICLE.sub("", match.group("name")).lower() in organisations
        for match in _AN_ORGANISATION_INVITES.finditer(body)
    )


# The organisation acted for, written as a name: capitalised ("per conto di Pastificio Rota", "im Auftrag der
# Nordwind GmbH"), not a pronoun's or a client's ("on behalf of our client", "au nom de notre client").
_NAMED_AFTER = re.compile(
    r"(?:(?:la|le|l'|der|die|des|the|a|o|de|het) )?"
    r"(?!(?:Our|Notre|Unser|Nuestro|Nosso|Onze|Il nostro)\b)[A-ZÀ-Þ]"
)


def acts_for_a_named_organisation(email: PreparedEmail) -> bool:
    """Whether the mail's writer acts for an organisation its text names ("pour le compte de Verrerie
    Roux, nous vous invitons", "In opdracht van Drukkerij Vos nodigen wij je uit"): a vendor or an agency
    running another's hiring step, which is the reader's application's mail though it names no job."""
    if _INVITING_PRECHECK.may_match(email.body_lower):
        invites = _AN_ORGANISATION_INVITES.finditer(email.body)
        if any(_an_organisations_name(invite.group("name")) for invite in invites):
            return True
    if not _ACTING_PRECHECK.may_match(email.body_lower):
        return False
    return any(
        _NAMED_AFTER.match(email.body, match.end()) for match in _ACTING_IN_TEXT.finditer(email.body_lower)
    )


# An organisation inviting the reader, its name before the verb, in the seven languages: "A Construtora
# Itapoã convidou você", "Banca Serra ti invita a completare", "Hélio SA vous invite à", "Acme has invited
# you to" (each word capitalised; the words are bounded and each opens on a space and a capital).
_AN_ORGANISATION_INVITES = re.compile(
    r"\b(?P<name>[A-ZÀ-Þ][\w&.'-]*(?: [A-ZÀ-Þ&][\w&.'-]*){0,5}) "
    r"(?:(?:has |have )?invited you|(?:te |lhe )?convidou(?: você)?|ti invita|la invita|vi invita|"
    r"vous invite|t'invite|te invita|le invita|nodigt (?:je|jou|u) uit|"
    r"(?:hat|haben) (?:[Ss]ie|dich) (?:\w+ )?eingeladen|lädt (?:[Ss]ie|dich)) "
)
_INVITING_PRECHECK = MatchWords(
    re.compile(_AN_ORGANISATION_INVITES.pattern.replace("?P<name>", "?:").lower())
)
# An article before the organisation's name: "A Construtora Itapoã convidou você".
_ARTICLE = re.compile(r"^(?:A|O|La|Le|L'|Il|Lo|Die|Der|Das|Het|De|The|El) ")


def _an_organisations_name(invited_by: str) -> bool:
    """Whether the name before an invitation is an organisation's: two words or more ("Kate invited you to a
    task" is a gig's client, one person), and not shaped as a person's ("Kate Morrow has invited you")
    unless an article opens it, as no person's name takes one ("A Vidraria Tabosa convidou você")."""
    name = _ARTICLE.sub("", invited_by)
    return " " in name and (name != invited_by or not looks_like_person_name(name))


def _displays_acting_for_another(display: str, label: str) -> bool:
    """ "Skillsmetric on behalf of Nordwind Freight" from skillsmetric.io: the sender, then whom it acts
    for."""
    for words in _ACTING_FOR:
        at = display.find(f" {words} ")
        if at > 0:
            sender_part = run_together(display[:at])
            return bool(sender_part) and (sender_part in label or label in sender_part)
    return False


def _acts_for(text: str, others: list[str]) -> bool:
    """Whether the (lowercased) text writes acting words before one of `others` (lowercased)."""
    for match in _ACTING_IN_TEXT.finditer(text):
        after = text[match.end() : match.end() + _NAME_WINDOW]
        if any(after.startswith(name) for name in others):
            return True
    return False


def _asks_the_sender(text: str, others: list[str], label: str) -> bool:
    """Whether the (lowercased) text writes one of `others` asking the sender, by a name its domain's
    `label` spells or as "us", to act: "marlow freight has asked quizmo to run the next step"."""
    for name in others:
        at = text.find(name)
        while at >= 0:
            asked = _ASKING_THE_SENDER.match(text, at + len(name))
            if asked is not None:
                whom = next(found for found in asked.groups() if found is not None)
                if whom in _US:
                    return True
                squashed = run_together(whom)
                if squashed and (squashed in label or label in squashed):
                    return True
            at = text.find(name, at + 1)
    return False
