"""A title's gender mark ("(m/w/d)", "H/F", "(all genders)") and what follows it in a subject.

After its mark a title's name is over but for its field: what follows is the sentence going on, the post's
terms, its place, its town's quarter or its operator's site (language_title_tags.py cuts them off); a
subject may drop the mark the body writes after the title, which belongs to it (with_gender_mark).
"""

from __future__ import annotations

import re

from tracker.extraction.places import is_town, is_written_place

_GENDER = r"(?:[mwfdxhvi]\s*/\s*)+[mwfdxhvi]|all genders|alle geschlechter|tous genres"
# A word's other gender in a bracket glued to it, up to its close: "Jefe(a)", "Infirmier(ère)", "Chargé(e)",
# "Coordenador(a)", "Direttore(trice)". Read after the bracket's opening; a bracket after a space, or holding
# capitals, a slash or more than a suffix, is the title's tag or place ("(Madrid)", "(remoto)", "(m/f)").
GLUED_GENDER_ENDING = r"(?<=[a-zà-ÿ]\()[a-zà-ÿ]{1,5}\)"
# The mark as a title carries it: bracketed ("(m/w/d)", "(all genders)") or French's bare "H/F" (any case:
# every pattern reading it is caseless).
_MARK = rf"\((?:{_GENDER})\)|\b[HFhf]/[HFhf]\b"
# "(m/w/d; Vollzeit 38,5h)" -> "(m/w/d)".
_GENDER_WITH_EXTRAS = re.compile(rf"\(\s*(?P<g>{_GENDER})\s*[,;][^)]*\)", re.I)
# "Lohnbuchhalter (m/w/d) wurde erfolgreich versendet", "Technicien (H/F) en alternance": after its gender
# mark a title goes on only with a capitalised word ("Sachbearbeiter (m/w/d) Buchhaltung") or a preposition
# naming its field ("(w/m/x) mit Schwerpunkt Server", "für Backend"); another lowercase word is the
# sentence's verb, a place or a contract, with whatever follows it ("(m/w/d) schlägt Frau X (HR) vor").
_LOWERCASE_AFTER_GENDER_MARK = re.compile(
    rf"(?P<mark>{_MARK})\s+"
    r"(?!(?:mit|für|im|in|zur|zum|und|oder|bzw|de|du|des|d')\b)(?-i:[a-zäöüßàâçéèêëîïôûù])[^\n]*$",
    re.I,
)
# "Stagiaire (F/H) – stage de 6 mois", "(m/w/d) – internationale Projekte, ca. 30 % Reisen": after the mark's
# dash, lowercase words with a number or a list describe the post's terms; a field after it is its own words
# ("(d/m/w) - künstliche Intelligenz").
_TERMS_AFTER_GENDER_MARK = re.compile(
    rf"(?P<mark>{_MARK})\s+[-–|]\s+(?-i:[a-zäöüßàâçéèêëîïôûù])[^()\n]*$", re.I
)


def _without_terms_after_mark(match: re.Match[str]) -> str:
    tail = match.group()[len(match["mark"]) :]
    return match["mark"] if "," in tail or any(ch.isdigit() for ch in tail) else match.group()


# After its gender mark a title's name is over but for its field: a dash then a single word or a place's
# label starts its place ("(M/F) - Porto", "F/H - Bordeaux", "(w/m/d) - Standort Leipzig", "(M/F) - Sede
# di Bergamo"; not "(f/m/d) - B2C Digital Solutions"), and so does "in" before a capitalised word
# closing it ("(m/w/d) Sondermaschinenbau in Augsburg").
_PLACE_AFTER_GENDER_MARK = re.compile(
    rf"(?P<head>(?:{_MARK})[^()\n]*?)(?:(?P<dash>\s+[-–|]\s+)(?P<label>(?:standort|"
    r"sede(?: di)?|site|lieu|ubicación|localização|locatie|einsatzort|dienstort)\s+)?|"
    r"\s+(?-i:in|à|a|em|en|bei)\s+)"
    r"(?P<word>(?-i:[A-ZÀ-Þ])[\w'’.-]*)(?:\s+\(\d{1,3}\))?$",
    re.I,
)
# "Vendeur H/F - Lyon Part-Dieu", "(m/w/d) - Berlin Mitte", "(M/F) - Lisboa Baixa": a town and its quarter
# after the mark, as shops and branches name where they are; the town must be one ("- Pricing Analytics" is
# the post's field).
_TOWN_AFTER_GENDER_MARK = re.compile(
    rf"(?P<head>{_MARK})\s+[-–|]\s+(?P<town>(?-i:[A-ZÀ-Þ])[\w'’.-]*)"
    r"(?:\s+(?-i:[A-ZÀ-Þ])[\w'’.-]*){1,2}$",
    re.I,
)
# A field's word after the mark's dash is the post's, unless the gazetteer knows it as a place: "(w/m/d) –
# Pricing", "(m/w/d) - Controlling", "(H/F) - Marketing" (their labels keep it, as they keep "(d/m/w) -
# künstliche Intelligenz"); a town the gazetteer is too small to hold rarely ends so.
_FIELD_WORD_END = re.compile(r"(?:ing|ung|ik|ion|ät|ie|ment|ismus)$")


def _without_place_after_mark(match: re.Match[str]) -> str:
    word = match["word"]
    if match["dash"] and not match["label"] and _FIELD_WORD_END.search(word) and not is_written_place(word):
        return match.group()
    return match["head"]


# "(m/w/d) Notaufnahme Krankenhaus Merheim", "(w/m/d) Intensivstation Klinikum Neukölln": after the ward, the
# operator's site where the post is, named by its kind and a capitalised name ("Klinik für Kardiologie" is
# a department, and stays).
_SITE_AFTER_GENDER_MARK = re.compile(
    rf"(?P<head>(?:{_MARK})[^()\n]*?)\s+[-–|]?\s*(?:krankenhaus|klinikum|klinik|"
    r"spital|kantonsspital|landeskrankenhaus|seniorenzentrum|pflegeheim|altenheim|standort|hôpital|hospital|"
    r"ospedale|ziekenhuis)\s+(?-i:[A-ZÀ-Þ])[\w'’.-]*(?:\s+(?-i:[A-ZÀ-Þ])[\w'’.-]*)?$",
    re.I,
)


def gender_mark_alone(text: str) -> str:
    """`text` with each mark's bracket holding the mark alone: "(m/w/d; Vollzeit 38,5h)" -> "(m/w/d)"."""
    return _GENDER_WITH_EXTRAS.sub(lambda match: f"({match.group('g')})", text)


def without_what_follows_gender_mark(text: str) -> str:
    """`text` up to its gender mark where what follows the mark is no part of the title's name."""
    text = _LOWERCASE_AFTER_GENDER_MARK.sub(lambda match: match.group("mark"), text)
    text = _TERMS_AFTER_GENDER_MARK.sub(_without_terms_after_mark, text)
    text = _PLACE_AFTER_GENDER_MARK.sub(_without_place_after_mark, text)
    text = _SITE_AFTER_GENDER_MARK.sub(lambda match: match.group("head"), text)
    quarter = _TOWN_AFTER_GENDER_MARK.search(text)
    if quarter is not None and is_town(quarter["town"]):
        text = text[: quarter.end("head")]
    return text


_GENDER_MARK_AFTER = re.compile(rf"[ \t]*(?P<mark>{_MARK})", re.I)
# "Chef de Projet F/H – Acme Services": the segment after the mark's dash that opens on the employer's name is
# the employer (its division or entity), no part of the post.
_SEGMENT_AFTER_GENDER_MARK = re.compile(rf"(?P<mark>{_MARK})\s+[-–|]\s+(?P<segment>[^\n]{{2,80}})$", re.I)


def without_employer_after_mark(title: str, company: str | None) -> str:
    """`title` up to its gender mark where the segment after the mark's dash opens on `company`'s name."""
    after = _SEGMENT_AFTER_GENDER_MARK.search(title) if company else None
    if after is None or company is None:
        return title
    segment, name = after["segment"].lower(), company.lower()
    if segment == name or segment.startswith(name + " "):
        return title[: after.end("mark")]
    return title


def with_gender_mark(title: str, body: str) -> str:
    """`title` with the gender mark the body writes right after it ("Ingénieur DevOps" -> "... (F/H)").

    A subject often drops the mark the posting's title carries, and the mark belongs to the title.
    """
    at = body.find(title) if title and "/" not in title else -1
    if at < 0:
        return title
    mark = _GENDER_MARK_AFTER.match(body, at + len(title))
    return f"{title} {mark.group('mark')}" if mark else title


_GENDER_MARK = re.compile(_MARK, re.I)


def carries_gender_mark(text: str) -> bool:
    """Whether `text` carries a post's gender mark ("Kalkulator (m/w/d)", "Technicien H/F"): it names a post,
    never an organisation."""
    return _GENDER_MARK.search(text) is not None
