"""Rejections read from the shape of a sentence, in wording no phrase table lists.

Each fresh batch of written rejections found about half of them unread by the phrase tables: employers
say "no" in endless ways, but the ways share a shape. A sentence is a rejection when it holds

- someone else chosen: a decision verb and other candidates ("the committee has decided to invite
  other candidates", "optámos por avançar com candidatos cujo perfil", "we feel other applicants are
  better placed"), or
- the reader not going on: a negation, a step of the process and the reader ("the panel did not
  consider that your application ... to proceed to the next stage", "they won't be taking you to
  interview"), or
- a regret said of the reader's application: a regret marker, a negation and the application or the
  reader ("leider können wir Ihre Bewerbung nicht berücksichtigen").

Words are lowercase, in the seven languages (en, de, fr, es, nl, pt, it), matched on lowercased text.
The caller (status_news) drops hedged sentences and questions; here a sentence whose negation is about
replying, feedback or what happens until something is done ("we cannot reply to every applicant", "your
application cannot progress until you complete the test") is no news either.
"""

from __future__ import annotations

import re

from tracker.extraction.phrases import hold_shape, negations
from tracker.extraction.phrases.negations import whole_words
from tracker.extraction.phrases.others_gone_on_with import GONE_ON_WITH_OTHERS
from tracker.extraction.phrases.pattern_shape import compile_first_tested
from tracker.extraction.phrases.tables import any_of
from tracker.extraction.weekdays import PORTUGUESE, SPANISH, one_of


def _words(alternatives: list[str]) -> re.Pattern[str]:
    return compile_first_tested(r"(?:" + "|".join(alternatives) + r")")


# Other people chosen instead of the reader.
_OTHERS_FRAGMENTS = [
    r"\b(?:other|another|different|alternative|stronger|more (?:\w+ )?(?:suitable|qualified|experienced|"
    r"senior|relevant)) (?:[\w-]+ ){0,2}(?:candidates?|applicants?|finalists?|profiles?|people|individuals?|"
    r"persons?)\b",
    r"\b(?:someone|somebody) (?:else|whose|who|with)\b|"
    r"\b(?:alguien|alguém|qualcuno|quelqu'un|iemand) (?:con|com|avec|che|que|qui|met) (?:\w+ )?"
    r"(?:más|mais|più|plus|meer|mayor|maior|maggiore)\b",
    # "the panel made the decision to appoint a candidate who has more SEN experience".
    r"\ban? (?:\w+ )?(?:candidate|applicant|person) (?:who|whose|with) (?:has |had |have )?(?:more|greater|"
    r"stronger|broader|deeper|wider)\b",
    # "the panel has appointed the applicant whose experience most closely matched the role".
    r"\bthe (?:\w+ )?(?:candidate|applicant|person) (?:who|whose) (?:[\w-]+ ){0,4}(?:most|best|more|better|"
    r"closest|closer)\b",
    # Several others, described as having more: "they've gone with candidates who have more payroll
    # experience", "we chose applicants with stronger portfolios".
    r"\b(?:candidates|applicants|people|finalists) (?:who|with) (?:have |had |bring |brought )?(?:more|"
    r"greater|stronger|broader|deeper|wider|closer|better)\b",
    # The one chosen, spoken of as known: "it was close between you and the person we went with".
    # (Keyed by the noun, not by "the" before it: the phrase index tries an anchor where its first words are.)
    r"\b(?:person|candidate|applicant|one) (?:that |who |whom )?(?:we|they|the (?:panel|team|client|"
    r"committee)) (?:went with|chose|picked|selected|decided on|ended up (?:with|choosing|picking))\b",
    # The offer made to another: "we ended up extending an offer to a candidate who has run a team".
    r"\b(?:extend(?:ed|ing)?|made|making|make) (?:an |the |our )?offer to (?:an?|another|one of|someone|"
    r"somebody|the other|other)\b",
    # "they ended up going with an internal person": someone from inside chosen.
    r"\b(?:an? )?internal (?:person|candidate|applicant|hire|colleague)\b",
    r"\bandere[nrm]? (?:\w+ )?(?:bewerber|kandidat|person|profil)\w*",
    # "Bewerberinnen und Bewerber einzuladen, deren Profil ... genauer entspricht": those whose profile fits.
    r"\b(?:bewerber|kandidat)\w*(?: \w+){0,2},? deren\b",
    r"\b(?:candidates|applicants) whose\b",
    r"\bjemand(?:en)? (?:anderen|anders)\b",
    # Someone, unnamed, described by what they have more of or already: "jemanden, der schon einen Stapler
    # gefahren ist", "quelqu'un qui connaît déjà le quartier", "iemand van wie de ervaring beter past".
    r"\b(?:someone|somebody|jemand(?:en|em)?|quelqu'un|alguien|alguém|qualcuno|iemand)"
    r"(?: [\w-]+)?,? (?:who|whose|der|die|dessen|deren|qui|dont|que|cuy[oa]|cuj[oa]|che|il cui|la cui|"
    r"van wie|wiens) (?:[\w'-]+ ){0,8}?(?:more|better|best|closer|closest|already|besser|mehr|bereits|schon|"
    r"genauer|plus|mieux|déjà|más|mejor|ya|meer|beter|mais|melhor|já|più|meglio|già)\b",
    # Someone taken on, the verb after them (Dutch, German) or before them: "hebben we iemand aangeworven",
    # "haben wir jemanden eingestellt", "nous avons recruté quelqu'un", "hemos contratado a alguien",
    # "contratámos alguém", "abbiamo assunto qualcuno" (English's is the "took on someone" fragment's).
    r"\b(?:iemand|jemanden) (?:[\w-]+ ){0,2}?(?:aangeworven|aangenomen|eingestellt|gefunden|gevonden|"
    r"ausgewählt|gekozen|geselecteerd)\b|"
    r"\b(?:recruté|embauché|engagé|choisi|trouvé|contratado a|contratamos a|contratado|contratámos|"
    r"contratamos|encontrado|encontramos|assunto|scelto|trovato|selezionato) (?:quelqu'un|alguien|alguém|"
    r"qualcuno)\b",
    # "Wir haben uns für jemanden entschieden, der schon länger in der Branche arbeitet."
    r"\bfür (?:jemanden|eine (?:andere )?person|einen (?:anderen )?menschen)\b",
    r"\b(?:autres?|un autre|une autre) (?:\w+ )?(?:candidat|profil|personne)\w*",
    r"\b(?:candidat(?:e|s|es)?|profils?) (?:dont|plus)\b",
    # "ils ont préféré avancer avec un candidat qui connaît déjà leur logiciel": one other, described.
    r"\b(?:un|une) (?:\w+ )?(?:candidat|candidate|profil|personne) (?:qui|ayant)\b",
    # "hemos seleccionado a otro postulante", "el comité ha decidido apostar por otra candidatura".
    r"\botr[oa]s? (?:\w+ )?(?:candidat[oa]s?|perfil(?:es)?|personas?|postulantes?|candidatura)\b",
    # One other chosen, after the choice's preposition: "hemos optado por un perfil más ajustado", "nous
    # avons opté pour un profil plus senior" (the reader is "you", never "a candidate").
    r"\b(?:por|pour|für|voor|pelo|pela) (?:un|una|une|um|uma|een|ein|eine|einen) (?:\w+ )?(?:candidat\w*|"
    r"perfil|profil\w*|persona|pessoa|personne|persoon|bewerber\w*|kandida\w*|profissional)\b",
    # (The noun may carry an inclusive ending, "candidatos(as)", "candidatos/as".)
    r"\b(?:candidat[oa]s?(?:\([oa]s?\)|/[oa]s?)?|perfil(?:es)?|perfis) (?:cuy[oa]s?|cuj[oa]s?|"
    r"con (?:más|mais|mayor|un perfil)|com (?:mais|maior|um perfil))\b",
    # Several others, described: "decidimos seguir com candidatos que possuem mais experiência".
    r"\b(?:candidat[oa]s|perfis|perfiles|pessoas|personas|profissionais) (?:que|quienes) (?:[\w'-]+ ){0,4}?"
    r"(?:más|mais|mejor|melhor|maior|mayor)\b",
    # "hemos optado por una candidata con más experiencia", "uma pessoa que já conhece o setor".
    r"\b(?:un|una|um|uma) (?:\w+ )?(?:candidat[oa]|perfil|persona|pessoa) (?:que|con|com) "
    r"(?:más|mais|mejor|melhor|ya|já)\b",
    # "we hebben gekozen voor iemand met meer ervaring".
    r"\bandere (?:\w+ )?(?:kandida\w*|sollicitant\w*|persoon|personen|profiel\w*)",
    r"\biemand anders\b",
    r"\b(?:een (?:\w+ )?(?:kandidaat|sollicitant|persoon)|iemand) (?:die|met) (?:meer|al)\b",
    r"\boutr[oa]s? (?:\w+ )?(?:candidat[oa]s?|perf(?:il|is)|pessoas?|profissiona(?:l|is))\b",
    r"\baltr[oie] (?:\w+ )?(?:candidat[oie]|profil[oi]|person[ae])\b",
    r"\b(?:candidat[oi]|profil[oi]) (?:il cui|i cui|la cui|le cui|con (?:un )?(?:profilo|esperienz)|più)\b",
    # One other, described as fitting better, in any of the seven languages: "een kandidaat wiens ervaring
    # beter aansluit", "une candidature dont le profil correspond davantage", "eine Kandidatin, die mehr
    # Erfahrung mitbringt". The indefinite article is the other person: the reader is "you".
    # Or as already having it: "eine Kollegin, die bereits Erfahrung mitbringt", "un candidat disposant
    # d'une expérience plus longue".
    r"\b(?:an?|one|ein|eine|einen|un|une|uno|una|um|uma|een) (?:[\w-]+ )?(?:candidat\w*|applicant|"
    r"person|personne|persona|pessoa|persoon|profil\w*|perfil|bewerber\w*|kandida\w*|sollicitant\w*|application|"
    r"colleague|kolleg\w*|collègue|compañer[oa]|colleg[ao])"
    r"(?: \w+)?,? (?:who|whose|with|der|die|deren|dessen|mit|qui|dont|ayant|disposant|possédant|que|cuy[oa]|"
    r"cuj[oa]|con|com|wiens|wier|met|che|il cui|la cui) (?:[\w'-]+ ){0,8}?(?:more|better|closer|closely|"
    r"stronger|already|besser|mehr|genauer|stärker|eher|bereits|schon|plus|davantage|mieux|déjà|más|mejor|ya|"
    r"meer|beter|sterker|mais|melhor|já|più|meglio|maggiore|già)\b",
    # One other named by their trade, right after the choice: "le client a choisi un cariste qui avait déjà
    # travaillé sur leur site", "they hired a nurse with more theatre experience".
    r"\b(?:chose|chosen|selected|hired|appointed|picked|go with|went with|gone with|going with|opted for|"
    r"choisi|retenu|recruté|embauché|engagé|entschieden für|eingestellt|ausgewählt|gekozen voor|aangenomen|"
    r"elegido|contratado|seleccionado|optado por|escolhido|selecionado|scelto|assunto|selezionato|"
    r"optato per) (?:an?|ein|eine|einen|un|une|uno|una|um|uma|een) [\w-]+,? "
    r"(?:who|whose|with|der|die|qui|ayant|que|con|com|met|che) (?:[\w'-]+ ){0,8}?"
    r"(?:more|better|closer|already|mehr|besser|bereits|schon|plus|mieux|déjà|"
    r"más|mejor|ya|meer|beter|al|mais|melhor|já|più|meglio|già)\b",
    # The place given to another, in a person's words: "I've offered the funded spot to a student who ...",
    # "we offered the role to an internal applicant" (not "to you").
    r"\boffered (?:the|this|that|our|my) (?:[\w-]+ ){0,2}?(?:spot|place|position|role|job|post|vacancy|"
    r"opening|contract|placement|studentship|line|lines|shifts?) to (?:an?|another|one of|someone|somebody|"
    r"the other|other)\b",
    # Someone taken on or found, unnamed: "we actually took on someone for the weekend shifts", "we've
    # taken somebody on", "we found someone closer to the shop" (a hedge, "if we haven't found someone",
    # is the caller's). Not when the sentence goes on to want the reader: the one taken on may be them ("we
    # took on someone new this week, and that someone is you"), or another beside whom they are still wanted
    # ("we hired someone last year for a similar post, so we'd love you to come in"); "thank you", "I wish
    # you luck" still turn down. The look ahead is bounded and stops at the sentence's end.
    r"\b(?:took|taken|hired|found|appointed|employed|recruited|brought) (?:on |in )?(?:someone|somebody)\b"
    r"(?! (?:like|to)\b)(?![^.!?\n]{0,160}\b(?:is|be|like|love|want|need|invite|offer)s? you\b)",
    # German puts the choice last: "wir haben eine Einkäuferin eingestellt, die bereits ... gearbeitet hat".
    r"\b(?:ein|eine|einen) [\w-]+ (?:eingestellt|ausgewählt|gewählt|genommen|eingeladen),? (?:die|der) "
    r"(?:[\w'-]+ ){0,8}?(?:mehr|besser|bereits|schon|genauer)\b",
    # The process gone on with people named only as people: "going ahead with a colleague", "proseguire con
    # profili", "continuar con personas de la zona" (others_gone_on_with.py).
    GONE_ON_WITH_OTHERS,
]
_OTHERS = _words(_OTHERS_FRAGMENTS)
# The post kept for someone inside, in the seven languages: "decided to fill the role internally",
# "besloten de functie intern in te vullen", "die Stelle intern zu besetzen", "pourvoir le poste en
# interne", "cubrir el puesto internamente", "een interne kandidaat", "un candidato interno". Found around
# its rare word (_INSIDE_ANCHOR), then read in its sentence: the word alone is no other person ("we
# share your CV internally").
_KEPT_INSIDE = compile_first_tested(
    r"\b(?:fill|filled|filling|recruit\w*|hire|hired|hiring|appoint\w*|promot\w*) "
    r"(?:[\w-]+ ){0,4}?internally\b|"
    r"\b(?:pourvoir|pourvu\w*|recrut\w*|combl\w*) (?:[\w'-]+ ){0,6}?en interne\b|"
    r"\b(?:cubrir|cubiert\w*|ocupar|ocupad\w*|contratar|preencher|preenchid\w*|coprire|copert\w*|"
    r"assegnar\w*) (?:[\w-]+ ){0,4}?internamente\b|"
    r"\bintern (?:in te vullen|invullen|ingevuld|te vervullen|vervuld|zu besetzen|besetzen|besetzt|"
    r"nachbesetzt|vergeben)\b|"
    r"\binterne[nrm]? (?:kandida\w*|sollicitant\w*|bewerber\w*|collega|kolleg\w*|candidat\w*)|"
    r"\bcandidat[oaei]s? intern[oaei]s?\b|\bcandidats? internes?\b|"
    # Someone inside promoted to it: "una promoción interna", "une promotion interne", "an internal
    # promotion", "een interne promotie", "eine interne Beförderung", "uma promoção interna".
    r"\b(?:promoción|promoção|promozione) intern[ao]\b|\bpromotion interne\b|\binternal promotion\b|"
    r"\binterne (?:promotie|doorgroei|beförderung)\b"
)
_INSIDE_ANCHOR = (
    r"\b(?:internally|interne|internamente|intern|interne[nrm]|intern[oaei]s?|internes|internal)\b"
)


def _others_chosen(sentence: str) -> bool:
    """True when a (lowercased) sentence names other people chosen, or the post kept for someone inside,
    and a decision taken."""
    return bool(_OTHERS.search(sentence) or _KEPT_INSIDE.search(sentence)) and bool(_DECIDED.search(sentence))


# A decision taken: past or present perfect, so "a decision will be made" and "we may choose" are no news.
_DECIDED_FRAGMENTS = [
    # Told in the future, a choice still to make: "applicants whose portfolio passes will be invited".
    r"\b(?<!will be )(?<!would be )(?<!shall be )(?:decided|chose|chosen|opted|elected|selected|preferred|"
    r"feel|felt|invited|hired|appointed|offered|accepted|"
    r"gone|went|going|picked|promoted|recruited)\b|\b(?:made|taken|took) the (?:\w+ )?decision\b|"
    # An offer made, a post filled: "we ended up extending an offer to", "they've filled the role internally".
    r"\b(?:extended|extending|made|making) (?:an |the |our )?offer\b|"
    r"\b(?<!you )(?<!you've )filled\b(?! (?:in|out))",
    # Someone taken on: "we took on someone last week", "we've taken somebody on".
    r"\b(?:took|taken) (?:on |in )?(?:someone|somebody)\b",
    # The process gone on, or the place filled, with the others: "we have proceeded with candidates whose",
    # "we ended up filling the spot with someone who", "la selezione è proseguita con profili la cui", "le
    # processus s'est poursuivi avec", "wir haben das Verfahren mit anderen Bewerbern fortgesetzt".
    # (Not the reader among them: "we have proceeded to the next round with you and two other candidates".)
    r"\b(?:proceeded|continued|ended up|filled|poursuivie?|continuado|proseguido|prosseguido|proseguit[oa]|"
    r"procedut[oa]|continuat[oa])(?: [\w-]+){0,6}? (?:with|con|com|avec)\b"
    r"(?! (?:you|vous|toi|te|ti|lei|você)\b)|"
    r"\b(?:mit|met) (?:[\w-]+ ){1,6}?(?:fortgesetzt|fortgeführt|voortgezet)\b",
    # The same choice told as a wish or plan to go on with another: "le client a souhaité avancer avec un
    # candidat dont ...", "they want to move forward with a candidate who ...", "preferisce andare avanti con
    # un profilo più ...", "ze willen verder met een kandidaat die ..." (the other is _OTHERS' to find).
    r"\b(?:avancer|poursuivre|continuer|move forward|moving forward|go ahead|going ahead|proceed|"
    r"andare avanti|verder(?: te)?(?: gaan)?|weitermachen|dar continuidade|dar seguimento) "
    r"(?:avec|with|con|com|met|mit)\b"
    r"(?! (?:you|vous|toi|te|ti|lei|je|jou|u|ihnen|dir)\b)",
    r"\b(?:entschieden|gewählt|ausgewählt|gefallen|fiel|eingeladen|bevorzugt|vorgezogen|eingestellt)\b",
    # The choice's noun fallen on someone: "our choice fell on", "nous avons porté notre choix sur", "notre
    # choix s'est porté sur", "la scelta è caduta su", "la elección recayó en", "a escolha recaiu sobre", "de
    # keuze is gevallen op" (whom it fell on is _OTHERS' to find: the reader's is an offer).
    r"\b(?:choice|choix|scelta|elección|escolha|keuze) (?:[\w'-]+ ){0,3}?(?:fell|went|has fallen|porté|"
    r"portée|caduta|cadde|ricaduta|recayó|recaído|recaiu|gevallen|viel)\b|\bporté (?:notre|son|leur) choix\b|"
    # Someone taken on, in Flemish: "voor de nachtploeg is intussen iemand aangeworven".
    r"\baangeworven\b|"
    # Going on with others told in the present, German's verb split: "wir machen mit zwei Kolleginnen weiter".
    r"\b(?:gehen|machen) (?:\w+ )?mit (?:[\w-]+ ){1,5}?weiter\b",
    r"\b(?:décidé|choisi|retenu|privilégié|opté|préféré|sélectionné|convoqué|recruté|embauché)e?s?\b|"
    r"\bfait le choix\b",
    r"\b(?:decidido|decidimos|optado|optamos|elegido|elegimos|seleccionado|preferido|continuar|avanzar)\b",
    # Leaning towards another: "nos hemos inclinado por", "apostar por otra candidatura".
    r"\b(?:inclinado|inclinamos|decantado|decantamos|apostado|apostamos|apostar)\b",
    # Others put first or found: "hemos priorizado perfiles con más experiencia", "hemos encontrado un perfil
    # que se ajusta más", "nous avons trouvé un profil qui correspond davantage".
    r"\b(?:prioriti[sz]ed|priorizado|priorizamos|priorizámos|priorisé|found|encontrado|encontramos|encontrámos|"
    r"trouvé|gefunden)\b",
    # "Uiteindelijk hebben we een kandidaat gevonden die net iets beter aansluit."
    # Flemish "weerhouden" is chosen: "wij hebben een andere kandidaat weerhouden".
    r"\b(?:besloten|gekozen|geselecteerd|uitgenodigd|voorkeur|gevonden|aangenomen|weerhouden)\b",
    r"\b(?:decidimos|optámos|optamos|optou|escolhemos|escolhido|selecionad[oa]s?|preferimos|avançar|seguir|"
    r"prosseguir)\b",
    # Another hired: "outro candidato foi contratado", "contratamos a otra persona".
    r"\b(?:contratad[oa]s?|contratamos|contratou|contrataram|contrató|contrataron)\b",
    # The choice told in the third person's past, or as someone identified: "avanzaron con otro candidato",
    # "optaron por", "avançaram com outro perfil", "la commissione ha individuato una candidatura che ...",
    # "we have identified a candidate whose", "nous avons identifié un profil qui", "wir haben eine
    # Kandidatin identifiziert, die", "we hebben een kandidaat geïdentificeerd die" (the other is _OTHERS').
    r"\b(?:avanzaron|avanzamos|avanzó|optaron|eligieron|decidieron|seleccionaron|avançaram|avançamos|"
    r"optaram|escolheram|decidiram|selecionaram|identified|individuat[oa]|identificad[oa]|identificamos|"
    r"identificámos|identifié|identifiziert|geïdentificeerd)\b",
    r"\b(?:deciso|scelto|optato|selezionat[oi]|preferito|proseguire|procedere|assunt[oa])\b",
    # The process closed with another: "hemos cerrado el proceso con otro candidato", "we closed the search
    # with another applicant" (the other is _OTHERS' to find in the same sentence).
    r"\b(?:closed|cerrado|cerramos|encerrado|encerramos|fechad[oa]|fechamos|clôturé|fermé|afgesloten|gesloten|"
    r"chiuso) (?:[\w-]+ ){0,8}?(?:with|con|com|avec|met)\b",
]
_DECIDED = _words(_DECIDED_FRAGMENTS)
# A negation, in each language (accents optional: "não" and "nao"). Not "cannot", read here only before a
# step the reader would go on to (_NOT_GOING_ON): after a regret alone, "unfortunately we cannot ..." may
# turn down a request (another date, feedback) rather than the application.
_NEGATION = any_of(
    [
        whole_words(negations.ENGLISH) + "|" + negations.ENGLISH_CONTRACTED + r"\b",
        negations.GERMAN_NEGATION,
        negations.FRENCH_NEGATION,
        negations.OTHERS_NEGATION,
    ]
)
# A day or a week ahead is a date, not the next step: "na nossa loja no Porto, na próxima terça-feira".
_NOT_A_DAY = rf"(?! (?:semana|{one_of(PORTUGUESE, SPANISH[:5])}|mês|mes|dia|día|manhã|mañana|tarde)\b)"
# A negation, then a step of the process the reader would go on to, close after it: "did not consider
# that your application ... to proceed to the next stage", "won't be taking you to interview". Not
# "please do not forward this email" (no going) nor "it's not your experience that lands you an interview".
_NOT_GOING_ON_FRAGMENTS = [
    r"\b(?:not|unable to|no longer|cannot|can't|won't|wouldn't|don't|didn't|doesn't|isn't|aren't|wasn't|"
    r"weren't|haven't|hasn't)\b(?: [\w',-]+){0,10}? (?:to|into|through) (?:the |an? )?"
    r"(?:next|following|further|final|interview|shortlist)",
    r"\b(?:not|unable to|no longer|cannot|can't|won't|wouldn't|don't|didn't|doesn't|isn't|aren't|wasn't|"
    r"weren't|haven't|hasn't)\b(?: [\w',-]+){0,3}? (?:mov|tak|carr|put|progress|proceed|"
    r"advanc|go|bring|consider)\w* (?:[\w',-]+ ){0,4}?(?:forward|further)\b",
    r"\b(?:nicht|kein\w*)\b(?: \S+){0,8}? (?:weiter|in die nächste|zum vorstellungsgespräch|zu einem "
    r"(?:\w+)?gespräch|berücksichtig)",
    r"\b(?:ne|n')\b(?: \S+){0,3}? (?:pas|plus)\b(?: \S+){0,6}? (?:suite|à l'étape|prochaine étape|entretien|"
    r"poursuiv)",
    # The application filed with no follow-up: "votre candidature a été classée sans suite" (a phrase).
    r"\b(?:classée?s?|laissée?s?) sans suite\b",
    # Portuguese "no" is "in the", never a negation: "no seu e-mail, as próximas etapas", "no processo".
    # English "continue" is no Spanish "continuar": "no action is needed while we continue reviewing your
    # application" goes on.
    r"\bno\b(?! (?:seu|sua|seus|suas|nosso|nossa|nossos|nossas|processo|dia|teste|link)\b)"
    r"(?: [^\s!?:;]+){0,6}? "
    r"(?:siguiente|próxima|continu(?!(?:e|es|ed|ing)\b)\w+|avanz\w+|segui\w* adelante|sigu\w+ adelante|"
    r"entrevista|superad[oa])" + _NOT_A_DAY,
    r"\b(?:niet|geen)\b(?: \S+){0,6}? (?:door|verder|volgende|gesprek)",
    # "não daremos continuidade à sua candidatura": the application given no follow-up.
    r"\bnão\b(?: \S+){0,6}? (?:(?:próxima|seguinte)"
    + _NOT_A_DAY
    + r"|avanç\w+|prossegu\w+|seguir\w*|entrevista|continuidade|seguimento|sequência)",
    r"\bnon\b(?: \S+){0,6}? (?:fase successiva|prossima fase|prosegu\w+|prosieguo|proced\w+|colloquio|"
    r"seguito)",
]
_NOT_GOING_ON = _words(_NOT_GOING_ON_FRAGMENTS)
# The reader or their application.
_READER_FRAGMENTS = [
    r"\byou\b|\byour\b|\b(?:application|candidacy|candidature|profile)\b",
    r"\b(?:sie|ihre?|ihnen|du|dich|dir|deine?)\b|\bbewerbung",
    r"\b(?:vous|votre|vos|tu|ta|te|ton)\b|\bcandidature\b",
    r"\b(?:tu|su|usted|te|le|contigo)\b|\bcandidatura\b",
    r"\b(?:je|jij|jou|jouw|u|uw)\b|\bsollicitatie\b",
    r"\b(?:você|seu|sua|lhe|teu|tua)\b",
    r"\b(?:lei|la sua|sua|tua|suo|tuo|ti)\b",
]
_READER = _words(_READER_FRAGMENTS)
# The next phase of the process, in the seven languages.
_NEXT_PHASE = re.compile(
    r"\b(?:next|following|nächste\w*|prochaine|suivante|siguiente|próxima|volgende|seguinte|successiva|"
    r"prossima)\b"
)
_REGRET_FRAGMENTS = [
    r"\b(?:unfortunately|regret\w*|sadly|i'm afraid|i am afraid|sorry)\b",
    r"\b(?:leider|bedauer\w*)\b",
    r"\b(?:malheureusement|regrett\w*|au regret)\b",
    r"\b(?:lamentablemente|desafortunadamente|lamentamos|sentimos|lamentavelmente|infelizmente)\b",
    r"\b(?:helaas|jammer genoeg)\b",
    r"\b(?:purtroppo|spiacenti|ci dispiace|siamo spiacenti)\b",
]
_REGRET = _words(_REGRET_FRAGMENTS)
# A person's apology for the mail itself or its timing: "sorry for the late-night email", "sorry for only
# getting back now", "sorry about the short notice". The regret is the writer's, about the mail: no regret
# of the application ("sorry for the late email, but we'd love you to start on Monday").
_SORRY_FOR_THE_MAIL = compile_first_tested(
    r"\bsorry (?:again |once more )?(?:for|about) (?:[\w-]+ ){0,3}?(?:delay\w*|wait\w*|e-?mails?|mail|"
    r"messages?|reply|replies|response|notice|hour|silence|slow\w*|late\w*|back|change|shuffle|mix-?up|"
    r"confusion|chase|chasing)\b"
)
# Negations that are about the answer, not the decision: "we cannot reply to every applicant", "your
# application cannot progress until you complete the test", "don't hesitate to".
_NO_NEWS_FRAGMENTS = [
    r"\b(?:respond|reply|replies|answer|feedback|acknowledge|contact|notify|hesitate|until|without|unless)\b",
    # Italian "non esiti" hesitates; "l'esito del test" is the outcome.
    r"\b(?:zöger\w*|hésite[rz]|manquer\w*|dude[sn]?|dudar|hesite|esit(?:are|ate|i|a))\b",
    r"\b(?:\w*antwort\w*|rückmeldung|ohne|bis)\b",
    # An interim notice: "leider können wir Ihnen noch keine abschließende Nachricht geben" (not yet decided).
    r"\bnoch (?:keine (?:\w+ )?(?:entscheidung|nachricht|aussage)|"
    r"nicht (?:\w+ ){0,2}(?:entschieden|abgeschlossen))\b",
    r"\b(?:répondre|réponse|sans(?! suite)|jusqu)\b",
    # The same interim notice in the other languages: "we hebben nog geen besluit genomen en laten je
    # volgende week meer weten", "aún no hemos tomado una decisión", "ainda não temos uma decisão".
    r"\bnog geen (?:\w+ )?(?:besluit|beslissing|keuze|uitslag)\b|"
    r"\b(?:aún|todavía) no (?:hemos )?(?:tomado|tenemos) (?:una |ninguna )?decisión\b|"
    r"\bainda não (?:tomamos|temos|tomámos) (?:uma |nenhuma )?decisão\b|"
    r"\bpas encore (?:pris )?(?:de |notre |une )?décision\b",
    # (Not "sin embargo", however: "Sin embargo, no vamos a continuar con tu candidatura".)
    r"\b(?:responder|respuesta|sin(?! embargo)|hasta)\b",
    r"\b(?:reageren|antwoord|zonder|tot)\b",
    r"\b(?:responder|resposta|sem|até)\b",
    r"\b(?:rispondere|risposta|senza|fino)\b",
]
_NO_NEWS = _words(_NO_NEWS_FRAGMENTS)
# A negation about keeping the reader's data: "leider können wir Ihre Daten nicht länger
# speichern" is a privacy note, no decision. (Not for someone else chosen: "we have selected another
# candidate but would like to retain your CV" still rejects.)
_KEEPING_DATA = compile_first_tested(
    r"\b(?:speicher\w*|aufbewahr\w*)\b|\b(?:retain|store|keep|hold|conserver|conservar|guardar|bewaren|"
    r"conservare|armazenar) (?:\w+ ){0,2}(?:data|personal (?:information|details)|données|datos|gegevens|"
    r"dados|dati)\b"
)
# The post itself filled, in any of the seven languages and whatever stands between ("inmiddels is de
# functie Verzorgende IG vervuld", "la posizione di Ottico è stata coperta"), with the regions' and public
# posts' words for it (Switzerland's "repourvu", "ricoperta", "assegnata", a public post "adjudicada"): the
# reader was not chosen.
_FILLED_FRAGMENTS = [
    # Not the reader's form: "the job application you filled in".
    r"\b(?<!you )(?<!you've )(?<!you have )filled\b(?! (?:in|out))|"
    r"\b(?:besetzt|nachbesetzt|vergeben|besetzen konnten)\b|\b(?:re)?pourvue?s?\b(?! que)|\bcubiert[ao]s?\b|"
    r"\b(?:vervuld|ingevuld)\b|\bpreenchid[ao]s?\b|"
    r"\b(?:stat[oa]|già) (?:ri)?(?:copert|occupat|assegnat)[oa]\b|\bocupad[ao]s?\b|\badjudicad[ao]s?\b",
]
_POST_FILLED = compile_first_tested(
    # The post, or the search for it ("la búsqueda de X quedó cubierta"), then its name (up to 90
    # characters: "the position R1234 Senior Developer – Payments has now been filled").
    r"\b(?:position|role|post|vacancy|job|opening|stelle|vakanz|poste|puesto|vacante|plaza|posición|functie|"
    r"vacature|positie|vaga|cargo|posizione|ruolo|posto|search|suche|recherche|búsqueda|busca|ricerca|"
    r"zoektocht)\b[^.\n]{0,90}?(?:" + _FILLED_FRAGMENTS[0] + ")"
)
# Filled one day, not yet: "until the position is filled", "sobald die Stelle besetzt ist" (conditions
# are the caller's hedges).
_FILLED_LATER = re.compile(
    r"\b(?:will|to be|until|once|sobald|bis|wird|werden|sera|seront|lorsque|dès que|será|serán|una vez|"
    r"hasta|zal|zullen|zodra|totdat|assim que|até|sarà|saranno|non appena|finché)\b"
)


# Dutch "ingevuld" said of the reader is their form filled in: "bedankt dat je het formulier voor de
# vacature hebt ingevuld", "dat u de vragenlijst voor de functie heeft ingevuld".
_READERS_FORM = re.compile(r"\b(?:hebt|heb)\b|\b(?:u|jij|je) (?:[\w-]+ ){0,6}?heeft\b")


def is_post_filled(sentence: str) -> bool:
    """True when a (lowercased, unhedged) sentence says the post has been filled, not that it will be."""
    filled = _POST_FILLED.search(sentence)
    return bool(
        filled
        and not _FILLED_LATER.search(sentence)
        and not _NEGATION.search(sentence)
        and not (filled.group(0).endswith("ingevuld") and _READERS_FORM.search(sentence))
    )


# The reader's application declined, in a verdict's passive: "Ihre Bewerbung wurde leider abgelehnt", "je
# sollicitatie is afgewezen", "sua candidatura foi recusada" (a negation anywhere: no verdict).
_DECLINED_FRAGMENTS = [
    r"\b(?:abgelehnt|afgewezen|recusad[oa]|indeferid[oa]|rechazad[oa]|desestimad[oa]|refusée?|respint[oa])\b",
]
_APPLICATION_DECLINED = compile_first_tested(
    r"\b(?:bewerbung|sollicitatie|kandidatuur|candidatura|candidature|solicitud|postulación|inscrição)\b"
    r"[^.\n]{0,80}?" + _DECLINED_FRAGMENTS[0]
)


# A selection's minimum not reached, in the seven languages: "your application did not reach the minimum
# score", "no alcanzó el puntaje mínimo requerido", "por não ter obtido a valoração mínima", "n'a pas atteint
# la note minimale", "non ha raggiunto il punteggio minimo", "die Mindestpunktzahl nicht erreicht", "de
# minimale score niet behaald". Only a reaching verb in the past: "candidates who do not reach the minimum
# will not be invited" describes the process to everyone. Found around its rare word (_MINIMUM_ANCHOR).
_MINIMUM = (
    r"(?:minim\w*|mínim[oa]s?|mindest\w*|pass mark|cut-?off|threshold|umbral|seuil|soglia|drempel|limiar)"
)
_MINIMUM_MISSED = compile_first_tested(
    r"\b(?:did not|didn't|failed to|has not|have not|hasn't|haven't|no|não|non|pas|nicht|niet)\b"
    r"(?: [\w'.()ªº-]+){0,3}? (?:achieve|reach|meet|attain|obtain|score|achieved|reached|met|attained|"
    r"obtained|scored|alcanzó|alcanzado|obtuvo|obtenido|superó|superado|obtido|obteve|atingido|atingiu|"
    r"alcançado|alcançou|obtenu|atteint|raggiunto|ottenuto|conseguito|superato|erreicht|behaald|gehaald|"
    r"bereikt)\b(?: [\w'-]+){0,5}? " + _MINIMUM + r"|"
    r"\b" + _MINIMUM + r"(?: [\w-]+){0,3}? (?:nicht|niet) (?:erreicht|behaald|gehaald|bereikt)\b"
)
_MINIMUM_ANCHOR = r"\b" + _MINIMUM
# The result obtained, then said to lie under the minimum: "you scored 52, below the pass mark of 60",
# "ha obtenido 11 puntos, inferior a la puntuación mínima", "obteve média 6,1, inferior ao mínimo exigido",
# "vous avez obtenu 8/20, en dessous du seuil", "Sie haben 38 Punkte erzielt und liegen damit unter der
# Mindestpunktzahl", "je behaalde 41 punten, onder de drempel", "ha ottenuto 18, inferiore al punteggio
# minimo". Only a result obtained in the past: "candidates scoring below the minimum will not be invited"
# describes the process to everyone.
_RESULT_OBTAINED = (
    r"\b(?:scored|obtained|achieved|received|got|obtuvo|obtenido|obteve|obtido|alcançou|obtenu|eu|"
    r"erzielt|erreicht|bekommen|behaald|gehaald|behaalde|haalde|ottenuto|conseguito|riportato)\b"
)
_UNDER = (
    r"(?:below|under|short of|lower than|less than|inferior(?:es)? (?:a|al|ao|à|aos)|por debajo del?|"
    r"abaixo d[oa]|inférieure?s? (?:à|au)|en dessous d[ue]|en deçà d[ue]|unter(?:halb)?(?: der| dem| des)?|"
    r"onder (?:de|het)|lager dan|inferiore (?:a|al|alla)|sotto (?:il|la|al))"
)
# Told of a selection still ahead, for everyone: "applicants not among the top ten will not be invited".
_TOLD_AHEAD = re.compile(
    r"\b(?:will|would|shall|wird|werden|würden|sera|seront|serait|será|serán|sería|zal|zullen|zou|sarà|"
    r"saranno|sarebbe|serão|seria)\b"
)
_RESULT_UNDER_THE_MINIMUM = compile_first_tested(
    _RESULT_OBTAINED + r"(?: [^\s.!?;]+){0,12}? " + _UNDER + r"(?: [\w'-]+){0,3}? " + _MINIMUM
)


def missed_the_minimum(sentence: str) -> bool:
    """True when a (lowercased, unhedged) sentence says the reader's result stayed under a selection's
    minimum: a rejection told by the score, wherever the step it bars is named ("... to go on to the
    interview"), or by the result obtained set under it ("obteve média 6,1, inferior ao mínimo exigido")."""
    return _MINIMUM_MISSED.search(sentence) is not None or (
        _RESULT_UNDER_THE_MINIMUM.search(sentence) is not None and not _TOLD_AHEAD.search(sentence)
    )


# The reader not among those a selection keeps, in the seven languages: "your application is not among those
# shortlisted", "votre dossier ne figure pas parmi ceux qui ont été retenus", "no figura entre los aspirantes
# que acceden a la fase siguiente", "não consta entre os candidatos aprovados", "non rientra tra i candidati
# ammessi", "Sie gehören nicht zu den Bewerbern, die wir einladen", "je behoort niet tot de kandidaten die
# door gaan". A negation, "among" close after it, and the kept ones' word (chosen, passed, the next phase).
_NOT_AMONG_FRAGMENTS = [
    r"\b(?:not|ne|n'|no|não|non|nicht|niet)\b(?: [^\s.!?;:]+){0,2}? (?:among|amongst|parmi|entre|tra|fra|"
    r"zu den|zu denen|unter den|tot de|tot degenen|bij de|tussen de)\b(?: [^\s.!?;:]+){0,8}? "
    r"(?:selected|chosen|shortlisted|retained|successful|invited|passed|progress\w*|advanc\w*|next|"
    r"retenu\w*|sélectionné\w*|admis\w*|suite|convoqué\w*|"
    r"seleccionad\w*|acceden?|superad[oa]s?|aprobad[oa]s?|admitid[oa]s?|siguiente|"
    r"selecionad\w*|aprovad[oa]s?|classificad[oa]s?|seguinte|"
    r"selezionat\w*|ammess\w*|idone\w*|successiva|prossima|"
    r"ausgewählt\w*|eingeladen\w*|berücksichtigt\w*|nächste\w*|weiter\w*|"
    r"geselecteerd\w*|weerhouden|uitgenodigd\w*|volgende|door)\b",
]
_NOT_AMONG = _words(_NOT_AMONG_FRAGMENTS)


def not_among_the_chosen(sentence: str) -> bool:
    """True when a (lowercased, unhedged) sentence says the reader is not among those a selection keeps."""
    return _NOT_AMONG.search(sentence) is not None and not _TOLD_AHEAD.search(sentence)


# The writer's own absence, said with regret: "purtroppo giovedì non ci sono", "I'm afraid I can't make
# Thursday", "helaas ben ik donderdag niet op kantoor". A meeting moved, not a decision about the reader.
_WRITER_UNAVAILABLE = compile_first_tested(
    r"\bi (?:can't|cannot|can not|won't be able to|am not able to|'m not able to) (?:make|do|be there|"
    r"attend|be in)\b|\bi(?:'m| am) (?:not|no longer) (?:available|around|free)\b|"
    r"\bi(?:'m| am) (?:off|away|out)\b|"
    r"\b(?:bin|kann) ich (?:\w+ ){0,3}nicht(?: da| dabei| kommen| im büro| vor ort)?(?:[.,!]|$)|"
    r"\bich bin (?:\w+ ){0,3}nicht (?:da|im büro|verfügbar)\b|"
    r"\bje ne (?:suis|serai|pourrai) pas (?:disponible|là|présente?|libre)|"
    r"\bje ne peux pas (?:venir|être)\b|"
    r"\bno (?:puedo|podré|voy a poder) (?:ir|estar|asistir|venir|acudir)\b|"
    r"\bno (?:estaré|estoy disponible)\b|"
    r"\b(?:ben|kan) ik (?:\w+ ){0,3}niet(?: aanwezig| beschikbaar| komen| op kantoor)?(?:[.,!]|$)|"
    r"\bik ben (?:\w+ )?(?:verhinderd|afwezig)\b|"
    r"\bnão (?:posso|poderei|vou poder|consigo) (?:ir|estar|comparecer)\b|"
    r"\bnão (?:estarei|estou disponível)\b|"
    # Not "non ci sono posizioni aperte" (there are none): "non ci sono" ends the writer's sentence.
    r"\bnon ci (?:sono|sarò)\s*(?:[.,!]|$)|\bnon (?:sono disponibile|sarò disponibile|riesco a esserci|"
    r"posso esserci|posso venire)\b"
)


def is_writer_unavailable(sentence: str) -> bool:
    """True when a (lowercased) sentence's negation is the writer's own absence from a meeting."""
    return _WRITER_UNAVAILABLE.search(sentence) is not None


# Where a shaped sentence may be, found in the phrase index's one pass over a text (category
# REJECTION_SHAPE): the sentence around each is then read whole.
ANCHORS = [
    *_OTHERS_FRAGMENTS,
    _INSIDE_ANCHOR,
    _MINIMUM_ANCHOR,
    *_NOT_AMONG_FRAGMENTS,
    *_NOT_GOING_ON_FRAGMENTS,
    *_REGRET_FRAGMENTS,
    *_FILLED_FRAGMENTS,
    *_DECLINED_FRAGMENTS,
]


def someone_else_chosen(sentence: str) -> bool:
    """True when a (lowercased) sentence tells of another candidate chosen or the post filled, or of the
    process closed with the reader not going on: whatever else it says closed ("the process has closed and
    the post was filled", "o processo foi encerrado e sua candidatura não avançou para as próximas fases"),
    the reader was not chosen. A post called off or held stays the post's, whatever closing word it has
    ("the role was closed for budget reasons, so your application will not go further": hold_shape.py)."""
    if _NO_NEWS.search(sentence):
        return False
    if _others_chosen(sentence) or is_post_filled(sentence):
        return True
    return bool(
        _CLOSED.search(sentence)
        and _READER.search(sentence)
        and _NOT_GOING_ON.search(sentence)
        and not hold_shape.is_post_held(sentence)
    )


def another_chosen_or_post_filled(sentence: str) -> bool:
    """True when a (lowercased) sentence tells of another candidate chosen or the post filled: of
    someone_else_chosen's readings, those no hold told before it makes the post's own fate."""
    return _others_chosen(sentence) or is_post_filled(sentence)


# A selection closed, in the seven languages: its end, not a post called off ("cancelled", "on hold").
_CLOSED = re.compile(
    r"\b(?:closed|concluded|finali[sz]ed|encerrad[oa]|finalizad[oa]|conclu[ií]d[oa]|cerrad[oa]|clôturée?|"
    r"terminée?|abgeschlossen|beendet|afgesloten|gesloten|chius[oa]|conclus[oa])\b"
)


def _about_the_answer(sentence: str) -> bool:
    """True when a (lowercased) sentence's negation is about the answer, not the decision (_NO_NEWS): a word
    of replying or waiting from its first negation on ("we cannot reply to every applicant", "noch keine
    Entscheidung"). One before it is what the decision came by: "I've had feedback from the client and
    unfortunately they aren't going to take your application further"."""
    negation = _NEGATION.search(sentence)
    negated_from = negation.start() if negation is not None else 0
    return any(word.end() > negated_from for word in _NO_NEWS.finditer(sentence))


def _after_the_answer_announced(sentence: str) -> str:
    """The news after a colon that announces it as the answer: "te escribo con su respuesta: han decidido
    ...", "feedback from the client: they went with ...", "voici leur réponse : ...". The answer's word is
    the announcement's, not the news' (_about_the_answer)."""
    colon = sentence.find(": ")
    if colon < 0:
        return sentence
    head = sentence[:colon]
    if _NO_NEWS.search(head) is None or _NEGATION.search(head) is not None:
        return sentence
    return sentence[colon + 2 :]


def is_rejection_shaped(sentence: str) -> bool:
    """True when a (lowercased, unhedged) sentence has one of the three shapes of a rejection."""
    sentence = _after_the_answer_announced(sentence)
    if not_among_the_chosen(sentence):
        # Read before the answer's words: Dutch "niet tot de kandidaten" is "among", no "until".
        return True
    if _about_the_answer(sentence):
        return False
    if _others_chosen(sentence) or missed_the_minimum(sentence):
        return True
    if is_post_filled(sentence):
        return True
    if _APPLICATION_DECLINED.search(sentence) and not _NEGATION.search(sentence):
        return True
    if _KEEPING_DATA.search(sentence):
        return False
    regret = bool(_REGRET.search(_SORRY_FOR_THE_MAIL.sub(" ", sentence)))
    if not _READER.search(sentence):
        # "Unfortunately they're not keen to take it further": a regret stands in for the reader; so does
        # the next phase named after the negation ("informamos que não irá avançar para a próxima etapa").
        not_going_on = _NOT_GOING_ON.search(sentence)
        return not_going_on is not None and (
            regret or _NEXT_PHASE.search(sentence, not_going_on.start()) is not None
        )
    return bool(_NOT_GOING_ON.search(sentence) or (regret and _NEGATION.search(sentence)))
