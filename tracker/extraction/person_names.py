"""Telling a person's name ("Priya Costa") from an organisation's ("Gullwing Energy") by its shape.

Both are a few capitalised words; organisations give themselves away with the nouns they are made of
(Energy, Labs, Health, University...), a legal suffix, an "&" or a digit. Nothing here knows given names:
a two-word name without such a noun is only "person-shaped", which callers weigh, not trust.
"""

from __future__ import annotations

import functools
import re

from tracker.extraction.caseless_words import CaselessWords
from tracker.extraction.name_words import department_alternation
from tracker.extraction.phrases.tables import word_list
from tracker.written_legal_forms import ALL_LEGAL_FORMS

# Nouns organisations are named with and people (almost) never are.
_ORGANISATION_WORDS = CaselessWords(
    r"\b(?:bank|capital|health|healthcare|energy|labs?|software|systems|solutions|technolog(?:y|ies)|tech|"
    r"group|partners|media|foods?|insurance|robotics|studios?|games|gaming|networks?|telecom|logistics|"
    r"university|college|institute|schools?|academy|hospitals?|clinics?|pharma\w*|therapeutics|biotech|bio|"
    r"sciences?|analytics|data|digital|consulting|services?|industries|international|global|holdings|"
    r"ventures|motors|airlines?|aerospace|financial|finance|securities|investments?|realty|properties|"
    r"retail|stores|brands|mobility|security|learning|education|agriculture|apparel|works|company|"
    r"corp(?:oration)?|inc|llc|ltd|gmbh|plc|foundation|association|agency|county|department|center|centre|"
    r"cloud|ai|semiconductors?|electronics|devices|instruments|chemicals|materials|mining|power|utilities|"
    r"shipping|freight|transport|construction|engineering|design|architects|hotels?|resorts|restaurants|"
    r"coffee|brewing|beverages|markets?|trading|payments|lending|credit|trust|assurance|medical|dental|"
    r"wellness|fitness|sports|entertainment|music|films?|pictures|publishing|press|news|communications|"
    r"research|dynamics|automation|intelligence|quantum|space|marine|bancorp|federal|national|american|"
    r"mutual|society|council|city|state|government|ministry|office|authority|housing|homes|"
    # A hiring team's words (name_words.DEPARTMENT_WORDS): "Acme Careers", "Kindred People".
    rf"{department_alternation()}|"
    r"commission|courts?|district|administration|library|museum|transit|rail|railways?|airports?|police|"
    # Local businesses: "Sunnyside Cafe <sunnysidecafe@gmail.com>" is no person.
    r"cafe|café|bakery|deli|bistro|salon|pub|diner|farms?|physiotherapy|spa|gym|inn|motel|restaurant|"
    # A doctors' practice: "Harbourside Family Practice" (its manager's mailbox "practicemanager@").
    r"(?:family|general|gp) practice|"
    r"boutique|florists?|catering|plumbing|roofing|landscaping|daycare|vets|veterinary|pizzeria|brewery|"
    r"winery|barbers|tailors|joinery|builders|laundry|hardware|roasters|kennels|stables|dairy|"
    # Professional firms: "Dawson Pryce Solicitors", "Hale & Co Accountants".
    r"solicitors|accountants|surveyors|opticians|lawyers|attorneys|notaries|auctioneers|"
    # Faith bodies that employ their secretaries, caretakers and teachers: "St. Anne's Parish" ("Church" and
    # "Temple" are surnames too).
    r"parish|diocese|cathedral|mosque|synagogue|ministries|"
    # Industries: "Fairmont Packaging have come back to me".
    r"packaging|manufacturing|plastics|textiles|furniture|distribution|supplies|products|equipment|"
    # Care: "Saltbush Aged Care", "Riverside Hospice" (word_lists.toml `care_organisation_nouns`).
    rf"{word_list('care_organisation_nouns')})\b",
)
# The same nouns in the other languages we read, also inside compounds ("Nationalbank", "Stadtwerke").
# Only searched for (occurs_in): a noun ending a compound ("bank\b" in "Nationalbank") needs no "\w*"
# before it, which would try the rest of each word at each of its letters and hide the words' beginnings.
ORGANISATION_WORDS = CaselessWords(
    r"(?:universität|hochschule|fachhochschule|bank\b|stadtwerke|gesellschaft|versicherung\w*|telekom|"
    r"gruppe|verwaltung|institut\b|stiftung|fonds\b|verband|verein\b|kammer|ministerium|magistrat|klinik\w*|"
    r"krankenhaus|spital|zentrum|werke\b|akademie|technikum|université|école|société|groupe|banque|"
    r"assurances?|mutuelle|universidad|grupo|sociedad|banco|fundación|instituto|hogeschool|universiteit|"
    r"gemeente|groep|universidade|fundação|università|società|gruppo|banca|fondazione|istituto|"
    r"politecnico|consultants|solutions|software|technologies|systems|services|"
    # Trades and shops name themselves by what they are: "Atelier Sorel", "Transportes Ebro".
    r"ateliers?\b|maison\b|laboratoires?\b|boulangerie|pharmacie|transports?\b|fromageries?\b|"
    r"éditions|agence\b|entreprises?\b|établissements|compagnie|imprimerie|brasserie|"
    r"transportes|construcciones|talleres|laboratorios?\b|farmacia|seguros|inmobiliaria|distribuciones|"
    r"construtora|farmácia|indústrias?\b|comércio|costruzioni|trasporti|officine|laboratorio|"
    r"installaties|instituut\b|techniek\b|bouw\b|verzekering\w*|advies\w*|apotheek|bakkerij|maschinenbau|logistik|bäckerei|"
    r"apotheke|vetreria|farmacie|vinhos|vinhas|adega|outdoor|"
    r"autohaus|brauerei|druckerei|hoteles|hôtels?\b|hotéis|alberghi|engenharia|ingenier[ií]a|ingegneria|"
    r"tecnolog[ií]as?\b|tecnologie|consultor[ií]a|saúde|salud|serviços|servicios|soluções|soluciones|"
    r"sistemas|alimentos|energia\b|energía|log[ií]stica|construções|seguradora|assicurazioni|pasticceria|"
    r"panetteria|trattoria|osteria|ristorante|restaurante|panadería|pastelería|padaria|confeitaria|"
    r"pâtisserie|konditorei|papeterie|librairie|ville de\b|mairie|commune de\b|ayuntamiento|prefeitura|"
    r"comune di\b|"
    # Italy's clinics, workshops and mills: "Casa di Cura San Rocco", "Birrificio Lupo", "Fonderia Belotti".
    r"casa di cura|ospedale|poliambulatorio|birrificio|caseificio|oleificio|pastificio|panificio|salumificio|"
    r"mobilificio|calzaturificio|lanificio|fonderia|acciaieria|carpenteria|cartotecnica|tessitura|distilleria|"
    r"torrefazione|gelateria|pizzeria|tipografia|cartiera|"
    # German and Austrian banks, trades and public bodies: "Sparkasse Oberland", "Spedition Albers".
    r"sparkasse|raiffeisen\w*|spedition|kellerei|weingut|molkerei|metzgerei|schreinerei|tischlerei|"
    r"gärtnerei|seniorenresidenz|pflegedienst|pflegeheim|landratsamt|landkreis|gemeinde\b|marktgemeinde|"
    r"stadtverwaltung|landeskrankenanstalten|kliniken|\be\.?gen\b|"
    # French: "Clinique des Tilleuls", "Laiterie du Bocage", "Cabinet Lemaire".
    r"clinique|hôpital|cabinet\b|conserverie|laiterie|verreries?\b|biscuiterie|sucrerie|moulins?\b|"
    r"aéroports?\b|mutualité|collectivité|"
    # Belgium's and France's bodies shared by communes: "Intercommunale de Gestion X", "Centre Hospitalier
    # Intercommunal Y".
    r"intercommunal\w*|"
    # Crafts and trades a small business is named by, beside its owner's name: "Kessler Bau", "Ritter
    # Haustechnik", "Fliesen Schneider", "Menuiserie Perrin", "Falegnameria Conti", "Hartley Electric".
    r"bau\b|technik\b|sanitär|heizung|elektro\b|fliesen\b|zimmerei|glaserei|schlosserei|betrieb\b|"
    r"bauunternehm\w*|dachdeckerei|malerei|werkstatt\b|menuiserie|plomberie|charpente\w*|maçonnerie|"
    r"carrosserie|garage\b|serrurerie|ébénisterie|boucherie|charcuterie|épicerie|traiteur|chauffage|"
    r"déménagements?\b|nettoyage|propreté|carpinter[ií]a|fontaner[ií]a|cerrajer[ií]a|carnicer[ií]a|"
    r"peluquer[ií]a|reformas\b|mudanzas\b|falegnameria|idraulica|carrozzeria|autofficina|officina\b|"
    r"panificio|edilizia|macelleria|bedrijf\b|installatie\w*|timmer\w*|schilders\b|hoveniers?\b|"
    r"slagerij|electric\b|heating\b|hvac\b|auto body|lawn care|masonry|carpentry|excavating|paving\b|"
    r"towing\b|trucking\b|cleaning\b|movers\b|moving\b|"
    # Practices, inns and shops: "Kanzlei Berger", "Gasthof Adler", "Ottica Marino", "Chen Accounting".
    r"kanzlei|praxis\b|steuerberatung|gasthof|gasthaus|wirtshaus|optik\b|physiotherapie|ottica|óptica|"
    r"asesor[ií]a|gestor[ií]a|despacho\b|cl[ií]nica|studio legale|praktijk\b|kantoor\b|fleurs\b|"
    r"accounting\b|chiropractic|orthodontics|pediatrics|optometry|dermatology|"
    # Dutch and Flemish public bodies, non-profits and care: "Provincie Gelderland", "Waterschap Vallei en
    # Veluwe", "Stichting Humanitas", "Zorggroep Elde", "OCMW Brugge", "Ziekenhuis Amstelland".
    r"provincie|waterschap|hoogheemraadschap|stichting|zorggroep|ziekenhuis|ocmw\b|ministerie|"
    r"woonzorgcentrum|zorgcentrum|thuiszorg|kinderopvang|woningcorporatie|veiligheidsregio|omgevingsdienst|"
    # Dutch and Flemish schools: "Scholengemeenschap De Linde", "Basisschool Het Anker", "Atheneum Brugge".
    r"scholengemeenschap|basisschool|lyceum\b|atheneum\b|onderwijsgroep|kindcentrum|"
    # Dutch trades a business is named by: "Brouwerij Vermeulen", "Tuincentrum De Vries", "Rederij Doeksen".
    r"brouwerij|tuincentrum|kwekerij|rederij|drukkerij|groothandel|veiling\b|fabriek\b|"
    # The English nouns above in the other six languages, where the lists above lack them: cooperatives
    # ("Cooperativa Agraria del Sur", "Coöperatie Noord"), shops, schools, firms and public bodies.
    r"cooperativ\w*|coopérative|coöperatie\w*|cooperatie\w*|genossenschaft\w*|supermerc\w*|supermarch\w*|"
    r"supermarkt\w*|energie\b|énergie|medien\b|holding\b|dienstleistung\w*|handels\w*|möbel\w*|verlag\b|"
    r"schule\b|bibliothek\b|polizei|behörde|lycée|collège|conseil\b|magasins?\b|ingénierie|informatique|"
    r"médias|santé|tourisme|métropole|fondation|crédit|caisse\b|théâtre|musée|bibliothèque|colegio|"
    r"escuela|academia|empresas?\b|compañía|industrias\b|distribuidora|almacen\w*|asociaci[oó]n|caja\b|"
    r"ministerio|diputaci[oó]n|gobierno|agencia|alimentaci[oó]n|bodegas?\b|residencia|consultores|"
    r"abogados|editorial\b|muebles|escola|colégio|companhia|latic[ií]nios|associação|secretaria\b|"
    r"câmara\b|agência|móveis|têxtil|editora\b|laboratório|atacad\w*|lojas\b|ospedal\w*|scuola|liceo|"
    # Brazil's and Portugal's firms by their trade: "Guapuruvu Agronegócios", "Calçados Ingá", "Drogaria X".
    r"agroneg[óo]cios?|agropecu[áa]ria|cosm[ée]ticos|cal[çc]ados|bebidas\b|cervejaria|vin[íi]cola|"
    r"papelaria|livraria|metal[úu]rgica|sider[úu]rgica|mineradora|frigor[íi]fico|drogaria|usina\b|"
    r"participa[çc][õo]es|pescados|transportadora|incorporadora|imobili[áa]ria|confec[çc][õo]es|t[êe]xteis|"
    r"advogados|contabilidade|assessoria|arquitetura|odontologia|"
    r"aziend\w*|compagnia|industrie\b|consorzio|associazione|cassa (?:di|rurale)\b|regione\b|ministero|"
    r"agenzia|"
    r"servizi\b|sistemi\b|soluzioni|impianti|elettronica|meccanica|alimentar\w*|cartier\w*|albergo|"
    r"edizioni|distribuzione|tessil\w*|acciai\w*|vervoer\w*|logistiek|diensten|zorg\b|academie|winkel\w*|"
    r"groothandel|makelaar\w*|fabriek\w*|drukkerij|vereniging|"
    # Italian trades and shops named by what they make: "Pastificio Rosselli", "Calzature Benassi".
    r"pastificio|caseificio|oleificio|lanificio|salumificio|maglificio|calzaturificio|mobilificio|"
    r"calzature|fonderia|tipografia|ferramenta|lattoneria|ceramiche|cementi\b|molino\b|mulino\b|tessitura|"
    r"filatura|conceria|gelateria|erboristeria|grafiche\b|cartotecnica|elettromeccanica|salumeria|enoteca|"
    r"autotrasporti|vivai\b|cantina\b|caseifici|unione (?:montana|dei comuni|comuni)|comunità montana|"
    r"distilleria|torrefazione|birrificio|rubinetteri[ae]|pelletteria|termoidraulica|vinicola|cantine\b|"
    r"carpenteria|tappezzeria|supermercati|autoricambi|serramenti|legnami|ortofrutta|mangimi|laterizi|"
    r"arredamenti|imballaggi|minuterie|stampaggio|verniciatura|agriturismo|frantoio|arquitectos\b)",
)
# Spain's and Latin America's firms by their trade, the trade opening the name: "Estudio Ombú Diseño", "Minera
# Quispe", "Viña Los Robles", "Constructora Andes", "Tienda Alborada". Ending a name, the same words are a
# post's ("Jefe de Tienda", "Analista Financiera", "Ingeniera Minera").
OPENING_ORGANISATION_WORDS = CaselessWords(
    r"(?:estudio|constructora|minera|agr[ií]cola|vi[ñn]a|vi[ñn]edos?|cervecer[ií]a|"
    r"frigor[ií]fico|aerol[ií]nea|ferreter[ií]a|embotelladora|(?:agro)?exportadora|importadora|"
    r"comercializadora|l[aá]cteos|conservas|financiera|aseguradora|droguer[ií]a|calzados|confecciones|"
    r"zapater[ií]a|joyer[ií]a|perfumer[ií]a|papeler[ií]a|librer[ií]a|jugueter[ií]a|tiendas?|agencia|banco|"
    r"distribuidora|distribuciones|supermercados?|inmobiliaria|laboratorios?|panificadora|cooperativa|"
    r"cl[ií]nicas?|farmacias?|transportes|hoteles|helader[ií]as?)\b"
)
# The small words between a given name and a surname, written in lower case: "Ingrid de Wit", "Jan van
# der Berg", "Klaus von Hagen", "Maria da Silva", "Luca della Rovere", "Ana dos Santos".
NAME_PARTICLES = frozenset(
    ("de", "van", "von", "der", "den", "ter", "ten", "te", "da", "das", "do", "dos", "del", "della", "di",
     "du", "le", "la", "zu", "y", "bin", "ibn", "al", "el")
)  # fmt: skip
# A form of address before a name and a degree after it.
# (Spanish and Portuguese forms of address and degrees before a name take their dot: "Dra. Ana Ruiz", "Lic.
# Pablo Ochoa", "Eng. Rui Sá", "Cra. Inés Vidal".)
_HONORIFIC = re.compile(
    r"^(?:(?:dr|prof|mr|mrs|ms|mx)\.?\s+|(?:dra|lic|licda|ing|arq|abog|mtr[oa]|cra?|eng|enga)\.\s*)+", re.I
)
_DEGREE = re.compile(r",?\s+(?:ph\.?d|m\.?d|mba|msc|bsc|jr|sr|ii|iii)\.?$", re.I)
# "Anna", "O'Neill", "Hartl-Zulehner": capitalised, double names joined by a hyphen; a surname's prefix
# before its own capital ("McCann", "MacLeod", "O'Neill", "D'Souza", "DeLuca", "LaRue", "FitzGerald").
_SURNAME_PREFIX = r"(?:Mc|Mac|O['’]|D['’]|De|Di|Da|Du|La|Le|Van|Von|Fitz)(?=[A-Z])"
_NAME_PART = rf"(?:{_SURNAME_PREFIX})?[A-ZÀ-Þ][a-zà-ÿ'’]+"
_NAME_WORD = re.compile(rf"^{_NAME_PART}(?:-(?:{_NAME_PART}|[a-zà-ÿ'’]+))*$")


@functools.lru_cache(maxsize=4096)
def names_an_organisation(name: str) -> bool:
    """True when `name` carries an organisation's mark: a noun like "Labs", a legal suffix, "&", a digit."""
    return (
        _ORGANISATION_WORDS.occurs_in(name)
        or ORGANISATION_WORDS.occurs_in(name)
        or OPENING_ORGANISATION_WORDS.opens(name.strip())
        or "&" in name
        or any(ch.isdigit() for ch in name)
        or _closes_on_legal_form(name)
    )


def _closes_on_legal_form(name: str) -> bool:
    """ "Seniorenstift Am Quellgrund gGmbH", "Zorgnet Ommelaer vzw", "Quinta Alvarinha Lda.": a name after
    its first word closing on any legal form the forms' table knows, in every language (the nouns above hold
    only a few English ones). A person never signs with one."""
    words = name.split()
    form = words[-1].rstrip(".,") if len(words) >= 2 else ""
    if len(words) >= 3 and words[-2].rstrip(".,") in _LEGAL_FORMS:
        return False  # "X PartG mbB": a form of two words, which the readers of legal lines read whole
    return form in _LEGAL_FORMS and form != "Co"  # "Anna Co": a family name; "Smith & Co" has its "&"


def without_honorifics(name: str) -> str:
    """The name without a form of address or a degree: "Dr. Elena Vasquez, PhD" -> "Elena Vasquez", "Joan
    Pike, MSN, RN" -> "Joan Pike"."""
    return _HONORIFIC.sub("", _DEGREE.sub("", _without_post_nominals(name.strip())))


def _without_post_nominals(name: str) -> str:
    """The name before a comma where all after it are letters a professional signs with ("Joan Pike, RN",
    "Ana Ruiz, MSN, RN", "Gil Ford, PA-C"): capitals, each short; no legal form ("Hale Marsh, LLP")."""
    head, comma, tail = name.partition(",")
    words = tail.replace(",", " ").split()
    if comma and head.strip() and words and all(_is_post_nominal(word) for word in words):
        return head.strip()
    # "Rhys Vaughan RIBA", "Ann Okafor FCCA MBA": a British writer's letters after the name, no comma.
    words = name.split()
    kept = len(words)
    while (
        kept > _NAME_WORDS_BEFORE_LETTERS
        and len(words[kept - 1]) > _SHORT_LETTERS
        and _is_post_nominal(words[kept - 1])
    ):
        kept -= 1
    return " ".join(words[:kept]) if kept < len(words) else name


_POST_NOMINAL = re.compile(r"[A-Z][A-Za-z.-]{1,7}")
# Letters after a name without a comma follow a first name and a surname at least, and are three or more
# ("Hartwell Pike HR" is a department's mailbox).
_NAME_WORDS_BEFORE_LETTERS = 2
_SHORT_LETTERS = 2
# A legal form, and an American professional firm's ("Marlow Hale, PLLC", "Ortega & Bell, P.C.", "Dunn
# Whitley, P.A."): the letters a firm of lawyers, dentists or accountants signs with, after its partners'
# names (a bare "PA" is a physician assistant's letters).
_LEGAL_FORMS = frozenset(form.rstrip(".") for form in ALL_LEGAL_FORMS) | {
    "PLLC", "PC", "P.C", "P.A", "APC", "LPA", "LLLP", "S.C", "Chtd",
    # The forms a charity or small firm signs with that the key leaves off (company_suffixes.py), never a
    # person's letters: "Glenarrow Housing Ireland CLG", "Pentreath Tide CIC", "Wahl & Brandt OHG".
    "CLG", "DAC", "CIC", "SCIO", "PBC", "OHG", "GbR", "UG", "EURL", "SASU", "SPRL",
}  # fmt: skip


def _is_post_nominal(word: str) -> bool:
    """ "RN", "PhD", "BScN", "PA-C", "M.D.": two capitals or more in a short word, no legal form."""
    return (
        _POST_NOMINAL.fullmatch(word) is not None
        and sum(char.isupper() for char in word) >= 2
        and word.rstrip(".") not in _LEGAL_FORMS
    )


def is_addressed_person(name: str) -> bool:
    """True for a form of address before a surname alone ("Dr. Patel", "Ms Ortiz"): someone named as the
    mail's writer speaks of them, as often a person as a brand ("Dr. Oetker"), so callers weigh it."""
    bare = without_honorifics(name)
    return bare != name.strip() and _NAME_WORD.match(bare) is not None and not names_an_organisation(bare)


@functools.lru_cache(maxsize=4096)
def looks_like_person_name(name: str) -> bool:
    """True for two or three capitalised words with no organisation's mark ("Priya Costa", "Ana de Souza")."""
    name = without_honorifics(name)
    words = [word for word in name.replace(",", " ").split() if word.lower() not in NAME_PARTICLES]
    if not 2 <= len(words) <= 3 or not all(_NAME_WORD.match(word) for word in words):
        return False
    return not names_an_organisation(name)
