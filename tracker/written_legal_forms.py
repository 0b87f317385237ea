"""The legal forms a company's name closes with, as mail writes them ("Acme, Inc.", "Baumann Holzbau AG",
"Exemple S.A.S."): the one list of them. extraction/legal_forms.py reads them in mail; company_suffixes.py
derives the words names.company_key leaves off from them."""

from __future__ import annotations

# Each as a mail writes it. A form's last dot may be left off ("S.p.A", "Inc."), one may follow an undotted
# form ("Ltd."), a space may follow an inner dot ("e. K.") and the spaces around "&" vary ("GmbH&Co. KG").
ENGLISH_LEGAL_FORMS = ("Inc", "LLC", "L.L.C.", "Ltd", "Limited", "Corp", "Co", "plc", "PLC", "LLP", "Pty")
# The European forms that name a company whatever precedes them.
EUROPEAN_LEGAL_FORMS = (
    "GmbH & Co. KG", "GmbH & Co. KGaA", "AG & Co. KG", "AG & Co. KGaA", "SE & Co. KG", "SE & Co. KGaA",
    "GmbH", "GesmbH", "Ges.m.b.H.", "Gesellschaft m.b.H.", "mbH", "m.b.H.", "KGaA", "e.V.", "e.K.", "e.U.",
    "S.A.S.", "S.A.", "SARL", "S.à r.l.", "S.L.U.", "S.L.", "S.p.A.", "S.r.l.", "B.V.", "N.V.", "Ltda", "S/A",
    "A/S",
    # German non-profit and public-law forms, which hospitals, care homes and their operators close with.
    "gGmbH", "gAG", "AöR", "KdöR", "KöR",
    # German professional partnerships (law and tax firms) and cooperatives: "Roth & Partner PartG mbB",
    # "Wohnbau Kastell eG".
    "PartG mbB", "PartGmbB", "PartG", "mbB", "eG",
    # Austria's registered cooperatives, dairies' and Raiffeisen banks': "Almtaler Molkerei reg.Gen.m.b.H.".
    "reg.Gen.m.b.H.", "reg. Gen. m. b. H.", "reg.Gen.mbH", "reg. Gen. mbH", "eGen",
    # Italy's partnerships and simplified company, Portugal's one-person company: "Ferramenta Rossi S.n.c.",
    # "Farmácia Estrela Unipessoal, Lda.".
    "S.n.c.", "S.a.s.", "S.r.l.s.", "Unipessoal, Lda.", "Unipessoal Lda.", "Unipessoal",
    # The Netherlands' and Flanders' partnerships and older forms: "Schildersbedrijf Mulder V.O.F.",
    # "Transportbedrijf Hoogeveen & Zn." (and sons), "Bouwbedrijf Vercruysse CommV", "Bakkerij Claes BVBA".
    "V.O.F.", "VOF", "& Zn.", "Comm.V.", "CommV", "B.V.B.A.", "BVBA", "CVBA", "VZW", "vzw",
    # Belgium's non-profits in French and Italy's: "Clinique Exemple asbl", "Associazione Esempio ONLUS";
    # Belgium's international non-profits and cooperatives: "Réseau Exemple AISBL", "Exemple SCRL/CVBA".
    "ASBL", "asbl", "A.S.B.L.", "ONLUS", "Onlus", "AISBL", "A.I.S.B.L.", "SCRL/CVBA", "CVBA/SCRL", "SCRL",
    "S.C.R.L.",
    # Italy's cooperatives and consortia: "Cooperativa Esempio S.c.a.r.l.", "Consorzio Esempio S.c.a r.l.",
    # "Banca di Credito Cooperativo Esempio S.C.p.A."; Bavaria's joint municipal enterprises: "Klinikum
    # Beispiel gKU".
    "S.c.a.r.l.", "S.C.A.R.L.", "S.c.a r.l.", "Scarl", "SCARL", "S.c.r.l.", "S.C.p.A.", "S.c.p.A.", "gKU",
    # Italy's social cooperatives and benefit companies, whose qualification follows the form ("Cooperativa
    # Esempio Società Cooperativa Sociale", "Esempio S.r.l. Società Benefit"); Austria's non-profit
    # cooperatives and companies ("Esempio Wohnbau Gemeinnützige Gen.m.b.H.", "Esempio gemeinnützige GmbH").
    # The longer of two forms ending alike comes first.
    "S.r.l. Società Benefit", "S.p.A. Società Benefit", "Società Benefit", "Società Cooperativa Sociale",
    "Soc. Coop. Sociale", "Società Cooperativa", "Gemeinnützige Gen.m.b.H.", "gemeinnützige Gen.m.b.H.",
    "Gemeinnützige GmbH", "gemeinnützige GmbH", "Gen.m.b.H.",
)  # fmt: skip
# The short European forms: capitals that also follow a person's name as a role or a degree ("Jane Doe,
# SE"), so a letterhead's reading asks that what precedes them is not person-shaped.
SHORT_EUROPEAN_LEGAL_FORMS = (
    "AG", "SE", "KG", "OG", "SAS", "SA", "SLU", "SL", "SpA", "SPA", "Srl", "SRL", "BV", "NV", "Lda", "AB",
    "Oy",
)  # fmt: skip
# Latin America's forms and Spain's others: Mexico's "S.A. de C.V." (and "de C.V." after other forms),
# Peru's "S.A.A.", "S.A.C.", "E.I.R.L.", Argentina's "S.R.L.", Brazil's "LTDA" and "EIRELI", Spain's
# "S.L.P.", "S.A.U.", "S.L.L." ("S.A.S." and "Ltda" are above); Spain's cooperatives ("Aceites del Sur
# S. Coop. And.", Valencia's "Coop. V.") and a temporary work agency's "ETT", which the law has close its
# name ("Grupo Levante ETT"); Venezuela's "C.A." (compañía anónima).
SPANISH_AND_LATIN_AMERICAN_LEGAL_FORMS = (
    "S.A.B. de C.V.", "S.A.P.I. de C.V.", "S.A. de C.V.", "S. de R.L. de C.V.", "S. de R.L.", "SA de CV",
    "S.A.A.", "S.A.C.", "E.I.R.L.", "S.R.L.", "S.A.U.", "S.L.P.", "S.L.L.", "EIRELI", "LTDA",
    "S. Coop. And.", "S. Coop. Galega", "S. Coop. V.", "S. Coop.", "Soc. Coop.", "Coop. V.", "ETT", "E.T.T.",
    "C.A.",
)  # fmt: skip
# The rest of the world's, as its boards and agencies write employers: Malaysia, Singapore, Japan, Indonesia,
# Estonia, Poland, Czechia and Slovakia, Denmark, Hungary, the Balkans, the Gulf; and Portugal's and Chile's
# "Limitada" written out.
WORLD_LEGAL_FORMS = (
    "Sdn Bhd", "Sdn. Bhd.", "Bhd", "Berhad", "Pte Ltd", "Pte. Ltd.", "K.K.", "Tbk", "OÜ", "Sp. z o.o.",
    "s.r.o.", "ApS", "Kft.", "Zrt.", "d.o.o.", "JSC", "FZ-LLC", "FZE", "W.L.L.", "Limitada",
    # The Gulf's public and free-zone companies and South Asia's private ones: "Desert Crown PJSC", "Oman
    # Gulf Cement SAOG", "X K.S.C.P.", "X Q.P.S.C.", "X FZCO", "X Pvt. Ltd.", "X Private Limited", "X (OPC)".
    "PJSC", "PSC", "FZCO", "FZ LLC", "SAOG", "SAOC", "K.S.C.P.", "K.S.C.C.", "K.S.C.", "Q.P.S.C.", "Q.S.C.",
    "B.S.C.", "Pvt. Ltd.", "Pvt Ltd", "Private Limited", "OPC",
)  # fmt: skip
ALL_LEGAL_FORMS = (
    *ENGLISH_LEGAL_FORMS,
    *EUROPEAN_LEGAL_FORMS,
    *SHORT_EUROPEAN_LEGAL_FORMS,
    *SPANISH_AND_LATIN_AMERICAN_LEGAL_FORMS,
    *WORLD_LEGAL_FORMS,
)
