"""Phrases of mail that reads like an application's news and carries none (news_lookalikes.py reads
them): a board asking whether the reader heard back, a CV review service, a data-retention notice, a
newsletter to past applicants, a mail's reason for writing.

Each is one pattern of seven languages, found by the phrase scan (index.py) under its category's name:
searched alone over a whole body, each tried every place of it (~40M instructions of a dev pass each);
the scan tries it only at the word starts its beginnings open. Every match opens a word.
"""

from __future__ import annotations

# The categories' names, as the scan's hits hold them.
ASKS_IF_HEARD_BACK = "ASKS_IF_HEARD_BACK"
CV_REVIEW = "CV_REVIEW"
DATA_DELETED = "DATA_DELETED"
TO_PAST_APPLICANTS = "TO_PAST_APPLICANTS"
WHY_THIS_MAIL = "WHY_THIS_MAIL"

# A board's or a friend's question about an application's outcome, in the seven languages (not a receipt's
# condition on silence: "si en 30 días no has recibido noticias", "se não recebeu resposta").
_ASKS_IF_HEARD_BACK = (
    r"\b(?:did you|have you) (?:hear back|heard back|hear anything|get a (?:response|reply|call))|"
    r"\b(?:haben sie|hast du) (?:schon |bereits )?(?:etwas gehört|eine (?:rückmeldung|antwort))|"
    r"\b(?:avez-vous|as-tu) (?:eu|reçu) (?:un retour|une réponse|des nouvelles)|"
    r"\b(?<!no )(?:has|ha) (?:tenido|recibido) (?:alguna )?(?:respuesta|noticia)|"
    r"\b(?:heb je|heeft u) (?:al )?(?:iets gehoord|een reactie|antwoord)|"
    r"\b(?<!não )(?:teve (?:algum )?retorno|recebeu (?:alguma )?resposta)|"
    r"\b(?:hai|ha) (?:già )?(?:ricevuto|avuto) (?:una |qualche )?(?:risposta|notizi|riscontro)"
)

# A CV sent to be reviewed, rewritten or scored: a service's "received", no employer's.
_CV_REVIEW = (
    r"\b(?:resume|résumé|cv) (?:review|critique|makeover|score)\b|\b(?:expert|professional) (?:resume |cv )?"
    r"writers?\b|\brevisi[oó]n (?:gratuita|de tu cv|del cv)|\b(?:relecture|analyse|audit) (?:gratuite )?de "
    r"(?:votre|ton) cv|\b(?:lebenslauf|cv)-?(?:check|prüfung|analyse)\b|\bcv-?beoordeling\b|"
    # (An employer's own screening is "análise do currículo", "analisi del cv": a receipt's outline of its
    # process, "1. Análise do currículo 2. Entrevista"; a service's analysis is a free one.)
    r"\brevisão (?:gratuita )?(?:do |de )?(?:seu )?(?:currículo|cv)\b|"
    r"\banálise gratuita (?:do |de )?(?:seu )?(?:currículo|cv)\b|"
    r"\brevisione (?:gratuita )?(?:del )?(?:tuo )?(?:cv|curriculum)\b|"
    r"\banalisi gratuita (?:del )?(?:tuo )?(?:cv|curriculum)\b"
)

# A careers site's data-retention notice (news_lookalikes reads it with an application made long ago).
_DATA_DELETED = (
    r"\b(?:delete|erase|remove) your (?:\w+ ){0,3}(?:data|profile)\b|"
    r"\b(?:data|profile) will be (?:deleted|erased|removed)\b|\beliminaremos tus datos\b|"
    r"\btus datos (?:serán|se) eliminar|\bsupprimerons vos données\b|"
    r"\bvos données (?:seront|vont être) supprimées\b|\bdaten werden [^.\n]{0,30}gelöscht\b|"
    r"\bgegevens (?:worden )?verwijderd\b|\bseus dados serão (?:excluídos|apagados|eliminados)\b|"
    r"\bi tuoi dati (?:saranno|verranno) (?:cancellati|eliminati)\b"
)

# Why an employer's newsletter or talent pool writes to the reader: an application made long ago ("You're
# receiving this because you applied to Halcrow in the past"), no news of it. (An ATS's footer under a
# confirmation says "you are receiving this email because you applied": news_without_application.py reads
# this only where it comes before any confirmation.)
_TO_PAST_APPLICANTS = (
    r"\byou(?:'ve| have)? (?:previously|once|already|recently) applied (?:to|for|with)\b|"
    r"\bbecause you(?:'ve| have)? applied (?:to|for|with) [^.\n]{0,60}\b(?:in the past|before|previously)\b|"
    r"\b(?:receiving|getting|sent) (?:this|these) (?:e-?mails?|messages?|newsletters?|updates?) "
    r"(?:because|as) you(?:'ve| have)? (?:previously )?applied\b|"
    r"\b(?:as an?|our) (?:past|former|previous) (?:applicants?|candidates?)\b|"
    r"\bweil sie sich (?:in der vergangenheit|früher|bereits einmal) bei uns beworben\b|"
    r"\bsie erhalten diese (?:e-?mail|nachricht|newsletter),? (?:da|weil) sie sich\b|"
    r"\bvous avez (?:déjà|précédemment|par le passé) postulé\b|"
    r"\bvous recevez (?:cet e-?mail|ce message|cette newsletter|cette lettre) (?:car|parce que) "
    r"vous avez postulé\b|"
    r"\b(?:te postulaste|participaste|enviaste tu candidatura) (?:anteriormente|en el pasado)\b|"
    r"\brecibes (?:este|esta) (?:correo|email|newsletter|mensaje) porque (?:te )?(?:postulaste|inscribiste|"
    r"enviaste tu candidatura)\b|"
    r"\bje hebt (?:eerder|ooit) bij ons gesolliciteerd\b|\bje ontvangt deze (?:e-?mail|nieuwsbrief|mail) "
    r"omdat je (?:eerder )?(?:bij ons )?(?:hebt )?gesolliciteerd\b|"
    r"\bte candidataste (?:anteriormente|no passado)\b|"
    r"\brecebe (?:este|esta) (?:e-?mail|newsletter|mensagem) porque se candidatou\b|"
    r"\b(?:ti sei|ti eri) (?:già |in passato )candidat|\bin passato ti sei candidat"
)

# A mail's reason for writing, whatever it lists: "You received this email because you applied for a role
# with us or joined our talent community". Its "you applied" says why the reader is on a list, in one
# sentence: a receiving verb with the mail as its object, a "because", an application.
_WHY_THIS_MAIL = (
    r"(?:\b(?:you(?:'re| are)? (?:receiv(?:e|ed|ing)|get(?:ting)?|were sent)|sie erhalten|du erhältst|"
    r"vous (?:recevez|avez reçu)|tu reçois|recib(?:es|e usted|iste)|has recibido|(?:je|u) ontv(?:angt|ing)|"
    r"(?:está a |estás a )?receb(?:e|eu|er)|(?:hai )?ricev(?:i|uto))\b"
    # The mail itself is what was received: "this email", "diese Nachricht", "ce message", "deze mail".
    r"[^.!?\n]{0,12}?\b(?:this|these|diese[rns]?|ce|cet|cette|ces|este|esta|estos|estas|deze|dit|questa|"
    r"questo|queste|questi)\b[^.!?\n]{0,30}?"
    r"|\bthis (?:e-?mail|message|newsletter) (?:was|is|has been) sent to you[^.!?\n]{0,20}?)"
    r"\b(?:because|as|since|weil|da|denn|car|parce que|puisque|porque|ya que|omdat|aangezien|pois|perché|"
    r"poiché|in quanto)\b"
    r"[^.!?\n]{0,80}?\b(?:appl(?:ied|ication)|bewor|bewerb|postul|candidat|sollicit|inscri)"
)

# Each category's one pattern, for the phrase index.
CATEGORIES: dict[str, list[str]] = {
    ASKS_IF_HEARD_BACK: [_ASKS_IF_HEARD_BACK],
    CV_REVIEW: [_CV_REVIEW],
    DATA_DELETED: [_DATA_DELETED],
    TO_PAST_APPLICANTS: [_TO_PAST_APPLICANTS],
    WHY_THIS_MAIL: [_WHY_THIS_MAIL],
}
