"""The legal-form and filler words a name ends with that tell no employer from another (names.company_key
leaves them off): "Acme Corp" and "ACME Corporation" are one employer."""

from __future__ import annotations

# Legal-form and filler words that don't distinguish one employer from another when trailing.
COMPANY_SUFFIXES = {
    "inc",
    "incorporated",
    "llc",
    "llp",
    "lp",
    "ltd",
    "limited",
    "plc",
    "corp",
    "corporation",
    "co",
    "company",
    "gmbh",
    "ag",
    "se",
    "sa",
    "sas",
    "sarl",
    "srl",
    "sl",
    "slu",
    "sau",
    "ltda",
    "lda",
    "snc",
    # Italy's simplified company and Portugal's one-person company: "X S.r.l.s.", "X Unipessoal, Lda.".
    "srls",
    "unipessoal",
    "eireli",
    "bvba",
    "kgaa",
    "ev",
    "spa",
    "bv",
    "nv",
    "ab",
    "as",
    "oy",
    "kg",
    # Austrian and German cooperatives and partnerships: "Raiffeisenbank Mühlviertel eGen", "Huber OG".
    "eg",
    "egen",
    "og",
    "gesmbh",
    # Sole traders and small partnerships, as crafts and shops sign: "Bäckerei Krause e.K.", "Weber &
    # Sohn OHG", "Lindholm Bau UG (haftungsbeschränkt)", "Dubois EURL", "Roca y Cía.".
    "ek",
    "ohg",
    "gbr",
    # Non-profit and public-law forms, as hospitals, care homes and their operators sign: "Kliniken der
    # Stadt Köln gGmbH", "Universitätsklinikum Bonn AöR", "Caritasverband KdöR".
    "ggmbh",
    "gag",
    "gug",
    "aor",
    "kdor",
    # German professional partnerships and the public-law body's short form: "Kanzlei Roth & Partner PartG
    # mbB", "Steuerberater Huber mbB", "Ärztekammer KöR".
    "partg",
    "mbb",
    "partgmbb",
    "kor",
    "ug",
    "haftungsbeschrankt",
    "sasu",
    "eurl",
    "sprl",
    "vof",
    # Flanders' limited partnership and the Dutch "and sons" of a family firm: "Bouwbedrijf Vercruysse
    # CommV", "Transportbedrijf Hoogeveen & Zn." ("Comm.V.": _MULTIWORD_FORMS).
    "commv",
    "zn",
    # Belgian non-profits and cooperatives: "AZ Sint-Jan vzw", "Les Tournesols ASBL", "Boerenbond cvba".
    "vzw",
    "asbl",
    "cvba",
    "cia",
    "pty",
    "pvt",
    "private",
    "holdings",
    "group",
    "the",
    # Latin America's and Spain's other forms: Peru's "S.A.A.", "S.A.C.", "E.I.R.L."; Mexico's "S.A.B.";
    # Spain's professional and worker-owned "S.L.P.", "S.L.L.".
    "saa",
    "sac",
    "eirl",
    # Spain's temporary work agencies close their name with "ETT" by law: "Grupo Levante ETT" is the agency
    # "Grupo Levante" (cooperatives' "S. Coop.": _MULTIWORD_FORMS).
    "ett",
    "sab",
    "slp",
    "sll",
    # The forms of the rest of the world, as its boards and agencies write employers: Malaysia's "Sdn Bhd",
    # "Berhad"; Singapore's "Pte Ltd"; Japan's "K.K."; Indonesia's "Tbk"; Estonia's "OÜ"; Czechia's and
    # Slovakia's "s.r.o."; Denmark's "ApS"; Hungary's "Kft.", "Zrt."; the Balkans' "d.o.o."; "JSC"; the
    # Gulf's "FZ-LLC", "FZE", "W.L.L."; Portuguese "Limitada". (Poland's "Sp. z o.o.": _MULTIWORD_FORMS.)
    "sdn",
    "bhd",
    "berhad",
    "pte",
    "kk",
    "tbk",
    "ou",
    "sro",
    "aps",
    "kft",
    "zrt",
    "doo",
    "jsc",
    "fz",
    "fze",
    "wll",
    "limitada",
    # The Gulf's public and free-zone companies ("PJSC", "SAOG", "K.S.C.P.", "Q.P.S.C.", "FZCO") and
    # India's one-person company ("OPC"): legal_forms.py's WORLD_LEGAL_FORMS.
    "pjsc",
    "psc",
    "fzco",
    "saog",
    "saoc",
    "kscp",
    "kscc",
    "ksc",
    "qpsc",
    "qsc",
    "bsc",
    "opc",
    # Austria's "Ges.m.b.H.", "Gesellschaft m.b.H.", "mbH" and sole traders' "e.U." (legal_forms.py).
    "mbh",
    "ges",
    "gesellschaft",
    "eu",
}
