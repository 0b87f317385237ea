"""Where employers' names sit in German, French, Spanish, Dutch, Portuguese and Italian mail.

Same conventions as anchors.py (lowercase patterns, weights): "Ihre Bewerbung bei der <X>", "votre
candidature a été envoyée à <X>", "bei unserem Kunden, der <X>"; language_anchors.py makes them read mail
that lost its accents.
"""

# The employer's name begins right after these.
EMPLOYER_AFTER: list[tuple[str, float]] = [
    # German: "Ihre Bewerbung bei der X", "Mitarbeit bei X", "Tätigkeit an der X", "Bewerbung im X".
    (
        r"\b(?:bewerbung|mitarbeit|tätigkeit|karriere|einstieg|interesse|position|stelle|job|zusammenarbeit|"
        r"praktikum|vertrauen|entscheidung für)(?: \w+)? (?:bei|an|am|beim|im|mit)(?: der| dem| die| den)? "
        # "für eine andere Stelle im Prozess", "im Auswahlverfahren": a stage of the hiring, no employer.
        r"(?!(?:bewerbungs|auswahl|recruiting)?(?:prozess|verfahren)\w*\b|rennen\b|gespräch\b|rahmen\b)",
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
    # A board's receipt naming who received the application: "foi recebida com sucesso pela X", "a été
    # reçue par X", "fue recibida por X", "è stata ricevuta da X".
    (
        r"\b(?:recebida|recebido|reçue|recibida|ricevuta) (?:com sucesso |avec succès |con éxito |"
        r"correttamente |correctamente )?(?:pela|pelo|par|por|da|dalla|dal) "
        r"(?:empresa |entreprise |l'|la |el )?",
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
        r"\b(?:(?:unsere[mns]?|einem|unser|mein(?:em|en|es)?) (?:kunden?|mandant(?:en|in)?|auftraggeber)|"
        r"(?:notre|mon) client|"
        r"(?:nuestro|un|el) cliente|(?:nostra|mia) (?:azienda|società) cliente|"
        r"(?:onze|mijn|de) (?:klant|opdrachtgever)|(?:nosso|meu|o) cliente|(?:nostro|mio|il) cliente)"
        # The client named at last, with its verb or a colon: "onze opdrachtgever is X", "el cliente es X",
        # "unser Kunde ist X", "notre client est X", "il cliente è X", "o cliente é X", "onze klant: X"; a
        # Dutch agency says whose post it is first: "de opdrachtgever achter de vacature is X", or to whom it
        # put the reader forward: "de klant waarvoor ik je heb voorgesteld, X, wil je spreken".
        r"(?: achter (?:de|deze|die) (?:vacature|functie|rol|opdracht)| (?:waarvoor|bij wie|aan wie) "
        r"[^,.\n]{1,60},)?"
        r"(?: (?:is|es|ist|est|è|é) |: |,? )(?:der |dem |"
        r"die |das |"
        r"de |la |le |el |het |a |o |il |les |los |las |os |as |gli |i |l')?",
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
    # A Dutch assessment bureau or agency acting for the employer: "In opdracht van Waterschap X nodigen wij
    # je uit voor een capaciteitentest".
    (r"\bin opdracht van (?:de |het )?(?!(?:onze|ons|uw|je|jouw|een|mijn)\b|klant|opdrachtgever)", 3.0),
    # An assessment platform or an agency writing for the employer: "per conto di Bottega X Spa la
    # preghiamo di svolgere il test", "pour le compte de X", "en nombre de X", "em nome da X".
    (
        r"\b(?:per conto (?:di |dell'|della )|pour le compte (?:de |d')|en nombre de |em nome d[ao] |"
        # "su incarico di X", "por encargo de X", "a pedido da X", "au nom de X", "im Namen der X".
        r"su incarico (?:di |dell'|della |del )|por encargo de |a pedido d[ao] |au nom (?:de |d')|"
        # "Te escribo de parte de X", "le contactamos de parte de X".
        r"de parte de |"
        r"im namen (?:der |des |von ))"
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
    # "j'ai eu un retour de X", "ich habe Rückmeldung von X", "te escribo con el feedback de X".
    (
        r"\b(?:gebeld met|gesproken met|contact gehad met|(?:feedback|terugkoppeling|reactie|nieuws) "
        r"(?:van|gekregen van)|(?:un )?retour de|(?:eine )?rückmeldung von|"
        r"(?:respuesta|noticias|feedback) de|"
        r"(?:retorno|resposta|feedback) d[ao]|(?:riscontro|risposta|notizie|feedback) da) ",
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
    # The meeting where it is held: "a sua entrevista na X", "a reunião no X", "il colloquio
    # presso X" (an agency's candidate meets its client there).
    (r"\b(?:entrevista|reunião)(?: \w+)? (?:na|no) (?:empresa )?", 2.5),
    (r"\bcolloquio(?: \w+)? presso (?:l'azienda |la società )?", 2.5),
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
        # The acknowledgement in the employer's name: "Le Centre hospitalier X accuse réception de votre
        # candidature", "Transports Girard accusent bonne réception de ta candidature".
        r"accusen?t? (?:bonne )?réception de (?:votre|ta) candidature|"
        # Received or thanked for in the employer's name: "Bouwbedrijf Kamp heeft je sollicitatie in goede
        # orde ontvangen", "die Stadtwerke X haben Ihre Bewerbung erhalten", "X bedankt sich für Ihre
        # Bewerbung", "X bedankt je voor je sollicitatie", "X vous remercie pour votre candidature".
        r"heeft (?:je|jouw|uw) sollicitatie (?:in goede orde )?ontvangen|"
        r"(?:hat|haben) (?:ihre|deine) bewerbung (?:\w+ )?erhalten|"
        r"bedank(?:t|en) sich für (?:ihre|deine) bewerbung|"
        r"bedankt (?:je|jou|u) (?:hartelijk )?voor (?:je|jouw|uw) sollicitatie|"
        r"(?:vous|te) remercie(?:nt)? (?:pour|de) (?:votre|ta) candidature|"
        r"ha visto tu (?:candidatura|solicitud)|heeft (?:je|uw) sollicitatie bekeken|"
        r"visualizou (?:sua|a sua) candidatura|ha visualizzato la (?:tua|sua) candidatura)\b",
        2.5,
    ),
    (r"\b(?:a décidé|a choisi|ha decidido|heeft besloten|heeft gekozen|decidiu|ha deciso|optou)\b", 2.5),
    # "Lightyear nodigt je uit voor een videogesprek", "Acme lädt Sie ein", "Acme ti invita": the employer
    # inviting, as "Acme invites you".
    (
        r"\b(?:nodigt (?:je|jou|u) uit|lädt (?:sie|dich) (?:\w+ )?ein|vous invite|t'invite|te invita|"
        # "Brauerei Lindner möchte Sie gern zu einem Vorstellungsgespräch einladen".
        r"möchten? (?:sie|dich) (?:gerne? )?(?:zu (?:einem|einer|ihrem|deinem) (?:\w+ ){1,6})?einladen|"
        r"le invita|convida(?:-o|-a|-te| você)|ti invita|la invita|"
        # The invitation done, as a test platform tells it: "Acme S.A. le ha invitado a presentar las
        # pruebas", "Acme vous a invité à passer", "Acme hat Sie eingeladen", "Acme convidou você".
        r"(?:le|te|lo|la) ha invitado|vous a invitée?|t'a invitée?|hat (?:sie|dich) (?:\w+ )?eingeladen|"
        r"heeft (?:je|jou|u) uitgenodigd|(?:ti |la |l'|vi )ha invitat[oa]|convidou(?: você|-o|-a))\b",
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
    # An agency or a board naming the client's search: "Houtbouw Terpstra in Sneek zoekt een
    # werkvoorbereider", "die Spedition Kalb sucht ab sofort einen Disponenten", "Vinícola Serra Alta procura
    # um enólogo".
    (
        # Its town may stand between: "X in Westzaan zoekt", "X aus Kiel sucht", "X à Lorient recherche".
        r"\b(?:(?:in|uit|aus|bei|à|en|em|di|a) [\w'-]+(?: [\w'-]+)? )?"
        r"(?:zoekt|sucht|recherche|busca|procura|cerca)(?: (?:nu|momenteel|per direct|ab sofort|dringend|"
        r"actuellement|actualmente|attualmente))? (?:een|eine[nr]?|un|une|una|um|uma|uno)\b",
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
