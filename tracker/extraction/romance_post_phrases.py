"""The sentence's words a Romance-language title is captured with: the post's noun phrase before it and
"our" unit after it. A sentence names the post "ao lugar de Enfermeira", "à nossa oferta de Serralheiro",
"per il posto di Magazziniere", "pour le poste de Cariste", and the post's unit as the writer's own after it:
"Enfermeira da nossa unidade", "Commis de notre brasserie", "Cuoco del nostro ristorante", "Cajera de nuestra
tienda". The selection process may stand before the post too: "ao processo de Enfermeira", "al processo di
selezione di Magazziniere". An anchor reading from the verb ("candidatura a", "processo de seleção para")
takes those words with the post; they are the sentence's, never the post's name (English's "the"/"our" are
title_cleaning's).
"""

from __future__ import annotations

import re

# Per language: the articles and possessives before the post's noun, its nouns, and the linking word.
_ARTICLES = (
    r"o|a|os|as|ao|à|do|da|no|na|pelo|pela|nosso|nossa|vosso|vossa|este|esta|"
    r"il|lo|la|al|alla|del|della|nel|nella|nostro|nostra|questo|questa|"
    r"le|du|au|notre|votre|cette|ce|"
    r"el|los|nuestro|nuestra"
)
_POST_NOUNS = (
    r"lugar|oferta|vaga|cargo|posição|função|posto|oportunidade|anúncio|"
    r"posizione|ruolo|figura|offerta|"
    r"poste|offre|fonction|emploi|"
    r"puesto|vacante|plaza|posición"
)
_LINKS = r"de|di"
# One or two articles or possessives ("a nossa", "il nostro", "le"), the noun, its link, then a capital.
_POST_HEAD = re.compile(
    rf"^(?i:(?:(?:{_ARTICLES}) ){{1,2}}(?:{_POST_NOUNS}) (?:{_LINKS})|l['’](?:offre|offerta) (?:de|di))"
    r"\s+"
    r"(?=[A-ZÀ-Þ])"
)
# The selection process named before the post, with or without its article and its kind: "ao processo de
# Enfermeira", "al proceso de selección de Cajero", "au processus de recrutement pour Cariste", "al processo
# di selezione per Magazziniere" (what follows may be the post's noun phrase: "para a vaga de X").
_PROCESS_KINDS = (
    r"seletivo|selectivo|di selezione|de (?:seleção|selecção|selección|recrutamento|reclutamiento|"
    r"recrutement|sélection|contratação|contratación)"
)
_PROCESS_HEAD = re.compile(
    rf"^(?i:(?:(?:{_ARTICLES}) ){{0,2}}(?:processo|proceso|processus)(?: (?:{_PROCESS_KINDS}))?"
    rf" (?:de|di|para|per|pour)(?! (?:sele|recrut|reclut|contrat)) ?)(?=[A-ZÀ-Þ]|(?i:(?:{_ARTICLES}) ))"
)
# "Our" unit after the post: a linking word, then the writer's possessive and its noun to the end.
_OUR_UNIT_AFTER = re.compile(
    r"\s+(?:da|do|na|no|para a|para o|de|del|della|dello|nel|nella|pour|dans|en|in) "
    r"(?:nossa|nosso|nossas|nossos|notre|nos|nostro|nostra|nostri|nostre|nuestro|nuestra|nuestros|nuestras)"
    r"\s[^\n]{1,60}$"
)


def without_post_phrase(title: str) -> str:
    """`title` without the post's noun phrase opening it and "our" unit closing it; else `title`."""
    if "roces" in title[:12]:
        process = _PROCESS_HEAD.match(title)
        title = title[process.end() :] if process else title
    head = _POST_HEAD.match(title)
    if head:
        title = title[head.end() :]
    return _OUR_UNIT_AFTER.sub("", title)
