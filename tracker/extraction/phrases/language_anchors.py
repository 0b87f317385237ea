"""Where employers' names and titles sit in German, French, Spanish, Dutch, Portuguese and Italian mail.

Same conventions as anchors.py (lowercase patterns, weights, title rules): "Ihre Bewerbung bei der
<X>", "votre candidature a été envoyée à <X>", "bei unserem Kunden, der <X>", "Ihre Bewerbung als
<Titel>", "voor de functie van <titel>", "para a vaga de <título>", "per la posizione di <titolo>".
"""

from tracker.extraction.phrases.tables import accents_optional

# The employer's name begins right after these.
EMPLOYER_AFTER: list[tuple[str, float]] = [
    # German: "Ihre Bewerbung bei der X", "Mitarbeit bei X", "Tätigkeit an der X", "Bewerbung im X".
    (
        r"\b(?:bewerbung|mitarbeit|tätigkeit|karriere|einstieg|interesse|position|stelle|job|zusammenarbeit|"
        r"praktikum|vertrauen|entscheidung für)(?: \w+)? (?:bei|an|am|beim|im|mit)(?: der| dem| die| den)? ",
        2.5,
    ),
    # A posting's title closed by its gender mark, then its employer in the genitive: "Stellenangebot
    # Elektroniker (m/w/d) der Stadtwerke Rheinau" ("bei", "chez" are read as everywhere else).
    (r"\((?:[mwfdxhvi]\s*/\s*)+[mwfdxhvi]\) (?:der firma|der|des) ", 2.5),
    # French, Spanish, Dutch, Portuguese, Italian job boards: "votre candidature a été envoyée à X", "a sua
    # candidatura foi enviada com sucesso para X", "foi submetida com sucesso à empresa X".
    (
        r"\b(?:candidature|solicitud|candidatura|postulación|sollicitatie)\b[^.!?\n]{0,80}? (?:a|est|ha|has|"
        r"is|werd|foi|è) (?:bien |sido |been |stata |succesvol |correctement |correctamente )?(?:été )?"
        r"(?:envoyée|transmise|adressée|enviada|enviado|verzonden|verstuurd|doorgestuurd|inviata|inoltrata|"
        r"trasmessa|submetida|entregue) (?:com sucesso |com êxito |con éxito |con successo |avec succès )?"
        r"(?:(?:à|a|chez|naar|para(?: a| o)?|ad|alla|ao) "
        r"(?:l'entreprise |la empresa |het bedrijf |a empresa |empresa |l'azienda |"
        # France Travail's "transmise à l'employeur X", HelloWork's "transmise au recruteur X".
        r"l'employeur |"
        # "para a entidade X", "a la entidad X", "à l'organisation X": the word for who receives it.
        r"(?:a |la |l')?(?:entidade|entidad|organização|organización|organisation|organisatie|"
        r"organizzazione) )?"
        # "à entidade empregadora X", "a la empresa contratante X": the receiver's adjective.
        r"(?:(?:empregadora|empleadora|contratante|recrutadora|reclutadora|employeuse) )?|"
        r"all'azienda |au recruteur )"
        # "enviada para a entidade empregadora.": the receiver's words with no name after them name no one.
        r"(?!(?:entidade|entidad|empresa|empregadora|empleadora|contratante|recrutadora|reclutadora|"
        r"employeuse)\b)",
        5.0,
    ),
    # A person writing by hand names where they write from: "te escribo de X por tu postulación", "le
    # escribimos desde X en relación con la vacante".
    (r"\b(?:te|le|os) (?:escribo|escribimos|contacto|contactamos) (?:de|desde) (?:la empresa )?", 2.5),
    # Spanish boards' receipts in the past tense: "Tu solicitud se envió a X", "tu CV se ha enviado a X".
    (
        r"\b(?:solicitud|candidatura|postulación|cv|hoja de vida)\b[^.!?\n]{0,40}? se "
        r"(?:envió|ha enviado|remitió|ha remitido) (?:con éxito |correctamente )?a (?:la empresa )?"
        r"(?!(?:la|el|tu|su|tus|sus)\b)",
        4.0,
    ),
    (
        r"\b(?:postulé|candidaté|postulado|aplicado|gesolliciteerd|candidatou|candidato|candidata) "
        r"(?:chez|à|auprès de|en|a|bij|na|no|em|presso|per) (?:l'entreprise |la empresa )?",
        3.0,
    ),
    # A recruiter passing on an employer's news: "Rückmeldung von der X erhalten", "un retour de X", "noticias
    # de X sobre", "retorno da X", "notizie da X", "Ik heb net van X gehoord" (the places of
    # employer_agencies._HEARD_FROM).
    (
        r"\b(?:(?:rückmeldung|antwort|nachricht) (?:von|vom) (?:der |dem |den )?|(?:un retour|une réponse|"
        r"des nouvelles) (?:de la part )?(?:de |d')(?:la |l')?|"
        r"(?:noticias|respuesta) (?:de|del) (?:la |el )?|(?:retorno|resposta|notícias) (?:d[aoe]) |"
        r"(?:notizie|risposta|riscontro) (?:da|dalla|dal) |"
        r"gehoord van |van (?=[^\n.:]{2,40} (?:terug)?gehoord\b))",
        2.5,
    ),
    # Indeed and LinkedIn in other languages: "les éléments suivants ont été envoyés à X", "consultée par X".
    (
        r"\b(?:éléments|documents|informations|elementos|documentos|items|itens|elementi|unterlagen) "
        r"(?:suivants |siguientes |volgende |seguintes |seguenti |folgenden? )?"
        r"(?:ont été envoyés|se enviaron|"
        r"fueron enviados|se han enviado|zijn verzonden|zijn verstuurd|foram enviados|sono stati inviati) "
        r"(?:à|a|naar|para|ad)(?: a| o)? ",
        4.0,
    ),
    (
        r"\b(?:consultée|vue|lue|vista|visualizada|visualizzata|bekeken|angesehen|leído|leída|lido|lida|letto|"
        r"letta|gelezen|gelesen) (?:par|por|pela|pelo|door|da|dalla|von) ",
        3.0,
    ),
    # German job boards: "Ihre Bewerbung wurde erfolgreich an X übermittelt", "wurde über XING an X gesendet".
    (
        r"\b(?:wurde|wurden|ist) (?:erfolgreich |soeben )?(?:(?:über|via) [\w.-]+ )?an (?:die |den |das )?"
        r"(?=[^\n]{1,80} "
        r"(?:übermittelt|gesendet|versendet|weitergeleitet|verschickt))",
        4.0,
    ),
    # "la oferta Dependiente/a de tienda de Moda Brezo S.L.": the name a legal form closes, after "de".
    (
        r"\b(?:oferta|aviso|vacante|puesto|offre|poste|vaga|posizione|annuncio|offerta)\b[^\n.!?;]{2,80} "
        r"(?:de|di|da|chez|-|–) "
        r"(?=(?:(?! - )[^\n.!?;,]){2,50}?,? (?:s\.l|s\.a|s\.r\.l|s\.p\.a|s\.n\.c|ltda|lda|sas|sarl|srl|spa|"
        r"unipessoal)\b)",
        2.5,
    ),
    # A Spanish board: "te has inscrito correctamente en la oferta Mozo de almacén de Logística Turia.":
    # the employer after the offer's last "de", closing the sentence (a subject, which no stop closes, is
    # only the offer: "Te has inscrito en la oferta Técnico de Nóminas").
    (
        r"\b(?:inscrito|inscrita|postulado|postulada)(?: correctamente| con éxito)? (?:en|a) (?:la oferta|"
        r"el puesto|la vacante) (?:(?! de la empresa )[^\n.!?;]){2,80} de "
        r"(?!(?:la|el|los|las) )(?=[^\W\d_](?:(?! de )[^\n.!?;]){1,50}(?:[.!]\s|[.!]?\n|[.!]$))",
        2.5,
    ),
    # "votre entretien avec X", "Ihr Vorstellungsgespräch bei der X": the employer met (as "interview with").
    (
        r"\b(?:votre |l'|un |notre |ton )?entretien avec (?:la société |l'entreprise )?|"
        r"\b(?:ihr|ihrem|dein|deinem|das|dem) (?:vorstellungs|bewerbungs|kennenlern)?gespräch (?:bei|mit) "
        r"(?:der |dem |den )?",
        2.0,
    ),
    # A scheduling tool's booking: "Ihr Termin mit Lagerlogistik Nord ist geplant", "votre rendez-vous
    # avec X".
    (
        r"\b(?:ihr|dein) termin mit |\bvotre rendez-vous avec |\b(?:tu|su) cita con |"
        r"\b(?:je|uw) afspraak met |\b(?:o seu|seu|o teu) agendamento com |"
        r"\b(?:il tuo|il suo) appuntamento con ",
        2.0,
    ),
    # A scheduling tool's organiser line: "Veranstalter: Lumen Analytics", "Organisateur : Maison Lavande".
    (r"\b(?:veranstalter|organisateur|organisé par)\s*:\s*", 2.0),
    # A board's offer and who posted it: "l'offre X, proposée par Y", "die Stellenanzeige X der Firma Y".
    (
        r"\b(?:proposée|proposé|publiée|publié|diffusée|diffusé) par (?:l'entreprise |la société |"
        r"le cabinet )?",
        3.0,
    ),
    # "la empresa X", "l'entreprise X", "das Unternehmen X": the employer named as one.
    (
        r"\b(?:la empresa|l'entreprise|a empresa|na empresa|da empresa|l'azienda|dell'azienda|het bedrijf|"
        r"das unternehmen|die firma|la société|la società|della società|la sociedad|de la société|"
        r"der firma|"
        # A public employment service passing an employer's answer on: "der Arbeitgeber X hat uns mitgeteilt".
        r"der arbeitgeber|l'employeur|el empleador|de werkgever|o empregador|il datore di lavoro)"
        # An agency's client named as a firm: "l'azienda cliente X", "a empresa cliente X".
        r"(?: cliente)? ",
        2.5,
    ),
    # An agency writing about its client: "bei unserem Kunden, der X AG", "mein Kunde, die X GmbH", "pour
    # notre client, X".
    (
        r"\b(?:(?:unsere[mns]?|einem|unser|mein(?:em|en|es)?) (?:kunden?|mandanten?)|(?:notre|mon) client|"
        r"(?:nuestro|un) cliente|"
        r"(?:onze|mijn) (?:klant|opdrachtgever)|(?:nosso|meu) cliente|(?:nostro|mio) cliente),? (?:der |dem |"
        r"die |"
        r"de |la |el |het |a |o |il |les |los |las |os |as |gli |i |l')?",
        3.0,
    ),
    # An Italian agency selecting for its client's site: "stiamo selezionando per la filiale di X", "per lo
    # stabilimento di X"; an unnamed client ("per un'importante azienda") gives no name after it.
    (
        r"\bper (?:la filiale|lo stabilimento|la sede|il magazzino|il punto vendita|il deposito|il cantiere|"
        r"il negozio|lo store|il polo logistico|l'hub) (?:di |del |della |dell')",
        3.0,
    ),
    # An agency acting for its client: "im Auftrag der Bäckerei X GmbH laden wir Sie ein".
    (r"\bim auftrag (?:der |des |von )(?!(?:unser|ihr|dein|eine)\w*\b|kunden|mandanten)", 3.0),
    # An assessment platform or an agency writing for the employer: "per conto di Bottega X Spa la
    # preghiamo di svolgere il test", "pour le compte de X", "en nombre de X", "em nome da X".
    (
        r"\b(?:per conto (?:di |dell'|della )|pour le compte (?:de |d')|en nombre de |em nome d[ao] )"
        r"(?!(?:un|una|uno|une|um|uma|nostr|mio|mia|notre|mon|nuestr|nosso|nossa|todo|toda|tutto|tutta|"
        r"toute|tout|l'équipe|equipo|equipa|la |el |il |le |les |a |o )\w*)",
        3.0,
    ),
    # A board relaying the employer's decision: "leider hat X deine Bewerbung für Y abgelehnt".
    (r"\bhat (?=[^\n.!?;]{1,60}? (?:ihre|deine) bewerbung\b)", 3.0),
    # A board telling who looked: "Ihre Bewerbung wurde von X angesehen".
    (
        r"\b(?:wurde|wurden|ist) (?:\w+ )?von (?:der |dem |den )?(?=[^\n.!?;]{1,80}? (?:angesehen|geprüft|"
        r"gelesen|geöffnet|abgelehnt|bearbeitet)\b)",
        3.0,
    ),
    # An agency passing on its client's news, as "I have heard back from X": "ik heb net gebeld met X",
    # "j'ai eu un retour de X", "ich habe Rückmeldung von X".
    (
        r"\b(?:gebeld met|gesproken met|contact gehad met|(?:feedback|terugkoppeling|reactie|nieuws) "
        r"(?:van|gekregen van)|(?:un )?retour de|(?:eine )?rückmeldung von|(?:respuesta|noticias) de|"
        r"(?:retorno|resposta) d[ao]|(?:riscontro|risposta|notizie) da) ",
        2.5,
    ),
    # A job board relaying the employer's message: "Nouveau message de X", "Nachricht von X".
    (r"\b(?:message|nachricht|mensaje|bericht|mensagem|messaggio) (?:de|d'|von|van|da|di) ", 2.5),
    # A job board forwarding to the employer's recruiter: "transmise au recruteur de X".
    (r"\b(?:au|le|du) recruteur (?:de |d'|chez )", 3.0),
    # "tu candidatura en X", "a sua candidatura na X", "la tua candidatura presso X".
    (
        r"\b(?:postularte|postular|aplicar|postulación|candidatura|solicitud|inscripción) (?:en|a|na|no|ao|à|"
        r"presso) (?:la empresa |a empresa |l'azienda )?",
        2.0,
    ),
    # Dutch and Italian: "je reactie op de vacature X bij Y", "la candidatura per X presso Y".
    # As "your application for X at Y": the application, its post, then the employer.
    (r"\b(?:sollicitatie|reactie|kandidatuur) (?:op|voor) (?:de )?[^\n.!?;]{2,80}? bij ", 3.0),
    (r"\b(?:vacature|functie)(?: \w+)? [^\n.!?;]{2,80}? bij ", 2.0),
    (r"\bcandidatura (?:per|a|al|alla) [^\n.!?;]{2,80}? presso ", 3.0),
    (r"\b(?:posizione|offerta|ruolo|annuncio)(?: \w+)? [^\n.!?;]{2,80}? presso ", 2.0),
    # Portuguese and Spanish: "a vaga (de) X na Y", "a la oferta X en Y".
    (
        r"\b(?:vaga|cargo|posição|processo seletivo para|candidatura para)(?: de)? [^\n.!?;]{2,80}? "
        r"(?:na|no) (?:empresa )?",
        2.0,
    ),
    # "a vaga Analista de Planejamento da Transportadora Ipê foi cancelada": weaker, titles hold "de/da".
    (
        r"\b(?:vaga|cargo|posição)(?: de)? [^\n.!?;]{2,80}? (?:da|do) (?:empresa )?(?=[^\n.!?;]{2,60} foi\b)",
        1.5,
    ),
    (r"\b(?:oferta|vacante|puesto)(?: de)? [^\n.!?;]{2,80}? en (?:la empresa )?", 2.0),
    (
        r"\b(?:rejoindre|travailler (?:chez|pour|avec)|trabajar (?:en|con|para)|unirte a|werken bij|"
        r"trabalhar (?:na|no|com|para)|lavorare (?:in|con|per|presso)|interesse (?:in|per|na|no|em)|"
        r"interés por|formar parte de|fazer parte d[ao]|far parte d(?:i|ella|el)|faire partie de|"
        r"deel uit (?:te )?maken van) ",
        2.0,
    ),
    # An agency handing the reader to its client, named once: "j'ai transmis votre dossier à X",
    # "encaminhei o seu currículo para a X", "ho inoltrato il suo CV a X", "o gestor da X gostaria".
    (
        r"\b(?:(?:j'ai|nous avons) (?:bien )?(?:transmis|envoyé|présenté|proposé|adressé) (?:votre|ton) "
        r"(?:dossier|candidature|cv|profil) (?:à|a|chez|auprès de) (?:l'entreprise |la société )?|"
        r"(?:enviei|encaminhei|apresentei|enviamos|encaminhamos|apresentamos) (?:o )?(?:seu|teu) "
        r"(?:currículo|perfil|cv) (?:para|à|ao) (?:a |o )?(?:empresa )?|"
        r"(?:ho|abbiamo) (?:inviato|inoltrato|presentato|trasmesso) (?:il (?:suo|tuo) )?(?:cv|profilo|"
        r"curriculum|candidatura) (?:a|alla|al|all'|presso) (?:l'azienda |la società )?|"
        r"(?:o|a) (?:gestor|gestora|recrutador|recrutadora) d[ao] (?=[^\n.!?;]{2,60} gostaria\b)|"
        r"le (?:responsable|manager) (?:de |du |d'|chez )"
        r"(?=[^\n.!?;]{2,60} (?:souhaite|souhaiterait|aimerait)\b)|"
        # A German agency's client in the inverted order: "leider hat sich die Firma X gegen Ihre Bewerbung".
        r"hat sich (?:die firma|das unternehmen) (?=[^\n.!?;]{2,60} (?:gegen|für) (?:ihre|deine|sie|dich)\b)|"
        r"il responsabile (?:di|della|del|dell') (?=[^\n.!?;]{2,60} vorrebbe\b))",
        4.0,
    ),
]

# The employer's name ends right before these ("l'entreprise X a décidé", "X ha decidido").
EMPLOYER_BEFORE: list[tuple[str, float]] = [
    (
        r"\b(?:a (?:consulté|examiné|étudié|lu) (?:votre|ta) candidature|"
        r"ha visto tu (?:candidatura|solicitud)|heeft (?:je|uw) sollicitatie bekeken|"
        r"visualizou (?:sua|a sua) candidatura|ha visualizzato la (?:tua|sua) candidatura)\b",
        2.5,
    ),
    (r"\b(?:a décidé|a choisi|ha decidido|heeft besloten|heeft gekozen|decidiu|ha deciso|optou)\b", 2.5),
    # "Lightyear nodigt je uit voor een videogesprek", "Acme lädt Sie ein", "Acme ti invita": the employer
    # inviting, as "Acme invites you".
    (
        r"\b(?:nodigt (?:je|jou|u) uit|lädt (?:sie|dich) (?:\w+ )?ein|vous invite|t'invite|te invita|"
        r"le invita|convida(?:-o|-a|-te| você)|ti invita|la invita)\b",
        2.5,
    ),
    # An agency passing on its client's wish: "Van Leeuwen wil je graag uitnodigen voor een gesprek".
    (
        r"\bwil(?:len)? (?:je|jou|u) (?:graag )?(?:uitnodigen|spreken|ontmoeten|leren kennen|aannemen|"
        r"een (?:\w+ )?(?:aanbod|arbeidsovereenkomst|contract))\b",
        2.5,
    ),
    # "Grupo Meridiano ha cambiado el estado de tu candidatura", "Hoteles Brisamar quiere ofrecerte el
    # puesto": a board or an agency telling what the employer did or wants.
    (
        r"\b(?:ha cambiado el estado de (?:tu|su) candidatura|quieren? (?:ofrecerte|ofrecerle|hacerte|"
        r"hacerle|conocerte|conocerle|entrevistarte|entrevistarle))\b",
        2.5,
    ),
    # A board relaying the employer's wish: "Octave Santé souhaite vous rencontrer".
    (r"\bsouhaite (?:vous|te) rencontrer\b", 2.5),
    # "Moda Brezo S.L. ha descartado tu candidatura": a board telling what the employer did.
    (
        r"\b(?:ha descartado|ha rechazado|ha revisado|ha visto|ha leído|a écarté|a refusé|recusou|"
        r"ha scartato|visualizou|hat sich (?:\w+ ){0,2}(?:gegen|für))\b",
        2.5,
    ),
    # Latin-American boards: "Grupo Solana vio tu hoja de vida", "X te seleccionó como finalista".
    (
        r"\b(?:vio|leyó) tu (?:hoja de vida|cv|postulación)\b|"
        r"\bte (?:ha )?(?:seleccionado|seleccionó|marcado|marcó) como finalista\b",
        2.5,
    ),
    (r"\b(?:vous|t') a envoyé un message\b", 2.5),
    # "Kellerei Rheinblick hat dir zu deiner Bewerbung als X geschrieben", "X hat Ihnen eine Nachricht
    # gesendet".
    (r"\bhat (?:dir|ihnen) (?:eine nachricht\b|zu (?:deiner|ihrer) bewerbung\b)", 2.5),
]

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
    r"in (?:teilzeit|vollzeit))\b|\s+ein(?=\s*[.!?,]|\s*$)|"
    r"\s+mit der (?:referenz|kennzahl|ausschreibung)|\s+\(\d[\d/]*|\s*[.!?;,](?:\s|$)|"
    r"\s*\n|\s*$)"
)
# A German title; brackets are read whole ("(m/w/d; Vollzeit)"), so their commas end nothing.
_DE_TITLE = r"(?:\([^)\n]{0,80}\)|[^\n!?;\"“”(]){2,120}?"
_ROLE_NOUN_DE = r"(?:stelle|position|job|rolle|vakanz|tätigkeit)"
_NL_END = (
    r"(?=\s+(?:bij|en (?:we|wij|je|jij|u|hebben|zijn|wil|wilt|willen|nodigt|nodigen|neemt|nemen|zal|"
    r"zullen)|is|werd|zijn|hebben|ontvangen|in behandeling|"
    r"in goede orde|goed ontvangen|niet|willen|nodigen|op (?:de|het|onze)|voor (?:onze|ons|mijn)|"
    r"graag|wij|we|"
    # An offer's separable verb: "we bieden je de functie van Werkvoorbereider aan per 1 februari".
    r"aan (?:per|te|vanaf|met ingang|op|in)|aan(?=\s*[.!?,]))\b|"
    # "Jurist Omgevingsrecht (vacaturenummer 2026-0412)": a reference in brackets.
    r"\s+\((?:vacature\w*|ref\w*|nr\b|nummer)|"
    r"\s*[.!?;,](?:\s|$)|\s*\n|\s*$)"
)
_PT_IT_END = (
    r"(?=\s+(?:na|no|em|foi|está|já|presso|in|nel|nella|con|è|non|ha|sono|verrà|dell'azienda|della società|"
    r"da empresa|para a qual|para o qual|à qual|ao qual|per cui|não|irá|será|"
    r"e (?:já|a|o|você|que|la|il|ti|le|che))\b|"
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
        rf"\b(?:(?:auf|für|an|um|zu|und|ihnen|dir|euch|dass) )?"
        rf"(?:der|die|den|das|eine|einer|unsere[rn]?) (?:ausgeschriebene[n]? |"
        rf"offene[n]? )?{_ROLE_NOUN_DE}(?:\s+als)?\s+[\"„]?(?P<t>{_DE_TITLE})[\"“”]?{_DE_END}",
        3.0,
        True,
        False,
    ),
    # Job boards: "deine Bewerbung für Bautechniker (m/w/d) bei X", "die Stellenanzeige X der Firma Y", the
    # employment service's "Ihre Bewerbung auf das Stellenangebot X der Y".
    (
        rf"\b(?:bewerbung (?:für|auf)|stellenanzeige|stellenausschreibung|stellenangebot)\s+"
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
    # Dutch: "je sollicitatie als X", "voor de functie van X".
    (
        # (Also the work itself: "leuk dat je wilt werken als X bij Y", "aan de slag als X".)
        rf"\b(?:sollicitatie|solliciteren|gesolliciteerd|interesse|reactie|aannemen|werken|aan de slag)"
        rf"(?: \w+){{0,2}} "
        rf"(?:als|voor de (?:functie|"
        rf"positie|vacature|rol)(?: van| als)?|naar de (?:functie|vacature)(?: van|"
        rf" als)?)\s+(?P<t>[^\n.!?;]{{2,100}}?)"
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
        rf"\b(?:op|voor|naar|in|en) de (?:functie|vacature|positie|rol)(?: van| als)?"
        rf"\s+(?P<t>[^\n.!?;]{{2,100}}?){_NL_END}",
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
        rf"\bsollicitatie (?:bij \S+(?: \S+)? )?voor\s+"
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
        rf"\bde (?:vacature|functie|positie)\s+(?:(?:van|als)\s+)?(?P<t>[^\n.!?;]{{2,100}}?){_NL_END}",
        2.0,
        True,
        False,
    ),
    # Portuguese and Italian: "para a vaga de X", "per la posizione di X".
    (
        rf"\b(?:(?:para a|à|a|na|da|pela) (?:vaga|função)(?: de)?"
        rf"(?! (?:foi|está|já|ainda|que|para|em|na|no|será|ficou|se)\b)|"
        rf"para o cargo de|ao cargo de|"
        rf"para a posição de|à posição de|ao lugar de|o lugar de|il posto di|"
        rf"per la posizione di|alla posizione di|posizione di|per il ruolo di|al ruolo di|in qualità di|"
        rf"per l'annuncio|all'annuncio|per l'offerta(?: di)?|all'offerta(?: di)?|"
        rf"per la figura di|"
        # "la nostra ricerca di un Responsabile Qualità": a small firm's search names the post.
        rf"(?:nostra )?ricerca di(?: una?| uno| un')?|"
        # "o processo seletivo para X", "ao anúncio X", "la selezione per X", "la candidatura per X",
        # "candidato a X" (never "a la/a uma ...": an article is no title).
        rf"processo seletivo para|seleção para|ao anúncio|do anúncio|(?:à|na|da) oferta(?: de)?|"
        rf"(?:(?:la )?selezione per|candidatura per|candidat[oa] (?:a|per))"
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
    # "per la posizione Tecnico di laboratorio": no "di", so a role's word must say it is the post.
    (
        rf"\b(?:per la|alla|la) posizione(?! di\b)\s+(?P<t>[^\n.!?;]{{2,100}}?){_PT_IT_END}",
        2.5,
        True,
        False,
    ),
]

# What one applied as, in the Romance languages: "tu candidatura como camarera", "votre candidature comme
# serveuse", "esserti candidato come cameriere", "por se candidatar como cabeleireira"; whatever noun stands
# there is the post (title_slots.py tells a sentence going on: "como sabes", "come da accordi").
_SLOT_END = (
    r"(?=\s+(?:en|con|y|e|et|ou|o|ed|bei|chez|presso|bij|na|no|em|in|nel|nella|para|pour|per|dans|au sein|"
    r"ha|è|foi|fue|est|a été|de (?:mi|mis|tu|tus|su|sus|nuestr[oa]s?|votre|notre|la empresa|l'entreprise)|"
    r"di (?:mi[oa]|nostr[oa])|da (?:nossa|nosso|minha|meu))\b|\s*[.!?;,:](?:\s|$)|\s*\n|\s*$)"
)
TITLES += [
    (
        rf"\b(?:candidatura|candidature|candidat[oa]|candidatar|candidatarse|candidarti|candidarsi|solicitud|"
        rf"postulación|presentarte|postularte|postulad[oa]|inscrit[oa]) (?:\w+ )?(?:como|comme|come)\s+"
        rf"(?P<t>[^\n.!?;]{{2,100}}?){_SLOT_END}",
        3.0,
        False,
        False,
    ),
    # Joining the team as the post: "integrar a nossa equipa como Técnica de Farmácia", "entrare nel nostro
    # team come Magazziniere".
    (
        rf"\b(?:(?:integrar|juntar-se|juntar-te|fazer parte) (?:a|à|da) (?:nossa )?(?:equipa|equipe) como|"
        rf"(?:entrare|unirti|unirsi) (?:nel|al|nella|alla) (?:nostro |nostra )?(?:team|squadra) come)"
        rf"\s+(?P<t>[^\n.!?;]{{2,100}}?){_SLOT_END}",
        3.0,
        False,
        False,
    ),
    # "Recebemos a sua candidatura para repositor", "tu candidatura para repartidor", "obrigado por se
    # candidatar para Repositor": a preposition only, so a role's word must say it is the post.
    (
        rf"\b(?:candidatura|candidatar(?:-se)?|solicitud|postulación) (?:para|a|à|ao|al|per)\s+"
        rf"(?!(?:el|la|los|las|o|a|os|as|un|una|um|uma|il|lo|nuestr\w*|nostr\w*|vaga|vacante|puesto|posizione|oferta|offerta|empresa|"
        rf"azienda|posição|função|ruolo)\b)(?P<t>[^\n.!?;]{{2,100}}?){_SLOT_END}",
        2.5,
        True,
        False,
    ),
]

# The hire named as a noun, then what the reader will be: "your appointment as a Lecturer in Accounting",
# "offer you employment as Senior Bookkeeper", "die Einstellung als Disponentin", "je aanstelling als
# Projectleider", "votre embauche en qualité de Chargée de clientèle", "sua contratação como Assistente",
# "tu contratación como Técnica", "l'assunzione come Tecnico". The naming word says a post follows
# (title_slots.py), whatever its noun.
_HIRED_AS_END = (
    r"(?=\s+(?:at|with|within|subject|starting|from|effective|on|in (?:our|the)|for|reporting|"
    r"zum|zur|ab|bei|beim|anbieten|anzubieten|bestätigen|zu|per|bij|met|ingang|"
    r"à compter|au sein|chez|dès|a partir|a partire|a contar|desde|presso|na|no|em|en|"
    r"nel|nella|con|el próximo|il prossimo)\b|\s*[.!?;,:](?:\s|$)|\s*\n|\s*$)"
)
TITLES += [
    (
        rf"\b(?:appointment|employment|einstellung|anstellung|festanstellung|aanstelling|indiensttreding|"
        rf"embauche|recrutement|engagement|nomination|contratação|admissão|nomeação|contratación|"
        rf"nombramiento|incorporación|assunzione|nomina)\s+(?:as|als|como|come|comme|en qualité de|"
        rf"en tant que|in qualità di|to the (?:post|position|role) of)\s+"
        rf"(?:an? |the |un |une |el |la |il |o |a )?"
        rf"(?P<t>[^\n!?;]{{2,100}}?){_HIRED_AS_END}",
        3.0,
        False,
        False,
    ),
]

# An agency's client taking its worker on, or an employer hiring, with the post after "als" before the
# verb: "die Firma X würde Sie gern als Schweißer (m/w/d) übernehmen", "möchten Sie als Lagerist fest
# einstellen". The verb closes the post's name.
TITLES += [
    (
        r"\b(?:sie|dich) (?:gerne? |gern )?als\s+(?P<t>[^\n.!?;]{2,80}?)"
        r"(?=\s+(?:(?:fest|bei uns|unbefristet) )?(?:übernehmen|einstellen|anstellen)\b)",
        3.0,
        False,
        False,
    ),
]

# An employer or an agency's client hiring the reader, the post after "comme"/"como"/"come"/"als"/"as": "la
# société X souhaite vous embaucher en CDI comme Cariste", "quiere contratarte como Mozo", "gostaria de o
# contratar como Técnico", "vorrebbe assumerla come Saldatore", "wil je in vaste dienst nemen als Lasser".
TITLES += [
    (
        rf"\b(?:embaucher|recruter|engager|contratar(?:te|le|la|lo)?|assumer(?:la|lo|ti)|inserir(?:la|lo|ti)|"
        rf"hire you|employ you|aannemen|dienst nemen)"
        rf"(?: en (?:cdi|cdd|intérim)| a tempo (?:indeterminato|determinato)| (?:a|con) contrato \w+)?"
        rf"\s+(?:como|comme|come|als|as)\s+(?:an? |un |une |el |la |il |o )?"
        rf"(?P<t>[^\n!?;]{{2,80}}?){_HIRED_AS_END}",
        3.0,
        False,
        False,
    ),
]

# Mail that lost its accents ("envoyee a X", "Bewerbung fuer") is read alike.
EMPLOYER_AFTER = [(accents_optional(pattern), weight) for pattern, weight in EMPLOYER_AFTER]
EMPLOYER_BEFORE = [(accents_optional(pattern), weight) for pattern, weight in EMPLOYER_BEFORE]
TITLES = [(accents_optional(pattern), weight, role, capital) for pattern, weight, role, capital in TITLES]
