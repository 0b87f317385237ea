"""Where titles sit in German, French, Spanish, Dutch, Portuguese and Italian mail, after the post's noun.

Same conventions as anchors.py (lowercase patterns, weights, title rules): "Ihre Bewerbung als <Titel>",
"voor de functie van <titel>", "para a vaga de <título>", "per la posizione di <titolo>". A title after the
word naming what the reader applied or is hired as is named_as_anchors.py's; language_anchors.py makes
both read mail that lost its accents.
"""

_DE_END = (
    r"(?=\s+(?:bei|beim|in unserem|in unserer|an der|am|im unternehmen|im rahmen|und (?:das|dein|ihr|die|wir|"
    r"sie|ich|für|dass|haben|freuen|möchten|den|melden|werden|prüfen|kommen)|sowie|erhalten|aufmerksam|vorerst|nicht|leider|hat|haben|"
    r"wurde|ist|einladen|eingegangen|mit der (?:referenz|kennzahl|ausschreibung)|unseres|unserer|geprüft|"
    r"gelesen|zu besetzen|einzuladen|einladen|kennenzulernen|bitten|noch|bereits|wird|werden|anbieten|"
    r"anzubieten|besetzt|derzeit|aktuell|momentan|gerade|erfolgreich|zurückgezogen|entschieden|der firma|"
    r"des unternehmens|angesehen|weitergeleitet|übermittelt|vorgestellt|jedoch|anderweitig|inzwischen|"
    r"mittlerweile|zwischenzeitlich|allerdings|schon|nun|"
    # A clause's verb, last after the title: "für Ihre Bewerbung als X danken wir", "die Bearbeitung Ihrer
    # Bewerbung als X verzögert sich", "dass Sie sich als X in Teilzeit beworben haben".
    r"danken|bedanken|verzögert|verzögern|beworben|interessieren|berücksichtigen|berücksichtigt|vergeben|"
    # The verb a wish ends on, its adverb or its object before it: "möchte Sie für die Position X gern
    # kennenlernen", "als X näher kennenlernen", "als X zu einem ersten Gespräch einladen".
    r"gerne?|näher|persönlich|kennenlernen|zu einem|zu einer|"
    # What a sent document is for: "Vertragsentwurf für die Position X (m/w/d) zur Durchsicht".
    r"zur (?:durchsicht|unterschrift|kenntnis|kenntnisnahme|ansicht)|"
    r"in (?:teilzeit|vollzeit))\b|\s+ein(?=\s*[.!?,]|\s*$)|"
    r"\s+mit der (?:referenz|kennzahl|ausschreibung)|\s+\(\d[\d/]*|\s*[.!?;,](?:\s|$)|"
    # A subject's next part names the step the mail is about: "Ihre Bewerbung als X – Einladung zum
    # Erstgespräch", "... als X | Absage".
    r"\s+[-–—|]\s+(?:einladung|absage|rückmeldung|zwischen(?:bescheid|stand|nachricht)|terminvorschlag|"
    r"terminbestätigung|zusage|vertragsangebot|eingangsbestätigung|online-test|nächste schritte)\b|"
    r"\s*\n|\s*$)"
)
# A German title; brackets are read whole ("(m/w/d; Vollzeit)"), so their commas end nothing.
_DE_TITLE = r"(?:\([^)\n]{0,80}\)|[^\n!?;\"“”(]){2,120}?"
_ROLE_NOUN_DE = r"(?:stelle|position|job|rolle|vakanz|tätigkeit)"
_NL_END = (
    r"(?=\s+(?:bij|en (?:we|wij|je|jij|u|hebben|zijn|wil|wilt|willen|nodigt|nodigen|neemt|nemen|zal|"
    # A second thing thanked for, after the post: "je interesse in de functie X en de tijd die je ...",
    # "X en het vertrouwen", "X en je motivatie" (a post's own "en" joins two nouns: "Bezwaar en Beroep").
    r"de|het|een|jouw|uw|onze?|alle|"
    # ("de tijd die je in je sollicitatie voor X hebt gestoken": a relative clause's verb.)
    # ("de vacature voor X staat voorlopig on hold", "blijft open": the post's state, its own verb.)
    r"zullen)|is|werd|zijn|hebben|hebt|heeft|bent|had|staat|blijft|ontvangen|in behandeling|"
    r"in goede orde|goed ontvangen|niet|willen|nodigen|op (?:de|het|onze)|voor (?:onze|ons|mijn)|"
    # The hours it is worked: "de functie van X voor 24-32 uur per week".
    r"voor (?=\d)|"
    # What is done about the post: "de functie van X in te vullen", "intern in te vullen".
    r"in te vullen|intern|te (?:vullen|bekleden)|binnen|"
    # The team the post is in, after it: "X in team Noord", "X in ons team", "X in het team van Y".
    r"in (?:team|ons team|het team|onze? (?:team|afdeling|organisatie))|"
    # Where it is worked: "de vacature voor X locatie Den Helder", "de functie X vestiging Breda".
    r"(?:op )?(?:locatie|vestiging)(?= \w)|"
    r"graag|wij|we|"
    # A main clause inverted after the post ("voor de functie X vragen we je"): its verb, then its subject.
    r"[a-z]+ (?:we|wij|ik|je|jij|u|ze|zij)|"
    # An offer's separable verb: "we bieden je de functie van Werkvoorbereider aan per 1 februari".
    # ("bieden je de functie van X aan bij ons team", "nodigen je voor de functie X uit": its particle.)
    r"aan (?:per|te|vanaf|met ingang|op|in|bij|binnen|als|voor|met)|uit (?:voor|op|bij|in|te)|"
    r"(?:aan|uit)(?=\s*[.!?,]))\b|"
    # "Jurist Omgevingsrecht (vacaturenummer 2026-0412)": a reference in brackets.
    r"\s+\((?:vacature\w*|ref\w*|nr\b|nummer)|"
    r"\s*[.!?;,](?:\s|$)|\s*\n|\s*$)"
)
# (Italian's "è" is written "e" by some, never before a hyphen: "Analista de E-commerce" goes on.)
_PT_IT_END = (
    # ("aqui": "a vaga de Designer Júnior aqui no Estúdio X", the place the writer is at.)
    # ("in formazione", "em formação": a post held while trained is the post's, "Cassiere in formazione".)
    r"(?=\s+(?:na|no|em(?! formação| treinamento)|aqui|foi|está|já|presso|"
    r"in(?! formazione| apprendistato| affiancamento)|nel|nella|con|è(?!-)|non|ha|sono|verrà|dell'azienda|"
    r"della società|"
    r"da empresa|para a qual|para o qual|à qual|ao qual|per cui|não|irá|será|"
    r"e (?:já|a|o|você|que|la|il|ti|le|che)|"
    # A step's day or deadline after the post: "posizione di X il giorno 22 novembre", "di X entro venerdì";
    # Italian's reflexive verb after it: "la prova del concorso per X si terrà il 2 ottobre".
    r"il giorno|entro|si|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|"
    # What the post is for, after it: "a vaga de X para a nossa loja", "para o projecto de Y", "la
    # posizione di X per la nostra sede di Y", "per il nostro reparto".
    # An agency's client the post is for: "X per un nostro cliente", "X per nostra azienda cliente", "X per
    # conto di un'azienda del settore".
    r"para (?:o|a|os|as|um|uma)|per (?:(?:la|il|lo|i|le|gli|un|una) )?(?:nostr[aoie]|vostr[aoie])|"
    r"per conto di|per (?:un'|una |un )?(?:importante |primaria )?azienda)\b|"
    r"\s*[.!?;,:](?:\s|$)|\s*\n|\s*$)"
)
TITLES: list[tuple[str, float, bool, bool]] = [
    # A job board relaying a message: "à propos de votre candidature Chargé de projet :".
    (
        r"\b(?:à propos de|concernant) (?:votre|ta) candidature\s+(?!au |pour |à |chez |de |d')"
        r"(?P<t>[^\n.!?;:]{2,100}?)(?=\s*[:.!]|[ \t]*(?:\n|$))",
        2.0,
        False,
        False,
    ),
    # A board quoting the offer's title: "l'offre d'emploi n° 183KRTM « Agent de propreté (H/F) »", France
    # Travail's "l'offre 184KZQT « X »" (its number without "n°").
    (
        r"\b(?:l'offre|l'annonce|le poste)(?: d'emploi)?"
        r"(?: (?:(?:n°|no|réf\.?)\s*[\w-]+|[a-z\d-]*\d[a-z\d-]*))?"
        r"\s*[«\"“]\s*"
        r"(?P<t>[^»\"”\n]{2,100}?)\s*[»\"”]",
        3.5,
        False,
        False,
    ),
    # German: an apprenticeship asked about, named with its trade: "Interesse an einer Ausbildung zum
    # Tischler bei uns" (the post keeps the words it is named with).
    (
        rf"\b(?:an einer|für eine|um eine|ihre[rn]?|deine[rn]?) "
        rf"(?P<t>ausbildung zu[mr] {_DE_TITLE}){_DE_END}",
        3.0,
        False,
        False,
    ),
    # German: "Ihre Bewerbung als X", "Ihr Interesse an der Position X", "auf die Stelle als X"; a step of
    # the hire named with its post: "zum Probearbeiten als X", "eine Hospitation als X".
    (
        rf"\b(?:bewerbung|interesse|mitarbeit|tätigkeit|einstieg|ausbildung|ausbildungsplatz|probearbeit(?:en)?|"
        rf"hospitation|(?:vorstellungs|kennenlern|auswahl)gespräch|arbeitsvertrag)"
        rf"(?: (?:an|auf|für|um) (?:der|die|den|das|"
        rf"einer|eine) (?:ausgeschriebene[n]? |"
        rf"offene[n]? )?{_ROLE_NOUN_DE})?\s+als\s+[\"„]?(?P<t>{_DE_TITLE})[\"“”]?{_DE_END}",
        3.0,
        True,
        False,
    ),
    (
        # (German joins "zu der" into "zur": "das Gespräch zur Position X", "Ihre Fragen zur Stelle X".)
        rf"\b(?:(?:auf|für|an|um|zu|und|ihnen|dir|euch|dass) )?"
        rf"(?:der|die|den|das|eine|einer|unsere[rn]?|zur) (?:ausgeschriebene[n]? |"
        rf"offene[n]? )?{_ROLE_NOUN_DE}(?:\s+als)?\s+[\"„]?"
        # "da die Stelle intern noch nicht kommuniziert ist": how the post is filled, not an "Intern".
        rf"(?!(?:intern|extern)\b)(?P<t>{_DE_TITLE})[\"“”]?{_DE_END}",
        3.0,
        True,
        False,
    ),
    # Job boards: "deine Bewerbung für Bautechniker (m/w/d) bei X", "die Stellenanzeige X der Firma Y", the
    # employment service's "Ihre Bewerbung auf das Stellenangebot X der Y".
    (
        rf"\b(?:bewerbung (?:für|auf)|stellenanzeige|stellenausschreibung|stellenangebot)\s+"
        # ("die Stellenausschreibung Nr. 23/2026 „X“": the posting's number before its post.)
        rf"(?:(?:nr\.|nr|no\.)\s*\d[\d/.-]*\s+)?"
        rf"(?!(?:die|den|das|der|eine|einer|einen|unsere[rnm]?|ihre[rnm]?|deine[rnm]?|sie|dich|uns|diese[rnm]?|folgende[rnm]?)\b)[\"„]?"
        rf"(?P<t>{_DE_TITLE})[\"“”]?{_DE_END}",
        3.0,
        True,
        False,
    ),
    # "dass du dich bei uns als X beworben hast".
    (
        rf"\b(?:dich|sich|mich) (?:bei uns |bei [^\n.!?;]{{1,60}}? )?"
        rf"(?:als|für die (?:stelle|position)(?: als)?|auf die (?:stelle|position)(?: als)?)\s+"
        rf"(?P<t>{_DE_TITLE})\s+(?:beworben|bewirbst)\b",
        3.0,
        True,
        False,
    ),
    # "Mitarbeit bei X als Y": the employer between the application and the title.
    (
        rf"\b(?:mitarbeit|tätigkeit|einstieg|karriere|bewerbung) (?:bei|an|in|mit) [^\n.!?;]{{1,60}}? als\s+"
        rf"(?P<t>{_DE_TITLE}){_DE_END}",
        2.5,
        True,
        False,
    ),
    # A quoted title before the word for a job: die "X" Stelle, le « X » poste.
    (
        r"\b(?:die|der|den|das|eine|einer|de|het) [\"„«]\s*(?P<t>[^\"“”»\n]{2,100}?)\s*[\"“”»]\s+(?:stelle|"
        r"position|rolle|vakanz|vacature)\b",
        3.0,
        True,
        False,
    ),
    # A trainee or internship programme is the post, named up to its intake year: "a etapa de triagem do
    # Programa de Trainee 2027", "as entrevistas do Programa de Estágio em Engenharia 2027", "el Programa de
    # Prácticas en Finanzas 2027". (A brand inside the name, "Programa Trainee X 2027", is the employer's:
    # programme_employers.py.)
    (
        r"\b(?P<t>programa (?:de )?(?:trainee|est[áa]gio|jovem aprendiz|becas|becarios|pr[áa]cticas)"
        r"(?: (?:em|en|de|in) [^\n.!?;\d]{2,40}?)? 20\d\d)\b",
        2.5,
        False,
        False,
    ),
    # Dutch: "je sollicitatie als X", "voor de functie van X".
    (
        # (Also the work itself: "leuk dat je wilt werken als X bij Y", "aan de slag als X".)
        # ("de baan als schilder": the job itself named; "een proefdag als kok": a step of the hire named
        # with its post.)
        # (Flemish hires "aanwerven": "we willen je aanwerven als X".)
        # (An offer's welcome: "we willen je graag aan boord hebben als X", "in dienst nemen als X", "je graag
        # bij ons in het team als X".)
        # (Flemish names the application "kandidatuur" and the post "jobrol", "job": "je kandidatuur als X",
        # "de jobrol als X".)
        rf"\b(?:sollicitatie|solliciteren|gesolliciteerd|kandidatuur|kandidaatstelling|jobrol|job|interesse|"
        rf"reactie|aannemen|aanwerven|werken|bij ons|"
        rf"aan de slag|baan|aan boord|in dienst|"
        rf"proefdag|meeloopdag|proefdraaien)"
        rf"(?: \w+){{0,2}} "
        rf"(?:als|voor de (?:functie|"
        rf"positie|vacature|rol)(?: van| als|:)?|naar de (?:functie|vacature)(?: van|"
        rf" als|:)?)\s+(?P<t>[^\n.!?;]{{2,100}}?)"
        rf"{_NL_END}",
        3.0,
        True,
        False,
    ),
    # Dutch: "wilt komen werken bij Zorggroep Linde als Verzorgende IG": the employer between.
    (
        rf"\b(?:werken|aan de slag|beginnen|starten|sollicitatie|solliciteren|gesolliciteerd) bij "
        rf"[^\n.!?;]{{1,60}}? als\s+(?P<t>[^\n.!?;]{{2,100}}?){_NL_END}",
        2.5,
        False,
        False,
    ),
    # Dutch: "je reactie op onze vacature voor schilder".
    (
        rf"\b(?:onze|de|deze) vacature (?:voor|van|als)\s+(?P<t>[^\n.!?;]{{2,100}}?){_NL_END}",
        2.5,
        False,
        False,
    ),
    # Dutch without the application before it: "op de functie X", "voor de vacature X", "in de rol van
    # X": the word for the post names it, so what follows is the title though no role list knows it
    # ("Projectengineer Offshore").
    (
        # ("je interesse in KPN en de functie X": the employer before.)
        # ("om de functie van X in te vullen": what is done about the post.)
        # ("je reactie op onze vacature X", "deze functie X": the possessive or the demonstrative article.)
        rf"\b(?:op|voor|naar|in|en|om) (?:de|onze|deze) (?:functie|vacature|positie|rol)(?: van| als|:)?"
        rf"\s+(?P<t>[^\n.!?;]{{2,100}}?){_NL_END}",
        2.5,
        False,
        False,
    ),
    # A search for a post written with its gender mark, as an agency or an employer names what it looks for:
    # "mein Mandant sucht einen Leiter Einkauf (m/w/d)", "X zoekt een Monteur (m/v/x)", "nous recherchons un
    # Chef d'équipe (H/F)". The mark says the words before it are a posting's title, whatever their nouns.
    (
        r"\b(?:such(?:e|t|en)|zoek(?:t|en)?|recherch(?:e|ons|ent))\s+"
        r"(?:(?:ich|wir|er|sie|we|wij|ze|zij|hij|nous|il|elle|nu|momenteel|derzeit|aktuell|actuellement)\s+){0,2}"
        r"(?:einen|eine|ein|een|une?)\s+(?P<t>[^\n.!?;()]{2,80}?\s*(?:\((?:[mwfdxhvi]\s*/\s*)+[mwfdxhvi]\)|"
        r"\b[hf]/[hf]\b))",
        2.5,
        False,
        False,
    ),
    # An agency's "votre candidature sur l'offre X pour notre client Y".
    (
        r"\bsur l'offre(?: d[e'])?\s*(?P<t>[^\n.!?;]{2,100}?)(?=\s+(?:pour notre client|pour le compte|"
        r"chez|pour l'entreprise|pour la société|de la société|de l'entreprise|à|a|est|a été|n')\s|\s*[.!,;]|"
        r"[ \t]*(?:\n|$))",
        3.0,
        False,
        False,
    ),
    # An agency's posting for its client: "la oferta X para nuestro cliente Y", "l'annuncio X per il nostro
    # cliente Y", "de vacature X bij onze opdrachtgever Y": the title ends where the client is named.
    (
        r"\b(?:oferta|vacante|puesto|annuncio|offerta|posizione|vacature|functie|vaga|offre|poste)"
        r"(?: de| di| van)?\s+(?P<t>[^\n.!?;]{2,80}?)\s+(?=(?:para|per|voor|bij|pour|chez) "
        r"(?:(?:el|il|o|la|le) )?(?:nuestro|nostro|nosso|onze|notre) "
        r"(?:cliente|klant|opdrachtgever|client)\b)",
        3.1,
        False,
        False,
    ),
    # Dutch boards: "je sollicitatie voor Chauffeur C/E bij X", "je sollicitatie bij Booking.com voor
    # Senior Data Scientist": what the application is for is the post, a role word or not
    # ("Netwerkarchitect"), unless an article or a pronoun says otherwise.
    (
        # (The verb's forms likewise: "je hebt gesolliciteerd voor X bij Y", "je solliciteerde op X".)
        rf"\b(?:sollicitatie (?:bij \S+(?: \S+)? )?voor|(?:gesolliciteerd|solliciteerde|solliciteert) "
        rf"(?:bij \S+(?: \S+)? )?(?:voor|op))\s+(?!\d)"
        rf"(?!de\b|het\b|een\b|onze?\b|ons\b|jullie\b|deze\b|dit\b|die\b|uw\b|je\b|jouw\b|mijn\b|zich\b)"
        rf"(?P<t>[^\n.!?;]{{2,100}}?){_NL_END}",
        2.5,
        False,
        False,
    ),
    # French without "de": "postulé au poste Responsable Paie (H/F)".
    (
        r"\b(?:postulé|candidature|candidaté|intérêt|plu|retenue?|sélectionnée?) (?:au|pour le) poste\s+"
        r"(?!d[e']|du\b|des\b|que\b|qui\b|pour\b|chez\b|à\b|a\b|en\b|et\b|ne\b|n')"
        r"(?P<t>[^\n.!?;]{2,100}?)(?=\s+(?:chez|au sein|à|a|ne|est|qui|que|pour l'entreprise|pour la société|"
        r"dans l'entreprise|de la société|de l'entreprise)\s|\s+n'|\s+et\s+(?:vous|nous|je)\b|\s*[.!,;]|"
        r"[ \t]*(?:\n|$))",
        3.0,
        True,
        False,
    ),
    # Spanish boards: "inscrito en la oferta X", "te postulaste al aviso X".
    (
        r"\b(?:en la oferta|de la oferta|al aviso|el aviso|del aviso)(?: de)?\s+(?P<t>[^\n.!?;]{2,100}?)"
        r"(?=\s+(?:en|con|ha sido|fue|se ha|de la empresa)\s|\s+y\s|\s+a:|\s*[.!,;]|[ \t]*(?:\n|$))",
        3.0,
        False,
        False,
    ),
    # Dutch, the sentence about the post: "De vacature X is inmiddels vervuld".
    (
        # (An offer's separable verb between: "bieden wij je de functie aan van X".)
        rf"\bde (?:vacature|functie|positie)\s+(?:(?:aan\s+)?(?:van|als)\s+)?"
        rf"(?P<t>[^\n.!?;]{{2,100}}?){_NL_END}",
        2.0,
        True,
        False,
    ),
    # Portuguese and Italian: "para a vaga de X", "per la posizione di X".
    (
        # (Brazil's spoken "pra vaga de X" is "para a vaga".)
        rf"\b(?:(?:para a|pra|à|a|na|da|pela) (?:vaga|função)(?: de)?"
        rf"(?! (?:foi|está|já|ainda|que|para|em|na|no|será|ficou|se)\b)|"
        rf"(?:para o|ao|no|do|pelo|o) cargo de|"
        # "a vaga para Repositor foi preenchida" (never "a vaga para a qual ...").
        rf"(?:a|na|da|pela) vaga para(?! (?:a|o|as|os|um|uma|qual|quem|você|voce|vocês)\b)|"
        # ("a sua candidatura à posição X": the post named without "de", as "à vaga X" is.)
        rf"(?:para a|à|na|da|pela) posição(?: de)?"
        rf"(?! (?:foi|está|já|ainda|que|para|em|na|no|será|ficou|se)\b)|"
        rf"ao lugar de|o lugar de|il posto di|"
        # The post offered or held: "offrirti il ruolo di educatore", "propor-lhe o cargo de técnica".
        rf"per la posizione di|alla posizione di|posizione di|il ruolo di|al ruolo di|in qualità di|"
        rf"per l'annuncio(?: di)?|all'annuncio(?: di)?|per l'offerta(?: di)?|all'offerta(?: di)?|"
        rf"per la figura di|"
        # An internship named with its article: "la tua candidatura per il Tirocinio in Amministrazione".
        rf"(?:candidatura|candidat[oa]) per (?:il|lo)(?= (?:tirocinio|stage|praticantato|apprendistato)\b)|"
        # A public competition's post: "la prova orale del concorso per Istruttore Amministrativo".
        rf"concorso (?:pubblico )?per(?! (?:titoli|esami|soli|n\.|l'|la|il|lo|le|i|gli|un|una)\b)|"
        # A public body's posts by their number, or its appointments: "la copertura di n. 3 posti di X",
        # "il conferimento di incarichi a tempo determinato di X"; Portugal's career and category: "na
        # carreira e categoria de X".
        # (Never opening on a digit: a pattern opening with a number is searched whole, phrases/index.py.)
        rf"(?:n\.\s*\d+|copertura di \d+|un|uno) posti? di|"
        rf"incaric(?:o|hi)(?: a tempo (?:in)?determinato| (?:libero-)?professional[ei])? di|"
        rf"(?:carreira e )?categoria de|"
        # "la nostra ricerca di un Responsabile Qualità": a small firm's search names the post.
        rf"(?:nostra )?ricerca di(?: una?| uno| un')?|"
        # "o processo seletivo para X", "ao anúncio X", "la selezione per X", "la candidatura per X",
        # "candidato a X" (never "a la/a uma ...": an article is no title).
        rf"processo seletivo para(?: (?:a )?contratação de)?|seleção para|"
        # A public body's selection "para contratação de Professor Substituto" (not "de pessoal").
        rf"para (?:a )?contratação de(?! (?:pessoal|servidores|profissionais|candidatos)\b)|"
        # "avançar no processo para X": the process named by its post (an article opens the post's noun:
        # "o processo para a posição de X").
        rf"processo para(?! (?:a|o|as|os|um|uma)\b)|ao anúncio|do anúncio|"
        rf"(?:à|na|da) oferta(?: de emprego| de trabalho| de)?|"
        rf"(?:(?:la )?selezione per|candidatura per|candidat[oa] (?:a|per)|annuncio per)"
        rf"(?! (?:la|il|lo|una|un|uno|questa|questo|posizione|ruolo)\b| l'))"
        rf"\s+(?P<t>[^\n.!?;]{{2,100}}?){_PT_IT_END}",
        3.0,
        False,
        False,
    ),
]

TITLES += [
    # A board quoting the offer's title: "all'offerta \"Magazziniere\" di X", "ao anúncio «Rececionista»".
    (
        r"\b(?:all'offerta|per l'offerta|l'offerta|all'annuncio|per l'annuncio|l'annuncio|ao anúncio|"
        r"do anúncio|à oferta|da oferta|na oferta)(?: di| de)?\s*[\"“«]\s*(?P<t>[^\"”»\n]{2,100}?)\s*[\"”»]",
        3.5,
        False,
        False,
    ),
    # A board's or a portal's sentence about the application closing on its preposition or the post's noun
    # and a colon, the post alone on the next line: "heeft je sollicitatie bekeken voor:\n\nX", "U heeft
    # gereageerd op de vacature:\nX", "Ihre Bewerbung für die Stelle:\nX", "votre candidature au poste :\nX",
    # "tu postulación para la vacante:\nX", "a sua candidatura à vaga:\nX".
    (
        r"\b(?:sollicitatie|gereageerd|gesolliciteerd|bewerbung|beworben|candidature|candidatura|postulación|"
        # (A board's "ha leído tu CV para la oferta:", "viu o seu currículo para a vaga:".)
        r"solicitud|postulaste|candidatou|candidatado|candidatada|candidato|candidata|cv|currículum|currículo|"
        r"hoja de vida)\b"
        r"[^\n:.!?]{0,60}?\b(?:voor|op de vacature|op de functie|op|für die stelle|für die position|für|als|"
        r"pour le poste|au poste|pour|para el puesto|para la vacante|para la oferta|para a vaga|à vaga|para|"
        r"per la posizione|alla posizione|per|a la oferta|al puesto|a la vacante)[ \t]*:[ \t]*\n\s*"
        r"(?P<t>[^\n]{2,80}?)[ \t]*(?=\n|$)",
        2.6,
        False,
        False,
    ),
    # "per la posizione Tecnico di laboratorio": no "di", so a role's word must say it is the post.
    (
        rf"\b(?:per la|alla|la) posizione(?! di\b)\s+(?P<t>[^\n.!?;]{{2,100}}?){_PT_IT_END}",
        2.5,
        True,
        False,
    ),
]
