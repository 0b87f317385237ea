"""On what terms and for what pay a post is worked, written beside its title: none of it is its name.

"Software Engineer (Remote)", "- 6 Month Contract", "(3-6 yrs)", "- $85k", "(0.6 FTE)": the patterns
title_cleaning.clean_title cuts them with. Hours and shifts a post's name carries stay ("Part-Time
Bookseller", "- Nights").
"""

from __future__ import annotations

import re

from tracker.extraction.clock_times import HOUR, MERIDIEM

# A shift is when the hours fall, not the role: "Nurse (RN) - Nights", "Warehouse Associate - 2nd Shift".
SHIFT = (
    r"(?:nights?|days|evenings?|weekends?|overnights?|(?:1st|2nd|3rd|first|second|third|night|day|evening|"
    r"overnight|weekend|rotating|swing|graveyard) shift|prn|per diem|"
    # Spanish and Portuguese: "Turno Tarde", "turno de noche", "3º Turno", "Plantão Noturno 12x36".
    r"turno (?:de (?:la )?)?(?:noche|tarde|mañana|madrugada|día|dia|noite|manhã)|"
    r"turno (?:noturno|diurno|vespertino|matutino|nocturno|rotativo|intermedio|[123])|[123][ºo°ª]? turno|"
    r"plantão(?: (?:noturno|diurno))?(?: \d{1,2}x\d{2})?|\d{1,2}x\d{2})"
)
# Where and on what terms the post is worked, no part of its name. Its hours and shift are: every real
# label keeps "Full Time", "(Part-Time)", "- Nights" or "2nd Shift" where the post's name carries them.
_WORK_TAG = (
    r"(?:open|remote|hybrid|on-?site|in[- ]office|work from home|wfh|fully remote|100% remote|"
    r"telecommute|"
    # A US contract's tax form or terms: "(1099 contract)", "(W2)", "(C2C only)", "(Contract to Hire)"; a
    # bracket opening with the form is the contract's whole ("(W2 contract to perm)", "(1099 / C2C)").
    r"(?:1099|w-?2|c2c|c2h|corp[- ]to[- ]corp)(?:(?:\s+|\s*[/,&+]\s*)[^)\]]{1,30})?|"
    r"(?:temp|contract)[- ]to[- ](?:hire|perm)|"
    r"remote[^)\]]{0,30}|hybrid[^)\]]{0,30}|on-?site[^)\]]{0,30}|(?:contract|"
    r"temporary|permanent|fixed[- ]term)(?:[,;]?\s+[^)\]]{0,30})?|"
    # Working time or a leave the post covers alone is the post's name, as the labels keep "(Part-Time)" and
    # "(Maternity Cover)"; listed with other terms after a comma, the bracket is the post's terms: "(Term Time
    # Only, 30 hrs)", "(part-time, weekends)", "(maternity cover, from May)".
    r"(?:part[- ]time|full[- ]time|term[- ]time(?: only)?|"
    r"(?:maternity|paternity|parental|adoption|sick)(?: leave)? cover)[,;]\s+[^)\]]{1,30}|"
    # How the post is hired, in each language: an agency's "(direct hire)", North America's "(Regular,
    # Full-Time)", Quebec's "(poste régulier)", "(poste permanent, temps plein)", Brazil's "(efetivo)", the
    # Dutch "(onbepaalde duur)"; alone or before other terms.
    r"(?:direct[- ]hire|regular|(?:poste )?(?:permanent|régulier)|efetiv[oa]|(?:contrato )?fijo|"
    r"(?:contract )?(?:van |voor )?onbepaalde (?:duur|tijd))(?:[,;/]\s*[^)\]]{1,30})?|"
    # How the search is run: "(confidential search)", "(recherche confidentielle)", "(búsqueda confidencial)",
    # "(ricerca riservata)", "(busca confidencial)", "(vertrauliche Suche)", "(vertrouwelijke zoekopdracht)".
    r"(?:confidential|retained|exclusive|discreet) search|recherche (?:confidentielle|exclusive)|"
    r"(?:búsqueda|busca|selección|seleção|processo|proceso) (?:confidencial|exclusiv[ao])|"
    r"(?:ricerca|selezione) (?:riservata|confidenziale|esclusiva)|vertrauliche (?:suche|besetzung)|"
    r"vertrouwelijke (?:zoekopdracht|opdracht|search))"
)
TAG_IN_BRACKETS = re.compile(rf"\s*[\(\[]\s*{_WORK_TAG}\s*[\)\]]", re.I)
TAG_TRAILING = re.compile(
    r"\s*(?:[-|/,–]+\s*)(?:(?:100% |fully )?remote|hybrid|on-?site|work from home|wfh|telecommute)"
    r"(?:\s*[-|/–]\s*(?:remote|hybrid|on-?site|work from home|wfh))*\s*$",
    re.I,
)
# How long a contract runs, with the word for the contract: "- 6 Month Contract", "(12-month contract)"
# (a duration alone stays, as the post writes it: "Stage Chargé de communication (6 mois)").
DURATION_TRAILING = re.compile(
    r"\s*(?:[-|,–]\s*|\(\s*)\d{1,2}[- ]?(?:months?|mos?\.?|weeks?|mois|meses|monate|maanden|mesi)\b"
    r"\s+(?:contract|fixed[- ]term|ftc|temp(?:orary)?|assignment|cdd|contrat|de contrat)\s*\)?\s*$",
    re.I,
)
# "Project Officer - Fixed Term 12 months", "- Temporary contract (6 months)": the post's term, as a bracket's
# "(Fixed term)" is (TAG_IN_BRACKETS).
# A permanent post's terms after a dash, with its hours, are its terms too: "- Permanent Full-Time",
# "- Full-Time, Permanent" (its hours alone stay, as the labels keep "- Full Time").
TERM_TRAILING = re.compile(
    r"\s*[-|,–]\s*(?:(?:full|part)[- ]time,?\s+)?(?:fixed[- ]term|temporary|temp|permanent)"
    r"(?:,?\s+(?:full|part)[- ]time)?(?:\s+contract)?(?:\s*[-,:(]?\s*(?:for\s+)?\d{1,2}[- ]?"
    r"(?:months?|mos?\.?|weeks?|years?)\)?)?\s*$",
    re.I,
)
# Indian boards' tails: the experience asked ("(3-6 yrs)", "- 0-2 Years Exp", "| 5+ yrs") and the pay as
# CTC in lakhs ("- 3.5 LPA", "(6-8 LPA)", "| CTC 12 LPA"): what the post asks and pays, not its name.
EXPERIENCE_OR_CTC_TRAILING = re.compile(
    r"\s*(?:[-|,–]\s*|\(\s*)(?:(?:exp(?:erience)?|ctc)\s*[:.-]?\s*)?(?:up to\s+)?\d{1,2}(?:\.\d)?"
    # A range or a floor is asked ("3-6 years", "5+ years"); "(2 years)" alone may be the contract's term.
    r"(?:(?:\s*(?:[-–]|to)\s*\d{1,2}(?:\.\d)?|\+)\+?\s*years?|(?:\s*(?:[-–]|to)\s*\d{1,2}(?:\.\d)?)?\+?"
    r"\s*(?:yrs?|lpa|lakhs?(?:\s+p\.?a\.?)?)"
    r"|\s*years?(?=\s+(?:of\s+)?exp))\.?(?:\s+(?:of\s+)?(?:exp(?:erience)?|ctc))?\.?\s*\)?\s*$",
    re.I,
)
# "Staff Nurse - Days (7am-7pm)", "(20:00-08:00)": a shift's hours.
_SHIFT_END = rf"{HOUR}(?:[:.]\d{{2}})?\s*(?:{MERIDIEM}|h)?"
HOURS_IN_BRACKETS = re.compile(rf"\s*\(\s*{_SHIFT_END}\s*[-–]\s*{_SHIFT_END}\s*\)", re.I)
# "- $60,000/year USD", "(re" (a subject cut short inside its brackets).
# "- $85k", "(£24,071 - £25,674 per annum)", "- €45.000 p.a.", "- $15.50 an hour": the pay, no part of the
# role's name.
# "($12,000 mensuales)", "| Salário R$ 2.500,00 + comissão", "- S/ 1,500 al mes": Latin America's pay, its
# period and what is paid on top.
SALARY_TRAILING = re.compile(
    r"\s*[-|,(]\s*(?:(?:sal[áa]rio|sueldo|pay|rate)\s*:?\s*)?(?:up to |from |desde |hasta |até )?"
    r"(?:R\$|US\$|S/|[$£€])\s?\d[\d,.]*k?(?:\s*[-–]\s*(?:R\$|[$£€])?\s?\d[\d,.]*k?)?"
    r"(?:\s*(?:/|per )\s*\w+|\s+an? (?:hour|hr)|\s*p\.?a\.?|"
    r"\s+(?:mensuales|mensual|mensais|brutos?(?: anuales)?|(?:al|por|ao) (?:mes|mês|hora|año|ano)))?"
    r"(?:\s*(?:usd|gbp|eur|brl|mxn))?"
    # A bonus the advert offers with the post: "- $15K Sign On", "($10,000 Sign-On Bonus)".
    r"(?:\s+(?:(?:sign[- ]?on|signing|hiring|relocation|retention)(?: bonus)?|bonus))?"
    r"(?:\s*\+\s*(?:comiss[ãa]o|comisiones|commission|b[ôo]nus|benef[íi]cios|beneficios))?\)?\s*$",
    re.I,
)
# "Remote Accounts Receivable Specialist" (but "Remote Sensing Analyst" is a field, and "Remote Area Nurse",
# "Remote Site Medic", "Remote Operations Technician", "Remote Pilot" name where or how the post itself is
# done: a remote area's clinic, a mine's or a rig's site, a control room, a drone; a "Remote Site
# Reliability Engineer" is remote).
# ("Part-Time Bookseller" keeps its hours, as the labels keep them wherever the post's name writes them.)
LEADING_WORK_TAG = re.compile(
    r"^(?:(?:hybrid|fully remote)\s*[-:|]?\s+|"
    r"remote(?:\s*[-:|]\s*|\s+(?!(?:sensing|areas?|operations|pilot)\b|sites?\b(?!\s+reliability))))(?=\w)",
    re.I,
)
# "Planning Officer (0.6 FTE)", "Lecturer - 0.5 FTE": the share of full time the post is, no part of its name.
_HOURS_SHARE = re.compile(r"\s*(?:\(\s*|[-,–]\s*)[01](?:\.\d{1,2})?\s*FTE\s*\)?\s*$", re.I)


def without_hours_share(title: str) -> str:
    """`title` without the share of full time it ends with: "Planning Officer (0.6 FTE)" -> "Planning
    Officer"."""
    return _HOURS_SHARE.sub("", title) if "FTE" in title.upper() else title
