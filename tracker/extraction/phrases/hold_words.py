"""The words of a post held, paused or called off, in the seven languages: one vocabulary for the readers
of holds in sentences (hold_shape.py, hiring_pauses.py, client_relays.py), each keeping its own structure
(who says it, about what). A status cell keeps its own shorter list (status_table.py). The phrase tables'
WITHDRAWN fragments (en_status.py, <code>.toml) keep their own words too, not derived from these: they match
stems open-ended ("cancelad", "sospes" also read "canceladas", "sospesi", which "cancelad[oa]s?", "sospes[oa]"
do not) and words no hold is written with here alone ("clôturée", "encerrad", "aplazad", "gesloten",
"eingestellt", "abgebrochen", "discontinued", "rescinded": a closing word is a hold here only with the
employer's reasons after it, "closed for budget reasons"), so derived, they would read other mail.

Per language, by family: PAUSED (held for now: "on hold", "congelado", "in sospeso"), CANCELLED (called
off for good: "cancelled", "ingetrokken", "annullata"), NOT_FILLED (the post left empty: "nicht zu
besetzen", "niet in te vullen"), each a state written after the post ("the role has been paused"); and
the verbs written before it ("we have paused the role", "hemos congelado el proceso", "la direzione ha
sospeso la ricerca"), by the same families. Fragments are lowercase, matched on lowercased text.
"""

from __future__ import annotations

# Held for now: the state after the post ("the search is on hold", "die Stelle wurde auf Eis gelegt").
PAUSED: dict[str, tuple[str, ...]] = {
    "en": (
        r"paused",
        r"put on (?:pause|hold|ice)",
        r"on hold",
        r"on pause",
        r"on ice",
        r"frozen",
        r"suspended",
        r"halted",
        # Put off with no date: "the competition has been postponed until further notice" (not a meeting's
        # new date: "postponed to Tuesday").
        r"postponed (?:until|till|pending) further (?:notice|review)",
        r"postponed indefinitely",
        r"indefinitely postponed",
    ),
    "fr": (
        r"gel[ée]e?s?",
        # Quebec's idiom for a hold: "le processus est mis sur la glace".
        r"mise?s? sur la glace",
        r"report[ée]e?s? (?:jusqu'à nouvel ordre|à une date ultérieure|sine die)",
        r"congel[ée]e?s?",
        r"suspendue?s?",
        r"en suspens",
        r"en pause",
        # Quebec's "le recrutement est sur pause".
        r"sur pause",
        r"en stand-?by",
        r"entre parenthèses",
    ),
    "de": (
        r"ausgesetzt",
        r"eingefroren",
        r"pausiert",
        r"gestoppt",
        r"auf eis(?: gelegt)?",
        r"zurückgestellt",
        # "Die Besetzung der Stelle wurde verschoben" (a meeting moved is no post: hold_shape's _MEETING_FOR).
        r"verschoben",
        r"einzufrieren",
        r"auszusetzen",
        # Switzerland's word for a suspension: "die Stelle wurde sistiert", "die Stelle vorerst zu sistieren".
        r"sistiert",
        r"zu sistieren",
    ),
    "es": (
        r"congelad[oa]s?",
        r"suspendid[oa]s?",
        r"en pausa",
        r"paralizad[oa]s?",
        r"en stand-?by",
        r"aplazad[oa]s?",
        r"pospuest[oa]s?",
        # The Americas' (and Brazil's) word for put off: "la contratación quedó postergada".
        r"postergad[oa]s?",
        # "el proceso está parado de momento" (not "parado" alone: the unemployed).
        r"(?:está|queda|quedó|sigue|se ha quedado) parad[oa]",
        # The idiom of a thing kept cold for later: "el puesto se queda en el congelador".
        r"en el congelador",
        r"en la nevera",
    ),
    "nl": (
        r"opgeschort",
        r"bevroren",
        r"gepauzeerd",
        r"stilgelegd",
        r"on hold(?: gezet)?",
        r"op pauze(?: gezet)?",
        r"lig(?:t|gen) (?:tijdelijk |voorlopig |even )?stil",
        # "De werving is tot nader order uitgesteld" (postponed alone may be a start date moved).
        r"(?:uitgesteld|gestopt) tot nader (?:order|bericht)",
        r"tot nader (?:order|bericht) (?:uitgesteld|gestopt)",
        r"stand-?by gezet",
        r"op te schorten",
        r"te bevriezen",
        # The idiom of a thing kept cold for later: "de vacature gaat voorlopig in de ijskast".
        r"in de (?:ijskast|koelkast)",
        # A public employer's word for a post held over: "de werving is tot na de zomer aangehouden", "het
        # bestuur koos ervoor de werving uit te stellen" (a decision's infinitive, not "uitgesteld" alone).
        r"aangehouden",
        r"aan te houden",
        r"uit te stellen",
    ),
    "pt": (
        r"suspens[oa]s?",
        r"em pausa",
        r"congelad[oa]s?",
        r"em stand-?by",
        r"pausad[oa]s?",
        r"adiad[oa]s?",
        # Brazil's idiom of a thing kept cold for later: "a vaga foi para a geladeira".
        r"na geladeira",
        r"para a geladeira",
    ),
    "it": (
        r"congelat[oa]",
        r"sospes[oa]",
        r"in pausa",
        r"in sospeso",
        r"in stand-?by",
        r"è stat[oa] bloccat[oa]",
        # Put off to a later date: "l'assunzione è stata rimandata al prossimo anno".
        r"rimandat[oa]",
        r"rinviat[oa]",
        r"posticipat[oa]",
        # The idiom of a thing kept cold for later: "la posizione è finita in freezer".
        r"in (?:freezer|frigorifero)",
    ),
}
_EN_REASON = (
    r"(?:budget|budgetary|business|internal|organisational|organizational|financial|strategic|commercial)"
)
# Called off for good: the state after the post ("the requisition has been cancelled"). A post closed for
# the employer's own reasons (budget, business, internal, organisational) is called off too, not a
# selection that ended ("the position was closed for budget reasons", "la posizione è stata chiusa per
# motivi aziendali"): "closed" alone stays a selection's end (rejection_shape.py).
CANCELLED: dict[str, tuple[str, ...]] = {
    "en": (
        r"cancell?ed",
        r"withdrawn",
        r"shelved",
        r"(?:has|have|had) been pulled",
        r"off the (?:table|market)",
        # "closed for internal business reasons": one or two of the reasons' words.
        rf"closed (?:down )?(?:for|due to) {_EN_REASON} (?:{_EN_REASON} )?reasons",
    ),
    "fr": (
        r"annul[ée]e?s?",
        r"(?:clôtur|ferm)[ée]e?s? pour (?:des )?raisons (?:budgétaires|internes|organisationnelles|"
        r"économiques|financières|stratégiques)",
    ),
    "de": (
        r"storniert",
        r"gestrichen",
        r"zurückgezogen",
        r"zu streichen",
        # "Die Stelle wurde aus betrieblichen Gründen geschlossen."
        r"aus (?:betrieblichen|internen|organisatorischen|wirtschaftlichen|finanziellen|budgetären|"
        r"strategischen) gründen (?:\w+ )?(?:geschlossen|eingestellt)",
    ),
    "es": (
        r"cancelad[oa]s?",
        r"anulad[oa]s?",
        r"cerrad[oa]s? por (?:motivos|razones) (?:internos|internas|presupuestari[oa]s|de presupuesto|"
        r"organizativ[oa]s|económic[oa]s|estratégic[oa]s|de negocio|empresariales)",
    ),
    "nl": (
        r"ingetrokken",
        r"geannuleerd",
        r"stopgezet",
        r"stop te zetten",
        r"in te trekken",
        r"komen te vervallen",
        # "De vacature is om interne redenen gesloten", "gesloten om budgettaire redenen".
        r"om (?:interne|budgettaire|organisatorische|zakelijke|bedrijfsmatige|financiële|strategische) "
        r"redenen (?:\w+ )?(?:gesloten|afgesloten)",
        r"(?:gesloten|afgesloten) om (?:interne|budgettaire|organisatorische|zakelijke|bedrijfsmatige|"
        r"financiële|strategische) redenen",
    ),
    "pt": (
        r"cancelad[oa]s?",
        r"(?:encerrad|fechad)[oa]s? por (?:motivos|razões|questões) (?:internos|internas|orçamentais|"
        r"orçament[aá]ri[oa]s|de orçamento|organizacionais|económic[oa]s|econômic[oa]s|estratégic[oa]s|"
        r"de negócio|empresariais)",
    ),
    "it": (
        r"annullat[oa]",
        r"chius[oa] per (?:motivi|ragioni|esigenze) (?:aziendali|organizzativ[ie]|interni|interne|di budget|"
        r"economic[ie]|strategic[ie])",
    ),
}
# The post left empty, its negation part of the words: "die Stelle vorerst nicht zu besetzen".
NOT_FILLED: dict[str, tuple[str, ...]] = {
    "de": (
        r"nicht (?:mehr )?(?:zu )?besetzen",
        r"nicht (?:mehr )?nachbesetzen",
        r"nicht nachzubesetzen",
        # "Die Stelle wird aus internen Gründen nicht mehr besetzt."
        r"wird (?:\w+ ){0,4}nicht (?:mehr )?(?:nach)?besetzt",
    ),
    "nl": (r"niet (?:meer )?in te vullen", r"niet (?:meer )?invullen"),
    # "el puesto no se va a cubrir finalmente", "a vaga não será preenchida", "le poste ne sera pas pourvu".
    "es": (r"no se (?:va a cubrir|cubrirá|van a cubrir|cubrirán)",),
    "pt": (r"não (?:será|vai ser) preenchid[oa]",),
    "fr": (r"ne sera pas (?:pourvue?|comblée?)",),
}
# The verbs before the post, by family: "we've decided to freeze this hire", "ha sospeso la ricerca".
PAUSING: dict[str, tuple[str, ...]] = {
    "en": (r"freez(?:e|ing)", r"froze(?:n)?", r"paus(?:e|ed|ing)", r"suspend(?:ed|ing)?", r"halt(?:ed|ing)"),
    "fr": (
        r"gel(?:er|ons|é)",
        r"suspend(?:re|u|ons)",
        r"mis en (?:pause|suspens|stand-?by)",
        # Put on pause as a verb before the post, in each language below too: "mettre en pause le
        # recrutement", "poner en pausa la contratación", "pôr em pausa a vaga", "mettere in pausa la
        # ricerca".
        r"mettre (?:en|sur) pause",
    ),
    "de": (r"einfrieren", r"pausieren", r"aussetzen", r"sistieren"),
    "es": (
        r"congel(?:ar|ado|amos|ó)",
        r"suspend(?:er|ido|emos|ió)",
        r"paraliz(?:ar|ado|amos|ó)",
        r"paus(?:ar|ado|amos|ó)",
        r"deten(?:er|ido|emos)",
        r"par(?:ar|amos|ado)",
        # "hemos decidido posponer el proceso hasta el próximo año".
        r"pospon(?:er|emos|ido|dremos)",
        r"aplaz(?:ar|ado|amos|ó)",
        # "la gerencia decidió postergar la contratación" (Brazil's "postergou a contratação" too).
        r"posterg(?:ar|amos|ó|ou)",
        r"(?:poner|ponemos|puso|pusimos|puesto) en pausa",
    ),
    "nl": (r"bevriezen", r"pauzeren", r"opschorten"),
    "pt": (
        r"suspend(?:er|eu|emos)",
        r"congel(?:ar|ou|amos)",
        r"paus(?:ar|ou|amos)",
        r"adi(?:ar|ou|amos)",
        r"(?:colocar|colocamos|colocou|pôr|pusemos) em pausa",
    ),
    "it": (
        r"sospes[oa]",
        r"sospender(?:e)?",
        r"congelare",
        r"congelato",
        r"bloccato",
        r"messo in (?:pausa|stand-?by)",
        r"mettere in pausa",
    ),
}
CANCELLING: dict[str, tuple[str, ...]] = {
    "en": (r"cancel(?:led|ed|ling)?", r"withdr(?:aw|ew|awn)", r"shelved?"),
    "fr": (r"annul(?:er|ons|é)",),
    "de": (r"stornieren", r"streichen"),
    "es": (r"cancel(?:ar|ado|amos|ó)", r"anul(?:ar|ado|amos|ó)"),
    "nl": (r"intrekken", r"stopzetten", r"annuleren"),
    "pt": (r"cancel(?:ar|ou|amos)",),
    "it": (r"annullare", r"annullato"),
}
# The hold or the calling off named as a noun, its preposition governing the post: "the cancellation of
# the search", "a cessação do procedimento concursal", "l'annulation du recrutement", "die Aussetzung des
# Verfahrens", "la suspensión del proceso" (German "Einstellung" is also a hire: not here).
STOPPING_NOUNS: dict[str, tuple[str, ...]] = {
    "en": (r"(?:cancell?ation|suspension|withdrawal|discontinuation|termination) of", r"freeze on"),
    "fr": (r"(?:annulation|suspension|cessation|interruption|arrêt) (?:de|du|des|d')",),
    "de": (r"(?:aussetzung|stornierung|aufhebung|absage) (?:des|der)",),
    "es": (r"(?:cancelación|suspensión|anulación|congelación|paralización) (?:de|del)",),
    "nl": (r"(?:intrekking|stopzetting|opschorting|annulering|bevriezing) van",),
    "pt": (
        r"(?:cessação|cancelamento|suspensão|anulação|congelamento|encerramento antecipado) "
        r"(?:de|do|da|dos|das)",
    ),
    "it": (r"(?:annullamento|sospensione|revoca|interruzione) (?:di|del|della|dello|dei|delle)",),
}
# Leaving the post empty, written before it: "we've decided not to fill the role".
NOT_FILLING: dict[str, tuple[str, ...]] = {
    "en": (
        r"not to (?:fill|recruit for|hire for)",
        r"not (?:be )?(?:filling|recruiting for|hiring for)",
        r"hold(?:ing)? off on (?:filling|recruiting for|hiring for)",
    ),
    # "nous avons décidé de ne pas donner suite à ce recrutement" (to the reader's candidature: a rejection).
    # Quebec's "combler un poste" is to fill it: "la direction a décidé de ne pas combler le poste".
    "fr": (r"ne pas pourvoir", r"ne pas combler", r"ne pas donner suite (?:à|au)"),
    "es": (r"no cubrir",),
    "pt": (r"não preencher",),
    "it": (r"non coprire",),
}


def alternation(*families: dict[str, tuple[str, ...]]) -> str:
    """One non-capturing alternation of every language's fragments of `families`."""
    return (
        "(?:"
        + "|".join(fragment for family in families for words in family.values() for fragment in words)
        + ")"
    )
