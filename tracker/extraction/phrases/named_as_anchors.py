"""Where a title sits after the word naming what the reader applied or is hired as, in every language read.

"tu candidatura como camarera", "your appointment as a Lecturer", "die Firma X würde Sie gern als Schweißer
übernehmen": whatever noun stands after the naming word is the post (title_slots.py tells a sentence going
on). Same conventions as anchors.py; language_anchors.py makes them read mail that lost its accents.
"""

TITLES: list[tuple[str, float, bool, bool]] = []

# What one applied as, in the Romance languages: "tu candidatura como camarera", "votre candidature comme
# serveuse", "esserti candidato come cameriere", "por se candidatar como cabeleireira"; whatever noun stands
# there is the post (title_slots.py tells a sentence going on: "como sabes", "come da accordi").
# (A post held while trained is the post's: "come Vice Direttore in formazione", "como Cocinero en formación",
# "als Verpleegkundige in opleiding".)
_SLOT_END = (
    r"(?=\s+(?:en(?! formación| formation)|con|y|e|et|ou|o|ed|bei|chez|presso|bij|na|no|"
    r"em(?! formação| treinamento)|in(?! formazione| apprendistato| affiancamento| opleiding)|nel|nella|"
    r"para|pour|per|dans|au sein|"
    r"ha|è|foi|fue|est|a été|de (?:mi|mis|tu|tus|su|sus|nuestr[oa]s?|votre|notre|la empresa|l'entreprise)|"
    r"di (?:mi[oa]|nostr[oa])|da (?:nossa|nosso|minha|meu))\b|\s*[.!?;,:](?:\s|$)|\s*\n|\s*$)"
)
TITLES += [
    (
        rf"\b(?:candidatura|candidature|candidat[oa]|candidatar|candidatarse|candidarti|candidarsi|solicitud|"
        rf"postulación|presentarte|postularte|postulad[oa]|inscrit[oa]) (?:\w+ )?"
        # French names the post also "en qualité de": "votre candidature en qualité de Conducteur de travaux".
        rf"(?:(?:como|comme|come|en qualité de)\s+|en qualité d')"
        rf"(?P<t>[^\n.!?;]{{2,100}}?){_SLOT_END}",
        3.0,
        False,
        False,
    ),
    # Joining the team as the post: "integrar a nossa equipa como Técnica de Farmácia", "entrare nel nostro
    # team come Magazziniere".
    (
        rf"\b(?:(?:integrar|juntar-se|juntar-te|fazer parte) (?:a|à|da) (?:nossa )?(?:equipa|equipe) como|"
        rf"(?:entrare|unirti|unirsi) (?:nel|al|nella|alla) (?:nostro |nostra )?(?:team|squadra) come|"
        # Starting work as the post: "ti aspettiamo lunedì per iniziare come Barista".
        rf"(?:iniziare|cominciare|inizierai|comincerai|inizierà|comincerà) (?:a lavorare )?come)"
        rf"\s+(?P<t>[^\n.!?;]{{2,100}}?){_SLOT_END}",
        3.0,
        False,
        False,
    ),
    # "Recebemos a sua candidatura para repositor", "tu candidatura para repartidor", "obrigado por se
    # candidatar para Repositor": a preposition only, so a role's word must say it is the post.
    (
        rf"\b(?:candidatura|candidatar(?:-se)?|solicitud|postulación|postular(?:te|se|me)?) "
        rf"(?:para|a|à|ao|al|per)\s+"
        rf"(?!(?:el|la|los|las|o|a|os|as|un|una|um|uma|il|lo|nuestr\w*|nostr\w*|vaga|vacante|puesto|posizione|oferta|offerta|empresa|"
        rf"azienda|posição|função|ruolo|oportunidade|oportunidad)\b)(?P<t>[^\n.!?;]{{2,100}}?){_SLOT_END}",
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
        # An offer of the post by its noun: "Ihnen ein Angebot als Disponent unterbreiten", "an offer as X".
        rf"nombramiento|incorporación|assunzione|nomina|offer|angebot|vertragsangebot|jobangebot|zusage|"
        rf"aanbod)\s+(?:as|als|como|come|comme|en qualité de|"
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
# einstellen". The verb closes the post's name; an offer's welcome is such a verb, with where the reader
# is welcomed before it: "würden dich sehr gerne als X bei Y an Bord holen", "Sie als X in unserem Team
# begrüßen", "dich als X ins Team holen".
TITLES += [
    (
        r"\b(?:sie|dich) (?:(?:sehr|so|unbedingt|wirklich|gerne?) ){0,2}als\s+(?P<t>[^\n.!?;]{2,80}?)"
        r"(?=\s+(?:(?:fest|unbefristet) )?(?:(?:bei|in|im|ins|zu) [^\n.!?;,]{1,40}? )?"
        r"(?:übernehmen|einstellen|anstellen|an bord (?:holen|nehmen|begrüßen)|begrüßen|willkommen heißen|"
        # "dich als X ins Team holen", "Sie als X in unser Team aufnehmen".
        r"gewinnen|dabei haben|holen|aufnehmen)\b)",
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
        rf"hire you|employ you|aannemen|dienst nemen|"
        # An offer's welcome, with where the reader is welcomed: "vorremmo averti con noi come X", "tenerte
        # en el equipo como X", "ter você no nosso time como X".
        rf"(?:averti|averla|averlo|accoglierti|tenerte|tenerla|tenerlo|ter você|tê-lo|tê-la)"
        rf" (?:con noi|a bordo|nel (?:nostro )?team|nella (?:nostra )?squadra|con nosotros|en (?:el|nuestro) "
        rf"equipo|no (?:nosso )?time|na (?:nossa )?equipe|conosco)|"
        # A contract offered as the post: "proporti un contratto a tempo indeterminato come Assistente".
        rf"(?:un|il) contratto)"
        rf"(?: en (?:cdi|cdd|intérim)| a tempo (?:indeterminato|determinato)| (?:a|con) contrato \w+)?"
        rf"\s+(?:como|comme|come|als|as)\s+(?:an? |un |une |el |la |il |o )?"
        rf"(?P<t>[^\n!?;]{{2,80}}?){_HIRED_AS_END}",
        3.0,
        False,
        False,
    ),
]

# An offer naming the employer or the team the reader would join between the verb and the post: "queremos
# que te sumes a Cobre Norte como Diseñadora", "ci piacerebbe averti con noi in Valle Impianti come Tecnico",
# "queremos contar contigo como Empregado de Mesa", "nous souhaitons vous accueillir chez X comme Y". The
# verb says a post follows, whatever its noun; "como parte del equipo", "comme membre" name none.
TITLES += [
    (
        rf"\b(?:te unas|unirte|te sumes|sumarte|incorporarte|te incorpores|"
        rf"contar (?:contigo|con usted|con vos|consigo|convosco|com você|com vocês)|"
        rf"unirti|unirsi|averti con noi|averla con noi|averlo con noi|"
        # Entering the firm or staying on in it as the post: "entrare a far parte di Acme come X",
        # "quedarte en el equipo como X", "entrar na empresa como X".
        rf"entrare|entrar|te quedes|quedarte|se quede|quedarse|"
        rf"accoglierti|juntar-se|juntar-te|juntes|juntares|vous accueillir|t'accueillir|nous rejoindre|"
        # The formal address's forms ("que se una a nuestro equipo como X", "que se junte à equipa como X",
        # "che si unisca al team come X") and French's own verbs ("rejoindre notre équipe en tant que X").
        rf"se una|unirse|se sume|sumarse|se incorpore|incorporarse|se junte|se juntar|si unisca|ti unisca|"
        rf"rejoindre|rejoigniez|rejoignes|intégrer)"
        # ("vous accueillir au sein de X en qualité de Y", "accoglierti in X in qualità di Y": formal naming.)
        rf"(?: (?!como|come|comme|en tant que|en qualité de|in qualità di)[^\n.!?;]{{1,60}}?)? "
        rf"(?:como|come|comme|en tant que|en qualité de|in qualità di)\s+"
        rf"(?!(?:parte|part|membre|membro|miembro|integrante|candidat\w*|futur\w*)\b)"
        rf"(?:(?:nuev[oa]|nuov[oa]|nov[oa]|nouvel(?:le)?|nostr[oa]|nuestr[oa]|noss[oa]|notre) )?"
        rf"(?:un |una |uno |um |uma |une |el |la |il |o |a )?"
        rf"(?P<t>[^\n!?;]{{2,80}}?){_HIRED_AS_END}",
        2.8,
        False,
        False,
    ),
]

# A public selection naming its post by the profile it recruits: "l'assunzione di due unità con il profilo di
# Funzionario Tecnico – Area dei funzionari, settore X", "posti nel profilo professionale di Istruttore". A
# capital opens the post (a lowercase word goes on about the candidate's profile).
TITLES += [
    (
        rf"\b(?:con il|nel|per il|del) profilo (?:professionale )?di\s+(?P<t>[^\n.!?;]{{2,100}}?){_SLOT_END}",
        2.5,
        False,
        True,
    ),
]
