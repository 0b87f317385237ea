"""A Romance institution's name, whose lowercase words are its own: "Caisse primaire d'assurance maladie de
la Vallée", "Agence régionale de santé Lumière-Océan", "Azienda ospedaliera universitaria di Monteverde",
"Centre hospitalier universitaire de Brévanne", "Universidade federal do Vale Verde". French, Italian,
Spanish and Portuguese write an institution's kind as a capitalised noun, its adjectives and its remit in
lowercase after it, then where it is, capitalised. A name reader stops at a lowercase word; after such a
noun, a short run of lowercase words that goes on, through a joining word ("de", "di", "do", "d'"), to a
capitalised word is the name's too (a run without one, "Agence régionale recrute", is a sentence)."""

from __future__ import annotations

import re

INSTITUTION_NOUNS = frozenset(
    {
        # French.
        "Caisse", "Agence", "Centre", "Institut", "Université", "Hôpital", "Établissement", "Etablissement",
        "Office", "Direction", "Conseil", "Chambre", "Mutuelle", "Groupement", "Syndicat", "Régie",
        "Fondation", "Maison", "Service", "Communauté", "École", "Ecole", "Clinique",
        # A cooperative's, a federation's, a bank's or a museum's kind is written so too: "Coopérative
        # forestière du Haut-Jura", "Banque populaire du Nord", "Musée départemental de l'Oise".
        "Coopérative", "Cooperative", "Fédération", "Federation", "Association", "Société", "Societe",
        "Banque", "Crédit", "Compagnie", "Bureau", "Musée", "Parc", "Commission", "Comité", "Collège",
        "Lycée", "Laboratoire", "Observatoire", "Conservatoire", "Théâtre", "Union", "Autorité", "Ministère",
        "Préfecture", "Assemblée",
        # Italian.
        "Azienda", "Agenzia", "Università", "Istituto", "Ospedale", "Consorzio", "Ente", "Ufficio",
        "Direzione", "Consiglio", "Camera", "Fondazione", "Servizio", "Scuola", "Policlinico", "Cassa",
        "Unione", "Comunità", "Società",
        # Spanish.
        "Agencia", "Universidad", "Instituto", "Hospital", "Servicio", "Consorcio", "Oficina", "Dirección",
        "Consejo", "Cámara", "Caja", "Fundación", "Escuela", "Centro", "Mutua", "Sociedad", "Clínica",
        # Portuguese.
        "Universidade", "Serviço", "Conselho", "Câmara", "Caixa", "Fundação", "Escola", "Agência",
        "Companhia", "Secretaria",
    }
)  # fmt: skip
# The words that join an institution's kind to what it is for or where ("de santé", "d'assurance", "di
# Monteverde", "do Vale"), and an article after one ("de la").
_JOINING = frozenset(
    {"de", "du", "des", "di", "da", "do", "dos", "das", "del", "della", "dei", "degli", "delle", "la", "le"}
)
_ELIDED = ("d'", "d’", "dell'", "dell’", "l'", "l’")
# Lowercase words that are a sentence's, never an institution's: "Agence régionale vous invite de ...".
_SENTENCE_WORDS = frozenset(
    {
        "vous", "nous", "pour", "avec", "dans", "sont", "votre", "notre", "leur", "cette", "dont", "pendant",
        "para", "sobre", "entre", "desde", "hasta", "como", "usted", "nuestro", "nuestra", "presso", "come",
        "nella", "dalla", "sulla", "nostro", "nostra", "vostro", "vostra", "pelo", "pela", "esta", "este",
        "você", "nosso", "nossa", "comme", "après", "avant",
    }
)  # fmt: skip
_RUN_WORD = r"[a-zà-öø-ÿ][\w'’-]*"
# After the noun: its lowercase words, up to five, then a capitalised word.
_RUN_AFTER = re.compile(rf"(?:[ \t]+{_RUN_WORD}){{1,5}}(?=[ \t]+[A-ZÀ-ÖØ-Þ])")
# Before a capitalised name read back from a verb: the noun and its lowercase words ("L'Agence régionale de
# santé" before "Lumière-Océan vous invite").
_NOUN_AND_RUN_AT_END = re.compile(
    rf"(?<![^\W\d_])(?P<noun>[A-ZÀ-ÖØ-Þ][\w]+)(?P<run>(?:[ \t]+{_RUN_WORD}){{1,5}})[ \t]+$"
)


def _is_institutions_run(run: str) -> bool:
    words = run.split()
    return any(word in _JOINING or word.startswith(_ELIDED) for word in words) and all(
        word in _JOINING or word.startswith(_ELIDED) or (len(word) >= 4 and word not in _SENTENCE_WORDS)
        for word in words
    )


def run_after_noun(noun: str, text: str, pos: int) -> re.Match[str] | None:
    """The run of an institution's lowercase words after its `noun`, which ends at `text[pos]`, where the run
    goes on to a capitalised word ("Caisse| primaire d'assurance maladie de la| Vallée"), else None."""
    if noun not in INSTITUTION_NOUNS:
        return None
    run = _RUN_AFTER.match(text, pos)
    return run if run is not None and _is_institutions_run(run.group(0)) else None


def institution_start(text: str, end: int) -> int | None:
    """Where an institution's name begins whose noun and lowercase words stand right before `end`, the start
    of a capitalised name read backwards ("L'Agence régionale de santé |Lumière-Océan"), else None."""
    found = _NOUN_AND_RUN_AT_END.search(text, max(0, end - 80), end)
    if found is None or found["noun"] not in INSTITUTION_NOUNS or not _is_institutions_run(found["run"]):
        return None
    return found.start("noun")
