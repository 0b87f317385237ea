"""What ends a post's name and where it is named in Italian, French, Spanish, Dutch and Portuguese mail, by
class (invented mail): a bracket holding the post's terms (a contract it opens with, a working time listed
with other terms, cut off or closed), a lowercase bracket naming the client's trade ("(settore ...)"), an
agency's client after the post ("per un nostro cliente"), the team after a Dutch post ("in team Noord"); a
public body's "una plaza de X"; Portuguese's "o processo para X"; Dutch's "Kennismaking X" subject.
"""

import pytest

from tracker.email_reading import email_from_fields
from tracker.extraction.rules import RulesExtractor

_RULES = RulesExtractor()


def _read(sender: str, subject: str, body: str):
    return _RULES.extract(email_from_fields("m1", sender, "2026-02-03T09:00:00Z", subject, body))


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        # A contract the bracket opens with, then more terms.
        (
            "Recrutement Maison Verlaine <recrutement@maison-verlaine.fr>",
            "Votre candidature",
            "Bonjour,\n\nNous avons bien reçu votre candidature au poste de Pâtissier (CDI, 39h) et nous "
            "reviendrons vers vous rapidement.\n\nL'équipe Recrutement\nMaison Verlaine",
            "Pâtissier",
        ),
        (
            "Selezione Ortofrutta Brenta <selezione@ortofruttabrenta.it>",
            "Candidatura ricevuta",
            "Gentile candidata,\n\nabbiamo ricevuto la sua candidatura per la posizione di "
            "Addetta qualità (contratto a tempo determinato 12 mesi).\n\n"
            "Cordiali saluti\nUfficio Selezione\nOrtofrutta Brenta",
            "Addetta qualità",
        ),
        # A working time listed with other terms after a dash or a comma.
        (
            "Hôpital Saint-Rémi <emploi@hopital-saintremi.fr>",
            "Accusé de réception",
            "Madame,\n\nNous accusons réception de votre candidature au poste "
            "d'Aide-soignante (temps partiel - remplacement de congé maternité).\n\n"
            "La Direction des Ressources Humaines\nHôpital Saint-Rémi",
            "Aide-soignante",
        ),
        (
            "Talento Grupo Almenara <talento@grupoalmenara.es>",
            "Hemos recibido tu candidatura",
            "Hola Marta:\n\nGracias por tu candidatura para el puesto de "
            "Técnico/a de Nóminas (jornada completa, contrato estable).\n\n"
            "Un saludo,\nEquipo de Talento\nGrupo Almenara",
            "Técnico/a de Nóminas",
        ),
        # An agency's lowercase word for its client's trade.
        (
            "Ricerca Personale Adige <ricerca@personaleadige.it>",
            "Candidatura ricevuta",
            "Gentile Paolo,\n\ngrazie per la candidatura alla posizione di Responsabile di magazzino "
            "(settore farmaceutico).\n\nCordiali saluti\nPersonale Adige",
            "Responsabile di magazzino",
        ),
        # The agency's client after the post.
        (
            "Chiara Bassi <c.bassi@lavoroveneto-agenzia.it>",
            "Colloquio",
            "Buongiorno Luca,\n\nla contatto in merito alla posizione di Manutentore elettrico per un nostro "
            "cliente del settore tessile. Sarebbe disponibile per un colloquio giovedì?\n\nChiara Bassi",
            "Manutentore elettrico",
        ),
        # The team a Dutch post is in, after it.
        (
            "Sanne Vos <s.vos@thuiszorgdelta.nl>",
            "Uitnodiging",
            "Beste Noor,\n\nLeuk dat je hebt gereageerd op onze vacature voor verzorgende IG in team "
            "Zuid! Ik nodig je graag uit voor een gesprek.\n\nGroet,\nSanne Vos\nThuiszorg Delta",
            "Verzorgende IG",
        ),
        # A public body's "una plaza de X".
        (
            "Servicio de Personal <personal@ayto-villaluz.es>",
            "Solicitud registrada",
            "Estimada Sra. Prieto:\n\nHemos registrado su solicitud de participación en el proceso selectivo "
            "para la provisión de una plaza de Arquitecto/a Técnico/a Municipal, que será valorada por el "
            "tribunal."
            "\n\nServicio de Personal\nAyuntamiento de Villaluz",
            "Arquitecto/a Técnico/a Municipal",
        ),
        # Portuguese's process named by its post.
        (
            "Equipe de Seleção Moinho Azul <selecao@moinhoazul.com.br>",
            "Próxima etapa",
            "Olá, Rafael!\n\nVocê avançou no processo para Analista de Compras Júnior. A próxima etapa é uma "
            "entrevista com a gestora da área.\n\nEquipe de Seleção\nMoinho Azul",
            "Analista de Compras Júnior",
        ),
        # Dutch's introduction meeting named before the post, in the subject.
        (
            "Eva Jansen <eva.jansen@bouwgroepwester.nl>",
            "Kennismaking Werkvoorbereider Installaties",
            "Hoi Tom,\n\nZoals besproken zien we je graag donderdag om 10:00 op ons kantoor.\n\nGroet,\n"
            "Eva Jansen\nBouwgroep Wester",
            "Werkvoorbereider Installaties",
        ),
    ],
)
def test_the_post_is_read_without_what_ends_it(sender: str, subject: str, body: str, title: str) -> None:
    assert _read(sender, subject, body).job_title == title


@pytest.mark.parametrize(
    ("body", "title"),
    [
        # A working time alone in brackets is the post's terms, as every Romance set's labels drop it.
        (
            "Hola:\n\nGracias por tu candidatura para el puesto de Dependiente/a (jornada completa).\n\n"
            "Equipo de Selección\nTiendas Corvera",
            "Dependiente/a",
        ),
        # A practice written with a capital is the post's.
        (
            "Hola:\n\nGracias por tu candidatura para el puesto de Consultor Senior (Sector Público).\n\n"
            "Equipo de Selección\nTiendas Corvera",
            "Consultor Senior (Sector Público)",
        ),
    ],
)
def test_what_belongs_to_the_post_stays(body: str, title: str) -> None:
    assert (
        _read("Selección Tiendas Corvera <seleccion@tiendascorvera.es>", "Tu candidatura", body).job_title
        == title
    )


def test_a_process_for_a_posts_noun_reads_the_post_after_it() -> None:
    reading = _read(
        "Lívia Moraes <livia@clinicaboavista.com.br>",
        "Retorno",
        "Oi, Pedro!\n\nSobre o processo para a vaga de Técnico de Enfermagem: seguimos com outra pessoa.\n\n"
        "Abraço,\nLívia Moraes\nClínica Boa Vista",
    )
    assert reading.job_title == "Técnico de Enfermagem"


@pytest.mark.parametrize(
    ("sender", "subject", "body", "title"),
    [
        # Italian's "and" joins a post's fields; "è" written "e" before a participle, or a clause's verb
        # after "e", ends it.
        (
            "Selezione Calzaturificio Nervi <selezione@calzaturificionervi.it>",
            "Conferma ricezione candidatura",
            "Gentile candidata,\n\nabbiamo ricevuto il suo curriculum per la posizione di Impiegata "
            "amministrazione e contabilità presso la sede di Vigevano.\n\nUfficio Selezione",
            "Impiegata amministrazione e contabilità",
        ),
        (
            "Selezione Calzaturificio Nervi <selezione@calzaturificionervi.it>",
            "Colloquio",
            "Gentile candidata,\n\ngrazie per la candidatura per la posizione di Modellista e vorremmo "
            "invitarla a un colloquio martedì.\n\nUfficio Selezione",
            "Modellista",
        ),
        (
            "Selezione Calzaturificio Nervi <selezione@calzaturificionervi.it>",
            "Esito candidatura",
            "Gentile candidata,\n\nle comunichiamo che la posizione di Modellista e stata assegnata a un "
            "altro candidato.\n\nUfficio Selezione",
            "Modellista",
        ),
        # Latin America's search named before its post in the subject; another post opened later is not
        # the reader's.
        (
            "Julieta Paz <julieta@estudiotalar.com.ar>",
            "Re: Búsqueda Desarrollador/a Frontend Ssr",
            "Hola Nico, ¿cómo va?\n\nGracias por tu tiempo en la entrevista. Finalmente seguimos con otra "
            "persona. Guardamos tu CV: en unos meses quizá abramos otra posición de desarrollo.\n\n"
            "Saludos,\nJulieta\nEstudio Talar",
            "Desarrollador/a Frontend Ssr",
        ),
    ],
)
def test_the_post_is_read_whole(sender: str, subject: str, body: str, title: str) -> None:
    assert _read(sender, subject, body).job_title == title


@pytest.mark.parametrize(
    "closing",
    ["Obrigado,", "Un saludo,", "Grazie,", "Merci,", "Met vriendelijke groet,"],
)
def test_a_closing_above_the_signing_organisation_is_no_title(closing: str) -> None:
    reading = _read(
        '"Portal de Carreiras Grupo Ventura" <no-reply@sapsf.eu>',
        "Atualização sobre a sua candidatura",
        "Caro/a candidato/a,\n\nExiste uma atualização relativa à sua candidatura. Para consultar o "
        f"estado, inicie sessão no Portal de Carreiras do Grupo Ventura.\n\n{closing}\n"
        "Grupo Ventura – Talento",
    )
    assert reading.job_title is None
