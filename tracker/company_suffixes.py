"""The legal-form and filler words a name ends with that tell no employer from another (names.company_key
leaves them off): "Acme Corp" and "ACME Corporation" are one employer."""

from __future__ import annotations

from tracker.folded_text import fold_text
from tracker.written_legal_forms import ALL_LEGAL_FORMS

# Every legal form written as one word or as dotted initials, folded as the key folds it: "GmbH", "S.p.A.",
# "A/S", "Ges.m.b.H." are "gmbh", "spa", "as", "gesmbh". (Forms of several words, "Sp. z o.o." or
# "S. de R.L.", are names._MULTIWORD_FORMS'; a hyphened one's words are below: "FZ-LLC".)
_LEGAL_FORM_WORDS = {
    fold_text(form).replace(" ", "") for form in ALL_LEGAL_FORMS if " " not in form and "-" not in form
}
# Words only the key leaves off, beside the forms.
_KEY_ONLY_WORDS = {
    # Fillers that tell no employer from another when trailing: "Acme Corporation", "Acme Group".
    "incorporated", "corporation", "company", "holdings", "group", "the",
    # The words of forms written in several: "Pte Ltd", "Pvt. Ltd.", "Private Limited", "Sdn Bhd", "FZ-LLC",
    # Austria's "Ges.m.b.H." spaced and "Gesellschaft m.b.H.", the Dutch "and sons" of a family firm
    # ("Transportbedrijf Hoogeveen & Zn."), Mexico's "S.A.B." before its "de C.V.".
    "pte", "pvt", "private", "sdn", "fz", "ges", "gesellschaft", "zn", "sab",
    # Forms the display reads as part of the name (legal_forms.py lists none of them): a US limited
    # partnership ("LP"), sole traders and small partnerships as crafts and shops sign ("Weber & Sohn OHG",
    # "Lindholm Bau UG (haftungsbeschränkt)", "Dubois EURL", "Roca y Cía."), Austrian cooperatives ("eGen"),
    # non-profits ("gUG", "Les Tournesols ASBL"), France's "SASU" and Belgium's older "SPRL".
    "lp", "ohg", "gbr", "ug", "haftungsbeschrankt", "eurl", "cia", "egen", "gug", "asbl", "sasu", "sprl",
    # The English-speaking world's charities, social enterprises and professional firms, as their staff
    # sign by hand: Ireland's "CLG" and "DAC", the UK's "CIC" and Scotland's "SCIO", a US practice's
    # "PLLC" (a clinic's, a law office's), a public benefit corporation's "PBC", Quebec's "Ltée".
    "clg", "dac", "cic", "scio", "pllc", "pbc", "ltee",
    # Forms whose letters also write a place or a title in running text, which the reading leaves to the
    # name: a civil partnership's "S.C." (Mexico's, Venezuela's; also South Carolina's), a Bavarian
    # municipal enterprise's "KU", Belgium's one-person "SPRLU" and partnerships' "SCS" and "SComm".
    "sc", "ku", "sprlu", "scs", "scomm",
}  # fmt: skip
COMPANY_SUFFIXES = _LEGAL_FORM_WORDS | _KEY_ONLY_WORDS
