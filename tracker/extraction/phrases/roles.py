"""Words of work: nouns naming a person's job, words naming a field, words only job mail uses.

Lowercase patterns (matched case-insensitively on short phrases, on lowercased text in scans).
"""

# Nouns naming a person's job, any language we read: a phrase with one is a title, not an employer.
PERSON_ROLES = (
    r"\b(?:analyst|engineer|developer|scientist|manager|intern|internship|traineeship|associate|specialist|designer|"
    r"consultant|director|coordinator|representative|officer|administrator|architect|technician|apprentice|"
    r"apprenticeship|assistant|researcher|programmer|accountant|advisor|adviser|nurse|teacher|clerk|writer|"
    r"editor|strategist|planner|operator|supervisor|vp|president|fellow|fellowship|trainee|graduate|co-op|"
    r"marketer|recruiter|tester|buyer|cashier|driver|chef|cook|attorney|counsel|paralegal|auditor|"
    r"economist|statistician|professor|lecturer|tutor|instructor|therapist|pharmacist|physician|mechanic|"
    r"electrician|modeler|modeller|steward|technologist|investigator|estimator|inspector|machinist|welder|"
    r"custodian|receptionist|secretary|bookkeeper|teller|underwriter|actuary|banker|trader|storyteller|"
    # Hourly work in shops, kitchens, hotels, warehouses and wards.
    r"crew member|team member|barista|bartender|dishwasher|housekeeper|caregiver|stocker|lifeguard|aide|"
    r"paramedic|phlebotomist|sonographer|dietitian|dispatcher|courier|transporter|rn|lpn|cna|"
    r"merchandiser|picker|packer|sorter|loader|sommelier|concierge|valet|busser|food runner|keyholder|"
    r"shift lead(?:er)?|(?:team|group|section|unit|ward|squad) leader|"
    r"hostess|janitor|nanny|groomer|butcher|florist|housekeeping attendant|attendant|"
    r"laborer|labourer|assembler|fabricator|installer|roofer|carpenter|plumber|firefighter|lineworker|"
    r"hygienist|optometrist|dentist|orthodontist|psychiatrist|physiotherapist|midwife|surgeon|"
    r"veterinarian|practitioner|clinician|scribe|counselor|counsellor|social worker|caseworker|"
    r"lawyer|solicitor|barrister|realtor|appraiser|adjuster|examiner|treasurer|registrar|scheduler|"
    r"expeditor|purchaser|negotiator|copywriter|proofreader|illustrator|animator|translator|interpreter|"
    r"linguist|annotator|transcriber|moderator|journalist|reporter|librarian|archivist|curator|stylist|"
    r"ambassador|promoter|scrum master|webmaster|surveyor|drafter|draftsman|draftsperson|chemist|"
    r"physicist|mathematician|bookseller|salesperson|handler|head of [\w-]+|"
    # Trades, shops, kitchens and homes (not those that are common surnames: Baker, Porter, Mason, Barber).
    r"kitchen porter|night porter|hotel porter|hospital porter|cleaner|gardener|waiter|waitress|hairdresser|"
    r"carer|handyman|caretaker|groundskeeper|babysitter|childminder|au pair|bricklayer|plasterer|scaffolder|"
    r"locksmith|decorator|(?:warehouse|production|factory|site|general|machine|cleaning|packing) operative|"
    # "Foreman" alone is a surname too: the foreman of a site, a shop or a crew.
    r"(?:site|shop|general|construction|yard|works|warehouse|production|crew|civil|concrete|electrical|"
    r"framing|landscape) fore(?:man|woman|person)|forewoman|foreperson|"
    r"stacker|(?:bar|kitchen|floor|waiting|front of house) staff|"
    # Uniformed and public posts ("Constable" and "Warden" alone are surnames too).
    r"(?:police|special|detective|student|trainee) constable|police sergeant|"
    r"(?:traffic|prison|dog|community|fire|neighbourhood) warden|bailiff|croupier|postman|postwoman|"
    # Role nouns as postings shorten them ("Asst. Store Mgr.", "Sales Rep"); a technician or a developer by
    # the field a person names them with ("Surgical Tech", "Lube Tech", "Frontend dev"): "Tech" alone ends
    # many an employer's name.
    r"mgr|rep|"
    r"(?:surgical|pharmacy|vet|veterinary|lube|patient care|lab|laboratory|radiology|radiologic|sterile "
    r"processing|ophthalmic|dental|medical|nail|maintenance|service|bench|field|it|ekg|mri|ct|x-ray|"
    r"ultrasound|psych|behavioral health|mental health|dialysis|monitor|pet|tire|auto|hvac|pool) tech|"
    r"(?:frontend|front-end|front end|backend|back-end|back end|full[- ]?stack|web|software|ios|android|"
    r"mobile|game|junior|senior) dev|"
    # German health care's trained assistants by their initials ("Bewerbung MFA": Medizinische
    # Fachangestellte; ZFA, TFA, PTA, MTA, MTRA, OTA, PKA).
    r"mfa|zfa|tfa|pta|mta|mtra|ota|pka|"
    # "Executive" as Asian, African and Gulf postings name a post by its field ("Sales Executive"); alone it
    # names a public body too ("Health Service Executive").
    r"(?:sales|customer (?:service|support|care)|operations?|marketing|accounts|hr|admin(?:istrative)?|"
    r"business development|field|relationship|credit|finance|logistics|procurement|purchase|recruitment|"
    r"technical|banking|telesales|telecalling|digital marketing|content|seo) executive|"
    # Early careers: a scheme is the role a student applies to.
    r"programme|(?:internship|graduate|analyst|associate|insight|rotational|leadership|apprenticeship|"
    r"early careers?|trainee) program|"
    # A law firm's schemes: "Vacation Scheme 2027", "Training Contract 2028".
    r"vacation schemes?|training contracts?|"
    r"entwickler(?:in)?|ingenieur(?:in)?|berater(?:in)?|praktikant(?:in)?|werkstudent(?:in)?|"
    r"mitarbeiter(?:in)?|leiter(?:in)?|referent(?:in)?|sachbearbeiter(?:in)?|kaufmann|kauffrau|développeur|"
    r"développeuse|ingénieur|stagiaire|alternant|chargée?|responsable|chef de projet|analista|"
    r"desarrollador|ingeniero|becario|gerente|consultor|técnico|m/w/d|h/f|f/h|w/m/d)\b"
)

# Role nouns as European languages build them, matched inside compounds ("Softwareentwickler:in",
# "Prozessspezialist", "Data-Architekt*in") and with their gender marks: short phrases only.
COMPOUND_ROLES = (
    r"(?:entwickler|ingenieur|architekt|berater|spezialist|analytiker|techniker|informatiker|programmierer|"
    r"administrator|leiter|referent|assistent|sachbearbeiter|praktikant|werkstudent|lektor|dozent|mitarbeiter|"
    r"experte|koordinator|buchhalter|verkäufer|fachkraft|fachfrau|fachmann|pfleger|monteur|elektriker|"
    r"elektroniker|mechaniker|mechatroniker|erzieher|lehrer|arzt|ärztin|pflegekraft|kassierer|lagerist|"
    r"designer|manager|controller|analyst|consultant|planer|redakteur|gestalter|medewerker|ontwikkelaar|"
    r"adviseur|beheerder|kaufmann|kauffrau|kaufleute|chauffeur|voorbereider|therapeut|begeleider|"
    # Trades and teaching inside their compounds ("Bautischler", "Kindergartenpädagogin").
    r"tischler|dachdecker|pädagoge?|"
    # Design and dispatch offices' posts ("Konstrukteur Mechanik", "Disponentin Nahverkehr").
    r"konstrukteur|disponent)"
    # A trained clerk's compound: "Rechtsanwaltsfachangestellte", "Verwaltungsfachangestellter".
    r"(?:in|innen)?\b|fachangestellte[rn]?\b|(?<=\w)[*:/]in(?:nen)?\b|"
    r"\b(?:professur|lecturer|lehrling|expertin|développeuse|analyste|consultante?|technicien(?:ne)?|"
    r"gestionnaire|juriste|architecte|concepteur|conceptrice|directeur|directrice|comptable|ingeniera|"
    r"programador(?:a)?|diseñador(?:a)?|coordinador(?:a)?|asesor(?:a)?|especialista|practicante|desarrolladora|"
    r"medewerker|ontwikkelaar|adviseur|stagiair|beheerder|teamleider|projectleider|docent|onderzoeker|"
    r"desenvolvedor(?:a)?|engenheir[oa]|estagiári[oa]|coordenador(?:a)?|sviluppatore|sviluppatrice|ingegnere|"
    r"consulente|stagista|tirocinante|tirocinio|responsabile|tecnico|impiegat[oa]|addett[oa]|programmatore|progettista|"
    # The trades and offices job boards in those languages list most ("Vendeur / Vendeuse", "Contable").
    r"contrôleu(?:r|se)|vendeu(?:r|se)|conseill(?:er|ère)|assistante?|infirmi(?:er|ère)|opérat(?:eur|rice)|"
    r"préparat(?:eur|rice)|cariste|magasini(?:er|ère)|employée?|gérante?|achet(?:eur|euse)|"
    r"anima(?:teur|trice)|rédact(?:eur|rice)|forma(?:teur|trice)|secrétaire|hôtesse|boulang(?:er|ère)|"
    r"cuisini(?:er|ère)|serveu(?:r|se)|caissi(?:er|ère)|coordina(?:teur|trice)|superviseur|avocate?|"
    r"pharmacien(?:ne)?|ouvri(?:er|ère)|électricien(?:ne)?|mécanicien(?:ne)?|soudeur|plombier|livreur|"
    r"administra(?:teur|trice)|cherch(?:eur|euse)|enseignante?|éduca(?:teur|trice)|aide-soignante?|"
    r"auxiliaire|apprentie?|chauffeur|commerciale|négociat(?:eur|rice)|acheteuse|"
    r"fahrer(?:in)?|disponent(?:in)?|einkäufer(?:in)?|angestellte[rn]?|auszubildende[rn]?|azubi|"
    r"sekretär(?:in)?|assistenz|betreuer(?:in)?|therapeut(?:in)?|"
    r"administrativ[oa]|contable|dependient[ea]|moz[oa](?:/a)?|pasteler[oa]|pasteleir[oa]|vendedor(?:a)?|camarer[oa]|cociner[oa]|conductor(?:a)?|"
    r"repartidor(?:a)?|enfermer[oa]|auxiliar|operari[oa]|jef[ea]|directora|abogad[oa]|mecánic[oa]|"
    r"electricista|recepcionista|teleoperador(?:a)?|asistente|gestor(?:a)?|arquitect[oa]|cajer[oa]|"
    r"investigador(?:a)?|redactor(?:a)?|traductor(?:a)?|encargad[oa]|técnica|soci[oa]|subgerente|subdirector(?:a)?|residente|"
    r"assistente|atendente|motorista|enfermeir[oa]|contador(?:a)?|operador(?:a)?|consultora|advogad[oa]|"
    r"cientista|arquitet[oa]|professora|redator(?:a)?|conferente|comprador(?:a)?|reclutador(?:a)?|recrutador(?:a)?|"
    r"commess[oa]|magazziniere|operai[oa]|autista|camerier[ea]|cuoc[oa]|infermier[ea]|educat(?:ore|rice)|"
    r"insegnante|contabile|ragioniere|segretari[oa]|avvocat[oa]|farmacista|geometra|manutentore|"
    r"operat(?:ore|rice)|dirett(?:ore|rice)|coordinat(?:ore|rice)|"
    r"verpleegkundige|verzorgende|helpende|verkoper|begeleider|analist|boekhouder|attuari[oa]|cassier[ea]|barista|orderpicker|"
    # Trades, shops and kitchens (not the common surnames among them: Bakker, Timmerman, Charpentier...).
    r"repositor(?:a)?|reponedor(?:a)?|pedreiro|jardineir[oa]|jardiner[oa]|cozinheir[oa]|garçom|garçonete|"
    r"cabeleireir[oa]|peluquer[oa]|panader[oa]|carnicer[oa]|fontaner[oa]|albañil|limpiador(?:a)?|"
    r"carretiller[oa]|soldador(?:a)?|cuidador(?:a)?|niñera|empregad[oa]|faxineir[oa]|padeir[oa]|"
    r"encanador|pizzaiolo|panettiere|parrucchier[ea]|giardinier[ea]|muratore|idraulico|saldatore|"
    r"falegname|pasticcier[ea]|badante|kapster|schoonmaker|bezorger|vakkenvuller|serveerster|afwasser|"
    # Dutch and Flemish schools, trades and desks ("Leerkracht groep 5", "Allround dakdekker").
    r"leerkracht|dakdekker|loodgieter|stukadoor|hovenier|metselaar|lasser|elektricien|installateur|"
    r"receptioniste|secretaresse|verkoopster|magazijnier|"
    # Brazil's and Portugal's internship, a post as English "internship" is ("Estágio em Marketing",
    # "Programa de Estágio 2026").
    r"estágio|estagio|"
    r"pâtissi(?:er|ère)|coiffeu(?:r|se)|menuisier|couvreur|carreleur|plâtrier|femme de chambre|"
    r"agent d'entretien|agent de propreté|manutentionnaire|nounou|meccanic[oa]|mecânic[oa]|aprendiz|"
    r"apprendista|leerling|"
    # Italy's trades and offices as its boards list them ("Installatore Fotovoltaico", "Carrellista").
    r"installat(?:ore|rice)|elettricista|carrellista|mulettista|tornitore|fresatore|verniciat(?:ore|rice)|"
    r"montat(?:ore|rice)|assemblat(?:ore|rice)|collaudat(?:ore|rice)|carpentiere|manovale|imbianchino|"
    r"disegnat(?:ore|rice)|vendit(?:ore|rice)|rappresentante|centralinista|receptionist|portiere|custode|"
    r"banconista|cassier[ea]|gelatiere|gelatai[oa]|fornai[oa]|macellai[oa]|casaro|lavapiatti|facchino|"
    r"fisioterapista|logopedista|estetista|commercialista|analista|psicolog[oa]|ostetrica|veterinari[oa]|"
    r"modellista|animat(?:ore|rice)|ottico|grafico|"
    r"all genders|alle geschlechter)\b|\((?:[mwfdxhvi]\s*/\s*)+[mwfdxhvi]\b"
)

# Words naming a field of work: enough for a title where a sentence says a title stands.
FIELD_WORDS = (
    r"\b(?:engineering|lead|head|executive|principal|controller|expert|owner|producer|partner|agent|worker|"
    r"sales|marketing|support|product|data|software|finance|operations|legal|security|program|project|"
    r"science|research|design|qa|sre|devops|staff)\b"
)

# Words only job-search mail uses; applications for credit cards, apartments or university admission
# have none of them.
JOB_WORDS = (
    r"\b(?:positions?|roles?|jobs?|careers?|hiring|recruit\w*|talent|candida\w*|resumes?|résumé|cv|"
    r"employment|employer|openings?|vacanc\w+|interview\w*|intern(?:ship)?s?|applicants?|hr|"
    # A hiring team's names beside "HR": "a chat with Sophie (People & Culture)", "our talent acquisition".
    r"people (?:&|and) culture|people operations|talent acquisition|"
    r"human resources|staffing|requisition|offer letter|offer of employment|job offer|qualifications|"
    r"skill ?sets?|interest in joining|join(?:ing)? (?:our|the) team|bewerbung\w*|stellen?|arbeitgeber|"
    r"poste|emploi|recrutement|empleo|puesto|vacante|trabajo|contrataci\w+|selecci[oó]n|"
    # Assessment platforms and a job board's "application was sent to" exist only for hiring.
    r"hackerrank|codility|codesignal|hirevue|application was sent to|"
    # A hiring manager's own words after the last round: "the onsite last week", "we've made the choice
    # to extend the offer to someone else", "offer the post to another candidate".
    r"(?:the|your|our|an|a virtual) onsite|onsite interviews?|(?:offer(?:ed)?|extend(?:ed)?|ma[dk]e) the "
    r"(?:post|offer|position|role) to (?:someone|somebody|another|a different|an?other)|"
    # Hourly work named by its hours, and early careers' own words: "found someone for the weekend shifts",
    # "not offered a place on the Graduate Scheme" after an "assessment centre".
    r"(?:weekend|weekday|night|day|morning|evening|late|early|saturday|sunday|holiday|summer) shifts?|"
    r"graduate schemes?|early careers|assessment cent(?:re|er)s?|"
    # A desk's role nouns, whose "agent" alone is also a letting agent's or a browser's.
    r"(?:front desk|reception|customer service|call cent(?:re|er)|contact cent(?:re|er)|booking|"
    r"reservations?|sales|support|guest services) agents?)\b"
)

# What one applied as, in the post's own slot ("Bewerbung als Zimmerer", "candidatura como camarera",
# "gesolliciteerd als kok", "applying as a hairdresser"), and a post offered ("proporti il posto di"): a job,
# though no role list knows the trade. Read as job context by the kind guard.
APPLIED_AS = (
    r"\b(?:bewerbung|beworben|ausbildung|candidature|candidatura|candidat[oa]|candidatar|candidarti|candidarsi|"
    r"sollicitatie|gesolliciteerd|solliciteren|reactie|solicitud|postulación|presentarte|postularte|applying|"
    r"applied) (?:\w+ )?(?:als|como|comme|come|en tant que|as an?)\s+\w|\ben tant qu'\w|"
    r"\b(?:aannemen als|(?:offrirti|offrirle|proporti|proporle) il posto di)\b"
)
