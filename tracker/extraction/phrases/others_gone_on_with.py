"""The process gone on with other people, named only by what they are: the shape of a hand-written rejection.

"We're going ahead with a colleague from the night shift", "abbiamo deciso di proseguire con profili più
vicini al ruolo", "decidimos continuar con personas de la zona", "nous poursuivons avec des personnes déjà
formées", "we gaan toch verder met de finalisten", "mit den Finalistinnen weiterzumachen": whoever the
process goes on with, named as people (candidates, profiles, people, finalists, colleagues) and not as the
reader, is someone else, though no "other" or comparative says so. The reader is "you" and their own
("your profile"), never "a colleague" or "profiles"; what a process goes on with that is no person ("the
interview", "the application") is no choice. A choice told ahead ("we will proceed with candidates whose
experience fits") is a process described to everyone: the future before the verb keeps it out.

One fragment for rejection_shape's others chosen (its decision words are rejection_shape's to find):
lowercase, matched on lowercased text.
"""

from __future__ import annotations

# Going on, in the seven languages (German's verb comes last: _GERMAN).
_GOING_ON = (
    r"(?:go|goes|going|gone|went) (?:ahead|forward)|(?:move|moves|moving|moved) (?:forward|ahead)|"
    r"proceed(?:ed|ing|s)?|continu(?:e|ed|es|ing)|"
    r"avancer|avancé|avançons|poursuivre|poursuivi|poursuivons|continuer|continué|continuons|"
    r"avanzar|avanzado|avanzamos|avanzaron|continuar|continuado|continuamos|continuaron|seguir|seguido|"
    r"seguimos|siguieron|proseguir|"
    r"proseguire|proseguito|proseguiamo|andare avanti|andati avanti|continuare|continuato|continuiamo|"
    r"procedere|proceduto|"
    r"avançar|avançado|avançamos|prosseguir|prosseguido|prosseguimos|"
    r"verder(?: te)?(?: gaan)?|verdergaan|door(?: te)? gaan|doorgaan"
)
# A word between "with" and the people that is none of the reader's: not "you", "your", "vous", "tu"...
_NOT_THE_READERS = (
    r"(?!(?:you|your|yours|vous|votre|vos|toi|ton|ta|tes|te|ti|tu|tuo|tua|tuoi|lei|sua|suo|suoi|usted|"
    r"ustedes|vos|su|sus|você|vocês|seu|sua|seus|teu|je|jou|jouw|u|uw|ihnen|ihr|ihre|dir|dich|dein|deine|"
    # The writer's own colleague takes the reader over ("you'll go ahead with my colleague Sara"): no choice.
    r"my|mi|mis|mon|ma|mes|mijn|meu|minha|mio|mia|miei|"
    # Nobody gone on with is a hold, no choice: "we are not moving forward with any candidates".
    r"any|ningún|ninguna|ningun|aucun|aucune|keine|keinen|geen|nessun|nessuna|nessuno|nenhum|nenhuma)\b)"
)
# People, singular or plural, in the seven languages; never "candidature", "candidatura", "kandidatuur": the
# reader's application. Profiles only in the plural: "the profile" may be a form ("the profile questions").
_PEOPLE = (
    r"(?:candidates?|applicants?|profiles|people|persons?|individuals?|finalists?|colleagues?|"
    r"candidat|candidate|candidats|candidates|profils|personnes?|finalistes?|collègues?|"
    r"candidat[oaie]s?|perfiles|personas?|postulantes?|finalistas?|compañer[oa]s?|"
    r"profili|person[ae]|finalist[ie]|colleg(?:a|he|hi|o)|"
    r"perfis|pessoas?|colegas?|profissionais|"
    r"kandidat(?:en)?|sollicitanten?|profielen|personen|finalisten|collega's)"
)
# "Will", "shall", "would" and their contractions before the verb: the choice still ahead; a negation: none.
_NOT_AHEAD = r"(?<!will )(?<!'ll )(?<!shall )(?<!would )(?<!vamos a )(?<!not )(?<!n't )(?<!no )(?<!non )"
_WITH = r"(?:with|avec|con|com|met)"
# German: "mit den Finalistinnen aus der ersten Runde weiterzumachen", "mit Kolleginnen fortzufahren".
_GERMAN = (
    r"\bmit (?:(?!ihnen\b|dir\b|ihr\w*\b|dein\w*\b)[\w-]+ ){0,3}?"
    r"(?:kandidat|bewerber|finalist|kolleg|jemand)\w* "
    r"(?:[\w-]+ ){0,6}?(?:weiterzumachen|weitermachen|fortzufahren|fortfahren|weiterzugehen|weitergehen|"
    # The verb split, "gehen"/"machen" before: "wir machen mit einer Bewerberin aus der Region weiter".
    r"weiter)\b"
)

GONE_ON_WITH_OTHERS = (
    rf"\b{_NOT_AHEAD}(?:{_GOING_ON}) {_WITH} (?:{_NOT_THE_READERS}[\w'-]+ ){{0,3}}?{_PEOPLE}\b|{_GERMAN}"
)
