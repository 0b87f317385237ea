"""A staffing agency's trade as its name or domain says it ("Acme Staffing", "brightpathrecruitment.co.uk").

Read both by the agency's own readings (employer_agencies.py) and by a signature's line (agency_lines.py),
which the agency's readings reach through the title's: so it stands apart, reading only words and domains.
"""

from __future__ import annotations

import functools
import re

from tracker.extraction import platforms
from tracker.extraction.caseless_words import CaselessWords
from tracker.extraction.phrases.tables import word_list

# Staffing agencies name themselves by their trade: in their domain ("brightpathrecruitment.co.uk",
# "acme-staffing.com") or their name ("Acme Staffing", "Acme Resourcing"). A name's "Recruiting" or
# "Recruitment" is as often an employer's own department ("Varnholt Recruiting"): only the domain's counts.
_AGENCY_TRADE = (
    r"staffing|resourcing|personnel|executive search|headhunt|talent solutions|talent partners|"
    r"search partners|personalberatung|"
    # "Sterling Hale Recruitment Ltd": a firm whose trade is recruiting (an employer's team is no company).
    r"recruit(?:ment|ing) (?:ltd|limited|llc|inc|group|gmbh|b\.?v|s\.?l|s\.?r\.?l)\b|"
    r"personaldienstleist|zeitarbeit|personal (?:gmbh|ag|service)\b|"
    # "X Personalservice GmbH" is a firm whose trade is personnel; a city's or a hospital's "Personalservice"
    # with no legal form is its own personnel department.
    r"personalservice (?:gmbh|ag|kg|se)\b|personalleasing\b|intérim|interim|werving|uitzend|"
    # "Bluegum Nursing Agency", "Northside Locums": a care staffing agency names its trade.
    r"(?:nursing|nurses|nurse|medical|healthcare|locum) agency|locums\b|"
    # Italy's licensed staffing agencies sign with their legal category: "X S.p.A. - Agenzia per il Lavoro".
    r"agenzia per il lavoro|"
    # A search firm's trade as it signs in the other languages ("Consultora de Selección", "Cabinet de
    # recrutement", "Personalvermittlung"; an employer's own team is "Selección de Personal", "Recrutamento e
    # Seleção": no trade); Spain's temporary work agencies close their name with "ETT" (empresa de trabajo
    # temporal).
    r"consultora de selección|consultoría de selección|consultora de recrutamento|"
    r"empresa de trabajo temporal|\bett\b|cabinet de recrutement|personalvermittlung|"
    # Portugal's temporary work agencies sign with their legal category: "X – Empresa de Trabalho
    # Temporário, Lda." (an employer's own temps are "trabalho temporário" without the company's noun).
    r"empresa de trabalho temporário|"
    # The licence or legal status an agency's footer states whatever its name: "X Ltd acts as an employment
    # agency in relation to this vacancy" (the UK's conduct regulations), "Erlaubnis zur
    # Arbeitnehmerüberlassung", "Agencia de colocación autorizada", "entreprise de travail temporaire".
    r"act(?:s|ing) as an employment (?:agency|business)|arbeitnehmerüberlassung|agencia de colocación|"
    r"entreprise de travail temporaire"
)
# An agency's own domain: "redwoodrecruit.co.uk", "apexsearch.com", "northgatetalent.co.uk", "hays.com".
# ... and in the Romance languages: "pontestalentos.com.br", "hunterselezione.it", "grupo-seleccion.es",
# "boreal-recrutement.ca" (French: "recrutement", as Spanish "reclutamiento").
_AGENCY_DOMAIN = re.compile(
    rf"recruit|{_AGENCY_TRADE}|personalservice|search$|.talent$|talentos|recrutement|recrutamento|reclutamiento|seleccion|selecao|"
    rf"selezione|"
    rf"^(?:{word_list('agency_domains')})$"
)


# Asked of one sender's domain by several readings of a mail, and of the same domains mail after mail; the
# search tries the agencies' names at its start (~5 us a label).
@functools.lru_cache(maxsize=4096)
def agency_label(label: str) -> bool:
    """Whether a domain's label (its first part, or the whole domain run together) says a staffing agency."""
    return _AGENCY_DOMAIN.search(label) is not None


def is_agency_domain(domain: str) -> bool:
    """Whether a sender's domain is a staffing agency's own ("randstad.it", "northbridge-recruitment.com")."""
    return bool(domain) and agency_label(platforms.registrable_domain(domain).split(".")[0])


_AGENCY_NAME = CaselessWords(rf"\b(?:{_AGENCY_TRADE}|(?:{word_list('agencies')})\b)")


def names_an_agency(name: str) -> bool:
    """Whether `name` holds a staffing agency's trade or is a known agency's ("Brightpath Staffing")."""
    return _AGENCY_NAME.occurs_in(name)
