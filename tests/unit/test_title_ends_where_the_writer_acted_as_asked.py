"""A post's name ends where the writer says how it acted on the reader's request ("as requested", "comme
demandé", "zoals gevraagd") or goes on to its next act after a conjunction ("e cancelámos a entrevista"): a
withdrawal's confirmation writes both after the post. Invented mail, written from the class."""

import pytest

from tests.extraction_support import extract
from tracker.models import Status


@pytest.mark.parametrize(
    ("sender", "body", "title"),
    [
        (
            "Brightwell Foods <jobs@brightwell-foods.example>",
            "Hi Tomasz,\n\nThanks for letting us know. We've withdrawn your application for Pricing "
            "Analyst - Retail Insights as requested, so no further updates will follow.\n\nBrightwell Talent",
            "Pricing Analyst - Retail Insights",
        ),
        (
            "Kestrel Maps <talent@kestrelmaps.example>",
            "Hi Ruth,\n\nNo problem at all. I've withdrawn your application for Cartography Lead, Field Data "
            "as you asked, and you won't hear from our system again.\n\nNia",
            "Cartography Lead, Field Data",
        ),
        (
            "Oliveira Têxteis <recrutamento@oliveira-texteis.example>",
            "Olá Marta,\n\nObrigado pelo aviso. Retirámos a tua candidatura ao processo de Product Designer "
            "Sénior e cancelámos a entrevista de sexta-feira.\n\nBoa sorte!\nInês",
            "Product Designer Sénior",
        ),
        (
            "Maison Verlaine <recrutement@maison-verlaine.example>",
            "Bonjour Hugo,\n\nNous avons bien retiré votre candidature au poste de Responsable Logistique "
            "comme demandé, et vous ne recevrez plus de messages à ce sujet.\n\nL'équipe RH",
            "Responsable Logistique",
        ),
        (
            "Grupo Almendra <seleccion@grupo-almendra.example>",
            "Hola Lucía:\n\nHemos retirado tu candidatura al puesto de Jefa de Producto como nos pediste y "
            "cancelamos la entrevista del jueves.\n\nUn saludo,\nEquipo de Selección",
            "Jefa de Producto",
        ),
        (
            "Van Dijk Installatietechniek <werken@vandijk-installatie.example>",
            "Beste Sanne,\n\nWe hebben je sollicitatie voor de functie Projectleider Installaties zoals "
            "gevraagd ingetrokken. Veel succes!\n\nTeam HR",
            "Projectleider Installaties",
        ),
        (
            "Ferraro Arredi <selezione@ferraro-arredi.example>",
            "Ciao Giulia,\n\nabbiamo ritirato la tua candidatura per la posizione di Visual Merchandiser "
            "come richiesto; ti auguriamo il meglio.\n\nTeam HR",
            "Visual Merchandiser",
        ),
    ],
)
def test_the_writers_clause_after_the_withdrawn_post_is_no_part_of_it(
    sender: str, body: str, title: str
) -> None:
    result = extract(sender=sender, subject="Re: Withdrawing my application", body=body)
    assert result.status == Status.WITHDRAWN
    assert result.job_title == title
